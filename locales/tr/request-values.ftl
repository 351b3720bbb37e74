# Requests' typed values (statuses, channels, kinds): kept in the browser's copy of
# the texts, apart from requests.ftl, which only server-rendered pages use.

## Tipli değerler
request-status-received = Alındı
request-status-in-progress = İşleniyor
request-status-waiting-resident = Sizden yanıt bekleniyor
request-status-answered = Yanıt gönderildi
request-status-closed = Kapatıldı
request-channel-desk = Karşılama masası
request-channel-phone = Telefon
request-channel-email = E-posta
request-channel-letter = Mektup
request-channel-web = Çevrimiçi form
request-channel-outbound-call = Giden arama
request-kind-information = Bilgi talebi
request-kind-certificate = Belge veya kayıt örneği talebi
request-kind-notary = Noterden gelen soru
request-kind-complaint = Şikâyet
request-kind-other = Diğer başvuru
