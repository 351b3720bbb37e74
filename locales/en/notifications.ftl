# Messages sent to residents (SMS and e-mail).

notif-greeting = Hello { $name },
notif-label-when = When:
notif-label-where = Where:
notif-label-motif = Reason:
notif-label-reference = Reference:
notif-label-bring = Please bring:
notif-manage-link = To see, move or cancel your appointment: { $link }
notif-cancelled-link = To book another appointment: { $link }
notif-offer-link = To accept this time slot: { $link }
notif-footer = This message is sent automatically: please do not reply.
notif-footer-phone = This message is sent automatically: please do not reply. To reach us: { $phone }
notif-confirmed-subject = Appointment confirmed on { $date }
notif-confirmed-intro = Your appointment at the town hall is confirmed.
notif-confirmed-sms = Town hall: booked for { $date } at { $time }, { $site }. Ref. { $reference }. { $link }
notif-confirmed-sms-nolink = Town hall: booked for { $date } at { $time }, { $site }. Ref. { $reference }.
notif-moved-subject = Appointment moved to { $date }
notif-moved-intro = Your appointment has been moved. Here is the new time.
notif-moved-sms = Town hall: moved to { $date } at { $time }, { $site }. Ref. { $reference }. { $link }
notif-moved-sms-nolink = Town hall: moved to { $date } at { $time }, { $site }. Ref. { $reference }.
notif-cancelled-subject = Appointment on { $date } cancelled
notif-cancelled-intro = Your appointment has been cancelled.
notif-cancelled-sms = Town hall: { $date } at { $time } cancelled. Ref. { $reference }. Book again: { $link }
notif-cancelled-sms-nolink = Town hall: appointment on { $date } at { $time } cancelled. Ref. { $reference }.
notif-reminder-subject = Reminder: appointment on { $date }
notif-reminder-intro = This is a reminder of your appointment at the town hall.
notif-reminder-sms = Town hall: reminder, { $date } at { $time }, { $site }. Ref. { $reference }. { $link }
notif-reminder-sms-nolink = Town hall: reminder, { $date } at { $time }, { $site }. Ref. { $reference }.
notif-today-subject = Today at { $time }: your appointment
notif-today-intro = You have an appointment at the town hall today.
notif-today-sms = Town hall: appointment today at { $time }, { $site }. Ref. { $reference }. { $link }
notif-today-sms-nolink = Town hall: appointment today at { $time }, { $site }. Ref. { $reference }.
notif-offer-subject = A time slot is free on { $date }
notif-offer-intro = A time slot matching your request is now free. It is held for you until { $until }.
notif-offer-sms = Town hall: free slot { $date } at { $time }, { $site }, held until { $until }. { $link }
notif-offer-sms-nolink = Town hall: free slot { $date } at { $time }, { $site }, held until { $until }.

# Queue: turn coming soon (SMS, once per ticket).
notif-ticket-near-sms = { $site }: ticket { $code }, your turn is coming soon ({ $ahead } ahead of you). Please come to reception.
