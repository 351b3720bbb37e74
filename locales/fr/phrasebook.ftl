### Panneau de langue : phrases vérifiées pour l'accueil de la mairie (texte de référence).
### Le conseiller lit la phrase française ; l'usager voit et entend la phrase dans sa langue,
### en plein écran. L'usager répond en touchant une réponse (messages answer-…).
###
### Notes pour les traducteurs (ar, fa, es, pt, tr, ro, ru, uk, zh) :
### - Traduisez le sens, en phrases courtes et simples, avec la forme polie (vous).
###   « Vous » s'adresse toujours à UNE personne, avec politesse (pas un pluriel).
###   Chaque phrase doit se comprendre seule. Le texte est lu à voix haute.
### - Termes français à garder : quand l'usager verra le mot français sur un papier
###   (livret de famille, copie intégrale, pré-demande, timbre fiscal, justificatif de domicile,
###   quotient familial, CCAS, CAF, déclaration préalable, permis de construire, récépissé…),
###   gardez le mot français tel quel et ajoutez juste après une courte explication entre
###   parenthèses dans votre langue. Exemple : « livret de famille (carnet officiel de la famille) ».
###   Les notes au-dessus des messages le rappellent.
### - Variables : gardez exactement les variables du français, ni plus ni moins (un test le
###   vérifie). Ne traduisez pas leurs noms. Leur valeur arrive déjà écrite dans votre langue :
###     $date      une date complète, ex. « lundi 23 novembre 2026 » (voir dates.ftl) ;
###     $time      une heure, ex. « 14:30 » ;
###     $place     un nom de lieu français, ex. « Hôtel de ville » (nom propre, non traduit) ;
###     $desk      le nom d'un guichet, ex. « Guichet 2 » ;
###     $service   un nom de service déjà traduit, ex. « état civil » ;
###     $amount    un montant déjà écrit, ex. « 25 € » ;
###     $documents une liste de pièces déjà écrite en une phrase, ex. « une photo et un justificatif de domicile » ;
###     $count     un nombre entier (personnes, documents, exemplaires…) ;
###     $days      un nombre entier de jours ;
###     $gender    le genre grammatical de l'usager, choisi par le conseiller : female, male, ou autre.
###                $gender sert SEULEMENT à choisir une variante, il n'est jamais affiché.
### - Langues à déclinaisons (ru, uk, tr, ar, fa…) : $place, $desk, $service et $documents ne
###   peuvent pas être déclinés. Construisez la phrase pour qu'ils restent à la forme de base,
###   par exemple après deux-points : « Lieu : { $place } ».
### - Accords de genre : là où le français utilise { $gender -> … }, faites de même si votre
###   langue accorde (ar, es, pt, ro, ru, uk…). Si votre langue n'accorde pas (fa, tr, zh…),
###   gardez quand même un sélecteur d'une seule variante :
###       { $gender ->
###          *[other] votre phrase
###       }
###   N'ajoutez jamais $gender à un message qui ne l'a pas en français : dans ces messages,
###   utilisez une forme qui convient à tout le monde (en arabe, par exemple, la forme de
###   politesse ou le masculin générique).
### - Pluriels ($count, $days) : chaque sélecteur doit avoir une variante par défaut marquée *.
###   Catégories : fr one/other (0 et 1 sont « one ») ; en one/other ;
###   ar zero/one/two/few/many/other ; ru et uk one/few/many/other ; ro one/few/other ;
###   pt one/other ; es one/other (many seulement si besoin) ; tr et fa other (one possible) ;
###   zh other seulement. Gardez { $count } ou { $days } affiché dans chaque variante où le
###   français l'affiche.
### - Réponses de l'usager (answer-…) : à la première personne, très courtes, sans variable.
###   Elles ne peuvent pas s'accorder : choisissez une tournure sans genre
###   (ex. en russe, pas « я понял / поняла » mais « мне понятно »).
### - Apostrophe droite ('), espaces simples avant : ? ! (pas d'espace insécable).

## Situations

phrasebook-situation-welcome = Accueil et orientation
phrasebook-situation-queue = L'attente et la file
phrasebook-situation-identity = Carte d'identité et passeport
phrasebook-situation-civil-status = Actes d'état civil
phrasebook-situation-school = Inscriptions scolaires et petite enfance
phrasebook-situation-planning = Urbanisme
phrasebook-situation-social = Aide sociale (CCAS)
phrasebook-situation-payments = Paiements et tarifs
phrasebook-situation-appointments = Rendez-vous
phrasebook-situation-documents = Pièces à apporter
phrasebook-situation-understanding = Vérifier la compréhension
phrasebook-situation-safety = Sécurité et urgences
phrasebook-situation-closing = Fin de l'entretien

## Listes de documents

