# درخواست‌ها: دفتر ثبت تماس‌ها، درخواست‌ها و مهلت‌هایشان، فرم عمومی
# /demande و صفحهٔ پیگیری /suivi.

## کارکنان: فهرست
requests-title = درخواست‌ها
requests-list = درخواست‌های در انتظار رسیدگی
requests-none = با این فیلترها هیچ درخواستی پیدا نشد.
requests-total = { $count ->
    [one] { $count } درخواست
   *[other] { $count } درخواست
}
requests-count-late = { $count ->
    [0] هیچ درخواستی دیر نشده
    [one] { $count } درخواست با تأخیر
   *[other] { $count } درخواست با تأخیر
}
requests-count-due-soon = { $count ->
    [0] هیچ درخواستی مهلتش نزدیک نیست
    [one] { $count } درخواست با مهلت تا ۲ روز کاری دیگر
   *[other] { $count } درخواست با مهلت تا ۲ روز کاری دیگر
}
requests-reference = شمارهٔ درخواست
requests-subject = موضوع
requests-channel = راه ارتباط
requests-service = بخش
requests-site = مکان
requests-status = وضعیت
requests-due = مهلت
requests-kind = نوع درخواست
requests-owner = کارمند مسئول
requests-received = تاریخ دریافت
requests-name = نام و نام خانوادگی
requests-phone = تلفن
requests-email = نشانی ایمیل
requests-language = زبان
requests-message = پیام
requests-note = یادداشت (اختیاری)
requests-all = همه
requests-open = باز (دریافت‌شده، در حال رسیدگی، در انتظار)
requests-no-service = بدون بخش مشخص
requests-filter = اعمال فیلتر
requests-pages = صفحه‌های فهرست
requests-page = صفحهٔ { $page } از { $pages }
requests-previous = صفحهٔ قبلی
requests-next = صفحهٔ بعدی
requests-mine-title = درخواست‌های شما که باید پیگیری شوند
requests-mine = فقط درخواست‌های من
requests-standing-on-time = در مهلت
requests-standing-due-soon = مهلت نزدیک است
requests-standing-late = با تأخیر
requests-standing-stopped = مهلت متوقف شده

## کارکنان: دفتر ثبت تماس‌ها
requests-log-title = ثبت یک تماس
requests-log-hint = تماس یا مراجعه‌ای که همان لحظه حل شد: راه ارتباط و بخش را انتخاب کنید، سپس «همان لحظه پاسخ داده شد». اگر پیگیری لازم است، یک درخواست باز کنید.
requests-log-answered = همان لحظه پاسخ داده شد
requests-log-follow-up = نیاز به پیگیری: باز کردن درخواست
requests-log-follow-up-hint = موضوع، و دست‌کم یک تلفن یا نشانی ایمیل برای پاسخ.
requests-log-open = باز کردن درخواست
requests-contact-logged = تماس ثبت شد.

## کارکنان: یک درخواست
requests-one-title = درخواست
requests-back = بازگشت به درخواست‌ها
requests-saved = ذخیره شد.
requests-opened = درخواست باز شد: شمارهٔ درخواست و کد پیگیری را به متقاضی بدهید.
requests-check-code = کد پیگیری
requests-resident-view = دیدن آنچه متقاضی می‌بیند
requests-history = سابقه
requests-actions = کارها
requests-text-reply = پاسخ به متقاضی (در صفحهٔ پیگیری دیده می‌شود)
requests-text-ask = آنچه از متقاضی خواسته می‌شود (در صفحهٔ پیگیری دیده می‌شود)
requests-text-note = یادداشت داخلی (هرگز به متقاضی نشان داده نمی‌شود)
requests-text-comment = توضیح (اختیاری)
requests-action-note = افزودن یادداشت داخلی
requests-action-take = بر عهده گرفتن
requests-action-ask-resident = خواستن مدرک یا توضیح از متقاضی
requests-action-resident-answered = متقاضی پاسخ داد
requests-action-reply = فرستادن پاسخ
requests-action-close = بستن درخواست
requests-action-reopen = باز کردن دوبارهٔ درخواست
requests-action-transfer = ارجاع به بخش دیگر
requests-action-change-kind = تغییر نوع (مهلت دوباره حساب می‌شود)
requests-event-created = درخواست دریافت شد
requests-event-assigned = بر عهده گرفته شد
requests-event-status = تغییر وضعیت
requests-event-reply = پاسخ فرستاده شد
requests-event-note = یادداشت داخلی
requests-event-transfer = به بخش دیگر ارجاع شد
requests-event-kind = نوع تغییر کرد

