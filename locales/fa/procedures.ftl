# برگه‌های کارهای اداری: صفحه‌های ساکنان (/demarches) و صفحه‌های کارکنان (/agent/demarches).

procedures-title = کارهای اداری
procedures-intro = آنچه برای هر کار اداری باید بدانید و همراه بیاورید، به فرانسوی آسان‌خوان و به زبان خودتان.
procedures-search-label = جست‌وجوی کار اداری
procedures-search = جست‌وجو
procedures-results = { $count ->
    [0] هیچ برگه‌ای برای «{ $query }» پیدا نشد
   *[other] { $count } برگه برای «{ $query }»
}
procedures-no-result = کلمهٔ دیگری را امتحان کنید، یا از پذیرش بپرسید: به زبان خودتان به شما پاسخ می‌دهیم.
procedures-back = همهٔ کارهای اداری
procedures-back-to-sheet = بازگشت به برگه
procedures-to-falc = نسخهٔ آسان‌خوان
procedures-to-standard = نسخهٔ کامل
procedures-print = چاپ
procedures-print-hint = برای چاپ این صفحه روی کاغذ A4، از فرمان چاپ مرورگر خود استفاده کنید (Ctrl + P).
procedures-qr = کد QR برای دیدن برگه در اینترنت
procedures-languages = زبان‌های برگه
procedures-variant-standard = نسخهٔ کامل
procedures-variant-falc = آسان‌خوان
procedures-out-of-date = نسخهٔ فرانسوی این برگه پس از این ترجمه تغییر کرده است: شاید این ترجمه دیگر دقیق نباشد.
procedures-read-french = خواندن نسخهٔ فرانسوی
procedures-not-translated = این برگه هنوز به زبان شما ترجمه نشده است: نسخهٔ فرانسوی آن را اینجا می‌بینید.
procedures-audience = برای چه کسانی؟
procedures-situations = وضعیت شما
procedures-steps = مراحل
procedures-documents = مدارکی که باید همراه بیاورید
procedures-cost = هزینه‌اش چقدر است؟
procedures-free = رایگان
procedures-delay = مدت انجام
procedures-delay-on-the-spot = همان‌جا و همان لحظه
procedures-delay-days = { $days ->
   *[other] { $days } روز
}
procedures-delay-range = از { $min } تا { $max } روز
procedures-where = به کجا مراجعه کنید؟
procedures-appointment-required = فقط با نوبت.
procedures-appointment-recommended = با نوبت یا بدون نوبت؛ اگر نوبت بگیرید، منتظر نمی‌مانید.
procedures-appointment-none = بدون نوبت، در ساعت‌های کاری.
procedures-book = گرفتن نوبت ملاقات
procedures-online = اینترنتی
procedures-online-link = انجام این کار به‌صورت اینترنتی
procedures-note-know = خوب است بدانید:
procedures-note-warning = توجه:
procedures-legal = متن‌های قانونی مرجع
procedures-sources = منابع
procedures-reviewed = برگه در تاریخ { $date } بررسی شد
procedures-version = نسخهٔ { $version }، منتشرشده در { $date }
procedures-falc-checked = نسخهٔ آسان‌خوان در { $date } توسط { $who } بازبینی شد

