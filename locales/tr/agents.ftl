# Görevlilerin yönetimi: liste, kayıt, kişisel kod, hesap tablosundan içe aktarma.

agents-title = Görevliler
agents-edit-title = Görevli kaydı
agents-intro = Görevliler kayıtlı bilgisayarlarda adları ve kişisel kodlarıyla giriş yapar. Devre dışı bırakılan görevli giriş ekranından kaybolur; geçmişi korunur.
agents-import-link = Hesap tablosundan görevli içe aktar
agents-new = Görevli ekle
agents-new-pin = Kişisel kod (isteğe bağlı)
agents-new-pin-hint = Kodu olmayan görevli giriş yapamaz: kodu daha sonra kaydında belirleyebilirsiniz.
agents-create = Görevliyi oluştur
agents-imported = { $count ->
    [one] Bir görevli içe aktarıldı. Giriş yapabilmesi için kaydında kişisel kodunu belirleyin.
   *[other] { $count } görevli içe aktarıldı. Giriş yapabilmeleri için kayıtlarında kişisel kodlarını belirleyin.
}
agents-table-caption = Etkin ve devre dışı tüm görevliler
agents-col-name = Ad
agents-col-role = Rol
agents-col-state = Durum
agents-col-services = Yetkinlikler (hizmetler)
agents-col-languages = Konuştuğu diller
agents-state-active = Etkin
agents-state-inactive = Devre dışı
agents-state-locked = { $until } saatine kadar kilitli
agents-state-no-pin = Kişisel kodu yok
agents-no-service = Henüz hiç hizmet yok.
agents-field-name = Görünen ad
agents-field-name-hint = Giriş ekranında göründüğü gibi, örneğin “Camille Martin”.
agents-field-role = Rol
agents-field-services = Yetkinlikler
agents-field-services-hint = Bir hizmeti işaretlemek görevliye o hizmetin tüm konularını verir.
agents-field-languages = Konuştuğu diller
agents-field-pin = Kişisel kod
agents-field-pin-hint = 4 ile 8 rakam arası.
agents-field-pin-again = Kişisel kod, bir kez daha
agents-back = Görevli listesine dön
agents-details = Ad, rol, yetkinlikler ve diller
agents-pin = Kişisel kod
agents-pin-is-set = Bu görevlinin kişisel kodu var. Yeni bir kod belirlemek eskisinin yerine geçer ve olası kilidi kaldırır.
agents-pin-none = Bu görevlinin henüz kişisel kodu yok: giriş yapamaz.
agents-pin-save = Kodu kaydet
agents-access = Erişim
agents-failed-attempts = { $count ->
    [one] Son girişten bu yana bir hatalı kod.
   *[other] Son girişten bu yana { $count } hatalı kod.
}
agents-unlock = Kilidi kaldır
agents-deactivate-hint = Devre dışı bırakılan görevli giriş ekranından kaybolur ve açık oturumları sona erer. Geçmişi korunur; onu yeniden etkinleştirebilirsiniz.
agents-deactivate = Görevliyi devre dışı bırak
agents-reactivate-hint = Bu görevli devre dışı: giriş ekranında görünmüyor.
agents-reactivate = Görevliyi yeniden etkinleştir

agents-import-title = Görevli içe aktar
agents-import-intro = Hesap tablonuzdan kaydedilmiş bir CSV dosyasının içeriğini yapıştırın. Önizleme her satırı ve sorunlarını gösterir; onayınızdan önce hiçbir şey kaydedilmez, ve yalnızca tüm satırlar doğruysa kaydedilir.
agents-import-format = Dosya biçimi
agents-import-format-intro = İlk satırda başlıklar, ardından her satırda bir görevli; sütunlar noktalı virgülle ayrılır (hesap tablosunun UTF-8 “CSV” biçimi). Hesap tablosundan doğrudan kopyalanan hücreler de olur.
agents-import-column-name = Zorunlu: diğer görevlilerinkinden farklı görünen ad.
agents-import-column-role = Zorunlu: aşağıdaki rollerden biri, ekrandaki gibi ya da teknik adıyla yazılmış.
agents-import-column-services = İsteğe bağlı: görevlinin konularını üstlendiği hizmetler, tanımlayıcıları ya da adlarıyla, virgülle ayrılmış.
agents-import-column-languages = İsteğe bağlı: konuşulan diller, kodlarıyla, virgülle ayrılmış.
agents-import-language-codes = Dil kodları
agents-import-example = Örnek:
agents-import-no-pin = İçe aktarılan görevlilerin kişisel kodu yoktur: bir yönetici kaydında belirleyene kadar giriş yapamazlar.
agents-import-field = CSV dosyasının içeriği
agents-import-field-hint = Bir seferde en fazla { $max } görevli.
agents-import-preview = Önizle
agents-import-preview-title = Önizleme
agents-import-ready = { $count ->
    [one] Satır doğru.
   *[other] { $count } satırın hepsi doğru.
}
agents-import-confirm = { $count ->
    [one] Bu görevliyi içe aktar
   *[other] Bu { $count } görevliyi içe aktar
}
agents-import-rows-with-problems = { $total } satırdan { $count } tanesinde sorun var.
agents-import-file-problems = Dosya okunamıyor:
agents-import-nothing-saved = Hiçbir şey kaydedilmedi. Dosyayı düzeltin, yeniden yapıştırın ve önizlemeyi kontrol edin.
agents-import-table-caption = Dosyanın satırları
agents-import-col-line = Satır
agents-import-col-problems = Sorunlar
agents-import-row-ok = Doğru
agents-import-empty = Dosya boş.
agents-import-missing-column = İlk satırda “{ $value }” sütunu eksik.
agents-import-unknown-column = Bilinmeyen sütun: “{ $value }”.
agents-import-duplicate-column = “{ $value }” sütunu iki kez geçiyor.
agents-import-no-rows = Dosyada yalnızca başlık satırı var: hiç görevli yok.
agents-import-too-many-rows = { $max } görevliden fazla: dosyayı birkaç parçada içe aktarın.
agents-import-unclosed-quote = { $line }. satırda açılan tırnak hiç kapanmıyor.
agents-import-columns = { $expected } yerine { $found } sütun.
agents-import-empty-name = Ad boş.
agents-import-name-too-long = Ad { $max } karakterden uzun.
agents-import-duplicate-name = { $line }. satırdakiyle aynı ad.
agents-import-name-exists = Bu adda bir görevli zaten var.
agents-import-empty-role = Rol boş.
agents-import-unknown-role = Bilinmeyen rol: “{ $value }”.
agents-import-unknown-service = Bilinmeyen hizmet: “{ $value }”.
agents-import-unknown-language = Bilinmeyen dil kodu: “{ $value }”.

admin-error-agent-name = Ad zorunludur ve 100 karakteri geçmemelidir.
admin-error-agent-name-taken = Bu ad başka bir görevlide zaten var: örneğin bir baş harf ekleyin.
admin-error-agent-role = Listeden bir rol seçin.
admin-error-agent-service = İşaretlenen hizmetlerden biri artık yok: sayfayı yeniden yükleyin.
admin-error-agent-language = İşaretlenen dillerden biri bilinmiyor.
admin-error-agent-pin-format = Kişisel kod 4 ile 8 rakam arasında olmalıdır.
admin-error-agent-pin-mismatch = Girilen iki kod farklı.
admin-error-agent-last-admin = Mümkün değil: bu görevli son etkin yönetici. Önce başka birini yönetici yapın.
admin-error-agent-import = Hiçbir şey içe aktarılmadı: en az bir satırda sorun var (önizlemeye bakın).
