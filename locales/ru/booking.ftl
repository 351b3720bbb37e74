# Booking pages, the appointment's own page, the waitlist.

booking-title = Запись на приём
booking-progress = Шаг { $step } из { $total }: { $name }
booking-step-motif = цель
booking-step-site = место
booking-step-slot = день и время
booking-step-contact = ваши данные
booking-step-review = проверка
booking-not-found = Такой цели или места нет (или больше нет). Начните сначала.
booking-start-again = Начать сначала
booking-error-slot = Это время недействительно. Выберите время из списка.
booking-error-too-many-active = У этого телефона или адреса электронной почты уже 3 предстоящие записи. Отмените одну по ссылке из её подтверждения или позвоните в мэрию.
booking-change = Изменить
booking-label-motif = Цель
booking-label-site = Место
booking-label-when = Дата и время
booking-duration = { $minutes } мин
booking-motif-title = По какому вопросу?
booking-search-label = Найти цель
booking-search-hint = Например: паспорт, рождение, брак, школа.
booking-search-submit = Найти
booking-search-results = { $count -> 
    [0] Ничего не найдено. Попробуйте другие слова.
    [one] Найдена { $count } цель.
    [few] Найдено { $count } цели.
   *[other] Найдено { $count } целей.
}
booking-search-clear = Показать все цели
booking-documents-count = { $count -> 
    [one] { $count } документ с собой
    [few] { $count } документа с собой
   *[other] { $count } документов с собой
}
booking-documents-none = Ничего особенного брать не нужно.
booking-documents-title = Возьмите с собой
booking-site-title = Где вы хотите, чтобы вас приняли?
booking-no-site = Сейчас ни одно место не предлагает эту запись онлайн. Позвоните в мэрию.
booking-slot-title = Выберите день и время
booking-earliest = Ближайшее свободное время:
booking-no-slot-at-all = В ближайшие недели свободного времени нет. Попросите сообщить вам ниже.
booking-week-of = Неделя с { $date }
booking-weeks = Недели
booking-previous-week = Предыдущая неделя
booking-next-week = Следующая неделя
booking-week-closed = На этой неделе здесь закрыто.
booking-day-full = В этот день всё занято.
booking-slot-taken = Время { $time } только что занял кто-то другой.
booking-slot-nearest = Ближайшее свободное время:
waitlist-title = Ни одно время не подходит?
waitlist-lead = Оставьте свои данные: если между этими датами освободится время, мы предложим его вам по SMS или электронной почте и придержим на какое-то время.
waitlist-from = С
waitlist-to = По
waitlist-submit = Сообщите мне
waitlist-joined = Записано: мы сообщим, как только освободится время.
waitlist-error-dates = Проверьте даты: первая — сегодня или позже, раньше второй, и между ними не больше трёх месяцев.
waitlist-error-too-many = Этот телефон или адрес электронной почты уже в 3 листах ожидания. Дождитесь предложения или позвоните в мэрию.
form-errors-title = В форме есть ошибки
contact-title = Ваши данные
contact-name = Имя и фамилия
contact-phone = Мобильный телефон
contact-phone-hint = Чтобы получить подтверждение и напоминание по SMS. Пример: +33 6 12 34 56 78.
contact-email = Электронная почта
contact-reach-hint = Укажите хотя бы мобильный телефон или электронную почту.
contact-language = Язык ваших сообщений
contact-needs = Ваши потребности (необязательно)
contact-interpreter = Переводчик
contact-interpreter-none = Переводчик не нужен
interpreter-lsf = Французский жестовый язык (LSF)
contact-accessibility = Доступность
contact-accessibility-hint = Например: инвалидная коляска, слабое зрение, сопровождающий.
contact-note = Хотите что-то добавить?
contact-submit = Продолжить
contact-error-language = Выберите язык из списка.
contact-error-too-long = Текст слишком длинный: не больше 200 знаков о доступности и 300 в примечании.
review-title = Проверьте запись
review-none = не указано
review-edit-contact = Изменить мои данные
review-confirm-lead = После подтверждения время { $time } закреплено за вами.
review-confirm = Подтвердить запись
appointment-title = Ваша запись
appointment-not-found = Эта ссылка не ведёт ни к одной записи. Проверьте, что она полная, или позвоните в мэрию.
appointment-hello = Здравствуйте, { $name }!
appointment-reference = Номер:
appointment-booked = Ваша запись подтверждена
appointment-sent-to = Подтверждение отправлено:
appointment-keep-link = Сохраните адрес этой страницы: по нему можно посмотреть, перенести или отменить запись.
appointment-moved = Ваша запись перенесена. Мы отправили вам подтверждение.
appointment-cancelled = Ваша запись отменена. Мы отправили вам подтверждение.
appointment-too-late = Меньше чем за { $hours } ч до приёма запись нельзя изменить онлайн. Позвоните нам:
appointment-not-changeable = Эту запись больше нельзя изменить онлайн: она отменена, прошла или слишком близко. Позвоните в мэрию.
appointment-deadline = Перенести или отменить запись онлайн можно не позднее чем за { $hours } ч.
appointment-add-calendar = Добавить в календарь
appointment-move = Перенести запись
appointment-cancel = Отменить запись
appointment-cancel-question = Вы точно хотите отменить эту запись?
appointment-cancel-yes = Да, отменить
appointment-cancel-no = Нет, оставить
appointment-book-again = Записаться снова
appointment-back = Вернуться к записи
appointment-move-lead = Ваша текущая запись: { $time }. Она остаётся за вами, пока вы не подтвердите новое время.
appointment-move-question = Перенести запись с { $from } на { $to }?
appointment-move-confirm = Да, перенести
appointment-move-other = Выбрать другое время
appointment-status-booked = Подтверждена
appointment-status-checked-in = Вы пришли
appointment-status-done = Завершена
appointment-status-cancelled = Отменена
appointment-status-no-show = Неявка
offer-title = Для вас освободилось время
offer-held = Это время закреплено за вами до { $until }. Подтвердите его, чтобы записаться.
offer-accept = Беру это время
offer-expired = Это время больше не закреплено за вами: срок истёк. Вы можете выбрать другое время.
offer-accepted = Вы уже приняли это время: запись подтверждена.
booking-procedure-sheet = Памятка по процедуре: что принести
