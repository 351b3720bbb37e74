### Language panel: verified sentences for the town-hall desk (English translation).
### The counsellor reads the French sentence; the resident sees and hears it in their own
### language, full screen. The resident answers by tapping an answer (answer-… messages).
###
### The reference text is locales/fr/phrasebook.ftl: translate from it; its notes apply here.
### - Keep exactly the variables of the French message, no more, no fewer (a test checks it).
###   $gender only chooses a variant and is never printed; English has no agreement, so these
###   messages keep a one-variant selector: { $gender -> *[other] … }
### - French words the resident will see on paper (livret de famille, copie intégrale,
###   pré-demande, timbre fiscal, justificatif de domicile, CCAS, récépissé…) stay in French,
###   followed by a short explanation in brackets.
### - Plural categories: en one/other; every selector needs a * default variant.

## Situations

phrasebook-situation-welcome = Welcome and directions
phrasebook-situation-queue = Waiting and the queue
phrasebook-situation-identity = Identity card and passport
phrasebook-situation-civil-status = Civil status certificates
phrasebook-situation-school = School and early childhood registration
phrasebook-situation-planning = Town planning
phrasebook-situation-social = Social help (CCAS)
phrasebook-situation-payments = Payments and fees
phrasebook-situation-appointments = Appointments
phrasebook-situation-documents = Documents to bring
phrasebook-situation-understanding = Checking understanding
phrasebook-situation-safety = Safety and emergencies
phrasebook-situation-closing = End of the conversation

## Lists of documents

# Separator between two items of the $documents list: a comma and a space.
# {" "} keeps the trailing space, which Fluent would otherwise drop.
phrasebook-list-comma = ,{" "}
# How the last item joins the list. $first: the items before it, already joined with the
# comma; $last: the last item. E.g. "a photo, a proof of address and a bill".
phrasebook-list-and = { $first } and { $last }

## Resident's answers (every situation)

answer-yes = Yes
answer-no = No
answer-dont-understand = I don't understand
answer-repeat = Can you repeat, please?
answer-slower = More slowly, please
answer-interpreter = I need an interpreter
answer-wait = One moment, please
# "it": what the counsellor has just said (an address, a date, a name…).
answer-write = Can you write it down?

## Welcome and directions

phrase-welcome-hello = Hello, welcome to the town hall.
phrase-welcome-how-help = How can I help you?
phrase-welcome-which-procedure = What have you come to do today?
phrase-welcome-screen = We are going to use this screen to understand each other.
phrase-welcome-tap-answer = You can answer by touching an answer on the screen.
phrase-welcome-have-appointment = Do you have an appointment?
phrase-welcome-take-ticket = Take a ticket from the machine at the entrance.
phrase-welcome-handle-here = I can deal with your request here, at the desk.
# $desk: the name of a desk, e.g. "Guichet 2".
phrase-welcome-go-to-desk = Please go to { $desk }.
# $service: the name of the service, already translated, e.g. "civil status".
phrase-welcome-service-ground-floor = The { $service } service is on the ground floor.
phrase-welcome-service-first-floor = The { $service } service is on the first floor.
phrase-welcome-service-second-floor = The { $service } service is on the second floor.
# $place: the name of another town-hall building, e.g. "Mairie annexe Nord".
phrase-welcome-service-other-building = The { $service } service is in another building: { $place }.
phrase-welcome-transfer = Someone from the { $service } service will see you.
phrase-welcome-not-here = This procedure is not done at the town hall.
# $place: the name of an organisation, e.g. "Préfecture", "CAF", "France Travail".
phrase-welcome-other-office = For this procedure, go to this office: { $place }.
phrase-welcome-online = You can also do this procedure online.
# "France Services": the name of a public help desk, kept in French.
phrase-welcome-france-services = France Services can help you with the CAF (family benefits), taxes or your pension.
phrase-welcome-toilets = The toilets are at the end of the corridor.

answer-welcome-appointment = I have an appointment
answer-welcome-information = I have come for some information
answer-welcome-toilets = Where are the toilets?

## Waiting and the queue

