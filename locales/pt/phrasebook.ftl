### Painel de línguas: frases verificadas para o atendimento da câmara municipal (tradução em português).
### O técnico lê a frase em francês; o munícipe vê-a e ouve-a na sua língua, em ecrã inteiro.
### O munícipe responde tocando numa resposta (mensagens answer-…).
###
### Texto de referência: locales/fr/phrasebook.ftl; as notas para os tradutores aplicam-se aqui.
### - Português europeu compreensível no Brasil; tratamento sem «você» nem «o senhor / a senhora»,
###   como no resto da aplicação; dirige-se sempre a UMA pessoa.
### - As mesmas variáveis do francês, nem mais nem menos. $gender só escolhe uma variante
###   (female, male, *other) e nunca é mostrado.
### - Os termos franceses que o munícipe verá num papel (livret de famille, copie intégrale,
###   pré-demande, timbre fiscal, justificatif de domicile, CCAS, récépissé…) ficam em francês,
###   seguidos de uma breve explicação entre parênteses.
### - Plurais: one, other; cada seletor tem uma variante por defeito marcada com *.

## Situações

phrasebook-situation-welcome = Atendimento e orientação
phrasebook-situation-queue = A espera e a fila
phrasebook-situation-identity = Cartão de identidade e passaporte
phrasebook-situation-civil-status = Certidões do registo civil
phrasebook-situation-school = Inscrições escolares e primeira infância
phrasebook-situation-planning = Urbanismo
phrasebook-situation-social = Apoio social (CCAS)
phrasebook-situation-payments = Pagamentos e tarifas
phrasebook-situation-appointments = Marcações
phrasebook-situation-documents = Documentos a trazer
phrasebook-situation-understanding = Verificar a compreensão
phrasebook-situation-safety = Segurança e emergências
phrasebook-situation-closing = Fim do atendimento

## Listas de documentos

# Separador entre dois elementos da lista $documents: uma vírgula seguida de um espaço.
phrasebook-list-comma = ,{" "}
# Como o último elemento se junta à lista. $first: os elementos anteriores; $last: o último.
phrasebook-list-and = { $first } e { $last }

## Respostas do munícipe (todas as situações)

answer-yes = Sim
answer-no = Não
answer-dont-understand = Não entendo
answer-repeat = Pode repetir, por favor?
answer-slower = Mais devagar, por favor
answer-interpreter = Preciso de um intérprete
answer-wait = Um momento, por favor
answer-write = Pode escrever isso?

## Atendimento e orientação

phrase-welcome-hello = Olá, damos-lhe as boas-vindas à câmara municipal.
phrase-welcome-how-help = Em que posso ajudar?
phrase-welcome-which-procedure = Que assunto vem tratar?
phrase-welcome-screen = Vamos usar este ecrã para nos entendermos.
phrase-welcome-tap-answer = Pode responder tocando numa resposta no ecrã.
phrase-welcome-have-appointment = Tem marcação?
phrase-welcome-take-ticket = Tire uma senha no terminal, à entrada.
phrase-welcome-handle-here = Posso tratar do seu pedido aqui, no balcão.
phrase-welcome-go-to-desk = Dirija-se a { $desk }.
phrase-welcome-service-ground-floor = O serviço de { $service } fica no piso térreo.
phrase-welcome-service-first-floor = O serviço de { $service } fica no primeiro andar.
phrase-welcome-service-second-floor = O serviço de { $service } fica no segundo andar.
phrase-welcome-service-other-building = O serviço de { $service } fica noutro edifício: { $place }.
phrase-welcome-transfer = Uma pessoa do serviço de { $service } vai tratar do seu pedido.
phrase-welcome-not-here = Este assunto não se trata na câmara municipal.
phrase-welcome-other-office = Para este assunto, dirija-se a este organismo: { $place }.
phrase-welcome-online = Este assunto também pode ser tratado pela internet.
phrase-welcome-france-services = A France Services (balcão público de atendimento) pode ajudar com a CAF (prestações familiares), os impostos ou a pensão de reforma.
phrase-welcome-toilets = Os sanitários ficam ao fundo do corredor.

answer-welcome-appointment = Tenho marcação
answer-welcome-information = Venho pedir uma informação
answer-welcome-toilets = Onde ficam os sanitários?

## A espera e a fila

