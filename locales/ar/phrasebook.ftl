### لوحة اللغات: عبارات موثَّقة لاستقبال السكان في البلدية (الترجمة العربية).
### يقرأ الموظف العبارة بالفرنسية؛ ويرى المواطن العبارة بلغته ويسمعها، بملء الشاشة.
### يجيب المواطن بلمس إحدى الإجابات (رسائل answer-…).
### الخطاب بصيغة الجمع للاحترام («تفضّلوا») في الرسائل التي ليس فيها $gender؛
### وفي الرسائل التي فيها $gender: المؤنث المفرد، والمذكر المفرد، وصيغة محايدة للباقي.

## المواقف

phrasebook-situation-welcome = الاستقبال والتوجيه
phrasebook-situation-queue = الانتظار والطابور
phrasebook-situation-identity = بطاقة الهوية وجواز السفر
phrasebook-situation-civil-status = شهادات الحالة المدنية
phrasebook-situation-school = التسجيل المدرسي والطفولة المبكرة
phrasebook-situation-planning = التعمير والبناء
phrasebook-situation-social = المساعدة الاجتماعية (CCAS)
phrasebook-situation-payments = الدفع والأسعار
phrasebook-situation-appointments = المواعيد
phrasebook-situation-documents = الوثائق المطلوب إحضارها
phrasebook-situation-understanding = التأكد من الفهم
phrasebook-situation-safety = الأمان والطوارئ
phrasebook-situation-closing = نهاية المقابلة

## قوائم الوثائق

phrasebook-list-comma = ،{" "}
phrasebook-list-and = { $first } و{ $last }

## إجابات المواطن (كل المواقف)

answer-yes = نعم
answer-no = لا
answer-dont-understand = لا أفهم
answer-repeat = هل يمكنكم الإعادة، من فضلكم؟
answer-slower = تكلّموا ببطء أكثر، من فضلكم
answer-interpreter = أحتاج إلى مترجم
answer-wait = لحظة من فضلكم
answer-write = هل يمكنكم كتابة ذلك؟

## الاستقبال والتوجيه

phrase-welcome-hello = مرحبًا، أهلًا بكم في البلدية.
phrase-welcome-how-help = كيف يمكنني مساعدتكم؟
phrase-welcome-which-procedure = ما المعاملة التي جئتم من أجلها؟
phrase-welcome-screen = سنستعمل هذه الشاشة لكي نفهم بعضنا.
phrase-welcome-tap-answer = يمكنكم الإجابة بلمس إحدى الإجابات على الشاشة.
phrase-welcome-have-appointment = هل لديكم موعد؟
phrase-welcome-take-ticket = خذوا تذكرة من جهاز الاستقبال عند المدخل.
phrase-welcome-handle-here = يمكنني معالجة طلبكم هنا، عند الشباك.
phrase-welcome-go-to-desk = تفضّلوا إلى { $desk }.
phrase-welcome-service-ground-floor = قسم { $service } في الطابق الأرضي.
phrase-welcome-service-first-floor = قسم { $service } في الطابق الأول.
phrase-welcome-service-second-floor = قسم { $service } في الطابق الثاني.
phrase-welcome-service-other-building = قسم { $service } في مبنى آخر: { $place }.
phrase-welcome-transfer = سيستقبلكم موظف من قسم { $service }.
phrase-welcome-not-here = هذه المعاملة لا تتم في البلدية.
phrase-welcome-other-office = لهذه المعاملة، توجّهوا إلى هذه الجهة: { $place }.
phrase-welcome-online = يمكن أيضًا القيام بهذه المعاملة عبر الإنترنت.
phrase-welcome-france-services = يمكن أن يساعدكم مكتب France Services (مكتب خدمات عمومية) في شؤون CAF (صندوق المنح العائلية) والضرائب والتقاعد.
phrase-welcome-toilets = دورات المياه في آخر الممر.

answer-welcome-appointment = لديّ موعد
answer-welcome-information = جئت للحصول على معلومة
answer-welcome-toilets = أين دورات المياه؟

## الانتظار والطابور

phrase-queue-wait-room = يرجى الانتظار في قاعة الانتظار.
phrase-queue-sit-down = يمكنكم الجلوس.
phrase-queue-screen = سيظهر رقمكم على الشاشة، مع رقم الشباك.
phrase-queue-people-ahead = { $count ->
    [zero] لا أحد أمامكم.
    [one] يوجد شخص واحد أمامكم.
    [two] يوجد شخصان أمامكم.
    [few] يوجد { $count } أشخاص أمامكم.
    [many] يوجد { $count } شخصًا أمامكم.
   *[other] يوجد { $count } شخص أمامكم.
 }