phrase-queue-wait-room = Please wait in the waiting room.
phrase-queue-sit-down = You can sit down.
phrase-queue-screen = Your number will appear on the screen, with the desk number.
phrase-queue-people-ahead = { $count ->
    [one] There is { $count } person ahead of you.
   *[other] There are { $count } people ahead of you.
}
phrase-queue-registered = { $gender ->
   *[other] You are in the queue.
}
phrase-queue-next = { $gender ->
   *[other] You are next.
}
phrase-queue-your-turn = It is your turn: please go to { $desk }.
phrase-queue-wait-short = The wait is a few minutes.
phrase-queue-wait-long = The wait is long today.
phrase-queue-sorry = We are sorry for the wait.
phrase-queue-priority-question = { $gender ->
   *[other] Do you need to be seen first?
}
phrase-queue-priority-rule = Disabled people, pregnant women and older people are seen first.
phrase-queue-sms = You can wait outside: you will get a text message when your turn is near.
# "QR code": the square printed on the ticket.
phrase-queue-follow-phone = You can follow your turn on your phone with the QR code on the ticket.
phrase-queue-missed = Your number has already been called. Please take a new ticket from the machine.
phrase-queue-closing-soon = Reception closes soon. We cannot see any more people today.
# $date: e.g. "Tuesday 24 November 2026"; $time: opening time, e.g. "08:30".
phrase-queue-come-back = Please come back on { $date }, from { $time }.
phrase-queue-appointment-faster = With an appointment, you will wait less.

answer-queue-how-long = How long do I have to wait?
answer-queue-priority = I need to be seen first
answer-queue-come-back = I will come back later

## Identity card and passport

# In this situation, "document" means the identity card or the passport (French: "titre").

phrase-identity-appointment-only = You can apply for an identity card or a passport only with an appointment.
# "pré-demande" and "ANTS" stay in French (the resident sees them on the website).
phrase-identity-pre-application = First fill in a pré-demande (online pre-application) on the ANTS website (the official website for identity documents).
phrase-identity-pre-application-number = Bring the pré-demande number or the summary page with the QR code.
phrase-identity-bring = For your identity card or passport, bring: { $documents }.
phrase-identity-photo-rules = The identity photo must be less than 6 months old, with your head uncovered, a neutral face and your mouth closed.
# "e-photo": the code printed on the photos from approved photo booths.
phrase-identity-photo-booth = In an approved photo booth, keep the e-photo code.
phrase-identity-photo-count = { $count ->
    [one] Bring { $count } identity photo.
   *[other] Bring { $count } identity photos.
}
phrase-identity-old-document = Bring your old identity card or your old passport.
phrase-identity-fingerprints = We are going to take your fingerprints.
phrase-identity-signature = Sign inside the box, without touching the edges.
phrase-identity-child-present = The child must be present on the day of the application.
phrase-identity-parent-present = For a child under 18, a parent must come with their own identity document.
# "timbre fiscal" stays in French: a tax stamp bought online or at a tobacconist's.
phrase-identity-passport-fee = For a passport, you need a timbre fiscal (tax stamp) of { $amount }.
phrase-identity-loss-fee = If your identity card is lost or stolen, you need a timbre fiscal (tax stamp) of { $amount }.
phrase-identity-renewal-free = Renewing an identity card is free if you give back the old card.
phrase-identity-loss-declaration = If you have lost your card or passport, we fill in the declaration of loss here, with the new application.
phrase-identity-theft-police = If your card or passport was stolen, first report the theft at the police station or the gendarmerie.
phrase-identity-delay = { $days ->
    [one] At the moment, it takes about { $days } day to make the document.
   *[other] At the moment, it takes about { $days } days to make the document.
}
phrase-identity-sms-ready = You will get a text message when your document is ready.
phrase-identity-collect-in-person = You must come yourself to collect your document.
phrase-identity-collect-3-months = Collect your document within 3 months. After 3 months, it is destroyed.
phrase-identity-collect-appointment = Come and collect your document on { $date } at { $time }. Place: { $place }.
phrase-identity-french-only = French identity cards and passports are only for French nationals.
# "titre de séjour" stays in French: a residence permit for foreign nationals.
phrase-identity-residence-permit = For a titre de séjour (residence permit), go to the préfecture.

answer-identity-lost = I have lost my papers
answer-identity-stolen = My papers were stolen
answer-identity-no-pre-application = I have not done the pré-demande

## Civil status certificates

