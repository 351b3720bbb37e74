# Messages to residents (SMS and e-mail).

notif-greeting = Bună ziua, { $name },
notif-label-when = Când:
notif-label-where = Unde:
notif-label-motif = Motiv:
notif-label-reference = Referință:
notif-label-bring = De adus:
notif-manage-link = Pentru a vedea, muta sau anula programarea: { $link }
notif-cancelled-link = Pentru o nouă programare: { $link }
notif-offer-link = Pentru a accepta acest interval: { $link }
notif-footer = Mesaj trimis automat: vă rugăm să nu răspundeți.
notif-footer-phone = Mesaj trimis automat: vă rugăm să nu răspundeți. Ne puteți contacta la: { $phone }
notif-confirmed-subject = Programare confirmată pe { $date }
notif-confirmed-intro = Programarea dumneavoastră la primărie este confirmată.
notif-confirmed-sms = Primăria: programare confirmată { $date }, ora { $time }, { $site }. Ref. { $reference }. { $link }
notif-confirmed-sms-nolink = Primăria: programare confirmată { $date }, ora { $time }, { $site }. Ref. { $reference }.
notif-moved-subject = Programare mutată pe { $date }
notif-moved-intro = Programarea dumneavoastră a fost mutată. Iată noua oră.
notif-moved-sms = Primăria: programare mutată pe { $date }, ora { $time }, { $site }. Ref. { $reference }. { $link }
notif-moved-sms-nolink = Primăria: programare mutată pe { $date }, ora { $time }, { $site }. Ref. { $reference }.
notif-cancelled-subject = Programarea din { $date } a fost anulată
notif-cancelled-intro = Programarea dumneavoastră a fost anulată.
notif-cancelled-sms = Primăria: programarea din { $date }, ora { $time }, anulată. Ref. { $reference }. Nouă programare: { $link }
notif-cancelled-sms-nolink = Primăria: programarea din { $date }, ora { $time }, anulată. Ref. { $reference }.
notif-reminder-subject = Memento: programare pe { $date }
notif-reminder-intro = Vă reamintim programarea de la primărie.
notif-reminder-sms = Primăria: memento, programare { $date }, ora { $time }, { $site }. Ref. { $reference }. { $link }
notif-reminder-sms-nolink = Primăria: memento, programare { $date }, ora { $time }, { $site }. Ref. { $reference }.
notif-today-subject = Astăzi la ora { $time }: programarea dumneavoastră
notif-today-intro = Astăzi aveți o programare la primărie.
notif-today-sms = Primăria: programare astăzi, ora { $time }, { $site }. Ref. { $reference }. { $link }
notif-today-sms-nolink = Primăria: programare astăzi, ora { $time }, { $site }. Ref. { $reference }.
notif-offer-subject = Un interval s-a eliberat pe { $date }
notif-offer-intro = S-a eliberat un interval potrivit cererii dumneavoastră. Vi-l păstrăm până la ora { $until }.
notif-offer-sms = Primăria: interval liber { $date }, ora { $time }, { $site }, păstrat până la { $until }. { $link }
notif-offer-sms-nolink = Primăria: interval liber { $date }, ora { $time }, { $site }, păstrat până la { $until }.

# Coada de așteptare: se apropie rândul (SMS, o singură dată pe bon).
notif-ticket-near-sms = { $site }: bonul { $code }, se apropie randul dvs. (inaintea dvs.: { $ahead }). Veniti la receptie.
