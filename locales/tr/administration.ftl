# Yönetim dizini (/agent/admin), bir belediyenin kurulum sırasıyla.
admin-index-intro = Belediyenin kendi ayarladığı her şey, ilk kurulum sırasıyla: yerler ve hizmetler, ardından kişiler, cihazlar, mesajlar ve kurallar.
admin-group-town = Belediye: yerler, hizmetler ve başvuru nedenleri
admin-group-people = Kişiler
admin-group-devices = Cihazlar
admin-group-messages = Sakinlere mesajlar
admin-group-settings = Kurallar
admin-index-sites = Her karşılama noktasının adresi, telefonu, çalışma saatleri ve kapalı günleri.
admin-index-motifs = Her başvuru nedeninin süresi, getirilecek belgeler, süreleri ve çevrim içi randevusu.
admin-index-schedules = Çalışanların haftalık programları ve izinleri, yer yer.
admin-index-devices = Karşılama bilgisayarları, kiosklar ve bekleme salonu ekranları, kayıt kodlarıyla.
admin-index-journal = Sakinlere gönderilen SMS'ler ve e-postalar, gönderilemeyenler de.
admin-index-queue = Sıra öncelikleri ve "yok" sayılmadan önceki çağrı sayısı, yer yer.
admin-index-templates = Sakinlere gönderilen SMS ve e-postaların metni, dil dil, önizlemeyle.
admin-index-settings = Çevrim içi erteleme veya iptal süresi, bekleme listesi için ayırma ve hatırlatmalar.