phrase-civil-status-which-certificate = Which certificate do you want: birth, marriage or death?
# "copie intégrale" stays in French (it is written on the certificate).
phrase-civil-status-full-copy = The copie intégrale (full copy) has all the information in the certificate.
# "extrait" stays in French (it is written on the certificate).
phrase-civil-status-extract = The extrait (extract) has only part of the information in the certificate.
# "extrait avec filiation" stays in French; filiation = the parents' names.
phrase-civil-status-extract-parents = The extrait avec filiation (extract with parents) also shows the parents' names.
phrase-civil-status-who-can = The copie intégrale (full copy) is only given to the person, their parents, their children or their spouse.
phrase-civil-status-where = You request the certificate from the town hall of the town where the birth, marriage or death took place.
phrase-civil-status-born-abroad = { $gender ->
   *[other] Were you born abroad?
}
# "Service central d'état civil": a national office, name kept in French.
phrase-civil-status-nantes = For a birth abroad, French citizens request the certificate from the Service central d'état civil (central civil status office) in Nantes.
# "OFPRA": the French office for the protection of refugees and stateless persons.
phrase-civil-status-refugee = For refugees, the OFPRA issues the civil status certificates.
phrase-civil-status-online = You can request the certificate online, on service-public.fr.
phrase-civil-status-post = You can also request the certificate by post, with a stamped envelope with your address on it.
phrase-civil-status-free = Civil status certificates are free.
phrase-civil-status-delay = { $days ->
    [one] You will receive the certificate by post in about { $days } day.
   *[other] You will receive the certificate by post in about { $days } days.
}
# "livret de famille" stays in French: the official family record book.
phrase-civil-status-family-book = Bring your livret de famille (family record book).
phrase-civil-status-family-book-update = We need to update your livret de famille (family record book).
phrase-civil-status-bring = For this certificate, bring: { $documents }.
phrase-civil-status-birth-declaration = A birth must be declared at the town hall within 5 days.
phrase-civil-status-condolences = I am sorry for your loss.
phrase-civil-status-death-declaration = The funeral directors can declare the death for you.
# "dossier de mariage" stays in French.
phrase-civil-status-marriage-file = To get married, first hand in a dossier de mariage (marriage application) at the town hall.

answer-civil-status-birth = I would like a birth certificate
answer-civil-status-marriage = I would like to get married
answer-civil-status-death = Someone in my family has died

## School and early childhood registration

phrase-school-town-hall-first = You register your child at the town hall first, then at the school.
phrase-school-compulsory = School is compulsory from the age of 3.
phrase-school-bring = For school registration, bring: { $documents }.
phrase-school-children-count = { $count ->
    [one] You are registering { $count } child.
   *[other] You are registering { $count } children.
}
# "justificatif de domicile" stays in French: a document that proves your address.
phrase-school-proof-address = Bring a justificatif de domicile (proof of address) less than 3 months old.
# "carnet de santé" stays in French: the child's health record book.
phrase-school-vaccinations = Bring the child's carnet de santé (health record book), with vaccinations up to date.
phrase-school-birth-proof = Bring the livret de famille (family record book) or the child's birth certificate.
phrase-school-sector = Your child will go to the school in your neighbourhood.
# "certificat d'inscription" stays in French.
phrase-school-certificate = Here is the certificat d'inscription (registration certificate). Give it to the head teacher of the school.
phrase-school-canteen = Your child can have lunch at the school canteen.
# "quotient familial" stays in French: a figure based on income and family size.
phrase-school-quotient = The price of the canteen depends on your quotient familial (family income rating).
# "CAF": the family benefits office.
phrase-school-caf-number = Give us your CAF (family benefits) claimant number so we can work out the quotient familial.
phrase-school-meal-price = A meal at the canteen costs { $amount }.
# "périscolaire" stays in French.
phrase-school-periscolaire = The accueil périscolaire (before- and after-school care) looks after children before and after school.
# "centre de loisirs" stays in French.
phrase-school-leisure-centre = The centre de loisirs (activity centre) takes children on Wednesdays and during the holidays.
phrase-school-creche-waiting-list = I am putting you on the waiting list for the crèche (day nursery).
phrase-school-creche-commission = Places in the crèche (day nursery) are given by a committee.
# "Relais Petite Enfance" and "assistante maternelle" stay in French.
phrase-school-childminder = The Relais Petite Enfance (early childhood centre) can help you find an assistante maternelle (registered childminder).
# "portail famille": the town hall's website for registrations and bills.
phrase-school-family-portal = You can register on the town hall's portail famille (family website).

