# Dil paneli (/agent/interpretation): arayüz metinleri. Cümlelerin kendisi
# phrasebook.ftl dosyasındadır.

panel-choose-language = Önce vatandaşın dilini seçin.
panel-language = Vatandaşın dili
panel-find-language = Dil ara (Türkçe ya da o dilin kendisiyle)
panel-search = Ara
panel-no-language = Eşleşen dil yok.
panel-situations = Durumlar
panel-search-phrases = Fransızca cümle ara
panel-results = Arama sonuçları
panel-no-phrase = Eşleşen cümle yok.
panel-phrase = Seçilen cümle
panel-french = Fransızca
panel-show = Vatandaşa göster
panel-values = Cümleyi tamamla
panel-value-date = Tarih
panel-value-time = Saat
panel-value-place = Yer
panel-value-desk = Gişe
panel-value-service = Hizmet
panel-value-amount = Euro cinsinden tutar
panel-value-amount-hint = Örneğin 25 veya 25,50.
panel-value-motif = Bir işlemin belgeleri
panel-value-documents = Getirilecek belgeler
panel-value-documents-hint = Her satıra bir belge, Fransızca yazın ya da yukarıdan bir işlem seçin.
panel-value-count = Sayı
panel-value-days = Gün sayısı
panel-value-gender = Cümle uyumu (vatandaşın cinsiyeti)
panel-gender-unspecified = Belirtilmemiş
panel-gender-female = Kadın
panel-gender-male = Erkek
panel-fill = Tamamla
panel-error-value = Bir değer okunamadı: işaretlenen alanı düzeltin. O zamana kadar cümlede bu yer boş kalır.
panel-answers = Vatandaşın yanıtları
panel-resident-said = Vatandaşın yanıtı:
panel-back = Panele dön

speech-read-aloud = Sesli oku
speech-voice = Ses
speech-no-voice = Bu bilgisayarda bu dil için ses yok: bunun yerine metni vatandaşa gösterin.

# Dil adları arayüz dilinde (dilin kendi dilindeki adı koddan gelir).
language-fr = Fransızca
language-en = İngilizce
language-ar = Arapça
language-fa = Farsça
language-es = İspanyolca
language-pt = Portekizce
language-tr = Türkçe
language-ro = Rumence
language-ru = Rusça
language-uk = Ukraynaca
language-zh = Çince

# Panele eşlenen vatandaş ekranı (/interpretation).
pairing-title = Vatandaş ekranı
pairing-intro = Vatandaşa dönük bir tablet ya da ikinci bir ekran, gönderdiğiniz cümleleri gösterir ve vatandaşın yanıtlarını size iletir. Görüşmeden hiçbir şey kaydedilmez.
pairing-start = Ekran eşle
pairing-code = Eşleme kodu:
pairing-how = Vatandaşın ekranında Guichet'nin { $address } adresini açın ve bu kodu yazın.
pairing-joined = Vatandaşın ekranı bağlandı.
pairing-resident-tapped = Vatandaş şuna dokundu:
pairing-send = Vatandaşın ekranına gönder
pairing-end = Görüşmeyi bitir
pairing-none = Eşlenmiş ekran yok (görüşme sona ermiş olabilir): yeniden bir ekran eşleyin.
pairing-screen-page = Vatandaş ekranı
pairing-ask-intro = Danışmanın dil panelinde görünen kodu yazın.
pairing-code-label = Eşleme kodu (6 haneli)
pairing-open = Aç
pairing-unknown-code = Bu kod devam eden hiçbir görüşmeyle eşleşmiyor. Kodu danışmanın panelinden kontrol edin; görüşme, ziyaretle birlikte sona erer.
pairing-code-taken = Bu kod zaten başka bir ekranda açık. Danışmandan görüşmeyi bitirip yeni bir kod göstermesini isteyin.
# Ekranın kendi metinleri, vatandaşın dilinde.
pairing-screen-title = Görevli sizinle burada konuşuyor
pairing-screen-waiting = Merhaba. Görevli buraya, sizin dilinizde yazacak.
pairing-screen-answers = Cevabınıza dokunun:
pairing-screen-sent = Görevliye gönderildi:
pairing-screen-ended = Görüşme sona erdi. Teşekkür ederiz, hoşça kalın.

