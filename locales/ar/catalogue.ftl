# Names of the demo town's services and motifs.

service-accueil-general = الاستقبال العام
service-etat-civil = الحالة المدنية
service-urbanisme = التعمير
service-funeraire = الخدمات الجنائزية
service-affaires-scolaires = الشؤون المدرسية
service-ccas = CCAS — العمل الاجتماعي
motif-renseignement = معلومات عامة
motif-cni-passeport-depot = بطاقة الهوية أو جواز السفر: إيداع الملف
motif-cni-passeport-retrait = بطاقة الهوية أو جواز السفر: الاستلام
motif-recensement-citoyen = الإحصاء المدني (16 سنة)
motif-acte-naissance = شهادة الميلاد
motif-reconnaissance-anticipee = الاعتراف المسبق بطفل
motif-mariage-dossier = الزواج: إيداع الملف
motif-pacs = PACS: التسجيل
motif-permis-construire-info = رخصة البناء: استعلام
motif-declaration-prealable = تصريح مسبق بالأشغال
motif-certificat-urbanisme = شهادة التعمير
motif-obseques = تنظيم جنازة
motif-concession = قطعة أرض في المقبرة
motif-inscription-scolaire = التسجيل المدرسي
motif-cantine-periscolaire = التسجيل في المطعم المدرسي والأنشطة بعد المدرسة
motif-aide-sociale = المساعدة الاجتماعية والتوطين (CCAS)