## ردها
requests-error-subject = موضوع درخواست را بنویسید.
requests-error-text = متن را بنویسید: برای این کار لازم است.
requests-error-too-long = متن خیلی بلند است.
requests-error-channel = راه ارتباط را انتخاب کنید.
requests-error-outcome = مشخص کنید که تماس حل شده یا پیگیری لازم دارد.
requests-error-service = بخشی را انتخاب کنید که وجود دارد.
requests-error-same-service = درخواست همین حالا در این بخش است.
requests-error-kind = یک نوع درخواست انتخاب کنید.
requests-error-same-kind = درخواست همین حالا از این نوع است.
requests-error-action = این کار وجود ندارد.
requests-error-not-now = وضعیت درخواست دیگر اجازهٔ این کار را نمی‌دهد: صفحه به‌روز شد.
requests-error-no-calendar = هیچ مکانی ساعت کاری ندارد: مهلت پاسخ را نمی‌توان حساب کرد.

## ساکنان: فرم /demande
request-form-title = نوشتن به شهرداری
request-form-intro = پرسش یا درخواست خود را بنویسید. بی‌درنگ یک شمارهٔ درخواست و یک کد برای پیگیری پاسخ می‌گیرید، بدون ساختن حساب کاربری.
request-form-service = بخش مربوط
request-form-service-unknown = نمی‌دانم
request-form-message-hint = می‌توانید به زبان خودتان بنویسید.
request-form-you = برای پاسخ به شما
request-form-you-hint = نام شما، و دست‌کم یک نشانی ایمیل یا یک شمارهٔ تلفن.
request-form-privacy = این اطلاعات فقط برای رسیدگی به درخواست شما به کار می‌رود.
request-form-send = فرستادن درخواست من

## ساکنان: پیگیری /suivi
follow-title = پیگیری درخواست
follow-intro = شمارهٔ درخواست و کد پیگیری را که هنگام ثبت درخواست به شما داده شد وارد کنید (در رسید دریافت یا در پیام‌های ما).
follow-reference = شمارهٔ درخواست
follow-reference-hint = مثلاً D-2026-00042
follow-code = کد پیگیری
follow-look = دیدن درخواست من
follow-write = ثبت درخواست تازه
follow-no-match = هیچ درخواستی با این شماره و این کد پیدا نشد. آن‌ها را بررسی کنید و دوباره امتحان کنید.
follow-blocked = برای این شماره، کد نادرست بارها وارد شده است. { $minutes } دقیقهٔ دیگر دوباره امتحان کنید، یا با ما تماس بگیرید.
follow-registered = درخواست شما ثبت شد.
follow-keep = شمارهٔ درخواست و کد را نگه دارید: با آن‌ها می‌توانید درخواستتان را در این صفحه پیگیری کنید.
follow-received = تاریخ دریافت
follow-due = پاسخ حداکثر تا تاریخ
follow-service = بخش مسئول
follow-asked = آنچه از شما می‌خواهیم
follow-reply = پاسخ ما
follow-words-received = درخواست شما به دست ما رسید. یک کارمند به آن رسیدگی خواهد کرد.
follow-words-in-progress = یک کارمند در حال رسیدگی به درخواست شماست.
follow-words-waiting = منتظر یک مدرک یا توضیح از طرف شما هستیم. وقتی به ما پاسخ دهید، شمارش مهلت پاسخ دوباره ادامه پیدا می‌کند.
follow-words-answered = به درخواست شما پاسخ دادیم.
follow-words-closed = درخواست شما بسته شد.

