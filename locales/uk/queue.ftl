# Черга: термінал на вході, талон з дому, віконце прийому, екран зали очікування.

queue-kiosk-title = Термінал черги
queue-kiosk-choose-family = Натисніть на службу, яка вам потрібна
queue-kiosk-choose-motif = Натисніть на ваше питання
queue-kiosk-back = Назад
queue-kiosk-done = Готово
queue-closed-title = Приймальня зачинена
queue-priority-question = Вам потрібен прийом поза чергою?
queue-priority-none = Ні, отримати талон
queue-priority-disability = Інвалідність
queue-priority-pregnancy = Вагітність
queue-priority-elderly = Літня людина
queue-priority-young-child = З маленькою дитиною
queue-priority = Пріоритет
queue-wait-now = Вас викличуть дуже скоро
queue-wait-few = Очікування: кілька хвилин
queue-wait-about = { $minutes ->
    [one] Очікування: приблизно { $minutes } хвилина
    [few] Очікування: приблизно { $minutes } хвилини
    [many] Очікування: приблизно { $minutes } хвилин
   *[other] Очікування: приблизно { $minutes } хвилини
}
queue-ticket-number = Ваш номер
queue-ahead = { $count ->
    [0] Перед вами нікого немає
    [one] Перед вами { $count } людина
    [few] Перед вами { $count } людини
    [many] Перед вами { $count } людей
   *[other] Перед вами { $count } людини
}
queue-qr-label = QR-код, щоб стежити за талоном у телефоні
queue-qr-hint = Відскануйте, щоб стежити за чергою в телефоні.
queue-print = Роздрукувати талон