# Séparateur entre deux éléments de la liste $documents : une virgule suivie d'une espace.
# {" "} garde l'espace finale, que Fluent supprimerait sinon. Adaptez la ponctuation
# (ar « ، » puis espace ; zh « 、 » sans espace ; fa « ، » puis espace).
phrasebook-list-comma = ,{" "}
# Comment le dernier élément rejoint la liste. $first : les éléments précédents, déjà joints
# par la virgule ; $last : le dernier élément. Ex. « une photo, un justificatif et une facture ».
phrasebook-list-and = { $first } et { $last }

## Réponses de l'usager (toutes situations)

answer-yes = Oui
answer-no = Non
answer-dont-understand = Je ne comprends pas
answer-repeat = Pouvez-vous répéter, s'il vous plaît ?
answer-slower = Plus lentement, s'il vous plaît
answer-interpreter = J'ai besoin d'un interprète
answer-wait = Un instant, s'il vous plaît
# « l' » : ce que le conseiller vient de dire (une adresse, une date, un nom…).
answer-write = Pouvez-vous l'écrire ?

## Accueil et orientation

phrase-welcome-hello = Bonjour, bienvenue à la mairie.
phrase-welcome-how-help = Comment puis-je vous aider ?
phrase-welcome-which-procedure = Pour quelle démarche venez-vous ?
phrase-welcome-screen = Nous allons utiliser cet écran pour nous comprendre.
phrase-welcome-tap-answer = Vous pouvez répondre en touchant une réponse sur l'écran.
phrase-welcome-have-appointment = Avez-vous un rendez-vous ?
phrase-welcome-take-ticket = Prenez un ticket à la borne, à l'entrée.
phrase-welcome-handle-here = Je peux traiter votre demande ici, au guichet.
# $desk : nom d'un guichet, ex. « Guichet 2 ».
phrase-welcome-go-to-desk = Présentez-vous au { $desk }.
# $service : nom du service, déjà traduit, ex. « état civil ».
phrase-welcome-service-ground-floor = Le service { $service } est au rez-de-chaussée.
phrase-welcome-service-first-floor = Le service { $service } est au premier étage.
phrase-welcome-service-second-floor = Le service { $service } est au deuxième étage.
# $place : nom d'un autre bâtiment de la mairie, ex. « Mairie annexe Nord ».
phrase-welcome-service-other-building = Le service { $service } est dans un autre bâtiment : { $place }.
phrase-welcome-transfer = Un agent du service { $service } va vous recevoir.
phrase-welcome-not-here = Cette démarche ne se fait pas à la mairie.
# $place : nom d'un organisme, ex. « Préfecture », « CAF », « France Travail ».
phrase-welcome-other-office = Pour cette démarche, adressez-vous à cet organisme : { $place }.
phrase-welcome-online = Cette démarche peut aussi se faire en ligne.
# « France Services » : nom d'un lieu d'accueil public, à garder en français.
phrase-welcome-france-services = France Services peut vous aider pour la CAF, les impôts ou la retraite.
phrase-welcome-toilets = Les toilettes sont au fond du couloir.

answer-welcome-appointment = J'ai un rendez-vous
answer-welcome-information = Je viens pour un renseignement
answer-welcome-toilets = Où sont les toilettes ?

## L'attente et la file

phrase-queue-wait-room = Merci de patienter dans la salle d'attente.
phrase-queue-sit-down = Vous pouvez vous asseoir.
phrase-queue-screen = Votre numéro va s'afficher sur l'écran, avec le numéro du guichet.
phrase-queue-people-ahead = { $count ->
    [one] Il y a { $count } personne avant vous.
   *[other] Il y a { $count } personnes avant vous.
}
phrase-queue-registered = { $gender ->
    [female] Vous êtes inscrite dans la file d'attente.
    [male] Vous êtes inscrit dans la file d'attente.
   *[other] Vous êtes inscrit dans la file d'attente.
}
phrase-queue-next = { $gender ->
    [female] Vous êtes la prochaine.
    [male] Vous êtes le prochain.
   *[other] Vous passez juste après.
}
phrase-queue-your-turn = C'est votre tour : présentez-vous au { $desk }.
phrase-queue-wait-short = L'attente est de quelques minutes.
phrase-queue-wait-long = L'attente est longue aujourd'hui.
phrase-queue-sorry = Excusez-nous pour l'attente.
phrase-queue-priority-question = { $gender ->
    [female] Avez-vous besoin d'être reçue en priorité ?
    [male] Avez-vous besoin d'être reçu en priorité ?
   *[other] Avez-vous besoin de passer en priorité ?
}
phrase-queue-priority-rule = Les personnes handicapées, les femmes enceintes et les personnes âgées passent en priorité.
phrase-queue-sms = Vous pouvez attendre dehors : vous recevrez un SMS quand votre tour approche.
# « code QR » : le carré imprimé sur le ticket.
phrase-queue-follow-phone = Vous pouvez suivre votre tour sur votre téléphone avec le code QR du ticket.
phrase-queue-missed = Votre numéro a déjà été appelé. Reprenez un ticket à la borne.
phrase-queue-closing-soon = L'accueil ferme bientôt. Nous ne pouvons plus recevoir de nouvelles personnes aujourd'hui.
# $date : ex. « mardi 24 novembre 2026 » ; $time : heure d'ouverture, ex. « 08:30 ».
phrase-queue-come-back = Revenez le { $date }, à partir de { $time }.
phrase-queue-appointment-faster = Avec un rendez-vous, vous attendrez moins.

