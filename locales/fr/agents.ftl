# Administration des agents : liste, fiche, code personnel, import d'un tableur.

agents-title = Agents
agents-edit-title = Fiche d'un agent
agents-intro = Les agents se connectent sur les postes enregistrés avec leur nom et leur code personnel. Un agent désactivé disparaît de l'écran de connexion ; son historique reste.
agents-import-link = Importer des agents depuis un tableur
agents-new = Ajouter un agent
agents-new-pin = Code personnel (facultatif)
agents-new-pin-hint = Sans code, l'agent ne peut pas se connecter : vous pourrez le définir plus tard sur sa fiche.
agents-create = Créer l'agent
agents-imported = { $count ->
    [one] Un agent importé. Définissez son code personnel sur sa fiche pour qu'il puisse se connecter.
   *[other] { $count } agents importés. Définissez leur code personnel sur leur fiche pour qu'ils puissent se connecter.
}
agents-table-caption = Tous les agents, actifs et désactivés
agents-col-name = Nom
agents-col-role = Rôle
agents-col-state = État
agents-col-services = Compétences (services)
agents-col-languages = Langues parlées
agents-state-active = Actif
agents-state-inactive = Désactivé
agents-state-locked = Bloqué jusqu'à { $until }
agents-state-no-pin = Sans code personnel
agents-no-service = Aucun service n'existe encore.
agents-field-name = Nom affiché
agents-field-name-hint = Tel qu'il apparaît sur l'écran de connexion, par exemple « Camille Martin ».
agents-field-role = Rôle
agents-field-services = Compétences
agents-field-services-hint = Cocher un service donne à l'agent tous les motifs de ce service.
agents-field-languages = Langues parlées
agents-field-pin = Code personnel
agents-field-pin-hint = De 4 à 8 chiffres.
agents-field-pin-again = Code personnel, une seconde fois
agents-back = Retour à la liste des agents
agents-details = Nom, rôle, compétences et langues
agents-pin = Code personnel
agents-pin-is-set = Cet agent a un code personnel. En définir un nouveau remplace l'ancien et lève un éventuel blocage.
agents-pin-none = Cet agent n'a pas encore de code personnel : il ne peut pas se connecter.
agents-pin-save = Enregistrer le code
agents-access = Accès
agents-failed-attempts = { $count ->
    [one] Un code erroné depuis la dernière connexion.
   *[other] { $count } codes erronés depuis la dernière connexion.
}
agents-unlock = Débloquer
agents-deactivate-hint = Un agent désactivé disparaît de l'écran de connexion et ses sessions ouvertes se terminent. Son historique reste, et vous pourrez le réactiver.
agents-deactivate = Désactiver l'agent
agents-reactivate-hint = Cet agent est désactivé : il n'apparaît pas sur l'écran de connexion.
agents-reactivate = Réactiver l'agent

agents-import-title = Importer des agents
agents-import-intro = Collez le contenu d'un fichier CSV enregistré depuis votre tableur. L'aperçu montre chaque ligne et ses problèmes ; rien n'est enregistré avant votre confirmation, et seulement si toutes les lignes sont correctes.
agents-import-format = Format du fichier
agents-import-format-intro = Une première ligne d'en-têtes, puis un agent par ligne, les colonnes séparées par des points-virgules (format « CSV » du tableur, en UTF-8). Des cellules copiées directement depuis le tableur conviennent aussi.
agents-import-column-name = Obligatoire : le nom affiché, différent de celui des autres agents.
agents-import-column-role = Obligatoire : l'un des rôles suivants, écrit comme à l'écran ou par son nom technique.
agents-import-column-services = Facultatif : les services dont l'agent traite les motifs, par leur identifiant ou leur nom, séparés par des virgules.
agents-import-column-languages = Facultatif : les langues parlées, par leur code, séparées par des virgules.
agents-import-language-codes = Codes des langues
agents-import-example = Exemple :
agents-import-no-pin = Les agents importés n'ont pas de code personnel : ils ne peuvent pas se connecter tant qu'un administrateur ne l'a pas défini sur leur fiche.
agents-import-field = Contenu du fichier CSV
agents-import-field-hint = Au plus { $max } agents à la fois.
agents-import-preview = Voir l'aperçu
agents-import-preview-title = Aperçu
agents-import-ready = { $count ->
    [one] La ligne est correcte.
   *[other] Les { $count } lignes sont correctes.
}
agents-import-confirm = { $count ->
    [one] Importer cet agent
   *[other] Importer ces { $count } agents
}
agents-import-rows-with-problems = { $count ->
    [one] Une ligne sur { $total } a un problème.
   *[other] { $count } lignes sur { $total } ont un problème.
}
agents-import-file-problems = Le fichier ne peut pas être lu :
agents-import-nothing-saved = Rien n'a été enregistré. Corrigez le fichier, collez-le à nouveau et revoyez l'aperçu.
agents-import-table-caption = Les lignes du fichier
agents-import-col-line = Ligne
agents-import-col-problems = Problèmes
agents-import-row-ok = Correcte
agents-import-empty = Le fichier est vide.
agents-import-missing-column = Il manque la colonne « { $value } » dans la première ligne.
agents-import-unknown-column = Colonne inconnue : « { $value } ».
agents-import-duplicate-column = La colonne « { $value } » apparaît deux fois.
agents-import-no-rows = Le fichier n'a que sa ligne d'en-têtes : aucun agent.
agents-import-too-many-rows = Plus de { $max } agents : importez le fichier en plusieurs fois.
agents-import-unclosed-quote = Un guillemet ouvert à la ligne { $line } n'est jamais fermé.
agents-import-columns = { $found ->
    [one] Une colonne au lieu de { $expected }.
   *[other] { $found } colonnes au lieu de { $expected }.
}
agents-import-empty-name = Le nom est vide.
agents-import-name-too-long = Le nom dépasse { $max } caractères.
agents-import-duplicate-name = Même nom qu'à la ligne { $line }.
agents-import-name-exists = Un agent porte déjà ce nom.
agents-import-empty-role = Le rôle est vide.
agents-import-unknown-role = Rôle inconnu : « { $value } ».
agents-import-unknown-service = Service inconnu : « { $value } ».
agents-import-unknown-language = Code de langue inconnu : « { $value } ».

admin-error-agent-name = Le nom est obligatoire et ne doit pas dépasser 100 caractères.
admin-error-agent-name-taken = Un autre agent porte déjà ce nom : ajoutez par exemple une initiale.
admin-error-agent-role = Choisissez un rôle dans la liste.
admin-error-agent-service = Un des services cochés n'existe plus : rechargez la page.
admin-error-agent-language = Une des langues cochées n'est pas connue.
admin-error-agent-pin-format = Le code personnel doit compter de 4 à 8 chiffres.
admin-error-agent-pin-mismatch = Les deux codes saisis sont différents.
admin-error-agent-last-admin = Impossible : cet agent est le dernier administrateur actif. Nommez d'abord un autre administrateur.
admin-error-agent-import = Rien n'a été importé : au moins une ligne a un problème (voir l'aperçu).