answer-school-register = I want to register my child at school
answer-school-creche = I am looking for a place in a crèche
answer-school-canteen = I want to register my child for the canteen

## Town planning

phrase-planning-what-works = What building work do you want to do?
phrase-planning-owner-question = Do you own or rent your home?
phrase-planning-tenant-agreement = If you rent, you need the owner's written agreement.
# "déclaration préalable" stays in French (the name of the form).
phrase-planning-prior-declaration = For small building work, you need a déclaration préalable (prior declaration).
# "permis de construire" stays in French.
phrase-planning-building-permit = To build a house or a large extension, you need a permis de construire (building permit).
phrase-planning-wait-authorisation = Do not start the work before you have the authorisation.
# "PLU": the local town plan.
phrase-planning-plu = The local town plan, the PLU, says what can be built on your land.
# "plan cadastral" stays in French.
phrase-planning-cadastre = The plan cadastral (land register map) shows the boundaries of your land.
phrase-planning-cadastre-online = You can see the plan cadastral (land register map) on cadastre.gouv.fr.
phrase-planning-consult-plans = You can look at the plans at the town planning office, by appointment.
phrase-planning-online = You can submit your application online.
phrase-planning-copies = { $count ->
    [one] Hand in { $count } copy of your application.
   *[other] Hand in { $count } copies of your application.
}
phrase-planning-bring = For your application, bring: { $documents }.
# "récépissé" stays in French: the paper that proves you handed in the application.
phrase-planning-receipt = Here is the récépissé (receipt) for your application. Keep it.
phrase-planning-prior-declaration-delay = For a déclaration préalable (prior declaration), you usually get an answer within a month.
phrase-planning-permit-delay = For a permis de construire (building permit) for a house, you usually get an answer within two months.
phrase-planning-answer-in-days = { $days ->
    [one] Your application is being examined. You will get an answer in about { $days } day.
   *[other] Your application is being examined. You will get an answer in about { $days } days.
}
phrase-planning-incomplete = Your application is incomplete. You will get a letter with the list of missing documents.
phrase-planning-architect = Above 150 square metres, an architect is required.
phrase-planning-display = Display the authorisation on a sign on the land for the whole time of the work.
# "déclaration d'achèvement des travaux" stays in French (the name of the form).
phrase-planning-completion = When the work is finished, send the déclaration d'achèvement des travaux (declaration that the work is complete).
phrase-planning-appointment = A town planning officer will see you on { $date } at { $time }. Place: { $place }.

answer-planning-works = I want to do some building work
answer-planning-owner = I am the owner
answer-planning-tenant = I am a tenant

## Social help (CCAS)

# "CCAS" stays in French: the town's social welfare office.
phrase-social-ccas = The CCAS is the town's social welfare office.
phrase-social-confidential = Everything you say here stays confidential.
phrase-social-appointment-needed = To get help, you need an appointment with a social worker.
phrase-social-appointment = Your appointment at the CCAS is on { $date } at { $time }. Place: { $place }.
phrase-social-worker-will-call = A social worker is going to call you.
phrase-social-worker-call-days = { $days ->
    [one] A social worker will call you within { $days } day.
   *[other] A social worker will call you within { $days } days.
}
phrase-social-phone = What is your phone number?
phrase-social-bring = For your request for help, bring: { $documents }.
phrase-social-hosted = { $gender ->
   *[other] Are you staying with someone?
}
# "domiciliation" stays in French: a postal address for people with no stable home.
phrase-social-domiciliation = If you do not have a stable address, the CCAS can give you a domiciliation (postal address).
phrase-social-domiciliation-mail = With the domiciliation (postal address), you receive your letters at the CCAS.
phrase-social-food-aid = The CCAS can refer you to food aid.
# $place: the name of the place, e.g. "Épicerie solidaire du Centre".
phrase-social-food-place = For food aid, go to this place: { $place }.
phrase-social-energy = If you cannot pay for electricity or gas, help is possible.
# "chèque énergie" stays in French (the name of the benefit, written on the letter).
phrase-social-energy-cheque = You may be entitled to the chèque énergie (energy voucher).
# "demande de logement social" stays in French (the name of the form).
phrase-social-housing = For social housing, you need to fill in a demande de logement social (social housing application).
phrase-social-emergency-shelter = If you have nowhere to sleep tonight, call 115. The call is free.
# "RSA": the basic income benefit.
phrase-social-caf = For the RSA (basic income) and benefits, also contact the CAF (family benefits office).