phrase-queue-wait-room = Aguarde na sala de espera, por favor.
phrase-queue-sit-down = Pode sentar-se.
phrase-queue-screen = O seu número vai aparecer no ecrã, com o número do balcão.
phrase-queue-people-ahead = { $count ->
    [one] Há { $count } pessoa à sua frente.
   *[other] Há { $count } pessoas à sua frente.
    }
phrase-queue-registered = { $gender ->
    [female] Está inscrita na fila de espera.
    [male] Está inscrito na fila de espera.
   *[other] Já está na fila de espera.
    }
phrase-queue-next = { $gender ->
    [female] É a próxima.
    [male] É o próximo.
   *[other] A seguir, é a sua vez.
    }
phrase-queue-your-turn = Chegou a sua vez: dirija-se a { $desk }.
phrase-queue-wait-short = A espera é de alguns minutos.
phrase-queue-wait-long = Hoje a espera é longa.
phrase-queue-sorry = Pedimos desculpa pela espera.
phrase-queue-priority-question = { $gender ->
    [female] Precisa de ser atendida com prioridade?
    [male] Precisa de ser atendido com prioridade?
   *[other] Precisa de atendimento prioritário?
    }
phrase-queue-priority-rule = As pessoas com deficiência, as grávidas e as pessoas idosas têm atendimento prioritário.
phrase-queue-sms = Pode esperar lá fora: vai receber um SMS quando a sua vez estiver próxima.
phrase-queue-follow-phone = Pode acompanhar a sua vez no telemóvel com o código QR da senha.
phrase-queue-missed = O seu número já foi chamado. Tire uma nova senha no terminal.
phrase-queue-closing-soon = O atendimento fecha em breve. Hoje já não podemos receber mais pessoas.
phrase-queue-come-back = Volte { $date }, a partir das { $time }.
phrase-queue-appointment-faster = Com marcação, espera menos tempo.

answer-queue-how-long = Quanto tempo tenho de esperar?
answer-queue-priority = Preciso de atendimento prioritário
answer-queue-come-back = Volto mais tarde

## Cartão de identidade e passaporte

phrase-identity-appointment-only = O cartão de identidade e o passaporte só se pedem com marcação.
phrase-identity-pre-application = Primeiro, faça uma pré-demande (pré-pedido pela internet) no site da ANTS (o site oficial dos documentos de identidade).
phrase-identity-pre-application-number = Traga o número da pré-demande (pré-pedido) ou o resumo com o código QR.
phrase-identity-bring = Para o seu cartão de identidade ou passaporte, traga: { $documents }.
phrase-identity-photo-rules = A foto de identidade deve ter menos de 6 meses, com a cabeça descoberta, o rosto neutro e a boca fechada.
phrase-identity-photo-booth = Se tirar as fotos numa cabine autorizada, guarde o código e-photo.
phrase-identity-photo-count = { $count ->
    [one] Traga { $count } foto de identidade.
   *[other] Traga { $count } fotos de identidade.
    }
phrase-identity-old-document = Traga o seu cartão de identidade antigo ou o seu passaporte antigo.
phrase-identity-fingerprints = Vamos recolher as suas impressões digitais.
phrase-identity-signature = Assine dentro do quadro, sem tocar nos limites.
phrase-identity-child-present = A criança tem de estar presente no dia do pedido.
phrase-identity-parent-present = Para um menor de idade, um dos pais tem de vir com o seu próprio documento de identidade.
phrase-identity-passport-fee = Para um passaporte, tem de pagar { $amount } com um timbre fiscal (selo fiscal comprado pela internet ou numa tabacaria).
phrase-identity-loss-fee = Se o seu cartão de identidade foi perdido ou roubado, tem de pagar { $amount } com um timbre fiscal (selo fiscal comprado pela internet ou numa tabacaria).
phrase-identity-renewal-free = A renovação do cartão de identidade é gratuita se entregar o cartão antigo.
phrase-identity-loss-declaration = Se perdeu o cartão ou o passaporte, fazemos aqui a declaração de perda, juntamente com o novo pedido.
phrase-identity-theft-police = Em caso de roubo, apresente primeiro queixa na polícia ou na gendarmerie (polícia francesa de estatuto militar).
phrase-identity-delay = { $days ->
    [one] Neste momento, é preciso cerca de { $days } dia para fazer o documento.
   *[other] Neste momento, são precisos cerca de { $days } dias para fazer o documento.
    }