phrase-queue-registered = { $gender ->
    [female] أنتِ مسجَّلة في طابور الانتظار.
    [male] أنتَ مسجَّل في طابور الانتظار.
   *[other] تم تسجيلكم في طابور الانتظار.
 }
phrase-queue-next = { $gender ->
    [female] أنتِ التالية.
    [male] أنتَ التالي.
   *[other] دوركم هو التالي.
 }
phrase-queue-your-turn = حان دوركم: تفضّلوا إلى { $desk }.
phrase-queue-wait-short = مدة الانتظار بضع دقائق.
phrase-queue-wait-long = الانتظار طويل اليوم.
phrase-queue-sorry = نعتذر عن الانتظار.
phrase-queue-priority-question = { $gender ->
    [female] هل تحتاجين إلى الاستقبال بالأولوية؟
    [male] هل تحتاج إلى الاستقبال بالأولوية؟
   *[other] هل تحتاجون إلى الاستقبال بالأولوية؟
 }
phrase-queue-priority-rule = الأشخاص ذوو الإعاقة والنساء الحوامل وكبار السن لهم الأولوية.
phrase-queue-sms = يمكنكم الانتظار في الخارج: ستصلكم رسالة نصية عندما يقترب دوركم.
phrase-queue-follow-phone = يمكنكم متابعة دوركم على هاتفكم برمز QR المطبوع على التذكرة.
phrase-queue-missed = لقد نودي على رقمكم من قبل. خذوا تذكرة جديدة من جهاز الاستقبال.
phrase-queue-closing-soon = الاستقبال سيُغلق قريبًا. لا يمكننا استقبال أشخاص جدد اليوم.
phrase-queue-come-back = عودوا يوم { $date }، ابتداءً من الساعة { $time }.
phrase-queue-appointment-faster = مع موعد مسبق، ستنتظرون وقتًا أقل.

answer-queue-how-long = كم من الوقت يجب أن أنتظر؟
answer-queue-priority = أحتاج إلى الاستقبال بالأولوية
answer-queue-come-back = سأعود لاحقًا

## بطاقة الهوية وجواز السفر

phrase-identity-appointment-only = طلب بطاقة الهوية وجواز السفر يكون بموعد فقط.
phrase-identity-pre-application = املؤوا أولًا pré-demande (طلب مسبق عبر الإنترنت) على موقع ANTS (الموقع الرسمي لوثائق الهوية).
phrase-identity-pre-application-number = أحضروا رقم pré-demande (الطلب المسبق) أو صفحة الملخص التي فيها رمز QR.
phrase-identity-bring = لبطاقة الهوية أو جواز السفر، أحضروا: { $documents }.
phrase-identity-photo-rules = يجب أن يكون عمر صورة الهوية أقل من 6 أشهر، مع رأس مكشوف ووجه بلا تعابير وفم مغلق.
phrase-identity-photo-booth = في كشك تصوير معتمد، احتفظوا برمز e-photo.
phrase-identity-photo-count = { $count ->
    [one] أحضروا صورة هوية واحدة.
    [two] أحضروا صورتَي هوية.
    [few] أحضروا { $count } صور هوية.
    [many] أحضروا { $count } صورة هوية.
   *[other] أحضروا { $count } صورة هوية.
 }
phrase-identity-old-document = أحضروا بطاقة هويتكم القديمة أو جواز سفركم القديم.
phrase-identity-fingerprints = سنأخذ بصمات أصابعكم.
phrase-identity-signature = وقّعوا داخل الإطار، دون لمس الحواف.
phrase-identity-child-present = يجب أن يكون الطفل حاضرًا يوم تقديم الطلب.
phrase-identity-parent-present = بالنسبة للطفل القاصر، يجب أن يحضر أحد الوالدين ومعه وثيقة هويته الشخصية.
phrase-identity-passport-fee = لجواز السفر، يلزم timbre fiscal (رسم ضريبي يُدفع عبر الإنترنت أو في محل بيع التبغ) بقيمة { $amount }.
phrase-identity-loss-fee = إذا ضاعت بطاقة هويتكم أو سُرقت، يلزم timbre fiscal (رسم ضريبي يُدفع عبر الإنترنت أو في محل بيع التبغ) بقيمة { $amount }.
phrase-identity-renewal-free = تجديد بطاقة الهوية مجاني إذا أعدتم البطاقة القديمة.
phrase-identity-loss-declaration = إذا أضعتم بطاقتكم أو جواز سفركم، نقوم هنا بالتصريح بالضياع، مع الطلب الجديد.
phrase-identity-theft-police = في حالة السرقة، صرّحوا أولًا بالسرقة لدى مركز الشرطة أو الدرك.
phrase-identity-delay = { $days ->
    [one] حاليًا، يستغرق إعداد الوثيقة يومًا واحدًا تقريبًا.
    [two] حاليًا، يستغرق إعداد الوثيقة يومين تقريبًا.
    [few] حاليًا، يستغرق إعداد الوثيقة حوالي { $days } أيام.
    [many] حاليًا، يستغرق إعداد الوثيقة حوالي { $days } يومًا.
   *[other] حاليًا، يستغرق إعداد الوثيقة حوالي { $days } يوم.
 }
