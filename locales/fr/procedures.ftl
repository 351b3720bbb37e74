# Fiches démarches : les pages des habitants (/demarches) et celles des agents (/agent/demarches).

procedures-title = Démarches
procedures-intro = Ce qu'il faut savoir et apporter pour chaque démarche, en français facile à lire et dans votre langue.
procedures-search-label = Chercher une démarche
procedures-search = Chercher
procedures-results = { $count ->
    [0] Aucune fiche pour « { $query } »
    [one] Une fiche pour « { $query } »
   *[other] { $count } fiches pour « { $query } »
}
procedures-no-result = Essayez un autre mot, ou demandez à l'accueil : nous vous répondons dans votre langue.
procedures-back = Toutes les démarches
procedures-back-to-sheet = Revenir à la fiche
procedures-to-falc = Version facile à lire
procedures-to-standard = Version complète
procedures-print = Imprimer
procedures-print-hint = Pour imprimer cette page sur une feuille A4, utilisez la commande Imprimer de votre navigateur (Ctrl + P).
procedures-qr = Code QR vers la fiche en ligne
procedures-languages = Langues de la fiche
procedures-variant-standard = Version complète
procedures-variant-falc = Facile à lire
procedures-out-of-date = La version française de cette fiche a changé depuis cette traduction : elle n'est peut-être plus exacte.
procedures-read-french = Lire la version française
procedures-not-translated = Cette fiche n'est pas encore traduite dans votre langue : la voici en français.
procedures-audience = Pour qui ?
procedures-situations = Votre situation
procedures-steps = Les étapes
procedures-documents = Documents à apporter
procedures-cost = Combien ça coûte ?
procedures-free = Gratuit
procedures-delay = Délai
procedures-delay-on-the-spot = Sur place
procedures-delay-days = { $days ->
    [one] 1 jour
   *[other] { $days } jours
}
procedures-delay-range = De { $min } à { $max } jours
procedures-where = Où s'adresser ?
procedures-appointment-required = Sur rendez-vous.
procedures-appointment-recommended = Avec ou sans rendez-vous ; avec un rendez-vous, vous n'attendez pas.
procedures-appointment-none = Sans rendez-vous, aux heures d'ouverture.
procedures-book = Prendre rendez-vous
procedures-online = En ligne
procedures-online-link = Faire la démarche en ligne
procedures-note-know = À savoir :
procedures-note-warning = Attention :
procedures-legal = Textes de référence
procedures-sources = Sources
procedures-reviewed = Fiche vérifiée le { $date }
procedures-version = version { $version } publiée le { $date }
procedures-falc-checked = Version facile à lire relue par { $who } le { $date }

# Agents
procedures-staff-title = Fiches démarches
procedures-staff-intro = La même réponse pour tous : chaque fiche, sa version facile à lire, ses traductions et ses versions. Les habitants lisent toujours la version publiée.
procedures-translations-of = Traductions à faire en
procedures-no-language = (aucune langue)
procedures-tasks = { $count ->
    [0] Rien à traduire
    [one] Un texte à traduire ou à mettre à jour
   *[other] { $count } textes à traduire ou à mettre à jour
}
procedures-tasks-none = Toutes les fiches sont traduites et à jour dans cette langue.
procedures-tasks-caption = Textes à traduire ou à mettre à jour
procedures-sheet = Fiche
procedures-variant = Version
procedures-state = État
procedures-actions = Actions
procedures-translate = Traduire
procedures-sheets-count = { $count ->
    [one] Une fiche
   *[other] { $count } fiches
}
procedures-service = Service
procedures-reviewed-on = Vérifiée le
procedures-falc = Facile à lire
procedures-falc-ok = Relue par une personne concernée
procedures-falc-to-check = À faire relire
procedures-to-translate = Langues à traduire
procedures-draft = Brouillon
procedures-published = Publiée
procedures-translation-missing = À traduire
procedures-translation-up-to-date = À jour
procedures-translation-to-update = À mettre à jour
procedures-translation-out-of-date = Périmée (lecteurs avertis)
procedures-back-staff = Toutes les fiches
procedures-public-page = Page des habitants
procedures-edit-standard = Modifier la version complète
procedures-edit-falc = Modifier la version facile à lire
procedures-staff-notes = Notes pour les agents
procedures-owner = Fiche suivie par { $name }
procedures-translations = Traductions
procedures-language = Langue
procedures-versions = Versions
procedures-when = Date
procedures-author = Par
procedures-falc-check = Relecture par une personne concernée
procedures-edit-minor = Modification mineure
procedures-edit-medium = Modification moyenne
procedures-edit-major = Modification majeure

