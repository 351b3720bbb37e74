## "Aller vers" campaigns: lists of residents to call (/agent/usagers/campagnes)
campaigns-title = Arama kampanyaları
campaigns-intro = Vatandaşlara biz ulaşıyoruz: aynı nedenle (sıcak hava dalgası, kayıtlar, bir işlemin hatırlatılması) aranacak kişilerin listesi. Her danışman sıradaki kişiyi alır; kimse aynı anda iki kez aranmaz ve her arama bir görüşme olarak kaydedilir.
campaigns-back-residents = Vatandaşlara dön
campaigns-back = Tüm kampanyalar
campaigns-back-campaign = Kampanyaya dön
campaigns-list = Kampanyalar
campaigns-none = Henüz kampanya yok.
campaigns-name = Başlık
campaigns-service = Hizmet
campaigns-no-service = Tüm hizmetler
campaigns-created = Oluşturulma tarihi
campaigns-progress = İlerleme
campaigns-left = { $people } kişiden { $left } kişi aranacak
campaigns-left-short = { $left ->
    [0] aranacak kimse kalmadı
    [one] aranacak 1 kişi kaldı
   *[other] aranacak { $left } kişi kaldı
}
campaigns-closed = Sona erdi
campaigns-new = Yeni kampanya
campaigns-purpose = Ne söylenecek
campaigns-purpose-hint = Danışman her aramada okur: aramanın nedeni, ne sorulacağı, hangi numaraların verileceği.
campaigns-source = Aranacak kişiler
campaigns-source-list = Bir liste (CSV dosyası veya hesap tablosundan kopyalanan hücreler)
campaigns-source-filter = Bir süredir görüşme yapılmamış vatandaşlar
campaigns-list-field = Yapıştırılacak liste
campaigns-list-hint = Her satırda bir kişi: ad, telefon, ardından isterseniz dil (fr, ar, en…) ve bir açıklama. Ayırıcı noktalı virgül, virgül veya sekme; bir başlık satırı kabul edilir. En fazla 5.000 kişi.
campaigns-filter-months = Şu süredir randevusu ve başvurusu olmayanlar
campaigns-months = { $months } ay
campaigns-create = Kampanyayı oluştur
campaigns-created-ok = Kampanya oluşturuldu: aramalara başlayabilirsiniz.
campaigns-closed-ok = Kampanya sona erdi.
campaigns-closed-hint = Bu kampanya sona erdi: artık kimse aranmıyor.
campaigns-finished = Herkes arandı.
campaigns-called = Arama kaydedildi.
campaigns-resume = Devam eden aramama dön
campaigns-nobody-left = Bu kampanyada aranacak kimse kalmadı.
campaigns-next = Sıradaki kişiyi ara
campaigns-people = Listedeki kişiler
campaigns-person = Kişi
campaigns-phone = Telefon
campaigns-status = Durum
campaigns-attempts = Aramalar
campaigns-last-call = Son arama
campaigns-note = Not
campaigns-close = Kampanyayı bitir
campaigns-close-hint = Kampanyayı bitirmek aramaları durdurur; liste ve sonuçları görüntülenebilir kalır.
campaigns-call-title = Arama
campaigns-no-call = Bu kampanyada devam eden bir aramanız yok.
campaigns-language = Dil
campaigns-detail = Açıklama
campaigns-last-note = Son aramanın notu
campaigns-attempts-before = { $count ->
    [0] ilk arama
    [one] daha önce 1 kez arandı
   *[other] daha önce { $count } kez arandı
}
campaigns-outcome = Arama nasıl geçti?
campaigns-outcome-reached = Kişiye ulaşıldı
campaigns-outcome-no-answer = Yanıt yok
campaigns-outcome-wrong-number = Yanlış numara
campaigns-outcome-declined = Aranmak istemiyor
campaigns-save-next = Kaydet ve sıradakini ara
campaigns-save = Kaydet ve kampanyaya dön
campaigns-status-to-call = Aranacak
campaigns-status-reached = Ulaşıldı
campaigns-status-unreachable = 3 aramada ulaşılamadı
campaigns-status-wrong-number = Yanlış numara
campaigns-status-declined = Reddetti
campaigns-error-title = Kampanyaya bir başlık verin (en fazla 120 karakter).
campaigns-error-purpose = Aranan kişilere ne söyleneceğini yazın (en fazla 2.000 karakter).
campaigns-error-service = Bu hizmet yok: listeden bir hizmet seçin.
campaigns-error-source = Aranacak kişilerin nereden geleceğini seçin: bir liste veya görüşme yapılmamış vatandaşlar.
campaigns-error-empty = Listede kimse yok: her satırda bir kişi, önce adı, sonra telefonu.
campaigns-error-too-many = Liste çok uzun: kampanya başına en fazla 5.000 kişi.
campaigns-error-lines = Hiçbir şey kaydedilmedi: şu satırlarda ad ya da kullanılabilir bir telefon numarası yok: { $lines }. Bunları düzeltin, sonra listeyi yeniden yapıştırın.
campaigns-error-filter = Listeden bir süre seçin.
campaigns-error-nobody = Uyan vatandaş yok: telefonu olan herkesle bu süre içinde görüşme yapılmış.
campaigns-error-closed = Bu kampanya sona erdi: artık kimse aranmıyor.
campaigns-error-busy = Aynı anda çok sayıda danışman arama yapıyor: yeniden deneyin.
campaigns-error-not-yours = Bu arama artık sizin değil (zaten kaydedildi ya da bir meslektaşınız devraldı): sıradaki kişiyi arayın.
campaigns-error-outcome = Aramanın nasıl geçtiğini belirtin.
campaigns-error-note = Not çok uzun (en fazla 1.000 karakter).