phrase-identity-sms-ready = ستصلكم رسالة نصية عندما تكون وثيقتكم جاهزة.
phrase-identity-collect-in-person = يجب أن تأتوا بأنفسكم لاستلام وثيقتكم.
phrase-identity-collect-3-months = استلموا وثيقتكم خلال 3 أشهر. بعد 3 أشهر، يتم إتلافها.
phrase-identity-collect-appointment = تعالوا لاستلام وثيقتكم يوم { $date } الساعة { $time }. المكان: { $place }.
phrase-identity-french-only = بطاقة الهوية وجواز السفر الفرنسيان مخصَّصان للأشخاص الذين يحملون الجنسية الفرنسية.
phrase-identity-residence-permit = للحصول على titre de séjour (بطاقة إقامة للأجانب)، توجّهوا إلى المحافظة (préfecture).

answer-identity-lost = أضعتُ أوراقي
answer-identity-stolen = سُرقت أوراقي
answer-identity-no-pre-application = لم أملأ pré-demande (الطلب المسبق)

## شهادات الحالة المدنية

phrase-civil-status-which-certificate = أيّ شهادة تريدون: ميلاد أم زواج أم وفاة؟
phrase-civil-status-full-copy = تحتوي copie intégrale (النسخة الكاملة) على كل معلومات الشهادة.
phrase-civil-status-extract = يحتوي extrait (المستخرج) على جزء فقط من معلومات الشهادة.
phrase-civil-status-extract-parents = يذكر extrait avec filiation (المستخرج مع أسماء الوالدين) اسمَي الوالدين أيضًا.
phrase-civil-status-who-can = لا تُسلَّم copie intégrale (النسخة الكاملة) إلا للشخص نفسه، أو لوالديه، أو لأبنائه، أو لزوجه أو زوجته.
phrase-civil-status-where = تُطلب الشهادة من بلدية المدينة التي حدثت فيها الولادة أو الزواج أو الوفاة.
phrase-civil-status-born-abroad = { $gender ->
    [female] هل وُلدتِ خارج فرنسا؟
    [male] هل وُلدتَ خارج فرنسا؟
   *[other] هل كانت ولادتكم خارج فرنسا؟
 }
phrase-civil-status-nantes = للولادة خارج فرنسا، يطلب الفرنسيون الشهادة من Service central d'état civil (المصلحة المركزية للحالة المدنية)، في مدينة نانت.
phrase-civil-status-refugee = بالنسبة للاجئين، الجهة التي تُصدر شهادات الحالة المدنية هي OFPRA (المكتب الفرنسي لحماية اللاجئين وعديمي الجنسية).
phrase-civil-status-online = يمكنكم طلب الشهادة عبر الإنترنت، على موقع service-public.fr.
phrase-civil-status-post = يمكنكم أيضًا طلب الشهادة بالبريد، مع ظرف عليه طابع بريدي وعنوانكم.
phrase-civil-status-free = شهادات الحالة المدنية مجانية.
phrase-civil-status-delay = { $days ->
    [one] ستصلكم الشهادة بالبريد خلال يوم واحد تقريبًا.
    [two] ستصلكم الشهادة بالبريد خلال يومين تقريبًا.
    [few] ستصلكم الشهادة بالبريد خلال { $days } أيام تقريبًا.
    [many] ستصلكم الشهادة بالبريد خلال { $days } يومًا تقريبًا.
   *[other] ستصلكم الشهادة بالبريد خلال { $days } يوم تقريبًا.
 }
phrase-civil-status-family-book = أحضروا livret de famille (دفتر العائلة الرسمي، فيه الزواج وولادات الأطفال).
phrase-civil-status-family-book-update = يجب أن نُحدِّث livret de famille (دفتر العائلة الرسمي) الخاص بكم.
phrase-civil-status-bring = لهذه الشهادة، أحضروا: { $documents }.
phrase-civil-status-birth-declaration = يجب التصريح بالولادة في البلدية خلال 5 أيام.
phrase-civil-status-condolences = أتقدّم إليكم بخالص التعازي.
phrase-civil-status-death-declaration = يمكن لشركة تنظيم الجنازات أن تقوم بالتصريح بالوفاة نيابةً عنكم.
phrase-civil-status-marriage-file = لكي تتزوجوا، أودعوا أولًا dossier de mariage (ملف الزواج) في البلدية.

