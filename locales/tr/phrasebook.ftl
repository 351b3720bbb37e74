### Dil paneli: belediyede vatandaşları karşılamak için kontrol edilmiş cümleler (Türkçe çeviri).
### Görevli cümleyi Fransızca okur; vatandaş cümleyi kendi dilinde, tam ekran görür ve dinler.
### Vatandaş bir cevaba dokunarak yanıt verir (answer-… mesajları).
### Türkçede dilbilgisel cinsiyet yok: $gender içeren mesajlarda tek bir *[other] seçeneği var.
### $place, $desk, $service ve $documents ek almaz: cümleler bu değerleri yalın hâlde bırakır.

## Durumlar

phrasebook-situation-welcome = Karşılama ve yönlendirme
phrasebook-situation-queue = Bekleme ve sıra
phrasebook-situation-identity = Kimlik kartı ve pasaport
phrasebook-situation-civil-status = Nüfus kayıt belgeleri
phrasebook-situation-school = Okul kaydı ve küçük çocuklar
phrasebook-situation-planning = İmar ve yapı işleri
phrasebook-situation-social = Sosyal yardım (CCAS)
phrasebook-situation-payments = Ödemeler ve ücretler
phrasebook-situation-appointments = Randevular
phrasebook-situation-documents = Getirilecek belgeler
phrasebook-situation-understanding = Anlaşıldığını kontrol etme
phrasebook-situation-safety = Güvenlik ve acil durumlar
phrasebook-situation-closing = Görüşmenin sonu

## Belge listeleri

phrasebook-list-comma = ,{" "}
phrasebook-list-and = { $first } ve { $last }

## Vatandaşın cevapları (tüm durumlar)

answer-yes = Evet
answer-no = Hayır
answer-dont-understand = Anlamıyorum
answer-repeat = Tekrar eder misiniz, lütfen?
answer-slower = Daha yavaş, lütfen
answer-interpreter = Tercümana ihtiyacım var
answer-wait = Bir dakika, lütfen
answer-write = Bunu yazabilir misiniz?

## Karşılama ve yönlendirme

phrase-welcome-hello = Merhaba, belediyeye hoş geldiniz.
phrase-welcome-how-help = Size nasıl yardımcı olabilirim?
phrase-welcome-which-procedure = Hangi işlem için geldiniz?
phrase-welcome-screen = Anlaşabilmek için bu ekranı kullanacağız.
phrase-welcome-tap-answer = Ekrandaki bir cevaba dokunarak yanıt verebilirsiniz.
phrase-welcome-have-appointment = Randevunuz var mı?
phrase-welcome-take-ticket = Girişteki terminalden bir sıra numarası alın.
phrase-welcome-handle-here = Talebinizle burada, gişede ilgilenebilirim.
phrase-welcome-go-to-desk = Lütfen şu gişeye gidin: { $desk }.
phrase-welcome-service-ground-floor = { $service } birimi zemin katta.
phrase-welcome-service-first-floor = { $service } birimi birinci katta.
phrase-welcome-service-second-floor = { $service } birimi ikinci katta.
phrase-welcome-service-other-building = { $service } birimi başka bir binada: { $place }.
phrase-welcome-transfer = { $service } biriminden bir görevli sizinle ilgilenecek.
phrase-welcome-not-here = Bu işlem belediyede yapılmıyor.
phrase-welcome-other-office = Bu işlem için şu kuruma başvurun: { $place }.
phrase-welcome-online = Bu işlemi internetten de yapabilirsiniz.
phrase-welcome-france-services = France Services (kamu hizmetleri danışma merkezi), CAF (aile yardımları kurumu), vergiler veya emeklilik konularında size yardımcı olabilir.
phrase-welcome-toilets = Tuvaletler koridorun sonunda.

answer-welcome-appointment = Randevum var
answer-welcome-information = Bilgi almak için geldim
answer-welcome-toilets = Tuvaletler nerede?

## Bekleme ve sıra

phrase-queue-wait-room = Lütfen bekleme salonunda bekleyin.
phrase-queue-sit-down = Oturabilirsiniz.
phrase-queue-screen = Numaranız, gişe numarasıyla birlikte ekranda görünecek.
phrase-queue-people-ahead = { $count ->
   *[other] Önünüzde { $count } kişi var.
 }
phrase-queue-registered = { $gender ->
   *[other] Bekleme sırasına kaydedildiniz.
 }
