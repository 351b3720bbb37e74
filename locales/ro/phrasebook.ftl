### Panoul de limbi: fraze verificate pentru recepția primăriei (traducere în limba română).
### Consilierul citește fraza în franceză; locuitorul o vede și o aude în limba sa, pe tot ecranul.
### Locuitorul răspunde atingând un răspuns (mesajele answer-…).
###
### Textul de referință: locales/fr/phrasebook.ftl; notele pentru traducători se aplică și aici.
### - Forma de politețe „dumneavoastră”, adresată întotdeauna UNEI persoane.
### - Aceleași variabile ca în franceză, nici mai multe, nici mai puține. $gender doar alege
###   o variantă (female, male, *other) și nu este afișat niciodată.
### - Termenii francezi pe care locuitorul îi va vedea pe hârtie (livret de famille, copie intégrale,
###   pré-demande, timbre fiscal, justificatif de domicile, CCAS, récépissé…) rămân în franceză,
###   urmați de o scurtă explicație în paranteză.
### - Plural: one, few, other; fiecare selector are o variantă implicită marcată cu *.

## Situații

phrasebook-situation-welcome = Primire și orientare
phrasebook-situation-queue = Așteptarea și coada
phrasebook-situation-identity = Carte de identitate și pașaport
phrasebook-situation-civil-status = Acte de stare civilă
phrasebook-situation-school = Înscrieri la școală și copii mici
phrasebook-situation-planning = Urbanism
phrasebook-situation-social = Asistență socială (CCAS)
phrasebook-situation-payments = Plăți și tarife
phrasebook-situation-appointments = Programări
phrasebook-situation-documents = Documente de adus
phrasebook-situation-understanding = Verificarea înțelegerii
phrasebook-situation-safety = Siguranță și urgențe
phrasebook-situation-closing = Încheierea discuției

## Liste de documente

# Separator între două elemente ale listei $documents: o virgulă urmată de un spațiu.
phrasebook-list-comma = ,{" "}
# Cum se leagă ultimul element de listă. $first: elementele de dinainte; $last: ultimul element.
phrasebook-list-and = { $first } și { $last }

## Răspunsurile locuitorului (toate situațiile)

answer-yes = Da
answer-no = Nu
answer-dont-understand = Nu înțeleg
answer-repeat = Puteți repeta, vă rog?
answer-slower = Mai rar, vă rog
answer-interpreter = Am nevoie de un interpret
answer-wait = Un moment, vă rog
answer-write = Puteți să scrieți asta?

## Primire și orientare

phrase-welcome-hello = Bună ziua, bine ați venit la primărie.
phrase-welcome-how-help = Cu ce vă pot ajuta?
phrase-welcome-which-procedure = Pentru ce demers ați venit?
phrase-welcome-screen = Vom folosi acest ecran ca să ne înțelegem.
phrase-welcome-tap-answer = Puteți răspunde atingând un răspuns de pe ecran.
phrase-welcome-have-appointment = Aveți o programare?
phrase-welcome-take-ticket = Luați un bon de ordine de la terminalul de la intrare.
phrase-welcome-handle-here = Vă pot rezolva cererea aici, la ghișeu.
phrase-welcome-go-to-desk = Vă rugăm să mergeți la { $desk }.
phrase-welcome-service-ground-floor = Serviciul { $service } este la parter.
phrase-welcome-service-first-floor = Serviciul { $service } este la etajul întâi.
phrase-welcome-service-second-floor = Serviciul { $service } este la etajul al doilea.
phrase-welcome-service-other-building = Serviciul { $service } este în altă clădire: { $place }.
phrase-welcome-transfer = Un angajat al serviciului { $service } vă va primi.
phrase-welcome-not-here = Acest demers nu se face la primărie.
phrase-welcome-other-office = Pentru acest demers, adresați-vă acestei instituții: { $place }.
phrase-welcome-online = Acest demers se poate face și online.
phrase-welcome-france-services = France Services (punct public de asistență) vă poate ajuta cu CAF (alocațiile familiale), impozitele sau pensia.
phrase-welcome-toilets = Toaletele sunt la capătul holului.