answer-civil-status-birth = أريد شهادة ميلاد
answer-civil-status-marriage = أريد أن أتزوج
answer-civil-status-death = توفي شخص من عائلتي

## التسجيل المدرسي والطفولة المبكرة

phrase-school-town-hall-first = يتم التسجيل في المدرسة أولًا في البلدية، ثم في المدرسة.
phrase-school-compulsory = المدرسة إلزامية ابتداءً من سن 3 سنوات.
phrase-school-bring = للتسجيل المدرسي، أحضروا: { $documents }.
phrase-school-children-count = { $count ->
    [one] تسجّلون طفلًا واحدًا.
    [two] تسجّلون طفلين.
    [few] تسجّلون { $count } أطفال.
    [many] تسجّلون { $count } طفلًا.
   *[other] تسجّلون { $count } طفل.
 }
phrase-school-proof-address = أحضروا justificatif de domicile (وثيقة تُثبت عنوانكم: فاتورة، وصل إيجار…) عمرها أقل من 3 أشهر.
phrase-school-vaccinations = أحضروا carnet de santé (الدفتر الصحي للطفل)، مع التطعيمات محدَّثة.
phrase-school-birth-proof = أحضروا livret de famille (دفتر العائلة الرسمي) أو شهادة ميلاد الطفل.
phrase-school-sector = سيذهب طفلكم إلى مدرسة الحي الذي تسكنون فيه.
phrase-school-certificate = تفضّلوا، هذه certificat d'inscription (شهادة التسجيل). سلّموها إلى مدير المدرسة أو مديرتها.
phrase-school-canteen = يمكن لطفلكم أن يتناول الغداء في المطعم المدرسي.
phrase-school-quotient = يتوقف سعر المطعم المدرسي على quotient familial (حساب مبني على دخل الأسرة وعدد أفرادها).
phrase-school-caf-number = أعطونا رقم المستفيد لدى CAF (صندوق المنح العائلية) لكي نحسب quotient familial (الحساب المبني على دخل الأسرة).
phrase-school-meal-price = ثمن الوجبة في المطعم المدرسي: { $amount }.
phrase-school-periscolaire = تعتني خدمة accueil périscolaire (رعاية الأطفال قبل المدرسة وبعدها) بالأطفال قبل الدوام المدرسي وبعده.
phrase-school-leisure-centre = يستقبل centre de loisirs (مركز الأنشطة الترفيهية) الأطفال يوم الأربعاء وخلال العطل.
phrase-school-creche-waiting-list = أسجّلكم الآن في قائمة الانتظار لدى الحضانة (crèche، للأطفال دون 3 سنوات).
phrase-school-creche-commission = الأماكن في الحضانة (crèche) تمنحها لجنة مختصة.
phrase-school-childminder = يمكن أن يساعدكم Relais Petite Enfance (مركز معلومات الطفولة المبكرة) في إيجاد assistante maternelle (مربية معتمدة تعتني بالأطفال في بيتها).
phrase-school-family-portal = يمكنكم القيام بالتسجيلات على portail famille (موقع البلدية للعائلات).

answer-school-register = أريد تسجيل طفلي في المدرسة
answer-school-creche = أبحث عن مكان في الحضانة
answer-school-canteen = أريد تسجيل طفلي في المطعم المدرسي

## التعمير والبناء

phrase-planning-what-works = ما الأشغال التي تريدون القيام بها؟
phrase-planning-owner-question = هل تملكون المسكن أم تستأجرونه؟
phrase-planning-tenant-agreement = إذا كنتم تستأجرون المسكن، فيلزمكم موافقة مكتوبة من المالك.
phrase-planning-prior-declaration = للأشغال الصغيرة، يلزم déclaration préalable (تصريح مسبق بالأشغال).
phrase-planning-building-permit = لبناء منزل أو لتوسعة كبيرة، يلزم permis de construire (رخصة البناء).
phrase-planning-wait-authorisation = لا تبدؤوا الأشغال قبل الحصول على الترخيص.
phrase-planning-plu = يحدّد المخطط المحلي للتعمير، PLU، ما يمكن بناؤه على أرضكم.
phrase-planning-cadastre = يُبيّن plan cadastral (مخطط المسح العقاري) حدود أرضكم.
phrase-planning-cadastre-online = يمكنكم رؤية plan cadastral (مخطط المسح العقاري) على موقع cadastre.gouv.fr.
phrase-planning-consult-plans = يمكنكم الاطلاع على المخططات في قسم التعمير، بموعد.
phrase-planning-online = يمكنكم إيداع ملفكم عبر الإنترنت.
phrase-planning-copies = { $count ->
    [one] أودعوا نسخة واحدة من ملفكم.
    [two] أودعوا نسختين من ملفكم.
    [few] أودعوا { $count } نسخ من ملفكم.
    [many] أودعوا { $count } نسخة من ملفكم.
   *[other] أودعوا { $count } نسخة من ملفكم.
 }