phrase-queue-next = { $gender ->
   *[other] Sıradaki sizsiniz.
 }
phrase-queue-your-turn = Sıra sizde. Lütfen şu gişeye gidin: { $desk }.
phrase-queue-wait-short = Bekleme süresi birkaç dakika.
phrase-queue-wait-long = Bugün bekleme süresi uzun.
phrase-queue-sorry = Beklettiğimiz için özür dileriz.
phrase-queue-priority-question = { $gender ->
   *[other] Öncelikli hizmete ihtiyacınız var mı?
 }
phrase-queue-priority-rule = Engelli kişiler, hamile kadınlar ve yaşlılar önceliklidir.
phrase-queue-sms = Dışarıda bekleyebilirsiniz: sıranız yaklaşınca size SMS gelecek.
phrase-queue-follow-phone = Sıra fişindeki QR kod ile sıranızı telefonunuzdan takip edebilirsiniz.
phrase-queue-missed = Numaranız zaten çağrıldı. Lütfen terminalden yeni bir sıra numarası alın.
phrase-queue-closing-soon = Karşılama birazdan kapanıyor. Bugün artık yeni kişi kabul edemiyoruz.
phrase-queue-come-back = Lütfen { $date } tarihinde tekrar gelin. Açılış saati: { $time }.
phrase-queue-appointment-faster = Randevu alırsanız daha az beklersiniz.

answer-queue-how-long = Ne kadar beklemem gerekiyor?
answer-queue-priority = Öncelikli olarak görülmem gerekiyor
answer-queue-come-back = Daha sonra tekrar geleceğim

## Kimlik kartı ve pasaport

phrase-identity-appointment-only = Kimlik kartı ve pasaport başvurusu yalnızca randevuyla yapılır.
phrase-identity-pre-application = Önce ANTS (kimlik belgeleri için resmî internet sitesi) sitesinden internet üzerinden bir pré-demande (ön başvuru) yapın.
phrase-identity-pre-application-number = Lütfen pré-demande (ön başvuru) numarasını veya QR kodlu özet sayfasını getirin.
phrase-identity-bring = Kimlik kartınız veya pasaportunuz için şunları getirin: { $documents }.
phrase-identity-photo-rules = Vesikalık fotoğraf 6 aydan eski olmamalı; baş açık, yüz ifadesiz ve ağız kapalı olmalıdır.
phrase-identity-photo-booth = Onaylı bir fotoğraf kabininde çektirdiyseniz, e-photo kodunu saklayın.
phrase-identity-photo-count = { $count ->
   *[other] { $count } vesikalık fotoğraf getirin.
 }
phrase-identity-old-document = Eski kimlik kartınızı veya eski pasaportunuzu getirin.
phrase-identity-fingerprints = Parmak izlerinizi alacağız.
phrase-identity-signature = Kenarlara değmeden, kutunun içine imza atın.
phrase-identity-child-present = Başvuru günü çocuğun da gelmesi gerekir.
phrase-identity-parent-present = 18 yaşından küçük bir çocuk için, anne veya babadan biri kendi kimlik belgesiyle gelmelidir.
phrase-identity-passport-fee = Pasaport için { $amount } tutarında timbre fiscal (internetten veya tütün bayisinden alınan harç pulu) gerekir.
phrase-identity-loss-fee = Kimlik kartınız kaybolduysa veya çalındıysa, { $amount } tutarında timbre fiscal (internetten veya tütün bayisinden alınan harç pulu) gerekir.
phrase-identity-renewal-free = Eski kartı iade ederseniz kimlik kartı yenileme ücretsizdir.
phrase-identity-loss-declaration = Kartınızı veya pasaportunuzu kaybettiyseniz, kayıp beyanını burada, yeni başvuruyla birlikte yapıyoruz.
phrase-identity-theft-police = Belgeniz çalındıysa, önce karakola veya jandarmaya gidip hırsızlığı bildirin.
phrase-identity-delay = { $days ->
   *[other] Şu anda belgenin hazırlanması yaklaşık { $days } gün sürüyor.
 }