phrase-identity-sms-ready = Vai receber um SMS quando o seu documento estiver pronto.
phrase-identity-collect-in-person = Tem de vir pessoalmente buscar o seu documento.
phrase-identity-collect-3-months = Venha buscar o seu documento no prazo de 3 meses. Depois de 3 meses, é destruído.
phrase-identity-collect-appointment = Venha buscar o seu documento { $date }, às { $time }. Local: { $place }.
phrase-identity-french-only = O cartão de identidade e o passaporte franceses são só para pessoas de nacionalidade francesa.
phrase-identity-residence-permit = Para um titre de séjour (autorização de residência para estrangeiros), dirija-se à préfecture (serviço do Estado).

answer-identity-lost = Perdi os meus documentos
answer-identity-stolen = Roubaram-me os documentos
answer-identity-no-pre-application = Não fiz a pré-demande

## Certidões do registo civil

phrase-civil-status-which-certificate = Que certidão pretende: de nascimento, de casamento ou de óbito?
phrase-civil-status-full-copy = A copie intégrale (cópia integral) tem todas as informações do registo.
phrase-civil-status-extract = O extrait (extrato) tem só uma parte das informações do registo.
phrase-civil-status-extract-parents = O extrait avec filiation (extrato com filiação) indica também o nome dos pais.
phrase-civil-status-who-can = A copie intégrale (cópia integral) só é entregue à própria pessoa, aos seus pais, aos seus filhos ou ao seu cônjuge.
phrase-civil-status-where = A certidão pede-se na câmara municipal da localidade onde ocorreu o nascimento, o casamento ou o óbito.
phrase-civil-status-born-abroad = { $gender ->
   *[other] Nasceu no estrangeiro?
    }
phrase-civil-status-nantes = Para um nascimento no estrangeiro, os cidadãos franceses pedem a certidão ao Service central d'état civil (registo civil central), em Nantes.
phrase-civil-status-refugee = Para os refugiados, é o OFPRA (serviço francês de proteção dos refugiados) que emite as certidões do registo civil.
phrase-civil-status-online = Pode pedir a certidão pela internet, em service-public.fr.
phrase-civil-status-post = Também pode pedir a certidão por correio, com um envelope selado com a sua morada.
phrase-civil-status-free = As certidões do registo civil são gratuitas.
phrase-civil-status-delay = { $days ->
    [one] Vai receber a certidão pelo correio dentro de cerca de { $days } dia.
   *[other] Vai receber a certidão pelo correio dentro de cerca de { $days } dias.
    }
phrase-civil-status-family-book = Traga o seu livret de famille (caderneta oficial da família).
phrase-civil-status-family-book-update = Temos de atualizar o seu livret de famille (caderneta oficial da família).
phrase-civil-status-bring = Para esta certidão, traga: { $documents }.
phrase-civil-status-birth-declaration = O nascimento tem de ser declarado na câmara municipal no prazo de 5 dias.
phrase-civil-status-condolences = Apresento-lhe os meus sentidos pêsames.
phrase-civil-status-death-declaration = A agência funerária pode fazer a declaração de óbito em seu nome.
phrase-civil-status-marriage-file = Para se casar, entregue primeiro um dossier de mariage (processo de casamento) na câmara municipal.

answer-civil-status-birth = Gostaria de uma certidão de nascimento
answer-civil-status-marriage = Gostaria de casar
answer-civil-status-death = Faleceu uma pessoa da minha família

## Inscrições escolares e primeira infância

phrase-school-town-hall-first = A inscrição na escola faz-se primeiro na câmara municipal e depois na escola.
phrase-school-compulsory = A escola é obrigatória a partir dos 3 anos.
phrase-school-bring = Para a inscrição escolar, traga: { $documents }.
phrase-school-children-count = { $count ->
    [one] Vai inscrever { $count } criança.
   *[other] Vai inscrever { $count } crianças.
    }
