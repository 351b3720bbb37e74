# صف انتظار: دستگاه نوبت‌دهی در ورودی، گرفتن نوبت از خانه، باجه، نمایشگر سالن انتظار.

queue-kiosk-title = دستگاه نوبت‌دهی
queue-kiosk-choose-family = خدمتی را که برایش آمده‌اید لمس کنید
queue-kiosk-choose-motif = کار مورد نظرتان را لمس کنید
queue-kiosk-back = بازگشت
queue-kiosk-done = تمام
queue-closed-title = پذیرش بسته است
queue-priority-question = آیا به پذیرش خارج از نوبت نیاز دارید؟
queue-priority-none = نه، فقط نوبت می‌خواهم
queue-priority-disability = معلولیت
queue-priority-pregnancy = بارداری
queue-priority-elderly = سالمند
queue-priority-young-child = همراه کودک خردسال
queue-priority = اولویت
queue-wait-now = به‌زودی شما را صدا می‌کنیم
queue-wait-few = انتظار: چند دقیقه
queue-wait-about = انتظار: حدود { $minutes } دقیقه
queue-ticket-number = شمارهٔ شما
queue-ahead = { $count ->
    [0] کسی جلوی شما نیست
    [1] یک نفر جلوی شماست
   *[other] { $count } نفر جلوی شما هستند
}
queue-qr-label = کد QR برای پیگیری نوبت در تلفن همراه
queue-qr-hint = برای پیگیری نوبتتان در تلفن همراه، کد را اسکن کنید.
queue-print = چاپ برگهٔ نوبت

queue-home-intro = محل پذیرش را انتخاب کنید. وقتی باز است، می‌توانید از خانه نوبت بگیرید و نوبتتان را در تلفن همراه پیگیری کنید.
queue-phone-label = تلفن همراه (اختیاری)
queue-phone-hint = وقتی نوبتتان نزدیک شد، برایتان پیامک می‌فرستیم. مثال: ‎+33 6 12 34 56 78.
queue-take = گرفتن نوبت

queue-ticket-title = نوبت من
queue-called-to = نوبت شماست: لطفاً به { $desk } مراجعه کنید.
queue-come-now = نوبتتان نزدیک است: لطفاً به پذیرش بیایید.
queue-ticket-done = کار شما تمام شد. از آمدنتان سپاسگزاریم.
queue-ticket-no-show = چند بار شما را صدا کردیم ولی پاسخی نبود. اگر لازم است، از پذیرش نوبت تازه بگیرید.
queue-ticket-cancelled = از این نوبت انصراف دادید.
queue-issued-at = زمان گرفتن نوبت: { $time }
queue-sms-to = پیامک هنگام نزدیک شدن نوبت:
queue-refresh = به‌روزرسانی
queue-cancel-ticket = دیگر نمی‌آیم: جایم را آزاد کنید

queue-screen-title = نمایشگر سالن انتظار
queue-screen-sound = روشن کردن صدا
queue-screen-sound-on = صدا روشن است
queue-screen-calls = فراخوان‌ها
queue-screen-no-call = فعلاً فراخوانی نیست
queue-screen-waits = زمان انتظار تقریبی
queue-speech = شمارهٔ { $code }، لطفاً به { $desk } مراجعه کنید.

