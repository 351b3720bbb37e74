# Cereri: jurnalul contactelor, cererile și termenele lor, formularul public
# /demande și urmărirea /suivi.

## Personal: lista
requests-title = Cereri
requests-list = Cereri de soluționat
requests-none = Nicio cerere nu corespunde acestor filtre.
requests-total = { $count ->
    [one] O cerere
    [few] { $count } cereri
   *[other] { $count } de cereri
}
requests-count-late = { $count ->
    [0] Nicio cerere întârziată
    [one] 1 cerere întârziată
    [few] { $count } cereri întârziate
   *[other] { $count } de cereri întârziate
}
requests-count-due-soon = { $count ->
    [0] Nicio cerere cu termen apropiat
    [one] 1 cerere cu termenul în 2 zile lucrătoare
    [few] { $count } cereri cu termenul în 2 zile lucrătoare
   *[other] { $count } de cereri cu termenul în 2 zile lucrătoare
}
requests-reference = Referință
requests-subject = Obiect
requests-channel = Canal
requests-service = Serviciu
requests-site = Loc
requests-status = Stare
requests-due = Termen
requests-kind = Tip de cerere
requests-owner = Angajat responsabil
requests-received = Primită la
requests-name = Nume și prenume
requests-phone = Telefon
requests-email = Adresă de e-mail
requests-language = Limba
requests-message = Mesaj
requests-note = Notă (opțional)
requests-all = Toate
requests-open = Deschise (primite, în curs, în așteptare)
requests-no-service = Fără un serviciu anume
requests-filter = Filtrați
requests-pages = Paginile listei
requests-page = Pagina { $page } din { $pages }
requests-previous = Pagina anterioară
requests-next = Pagina următoare
requests-mine-title = Cererile dumneavoastră de urmărit
requests-mine = Doar ale mele
requests-standing-on-time = În termen
requests-standing-due-soon = Termen apropiat
requests-standing-late = Întârziată
requests-standing-stopped = Termen suspendat

## Personal: jurnalul contactelor
requests-log-title = Notați un contact
requests-log-hint = Un apel sau o vizită rezolvate pe loc: alegeți canalul și serviciul, apoi „Răspuns”. Dacă este nevoie de continuare, deschideți o cerere.
requests-log-answered = Răspuns pe loc
requests-log-follow-up = Necesită continuare: deschideți o cerere
requests-log-follow-up-hint = Obiectul și cel puțin un telefon sau o adresă de e-mail pentru răspuns.
requests-log-open = Deschideți cererea
requests-contact-logged = Contact notat.

## Personal: o cerere
requests-one-title = Cerere
requests-back = Înapoi la cereri
requests-saved = Salvat.
requests-opened = Cerere deschisă: dați-i solicitantului referința și codul de urmărire.
requests-check-code = Cod de urmărire
requests-resident-view = Vedeți ce vede solicitantul
requests-history = Istoric
requests-actions = Acțiuni
requests-text-reply = Răspuns pentru solicitant (vizibil pe pagina de urmărire)
requests-text-ask = Ce i se cere solicitantului (vizibil pe pagina de urmărire)
requests-text-note = Notă internă (nu este arătată niciodată solicitantului)
requests-text-comment = Comentariu (opțional)
requests-action-note = Adăugați o notă internă
requests-action-take = Preluați cererea
requests-action-ask-resident = Cereți solicitantului un document sau o precizare
requests-action-resident-answered = Solicitantul a răspuns
requests-action-reply = Trimiteți răspunsul
requests-action-close = Închideți cererea
requests-action-reopen = Redeschideți cererea
requests-action-transfer = Transmiteți altui serviciu
requests-action-change-kind = Schimbați tipul (termenul se recalculează)
requests-event-created = Cerere primită
requests-event-assigned = Preluată
requests-event-status = Schimbare de stare
requests-event-reply = Răspuns trimis
requests-event-note = Notă internă
requests-event-transfer = Transmisă altui serviciu
requests-event-kind = Tip schimbat

## Refuzuri
requests-error-subject = Indicați obiectul cererii.
requests-error-text = Scrieți textul: este necesar pentru această acțiune.
requests-error-too-long = Textul este prea lung.
requests-error-channel = Alegeți canalul contactului.
requests-error-outcome = Spuneți dacă contactul este rezolvat sau dacă necesită continuare.
requests-error-service = Alegeți un serviciu care există.
requests-error-same-service = Cererea este deja la acest serviciu.
requests-error-kind = Alegeți un tip de cerere.
requests-error-same-kind = Cererea este deja de acest tip.
requests-error-action = Această acțiune nu există.
requests-error-not-now = Starea cererii nu mai permite această acțiune: pagina a fost actualizată.
requests-error-no-calendar = Niciun loc nu are program de deschidere: termenul de răspuns nu poate fi calculat.

