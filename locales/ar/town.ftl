# Administration of the town's sites, desks, services and motifs, and the motif import.

admin-error-stale = قام شخص آخر بحفظ هذا العنصر أثناء تعديلك له: لم يُحفظ شيء. القيم المعروضة هي القيم الحالية؛ أعد تعديلك إن كان لا يزال مفيدًا.
admin-error-slug = معرّف غير صالح: أحرف لاتينية صغيرة دون علامات، وأرقام وشرطات فقط (مثلًا mairie-annexe).
admin-error-slug-taken = هذا المعرّف مستخدم من قبل: اختر معرّفًا آخر.
admin-error-taken = أخذ شخص آخر هذا المعرّف أو هذا الحرف للتو: اختر غيره.
admin-error-email = عنوان بريد إلكتروني غير صالح: تحقّق منه (مثلًا accueil@mairie.fr).
admin-error-site-appointments = لا تزال هناك مواعيد محجوزة في هذا المكان: انقلها أو ألغها قبل سحبه من الخدمة.
admin-error-desk = اسم شبّاك غير صالح: هو إلزامي ويجب أن يختلف عن شبابيك المكان الأخرى.
admin-error-service = اختر خدمة نشطة لسبب زيارة نشط.
admin-error-letter = حرف التذاكر غير صالح: حرف لاتيني واحد من A إلى Z.
admin-error-letter-taken = هذا الحرف يخصّ خدمة أخرى (حتى لو كانت مسحوبة: لا تزال تذاكرها تحمله).
admin-error-position = ترتيب غير صالح: عدد صحيح من 1 إلى 999.
admin-error-service-motifs = لهذه الخدمة أسباب زيارة نشطة: اسحبها أو انقلها إلى خدمة أخرى قبل سحب الخدمة.
admin-error-import = في الملف أخطاء: لم يُحفظ شيء. صحّح الأسطر المشار إليها ثم أعد المعاينة.

town-problem-name = الاسم ناقص (200 حرف على الأكثر)
town-problem-duration = المدة: عدد صحيح من الدقائق، من 5 إلى 480
town-problem-buffer = الفاصل: عدد صحيح من الدقائق، من 0 إلى 120
town-problem-min-delay = المهلة الدنيا: عدد صحيح من الساعات، من 0 إلى 720
town-problem-max-delay = المهلة القصوى: عدد صحيح من الأيام، من 1 إلى 366
town-problem-cells = عدد الخانات أكبر من عدد أعمدة العنوان
town-problem-code = رمز غير صالح: أحرف لاتينية صغيرة دون علامات، وأرقام وشرطات
town-problem-code-twice = هذا الرمز موجود في سطر سابق
town-problem-service = خدمة غير معروفة: اكتب معرّفها أو اسمها
town-problem-service-retired = هذه الخدمة مسحوبة
town-problem-online = «en ligne»: اكتب oui أو non
town-import-separator = قُرئ عمود واحد فقط: افصل الخانات بفاصلة منقوطة (;) كما يفعل جدول بيانات فرنسي.
town-import-column-twice = العمود «{ $column }» مكرّر في سطر العنوان.
town-import-column-unknown = عمود غير معروف في سطر العنوان: «{ $column }».
town-import-column-missing = عمود إلزامي ناقص في سطر العنوان: «{ $column }».
town-import-empty = لا توجد أسطر للاستيراد: الصق سطر العنوان وسطرًا واحدًا على الأقل.

town-slug = المعرّف
town-slug-hint = يُستعمل في العناوين ولا يتغيّر بعد ذلك: أحرف لاتينية صغيرة دون علامات، وأرقام وشرطات (مثلًا mairie-annexe).
town-create = إنشاء
town-retired = مسحوب
town-retire = سحب من الخدمة
town-reactivate = إعادة إلى الخدمة
town-site-add = مكان جديد
town-site-email = البريد الإلكتروني
town-desks = الشبابيك
town-desk-label = اسم الشبّاك
town-desk-rename = إعادة التسمية
town-desk-new = شبّاك جديد
town-index-services = خدمات البلدية وحرف تذاكرها وترتيبها؛ إنشاء وتعديل وسحب.
town-index-import = إنشاء أسباب الزيارة أو تحديثها من جدول بيانات (CSV) مع معاينة سطرًا بسطر.
town-services-title = الخدمات
town-services-intro = لكل خدمة حرف تذاكرها. لا تُسحب الخدمة إلا بعد سحب جميع أسباب زيارتها؛ وتحتفظ بها تذاكرها السابقة.
town-service-add = خدمة جديدة
town-service-motifs = { $count ->
    [zero] لا يوجد سبب زيارة نشط
    [one] سبب زيارة نشط واحد
    [two] سببا زيارة نشطان
    [few] { $count } أسباب زيارة نشطة
    [many] { $count } سببًا نشطًا
   *[other] { $count } سبب زيارة نشط
}
town-service-name = اسم الخدمة
town-service-letter = حرف التذاكر
town-service-letter-hint = حرف لاتيني من A إلى Z خاص بهذه الخدمة: E لـ E001 وE002…
town-service-position = الترتيب في القوائم
town-service-experts = يتولاها خبراء
town-service-experts-hint = تذهب مواعيد هذه الخدمة مباشرة إلى الخبير الذي يستقبلها.
town-motif-add = سبب زيارة جديد
town-motif-service = الخدمة
town-import-title = استيراد أسباب الزيارة
town-import-how = الملف المنتظر
town-import-help = احفظ جدولك بصيغة CSV (الفاصل فاصلة منقوطة، UTF-8)، وافتحه في محرر نصوص والصقه أدناه. السطر الذي يوجد رمزه من قبل يحدّث سبب الزيارة ذاك؛ والأسطر الأخرى تنشئ أسبابًا جديدة.
town-import-columns = السطر الأول: أسماء الأعمدة.
town-import-defaults = إلزامية: code وnom وservice وdurée. إن غاب العمود فالفاصل 0، و«en ligne» هي oui، والمهلة الدنيا ساعتان والقصوى 60 يومًا. تُفصل الوثائق المطلوبة بخطوط عمودية (|).
town-import-example = مثال:
town-import-text = محتوى ملف CSV
town-import-preview = معاينة
town-import-preview-title = المعاينة
town-import-ready = { $count ->
    [one] سطر واحد جاهز للحفظ.
    [two] سطران جاهزان للحفظ.
   *[other] { $count } أسطر جاهزة للحفظ.
}
town-import-wrong = { $count ->
    [0] لا يمكن قراءة الملف: لن يُحفظ شيء.
    [one] في سطر واحد أخطاء: لن يُحفظ شيء حتى يُصحَّح.
   *[other] في { $count } أسطر أخطاء: لن يُحفظ شيء حتى تُصحَّح.
}
town-import-line = السطر
town-import-what = النتيجة
town-import-new = سبب زيارة جديد
town-import-update = تحديث
town-import-confirm = حفظ جميع أسباب الزيارة