# کارکنان
procedures-staff-title = برگه‌های کارهای اداری
procedures-staff-intro = یک پاسخ یکسان برای همه: هر برگه، نسخهٔ آسان‌خوان آن، ترجمه‌ها و نسخه‌های آن. ساکنان همیشه نسخهٔ منتشرشده را می‌خوانند.
procedures-translations-of = ترجمه‌های لازم به زبان
procedures-no-language = (بدون زبان)
procedures-tasks = { $count ->
    [0] چیزی برای ترجمه نیست
   *[other] { $count } متن برای ترجمه یا به‌روزرسانی
}
procedures-tasks-none = همهٔ برگه‌ها به این زبان ترجمه شده‌اند و به‌روز هستند.
procedures-tasks-caption = متن‌هایی که باید ترجمه یا به‌روز شوند
procedures-sheet = برگه
procedures-variant = نسخه
procedures-state = وضعیت
procedures-actions = کارها
procedures-translate = ترجمه
procedures-sheets-count = { $count ->
   *[other] { $count } برگه
}
procedures-service = بخش
procedures-reviewed-on = تاریخ بررسی
procedures-falc = آسان‌خوان
procedures-falc-ok = بازبینی‌شده توسط یکی از مخاطبان آن
procedures-falc-to-check = باید بازبینی شود
procedures-to-translate = زبان‌هایی که باید ترجمه شوند
procedures-draft = پیش‌نویس
procedures-published = منتشرشده
procedures-translation-missing = باید ترجمه شود
procedures-translation-up-to-date = به‌روز
procedures-translation-to-update = باید به‌روز شود
procedures-translation-out-of-date = منسوخ (به خوانندگان هشدار داده می‌شود)
procedures-back-staff = همهٔ برگه‌ها
procedures-public-page = صفحهٔ ساکنان
procedures-edit-standard = ویرایش نسخهٔ کامل
procedures-edit-falc = ویرایش نسخهٔ آسان‌خوان
procedures-staff-notes = یادداشت‌هایی برای کارکنان
procedures-owner = مسئول برگه: { $name }
procedures-translations = ترجمه‌ها
procedures-language = زبان
procedures-versions = نسخه‌ها
procedures-when = تاریخ
procedures-author = توسط
procedures-falc-check = بازبینی توسط یکی از مخاطبان
procedures-edit-minor = تغییر جزئی
procedures-edit-medium = تغییر متوسط
procedures-edit-major = تغییر اساسی

