# دستگاه‌ها: دستگاه‌های کار، دستگاه‌های نوبت‌دهی و نمایشگرهای سالن انتظار؛ ثبت آن‌ها.

devices-title = دستگاه‌های کار، دستگاه‌های نوبت‌دهی و نمایشگرها
devices-intro = فقط دستگاه‌های کار ثبت‌شده به کارکنان اجازهٔ ورود با کد شخصی می‌دهند؛ نوبت‌های هر مکان را فقط دستگاه‌های نوبت‌دهی ثبت‌شدهٔ آن می‌دهند و فراخوان‌هایش را فقط نمایشگرهای ثبت‌شده‌اش نشان می‌دهند.
devices-code-intro = کد ثبت دستگاه جدید:
devices-code-help = آن را ظرف ۲۴ ساعت روی خود دستگاه وارد کنید: برای دستگاه کار در نشانی /agent/poste، و برای دستگاه نوبت‌دهی یا نمایشگر در صفحهٔ دستگاه نوبت‌دهی (/borne/…) یا نمایشگر (/ecran/…) آن مکان. دوباره نمایش داده نمی‌شود.
devices-name-label = نام دستگاه جدید
devices-name-error = برای دستگاه نامی بگذارید (حداکثر ۱۰۰ نویسه).
devices-create = ساختن دستگاه
devices-table-caption = دستگاه‌های ثبت‌شده
devices-col-name = نام
devices-col-kind = نوع
devices-col-site = مکان
devices-col-status = وضعیت
devices-col-last-seen = آخرین استفاده
devices-col-actions = کارها
devices-status-pending = در انتظار ثبت
devices-status-enrolled = ثبت‌شده
devices-status-revoked = کنارگذاشته
devices-revoke = کنار گذاشتن { $name }

devices-new-workstation = دستگاه کار جدید
devices-new-site-device = دستگاه نوبت‌دهی یا نمایشگر جدید
devices-site-device-help = دستگاه نوبت‌دهی نوبت‌های یک مکان را می‌دهد؛ نمایشگر سالن انتظار فراخوان‌های آن را نشان می‌دهد. هر کدام فقط به یک مکان خدمت می‌کند.
devices-kind-label = نوع دستگاه
devices-site-label = مکان
devices-site-choose = یک مکان انتخاب کنید
devices-site-device-name-label = نام دستگاه نوبت‌دهی یا نمایشگر
devices-create-site-device = ساختن دستگاه نوبت‌دهی یا نمایشگر
devices-kind-workstation = دستگاه کار
devices-kind-kiosk = دستگاه نوبت‌دهی
devices-kind-screen = نمایشگر سالن انتظار
devices-error-name = برای دستگاه نوبت‌دهی یا نمایشگر نامی بگذارید (حداکثر ۱۰۰ نویسه).
devices-error-site = مکان دستگاه نوبت‌دهی یا نمایشگر را انتخاب کنید.
devices-error-kind = یک دستگاه نوبت‌دهی یا نمایشگر انتخاب کنید.

devices-enrol-kiosk-title = ثبت این دستگاه نوبت‌دهی
devices-enrol-screen-title = ثبت این نمایشگر
devices-enrol-intro = این دستگاه هنوز برای این مکان ثبت نشده است. کد ثبتی را که یکی از مدیران داده است وارد کنید (صفحهٔ «دستگاه‌های کار، دستگاه‌های نوبت‌دهی و نمایشگرها»). فقط یک بار کار می‌کند.
devices-enrol-code-label = کد ثبت
devices-enrol-submit = ثبت
devices-error-code = این کد اینجا معتبر نیست: نادرست است، پیش‌تر استفاده شده، منقضی شده یا برای دستگاه یا مکان دیگری ساخته شده است.
devices-error-not-kiosk = نوبت‌های دستگاه نوبت‌دهی را فقط یک دستگاه نوبت‌دهی ثبت‌شدهٔ این مکان می‌دهد. هیچ نوبتی گرفته نشد.
devices-error-priority-from-home = اولویت در دستگاه نوبت‌دهی یا نزد یک مشاور اعلام می‌شود، نه از خانه. هیچ نوبتی گرفته نشد.
devices-priority-at-kiosk = باید با اولویت پذیرفته شوید (معلولیت، بارداری، سالمندی، کودک خردسال)؟ هنگام رسیدن آن را در دستگاه نوبت‌دهی یا به یک مشاور بگویید.
