# İşlem kartları: vatandaş sayfaları (/demarches) ve görevli sayfaları (/agent/demarches).

procedures-title = İşlemler
procedures-intro = Her işlem için bilmeniz ve getirmeniz gerekenler, kolay okunur Fransızcayla ve kendi dilinizde.
procedures-search-label = İşlem ara
procedures-search = Ara
procedures-results = { $count ->
    [0] “{ $query }” için kart yok
    [one] “{ $query }” için bir kart
   *[other] “{ $query }” için { $count } kart
}
procedures-no-result = Başka bir kelime deneyin ya da danışmaya sorun: size kendi dilinizde yanıt veririz.
procedures-back = Tüm işlemler
procedures-back-to-sheet = Karta dön
procedures-to-falc = Kolay okunur sürüm
procedures-to-standard = Tam sürüm
procedures-print = Yazdır
procedures-print-hint = Bu sayfayı A4 kâğıda yazdırmak için tarayıcınızın Yazdır komutunu kullanın (Ctrl + P).
procedures-qr = Çevrim içi karta giden QR kod
procedures-languages = Kartın dilleri
procedures-variant-standard = Tam sürüm
procedures-variant-falc = Kolay okunur
procedures-out-of-date = Bu kartın Fransızca sürümü bu çeviriden sonra değişti: çeviri artık doğru olmayabilir.
procedures-read-french = Fransızca sürümü okuyun
procedures-not-translated = Bu kart henüz sizin dilinize çevrilmedi: Fransızcası aşağıdadır.
procedures-audience = Kimler için?
procedures-situations = Durumunuz
procedures-steps = Adımlar
procedures-documents = Getirilecek belgeler
procedures-cost = Ücreti ne kadar?
procedures-free = Ücretsiz
procedures-delay = Süre
procedures-delay-on-the-spot = Hemen, yerinde
procedures-delay-days = { $days ->
    [one] 1 gün
   *[other] { $days } gün
}
procedures-delay-range = { $min } ile { $max } gün arası
procedures-where = Nereye başvurmalı?
procedures-appointment-required = Yalnızca randevuyla.
procedures-appointment-recommended = Randevulu ya da randevusuz; randevunuz varsa beklemezsiniz.
procedures-appointment-none = Randevusuz, çalışma saatlerinde.
procedures-book = Randevu al
procedures-online = Çevrim içi
procedures-online-link = İşlemi çevrim içi yapın
procedures-note-know = Bilmenizde yarar var:
procedures-note-warning = Dikkat:
procedures-legal = Dayanak metinler
procedures-sources = Kaynaklar
procedures-reviewed = Kart { $date } tarihinde kontrol edildi
procedures-version = sürüm { $version }, yayımlanma tarihi: { $date }
procedures-falc-checked = Kolay okunur sürüm { $date } tarihinde { $who } tarafından gözden geçirildi

# Görevliler
procedures-staff-title = İşlem kartları
procedures-staff-intro = Herkese aynı yanıt: her kart, kolay okunur sürümü, çevirileri ve sürümleri. Vatandaşlar her zaman yayımlanmış sürümü okur.
procedures-translations-of = Yapılacak çeviriler, dil:
procedures-no-language = (dil yok)
procedures-tasks = { $count ->
    [0] Çevrilecek bir şey yok
    [one] Çevrilecek veya güncellenecek bir metin
   *[other] Çevrilecek veya güncellenecek { $count } metin
}
procedures-tasks-none = Tüm kartlar bu dile çevrilmiş ve güncel.
procedures-tasks-caption = Çevrilecek veya güncellenecek metinler
procedures-sheet = Kart
procedures-variant = Sürüm
procedures-state = Durum
procedures-actions = İşlemler
procedures-translate = Çevir
procedures-sheets-count = { $count ->
    [one] Bir kart
   *[other] { $count } kart
}
procedures-service = Hizmet
procedures-reviewed-on = Kontrol tarihi
procedures-falc = Kolay okunur
procedures-falc-ok = Hedef okurlardan biri gözden geçirdi
procedures-falc-to-check = Gözden geçirtilmeli
procedures-to-translate = Çevrilecek diller
procedures-draft = Taslak
procedures-published = Yayımlandı
procedures-translation-missing = Çevrilecek
procedures-translation-up-to-date = Güncel
procedures-translation-to-update = Güncellenecek
procedures-translation-out-of-date = Eskimiş (okurlar uyarılıyor)
procedures-back-staff = Tüm kartlar
procedures-public-page = Vatandaş sayfası
procedures-edit-standard = Tam sürümü düzenle
procedures-edit-falc = Kolay okunur sürümü düzenle
procedures-staff-notes = Görevliler için notlar
procedures-owner = Kartı takip eden: { $name }
procedures-translations = Çeviriler
procedures-language = Dil
procedures-versions = Sürümler
procedures-when = Tarih
procedures-author = Yapan
procedures-falc-check = Hedef okurlardan birinin gözden geçirmesi
procedures-edit-minor = Küçük değişiklik
procedures-edit-medium = Orta değişiklik
procedures-edit-major = Büyük değişiklik

