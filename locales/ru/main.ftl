# Guichet — тексты интерфейса на русском языке.

## Общее

app-name = Guichet — Мэрия
skip-to-content = Перейти к содержанию
footer-text = Мэрия: единая приёмная для всех служб, на вашем языке.
footer-staff-link = Раздел сотрудников
footer-results-link = Наши показатели качества обслуживания
language-picker-label = Язык
back-home = Вернуться на главную
back-to-login = Перейти ко входу

## Страницы ошибок

not-found-title = Страница не найдена
not-found-body = Запрошенный адрес не существует или больше не существует. Проверьте ссылку или начните с главной страницы.
error-not-signed-in = Войдите, чтобы открыть эту страницу.
error-forbidden = Ваша роль не позволяет открыть эту страницу.
error-device-not-enrolled = Это рабочее место не зарегистрировано.
error-not-found = Этот элемент не существует или больше не существует.
error-internal = У нас возникла проблема. Повторите попытку через минуту.
error-bad-request = В этом запросе есть символы, которые невозможно прочитать. Вернитесь назад и проверьте введённые данные.
error-too-many-title = Слишком много запросов
error-too-many = Чтобы защитить сервис, мы ограничиваем число запросов: с вашего подключения их пришло слишком много за короткое время. Повторите попытку через { $minutes } мин.
error-too-many-back = Вернуться к форме
error-too-many-codes = С вашего подключения введено слишком много неверных кодов. Подождите несколько минут и попробуйте снова.

## Главная страница для жителей

home-description = Записаться на приём, взять талон в очередь, следить за обращением и узнать часы работы мэрии.
home-title = Добро пожаловать в мэрию
home-lead = Единая приёмная для всех служб. Что вы хотите сделать?
home-actions-label = Основные действия
home-action-appointment = Записаться на приём
home-action-appointment-hint = Выберите причину, место и время
home-action-ticket = Взять талон
home-action-ticket-hint = Встаньте в очередь из дома
home-action-follow = Следить за обращением
home-action-follow-hint = По вашему номеру обращения
home-action-procedures = Процедуры
home-action-procedures-hint = Нужные документы простыми словами
home-action-hours = Часы работы и адреса
home-action-hours-hint = Наши приёмные сегодня
home-sites-title = Наши приёмные
home-week-hours = Часы работы на неделе

hours-open-today = Сегодня открыто: { $hours }
hours-closed-today = Сегодня закрыто
hours-holiday-today = Сегодня закрыто: { $holiday }
hours-closure-today = Сегодня закрыто в порядке исключения: { $reason }
hours-closed = Закрыто

weekday-monday = Понедельник
weekday-tuesday = Вторник
weekday-wednesday = Среда
weekday-thursday = Четверг
weekday-friday = Пятница
weekday-saturday = Суббота
weekday-sunday = Воскресенье

holiday-new-year = Новый год
holiday-easter-monday = Пасхальный понедельник
holiday-labour-day = День труда
holiday-victory-in-europe = День Победы 1945 года
holiday-ascension = Вознесение
holiday-whit-monday = Духов понедельник
holiday-bastille-day = Национальный праздник Франции
holiday-assumption = Успение Богородицы
holiday-all-saints = День всех святых
holiday-armistice = День перемирия 1918 года
holiday-christmas = Рождество
holiday-good-friday = Страстная пятница
holiday-st-stephen = День святого Стефана


## Раздел сотрудников: общее рабочее место

login-title = Вход для сотрудников
login-continue = Перейти в мой раздел
login-not-enrolled-title = Рабочее место не зарегистрировано
login-not-enrolled-body = Сотрудники входят только с рабочего места, зарегистрированного администратором. Если у вас есть код регистрации, введите его.
enrol-link = Зарегистрировать это рабочее место
login-choose-title = Кто вы?
login-workstation = Рабочее место: { $name }
login-locked-notice = Рабочее место заблокировано после периода бездействия. Выберите своё имя, чтобы продолжить.
login-hello = Здравствуйте, { $name }
login-pin-label = Ваш личный код
login-pin-hint = От 4 до 8 цифр.
login-submit = Войти
login-not-me = Это не я
login-error-pin =
    { $left ->
        [one] Неверный код. Осталась { $left } попытка до блокировки.
        [few] Неверный код. Осталось { $left } попытки до блокировки.
        [many] Неверный код. Осталось { $left } попыток до блокировки.
       *[other] Неверный код. Осталось { $left } попытки до блокировки.
    }
