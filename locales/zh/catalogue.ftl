# Names of the demo town's services and motifs.

service-accueil-general = 综合接待
service-etat-civil = 户籍
service-urbanisme = 城市规划
service-funeraire = 殡葬事务
service-affaires-scolaires = 学校事务
service-ccas = CCAS — 社会救助
motif-renseignement = 一般咨询
motif-cni-passeport-depot = 身份证或护照：递交材料
motif-cni-passeport-retrait = 身份证或护照：领取
motif-recensement-citoyen = 公民登记（16岁）
motif-acte-naissance = 出生证明
motif-reconnaissance-anticipee = 子女出生前认领
motif-mariage-dossier = 结婚：递交材料
motif-pacs = PACS：登记
motif-permis-construire-info = 建筑许可：咨询
motif-declaration-prealable = 施工事先申报
motif-certificat-urbanisme = 城市规划证明
motif-obseques = 安排葬礼
motif-concession = 墓地
motif-inscription-scolaire = 入学登记
motif-cantine-periscolaire = 食堂和课后托管登记
motif-aide-sociale = 社会救助与通信地址（CCAS）
