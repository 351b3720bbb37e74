# Başvurular: görüşme kaydı, başvurular ve süreleri, herkese açık form
# /demande ve takip sayfası /suivi.

## Görevliler: liste
requests-title = Başvurular
requests-list = İşlenecek başvurular
requests-none = Bu filtrelere uyan başvuru yok.
requests-total = { $count ->
    [one] Bir başvuru
   *[other] { $count } başvuru
}
requests-count-late = { $count ->
    [0] Geciken yok
    [one] 1 geciken
   *[other] { $count } geciken
}
requests-count-due-soon = { $count ->
    [0] Süresi yaklaşan yok
    [one] 1 başvurunun süresi 2 iş günü içinde doluyor
   *[other] { $count } başvurunun süresi 2 iş günü içinde doluyor
}
requests-reference = Referans
requests-subject = Konu
requests-channel = Kanal
requests-service = Hizmet
requests-site = Yer
requests-status = Durum
requests-due = Son tarih
requests-kind = Başvuru türü
requests-owner = Sorumlu görevli
requests-received = Alınma tarihi
requests-name = Ad soyad
requests-phone = Telefon
requests-email = E-posta adresi
requests-language = Dil
requests-message = Mesaj
requests-note = Not (isteğe bağlı)
requests-all = Tümü
requests-open = Açık olanlar (alınan, işlenen, bekleyen)
requests-no-service = Belirli bir hizmet yok
requests-filter = Filtrele
requests-pages = Liste sayfaları
requests-page = Sayfa { $page } / { $pages }
requests-previous = Önceki sayfa
requests-next = Sonraki sayfa
requests-mine-title = Takip etmeniz gereken başvurularınız
requests-mine = Yalnızca benimkiler
requests-standing-on-time = Süresinde
requests-standing-due-soon = Süresi yaklaşıyor
requests-standing-late = Gecikmiş
requests-standing-stopped = Süre durduruldu

## Görevliler: görüşme kaydı
requests-log-title = Görüşme kaydet
requests-log-hint = Hemen çözülen bir arama veya ziyaret: kanalı ve hizmeti seçin, sonra “Hemen yanıtlandı”. Takip gerekiyorsa bir başvuru açın.
requests-log-answered = Hemen yanıtlandı
requests-log-follow-up = Takip gerekiyor: başvuru aç
requests-log-follow-up-hint = Konu ve yanıt için en az bir telefon ya da e-posta adresi.
requests-log-open = Başvuruyu aç
requests-contact-logged = Görüşme kaydedildi.

## Görevliler: bir başvuru
requests-one-title = Başvuru
requests-back = Başvurulara dön
requests-saved = Kaydedildi.
requests-opened = Başvuru açıldı: referansı ve takip kodunu başvuru sahibine verin.
requests-check-code = Takip kodu
requests-resident-view = Başvuru sahibinin gördüğünü gör
requests-history = Geçmiş
requests-actions = İşlemler
requests-text-reply = Başvuru sahibine yanıt (takip sayfasında görünür)
requests-text-ask = Başvuru sahibinden istenen (takip sayfasında görünür)
requests-text-note = İç not (başvuru sahibine hiçbir zaman gösterilmez)
requests-text-comment = Yorum (isteğe bağlı)
requests-action-note = İç not ekle
requests-action-take = Üstlen
requests-action-ask-resident = Başvuru sahibinden belge veya açıklama iste
requests-action-resident-answered = Başvuru sahibi yanıt verdi
requests-action-reply = Yanıtı gönder
requests-action-close = Başvuruyu kapat
requests-action-reopen = Başvuruyu yeniden aç
requests-action-transfer = Başka bir hizmete aktar
requests-action-change-kind = Türü değiştir (süre yeniden hesaplanır)
requests-event-created = Başvuru alındı
requests-event-assigned = Üstlenildi
requests-event-status = Durum değişikliği
requests-event-reply = Yanıt gönderildi
requests-event-note = İç not
requests-event-transfer = Başka bir hizmete aktarıldı
requests-event-kind = Tür değiştirildi

## Retler
requests-error-subject = Başvurunun konusunu yazın.
requests-error-text = Metni yazın: bu işlem için gerekli.
requests-error-too-long = Metin çok uzun.
requests-error-channel = Görüşmenin kanalını seçin.
requests-error-outcome = Görüşmenin çözüldüğünü mü, yoksa takip gerektiğini mi belirtin.
requests-error-service = Var olan bir hizmet seçin.
requests-error-same-service = Başvuru zaten bu hizmette.
requests-error-kind = Bir başvuru türü seçin.
requests-error-same-kind = Başvuru zaten bu türde.
requests-error-action = Böyle bir işlem yok.
requests-error-not-now = Başvurunun durumu artık bu işleme izin vermiyor: sayfa güncellendi.
requests-error-no-calendar = Hiçbir yerin çalışma saatleri yok: yanıt süresi hesaplanamıyor.

