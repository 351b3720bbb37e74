# Names of the demo town's services and motifs.

service-accueil-general = Primire generală
service-etat-civil = Stare civilă
service-urbanisme = Urbanism
service-funeraire = Servicii funerare
service-affaires-scolaires = Afaceri școlare
service-ccas = CCAS — asistență socială
motif-renseignement = Informații generale
motif-cni-passeport-depot = Carte de identitate sau pașaport: depunerea dosarului
motif-cni-passeport-retrait = Carte de identitate sau pașaport: ridicare
motif-recensement-citoyen = Recensământ cetățenesc (16 ani)
motif-acte-naissance = Certificat de naștere
motif-reconnaissance-anticipee = Recunoașterea anticipată a unui copil
motif-mariage-dossier = Căsătorie: depunerea dosarului
motif-pacs = PACS: înregistrare
motif-permis-construire-info = Autorizație de construire: informații
motif-declaration-prealable = Declarație prealabilă de lucrări
motif-certificat-urbanisme = Certificat de urbanism
motif-obseques = Organizarea unei înmormântări
motif-concession = Concesiune funerară
motif-inscription-scolaire = Înscriere la școală
motif-cantine-periscolaire = Înscriere la cantină și activități extrașcolare
motif-aide-sociale = Ajutor social și domiciliere (CCAS)
