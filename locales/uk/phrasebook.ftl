### Мовна панель: перевірені фрази для прийому відвідувачів у мерії (переклад українською).
### Консультант читає фразу французькою; відвідувач бачить і чує її своєю мовою,
### на весь екран. Відвідувач відповідає, натискаючи на відповідь (повідомлення answer-…).
###
### Вихідний текст — locales/fr/phrasebook.ftl; його примітки діють і тут.
### - Ввічливе «Ви» з великої літери: звертання до ОДНІЄЇ людини.
### - Французькі назви документів і процедур залишаються французькою, з коротким
###   поясненням у дужках.
### - $place, $desk, $service і $documents не відмінюються: вони стоять після двокрапки,
###   у лапках або в називному відмінку.
### - Дати ($date) надходять у вигляді «понеділок, 23 листопада 2026», тому стоять після двокрапки;
###   час ($time) стоїть без прийменника (щоб уникнути «о / об»).
### - З ввічливим «Ви» присудок стоїть у множині («Ви готові», «Ви народилися»), тому в багатьох
###   повідомленнях із $gender варіанти збігаються; вони різняться лише там, де є повний
###   прикметник або займенник («Ви наступна / наступний», «Ви тут сама / сам»).

## Ситуації

phrasebook-situation-welcome = Привітання та орієнтування
phrasebook-situation-queue = Очікування та черга
phrasebook-situation-identity = Посвідчення особи та паспорт
phrasebook-situation-civil-status = Акти цивільного стану
phrasebook-situation-school = Запис до школи та маленькі діти
phrasebook-situation-planning = Містобудування
phrasebook-situation-social = Соціальна допомога (CCAS)
phrasebook-situation-payments = Оплата й тарифи
phrasebook-situation-appointments = Запис на прийом
phrasebook-situation-documents = Документи, які потрібно принести
phrasebook-situation-understanding = Перевірка розуміння
phrasebook-situation-safety = Безпека та надзвичайні ситуації
phrasebook-situation-closing = Завершення прийому

## Списки документів

# Роздільник між елементами списку $documents: кома й пробіл ({" "} зберігає пробіл).
phrasebook-list-comma = ,{" "}
# Як останній елемент приєднується до списку.
phrasebook-list-and = { $first } та { $last }

## Відповіді відвідувача (в усіх ситуаціях)

answer-yes = Так
answer-no = Ні
answer-dont-understand = Я не розумію
answer-repeat = Повторіть, будь ласка
answer-slower = Повільніше, будь ласка
answer-interpreter = Мені потрібен перекладач
answer-wait = Хвилинку, будь ласка
answer-write = Можете це написати?

## Привітання та орієнтування

phrase-welcome-hello = Добрий день, ласкаво просимо до мерії.
phrase-welcome-how-help = Чим я можу Вам допомогти?
phrase-welcome-which-procedure = З якого питання Ви прийшли?
phrase-welcome-screen = Ми користуватимемося цим екраном, щоб розуміти одне одного.
phrase-welcome-tap-answer = Щоб відповісти, Ви можете натиснути на відповідь на екрані.
phrase-welcome-have-appointment = Ви записані на прийом?
phrase-welcome-take-ticket = Візьміть талон у терміналі біля входу.
phrase-welcome-handle-here = Я можу зайнятися Вашим питанням просто тут, біля цього віконця.
phrase-welcome-go-to-desk = Пройдіть, будь ласка, до віконця прийому: { $desk }.
phrase-welcome-service-ground-floor = Служба «{ $service }» розташована на першому поверсі, на рівні входу.
phrase-welcome-service-first-floor = Служба «{ $service }» розташована на один поверх вище від входу (у Франції це «1-й поверх»).
phrase-welcome-service-second-floor = Служба «{ $service }» розташована на два поверхи вище від входу (у Франції це «2-й поверх»).
phrase-welcome-service-other-building = Служба «{ $service }» розташована в іншій будівлі: { $place }.
phrase-welcome-transfer = Вас прийме працівник служби «{ $service }».
phrase-welcome-not-here = Мерія не займається цим питанням.
phrase-welcome-other-office = З цього питання зверніться, будь ласка, до цієї установи: { $place }.
phrase-welcome-online = Це також можна зробити онлайн.
phrase-welcome-france-services = France Services (державний центр допомоги з документами) може допомогти Вам із CAF (каса сімейних допомог), податками або пенсією.
phrase-welcome-toilets = Туалети розташовані в кінці коридору.

