# Guichet — тексти інтерфейсу українською мовою.

## Загальне

app-name = Guichet — Мерія
skip-to-content = Перейти до змісту
footer-text = Мерія: єдина приймальня для всіх служб, вашою мовою.
footer-staff-link = Розділ працівників
footer-results-link = Наші показники якості обслуговування
language-picker-label = Мова
back-home = Повернутися на головну
back-to-login = Перейти до входу

## Сторінки помилок

not-found-title = Сторінку не знайдено
not-found-body = Запитаної адреси не існує або вже не існує. Перевірте посилання або почніть з головної сторінки.
error-not-signed-in = Увійдіть, щоб відкрити цю сторінку.
error-forbidden = Ваша роль не дозволяє відкрити цю сторінку.
error-device-not-enrolled = Це робоче місце не зареєстроване.
error-not-found = Цього елемента не існує або вже не існує.
error-internal = У нас виникла проблема. Спробуйте ще раз за хвилину.
error-bad-request = У цьому запиті є символи, які неможливо прочитати. Поверніться назад і перевірте введені дані.
error-too-many-title = Забагато запитів
error-too-many = Щоб захистити сервіс, ми обмежуємо кількість запитів: з вашого підключення їх надійшло забагато за короткий час. Спробуйте ще раз через { $minutes } хв.
error-too-many-back = Повернутися до форми
error-too-many-codes = З вашого підключення введено забагато неправильних кодів. Зачекайте кілька хвилин і спробуйте ще раз.

## Головна сторінка для мешканців

home-description = Записатися на прийом, взяти талон у чергу, стежити за зверненням і дізнатися години роботи мерії.
home-title = Ласкаво просимо до мерії
home-lead = Єдина приймальня для всіх служб. Що ви хочете зробити?
home-actions-label = Основні дії
home-action-appointment = Записатися на прийом
home-action-appointment-hint = Оберіть причину, місце і час
home-action-ticket = Взяти талон
home-action-ticket-hint = Станьте в чергу з дому
home-action-follow = Стежити за зверненням
home-action-follow-hint = За вашим номером звернення
home-action-procedures = Процедури
home-action-procedures-hint = Потрібні документи простими словами
home-action-hours = Години роботи та адреси
home-action-hours-hint = Наші приймальні сьогодні
home-sites-title = Наші приймальні
home-week-hours = Години роботи на тиждень

hours-open-today = Сьогодні відчинено: { $hours }
hours-closed-today = Сьогодні зачинено
hours-holiday-today = Сьогодні зачинено: { $holiday }
hours-closure-today = Сьогодні зачинено у виняткових обставинах: { $reason }
hours-closed = Зачинено

weekday-monday = Понеділок
weekday-tuesday = Вівторок
weekday-wednesday = Середа
weekday-thursday = Четвер
weekday-friday = Пʼятниця
weekday-saturday = Субота
weekday-sunday = Неділя

holiday-new-year = Новий рік
holiday-easter-monday = Великодній понеділок
holiday-labour-day = День праці
holiday-victory-in-europe = День перемоги 1945 року
holiday-ascension = Вознесіння
holiday-whit-monday = Трійцин понеділок
holiday-bastille-day = Національне свято Франції
holiday-assumption = Успіння Богородиці
holiday-all-saints = День усіх святих
holiday-armistice = День перемирʼя 1918 року
holiday-christmas = Різдво
holiday-good-friday = Страсна пʼятниця
holiday-st-stephen = День святого Стефана


## Розділ працівників: спільне робоче місце

login-title = Вхід для працівників
login-continue = Перейти до мого розділу
login-not-enrolled-title = Робоче місце не зареєстроване
login-not-enrolled-body = Працівники входять лише з робочого місця, зареєстрованого адміністратором. Якщо ви отримали код реєстрації, введіть його.
enrol-link = Зареєструвати це робоче місце
login-choose-title = Хто ви?
login-workstation = Робоче місце: { $name }
login-locked-notice = Робоче місце заблоковано після періоду бездіяльності. Оберіть своє імʼя, щоб продовжити.
login-hello = Вітаємо, { $name }
login-pin-label = Ваш особистий код
login-pin-hint = Від 4 до 8 цифр.
login-submit = Увійти
login-not-me = Це не я
login-error-pin =
    { $left ->
        [one] Неправильний код. Залишилася { $left } спроба до блокування.
        [few] Неправильний код. Залишилося { $left } спроби до блокування.
        [many] Неправильний код. Залишилося { $left } спроб до блокування.
       *[other] Неправильний код. Залишилося { $left } спроби до блокування.
    }
