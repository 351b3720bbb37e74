## "Aller vers" campaigns: lists of residents to call (/agent/usagers/campagnes)
campaigns-title = حملات الاتصال
campaigns-intro = نبادر نحن بالتواصل مع السكان: قائمة بأشخاص يُتّصل بهم لسبب واحد (موجة حرّ، تسجيلات، تذكير بإجراء). يأخذ كل مستشار الشخص التالي؛ لا يُتّصل بأحد مرتين في الوقت نفسه، وتُسجَّل كل مكالمة اتصالًا.
campaigns-back-residents = العودة إلى السكان
campaigns-back = كل الحملات
campaigns-back-campaign = العودة إلى الحملة
campaigns-list = الحملات
campaigns-none = لا توجد حملات حتى الآن.
campaigns-name = العنوان
campaigns-service = الخدمة
campaigns-no-service = كل الخدمات
campaigns-created = تاريخ الإنشاء
campaigns-progress = التقدّم
campaigns-left = { $left } للاتصال من أصل { $people }
campaigns-left-short = { $left ->
    [0] لم يبقَ أحد للاتصال به
    [one] بقي شخص واحد للاتصال به
    [two] بقي شخصان للاتصال بهما
    [few] بقي { $left } أشخاص للاتصال بهم
    [many] بقي { $left } شخصًا للاتصال بهم
   *[other] بقي { $left } شخص للاتصال بهم
}
campaigns-closed = منتهية
campaigns-new = حملة جديدة
campaigns-purpose = ما يجب قوله
campaigns-purpose-hint = يقرؤه المستشار في كل مكالمة: سبب الاتصال، وما يجب السؤال عنه، والأرقام التي تُعطى.
campaigns-source = الأشخاص الذين يُتّصل بهم
campaigns-source-list = قائمة (ملف CSV أو خلايا منسوخة من جدول بيانات)
campaigns-source-filter = السكان الذين لم يحدث معهم اتصال منذ مدة
campaigns-list-field = القائمة المراد لصقها
campaigns-list-hint = شخص واحد في كل سطر: الاسم، الهاتف، ثم إن شئتم اللغة (fr، ar، en…) وملاحظة. الفاصل فاصلة منقوطة أو فاصلة أو علامة جدولة؛ يُقبل سطر للعناوين. 5000 شخص على الأكثر.
campaigns-filter-months = بلا موعد ولا طلب منذ
campaigns-months = { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
}
campaigns-create = إنشاء الحملة
campaigns-created-ok = أُنشئت الحملة: يمكنكم بدء الاتصالات.
campaigns-closed-ok = انتهت الحملة.
campaigns-closed-hint = انتهت هذه الحملة: لم يعد يُتّصل بأحد.
campaigns-finished = تمّ الاتصال بالجميع.
campaigns-called = سُجّلت المكالمة.
campaigns-resume = استئناف مكالمتي الجارية
campaigns-nobody-left = لم يبقَ أحد للاتصال به في هذه الحملة.
campaigns-next = الاتصال بالشخص التالي
campaigns-people = الأشخاص في القائمة
campaigns-person = الشخص
campaigns-phone = الهاتف
campaigns-status = الوضع الحالي
campaigns-attempts = المكالمات
campaigns-last-call = آخر مكالمة
campaigns-note = ملاحظة
campaigns-close = إنهاء الحملة
campaigns-close-hint = إنهاء الحملة يوقف الاتصالات؛ وتبقى القائمة ونتائجها متاحة للاطلاع.
campaigns-call-title = مكالمة
campaigns-no-call = ليست لديكم مكالمة جارية في هذه الحملة.
campaigns-language = اللغة
campaigns-detail = ملاحظة
campaigns-last-note = ملاحظة آخر مكالمة
campaigns-attempts-before = { $count ->
    [0] أول اتصال
    [one] اتُّصل به مرة واحدة من قبل
    [two] اتُّصل به مرتين من قبل
    [few] اتُّصل به { $count } مرات من قبل
    [many] اتُّصل به { $count } مرة من قبل
   *[other] اتُّصل به { $count } مرة من قبل
}
campaigns-outcome = كيف جرت المكالمة؟
campaigns-outcome-reached = تمّ التحدث إلى الشخص
campaigns-outcome-no-answer = لا ردّ
campaigns-outcome-wrong-number = رقم خاطئ
campaigns-outcome-declined = لا يرغب في أن يُتّصل به
campaigns-save-next = تسجيل والاتصال بالتالي
campaigns-save = تسجيل والعودة إلى الحملة
campaigns-status-to-call = للاتصال
campaigns-status-reached = تمّ التحدث إليه
campaigns-status-unreachable = تعذّر الوصول إليه بعد 3 مكالمات
campaigns-status-wrong-number = رقم خاطئ
campaigns-status-declined = رفض
campaigns-error-title = أعطوا الحملة عنوانًا (120 حرفًا على الأكثر).
campaigns-error-purpose = اكتبوا ما يجب قوله للأشخاص الذين يُتّصل بهم (2000 حرف على الأكثر).
campaigns-error-service = هذه الخدمة غير موجودة: اختاروا خدمة من القائمة.
campaigns-error-source = اختاروا مصدر الأشخاص الذين يُتّصل بهم: قائمة أو السكان الذين لم يحدث معهم اتصال.
campaigns-error-empty = القائمة لا تضم أحدًا: شخص واحد في كل سطر، اسمه ثم هاتفه.
campaigns-error-too-many = القائمة طويلة جدًا: 5000 شخص على الأكثر في كل حملة.
campaigns-error-lines = لم يُحفظ شيء: هذه الأسطر بلا اسم أو بلا رقم هاتف صالح للاستعمال: { $lines }. صحّحوها ثم الصقوا القائمة من جديد.
campaigns-error-filter = اختاروا مدة من القائمة.
campaigns-error-nobody = لا يوجد ساكن مطابق: لم يبقَ أحد ممن لديهم هاتف دون اتصال طوال هذه المدة.
campaigns-error-closed = انتهت هذه الحملة: لم يعد يُتّصل بأحد.
campaigns-error-busy = كثير من المستشارين يتصلون في الوقت نفسه: أعيدوا المحاولة.
campaigns-error-not-yours = هذه المكالمة لم تعد لكم (سُجّلت من قبل، أو تولّاها زميل): اتصلوا بالشخص التالي.
campaigns-error-outcome = قولوا كيف جرت المكالمة.
campaigns-error-note = الملاحظة طويلة جدًا (1000 حرف على الأكثر).
