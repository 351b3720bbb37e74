### Языковая панель: проверенные фразы для приёма посетителей в мэрии (перевод на русский).
### Консультант читает фразу по-французски; посетитель видит и слышит её на своём языке,
### во весь экран. Посетитель отвечает, нажимая на ответ (сообщения answer-…).
###
### Исходный текст — locales/fr/phrasebook.ftl; его примечания действуют и здесь.
### - Вежливое «Вы» с заглавной буквы: обращение к ОДНОМУ человеку.
### - Французские названия документов и процедур остаются по-французски, с коротким
###   пояснением в скобках.
### - $place, $desk, $service и $documents не склоняются: они стоят после двоеточия,
###   в кавычках или в именительном падеже.
### - Даты ($date) приходят в виде «понедельник, 23 ноября 2026», поэтому стоят после двоеточия.
### - С вежливым «Вы» сказуемое стоит во множественном числе («Вы готовы», «Вы родились»),
###   поэтому во многих сообщениях с $gender варианты совпадают; различаются они только там,
###   где есть полное прилагательное («Вы следующая / следующий», «Вы одна / один»).

## Ситуации

phrasebook-situation-welcome = Приветствие и ориентирование
phrasebook-situation-queue = Ожидание и очередь
phrasebook-situation-identity = Удостоверение личности и паспорт
phrasebook-situation-civil-status = Акты гражданского состояния
phrasebook-situation-school = Запись в школу и маленькие дети
phrasebook-situation-planning = Градостроительство
phrasebook-situation-social = Социальная помощь (CCAS)
phrasebook-situation-payments = Оплата и тарифы
phrasebook-situation-appointments = Запись на приём
phrasebook-situation-documents = Документы, которые нужно принести
phrasebook-situation-understanding = Проверка понимания
phrasebook-situation-safety = Безопасность и экстренные случаи
phrasebook-situation-closing = Завершение приёма

## Списки документов

# Разделитель между элементами списка $documents: запятая и пробел ({" "} сохраняет пробел).
phrasebook-list-comma = ,{" "}
# Как последний элемент присоединяется к списку.
phrasebook-list-and = { $first } и { $last }

## Ответы посетителя (во всех ситуациях)

answer-yes = Да
answer-no = Нет
answer-dont-understand = Я не понимаю
answer-repeat = Повторите, пожалуйста
answer-slower = Помедленнее, пожалуйста
answer-interpreter = Мне нужен переводчик
answer-wait = Одну минуту, пожалуйста
answer-write = Можете это написать?

## Приветствие и ориентирование

phrase-welcome-hello = Здравствуйте, добро пожаловать в мэрию.
phrase-welcome-how-help = Чем я могу Вам помочь?
phrase-welcome-which-procedure = По какому вопросу Вы пришли?
phrase-welcome-screen = Мы будем пользоваться этим экраном, чтобы понимать друг друга.
phrase-welcome-tap-answer = Чтобы ответить, Вы можете нажать на ответ на экране.
phrase-welcome-have-appointment = Вы записаны на приём?
phrase-welcome-take-ticket = Возьмите талон в терминале у входа.
phrase-welcome-handle-here = Я могу заняться Вашим вопросом прямо здесь, у этого окна.
phrase-welcome-go-to-desk = Пройдите, пожалуйста, к окну приёма: { $desk }.
phrase-welcome-service-ground-floor = Служба «{ $service }» находится на первом этаже, на уровне входа.
phrase-welcome-service-first-floor = Служба «{ $service }» находится на один этаж выше входа (во Франции это «1-й этаж»).
phrase-welcome-service-second-floor = Служба «{ $service }» находится на два этажа выше входа (во Франции это «2-й этаж»).
phrase-welcome-service-other-building = Служба «{ $service }» находится в другом здании: { $place }.
phrase-welcome-transfer = Вас примет сотрудник службы «{ $service }».
phrase-welcome-not-here = Этим вопросом мэрия не занимается.
phrase-welcome-other-office = По этому вопросу обратитесь, пожалуйста, в эту организацию: { $place }.
phrase-welcome-online = Это также можно сделать онлайн.
phrase-welcome-france-services = France Services (государственный центр помощи с документами) может помочь Вам с CAF (касса семейных пособий), налогами или пенсией.
phrase-welcome-toilets = Туалеты находятся в конце коридора.