phrase-planning-bring = لملفكم، أحضروا: { $documents }.
phrase-planning-receipt = تفضّلوا، هذا récépissé (وصل يُثبت إيداع الملف). احتفظوا به.
phrase-planning-prior-declaration-delay = في حالة déclaration préalable (التصريح المسبق بالأشغال)، يصل الرد عادةً خلال شهر.
phrase-planning-permit-delay = في حالة permis de construire (رخصة البناء) لمنزل، يصل الرد عادةً خلال شهرين.
phrase-planning-answer-in-days = { $days ->
    [one] ملفكم قيد الدراسة. سيصل الرد خلال يوم واحد تقريبًا.
    [two] ملفكم قيد الدراسة. سيصل الرد خلال يومين تقريبًا.
    [few] ملفكم قيد الدراسة. سيصل الرد خلال { $days } أيام تقريبًا.
    [many] ملفكم قيد الدراسة. سيصل الرد خلال { $days } يومًا تقريبًا.
   *[other] ملفكم قيد الدراسة. سيصل الرد خلال { $days } يوم تقريبًا.
 }
phrase-planning-incomplete = ملفكم ناقص. ستصلكم رسالة بالبريد فيها قائمة الوثائق الناقصة.
phrase-planning-architect = إذا تجاوزت المساحة 150 مترًا مربعًا، فالاستعانة بمهندس معماري إلزامية.
phrase-planning-display = علّقوا الترخيص على لوحة في الأرض، طوال مدة الأشغال.
phrase-planning-completion = عند انتهاء الأشغال، أرسلوا déclaration d'achèvement des travaux (التصريح بانتهاء الأشغال).
phrase-planning-appointment = سيستقبلكم موظف من قسم التعمير يوم { $date } الساعة { $time }. المكان: { $place }.

answer-planning-works = أريد القيام بأشغال
answer-planning-owner = المسكن ملكي
answer-planning-tenant = أستأجر المسكن

## المساعدة الاجتماعية (CCAS)

phrase-social-ccas = يُعدّ CCAS (المركز البلدي للعمل الاجتماعي) قسم المساعدة الاجتماعية في المدينة.
phrase-social-confidential = كل ما تقولونه هنا يبقى سرّيًا.
phrase-social-appointment-needed = للحصول على مساعدة، يلزم موعد مع أخصائي اجتماعي.
phrase-social-appointment = موعدكم في CCAS يوم { $date } الساعة { $time }. المكان: { $place }.
phrase-social-worker-will-call = سيتصل بكم أخصائي اجتماعي.
phrase-social-worker-call-days = { $days ->
    [one] سيتصل بكم أخصائي اجتماعي خلال يوم واحد على الأكثر.
    [two] سيتصل بكم أخصائي اجتماعي خلال يومين على الأكثر.
    [few] سيتصل بكم أخصائي اجتماعي خلال { $days } أيام على الأكثر.
    [many] سيتصل بكم أخصائي اجتماعي خلال { $days } يومًا على الأكثر.
   *[other] سيتصل بكم أخصائي اجتماعي خلال { $days } يوم على الأكثر.
 }
phrase-social-phone = ما رقم هاتفكم؟
phrase-social-bring = لطلب المساعدة، أحضروا: { $documents }.
phrase-social-hosted = { $gender ->
    [female] هل أنتِ مقيمة عند شخص ما؟
    [male] هل أنتَ مقيم عند شخص ما؟
   *[other] هل تسكنون عند شخص ما؟
 }
phrase-social-domiciliation = إذا لم يكن لديكم عنوان ثابت، يمكن أن يمنحكم CCAS domiciliation (عنوانًا لاستلام البريد).
phrase-social-domiciliation-mail = بفضل domiciliation (عنوان لاستلام البريد)، يصلكم بريدكم إلى CCAS.
phrase-social-food-aid = يمكن أن يوجّهكم CCAS إلى مساعدة غذائية.
phrase-social-food-place = للمساعدة الغذائية، اذهبوا إلى هذا المكان: { $place }.
phrase-social-energy = إذا لم تستطيعوا دفع فاتورة الكهرباء أو الغاز، فمن الممكن الحصول على مساعدة.
phrase-social-energy-cheque = قد يكون لكم الحق في chèque énergie (قسيمة للمساعدة على دفع فواتير الطاقة).
phrase-social-housing = للحصول على سكن اجتماعي، يجب ملء demande de logement social (طلب سكن اجتماعي).
phrase-social-emergency-shelter = إذا لم يكن لديكم مكان للنوم هذه الليلة، اتصلوا بالرقم 115. المكالمة مجانية.
phrase-social-caf = للحصول على RSA (دخل التضامن للأشخاص ذوي الدخل المحدود) والمنح، توجّهوا أيضًا إلى CAF (صندوق المنح العائلية).

