# Messages to residents (SMS and e-mail).

notif-greeting = Olá { $name },
notif-label-when = Quando:
notif-label-where = Onde:
notif-label-motif = Motivo:
notif-label-reference = Referência:
notif-label-bring = Traga:
notif-manage-link = Para ver, mudar ou cancelar a sua marcação: { $link }
notif-cancelled-link = Para fazer outra marcação: { $link }
notif-offer-link = Para aceitar este horário: { $link }
notif-footer = Mensagem automática: por favor, não responda.
notif-footer-phone = Mensagem automática: por favor, não responda. Para nos contactar: { $phone }
notif-confirmed-subject = Marcação confirmada para { $date }
notif-confirmed-intro = A sua marcação na câmara municipal está confirmada.
notif-confirmed-sms = Câmara: marcação confirmada { $date } às { $time }, { $site }. Ref. { $reference }. { $link }
notif-confirmed-sms-nolink = Câmara: marcação confirmada { $date } às { $time }, { $site }. Ref. { $reference }.
notif-moved-subject = Marcação mudada para { $date }
notif-moved-intro = A sua marcação foi mudada. Eis o novo horário.
notif-moved-sms = Câmara: marcação mudada para { $date } às { $time }, { $site }. Ref. { $reference }. { $link }
notif-moved-sms-nolink = Câmara: marcação mudada para { $date } às { $time }, { $site }. Ref. { $reference }.
notif-cancelled-subject = Marcação de { $date } cancelada
notif-cancelled-intro = A sua marcação foi cancelada.
notif-cancelled-sms = Câmara: marcação de { $date } às { $time } cancelada. Ref. { $reference }. Nova marcação: { $link }
notif-cancelled-sms-nolink = Câmara: marcação de { $date } às { $time } cancelada. Ref. { $reference }.
notif-reminder-subject = Lembrete: marcação em { $date }
notif-reminder-intro = Lembramos a sua marcação na câmara municipal.
notif-reminder-sms = Câmara: lembrete, marcação { $date } às { $time }, { $site }. Ref. { $reference }. { $link }
notif-reminder-sms-nolink = Câmara: lembrete, marcação { $date } às { $time }, { $site }. Ref. { $reference }.
notif-today-subject = Hoje às { $time }: a sua marcação
notif-today-intro = Tem hoje uma marcação na câmara municipal.
notif-today-sms = Câmara: marcação hoje às { $time }, { $site }. Ref. { $reference }. { $link }
notif-today-sms-nolink = Câmara: marcação hoje às { $time }, { $site }. Ref. { $reference }.
notif-offer-subject = Há um horário livre em { $date }
notif-offer-intro = Ficou livre um horário que corresponde ao seu pedido. Está reservado para si até às { $until }.
notif-offer-sms = Câmara: horário livre { $date } às { $time }, { $site }, reservado até às { $until }. { $link }
notif-offer-sms-nolink = Câmara: horário livre { $date } às { $time }, { $site }, reservado até às { $until }.

# Fila de espera: a vez aproxima-se (SMS, uma só vez por senha).
notif-ticket-near-sms = { $site }: senha { $code }, a sua vez aproxima-se ({ $ahead } à sua frente). Dirija-se ao atendimento.