phrase-school-proof-address = Traga um justificatif de domicile (documento que comprova a sua morada) com menos de 3 meses.
phrase-school-vaccinations = Traga o carnet de santé (boletim de saúde da criança), com as vacinas em dia.
phrase-school-birth-proof = Traga o livret de famille (caderneta oficial da família) ou a certidão de nascimento da criança.
phrase-school-sector = A criança vai para a escola do seu bairro.
phrase-school-certificate = Aqui tem o certificat d'inscription (certificado de inscrição). Entregue-o ao diretor ou à diretora da escola.
phrase-school-canteen = A criança pode almoçar na cantina da escola.
phrase-school-quotient = O preço da cantina depende do seu quotient familial (cálculo feito com os rendimentos e o tamanho da família).
phrase-school-caf-number = Dê-nos o seu número de beneficiário da CAF (caixa de prestações familiares) para calcularmos o quotient familial.
phrase-school-meal-price = Uma refeição na cantina custa { $amount }.
phrase-school-periscolaire = O accueil périscolaire (acolhimento fora do horário escolar) cuida das crianças antes e depois das aulas.
phrase-school-leisure-centre = O centre de loisirs (centro de atividades de tempos livres) recebe as crianças às quartas-feiras e nas férias.
phrase-school-creche-waiting-list = Vou inscrever a criança na lista de espera da creche (para crianças com menos de 3 anos).
phrase-school-creche-commission = As vagas na creche são atribuídas por uma comissão.
phrase-school-childminder = O Relais Petite Enfance (serviço de informação sobre o acolhimento de crianças pequenas) pode ajudar a encontrar uma assistante maternelle (cuidadora de crianças autorizada, que as recebe em sua casa).
phrase-school-family-portal = Pode fazer as inscrições no portail famille (site da câmara municipal para as famílias).

answer-school-register = Quero inscrever o meu filho na escola
answer-school-creche = Procuro uma vaga numa creche
answer-school-canteen = Quero inscrever o meu filho na cantina

## Urbanismo

phrase-planning-what-works = Que obras quer fazer?
phrase-planning-owner-question = A casa é sua ou é arrendada?
phrase-planning-tenant-agreement = Se a casa for arrendada, precisa da autorização escrita do proprietário.
phrase-planning-prior-declaration = Para obras pequenas, precisa de uma déclaration préalable (declaração prévia de obras).
phrase-planning-building-permit = Para construir uma casa ou fazer uma ampliação grande, precisa de um permis de construire (licença de construção).
phrase-planning-wait-authorisation = Não comece as obras antes de ter a autorização.
phrase-planning-plu = O plano local de urbanismo, o PLU, diz o que se pode construir no seu terreno.
phrase-planning-cadastre = O plan cadastral (planta cadastral) mostra os limites do seu terreno.
phrase-planning-cadastre-online = Pode ver o plan cadastral (planta cadastral) em cadastre.gouv.fr.
phrase-planning-consult-plans = Pode consultar as plantas no serviço de urbanismo, com marcação.
phrase-planning-online = Pode entregar o seu processo pela internet.
phrase-planning-copies = { $count ->
    [one] Entregue o seu processo em { $count } exemplar.
   *[other] Entregue o seu processo em { $count } exemplares.
    }
phrase-planning-bring = Para o seu processo, traga: { $documents }.
phrase-planning-receipt = Aqui tem o récépissé (comprovativo de entrega do processo). Guarde-o.
phrase-planning-prior-declaration-delay = Para uma déclaration préalable (declaração prévia de obras), a resposta chega normalmente no prazo de um mês.
phrase-planning-permit-delay = Para o permis de construire (licença de construção) de uma casa, a resposta chega normalmente no prazo de dois meses.
phrase-planning-answer-in-days = { $days ->
    [one] O seu processo está em análise. A resposta chega dentro de cerca de { $days } dia.
   *[other] O seu processo está em análise. A resposta chega dentro de cerca de { $days } dias.
    }
phrase-planning-incomplete = O seu processo está incompleto. Vai receber uma carta com a lista dos documentos em falta.
phrase-planning-architect = Acima de 150 metros quadrados, é obrigatório recorrer a um arquiteto.
phrase-planning-display = Afixe a autorização num painel, no terreno, durante todo o tempo das obras.
phrase-planning-completion = No fim das obras, envie a déclaration d'achèvement des travaux (declaração de conclusão das obras).
phrase-planning-appointment = A sua marcação com o serviço de urbanismo é para { $date }, às { $time }. Local: { $place }.

answer-planning-works = Quero fazer obras
answer-planning-owner = A casa é minha
answer-planning-tenant = Vivo numa casa arrendada

## Apoio social (CCAS)

