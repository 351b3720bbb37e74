# Messages to residents (SMS and e-mail).

notif-greeting = Добрий день, { $name }!
notif-label-when = Коли:
notif-label-where = Де:
notif-label-motif = Мета:
notif-label-reference = Номер:
notif-label-bring = Візьміть із собою:
notif-manage-link = Переглянути, перенести або скасувати запис: { $link }
notif-cancelled-link = Записатися знову: { $link }
notif-offer-link = Прийняти цей час: { $link }
notif-footer = Повідомлення надіслано автоматично, не відповідайте на нього.
notif-footer-phone = Повідомлення надіслано автоматично, не відповідайте на нього. Наш телефон: { $phone }
notif-confirmed-subject = Запис підтверджено: { $date }
notif-confirmed-intro = Ваш запис до мерії підтверджено.
notif-confirmed-sms = Мерія: запис { $date }, { $time }, { $site }. № { $reference }. { $link }
notif-confirmed-sms-nolink = Мерія: запис { $date }, { $time }, { $site }. № { $reference }.
notif-moved-subject = Запис перенесено на { $date }
notif-moved-intro = Ваш запис перенесено. Новий час указано нижче.
notif-moved-sms = Мерія: запис перенесено на { $date }, { $time }, { $site }. № { $reference }. { $link }
notif-moved-sms-nolink = Мерія: запис перенесено на { $date }, { $time }, { $site }. № { $reference }.
notif-cancelled-subject = Запис на { $date } скасовано
notif-cancelled-intro = Ваш запис скасовано.
notif-cancelled-sms = Мерія: запис на { $date }, { $time } скасовано. № { $reference }. Новий запис: { $link }
notif-cancelled-sms-nolink = Мерія: запис на { $date }, { $time } скасовано. № { $reference }.
notif-reminder-subject = Нагадування: запис на { $date }
notif-reminder-intro = Нагадуємо про ваш запис до мерії.
notif-reminder-sms = Мерія: нагадування, запис { $date }, { $time }, { $site }. № { $reference }. { $link }
notif-reminder-sms-nolink = Мерія: нагадування, запис { $date }, { $time }, { $site }. № { $reference }.
notif-today-subject = Сьогодні о { $time }: ваш запис
notif-today-intro = Сьогодні у вас запис до мерії.
notif-today-sms = Мерія: запис сьогодні о { $time }, { $site }. № { $reference }. { $link }
notif-today-sms-nolink = Мерія: запис сьогодні о { $time }, { $site }. № { $reference }.
notif-offer-subject = Звільнився час: { $date }
notif-offer-intro = Звільнився час, що відповідає вашому запиту. Його закріплено за вами до { $until }.
notif-offer-sms = Мерія: вільно { $date }, { $time }, { $site }, до { $until }. { $link }
notif-offer-sms-nolink = Мерія: вільно { $date }, { $time }, { $site }, до { $until }.

# Черга: скоро ваша черга (SMS, один раз на талон).
notif-ticket-near-sms = { $site }: талон { $code }, перед вами { $ahead }. Підійдіть до приймальні.
