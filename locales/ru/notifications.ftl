# Messages to residents (SMS and e-mail).

notif-greeting = Здравствуйте, { $name }!
notif-label-when = Когда:
notif-label-where = Где:
notif-label-motif = Цель:
notif-label-reference = Номер:
notif-label-bring = Возьмите с собой:
notif-manage-link = Посмотреть, перенести или отменить запись: { $link }
notif-cancelled-link = Записаться снова: { $link }
notif-offer-link = Принять это время: { $link }
notif-footer = Сообщение отправлено автоматически, не отвечайте на него.
notif-footer-phone = Сообщение отправлено автоматически, не отвечайте на него. Наш телефон: { $phone }
notif-confirmed-subject = Запись подтверждена: { $date }
notif-confirmed-intro = Ваша запись в мэрию подтверждена.
notif-confirmed-sms = Мэрия: запись { $date }, { $time }, { $site }. № { $reference }. { $link }
notif-confirmed-sms-nolink = Мэрия: запись { $date }, { $time }, { $site }. № { $reference }.
notif-moved-subject = Запись перенесена на { $date }
notif-moved-intro = Ваша запись перенесена. Новое время указано ниже.
notif-moved-sms = Мэрия: запись перенесена на { $date }, { $time }, { $site }. № { $reference }. { $link }
notif-moved-sms-nolink = Мэрия: запись перенесена на { $date }, { $time }, { $site }. № { $reference }.
notif-cancelled-subject = Запись на { $date } отменена
notif-cancelled-intro = Ваша запись отменена.
notif-cancelled-sms = Мэрия: запись на { $date }, { $time } отменена. № { $reference }. Новая запись: { $link }
notif-cancelled-sms-nolink = Мэрия: запись на { $date }, { $time } отменена. № { $reference }.
notif-reminder-subject = Напоминание: запись на { $date }
notif-reminder-intro = Напоминаем о вашей записи в мэрию.
notif-reminder-sms = Мэрия: напоминание, запись { $date }, { $time }, { $site }. № { $reference }. { $link }
notif-reminder-sms-nolink = Мэрия: напоминание, запись { $date }, { $time }, { $site }. № { $reference }.
notif-today-subject = Сегодня в { $time }: ваша запись
notif-today-intro = Сегодня у вас запись в мэрию.
notif-today-sms = Мэрия: запись сегодня в { $time }, { $site }. № { $reference }. { $link }
notif-today-sms-nolink = Мэрия: запись сегодня в { $time }, { $site }. № { $reference }.
notif-offer-subject = Освободилось время: { $date }
notif-offer-intro = Освободилось время, подходящее под ваш запрос. Оно закреплено за вами до { $until }.
notif-offer-sms = Мэрия: свободно { $date }, { $time }, { $site }, до { $until }. { $link }
notif-offer-sms-nolink = Мэрия: свободно { $date }, { $time }, { $site }, до { $until }.

# Очередь: скоро ваша очередь (SMS, один раз на талон).
notif-ticket-near-sms = { $site }: талон { $code }, перед вами { $ahead }. Подойдите в приёмную.