phrase-social-ccas = O CCAS (centro municipal de ação social) é o serviço de apoio social do município.
phrase-social-confidential = Tudo o que disser aqui fica confidencial.
phrase-social-appointment-needed = Para pedir um apoio, precisa de uma marcação com um assistente social.
phrase-social-appointment = A sua marcação no CCAS é para { $date }, às { $time }. Local: { $place }.
phrase-social-worker-will-call = Um assistente social vai telefonar-lhe.
phrase-social-worker-call-days = { $days ->
    [one] Um assistente social vai telefonar-lhe no prazo máximo de { $days } dia.
   *[other] Um assistente social vai telefonar-lhe no prazo máximo de { $days } dias.
    }
phrase-social-phone = Qual é o seu número de telefone?
phrase-social-bring = Para o seu pedido de apoio, traga: { $documents }.
phrase-social-hosted = { $gender ->
    [female] Está alojada em casa de alguém?
    [male] Está alojado em casa de alguém?
   *[other] Vive em casa de outra pessoa?
    }
phrase-social-domiciliation = Se não tiver uma morada estável, o CCAS pode dar-lhe uma domiciliation (morada para receber correio).
phrase-social-domiciliation-mail = Com a domiciliation (morada para receber correio), recebe as suas cartas no CCAS.
phrase-social-food-aid = O CCAS pode indicar-lhe um apoio alimentar.
phrase-social-food-place = Para o apoio alimentar, dirija-se a este local: { $place }.
phrase-social-energy = Se não consegue pagar a eletricidade ou o gás, pode haver um apoio.
phrase-social-energy-cheque = Talvez tenha direito ao chèque énergie (apoio para pagar a energia).
phrase-social-housing = Para uma habitação social, tem de preencher uma demande de logement social (pedido de habitação social).
phrase-social-emergency-shelter = Se não tem onde dormir esta noite, ligue para o 115. A chamada é gratuita.
phrase-social-caf = Para o RSA (rendimento mínimo) e as prestações sociais, dirija-se também à CAF (caixa de prestações familiares).

answer-social-no-home = Não tenho casa
answer-social-no-food = Não tenho dinheiro para comer
answer-social-bills = Não consigo pagar as minhas contas

## Pagamentos e tarifas

phrase-payments-amount = O valor a pagar é { $amount }.
phrase-payments-how = Como quer pagar?
phrase-payments-methods = Pode pagar com cartão bancário, com cheque ou em dinheiro.
phrase-payments-no-cash = Não aceitamos pagamentos em dinheiro.
phrase-payments-cheque-order = O cheque deve ser passado à ordem de «Trésor public» (Tesouro Público francês).
phrase-payments-card-code = Insira o cartão e digite o código PIN.
phrase-payments-contactless = Pode pagar sem contacto.
phrase-payments-card-refused = O pagamento foi recusado. Tem outro meio de pagamento?
phrase-payments-tax-stamp = O timbre fiscal (selo fiscal) compra-se pela internet, em timbres.impots.gouv.fr, ou numa tabacaria.
phrase-payments-free = Este procedimento é gratuito.
phrase-payments-paid = Pagou { $amount }. Obrigado.
phrase-payments-remaining = Ainda falta pagar { $amount }.
phrase-payments-instalments = { $count ->
    [one] Pode pagar em { $count } prestação.
   *[other] Pode pagar em { $count } prestações.
    }
phrase-payments-invoice = Vai receber uma fatura pelo correio.
phrase-payments-online = Também pode pagar pela internet, no portail famille (site da câmara municipal para as famílias).
phrase-payments-receipt-question = Quer um recibo?
phrase-payments-difficulty = Se tem dificuldades em pagar, o CCAS (serviço de apoio social) pode ajudar.

answer-payments-card = Quero pagar com cartão
answer-payments-cash = Quero pagar em dinheiro
answer-payments-cannot-pay = Agora não posso pagar

## Marcações

phrase-appointments-date-time-place = A sua marcação é para { $date }, às { $time }. Local: { $place }.
phrase-appointments-only = Este assunto só é tratado com marcação.
phrase-appointments-book-online = Pode fazer uma marcação pela internet ou por telefone.
phrase-appointments-book-now = Vou fazer-lhe já uma marcação.
phrase-appointments-first-free = O primeiro horário livre é { $date }, às { $time }.
phrase-appointments-suits = Esta data convém-lhe?
phrase-appointments-in-days = { $days ->
    [one] A sua marcação é daqui a { $days } dia.
   *[other] A sua marcação é daqui a { $days } dias.
    }