answer-queue-how-long = Combien de temps dois-je attendre ?
answer-queue-priority = J'ai besoin de passer en priorité
answer-queue-come-back = Je reviendrai plus tard

## Carte d'identité et passeport

# Dans cette situation, « titre » veut dire la carte d'identité ou le passeport.

phrase-identity-appointment-only = La carte d'identité et le passeport se demandent uniquement sur rendez-vous.
# « pré-demande » et « ANTS » : gardez-les en français (l'usager les voit sur le site), avec
# une courte explication : ANTS = Agence nationale des titres sécurisés, le site officiel.
phrase-identity-pre-application = Faites d'abord une pré-demande en ligne, sur le site de l'ANTS.
phrase-identity-pre-application-number = Apportez le numéro de pré-demande ou le récapitulatif avec le code QR.
phrase-identity-bring = Pour votre carte d'identité ou votre passeport, apportez : { $documents }.
phrase-identity-photo-rules = La photo d'identité doit avoir moins de 6 mois, avec la tête nue, le visage neutre et la bouche fermée.
# « code e-photo » : code imprimé sur la planche de photos des cabines agréées ; gardez « e-photo ».
phrase-identity-photo-booth = Dans une cabine photo agréée, gardez le code e-photo.
phrase-identity-photo-count = { $count ->
    [one] Apportez { $count } photo d'identité.
   *[other] Apportez { $count } photos d'identité.
}
phrase-identity-old-document = Apportez votre ancienne carte d'identité ou votre ancien passeport.
phrase-identity-fingerprints = Nous allons prendre vos empreintes digitales.
# « le cadre » : la case où l'on signe, sur le formulaire ou sur la tablette de signature.
phrase-identity-signature = Signez dans le cadre, sans toucher les bords.
phrase-identity-child-present = L'enfant doit être présent le jour de la demande.
phrase-identity-parent-present = Pour un enfant mineur, un parent doit venir avec sa propre pièce d'identité.
# « timbre fiscal » : gardez-le en français (c'est le nom du paiement), avec une explication :
# une taxe payée en ligne ou au bureau de tabac.
phrase-identity-passport-fee = Pour un passeport, il faut un timbre fiscal de { $amount }.
phrase-identity-loss-fee = Si votre carte d'identité est perdue ou volée, il faut un timbre fiscal de { $amount }.
phrase-identity-renewal-free = Le renouvellement de la carte d'identité est gratuit si vous rendez l'ancienne carte.
phrase-identity-loss-declaration = Si vous avez perdu votre carte ou votre passeport, nous faisons la déclaration de perte ici, avec la nouvelle demande.
phrase-identity-theft-police = En cas de vol, allez d'abord déclarer le vol au commissariat ou à la gendarmerie.
phrase-identity-delay = { $days ->
    [one] En ce moment, il faut environ { $days } jour pour fabriquer le titre.
   *[other] En ce moment, il faut environ { $days } jours pour fabriquer le titre.
}
phrase-identity-sms-ready = Vous recevrez un SMS quand votre titre sera prêt.
phrase-identity-collect-in-person = Vous devez venir vous-même chercher votre titre.
phrase-identity-collect-3-months = Venez chercher votre titre dans les 3 mois. Après 3 mois, il est détruit.
phrase-identity-collect-appointment = Venez chercher votre titre le { $date } à { $time }. Lieu : { $place }.
phrase-identity-french-only = La carte d'identité et le passeport français sont réservés aux personnes de nationalité française.
# « titre de séjour » : gardez-le en français, avec une explication (permis de séjour pour les étrangers).
phrase-identity-residence-permit = Pour un titre de séjour, adressez-vous à la préfecture.

answer-identity-lost = J'ai perdu mes papiers
answer-identity-stolen = On m'a volé mes papiers
answer-identity-no-pre-application = Je n'ai pas fait la pré-demande

## Actes d'état civil