answer-welcome-appointment = У меня запись на приём
answer-welcome-information = Мне нужна информация
answer-welcome-toilets = Где туалет?

## Ожидание и очередь

phrase-queue-wait-room = Подождите, пожалуйста, в зале ожидания.
phrase-queue-sit-down = Вы можете присесть.
phrase-queue-screen = Ваш номер появится на экране вместе с номером окна.
phrase-queue-people-ahead = { $count ->
    [one] Перед Вами { $count } человек.
    [few] Перед Вами { $count } человека.
    [many] Перед Вами { $count } человек.
   *[other] Перед Вами { $count } человека.
 }
phrase-queue-registered = { $gender ->
    [female] Вы записаны в очередь.
    [male] Вы записаны в очередь.
   *[other] Вы записаны в очередь.
 }
phrase-queue-next = { $gender ->
    [female] Вы следующая.
    [male] Вы следующий.
   *[other] Следующая очередь — Ваша.
 }
phrase-queue-your-turn = Ваша очередь. Пройдите, пожалуйста, к окну приёма: { $desk }.
phrase-queue-wait-short = Ждать придётся несколько минут.
phrase-queue-wait-long = Сегодня ждать придётся долго.
phrase-queue-sorry = Просим прощения за ожидание.
phrase-queue-priority-question = { $gender ->
    [female] Вам нужен приём вне очереди?
    [male] Вам нужен приём вне очереди?
   *[other] Вам нужен приём вне очереди?
 }
phrase-queue-priority-rule = Люди с инвалидностью, беременные женщины и пожилые люди проходят вне очереди.
phrase-queue-sms = Вы можете подождать на улице: Вы получите SMS, когда Ваша очередь будет близко.
phrase-queue-follow-phone = Вы можете следить за очередью в телефоне с помощью QR-кода на талоне.
phrase-queue-missed = Ваш номер уже вызывали. Возьмите, пожалуйста, новый талон в терминале.
phrase-queue-closing-soon = Приёмная скоро закрывается. Сегодня мы больше не можем принимать новых посетителей.
phrase-queue-come-back = Приходите, пожалуйста, снова: { $date }, начиная с { $time }.
phrase-queue-appointment-faster = Если записаться на приём, ждать придётся меньше.

answer-queue-how-long = Сколько мне нужно ждать?
answer-queue-priority = Мне нужен приём вне очереди
answer-queue-come-back = Я приду позже

## Удостоверение личности и паспорт

phrase-identity-appointment-only = Удостоверение личности и паспорт оформляются только по записи.
phrase-identity-pre-application = Сначала заполните онлайн pré-demande (предварительное заявление) на сайте ANTS (официальный сайт для документов, удостоверяющих личность).
phrase-identity-pre-application-number = Принесите номер pré-demande (предварительного заявления) или сводную страницу с QR-кодом.
phrase-identity-bring = Для удостоверения личности или паспорта принесите: { $documents }.
phrase-identity-photo-rules = Фотография на документы должна быть сделана не более 6 месяцев назад: голова непокрыта, лицо нейтральное, рот закрыт.
phrase-identity-photo-booth = Если Вы фотографируетесь в сертифицированной фотокабине, сохраните код e-photo.
phrase-identity-photo-count = { $count ->
    [one] Принесите { $count } фотографию на документы.
    [few] Принесите { $count } фотографии на документы.
    [many] Принесите { $count } фотографий на документы.
   *[other] Принесите { $count } фотографии на документы.
 }
