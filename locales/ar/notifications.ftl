# Messages to residents (SMS and e-mail).

notif-greeting = مرحبًا { $name }،
notif-label-when = الموعد:
notif-label-where = المكان:
notif-label-motif = الغرض:
notif-label-reference = المرجع:
notif-label-bring = أحضروا معكم:
notif-manage-link = لعرض موعدكم أو تغييره أو إلغائه: { $link }
notif-cancelled-link = لحجز موعد آخر: { $link }
notif-offer-link = لقبول هذا الموعد: { $link }
notif-footer = هذه رسالة آلية، يرجى عدم الرد عليها.
notif-footer-phone = هذه رسالة آلية، يرجى عدم الرد عليها. للتواصل معنا: { $phone }
notif-confirmed-subject = تم تأكيد موعدكم يوم { $date }
notif-confirmed-intro = تم تأكيد موعدكم في البلدية.
notif-confirmed-sms = البلدية: تأكيد الموعد { $date } الساعة { $time }، { $site }. المرجع { $reference }. { $link }
notif-confirmed-sms-nolink = البلدية: تأكيد الموعد { $date } الساعة { $time }، { $site }. المرجع { $reference }.
notif-moved-subject = تم تغيير موعدكم إلى { $date }
notif-moved-intro = تم تغيير موعدكم. هذا هو الموعد الجديد.
notif-moved-sms = البلدية: الموعد الجديد { $date } الساعة { $time }، { $site }. المرجع { $reference }. { $link }
notif-moved-sms-nolink = البلدية: الموعد الجديد { $date } الساعة { $time }، { $site }. المرجع { $reference }.
notif-cancelled-subject = تم إلغاء موعد { $date }
notif-cancelled-intro = تم إلغاء موعدكم.
notif-cancelled-sms = البلدية: أُلغي موعد { $date } الساعة { $time }. المرجع { $reference }. موعد جديد: { $link }
notif-cancelled-sms-nolink = البلدية: أُلغي موعد { $date } الساعة { $time }. المرجع { $reference }.
notif-reminder-subject = تذكير: موعدكم يوم { $date }
notif-reminder-intro = نذكّركم بموعدكم في البلدية.
notif-reminder-sms = البلدية: تذكير بالموعد { $date } الساعة { $time }، { $site }. المرجع { $reference }. { $link }
notif-reminder-sms-nolink = البلدية: تذكير بالموعد { $date } الساعة { $time }، { $site }. المرجع { $reference }.
notif-today-subject = اليوم الساعة { $time }: موعدكم
notif-today-intro = لديكم اليوم موعد في البلدية.
notif-today-sms = البلدية: موعدكم اليوم الساعة { $time }، { $site }. المرجع { $reference }. { $link }
notif-today-sms-nolink = البلدية: موعدكم اليوم الساعة { $time }، { $site }. المرجع { $reference }.
notif-offer-subject = أصبح موعد متاحًا يوم { $date }
notif-offer-intro = أصبح متاحًا موعد يناسب طلبكم. وهو محجوز لكم حتى الساعة { $until }.
notif-offer-sms = البلدية: موعد متاح { $date } الساعة { $time }، { $site }، محجوز حتى { $until }. { $link }
notif-offer-sms-nolink = البلدية: موعد متاح { $date } الساعة { $time }، { $site }، محجوز حتى { $until }.

# طابور الانتظار: اقتراب الدور (رسالة نصية، مرة واحدة لكل تذكرة).
notif-ticket-near-sms = { $site }: تذكرة { $code }، أمامكم { $ahead }. تعالوا إلى الاستقبال.