answer-welcome-appointment = У мене запис на прийом
answer-welcome-information = Мені потрібна інформація
answer-welcome-toilets = Де туалет?

## Очікування та черга

phrase-queue-wait-room = Зачекайте, будь ласка, у залі очікування.
phrase-queue-sit-down = Ви можете сісти.
phrase-queue-screen = Ваш номер з'явиться на екрані разом із номером віконця.
phrase-queue-people-ahead = { $count ->
    [one] Перед Вами { $count } людина.
    [few] Перед Вами { $count } людини.
    [many] Перед Вами { $count } людей.
   *[other] Перед Вами { $count } людини.
 }
phrase-queue-registered = { $gender ->
    [female] Ви записані в чергу.
    [male] Ви записані в чергу.
   *[other] Ви записані в чергу.
 }
phrase-queue-next = { $gender ->
    [female] Ви наступна.
    [male] Ви наступний.
   *[other] Наступна черга — Ваша.
 }
phrase-queue-your-turn = Ваша черга. Пройдіть, будь ласка, до віконця прийому: { $desk }.
phrase-queue-wait-short = Чекати доведеться кілька хвилин.
phrase-queue-wait-long = Сьогодні чекати доведеться довго.
phrase-queue-sorry = Просимо вибачення за очікування.
phrase-queue-priority-question = { $gender ->
    [female] Вам потрібен прийом поза чергою?
    [male] Вам потрібен прийом поза чергою?
   *[other] Вам потрібен прийом поза чергою?
 }
phrase-queue-priority-rule = Люди з інвалідністю, вагітні жінки та літні люди проходять поза чергою.
phrase-queue-sms = Ви можете зачекати надворі: Ви отримаєте SMS, коли Ваша черга буде близько.
phrase-queue-follow-phone = Ви можете стежити за чергою в телефоні за допомогою QR-коду на талоні.
phrase-queue-missed = Ваш номер уже викликали. Візьміть, будь ласка, новий талон у терміналі.
phrase-queue-closing-soon = Приймальня скоро зачиняється. Сьогодні ми вже не можемо приймати нових відвідувачів.
phrase-queue-come-back = Приходьте, будь ласка, знову: { $date }, починаючи з { $time }.
phrase-queue-appointment-faster = Якщо записатися на прийом, чекати доведеться менше.

answer-queue-how-long = Скільки мені потрібно чекати?
answer-queue-priority = Мені потрібен прийом поза чергою
answer-queue-come-back = Я прийду пізніше

## Посвідчення особи та паспорт

phrase-identity-appointment-only = Посвідчення особи та паспорт оформлюють лише за записом.
phrase-identity-pre-application = Спершу заповніть онлайн pré-demande (попередню заяву) на сайті ANTS (офіційний сайт для документів, що посвідчують особу).
phrase-identity-pre-application-number = Принесіть номер pré-demande (попередньої заяви) або підсумкову сторінку з QR-кодом.
phrase-identity-bring = Для посвідчення особи або паспорта принесіть: { $documents }.
phrase-identity-photo-rules = Фото на документи має бути зроблене не більше ніж 6 місяців тому: голова непокрита, обличчя нейтральне, рот закритий.
phrase-identity-photo-booth = Якщо Ви фотографуєтеся в сертифікованій фотокабіні, збережіть код e-photo.
phrase-identity-photo-count = { $count ->
    [one] Принесіть { $count } фотографію на документи.
    [few] Принесіть { $count } фотографії на документи.
    [many] Принесіть { $count } фотографій на документи.
   *[other] Принесіть { $count } фотографії на документи.
 }