## کارکنان: ساکنان
residents-intro = یک نام، شمارهٔ تلفن یا نشانی ایمیل وارد کنید: هر فردی که پیدا شود همراه با نوبت‌ها و درخواست‌هایش نمایش داده می‌شود. هر جست‌وجو ثبت می‌شود.
residents-search = نام، تلفن یا ایمیل
residents-search-hint = دست‌کم دو حرف، یا یک شمارهٔ کامل.
residents-look = جست‌وجو
residents-too-short = دست‌کم دو حرف از یک نام، یک شمارهٔ تلفن کامل یا یک نشانی ایمیل وارد کنید.
residents-none = هیچ‌کس با این جست‌وجو پیدا نشد.
residents-needs = نیازهای اعلام‌شده
residents-appointments = نوبت‌ها
residents-requests = درخواست‌ها
residents-merge-with = همان فرد با
residents-merge-hint = وقتی دو پرونده مربوط به یک نفرند (نامه‌ای که با یک نام امضا شده، ایمیلی از نشانی دیگر)، آن‌ها را ادغام کنید: نوبت‌ها و درخواست‌هایش با هم نمایش داده می‌شوند. این کار برگشت‌پذیر است.
residents-merge = ادغام
residents-merged = دو پرونده ادغام شدند.
residents-separated = پرونده‌ها دوباره جدا شدند.
residents-merge-refused = این دو پرونده را نمی‌توان ادغام کرد: فرد دیگری را از فهرست انتخاب کنید.
residents-links = پرونده‌های ادغام‌شده
residents-merged-by = { $first } و { $second }: ادغام‌شده توسط { $agent } در { $date }.
residents-separate = جدا کردن
residents-campaigns = کمپین‌های تماس برای رفتن به سراغ ساکنان
residents-calls = تماس‌های شهرداری
residents-call-reached = صحبت شد
residents-call-no-answer = بی‌پاسخ
residents-call-unreachable = پس از ۳ تماس در دسترس نبود
residents-call-wrong-number = شمارهٔ اشتباه
residents-call-declined = نمی‌خواهد با او تماس گرفته شود