phrase-civil-status-which-certificate = Quel acte voulez-vous : naissance, mariage ou décès ?
# « copie intégrale » : gardez-le en français (écrit sur l'acte), avec une explication.
phrase-civil-status-full-copy = La copie intégrale contient toutes les informations de l'acte.
# « extrait » : gardez-le en français (écrit sur l'acte), avec une explication.
phrase-civil-status-extract = L'extrait contient seulement une partie des informations de l'acte.
# « extrait avec filiation » : gardez-le en français ; filiation = les noms des parents.
phrase-civil-status-extract-parents = L'extrait avec filiation indique aussi le nom des parents.
phrase-civil-status-who-can = La copie intégrale est délivrée seulement à la personne, à ses parents, à ses enfants ou à son conjoint.
phrase-civil-status-where = L'acte se demande à la mairie de la ville où a eu lieu la naissance, le mariage ou le décès.
phrase-civil-status-born-abroad = { $gender ->
    [female] Êtes-vous née à l'étranger ?
    [male] Êtes-vous né à l'étranger ?
   *[other] Votre naissance a-t-elle eu lieu à l'étranger ?
}
# « Service central d'état civil » : nom d'un service de l'État, à garder en français.
phrase-civil-status-nantes = Pour une naissance à l'étranger, les Français demandent l'acte au Service central d'état civil, à Nantes.
# « OFPRA » : Office français de protection des réfugiés et apatrides ; gardez le sigle.
phrase-civil-status-refugee = Pour les réfugiés, c'est l'OFPRA qui délivre les actes d'état civil.
# « service-public.fr » : adresse d'un site, à garder telle quelle.
phrase-civil-status-online = Vous pouvez demander l'acte en ligne, sur service-public.fr.
phrase-civil-status-post = Vous pouvez aussi demander l'acte par courrier, avec une enveloppe timbrée à votre adresse.
phrase-civil-status-free = Les actes d'état civil sont gratuits.
phrase-civil-status-delay = { $days ->
    [one] Vous recevrez l'acte par courrier dans { $days } jour environ.
   *[other] Vous recevrez l'acte par courrier dans { $days } jours environ.
}
# « livret de famille » : gardez-le en français, avec une explication
# (carnet officiel avec le mariage et les naissances des enfants).
phrase-civil-status-family-book = Apportez votre livret de famille.
phrase-civil-status-family-book-update = Nous devons mettre à jour votre livret de famille.
phrase-civil-status-bring = Pour cet acte, apportez : { $documents }.
phrase-civil-status-birth-declaration = La naissance doit être déclarée à la mairie dans les 5 jours.
phrase-civil-status-condolences = Je vous présente mes condoléances.
# « pompes funèbres » : l'entreprise qui organise les funérailles.
phrase-civil-status-death-declaration = Les pompes funèbres peuvent faire la déclaration de décès à votre place.
# « dossier de mariage » : gardez-le en français, avec une explication.
phrase-civil-status-marriage-file = Pour vous marier, déposez d'abord un dossier de mariage à la mairie.

answer-civil-status-birth = Je voudrais un acte de naissance
answer-civil-status-marriage = Je voudrais me marier
answer-civil-status-death = Une personne de ma famille est décédée

## Inscriptions scolaires et petite enfance

phrase-school-town-hall-first = L'inscription à l'école se fait d'abord à la mairie, puis à l'école.
phrase-school-compulsory = L'école est obligatoire à partir de 3 ans.
phrase-school-bring = Pour l'inscription scolaire, apportez : { $documents }.
phrase-school-children-count = { $count ->
    [one] Vous inscrivez { $count } enfant.
   *[other] Vous inscrivez { $count } enfants.
}
# « justificatif de domicile » : gardez-le en français, avec une explication
# (document qui prouve votre adresse : facture, quittance de loyer…).
phrase-school-proof-address = Apportez un justificatif de domicile de moins de 3 mois.
# « carnet de santé » : gardez-le en français (carnet médical de l'enfant).
phrase-school-vaccinations = Apportez le carnet de santé de l'enfant, avec les vaccins à jour.
phrase-school-birth-proof = Apportez le livret de famille ou l'acte de naissance de l'enfant.
phrase-school-sector = Votre enfant ira à l'école de votre quartier.
# « certificat d'inscription » : gardez-le en français.
phrase-school-certificate = Voici le certificat d'inscription. Donnez-le au directeur ou à la directrice de l'école.
phrase-school-canteen = Votre enfant peut manger à la cantine le midi.
# « quotient familial » : gardez-le en français, avec une explication
# (un calcul à partir des revenus et de la taille de la famille).
phrase-school-quotient = Le prix de la cantine dépend de votre quotient familial.
# « CAF » : Caisse d'allocations familiales ; gardez le sigle.
phrase-school-caf-number = Donnez-nous votre numéro d'allocataire CAF pour calculer le quotient familial.
phrase-school-meal-price = Le repas à la cantine coûte { $amount }.
# « périscolaire » : gardez-le en français, avec une explication.
phrase-school-periscolaire = L'accueil périscolaire garde les enfants avant et après l'école.
# « centre de loisirs » : gardez-le en français, avec une explication.
phrase-school-leisure-centre = Le centre de loisirs accueille les enfants le mercredi et pendant les vacances.
# « crèche » : lieu d'accueil des enfants de moins de 3 ans.
phrase-school-creche-waiting-list = Je vous inscris sur la liste d'attente de la crèche.
phrase-school-creche-commission = Les places en crèche sont attribuées par une commission.
# « Relais Petite Enfance » et « assistante maternelle » : gardez-les en français, avec une
# explication (une assistante maternelle garde des enfants chez elle, avec un agrément).
phrase-school-childminder = Le Relais Petite Enfance peut vous aider à trouver une assistante maternelle.
# « portail famille » : le site de la mairie pour les inscriptions et les factures.
phrase-school-family-portal = Vous pouvez faire les inscriptions sur le portail famille de la mairie.