## Locuitori: formularul /demande
request-form-title = Scrieți primăriei
request-form-intro = Puneți întrebarea sau faceți cererea. Primiți imediat o referință și un cod pentru a urmări răspunsul, fără să vă faceți cont.
request-form-service = Serviciul vizat
request-form-service-unknown = Nu știu
request-form-message-hint = Puteți scrie în limba dumneavoastră.
request-form-you = Ca să vă putem răspunde
request-form-you-hint = Numele dumneavoastră și cel puțin o adresă de e-mail sau un număr de telefon.
request-form-privacy = Aceste informații sunt folosite doar pentru a vă soluționa cererea.
request-form-send = Trimiteți cererea

## Locuitori: urmărirea /suivi
follow-title = Urmăriți o cerere
follow-intro = Scrieți referința și codul de urmărire primite când cererea dumneavoastră a fost înregistrată (pe confirmarea de primire sau în mesajele noastre).
follow-reference = Referință
follow-reference-hint = De exemplu D-2026-00042
follow-code = Cod de urmărire
follow-look = Vedeți cererea mea
follow-write = Faceți o cerere nouă
follow-no-match = Nicio cerere nu corespunde acestei referințe și acestui cod. Verificați-le și încercați din nou.
follow-blocked = { $minutes ->
    [one] Prea multe încercări cu un cod greșit pentru această referință. Încercați din nou peste { $minutes } minut sau sunați-ne.
    [few] Prea multe încercări cu un cod greșit pentru această referință. Încercați din nou peste { $minutes } minute sau sunați-ne.
   *[other] Prea multe încercări cu un cod greșit pentru această referință. Încercați din nou peste { $minutes } de minute sau sunați-ne.
}
follow-registered = Cererea dumneavoastră a fost înregistrată.
follow-keep = Păstrați referința și codul: cu ele vă puteți urmări cererea pe această pagină.
follow-received = Primită la
follow-due = Răspuns prevăzut cel târziu la
follow-service = Serviciul responsabil
follow-asked = Ce vă cerem
follow-reply = Răspunsul nostru
follow-words-received = Am primit cererea dumneavoastră. Un angajat se va ocupa de ea.
follow-words-in-progress = Un angajat se ocupă de cererea dumneavoastră.
follow-words-waiting = Așteptăm de la dumneavoastră un document sau o precizare. Termenul de răspuns curge din nou când ne răspundeți.
follow-words-answered = Am răspuns la cererea dumneavoastră.
follow-words-closed = Cererea dumneavoastră este închisă.

## Personal: locuitorii
residents-intro = Scrieți un nume, un număr de telefon sau o adresă de e-mail: fiecare persoană găsită apare împreună cu programările și cererile sale. Fiecare căutare este înregistrată.
residents-search = Nume, telefon sau e-mail
residents-search-hint = Cel puțin două litere sau un număr complet.
residents-look = Căutați
residents-too-short = Scrieți cel puțin două litere dintr-un nume, un număr de telefon complet sau o adresă de e-mail.
residents-none = Nicio persoană nu corespunde acestei căutări.
residents-needs = Nevoi semnalate
residents-appointments = Programări
residents-requests = Cereri
residents-merge-with = Aceeași persoană ca
residents-merge-hint = Când două fișe desemnează aceeași persoană (o scrisoare semnată cu un nume, un e-mail de la altă adresă), comasați-le: programările și cererile ei apar împreună. Se poate anula.
residents-merge = Comasați
residents-merged = Cele două fișe sunt comasate.
residents-separated = Fișele sunt din nou separate.
residents-merge-refused = Aceste două fișe nu pot fi comasate: alegeți o altă persoană din listă.
residents-links = Fișe comasate
residents-merged-by = { $first } și { $second }: comasate de { $agent } la { $date }.
residents-separate = Separați
residents-campaigns = Campanii de apeluri către locuitori
residents-calls = Apeluri de la primărie
residents-call-reached = persoană contactată
residents-call-no-answer = nu răspunde
residents-call-unreachable = de negăsit după 3 apeluri
residents-call-wrong-number = număr greșit
residents-call-declined = nu dorește să primească apeluri