phrase-identity-old-document = Принесіть Ваше старе посвідчення особи або старий паспорт.
phrase-identity-fingerprints = Зараз ми знімемо відбитки Ваших пальців.
phrase-identity-signature = Розпишіться всередині рамки, не торкаючись її країв.
phrase-identity-child-present = У день подання заяви дитина має бути присутня.
phrase-identity-parent-present = Якщо дитина неповнолітня, з нею має прийти один із батьків зі своїм документом, що посвідчує особу.
phrase-identity-passport-fee = Для паспорта потрібен timbre fiscal (державне мито, його сплачують онлайн або в тютюновій крамниці): { $amount }.
phrase-identity-loss-fee = Якщо Ваше посвідчення особи загублене або вкрадене, потрібен timbre fiscal (державне мито): { $amount }.
phrase-identity-renewal-free = Заміна посвідчення особи безкоштовна, якщо Ви здаєте старе посвідчення.
phrase-identity-loss-declaration = Якщо Ви загубили посвідчення або паспорт, ми оформимо заяву про втрату тут, разом із заявою на новий документ.
phrase-identity-theft-police = Якщо документ украли, спершу повідомте про крадіжку у відділок поліції або в жандармерію.
phrase-identity-delay = { $days ->
    [one] Зараз виготовлення документа триває приблизно { $days } день.
    [few] Зараз виготовлення документа триває приблизно { $days } дні.
    [many] Зараз виготовлення документа триває приблизно { $days } днів.
   *[other] Зараз виготовлення документа триває приблизно { $days } дня.
 }
phrase-identity-sms-ready = Ви отримаєте SMS, коли Ваш документ буде готовий.
phrase-identity-collect-in-person = Забрати документ Ви маєте особисто.
phrase-identity-collect-3-months = Заберіть документ протягом 3 місяців. Через 3 місяці його знищують.
phrase-identity-collect-appointment = Приходьте по документ: { $date }, { $time }. Місце: { $place }.
phrase-identity-french-only = Французьке посвідчення особи та французький паспорт видають лише громадянам Франції.
phrase-identity-residence-permit = Щодо titre de séjour (посвідки на проживання для іноземців) звертайтеся до префектури.

answer-identity-lost = Мої документи загубилися
answer-identity-stolen = У мене вкрали документи
answer-identity-no-pre-application = У мене немає pré-demande

## Акти цивільного стану

phrase-civil-status-which-certificate = Який документ Вам потрібен: про народження, про шлюб чи про смерть?
phrase-civil-status-full-copy = Copie intégrale (повна копія акта) містить усі відомості з акта.
phrase-civil-status-extract = Extrait (витяг з акта) містить лише частину відомостей з акта.
phrase-civil-status-extract-parents = Extrait avec filiation (витяг із даними про батьків) містить також імена батьків.
phrase-civil-status-who-can = Copie intégrale (повна копія акта) видається лише самій особі, її батькам, дітям, чоловікові чи дружині.
phrase-civil-status-where = Акт запитують у мерії того міста, де відбулися народження, шлюб або смерть.
phrase-civil-status-born-abroad = { $gender ->
    [female] Ви народилися за кордоном?
    [male] Ви народилися за кордоном?
   *[other] Ви народилися за кордоном?
 }
phrase-civil-status-nantes = Якщо громадянин Франції народився за кордоном, акт запитують у Service central d'état civil (центральна служба актів цивільного стану), у місті Нант.
phrase-civil-status-refugee = Біженцям акти цивільного стану видає OFPRA (Французьке управління захисту біженців та осіб без громадянства).
phrase-civil-status-online = Ви можете запитати акт онлайн, на сайті service-public.fr.
phrase-civil-status-post = Ви також можете запитати акт поштою: додайте конверт із маркою та Вашою адресою.
phrase-civil-status-free = Акти цивільного стану видають безкоштовно.
phrase-civil-status-delay = { $days ->
    [one] Ви отримаєте акт поштою приблизно через { $days } день.
    [few] Ви отримаєте акт поштою приблизно через { $days } дні.
    [many] Ви отримаєте акт поштою приблизно через { $days } днів.
   *[other] Ви отримаєте акт поштою приблизно через { $days } дня.
 }
