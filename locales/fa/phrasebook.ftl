### پنل زبان: جمله‌های بررسی‌شده برای پذیرش مراجعان در شهرداری (ترجمهٔ فارسی).
### کارمند جمله را به فرانسوی می‌خواند؛ مراجع جمله را به زبان خودش، تمام‌صفحه، می‌بیند و می‌شنود.
### مراجع با لمس یکی از پاسخ‌ها جواب می‌دهد (پیام‌های answer-…).
### فارسی جنس دستوری ندارد: در پیام‌های دارای $gender فقط یک گزینهٔ *[other] هست.

## موقعیت‌ها

phrasebook-situation-welcome = پذیرش و راهنمایی
phrasebook-situation-queue = انتظار و صف
phrasebook-situation-identity = کارت شناسایی و گذرنامه
phrasebook-situation-civil-status = اسناد ثبت احوال
phrasebook-situation-school = ثبت‌نام مدرسه و کودکان خردسال
phrasebook-situation-planning = شهرسازی و کارهای ساختمانی
phrasebook-situation-social = کمک اجتماعی (CCAS)
phrasebook-situation-payments = پرداخت و هزینه‌ها
phrasebook-situation-appointments = نوبت ملاقات
phrasebook-situation-documents = مدارکی که باید بیاورید
phrasebook-situation-understanding = اطمینان از فهم مطلب
phrasebook-situation-safety = ایمنی و موارد اضطراری
phrasebook-situation-closing = پایان گفت‌وگو

## فهرست مدارک

phrasebook-list-comma = ،{" "}
phrasebook-list-and = { $first } و { $last }

## پاسخ‌های مراجع (همهٔ موقعیت‌ها)

answer-yes = بله
answer-no = نه
answer-dont-understand = متوجه نمی‌شوم
answer-repeat = لطفاً دوباره بگویید.
answer-slower = لطفاً آهسته‌تر و شمرده‌تر
answer-interpreter = به مترجم نیاز دارم
answer-wait = لطفاً یک لحظه
answer-write = می‌شود آن را بنویسید؟

## پذیرش و راهنمایی

phrase-welcome-hello = سلام، به شهرداری خوش آمدید.
phrase-welcome-how-help = چطور می‌توانم به شما کمک کنم؟
phrase-welcome-which-procedure = برای چه کاری آمده‌اید؟
phrase-welcome-screen = از این صفحه استفاده می‌کنیم تا حرف همدیگر را بفهمیم.
phrase-welcome-tap-answer = می‌توانید با لمس یکی از پاسخ‌ها روی صفحه جواب بدهید.
phrase-welcome-have-appointment = آیا نوبت ملاقات دارید؟
phrase-welcome-take-ticket = از دستگاه نوبت‌دهی کنار در ورودی، برگهٔ نوبت بگیرید.
phrase-welcome-handle-here = می‌توانم همین‌جا، در باجه، به درخواست شما رسیدگی کنم.
phrase-welcome-go-to-desk = لطفاً به { $desk } مراجعه کنید.
phrase-welcome-service-ground-floor = بخش { $service } در طبقهٔ همکف است.
phrase-welcome-service-first-floor = بخش { $service } در طبقهٔ اول است.
phrase-welcome-service-second-floor = بخش { $service } در طبقهٔ دوم است.
phrase-welcome-service-other-building = بخش { $service } در ساختمان دیگری است: { $place }.
phrase-welcome-transfer = یکی از کارمندان بخش { $service } شما را می‌پذیرد.
phrase-welcome-not-here = این کار در شهرداری انجام نمی‌شود.
phrase-welcome-other-office = برای این کار، به این اداره مراجعه کنید: { $place }.
phrase-welcome-online = این کار را به‌صورت آنلاین هم می‌توانید انجام دهید.
phrase-welcome-france-services = دفتر France Services (مرکز خدمات عمومی) می‌تواند در کارهای مربوط به CAF (صندوق کمک‌هزینهٔ خانواده)، مالیات یا بازنشستگی به شما کمک کند.
phrase-welcome-toilets = توالت در انتهای راهرو است.

answer-welcome-appointment = نوبت ملاقات دارم
answer-welcome-information = برای گرفتن اطلاعات آمده‌ام
answer-welcome-toilets = توالت کجاست؟

## انتظار و صف