phrase-identity-old-document = Принесите Ваше старое удостоверение личности или старый паспорт.
phrase-identity-fingerprints = Сейчас мы снимем отпечатки Ваших пальцев.
phrase-identity-signature = Распишитесь внутри рамки, не касаясь её краёв.
phrase-identity-child-present = В день подачи заявления ребёнок должен присутствовать.
phrase-identity-parent-present = Если ребёнок несовершеннолетний, с ним должен прийти один из родителей со своим документом, удостоверяющим личность.
phrase-identity-passport-fee = Для паспорта нужен timbre fiscal (госпошлина, её оплачивают онлайн или в табачном магазине): { $amount }.
phrase-identity-loss-fee = Если Ваше удостоверение личности потеряно или украдено, нужен timbre fiscal (госпошлина): { $amount }.
phrase-identity-renewal-free = Замена удостоверения личности бесплатна, если Вы сдаёте старое удостоверение.
phrase-identity-loss-declaration = Если Вы потеряли удостоверение или паспорт, мы оформим заявление об утере здесь, вместе с заявкой на новый документ.
phrase-identity-theft-police = Если документ украли, сначала сообщите о краже в полицейский участок или в жандармерию.
phrase-identity-delay = { $days ->
    [one] Сейчас изготовление документа занимает примерно { $days } день.
    [few] Сейчас изготовление документа занимает примерно { $days } дня.
    [many] Сейчас изготовление документа занимает примерно { $days } дней.
   *[other] Сейчас изготовление документа занимает примерно { $days } дня.
 }
phrase-identity-sms-ready = Вы получите SMS, когда Ваш документ будет готов.
phrase-identity-collect-in-person = Вы должны прийти за документом лично.
phrase-identity-collect-3-months = Заберите документ в течение 3 месяцев. Через 3 месяца его уничтожают.
phrase-identity-collect-appointment = Приходите за документом: { $date }, в { $time }. Место: { $place }.
phrase-identity-french-only = Французское удостоверение личности и французский паспорт выдаются только гражданам Франции.
phrase-identity-residence-permit = По поводу titre de séjour (вида на жительство для иностранцев) обращайтесь в префектуру.

answer-identity-lost = Мои документы потерялись
answer-identity-stolen = У меня украли документы
answer-identity-no-pre-application = У меня нет pré-demande

## Акты гражданского состояния

phrase-civil-status-which-certificate = Какой документ Вам нужен: о рождении, о браке или о смерти?
phrase-civil-status-full-copy = Copie intégrale (полная копия акта) содержит все сведения из акта.
phrase-civil-status-extract = Extrait (выписка из акта) содержит только часть сведений из акта.
phrase-civil-status-extract-parents = Extrait avec filiation (выписка с данными о родителях) содержит также имена родителей.
phrase-civil-status-who-can = Copie intégrale (полная копия акта) выдаётся только самому человеку, его родителям, детям, мужу или жене.
phrase-civil-status-where = Акт запрашивают в мэрии того города, где произошло рождение, был заключён брак или наступила смерть.
phrase-civil-status-born-abroad = { $gender ->
    [female] Вы родились за границей?
    [male] Вы родились за границей?
   *[other] Вы родились за границей?
 }
phrase-civil-status-nantes = Если гражданин Франции родился за границей, акт запрашивают в Service central d'état civil (центральная служба актов гражданского состояния), в городе Нант.
phrase-civil-status-refugee = Беженцам акты гражданского состояния выдаёт OFPRA (Французское ведомство по защите беженцев и апатридов).
phrase-civil-status-online = Вы можете запросить акт онлайн, на сайте service-public.fr.
phrase-civil-status-post = Вы также можете запросить акт по почте: приложите конверт с маркой и Вашим адресом.
phrase-civil-status-free = Акты гражданского состояния выдаются бесплатно.
phrase-civil-status-delay = { $days ->
    [one] Вы получите акт по почте примерно через { $days } день.
    [few] Вы получите акт по почте примерно через { $days } дня.
    [many] Вы получите акт по почте примерно через { $days } дней.
   *[other] Вы получите акт по почте примерно через { $days } дня.
 }
