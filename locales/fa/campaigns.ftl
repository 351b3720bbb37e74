## "Aller vers" campaigns: lists of residents to call (/agent/usagers/campagnes)
campaigns-title = کمپین‌های تماس
campaigns-intro = خودمان سراغ ساکنان می‌رویم: فهرستی از افرادی که باید به یک دلیل با آن‌ها تماس گرفت (گرمای شدید، ثبت‌نام‌ها، یادآوری یک کار اداری). هر مشاور نفر بعدی را برمی‌دارد؛ با هیچ‌کس هم‌زمان دو بار تماس گرفته نمی‌شود و هر تماس در سابقهٔ تماس‌ها ثبت می‌شود.
campaigns-back-residents = بازگشت به ساکنان
campaigns-back = همهٔ کمپین‌ها
campaigns-back-campaign = بازگشت به کمپین
campaigns-list = کمپین‌ها
campaigns-none = هنوز هیچ کمپینی نیست.
campaigns-name = عنوان
campaigns-service = بخش
campaigns-no-service = همهٔ بخش‌ها
campaigns-created = تاریخ ایجاد
campaigns-progress = پیشرفت
campaigns-left = { $left } نفر از { $people } نفر مانده است
campaigns-left-short = { $left ->
    [0] دیگر کسی برای تماس نمانده
    [one] ۱ نفر دیگر برای تماس مانده است
   *[other] { $left } نفر دیگر برای تماس مانده است
}
campaigns-closed = پایان‌یافته
campaigns-new = کمپین تازه
campaigns-purpose = چه باید گفت
campaigns-purpose-hint = مشاور در هر تماس آن را می‌خواند: دلیل تماس، چه باید پرسید، چه شماره‌هایی باید داد.
campaigns-source = افرادی که باید با آن‌ها تماس گرفت
campaigns-source-list = یک فهرست (فایل CSV یا خانه‌های کپی‌شده از یک صفحه‌گسترده)
campaigns-source-filter = ساکنانی که مدتی است با آن‌ها تماسی نبوده
campaigns-list-field = فهرست برای چسباندن
campaigns-list-hint = هر سطر یک نفر: نام، تلفن، سپس اگر خواستید زبان (fr، ar، en…) و یک توضیح. جداکننده نقطه‌ویرگول، ویرگول یا تب؛ یک سطر عنوان پذیرفته می‌شود. حداکثر ۵٬۰۰۰ نفر.
campaigns-filter-months = بدون نوبت و بدون درخواست در
campaigns-months = { $months } ماه گذشته
campaigns-create = ایجاد کمپین
campaigns-created-ok = کمپین ایجاد شد: می‌توانید تماس‌ها را شروع کنید.
campaigns-closed-ok = کمپین پایان یافت.
campaigns-closed-hint = این کمپین پایان یافته است: دیگر با کسی تماس گرفته نمی‌شود.
campaigns-finished = با همه تماس گرفته شد.
campaigns-called = تماس ثبت شد.
campaigns-resume = ادامهٔ تماس در جریان من
campaigns-nobody-left = در این کمپین دیگر کسی برای تماس نمانده است.
campaigns-next = تماس با نفر بعدی
campaigns-people = افراد فهرست
campaigns-person = فرد
campaigns-phone = تلفن
campaigns-status = وضعیت
campaigns-attempts = تماس‌ها
campaigns-last-call = آخرین تماس
campaigns-note = یادداشت
campaigns-close = پایان دادن به کمپین
campaigns-close-hint = پایان دادن به کمپین تماس‌ها را متوقف می‌کند؛ فهرست و نتایج آن همچنان در دسترس می‌مانند.
campaigns-call-title = تماس
campaigns-no-call = شما در این کمپین تماس در جریانی ندارید.
campaigns-language = زبان
campaigns-detail = توضیح
campaigns-last-note = یادداشت آخرین تماس
campaigns-attempts-before = { $count ->
    [0] نخستین تماس
    [one] تاکنون ۱ بار تماس گرفته شده
   *[other] تاکنون { $count } بار تماس گرفته شده
}
campaigns-outcome = تماس چطور پیش رفت؟
campaigns-outcome-reached = با فرد صحبت شد
campaigns-outcome-no-answer = بی‌پاسخ
campaigns-outcome-wrong-number = شمارهٔ اشتباه
campaigns-outcome-declined = نمی‌خواهد با او تماس گرفته شود
campaigns-save-next = ثبت و تماس با نفر بعدی
campaigns-save = ثبت و بازگشت به کمپین
campaigns-status-to-call = در انتظار تماس
campaigns-status-reached = صحبت شد
campaigns-status-unreachable = پس از ۳ تماس در دسترس نبود
campaigns-status-wrong-number = شمارهٔ اشتباه
campaigns-status-declined = نپذیرفت
campaigns-error-title = برای کمپین عنوانی بنویسید (حداکثر ۱۲۰ نویسه).
campaigns-error-purpose = بنویسید به افرادی که با آن‌ها تماس گرفته می‌شود چه باید گفت (حداکثر ۲٬۰۰۰ نویسه).
campaigns-error-service = این بخش وجود ندارد: یکی را از فهرست انتخاب کنید.
campaigns-error-source = انتخاب کنید افرادی که باید با آن‌ها تماس گرفت از کجا می‌آیند: یک فهرست یا ساکنان بدون تماس.
campaigns-error-empty = فهرست خالی است: هر سطر یک نفر، نخست نام و سپس تلفن.
campaigns-error-too-many = فهرست خیلی بلند است: حداکثر ۵٬۰۰۰ نفر در هر کمپین.
campaigns-error-lines = چیزی ذخیره نشد: این سطرها نام یا شمارهٔ تلفن قابل استفاده ندارند: { $lines }. آن‌ها را اصلاح کنید و فهرست را دوباره بچسبانید.
campaigns-error-filter = یک مدت را از فهرست انتخاب کنید.
campaigns-error-nobody = هیچ ساکنی پیدا نشد: با همهٔ کسانی که تلفن دارند در این مدت تماسی بوده است.
campaigns-error-closed = این کمپین پایان یافته است: دیگر با کسی تماس گرفته نمی‌شود.
campaigns-error-busy = مشاوران زیادی هم‌زمان تماس می‌گیرند: دوباره تلاش کنید.
campaigns-error-not-yours = این تماس دیگر به شما مربوط نیست (پیش‌تر ثبت شده یا همکاری آن را برداشته است): با نفر بعدی تماس بگیرید.
campaigns-error-outcome = بگویید تماس چطور پیش رفت.
campaigns-error-note = یادداشت خیلی بلند است (حداکثر ۱٬۰۰۰ نویسه).