login-error-locked = Забагато спроб: вхід заблоковано до { $until }.
login-error-workstation-locked = Забагато неправильних кодів на цьому робочому місці: до { $until } воно не приймає коди.
login-error-format = Код складається з 4–8 цифр.

enrol-title = Зареєструвати це робоче місце
enrol-intro = Введіть код реєстрації, виданий адміністратором. Він діє лише один раз.
enrol-code-label = Код реєстрації
enrol-submit = Зареєструвати
enrol-error = Цей код недійсний: він неправильний, уже використаний або прострочений.

staff-brand = Guichet — розділ працівників
staff-switch = Змінити консультанта
staff-nav-label = Розділ працівників
staff-home-title = Мій розділ
staff-hello = Вітаємо, { $name }

role-counsellor = Консультант
role-expert = Фахівець
role-interpreter = Перекладач
role-supervisor = Відповідальний за якість
role-admin = Адміністратор

section-queue = Черга
section-queue-summary = Викликати наступного відвідувача, прийняти його, перенаправити й завершити візит.
section-appointments = Записи на прийом
section-appointments-summary = Записи на сьогодні та на майбутнє, прийом відвідувачів, запис від імені мешканця.
section-requests = Звернення
section-requests-summary = Звернення з усіх каналів, з відповідальним, строком та історією.
section-residents = Мешканці
section-residents-summary = Картки мешканців, лише необхідне.
section-procedures = Процедури
section-procedures-summary = Картки процедур із внутрішніми нотатками.
section-interpretation = Переклад
section-interpretation-summary = Перевірені фрази мовою мешканця, що читаються вголос і показуються великим шрифтом.
section-quality = Моніторинг
section-quality-summary = Показники якості за місцем, каналом, службою та періодом, з експортом.
section-admin = Адміністрування
section-admin-summary = Місця, вікна, служби, причини, години роботи, працівники та робочі місця.

## contact

contact-error-name = Вкажіть ваше імʼя (не більше 120 символів).
contact-error-phone = Цей номер телефону недійсний. Приклад: 06 12 34 56 78 або +33 6 12 34 56 78.
contact-error-email = Ця адреса електронної пошти недійсна. Приклад: name@example.fr.
contact-error-none = Вкажіть номер мобільного телефону або адресу електронної пошти, щоб ми могли повідомити вас про зміни.
contact-error-phone-country = Ми надсилаємо SMS лише на французькі номери (метрополія та заморські території). Вкажіть французький номер або адресу електронної пошти.

## Messages

messages-title = Надіслані повідомлення
messages-intro = SMS і листи, надіслані мешканцям, від нових до старих, з помилками та їхніми причинами. У демонстрації нічого не надсилається: повідомлення зберігаються тут.
messages-empty = Повідомлень поки немає.
messages-table-caption = Останні повідомлення
messages-col-when = Дата
messages-col-to = Одержувач
messages-col-text = Повідомлення
messages-col-status = Стан
channel-sms = SMS
channel-email = Електронна пошта
notification-status-pending = Очікує
messages-planned = Надсилання заплановано на { $when }
notification-status-sending = Надсилається
notification-status-sent = Надіслано
notification-status-failed = Помилка
messages-attempts =
    { $count ->
        [one] { $count } спроба
        [few] { $count } спроби
        [many] { $count } спроб
       *[other] { $count } спроби
    }

## Alerts in the staff frame, on every page
alerts-label = Сповіщення
alert-my-requests-late = { $count ->
    [one] У вас { $count } звернення з пропущеним строком відповіді
    [few] У вас { $count } звернення з пропущеним строком відповіді
    [many] У вас { $count } звернень з пропущеним строком відповіді
   *[other] У вас { $count } звернення з пропущеним строком відповіді
}
alert-my-requests-due-soon = { $count ->
    [one] У вас { $count } звернення зі строком протягом 2 робочих днів
    [few] У вас { $count } звернення зі строком протягом 2 робочих днів
    [many] У вас { $count } звернень зі строком протягом 2 робочих днів
   *[other] У вас { $count } звернення зі строком протягом 2 робочих днів
}
alert-service-requests-late = { $count ->
    [one] У ваших службах { $count } прострочене звернення
    [few] У ваших службах { $count } прострочені звернення
    [many] У ваших службах { $count } прострочених звернень
   *[other] У ваших службах { $count } простроченого звернення
}