## رسید دریافت (CRPA L112-3, R112-4, R112-5, L231-4; CJA R421-2)
ack-title = رسید دریافت
ack-title-document = ثبت درخواست شما
ack-received = درخواست شما با موضوع «{ $subject }» در تاریخ { $date } به دست ما رسید و با شمارهٔ درخواست { $reference } ثبت شد.
ack-commitment = متعهد می‌شویم حداکثر تا { $date } به شما پاسخ دهیم.
ack-implicit-rejection = اگر تا { $date } هیچ پاسخی دریافت نکرده باشید، درخواست شما ردشده به شمار می‌آید: سکوت اداره به مدت دو ماه به معنای تصمیم ضمنی رد است (مادهٔ L231-4 قانون روابط میان مردم و اداره (code des relations entre le public et l'administration)).
ack-appeal = می‌توانید ظرف دو ماه پس از { $date } به این تصمیم اعتراض کنید: یا با درخواست از شهردار برای بازنگری در تصمیم، یا با طرح شکایت در دادگاه اداری صالح (مادهٔ R421-2 قانون دادرسی اداری (code de justice administrative))، که به‌صورت آنلاین در www.telerecours.fr نیز ممکن است.
ack-document = درخواست شما مربوط به صدور یک مدرک است: وقتی فقط باید بررسی کنیم که شرایط فراهم است، این درخواست نیازی به رسید دریافت به معنای مادهٔ L112-3 قانون روابط میان مردم و اداره (code des relations entre le public et l'administration) ندارد (مادهٔ R112-4). مدرک را به محض آماده شدن به شما می‌دهیم.
ack-service = بخش مسئول درخواست شما: { $service }، { $address }.
ack-service-phone = تلفن: { $phone }.
ack-service-email = ایمیل: { $email }.
ack-follow = درخواست خود را در { $url } پیگیری کنید (شمارهٔ درخواست { $reference }، کد پیگیری { $code }).
ack-sources = متن‌های قانونی: مواد L112-3، R112-4، R112-5 و L231-4 قانون روابط میان مردم و اداره (code des relations entre le public et l'administration)؛ مادهٔ R421-2 قانون دادرسی اداری (code de justice administrative).
ack-translation-note = ترجمه برای اطلاع: فقط متن فرانسوی اعتبار قانونی دارد.
ack-email-subject = رسید دریافت درخواست شما { $reference }
ack-print = چاپ
ack-in-french = متن فرانسوی
ack-open = رسید دریافت برای چاپ
requests-postal-address = نشانی پستی (اختیاری)
requests-postal-address-hint = برای نامه در پاکت پنجره‌دار: هر سطر نشانی را در یک سطر جداگانه بنویسید.
requests-error-address = نشانی پستی خیلی بلند است (حداکثر شش سطر).
follow-answer = پاسخ شما
follow-answer-hint = آنچه از شما خواستیم: اینجا بنویسید، اگر مایلید به زبان خودتان.
follow-answer-send = ارسال پاسخ من
follow-answer-sent = پاسخ شما فرستاده شد: مهلت پاسخ دوباره شروع می‌شود.
requests-event-resident = پاسخ متقاضی

## پاسخ‌ها و پرسش‌ها به متقاضی: با ایمیل، پیامک یا نامه
requests-means = متقاضی آن را چگونه دریافت می‌کند
requests-means-follow-page = فقط در صفحهٔ پیگیری
requests-means-email = با ایمیل
requests-means-sms = با پیامک (پیوندی به صفحهٔ پیگیری)
requests-means-letter = با نامهٔ چاپی
requests-error-means = انتخاب کنید متقاضی این پیام را چگونه دریافت کند.
requests-error-means-email = این درخواست نشانی ایمیل ندارد: راه دیگری انتخاب کنید.
requests-error-means-sms = این درخواست شمارهٔ تلفن همراه ندارد: راه دیگری انتخاب کنید.
requests-error-means-letter = این درخواست نشانی پستی ندارد: راه دیگری انتخاب کنید.
requests-print-letter = نامه برای چاپ
reply-email-subject = پاسخ به درخواست شما با موضوع «{ $subject }»
question-email-subject = توضیح لازم برای درخواست شما با موضوع «{ $subject }»
reply-opening = این پاسخ ما به درخواست شما با موضوع «{ $subject }» است (شمارهٔ درخواست { $reference }).
question-opening = برای رسیدگی به درخواست شما با موضوع «{ $subject }» (شمارهٔ درخواست { $reference })، به یک توضیح یا مدرک نیاز داریم:
question-how-to-answer = مهلت پاسخ ما تا وقتی پاسخ شما به دستمان برسد متوقف است.
question-email-reply = می‌توانید مستقیماً به همین ایمیل پاسخ دهید، شمارهٔ درخواست را در موضوع ایمیل نگه دارید و مدارک خواسته‌شده را پیوست کنید.
reply-follow = درخواست خود را در { $url } پیگیری کنید (شمارهٔ درخواست { $reference }، کد پیگیری { $code }).
reply-sms = شهرداری: به درخواست { $reference } شما پاسخ داده شد. آن را در { $url } بخوانید
question-sms = شهرداری: درخواست { $reference } شما منتظر توضیحی از طرف شماست. ببینید: { $url }
reply-letter-title = پاسخ به درخواست شما
question-letter-title = درخواست توضیح

## پیوست‌ها و نامه‌های دریافتی
requests-event-file = مدرک افزوده شد
requests-files = مدارک
requests-files-none = هیچ مدرکی نیست.
requests-file-size = { $kilobytes } کیلوبایت
requests-file-add = افزودن مدرک اسکن‌شده
requests-file-send = افزودن مدرک
requests-file-added = مدرک به درخواست افزوده شد.
requests-error-scan-missing = فایل اسکن‌شدهٔ نامه را انتخاب کنید.
requests-error-scan-too-large = حجم فایل بیش از 10 مگابایت است: آن را سیاه‌وسفید یا با وضوح 200 dpi اسکن کنید، یا در چند فایل.
requests-error-scan-type = این فایل نه PDF است و نه تصویر JPEG یا PNG.
requests-error-received-date = تاریخ دریافت باید در یک سال گذشته باشد، نه در آینده.
requests-error-letter-address = نشانی پستی فرستنده، یا یک تلفن یا ایمیل را وارد کنید.
letter-title = ثبت نامه
letter-hint = نامهٔ دریافتی به یک درخواست تبدیل می‌شود: مهلت آن از تاریخ دریافت شمرده می‌شود و رسید دریافت آمادهٔ چاپ است.
letter-received = تاریخ دریافت
letter-sender = فرستنده (نام و نام خانوادگی)
letter-address-hint = نشانی فرستنده، هر سطر نشانی در یک سطر جداگانه: رسید دریافت در پاکت پنجره‌دار برای او فرستاده می‌شود.
letter-summary = خلاصهٔ نامه (اختیاری)
letter-scan = نامهٔ اسکن‌شده
letter-scan-hint = PDF، JPEG یا PNG، حداکثر { $megabytes } مگابایت.
letter-register = ثبت نامه

## درخواست‌های تکراری
requests-action-merge = ادغام با درخواست دیگری از همان متقاضی
requests-event-merged = درخواست‌ها ادغام شدند
requests-merge-target = شمارهٔ درخواستی که نگه داشته می‌شود
requests-merge-hint = مثلاً D-2026-00042: این درخواست بسته می‌شود، مدارک و پیام آن به درخواست دیگر منتقل می‌شود و صفحهٔ پیگیری آن، درخواست دیگر را نشان می‌دهد.
requests-error-merge-target = هیچ درخواستی این شماره را ندارد.
requests-error-merge-same = یک درخواست را نمی‌توان با خودش ادغام کرد.
requests-error-merge-closed = درخواستی که نگه داشته می‌شود باید باز باشد و خودش با درخواست دیگری ادغام نشده باشد.
requests-error-merge-other-resident = این دو درخواست نه ایمیل یکسانی دارند و نه تلفن یکسانی: فقط درخواست‌های یک متقاضی با هم ادغام می‌شوند.
follow-merged = درخواست { $from } شما با درخواست { $reference } شما ادغام شد: وضعیت کنونی آن را در اینجا می‌بینید.

## الگوهای پاسخ
reply-templates-title = الگوهای پاسخ
reply-templates-hint = یک الگو برای هر نوع درخواست (یا برای همه) و برای هر زبان: در صفحهٔ یک درخواست، پاسخ یا پرسش را پر می‌کند و کارمند پیش از فرستادن، آن را ویرایش می‌کند.
reply-templates-new = الگوی جدید
reply-templates-list = الگوهای شهرداری
reply-templates-none = هنوز هیچ الگویی نیست.
reply-templates-name = عنوان الگو
reply-templates-text = متن
reply-templates-kind-any = همهٔ انواع
reply-templates-save = ذخیرهٔ الگو
reply-templates-delete = حذف الگو
reply-templates-saved = الگوها ذخیره شدند.
reply-templates-use = شروع از یک الگو
reply-templates-fill = پر کردن با این الگو
requests-error-template-title = برای الگو عنوانی با حداکثر 200 نویسه بگذارید.
requests-error-template-language = زبان الگو را انتخاب کنید.
requests-procedure-sheets = راهنماهای کار اداری از این نوع
residents-rights = حقوق مربوط به داده‌ها (GDPR)
residents-export = بارگیری همهٔ داده‌های او (فایل JSON)
residents-erase-confirm = این شخص درخواست پاک‌شدن داده‌هایش را داده است. نوبت‌های آینده‌اش لغو، فهرست‌های انتظارش متوقف، و در درخواست‌هایش هیچ اطلاعات تماسی برای پاسخ باقی نمی‌ماند. این کار برگشت‌پذیر نیست.
residents-erase = پاک کردن داده‌های او
residents-erase-unconfirmed = برای پاک کردن داده‌های این شخص، کادر تأیید را علامت بزنید.
residents-erase-nobody = این جستجو دیگر این شخص را پیدا نمی‌کند: چیزی پاک یا صادر نشد.
residents-erased = { $count ->
    [one] داده‌ها پاک شد: یک پرونده بی‌نام شد.
   *[other] داده‌ها پاک شد: { $count } پرونده بی‌نام شد.
}
