# Messages to residents (SMS and e-mail).

notif-greeting = Hola, { $name }:
notif-label-when = Cuándo:
notif-label-where = Dónde:
notif-label-motif = Motivo:
notif-label-reference = Referencia:
notif-label-bring = Traiga:
notif-manage-link = Para ver, cambiar o anular su cita: { $link }
notif-cancelled-link = Para pedir otra cita: { $link }
notif-offer-link = Para aceptar esta hora: { $link }
notif-footer = Mensaje automático: no responda, por favor.
notif-footer-phone = Mensaje automático: no responda, por favor. Para contactarnos: { $phone }
notif-confirmed-subject = Cita confirmada el { $date }
notif-confirmed-intro = Su cita en el ayuntamiento está confirmada.
notif-confirmed-sms = Ayuntamiento: cita confirmada { $date } a las { $time }, { $site }. Ref. { $reference }. { $link }
notif-confirmed-sms-nolink = Ayuntamiento: cita confirmada { $date } a las { $time }, { $site }. Ref. { $reference }.
notif-moved-subject = Cita cambiada al { $date }
notif-moved-intro = Su cita ha cambiado. Esta es la nueva hora.
notif-moved-sms = Ayuntamiento: cita cambiada al { $date } a las { $time }, { $site }. Ref. { $reference }. { $link }
notif-moved-sms-nolink = Ayuntamiento: cita cambiada al { $date } a las { $time }, { $site }. Ref. { $reference }.
notif-cancelled-subject = Cita del { $date } anulada
notif-cancelled-intro = Su cita ha sido anulada.
notif-cancelled-sms = Ayuntamiento: cita del { $date } a las { $time } anulada. Ref. { $reference }. Nueva cita: { $link }
notif-cancelled-sms-nolink = Ayuntamiento: cita del { $date } a las { $time } anulada. Ref. { $reference }.
notif-reminder-subject = Recordatorio: cita el { $date }
notif-reminder-intro = Le recordamos su cita en el ayuntamiento.
notif-reminder-sms = Ayuntamiento: recordatorio, cita { $date } a las { $time }, { $site }. Ref. { $reference }. { $link }
notif-reminder-sms-nolink = Ayuntamiento: recordatorio, cita { $date } a las { $time }, { $site }. Ref. { $reference }.
notif-today-subject = Hoy a las { $time }: su cita
notif-today-intro = Hoy tiene una cita en el ayuntamiento.
notif-today-sms = Ayuntamiento: cita hoy a las { $time }, { $site }. Ref. { $reference }. { $link }
notif-today-sms-nolink = Ayuntamiento: cita hoy a las { $time }, { $site }. Ref. { $reference }.
notif-offer-subject = Hay una hora libre el { $date }
notif-offer-intro = Se ha liberado una hora que corresponde a su solicitud. Se la reservamos hasta las { $until }.
notif-offer-sms = Ayuntamiento: hora libre { $date } a las { $time }, { $site }, reservada hasta las { $until }. { $link }
notif-offer-sms-nolink = Ayuntamiento: hora libre { $date } a las { $time }, { $site }, reservada hasta las { $until }.

# Cola de espera: el turno se acerca (SMS, una sola vez por turno).
notif-ticket-near-sms = { $site }: turno { $code }, pronto le toca ({ $ahead } delante de usted). Preséntese en la entrada.
