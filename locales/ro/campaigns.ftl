## "Aller vers" campaigns: lists of residents to call (/agent/usagers/campagnes)
campaigns-title = Campanii de apeluri
campaigns-intro = Mergem spre locuitori: o listă de persoane de sunat pentru același motiv (caniculă, înscrieri, amintirea unui demers). Fiecare consilier ia persoana următoare; nimeni nu este sunat de doi consilieri în același timp, iar fiecare apel este notat ca un contact.
campaigns-back-residents = Înapoi la locuitori
campaigns-back = Toate campaniile
campaigns-back-campaign = Înapoi la campanie
campaigns-list = Campanii
campaigns-none = Deocamdată nu există nicio campanie.
campaigns-name = Titlu
campaigns-service = Serviciu
campaigns-no-service = Toate serviciile
campaigns-created = Creată la
campaigns-progress = Progres
campaigns-left = Mai sunt de sunat { $left } din { $people }
campaigns-left-short = { $left ->
    [0] nu mai este nimeni de sunat
    [one] mai este 1 persoană de sunat
    [few] mai sunt { $left } persoane de sunat
   *[other] mai sunt { $left } de persoane de sunat
}
campaigns-closed = Încheiată
campaigns-new = Campanie nouă
campaigns-purpose = Ce trebuie spus
campaigns-purpose-hint = Citit de consilier la fiecare apel: motivul apelului, ce trebuie întrebat, numerele de dat.
campaigns-source = Persoane de sunat
campaigns-source-list = O listă (fișier CSV sau celule copiate dintr-o foaie de calcul)
campaigns-source-filter = Locuitorii fără contact de ceva timp
campaigns-list-field = Lista de lipit
campaigns-list-hint = O persoană pe rând: nume, telefon, apoi, dacă doriți, limba (fr, ar, en…) și o observație. Separator punct și virgulă, virgulă sau tabulare; se acceptă un rând de titluri. Cel mult 5.000 de persoane.
campaigns-filter-months = Fără programare și fără cerere de
campaigns-months = { $months ->
    [one] { $months } lună
    [few] { $months } luni
   *[other] { $months } de luni
}
campaigns-create = Creați campania
campaigns-created-ok = Campania este creată: puteți începe apelurile.
campaigns-closed-ok = Campania este încheiată.
campaigns-closed-hint = Această campanie este încheiată: nu mai este sunat nimeni.
campaigns-finished = Toată lumea a fost sunată.
campaigns-called = Apelul este notat.
campaigns-resume = Reluați apelul meu în curs
campaigns-nobody-left = Nu mai este nimeni de sunat în această campanie.
campaigns-next = Sunați persoana următoare
campaigns-people = Persoanele din listă
campaigns-person = Persoană
campaigns-phone = Telefon
campaigns-status = Unde am ajuns
campaigns-attempts = Apeluri
campaigns-last-call = Ultimul apel
campaigns-note = Notă
campaigns-close = Încheiați campania
campaigns-close-hint = Încheierea campaniei oprește apelurile; lista și rezultatele ei rămân disponibile pentru consultare.
campaigns-call-title = Apel
campaigns-no-call = Nu aveți niciun apel în curs în această campanie.
campaigns-language = Limba
campaigns-detail = Observație
campaigns-last-note = Nota ultimului apel
campaigns-attempts-before = { $count ->
    [0] primul apel
    [one] deja sunată o dată
    [few] deja sunată de { $count } ori
   *[other] deja sunată de { $count } de ori
}
campaigns-outcome = Cum a decurs apelul?
campaigns-outcome-reached = Persoană contactată
campaigns-outcome-no-answer = Nu răspunde
campaigns-outcome-wrong-number = Număr greșit
campaigns-outcome-declined = Nu dorește să fie sunată
campaigns-save-next = Notați și sunați persoana următoare
campaigns-save = Notați și reveniți la campanie
campaigns-status-to-call = De sunat
campaigns-status-reached = Contactată
campaigns-status-unreachable = De negăsit după 3 apeluri
campaigns-status-wrong-number = Număr greșit
campaigns-status-declined = Refuz
campaigns-error-title = Dați un titlu campaniei (cel mult 120 de caractere).
campaigns-error-purpose = Scrieți ce trebuie spus persoanelor sunate (cel mult 2.000 de caractere).
campaigns-error-service = Acest serviciu nu există: alegeți unul din listă.
campaigns-error-source = Alegeți de unde provin persoanele de sunat: o listă sau locuitorii fără contact.
campaigns-error-empty = Lista nu conține nicio persoană: o persoană pe rând, numele apoi telefonul.
campaigns-error-too-many = Lista este prea lungă: cel mult 5.000 de persoane pe campanie.
campaigns-error-lines = Nu s-a salvat nimic: aceste rânduri nu au nume sau nu au un număr de telefon utilizabil: { $lines }. Corectați-le, apoi lipiți din nou lista.
campaigns-error-filter = Alegeți o durată din listă.
campaigns-error-nobody = Niciun locuitor nu corespunde: nicio persoană cu telefon nu a rămas fără contact atât de mult timp.
campaigns-error-closed = Această campanie este încheiată: nu mai este sunat nimeni.
campaigns-error-busy = Mulți consilieri sună în același timp: încercați din nou.
campaigns-error-not-yours = Acest apel nu mai este al dumneavoastră (deja notat sau preluat de un coleg): sunați persoana următoare.
campaigns-error-outcome = Spuneți cum a decurs apelul.
campaigns-error-note = Nota este prea lungă (cel mult 1.000 de caractere).
