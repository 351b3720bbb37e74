# Indexul administrării (/agent/admin), în ordinea în care o primărie se instalează.
admin-index-intro = Tot ce reglează singură o primărie, în ordinea unei prime instalări: locurile și serviciile, apoi persoanele, dispozitivele, mesajele și regulile.
admin-group-town = Primăria: locuri, servicii și motive
admin-group-people = Persoanele
admin-group-devices = Dispozitivele
admin-group-messages = Mesajele către locuitori
admin-group-settings = Regulile
admin-index-sites = Adresa, telefonul, programul și zilele de închidere ale fiecărui punct de primire.
admin-index-motifs = Durata, actele de adus, termenele și programarea online pentru fiecare motiv.
admin-index-schedules = Săptămânile de lucru și absențele agenților, loc cu loc.
admin-index-devices = Posturi de primire, chioșcuri și ecrane din sala de așteptare, cu codul lor de înregistrare.
admin-index-journal = SMS-urile și e-mailurile trimise locuitorilor și cele care nu au putut pleca.
admin-index-queue = Prioritățile cozii și apelurile înainte de „absent”, loc cu loc.
admin-index-templates = Textul SMS-urilor și e-mailurilor trimise locuitorilor, limbă cu limbă, cu previzualizare.
admin-index-settings = Termenul pentru mutare sau anulare online, rezervarea pentru lista de așteptare și mementourile.