queue-desk = باجه
queue-desk-choose = انتخاب باجه
queue-desk-needed = برای فراخواندن مراجعان، باجهٔ خود را انتخاب کنید.
queue-queue = صف
queue-common = صف مشترک
queue-current = مراجع در باجه
queue-callable = { $count ->
    [0] کسی در این صف منتظر نیست.
    [1] یک مراجع در این صف منتظر است.
   *[other] { $count } مراجع در این صف منتظرند.
}
queue-call-next = فراخواندن نفر بعدی
queue-language = زبان
queue-arrived = زمان رسیدن
queue-appointment-of = وقت قبلی به نام
queue-transfer-note = یادداشت ارجاع
queue-status-called = { $count ->
    [1] ساعت { $time } فراخوانده شد
   *[other] { $count } بار فراخوانده شد، آخرین بار ساعت { $time }
}
queue-status-in-service = در باجه
queue-start = شروع
queue-recall = فراخوانی دوباره
queue-no-show = غایب
queue-no-show-after = گزینهٔ «غایب» پس از { $count } بار فراخوانی نمایش داده می‌شود.
queue-set-aside = کنار گذاشتن
queue-resume = ادامه
queue-aside = کنار گذاشته‌شده‌ها
queue-close = پایان مراجعه
queue-outcome = نتیجه
queue-outcome-handled = در باجه انجام شد
queue-outcome-follow-up = نیاز به پیگیری
queue-note = یادداشت (اختیاری)
queue-transfer = ارجاع
queue-transfer-service = به بخش
queue-transfer-expert = خطاب به
queue-transfer-anyone = هر کارمند بخش
queue-choose = انتخاب کنید…
queue-waiting-count = { $count ->
    [0] کسی منتظر نیست
    [1] یک مراجع منتظر است
   *[other] { $count } مراجع منتظرند
}
queue-nobody = کسی منتظر نیست.
queue-ticket = نوبت
queue-waited = انتظار
queue-minutes = { $count } دقیقه
queue-appointment-at = وقت قبلی ساعت { $time }
queue-for-agent = برای { $name }
queue-desk-issue = صدور نوبت
queue-desk-issued = نوبت { $code } صادر شد.

queue-admin-title = تنظیمات صف انتظار
queue-admin-intro = هر اولویت مانند چند دقیقه زودتر رسیدن حساب می‌شود: نوبت عادی که بیش از بزرگ‌ترین پیش‌افت منتظر مانده، هرگز پشت سر گذاشته نمی‌شود.
queue-admin-from-home = ساکنان می‌توانند از خانه نوبت بگیرند
queue-admin-head-start = پیش‌افت هر اولویت، به دقیقه (از ۰ تا { $max })
queue-admin-max-calls = تعداد فراخوان‌ها پیش از ثبت مراجعه‌کننده به‌عنوان غایب (از ۱ تا ۹)
admin-error-queue-weight = هر پیش‌افت باید عدد صحیحی از دقیقه‌ها باشد، از ۰ تا ۶۰.
admin-error-queue-calls = تعداد فراخوان‌ها باید عدد صحیحی باشد، از ۱ تا ۹.

queue-error-closed = محل پذیرش اکنون بسته است: نمی‌توان نوبت گرفت.
queue-error-too-many-tickets = نوبت‌های زیادی از اتصال شما گرفته شده است. یک ربع ساعت دیگر دوباره امتحان کنید، یا از دستگاه ورودی نوبت بگیرید.
contact-error-phone-has-tickets = این شماره از قبل نوبت‌هایی در انتظار دارد. آن‌ها را با پیوندی که دریافت کرده‌اید دنبال کنید، یا پیش از گرفتن نوبت دیگر از یکی صرف‌نظر کنید.
queue-error-no-home-tickets = در این محل نمی‌توان از خانه نوبت گرفت. حضوری بیایید یا وقت بگیرید.
queue-error-motif = یک کار را از فهرست انتخاب کنید.
queue-error-busy = شما هم‌اکنون مراجعی دارید: اول این مراجعه را تمام یا ارجاع کنید.
queue-error-stale = این نوبت در این فاصله تغییر کرده است: صفحه به‌روز شد.
queue-error-too-few-calls = پیش از ثبت غیبت، مراجع را دوباره فرا بخوانید.
queue-error-empty = کسی در این صف منتظر نیست.
queue-error-service = بخشی را که می‌خواهید به آن ارجاع دهید انتخاب کنید.
queue-error-outcome = نتیجهٔ مراجعه را انتخاب کنید.
queue-error-note-too-long = یادداشت خیلی بلند است: حداکثر ۵۰۰ نویسه.
queue-error-not-expert = این کارمند به درخواست‌های این بخش رسیدگی نمی‌کند.
queue-procedure-sheet = راهنمای کار اداری
queue-survey-receipt = پس از مراجعه، با همین کد نظرتان را بدهید.
queue-survey-link = دادن نظر
queue-survey-question = مراجعهٔ شما خوب گذشت؟
queue-survey-unhappy = ناراضی
queue-survey-neutral = متوسط
queue-survey-happy = راضی
queue-survey-thanks = از نظر شما سپاسگزاریم!
queue-error-survey = نظر شما ثبت نشد. لطفاً دوباره تلاش کنید.