answer-school-register = Je veux inscrire mon enfant à l'école
answer-school-creche = Je cherche une place en crèche
answer-school-canteen = Je veux inscrire mon enfant à la cantine

## Urbanisme

phrase-planning-what-works = Quels travaux voulez-vous faire ?
phrase-planning-owner-question = Êtes-vous propriétaire ou locataire ?
phrase-planning-tenant-agreement = Si vous êtes locataire, il faut l'accord écrit du propriétaire.
# « déclaration préalable » : gardez-le en français (nom du formulaire), avec une explication.
phrase-planning-prior-declaration = Pour de petits travaux, il faut une déclaration préalable.
# « permis de construire » : gardez-le en français, avec une explication.
phrase-planning-building-permit = Pour construire une maison ou un grand agrandissement, il faut un permis de construire.
phrase-planning-wait-authorisation = Ne commencez pas les travaux avant d'avoir l'autorisation.
# « PLU » : plan local d'urbanisme ; gardez le sigle.
phrase-planning-plu = Le plan local d'urbanisme, le PLU, dit ce que l'on peut construire sur votre terrain.
# « cadastre », « plan cadastral » : gardez-les en français, avec une explication.
phrase-planning-cadastre = Le plan cadastral montre les limites de votre terrain.
phrase-planning-cadastre-online = Vous pouvez voir le plan cadastral sur cadastre.gouv.fr.
phrase-planning-consult-plans = Vous pouvez consulter les plans au service urbanisme, sur rendez-vous.
phrase-planning-online = Vous pouvez déposer votre dossier en ligne.
phrase-planning-copies = { $count ->
    [one] Déposez votre dossier en { $count } exemplaire.
   *[other] Déposez votre dossier en { $count } exemplaires.
}
phrase-planning-bring = Pour votre dossier, apportez : { $documents }.
# « récépissé » : gardez-le en français (papier qui prouve le dépôt).
phrase-planning-receipt = Voici le récépissé de dépôt. Gardez-le.
phrase-planning-prior-declaration-delay = Pour une déclaration préalable, la réponse arrive en général dans un mois.
phrase-planning-permit-delay = Pour le permis de construire d'une maison, la réponse arrive en général dans deux mois.
phrase-planning-answer-in-days = { $days ->
    [one] Votre dossier est à l'étude. La réponse arrivera dans { $days } jour environ.
   *[other] Votre dossier est à l'étude. La réponse arrivera dans { $days } jours environ.
}
phrase-planning-incomplete = Votre dossier est incomplet. Vous recevrez un courrier avec la liste des pièces manquantes.
phrase-planning-architect = Au-delà de 150 mètres carrés, un architecte est obligatoire.
phrase-planning-display = Affichez l'autorisation sur un panneau, sur le terrain, pendant toute la durée des travaux.
# « déclaration d'achèvement des travaux » : gardez-le en français (nom du formulaire).
phrase-planning-completion = À la fin des travaux, envoyez la déclaration d'achèvement des travaux.
phrase-planning-appointment = Un agent de l'urbanisme vous recevra le { $date } à { $time }. Lieu : { $place }.

answer-planning-works = Je veux faire des travaux
answer-planning-owner = Je suis propriétaire
answer-planning-tenant = Je suis locataire

## Aide sociale (CCAS)