answer-welcome-appointment = Am o programare
answer-welcome-information = Am venit să cer o informație
answer-welcome-toilets = Unde este toaleta?

## Așteptarea și coada

phrase-queue-wait-room = Vă rugăm să așteptați în sala de așteptare.
phrase-queue-sit-down = Puteți lua loc.
phrase-queue-screen = Numărul dumneavoastră va apărea pe ecran, împreună cu numărul ghișeului.
phrase-queue-people-ahead = { $count ->
    [one] Este { $count } persoană înaintea dumneavoastră.
    [few] Sunt { $count } persoane înaintea dumneavoastră.
   *[other] Sunt { $count } de persoane înaintea dumneavoastră.
    }
phrase-queue-registered = { $gender ->
    [female] Sunteți înscrisă la coada de așteptare.
    [male] Sunteți înscris la coada de așteptare.
   *[other] Ați intrat în coada de așteptare.
    }
phrase-queue-next = { $gender ->
    [female] Sunteți următoarea.
    [male] Sunteți următorul.
   *[other] Urmează rândul dumneavoastră.
    }
phrase-queue-your-turn = Este rândul dumneavoastră: vă rugăm să mergeți la { $desk }.
phrase-queue-wait-short = Așteptarea este de câteva minute.
phrase-queue-wait-long = Astăzi așteptarea este lungă.
phrase-queue-sorry = Ne cerem scuze pentru așteptare.
phrase-queue-priority-question = { $gender ->
    [female] Aveți nevoie să fiți primită cu prioritate?
    [male] Aveți nevoie să fiți primit cu prioritate?
   *[other] Aveți nevoie de prioritate la rând?
    }
phrase-queue-priority-rule = Persoanele cu dizabilități, femeile însărcinate și persoanele în vârstă au prioritate.
phrase-queue-sms = Puteți aștepta afară: veți primi un SMS când se apropie rândul dumneavoastră.
phrase-queue-follow-phone = Puteți urmări rândul pe telefon cu codul QR de pe bon.
phrase-queue-missed = Numărul dumneavoastră a fost deja chemat. Luați un bon nou de la terminal.
phrase-queue-closing-soon = Recepția se închide în curând. Astăzi nu mai putem primi alte persoane.
phrase-queue-come-back = Reveniți { $date }, de la ora { $time }.
phrase-queue-appointment-faster = Cu o programare, veți aștepta mai puțin.

answer-queue-how-long = Cât timp trebuie să aștept?
answer-queue-priority = Am nevoie de prioritate la rând
answer-queue-come-back = Revin mai târziu

## Carte de identitate și pașaport

phrase-identity-appointment-only = Cartea de identitate și pașaportul se cer numai cu programare.
phrase-identity-pre-application = Mai întâi faceți o pré-demande (cerere prealabilă online) pe site-ul ANTS (site-ul oficial pentru actele de identitate).
phrase-identity-pre-application-number = Aduceți numărul de pré-demande (cerere prealabilă) sau rezumatul cu codul QR.
phrase-identity-bring = Pentru cartea de identitate sau pașaport, aduceți: { $documents }.
phrase-identity-photo-rules = Fotografia de identitate trebuie să aibă mai puțin de 6 luni, cu capul descoperit, fața neutră și gura închisă.
phrase-identity-photo-booth = Dacă faceți fotografiile într-o cabină foto autorizată, păstrați codul e-photo.
phrase-identity-photo-count = { $count ->
    [one] Aduceți { $count } fotografie de identitate.
    [few] Aduceți { $count } fotografii de identitate.
   *[other] Aduceți { $count } de fotografii de identitate.
    }
