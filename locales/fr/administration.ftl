# L'index de l'administration (/agent/admin), dans l'ordre où une commune s'installe.
admin-index-intro = Tout ce qu'une commune règle elle-même, dans l'ordre d'une première installation : les lieux et les services, puis les personnes, les appareils, les messages et les règles.
admin-group-town = La commune : lieux, services et motifs
admin-group-people = Les personnes
admin-group-devices = Les appareils
admin-group-messages = Les messages aux usagers
admin-group-settings = Les règles
admin-index-sites = Adresse, téléphone, horaires d'ouverture et fermetures de chaque lieu d'accueil.
admin-index-motifs = Durée, documents à apporter, délais et prise de rendez-vous en ligne de chaque motif.
admin-index-schedules = Semaines de travail et absences des agents, lieu par lieu.
admin-index-devices = Postes d'accueil, bornes et écrans de salle d'attente, avec leur code d'enregistrement.
admin-index-journal = Les SMS et courriels envoyés aux usagers, et ceux qui n'ont pas pu partir.
admin-index-queue = Priorités et appels avant « absent » de la file d'attente, lieu par lieu.
admin-index-templates = Le texte des SMS et courriels envoyés aux usagers, langue par langue, avec un aperçu.
admin-index-settings = Délai pour déplacer ou annuler en ligne, réservation pour la liste d'attente et rappels.
