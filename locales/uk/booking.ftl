# Booking pages, the appointment's own page, the waitlist.

booking-title = Запис на прийом
booking-progress = Крок { $step } з { $total }: { $name }
booking-step-motif = мета
booking-step-site = місце
booking-step-slot = день і час
booking-step-contact = ваші дані
booking-step-review = перевірка
booking-not-found = Такої мети чи місця немає (або вже немає). Почніть спочатку.
booking-start-again = Почати спочатку
booking-error-slot = Цей час недійсний. Виберіть час зі списку.
booking-error-too-many-active = Цей телефон або адреса електронної пошти вже має 3 майбутні записи. Скасуйте один за посиланням з його підтвердження або зателефонуйте до мерії.
booking-change = Змінити
booking-label-motif = Мета
booking-label-site = Місце
booking-label-when = Дата й час
booking-duration = { $minutes } хв
booking-motif-title = З якого питання?
booking-search-label = Знайти мету
booking-search-hint = Наприклад: паспорт, народження, шлюб, школа.
booking-search-submit = Шукати
booking-search-results = { $count -> 
    [0] Нічого не знайдено. Спробуйте інші слова.
    [one] Знайдено { $count } мету.
    [few] Знайдено { $count } мети.
   *[other] Знайдено { $count } цілей.
}
booking-search-clear = Показати всі цілі
booking-documents-count = { $count -> 
    [one] { $count } документ із собою
    [few] { $count } документи із собою
   *[other] { $count } документів із собою
}
booking-documents-none = Нічого особливого брати не потрібно.
booking-documents-title = Візьміть із собою
booking-site-title = Де вас прийняти?
booking-no-site = Зараз жодне місце не пропонує цей запис онлайн. Зателефонуйте до мерії.
booking-slot-title = Виберіть день і час
booking-earliest = Найближчий вільний час:
booking-no-slot-at-all = Найближчими тижнями вільного часу немає. Попросіть повідомити вас нижче.
booking-week-of = Тиждень з { $date }
booking-weeks = Тижні
booking-previous-week = Попередній тиждень
booking-next-week = Наступний тиждень
booking-week-closed = Цього тижня тут зачинено.
booking-day-full = Цього дня все зайнято.
booking-slot-taken = Час { $time } щойно зайняв хтось інший.
booking-slot-nearest = Найближчий вільний час:
waitlist-title = Жоден час не підходить?
waitlist-lead = Залиште свої дані: якщо між цими датами звільниться час, ми запропонуємо його вам SMS або електронною поштою й притримаємо на деякий час.
waitlist-from = З
waitlist-to = До
waitlist-submit = Повідомте мене
waitlist-joined = Записано: ми повідомимо, щойно звільниться час.
waitlist-error-dates = Перевірте дати: перша — сьогодні або пізніше, раніше за другу, і між ними не більше трьох місяців.
waitlist-error-too-many = Цей телефон або адреса електронної пошти вже є в 3 списках очікування. Дочекайтеся пропозиції або зателефонуйте до мерії.
form-errors-title = У формі є помилки
contact-title = Ваші дані
contact-name = Ім'я та прізвище
contact-phone = Мобільний телефон
contact-phone-hint = Щоб отримати підтвердження й нагадування SMS. Приклад: +33 6 12 34 56 78.
contact-email = Електронна пошта
contact-reach-hint = Вкажіть принаймні мобільний телефон або електронну пошту.
contact-language = Мова ваших повідомлень
contact-needs = Ваші потреби (необов'язково)
contact-interpreter = Перекладач
contact-interpreter-none = Перекладач не потрібен
interpreter-lsf = Французька жестова мова (LSF)
contact-accessibility = Доступність
contact-accessibility-hint = Наприклад: інвалідний візок, слабкий зір, супровід.
contact-note = Хочете щось додати?
contact-submit = Продовжити
contact-error-language = Виберіть мову зі списку.
contact-error-too-long = Текст задовгий: не більше 200 знаків про доступність і 300 у примітці.
review-title = Перевірте запис
review-none = не вказано
review-edit-contact = Змінити мої дані
review-confirm-lead = Після підтвердження час { $time } закріплено за вами.
review-confirm = Підтвердити запис
appointment-title = Ваш запис
appointment-not-found = Це посилання не веде до жодного запису. Перевірте, чи воно повне, або зателефонуйте до мерії.
appointment-hello = Добрий день, { $name }!
appointment-reference = Номер:
appointment-booked = Ваш запис підтверджено
appointment-sent-to = Підтвердження надіслано:
appointment-keep-link = Збережіть адресу цієї сторінки: за нею можна переглянути, перенести або скасувати запис.
appointment-moved = Ваш запис перенесено. Ми надіслали вам підтвердження.
appointment-cancelled = Ваш запис скасовано. Ми надіслали вам підтвердження.
appointment-too-late = Менш ніж за { $hours } год до прийому запис не можна змінити онлайн. Зателефонуйте нам:
appointment-not-changeable = Цей запис більше не можна змінити онлайн: його скасовано, він минув або надто близько. Зателефонуйте до мерії.
appointment-deadline = Перенести чи скасувати запис онлайн можна не пізніше ніж за { $hours } год.
appointment-add-calendar = Додати до календаря
appointment-move = Перенести запис
appointment-cancel = Скасувати запис
appointment-cancel-question = Ви справді хочете скасувати цей запис?
appointment-cancel-yes = Так, скасувати
appointment-cancel-no = Ні, залишити
appointment-book-again = Записатися знову
appointment-back = Повернутися до запису
appointment-move-lead = Ваш поточний запис: { $time }. Він залишається за вами, доки ви не підтвердите новий час.
appointment-move-question = Перенести запис з { $from } на { $to }?
appointment-move-confirm = Так, перенести
appointment-move-other = Вибрати інший час
appointment-status-booked = Підтверджено
appointment-status-checked-in = Ви прийшли
appointment-status-done = Завершено
appointment-status-cancelled = Скасовано
appointment-status-no-show = Неявка
offer-title = Для вас звільнився час
offer-held = Цей час закріплено за вами до { $until }. Підтвердьте його, щоб записатися.
offer-accept = Беру цей час
offer-expired = Цей час більше не закріплено за вами: строк минув. Ви можете вибрати інший час.
offer-accepted = Ви вже прийняли цей час: запис підтверджено.
booking-procedure-sheet = Пам'ятка щодо процедури: що принести