phrase-identity-sms-ready = Belgeniz hazır olduğunda size SMS gelecek.
phrase-identity-collect-in-person = Belgenizi almaya kendiniz gelmelisiniz.
phrase-identity-collect-3-months = Belgenizi 3 ay içinde alın. 3 aydan sonra belge imha edilir.
phrase-identity-collect-appointment = Belgenizi almak için gelin: { $date }, saat { $time }. Yer: { $place }.
phrase-identity-french-only = Fransız kimlik kartı ve pasaportu yalnızca Fransız vatandaşlarına verilir.
phrase-identity-residence-permit = Bir titre de séjour (yabancılar için oturma izni) için valiliğe (préfecture) başvurun.

answer-identity-lost = Belgelerimi kaybettim
answer-identity-stolen = Belgelerim çalındı
answer-identity-no-pre-application = Pré-demande (ön başvuru) yapmadım

## Nüfus kayıt belgeleri

phrase-civil-status-which-certificate = Hangi belgeyi istiyorsunuz: doğum, evlilik veya ölüm belgesi?
phrase-civil-status-full-copy = Copie intégrale (tam suret), belgedeki tüm bilgileri içerir.
phrase-civil-status-extract = Extrait (özet), belgedeki bilgilerin yalnızca bir kısmını içerir.
phrase-civil-status-extract-parents = Extrait avec filiation (anne-baba adlarını içeren özet), anne ve babanın adlarını da gösterir.
phrase-civil-status-who-can = Copie intégrale (tam suret) yalnızca kişinin kendisine, anne-babasına, çocuklarına veya eşine verilir.
phrase-civil-status-where = Belge, doğumun, evliliğin veya ölümün gerçekleştiği şehrin belediyesinden istenir.
phrase-civil-status-born-abroad = { $gender ->
   *[other] Fransa dışında mı doğdunuz?
 }
phrase-civil-status-nantes = Fransa dışında doğan Fransız vatandaşları, belgeyi Nantes şehrindeki Service central d'état civil (merkezî nüfus dairesi) kurumundan ister.
phrase-civil-status-refugee = Mülteciler için nüfus belgelerini OFPRA (Fransız Mülteci ve Vatansız Kişileri Koruma Ofisi) verir.
phrase-civil-status-online = Belgeyi internetten, service-public.fr sitesinden isteyebilirsiniz.
phrase-civil-status-post = Belgeyi posta yoluyla da isteyebilirsiniz; üzerinde kendi adresiniz yazılı, pullu bir zarf ekleyin.
phrase-civil-status-free = Nüfus belgeleri ücretsizdir.
phrase-civil-status-delay = { $days ->
   *[other] Belge size yaklaşık { $days } gün içinde postayla gelecek.
 }
phrase-civil-status-family-book = Livret de famille (resmî aile cüzdanı: evlilik ve çocukların doğumları yazılı) getirin.
phrase-civil-status-family-book-update = Livret de famille (resmî aile cüzdanı) belgenizi güncellememiz gerekiyor.
phrase-civil-status-bring = Bu belge için şunları getirin: { $documents }.
phrase-civil-status-birth-declaration = Doğum, 5 gün içinde belediyeye bildirilmelidir.
phrase-civil-status-condolences = Başınız sağ olsun.
phrase-civil-status-death-declaration = Cenaze hizmetleri şirketi, ölüm bildirimini sizin yerinize yapabilir.
phrase-civil-status-marriage-file = Evlenmek için önce belediyeye bir dossier de mariage (evlilik başvuru dosyası) verin.

answer-civil-status-birth = Doğum belgesi istiyorum
answer-civil-status-marriage = Evlenmek istiyorum
answer-civil-status-death = Ailemden biri vefat etti

## Okul kaydı ve küçük çocuklar

phrase-school-town-hall-first = Okul kaydı önce belediyede, sonra okulda yapılır.
phrase-school-compulsory = Okul 3 yaşından itibaren zorunludur.
phrase-school-bring = Okul kaydı için şunları getirin: { $documents }.
phrase-school-children-count = { $count ->
   *[other] { $count } çocuk için kayıt yapıyorsunuz.
 }