phrase-civil-status-family-book = Принесите Ваш livret de famille (официальная семейная книжка с записями о браке и рождении детей).
phrase-civil-status-family-book-update = Нам нужно внести новые записи в Ваш livret de famille (семейная книжка).
phrase-civil-status-bring = Для этого акта принесите: { $documents }.
phrase-civil-status-birth-declaration = О рождении ребёнка нужно заявить в мэрию в течение 5 дней.
phrase-civil-status-condolences = Примите мои соболезнования.
phrase-civil-status-death-declaration = Похоронное бюро может заявить о смерти вместо Вас.
phrase-civil-status-marriage-file = Чтобы вступить в брак, сначала подайте в мэрию dossier de mariage (пакет документов для регистрации брака).

answer-civil-status-birth = Мне нужно свидетельство о рождении
answer-civil-status-marriage = Я хочу вступить в брак
answer-civil-status-death = Умер член моей семьи

## Запись в школу и маленькие дети

phrase-school-town-hall-first = Записывать ребёнка в школу нужно сначала в мэрии, а потом в самой школе.
phrase-school-compulsory = Ходить в школу обязательно с 3 лет.
phrase-school-bring = Для записи в школу принесите: { $documents }.
phrase-school-children-count = { $count ->
    [one] Записывается { $count } ребёнок.
    [few] Записываются { $count } ребёнка.
    [many] Записываются { $count } детей.
   *[other] Записываются { $count } ребёнка.
 }
phrase-school-proof-address = Принесите justificatif de domicile (документ, подтверждающий адрес: счёт, квитанция за жильё…) не старше 3 месяцев.
phrase-school-vaccinations = Принесите carnet de santé (медицинская книжка ребёнка): все прививки должны быть сделаны вовремя.
phrase-school-birth-proof = Принесите livret de famille (семейная книжка) или свидетельство о рождении ребёнка.
phrase-school-sector = Ваш ребёнок будет ходить в школу Вашего района.
phrase-school-certificate = Вот certificat d'inscription (справка о записи в школу). Передайте её директору школы.
phrase-school-canteen = Ваш ребёнок может обедать в школьной столовой.
phrase-school-quotient = Цена обедов в столовой зависит от Вашего quotient familial (показатель, который рассчитывают по доходам и составу семьи).
phrase-school-caf-number = Сообщите нам Ваш номер получателя пособий CAF (касса семейных пособий), чтобы мы рассчитали quotient familial.
phrase-school-meal-price = Обед в столовой стоит { $amount }.
phrase-school-periscolaire = Accueil périscolaire (продлёнка) — это присмотр за детьми до и после уроков.
phrase-school-leisure-centre = Centre de loisirs (детский центр досуга) принимает детей по средам и во время каникул.
phrase-school-creche-waiting-list = Я записываю Вас в лист ожидания на место в crèche (ясли для детей до 3 лет).
phrase-school-creche-commission = Места в crèche (яслях) распределяет комиссия.
phrase-school-childminder = Relais Petite Enfance (центр помощи родителям маленьких детей) поможет Вам найти assistante maternelle (няня с официальным разрешением, которая присматривает за детьми у себя дома).
phrase-school-family-portal = Вы можете записать ребёнка на portail famille (сайт мэрии для записей и счетов).

answer-school-register = Я хочу записать ребёнка в школу
answer-school-creche = Я ищу место в яслях
answer-school-canteen = Я хочу записать ребёнка в столовую

## Градостроительство

phrase-planning-what-works = Какие работы Вы хотите провести?
phrase-planning-owner-question = Вы собственник жилья или арендатор?
phrase-planning-tenant-agreement = Если Вы арендатор, нужно письменное согласие собственника.
phrase-planning-prior-declaration = Для небольших работ нужна déclaration préalable (предварительная декларация о работах).
phrase-planning-building-permit = Чтобы построить дом или сделать большую пристройку, нужен permis de construire (разрешение на строительство).
phrase-planning-wait-authorisation = Не начинайте работы, пока не получите разрешение.
phrase-planning-plu = Местный градостроительный план, PLU, определяет, что можно строить на Вашем участке.
phrase-planning-cadastre = Plan cadastral (кадастровый план) показывает границы Вашего участка.
phrase-planning-cadastre-online = Plan cadastral (кадастровый план) можно посмотреть на сайте cadastre.gouv.fr.
phrase-planning-consult-plans = Посмотреть планы можно в службе градостроительства, по записи.
phrase-planning-online = Вы можете подать документы онлайн.
phrase-planning-copies = { $count ->
    [one] Подайте документы в { $count } экземпляре.
    [few] Подайте документы в { $count } экземплярах.
    [many] Подайте документы в { $count } экземплярах.
   *[other] Подайте документы в { $count } экземплярах.
 }