phrase-queue-wait-room = لطفاً در سالن انتظار منتظر بمانید.
phrase-queue-sit-down = می‌توانید بنشینید.
phrase-queue-screen = شمارهٔ شما همراه با شمارهٔ باجه روی صفحه نمایش داده می‌شود.
phrase-queue-people-ahead = { $count ->
    [one] { $count } نفر جلوی شما در صف است.
   *[other] { $count } نفر جلوی شما در صف هستند.
 }
phrase-queue-registered = { $gender ->
   *[other] نام شما در صف انتظار ثبت شده است.
 }
phrase-queue-next = { $gender ->
   *[other] نفر بعدی شما هستید.
 }
phrase-queue-your-turn = نوبت شماست: لطفاً به { $desk } مراجعه کنید.
phrase-queue-wait-short = زمان انتظار چند دقیقه است.
phrase-queue-wait-long = امروز زمان انتظار طولانی است.
phrase-queue-sorry = بابت انتظار عذر می‌خواهیم.
phrase-queue-priority-question = { $gender ->
   *[other] آیا به پذیرش خارج از نوبت نیاز دارید؟
 }
phrase-queue-priority-rule = افراد دارای معلولیت، زنان باردار و سالمندان خارج از نوبت پذیرفته می‌شوند.
phrase-queue-sms = می‌توانید بیرون منتظر بمانید: وقتی نوبتتان نزدیک شد، پیامک دریافت می‌کنید.
phrase-queue-follow-phone = با کد QR روی برگهٔ نوبت، می‌توانید نوبت خود را در تلفن همراهتان دنبال کنید.
phrase-queue-missed = شمارهٔ شما قبلاً خوانده شده است. لطفاً از دستگاه نوبت‌دهی، برگهٔ نوبت تازه بگیرید.
phrase-queue-closing-soon = پذیرش به‌زودی بسته می‌شود. امروز دیگر نمی‌توانیم مراجع تازه بپذیریم.
phrase-queue-come-back = لطفاً روز { $date }، از ساعت { $time } به بعد دوباره بیایید.
phrase-queue-appointment-faster = اگر نوبت ملاقات بگیرید، کمتر منتظر می‌مانید.

answer-queue-how-long = چقدر باید منتظر بمانم؟
answer-queue-priority = لازم است خارج از نوبت پذیرفته شوم
answer-queue-come-back = بعداً برمی‌گردم

## کارت شناسایی و گذرنامه

phrase-identity-appointment-only = درخواست کارت شناسایی و گذرنامه فقط با نوبت ملاقات انجام می‌شود.
phrase-identity-pre-application = اول یک pré-demande (پیش‌درخواست آنلاین) در سایت ANTS (سایت رسمی مدارک هویتی) پر کنید.
phrase-identity-pre-application-number = شمارهٔ pré-demande (پیش‌درخواست) یا برگهٔ خلاصه را که کد QR دارد، بیاورید.
phrase-identity-bring = برای کارت شناسایی یا گذرنامه، این مدارک را بیاورید: { $documents }.
phrase-identity-photo-rules = عکس شناسایی باید کمتر از ۶ ماه پیش گرفته شده باشد، با سرِ بدون پوشش، چهرهٔ بی‌حالت و دهان بسته.
phrase-identity-photo-booth = اگر در کابین عکاسی مجاز عکس گرفتید، کد e-photo را نگه دارید.
phrase-identity-photo-count = { $count ->
   *[other] { $count } قطعه عکس شناسایی بیاورید.
 }
phrase-identity-old-document = کارت شناسایی قدیمی یا گذرنامهٔ قدیمی خود را بیاورید.
phrase-identity-fingerprints = از شما اثر انگشت می‌گیریم.
phrase-identity-signature = داخل کادر امضا کنید، بدون اینکه امضا به لبه‌ها بخورد.
phrase-identity-child-present = کودک باید روز درخواست حضور داشته باشد.
phrase-identity-parent-present = برای کودک زیر ۱۸ سال، یکی از والدین باید با مدرک شناسایی خودش بیاید.
phrase-identity-passport-fee = برای گذرنامه، یک timbre fiscal (تمبر مالیاتی که آنلاین یا از دکهٔ سیگارفروشی خریده می‌شود) به مبلغ { $amount } لازم است.
phrase-identity-loss-fee = اگر کارت شناسایی شما گم شده یا دزدیده شده است، یک timbre fiscal (تمبر مالیاتی که آنلاین یا از دکهٔ سیگارفروشی خریده می‌شود) به مبلغ { $amount } لازم است.
phrase-identity-renewal-free = اگر کارت قدیمی را پس بدهید، تمدید کارت شناسایی رایگان است.
phrase-identity-loss-declaration = اگر کارت یا گذرنامهٔ خود را گم کرده‌اید، گزارش گم شدن را همین‌جا، همراه با درخواست جدید، ثبت می‌کنیم.
phrase-identity-theft-police = اگر مدرک شما دزدیده شده است، اول به ادارهٔ پلیس یا ژاندارمری بروید و سرقت را گزارش دهید.
phrase-identity-delay = { $days ->
   *[other] در حال حاضر، آماده شدن مدرک حدود { $days } روز طول می‌کشد.
 }
