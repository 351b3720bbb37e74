# Guichet — textele interfeței în limba română.

## Comun

app-name = Guichet — Primăria
skip-to-content = Salt la conținut
footer-text = Primăria: o singură recepție pentru toate serviciile, în limba dumneavoastră.
footer-staff-link = Spațiul personalului
footer-results-link = Rezultatele noastre privind calitatea serviciilor
language-picker-label = Limba
back-home = Înapoi la pagina principală
back-to-login = Mergi la autentificare

## Pagini de eroare

not-found-title = Pagina nu a fost găsită
not-found-body = Adresa cerută nu există sau nu mai există. Verificați linkul sau porniți din nou de la pagina principală.
error-not-signed-in = Autentificați-vă pentru a deschide această pagină.
error-forbidden = Rolul dumneavoastră nu permite deschiderea acestei pagini.
error-device-not-enrolled = Acest post nu este înregistrat.
error-not-found = Acest element nu există sau nu mai există.
error-internal = A apărut o problemă din partea noastră. Încercați din nou peste câteva momente.
error-bad-request = Această cerere conține caractere care nu pot fi citite. Reveniți și verificați ce ați scris.
error-too-many-title = Prea multe cereri
error-too-many = Pentru a proteja serviciul, de la conexiunea dumneavoastră au venit prea multe cereri în scurt timp. Încercați din nou peste { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }.
error-too-many-back = Înapoi la formular
error-too-many-codes = Prea multe coduri greșite de la conexiunea dumneavoastră. Așteptați câteva minute înainte de a încerca din nou.

## Pagina principală pentru locuitori

home-description = Faceți o programare, luați un bon de ordine, urmăriți o cerere și aflați programul primăriei.
home-title = Bun venit la primărie
home-lead = O singură recepție pentru toate serviciile. Ce doriți să faceți?
home-actions-label = Acțiuni principale
home-action-appointment = Faceți o programare
home-action-appointment-hint = Alegeți un motiv, un loc și o oră
home-action-ticket = Luați un bon de ordine
home-action-ticket-hint = Intrați la rând de acasă
home-action-follow = Urmăriți o cerere
home-action-follow-hint = Cu numărul dumneavoastră de referință
home-action-procedures = Proceduri
home-action-procedures-hint = Documentele necesare, explicate simplu
home-action-hours = Program și adrese
home-action-hours-hint = Punctele noastre de primire astăzi
home-sites-title = Punctele noastre de primire
home-week-hours = Programul săptămânii

hours-open-today = Deschis astăzi: { $hours }
hours-closed-today = Închis astăzi
hours-holiday-today = Închis astăzi: { $holiday }
hours-closure-today = Închis în mod excepțional astăzi: { $reason }
hours-closed = Închis

weekday-monday = Luni
weekday-tuesday = Marți
weekday-wednesday = Miercuri
weekday-thursday = Joi
weekday-friday = Vineri
weekday-saturday = Sâmbătă
weekday-sunday = Duminică

holiday-new-year = Anul Nou
holiday-easter-monday = A doua zi de Paști
holiday-labour-day = Ziua Muncii
holiday-victory-in-europe = Ziua Victoriei din 1945
holiday-ascension = Înălțarea Domnului
holiday-whit-monday = A doua zi de Rusalii
holiday-bastille-day = Ziua Națională a Franței
holiday-assumption = Adormirea Maicii Domnului
holiday-all-saints = Ziua Tuturor Sfinților
holiday-armistice = Armistițiul din 1918
holiday-christmas = Crăciunul
holiday-good-friday = Vinerea Mare
holiday-st-stephen = Sfântul Ștefan


## Spațiul personalului: post partajat

login-title = Autentificarea personalului
login-continue = Continuați spre spațiul meu
login-not-enrolled-title = Post neînregistrat
login-not-enrolled-body = Personalul se autentifică doar de pe un post înregistrat de un administrator. Dacă ați primit un cod de înregistrare, introduceți-l.
enrol-link = Înregistrați acest post
login-choose-title = Cine sunteți?
login-workstation = Post: { $name }
login-locked-notice = Postul a fost blocat după o perioadă de inactivitate. Alegeți-vă numele pentru a continua.
login-hello = Bună ziua, { $name }
login-pin-label = Codul dumneavoastră personal
login-pin-hint = Între 4 și 8 cifre.
login-submit = Autentificare
login-not-me = Nu sunt eu
login-error-pin =
    { $left ->
        [one] Cod greșit. Mai aveți { $left } încercare înainte de blocare.
        [few] Cod greșit. Mai aveți { $left } încercări înainte de blocare.
       *[other] Cod greșit. Mai aveți { $left } de încercări înainte de blocare.
    }
