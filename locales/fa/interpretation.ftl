# پنل زبان (/agent/interpretation): متن‌های رابط. خود جمله‌ها
# در phrasebook.ftl هستند.

panel-choose-language = اول زبان ساکن را انتخاب کنید.
panel-language = زبان ساکن
panel-find-language = جست‌وجوی زبان (به فارسی یا به خود آن زبان)
panel-search = جست‌وجو
panel-no-language = هیچ زبانی مطابقت ندارد.
panel-situations = موقعیت‌ها
panel-search-phrases = جست‌وجوی جمله به فرانسوی
panel-results = نتایج جست‌وجو
panel-no-phrase = هیچ جمله‌ای مطابقت ندارد.
panel-phrase = جملهٔ انتخاب‌شده
panel-french = فرانسوی
panel-show = نشان دادن به ساکن
panel-values = تکمیل جمله
panel-value-date = تاریخ
panel-value-time = ساعت
panel-value-place = مکان
panel-value-desk = باجه
panel-value-service = بخش
panel-value-amount = مبلغ به یورو
panel-value-amount-hint = مثلاً 25 یا 25,50.
panel-value-motif = مدارک یک کار اداری
panel-value-documents = مدارک لازم
panel-value-documents-hint = هر سطر یک مدرک، به فرانسوی، یا یک کار اداری را در بالا انتخاب کنید.
panel-value-count = تعداد
panel-value-days = تعداد روزها
panel-value-gender = صیغهٔ جمله (جنسیت ساکن)
panel-gender-unspecified = مشخص نشده
panel-gender-female = مؤنث
panel-gender-male = مذکر
panel-fill = تکمیل
panel-error-value = یک مقدار خوانده نشد: فیلد مشخص‌شده را اصلاح کنید. تا آن زمان، جای آن در جمله خالی می‌ماند.
panel-answers = پاسخ‌های ساکن
panel-resident-said = پاسخ ساکن:
panel-back = بازگشت به پنل

speech-read-aloud = خواندن با صدای بلند
speech-voice = صدا
speech-no-voice = این دستگاه برای این زبان صدایی ندارد: به‌جای آن، متن را به ساکن نشان دهید.

# نام زبان‌ها به زبان رابط (نام هر زبان به خود آن زبان از کد می‌آید).
language-fr = فرانسوی
language-en = انگلیسی
language-ar = عربی
language-fa = فارسی
language-es = اسپانیایی
language-pt = پرتغالی
language-tr = ترکی
language-ro = رومانیایی
language-ru = روسی
language-uk = اوکراینی
language-zh = چینی

# صفحهٔ ساکن که به پنل وصل شده است (/interpretation).
pairing-title = صفحهٔ ساکن
pairing-intro = یک تبلت یا صفحهٔ دوم رو به ساکن، جمله‌هایی را که می‌فرستید نشان می‌دهد و پاسخ‌های او را برایتان برمی‌گرداند. هیچ چیزی از این گفت‌وگو ذخیره نمی‌شود.
pairing-start = وصل کردن یک صفحه
pairing-code = کد اتصال:
pairing-how = روی صفحهٔ ساکن، نشانی { $address } را در Guichet باز کنید و این کد را وارد کنید.
pairing-joined = صفحهٔ ساکن وصل شد.
pairing-resident-tapped = ساکن این را لمس کرد:
pairing-send = فرستادن به صفحهٔ ساکن
pairing-end = پایان گفت‌وگو
pairing-none = هیچ صفحه‌ای وصل نیست (شاید گفت‌وگو تمام شده باشد): دوباره یک صفحه وصل کنید.
pairing-screen-page = صفحهٔ ساکن
pairing-ask-intro = کدی را که روی پنل زبانِ مشاور نمایش داده شده است وارد کنید.
pairing-code-label = کد اتصال (6 رقمی)
pairing-open = باز کردن
pairing-unknown-code = این کد با هیچ گفت‌وگوی در جریانی مطابقت ندارد. آن را روی پنل مشاور بررسی کنید؛ هر گفت‌وگو با پایان مراجعه تمام می‌شود.
pairing-code-taken = این کد از قبل روی صفحهٔ دیگری باز شده است. از مشاور بخواهید گفت‌وگو را تمام کند و کد تازه‌ای نشان دهد.
# متن‌های خود صفحه، به زبان ساکن.
pairing-screen-title = کارمند اینجا با شما صحبت می‌کند
pairing-screen-waiting = سلام. کارمند اینجا به زبان خودتان برایتان می‌نویسد.
pairing-screen-answers = پاسخ خود را لمس کنید:
pairing-screen-sent = برای کارمند فرستاده شد:
pairing-screen-ended = گفت‌وگو تمام شد. متشکریم، خدانگهدار.

