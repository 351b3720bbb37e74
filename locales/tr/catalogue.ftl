# Names of the demo town's services and motifs.

service-accueil-general = Genel karşılama
service-etat-civil = Nüfus işleri
service-urbanisme = İmar
service-funeraire = Cenaze işleri
service-affaires-scolaires = Okul işleri
service-ccas = CCAS — sosyal yardım
motif-renseignement = Genel bilgi
motif-cni-passeport-depot = Kimlik kartı veya pasaport: başvuru
motif-cni-passeport-retrait = Kimlik kartı veya pasaport: teslim alma
motif-recensement-citoyen = Vatandaşlık kaydı (16 yaş)
motif-acte-naissance = Doğum belgesi
motif-reconnaissance-anticipee = Çocuğu doğumdan önce tanıma
motif-mariage-dossier = Evlilik: dosya teslimi
motif-pacs = PACS: kayıt
motif-permis-construire-info = Yapı ruhsatı: bilgi
motif-declaration-prealable = İnşaat ön beyanı
motif-certificat-urbanisme = İmar belgesi
motif-obseques = Cenaze düzenleme
motif-concession = Mezar yeri
motif-inscription-scolaire = Okul kaydı
motif-cantine-periscolaire = Yemekhane ve okul sonrası kaydı
motif-aide-sociale = Sosyal yardım ve adres kaydı (CCAS)
