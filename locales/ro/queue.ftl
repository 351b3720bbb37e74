# Coada de așteptare: terminal de primire, bon de ordine luat de acasă, ghișeu, ecranul sălii de așteptare.

queue-kiosk-title = Terminal de primire
queue-kiosk-choose-family = Atingeți serviciul de care aveți nevoie
queue-kiosk-choose-motif = Atingeți demersul dumneavoastră
queue-kiosk-back = Înapoi
queue-kiosk-done = Gata
queue-closed-title = Recepția este închisă
queue-priority-question = Aveți nevoie să fiți primit cu prioritate?
queue-priority-none = Nu, vreau bonul de ordine
queue-priority-disability = Dizabilitate
queue-priority-pregnancy = Sarcină
queue-priority-elderly = Persoană în vârstă
queue-priority-young-child = Cu un copil mic
queue-priority = Prioritate
queue-wait-now = Veți fi chemat foarte curând
queue-wait-few = Așteptare: câteva minute
queue-wait-about = { $minutes ->
    [one] Așteptare: aproximativ { $minutes } minut
    [few] Așteptare: aproximativ { $minutes } minute
   *[other] Așteptare: aproximativ { $minutes } de minute
}
queue-ticket-number = Numărul dumneavoastră
queue-ahead = { $count ->
    [0] Nicio persoană înaintea dumneavoastră
    [one] 1 persoană înaintea dumneavoastră
    [few] { $count } persoane înaintea dumneavoastră
   *[other] { $count } de persoane înaintea dumneavoastră
}
queue-qr-label = Cod QR pentru a urmări bonul pe telefon
queue-qr-hint = Scanați pentru a urmări rândul pe telefon.
queue-print = Tipăriți bonul

queue-home-intro = Alegeți locul de primire. Când este deschis, puteți lua un bon de ordine de acasă și puteți urmări rândul pe telefon.
queue-phone-label = Telefon mobil (opțional)
queue-phone-hint = Vă trimitem un SMS când se apropie rândul dumneavoastră. Exemplu: +33 6 12 34 56 78.
queue-take = Luați un bon de ordine

queue-ticket-title = Bonul meu
queue-called-to = Este rândul dumneavoastră: vă rugăm să mergeți la { $desk }.
queue-come-now = Se apropie rândul dumneavoastră: veniți la recepție.
queue-ticket-done = Vizita dumneavoastră s-a încheiat. Vă mulțumim.
queue-ticket-no-show = Ați fost chemat de mai multe ori, fără răspuns. Dacă este nevoie, luați un bon nou de la recepție.
queue-ticket-cancelled = Ați renunțat la acest bon.
queue-issued-at = Bon luat la { $time }
queue-sms-to = SMS când se apropie rândul:
queue-refresh = Actualizați
queue-cancel-ticket = Nu mai vin: eliberez locul

queue-screen-title = Ecranul sălii de așteptare
queue-screen-sound = Activați sunetul
queue-screen-sound-on = Sunet activat
queue-screen-calls = Apeluri
queue-screen-no-call = Niciun apel deocamdată
queue-screen-waits = Așteptare estimată
queue-speech = Numărul { $code }, vă rugăm la { $desk }.