login-error-locked = Слишком много попыток: вход заблокирован до { $until }.
login-error-workstation-locked = Слишком много неверных кодов на этом рабочем месте: до { $until } оно не принимает коды.
login-error-format = Код состоит из 4–8 цифр.

enrol-title = Зарегистрировать это рабочее место
enrol-intro = Введите код регистрации, выданный администратором. Он действует только один раз.
enrol-code-label = Код регистрации
enrol-submit = Зарегистрировать
enrol-error = Этот код недействителен: он неверен, уже использован или истёк.

staff-brand = Guichet — раздел сотрудников
staff-switch = Сменить консультанта
staff-nav-label = Раздел сотрудников
staff-home-title = Мой раздел
staff-hello = Здравствуйте, { $name }

role-counsellor = Консультант
role-expert = Специалист
role-interpreter = Переводчик
role-supervisor = Ответственный за качество
role-admin = Администратор

section-queue = Очередь
section-queue-summary = Вызвать следующего посетителя, принять его, перенаправить и завершить визит.
section-appointments = Записи на приём
section-appointments-summary = Записи на сегодня и на будущее, приём посетителей, запись от имени жителя.
section-requests = Обращения
section-requests-summary = Обращения со всех каналов, с ответственным, сроком и историей.
section-residents = Жители
section-residents-summary = Карточки жителей, только необходимое.
section-procedures = Процедуры
section-procedures-summary = Карточки процедур с внутренними заметками.
section-interpretation = Перевод
section-interpretation-summary = Проверенные фразы на языке жителя, зачитываются вслух и показываются крупно.
section-quality = Мониторинг
section-quality-summary = Показатели качества по месту, каналу, службе и периоду, с выгрузкой.
section-admin = Администрирование
section-admin-summary = Места, окна, службы, причины, часы работы, сотрудники и рабочие места.

## contact

contact-error-name = Укажите ваше имя (не более 120 символов).
contact-error-phone = Этот номер телефона недействителен. Пример: 06 12 34 56 78 или +33 6 12 34 56 78.
contact-error-email = Этот адрес электронной почты недействителен. Пример: name@example.fr.
contact-error-none = Укажите номер мобильного телефона или адрес электронной почты, чтобы мы могли сообщить вам об изменениях.
contact-error-phone-country = Мы отправляем SMS только на французские номера (метрополия и заморские территории). Укажите французский номер или адрес электронной почты.

## Messages

messages-title = Отправленные сообщения
messages-intro = SMS и письма, отправленные жителям, от новых к старым, с ошибками и их причинами. В демонстрации ничего не отправляется: сообщения хранятся здесь.
messages-empty = Сообщений пока нет.
messages-table-caption = Последние сообщения
messages-col-when = Дата
messages-col-to = Получатель
messages-col-text = Сообщение
messages-col-status = Состояние
channel-sms = SMS
channel-email = Электронная почта
notification-status-pending = Ожидает
messages-planned = Отправка запланирована на { $when }
notification-status-sending = Отправляется
notification-status-sent = Отправлено
notification-status-failed = Ошибка
messages-attempts =
    { $count ->
        [one] { $count } попытка
        [few] { $count } попытки
        [many] { $count } попыток
       *[other] { $count } попытки
    }

## Alerts in the staff frame, on every page
alerts-label = Оповещения
alert-my-requests-late = { $count ->
    [one] У вас { $count } обращение с истёкшим сроком ответа
    [few] У вас { $count } обращения с истёкшим сроком ответа
    [many] У вас { $count } обращений с истёкшим сроком ответа
   *[other] У вас { $count } обращения с истёкшим сроком ответа
}
alert-my-requests-due-soon = { $count ->
    [one] У вас { $count } обращение со сроком в течение 2 рабочих дней
    [few] У вас { $count } обращения со сроком в течение 2 рабочих дней
    [many] У вас { $count } обращений со сроком в течение 2 рабочих дней
   *[other] У вас { $count } обращения со сроком в течение 2 рабочих дней
}
alert-service-requests-late = { $count ->
    [one] В ваших службах { $count } просроченное обращение
    [few] В ваших службах { $count } просроченных обращения
    [many] В ваших службах { $count } просроченных обращений
   *[other] В ваших службах { $count } просроченного обращения
}
