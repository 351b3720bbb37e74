# Noms des services et motifs de la ville de démonstration (ceux créés par un administrateur
# s'affichent tels qu'il les a écrits).

service-accueil-general = Accueil général
service-etat-civil = État civil
service-urbanisme = Urbanisme
service-funeraire = Funéraire
service-affaires-scolaires = Affaires scolaires
service-ccas = CCAS — action sociale
motif-renseignement = Renseignement général
motif-cni-passeport-depot = Carte d'identité ou passeport : dépôt du dossier
motif-cni-passeport-retrait = Carte d'identité ou passeport : retrait
motif-recensement-citoyen = Recensement citoyen (16 ans)
motif-acte-naissance = Acte de naissance
motif-reconnaissance-anticipee = Reconnaissance anticipée d'un enfant
motif-mariage-dossier = Mariage : dépôt du dossier
motif-pacs = PACS : enregistrement
motif-permis-construire-info = Permis de construire : renseignement
motif-declaration-prealable = Déclaration préalable de travaux
motif-certificat-urbanisme = Certificat d'urbanisme
motif-obseques = Organisation d'obsèques
motif-concession = Concession funéraire
motif-inscription-scolaire = Inscription scolaire
motif-cantine-periscolaire = Inscription cantine et périscolaire
motif-aide-sociale = Aide sociale et domiciliation (CCAS)