phrase-identity-old-document = Aduceți vechea carte de identitate sau vechiul pașaport.
phrase-identity-fingerprints = Vă vom lua amprentele digitale.
phrase-identity-signature = Semnați în chenar, fără să atingeți marginile.
phrase-identity-child-present = Copilul trebuie să fie prezent în ziua cererii.
phrase-identity-parent-present = Pentru un copil minor, unul dintre părinți trebuie să vină cu propriul act de identitate.
phrase-identity-passport-fee = Pentru un pașaport, trebuie să plătiți { $amount } printr-un timbre fiscal (timbru fiscal cumpărat online sau de la o tutungerie).
phrase-identity-loss-fee = Dacă v-ați pierdut cartea de identitate sau v-a fost furată, trebuie să plătiți { $amount } printr-un timbre fiscal (timbru fiscal cumpărat online sau de la o tutungerie).
phrase-identity-renewal-free = Reînnoirea cărții de identitate este gratuită dacă predați cartea veche.
phrase-identity-loss-declaration = Dacă v-ați pierdut cartea de identitate sau pașaportul, facem aici declarația de pierdere, împreună cu noua cerere.
phrase-identity-theft-police = În caz de furt, mergeți mai întâi să declarați furtul la poliție sau la jandarmerie.
phrase-identity-delay = { $days ->
    [one] În prezent, fabricarea actului durează aproximativ { $days } zi.
    [few] În prezent, fabricarea actului durează aproximativ { $days } zile.
   *[other] În prezent, fabricarea actului durează aproximativ { $days } de zile.
    }
phrase-identity-sms-ready = Veți primi un SMS când actul dumneavoastră este gata.
phrase-identity-collect-in-person = Trebuie să veniți personal să vă ridicați actul.
phrase-identity-collect-3-months = Ridicați-vă actul în cel mult 3 luni. După 3 luni, este distrus.
phrase-identity-collect-appointment = Veniți să vă ridicați actul { $date }, la ora { $time }. Locul: { $place }.
phrase-identity-french-only = Cartea de identitate franceză și pașaportul francez sunt numai pentru persoanele cu cetățenie franceză.
phrase-identity-residence-permit = Pentru un titre de séjour (permis de ședere pentru străini), adresați-vă prefecturii.

answer-identity-lost = Mi-am pierdut actele
answer-identity-stolen = Mi s-au furat actele
answer-identity-no-pre-application = Nu am făcut pré-demande

## Acte de stare civilă

phrase-civil-status-which-certificate = Ce act doriți: de naștere, de căsătorie sau de deces?
phrase-civil-status-full-copy = O copie intégrale (copie completă) conține toate informațiile din act.
phrase-civil-status-extract = Un extrait (extras) conține doar o parte din informațiile din act.
phrase-civil-status-extract-parents = Un extrait avec filiation (extras cu filiație) arată și numele părinților.
phrase-civil-status-who-can = O copie intégrale (copie completă) se eliberează doar persoanei în cauză, părinților, copiilor sau soțului ori soției sale.
phrase-civil-status-where = Actul se cere la primăria orașului unde a avut loc nașterea, căsătoria sau decesul.
phrase-civil-status-born-abroad = { $gender ->
   *[other] V-ați născut în străinătate?
    }
phrase-civil-status-nantes = Pentru o naștere în străinătate, cetățenii francezi cer actul de la Service central d'état civil (serviciul central de stare civilă), din Nantes.
phrase-civil-status-refugee = Pentru refugiați, actele de stare civilă sunt eliberate de OFPRA (oficiul francez pentru protecția refugiaților).
phrase-civil-status-online = Puteți cere actul online, pe service-public.fr.
phrase-civil-status-post = Puteți cere actul și prin poștă, cu un plic timbrat cu adresa dumneavoastră.
phrase-civil-status-free = Actele de stare civilă sunt gratuite.
phrase-civil-status-delay = { $days ->
    [one] Veți primi actul prin poștă în aproximativ { $days } zi.
    [few] Veți primi actul prin poștă în aproximativ { $days } zile.
   *[other] Veți primi actul prin poștă în aproximativ { $days } de zile.
    }
