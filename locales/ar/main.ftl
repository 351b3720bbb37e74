# Guichet — نصوص الواجهة باللغة العربية.

## عام

app-name = Guichet — البلدية
skip-to-content = الانتقال إلى المحتوى
footer-text = البلدية — استقبال واحد لكل الخدمات، بلغتك.
footer-staff-link = فضاء الموظفين
footer-results-link = نتائج جودة خدماتنا
language-picker-label = اللغة
back-home = العودة إلى الصفحة الرئيسية
back-to-login = الذهاب إلى تسجيل الدخول

## صفحات الأخطاء

not-found-title = الصفحة غير موجودة
not-found-body = العنوان المطلوب غير موجود أو لم يعد موجودًا. تحقّق من الرابط أو ابدأ من الصفحة الرئيسية.
error-not-signed-in = سجّل الدخول لفتح هذه الصفحة.
error-forbidden = دورك لا يسمح بفتح هذه الصفحة.
error-device-not-enrolled = هذا الجهاز غير مسجَّل.
error-not-found = هذا العنصر غير موجود أو لم يعد موجودًا.
error-internal = حدثت مشكلة من جهتنا. أعد المحاولة بعد قليل.
error-bad-request = يحتوي هذا الطلب على أحرف لا يمكن قراءتها. ارجع وتحقق مما كتبته.
error-too-many-title = طلبات كثيرة جدًا
error-too-many = لحماية الخدمة، وصلت طلبات كثيرة جدًا من اتصالك في وقت قصير. أعد المحاولة بعد { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }.
error-too-many-back = العودة إلى النموذج
error-too-many-codes = أُدخلت رموز خاطئة كثيرة من اتصالك. انتظر بضع دقائق قبل المحاولة مجددًا.

## الصفحة الرئيسية للسكان

home-description = حجز موعد، أخذ رقم انتظار، متابعة طلب ومعرفة مواعيد عمل البلدية.
home-title = مرحبًا بكم في البلدية
home-lead = استقبال واحد لكل الخدمات. ماذا تريد أن تفعل؟
home-actions-label = الإجراءات الرئيسية
home-action-appointment = حجز موعد
home-action-appointment-hint = اختر السبب والمكان والوقت
home-action-ticket = أخذ رقم انتظار
home-action-ticket-hint = انتظر دورك من المنزل
home-action-follow = متابعة طلب
home-action-follow-hint = برقمك المرجعي
home-action-procedures = الإجراءات الإدارية
home-action-procedures-hint = الوثائق المطلوبة، مشروحة ببساطة
home-action-hours = المواعيد والعناوين
home-action-hours-hint = أماكن الاستقبال اليوم
home-sites-title = أماكن الاستقبال
home-week-hours = مواعيد الأسبوع

hours-open-today = مفتوح اليوم: { $hours }
hours-closed-today = مغلق اليوم
hours-holiday-today = مغلق اليوم: { $holiday }
hours-closure-today = إغلاق استثنائي اليوم: { $reason }
hours-closed = مغلق

weekday-monday = الاثنين
weekday-tuesday = الثلاثاء
weekday-wednesday = الأربعاء
weekday-thursday = الخميس
weekday-friday = الجمعة
weekday-saturday = السبت
weekday-sunday = الأحد

holiday-new-year = رأس السنة الميلادية
holiday-easter-monday = اثنين الفصح
holiday-labour-day = عيد العمال
holiday-victory-in-europe = عيد النصر 1945
holiday-ascension = عيد الصعود
holiday-whit-monday = اثنين العنصرة
holiday-bastille-day = العيد الوطني الفرنسي
holiday-assumption = عيد انتقال العذراء
holiday-all-saints = عيد جميع القديسين
holiday-armistice = ذكرى هدنة 1918
holiday-christmas = عيد الميلاد
holiday-good-friday = الجمعة العظيمة
holiday-st-stephen = عيد القديس إسطفان


## فضاء الموظفين: جهاز مشترك

login-title = دخول الموظفين
login-continue = المتابعة إلى فضائي
login-not-enrolled-title = الجهاز غير مسجَّل
login-not-enrolled-body = لا يدخل الموظفون إلا من جهاز سجّله مسؤول. إذا حصلت على رمز تسجيل، فأدخله.
enrol-link = تسجيل هذا الجهاز
login-choose-title = من أنت؟
login-workstation = الجهاز: { $name }
login-locked-notice = قُفل الجهاز بعد فترة من عدم النشاط. اختر اسمك للمتابعة.
login-hello = مرحبًا، { $name }
login-pin-label = رمزك الشخصي
login-pin-hint = من 4 إلى 8 أرقام.
login-submit = تسجيل الدخول
login-not-me = لست أنا
login-error-pin =
    { $left ->
        [zero] رمز خاطئ. لم تبقَ أي محاولة قبل الحظر.
        [one] رمز خاطئ. بقيت محاولة واحدة ({ $left }) قبل الحظر.
        [two] رمز خاطئ. بقيت محاولتان ({ $left }) قبل الحظر.
        [few] رمز خاطئ. بقيت { $left } محاولات قبل الحظر.
        [many] رمز خاطئ. بقيت { $left } محاولة قبل الحظر.
       *[other] رمز خاطئ. بقيت { $left } محاولة قبل الحظر.
    }