phrase-appointments-moved = A sua marcação foi mudada para { $date }, às { $time }.
phrase-appointments-early = Venha 10 minutos antes.
phrase-appointments-cancel = Se não puder vir, cancele a sua marcação.
phrase-appointments-phone = Qual é o seu número de telemóvel?
phrase-appointments-sms = Vai receber um SMS de confirmação e depois um lembrete na véspera.
phrase-appointments-link = Com a ligação que vem no SMS, pode mudar ou cancelar a sua marcação.
phrase-appointments-bring = Para a sua marcação, traga: { $documents }.
phrase-appointments-bring-on-date = Para a sua marcação ({ $date }), traga: { $documents }.
phrase-appointments-interpreter = Vai estar um intérprete presente na sua marcação.
phrase-appointments-no-slot = De momento, não há marcações disponíveis.
phrase-appointments-waitlist = { $gender ->
    [female] Está inscrita na lista de espera. Enviamos-lhe um SMS se ficar livre um horário.
    [male] Está inscrito na lista de espera. Enviamos-lhe um SMS se ficar livre um horário.
   *[other] Já está na lista de espera. Enviamos-lhe um SMS se ficar livre um horário.
    }
phrase-appointments-expected = { $gender ->
    [female] É esperada em { $desk }.
    [male] É esperado em { $desk }.
   *[other] Dirija-se a { $desk }: estão à sua espera.
    }
phrase-appointments-missed = A hora da sua marcação já passou. Tem de fazer uma nova marcação.

answer-appointments-ok = Esta data está bem para mim
answer-appointments-other-time = Gostaria de outro horário
answer-appointments-cancel = Quero cancelar a minha marcação

## Documentos a trazer

phrase-documents-bring = Para este assunto, traga: { $documents }.
phrase-documents-originals-copies = Traga os originais e uma fotocópia de cada documento.
phrase-documents-originals = Precisamos dos documentos originais.
phrase-documents-proof-address = O justificatif de domicile (documento que comprova a morada) tem de ter menos de 3 meses.
phrase-documents-proof-address-examples = Como justificatif de domicile (documento que comprova a morada): uma fatura de eletricidade, gás, água ou telefone, ou uma quittance de loyer (recibo da renda de casa).
phrase-documents-hosted = { $gender ->
    [female] Se está alojada em casa de outra pessoa, traga uma attestation d'hébergement (declaração dessa pessoa a dizer que vive com ela), o documento de identidade dessa pessoa e um justificatif de domicile (comprovativo de morada) em nome dela.
    [male] Se está alojado em casa de outra pessoa, traga uma attestation d'hébergement (declaração dessa pessoa a dizer que vive com ela), o documento de identidade dessa pessoa e um justificatif de domicile (comprovativo de morada) em nome dela.
   *[other] Se vive em casa de outra pessoa, traga uma attestation d'hébergement (declaração dessa pessoa a dizer que vive com ela), o documento de identidade dessa pessoa e um justificatif de domicile (comprovativo de morada) em nome dela.
    }
phrase-documents-name = O comprovativo tem de estar em seu nome.
phrase-documents-missing = Falta o seguinte: { $documents }.
phrase-documents-missing-count = { $count ->
    [one] Falta { $count } documento.
   *[other] Faltam { $count } documentos.
    }
phrase-documents-received-count = { $count ->
    [one] Recebi { $count } documento.
   *[other] Recebi { $count } documentos.
    }
phrase-documents-come-back = Volte com os documentos em falta.
phrase-documents-expired = Este documento já não é válido.
phrase-documents-too-old = Este documento tem mais de 3 meses. Precisamos de um documento mais recente.
phrase-documents-keep-copy = Ficamos com uma cópia. Devolvemos-lhe o original.
phrase-documents-scan = Vou fazer uma cópia do seu documento.
phrase-documents-translation = Um documento numa língua estrangeira tem de ser traduzido para francês por um tradutor juramentado (tradutor oficial reconhecido por um tribunal).
phrase-documents-email = Pode enviar os documentos por e-mail.

answer-documents-not-have = Não tenho este documento
answer-documents-at-home = O documento está em casa
answer-documents-on-phone = Tenho o documento no telefone