# مترجم‌ها (/agent/interpretation/interpretes و پنل زبان).
interpreters-title = مترجم‌ها
interpreters-back-to-panel = بازگشت به پنل زبان
interpreters-my-languages = زبان‌های شما: { $languages }.
interpreters-new-request = درخواست جدید مترجم { $language }: { $place }، به درخواست { $name }.
interpreters-requests = درخواست‌های امروز
interpreters-no-request = امروز هیچ درخواست مترجمی در جریان نیست.
interpreters-my-appointments = نوبت‌هایی که باید در آن‌ها ترجمه کنم
interpreters-appointments = نوبت‌هایی که به مترجم نیاز دارند (14 روز آینده)
interpreters-no-appointment = هیچ نوبت پیش‌رویی به مترجم نیاز ندارد.
interpreters-when = تاریخ و ساعت
interpreters-language = زبان
interpreters-where = مکان و کار اداری
interpreters-interpreter = مترجم
interpreters-coming = { $name } در راه است.
interpreters-waiting = در انتظار مترجم.
interpreters-nobody-on-duty = در حال حاضر هیچ مترجمی برای این زبان سر کار نیست.
interpreters-on-duty = مترجمان سر کار: { $names }.
interpreters-asked-by = به درخواست { $name }، ساعت { $time }
interpreters-accept = می‌آیم
interpreters-cancel = لغو درخواست
interpreters-none = هیچ‌کس
interpreters-assign = تعیین
interpreters-panel-title = مترجم
interpreters-ask = درخواست مترجم ({ $language })
interpreters-asked-at = درخواست ساعت { $time } فرستاده شد: به مترجمان سر کار خبر داده شد.
interpreters-error-gone = این درخواست یا این نوبت دیگر وجود ندارد.
interpreters-error-not-yours = فقط مترجمی که این زبان را می‌داند می‌تواند این درخواست را بپذیرد.
interpreters-error-taken = مترجم دیگری پیش‌تر این درخواست را پذیرفته است.
interpreters-error-not-allowed = مترجمان نوبت‌ها را به خودشان اختصاص نمی‌دهند: این کار را یک مشاور یا یک مسئول انجام می‌دهد.
interpreters-error-language = این مترجم زبان درخواست‌شده برای این نوبت را نمی‌داند.
interpreters-error-busy = این مترجم در آن زمان نوبت دیگری دارد.

# جمله‌های شهرداری (/agent/interpretation/phrases).
local-phrases-title = جمله‌های شهرداری
local-phrases-intro = جمله‌هایی که شهرداری اضافه می‌کند، به محض اینکه کارمندی که آن زبان را می‌داند ترجمه‌شان را بررسی کند، در موقعیت خودشان به پنل زبان افزوده می‌شوند.
local-phrases-none = هنوز هیچ جمله‌ای اضافه نشده است.
local-phrases-no-translation = هنوز ترجمه‌ای وجود ندارد.
local-phrases-verified-by = تأییدشده توسط { $name }
local-phrases-not-verified = تأییدنشده
local-phrases-verify = تأیید ترجمه ({ $language })
local-phrases-retire = حذف جمله
local-phrases-add = افزودن جمله
local-phrases-french = جمله به فرانسوی
local-phrases-translations = ترجمه‌ها
local-phrases-translations-hint = زبانی را که هنوز کسی ترجمه نکرده است خالی بگذارید. هر ترجمه تا وقتی کارمندی که آن زبان را می‌داند تأییدش نکند، «تأییدنشده» می‌ماند.
local-phrases-save = ذخیرهٔ جمله
local-phrases-saved = جمله ذخیره شد. ترجمه‌های آن در انتظار بررسی‌اند.
local-phrases-verified = ترجمه تأیید شد: اکنون در پنل نمایش داده می‌شود.
local-phrases-link = جمله‌های شهرداری
local-phrases-error-french = جمله را به فرانسوی بنویسید.
local-phrases-error-long = یک جمله یا ترجمه بیش از حد طولانی است (حداکثر 300 نویسه).
local-phrases-error-situation = یک موقعیت را از فهرست انتخاب کنید.
local-phrases-error-not-speaker = فقط کارمندی که این زبان را می‌داند می‌تواند ترجمهٔ آن را تأیید کند.
local-phrases-error-gone = این ترجمه دیگر وجود ندارد.
panel-procedure-sheets = راهنماهای کار اداری
panel-procedure-sheets-in = راهنماهای کار اداری به زبان { $language }