phrase-identity-sms-ready = وقتی مدرک شما آماده شد، پیامک دریافت می‌کنید.
phrase-identity-collect-in-person = باید خودتان برای گرفتن مدرک بیایید.
phrase-identity-collect-3-months = مدرک خود را ظرف ۳ ماه تحویل بگیرید. پس از ۳ ماه، مدرک از بین برده می‌شود.
phrase-identity-collect-appointment = برای گرفتن مدرک خود روز { $date } ساعت { $time } بیایید. مکان: { $place }.
phrase-identity-french-only = کارت شناسایی و گذرنامهٔ فرانسوی فقط برای کسانی است که تابعیت فرانسه دارند.
phrase-identity-residence-permit = برای titre de séjour (اجازهٔ اقامت برای خارجی‌ها)، به préfecture (استانداری) مراجعه کنید.

answer-identity-lost = مدارکم را گم کرده‌ام
answer-identity-stolen = مدارکم را دزدیده‌اند
answer-identity-no-pre-application = من pré-demande (پیش‌درخواست) را پر نکرده‌ام

## اسناد ثبت احوال

phrase-civil-status-which-certificate = کدام سند را می‌خواهید: تولد، ازدواج یا فوت؟
phrase-civil-status-full-copy = نسخهٔ copie intégrale (رونوشت کامل) همهٔ اطلاعات سند را دارد.
phrase-civil-status-extract = نسخهٔ extrait (خلاصهٔ سند) فقط بخشی از اطلاعات سند را دارد.
phrase-civil-status-extract-parents = نسخهٔ extrait avec filiation (خلاصهٔ سند همراه با نام والدین) نام پدر و مادر را هم نشان می‌دهد.
phrase-civil-status-who-can = نسخهٔ copie intégrale (رونوشت کامل) فقط به خود شخص، پدر و مادرش، فرزندانش یا همسرش داده می‌شود.
phrase-civil-status-where = سند را باید از شهرداری شهری درخواست کرد که تولد، ازدواج یا فوت در آن رخ داده است.
phrase-civil-status-born-abroad = { $gender ->
   *[other] آیا خارج از فرانسه به دنیا آمده‌اید؟
 }
phrase-civil-status-nantes = برای تولد در خارج از فرانسه، شهروندان فرانسوی سند را از Service central d'état civil (ادارهٔ مرکزی ثبت احوال) در شهر نانت درخواست می‌کنند.
phrase-civil-status-refugee = برای پناهندگان، OFPRA (ادارهٔ فرانسوی حمایت از پناهندگان و افراد بی‌تابعیت) اسناد ثبت احوال را صادر می‌کند.
phrase-civil-status-online = می‌توانید سند را به‌صورت آنلاین، در سایت service-public.fr، درخواست کنید.
phrase-civil-status-post = می‌توانید سند را از راه پست هم درخواست کنید، همراه با یک پاکت تمبرخورده که نشانی خودتان روی آن نوشته شده باشد.
phrase-civil-status-free = اسناد ثبت احوال رایگان است.
phrase-civil-status-delay = { $days ->
   *[other] سند حدود { $days } روز دیگر با پست به دستتان می‌رسد.
 }
phrase-civil-status-family-book = لطفاً livret de famille (دفترچهٔ رسمی خانواده، با ثبت ازدواج و تولد فرزندان) را بیاورید.
phrase-civil-status-family-book-update = باید livret de famille (دفترچهٔ رسمی خانواده) شما را به‌روز کنیم.
phrase-civil-status-bring = برای این سند، این مدارک را بیاورید: { $documents }.
phrase-civil-status-birth-declaration = تولد باید ظرف ۵ روز در شهرداری اعلام شود.
phrase-civil-status-condolences = به شما تسلیت می‌گویم.
phrase-civil-status-death-declaration = شرکت خدمات کفن و دفن می‌تواند به جای شما فوت را اعلام کند.
phrase-civil-status-marriage-file = برای ازدواج، اول یک dossier de mariage (پروندهٔ ازدواج) به شهرداری تحویل دهید.