## Verificar a compreensão

phrase-understanding-do-you-understand = Compreende?
phrase-understanding-repeat-back = Pode repetir o que compreendeu?
phrase-understanding-show-document = Mostre-me o documento, por favor.
phrase-understanding-tap = Toque na sua resposta no ecrã.
phrase-understanding-point = Pode apontar com o dedo.
phrase-understanding-nod = Pode responder com a cabeça: sim ou não.
phrase-understanding-ready = { $gender ->
    [female] Está pronta?
    [male] Está pronto?
   *[other] Podemos começar?
    }
phrase-understanding-sure = { $gender ->
   *[other] Tem a certeza?
    }
phrase-understanding-question = Tem alguma pergunta?
phrase-understanding-slower = Vou falar mais devagar.
phrase-understanding-write = Vou escrever-lhe isto num papel.
phrase-understanding-read-aloud = Quer que leia o documento em voz alta?
phrase-understanding-language = Que língua fala?
phrase-understanding-someone-translate = Há alguém que possa fazer a tradução?
phrase-understanding-phone-interpreter = Vou chamar um intérprete por telefone.
phrase-understanding-take-time = Não tenha pressa.

answer-understanding-understood = Compreendi
answer-understanding-partly = Compreendo um pouco
answer-understanding-question = Tenho uma pergunta

## Segurança e emergências

phrase-safety-calm = Mantenha a calma, por favor.
phrase-safety-doctor = Precisa de um médico?
phrase-safety-hurt = { $gender ->
    [female] Está ferida?
    [male] Está ferido?
   *[other] Tem algum ferimento?
    }
phrase-safety-pain = Onde lhe dói?
phrase-safety-alone = { $gender ->
    [female] Está sozinha?
    [male] Está sozinho?
   *[other] Veio com alguém?
    }
phrase-safety-sit = Sente-se aqui.
phrase-safety-water = Quer um copo de água?
phrase-safety-calling-help = Vamos chamar os serviços de emergência.
phrase-safety-help-coming = Os serviços de emergência estão a caminho.
phrase-safety-evacuate = Temos de sair do edifício imediatamente.
phrase-safety-follow-me = Siga-me.
phrase-safety-exit = Saia por esta porta.
phrase-safety-no-lift = Não utilize o elevador.
phrase-safety-assembly-point = Espere lá fora, no ponto de encontro.
phrase-safety-lift = Há um elevador para subir aos outros andares.
phrase-safety-lower-voice = Fale mais baixo, por favor.
phrase-safety-emergency-number = Em caso de emergência, ligue para o 112. A chamada é gratuita.
phrase-safety-violence = Se é vítima de violência, ligue para o 3919. A chamada é gratuita e anónima.

answer-safety-doctor = Preciso de um médico
answer-safety-unwell = Não me sinto bem
answer-safety-danger = Estou em perigo

## Fim do atendimento

phrase-closing-anything-else = Posso ajudar em mais alguma coisa?
phrase-closing-other-question = Tem mais alguma pergunta?
phrase-closing-receipt = Aqui tem o seu recibo.
phrase-closing-acknowledgement = Aqui tem o récépissé (comprovativo do seu pedido). Guarde-o.
phrase-closing-reference = Guarde o número do seu pedido: serve para acompanhar o seu processo.
phrase-closing-follow-online = Pode acompanhar o seu pedido pela internet, no site da câmara municipal.
phrase-closing-letter = Vai receber uma resposta pelo correio.
phrase-closing-next-time-bring = Da próxima vez, traga: { $documents }.
phrase-closing-see-you = Voltamos a ver-nos { $date }, às { $time }.
phrase-closing-well-received = { $gender ->
    [female] Foi bem atendida?
    [male] Foi bem atendido?
   *[other] Gostou do atendimento?
    }
phrase-closing-survey = Pode responder a um pequeno questionário de satisfação?
phrase-closing-survey-sms = Vai receber um SMS para dar a sua opinião.
phrase-closing-come-back = Volte sempre que precisar.
phrase-closing-contact = Também pode telefonar-nos ou escrever-nos.
phrase-closing-thanks = Obrigado pela sua visita.
phrase-closing-goodbye = Até à próxima, tenha um bom dia.

answer-closing-thanks = Agradeço muito
answer-closing-other-question = Tenho outra pergunta
answer-closing-goodbye = Adeus