phrase-planning-bring = Для Вашего заявления принесите: { $documents }.
phrase-planning-receipt = Вот récépissé (расписка о приёме документов). Сохраните её.
phrase-planning-prior-declaration-delay = По déclaration préalable (предварительная декларация) ответ обычно приходит в течение месяца.
phrase-planning-permit-delay = По permis de construire (разрешение на строительство) для дома ответ обычно приходит в течение двух месяцев.
phrase-planning-answer-in-days = { $days ->
    [one] Ваше заявление рассматривается. Ответ придёт примерно через { $days } день.
    [few] Ваше заявление рассматривается. Ответ придёт примерно через { $days } дня.
    [many] Ваше заявление рассматривается. Ответ придёт примерно через { $days } дней.
   *[other] Ваше заявление рассматривается. Ответ придёт примерно через { $days } дня.
 }
phrase-planning-incomplete = В Вашем заявлении не хватает документов. Вы получите письмо со списком недостающих документов.
phrase-planning-architect = Если площадь больше 150 квадратных метров, архитектор обязателен.
phrase-planning-display = Разместите разрешение на щите на участке на всё время работ.
phrase-planning-completion = После окончания работ отправьте déclaration d'achèvement des travaux (заявление об окончании работ).
phrase-planning-appointment = Сотрудник службы градостроительства примет Вас: { $date }, в { $time }. Место: { $place }.

answer-planning-works = Я хочу провести работы
answer-planning-owner = Жильё принадлежит мне
answer-planning-tenant = Я снимаю жильё

## Социальная помощь (CCAS)

phrase-social-ccas = CCAS (городской центр социальной помощи) — это социальная служба города.
phrase-social-confidential = Всё, что Вы здесь скажете, останется конфиденциальным.
phrase-social-appointment-needed = Чтобы получить помощь, нужно записаться на приём к социальному работнику.
phrase-social-appointment = Ваша запись на приём в CCAS: { $date }, в { $time }. Место: { $place }.
phrase-social-worker-will-call = Вам позвонит социальный работник.
phrase-social-worker-call-days = { $days ->
    [one] Социальный работник позвонит Вам не позднее чем через { $days } день.
    [few] Социальный работник позвонит Вам не позднее чем через { $days } дня.
    [many] Социальный работник позвонит Вам не позднее чем через { $days } дней.
   *[other] Социальный работник позвонит Вам не позднее чем через { $days } дня.
 }
phrase-social-phone = Какой у Вас номер телефона?
phrase-social-bring = Для Вашего обращения за помощью принесите: { $documents }.
phrase-social-hosted = { $gender ->
    [female] Вы живёте у кого-то?
    [male] Вы живёте у кого-то?
   *[other] Вы живёте у кого-то?
 }
phrase-social-domiciliation = Если у Вас нет постоянного адреса, CCAS может предоставить Вам domiciliation (адрес для получения почты).
phrase-social-domiciliation-mail = С domiciliation (адрес для почты) Вы получаете свою почту в CCAS.
phrase-social-food-aid = CCAS может направить Вас туда, где дают продуктовую помощь.
phrase-social-food-place = За продуктовой помощью обращайтесь сюда: { $place }.
phrase-social-energy = Если Вы не можете оплатить электричество или газ, можно получить помощь.
phrase-social-energy-cheque = Возможно, Вы имеете право на chèque énergie (помощь на оплату электричества и газа).
phrase-social-housing = Чтобы получить социальное жильё, нужно заполнить demande de logement social (заявление на социальное жильё).
phrase-social-emergency-shelter = Если Вам сегодня негде ночевать, позвоните по номеру 115. Звонок бесплатный.
phrase-social-caf = По вопросам RSA (пособие для людей с низким доходом) и других пособий обращайтесь также в CAF (касса семейных пособий).

