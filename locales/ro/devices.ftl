# Dispozitive: posturi de lucru, terminale de primire și ecranele sălii de așteptare; înregistrarea lor.

devices-title = Posturi, terminale și ecrane
devices-intro = Doar posturile înregistrate permit personalului să se autentifice cu codul personal; doar terminalele înregistrate ale unui loc eliberează bonurile sale și doar ecranele sale înregistrate afișează apelurile.
devices-code-intro = Codul de înregistrare al noului dispozitiv:
devices-code-help = Introduceți-l în 24 de ore chiar pe dispozitiv: la adresa /agent/poste pentru un post, pe pagina terminalului (/borne/…) sau a ecranului (/ecran/…) locului pentru un terminal sau un ecran. Nu va mai fi afișat.
devices-name-label = Numele noului post
devices-name-error = Dați un nume postului (cel mult 100 de caractere).
devices-create = Creați postul
devices-table-caption = Dispozitive înregistrate
devices-col-name = Nume
devices-col-kind = Tip
devices-col-site = Loc
devices-col-status = Stare
devices-col-last-seen = Ultima utilizare
devices-col-actions = Acțiuni
devices-status-pending = În așteptarea înregistrării
devices-status-enrolled = Înregistrat
devices-status-revoked = Retras
devices-revoke = Retrageți { $name }

devices-new-workstation = Post de lucru nou
devices-new-site-device = Terminal sau ecran nou
devices-site-device-help = Un terminal de primire eliberează bonurile unui loc; un ecran al sălii de așteptare afișează apelurile sale. Fiecare servește un singur loc.
devices-kind-label = Tipul dispozitivului
devices-site-label = Loc
devices-site-choose = Alegeți un loc
devices-site-device-name-label = Numele terminalului sau al ecranului
devices-create-site-device = Creați terminalul sau ecranul
devices-kind-workstation = Post de lucru
devices-kind-kiosk = Terminal de primire
devices-kind-screen = Ecranul sălii de așteptare
devices-error-name = Dați un nume terminalului sau ecranului (cel mult 100 de caractere).
devices-error-site = Alegeți locul terminalului sau al ecranului.
devices-error-kind = Alegeți un terminal sau un ecran.

devices-enrol-kiosk-title = Înregistrați acest terminal
devices-enrol-screen-title = Înregistrați acest ecran
devices-enrol-intro = Acest dispozitiv nu este încă înregistrat pentru acest loc. Introduceți codul de înregistrare primit de la un administrator (pagina „Posturi, terminale și ecrane”). Este valabil o singură dată.
devices-enrol-code-label = Cod de înregistrare
devices-enrol-submit = Înregistrare
devices-error-code = Acest cod nu este valabil aici: este greșit, deja folosit, expirat sau făcut pentru alt dispozitiv ori alt loc.
devices-error-not-kiosk = Bonurile de la terminal sunt eliberate doar de un terminal înregistrat al acestui loc. Nu s-a luat niciun bon.
devices-error-priority-from-home = Prioritatea se declară la terminalul de primire sau unui consilier, nu de acasă. Nu s-a luat niciun bon.
devices-priority-at-kiosk = Aveți nevoie să treceți cu prioritate (dizabilitate, sarcină, vârstă înaintată, copil mic)? Spuneți-o la terminalul de primire sau unui consilier când ajungeți.
