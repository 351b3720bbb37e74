# Guichet — arayüz metinleri, Türkçe.

## Genel

app-name = Guichet — Belediye
skip-to-content = İçeriğe geç
footer-text = Belediye: tüm hizmetler için tek karşılama, sizin dilinizde.
footer-staff-link = Personel alanı
footer-results-link = Hizmet kalitesi sonuçlarımız
language-picker-label = Dil
back-home = Ana sayfaya dön
back-to-login = Girişe git

## Hata sayfaları

not-found-title = Sayfa bulunamadı
not-found-body = İstenen adres yok ya da artık yok. Bağlantıyı kontrol edin veya ana sayfadan yeniden başlayın.
error-not-signed-in = Bu sayfayı açmak için giriş yapın.
error-forbidden = Rolünüz bu sayfayı açmanıza izin vermiyor.
error-device-not-enrolled = Bu bilgisayar kayıtlı değil.
error-not-found = Bu öğe yok ya da artık yok.
error-internal = Bizim tarafımızda bir sorun oluştu. Birazdan yeniden deneyin.
error-bad-request = Bu istek okunamayan karakterler içeriyor. Geri dönün ve yazdıklarınızı kontrol edin.
error-too-many-title = Çok fazla istek
error-too-many = Hizmeti korumak için bağlantınızdan kısa sürede çok fazla istek geldi. Lütfen { $minutes } dakika sonra yeniden deneyin.
error-too-many-back = Forma geri dön
error-too-many-codes = Bağlantınızdan çok fazla hatalı kod girildi. Yeniden denemeden önce birkaç dakika bekleyin.

## Vatandaşlar için ana sayfa

home-description = Randevu alın, sıra numarası alın, bir başvuruyu takip edin ve belediyenin çalışma saatlerini öğrenin.
home-title = Belediyeye hoş geldiniz
home-lead = Tüm hizmetler için tek karşılama. Ne yapmak istiyorsunuz?
home-actions-label = Ana işlemler
home-action-appointment = Randevu al
home-action-appointment-hint = Bir neden, bir yer ve bir saat seçin
home-action-ticket = Sıra numarası al
home-action-ticket-hint = Evden sıraya girin
home-action-follow = Başvuru takibi
home-action-follow-hint = Referans numaranızla
home-action-procedures = İşlemler
home-action-procedures-hint = Getirilecek belgeler, basitçe anlatılmış
home-action-hours = Saatler ve adresler
home-action-hours-hint = Bugün karşılama noktalarımız
home-sites-title = Karşılama noktalarımız
home-week-hours = Haftalık çalışma saatleri

hours-open-today = Bugün açık: { $hours }
hours-closed-today = Bugün kapalı
hours-holiday-today = Bugün kapalı: { $holiday }
hours-closure-today = Bugün olağanüstü kapalı: { $reason }
hours-closed = Kapalı

weekday-monday = Pazartesi
weekday-tuesday = Salı
weekday-wednesday = Çarşamba
weekday-thursday = Perşembe
weekday-friday = Cuma
weekday-saturday = Cumartesi
weekday-sunday = Pazar

holiday-new-year = Yılbaşı
holiday-easter-monday = Paskalya Pazartesisi
holiday-labour-day = İşçi Bayramı
holiday-victory-in-europe = 1945 Zafer Günü
holiday-ascension = Göğe Yükseliş Günü
holiday-whit-monday = Pentekost Pazartesisi
holiday-bastille-day = Fransa Ulusal Bayramı
holiday-assumption = Meryem'in Göğe Kabulü
holiday-all-saints = Azizler Günü
holiday-armistice = 1918 Ateşkes Günü
holiday-christmas = Noel
holiday-good-friday = Kutsal Cuma
holiday-st-stephen = Aziz Stefan Günü


## Personel alanı: ortak bilgisayar

login-title = Personel girişi
login-continue = Alanıma devam et
login-not-enrolled-title = Bilgisayar kayıtlı değil
login-not-enrolled-body = Personel yalnızca bir yöneticinin kaydettiği bilgisayardan giriş yapar. Bir kayıt kodu aldıysanız girin.
enrol-link = Bu bilgisayarı kaydet
login-choose-title = Siz kimsiniz?
login-workstation = Bilgisayar: { $name }
login-locked-notice = Bilgisayar bir süre işlem yapılmadığı için kilitlendi. Devam etmek için adınızı seçin.
login-hello = Merhaba { $name }
login-pin-label = Kişisel kodunuz
login-pin-hint = 4 ile 8 rakam arası.
login-submit = Giriş yap
login-not-me = Ben değilim
login-error-pin =
    { $left ->
        [one] Kod yanlış. Engellenmeden önce { $left } deneme hakkınız kaldı.
       *[other] Kod yanlış. Engellenmeden önce { $left } deneme hakkınız kaldı.
    }