# « CCAS » : centre communal d'action sociale ; gardez le sigle, avec une explication.
phrase-social-ccas = Le CCAS est le service d'aide sociale de la ville.
phrase-social-confidential = Tout ce que vous dites ici reste confidentiel.
phrase-social-appointment-needed = Pour une aide, il faut un rendez-vous avec un travailleur social.
phrase-social-appointment = Votre rendez-vous au CCAS est le { $date } à { $time }. Lieu : { $place }.
phrase-social-worker-will-call = Un travailleur social va vous appeler.
phrase-social-worker-call-days = { $days ->
    [one] Un travailleur social vous appellera dans { $days } jour au plus tard.
   *[other] Un travailleur social vous appellera dans { $days } jours au plus tard.
}
phrase-social-phone = Quel est votre numéro de téléphone ?
phrase-social-bring = Pour votre demande d'aide, apportez : { $documents }.
phrase-social-hosted = { $gender ->
    [female] Êtes-vous hébergée par quelqu'un ?
    [male] Êtes-vous hébergé par quelqu'un ?
   *[other] Habitez-vous chez quelqu'un ?
}
# « domiciliation » : gardez-le en français, avec une explication
# (une adresse pour recevoir le courrier quand on n'a pas de logement stable).
phrase-social-domiciliation = Si vous n'avez pas d'adresse stable, le CCAS peut vous donner une domiciliation.
phrase-social-domiciliation-mail = Avec la domiciliation, vous recevez votre courrier au CCAS.
phrase-social-food-aid = Le CCAS peut vous orienter vers une aide alimentaire.
# $place : nom du lieu, ex. « Épicerie solidaire du Centre ».
phrase-social-food-place = Pour l'aide alimentaire, allez à ce lieu : { $place }.
phrase-social-energy = Si vous ne pouvez pas payer l'électricité ou le gaz, une aide est possible.
# « chèque énergie » : gardez-le en français (nom de l'aide, écrit sur le courrier).
phrase-social-energy-cheque = Vous avez peut-être droit au chèque énergie.
# « demande de logement social » : gardez-le en français (nom du formulaire).
phrase-social-housing = Pour un logement social, il faut remplir une demande de logement social.
phrase-social-emergency-shelter = Si vous n'avez pas d'endroit pour dormir ce soir, appelez le 115. L'appel est gratuit.
# « RSA » : revenu de solidarité active ; gardez le sigle.
phrase-social-caf = Pour le RSA et les allocations, adressez-vous aussi à la CAF.

answer-social-no-home = Je n'ai pas de logement
answer-social-no-food = Je n'ai pas d'argent pour manger
answer-social-bills = Je ne peux pas payer mes factures

## Paiements et tarifs

phrase-payments-amount = Le montant à payer est de { $amount }.
phrase-payments-how = Comment voulez-vous payer ?
phrase-payments-methods = Vous pouvez payer par carte bancaire, par chèque ou en espèces.
phrase-payments-no-cash = Nous n'acceptons pas les espèces.
# « Trésor public » : gardez-le en français, c'est ce qu'il faut écrire sur le chèque.
phrase-payments-cheque-order = Le chèque doit être à l'ordre du Trésor public.
phrase-payments-card-code = Insérez votre carte et tapez votre code secret.
phrase-payments-contactless = Vous pouvez payer sans contact.
phrase-payments-card-refused = Le paiement est refusé. Avez-vous un autre moyen de paiement ?
# « timbres.impots.gouv.fr » : adresse d'un site, à garder telle quelle.
phrase-payments-tax-stamp = Le timbre fiscal s'achète en ligne, sur timbres.impots.gouv.fr, ou dans un bureau de tabac.
phrase-payments-free = Cette démarche est gratuite.
phrase-payments-paid = Vous avez payé { $amount }. Merci.
phrase-payments-remaining = Il reste { $amount } à payer.
# $count : le nombre de paiements (ex. « en 3 fois » = en trois paiements).
phrase-payments-instalments = { $count ->
    [one] Vous pouvez payer en { $count } fois.
   *[other] Vous pouvez payer en { $count } fois.
}
phrase-payments-invoice = Vous recevrez une facture par courrier.
phrase-payments-online = Vous pouvez aussi payer en ligne, sur le portail famille.
phrase-payments-receipt-question = Voulez-vous un reçu ?
phrase-payments-difficulty = Si vous avez des difficultés pour payer, le CCAS peut vous aider.

answer-payments-card = Je veux payer par carte
answer-payments-cash = Je veux payer en espèces
answer-payments-cannot-pay = Je ne peux pas payer maintenant

## Rendez-vous