answer-civil-status-birth = گواهی تولد می‌خواهم
answer-civil-status-marriage = می‌خواهم ازدواج کنم
answer-civil-status-death = یکی از اعضای خانواده‌ام فوت کرده است

## ثبت‌نام مدرسه و کودکان خردسال

phrase-school-town-hall-first = ثبت‌نام مدرسه اول در شهرداری انجام می‌شود، بعد در خود مدرسه.
phrase-school-compulsory = رفتن به مدرسه از ۳ سالگی اجباری است.
phrase-school-bring = برای ثبت‌نام مدرسه، این مدارک را بیاورید: { $documents }.
phrase-school-children-count = { $count ->
   *[other] شما { $count } فرزند را ثبت‌نام می‌کنید.
 }
phrase-school-proof-address = یک justificatif de domicile (مدرکی که نشانی شما را ثابت می‌کند: قبض، رسید اجاره…) بیاورید که کمتر از ۳ ماه از تاریخ آن گذشته باشد.
phrase-school-vaccinations = لطفاً carnet de santé (دفترچهٔ سلامت کودک) را بیاورید؛ واکسن‌های کودک باید کامل و به‌روز باشد.
phrase-school-birth-proof = لطفاً livret de famille (دفترچهٔ رسمی خانواده) یا سند تولد کودک را بیاورید.
phrase-school-sector = فرزند شما به مدرسهٔ محلهٔ خودتان می‌رود.
phrase-school-certificate = بفرمایید، این certificat d'inscription (گواهی ثبت‌نام) است. آن را به مدیر مدرسه بدهید.
phrase-school-canteen = فرزندتان می‌تواند ظهرها در غذاخوری مدرسه غذا بخورد.
phrase-school-quotient = قیمت غذاخوری به quotient familial (محاسبه‌ای بر اساس درآمد و تعداد افراد خانواده) شما بستگی دارد.
phrase-school-caf-number = شمارهٔ پرونده‌تان در CAF (صندوق کمک‌هزینهٔ خانواده) را به ما بدهید تا quotient familial (محاسبه بر اساس درآمد خانواده) را حساب کنیم.
phrase-school-meal-price = هر وعده غذا در غذاخوری مدرسه { $amount } است.
phrase-school-periscolaire = در accueil périscolaire (مراقبت از کودکان پیش و پس از ساعت مدرسه)، از کودکان قبل و بعد از مدرسه نگهداری می‌شود.
phrase-school-leisure-centre = در centre de loisirs (مرکز فعالیت‌های تفریحی کودکان)، روزهای چهارشنبه و در تعطیلات از کودکان نگهداری می‌شود.
phrase-school-creche-waiting-list = نام شما را در فهرست انتظار crèche (مهدکودک برای کودکان زیر ۳ سال) ثبت می‌کنم.
phrase-school-creche-commission = جاهای crèche (مهدکودک) را یک کمیته تعیین می‌کند.
phrase-school-childminder = مرکز Relais Petite Enfance (مرکز راهنمایی برای نگهداری کودکان خردسال) می‌تواند به شما کمک کند یک assistante maternelle (پرستار کودک دارای مجوز که در خانهٔ خودش از کودکان نگهداری می‌کند) پیدا کنید.
phrase-school-family-portal = می‌توانید ثبت‌نام‌ها را در portail famille (سایت شهرداری برای خانواده‌ها) انجام دهید.

answer-school-register = می‌خواهم فرزندم را در مدرسه ثبت‌نام کنم
answer-school-creche = دنبال جا در مهدکودک هستم
answer-school-canteen = می‌خواهم فرزندم را در غذاخوری مدرسه ثبت‌نام کنم

## شهرسازی و کارهای ساختمانی

