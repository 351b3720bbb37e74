# Names of the demo town's services and motifs.

service-accueil-general = Atendimento geral
service-etat-civil = Registo civil
service-urbanisme = Urbanismo
service-funeraire = Serviços funerários
service-affaires-scolaires = Assuntos escolares
service-ccas = CCAS — ação social
motif-renseignement = Informação geral
motif-cni-passeport-depot = Cartão de identidade ou passaporte: pedido
motif-cni-passeport-retrait = Cartão de identidade ou passaporte: levantamento
motif-recensement-citoyen = Recenseamento cidadão (16 anos)
motif-acte-naissance = Certidão de nascimento
motif-reconnaissance-anticipee = Reconhecimento antecipado de um filho
motif-mariage-dossier = Casamento: entrega do processo
motif-pacs = PACS: registo
motif-permis-construire-info = Licença de construção: informação
motif-declaration-prealable = Declaração prévia de obras
motif-certificat-urbanisme = Certificado de urbanismo
motif-obseques = Organização de um funeral
motif-concession = Concessão funerária
motif-inscription-scolaire = Inscrição escolar
motif-cantine-periscolaire = Inscrição na cantina e atividades extraescolares
motif-aide-sociale = Apoio social e domiciliação (CCAS)