answer-social-no-home = У меня нет жилья
answer-social-no-food = У меня нет денег на еду
answer-social-bills = Я не могу оплатить счета

## Оплата и тарифы

phrase-payments-amount = Сумма к оплате: { $amount }.
phrase-payments-how = Как Вы хотите заплатить?
phrase-payments-methods = Вы можете заплатить банковской картой, чеком или наличными.
phrase-payments-no-cash = Мы не принимаем наличные.
phrase-payments-cheque-order = Чек нужно выписать на получателя: Trésor public (государственное казначейство).
phrase-payments-card-code = Вставьте карту и введите PIN-код.
phrase-payments-contactless = Вы можете заплатить бесконтактно.
phrase-payments-card-refused = Платёж отклонён. У Вас есть другой способ оплаты?
phrase-payments-tax-stamp = Timbre fiscal (госпошлину) можно купить онлайн, на сайте timbres.impots.gouv.fr, или в табачном магазине.
phrase-payments-free = Эта процедура бесплатная.
phrase-payments-paid = Вы заплатили { $amount }. Спасибо.
phrase-payments-remaining = Осталось заплатить: { $amount }.
phrase-payments-instalments = { $count ->
    [one] Вы можете разбить оплату на { $count } платёж.
    [few] Вы можете разбить оплату на { $count } платежа.
    [many] Вы можете разбить оплату на { $count } платежей.
   *[other] Вы можете разбить оплату на { $count } платежа.
 }
phrase-payments-invoice = Вы получите счёт по почте.
phrase-payments-online = Вы также можете заплатить онлайн, на portail famille (сайт мэрии для семей).
phrase-payments-receipt-question = Вам нужна квитанция?
phrase-payments-difficulty = Если Вам трудно заплатить, Вам может помочь CCAS (социальная служба города).

answer-payments-card = Я хочу заплатить картой
answer-payments-cash = Я хочу заплатить наличными
answer-payments-cannot-pay = Я не могу заплатить сейчас

## Запись на приём

phrase-appointments-date-time-place = Ваша запись на приём: { $date }, в { $time }. Место: { $place }.
phrase-appointments-only = Эта процедура проводится только по записи.
phrase-appointments-book-online = Записаться на приём можно онлайн или по телефону.
phrase-appointments-book-now = Я запишу Вас на приём прямо сейчас.
phrase-appointments-first-free = Ближайшее свободное время: { $date }, в { $time }.
phrase-appointments-suits = Вам подходит эта дата?
phrase-appointments-in-days = { $days ->
    [one] Ваш приём — через { $days } день.
    [few] Ваш приём — через { $days } дня.
    [many] Ваш приём — через { $days } дней.
   *[other] Ваш приём — через { $days } дня.
 }
phrase-appointments-moved = Ваша запись перенесена. Новое время: { $date }, в { $time }.
phrase-appointments-early = Приходите за 10 минут до назначенного времени.
phrase-appointments-cancel = Если Вы не можете прийти, отмените запись.
phrase-appointments-phone = Какой у Вас номер мобильного телефона?
phrase-appointments-sms = Вы получите SMS с подтверждением, а накануне — напоминание.
phrase-appointments-link = По ссылке из SMS Вы можете перенести или отменить запись.
phrase-appointments-bring = На приём принесите: { $documents }.
phrase-appointments-bring-on-date = Дата приёма: { $date }. Принесите: { $documents }.
phrase-appointments-interpreter = На Вашем приёме будет переводчик.
phrase-appointments-no-slot = Сейчас свободного времени для записи нет.
phrase-appointments-waitlist = { $gender ->
    [female] Вы записаны в лист ожидания. Если место освободится, мы сообщим Вам по SMS.
    [male] Вы записаны в лист ожидания. Если место освободится, мы сообщим Вам по SMS.
   *[other] Вы записаны в лист ожидания. Если место освободится, мы сообщим Вам по SMS.
 }