answer-social-no-home = I have no home
answer-social-no-food = I have no money for food
answer-social-bills = I cannot pay my bills

## Payments and fees

phrase-payments-amount = The amount to pay is { $amount }.
phrase-payments-how = How do you want to pay?
phrase-payments-methods = You can pay by bank card, by cheque or in cash.
phrase-payments-no-cash = We do not accept cash.
# "Trésor public" stays in French: it is what you write on the cheque.
phrase-payments-cheque-order = Make the cheque payable to "Trésor public".
phrase-payments-card-code = Insert your card and type your PIN.
phrase-payments-contactless = You can pay contactless.
phrase-payments-card-refused = The payment was refused. Do you have another way to pay?
phrase-payments-tax-stamp = You can buy the timbre fiscal (tax stamp) online, on timbres.impots.gouv.fr, or at a tobacconist's.
phrase-payments-free = This procedure is free.
phrase-payments-paid = You have paid { $amount }. Thank you.
phrase-payments-remaining = There is still { $amount } to pay.
# $count: the number of payments.
phrase-payments-instalments = { $count ->
    [one] You can pay in { $count } instalment.
   *[other] You can pay in { $count } instalments.
}
phrase-payments-invoice = You will receive a bill by post.
phrase-payments-online = You can also pay online, on the portail famille (family website).
phrase-payments-receipt-question = Would you like a receipt?
phrase-payments-difficulty = If you have difficulty paying, the CCAS (social welfare office) can help you.

answer-payments-card = I want to pay by card
answer-payments-cash = I want to pay in cash
answer-payments-cannot-pay = I cannot pay now

## Appointments

phrase-appointments-date-time-place = Your appointment is on { $date } at { $time }. Place: { $place }.
phrase-appointments-only = This procedure is by appointment only.
phrase-appointments-book-online = You can book an appointment online or by phone.
phrase-appointments-book-now = I am booking an appointment for you now.
phrase-appointments-first-free = The first free appointment is on { $date } at { $time }.
phrase-appointments-suits = Does this date suit you?
phrase-appointments-in-days = { $days ->
    [one] Your appointment is in { $days } day.
   *[other] Your appointment is in { $days } days.
}
phrase-appointments-moved = Your appointment has been moved to { $date } at { $time }.
phrase-appointments-early = Come 10 minutes early.
phrase-appointments-cancel = If you cannot come, cancel your appointment.
phrase-appointments-phone = What is your mobile phone number?
phrase-appointments-sms = You will get a confirmation text message, then a reminder the day before.
phrase-appointments-link = With the link in the text message, you can move or cancel your appointment.
phrase-appointments-bring = For your appointment, bring: { $documents }.
phrase-appointments-bring-on-date = For your appointment on { $date }, bring: { $documents }.
phrase-appointments-interpreter = An interpreter will be at your appointment.
phrase-appointments-no-slot = There are no free appointments at the moment.
phrase-appointments-waitlist = { $gender ->
   *[other] You are on the waiting list. We will tell you by text message if a place becomes free.
}
phrase-appointments-expected = { $gender ->
   *[other] You are expected at { $desk }.
}
phrase-appointments-missed = The time of your appointment has passed. You need to book a new appointment.

answer-appointments-ok = This date suits me
answer-appointments-other-time = I would like another time
answer-appointments-cancel = I want to cancel my appointment

## Documents to bring

phrase-documents-bring = For this procedure, bring: { $documents }.
phrase-documents-originals-copies = Bring the originals and a photocopy of each document.
phrase-documents-originals = We need the original documents.
phrase-documents-proof-address = The justificatif de domicile (proof of address) must be less than 3 months old.
# "quittance de loyer" stays in French: a rent receipt.
phrase-documents-proof-address-examples = As justificatif de domicile (proof of address): an electricity, gas, water or phone bill, or a quittance de loyer (rent receipt).
# "attestation d'hébergement" stays in French: a letter from the person you live with.
phrase-documents-hosted = { $gender ->
   *[other] If someone lets you live with them, bring an attestation d'hébergement (letter from your host), their identity document and their proof of address.
}
phrase-documents-name = The proof must be in your name.
phrase-documents-missing = Missing: { $documents }.
phrase-documents-missing-count = { $count ->
    [one] { $count } document is missing.
   *[other] { $count } documents are missing.
}
phrase-documents-received-count = { $count ->
    [one] I have received { $count } document.
   *[other] I have received { $count } documents.
}
phrase-documents-come-back = Come back with the missing documents.
phrase-documents-expired = This document is no longer valid.
phrase-documents-too-old = This document is more than 3 months old. We need a more recent one.
phrase-documents-keep-copy = We keep a copy. We give you back the original.
phrase-documents-scan = I am making a copy of your document.
# "sworn translator": an official translator approved by a court.
phrase-documents-translation = A document in a foreign language must be translated into French by a sworn translator.
phrase-documents-email = You can send the documents by e-mail.

