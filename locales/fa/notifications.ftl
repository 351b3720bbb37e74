# Messages to residents (SMS and e-mail).

notif-greeting = سلام { $name }،
notif-label-when = زمان:
notif-label-where = مکان:
notif-label-motif = موضوع:
notif-label-reference = شماره پیگیری:
notif-label-bring = همراه داشته باشید:
notif-manage-link = برای دیدن، تغییر یا لغو نوبت: { $link }
notif-cancelled-link = برای گرفتن نوبت دیگر: { $link }
notif-offer-link = برای پذیرفتن این نوبت: { $link }
notif-footer = این پیام خودکار است؛ لطفاً به آن پاسخ ندهید.
notif-footer-phone = این پیام خودکار است؛ لطفاً به آن پاسخ ندهید. تماس با ما: { $phone }
notif-confirmed-subject = نوبت شما برای { $date } تأیید شد
notif-confirmed-intro = نوبت شما در شهرداری تأیید شد.
notif-confirmed-sms = شهرداری: نوبت تأیید شد { $date } ساعت { $time }، { $site }. شماره { $reference }. { $link }
notif-confirmed-sms-nolink = شهرداری: نوبت تأیید شد { $date } ساعت { $time }، { $site }. شماره { $reference }.
notif-moved-subject = نوبت شما به { $date } منتقل شد
notif-moved-intro = زمان نوبت شما تغییر کرد. زمان جدید:
notif-moved-sms = شهرداری: نوبت جدید { $date } ساعت { $time }، { $site }. شماره { $reference }. { $link }
notif-moved-sms-nolink = شهرداری: نوبت جدید { $date } ساعت { $time }، { $site }. شماره { $reference }.
notif-cancelled-subject = نوبت { $date } لغو شد
notif-cancelled-intro = نوبت شما لغو شد.
notif-cancelled-sms = شهرداری: نوبت { $date } ساعت { $time } لغو شد. شماره { $reference }. نوبت جدید: { $link }
notif-cancelled-sms-nolink = شهرداری: نوبت { $date } ساعت { $time } لغو شد. شماره { $reference }.
notif-reminder-subject = یادآوری: نوبت { $date }
notif-reminder-intro = نوبت شما در شهرداری را یادآوری می‌کنیم.
notif-reminder-sms = شهرداری: یادآوری نوبت { $date } ساعت { $time }، { $site }. شماره { $reference }. { $link }
notif-reminder-sms-nolink = شهرداری: یادآوری نوبت { $date } ساعت { $time }، { $site }. شماره { $reference }.
notif-today-subject = امروز ساعت { $time }: نوبت شما
notif-today-intro = امروز در شهرداری نوبت دارید.
notif-today-sms = شهرداری: نوبت امروز ساعت { $time }، { $site }. شماره { $reference }. { $link }
notif-today-sms-nolink = شهرداری: نوبت امروز ساعت { $time }، { $site }. شماره { $reference }.
notif-offer-subject = یک نوبت برای { $date } آزاد شد
notif-offer-intro = نوبتی مطابق درخواست شما آزاد شد. تا ساعت { $until } برای شما نگه داشته می‌شود.
notif-offer-sms = شهرداری: نوبت آزاد { $date } ساعت { $time }، { $site }، تا { $until }. { $link }
notif-offer-sms-nolink = شهرداری: نوبت آزاد { $date } ساعت { $time }، { $site }، تا { $until }.

# صف انتظار: نزدیک شدن نوبت (پیامک، یک بار برای هر نوبت).
notif-ticket-near-sms = { $site }: شماره { $code }، { $ahead } نفر جلوی شما. به پذیرش بیایید.