queue-desk = Ghișeu
queue-desk-choose = Alegeți un ghișeu
queue-desk-needed = Alegeți ghișeul dumneavoastră pentru a chema vizitatorii.
queue-queue = Coadă
queue-common = Coadă comună
queue-current = Vizitator la ghișeu
queue-callable = { $count ->
    [0] Nimeni nu așteaptă la această coadă.
    [one] 1 vizitator așteaptă la această coadă.
    [few] { $count } vizitatori așteaptă la această coadă.
   *[other] { $count } de vizitatori așteaptă la această coadă.
}
queue-call-next = Chemați următorul
queue-language = Limba
queue-arrived = Sosit la
queue-appointment-of = Programare pentru
queue-transfer-note = Notă de transfer
queue-status-called = { $count ->
    [one] Chemat la { $time }
    [few] Chemat de { $count } ori, ultima dată la { $time }
   *[other] Chemat de { $count } de ori, ultima dată la { $time }
}
queue-status-in-service = La ghișeu
queue-start = Începeți
queue-recall = Chemați din nou
queue-no-show = Absent
queue-no-show-after = { $count ->
    [one] „Absent” este disponibil după { $count } apel.
    [few] „Absent” este disponibil după { $count } apeluri.
   *[other] „Absent” este disponibil după { $count } de apeluri.
}
queue-set-aside = Puneți deoparte
queue-resume = Reluați
queue-aside = Puși deoparte
queue-close = Încheiați vizita
queue-outcome = Rezultat
queue-outcome-handled = Rezolvat la ghișeu
queue-outcome-follow-up = Necesită continuare
queue-note = Notă (opțional)
queue-transfer = Transferați
queue-transfer-service = Către serviciul
queue-transfer-expert = În atenția
queue-transfer-anyone = Orice angajat al serviciului
queue-choose = Alegeți…
queue-waiting-count = { $count ->
    [0] Nu așteaptă nimeni
    [one] 1 vizitator așteaptă
    [few] { $count } vizitatori așteaptă
   *[other] { $count } de vizitatori așteaptă
}
queue-nobody = Nu așteaptă nimeni.
queue-ticket = Bon
queue-waited = Așteptare
queue-minutes = { $count } min
queue-appointment-at = Programare la { $time }
queue-for-agent = Pentru { $name }
queue-desk-issue = Emiteți un bon
queue-desk-issued = Bonul { $code } a fost emis.

queue-admin-title = Setările cozii de așteptare
queue-admin-intro = O prioritate contează ca o sosire cu câteva minute mai devreme: un bon obișnuit care așteaptă de mai mult timp decât cel mai mare avans nu este niciodată depășit.
queue-admin-from-home = Locuitorii pot lua un bon de acasă
queue-admin-head-start = Avansul fiecărei priorități, în minute (de la 0 la { $max })
queue-admin-max-calls = Apeluri înainte ca un vizitator să poată fi marcat absent (de la 1 la 9)
admin-error-queue-weight = Fiecare avans trebuie să fie un număr întreg de minute, de la 0 la 60.
admin-error-queue-calls = Numărul de apeluri trebuie să fie un număr întreg, de la 1 la 9.

queue-error-closed = Locul de primire este închis acum: nu se pot lua bonuri de ordine.
queue-error-too-many-tickets = De la conexiunea dumneavoastră s-au luat prea multe bonuri. Încercați din nou peste un sfert de oră sau luați un bon de la terminalul de la intrare.
contact-error-phone-has-tickets = Acest număr are deja bonuri în așteptare. Urmăriți-le cu linkul primit sau renunțați la unul înainte de a lua altul.
queue-error-no-home-tickets = Acest loc nu oferă bonuri de ordine de acasă. Veniți la fața locului sau faceți o programare.
queue-error-motif = Alegeți un demers din listă.
queue-error-busy = Aveți deja un vizitator: mai întâi încheiați sau transferați această vizită.
queue-error-stale = Acest bon s-a schimbat între timp: pagina este acum actualizată.
queue-error-too-few-calls = Chemați din nou vizitatorul înainte de a-l declara absent.
queue-error-empty = Nimeni nu așteaptă la această coadă.
queue-error-service = Alegeți serviciul către care transferați.
queue-error-outcome = Alegeți rezultatul vizitei.
queue-error-note-too-long = Nota este prea lungă: cel mult 500 de caractere.
queue-error-not-expert = Acest angajat nu tratează cererile acestui serviciu.
queue-procedure-sheet = Fișa procedurii
queue-survey-receipt = După vizită, dați-vă părerea cu același cod.
queue-survey-link = Îmi dau părerea
queue-survey-question = Vizita dumneavoastră a decurs bine?
queue-survey-unhappy = Nemulțumit
queue-survey-neutral = Așa și așa
queue-survey-happy = Mulțumit
queue-survey-thanks = Mulțumim pentru părere!
queue-error-survey = Părerea dumneavoastră nu a putut fi înregistrată. Vă rugăm să încercați din nou.
