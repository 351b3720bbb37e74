# Guichet — متن‌های رابط کاربری به فارسی.

## عمومی

app-name = Guichet — شهرداری
skip-to-content = رفتن به محتوا
footer-text = شهرداری — یک پذیرش برای همهٔ خدمات، به زبان شما.
footer-staff-link = بخش کارکنان
footer-results-link = نتایج کیفیت خدمات ما
language-picker-label = زبان
back-home = بازگشت به صفحهٔ اصلی
back-to-login = رفتن به ورود

## صفحه‌های خطا

not-found-title = صفحه پیدا نشد
not-found-body = نشانی درخواستی وجود ندارد یا دیگر وجود ندارد. پیوند را بررسی کنید یا از صفحهٔ اصلی دوباره شروع کنید.
error-not-signed-in = برای باز کردن این صفحه وارد شوید.
error-forbidden = نقش شما اجازهٔ باز کردن این صفحه را نمی‌دهد.
error-device-not-enrolled = این دستگاه ثبت نشده است.
error-not-found = این مورد وجود ندارد یا دیگر وجود ندارد.
error-internal = مشکلی از طرف ما پیش آمد. چند لحظه بعد دوباره امتحان کنید.
error-bad-request = این درخواست نویسه‌هایی دارد که خوانده نمی‌شوند. برگردید و آنچه را نوشته‌اید بررسی کنید.
error-too-many-title = درخواست‌های بیش از حد
error-too-many = برای حفاظت از خدمات، در مدت کوتاهی درخواست‌های بیش از حدی از اتصال شما رسید. { $minutes } دقیقه دیگر دوباره امتحان کنید.
error-too-many-back = بازگشت به فرم
error-too-many-codes = کدهای نادرست زیادی از اتصال شما وارد شد. چند دقیقه صبر کنید و دوباره امتحان کنید.

## صفحهٔ اصلی ساکنان

home-description = گرفتن نوبت ملاقات، گرفتن شمارهٔ صف، پیگیری درخواست و دیدن ساعت‌های کار شهرداری.
home-title = به شهرداری خوش آمدید
home-lead = یک پذیرش برای همهٔ خدمات. چه کاری می‌خواهید انجام دهید؟
home-actions-label = کارهای اصلی
home-action-appointment = گرفتن نوبت ملاقات
home-action-appointment-hint = دلیل، مکان و ساعت را انتخاب کنید
home-action-ticket = گرفتن شمارهٔ صف
home-action-ticket-hint = از خانه در صف بمانید
home-action-follow = پیگیری درخواست
home-action-follow-hint = با شمارهٔ پیگیری خود
home-action-procedures = کارهای اداری
home-action-procedures-hint = مدارک لازم، به زبان ساده
home-action-hours = ساعت‌ها و نشانی‌ها
home-action-hours-hint = محل‌های پذیرش امروز
home-sites-title = محل‌های پذیرش ما
home-week-hours = ساعت‌های کار این هفته

hours-open-today = امروز باز است: { $hours }
hours-closed-today = امروز بسته است
hours-holiday-today = امروز بسته است: { $holiday }
hours-closure-today = امروز به‌طور استثنایی بسته است: { $reason }
hours-closed = بسته

weekday-monday = دوشنبه
weekday-tuesday = سه‌شنبه
weekday-wednesday = چهارشنبه
weekday-thursday = پنجشنبه
weekday-friday = جمعه
weekday-saturday = شنبه
weekday-sunday = یکشنبه

holiday-new-year = روز اول سال میلادی
holiday-easter-monday = دوشنبهٔ عید پاک
holiday-labour-day = روز کارگر
holiday-victory-in-europe = روز پیروزی ۱۹۴۵
holiday-ascension = عید عروج
holiday-whit-monday = دوشنبهٔ پنطیکاست
holiday-bastille-day = روز ملی فرانسه
holiday-assumption = عید عروج مریم
holiday-all-saints = روز همهٔ قدیسان
holiday-armistice = سالروز آتش‌بس ۱۹۱۸
holiday-christmas = کریسمس
holiday-good-friday = جمعهٔ مقدس
holiday-st-stephen = روز قدیس استفان


## بخش کارکنان: رایانهٔ مشترک

login-title = ورود کارکنان
login-continue = ادامه به بخش من
login-not-enrolled-title = دستگاه ثبت نشده است
login-not-enrolled-body = کارکنان فقط از دستگاهی که مدیر ثبت کرده وارد می‌شوند. اگر کد ثبت گرفته‌اید، آن را وارد کنید.
enrol-link = ثبت این دستگاه
login-choose-title = شما کی هستید؟
login-workstation = دستگاه: { $name }
login-locked-notice = دستگاه پس از مدتی بی‌فعالیتی قفل شد. برای ادامه نام خود را انتخاب کنید.
login-hello = سلام، { $name }
login-pin-label = کد شخصی شما
login-pin-hint = از ۴ تا ۸ رقم.
login-submit = ورود
login-not-me = من نیستم
login-error-pin =
    { $left ->
        [one] کد نادرست است. { $left } تلاش دیگر پیش از مسدود شدن باقی است.
       *[other] کد نادرست است. { $left } تلاش دیگر پیش از مسدود شدن باقی است.
    }