answer-documents-not-have = I don't have this document
answer-documents-at-home = The document is at home
answer-documents-on-phone = I have the document on my phone

## Checking understanding

phrase-understanding-do-you-understand = Do you understand?
phrase-understanding-repeat-back = Can you repeat what you have understood?
phrase-understanding-show-document = Please show me the document.
phrase-understanding-tap = Touch your answer on the screen.
phrase-understanding-point = You can point with your finger.
phrase-understanding-nod = You can answer with your head: yes or no.
phrase-understanding-ready = { $gender ->
   *[other] Are you ready?
}
phrase-understanding-sure = { $gender ->
   *[other] Are you sure?
}
phrase-understanding-question = Do you have a question?
phrase-understanding-slower = I will speak more slowly.
phrase-understanding-write = I will write it down for you on paper.
phrase-understanding-read-aloud = Would you like me to read the document aloud?
phrase-understanding-language = What language do you speak?
phrase-understanding-someone-translate = Can someone translate for you?
phrase-understanding-phone-interpreter = I am going to call an interpreter by phone.
phrase-understanding-take-time = Take your time.

answer-understanding-understood = I understand
answer-understanding-partly = I understand a little
answer-understanding-question = I have a question

## Safety and emergencies

phrase-safety-calm = Please stay calm.
phrase-safety-doctor = Do you need a doctor?
phrase-safety-hurt = { $gender ->
   *[other] Are you hurt?
}
phrase-safety-pain = Where does it hurt?
phrase-safety-alone = { $gender ->
   *[other] Are you alone?
}
phrase-safety-sit = Sit down here.
phrase-safety-water = Would you like a glass of water?
phrase-safety-calling-help = We are calling the emergency services.
phrase-safety-help-coming = The emergency services are on their way.
phrase-safety-evacuate = We must leave the building now.
phrase-safety-follow-me = Follow me.
phrase-safety-exit = Go out through this door.
# During an evacuation (fire).
phrase-safety-no-lift = Do not use the lift.
phrase-safety-assembly-point = Wait outside, at the assembly point.
# To go upstairs (reduced mobility, pushchair…).
phrase-safety-lift = There is a lift to go upstairs.
phrase-safety-lower-voice = Please speak more quietly.
phrase-safety-emergency-number = In an emergency, call 112. The call is free.
phrase-safety-violence = If you are suffering violence, call 3919. The call is free and anonymous.

answer-safety-doctor = I need a doctor
answer-safety-unwell = I don't feel well
answer-safety-danger = I am in danger

## End of the conversation

phrase-closing-anything-else = Can I do anything else for you?
phrase-closing-other-question = Do you have another question?
phrase-closing-receipt = Here is your receipt.
# "récépissé" stays in French: the paper that proves the request was handed in.
phrase-closing-acknowledgement = Here is the récépissé (receipt) for your request. Keep it.
phrase-closing-reference = Keep your request number: you need it to follow your file.
phrase-closing-follow-online = You can follow your request online, on the town hall's website.
phrase-closing-letter = You will receive an answer by post.
phrase-closing-next-time-bring = Next time, bring: { $documents }.
phrase-closing-see-you = We will see you again on { $date } at { $time }.
phrase-closing-well-received = { $gender ->
   *[other] Were you well looked after?
}
phrase-closing-survey = Can you answer a short satisfaction survey?
phrase-closing-survey-sms = You will get a text message asking for your opinion.
phrase-closing-come-back = Come back and see us if you need to.
phrase-closing-contact = You can also phone us or write to us.
phrase-closing-thanks = Thank you for your visit.
phrase-closing-goodbye = Goodbye, have a nice day.

answer-closing-thanks = Thank you very much
answer-closing-other-question = I have another question
answer-closing-goodbye = Goodbye