phrase-civil-status-family-book = Aduceți livret de famille (carnetul oficial al familiei).
phrase-civil-status-family-book-update = Trebuie să vă actualizăm livret de famille (carnetul oficial al familiei).
phrase-civil-status-bring = Pentru acest act, aduceți: { $documents }.
phrase-civil-status-birth-declaration = Nașterea trebuie declarată la primărie în termen de 5 zile.
phrase-civil-status-condolences = Vă transmit sincere condoleanțe.
phrase-civil-status-death-declaration = Firma de pompe funebre poate face declarația de deces în locul dumneavoastră.
phrase-civil-status-marriage-file = Pentru a vă căsători, depuneți mai întâi un dossier de mariage (dosar de căsătorie) la primărie.

answer-civil-status-birth = Aș dori un certificat de naștere
answer-civil-status-marriage = Aș dori să mă căsătoresc
answer-civil-status-death = A murit cineva din familia mea

## Înscrieri la școală și copii mici

phrase-school-town-hall-first = Înscrierea la școală se face mai întâi la primărie, apoi la școală.
phrase-school-compulsory = Școala este obligatorie de la vârsta de 3 ani.
phrase-school-bring = Pentru înscrierea la școală, aduceți: { $documents }.
phrase-school-children-count = { $count ->
    [one] Înscrieți { $count } copil.
    [few] Înscrieți { $count } copii.
   *[other] Înscrieți { $count } de copii.
    }
phrase-school-proof-address = Aduceți un justificatif de domicile (document care dovedește adresa) cu o vechime de cel mult 3 luni.
phrase-school-vaccinations = Aduceți carnet de santé (carnetul de sănătate al copilului), cu vaccinurile la zi.
phrase-school-birth-proof = Aduceți livret de famille (carnetul oficial al familiei) sau certificatul de naștere al copilului.
phrase-school-sector = Copilul dumneavoastră va merge la școala din cartierul dumneavoastră.
phrase-school-certificate = Iată certificat d'inscription (certificatul de înscriere). Dați-l directorului sau directoarei școlii.
phrase-school-canteen = Copilul dumneavoastră poate lua prânzul la cantina școlii.
phrase-school-quotient = Prețul cantinei depinde de quotient familial (un calcul după veniturile și mărimea familiei dumneavoastră).
phrase-school-caf-number = Dați-ne numărul dumneavoastră de beneficiar CAF (casa de alocații familiale), ca să calculăm quotient familial.
phrase-school-meal-price = O masă la cantină costă { $amount }.
phrase-school-periscolaire = Serviciul accueil périscolaire (supravegherea copiilor în afara orelor de curs) are grijă de copii înainte și după școală.
phrase-school-leisure-centre = Centre de loisirs (centrul de activități recreative) primește copiii miercurea și în vacanțe.
phrase-school-creche-waiting-list = Vă înscriu pe lista de așteptare pentru creșă (pentru copiii sub 3 ani).
phrase-school-creche-commission = Locurile la creșă sunt atribuite de o comisie.
phrase-school-childminder = Relais Petite Enfance (serviciu de informare despre îngrijirea copiilor mici) vă poate ajuta să găsiți o assistante maternelle (bonă autorizată care îngrijește copii la ea acasă).
phrase-school-family-portal = Puteți face înscrierile pe portail famille (site-ul primăriei pentru familii).

answer-school-register = Vreau să-mi înscriu copilul la școală
answer-school-creche = Caut un loc la creșă
answer-school-canteen = Vreau să-mi înscriu copilul la cantină

## Urbanism

phrase-planning-what-works = Ce lucrări doriți să faceți?
phrase-planning-owner-question = Locuința este a dumneavoastră sau stați cu chirie?
phrase-planning-tenant-agreement = Dacă stați cu chirie, aveți nevoie de acordul scris al proprietarului.
phrase-planning-prior-declaration = Pentru lucrări mici, este nevoie de o déclaration préalable (declarație prealabilă de lucrări).
phrase-planning-building-permit = Pentru a construi o casă sau o extindere mare, este nevoie de un permis de construire (autorizație de construire).
phrase-planning-wait-authorisation = Nu începeți lucrările înainte de a avea autorizația.
phrase-planning-plu = Planul local de urbanism, PLU, arată ce se poate construi pe terenul dumneavoastră.
phrase-planning-cadastre = Plan cadastral (harta cadastrală) arată limitele terenului dumneavoastră.
phrase-planning-cadastre-online = Puteți vedea plan cadastral (harta cadastrală) pe cadastre.gouv.fr.
phrase-planning-consult-plans = Puteți consulta planurile la serviciul de urbanism, cu programare.
phrase-planning-online = Puteți depune dosarul online.
phrase-planning-copies = { $count ->
    [one] Depuneți dosarul în { $count } exemplar.
    [few] Depuneți dosarul în { $count } exemplare.
   *[other] Depuneți dosarul în { $count } de exemplare.
    }
