# Administration of the town's sites, desks, services and motifs, and the motif import.

admin-error-stale = Altcineva a salvat acest element în timp ce îl modificați: nu s-a salvat nimic. Valorile afișate sunt cele actuale; refaceți modificarea dacă este încă utilă.
admin-error-slug = Identificator invalid: doar litere mici fără diacritice, cifre și cratime (de exemplu anexa-primarie).
admin-error-slug-taken = Acest identificator este deja folosit: alegeți altul.
admin-error-taken = Acest identificator sau această literă tocmai a fost luată de altcineva: alegeți alta.
admin-error-email = Adresă de e-mail invalidă: verificați-o (de exemplu primire@primarie.fr).
admin-error-site-appointments = Încă sunt programări prevăzute în acest loc: mutați-le sau anulați-le înainte de a-l retrage.
admin-error-desk = Nume de ghișeu invalid: este obligatoriu și trebuie să difere de celelalte ghișee ale locului.
admin-error-service = Alegeți un serviciu activ pentru un motiv activ.
admin-error-letter = Literă a bonurilor invalidă: o singură literă, de la A la Z.
admin-error-letter-taken = Această literă aparține deja altui serviciu (chiar retras: bonurile lui o poartă încă).
admin-error-position = Poziție invalidă: un număr întreg de la 1 la 999.
admin-error-service-motifs = Acest serviciu are încă motive active: retrageți-le sau mutați-le la alt serviciu înainte de a-l retrage.
admin-error-import = Fișierul conține erori: nu s-a salvat nimic. Corectați rândurile semnalate, apoi previzualizați din nou.

town-problem-name = lipsește numele (cel mult 200 de caractere)
town-problem-duration = durată: un număr întreg de minute, de la 5 la 480
town-problem-buffer = pauză: un număr întreg de minute, de la 0 la 120
town-problem-min-delay = termen minim: un număr întreg de ore, de la 0 la 720
town-problem-max-delay = termen maxim: un număr întreg de zile, de la 1 la 366
town-problem-cells = mai multe celule decât coloane în antet
town-problem-code = cod invalid: litere mici fără diacritice, cifre și cratime
town-problem-code-twice = acest cod apare deja pe un rând anterior
town-problem-service = serviciu necunoscut: scrieți identificatorul sau numele lui
town-problem-service-retired = acest serviciu este retras
town-problem-online = „en ligne”: scrieți oui sau non
town-import-separator = S-a citit o singură coloană: separați celulele cu punct și virgulă (;), cum face un tabelar francez.
town-import-column-twice = Coloana „{ $column }” apare de două ori în antet.
town-import-column-unknown = Coloană necunoscută în antet: „{ $column }”.
town-import-column-missing = Lipsește o coloană obligatorie din antet: „{ $column }”.
town-import-empty = Niciun rând de importat: lipiți antetul și cel puțin un rând.

town-slug = Identificator
town-slug-hint = Folosit în adrese, nu se mai schimbă apoi: litere mici fără diacritice, cifre și cratime (de exemplu anexa-primarie).
town-create = Creați
town-retired = retras
town-retire = Retrageți
town-reactivate = Restabiliți
town-site-add = Loc nou
town-site-email = Adresă de e-mail
town-desks = Ghișee
town-desk-label = Numele ghișeului
town-desk-rename = Redenumiți
town-desk-new = Ghișeu nou
town-index-services = Serviciile primăriei, litera bonurilor și ordinea lor; creați, modificați, retrageți.
town-index-import = Creați sau actualizați motive dintr-un tabel (CSV), cu previzualizare rând cu rând.
town-services-title = Servicii
town-services-intro = Fiecare serviciu are litera lui de bon. Un serviciu se retrage doar după ce toate motivele lui sunt retrase; bonurile trecute îl păstrează.
town-service-add = Serviciu nou
town-service-motifs = { $count ->
    [0] niciun motiv activ
    [one] un motiv activ
    [few] { $count } motive active
   *[other] { $count } de motive active
}
town-service-name = Numele serviciului
town-service-letter = Litera bonurilor
town-service-letter-hint = O literă de la A la Z, proprie acestui serviciu: E pentru E001, E002…
town-service-position = Poziția în liste
town-service-experts = Tratat de experți
town-service-experts-hint = Programările acestui serviciu merg direct la expertul care le primește.
town-motif-add = Motiv nou
town-motif-service = Serviciu
town-import-title = Importați motive
town-import-how = Fișierul așteptat
town-import-help = Salvați tabelul în format CSV (separator punct și virgulă, UTF-8), deschideți-l cu un editor de text și lipiți-l mai jos. Un rând al cărui cod există deja actualizează acel motiv; celelalte creează un motiv.
town-import-columns = Primul rând: numele coloanelor.
town-import-defaults = Obligatorii: code, nom, service, durée. Fără coloana ei, pauza este 0, „en ligne” oui, termenul minim 2 ore și termenul maxim 60 de zile. Actele de adus se separă prin bare verticale (|).
town-import-example = Exemplu:
town-import-text = Conținutul fișierului CSV
town-import-preview = Previzualizați
town-import-preview-title = Previzualizare
town-import-ready = { $count ->
    [one] Un rând gata de salvat.
    [few] { $count } rânduri gata de salvat.
   *[other] { $count } de rânduri gata de salvat.
}
town-import-wrong = { $count ->
    [0] Fișierul nu poate fi citit: nu se va salva nimic.
    [one] Un rând are erori: nu se va salva nimic până nu este corectat.
    [few] { $count } rânduri au erori: nu se va salva nimic până nu sunt corectate.
   *[other] { $count } de rânduri au erori: nu se va salva nimic până nu sunt corectate.
}
town-import-line = Rând
town-import-what = Rezultat
town-import-new = motiv nou
town-import-update = actualizare
town-import-confirm = Salvați toate motivele
