# Names of the demo town's services and motifs.

service-accueil-general = Общая приёмная
service-etat-civil = Актовые записи
service-urbanisme = Градостроительство
service-funeraire = Похоронные услуги
service-affaires-scolaires = Школьные вопросы
service-ccas = CCAS — социальная помощь
motif-renseignement = Общая информация
motif-cni-passeport-depot = Удостоверение личности или паспорт: подача заявления
motif-cni-passeport-retrait = Удостоверение личности или паспорт: получение
motif-recensement-citoyen = Гражданская регистрация (16 лет)
motif-acte-naissance = Свидетельство о рождении
motif-reconnaissance-anticipee = Признание отцовства до рождения
motif-mariage-dossier = Брак: подача документов
motif-pacs = PACS: регистрация
motif-permis-construire-info = Разрешение на строительство: консультация
motif-declaration-prealable = Предварительная декларация о работах
motif-certificat-urbanisme = Градостроительная справка
motif-obseques = Организация похорон
motif-concession = Место на кладбище
motif-inscription-scolaire = Запись в школу
motif-cantine-periscolaire = Запись в столовую и на продлёнку
motif-aide-sociale = Социальная помощь и адрес для переписки (CCAS)