queue-home-intro = Виберіть приймальню. Коли вона відчинена, ви можете отримати талон з дому й стежити за чергою в телефоні.
queue-phone-label = Мобільний телефон (необов'язково)
queue-phone-hint = Ми надішлемо вам SMS, коли ваша черга буде близько. Приклад: +33 6 12 34 56 78.
queue-take = Отримати талон

queue-ticket-title = Мій талон
queue-called-to = Ваша черга: пройдіть до віконця { $desk }.
queue-come-now = Скоро ваша черга: підійдіть до приймальні.
queue-ticket-done = Прийом завершено. Дякуємо за візит.
queue-ticket-no-show = Вас викликали кілька разів, але ви не підійшли. Якщо потрібно, візьміть новий талон у приймальні.
queue-ticket-cancelled = Ви відмовилися від цього талона.
queue-issued-at = Талон отримано: { $time }
queue-sms-to = SMS, коли підійде черга:
queue-refresh = Оновити
queue-cancel-ticket = Я не прийду: звільнити місце

queue-screen-title = Екран зали очікування
queue-screen-sound = Увімкнути звук
queue-screen-sound-on = Звук увімкнено
queue-screen-calls = Виклики
queue-screen-no-call = Поки викликів немає
queue-screen-waits = Орієнтовне очікування
queue-speech = Талон { $code }, пройдіть до віконця { $desk }.

queue-desk = Віконце
queue-desk-choose = Вибрати віконце
queue-desk-needed = Виберіть своє віконце, щоб викликати відвідувачів.
queue-queue = Черга
queue-common = Загальна черга
queue-current = Відвідувач біля віконця
queue-callable = { $count ->
    [0] У цій черзі ніхто не чекає.
    [one] У цій черзі чекає { $count } відвідувач.
    [few] У цій черзі чекають { $count } відвідувачі.
    [many] У цій черзі чекають { $count } відвідувачів.
   *[other] У цій черзі чекають { $count } відвідувача.
}
queue-call-next = Викликати наступного
queue-language = Мова
queue-arrived = Час приходу
queue-appointment-of = Запис на ім'я
queue-transfer-note = Примітка до передачі
queue-status-called = { $count ->
    [1] Виклик о { $time }
    [one] { $count } виклик, останній о { $time }
    [few] { $count } виклики, останній о { $time }
    [many] { $count } викликів, останній о { $time }
   *[other] { $count } виклику, останній о { $time }
}
queue-status-in-service = Біля віконця
queue-start = Почати
queue-recall = Викликати знову
queue-no-show = Не з'явився
queue-no-show-after = { $count ->
    [one] «Не з'явився» можна вибрати після { $count } виклику.
    [few] «Не з'явився» можна вибрати після { $count } викликів.
    [many] «Не з'явився» можна вибрати після { $count } викликів.
   *[other] «Не з'явився» можна вибрати після { $count } виклику.
}
queue-set-aside = Відкласти
queue-resume = Повернути
queue-aside = Відкладені
queue-close = Завершити прийом
queue-outcome = Результат
queue-outcome-handled = Вирішено біля віконця
queue-outcome-follow-up = Потрібне продовження
queue-note = Примітка (необов'язково)
queue-transfer = Передати
queue-transfer-service = До служби
queue-transfer-expert = Кому
queue-transfer-anyone = Будь-якому працівникові служби
queue-choose = Вибрати…
queue-waiting-count = { $count ->
    [0] Ніхто не чекає
    [one] Чекає { $count } відвідувач
    [few] Чекають { $count } відвідувачі
    [many] Чекають { $count } відвідувачів
   *[other] Чекають { $count } відвідувача
}
queue-nobody = Ніхто не чекає.
queue-ticket = Талон
queue-waited = Очікування
queue-minutes = { $count } хв
queue-appointment-at = Запис на { $time }
queue-for-agent = Працівник: { $name }
queue-desk-issue = Видати талон
queue-desk-issued = Талон { $code } видано.

queue-admin-title = Налаштування черги
queue-admin-intro = Пріоритет зараховується як прихід на кілька хвилин раніше: звичайний талон, що чекає довше за найбільшу перевагу, ніхто не обжене.
queue-admin-from-home = Мешканці можуть узяти талон з дому
queue-admin-head-start = Перевага кожного пріоритету в хвилинах (від 0 до { $max })
queue-admin-max-calls = Викликів, після яких відвідувача можна позначити як відсутнього (від 1 до 9)
admin-error-queue-weight = Кожна перевага має бути цілим числом хвилин від 0 до 60.
admin-error-queue-calls = Кількість викликів має бути цілим числом від 1 до 9.

queue-error-closed = Приймальня зараз зачинена: талони не видаються.
queue-error-too-many-tickets = З вашого підключення взято забагато талонів. Спробуйте ще раз за чверть години або візьміть талон у терміналі біля входу.
contact-error-phone-has-tickets = Цей номер уже має талони в черзі. Стежте за ними за отриманим посиланням або відмовтеся від одного, перш ніж брати новий.
queue-error-no-home-tickets = Тут не можна отримати талон з дому. Приходьте особисто або запишіться на прийом.
queue-error-motif = Виберіть питання зі списку.
queue-error-busy = У вас уже є відвідувач: спочатку завершіть або передайте цей прийом.
queue-error-stale = Цей талон тим часом змінився: сторінку оновлено.
queue-error-too-few-calls = Викличте відвідувача ще раз, перш ніж позначити неявку.
queue-error-empty = У цій черзі ніхто не чекає.
queue-error-service = Виберіть службу, до якої передати.
queue-error-outcome = Виберіть результат прийому.
queue-error-note-too-long = Примітка задовга: не більше 500 символів.
queue-error-not-expert = Цей працівник не опрацьовує запити цієї служби.
queue-procedure-sheet = Пам'ятка щодо процедури
queue-survey-receipt = Після візиту оцініть нас за цим самим кодом.
queue-survey-link = Висловити думку
queue-survey-question = Ваш візит минув добре?
queue-survey-unhappy = Не задоволений
queue-survey-neutral = Так собі
queue-survey-happy = Задоволений
queue-survey-thanks = Дякуємо за вашу думку!
queue-error-survey = Не вдалося зберегти вашу думку. Спробуйте ще раз.
