# Fișe de proceduri: paginile locuitorilor (/demarches) și cele ale personalului (/agent/demarches).

procedures-title = Proceduri
procedures-intro = Ce trebuie să știți și să aduceți pentru fiecare procedură, în franceză ușor de citit și în limba dumneavoastră.
procedures-search-label = Căutați o procedură
procedures-search = Căutați
procedures-results = { $count ->
    [0] Nicio fișă pentru „{ $query }”
    [one] O fișă pentru „{ $query }”
    [few] { $count } fișe pentru „{ $query }”
   *[other] { $count } de fișe pentru „{ $query }”
}
procedures-no-result = Încercați alt cuvânt sau întrebați la recepție: vă răspundem în limba dumneavoastră.
procedures-back = Toate procedurile
procedures-back-to-sheet = Înapoi la fișă
procedures-to-falc = Versiunea ușor de citit
procedures-to-standard = Versiunea completă
procedures-print = Imprimați
procedures-print-hint = Pentru a imprima această pagină pe o foaie A4, folosiți comanda Imprimare a browserului (Ctrl + P).
procedures-qr = Cod QR către fișa online
procedures-languages = Limbile fișei
procedures-variant-standard = Versiunea completă
procedures-variant-falc = Ușor de citit
procedures-out-of-date = Versiunea în franceză a acestei fișe s-a schimbat de la această traducere: este posibil să nu mai fie exactă.
procedures-read-french = Citiți versiunea în franceză
procedures-not-translated = Această fișă nu este încă tradusă în limba dumneavoastră: o găsiți aici în franceză.
procedures-audience = Pentru cine?
procedures-situations = Situația dumneavoastră
procedures-steps = Pașii
procedures-documents = Documente de adus
procedures-cost = Cât costă?
procedures-free = Gratuit
procedures-delay = Termen
procedures-delay-on-the-spot = Pe loc
procedures-delay-days = { $days ->
    [one] 1 zi
    [few] { $days } zile
   *[other] { $days } de zile
}
procedures-delay-range = { $max ->
    [one] De la { $min } la { $max } zi
    [few] De la { $min } la { $max } zile
   *[other] De la { $min } la { $max } de zile
}
procedures-where = Unde vă adresați?
procedures-appointment-required = Numai cu programare.
procedures-appointment-recommended = Cu sau fără programare; cu programare, nu așteptați.
procedures-appointment-none = Fără programare, în timpul programului de lucru.
procedures-book = Faceți o programare
procedures-online = Online
procedures-online-link = Faceți demersul online
procedures-note-know = De știut:
procedures-note-warning = Atenție:
procedures-legal = Texte de referință
procedures-sources = Surse
procedures-reviewed = Fișă verificată la { $date }
procedures-version = versiunea { $version } publicată la { $date }
procedures-falc-checked = Versiunea ușor de citit verificată de { $who } la { $date }

# Personal
procedures-staff-title = Fișe de proceduri
procedures-staff-intro = Același răspuns pentru toți: fiecare fișă, versiunea ei ușor de citit, traducerile și versiunile ei. Locuitorii citesc mereu versiunea publicată.
procedures-translations-of = Traduceri de făcut în
procedures-no-language = (nicio limbă)
procedures-tasks = { $count ->
    [0] Nimic de tradus
    [one] Un text de tradus sau de actualizat
    [few] { $count } texte de tradus sau de actualizat
   *[other] { $count } de texte de tradus sau de actualizat
}
procedures-tasks-none = Toate fișele sunt traduse și actualizate în această limbă.
procedures-tasks-caption = Texte de tradus sau de actualizat
procedures-sheet = Fișă
procedures-variant = Versiune
procedures-state = Stare
procedures-actions = Acțiuni
procedures-translate = Traduceți
procedures-sheets-count = { $count ->
    [one] O fișă
    [few] { $count } fișe
   *[other] { $count } de fișe
}
procedures-service = Serviciu
procedures-reviewed-on = Verificată la
procedures-falc = Ușor de citit
procedures-falc-ok = Verificată de o persoană căreia i se adresează
procedures-falc-to-check = De dat spre verificare
procedures-to-translate = Limbi de tradus
procedures-draft = Ciornă
procedures-published = Publicată
procedures-translation-missing = De tradus
procedures-translation-up-to-date = Actualizată
procedures-translation-to-update = De actualizat
procedures-translation-out-of-date = Depășită (cititorii sunt avertizați)
procedures-back-staff = Toate fișele
procedures-public-page = Pagina locuitorilor
procedures-edit-standard = Modificați versiunea completă
procedures-edit-falc = Modificați versiunea ușor de citit
procedures-staff-notes = Note pentru personal
procedures-owner = Fișă urmărită de { $name }
procedures-translations = Traduceri
procedures-language = Limba
procedures-versions = Versiuni
procedures-when = Data
procedures-author = De
procedures-falc-check = Verificare de către o persoană căreia i se adresează
procedures-edit-minor = Modificare minoră
procedures-edit-medium = Modificare medie
procedures-edit-major = Modificare majoră