phrase-school-proof-address = 3 aydan eski olmayan bir justificatif de domicile (adresinizi kanıtlayan belge: fatura, kira makbuzu…) getirin.
phrase-school-vaccinations = Çocuğun carnet de santé (sağlık karnesi) belgesini getirin; aşıları güncel olmalıdır.
phrase-school-birth-proof = Livret de famille (resmî aile cüzdanı) veya çocuğun doğum belgesini getirin.
phrase-school-sector = Çocuğunuz oturduğunuz mahalledeki okula gidecek.
phrase-school-certificate = İşte certificat d'inscription (kayıt belgesi). Bunu okul müdürüne verin.
phrase-school-canteen = Çocuğunuz öğlenleri okul yemekhanesinde yemek yiyebilir.
phrase-school-quotient = Yemekhane ücreti, quotient familial (gelire ve aile büyüklüğüne göre yapılan hesap) değerinize bağlıdır.
phrase-school-caf-number = Quotient familial (aile geliri hesabı) hesaplaması için CAF (aile yardımları kurumu) yararlanıcı numaranızı bize verin.
phrase-school-meal-price = Yemekhanede bir öğün yemeğin fiyatı: { $amount }.
phrase-school-periscolaire = Accueil périscolaire (okul öncesi ve sonrası bakım hizmeti), çocuklara okuldan önce ve sonra bakar.
phrase-school-leisure-centre = Centre de loisirs (çocuklar için etkinlik merkezi), çocukları çarşamba günleri ve tatillerde kabul eder.
phrase-school-creche-waiting-list = Sizi crèche (3 yaşından küçük çocuklar için kreş) bekleme listesine kaydediyorum.
phrase-school-creche-commission = Crèche (kreş) yerleri bir komisyon tarafından verilir.
phrase-school-childminder = Relais Petite Enfance (küçük çocuklar için danışma merkezi), bir assistante maternelle (çocuklara kendi evinde bakan, onaylı bakıcı) bulmanıza yardımcı olabilir.
phrase-school-family-portal = Kayıtları belediyenin portail famille (aileler için belediye internet sitesi) sayfasından yapabilirsiniz.

answer-school-register = Çocuğumu okula kaydettirmek istiyorum
answer-school-creche = Kreşte yer arıyorum
answer-school-canteen = Çocuğumu yemekhaneye kaydettirmek istiyorum

## İmar ve yapı işleri

phrase-planning-what-works = Ne tür bir inşaat veya tadilat işi yapmak istiyorsunuz?
phrase-planning-owner-question = Mülk sahibi misiniz, yoksa kiracı mısınız?
phrase-planning-tenant-agreement = Kiracıysanız, mülk sahibinin yazılı onayı gerekir.
phrase-planning-prior-declaration = Küçük işler için déclaration préalable (inşaat ön beyanı) gerekir.
phrase-planning-building-permit = Ev yapmak veya büyük bir ek yapmak için permis de construire (yapı ruhsatı) gerekir.
phrase-planning-wait-authorisation = İzni almadan işlere başlamayın.
phrase-planning-plu = Yerel imar planı, yani PLU, arazinizde neyin yapılabileceğini belirler.
phrase-planning-cadastre = Plan cadastral (kadastro planı), arazinizin sınırlarını gösterir.
phrase-planning-cadastre-online = Plan cadastral (kadastro planı) belgesini cadastre.gouv.fr sitesinde görebilirsiniz.
phrase-planning-consult-plans = Planları randevuyla imar biriminde inceleyebilirsiniz.
phrase-planning-online = Dosyanızı internetten verebilirsiniz.
phrase-planning-copies = { $count ->
   *[other] Dosyanızı { $count } nüsha olarak verin.
 }
phrase-planning-bring = Dosyanız için şunları getirin: { $documents }.
phrase-planning-receipt = İşte récépissé (dosyanın teslim edildiğini gösteren belge). Bunu saklayın.
phrase-planning-prior-declaration-delay = Déclaration préalable (inşaat ön beyanı) için cevap genellikle bir ay içinde gelir.
phrase-planning-permit-delay = Bir ev için permis de construire (yapı ruhsatı) başvurusunda cevap genellikle iki ay içinde gelir.
phrase-planning-answer-in-days = { $days ->
   *[other] Dosyanız inceleniyor. Cevap yaklaşık { $days } gün içinde gelecek.
 }
phrase-planning-incomplete = Dosyanız eksik. Eksik belgelerin listesini içeren bir mektup alacaksınız.
phrase-planning-architect = 150 metrekareyi aşan yapılarda mimar zorunludur.
phrase-planning-display = İzni, işler süresince arazideki bir pano üzerinde asılı tutun.
phrase-planning-completion = İşler bitince déclaration d'achèvement des travaux (işlerin bittiğini bildiren form) gönderin.
phrase-planning-appointment = Bir imar görevlisi sizinle görüşecek: { $date }, saat { $time }. Yer: { $place }.

