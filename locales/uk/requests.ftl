# Звернення: журнал контактів, звернення та їхні строки, публічна форма
# /demande і сторінка відстеження /suivi.

## Працівники: список
requests-title = Звернення
requests-list = Звернення до розгляду
requests-none = Немає звернень, що відповідають цим фільтрам.
requests-total = { $count ->
    [one] { $count } звернення
    [few] { $count } звернення
    [many] { $count } звернень
   *[other] { $count } звернення
}
requests-count-late = { $count ->
    [0] Прострочених немає
    [one] { $count } прострочене
    [few] { $count } прострочені
    [many] { $count } прострочених
   *[other] { $count } простроченого
}
requests-count-due-soon = { $count ->
    [0] Немає звернень із близьким строком
    [one] { $count } зі строком протягом 2 робочих днів
    [few] { $count } зі строком протягом 2 робочих днів
    [many] { $count } зі строком протягом 2 робочих днів
   *[other] { $count } зі строком протягом 2 робочих днів
}
requests-reference = Номер
requests-subject = Тема
requests-channel = Канал
requests-service = Служба
requests-site = Місце
requests-status = Стан
requests-due = Строк
requests-kind = Тип звернення
requests-owner = Відповідальний працівник
requests-received = Дата отримання
requests-name = Ім'я та прізвище
requests-phone = Телефон
requests-email = Електронна пошта
requests-language = Мова
requests-message = Повідомлення
requests-note = Примітка (необов'язково)
requests-all = Усі
requests-open = Відкриті (отримані, в роботі, в очікуванні)
requests-no-service = Без конкретної служби
requests-filter = Застосувати фільтр
requests-pages = Сторінки списку
requests-page = Сторінка { $page } з { $pages }
requests-previous = Попередня сторінка
requests-next = Наступна сторінка
requests-mine-title = Ваші звернення, що потребують уваги
requests-mine = Лише мої
requests-standing-on-time = У строк
requests-standing-due-soon = Строк скоро спливає
requests-standing-late = Прострочено
requests-standing-stopped = Строк призупинено

## Працівники: журнал контактів
requests-log-title = Записати контакт
requests-log-hint = Дзвінок або візит, вирішені одразу: виберіть канал і службу, потім «Відповідь надано». Якщо потрібне продовження, відкрийте звернення.
requests-log-answered = Відповідь надано одразу
requests-log-follow-up = Потрібне продовження: відкрити звернення
requests-log-follow-up-hint = Тема і принаймні телефон або адреса електронної пошти для відповіді.
requests-log-open = Відкрити звернення
requests-contact-logged = Контакт записано.

## Працівники: одне звернення
requests-one-title = Звернення
requests-back = Назад до звернень
requests-saved = Збережено.
requests-opened = Звернення відкрито: повідомте заявникові номер і код відстеження.
requests-check-code = Код відстеження
requests-resident-view = Переглянути, що бачить заявник
requests-history = Історія
requests-actions = Дії
requests-text-reply = Відповідь заявникові (видно на сторінці відстеження)
requests-text-ask = Що запитують у заявника (видно на сторінці відстеження)
requests-text-note = Внутрішня примітка (заявник її ніколи не бачить)
requests-text-comment = Коментар (необов'язково)
requests-action-note = Додати внутрішню примітку
requests-action-take = Взяти в роботу
requests-action-ask-resident = Запросити в заявника документ або уточнення
requests-action-resident-answered = Заявник відповів
requests-action-reply = Надіслати відповідь
requests-action-close = Закрити звернення
requests-action-reopen = Відкрити звернення знову
requests-action-transfer = Передати до іншої служби
requests-action-change-kind = Змінити тип (строк буде перераховано)
requests-event-created = Звернення отримано
requests-event-assigned = Взято в роботу
requests-event-status = Зміна стану
requests-event-reply = Відповідь надіслано
requests-event-note = Внутрішня примітка
requests-event-transfer = Передано до іншої служби
requests-event-kind = Тип змінено

## Відмови
requests-error-subject = Вкажіть тему звернення.
requests-error-text = Напишіть текст: він потрібен для цієї дії.
requests-error-too-long = Текст задовгий.
requests-error-channel = Виберіть канал контакту.
requests-error-outcome = Вкажіть, чи питання вирішено, чи потрібне продовження.
requests-error-service = Виберіть наявну службу.
requests-error-same-service = Звернення вже в цій службі.
requests-error-kind = Виберіть тип звернення.
requests-error-same-kind = Звернення вже має цей тип.
requests-error-action = Такої дії не існує.
requests-error-not-now = Стан звернення більше не дозволяє цю дію: сторінку оновлено.
requests-error-no-calendar = Жодне місце не має годин роботи: строк відповіді неможливо обчислити.

## Мешканці: форма /demande
request-form-title = Написати до мерії
request-form-intro = Поставте запитання або залиште звернення. Ви одразу отримаєте номер і код, щоб стежити за відповіддю, без створення облікового запису.
request-form-service = Потрібна служба
request-form-service-unknown = Я не знаю
request-form-message-hint = Можна писати своєю мовою.
request-form-you = Щоб ми могли відповісти
request-form-you-hint = Ваше ім'я і принаймні адреса електронної пошти або номер телефону.
request-form-privacy = Ці дані потрібні лише для роботи з вашим зверненням.
request-form-send = Надіслати звернення

## Мешканці: відстеження /suivi
follow-title = Стежити за зверненням
follow-intro = Введіть номер і код відстеження, які ви отримали під час реєстрації звернення (у підтвердженні отримання або в наших повідомленнях).
follow-reference = Номер звернення
follow-reference-hint = Наприклад, D-2026-00042
follow-code = Код відстеження
follow-look = Переглянути моє звернення
follow-write = Подати нове звернення
follow-no-match = Немає звернення з таким номером і кодом. Перевірте їх і спробуйте ще раз.
follow-blocked = { $minutes ->
    [one] Забагато спроб із неправильним кодом для цього номера. Спробуйте ще раз через { $minutes } хвилину або зателефонуйте нам.
    [few] Забагато спроб із неправильним кодом для цього номера. Спробуйте ще раз через { $minutes } хвилини або зателефонуйте нам.
    [many] Забагато спроб із неправильним кодом для цього номера. Спробуйте ще раз через { $minutes } хвилин або зателефонуйте нам.
   *[other] Забагато спроб із неправильним кодом для цього номера. Спробуйте ще раз через { $minutes } хвилини або зателефонуйте нам.
}
follow-registered = Ваше звернення зареєстровано.
follow-keep = Збережіть номер і код: з ними можна стежити за зверненням на цій сторінці.
follow-received = Дата отримання
follow-due = Відповідь не пізніше
follow-service = Відповідальна служба
follow-asked = Що ми просимо у вас
follow-reply = Наша відповідь
follow-words-received = Ми отримали ваше звернення. Незабаром ним займеться працівник.
follow-words-in-progress = Працівник опрацьовує ваше звернення.
follow-words-waiting = Ми чекаємо від вас документ або уточнення. Коли ви відповісте, відлік строку відповіді продовжиться.
follow-words-answered = Ми відповіли на ваше звернення.
follow-words-closed = Ваше звернення закрито.

## Працівники: мешканці
residents-intro = Введіть ім'я, номер телефону або адресу електронної пошти: для кожної знайденої особи показано її записи на прийом і звернення. Кожен пошук реєструється.
residents-search = Ім'я, телефон або електронна пошта
residents-search-hint = Щонайменше дві літери або повний номер.
residents-look = Шукати
residents-too-short = Введіть щонайменше дві літери імені, повний номер телефону або адресу електронної пошти.
residents-none = За цим запитом нікого не знайдено.
residents-needs = Зазначені потреби
residents-appointments = Записи на прийом
residents-requests = Звернення
residents-merge-with = Та сама людина, що й
residents-merge-hint = Якщо дві картки стосуються однієї й тієї самої людини (лист, підписаний іменем, електронний лист з іншої адреси), об'єднайте їх: її записи на прийом і звернення буде показано разом. Це можна скасувати.
residents-merge = Об'єднати
residents-merged = Дві картки об'єднано.
residents-separated = Картки знову розділено.
residents-merge-refused = Ці дві картки не можна об'єднати: виберіть іншу людину зі списку.
residents-links = Об'єднані картки
residents-merged-by = { $first } і { $second }: об'єднав(-ла) { $agent }, { $date }.
residents-separate = Розділити
residents-campaigns = Кампанії обдзвону мешканців
residents-calls = Дзвінки з мерії
residents-call-reached = додзвонилися
residents-call-no-answer = немає відповіді
residents-call-unreachable = не додзвонилися за 3 дзвінки
residents-call-wrong-number = неправильний номер
residents-call-declined = просить більше не телефонувати

## Підтвердження отримання (CRPA L112-3, R112-4, R112-5, L231-4; CJA R421-2)
ack-title = Підтвердження отримання
ack-title-document = Реєстрація вашого звернення
ack-received = Ми отримали ваше звернення «{ $subject }» (дата отримання: { $date }). Його зареєстровано під номером { $reference }.
ack-commitment = Ми зобов'язуємося відповісти вам не пізніше: { $date }.
ack-implicit-rejection = Якщо до вказаної дати ({ $date }) ви не отримаєте жодної відповіді, ваше звернення вважатиметься відхиленим: якщо адміністрація мовчить протягом двох місяців, це означає неявне рішення про відмову (стаття L231-4 Кодексу відносин між громадянами та адміністрацією (code des relations entre le public et l'administration)).
ack-appeal = Ви зможете оскаржити це рішення протягом двох місяців після вказаної дати ({ $date }): попросивши мера переглянути рішення або звернувшись до компетентного адміністративного суду (стаття R421-2 Кодексу адміністративної юстиції (code de justice administrative)), зокрема онлайн на сайті www.telerecours.fr.
ack-document = Ваше звернення стосується видачі документа: якщо нам потрібно лише перевірити, що умови виконано, підтвердження отримання в розумінні статті L112-3 Кодексу відносин між громадянами та адміністрацією (code des relations entre le public et l'administration) не потрібне (стаття R112-4). Ми видамо вам документ, щойно він буде готовий.
ack-service = Служба, яка опрацьовує ваше звернення: { $service }, { $address }.
ack-service-phone = Телефон: { $phone }.
ack-service-email = Електронна пошта: { $email }.
ack-follow = Стежте за зверненням на сайті { $url } (номер { $reference }, код відстеження { $code }).
ack-sources = Правові тексти: статті L112-3, R112-4, R112-5 і L231-4 Кодексу відносин між громадянами та адміністрацією (code des relations entre le public et l'administration); стаття R421-2 Кодексу адміністративної юстиції (code de justice administrative).
ack-translation-note = Переклад для інформації: юридичну силу має лише текст французькою мовою.
ack-email-subject = Підтвердження отримання вашого звернення { $reference }
ack-print = Надрукувати
ack-in-french = Текст французькою мовою
ack-open = Підтвердження отримання для друку
requests-postal-address = Поштова адреса (необов'язково)
requests-postal-address-hint = Для листа в конверті з віконцем: кожен рядок адреси пишіть на окремому рядку.
requests-error-address = Поштова адреса задовга (не більше шести рядків).
follow-answer = Ваша відповідь
follow-answer-hint = Те, що ми у вас попросили: напишіть тут, можна вашою мовою.
follow-answer-send = Надіслати відповідь
follow-answer-sent = Вашу відповідь надіслано: строк відповіді знову триває.
requests-event-resident = Відповідь заявника

## Відповіді та запитання заявникові: електронною поштою, SMS або листом
requests-means = Як заявник отримає повідомлення
requests-means-follow-page = Лише на сторінці відстеження
requests-means-email = Електронною поштою
requests-means-sms = SMS (посилання на сторінку відстеження)
requests-means-letter = Друкованим листом поштою
requests-error-means = Виберіть, як заявник отримає це повідомлення.
requests-error-means-email = У цьому зверненні немає адреси електронної пошти: виберіть інший спосіб.
requests-error-means-sms = У цьому зверненні немає номера мобільного телефону: виберіть інший спосіб.
requests-error-means-letter = У цьому зверненні немає поштової адреси: виберіть інший спосіб.
requests-print-letter = Лист для друку
reply-email-subject = Відповідь на ваше звернення «{ $subject }»
question-email-subject = Потрібне уточнення щодо вашого звернення «{ $subject }»
reply-opening = Ось відповідь на ваше звернення «{ $subject }» (номер { $reference }).
question-opening = Щоб розглянути ваше звернення «{ $subject }» (номер { $reference }), нам потрібне уточнення або документ:
question-how-to-answer = Строк нашої відповіді призупинено, доки ми не отримаємо вашу відповідь.
question-email-reply = Ви можете відповісти безпосередньо на цей лист, залишивши номер у темі листа, і додати запитані документи.
reply-follow = Стежте за зверненням на сайті { $url } (номер { $reference }, код відстеження { $code }).
reply-sms = Мерія: на ваше звернення № { $reference } надано відповідь. Читайте: { $url }
question-sms = Мерія: щодо вашого звернення № { $reference } потрібне ваше уточнення. Докладніше: { $url }
reply-letter-title = Відповідь на ваше звернення
question-letter-title = Запит на уточнення

## Вкладення та отримані листи
requests-event-file = Документ додано
requests-files = Документи
requests-files-none = Документів немає.
requests-file-size = { $kilobytes } КБ
requests-file-add = Додати відсканований документ
requests-file-send = Додати документ
requests-file-added = Документ додано до звернення.
requests-error-scan-missing = Виберіть файл зі сканом листа.
requests-error-scan-too-large = Файл більший за 10 МБ: скануйте в чорно-білому режимі чи з роздільністю 200 dpi або розділіть на кілька файлів.
requests-error-scan-type = Цей файл не є ні PDF, ні зображенням JPEG або PNG.
requests-error-received-date = Дата отримання має бути в межах останнього року і не в майбутньому.
requests-error-letter-address = Вкажіть поштову адресу відправника або телефон чи адресу електронної пошти.
letter-title = Зареєструвати лист
letter-hint = Отриманий лист стає зверненням: строк відраховується від дати отримання, а підтвердження отримання готове до друку.
letter-received = Дата отримання
letter-sender = Відправник (ім'я та прізвище)
letter-address-hint = Адреса відправника, кожен рядок адреси на окремому рядку: підтвердження отримання надсилається йому в конверті з віконцем.
letter-summary = Короткий зміст листа (необов'язково)
letter-scan = Скан листа
letter-scan-hint = PDF, JPEG або PNG, не більше { $megabytes } МБ.
letter-register = Зареєструвати лист

## Дублікати
requests-action-merge = Об'єднати з іншим зверненням того самого заявника
requests-event-merged = Звернення об'єднано
requests-merge-target = Номер звернення, яке залишається
requests-merge-hint = Наприклад, D-2026-00042: це звернення закривається, його документи й повідомлення переходять до іншого, а його сторінка відстеження показує інше.
requests-error-merge-target = Звернення з таким номером немає.
requests-error-merge-same = Звернення не можна об'єднати із самим собою.
requests-error-merge-closed = Звернення, яке залишається, має бути відкритим і не може саме бути об'єднаним з іншим.
requests-error-merge-other-resident = У цих двох звернень не збігаються ні електронна пошта, ні телефон: об'єднують лише звернення одного й того самого заявника.
follow-merged = Ваше звернення № { $from } об'єднано з вашим зверненням № { $reference }: ось на якому етапі воно зараз.

## Шаблони відповідей
reply-templates-title = Шаблони відповідей
reply-templates-hint = Один шаблон на тип звернення (або для всіх типів) і на мову: на сторінці звернення він заповнює відповідь або запитання, а працівник доопрацьовує текст перед надсиланням.
reply-templates-new = Новий шаблон
reply-templates-list = Шаблони мерії
reply-templates-none = Шаблонів поки немає.
reply-templates-name = Назва шаблону
reply-templates-text = Текст
reply-templates-kind-any = Усі типи
reply-templates-save = Зберегти шаблон
reply-templates-delete = Видалити шаблон
reply-templates-saved = Шаблони збережено.
reply-templates-use = Почати з шаблону
reply-templates-fill = Заповнити за цим шаблоном
requests-error-template-title = Дайте шаблону назву не довшу за 200 символів.
requests-error-template-language = Виберіть мову шаблону.
requests-procedure-sheets = Пам'ятки щодо процедур цього типу
residents-rights = Права на свої дані (GDPR)
residents-export = Завантажити всі його дані (файл JSON)
residents-erase-confirm = Людина попросила видалити її дані. Її майбутні записи буде скасовано, листи очікування закрито, а в її зверненнях не залишиться контактів, щоб їй відповісти. Це не можна скасувати.
residents-erase = Видалити її дані
residents-erase-unconfirmed = Позначте поле підтвердження, щоб видалити дані цієї людини.
residents-erase-nobody = Цей пошук більше не знаходить цю людину: нічого не видалено й не вивантажено.
residents-erased = { $count ->
    [one] Дані видалено: знеособлено { $count } картку.
    [few] Дані видалено: знеособлено { $count } картки.
   *[other] Дані видалено: знеособлено { $count } карток.
}