phrase-planning-bring = Pentru dosarul dumneavoastră, aduceți: { $documents }.
phrase-planning-receipt = Iată récépissé (dovada depunerii dosarului). Păstrați-l.
phrase-planning-prior-declaration-delay = Pentru o déclaration préalable (declarație prealabilă de lucrări), răspunsul vine de obicei într-o lună.
phrase-planning-permit-delay = Pentru un permis de construire (autorizație de construire) pentru o casă, răspunsul vine de obicei în două luni.
phrase-planning-answer-in-days = { $days ->
    [one] Dosarul dumneavoastră este în curs de analiză. Răspunsul va veni în aproximativ { $days } zi.
    [few] Dosarul dumneavoastră este în curs de analiză. Răspunsul va veni în aproximativ { $days } zile.
   *[other] Dosarul dumneavoastră este în curs de analiză. Răspunsul va veni în aproximativ { $days } de zile.
    }
phrase-planning-incomplete = Dosarul dumneavoastră este incomplet. Veți primi o scrisoare cu lista documentelor care lipsesc.
phrase-planning-architect = Peste 150 de metri pătrați, este obligatoriu un arhitect.
phrase-planning-display = Afișați autorizația pe un panou, pe teren, pe toată durata lucrărilor.
phrase-planning-completion = La sfârșitul lucrărilor, trimiteți déclaration d'achèvement des travaux (declarația de terminare a lucrărilor).
phrase-planning-appointment = Un angajat de la urbanism vă va primi { $date }, la ora { $time }. Locul: { $place }.

answer-planning-works = Vreau să fac lucrări
answer-planning-owner = Locuința este a mea
answer-planning-tenant = Stau cu chirie

## Asistență socială (CCAS)

phrase-social-ccas = CCAS (centrul comunal de acțiune socială) este serviciul de asistență socială al orașului.
phrase-social-confidential = Tot ce spuneți aici rămâne confidențial.
phrase-social-appointment-needed = Pentru un ajutor, aveți nevoie de o programare cu un asistent social.
phrase-social-appointment = Programarea dumneavoastră la CCAS este { $date }, la ora { $time }. Locul: { $place }.
phrase-social-worker-will-call = Un asistent social vă va suna.
phrase-social-worker-call-days = { $days ->
    [one] Un asistent social vă va suna în cel mult { $days } zi.
    [few] Un asistent social vă va suna în cel mult { $days } zile.
   *[other] Un asistent social vă va suna în cel mult { $days } de zile.
    }
phrase-social-phone = Care este numărul dumneavoastră de telefon?
phrase-social-bring = Pentru cererea de ajutor, aduceți: { $documents }.
phrase-social-hosted = { $gender ->
    [female] Sunteți găzduită de cineva?
    [male] Sunteți găzduit de cineva?
   *[other] Stați la cineva acasă?
    }
phrase-social-domiciliation = Dacă nu aveți o adresă stabilă, CCAS vă poate oferi o domiciliation (adresă unde să vă primiți corespondența).
phrase-social-domiciliation-mail = Cu domiciliation (adresa pentru corespondență), vă primiți scrisorile la CCAS.
phrase-social-food-aid = CCAS vă poate îndruma spre un ajutor alimentar.
phrase-social-food-place = Pentru ajutorul alimentar, mergeți la acest loc: { $place }.
phrase-social-energy = Dacă nu puteți plăti curentul sau gazul, puteți primi un ajutor.
phrase-social-energy-cheque = Poate aveți dreptul la chèque énergie (ajutor pentru plata energiei).
phrase-social-housing = Pentru o locuință socială, trebuie să completați o demande de logement social (cerere de locuință socială).
phrase-social-emergency-shelter = Dacă nu aveți unde dormi în seara asta, sunați la 115. Apelul este gratuit.
phrase-social-caf = Pentru RSA (venitul minim) și alocații, adresați-vă și la CAF (casa de alocații familiale).