phrase-civil-status-family-book = Принесіть Ваш livret de famille (офіційна сімейна книжка із записами про шлюб і народження дітей).
phrase-civil-status-family-book-update = Нам потрібно внести нові записи у Ваш livret de famille (сімейна книжка).
phrase-civil-status-bring = Для цього акта принесіть: { $documents }.
phrase-civil-status-birth-declaration = Про народження дитини потрібно заявити в мерії протягом 5 днів.
phrase-civil-status-condolences = Прийміть мої співчуття.
phrase-civil-status-death-declaration = Похоронне бюро може заявити про смерть замість Вас.
phrase-civil-status-marriage-file = Щоб укласти шлюб, спершу подайте до мерії dossier de mariage (пакет документів для реєстрації шлюбу).

answer-civil-status-birth = Мені потрібне свідоцтво про народження
answer-civil-status-marriage = Я хочу укласти шлюб
answer-civil-status-death = Помер член моєї родини

## Запис до школи та маленькі діти

phrase-school-town-hall-first = Записувати дитину до школи потрібно спершу в мерії, а потім у самій школі.
phrase-school-compulsory = Ходити до школи обов'язково з 3 років.
phrase-school-bring = Для запису до школи принесіть: { $documents }.
phrase-school-children-count = { $count ->
    [one] Записується { $count } дитина.
    [few] Записуються { $count } дитини.
    [many] Записуються { $count } дітей.
   *[other] Записуються { $count } дитини.
 }