## Vatandaşlar: /demande formu
request-form-title = Belediyeye yazın
request-form-intro = Sorunuzu sorun veya başvurunuzu yapın. Hesap açmadan, yanıtı takip etmek için hemen bir referans ve bir kod alırsınız.
request-form-service = İlgili hizmet
request-form-service-unknown = Bilmiyorum
request-form-message-hint = Kendi dilinizde yazabilirsiniz.
request-form-you = Size yanıt verebilmemiz için
request-form-you-hint = Adınız ve en az bir e-posta adresi ya da telefon numarası.
request-form-privacy = Bu bilgiler yalnızca başvurunuzu işlemek için kullanılır.
request-form-send = Başvurumu gönder

## Vatandaşlar: /suivi takip sayfası
follow-title = Başvuru takibi
follow-intro = Başvurunuz kaydedildiğinde size verilen referansı ve takip kodunu yazın (alındı belgesinde veya mesajlarımızda).
follow-reference = Referans
follow-reference-hint = Örneğin D-2026-00042
follow-code = Takip kodu
follow-look = Başvurumu gör
follow-write = Yeni başvuru yap
follow-no-match = Bu referans ve kodla eşleşen başvuru yok. Kontrol edip yeniden deneyin.
follow-blocked = Bu referans için çok fazla yanlış kod denendi. { $minutes } dakika sonra yeniden deneyin veya bizi arayın.
follow-registered = Başvurunuz kaydedildi.
follow-keep = Referansı ve kodu saklayın: başvurunuzu bu sayfadan takip etmenizi sağlar.
follow-received = Alınma tarihi
follow-due = En geç yanıt tarihi
follow-service = Sorumlu hizmet
follow-asked = Sizden istediğimiz
follow-reply = Yanıtımız
follow-words-received = Başvurunuzu aldık. Bir görevli ilgilenecek.
follow-words-in-progress = Bir görevli başvurunuzla ilgileniyor.
follow-words-waiting = Sizden bir belge veya açıklama bekliyoruz. Bize yanıt verdiğinizde yanıt süresi yeniden işlemeye başlar.
follow-words-answered = Başvurunuzu yanıtladık.
follow-words-closed = Başvurunuz kapatıldı.

## Görevliler: vatandaşlar
residents-intro = Bir ad, telefon numarası veya e-posta adresi yazın: bulunan her kişi randevuları ve başvurularıyla birlikte görünür. Her arama kayda geçirilir.
residents-search = Ad, telefon veya e-posta
residents-search-hint = En az iki harf veya numaranın tamamı.
residents-look = Ara
residents-too-short = Bir adın en az iki harfini, telefon numarasının tamamını veya bir e-posta adresini yazın.
residents-none = Bu aramaya uyan kimse yok.
residents-needs = Bildirilen ihtiyaçlar
residents-appointments = Randevular
residents-requests = Başvurular
residents-merge-with = Şu kişiyle aynı kişi
residents-merge-hint = İki kayıt aynı kişiyi gösteriyorsa (bir adla imzalanmış bir mektup, başka bir adresten gelen bir e-posta), onları birleştirin: randevuları ve başvuruları birlikte görünür. Bu işlem geri alınabilir.
residents-merge = Birleştir
residents-merged = İki kayıt birleştirildi.
residents-separated = Kayıtlar yeniden ayrıldı.
residents-merge-refused = Bu iki kayıt birleştirilemez: listeden başka bir kişi seçin.
residents-links = Birleştirilmiş kayıtlar
residents-merged-by = { $first } ve { $second }: { $agent } tarafından { $date } tarihinde birleştirildi.
residents-separate = Ayır
residents-campaigns = Vatandaşlara ulaşma arama kampanyaları
residents-calls = Belediyeden gelen aramalar
residents-call-reached = ulaşıldı
residents-call-no-answer = yanıt yok
residents-call-unreachable = 3 aramada ulaşılamadı
residents-call-wrong-number = yanlış numara
residents-call-declined = aranmak istemiyor