answer-social-no-home = Nu am locuință
answer-social-no-food = Nu am bani de mâncare
answer-social-bills = Nu pot să-mi plătesc facturile

## Plăți și tarife

phrase-payments-amount = Suma de plată este { $amount }.
phrase-payments-how = Cum doriți să plătiți?
phrase-payments-methods = Puteți plăti cu cardul bancar, cu cec sau în numerar.
phrase-payments-no-cash = Nu acceptăm plata în numerar.
phrase-payments-cheque-order = Cecul trebuie emis pe numele „Trésor public” (Trezoreria Franței).
phrase-payments-card-code = Introduceți cardul și tastați codul PIN.
phrase-payments-contactless = Puteți plăti contactless.
phrase-payments-card-refused = Plata a fost refuzată. Aveți altă modalitate de plată?
phrase-payments-tax-stamp = Timbre fiscal (timbrul fiscal) se cumpără online, pe timbres.impots.gouv.fr, sau de la o tutungerie.
phrase-payments-free = Acest demers este gratuit.
phrase-payments-paid = Ați plătit { $amount }. Vă mulțumim.
phrase-payments-remaining = Mai aveți de plătit { $amount }.
phrase-payments-instalments = { $count ->
    [one] Puteți plăti în { $count } rată.
    [few] Puteți plăti în { $count } rate.
   *[other] Puteți plăti în { $count } de rate.
    }
phrase-payments-invoice = Veți primi o factură prin poștă.
phrase-payments-online = Puteți plăti și online, pe portail famille (site-ul primăriei pentru familii).
phrase-payments-receipt-question = Doriți o chitanță?
phrase-payments-difficulty = Dacă aveți dificultăți la plată, CCAS (serviciul de asistență socială) vă poate ajuta.

answer-payments-card = Vreau să plătesc cu cardul
answer-payments-cash = Vreau să plătesc în numerar
answer-payments-cannot-pay = Nu pot plăti acum

## Programări

phrase-appointments-date-time-place = Programarea dumneavoastră este { $date }, la ora { $time }. Locul: { $place }.
phrase-appointments-only = Acest demers se face numai cu programare.
phrase-appointments-book-online = Puteți face o programare online sau la telefon.
phrase-appointments-book-now = Vă fac o programare acum.
phrase-appointments-first-free = Prima oră liberă este { $date }, la ora { $time }.
phrase-appointments-suits = Vă convine această dată?
phrase-appointments-in-days = { $days ->
    [one] Programarea dumneavoastră este peste { $days } zi.
    [few] Programarea dumneavoastră este peste { $days } zile.
   *[other] Programarea dumneavoastră este peste { $days } de zile.
    }
phrase-appointments-moved = Programarea dumneavoastră a fost mutată pe { $date }, la ora { $time }.
phrase-appointments-early = Veniți cu 10 minute mai devreme.
phrase-appointments-cancel = Dacă nu puteți veni, anulați programarea.
phrase-appointments-phone = Care este numărul dumneavoastră de telefon mobil?
phrase-appointments-sms = Veți primi un SMS de confirmare, apoi un memento cu o zi înainte.
phrase-appointments-link = Cu linkul din SMS, vă puteți muta sau anula programarea.
phrase-appointments-bring = Pentru programare, aduceți: { $documents }.
phrase-appointments-bring-on-date = Pentru programarea din { $date }, aduceți: { $documents }.
phrase-appointments-interpreter = La programarea dumneavoastră va fi prezent un interpret.
phrase-appointments-no-slot = Deocamdată nu există nicio oră liberă pentru programare.
phrase-appointments-waitlist = { $gender ->
    [female] Sunteți înscrisă pe lista de așteptare. Vă anunțăm prin SMS dacă se eliberează un loc.
    [male] Sunteți înscris pe lista de așteptare. Vă anunțăm prin SMS dacă se eliberează un loc.
   *[other] V-am trecut pe lista de așteptare. Vă anunțăm prin SMS dacă se eliberează un loc.
    }
