# Sıra: giriş terminali, evden sıra numarası alma, gişe, bekleme salonu ekranı.

queue-kiosk-title = Karşılama terminali
queue-kiosk-choose-family = İhtiyacınız olan hizmete dokunun
queue-kiosk-choose-motif = Yapmak istediğiniz işleme dokunun
queue-kiosk-back = Geri
queue-kiosk-done = Bitti
queue-closed-title = Karşılama kapalı
queue-priority-question = Öncelikli hizmete ihtiyacınız var mı?
queue-priority-none = Hayır, sıra numarası al
queue-priority-disability = Engellilik
queue-priority-pregnancy = Hamilelik
queue-priority-elderly = Yaşlı kişi
queue-priority-young-child = Küçük çocukla
queue-priority = Öncelik
queue-wait-now = Çok yakında çağrılacaksınız
queue-wait-few = Bekleme: birkaç dakika
queue-wait-about = Bekleme: yaklaşık { $minutes } dk
queue-ticket-number = Sıra numaranız
queue-ahead = { $count ->
    [0] Önünüzde kimse yok
   *[other] Önünüzde { $count } kişi var
}
queue-qr-label = Sıranızı telefonunuzdan takip etmek için QR kod
queue-qr-hint = Sıranızı telefonunuzdan takip etmek için okutun.
queue-print = Sıra fişimi yazdır

queue-home-intro = Karşılama yerini seçin. Açık olduğunda evden sıra numarası alabilir ve sıranızı telefonunuzdan takip edebilirsiniz.
queue-phone-label = Cep telefonu (isteğe bağlı)
queue-phone-hint = Sıranız yaklaştığında size SMS göndereceğiz. Örnek: +33 6 12 34 56 78.
queue-take = Sıra numarası al

queue-ticket-title = Sıra numaram
queue-called-to = Sıra sizde. Lütfen şu gişeye gidin: { $desk }.
queue-come-now = Sıranız yaklaşıyor: lütfen karşılama masasına gelin.
queue-ticket-done = İşleminiz tamamlandı. Ziyaretiniz için teşekkür ederiz.
queue-ticket-no-show = Birkaç kez çağrıldınız ama yanıt vermediniz. Gerekirse karşılama masasından yeni bir sıra numarası alın.
queue-ticket-cancelled = Bu sıra numarasından vazgeçtiniz.
queue-issued-at = Alınma zamanı: { $time }
queue-sms-to = Sıranız yaklaşınca SMS:
queue-refresh = Yenile
queue-cancel-ticket = Artık gelmiyorum: yerimi boşalt

queue-screen-title = Bekleme salonu ekranı
queue-screen-sound = Sesi aç
queue-screen-sound-on = Ses açık
queue-screen-calls = Çağrılar
queue-screen-no-call = Şu anda çağrı yok
queue-screen-waits = Tahmini bekleme
queue-speech = Sıra numarası { $code }, lütfen şu gişeye gelin: { $desk }.

queue-desk = Gişe
queue-desk-choose = Gişe seçin
queue-desk-needed = Ziyaretçileri çağırmak için gişenizi seçin.
queue-queue = Sıra
queue-common = Ortak sıra
queue-current = Gişedeki ziyaretçi
queue-callable = { $count ->
    [0] Bu sırada bekleyen kimse yok.
   *[other] Bu sırada { $count } ziyaretçi bekliyor.
}
queue-call-next = Sıradakini çağır
queue-language = Dil
queue-arrived = Geliş saati
queue-appointment-of = Randevu sahibi
queue-transfer-note = Aktarma notu
queue-status-called = { $count ->
    [one] Çağrıldı: { $time }
   *[other] { $count } kez çağrıldı, son çağrı: { $time }
}
queue-status-in-service = Gişede
queue-start = Başla
queue-recall = Tekrar çağır
queue-no-show = Gelmedi
queue-no-show-after = “Gelmedi” seçeneği { $count } çağrıdan sonra çıkar.
queue-set-aside = Beklemeye al
queue-resume = Devam et
queue-aside = Beklemede
queue-close = Görüşmeyi kapat
queue-outcome = Sonuç
queue-outcome-handled = Gişede çözüldü
queue-outcome-follow-up = Takip gerekiyor
queue-note = Not (isteğe bağlı)
queue-transfer = Aktar
queue-transfer-service = Aktarılacak hizmet
queue-transfer-expert = Kime
queue-transfer-anyone = Hizmetteki herhangi bir görevli
queue-choose = Seçin…
queue-waiting-count = { $count ->
    [0] Bekleyen yok
   *[other] { $count } ziyaretçi bekliyor
}
queue-nobody = Bekleyen kimse yok.
queue-ticket = Sıra no
queue-waited = Bekleme
queue-minutes = { $count } dk
queue-appointment-at = Randevu saati: { $time }
queue-for-agent = Görevli: { $name }
queue-desk-issue = Sıra numarası ver
queue-desk-issued = { $code } sıra numarası verildi.

queue-admin-title = Sıra ayarları
queue-admin-intro = Bir öncelik, birkaç dakika erken gelmiş sayılır: en büyük öncelik süresinden daha uzun bekleyen sıradan bir numaranın önüne hiç geçilmez.
queue-admin-from-home = Sakinler evden sıra numarası alabilir
queue-admin-head-start = Her önceliğin avantajı, dakika olarak (0 ile { $max } arası)
queue-admin-max-calls = Bir ziyaretçinin gelmedi olarak işaretlenebilmesi için çağrı sayısı (1 ile 9 arası)
admin-error-queue-weight = Her avantaj 0 ile 60 arasında tam sayı dakika olmalıdır.
admin-error-queue-calls = Çağrı sayısı 1 ile 9 arasında bir tam sayı olmalıdır.

queue-error-closed = Karşılama yeri şu anda kapalı: sıra numarası alınamaz.
queue-error-too-many-tickets = Bağlantınızdan çok fazla sıra numarası alındı. Çeyrek saat sonra yeniden deneyin veya girişteki kiosktan numara alın.
contact-error-phone-has-tickets = Bu numaranın zaten bekleyen sıra numaraları var. Aldığınız bağlantıyla onları takip edin veya yenisini almadan önce birinden vazgeçin.
queue-error-no-home-tickets = Bu yerde evden sıra numarası alınamaz. Bizzat gelin veya randevu alın.
queue-error-motif = Listeden bir işlem seçin.
queue-error-busy = Zaten bir ziyaretçiniz var: önce bu görüşmeyi bitirin veya aktarın.
queue-error-stale = Bu sıra numarası bu arada değişti: sayfa güncellendi.
queue-error-too-few-calls = “Gelmedi” olarak işaretlemeden önce ziyaretçiyi tekrar çağırın.
queue-error-empty = Bu sırada bekleyen kimse yok.
queue-error-service = Aktarılacak hizmeti seçin.
queue-error-outcome = Görüşmenin sonucunu seçin.
queue-error-note-too-long = Not çok uzun: en fazla 500 karakter.
queue-error-not-expert = Bu görevli bu hizmetin taleplerine bakmıyor.
queue-procedure-sheet = İşlem kartı
queue-survey-receipt = Ziyaretinizden sonra görüşünüzü bu aynı kodla verin.
queue-survey-link = Görüşümü ver
queue-survey-question = Ziyaretiniz iyi geçti mi?
queue-survey-unhappy = Memnun değilim
queue-survey-neutral = Orta
queue-survey-happy = Memnunum
queue-survey-thanks = Görüşünüz için teşekkürler!
queue-error-survey = Görüşünüz kaydedilemedi. Lütfen yeniden deneyin.