login-error-locked = Prea multe încercări: autentificarea este blocată până la { $until }.
login-error-workstation-locked = Prea multe coduri greșite pe acest post: nu mai acceptă niciun cod până la { $until }.
login-error-format = Codul are între 4 și 8 cifre.

enrol-title = Înregistrați acest post
enrol-intro = Introduceți codul de înregistrare primit de la un administrator. Funcționează o singură dată.
enrol-code-label = Cod de înregistrare
enrol-submit = Înregistrare
enrol-error = Acest cod nu este valabil: este greșit, deja folosit sau expirat.

staff-brand = Guichet — spațiul personalului
staff-switch = Schimbați consilierul
staff-nav-label = Spațiul personalului
staff-home-title = Spațiul meu
staff-hello = Bună ziua, { $name }

role-counsellor = Consilier
role-expert = Specialist
role-interpreter = Interpret
role-supervisor = Responsabil cu calitatea
role-admin = Administrator

section-queue = Coada de așteptare
section-queue-summary = Chemați următorul vizitator, primiți-l, redirecționați-l și încheiați vizita.
section-appointments = Programări
section-appointments-summary = Programările de azi și cele viitoare, primirea persoanelor, programarea în numele unui locuitor.
section-requests = Cereri
section-requests-summary = Cererile primite pe toate canalele, cu responsabilul, termenul și istoricul lor.
section-residents = Locuitori
section-residents-summary = Fișele locuitorilor, limitate la strictul necesar.
section-procedures = Proceduri
section-procedures-summary = Fișele de procedură, cu note interne.
section-interpretation = Interpretare
section-interpretation-summary = Fraze verificate în limba locuitorului, citite cu voce tare și afișate mare.
section-quality = Monitorizare
section-quality-summary = Indicatorii de calitate pe loc, canal, serviciu și perioadă, cu exportul lor.
section-admin = Administrare
section-admin-summary = Locuri, ghișee, servicii, motive, programe, personal și posturi.

## contact

contact-error-name = Scrieți-vă numele (cel mult 120 de caractere).
contact-error-phone = Acest număr de telefon nu este valabil. Exemplu: 06 12 34 56 78 sau +33 6 12 34 56 78.
contact-error-email = Această adresă de e-mail nu este valabilă. Exemplu: nume@exemplu.fr.
contact-error-none = Dați un număr de telefon mobil sau o adresă de e-mail, ca să vă anunțăm orice schimbare.
contact-error-phone-country = Trimitem SMS-uri doar la numere franceze (Franța metropolitană și teritoriile de peste mări). Indicați un număr francez sau o adresă de e-mail.

## Messages

messages-title = Mesaje trimise
messages-intro = SMS-urile și e-mailurile trimise locuitorilor, de la cel mai recent la cel mai vechi, cu eșecurile și cauza lor. În demonstrație nu pleacă nimic: mesajele sunt păstrate aici.
messages-empty = Încă nu există mesaje.
messages-table-caption = Ultimele mesaje
messages-col-when = Data
messages-col-to = Destinatar
messages-col-text = Mesaj
messages-col-status = Stare
channel-sms = SMS
channel-email = E-mail
notification-status-pending = În așteptare
messages-planned = Trimitere programată pe { $when }
notification-status-sending = Se trimite
notification-status-sent = Trimis
notification-status-failed = Eșuat
messages-attempts =
    { $count ->
        [one] { $count } încercare
        [few] { $count } încercări
       *[other] { $count } de încercări
    }

## Alerts in the staff frame, on every page
alerts-label = Alerte
alert-my-requests-late = { $count ->
    [one] 1 dintre cererile dumneavoastră a depășit termenul de răspuns
    [few] { $count } dintre cererile dumneavoastră au depășit termenul de răspuns
   *[other] { $count } dintre cererile dumneavoastră au depășit termenul de răspuns
}
alert-my-requests-due-soon = { $count ->
    [one] 1 dintre cererile dumneavoastră are termenul în 2 zile lucrătoare
    [few] { $count } dintre cererile dumneavoastră au termenul în 2 zile lucrătoare
   *[other] { $count } dintre cererile dumneavoastră au termenul în 2 zile lucrătoare
}
alert-service-requests-late = { $count ->
    [one] 1 cerere a serviciilor dumneavoastră este întârziată
    [few] { $count } cereri ale serviciilor dumneavoastră sunt întârziate
   *[other] { $count } de cereri ale serviciilor dumneavoastră sunt întârziate
}