# Éditeur
procedures-editor-title = Modifier une fiche
procedures-editing = { $variant } en { $language }
procedures-published-ok = Publié : les habitants lisent maintenant cette version.
procedures-draft-ok = Brouillon enregistré : les habitants lisent toujours la version publiée.
procedures-facts-ok = Informations de la fiche enregistrées.
procedures-checked-ok = Relecture enregistrée.
procedures-draft-pending = Un brouillon attend d'être publié : les habitants lisent encore la version publiée.
procedures-french-beside = Le texte français à traduire
procedures-advice = Conseils de lisibilité
procedures-advice-long-sentence = Phrase longue, à couper
procedures-advice-rare-word = Mot peu courant, à remplacer ou expliquer
procedures-advice-abbreviation = Sigle à écrire en entier
procedures-edit-level = Importance de la modification
procedures-edit-level-hint = Moyenne : les traductions sont à mettre à jour. Majeure (un fait change : prix, délai, document) : leurs lecteurs sont aussi avertis.
procedures-part-title = Titre
procedures-part-summary = En résumé
procedures-part-audience = Pour qui
procedures-part-keywords = Autres mots cherchés
procedures-part-situations = Situations
procedures-part-steps = Étapes
procedures-part-documents = Documents à apporter
procedures-part-costs = Coûts
procedures-part-delay = Délai expliqué
procedures-part-online = En ligne
procedures-part-notes = Encadrés
procedures-keywords-hint = Séparés par des virgules : sigles, mots de tous les jours.
procedures-situations-hint = Une situation par ligne : la situation, puis « | » et ce qu'elle change.
procedures-lines-hint = Une étape par ligne.
procedures-documents-hint = Un document par ligne ; s'il n'est demandé que dans un cas, ajoutez « | » et ce cas.
procedures-costs-hint = Un cas par ligne : le montant en euros (0 si gratuit), puis « | » et le cas.
procedures-notes-hint = Un encadré par ligne, commençant par « ! » pour « À savoir » ou « !! » pour « Attention ».
procedures-delay-min = Délai le plus court (jours)
procedures-delay-max = Délai le plus long (jours)
procedures-save-draft = Enregistrer le brouillon
procedures-publish = Publier
procedures-falc-check-hint = Une version facile à lire se fait relire par une personne à qui elle s'adresse. Chaque nouvelle version demande sa propre relecture.
procedures-checked-by = Relue par
procedures-checked-on = Date de la relecture
procedures-record-check = Enregistrer la relecture
procedures-facts = Informations de la fiche
procedures-motif = Motif de rendez-vous
procedures-no-motif = (aucun rendez-vous)
procedures-appointment = Rendez-vous
procedures-online-url = Adresse de la démarche en ligne
procedures-references-hint = Une référence par ligne : son nom, puis « | » et son adresse (https://…).
procedures-owner-field = Agent qui suit la fiche
procedures-no-owner = (personne)
procedures-save-facts = Enregistrer les informations

procedures-error-too-long = Un champ est trop long.
procedures-error-too-many = Une liste a trop de lignes (30 au plus).
procedures-error-situation = Chaque situation a besoin d'un « | » suivi de ce qu'elle change.
procedures-error-cost = Chaque coût commence par un montant en euros, suivi de « | » et du cas.
procedures-error-delay = Le délai doit aller d'un nombre de jours à un nombre égal ou plus grand.
procedures-error-missing = Une partie de la fiche est vide : titre, résumé, public, situations, étapes, documents, coûts, délai et « en ligne » sont tous nécessaires.
procedures-error-url = Une adresse doit commencer par https://.
procedures-error-language = Cette langue n'est pas proposée.
procedures-error-version = Cette version de fiche n'existe pas.
procedures-error-level = Dites si la modification est mineure, moyenne ou majeure.
procedures-error-no-french = Publiez d'abord la version française.
procedures-error-shape = La traduction doit avoir les mêmes parties que le français : autant de situations, d'étapes, de documents et d'encadrés, les mêmes montants et les mêmes délais.
procedures-error-sources = Il faut au moins un texte de référence et une source avec son adresse.
procedures-error-appointment = Choisissez si un rendez-vous est nécessaire.
procedures-error-date = Cette date n'est pas valable (AAAA-MM-JJ, pas dans le futur).
procedures-error-motif = Ce motif de rendez-vous n'existe pas.
procedures-error-owner = Cet agent n'existe pas.
procedures-error-checked-by = Dites qui a relu la fiche.
procedures-error-no-falc = Publiez d'abord la version facile à lire.
procedures-read-aloud = Lire à voix haute
procedures-stop-reading = Arrêter la lecture
procedures-no-voice = Cet appareil n'a pas de voix pour cette langue.
procedures-of-kind = Les fiches qui répondent aux demandes de type « { $kind } ».