answer-social-no-home = ليس لديّ سكن
answer-social-no-food = ليس لديّ مال لشراء الطعام
answer-social-bills = لا أستطيع دفع فواتيري

## الدفع والأسعار

phrase-payments-amount = المبلغ المطلوب دفعه هو { $amount }.
phrase-payments-how = كيف تريدون الدفع؟
phrase-payments-methods = يمكنكم الدفع بالبطاقة البنكية أو بالشيك أو نقدًا.
phrase-payments-no-cash = لا نقبل الدفع نقدًا.
phrase-payments-cheque-order = يجب أن يكون الشيك باسم Trésor public (الخزينة العامة).
phrase-payments-card-code = أدخلوا بطاقتكم واكتبوا رمزكم السري.
phrase-payments-contactless = يمكنكم الدفع دون تلامس.
phrase-payments-card-refused = تم رفض الدفع. هل لديكم وسيلة دفع أخرى؟
phrase-payments-tax-stamp = يُشترى timbre fiscal (الرسم الضريبي) عبر الإنترنت، على موقع timbres.impots.gouv.fr، أو من محل بيع التبغ.
phrase-payments-free = هذه المعاملة مجانية.
phrase-payments-paid = لقد دفعتم { $amount }. شكرًا.
phrase-payments-remaining = يبقى عليكم دفع { $amount }.
phrase-payments-instalments = { $count ->
    [one] يمكنكم الدفع على دفعة واحدة.
    [two] يمكنكم الدفع على دفعتين.
    [few] يمكنكم الدفع على { $count } دفعات.
    [many] يمكنكم الدفع على { $count } دفعة.
   *[other] يمكنكم الدفع على { $count } دفعة.
 }
phrase-payments-invoice = ستصلكم فاتورة بالبريد.
phrase-payments-online = يمكنكم أيضًا الدفع عبر الإنترنت، على portail famille (موقع البلدية للعائلات).
phrase-payments-receipt-question = هل تريدون إيصالًا؟
phrase-payments-difficulty = إذا كانت لديكم صعوبات في الدفع، يمكن أن يساعدكم CCAS (قسم المساعدة الاجتماعية).

answer-payments-card = أريد الدفع بالبطاقة
answer-payments-cash = أريد الدفع نقدًا
answer-payments-cannot-pay = لا أستطيع الدفع الآن

## المواعيد

phrase-appointments-date-time-place = موعدكم يوم { $date } الساعة { $time }. المكان: { $place }.
phrase-appointments-only = هذه المعاملة تتم بموعد فقط.
phrase-appointments-book-online = يمكنكم حجز موعد عبر الإنترنت أو بالهاتف.
phrase-appointments-book-now = سأحجز لكم موعدًا الآن.
phrase-appointments-first-free = أقرب موعد متاح يوم { $date } الساعة { $time }.
phrase-appointments-suits = هل يناسبكم هذا التاريخ؟
phrase-appointments-in-days = { $days ->
    [zero] موعدكم اليوم.
    [one] موعدكم بعد يوم واحد.
    [two] موعدكم بعد يومين.
    [few] موعدكم بعد { $days } أيام.
    [many] موعدكم بعد { $days } يومًا.
   *[other] موعدكم بعد { $days } يوم.
 }
phrase-appointments-moved = تم تغيير موعدكم إلى يوم { $date } الساعة { $time }.
phrase-appointments-early = تعالوا قبل موعدكم بعشر دقائق.
phrase-appointments-cancel = إذا لم تستطيعوا الحضور، ألغوا موعدكم.
phrase-appointments-phone = ما رقم هاتفكم المحمول؟
phrase-appointments-sms = ستصلكم رسالة نصية للتأكيد، ثم رسالة تذكير في اليوم السابق للموعد.
phrase-appointments-link = بالرابط الموجود في الرسالة النصية، يمكنكم تغيير موعدكم أو إلغاؤه.
phrase-appointments-bring = لموعدكم، أحضروا: { $documents }.
phrase-appointments-bring-on-date = لموعدكم بتاريخ { $date }، أحضروا: { $documents }.
phrase-appointments-interpreter = سيكون مترجم حاضرًا في موعدكم.
phrase-appointments-no-slot = لا توجد مواعيد متاحة حاليًا.
phrase-appointments-waitlist = { $gender ->
    [female] أنتِ مسجَّلة في قائمة الانتظار. سنُعلمكِ برسالة نصية إذا توفّر موعد.
    [male] أنتَ مسجَّل في قائمة الانتظار. سنُعلمكَ برسالة نصية إذا توفّر موعد.
   *[other] تم تسجيلكم في قائمة الانتظار. سنُعلمكم برسالة نصية إذا توفّر موعد.
 }
