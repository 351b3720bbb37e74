# Cihazlar: çalışma bilgisayarları, karşılama terminalleri ve bekleme salonu ekranları; kayıtları.

devices-title = Bilgisayarlar, terminaller ve ekranlar
devices-intro = Personel kişisel koduyla yalnızca kayıtlı bilgisayarlardan giriş yapabilir; bir yerin sıra numaralarını yalnızca kayıtlı terminalleri verir, çağrılarını yalnızca kayıtlı ekranları gösterir.
devices-code-intro = Yeni cihazın kayıt kodu:
devices-code-help = Kodu 24 saat içinde cihazın kendisine girin: bilgisayar için /agent/poste adresine, terminal ya da ekran için yerin terminal (/borne/…) ya da ekran (/ecran/…) sayfasına. Bir daha gösterilmeyecek.
devices-name-label = Yeni bilgisayarın adı
devices-name-error = Bilgisayara bir ad verin (en fazla 100 karakter).
devices-create = Bilgisayarı oluştur
devices-table-caption = Kayıtlı cihazlar
devices-col-name = Ad
devices-col-kind = Tür
devices-col-site = Yer
devices-col-status = Durum
devices-col-last-seen = Son kullanım
devices-col-actions = İşlemler
devices-status-pending = Kayıt bekleniyor
devices-status-enrolled = Kayıtlı
devices-status-revoked = Kaldırıldı
devices-revoke = { $name } kaldır

devices-new-workstation = Yeni çalışma bilgisayarı
devices-new-site-device = Yeni terminal veya ekran
devices-site-device-help = Karşılama terminali bir yerin sıra numaralarını verir; bekleme salonu ekranı çağrılarını gösterir. Her biri tek bir yere hizmet eder.
devices-kind-label = Cihaz türü
devices-site-label = Yer
devices-site-choose = Bir yer seçin
devices-site-device-name-label = Terminalin veya ekranın adı
devices-create-site-device = Terminali veya ekranı oluştur
devices-kind-workstation = Çalışma bilgisayarı
devices-kind-kiosk = Karşılama terminali
devices-kind-screen = Bekleme salonu ekranı
devices-error-name = Terminale veya ekrana bir ad verin (en fazla 100 karakter).
devices-error-site = Terminalin veya ekranın yerini seçin.
devices-error-kind = Bir terminal veya ekran seçin.

devices-enrol-kiosk-title = Bu terminali kaydet
devices-enrol-screen-title = Bu ekranı kaydet
devices-enrol-intro = Bu cihaz bu yer için henüz kayıtlı değil. Bir yöneticinin verdiği kayıt kodunu girin ("Bilgisayarlar, terminaller ve ekranlar" sayfası). Kod yalnızca bir kez geçerlidir.
devices-enrol-code-label = Kayıt kodu
devices-enrol-submit = Kaydet
devices-error-code = Bu kod burada geçerli değil: yanlış, daha önce kullanılmış, süresi dolmuş ya da başka bir cihaz veya başka bir yer için oluşturulmuş.
devices-error-not-kiosk = Terminal sıra numaralarını yalnızca bu yerin kayıtlı bir terminali verir. Sıra numarası alınmadı.
devices-error-priority-from-home = Öncelik evden değil, karşılama terminalinde ya da bir danışmana bildirilir. Sıra numarası alınmadı.
devices-priority-at-kiosk = Öncelikli geçmeniz mi gerekiyor (engellilik, hamilelik, ileri yaş, küçük çocuk)? Geldiğinizde karşılama terminalinde ya da bir danışmana söyleyin.
