# Names of the demo town's services and motifs.

service-accueil-general = Atención general
service-etat-civil = Registro civil
service-urbanisme = Urbanismo
service-funeraire = Servicios funerarios
service-affaires-scolaires = Asuntos escolares
service-ccas = CCAS — acción social
motif-renseignement = Información general
motif-cni-passeport-depot = DNI o pasaporte: solicitud
motif-cni-passeport-retrait = DNI o pasaporte: recogida
motif-recensement-citoyen = Censo ciudadano (16 años)
motif-acte-naissance = Partida de nacimiento
motif-reconnaissance-anticipee = Reconocimiento anticipado de un hijo
motif-mariage-dossier = Matrimonio: entrega del expediente
motif-pacs = PACS: registro
motif-permis-construire-info = Licencia de obras: información
motif-declaration-prealable = Declaración previa de obras
motif-certificat-urbanisme = Certificado urbanístico
motif-obseques = Organización de un funeral
motif-concession = Concesión funeraria
motif-inscription-scolaire = Matrícula escolar
motif-cantine-periscolaire = Inscripción en comedor y actividades extraescolares
motif-aide-sociale = Ayuda social y domiciliación (CCAS)