phrase-planning-what-works = چه کار ساختمانی می‌خواهید انجام دهید؟
phrase-planning-owner-question = آیا مالک هستید یا مستأجر؟
phrase-planning-tenant-agreement = اگر مستأجر هستید، موافقت کتبی صاحب‌خانه لازم است.
phrase-planning-prior-declaration = برای کارهای ساختمانی کوچک، یک déclaration préalable (اظهارنامهٔ پیشین کارهای ساختمانی) لازم است.
phrase-planning-building-permit = برای ساختن خانه یا گسترش بزرگ ساختمان، permis de construire (پروانهٔ ساخت) لازم است.
phrase-planning-wait-authorisation = پیش از گرفتن مجوز، کار ساختمانی را شروع نکنید.
phrase-planning-plu = طرح محلی شهرسازی، یعنی PLU، مشخص می‌کند که روی زمین شما چه چیزی می‌توان ساخت.
phrase-planning-cadastre = نقشهٔ plan cadastral (نقشهٔ ثبتی زمین) مرزهای زمین شما را نشان می‌دهد.
phrase-planning-cadastre-online = می‌توانید plan cadastral (نقشهٔ ثبتی زمین) را در سایت cadastre.gouv.fr ببینید.
phrase-planning-consult-plans = می‌توانید نقشه‌ها را در بخش شهرسازی، با نوبت ملاقات، ببینید.
phrase-planning-online = می‌توانید پروندهٔ خود را به‌صورت آنلاین تحویل دهید.
phrase-planning-copies = { $count ->
   *[other] پروندهٔ خود را در { $count } نسخه تحویل دهید.
 }
phrase-planning-bring = برای پرونده‌تان، این مدارک را بیاورید: { $documents }.
phrase-planning-receipt = بفرمایید، این récépissé (رسیدی که تحویل پرونده را ثابت می‌کند) است. آن را نگه دارید.
phrase-planning-prior-declaration-delay = برای déclaration préalable (اظهارنامهٔ پیشین)، معمولاً ظرف یک ماه پاسخ می‌رسد.
phrase-planning-permit-delay = برای permis de construire (پروانهٔ ساخت) یک خانه، معمولاً ظرف دو ماه پاسخ می‌رسد.
phrase-planning-answer-in-days = { $days ->
   *[other] پروندهٔ شما در حال بررسی است. پاسخ حدود { $days } روز دیگر می‌رسد.
 }
phrase-planning-incomplete = پروندهٔ شما کامل نیست. نامه‌ای با فهرست مدارکی که کم است دریافت خواهید کرد.
phrase-planning-architect = برای بیش از ۱۵۰ متر مربع، داشتن معمار الزامی است.
phrase-planning-display = مجوز را روی تابلویی در زمین نصب کنید و در تمام مدت کار ساختمانی نگه دارید.
phrase-planning-completion = در پایان کار ساختمانی، déclaration d'achèvement des travaux (فرم اعلام پایان کار ساختمانی) را بفرستید.
phrase-planning-appointment = یکی از کارمندان شهرسازی روز { $date } ساعت { $time } شما را می‌پذیرد. مکان: { $place }.

answer-planning-works = می‌خواهم کار ساختمانی انجام دهم
answer-planning-owner = مالک هستم
answer-planning-tenant = مستأجر هستم

## کمک اجتماعی (CCAS)

phrase-social-ccas = نهاد CCAS (مرکز خدمات اجتماعی شهرداری)، بخش کمک‌های اجتماعی شهر است.
phrase-social-confidential = هر چه اینجا بگویید، محرمانه می‌ماند.
phrase-social-appointment-needed = برای گرفتن کمک، باید با یک مددکار اجتماعی نوبت ملاقات داشته باشید.
phrase-social-appointment = نوبت ملاقات شما در CCAS روز { $date } ساعت { $time } است. مکان: { $place }.
phrase-social-worker-will-call = یک مددکار اجتماعی با شما تماس می‌گیرد.
phrase-social-worker-call-days = { $days ->
   *[other] یک مددکار اجتماعی حداکثر تا { $days } روز دیگر با شما تماس می‌گیرد.
 }
phrase-social-phone = شمارهٔ تلفن شما چیست؟
phrase-social-bring = برای درخواست کمک، این مدارک را بیاورید: { $documents }.
phrase-social-hosted = { $gender ->
   *[other] آیا در خانهٔ کس دیگری زندگی می‌کنید؟
 }