phrase-appointments-expected = { $gender ->
    [female] نحن في انتظاركِ عند { $desk }.
    [male] نحن في انتظاركَ عند { $desk }.
   *[other] نحن في انتظاركم عند { $desk }.
 }
phrase-appointments-missed = لقد فات وقت موعدكم. يجب حجز موعد جديد.

answer-appointments-ok = هذا التاريخ يناسبني
answer-appointments-other-time = أودّ موعدًا في وقت آخر
answer-appointments-cancel = أريد إلغاء موعدي

## الوثائق المطلوب إحضارها

phrase-documents-bring = لهذه المعاملة، أحضروا: { $documents }.
phrase-documents-originals-copies = أحضروا الوثائق الأصلية ونسخة مصوّرة من كل وثيقة.
phrase-documents-originals = نحتاج إلى الوثائق الأصلية.
phrase-documents-proof-address = يجب أن يكون عمر justificatif de domicile (إثبات العنوان) أقل من 3 أشهر.
phrase-documents-proof-address-examples = أمثلة على justificatif de domicile (إثبات العنوان): فاتورة كهرباء أو غاز أو ماء أو هاتف، أو quittance de loyer (وصل دفع الإيجار).
phrase-documents-hosted = { $gender ->
    [female] إذا كنتِ تسكنين عند شخص ما، فأحضري attestation d'hébergement (رسالة من الشخص الذي يستضيفكِ)، ووثيقة هويته، وإثبات عنوانه.
    [male] إذا كنتَ تسكن عند شخص ما، فأحضر attestation d'hébergement (رسالة من الشخص الذي يستضيفك)، ووثيقة هويته، وإثبات عنوانه.
   *[other] إذا كان شخص ما يستضيفكم، فأحضروا attestation d'hébergement (رسالة من هذا الشخص)، ووثيقة هويته، وإثبات عنوانه.
 }
phrase-documents-name = يجب أن يكون الإثبات باسمكم.
phrase-documents-missing = الوثائق الناقصة: { $documents }.
phrase-documents-missing-count = { $count ->
    [zero] لا تنقص أي وثيقة.
    [one] تنقص وثيقة واحدة.
    [two] تنقص وثيقتان.
    [few] تنقص { $count } وثائق.
    [many] تنقص { $count } وثيقة.
   *[other] تنقص { $count } وثيقة.
 }
phrase-documents-received-count = { $count ->
    [one] استلمتُ وثيقة واحدة.
    [two] استلمتُ وثيقتين.
    [few] استلمتُ { $count } وثائق.
    [many] استلمتُ { $count } وثيقة.
   *[other] استلمتُ { $count } وثيقة.
 }
phrase-documents-come-back = عودوا ومعكم الوثائق الناقصة.
phrase-documents-expired = هذه الوثيقة لم تعد صالحة.
phrase-documents-too-old = عمر هذه الوثيقة أكثر من 3 أشهر. نحتاج إلى وثيقة أحدث.
phrase-documents-keep-copy = نحتفظ بنسخة، ونعيد إليكم الأصل.
phrase-documents-scan = أقوم الآن بنسخ وثيقتكم.
phrase-documents-translation = يجب أن تُترجَم الوثيقة المكتوبة بلغة أجنبية إلى الفرنسية على يد مترجم محلَّف (مترجم رسمي معتمد لدى المحكمة).
phrase-documents-email = يمكنكم إرسال الوثائق بالبريد الإلكتروني.

answer-documents-not-have = ليست لديّ هذه الوثيقة
answer-documents-at-home = الوثيقة في البيت
answer-documents-on-phone = الوثيقة موجودة في هاتفي

## التأكد من الفهم

phrase-understanding-do-you-understand = هل تفهمون؟
phrase-understanding-repeat-back = هل يمكنكم أن تعيدوا ما فهمتموه؟
phrase-understanding-show-document = أروني الوثيقة، من فضلكم.
phrase-understanding-tap = المسوا إجابتكم على الشاشة.
phrase-understanding-point = يمكنكم الإشارة بإصبعكم.
phrase-understanding-nod = يمكنكم الإجابة بحركة الرأس: نعم أو لا.
phrase-understanding-ready = { $gender ->
    [female] هل أنتِ مستعدة؟
    [male] هل أنتَ مستعد؟
   *[other] هل يمكننا أن نبدأ؟
 }
