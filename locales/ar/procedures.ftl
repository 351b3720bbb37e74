# بطاقات الإجراءات: صفحات السكان (/demarches) وصفحات الموظفين (/agent/demarches).

procedures-title = الإجراءات الإدارية
procedures-intro = ما يجب أن تعرفوه وأن تحضروه لكل إجراء، بالفرنسية السهلة القراءة وبلغتكم.
procedures-search-label = البحث عن إجراء
procedures-search = بحث
procedures-results = { $count ->
    [0] لا توجد بطاقات عن «{ $query }»
    [one] بطاقة واحدة عن «{ $query }»
    [two] بطاقتان عن «{ $query }»
    [few] { $count } بطاقات عن «{ $query }»
    [many] { $count } بطاقةً عن «{ $query }»
   *[other] { $count } بطاقة عن «{ $query }»
}
procedures-no-result = جرّبوا كلمة أخرى، أو اسألوا في مكتب الاستقبال: نجيبكم بلغتكم.
procedures-back = كل الإجراءات
procedures-back-to-sheet = العودة إلى البطاقة
procedures-to-falc = النسخة السهلة القراءة
procedures-to-standard = النسخة الكاملة
procedures-print = طباعة
procedures-print-hint = لطباعة هذه الصفحة على ورقة A4، استعملوا أمر الطباعة في متصفحكم (Ctrl + P).
procedures-qr = رمز QR للوصول إلى البطاقة على الإنترنت
procedures-languages = لغات البطاقة
procedures-variant-standard = النسخة الكاملة
procedures-variant-falc = سهل القراءة
procedures-out-of-date = تغيّرت النسخة الفرنسية لهذه البطاقة بعد هذه الترجمة: قد لا تكون الترجمة دقيقة الآن.
procedures-read-french = قراءة النسخة الفرنسية
procedures-not-translated = هذه البطاقة غير مترجمة إلى لغتكم بعد: ها هي بالفرنسية.
procedures-audience = لمن هذا الإجراء؟
procedures-situations = وضعكم
procedures-steps = المراحل
procedures-documents = الوثائق المطلوب إحضارها
procedures-cost = كم يكلّف؟
procedures-free = مجاني
procedures-delay = المدة
procedures-delay-on-the-spot = في الحال، في المكان نفسه
procedures-delay-days = { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
procedures-delay-range = { $max ->
    [few] من { $min } إلى { $max } أيام
    [many] من { $min } إلى { $max } يومًا
   *[other] من { $min } إلى { $max } يوم
}
procedures-where = إلى أين تتوجهون؟
procedures-appointment-required = بموعد فقط.
procedures-appointment-recommended = بموعد أو من دون موعد؛ مع الموعد لا تنتظرون.
procedures-appointment-none = من دون موعد، في ساعات العمل.
procedures-book = حجز موعد
procedures-online = عبر الإنترنت
procedures-online-link = القيام بالإجراء عبر الإنترنت
procedures-note-know = للعلم:
procedures-note-warning = تنبيه:
procedures-legal = النصوص المرجعية
procedures-sources = المصادر
procedures-reviewed = تم التحقق من البطاقة في { $date }
procedures-version = النسخة { $version }، نُشرت في { $date }
procedures-falc-checked = النسخة السهلة القراءة راجعها { $who } في { $date }

# الموظفون
procedures-staff-title = بطاقات الإجراءات
procedures-staff-intro = الجواب نفسه للجميع: كل بطاقة، ونسختها السهلة القراءة، وترجماتها، ونسخها المتتالية. يقرأ السكان دائمًا النسخة المنشورة.
procedures-translations-of = الترجمات المطلوبة إلى
procedures-no-language = (لا توجد لغة)
procedures-tasks = { $count ->
    [0] لا شيء للترجمة
    [one] نص واحد للترجمة أو التحديث
    [two] نصان للترجمة أو التحديث
    [few] { $count } نصوص للترجمة أو التحديث
    [many] { $count } نصًا للترجمة أو التحديث
   *[other] { $count } نص للترجمة أو التحديث
}
procedures-tasks-none = كل البطاقات مترجمة ومحدّثة بهذه اللغة.
procedures-tasks-caption = نصوص للترجمة أو التحديث
procedures-sheet = البطاقة
procedures-variant = النسخة
procedures-state = الحالة
procedures-actions = الإجراءات
procedures-translate = ترجمة
procedures-sheets-count = { $count ->
    [zero] لا توجد بطاقات
    [one] بطاقة واحدة
    [two] بطاقتان
    [few] { $count } بطاقات
    [many] { $count } بطاقةً
   *[other] { $count } بطاقة
}
procedures-service = الخدمة
procedures-reviewed-on = تاريخ التحقق
procedures-falc = سهل القراءة
procedures-falc-ok = راجعها شخص من الفئة الموجّهة إليها
procedures-falc-to-check = تحتاج إلى مراجعة
procedures-to-translate = اللغات المطلوب الترجمة إليها
procedures-draft = مسودة
procedures-published = منشورة
procedures-translation-missing = للترجمة
procedures-translation-up-to-date = محدّثة
procedures-translation-to-update = للتحديث
procedures-translation-out-of-date = قديمة (تم تنبيه القرّاء)
procedures-back-staff = كل البطاقات
procedures-public-page = صفحة السكان
procedures-edit-standard = تعديل النسخة الكاملة
procedures-edit-falc = تعديل النسخة السهلة القراءة
procedures-staff-notes = ملاحظات للموظفين
procedures-owner = يتابع البطاقة: { $name }
procedures-translations = الترجمات
procedures-language = اللغة
procedures-versions = النسخ
procedures-when = التاريخ
procedures-author = بواسطة
procedures-falc-check = مراجعة من شخص من الفئة الموجّهة إليها
procedures-edit-minor = تعديل طفيف
procedures-edit-medium = تعديل متوسط
procedures-edit-major = تعديل كبير

# المحرّر
procedures-editor-title = تعديل بطاقة
procedures-editing = { $variant }، اللغة: { $language }
procedures-published-ok = تم النشر: يقرأ السكان الآن هذه النسخة.
procedures-draft-ok = تم حفظ المسودة: ما زال السكان يقرؤون النسخة المنشورة.
procedures-facts-ok = تم حفظ معلومات البطاقة.
procedures-checked-ok = تم تسجيل المراجعة.
procedures-draft-pending = هناك مسودة تنتظر النشر: ما زال السكان يقرؤون النسخة المنشورة.
procedures-french-beside = النص الفرنسي المطلوب ترجمته
procedures-advice = نصائح لسهولة القراءة
procedures-advice-long-sentence = جملة طويلة، يجب تقسيمها
procedures-advice-rare-word = كلمة غير شائعة، يجب استبدالها أو شرحها
procedures-advice-abbreviation = اختصار، يجب كتابته كاملًا
procedures-edit-level = أهمية التعديل
procedures-edit-level-hint = متوسط: يجب تحديث الترجمات. كبير (تتغير معلومة: سعر، مدة، وثيقة): ويُنبَّه قرّاء الترجمات أيضًا.
procedures-part-title = العنوان
procedures-part-summary = باختصار
procedures-part-audience = لمن
procedures-part-keywords = كلمات بحث أخرى
procedures-part-situations = الحالات
procedures-part-steps = المراحل
procedures-part-documents = الوثائق المطلوب إحضارها
procedures-part-costs = التكاليف
procedures-part-delay = شرح المدة
procedures-part-online = عبر الإنترنت
procedures-part-notes = الإطارات
procedures-keywords-hint = مفصولة بفواصل: اختصارات، كلمات يومية.
procedures-situations-hint = حالة واحدة في كل سطر: الحالة، ثم «|» وما تغيّره.
procedures-lines-hint = مرحلة واحدة في كل سطر.
procedures-documents-hint = وثيقة واحدة في كل سطر؛ إذا كانت مطلوبة في حالة واحدة فقط، أضيفوا «|» وتلك الحالة.
procedures-costs-hint = حالة واحدة في كل سطر: المبلغ باليورو (0 إذا كان مجانيًا)، ثم «|» والحالة.
procedures-notes-hint = إطار واحد في كل سطر، يبدأ بـ «!» لـ «للعلم» أو بـ «!!» لـ «تنبيه».
procedures-delay-min = أقصر مدة (بالأيام)
procedures-delay-max = أطول مدة (بالأيام)
procedures-save-draft = حفظ المسودة
procedures-publish = نشر
procedures-falc-check-hint = يراجع النسخةَ السهلة القراءة شخصٌ من الفئة الموجّهة إليها. كل نسخة جديدة تحتاج إلى مراجعتها الخاصة.
procedures-checked-by = راجعها
procedures-checked-on = تاريخ المراجعة
procedures-record-check = تسجيل المراجعة
procedures-facts = معلومات البطاقة
procedures-motif = غرض الموعد
procedures-no-motif = (بلا موعد)
procedures-appointment = الموعد
procedures-online-url = عنوان الإجراء على الإنترنت
procedures-references-hint = مرجع واحد في كل سطر: اسمه، ثم «|» وعنوانه (https://…).
procedures-owner-field = الموظف الذي يتابع البطاقة
procedures-no-owner = (لا أحد)
procedures-save-facts = حفظ المعلومات

procedures-error-too-long = أحد الحقول طويل جدًا.
procedures-error-too-many = في إحدى القوائم أسطر كثيرة جدًا (30 على الأكثر).
procedures-error-situation = كل حالة تحتاج إلى «|» يليه ما تغيّره.
procedures-error-cost = كل تكلفة تبدأ بمبلغ باليورو، يليه «|» ثم الحالة.
procedures-error-delay = يجب أن تمتد المدة من عدد من الأيام إلى عدد مساوٍ له أو أكبر منه.
procedures-error-missing = جزء من البطاقة فارغ: العنوان والملخص والفئة المعنية والحالات والمراحل والوثائق والتكاليف والمدة و«عبر الإنترنت» كلها ضرورية.
procedures-error-url = يجب أن يبدأ العنوان بـ https://.
procedures-error-language = هذه اللغة غير متاحة.
procedures-error-version = هذه النسخة من البطاقة غير موجودة.
procedures-error-level = حدّدوا إن كان التعديل طفيفًا أو متوسطًا أو كبيرًا.
procedures-error-no-french = انشروا النسخة الفرنسية أولًا.
procedures-error-shape = يجب أن تحتوي الترجمة على الأجزاء نفسها التي في النص الفرنسي: العدد نفسه من الحالات والمراحل والوثائق والإطارات، والمبالغ نفسها والمدد نفسها.
procedures-error-sources = يلزم نص مرجعي واحد على الأقل ومصدر واحد مع عنوانه.
procedures-error-appointment = اختاروا إن كان الموعد ضروريًا.
procedures-error-date = هذا التاريخ غير صالح (بالصيغة YYYY-MM-DD، وليس في المستقبل).
procedures-error-motif = غرض الموعد هذا غير موجود.
procedures-error-owner = هذا الموظف غير موجود.
procedures-error-checked-by = حدّدوا من راجع البطاقة.
procedures-error-no-falc = انشروا النسخة السهلة القراءة أولًا.
procedures-read-aloud = القراءة بصوت عالٍ
procedures-stop-reading = إيقاف القراءة
procedures-no-voice = لا يتوفر في هذا الجهاز صوت لهذه اللغة.
procedures-of-kind = البطاقات التي تجيب عن الطلبات من نوع «{ $kind }».