## Confirmare de primire (CRPA L112-3, R112-4, R112-5, L231-4; CJA R421-2)
ack-title = Confirmare de primire
ack-title-document = Înregistrarea cererii dumneavoastră
ack-received = Am primit pe { $date } cererea dumneavoastră „{ $subject }”, înregistrată cu referința { $reference }.
ack-commitment = Ne angajăm să vă răspundem cel târziu pe { $date }.
ack-implicit-rejection = Dacă până pe { $date } nu ați primit niciun răspuns, cererea dumneavoastră va fi considerată respinsă: atunci când administrația nu răspunde timp de două luni, aceasta înseamnă o decizie implicită de respingere (articolul L231-4 din Codul relațiilor dintre public și administrație (code des relations entre le public et l'administration)).
ack-appeal = Puteți contesta această decizie în termen de două luni de la { $date }: cerându-i primarului să reexamineze decizia sau printr-o acțiune la tribunalul administrativ competent (articolul R421-2 din Codul de justiție administrativă (code de justice administrative)), inclusiv online pe www.telerecours.fr.
ack-document = Cererea dumneavoastră privește eliberarea unui document: atunci când trebuie doar să verificăm dacă sunt îndeplinite condițiile, ea nu necesită o confirmare de primire în sensul articolului L112-3 din Codul relațiilor dintre public și administrație (code des relations entre le public et l'administration) (articolul R112-4). Vă eliberăm documentul de îndată ce este gata.
ack-service = Serviciul care se ocupă de cererea dumneavoastră: { $service }, { $address }.
ack-service-phone = Telefon: { $phone }.
ack-service-email = E-mail: { $email }.
ack-follow = Urmăriți-vă cererea pe { $url } (referința { $reference }, codul de urmărire { $code }).
ack-sources = Texte de lege: articolele L112-3, R112-4, R112-5 și L231-4 din Codul relațiilor dintre public și administrație (code des relations entre le public et l'administration); articolul R421-2 din Codul de justiție administrativă (code de justice administrative).
ack-translation-note = Traducere cu titlu informativ: numai textul în limba franceză are valoare juridică.
ack-email-subject = Confirmare de primire a cererii dumneavoastră { $reference }
ack-print = Imprimați
ack-in-french = Textul în limba franceză
ack-open = Confirmare de primire de imprimat
requests-postal-address = Adresă poștală (opțional)
requests-postal-address-hint = Pentru o scrisoare în plic cu fereastră: câte un rând pentru fiecare rând al adresei.
requests-error-address = Adresa poștală este prea lungă (cel mult șase rânduri).
follow-answer = Răspunsul dumneavoastră
follow-answer-hint = Ce v-am cerut: scrieți aici, în limba dumneavoastră dacă doriți.
follow-answer-send = Trimiteți răspunsul
follow-answer-sent = Răspunsul a fost trimis: termenul de răspuns curge din nou.
requests-event-resident = Răspunsul solicitantului

## Răspunsuri și întrebări pentru solicitant: prin e-mail, SMS sau scrisoare
requests-means = Cum îl primește solicitantul
requests-means-follow-page = Doar pe pagina de urmărire
requests-means-email = Prin e-mail
requests-means-sms = Prin SMS (un link către pagina de urmărire)
requests-means-letter = Prin scrisoare tipărită
requests-error-means = Alegeți cum primește solicitantul acest mesaj.
requests-error-means-email = Această cerere nu are adresă de e-mail: alegeți alt mijloc.
requests-error-means-sms = Această cerere nu are număr de mobil: alegeți alt mijloc.
requests-error-means-letter = Această cerere nu are adresă poștală: alegeți alt mijloc.
requests-print-letter = Scrisoare de imprimat
reply-email-subject = Răspuns la cererea dumneavoastră „{ $subject }”
question-email-subject = Este nevoie de o precizare pentru cererea dumneavoastră „{ $subject }”
reply-opening = Iată răspunsul la cererea dumneavoastră „{ $subject }” (referința { $reference }).
question-opening = Pentru a soluționa cererea dumneavoastră „{ $subject }” (referința { $reference }), avem nevoie de o precizare sau de un document:
question-how-to-answer = Termenul nostru de răspuns este suspendat până când primim răspunsul dumneavoastră.
question-email-reply = Puteți răspunde direct la acest e-mail, păstrând referința în subiect, și puteți atașa documentele cerute.
reply-follow = Urmăriți-vă cererea pe { $url } (referința { $reference }, codul de urmărire { $code }).
reply-sms = Primăria: cererea dvs. { $reference } a primit un răspuns. Citiți-l pe { $url }
question-sms = Primăria: cererea dvs. { $reference } așteaptă o precizare de la dvs. Vedeți { $url }
reply-letter-title = Răspuns la cererea dumneavoastră
question-letter-title = Solicitare de precizări

## Documente atașate și corespondență primită
requests-event-file = Document adăugat
requests-files = Documente
requests-files-none = Niciun document.
requests-file-size = { $kilobytes } KB
requests-file-add = Adăugați un document scanat
requests-file-send = Adăugați documentul
requests-file-added = Documentul a fost adăugat la cerere.
requests-error-scan-missing = Alegeți fișierul scanat al scrisorii.
requests-error-scan-too-large = Fișierul depășește 10 MB: scanați alb-negru sau la 200 dpi, ori în mai multe fișiere.
requests-error-scan-type = Acest fișier nu este nici PDF, nici imagine JPEG sau PNG.
requests-error-received-date = Data primirii trebuie să fie din ultimul an, nu din viitor.
requests-error-letter-address = Indicați adresa poștală a expeditorului sau un telefon ori o adresă de e-mail.
letter-title = Înregistrați o scrisoare
letter-hint = O scrisoare primită devine o cerere: termenul ei curge de la data primirii, iar confirmarea de primire este gata de imprimat.
letter-received = Primită la
letter-sender = Expeditor (nume și prenume)
letter-address-hint = Adresa expeditorului, câte un rând pentru fiecare rând al adresei: confirmarea de primire i se trimite în plic cu fereastră.
letter-summary = Rezumatul scrisorii (opțional)
letter-scan = Scrisoare scanată
letter-scan-hint = PDF, JPEG sau PNG, cel mult { $megabytes } MB.
letter-register = Înregistrați scrisoarea

## Dubluri
requests-action-merge = Comasați cu o altă cerere a aceluiași solicitant
requests-event-merged = Cereri comasate
requests-merge-target = Referința cererii care se păstrează
requests-merge-hint = De exemplu D-2026-00042: cererea aceasta se închide, documentele și mesajul ei trec în cealaltă, iar pagina ei de urmărire o arată pe cealaltă.
requests-error-merge-target = Nicio cerere nu are această referință.
requests-error-merge-same = O cerere nu poate fi comasată cu ea însăși.
requests-error-merge-closed = Cererea care se păstrează trebuie să fie deschisă și să nu fi fost ea însăși comasată.
requests-error-merge-other-resident = Cele două cereri nu au nici aceeași adresă de e-mail, nici același telefon: se comasează doar cererile aceluiași solicitant.
follow-merged = Cererea dumneavoastră { $from } a fost comasată cu cererea dumneavoastră { $reference }: iată în ce stadiu se află.

## Modele de răspuns
reply-templates-title = Modele de răspuns
reply-templates-hint = Un model pentru fiecare tip de cerere (sau pentru toate) și pentru fiecare limbă: pe pagina unei cereri, completează răspunsul sau întrebarea, pe care angajatul o adaptează înainte de a o trimite.
reply-templates-new = Model nou
reply-templates-list = Modelele primăriei
reply-templates-none = Niciun model deocamdată.
reply-templates-name = Titlul modelului
reply-templates-text = Text
reply-templates-kind-any = Toate tipurile
reply-templates-save = Salvați modelul
reply-templates-delete = Ștergeți modelul
reply-templates-saved = Modele salvate.
reply-templates-use = Porniți de la un model
reply-templates-fill = Completați cu acest model
requests-error-template-title = Dați modelului un titlu de cel mult 200 de caractere.
requests-error-template-language = Alegeți limba modelului.
requests-procedure-sheets = Fișele procedurilor de acest tip
residents-rights = Drepturi asupra datelor sale (RGPD)
residents-export = Descărcați toate datele sale (fișier JSON)
residents-erase-confirm = Persoana a cerut ștergerea datelor sale. Programările viitoare vor fi anulate, listele de așteptare oprite, iar cererile sale nu vor mai avea date de contact pentru a-i răspunde. Acțiunea nu poate fi anulată.
residents-erase = Ștergeți datele sale
residents-erase-unconfirmed = Bifați caseta de confirmare pentru a șterge datele acestei persoane.
residents-erase-nobody = Această căutare nu mai găsește persoana: nimic nu a fost șters sau exportat.
residents-erased = { $count ->
    [one] Date șterse: o fișă anonimizată.
    [few] Date șterse: { $count } fișe anonimizate.
   *[other] Date șterse: { $count } de fișe anonimizate.
}