answer-planning-works = İnşaat veya tadilat yapmak istiyorum
answer-planning-owner = Mülk sahibiyim
answer-planning-tenant = Kiracıyım

## Sosyal yardım (CCAS)

phrase-social-ccas = CCAS (belediyenin sosyal yardım merkezi), şehrin sosyal yardım birimidir.
phrase-social-confidential = Burada söylediğiniz her şey gizli kalır.
phrase-social-appointment-needed = Yardım almak için bir sosyal çalışmacıyla randevu gerekir.
phrase-social-appointment = CCAS randevunuz: { $date }, saat { $time }. Yer: { $place }.
phrase-social-worker-will-call = Bir sosyal çalışmacı sizi arayacak.
phrase-social-worker-call-days = { $days ->
   *[other] Bir sosyal çalışmacı sizi en geç { $days } gün içinde arayacak.
 }
phrase-social-phone = Telefon numaranız nedir?
phrase-social-bring = Yardım başvurunuz için şunları getirin: { $documents }.
phrase-social-hosted = { $gender ->
   *[other] Birinin yanında mı kalıyorsunuz?
 }
phrase-social-domiciliation = Sabit bir adresiniz yoksa, CCAS size bir domiciliation (posta almak için adres) verebilir.
phrase-social-domiciliation-mail = Domiciliation (posta almak için adres) ile mektuplarınızı CCAS'tan alırsınız.
phrase-social-food-aid = CCAS sizi gıda yardımına yönlendirebilir.
phrase-social-food-place = Gıda yardımı için şu yere gidin: { $place }.
phrase-social-energy = Elektrik veya gaz faturanızı ödeyemiyorsanız, yardım almak mümkündür.
phrase-social-energy-cheque = Chèque énergie (enerji faturaları için yardım çeki) almaya hakkınız olabilir.
phrase-social-housing = Sosyal konut için bir demande de logement social (sosyal konut başvuru formu) doldurmanız gerekir.
phrase-social-emergency-shelter = Bu gece kalacak yeriniz yoksa 115'i arayın. Arama ücretsizdir.
phrase-social-caf = RSA (asgari gelir desteği) ve diğer yardımlar için CAF'a (aile yardımları kurumu) da başvurun.

answer-social-no-home = Kalacak yerim yok
answer-social-no-food = Yemek alacak param yok
answer-social-bills = Faturalarımı ödeyemiyorum

## Ödemeler ve ücretler

phrase-payments-amount = Ödenecek tutar: { $amount }.
phrase-payments-how = Nasıl ödemek istersiniz?
phrase-payments-methods = Banka kartı, çek veya nakit ile ödeyebilirsiniz.
phrase-payments-no-cash = Nakit kabul etmiyoruz.
phrase-payments-cheque-order = Çek, Trésor public (Fransız Devlet Hazinesi) adına yazılmalıdır.
phrase-payments-card-code = Kartınızı takın ve şifrenizi girin.
phrase-payments-contactless = Temassız ödeme yapabilirsiniz.
phrase-payments-card-refused = Ödeme reddedildi. Başka bir ödeme yönteminiz var mı?
phrase-payments-tax-stamp = Timbre fiscal (harç pulu) internetten, timbres.impots.gouv.fr sitesinden veya tütün bayisinden alınır.
phrase-payments-free = Bu işlem ücretsizdir.
phrase-payments-paid = { $amount } ödediniz. Teşekkür ederiz.
phrase-payments-remaining = Ödenecek { $amount } kaldı.
phrase-payments-instalments = { $count ->
   *[other] { $count } taksitte ödeyebilirsiniz.
 }
phrase-payments-invoice = Faturanız postayla gönderilecek.
phrase-payments-online = İnternetten, portail famille (aileler için belediye internet sitesi) üzerinden de ödeyebilirsiniz.
phrase-payments-receipt-question = Makbuz ister misiniz?
phrase-payments-difficulty = Ödemekte zorlanıyorsanız, CCAS (sosyal yardım birimi) size yardım edebilir.

answer-payments-card = Kartla ödemek istiyorum
answer-payments-cash = Nakit ödemek istiyorum
answer-payments-cannot-pay = Şu anda ödeyemiyorum

## Randevular