login-error-locked = تلاش‌های زیادی انجام شد: ورود تا { $until } مسدود است.
login-error-workstation-locked = کدهای نادرست زیادی روی این دستگاه وارد شد: تا { $until } هیچ کدی نمی‌پذیرد.
login-error-format = کد از ۴ تا ۸ رقم دارد.

enrol-title = ثبت این دستگاه
enrol-intro = کد ثبتی را که مدیر داده است وارد کنید. فقط یک بار کار می‌کند.
enrol-code-label = کد ثبت
enrol-submit = ثبت
enrol-error = این کد معتبر نیست: نادرست، استفاده‌شده یا منقضی است.

staff-brand = Guichet — بخش کارکنان
staff-switch = تعویض مشاور
staff-nav-label = بخش کارکنان
staff-home-title = بخش من
staff-hello = سلام، { $name }

role-counsellor = مشاور
role-expert = کارشناس
role-interpreter = مترجم
role-supervisor = مسئول کیفیت
role-admin = مدیر سامانه

section-queue = صف
section-queue-summary = صدا کردن مراجعهٔ بعدی، پذیرش، ارجاع و بستن مراجعه.
section-appointments = نوبت‌ها
section-appointments-summary = نوبت‌های امروز و آینده، پذیرش افراد، گرفتن نوبت برای یک ساکن.
section-requests = درخواست‌ها
section-requests-summary = درخواست‌های رسیده از همهٔ راه‌ها، با مسئول، مهلت و سابقه.
section-residents = ساکنان
section-residents-summary = پروندهٔ ساکنان، فقط در حد لازم.
section-procedures = کارهای اداری
section-procedures-summary = برگه‌های روال کار، با یادداشت‌های داخلی.
section-interpretation = ترجمه
section-interpretation-summary = جمله‌های تأییدشده به زبان ساکن، با خواندن بلند و نمایش درشت.
section-quality = پایش
section-quality-summary = شاخص‌های کیفیت بر اساس مکان، راه ارتباط، خدمت و دوره، با امکان خروجی.
section-admin = مدیریت
section-admin-summary = مکان‌ها، باجه‌ها، خدمات، دلایل، ساعت‌ها، کارکنان و دستگاه‌ها.

## contact

contact-error-name = نام خود را بنویسید (حداکثر ۱۲۰ نویسه).
contact-error-phone = این شمارهٔ تلفن معتبر نیست. نمونه: 06 12 34 56 78 یا ‎+33 6 12 34 56 78.
contact-error-email = این نشانی ایمیل معتبر نیست. نمونه: name@example.fr.
contact-error-none = یک شمارهٔ تلفن همراه یا نشانی ایمیل بدهید تا از هر تغییری باخبرتان کنیم.
contact-error-phone-country = ما فقط به شماره‌های فرانسوی (فرانسه اصلی و سرزمین‌های فرادریایی) پیامک می‌فرستیم. یک شماره فرانسوی یا یک نشانی ایمیل بدهید.

## Messages

messages-title = پیام‌های فرستاده‌شده
messages-intro = پیامک‌ها و ایمیل‌های فرستاده‌شده به ساکنان، از تازه‌ترین به قدیمی‌ترین، با خطاها و علت آن‌ها. در نسخهٔ نمایشی چیزی فرستاده نمی‌شود: پیام‌ها اینجا نگه داشته می‌شوند.
messages-empty = هنوز پیامی نیست.
messages-table-caption = آخرین پیام‌ها
messages-col-when = تاریخ
messages-col-to = گیرنده
messages-col-text = پیام
messages-col-status = وضعیت
channel-sms = پیامک
channel-email = ایمیل
notification-status-pending = در انتظار
messages-planned = ارسال برنامه‌ریزی‌شده برای { $when }
notification-status-sending = در حال فرستادن
notification-status-sent = فرستاده شد
notification-status-failed = ناموفق
messages-attempts =
    { $count ->
        [one] { $count } تلاش
       *[other] { $count } تلاش
    }

## Alerts in the staff frame, on every page
alerts-label = هشدارها
alert-my-requests-late = { $count ->
    [one] مهلت پاسخ { $count } درخواست از درخواست‌های شما گذشته است
   *[other] مهلت پاسخ { $count } درخواست از درخواست‌های شما گذشته است
}
alert-my-requests-due-soon = { $count ->
    [one] مهلت { $count } درخواست از درخواست‌های شما تا ۲ روز کاری دیگر به پایان می‌رسد
   *[other] مهلت { $count } درخواست از درخواست‌های شما تا ۲ روز کاری دیگر به پایان می‌رسد
}
alert-service-requests-late = { $count ->
    [one] { $count } درخواست در بخش‌های شما با تأخیر است
   *[other] { $count } درخواست در بخش‌های شما با تأخیر است
}
