## "Aller vers" campaigns: lists of residents to call (/agent/usagers/campagnes)
campaigns-title = Campagnes d'appels
campaigns-intro = Aller vers les habitants : une liste de personnes à appeler pour une même raison (canicule, inscriptions, rappel d'une démarche). Chaque conseiller prend la personne suivante ; personne n'est appelé deux fois en même temps, et chaque appel est noté comme un contact.
campaigns-back-residents = Retour aux usagers
campaigns-back = Toutes les campagnes
campaigns-back-campaign = Retour à la campagne
campaigns-list = Campagnes
campaigns-none = Aucune campagne pour l'instant.
campaigns-name = Titre
campaigns-service = Service
campaigns-no-service = Tous services
campaigns-created = Créée le
campaigns-progress = Avancement
campaigns-left = { $left } à appeler sur { $people }
campaigns-left-short = { $left ->
    [0] plus personne à appeler
    [one] encore 1 personne à appeler
   *[other] encore { $left } personnes à appeler
}
campaigns-closed = Terminée
campaigns-new = Nouvelle campagne
campaigns-purpose = Ce qu'il faut dire
campaigns-purpose-hint = Lu par le conseiller à chaque appel : la raison de l'appel, ce qu'il faut demander, les numéros à donner.
campaigns-source = Personnes à appeler
campaigns-source-list = Une liste (fichier CSV ou cellules copiées d'un tableur)
campaigns-source-filter = Les habitants sans contact depuis un certain temps
campaigns-list-field = Liste à coller
campaigns-list-hint = Une personne par ligne : nom, téléphone, puis si vous voulez la langue (fr, ar, en…) et une remarque. Séparateur point-virgule, virgule ou tabulation ; une ligne de titres est acceptée. 5 000 personnes au plus.
campaigns-filter-months = Sans rendez-vous ni demande depuis
campaigns-months = { $months } mois
campaigns-create = Créer la campagne
campaigns-created-ok = La campagne est créée : vous pouvez commencer les appels.
campaigns-closed-ok = La campagne est terminée.
campaigns-closed-hint = Cette campagne est terminée : plus personne n'est appelé.
campaigns-finished = Tout le monde a été appelé.
campaigns-called = L'appel est noté.
campaigns-resume = Reprendre mon appel en cours
campaigns-nobody-left = Plus personne à appeler dans cette campagne.
campaigns-next = Appeler la personne suivante
campaigns-people = Personnes de la liste
campaigns-person = Personne
campaigns-phone = Téléphone
campaigns-status = Où en est-on
campaigns-attempts = Appels
campaigns-last-call = Dernier appel
campaigns-note = Note
campaigns-close = Terminer la campagne
campaigns-close-hint = Terminer la campagne arrête les appels ; la liste et ses résultats restent consultables.
campaigns-call-title = Appel
campaigns-no-call = Vous n'avez pas d'appel en cours dans cette campagne.
campaigns-language = Langue
campaigns-detail = Remarque
campaigns-last-note = Note du dernier appel
campaigns-attempts-before = { $count ->
    [0] premier appel
    [one] déjà appelée 1 fois
   *[other] déjà appelée { $count } fois
}
campaigns-outcome = Comment s'est passé l'appel ?
campaigns-outcome-reached = Personne jointe
campaigns-outcome-no-answer = Pas de réponse
campaigns-outcome-wrong-number = Mauvais numéro
campaigns-outcome-declined = Ne souhaite pas être appelée
campaigns-save-next = Noter et appeler la suivante
campaigns-save = Noter et revenir à la campagne
campaigns-status-to-call = À appeler
campaigns-status-reached = Jointe
campaigns-status-unreachable = Injoignable après 3 appels
campaigns-status-wrong-number = Mauvais numéro
campaigns-status-declined = Refus
campaigns-error-title = Donnez un titre à la campagne (120 caractères au plus).
campaigns-error-purpose = Écrivez ce qu'il faut dire aux personnes appelées (2 000 caractères au plus).
campaigns-error-service = Ce service n'existe pas : choisissez-en un dans la liste.
campaigns-error-source = Choisissez d'où viennent les personnes à appeler : une liste ou les habitants sans contact.
campaigns-error-empty = La liste ne contient personne : une personne par ligne, son nom puis son téléphone.
campaigns-error-too-many = La liste est trop longue : 5 000 personnes au plus par campagne.
campaigns-error-lines = Rien n'est enregistré : ces lignes n'ont pas de nom ou pas de numéro de téléphone utilisable : { $lines }. Corrigez-les puis collez la liste de nouveau.
campaigns-error-filter = Choisissez une durée dans la liste.
campaigns-error-nobody = Aucun habitant ne correspond : personne avec un téléphone n'est resté sans contact aussi longtemps.
campaigns-error-closed = Cette campagne est terminée : plus personne n'est appelé.
campaigns-error-busy = Beaucoup de conseillers appellent en même temps : réessayez.
campaigns-error-not-yours = Cet appel n'est plus le vôtre (déjà noté, ou repris par un collègue) : appelez la personne suivante.
campaigns-error-outcome = Dites comment s'est passé l'appel.
campaigns-error-note = La note est trop longue (1 000 caractères au plus).