# Editor
procedures-editor-title = Modificați o fișă
procedures-editing = { $variant } (limba: { $language })
procedures-published-ok = Publicat: locuitorii citesc acum această versiune.
procedures-draft-ok = Ciornă salvată: locuitorii citesc în continuare versiunea publicată.
procedures-facts-ok = Informațiile fișei au fost salvate.
procedures-checked-ok = Verificarea a fost înregistrată.
procedures-draft-pending = O ciornă așteaptă să fie publicată: locuitorii citesc în continuare versiunea publicată.
procedures-french-beside = Textul în franceză de tradus
procedures-advice = Sfaturi de lizibilitate
procedures-advice-long-sentence = Frază lungă, de împărțit
procedures-advice-rare-word = Cuvânt puțin folosit, de înlocuit sau de explicat
procedures-advice-abbreviation = Abreviere de scris în întregime
procedures-edit-level = Importanța modificării
procedures-edit-level-hint = Medie: traducerile trebuie actualizate. Majoră (se schimbă un fapt: preț, termen, document): cititorii lor sunt și avertizați.
procedures-part-title = Titlu
procedures-part-summary = Pe scurt
procedures-part-audience = Pentru cine
procedures-part-keywords = Alte cuvinte căutate
procedures-part-situations = Situații
procedures-part-steps = Pași
procedures-part-documents = Documente de adus
procedures-part-costs = Costuri
procedures-part-delay = Termenul explicat
procedures-part-online = Online
procedures-part-notes = Casete
procedures-keywords-hint = Separate prin virgule: abrevieri, cuvinte de zi cu zi.
procedures-situations-hint = O situație pe rând: situația, apoi „|” și ce schimbă ea.
procedures-lines-hint = Un pas pe rând.
procedures-documents-hint = Un document pe rând; dacă se cere numai într-un caz, adăugați „|” și acel caz.
procedures-costs-hint = Un caz pe rând: suma în euro (0 dacă este gratuit), apoi „|” și cazul.
procedures-notes-hint = O casetă pe rând, care începe cu „!” pentru „De știut” sau cu „!!” pentru „Atenție”.
procedures-delay-min = Termenul cel mai scurt (zile)
procedures-delay-max = Termenul cel mai lung (zile)
procedures-save-draft = Salvați ciorna
procedures-publish = Publicați
procedures-falc-check-hint = O versiune ușor de citit este verificată de o persoană căreia i se adresează. Fiecare versiune nouă are nevoie de propria verificare.
procedures-checked-by = Verificată de
procedures-checked-on = Data verificării
procedures-record-check = Înregistrați verificarea
procedures-facts = Informațiile fișei
procedures-motif = Motivul programării
procedures-no-motif = (fără programare)
procedures-appointment = Programare
procedures-online-url = Adresa procedurii online
procedures-references-hint = O referință pe rând: numele ei, apoi „|” și adresa ei (https://…).
procedures-owner-field = Angajatul care urmărește fișa
procedures-no-owner = (nimeni)
procedures-save-facts = Salvați informațiile

procedures-error-too-long = Un câmp este prea lung.
procedures-error-too-many = O listă are prea multe rânduri (cel mult 30).
procedures-error-situation = Fiecare situație are nevoie de un „|” urmat de ce schimbă ea.
procedures-error-cost = Fiecare cost începe cu o sumă în euro, urmată de „|” și de caz.
procedures-error-delay = Termenul trebuie să meargă de la un număr de zile la un număr egal sau mai mare.
procedures-error-missing = O parte a fișei este goală: titlul, rezumatul, publicul, situațiile, pașii, documentele, costurile, termenul și „online” sunt toate necesare.
procedures-error-url = O adresă trebuie să înceapă cu https://.
procedures-error-language = Această limbă nu este disponibilă.
procedures-error-version = Această versiune a fișei nu există.
procedures-error-level = Spuneți dacă modificarea este minoră, medie sau majoră.
procedures-error-no-french = Publicați mai întâi versiunea în franceză.
procedures-error-shape = Traducerea trebuie să aibă aceleași părți ca textul în franceză: tot atâtea situații, pași, documente și casete, aceleași sume și aceleași termene.
procedures-error-sources = Este nevoie de cel puțin un text de referință și o sursă cu adresa ei.
procedures-error-appointment = Alegeți dacă este nevoie de programare.
procedures-error-date = Această dată nu este validă (AAAA-LL-ZZ, nu în viitor).
procedures-error-motif = Acest motiv de programare nu există.
procedures-error-owner = Acest angajat nu există.
procedures-error-checked-by = Spuneți cine a verificat fișa.
procedures-error-no-falc = Publicați mai întâi versiunea ușor de citit.
procedures-read-aloud = Citește cu voce tare
procedures-stop-reading = Oprește citirea
procedures-no-voice = Acest dispozitiv nu are o voce pentru această limbă.
procedures-of-kind = Fișele care răspund cererilor de tipul „{ $kind }”.