phrase-appointments-expected = { $gender ->
    [female] Вас ждут у окна приёма: { $desk }.
    [male] Вас ждут у окна приёма: { $desk }.
   *[other] Вас ждут у окна приёма: { $desk }.
 }
phrase-appointments-missed = Время Вашей записи уже прошло. Нужно записаться на приём заново.

answer-appointments-ok = Мне подходит эта дата
answer-appointments-other-time = Мне нужно другое время
answer-appointments-cancel = Я хочу отменить запись

## Документы, которые нужно принести

phrase-documents-bring = Для этой процедуры принесите: { $documents }.
phrase-documents-originals-copies = Принесите оригиналы и по одной ксерокопии каждого документа.
phrase-documents-originals = Нам нужны оригиналы документов.
phrase-documents-proof-address = Justificatif de domicile (документ, подтверждающий адрес) должен быть не старше 3 месяцев.
phrase-documents-proof-address-examples = Как justificatif de domicile (подтверждение адреса) подойдёт счёт за электричество, газ, воду или телефон либо quittance de loyer (квитанция об оплате аренды).
phrase-documents-hosted = { $gender ->
    [female] Если Вы живёте у кого-то, принесите attestation d'hébergement (письмо от человека, у которого Вы живёте), а также удостоверение личности и justificatif de domicile (подтверждение адреса) этого человека.
    [male] Если Вы живёте у кого-то, принесите attestation d'hébergement (письмо от человека, у которого Вы живёте), а также удостоверение личности и justificatif de domicile (подтверждение адреса) этого человека.
   *[other] Если Вы живёте у кого-то, принесите attestation d'hébergement (письмо от человека, у которого Вы живёте), а также удостоверение личности и justificatif de domicile (подтверждение адреса) этого человека.
 }
phrase-documents-name = Документ, подтверждающий адрес, должен быть оформлен на Ваше имя.
phrase-documents-missing = Не хватает: { $documents }.
phrase-documents-missing-count = { $count ->
    [one] Отсутствует { $count } документ.
    [few] Отсутствуют { $count } документа.
    [many] Отсутствуют { $count } документов.
   *[other] Отсутствуют { $count } документа.
 }
phrase-documents-received-count = { $count ->
    [one] Мы получили { $count } документ.
    [few] Мы получили { $count } документа.
    [many] Мы получили { $count } документов.
   *[other] Мы получили { $count } документа.
 }
phrase-documents-come-back = Приходите снова с недостающими документами.
phrase-documents-expired = Этот документ больше не действителен.
phrase-documents-too-old = Этому документу больше 3 месяцев. Нужен более новый документ.
phrase-documents-keep-copy = Мы оставим себе копию, а оригинал вернём Вам.
phrase-documents-scan = Я делаю копию Вашего документа.
phrase-documents-translation = Документ на иностранном языке должен перевести на французский присяжный переводчик (официальный переводчик, утверждённый судом).
phrase-documents-email = Вы можете отправить документы по электронной почте.

answer-documents-not-have = У меня нет этого документа
answer-documents-at-home = Документ у меня дома
answer-documents-on-phone = Документ есть у меня в телефоне

## Проверка понимания

phrase-understanding-do-you-understand = Вам понятно?
phrase-understanding-repeat-back = Повторите, пожалуйста, как Вы это поняли.
phrase-understanding-show-document = Покажите мне, пожалуйста, документ.
phrase-understanding-tap = Нажмите на свой ответ на экране.
phrase-understanding-point = Вы можете показать пальцем.
phrase-understanding-nod = Вы можете ответить кивком головы: да или нет.
phrase-understanding-ready = { $gender ->
    [female] Вы готовы?
    [male] Вы готовы?
   *[other] Вы готовы?
 }