## Alındı belgesi (CRPA L112-3, R112-4, R112-5, L231-4; CJA R421-2)
ack-title = Alındı belgesi
ack-title-document = Başvurunuzun kaydı
ack-received = “{ $subject }” konulu başvurunuzu { $date } tarihinde aldık. Başvurunuz { $reference } referansıyla kaydedildi.
ack-commitment = Size en geç { $date } tarihinde yanıt vermeyi taahhüt ediyoruz.
ack-implicit-rejection = { $date } tarihine kadar hiçbir yanıt almazsanız başvurunuz reddedilmiş sayılır: idare iki ay boyunca sessiz kalırsa bu, örtülü bir ret kararı anlamına gelir (Halk ile İdare Arasındaki İlişkiler Kanunu (code des relations entre le public et l'administration), madde L231-4).
ack-appeal = Bu karara { $date } tarihini izleyen iki ay içinde itiraz edebilirsiniz: belediye başkanından kararı yeniden incelemesini isteyerek veya yetkili idare mahkemesinde dava açarak (İdari Yargı Kanunu (code de justice administrative), madde R421-2); dava www.telerecours.fr adresinden çevrim içi olarak da açılabilir.
ack-document = Başvurunuz bir belgenin verilmesiyle ilgili: yalnızca koşulların sağlanıp sağlanmadığını kontrol etmemiz gerektiğinde bu başvuru, Halk ile İdare Arasındaki İlişkiler Kanunu'nun (code des relations entre le public et l'administration) L112-3 maddesi anlamında alındı belgesi gerektirmez (madde R112-4). Belgeyi hazır olur olmaz size veririz.
ack-service = Başvurunuzdan sorumlu hizmet: { $service }, { $address }.
ack-service-phone = Telefon: { $phone }.
ack-service-email = E-posta: { $email }.
ack-follow = Başvurunuzu { $url } adresinden takip edin (referans { $reference }, takip kodu { $code }).
ack-sources = Yasal metinler: Halk ile İdare Arasındaki İlişkiler Kanunu (code des relations entre le public et l'administration) L112-3, R112-4, R112-5 ve L231-4 maddeleri; İdari Yargı Kanunu (code de justice administrative) R421-2 maddesi.
ack-translation-note = Bilgi amaçlı çeviri: yalnızca Fransızca metin hukuken geçerlidir.
ack-email-subject = { $reference } referanslı başvurunuzun alındı belgesi
ack-print = Yazdır
ack-in-french = Fransızca metin
ack-open = Yazdırılacak alındı belgesi
requests-postal-address = Posta adresi (isteğe bağlı)
requests-postal-address-hint = Pencereli zarfla gönderilecek mektup için: adresin her satırını ayrı bir satıra yazın.
requests-error-address = Posta adresi çok uzun (en fazla altı satır).
follow-answer = Yanıtınız
follow-answer-hint = Sizden istediğimiz bilgi: buraya yazın, isterseniz kendi dilinizde.
follow-answer-send = Yanıtımı gönder
follow-answer-sent = Yanıtınız gönderildi: yanıt süresi yeniden işliyor.
requests-event-resident = Başvuru sahibinin yanıtı

## Başvuru sahibine yanıtlar ve sorular: e-posta, SMS veya mektupla
requests-means = Başvuru sahibi bunu nasıl alacak
requests-means-follow-page = Yalnızca takip sayfasında
requests-means-email = E-postayla
requests-means-sms = SMS ile (takip sayfasına bir bağlantı)
requests-means-letter = Basılı mektupla
requests-error-means = Başvuru sahibinin bu mesajı nasıl alacağını seçin.
requests-error-means-email = Bu başvuruda e-posta adresi yok: başka bir yol seçin.
requests-error-means-sms = Bu başvuruda cep telefonu numarası yok: başka bir yol seçin.
requests-error-means-letter = Bu başvuruda posta adresi yok: başka bir yol seçin.
requests-print-letter = Yazdırılacak mektup
reply-email-subject = “{ $subject }” konulu başvurunuzun yanıtı
question-email-subject = “{ $subject }” konulu başvurunuz için açıklama gerekiyor
reply-opening = “{ $subject }” konulu başvurunuzun (referans { $reference }) yanıtı aşağıdadır.
question-opening = “{ $subject }” konulu başvurunuzu (referans { $reference }) işleme alabilmemiz için bir açıklamaya veya belgeye ihtiyacımız var:
question-how-to-answer = Yanıtınızı alana kadar yanıt süremiz durdurulmuştur.
question-email-reply = Konu satırındaki referansı koruyarak doğrudan bu e-postayı yanıtlayabilir ve istenen belgeleri ekleyebilirsiniz.
reply-follow = Başvurunuzu { $url } adresinden takip edin (referans { $reference }, takip kodu { $code }).
reply-sms = Belediye: { $reference } referanslı başvurunuz yanıtlandı. Yanıtı okuyun: { $url }
question-sms = Belediye: { $reference } referanslı başvurunuz için sizden açıklama bekliyoruz. Bkz. { $url }
reply-letter-title = Başvurunuzun yanıtı
question-letter-title = Açıklama talebi

## Ekler ve gelen posta
requests-event-file = Belge eklendi
requests-files = Belgeler
requests-files-none = Belge yok.
requests-file-size = { $kilobytes } KB
requests-file-add = Taranmış bir belge ekle
requests-file-send = Belgeyi ekle
requests-file-added = Belge başvuruya eklendi.
requests-error-scan-missing = Mektubun taranmış dosyasını seçin.
requests-error-scan-too-large = Dosya 10 MB'ı aşıyor: siyah beyaz veya 200 dpi çözünürlükte tarayın ya da birkaç dosyaya bölün.
requests-error-scan-type = Bu dosya ne PDF ne de JPEG veya PNG görüntüsü.
requests-error-received-date = Alınma tarihi son bir yıl içinde olmalı, gelecekte olmamalı.
requests-error-letter-address = Gönderenin posta adresini ya da bir telefon veya e-posta adresi girin.
letter-title = Mektup kaydet
letter-hint = Gelen bir mektup başvuruya dönüşür: süresi alınma tarihinden itibaren işler ve alındı belgesi yazdırılmaya hazırdır.
letter-received = Alınma tarihi
letter-sender = Gönderen (ad soyad)
letter-address-hint = Gönderenin adresi, adresin her satırı ayrı bir satıra: alındı belgesi ona pencereli zarfla gönderilir.
letter-summary = Mektubun özeti (isteğe bağlı)
letter-scan = Taranmış mektup
letter-scan-hint = PDF, JPEG veya PNG, en fazla { $megabytes } MB.
letter-register = Mektubu kaydet

## Mükerrer başvurular
requests-action-merge = Aynı başvuru sahibinin başka bir başvurusuyla birleştir
requests-event-merged = Başvurular birleştirildi
requests-merge-target = Korunacak başvurunun referansı
requests-merge-hint = Örneğin D-2026-00042: bu başvuru kapatılır, belgeleri ve mesajı diğerine aktarılır ve takip sayfası diğerini gösterir.
requests-error-merge-target = Bu referansa sahip bir başvuru yok.
requests-error-merge-same = Bir başvuru kendisiyle birleştirilemez.
requests-error-merge-closed = Korunacak başvuru açık olmalı ve kendisi de başka bir başvuruyla birleştirilmiş olmamalı.
requests-error-merge-other-resident = İki başvurunun ne e-posta adresi ne de telefonu aynı: yalnızca aynı başvuru sahibinin başvuruları birleştirilir.
follow-merged = { $from } referanslı başvurunuz, { $reference } referanslı başvurunuzla birleştirildi: başvurunuzun son durumunu burada görebilirsiniz.

## Yanıt şablonları
reply-templates-title = Yanıt şablonları
reply-templates-hint = Her başvuru türü (veya tüm türler) ve her dil için bir şablon: bir başvurunun sayfasında yanıtı veya soruyu doldurur, görevli de göndermeden önce metni uyarlar.
reply-templates-new = Yeni şablon
reply-templates-list = Belediyenin şablonları
reply-templates-none = Henüz şablon yok.
reply-templates-name = Şablon başlığı
reply-templates-text = Metin
reply-templates-kind-any = Tüm türler
reply-templates-save = Şablonu kaydet
reply-templates-delete = Şablonu sil
reply-templates-saved = Şablonlar kaydedildi.
reply-templates-use = Bir şablondan başla
reply-templates-fill = Bu şablonla doldur
requests-error-template-title = Şablona en fazla 200 karakterlik bir başlık verin.
requests-error-template-language = Şablonun dilini seçin.
requests-procedure-sheets = Bu türdeki işlem kartları
residents-rights = Verileri üzerindeki haklar (KVKK/GDPR)
residents-export = Tüm verilerini indir (JSON dosyası)
residents-erase-confirm = Kişi verilerinin silinmesini istedi. Yaklaşan randevuları iptal edilecek, bekleme listeleri sonlandırılacak ve başvurularında kendisine yanıt vermek için iletişim bilgisi kalmayacak. Bu işlem geri alınamaz.
residents-erase = Verilerini sil
residents-erase-unconfirmed = Bu kişinin verilerini silmek için onay kutusunu işaretleyin.
residents-erase-nobody = Bu arama artık bu kişiyi bulmuyor: hiçbir şey silinmedi veya dışa aktarılmadı.
residents-erased = { $count ->
   *[other] Veriler silindi: { $count } kayıt anonimleştirildi.
}
