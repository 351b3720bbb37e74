# الأجهزة: أجهزة العمل وأجهزة الاستقبال وشاشات قاعة الانتظار؛ تسجيلها.

devices-title = أجهزة العمل وأجهزة الاستقبال والشاشات
devices-intro = لا يمكن للموظفين الدخول برمزهم الشخصي إلا من أجهزة العمل المسجَّلة؛ ولا تصدر تذاكر الموقع إلا من أجهزة الاستقبال المسجَّلة فيه، ولا تُعرض نداءاته إلا على شاشاته المسجَّلة.
devices-code-intro = رمز تسجيل الجهاز الجديد:
devices-code-help = أدخله خلال 24 ساعة على الجهاز نفسه: في العنوان /agent/poste لجهاز العمل، وفي صفحة جهاز الاستقبال (/borne/…) أو الشاشة (/ecran/…) الخاصة بالموقع لجهاز الاستقبال أو الشاشة. لن يُعرض مرة أخرى.
devices-name-label = اسم الجهاز الجديد
devices-name-error = أعطِ الجهاز اسمًا (100 حرف على الأكثر).
devices-create = إنشاء الجهاز
devices-table-caption = الأجهزة المسجَّلة
devices-col-name = الاسم
devices-col-kind = النوع
devices-col-site = الموقع
devices-col-status = الحالة
devices-col-last-seen = آخر استعمال
devices-col-actions = الإجراءات
devices-status-pending = في انتظار التسجيل
devices-status-enrolled = مسجَّل
devices-status-revoked = مسحوب
devices-revoke = سحب { $name }

devices-new-workstation = جهاز عمل جديد
devices-new-site-device = جهاز استقبال أو شاشة جديدة
devices-site-device-help = يصدر جهاز الاستقبال تذاكر الموقع؛ وتعرض شاشة قاعة الانتظار نداءاته. يخدم كلٌّ منهما موقعًا واحدًا.
devices-kind-label = نوع الجهاز
devices-site-label = الموقع
devices-site-choose = اختر موقعًا
devices-site-device-name-label = اسم جهاز الاستقبال أو الشاشة
devices-create-site-device = إنشاء جهاز الاستقبال أو الشاشة
devices-kind-workstation = جهاز عمل
devices-kind-kiosk = جهاز الاستقبال
devices-kind-screen = شاشة قاعة الانتظار
devices-error-name = أعطِ جهاز الاستقبال أو الشاشة اسمًا (100 حرف على الأكثر).
devices-error-site = اختر موقع جهاز الاستقبال أو الشاشة.
devices-error-kind = اختر جهاز استقبال أو شاشة.

devices-enrol-kiosk-title = تسجيل جهاز الاستقبال هذا
devices-enrol-screen-title = تسجيل هذه الشاشة
devices-enrol-intro = هذا الجهاز غير مسجَّل بعدُ لهذا الموقع. أدخل رمز التسجيل الذي أعطاك إياه أحد المسؤولين (صفحة «أجهزة العمل وأجهزة الاستقبال والشاشات»). لا يصلح إلا مرة واحدة.
devices-enrol-code-label = رمز التسجيل
devices-enrol-submit = تسجيل
devices-error-code = هذا الرمز غير صالح هنا: إنه خاطئ أو مستعمل من قبل أو منتهي الصلاحية أو مُعَدّ لجهاز آخر أو لموقع آخر.
devices-error-not-kiosk = لا تصدر تذاكر جهاز الاستقبال إلا من جهاز استقبال مسجَّل في هذا الموقع. لم تُؤخذ أي تذكرة.
devices-error-priority-from-home = تُطلب الأولوية عند جهاز الاستقبال أو لدى أحد المستشارين، لا من المنزل. لم تُؤخذ أي تذكرة.
devices-priority-at-kiosk = هل تحتاج إلى المرور بأولوية (إعاقة، حمل، سنّ متقدمة، طفل صغير)؟ قل ذلك عند جهاز الاستقبال أو لأحد المستشارين عند وصولك.
