# Administrarea agenților: listă, fișă, cod personal, import dintr-o foaie de calcul.

agents-title = Agenți
agents-edit-title = Fișa unui agent
agents-intro = Agenții se autentifică pe posturile înregistrate cu numele și codul lor personal. Un agent dezactivat dispare de pe ecranul de autentificare; istoricul său rămâne.
agents-import-link = Importați agenți dintr-o foaie de calcul
agents-new = Adăugați un agent
agents-new-pin = Cod personal (opțional)
agents-new-pin-hint = Fără cod, agentul nu se poate autentifica: îl puteți stabili mai târziu pe fișa sa.
agents-create = Creați agentul
agents-imported = { $count ->
    [one] Un agent importat. Stabiliți-i codul personal pe fișă ca să se poată autentifica.
    [few] { $count } agenți importați. Stabiliți-le codurile personale pe fișe ca să se poată autentifica.
   *[other] { $count } de agenți importați. Stabiliți-le codurile personale pe fișe ca să se poată autentifica.
}
agents-table-caption = Toți agenții, activi și dezactivați
agents-col-name = Nume
agents-col-role = Rol
agents-col-state = Stare
agents-col-services = Competențe (servicii)
agents-col-languages = Limbi vorbite
agents-state-active = Activ
agents-state-inactive = Dezactivat
agents-state-locked = Blocat până la { $until }
agents-state-no-pin = Fără cod personal
agents-no-service = Nu există încă niciun serviciu.
agents-field-name = Nume afișat
agents-field-name-hint = Așa cum apare pe ecranul de autentificare, de exemplu „Camille Martin”.
agents-field-role = Rol
agents-field-services = Competențe
agents-field-services-hint = Bifarea unui serviciu îi dă agentului toate motivele acelui serviciu.
agents-field-languages = Limbi vorbite
agents-field-pin = Cod personal
agents-field-pin-hint = Între 4 și 8 cifre.
agents-field-pin-again = Codul personal, încă o dată
agents-back = Înapoi la lista agenților
agents-details = Nume, rol, competențe și limbi
agents-pin = Cod personal
agents-pin-is-set = Acest agent are un cod personal. Stabilirea unuia nou îl înlocuiește pe cel vechi și ridică o eventuală blocare.
agents-pin-none = Acest agent nu are încă un cod personal: nu se poate autentifica.
agents-pin-save = Salvați codul
agents-access = Acces
agents-failed-attempts = { $count ->
    [one] Un cod greșit de la ultima autentificare.
    [few] { $count } coduri greșite de la ultima autentificare.
   *[other] { $count } de coduri greșite de la ultima autentificare.
}
agents-unlock = Deblocați
agents-deactivate-hint = Un agent dezactivat dispare de pe ecranul de autentificare, iar sesiunile sale deschise se încheie. Istoricul rămâne și îl veți putea reactiva.
agents-deactivate = Dezactivați agentul
agents-reactivate-hint = Acest agent este dezactivat: nu apare pe ecranul de autentificare.
agents-reactivate = Reactivați agentul

agents-import-title = Importați agenți
agents-import-intro = Lipiți conținutul unui fișier CSV salvat din foaia de calcul. Previzualizarea arată fiecare rând și problemele lui; nimic nu se salvează înainte de confirmare și doar dacă toate rândurile sunt corecte.
agents-import-format = Formatul fișierului
agents-import-format-intro = Un prim rând de antete, apoi câte un agent pe rând, coloanele separate prin punct și virgulă (formatul „CSV” al foii de calcul, în UTF-8). Merg și celulele copiate direct din foaia de calcul.
agents-import-column-name = Obligatoriu: numele afișat, diferit de al celorlalți agenți.
agents-import-column-role = Obligatoriu: unul dintre rolurile de mai jos, scris ca pe ecran sau cu numele său tehnic.
agents-import-column-services = Opțional: serviciile ale căror motive le tratează agentul, după identificator sau nume, separate prin virgule.
agents-import-column-languages = Opțional: limbile vorbite, după cod, separate prin virgule.
agents-import-language-codes = Codurile limbilor
agents-import-example = Exemplu:
agents-import-no-pin = Agenții importați nu au cod personal: nu se pot autentifica până când un administrator nu îl stabilește pe fișa lor.
agents-import-field = Conținutul fișierului CSV
agents-import-field-hint = Cel mult { $max } de agenți odată.
agents-import-preview = Previzualizați
agents-import-preview-title = Previzualizare
agents-import-ready = { $count ->
    [one] Rândul este corect.
    [few] Toate cele { $count } rânduri sunt corecte.
   *[other] Toate cele { $count } de rânduri sunt corecte.
}
agents-import-confirm = { $count ->
    [one] Importați acest agent
    [few] Importați acești { $count } agenți
   *[other] Importați acești { $count } de agenți
}
agents-import-rows-with-problems = Rânduri cu probleme: { $count } din { $total }.
agents-import-file-problems = Fișierul nu poate fi citit:
agents-import-nothing-saved = Nu s-a salvat nimic. Corectați fișierul, lipiți-l din nou și verificați previzualizarea.
agents-import-table-caption = Rândurile fișierului
agents-import-col-line = Rând
agents-import-col-problems = Probleme
agents-import-row-ok = Corect
agents-import-empty = Fișierul este gol.
agents-import-missing-column = Lipsește coloana „{ $value }” din primul rând.
agents-import-unknown-column = Coloană necunoscută: „{ $value }”.
agents-import-duplicate-column = Coloana „{ $value }” apare de două ori.
agents-import-no-rows = Fișierul are doar rândul de antete: niciun agent.
agents-import-too-many-rows = Peste { $max } de agenți: importați fișierul în mai multe părți.
agents-import-unclosed-quote = Ghilimelele deschise pe rândul { $line } nu se închid niciodată.
agents-import-columns = Coloane: { $found } în loc de { $expected }.
agents-import-empty-name = Numele este gol.
agents-import-name-too-long = Numele depășește { $max } de caractere.
agents-import-duplicate-name = Același nume ca pe rândul { $line }.
agents-import-name-exists = Există deja un agent cu acest nume.
agents-import-empty-role = Rolul este gol.
agents-import-unknown-role = Rol necunoscut: „{ $value }”.
agents-import-unknown-service = Serviciu necunoscut: „{ $value }”.
agents-import-unknown-language = Cod de limbă necunoscut: „{ $value }”.

admin-error-agent-name = Numele este obligatoriu și nu poate depăși 100 de caractere.
admin-error-agent-name-taken = Un alt agent are deja acest nume: adăugați, de exemplu, o inițială.
admin-error-agent-role = Alegeți un rol din listă.
admin-error-agent-service = Unul dintre serviciile bifate nu mai există: reîncărcați pagina.
admin-error-agent-language = Una dintre limbile bifate nu este cunoscută.
admin-error-agent-pin-format = Codul personal trebuie să aibă între 4 și 8 cifre.
admin-error-agent-pin-mismatch = Cele două coduri introduse diferă.
admin-error-agent-last-admin = Nu este posibil: acest agent este ultimul administrator activ. Numiți mai întâi un alt administrator.
admin-error-agent-import = Nu s-a importat nimic: cel puțin un rând are o problemă (vedeți previzualizarea).