phrase-understanding-sure = { $gender ->
    [female] Вы уверены?
    [male] Вы уверены?
   *[other] Вы уверены?
 }
phrase-understanding-question = У Вас есть вопрос?
phrase-understanding-slower = Я буду говорить медленнее.
phrase-understanding-write = Я напишу Вам это на листке бумаги.
phrase-understanding-read-aloud = Хотите, я прочитаю документ вслух?
phrase-understanding-language = На каком языке Вы говорите?
phrase-understanding-someone-translate = Есть ли кто-нибудь, кто может Вам переводить?
phrase-understanding-phone-interpreter = Сейчас я позвоню переводчику по телефону.
phrase-understanding-take-time = Не торопитесь.

answer-understanding-understood = Мне понятно
answer-understanding-partly = Я понимаю немного
answer-understanding-question = У меня есть вопрос

## Безопасность и экстренные случаи

phrase-safety-calm = Пожалуйста, сохраняйте спокойствие.
phrase-safety-doctor = Вам нужен врач?
phrase-safety-hurt = { $gender ->
    [female] Вы ранены?
    [male] Вы ранены?
   *[other] Вы ранены?
 }
phrase-safety-pain = Где у Вас болит?
phrase-safety-alone = { $gender ->
    [female] Вы здесь одна?
    [male] Вы здесь один?
   *[other] С Вами кто-нибудь есть?
 }
phrase-safety-sit = Присядьте сюда, пожалуйста.
phrase-safety-water = Хотите стакан воды?
phrase-safety-calling-help = Мы вызываем экстренные службы.
phrase-safety-help-coming = Помощь уже в пути.
phrase-safety-evacuate = Нам нужно немедленно покинуть здание.
phrase-safety-follow-me = Идите за мной.
phrase-safety-exit = Выходите через эту дверь.
phrase-safety-no-lift = Не пользуйтесь лифтом.
phrase-safety-assembly-point = Ждите на улице, на месте сбора.
phrase-safety-lift = Здесь есть лифт, чтобы подняться на другие этажи.
phrase-safety-lower-voice = Говорите, пожалуйста, тише.
phrase-safety-emergency-number = В экстренном случае звоните по номеру 112. Звонок бесплатный.
phrase-safety-violence = Если Вы подвергаетесь насилию, звоните по номеру 3919. Звонок бесплатный и анонимный.

answer-safety-doctor = Мне нужен врач
answer-safety-unwell = Мне плохо
answer-safety-danger = Я в опасности

## Завершение приёма

phrase-closing-anything-else = Могу ли я ещё чем-нибудь Вам помочь?
phrase-closing-other-question = У Вас есть ещё вопросы?
phrase-closing-receipt = Вот Ваша квитанция.
phrase-closing-acknowledgement = Вот récépissé (расписка о приёме Вашего заявления). Сохраните её.
phrase-closing-reference = Сохраните номер Вашего заявления: по нему можно следить за его рассмотрением.
phrase-closing-follow-online = Вы можете следить за Вашим заявлением онлайн, на сайте мэрии.
phrase-closing-letter = Вы получите ответ по почте.
phrase-closing-next-time-bring = В следующий раз принесите: { $documents }.
phrase-closing-see-you = Следующая встреча: { $date }, в { $time }.
phrase-closing-well-received = { $gender ->
    [female] Вас хорошо приняли?
    [male] Вас хорошо приняли?
   *[other] Вас хорошо приняли?
 }
phrase-closing-survey = Не могли бы Вы ответить на короткий опрос о качестве обслуживания?
phrase-closing-survey-sms = Вы получите SMS, чтобы оставить отзыв.
phrase-closing-come-back = Приходите к нам снова, если понадобится.
phrase-closing-contact = Вы также можете позвонить нам или написать.
phrase-closing-thanks = Спасибо за визит.
phrase-closing-goodbye = До свидания, всего доброго.

answer-closing-thanks = Большое спасибо
answer-closing-other-question = У меня есть ещё вопрос
answer-closing-goodbye = До свидания
