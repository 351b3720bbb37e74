# Names of the demo town's services and motifs.

service-accueil-general = پذیرش عمومی
service-etat-civil = ثبت احوال
service-urbanisme = شهرسازی
service-funeraire = امور خاکسپاری
service-affaires-scolaires = امور مدرسه
service-ccas = CCAS — خدمات اجتماعی
motif-renseignement = اطلاعات عمومی
motif-cni-passeport-depot = کارت شناسایی یا گذرنامه: تحویل پرونده
motif-cni-passeport-retrait = کارت شناسایی یا گذرنامه: دریافت
motif-recensement-citoyen = سرشماری شهروندی (۱۶ سالگی)
motif-acte-naissance = گواهی تولد
motif-reconnaissance-anticipee = شناسایی فرزند پیش از تولد
motif-mariage-dossier = ازدواج: تحویل پرونده
motif-pacs = PACS: ثبت
motif-permis-construire-info = پروانهٔ ساخت: اطلاعات
motif-declaration-prealable = اظهارنامهٔ پیشین کارهای ساختمانی
motif-certificat-urbanisme = گواهی شهرسازی
motif-obseques = برگزاری خاکسپاری
motif-concession = قطعهٔ آرامگاه
motif-inscription-scolaire = ثبت‌نام مدرسه
motif-cantine-periscolaire = ثبت‌نام غذاخوری و فعالیت‌های پس از مدرسه
motif-aide-sociale = کمک اجتماعی و نشانی پستی (CCAS)