# ویرایشگر
procedures-editor-title = ویرایش برگه
procedures-editing = { $variant }، زبان: { $language }
procedures-published-ok = منتشر شد: ساکنان اکنون این نسخه را می‌خوانند.
procedures-draft-ok = پیش‌نویس ذخیره شد: ساکنان هنوز نسخهٔ منتشرشده را می‌خوانند.
procedures-facts-ok = اطلاعات برگه ذخیره شد.
procedures-checked-ok = بازبینی ثبت شد.
procedures-draft-pending = یک پیش‌نویس منتظر انتشار است: ساکنان هنوز نسخهٔ منتشرشده را می‌خوانند.
procedures-french-beside = متن فرانسوی برای ترجمه
procedures-advice = راهنمایی برای خوانایی
procedures-advice-long-sentence = جملهٔ بلند، آن را کوتاه کنید
procedures-advice-rare-word = کلمهٔ کم‌کاربرد، آن را جایگزین کنید یا توضیح دهید
procedures-advice-abbreviation = حروف اختصاری، آن را کامل بنویسید
procedures-edit-level = اهمیت تغییر
procedures-edit-level-hint = متوسط: ترجمه‌ها باید به‌روز شوند. اساسی (یک واقعیت تغییر می‌کند: قیمت، مدت، مدرک): به خوانندگان ترجمه‌ها هم هشدار داده می‌شود.
procedures-part-title = عنوان
procedures-part-summary = به‌طور خلاصه
procedures-part-audience = برای چه کسانی
procedures-part-keywords = کلمه‌های دیگر برای جست‌وجو
procedures-part-situations = وضعیت‌ها
procedures-part-steps = مراحل
procedures-part-documents = مدارکی که باید همراه بیاورند
procedures-part-costs = هزینه‌ها
procedures-part-delay = توضیح مدت انجام
procedures-part-online = اینترنتی
procedures-part-notes = کادرها
procedures-keywords-hint = با ویرگول جدا کنید: حروف اختصاری، کلمه‌های روزمره.
procedures-situations-hint = هر سطر یک وضعیت: خود وضعیت، سپس «|» و آنچه تغییر می‌دهد.
procedures-lines-hint = هر سطر یک مرحله.
procedures-documents-hint = هر سطر یک مدرک؛ اگر فقط در یک حالت لازم است، «|» و آن حالت را اضافه کنید.
procedures-costs-hint = هر سطر یک حالت: مبلغ به یورو (0 اگر رایگان است)، سپس «|» و آن حالت.
procedures-notes-hint = هر سطر یک کادر، که با «!» برای «خوب است بدانید» یا با «!!» برای «توجه» شروع می‌شود.
procedures-delay-min = کوتاه‌ترین مدت (روز)
procedures-delay-max = طولانی‌ترین مدت (روز)
procedures-save-draft = ذخیرهٔ پیش‌نویس
procedures-publish = انتشار
procedures-falc-check-hint = نسخهٔ آسان‌خوان را یکی از کسانی که مخاطب آن است بازبینی می‌کند. هر نسخهٔ تازه بازبینی جداگانهٔ خودش را لازم دارد.
procedures-checked-by = بازبینی‌کننده
procedures-checked-on = تاریخ بازبینی
procedures-record-check = ثبت بازبینی
procedures-facts = اطلاعات برگه
procedures-motif = موضوع نوبت
procedures-no-motif = (بدون نوبت)
procedures-appointment = نوبت
procedures-online-url = نشانی انجام اینترنتی این کار
procedures-references-hint = هر سطر یک مرجع: نام آن، سپس «|» و نشانی آن (https://…).
procedures-owner-field = کارمند مسئول برگه
procedures-no-owner = (هیچ‌کس)
procedures-save-facts = ذخیرهٔ اطلاعات

procedures-error-too-long = یکی از خانه‌ها خیلی بلند است.
procedures-error-too-many = یکی از فهرست‌ها سطرهای زیادی دارد (حداکثر ۳۰).
procedures-error-situation = هر وضعیت به یک «|» و سپس آنچه تغییر می‌دهد نیاز دارد.
procedures-error-cost = هر هزینه با مبلغی به یورو شروع می‌شود، سپس «|» و آن حالت.
procedures-error-delay = مدت باید از تعدادی روز تا عددی برابر یا بزرگ‌تر باشد.
procedures-error-missing = بخشی از برگه خالی است: عنوان، خلاصه، مخاطبان، وضعیت‌ها، مراحل، مدارک، هزینه‌ها، مدت انجام و «اینترنتی» همگی لازم‌اند.
procedures-error-url = نشانی باید با https:// شروع شود.
procedures-error-language = این زبان ارائه نمی‌شود.
procedures-error-version = این نسخه از برگه وجود ندارد.
procedures-error-level = بگویید تغییر جزئی، متوسط یا اساسی است.
procedures-error-no-french = ابتدا نسخهٔ فرانسوی را منتشر کنید.
procedures-error-shape = ترجمه باید همان بخش‌های متن فرانسوی را داشته باشد: به همان تعداد وضعیت، مرحله، مدرک و کادر، با همان مبلغ‌ها و همان مدت‌ها.
procedures-error-sources = دست‌کم یک متن قانونی مرجع و یک منبع با نشانی آن لازم است.
procedures-error-appointment = انتخاب کنید که آیا نوبت لازم است یا نه.
procedures-error-date = این تاریخ معتبر نیست (تاریخ میلادی به شکل YYYY-MM-DD، نه در آینده).
procedures-error-motif = این موضوع نوبت وجود ندارد.
procedures-error-owner = این کارمند وجود ندارد.
procedures-error-checked-by = بگویید چه کسی برگه را بازبینی کرده است.
procedures-error-no-falc = ابتدا نسخهٔ آسان‌خوان را منتشر کنید.
procedures-read-aloud = خواندن با صدای بلند
procedures-stop-reading = توقف خواندن
procedures-no-voice = این دستگاه برای این زبان صدایی ندارد.
procedures-of-kind = راهنماهایی که به درخواست‌های نوع «{ $kind }» پاسخ می‌دهند.