phrase-appointments-date-time-place = Randevunuz: { $date }, saat { $time }. Yer: { $place }.
phrase-appointments-only = Bu işlem yalnızca randevuyla yapılır.
phrase-appointments-book-online = İnternetten veya telefonla randevu alabilirsiniz.
phrase-appointments-book-now = Size şimdi bir randevu veriyorum.
phrase-appointments-first-free = İlk boş randevu: { $date }, saat { $time }.
phrase-appointments-suits = Bu tarih size uygun mu?
phrase-appointments-in-days = { $days ->
   *[other] Randevunuza { $days } gün var.
 }
phrase-appointments-moved = Randevunuz şu tarihe alındı: { $date }, saat { $time }.
phrase-appointments-early = 10 dakika erken gelin.
phrase-appointments-cancel = Gelemeyecekseniz randevunuzu iptal edin.
phrase-appointments-phone = Cep telefonu numaranız nedir?
phrase-appointments-sms = Önce bir onay SMS'i, randevudan bir gün önce de bir hatırlatma SMS'i alacaksınız.
phrase-appointments-link = SMS'teki bağlantıyla randevunuzu değiştirebilir veya iptal edebilirsiniz.
phrase-appointments-bring = Randevunuz için şunları getirin: { $documents }.
phrase-appointments-bring-on-date = { $date } tarihli randevunuz için şunları getirin: { $documents }.
phrase-appointments-interpreter = Randevunuzda bir tercüman bulunacak.
phrase-appointments-no-slot = Şu anda boş randevu yok.
phrase-appointments-waitlist = { $gender ->
   *[other] Bekleme listesine kaydedildiniz. Bir yer boşalırsa size SMS ile haber vereceğiz.
 }
phrase-appointments-expected = { $gender ->
   *[other] Sizi şu gişede bekliyoruz: { $desk }.
 }
phrase-appointments-missed = Randevu saatiniz geçti. Yeni bir randevu almanız gerekiyor.

answer-appointments-ok = Bu tarih bana uygun
answer-appointments-other-time = Başka bir saat istiyorum
answer-appointments-cancel = Randevumu iptal etmek istiyorum

## Getirilecek belgeler

phrase-documents-bring = Bu işlem için şunları getirin: { $documents }.
phrase-documents-originals-copies = Belgelerin asıllarını ve her birinin bir fotokopisini getirin.
phrase-documents-originals = Belgelerin asıllarına ihtiyacımız var.
phrase-documents-proof-address = Justificatif de domicile (adres belgesi) 3 aydan eski olmamalıdır.
phrase-documents-proof-address-examples = Justificatif de domicile (adres belgesi) olarak: elektrik, gaz, su veya telefon faturası ya da quittance de loyer (kira ödeme makbuzu).
phrase-documents-hosted = { $gender ->
   *[other] Birinin yanında kalıyorsanız, bir attestation d'hébergement (sizi evinde barındıran kişiden yazı), o kişinin kimlik belgesini ve adres belgesini getirin.
 }
phrase-documents-name = Belge sizin adınıza olmalıdır.
phrase-documents-missing = Eksik belgeler: { $documents }.
phrase-documents-missing-count = { $count ->
   *[other] { $count } belge eksik.
 }
phrase-documents-received-count = { $count ->
   *[other] { $count } belge aldım.
 }
phrase-documents-come-back = Eksik belgelerle tekrar gelin.
phrase-documents-expired = Bu belge artık geçerli değil.
phrase-documents-too-old = Bu belge 3 aydan eski. Daha yeni bir belge gerekiyor.
phrase-documents-keep-copy = Bir kopyasını saklıyoruz. Aslını size geri veriyoruz.
phrase-documents-scan = Belgenizin kopyasını alıyorum.
phrase-documents-translation = Yabancı dildeki bir belge, yeminli bir tercüman (mahkeme onaylı resmî tercüman) tarafından Fransızcaya çevrilmelidir.
phrase-documents-email = Belgeleri e-postayla gönderebilirsiniz.

answer-documents-not-have = Bu belge bende yok
answer-documents-at-home = Belge evde
answer-documents-on-phone = Belge telefonumda var

## Anlaşıldığını kontrol etme