phrase-appointments-date-time-place = Votre rendez-vous est le { $date } à { $time }. Lieu : { $place }.
phrase-appointments-only = Cette démarche se fait uniquement sur rendez-vous.
phrase-appointments-book-online = Vous pouvez prendre rendez-vous en ligne ou par téléphone.
phrase-appointments-book-now = Je vous donne un rendez-vous maintenant.
phrase-appointments-first-free = Le premier rendez-vous libre est le { $date } à { $time }.
phrase-appointments-suits = Est-ce que cette date vous convient ?
phrase-appointments-in-days = { $days ->
    [one] Votre rendez-vous est dans { $days } jour.
   *[other] Votre rendez-vous est dans { $days } jours.
}
phrase-appointments-moved = Votre rendez-vous est déplacé au { $date } à { $time }.
phrase-appointments-early = Venez 10 minutes en avance.
phrase-appointments-cancel = Si vous ne pouvez pas venir, annulez votre rendez-vous.
phrase-appointments-phone = Quel est votre numéro de téléphone portable ?
phrase-appointments-sms = Vous recevrez un SMS de confirmation, puis un rappel la veille.
phrase-appointments-link = Avec le lien du SMS, vous pouvez déplacer ou annuler votre rendez-vous.
phrase-appointments-bring = Pour votre rendez-vous, apportez : { $documents }.
# $date : la date du rendez-vous ; $documents : la liste des pièces.
phrase-appointments-bring-on-date = Pour votre rendez-vous du { $date }, apportez : { $documents }.
phrase-appointments-interpreter = Un interprète sera présent à votre rendez-vous.
phrase-appointments-no-slot = Il n'y a pas de rendez-vous libre pour le moment.
phrase-appointments-waitlist = { $gender ->
    [female] Vous êtes inscrite sur la liste d'attente. Nous vous prévenons par SMS si une place se libère.
    [male] Vous êtes inscrit sur la liste d'attente. Nous vous prévenons par SMS si une place se libère.
   *[other] Vous êtes inscrit sur la liste d'attente. Nous vous prévenons par SMS si une place se libère.
}
phrase-appointments-expected = { $gender ->
    [female] Vous êtes attendue au { $desk }.
    [male] Vous êtes attendu au { $desk }.
   *[other] On vous attend au { $desk }.
}
phrase-appointments-missed = L'heure de votre rendez-vous est passée. Il faut prendre un nouveau rendez-vous.

answer-appointments-ok = Cette date me convient
answer-appointments-other-time = Je voudrais un autre horaire
answer-appointments-cancel = Je veux annuler mon rendez-vous

## Pièces à apporter

phrase-documents-bring = Pour cette démarche, apportez : { $documents }.
phrase-documents-originals-copies = Apportez les originaux et une photocopie de chaque document.
phrase-documents-originals = Nous avons besoin des documents originaux.
phrase-documents-proof-address = Le justificatif de domicile doit avoir moins de 3 mois.
# « quittance de loyer » : gardez-le en français (reçu du loyer payé).
phrase-documents-proof-address-examples = Comme justificatif de domicile : une facture d'électricité, de gaz, d'eau ou de téléphone, ou une quittance de loyer.
# « attestation d'hébergement » : gardez-le en français (lettre de la personne qui vous loge).
phrase-documents-hosted = { $gender ->
    [female] Si vous êtes hébergée, apportez une attestation d'hébergement, la pièce d'identité et un justificatif de domicile de la personne qui vous héberge.
    [male] Si vous êtes hébergé, apportez une attestation d'hébergement, la pièce d'identité et un justificatif de domicile de la personne qui vous héberge.
   *[other] Si une personne vous loge, apportez une attestation d'hébergement, sa pièce d'identité et son justificatif de domicile.
}
phrase-documents-name = Le justificatif doit être à votre nom.
phrase-documents-missing = Il manque : { $documents }.
phrase-documents-missing-count = { $count ->
    [one] Il manque { $count } document.
   *[other] Il manque { $count } documents.
}
phrase-documents-received-count = { $count ->
    [one] J'ai bien reçu { $count } document.
   *[other] J'ai bien reçu { $count } documents.
}
phrase-documents-come-back = Revenez avec les documents manquants.
phrase-documents-expired = Ce document n'est plus valable.
phrase-documents-too-old = Ce document a plus de 3 mois. Il faut un document plus récent.
phrase-documents-keep-copy = Nous gardons une copie. Nous vous rendons l'original.
phrase-documents-scan = Je fais une copie de votre document.
# « traducteur assermenté » : traducteur officiel, agréé par un tribunal.
phrase-documents-translation = Un document en langue étrangère doit être traduit en français par un traducteur assermenté.
phrase-documents-email = Vous pouvez envoyer les documents par e-mail.

answer-documents-not-have = Je n'ai pas ce document
answer-documents-at-home = Le document est chez moi
answer-documents-on-phone = J'ai le document sur mon téléphone

## Vérifier la compréhension