phrase-appointments-expected = { $gender ->
    [female] Sunteți așteptată la { $desk }.
    [male] Sunteți așteptat la { $desk }.
   *[other] Vă așteptăm la { $desk }.
    }
phrase-appointments-missed = Ora programării a trecut. Trebuie să faceți o nouă programare.

answer-appointments-ok = Această dată îmi convine
answer-appointments-other-time = Aș dori altă oră
answer-appointments-cancel = Vreau să-mi anulez programarea

## Documente de adus

phrase-documents-bring = Pentru acest demers, aduceți: { $documents }.
phrase-documents-originals-copies = Aduceți originalele și câte o fotocopie a fiecărui document.
phrase-documents-originals = Avem nevoie de documentele originale.
phrase-documents-proof-address = Justificatif de domicile (documentul care dovedește adresa) trebuie să aibă mai puțin de 3 luni.
phrase-documents-proof-address-examples = Ca justificatif de domicile (dovadă a adresei): o factură de curent, gaz, apă sau telefon, ori o quittance de loyer (chitanța pentru chirie).
phrase-documents-hosted = { $gender ->
    [female] Dacă sunteți găzduită de cineva, aduceți o attestation d'hébergement (declarația scrisă a persoanei care vă găzduiește), precum și actul de identitate al acestei persoane și un justificatif de domicile (dovada adresei) pe numele ei.
    [male] Dacă sunteți găzduit de cineva, aduceți o attestation d'hébergement (declarația scrisă a persoanei care vă găzduiește), precum și actul de identitate al acestei persoane și un justificatif de domicile (dovada adresei) pe numele ei.
   *[other] Dacă stați la cineva acasă, aduceți o attestation d'hébergement (declarația scrisă a persoanei care vă găzduiește), precum și actul de identitate al acestei persoane și un justificatif de domicile (dovada adresei) pe numele ei.
    }
phrase-documents-name = Documentul justificativ trebuie să fie pe numele dumneavoastră.
phrase-documents-missing = Ce lipsește: { $documents }.
phrase-documents-missing-count = { $count ->
    [one] Lipsește { $count } document.
    [few] Lipsesc { $count } documente.
   *[other] Lipsesc { $count } de documente.
    }
phrase-documents-received-count = { $count ->
    [one] Am primit { $count } document.
    [few] Am primit { $count } documente.
   *[other] Am primit { $count } de documente.
    }
phrase-documents-come-back = Reveniți cu documentele care lipsesc.
phrase-documents-expired = Acest document nu mai este valabil.
phrase-documents-too-old = Acest document are mai mult de 3 luni. Este nevoie de un document mai recent.
phrase-documents-keep-copy = Păstrăm o copie. Vă dăm înapoi originalul.
phrase-documents-scan = Fac o copie a documentului dumneavoastră.
phrase-documents-translation = Un document într-o limbă străină trebuie tradus în franceză de un traducător autorizat (traducător oficial, recunoscut de un tribunal).
phrase-documents-email = Puteți trimite documentele prin e-mail.

answer-documents-not-have = Nu am acest document
answer-documents-at-home = Documentul este acasă
answer-documents-on-phone = Am documentul pe telefon

## Verificarea înțelegerii

phrase-understanding-do-you-understand = Înțelegeți?
phrase-understanding-repeat-back = Puteți repeta ce ați înțeles?
phrase-understanding-show-document = Arătați-mi documentul, vă rog.
phrase-understanding-tap = Atingeți răspunsul pe ecran.
phrase-understanding-point = Puteți arăta cu degetul.
phrase-understanding-nod = Puteți răspunde din cap: da sau nu.
phrase-understanding-ready = { $gender ->
   *[other] Sunteți gata?
    }
