# Messages to residents (SMS and e-mail).

notif-greeting = Merhaba { $name },
notif-label-when = Ne zaman:
notif-label-where = Nerede:
notif-label-motif = Konu:
notif-label-reference = Referans:
notif-label-bring = Getirmeniz gerekenler:
notif-manage-link = Randevunuzu görmek, değiştirmek veya iptal etmek için: { $link }
notif-cancelled-link = Yeni randevu almak için: { $link }
notif-offer-link = Bu saati kabul etmek için: { $link }
notif-footer = Bu mesaj otomatik gönderilmiştir: lütfen yanıtlamayın.
notif-footer-phone = Bu mesaj otomatik gönderilmiştir: lütfen yanıtlamayın. Bize ulaşmak için: { $phone }
notif-confirmed-subject = Randevunuz onaylandı: { $date }
notif-confirmed-intro = Belediyedeki randevunuz onaylandı.
notif-confirmed-sms = Belediye: randevu onaylandı { $date } saat { $time }, { $site }. Ref. { $reference }. { $link }
notif-confirmed-sms-nolink = Belediye: randevu onaylandı { $date } saat { $time }, { $site }. Ref. { $reference }.
notif-moved-subject = Randevunuz değişti: { $date }
notif-moved-intro = Randevunuzun saati değişti. Yeni saat aşağıdadır.
notif-moved-sms = Belediye: randevu değişti, { $date } saat { $time }, { $site }. Ref. { $reference }. { $link }
notif-moved-sms-nolink = Belediye: randevu değişti, { $date } saat { $time }, { $site }. Ref. { $reference }.
notif-cancelled-subject = { $date } tarihli randevu iptal edildi
notif-cancelled-intro = Randevunuz iptal edildi.
notif-cancelled-sms = Belediye: { $date } saat { $time } randevusu iptal edildi. Ref. { $reference }. Yeni randevu: { $link }
notif-cancelled-sms-nolink = Belediye: { $date } saat { $time } randevusu iptal edildi. Ref. { $reference }.
notif-reminder-subject = Hatırlatma: { $date } randevusu
notif-reminder-intro = Belediyedeki randevunuzu hatırlatırız.
notif-reminder-sms = Belediye: hatırlatma, randevu { $date } saat { $time }, { $site }. Ref. { $reference }. { $link }
notif-reminder-sms-nolink = Belediye: hatırlatma, randevu { $date } saat { $time }, { $site }. Ref. { $reference }.
notif-today-subject = Bugün saat { $time }: randevunuz
notif-today-intro = Bugün belediyede randevunuz var.
notif-today-sms = Belediye: randevu bugün saat { $time }, { $site }. Ref. { $reference }. { $link }
notif-today-sms-nolink = Belediye: randevu bugün saat { $time }, { $site }. Ref. { $reference }.
notif-offer-subject = { $date } tarihinde bir saat boşaldı
notif-offer-intro = Talebinize uygun bir saat boşaldı. Saat { $until } kadar sizin için ayrıldı.
notif-offer-sms = Belediye: boş saat { $date } saat { $time }, { $site }, { $until } kadar ayrıldı. { $link }
notif-offer-sms-nolink = Belediye: boş saat { $date } saat { $time }, { $site }, { $until } kadar ayrıldı.

# Sıra: sıranız yaklaşıyor (SMS, her sıra numarası için bir kez).
notif-ticket-near-sms = { $site }: sira no { $code }, siraniz yaklasiyor (önünüzde { $ahead } kisi). Lütfen karsilama masasina gelin.
