# Messages envoyés aux usagers (SMS et e-mails), rendus sur le serveur.
# SMS : courts (un seul SMS en français), sans mention STOP.

notif-greeting = Bonjour { $name },
notif-label-when = Quand :
notif-label-where = Où :
notif-label-motif = Motif :
notif-label-reference = Référence :
notif-label-bring = À apporter :
notif-manage-link = Pour voir, déplacer ou annuler votre rendez-vous : { $link }
notif-cancelled-link = Pour prendre un autre rendez-vous : { $link }
notif-offer-link = Pour accepter ce créneau : { $link }
notif-footer = Ce message est envoyé automatiquement : merci de ne pas y répondre.
notif-footer-phone = Ce message est envoyé automatiquement : merci de ne pas y répondre. Pour nous joindre : { $phone }
notif-confirmed-subject = Rendez-vous confirmé le { $date }
notif-confirmed-intro = Votre rendez-vous à la mairie est confirmé.
notif-confirmed-sms = Mairie : RDV confirmé { $date } à { $time }, { $site }. Réf. { $reference }. Gérer : { $link }
notif-confirmed-sms-nolink = Mairie : RDV confirmé { $date } à { $time }, { $site }. Réf. { $reference }.
notif-moved-subject = Rendez-vous déplacé au { $date }
notif-moved-intro = Votre rendez-vous a été déplacé. Voici le nouvel horaire.
notif-moved-sms = Mairie : RDV déplacé au { $date } à { $time }, { $site }. Réf. { $reference }. { $link }
notif-moved-sms-nolink = Mairie : RDV déplacé au { $date } à { $time }, { $site }. Réf. { $reference }.
notif-cancelled-subject = Rendez-vous du { $date } annulé
notif-cancelled-intro = Votre rendez-vous a été annulé.
notif-cancelled-sms = Mairie : RDV du { $date } à { $time } annulé. Réf. { $reference }. Nouveau RDV : { $link }
notif-cancelled-sms-nolink = Mairie : RDV du { $date } à { $time } annulé. Réf. { $reference }.
notif-reminder-subject = Rappel : rendez-vous le { $date }
notif-reminder-intro = Nous vous rappelons votre rendez-vous à la mairie.
notif-reminder-sms = Mairie : rappel, RDV { $date } à { $time }, { $site }. Réf. { $reference }. { $link }
notif-reminder-sms-nolink = Mairie : rappel, RDV { $date } à { $time }, { $site }. Réf. { $reference }.
notif-today-subject = Aujourd'hui à { $time } : votre rendez-vous
notif-today-intro = Vous avez rendez-vous aujourd'hui à la mairie.
notif-today-sms = Mairie : RDV aujourd'hui à { $time }, { $site }. Réf. { $reference }. { $link }
notif-today-sms-nolink = Mairie : RDV aujourd'hui à { $time }, { $site }. Réf. { $reference }.
notif-offer-subject = Un créneau s'est libéré le { $date }
notif-offer-intro = Un créneau qui correspond à votre demande s'est libéré. Il vous est réservé jusqu'à { $until }.
notif-offer-sms = Mairie : RDV libre { $date } à { $time }, { $site }, gardé jusqu'à { $until }. { $link }
notif-offer-sms-nolink = Mairie : RDV libre { $date } à { $time }, { $site }, gardé jusqu'à { $until }.

# File d'attente : le tour approche (SMS, une seule fois par ticket).
notif-ticket-near-sms = { $site } : ticket { $code }, votre tour approche ({ $ahead } avant vous). Présentez-vous à l'accueil.
