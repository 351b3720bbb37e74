# Administration of the town's sites, desks, services and motifs, and the motif import.

admin-error-stale = Quelqu'un d'autre a enregistré cet élément pendant que vous le modifiiez : rien n'a été enregistré. Les valeurs affichées sont les valeurs actuelles ; refaites votre modification si elle est toujours utile.
admin-error-slug = Identifiant non valable : lettres minuscules sans accent, chiffres et tirets seulement (par exemple mairie-annexe).
admin-error-slug-taken = Cet identifiant est déjà utilisé : choisissez-en un autre.
admin-error-taken = Cet identifiant ou cette lettre vient d'être pris par quelqu'un d'autre : choisissez-en un autre.
admin-error-email = Adresse e-mail non valable : vérifiez-la (par exemple accueil@mairie.fr).
admin-error-site-appointments = Des rendez-vous sont encore prévus dans ce lieu : déplacez-les ou annulez-les avant de le retirer.
admin-error-desk = Nom de guichet non valable : il est obligatoire et doit être différent des autres guichets du lieu.
admin-error-service = Choisissez un service actif pour un motif actif.
admin-error-letter = Lettre des tickets non valable : une seule lettre, de A à Z.
admin-error-letter-taken = Cette lettre est déjà celle d'un autre service (même retiré : ses tickets la portent encore).
admin-error-position = Position non valable : un nombre entier de 1 à 999.
admin-error-service-motifs = Ce service a encore des motifs actifs : retirez-les ou changez-les de service avant de le retirer.
admin-error-import = Le fichier contient des erreurs : rien n'a été enregistré. Corrigez les lignes signalées puis prévisualisez à nouveau.

town-problem-name = nom manquant (200 caractères au plus)
town-problem-duration = durée : un nombre entier de minutes, de 5 à 480
town-problem-buffer = battement : un nombre entier de minutes, de 0 à 120
town-problem-min-delay = délai minimum : un nombre entier d'heures, de 0 à 720
town-problem-max-delay = délai maximum : un nombre entier de jours, de 1 à 366
town-problem-cells = plus de cellules que de colonnes dans l'en-tête
town-problem-code = code non valable : lettres minuscules sans accent, chiffres et tirets
town-problem-code-twice = ce code figure déjà sur une ligne précédente
town-problem-service = service inconnu : écrivez son identifiant ou son nom
town-problem-service-retired = ce service est retiré
town-problem-online = « en ligne » : écrivez oui ou non

town-import-separator = Une seule colonne lue : séparez les cellules par des points-virgules (;), comme le fait un tableur français.
town-import-column-twice = La colonne « { $column } » figure deux fois dans l'en-tête.
town-import-column-unknown = Colonne inconnue dans l'en-tête : « { $column } ».
town-import-column-missing = Colonne obligatoire absente de l'en-tête : « { $column } ».
town-import-empty = Aucune ligne à importer : collez l'en-tête puis au moins une ligne.

town-slug = Identifiant
town-slug-hint = Utilisé dans les adresses, il ne change plus ensuite : lettres minuscules sans accent, chiffres et tirets (par exemple mairie-annexe).
town-create = Créer
town-retired = retiré
town-retire = Retirer
town-reactivate = Rétablir
town-site-add = Nouveau lieu
town-site-email = Adresse e-mail
town-desks = Guichets
town-desk-label = Nom du guichet
town-desk-rename = Renommer
town-desk-new = Nouveau guichet
town-index-services = Les services de la mairie, la lettre de leurs tickets et leur ordre ; créer, modifier, retirer.
town-index-import = Créer ou mettre à jour des motifs depuis un tableur (CSV), avec une prévisualisation ligne par ligne.
town-services-title = Services
town-services-intro = Chaque service a sa lettre de ticket. Un service n'est retiré qu'une fois tous ses motifs retirés ; ses tickets passés le gardent.
town-service-add = Nouveau service
town-service-motifs = { $count ->
    [0] aucun motif actif
    [one] un motif actif
   *[other] { $count } motifs actifs
}
town-service-name = Nom du service
town-service-letter = Lettre des tickets
town-service-letter-hint = Une lettre de A à Z, propre à ce service : E pour E001, E002…
town-service-position = Position dans les listes
town-service-experts = Traité par des experts
town-service-experts-hint = Les rendez-vous de ce service vont directement à l'expert qui les reçoit.
town-motif-add = Nouveau motif
town-motif-service = Service
town-import-title = Importer des motifs
town-import-how = Le fichier attendu
town-import-help = Enregistrez votre tableau au format CSV (séparateur point-virgule, UTF-8), ouvrez-le avec un éditeur de texte et collez-le ci-dessous. Une ligne dont le code existe déjà met ce motif à jour ; les autres créent un motif.
town-import-columns = Première ligne : les noms des colonnes.
town-import-defaults = Obligatoires : code, nom, service, durée. Sans colonne, le battement vaut 0, « en ligne » oui, le délai minimum 2 heures et le délai maximum 60 jours. Les pièces à apporter sont séparées par des barres verticales (|).
town-import-example = Exemple :
town-import-text = Contenu du fichier CSV
town-import-preview = Prévisualiser
town-import-preview-title = Prévisualisation
town-import-ready = { $count ->
    [one] Une ligne prête à être enregistrée.
   *[other] { $count } lignes prêtes à être enregistrées.
}
town-import-wrong = { $count ->
    [0] Le fichier ne peut pas être lu : rien ne sera enregistré.
    [one] Une ligne a des erreurs : rien ne sera enregistré tant qu'elle n'est pas corrigée.
   *[other] { $count } lignes ont des erreurs : rien ne sera enregistré tant qu'elles ne sont pas corrigées.
}
town-import-line = Ligne
town-import-what = Résultat
town-import-new = nouveau motif
town-import-update = mise à jour
town-import-confirm = Enregistrer tous les motifs