login-error-locked = محاولات كثيرة جدًا: الدخول محظور حتى { $until }.
login-error-workstation-locked = رموز خاطئة كثيرة جدًا على هذا الجهاز: لن يقبل أي رمز حتى { $until }.
login-error-format = يتكون الرمز من 4 إلى 8 أرقام.

enrol-title = تسجيل هذا الجهاز
enrol-intro = أدخل رمز التسجيل الذي أعطاك إياه المسؤول. يُستعمل مرة واحدة فقط.
enrol-code-label = رمز التسجيل
enrol-submit = تسجيل
enrol-error = هذا الرمز غير صالح: خاطئ أو مستعمل أو منتهي الصلاحية.

staff-brand = Guichet — فضاء الموظفين
staff-switch = تغيير المستشار
staff-nav-label = فضاء الموظفين
staff-home-title = فضائي
staff-hello = مرحبًا، { $name }

role-counsellor = مستشار
role-expert = موظف مختص
role-interpreter = مترجم
role-supervisor = مسؤول الجودة
role-admin = مسؤول النظام

section-queue = طابور الانتظار
section-queue-summary = نداء الزائر التالي، استقباله، تحويله وإنهاء الزيارة.
section-appointments = المواعيد
section-appointments-summary = مواعيد اليوم والمواعيد القادمة، استقبال الأشخاص، والحجز نيابة عن أحد السكان.
section-requests = الطلبات
section-requests-summary = الطلبات الواردة من كل القنوات، مع المسؤول عنها وأجلها وتاريخها.
section-residents = السكان
section-residents-summary = ملفات السكان، في حدود الضروري.
section-procedures = الإجراءات
section-procedures-summary = بطاقات الإجراءات مع الملاحظات الداخلية.
section-interpretation = الترجمة
section-interpretation-summary = جمل موثّقة بلغة المقيم، تُقرأ بصوت عالٍ وتُعرض بخط كبير.
section-quality = المتابعة
section-quality-summary = مؤشرات الجودة حسب المكان والقناة والخدمة والفترة، مع تصديرها.
section-admin = الإدارة
section-admin-summary = الأماكن والشبابيك والخدمات والأسباب والمواعيد والموظفون والأجهزة.

## contact

contact-error-name = اكتب اسمك (120 حرفًا على الأكثر).
contact-error-phone = رقم الهاتف هذا غير صالح. مثال: 06 12 34 56 78 أو ‎+33 6 12 34 56 78.
contact-error-email = عنوان البريد الإلكتروني هذا غير صالح. مثال: name@example.fr.
contact-error-none = أعطِ رقم هاتف محمول أو عنوان بريد إلكتروني، لنخبرك بأي تغيير.
contact-error-phone-country = نرسل الرسائل القصيرة إلى الأرقام الفرنسية فقط (فرنسا القارية وما وراء البحار). أدخل رقمًا فرنسيًا أو عنوان بريد إلكتروني.

## Messages

messages-title = الرسائل المرسلة
messages-intro = الرسائل القصيرة ورسائل البريد الإلكتروني المرسلة إلى السكان، من الأحدث إلى الأقدم، مع حالات الفشل وأسبابها. في العرض التجريبي لا يُرسل شيء: تُحفظ الرسائل هنا.
messages-empty = لا توجد رسائل حتى الآن.
messages-table-caption = آخر الرسائل
messages-col-when = التاريخ
messages-col-to = المرسل إليه
messages-col-text = الرسالة
messages-col-status = الحالة
channel-sms = رسالة قصيرة
channel-email = بريد إلكتروني
notification-status-pending = في الانتظار
messages-planned = الإرسال مقرر في { $when }
notification-status-sending = جارٍ الإرسال
notification-status-sent = أُرسلت
notification-status-failed = فشل
messages-attempts =
    { $count ->
        [zero] لا محاولات
        [one] محاولة واحدة
        [two] محاولتان
        [few] { $count } محاولات
        [many] { $count } محاولة
       *[other] { $count } محاولة
    }

## Alerts in the staff frame, on every page
alerts-label = التنبيهات
alert-my-requests-late = { $count ->
    [zero] لم يتجاوز أي طلب من طلباتكم أجل الرد
    [one] طلب واحد من طلباتكم تجاوز أجل الرد
    [two] طلبان من طلباتكم تجاوزا أجل الرد
    [few] { $count } طلبات من طلباتكم تجاوزت أجل الرد
    [many] { $count } طلبًا من طلباتكم تجاوزت أجل الرد
   *[other] { $count } طلب من طلباتكم تجاوزت أجل الرد
}
alert-my-requests-due-soon = { $count ->
    [zero] لا يحلّ أجل أي طلب من طلباتكم خلال يومي عمل
    [one] طلب واحد من طلباتكم يحلّ أجله خلال يومي عمل
    [two] طلبان من طلباتكم يحلّ أجلهما خلال يومي عمل
    [few] { $count } طلبات من طلباتكم يحلّ أجلها خلال يومي عمل
    [many] { $count } طلبًا من طلباتكم يحلّ أجلها خلال يومي عمل
   *[other] { $count } طلب من طلباتكم يحلّ أجلها خلال يومي عمل
}
alert-service-requests-late = { $count ->
    [zero] لا يوجد طلب متأخر في خدماتكم
    [one] طلب واحد متأخر في خدماتكم
    [two] طلبان متأخران في خدماتكم
    [few] { $count } طلبات متأخرة في خدماتكم
    [many] { $count } طلبًا متأخرًا في خدماتكم
   *[other] { $count } طلب متأخر في خدماتكم
}