phrase-social-domiciliation = اگر نشانی ثابتی ندارید، CCAS می‌تواند به شما یک domiciliation (نشانی برای دریافت نامه‌ها) بدهد.
phrase-social-domiciliation-mail = با domiciliation (نشانی برای دریافت نامه‌ها)، نامه‌هایتان را در CCAS دریافت می‌کنید.
phrase-social-food-aid = مرکز CCAS می‌تواند شما را برای گرفتن کمک غذایی راهنمایی کند.
phrase-social-food-place = برای کمک غذایی، به این مکان بروید: { $place }.
phrase-social-energy = اگر نمی‌توانید پول برق یا گاز را بپردازید، می‌توانید کمک بگیرید.
phrase-social-energy-cheque = شاید حق دریافت chèque énergie (کمک‌هزینهٔ پرداخت قبض انرژی) را داشته باشید.
phrase-social-housing = برای مسکن اجتماعی، باید فرم demande de logement social (درخواست مسکن اجتماعی) را پر کنید.
phrase-social-emergency-shelter = اگر امشب جایی برای خوابیدن ندارید، با شمارهٔ ۱۱۵ تماس بگیرید. تماس رایگان است.
phrase-social-caf = برای RSA (کمک‌هزینهٔ حداقل درآمد) و کمک‌هزینه‌های دیگر، به CAF (صندوق کمک‌هزینهٔ خانواده) هم مراجعه کنید.

answer-social-no-home = جایی برای زندگی ندارم
answer-social-no-food = پول غذا ندارم
answer-social-bills = نمی‌توانم قبض‌هایم را بپردازم

## پرداخت و هزینه‌ها

phrase-payments-amount = مبلغ قابل پرداخت { $amount } است.
phrase-payments-how = چطور می‌خواهید پرداخت کنید؟
phrase-payments-methods = می‌توانید با کارت بانکی، چک یا پول نقد پرداخت کنید.
phrase-payments-no-cash = پول نقد قبول نمی‌کنیم.
phrase-payments-cheque-order = چک باید در وجه Trésor public (خزانه‌داری دولت) نوشته شود.
phrase-payments-card-code = کارت خود را وارد کنید و رمز آن را بزنید.
phrase-payments-contactless = می‌توانید بدون تماس کارت (contactless) پرداخت کنید.
phrase-payments-card-refused = پرداخت انجام نشد. آیا راه دیگری برای پرداخت دارید؟
phrase-payments-tax-stamp = می‌توانید timbre fiscal (تمبر مالیاتی) را آنلاین، در سایت timbres.impots.gouv.fr، یا از دکهٔ سیگارفروشی بخرید.
phrase-payments-free = این کار رایگان است.
phrase-payments-paid = شما { $amount } پرداخت کردید. متشکرم.
phrase-payments-remaining = هنوز { $amount } باید پرداخت شود.
phrase-payments-instalments = { $count ->
   *[other] می‌توانید در { $count } قسط پرداخت کنید.
 }
phrase-payments-invoice = صورت‌حساب با پست برایتان فرستاده می‌شود.
phrase-payments-online = می‌توانید به‌صورت آنلاین هم، در portail famille (سایت شهرداری برای خانواده‌ها)، پرداخت کنید.
phrase-payments-receipt-question = رسید می‌خواهید؟
phrase-payments-difficulty = اگر در پرداخت مشکل دارید، CCAS (بخش کمک اجتماعی) می‌تواند به شما کمک کند.

answer-payments-card = می‌خواهم با کارت پرداخت کنم
answer-payments-cash = می‌خواهم نقد پرداخت کنم
answer-payments-cannot-pay = الان نمی‌توانم پرداخت کنم

## نوبت ملاقات

phrase-appointments-date-time-place = نوبت ملاقات شما روز { $date } ساعت { $time } است. مکان: { $place }.
phrase-appointments-only = این کار فقط با نوبت ملاقات انجام می‌شود.
phrase-appointments-book-online = می‌توانید نوبت ملاقات را آنلاین یا تلفنی بگیرید.
phrase-appointments-book-now = همین حالا برای شما نوبت ملاقات می‌گیرم.
phrase-appointments-first-free = نخستین نوبت آزاد روز { $date } ساعت { $time } است.
phrase-appointments-suits = آیا این تاریخ برایتان مناسب است؟
phrase-appointments-in-days = { $days ->
   *[other] نوبت ملاقات شما { $days } روز دیگر است.
 }