phrase-understanding-sure = { $gender ->
    [female] Sunteți sigură?
    [male] Sunteți sigur?
   *[other] Este corect?
    }
phrase-understanding-question = Aveți vreo întrebare?
phrase-understanding-slower = Voi vorbi mai rar.
phrase-understanding-write = Vă scriu asta pe o foaie.
phrase-understanding-read-aloud = Doriți să vă citesc documentul cu voce tare?
phrase-understanding-language = Ce limbă vorbiți?
phrase-understanding-someone-translate = Vă poate traduce cineva?
phrase-understanding-phone-interpreter = Voi suna un interpret la telefon.
phrase-understanding-take-time = Nu vă grăbiți.

answer-understanding-understood = Am înțeles
answer-understanding-partly = Înțeleg puțin
answer-understanding-question = Am o întrebare

## Siguranță și urgențe

phrase-safety-calm = Vă rugăm să păstrați calmul.
phrase-safety-doctor = Aveți nevoie de un medic?
phrase-safety-hurt = { $gender ->
    [female] Sunteți rănită?
    [male] Sunteți rănit?
   *[other] Aveți vreo rană?
    }
phrase-safety-pain = Unde vă doare?
phrase-safety-alone = { $gender ->
    [female] Sunteți singură?
    [male] Sunteți singur?
   *[other] Este cineva cu dumneavoastră?
    }
phrase-safety-sit = Așezați-vă aici.
phrase-safety-water = Doriți un pahar cu apă?
phrase-safety-calling-help = Chemăm serviciile de urgență.
phrase-safety-help-coming = Serviciile de urgență sunt pe drum.
phrase-safety-evacuate = Trebuie să ieșim imediat din clădire.
phrase-safety-follow-me = Urmați-mă.
phrase-safety-exit = Ieșiți pe această ușă.
phrase-safety-no-lift = Nu folosiți liftul.
phrase-safety-assembly-point = Așteptați afară, la punctul de adunare.
phrase-safety-lift = Există un lift pentru a urca la etaje.
phrase-safety-lower-voice = Vă rugăm să vorbiți mai încet.
phrase-safety-emergency-number = În caz de urgență, sunați la 112. Apelul este gratuit.
phrase-safety-violence = Dacă sunteți victimă a violenței, sunați la 3919. Apelul este gratuit și anonim.

answer-safety-doctor = Am nevoie de un medic
answer-safety-unwell = Nu mă simt bine
answer-safety-danger = Sunt în pericol

## Încheierea discuției

phrase-closing-anything-else = Vă mai pot ajuta cu ceva?
phrase-closing-other-question = Mai aveți o întrebare?
phrase-closing-receipt = Iată chitanța dumneavoastră.
phrase-closing-acknowledgement = Iată récépissé (dovada depunerii cererii dumneavoastră). Păstrați-l.
phrase-closing-reference = Păstrați numărul cererii: cu el vă puteți urmări dosarul.
phrase-closing-follow-online = Puteți urmări cererea online, pe site-ul primăriei.
phrase-closing-letter = Veți primi un răspuns prin poștă.
phrase-closing-next-time-bring = Data viitoare, aduceți: { $documents }.
phrase-closing-see-you = Ne revedem { $date }, la ora { $time }.
phrase-closing-well-received = { $gender ->
    [female] Ați fost bine primită?
    [male] Ați fost bine primit?
   *[other] Totul a decurs bine pentru dumneavoastră?
    }
phrase-closing-survey = Puteți răspunde la un scurt chestionar de satisfacție?
phrase-closing-survey-sms = Veți primi un SMS ca să vă dați părerea.
phrase-closing-come-back = Reveniți oricând aveți nevoie.
phrase-closing-contact = Ne puteți și suna sau scrie.
phrase-closing-thanks = Vă mulțumim pentru vizită.
phrase-closing-goodbye = La revedere, o zi bună!

answer-closing-thanks = Mulțumesc mult
answer-closing-other-question = Mai am o întrebare
answer-closing-goodbye = La revedere