phrase-understanding-do-you-understand = Anlıyor musunuz?
phrase-understanding-repeat-back = Anladığınızı tekrar edebilir misiniz?
phrase-understanding-show-document = Lütfen belgeyi bana gösterin.
phrase-understanding-tap = Ekranda cevabınıza dokunun.
phrase-understanding-point = Parmağınızla gösterebilirsiniz.
phrase-understanding-nod = Başınızla cevap verebilirsiniz: evet veya hayır.
phrase-understanding-ready = { $gender ->
   *[other] Hazır mısınız?
 }
phrase-understanding-sure = { $gender ->
   *[other] Emin misiniz?
 }
phrase-understanding-question = Bir sorunuz var mı?
phrase-understanding-slower = Daha yavaş konuşacağım.
phrase-understanding-write = Bunu size bir kâğıda yazıyorum.
phrase-understanding-read-aloud = Belgeyi size sesli okumamı ister misiniz?
phrase-understanding-language = Hangi dili konuşuyorsunuz?
phrase-understanding-someone-translate = Sizin için tercüme edebilecek biri var mı?
phrase-understanding-phone-interpreter = Telefonla bir tercüman arayacağım.
phrase-understanding-take-time = Acele etmeyin.

answer-understanding-understood = Anladım
answer-understanding-partly = Biraz anlıyorum
answer-understanding-question = Bir sorum var

## Güvenlik ve acil durumlar

phrase-safety-calm = Lütfen sakin olun.
phrase-safety-doctor = Doktora ihtiyacınız var mı?
phrase-safety-hurt = { $gender ->
   *[other] Yaralandınız mı?
 }
phrase-safety-pain = Neresi ağrıyor?
phrase-safety-alone = { $gender ->
   *[other] Yalnız mısınız?
 }
phrase-safety-sit = Buraya oturun.
phrase-safety-water = Bir bardak su ister misiniz?
phrase-safety-calling-help = Acil yardım ekiplerini arıyoruz.
phrase-safety-help-coming = Acil yardım ekipleri geliyor.
phrase-safety-evacuate = Binadan hemen çıkmamız gerekiyor.
phrase-safety-follow-me = Beni takip edin.
phrase-safety-exit = Bu kapıdan çıkın.
phrase-safety-no-lift = Asansörü kullanmayın.
phrase-safety-assembly-point = Dışarıda, toplanma noktasında bekleyin.
phrase-safety-lift = Üst katlara çıkmak için asansör var.
phrase-safety-lower-voice = Lütfen daha alçak sesle konuşun.
phrase-safety-emergency-number = Acil durumda 112'yi arayın. Arama ücretsizdir.
phrase-safety-violence = Şiddete maruz kalıyorsanız 3919'u arayın. Arama ücretsiz ve anonimdir.

answer-safety-doctor = Doktora ihtiyacım var
answer-safety-unwell = Kendimi iyi hissetmiyorum
answer-safety-danger = Tehlikedeyim

## Görüşmenin sonu

phrase-closing-anything-else = Sizin için başka bir şey yapabilir miyim?
phrase-closing-other-question = Başka bir sorunuz var mı?
phrase-closing-receipt = İşte makbuzunuz.
phrase-closing-acknowledgement = İşte başvurunuz için récépissé (başvurunun teslim edildiğini gösteren belge). Bunu saklayın.
phrase-closing-reference = Başvuru numaranızı saklayın: dosyanızı takip etmek için gereklidir.
phrase-closing-follow-online = Başvurunuzu internetten, belediyenin sitesinden takip edebilirsiniz.
phrase-closing-letter = Cevabı postayla alacaksınız.
phrase-closing-next-time-bring = Bir dahaki sefere şunları getirin: { $documents }.
phrase-closing-see-you = Tekrar görüşmek üzere: { $date }, saat { $time }.
phrase-closing-well-received = { $gender ->
   *[other] Size iyi hizmet verildi mi?
 }
phrase-closing-survey = Kısa bir memnuniyet anketini yanıtlayabilir misiniz?
phrase-closing-survey-sms = Görüşünüzü bildirmeniz için size bir SMS gelecek.
phrase-closing-come-back = İhtiyacınız olursa yine bize gelin.
phrase-closing-contact = Bizi telefonla da arayabilir veya bize yazabilirsiniz.
phrase-closing-thanks = Ziyaretiniz için teşekkür ederiz.
phrase-closing-goodbye = Hoşça kalın, iyi günler.

answer-closing-thanks = Çok teşekkür ederim
answer-closing-other-question = Başka bir sorum var
answer-closing-goodbye = Hoşça kalın