phrase-appointments-moved = نوبت ملاقات شما به روز { $date } ساعت { $time } منتقل شد.
phrase-appointments-early = ۱۰ دقیقه زودتر بیایید.
phrase-appointments-cancel = اگر نمی‌توانید بیایید، نوبت ملاقات خود را لغو کنید.
phrase-appointments-phone = شمارهٔ تلفن همراه شما چیست؟
phrase-appointments-sms = یک پیامک تأیید دریافت می‌کنید، و یک روز پیش از نوبت، پیامک یادآوری.
phrase-appointments-link = با پیوند داخل پیامک، می‌توانید نوبت ملاقات خود را جابه‌جا یا لغو کنید.
phrase-appointments-bring = برای نوبت ملاقات، این مدارک را بیاورید: { $documents }.
phrase-appointments-bring-on-date = برای نوبت ملاقات در تاریخ { $date }، این مدارک را بیاورید: { $documents }.
phrase-appointments-interpreter = در نوبت ملاقات شما یک مترجم حضور خواهد داشت.
phrase-appointments-no-slot = فعلاً نوبت آزادی وجود ندارد.
phrase-appointments-waitlist = { $gender ->
   *[other] نام شما در فهرست انتظار ثبت شد. اگر نوبتی آزاد شود، با پیامک به شما خبر می‌دهیم.
 }
phrase-appointments-expected = { $gender ->
   *[other] در { $desk } منتظر شما هستند.
 }
phrase-appointments-missed = زمان نوبت ملاقات شما گذشته است. باید نوبت تازه‌ای بگیرید.

answer-appointments-ok = این تاریخ برایم مناسب است
answer-appointments-other-time = ساعت دیگری می‌خواهم
answer-appointments-cancel = می‌خواهم نوبت ملاقاتم را لغو کنم

## مدارکی که باید بیاورید

phrase-documents-bring = برای این کار، این مدارک را بیاورید: { $documents }.
phrase-documents-originals-copies = اصل مدارک و یک فتوکپی از هر مدرک را بیاورید.
phrase-documents-originals = اصل مدارک را لازم داریم.
phrase-documents-proof-address = از تاریخ justificatif de domicile (مدرک اثبات نشانی) باید کمتر از ۳ ماه گذشته باشد.
phrase-documents-proof-address-examples = به‌عنوان justificatif de domicile (مدرک اثبات نشانی): قبض برق، گاز، آب یا تلفن، یا quittance de loyer (رسید پرداخت اجاره).
phrase-documents-hosted = { $gender ->
   *[other] اگر در خانهٔ کس دیگری زندگی می‌کنید، یک attestation d'hébergement (نامه از کسی که به شما جا داده)، مدرک شناسایی او و مدرک اثبات نشانی او را بیاورید.
 }
phrase-documents-name = مدرک باید به نام خودتان باشد.
phrase-documents-missing = این مدارک کم است: { $documents }.
phrase-documents-missing-count = { $count ->
   *[other] { $count } مدرک کم است.
 }
phrase-documents-received-count = { $count ->
   *[other] { $count } مدرک را دریافت کردم.
 }
phrase-documents-come-back = با مدارکی که کم است دوباره بیایید.
phrase-documents-expired = این مدرک دیگر اعتبار ندارد.
phrase-documents-too-old = از تاریخ این مدرک بیش از ۳ ماه گذشته است. مدرک جدیدتری لازم است.
phrase-documents-keep-copy = یک کپی نگه می‌داریم و اصل مدرک را به شما پس می‌دهیم.
phrase-documents-scan = از مدرک شما کپی می‌گیرم.
phrase-documents-translation = مدرکی که به زبان خارجی است باید به دست مترجم رسمی سوگندخورده (مترجم مورد تأیید دادگاه) به فرانسوی ترجمه شود.
phrase-documents-email = می‌توانید مدارک را با ایمیل بفرستید.

answer-documents-not-have = این مدرک را ندارم
answer-documents-at-home = مدرک در خانه است
answer-documents-on-phone = مدرک را در تلفنم دارم

## اطمینان از فهم مطلب

phrase-understanding-do-you-understand = متوجه می‌شوید؟
phrase-understanding-repeat-back = می‌توانید آنچه را فهمیدید تکرار کنید؟
phrase-understanding-show-document = لطفاً مدرک را به من نشان دهید.
phrase-understanding-tap = پاسخ خود را روی صفحه لمس کنید.
phrase-understanding-point = می‌توانید با انگشت نشان دهید.
phrase-understanding-nod = می‌توانید با سر جواب بدهید: بله یا نه.
phrase-understanding-ready = { $gender ->
   *[other] آماده‌اید؟
 }
phrase-understanding-sure = { $gender ->
   *[other] مطمئن هستید؟
 }