# Düzenleyici
procedures-editor-title = Kartı düzenle
procedures-editing = { $variant } — dil: { $language }
procedures-published-ok = Yayımlandı: vatandaşlar artık bu sürümü okuyor.
procedures-draft-ok = Taslak kaydedildi: vatandaşlar hâlâ yayımlanmış sürümü okuyor.
procedures-facts-ok = Kart bilgileri kaydedildi.
procedures-checked-ok = Gözden geçirme kaydedildi.
procedures-draft-pending = Yayımlanmayı bekleyen bir taslak var: vatandaşlar hâlâ yayımlanmış sürümü okuyor.
procedures-french-beside = Çevrilecek Fransızca metin
procedures-advice = Okunabilirlik önerileri
procedures-advice-long-sentence = Uzun cümle, bölünmeli
procedures-advice-rare-word = Az kullanılan kelime, değiştirilmeli ya da açıklanmalı
procedures-advice-abbreviation = Kısaltma, açık yazılmalı
procedures-edit-level = Değişikliğin önemi
procedures-edit-level-hint = Orta: çevirilerin güncellenmesi gerekir. Büyük (bir bilgi değişiyor: ücret, süre, belge): çevirilerin okurları da uyarılır.
procedures-part-title = Başlık
procedures-part-summary = Özetle
procedures-part-audience = Kimler için
procedures-part-keywords = Aranan diğer kelimeler
procedures-part-situations = Durumlar
procedures-part-steps = Adımlar
procedures-part-documents = Getirilecek belgeler
procedures-part-costs = Ücretler
procedures-part-delay = Sürenin açıklaması
procedures-part-online = Çevrim içi
procedures-part-notes = Kutular
procedures-keywords-hint = Virgülle ayrılmış: kısaltmalar, günlük kelimeler.
procedures-situations-hint = Her satırda bir durum: durum, ardından “|” ve neyi değiştirdiği.
procedures-lines-hint = Her satırda bir adım.
procedures-documents-hint = Her satırda bir belge; yalnızca bir durumda isteniyorsa “|” ve o durumu ekleyin.
procedures-costs-hint = Her satırda bir durum: euro cinsinden tutar (ücretsizse 0), ardından “|” ve durum.
procedures-notes-hint = Her satırda bir kutu; “Bilmenizde yarar var” için “!”, “Dikkat” için “!!” ile başlayın.
procedures-delay-min = En kısa süre (gün)
procedures-delay-max = En uzun süre (gün)
procedures-save-draft = Taslağı kaydet
procedures-publish = Yayımla
procedures-falc-check-hint = Kolay okunur bir sürümü, hitap ettiği kişilerden biri gözden geçirir. Her yeni sürüm kendi gözden geçirmesini gerektirir.
procedures-checked-by = Gözden geçiren
procedures-checked-on = Gözden geçirme tarihi
procedures-record-check = Gözden geçirmeyi kaydet
procedures-facts = Kart bilgileri
procedures-motif = Randevu konusu
procedures-no-motif = (randevu yok)
procedures-appointment = Randevu
procedures-online-url = Çevrim içi işlemin adresi
procedures-references-hint = Her satırda bir kaynak: adı, ardından “|” ve adresi (https://…).
procedures-owner-field = Kartı takip eden görevli
procedures-no-owner = (kimse)
procedures-save-facts = Bilgileri kaydet

procedures-error-too-long = Bir alan çok uzun.
procedures-error-too-many = Bir listede çok fazla satır var (en fazla 30).
procedures-error-situation = Her durumun ardından bir “|” ve neyi değiştirdiği gelmelidir.
procedures-error-cost = Her ücret euro cinsinden bir tutarla başlar, ardından “|” ve durum gelir.
procedures-error-delay = Süre, bir gün sayısından ona eşit ya da daha büyük bir sayıya kadar olmalıdır.
procedures-error-missing = Kartın bir bölümü boş: başlık, özet, kimler için, durumlar, adımlar, belgeler, ücretler, süre ve “çevrim içi” bölümlerinin hepsi gereklidir.
procedures-error-url = Adres https:// ile başlamalıdır.
procedures-error-language = Bu dil sunulmuyor.
procedures-error-version = Kartın bu sürümü yok.
procedures-error-level = Değişikliğin küçük, orta ya da büyük olduğunu belirtin.
procedures-error-no-french = Önce Fransızca sürümü yayımlayın.
procedures-error-shape = Çeviri, Fransızca metinle aynı bölümlere sahip olmalıdır: aynı sayıda durum, adım, belge ve kutu, aynı tutarlar ve aynı süreler.
procedures-error-sources = En az bir dayanak metin ve adresiyle birlikte bir kaynak gereklidir.
procedures-error-appointment = Randevu gerekip gerekmediğini seçin.
procedures-error-date = Bu tarih geçerli değil (YYYY-AA-GG, gelecekte olamaz).
procedures-error-motif = Bu randevu konusu yok.
procedures-error-owner = Bu görevli yok.
procedures-error-checked-by = Kartı kimin gözden geçirdiğini belirtin.
procedures-error-no-falc = Önce kolay okunur sürümü yayımlayın.
procedures-read-aloud = Sesli oku
procedures-stop-reading = Okumayı durdur
procedures-no-voice = Bu cihazda bu dil için ses yok.
procedures-of-kind = “{ $kind }” türündeki taleplere yanıt veren kartlar.
