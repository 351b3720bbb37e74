# Names of the demo town's services and motifs.

service-accueil-general = General reception
service-etat-civil = Civil status
service-urbanisme = Town planning
service-funeraire = Funerals
service-affaires-scolaires = Schools
service-ccas = CCAS — social services
motif-renseignement = General information
motif-cni-passeport-depot = Identity card or passport: application
motif-cni-passeport-retrait = Identity card or passport: collection
motif-recensement-citoyen = Citizen census (age 16)
motif-acte-naissance = Birth certificate
motif-reconnaissance-anticipee = Recognising a child before birth
motif-mariage-dossier = Marriage: submitting the file
motif-pacs = PACS civil partnership: registration
motif-permis-construire-info = Building permit: information
motif-declaration-prealable = Prior declaration of works
motif-certificat-urbanisme = Planning certificate
motif-obseques = Arranging a funeral
motif-concession = Burial plot
motif-inscription-scolaire = School registration
motif-cantine-periscolaire = Canteen and after-school registration
motif-aide-sociale = Social help and postal address (CCAS)