phrase-understanding-do-you-understand = Est-ce que vous comprenez ?
phrase-understanding-repeat-back = Pouvez-vous répéter ce que vous avez compris ?
phrase-understanding-show-document = Montrez-moi le document, s'il vous plaît.
phrase-understanding-tap = Touchez votre réponse sur l'écran.
phrase-understanding-point = Vous pouvez montrer avec le doigt.
phrase-understanding-nod = Vous pouvez répondre avec la tête : oui ou non.
phrase-understanding-ready = { $gender ->
    [female] Êtes-vous prête ?
    [male] Êtes-vous prêt ?
   *[other] Pouvons-nous commencer ?
}
phrase-understanding-sure = { $gender ->
    [female] Êtes-vous sûre ?
    [male] Êtes-vous sûr ?
   *[other] C'est bien cela ?
}
phrase-understanding-question = Avez-vous une question ?
phrase-understanding-slower = Je vais parler plus lentement.
phrase-understanding-write = Je vous l'écris sur un papier.
phrase-understanding-read-aloud = Voulez-vous que je lise le document à voix haute ?
phrase-understanding-language = Quelle langue parlez-vous ?
phrase-understanding-someone-translate = Quelqu'un peut-il traduire pour vous ?
phrase-understanding-phone-interpreter = Je vais appeler un interprète par téléphone.
phrase-understanding-take-time = Prenez votre temps.

answer-understanding-understood = J'ai compris
answer-understanding-partly = Je comprends un peu
answer-understanding-question = J'ai une question

## Sécurité et urgences

phrase-safety-calm = Restez calme, s'il vous plaît.
phrase-safety-doctor = Avez-vous besoin d'un médecin ?
phrase-safety-hurt = { $gender ->
    [female] Êtes-vous blessée ?
    [male] Êtes-vous blessé ?
   *[other] Avez-vous une blessure ?
}
phrase-safety-pain = Où avez-vous mal ?
phrase-safety-alone = { $gender ->
    [female] Êtes-vous seule ?
    [male] Êtes-vous seul ?
   *[other] Quelqu'un est-il avec vous ?
}
phrase-safety-sit = Asseyez-vous ici.
phrase-safety-water = Voulez-vous un verre d'eau ?
phrase-safety-calling-help = Nous appelons les secours.
phrase-safety-help-coming = Les secours arrivent.
phrase-safety-evacuate = Nous devons quitter le bâtiment tout de suite.
phrase-safety-follow-me = Suivez-moi.
phrase-safety-exit = Sortez par cette porte.
# Pendant une évacuation (incendie).
phrase-safety-no-lift = N'utilisez pas l'ascenseur.
phrase-safety-assembly-point = Attendez dehors, au point de rassemblement.
# Pour aller aux étages (personne à mobilité réduite, poussette…).
phrase-safety-lift = Il y a un ascenseur pour aller aux étages.
phrase-safety-lower-voice = Parlez moins fort, s'il vous plaît.
phrase-safety-emergency-number = En cas d'urgence, appelez le 112. L'appel est gratuit.
phrase-safety-violence = Si vous subissez des violences, appelez le 3919. L'appel est gratuit et anonyme.

answer-safety-doctor = J'ai besoin d'un médecin
answer-safety-unwell = Je ne me sens pas bien
answer-safety-danger = Je suis en danger

## Fin de l'entretien

phrase-closing-anything-else = Puis-je faire autre chose pour vous ?
phrase-closing-other-question = Avez-vous une autre question ?
phrase-closing-receipt = Voici votre reçu.
# « récépissé » : gardez-le en français (papier qui prouve le dépôt de la demande).
phrase-closing-acknowledgement = Voici le récépissé de votre demande. Gardez-le.
phrase-closing-reference = Gardez votre numéro de demande : il sert à suivre votre dossier.
phrase-closing-follow-online = Vous pouvez suivre votre demande en ligne, sur le site de la mairie.
phrase-closing-letter = Vous recevrez une réponse par courrier.
phrase-closing-next-time-bring = La prochaine fois, apportez : { $documents }.
phrase-closing-see-you = Nous nous revoyons le { $date } à { $time }.
phrase-closing-well-received = { $gender ->
    [female] Avez-vous été bien reçue ?
    [male] Avez-vous été bien reçu ?
   *[other] L'accueil s'est-il bien passé pour vous ?
}
phrase-closing-survey = Pouvez-vous répondre à un court questionnaire de satisfaction ?
phrase-closing-survey-sms = Vous allez recevoir un SMS pour donner votre avis.
phrase-closing-come-back = Revenez nous voir si vous avez besoin.
phrase-closing-contact = Vous pouvez aussi nous appeler ou nous écrire.
phrase-closing-thanks = Merci de votre visite.
phrase-closing-goodbye = Au revoir, bonne journée.

answer-closing-thanks = Merci beaucoup
answer-closing-other-question = J'ai une autre question
answer-closing-goodbye = Au revoir