phrase-school-proof-address = Принесіть justificatif de domicile (документ, що підтверджує адресу: рахунок, квитанція за житло…), виданий не більше ніж 3 місяці тому.
phrase-school-vaccinations = Принесіть carnet de santé (медична книжка дитини): усі щеплення мають бути зроблені вчасно.
phrase-school-birth-proof = Принесіть livret de famille (сімейна книжка) або свідоцтво про народження дитини.
phrase-school-sector = Ваша дитина ходитиме до школи Вашого району.
phrase-school-certificate = Ось certificat d'inscription (довідка про запис до школи). Передайте її директорові школи.
phrase-school-canteen = Ваша дитина може обідати в шкільній їдальні.
phrase-school-quotient = Ціна обідів у їдальні залежить від Вашого quotient familial (показник, який розраховують за доходами та складом сім'ї).
phrase-school-caf-number = Повідомте нам Ваш номер отримувача допомоги CAF (каса сімейних допомог), щоб ми розрахували quotient familial.
phrase-school-meal-price = Обід у їдальні коштує { $amount }.
phrase-school-periscolaire = Accueil périscolaire (група продовженого дня) — це догляд за дітьми до і після уроків.
phrase-school-leisure-centre = Centre de loisirs (дитячий центр дозвілля) приймає дітей по середах і під час канікул.
phrase-school-creche-waiting-list = Я записую Вас до списку очікування на місце в crèche (ясла для дітей до 3 років).
phrase-school-creche-commission = Місця в crèche (яслах) розподіляє комісія.
phrase-school-childminder = Relais Petite Enfance (центр допомоги батькам маленьких дітей) допоможе Вам знайти assistante maternelle (няня з офіційним дозволом, яка доглядає дітей у себе вдома).
phrase-school-family-portal = Ви можете записати дитину на portail famille (сайт мерії для записів і рахунків).

answer-school-register = Я хочу записати дитину до школи
answer-school-creche = Я шукаю місце в яслах
answer-school-canteen = Я хочу записати дитину до їдальні

## Містобудування

phrase-planning-what-works = Які роботи Ви хочете провести?
phrase-planning-owner-question = Ви власник житла чи орендар?
phrase-planning-tenant-agreement = Якщо Ви орендар, потрібна письмова згода власника.
phrase-planning-prior-declaration = Для невеликих робіт потрібна déclaration préalable (попередня декларація про роботи).
phrase-planning-building-permit = Щоб збудувати будинок або зробити велику прибудову, потрібен permis de construire (дозвіл на будівництво).
phrase-planning-wait-authorisation = Не починайте роботи, доки не отримаєте дозвіл.
phrase-planning-plu = Місцевий містобудівний план, PLU, визначає, що можна будувати на Вашій ділянці.
phrase-planning-cadastre = Plan cadastral (кадастровий план) показує межі Вашої ділянки.
phrase-planning-cadastre-online = Plan cadastral (кадастровий план) можна переглянути на сайті cadastre.gouv.fr.
phrase-planning-consult-plans = Переглянути плани можна в службі містобудування, за записом.
phrase-planning-online = Ви можете подати документи онлайн.
phrase-planning-copies = { $count ->
    [one] Подайте документи в { $count } примірнику.
    [few] Подайте документи в { $count } примірниках.
    [many] Подайте документи в { $count } примірниках.
   *[other] Подайте документи в { $count } примірниках.
 }
phrase-planning-bring = Для Вашої заяви принесіть: { $documents }.
phrase-planning-receipt = Ось récépissé (розписка про прийняття документів). Збережіть її.
phrase-planning-prior-declaration-delay = Щодо déclaration préalable (попередня декларація) відповідь зазвичай надходить протягом місяця.
phrase-planning-permit-delay = Щодо permis de construire (дозвіл на будівництво) для будинку відповідь зазвичай надходить протягом двох місяців.
phrase-planning-answer-in-days = { $days ->
    [one] Вашу заяву розглядають. Відповідь надійде приблизно через { $days } день.
    [few] Вашу заяву розглядають. Відповідь надійде приблизно через { $days } дні.
    [many] Вашу заяву розглядають. Відповідь надійде приблизно через { $days } днів.
   *[other] Вашу заяву розглядають. Відповідь надійде приблизно через { $days } дня.
 }
phrase-planning-incomplete = У Вашій заяві бракує документів. Ви отримаєте лист зі списком документів, яких бракує.
phrase-planning-architect = Якщо площа понад 150 квадратних метрів, архітектор обов'язковий.
phrase-planning-display = Розмістіть дозвіл на щиті на ділянці на весь час робіт.
phrase-planning-completion = Після завершення робіт надішліть déclaration d'achèvement des travaux (заява про завершення робіт).
phrase-planning-appointment = Працівник служби містобудування прийме Вас: { $date }, { $time }. Місце: { $place }.

answer-planning-works = Я хочу провести роботи
answer-planning-owner = Житло належить мені
answer-planning-tenant = Я винаймаю житло

## Соціальна допомога (CCAS)

phrase-social-ccas = CCAS (міський центр соціальної допомоги) — це соціальна служба міста.
phrase-social-confidential = Усе, що Ви тут скажете, залишиться конфіденційним.
phrase-social-appointment-needed = Щоб отримати допомогу, потрібно записатися на прийом до соціального працівника.
phrase-social-appointment = Ваш запис на прийом до CCAS: { $date }, { $time }. Місце: { $place }.
phrase-social-worker-will-call = Вам зателефонує соціальний працівник.
phrase-social-worker-call-days = { $days ->
    [one] Соціальний працівник зателефонує Вам не пізніше ніж через { $days } день.
    [few] Соціальний працівник зателефонує Вам не пізніше ніж через { $days } дні.
    [many] Соціальний працівник зателефонує Вам не пізніше ніж через { $days } днів.
   *[other] Соціальний працівник зателефонує Вам не пізніше ніж через { $days } дня.
 }
phrase-social-phone = Який у Вас номер телефону?
phrase-social-bring = Для Вашого звернення по допомогу принесіть: { $documents }.
phrase-social-hosted = { $gender ->
    [female] Ви живете в когось?
    [male] Ви живете в когось?
   *[other] Ви живете в когось?
 }
phrase-social-domiciliation = Якщо у Вас немає постійної адреси, CCAS може надати Вам domiciliation (адреса для отримання пошти).
phrase-social-domiciliation-mail = З domiciliation (адреса для пошти) Ви отримуєте свою пошту в CCAS.
phrase-social-food-aid = CCAS може направити Вас туди, де надають продуктову допомогу.
phrase-social-food-place = По продуктову допомогу звертайтеся сюди: { $place }.
phrase-social-energy = Якщо Ви не можете оплатити електрику чи газ, можна отримати допомогу.
phrase-social-energy-cheque = Можливо, Ви маєте право на chèque énergie (допомога на оплату електрики й газу).
phrase-social-housing = Щоб отримати соціальне житло, потрібно заповнити demande de logement social (заява на соціальне житло).
phrase-social-emergency-shelter = Якщо Вам сьогодні ніде ночувати, зателефонуйте за номером 115. Дзвінок безкоштовний.
phrase-social-caf = З питань RSA (допомога для людей із низьким доходом) та інших допомог звертайтеся також до CAF (каса сімейних допомог).

answer-social-no-home = У мене немає житла
answer-social-no-food = У мене немає грошей на їжу
answer-social-bills = Я не можу оплатити рахунки

## Оплата й тарифи

phrase-payments-amount = Сума до сплати: { $amount }.
phrase-payments-how = Як Ви хочете заплатити?
phrase-payments-methods = Ви можете заплатити банківською карткою, чеком або готівкою.
phrase-payments-no-cash = Ми не приймаємо готівку.
phrase-payments-cheque-order = Чек потрібно виписати на одержувача: Trésor public (державна скарбниця).
phrase-payments-card-code = Вставте картку та введіть PIN-код.
phrase-payments-contactless = Ви можете заплатити безконтактно.
phrase-payments-card-refused = Платіж відхилено. У Вас є інший спосіб оплати?
phrase-payments-tax-stamp = Timbre fiscal (державне мито) можна купити онлайн, на сайті timbres.impots.gouv.fr, або в тютюновій крамниці.
phrase-payments-free = Ця процедура безкоштовна.
phrase-payments-paid = Ви заплатили { $amount }. Дякуємо.
phrase-payments-remaining = Залишилося заплатити: { $amount }.
phrase-payments-instalments = { $count ->
    [one] Ви можете розбити оплату на { $count } платіж.
    [few] Ви можете розбити оплату на { $count } платежі.
    [many] Ви можете розбити оплату на { $count } платежів.
   *[other] Ви можете розбити оплату на { $count } платежу.
 }
phrase-payments-invoice = Ви отримаєте рахунок поштою.
phrase-payments-online = Ви також можете заплатити онлайн, на portail famille (сайт мерії для сімей).
phrase-payments-receipt-question = Вам потрібна квитанція?
phrase-payments-difficulty = Якщо Вам важко заплатити, Вам може допомогти CCAS (соціальна служба міста).

answer-payments-card = Я хочу заплатити карткою
answer-payments-cash = Я хочу заплатити готівкою
answer-payments-cannot-pay = Я не можу заплатити зараз

## Запис на прийом

phrase-appointments-date-time-place = Ваш запис на прийом: { $date }, { $time }. Місце: { $place }.
phrase-appointments-only = Ця процедура проводиться лише за записом.
phrase-appointments-book-online = Записатися на прийом можна онлайн або телефоном.
phrase-appointments-book-now = Я запишу Вас на прийом просто зараз.
phrase-appointments-first-free = Найближчий вільний час: { $date }, { $time }.
phrase-appointments-suits = Вам підходить ця дата?
phrase-appointments-in-days = { $days ->
    [one] Ваш прийом — через { $days } день.
    [few] Ваш прийом — через { $days } дні.
    [many] Ваш прийом — через { $days } днів.
   *[other] Ваш прийом — через { $days } дня.
 }
phrase-appointments-moved = Ваш запис перенесено. Новий час: { $date }, { $time }.
phrase-appointments-early = Приходьте за 10 хвилин до призначеного часу.
phrase-appointments-cancel = Якщо Ви не можете прийти, скасуйте запис.
phrase-appointments-phone = Який у Вас номер мобільного телефону?
phrase-appointments-sms = Ви отримаєте SMS із підтвердженням, а напередодні — нагадування.
phrase-appointments-link = За посиланням із SMS Ви можете перенести або скасувати запис.
phrase-appointments-bring = На прийом принесіть: { $documents }.
phrase-appointments-bring-on-date = Дата прийому: { $date }. Принесіть: { $documents }.
phrase-appointments-interpreter = На Вашому прийомі буде перекладач.
phrase-appointments-no-slot = Зараз вільного часу для запису немає.
phrase-appointments-waitlist = { $gender ->
    [female] Ви записані до списку очікування. Якщо місце звільниться, ми повідомимо Вас через SMS.
    [male] Ви записані до списку очікування. Якщо місце звільниться, ми повідомимо Вас через SMS.
   *[other] Ви записані до списку очікування. Якщо місце звільниться, ми повідомимо Вас через SMS.
 }
phrase-appointments-expected = { $gender ->
    [female] На Вас чекають біля віконця прийому: { $desk }.
    [male] На Вас чекають біля віконця прийому: { $desk }.
   *[other] На Вас чекають біля віконця прийому: { $desk }.
 }
phrase-appointments-missed = Час Вашого запису вже минув. Потрібно записатися на прийом знову.

answer-appointments-ok = Мені підходить ця дата
answer-appointments-other-time = Мені потрібен інший час
answer-appointments-cancel = Я хочу скасувати запис

## Документи, які потрібно принести

phrase-documents-bring = Для цієї процедури принесіть: { $documents }.
phrase-documents-originals-copies = Принесіть оригінали та по одній ксерокопії кожного документа.
phrase-documents-originals = Нам потрібні оригінали документів.
phrase-documents-proof-address = Justificatif de domicile (документ, що підтверджує адресу) має бути виданий не більше ніж 3 місяці тому.
phrase-documents-proof-address-examples = Як justificatif de domicile (підтвердження адреси) підійде рахунок за електрику, газ, воду або телефон чи quittance de loyer (квитанція про сплату оренди).
phrase-documents-hosted = { $gender ->
    [female] Якщо Ви живете в когось, принесіть attestation d'hébergement (лист від людини, у якої Ви живете), а також посвідчення особи та justificatif de domicile (підтвердження адреси) цієї людини.
    [male] Якщо Ви живете в когось, принесіть attestation d'hébergement (лист від людини, у якої Ви живете), а також посвідчення особи та justificatif de domicile (підтвердження адреси) цієї людини.
   *[other] Якщо Ви живете в когось, принесіть attestation d'hébergement (лист від людини, у якої Ви живете), а також посвідчення особи та justificatif de domicile (підтвердження адреси) цієї людини.
 }
phrase-documents-name = Документ, що підтверджує адресу, має бути оформлений на Ваше ім'я.
phrase-documents-missing = Бракує: { $documents }.
phrase-documents-missing-count = { $count ->
    [one] Відсутній { $count } документ.
    [few] Відсутні { $count } документи.
    [many] Відсутні { $count } документів.
   *[other] Відсутні { $count } документа.
 }
phrase-documents-received-count = { $count ->
    [one] Ми отримали { $count } документ.
    [few] Ми отримали { $count } документи.
    [many] Ми отримали { $count } документів.
   *[other] Ми отримали { $count } документа.
 }
phrase-documents-come-back = Приходьте знову з документами, яких бракує.
phrase-documents-expired = Цей документ більше не дійсний.
phrase-documents-too-old = Цьому документу більше ніж 3 місяці. Потрібен новіший документ.
phrase-documents-keep-copy = Ми залишимо собі копію, а оригінал повернемо Вам.
phrase-documents-scan = Я роблю копію Вашого документа.
phrase-documents-translation = Документ іноземною мовою має перекласти французькою присяжний перекладач (офіційний перекладач, затверджений судом).
phrase-documents-email = Ви можете надіслати документи електронною поштою.

answer-documents-not-have = У мене немає цього документа
answer-documents-at-home = Документ у мене вдома
answer-documents-on-phone = Документ є в мене в телефоні

## Перевірка розуміння

phrase-understanding-do-you-understand = Вам зрозуміло?
phrase-understanding-repeat-back = Повторіть, будь ласка, як Ви це зрозуміли.
phrase-understanding-show-document = Покажіть мені, будь ласка, документ.
phrase-understanding-tap = Натисніть на свою відповідь на екрані.
phrase-understanding-point = Ви можете показати пальцем.
phrase-understanding-nod = Ви можете відповісти кивком голови: так чи ні.
phrase-understanding-ready = { $gender ->
    [female] Ви готові?
    [male] Ви готові?
   *[other] Ви готові?
 }
phrase-understanding-sure = { $gender ->
    [female] Ви впевнені?
    [male] Ви впевнені?
   *[other] Ви впевнені?
 }
phrase-understanding-question = У Вас є запитання?
phrase-understanding-slower = Я говоритиму повільніше.
phrase-understanding-write = Я напишу Вам це на аркуші паперу.
phrase-understanding-read-aloud = Хочете, я прочитаю документ уголос?
phrase-understanding-language = Якою мовою Ви розмовляєте?
phrase-understanding-someone-translate = Чи є хтось, хто може Вам перекладати?
phrase-understanding-phone-interpreter = Зараз я зв'яжуся з перекладачем телефоном.
phrase-understanding-take-time = Не поспішайте.

answer-understanding-understood = Мені зрозуміло
answer-understanding-partly = Я трохи розумію
answer-understanding-question = У мене є запитання

## Безпека та надзвичайні ситуації

phrase-safety-calm = Будь ласка, зберігайте спокій.
phrase-safety-doctor = Вам потрібен лікар?
phrase-safety-hurt = { $gender ->
    [female] Ви поранені?
    [male] Ви поранені?
   *[other] Ви поранені?
 }
phrase-safety-pain = Де у Вас болить?
phrase-safety-alone = { $gender ->
    [female] Ви тут сама?
    [male] Ви тут сам?
   *[other] З Вами хтось є?
 }
phrase-safety-sit = Сядьте сюди, будь ласка.
phrase-safety-water = Хочете склянку води?
phrase-safety-calling-help = Ми викликаємо екстрені служби.
phrase-safety-help-coming = Допомога вже в дорозі.
phrase-safety-evacuate = Нам потрібно негайно залишити будівлю.
phrase-safety-follow-me = Ідіть за мною.
phrase-safety-exit = Виходьте через ці двері.
phrase-safety-no-lift = Не користуйтеся ліфтом.
phrase-safety-assembly-point = Чекайте надворі, на місці збору.
phrase-safety-lift = Тут є ліфт, щоб піднятися на інші поверхи.
phrase-safety-lower-voice = Говоріть, будь ласка, тихіше.
phrase-safety-emergency-number = У разі надзвичайної ситуації телефонуйте за номером 112. Дзвінок безкоштовний.
phrase-safety-violence = Якщо Ви зазнаєте насильства, телефонуйте за номером 3919. Дзвінок безкоштовний та анонімний.

answer-safety-doctor = Мені потрібен лікар
answer-safety-unwell = Мені погано
answer-safety-danger = Я в небезпеці

## Завершення прийому

phrase-closing-anything-else = Чи можу я ще чимось Вам допомогти?
phrase-closing-other-question = У Вас є ще запитання?
phrase-closing-receipt = Ось Ваша квитанція.
phrase-closing-acknowledgement = Ось récépissé (розписка про прийняття Вашої заяви). Збережіть її.
phrase-closing-reference = Збережіть номер Вашої заяви: за ним можна стежити за її розглядом.
phrase-closing-follow-online = Ви можете стежити за Вашою заявою онлайн, на сайті мерії.
phrase-closing-letter = Ви отримаєте відповідь поштою.
phrase-closing-next-time-bring = Наступного разу принесіть: { $documents }.
phrase-closing-see-you = Наступна зустріч: { $date }, { $time }.
phrase-closing-well-received = { $gender ->
    [female] Вас добре прийняли?
    [male] Вас добре прийняли?
   *[other] Вас добре прийняли?
 }
phrase-closing-survey = Чи не могли б Ви відповісти на коротке опитування про якість обслуговування?
phrase-closing-survey-sms = Ви отримаєте SMS, щоб залишити відгук.
phrase-closing-come-back = Приходьте до нас знову, якщо буде потрібно.
phrase-closing-contact = Ви також можете зателефонувати нам або написати.
phrase-closing-thanks = Дякуємо за візит.
phrase-closing-goodbye = До побачення, гарного дня.

answer-closing-thanks = Щиро дякую
answer-closing-other-question = У мене є ще запитання
answer-closing-goodbye = До побачення
