# Administration of the town's sites, desks, services and motifs, and the motif import.

admin-error-stale = Siz düzenlerken bu öğeyi başka biri kaydetti: hiçbir şey kaydedilmedi. Gösterilen değerler güncel değerlerdir; hâlâ gerekiyorsa değişikliğinizi yeniden yapın.
admin-error-slug = Geçersiz tanımlayıcı: yalnızca aksansız küçük harfler, rakamlar ve kısa çizgiler (örneğin mairie-annexe).
admin-error-slug-taken = Bu tanımlayıcı zaten kullanılıyor: başka birini seçin.
admin-error-taken = Bu tanımlayıcı ya da harf az önce başka biri tarafından alındı: başka birini seçin.
admin-error-email = Geçersiz e-posta adresi: lütfen kontrol edin (örneğin accueil@mairie.fr).
admin-error-site-appointments = Bu yerde hâlâ planlanmış randevular var: yeri kaldırmadan önce bunları taşıyın ya da iptal edin.
admin-error-desk = Geçersiz gişe adı: zorunludur ve yerin diğer gişelerinden farklı olmalıdır.
admin-error-service = Etkin bir konu için etkin bir hizmet seçin.
admin-error-letter = Geçersiz sıra numarası harfi: A'dan Z'ye tek bir harf.
admin-error-letter-taken = Bu harf zaten başka bir hizmete ait (kaldırılmış olsa bile: sıra numaraları hâlâ bu harfi taşıyor).
admin-error-position = Geçersiz sıra: 1 ile 999 arasında bir tam sayı.
admin-error-service-motifs = Bu hizmetin hâlâ etkin konuları var: hizmeti kaldırmadan önce onları kaldırın ya da başka bir hizmete taşıyın.
admin-error-import = Dosyada hatalar var: hiçbir şey kaydedilmedi. Belirtilen satırları düzeltip yeniden önizleyin.

town-problem-name = ad eksik (en fazla 200 karakter)
town-problem-duration = süre: 5 ile 480 arasında tam sayı olarak dakika
town-problem-buffer = ara: 0 ile 120 arasında tam sayı olarak dakika
town-problem-min-delay = en kısa süre: 0 ile 720 arasında tam sayı olarak saat
town-problem-max-delay = en uzun süre: 1 ile 366 arasında tam sayı olarak gün
town-problem-cells = başlıktaki sütunlardan daha fazla hücre
town-problem-code = geçersiz kod: aksansız küçük harfler, rakamlar ve kısa çizgiler
town-problem-code-twice = bu kod önceki bir satırda zaten var
town-problem-service = bilinmeyen hizmet: tanımlayıcısını ya da adını yazın
town-problem-service-retired = bu hizmet kaldırılmış
town-problem-online = "en ligne": oui ya da non yazın
town-import-separator = Yalnızca bir sütun okundu: hücreleri, Fransızca bir elektronik tablonun yaptığı gibi noktalı virgülle (;) ayırın.
town-import-column-twice = "{ $column }" sütunu başlıkta iki kez geçiyor.
town-import-column-unknown = Başlıkta bilinmeyen sütun: "{ $column }".
town-import-column-missing = Başlıkta zorunlu bir sütun eksik: "{ $column }".
town-import-empty = İçe aktarılacak satır yok: başlığı ve en az bir satırı yapıştırın.

town-slug = Tanımlayıcı
town-slug-hint = Adreslerde kullanılır, sonradan değişmez: aksansız küçük harfler, rakamlar ve kısa çizgiler (örneğin mairie-annexe).
town-create = Oluştur
town-retired = kaldırıldı
town-retire = Kaldır
town-reactivate = Geri getir
town-site-add = Yeni yer
town-site-email = E-posta adresi
town-desks = Gişeler
town-desk-label = Gişe adı
town-desk-rename = Yeniden adlandır
town-desk-new = Yeni gişe
town-index-services = Belediyenin hizmetleri, sıra numarası harfleri ve sıraları; oluşturun, değiştirin, kaldırın.
town-index-import = Konuları bir elektronik tablodan (CSV) satır satır önizlemeyle oluşturun ya da güncelleyin.
town-services-title = Hizmetler
town-services-intro = Her hizmetin kendi sıra numarası harfi vardır. Bir hizmet ancak tüm konuları kaldırıldıktan sonra kaldırılabilir; geçmiş sıra numaraları onu korur.
town-service-add = Yeni hizmet
town-service-motifs = { $count ->
    [0] etkin konu yok
   *[other] { $count } etkin konu
}
town-service-name = Hizmetin adı
town-service-letter = Sıra numarası harfi
town-service-letter-hint = A'dan Z'ye, yalnızca bu hizmete ait bir harf: E001, E002… için E
town-service-position = Listelerdeki sırası
town-service-experts = Uzmanlar tarafından yürütülür
town-service-experts-hint = Bu hizmetin randevuları doğrudan onları karşılayan uzmana gider.
town-motif-add = Yeni konu
town-motif-service = Hizmet
town-import-title = Konuları içe aktar
town-import-how = Beklenen dosya
town-import-help = Tablonuzu CSV biçiminde (noktalı virgül ayırıcı, UTF-8) kaydedin, bir metin düzenleyiciyle açın ve aşağıya yapıştırın. Kodu zaten var olan bir satır o konuyu günceller; diğerleri yeni bir konu oluşturur.
town-import-columns = İlk satır: sütunların adları.
town-import-defaults = Zorunlu: code, nom, service, durée. Sütunu yoksa ara 0, "en ligne" oui, en kısa süre 2 saat ve en uzun süre 60 gün olur. Getirilecek belgeler dikey çizgiyle (|) ayrılır.
town-import-example = Örnek:
town-import-text = CSV dosyasının içeriği
town-import-preview = Önizle
town-import-preview-title = Önizleme
town-import-ready = { $count ->
   *[other] Kaydedilmeye hazır { $count } satır.
}
town-import-wrong = { $count ->
    [0] Dosya okunamıyor: hiçbir şey kaydedilmeyecek.
   *[other] { $count } satırda hata var: düzeltilene kadar hiçbir şey kaydedilmeyecek.
}
town-import-line = Satır
town-import-what = Sonuç
town-import-new = yeni konu
town-import-update = güncelleme
town-import-confirm = Tüm konuları kaydet