login-error-locked = Çok fazla deneme: giriş { $until } saatine kadar engellendi.
login-error-workstation-locked = Bu iş istasyonunda çok fazla hatalı kod girildi: { $until } saatine kadar kod kabul etmiyor.
login-error-format = Kod 4 ile 8 rakamdan oluşur.

enrol-title = Bu bilgisayarı kaydet
enrol-intro = Bir yöneticinin verdiği kayıt kodunu girin. Yalnızca bir kez kullanılabilir.
enrol-code-label = Kayıt kodu
enrol-submit = Kaydet
enrol-error = Bu kod geçerli değil: yanlış, kullanılmış veya süresi dolmuş.

staff-brand = Guichet — personel alanı
staff-switch = Danışman değiştir
staff-nav-label = Personel alanı
staff-home-title = Alanım
staff-hello = Merhaba { $name }

role-counsellor = Danışman
role-expert = Uzman
role-interpreter = Tercüman
role-supervisor = Kalite sorumlusu
role-admin = Yönetici

section-queue = Sıra
section-queue-summary = Sıradaki ziyaretçiyi çağırmak, karşılamak, yönlendirmek ve ziyareti kapatmak.
section-appointments = Randevular
section-appointments-summary = Bugünkü ve gelecek randevular, kişilerin karşılanması, bir vatandaş adına randevu alma.
section-requests = Başvurular
section-requests-summary = Tüm kanallardan gelen başvurular, sorumlusu, süresi ve geçmişiyle.
section-residents = Vatandaşlar
section-residents-summary = Vatandaş kayıtları, yalnızca gerekli olanlarla sınırlı.
section-procedures = İşlemler
section-procedures-summary = İç notlarıyla birlikte işlem kartları.
section-interpretation = Tercüme
section-interpretation-summary = Vatandaşın dilinde doğrulanmış cümleler, sesli okunur ve büyük gösterilir.
section-quality = İzleme
section-quality-summary = Yer, kanal, hizmet ve döneme göre kalite göstergeleri ve dışa aktarımları.
section-admin = Yönetim
section-admin-summary = Yerler, gişeler, hizmetler, nedenler, saatler, personel ve bilgisayarlar.

## contact

contact-error-name = Adınızı yazın (en fazla 120 karakter).
contact-error-phone = Bu telefon numarası geçerli değil. Örnek: 06 12 34 56 78 veya +33 6 12 34 56 78.
contact-error-email = Bu e-posta adresi geçerli değil. Örnek: ad@ornek.fr.
contact-error-none = Herhangi bir değişiklikten haberdar olmanız için bir cep telefonu numarası veya e-posta adresi verin.
contact-error-phone-country = SMS'leri yalnızca Fransız numaralarına (anakara ve denizaşırı) gönderiyoruz. Bir Fransız numarası veya bir e-posta adresi verin.

## Messages

messages-title = Gönderilen mesajlar
messages-intro = Vatandaşlara gönderilen SMS ve e-postalar, en yeniden en eskiye, hataları ve nedenleriyle. Tanıtımda hiçbir şey gönderilmez: mesajlar burada saklanır.
messages-empty = Henüz mesaj yok.
messages-table-caption = Son mesajlar
messages-col-when = Tarih
messages-col-to = Alıcı
messages-col-text = Mesaj
messages-col-status = Durum
channel-sms = SMS
channel-email = E-posta
notification-status-pending = Bekliyor
messages-planned = Gönderim zamanı: { $when }
notification-status-sending = Gönderiliyor
notification-status-sent = Gönderildi
notification-status-failed = Başarısız
messages-attempts =
    { $count ->
        [one] { $count } deneme
       *[other] { $count } deneme
    }

## Alerts in the staff frame, on every page
alerts-label = Uyarılar
alert-my-requests-late = { $count ->
    [one] Başvurularınızdan 1 tanesinin yanıt süresi geçti
   *[other] Başvurularınızdan { $count } tanesinin yanıt süresi geçti
}
alert-my-requests-due-soon = { $count ->
    [one] Başvurularınızdan 1 tanesinin süresi 2 iş günü içinde doluyor
   *[other] Başvurularınızdan { $count } tanesinin süresi 2 iş günü içinde doluyor
}
alert-service-requests-late = { $count ->
    [one] Hizmetlerinizde 1 başvuru gecikmiş
   *[other] Hizmetlerinizde { $count } başvuru gecikmiş
}