phrase-understanding-question = سؤالی دارید؟
phrase-understanding-slower = آهسته‌تر و شمرده‌تر صحبت می‌کنم.
phrase-understanding-write = آن را برایتان روی کاغذ می‌نویسم.
phrase-understanding-read-aloud = می‌خواهید مدرک را برایتان با صدای بلند بخوانم؟
phrase-understanding-language = به چه زبانی صحبت می‌کنید؟
phrase-understanding-someone-translate = آیا کسی هست که برایتان ترجمه کند؟
phrase-understanding-phone-interpreter = با یک مترجم تلفنی تماس می‌گیرم.
phrase-understanding-take-time = عجله نکنید.

answer-understanding-understood = متوجه شدم
answer-understanding-partly = کمی متوجه می‌شوم
answer-understanding-question = یک سؤال دارم

## ایمنی و موارد اضطراری

phrase-safety-calm = لطفاً آرام باشید.
phrase-safety-doctor = آیا به پزشک نیاز دارید؟
phrase-safety-hurt = { $gender ->
   *[other] آیا زخمی شده‌اید؟
 }
phrase-safety-pain = کجایتان درد می‌کند؟
phrase-safety-alone = { $gender ->
   *[other] آیا تنها هستید؟
 }
phrase-safety-sit = اینجا بنشینید.
phrase-safety-water = یک لیوان آب می‌خواهید؟
phrase-safety-calling-help = با نیروهای امدادی تماس می‌گیریم.
phrase-safety-help-coming = نیروهای امدادی در راه هستند.
phrase-safety-evacuate = باید همین حالا از ساختمان بیرون برویم.
phrase-safety-follow-me = دنبال من بیایید.
phrase-safety-exit = از این در بیرون بروید.
phrase-safety-no-lift = از آسانسور استفاده نکنید.
phrase-safety-assembly-point = بیرون، در محل تجمع، منتظر بمانید.
phrase-safety-lift = برای رفتن به طبقه‌های بالا آسانسور هست.
phrase-safety-lower-voice = لطفاً با صدای پایین‌تر صحبت کنید.
phrase-safety-emergency-number = در موارد اضطراری، با شمارهٔ ۱۱۲ تماس بگیرید. تماس رایگان است.
phrase-safety-violence = اگر مورد خشونت قرار می‌گیرید، با شمارهٔ ۳۹۱۹ تماس بگیرید. تماس رایگان است و لازم نیست نامتان را بگویید.

answer-safety-doctor = به پزشک نیاز دارم
answer-safety-unwell = حالم خوب نیست
answer-safety-danger = در خطر هستم

## پایان گفت‌وگو

phrase-closing-anything-else = کار دیگری هست که برایتان انجام دهم؟
phrase-closing-other-question = سؤال دیگری دارید؟
phrase-closing-receipt = بفرمایید، این رسید شماست.
phrase-closing-acknowledgement = بفرمایید، این récépissé (رسیدی که تحویل درخواست را ثابت می‌کند) شماست. آن را نگه دارید.
phrase-closing-reference = شمارهٔ درخواست خود را نگه دارید: با آن می‌توانید پرونده‌تان را پیگیری کنید.
phrase-closing-follow-online = می‌توانید درخواست خود را به‌صورت آنلاین، در سایت شهرداری، پیگیری کنید.
phrase-closing-letter = پاسخ را با پست دریافت خواهید کرد.
phrase-closing-next-time-bring = دفعهٔ بعد، این مدارک را بیاورید: { $documents }.
phrase-closing-see-you = روز { $date } ساعت { $time } دوباره همدیگر را می‌بینیم.
phrase-closing-well-received = { $gender ->
   *[other] آیا از پذیرش ما راضی بودید؟
 }
phrase-closing-survey = می‌توانید به یک پرسش‌نامهٔ کوتاه دربارهٔ رضایت خود پاسخ دهید؟
phrase-closing-survey-sms = یک پیامک برایتان فرستاده می‌شود تا نظرتان را بگویید.
phrase-closing-come-back = هر وقت لازم بود، دوباره پیش ما بیایید.
phrase-closing-contact = می‌توانید با ما تماس بگیرید یا برایمان بنویسید.
phrase-closing-thanks = از آمدنتان سپاسگزاریم.
phrase-closing-goodbye = خدانگهدار، روز خوبی داشته باشید.

answer-closing-thanks = خیلی ممنون
answer-closing-other-question = یک سؤال دیگر دارم
answer-closing-goodbye = خدانگهدار
