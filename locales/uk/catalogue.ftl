# Names of the demo town's services and motifs.

service-accueil-general = Загальна приймальня
service-etat-civil = Актові записи
service-urbanisme = Містобудування
service-funeraire = Похоронні послуги
service-affaires-scolaires = Шкільні питання
service-ccas = CCAS — соціальна допомога
motif-renseignement = Загальна інформація
motif-cni-passeport-depot = Посвідчення особи або паспорт: подання заяви
motif-cni-passeport-retrait = Посвідчення особи або паспорт: отримання
motif-recensement-citoyen = Громадянська реєстрація (16 років)
motif-acte-naissance = Свідоцтво про народження
motif-reconnaissance-anticipee = Визнання дитини до народження
motif-mariage-dossier = Шлюб: подання документів
motif-pacs = PACS: реєстрація
motif-permis-construire-info = Дозвіл на будівництво: консультація
motif-declaration-prealable = Попередня декларація про роботи
motif-certificat-urbanisme = Містобудівна довідка
motif-obseques = Організація похорону
motif-concession = Місце на кладовищі
motif-inscription-scolaire = Запис до школи
motif-cantine-periscolaire = Запис до їдальні та групи продовженого дня
motif-aide-sociale = Соціальна допомога та адреса для листування (CCAS)