phrase-understanding-sure = { $gender ->
    [female] هل أنتِ متأكدة؟
    [male] هل أنتَ متأكد؟
   *[other] هل هذا صحيح؟
 }
phrase-understanding-question = هل لديكم سؤال؟
phrase-understanding-slower = سأتكلم ببطء أكثر.
phrase-understanding-write = سأكتب لكم ذلك على ورقة.
phrase-understanding-read-aloud = هل تريدون أن أقرأ الوثيقة بصوت عالٍ؟
phrase-understanding-language = ما اللغة التي تتكلمونها؟
phrase-understanding-someone-translate = هل يوجد شخص يمكنه أن يترجم لكم؟
phrase-understanding-phone-interpreter = سأتصل بمترجم عبر الهاتف.
phrase-understanding-take-time = خذوا وقتكم.

answer-understanding-understood = فهمتُ
answer-understanding-partly = أفهم قليلًا
answer-understanding-question = لديّ سؤال

## الأمان والطوارئ

phrase-safety-calm = حافظوا على هدوئكم، من فضلكم.
phrase-safety-doctor = هل تحتاجون إلى طبيب؟
phrase-safety-hurt = { $gender ->
    [female] هل أنتِ مصابة؟
    [male] هل أنتَ مصاب؟
   *[other] هل لديكم إصابة؟
 }
phrase-safety-pain = أين تشعرون بالألم؟
phrase-safety-alone = { $gender ->
    [female] هل أنتِ وحدكِ؟
    [male] هل أنتَ وحدكَ؟
   *[other] هل معكم أحد؟
 }
phrase-safety-sit = تفضّلوا بالجلوس هنا.
phrase-safety-water = هل تريدون كأس ماء؟
phrase-safety-calling-help = نحن نتصل بخدمات الطوارئ.
phrase-safety-help-coming = خدمات الطوارئ في الطريق.
phrase-safety-evacuate = يجب أن نغادر المبنى فورًا.
phrase-safety-follow-me = اتبعوني.
phrase-safety-exit = اخرجوا من هذا الباب.
phrase-safety-no-lift = لا تستعملوا المصعد.
phrase-safety-assembly-point = انتظروا في الخارج، عند نقطة التجمع.
phrase-safety-lift = يوجد مصعد للصعود إلى الطوابق.
phrase-safety-lower-voice = تكلّموا بصوت أخفض، من فضلكم.
phrase-safety-emergency-number = في حالة الطوارئ، اتصلوا بالرقم 112. المكالمة مجانية.
phrase-safety-violence = إذا كنتم تتعرضون للعنف، اتصلوا بالرقم 3919. المكالمة مجانية ولا يُطلب فيها اسمكم.

answer-safety-doctor = أحتاج إلى طبيب
answer-safety-unwell = لستُ على ما يرام
answer-safety-danger = أنا في خطر

## نهاية المقابلة

phrase-closing-anything-else = هل يمكنني مساعدتكم في شيء آخر؟
phrase-closing-other-question = هل لديكم سؤال آخر؟
phrase-closing-receipt = تفضّلوا، هذا إيصالكم.
phrase-closing-acknowledgement = تفضّلوا، هذا récépissé (وصل يُثبت إيداع طلبكم). احتفظوا به.
phrase-closing-reference = احتفظوا برقم طلبكم: ستحتاجونه لمتابعة ملفكم.
phrase-closing-follow-online = يمكنكم متابعة طلبكم عبر الإنترنت، على موقع البلدية.
phrase-closing-letter = سيصلكم الرد بالبريد.
phrase-closing-next-time-bring = في المرة القادمة، أحضروا: { $documents }.
phrase-closing-see-you = نلتقي مجددًا يوم { $date } الساعة { $time }.
phrase-closing-well-received = { $gender ->
    [female] هل تمّ استقبالكِ بشكل جيد؟
    [male] هل تمّ استقبالكَ بشكل جيد؟
   *[other] هل كان الاستقبال جيدًا؟
 }
phrase-closing-survey = هل يمكنكم الإجابة عن استبيان قصير حول رضاكم؟
phrase-closing-survey-sms = ستصلكم رسالة نصية لإبداء رأيكم.
phrase-closing-come-back = عودوا إلينا متى احتجتم إلى ذلك.
phrase-closing-contact = يمكنكم أيضًا الاتصال بنا أو مراسلتنا.
phrase-closing-thanks = شكرًا على زيارتكم.
phrase-closing-goodbye = مع السلامة، يومًا سعيدًا.

answer-closing-thanks = شكرًا جزيلًا
answer-closing-other-question = لديّ سؤال آخر
answer-closing-goodbye = مع السلامة