# Tercümanlar (/agent/interpretation/interpretes ve panel).
interpreters-title = Tercümanlar
interpreters-back-to-panel = Dil paneline dön
interpreters-my-languages = Dilleriniz: { $languages }.
interpreters-new-request = Yeni { $language } tercüman talebi: { $place }, talep eden: { $name }.
interpreters-requests = Bugünkü talepler
interpreters-no-request = Bugün devam eden bir tercüman talebi yok.
interpreters-my-appointments = Tercümanlık yapacağım randevular
interpreters-appointments = Tercüman gereken randevular (önümüzdeki 14 gün)
interpreters-no-appointment = Yaklaşan randevuların hiçbiri tercüman gerektirmiyor.
interpreters-when = Tarih ve saat
interpreters-language = Dil
interpreters-where = Yer ve işlem
interpreters-interpreter = Tercüman
interpreters-coming = { $name } geliyor.
interpreters-waiting = Tercüman bekleniyor.
interpreters-nobody-on-duty = Şu anda bu dilde görevde olan tercüman yok.
interpreters-on-duty = Görevde: { $names }.
interpreters-asked-by = talep eden: { $name }, saat { $time }
interpreters-accept = Geliyorum
interpreters-cancel = Talebi iptal et
interpreters-none = Yok
interpreters-assign = Ata
interpreters-panel-title = Tercüman
interpreters-ask = Tercüman iste ({ $language })
interpreters-asked-at = Talep gönderildi (saat { $time }): görevdeki tercümanlara haber verildi.
interpreters-error-gone = Bu talep ya da randevu artık mevcut değil.
interpreters-error-not-yours = Bu talebi yalnızca bu dili konuşan bir tercüman üstlenebilir.
interpreters-error-taken = Bu talebi başka bir tercüman zaten üstlendi.
interpreters-error-not-allowed = Tercümanlar randevuları kendilerine atayamaz: bunu bir danışman ya da bir sorumlu yapar.
interpreters-error-language = Bu tercüman, bu randevu için istenen dili konuşmuyor.
interpreters-error-busy = Bu tercümanın o saatte zaten bir randevusu var.

# Belediyenin cümleleri (/agent/interpretation/phrases).
local-phrases-title = Belediyenin cümleleri
local-phrases-intro = Belediyenin eklediği cümleler, o dili konuşan bir görevli çevirilerini doğruladığı anda dil panelinde kendi durumlarının altında yer alır.
local-phrases-none = Henüz eklenmiş cümle yok.
local-phrases-no-translation = Henüz çeviri yok.
local-phrases-verified-by = Doğrulayan: { $name }
local-phrases-not-verified = Doğrulanmadı
local-phrases-verify = Çeviriyi onayla ({ $language })
local-phrases-retire = Cümleyi kaldır
local-phrases-add = Cümle ekle
local-phrases-french = Fransızca cümle
local-phrases-translations = Çeviriler
local-phrases-translations-hint = Henüz kimsenin çevirmediği dilleri boş bırakın. Her çeviri, o dili konuşan bir görevli onaylayana kadar “Doğrulanmadı” olarak kalır.
local-phrases-save = Cümleyi kaydet
local-phrases-saved = Cümle kaydedildi. Çevirileri doğrulanmayı bekliyor.
local-phrases-verified = Çeviri onaylandı: artık panelde görünüyor.
local-phrases-link = Belediyenin cümleleri
local-phrases-error-french = Cümleyi Fransızca yazın.
local-phrases-error-long = Bir cümle ya da çeviri çok uzun (en fazla 300 karakter).
local-phrases-error-situation = Listeden bir durum seçin.
local-phrases-error-not-speaker = Bu dildeki çeviriyi yalnızca bu dili konuşan bir görevli onaylayabilir.
local-phrases-error-gone = Bu çeviri artık mevcut değil.
panel-procedure-sheets = İşlem kartları
panel-procedure-sheets-in = İşlem kartları, dil: { $language }
