# Demandes : le journal des contacts, les demandes et leurs délais, le formulaire public
# /demande et le suivi /suivi.

## Agents : la liste
requests-title = Demandes
requests-list = Demandes à traiter
requests-none = Aucune demande ne correspond à ces filtres.
requests-total = { $count ->
    [one] Une demande
   *[other] { $count } demandes
}
requests-count-late = { $count ->
    [0] Aucune en retard
    [one] 1 en retard
   *[other] { $count } en retard
}
requests-count-due-soon = { $count ->
    [0] Aucune à échéance proche
    [one] 1 à échéance dans 2 jours ouvrés
   *[other] { $count } à échéance dans 2 jours ouvrés
}
requests-reference = Référence
requests-subject = Objet
requests-channel = Canal
requests-service = Service
requests-site = Lieu
requests-status = Statut
requests-due = Échéance
requests-kind = Type de demande
requests-owner = Agent en charge
requests-received = Reçue le
requests-name = Nom et prénom
requests-phone = Téléphone
requests-email = Adresse e-mail
requests-language = Langue
requests-message = Message
requests-note = Note (facultative)
requests-all = Tous
requests-open = Ouvertes (reçues, en cours, en attente)
requests-no-service = Sans service précis
requests-filter = Filtrer
requests-pages = Pages de la liste
requests-page = Page { $page } sur { $pages }
requests-previous = Page précédente
requests-next = Page suivante
requests-mine-title = Vos demandes à surveiller
requests-mine = Seulement les miennes
requests-standing-on-time = Dans les délais
requests-standing-due-soon = Échéance proche
requests-standing-late = En retard
requests-standing-stopped = Délai suspendu

## Agents : le journal des contacts
requests-log-title = Noter un contact
requests-log-hint = Un appel ou une visite réglés sur-le-champ : choisissez le canal et le service, puis « Répondu ». S'il faut un suivi, ouvrez une demande.
requests-log-answered = Répondu sur-le-champ
requests-log-follow-up = Il faut un suivi : ouvrir une demande
requests-log-follow-up-hint = L'objet, et au moins un téléphone ou une adresse e-mail pour répondre.
requests-log-open = Ouvrir la demande
requests-contact-logged = Contact noté.

## Agents : une demande
requests-one-title = Demande
requests-back = Retour aux demandes
requests-saved = Enregistré.
requests-opened = Demande ouverte : la référence et le code de suivi sont à donner à l'usager.
requests-check-code = Code de suivi
requests-resident-view = Voir ce que voit l'usager
requests-history = Historique
requests-actions = Actions
requests-text-reply = Réponse à l'usager (visible sur la page de suivi)
requests-text-ask = Ce qui est demandé à l'usager (visible sur la page de suivi)
requests-text-note = Note interne (jamais montrée à l'usager)
requests-text-comment = Commentaire (facultatif)
requests-action-note = Ajouter une note interne
requests-action-take = Prendre en charge
requests-action-ask-resident = Demander une pièce ou une précision à l'usager
requests-action-resident-answered = L'usager a répondu
requests-action-reply = Envoyer la réponse
requests-action-close = Clore la demande
requests-action-reopen = Rouvrir la demande
requests-action-transfer = Transmettre à un autre service
requests-action-change-kind = Changer le type (le délai est recalculé)
requests-event-created = Demande reçue
requests-event-assigned = Prise en charge
requests-event-status = Changement de statut
requests-event-reply = Réponse envoyée
requests-event-note = Note interne
requests-event-transfer = Transmise à un autre service
requests-event-kind = Type changé

## Refus
requests-error-subject = Indiquez l'objet de la demande.
requests-error-text = Écrivez le texte : il est nécessaire pour cette action.
requests-error-too-long = Le texte est trop long.
requests-error-channel = Choisissez le canal du contact.
requests-error-outcome = Dites si le contact est réglé ou s'il faut un suivi.
requests-error-service = Choisissez un service qui existe.
requests-error-same-service = La demande est déjà dans ce service.
requests-error-kind = Choisissez un type de demande.
requests-error-same-kind = La demande est déjà de ce type.
requests-error-action = Cette action n'existe pas.
requests-error-not-now = Le statut de la demande ne permet plus cette action : la page a été mise à jour.
requests-error-no-calendar = Aucun lieu n'a d'horaires d'ouverture : le délai de réponse ne peut pas être calculé.

## Usagers : le formulaire /demande
request-form-title = Écrire à la mairie
request-form-intro = Posez votre question ou faites votre demande. Vous recevez aussitôt une référence et un code pour suivre la réponse, sans créer de compte.
request-form-service = Service concerné
request-form-service-unknown = Je ne sais pas
request-form-message-hint = Vous pouvez écrire dans votre langue.
request-form-you = Pour vous répondre
request-form-you-hint = Votre nom, et au moins une adresse e-mail ou un numéro de téléphone.
request-form-privacy = Ces informations servent seulement à traiter votre demande.
request-form-send = Envoyer ma demande

## Usagers : le suivi /suivi
follow-title = Suivre une demande
follow-intro = Tapez la référence et le code de suivi donnés quand votre demande a été enregistrée (sur l'accusé de réception ou dans nos messages).
follow-reference = Référence
follow-reference-hint = Par exemple D-2026-00042
follow-code = Code de suivi
follow-look = Voir ma demande
follow-write = Faire une nouvelle demande
follow-no-match = Aucune demande ne correspond à cette référence et à ce code. Vérifiez-les et réessayez.
follow-blocked = Trop d'essais avec un code erroné pour cette référence. Réessayez dans { $minutes } minutes, ou appelez-nous.
follow-registered = Votre demande est enregistrée.
follow-keep = Gardez la référence et le code : ils permettent de suivre votre demande sur cette page.
follow-received = Reçue le
follow-due = Réponse prévue au plus tard le
follow-service = Service en charge
follow-asked = Ce que nous vous demandons
follow-reply = Notre réponse
follow-words-received = Nous avons bien reçu votre demande. Un agent va la prendre en charge.
follow-words-in-progress = Un agent traite votre demande.
follow-words-waiting = Nous attendons une pièce ou une précision de votre part. Le délai de réponse reprend quand vous nous répondez.
follow-words-answered = Nous avons répondu à votre demande.
follow-words-closed = Votre demande est close.

## Agents : les usagers
residents-intro = Tapez un nom, un numéro de téléphone ou une adresse e-mail : chaque personne trouvée apparaît avec ses rendez-vous et ses demandes. Chaque recherche est tracée.
residents-search = Nom, téléphone ou e-mail
residents-search-hint = Au moins deux lettres, ou un numéro complet.
residents-look = Rechercher
residents-too-short = Tapez au moins deux lettres d'un nom, un numéro de téléphone complet ou une adresse e-mail.
residents-none = Personne ne correspond à cette recherche.
residents-needs = Besoins signalés
residents-appointments = Rendez-vous
residents-requests = Demandes
residents-merge-with = Même personne que
residents-merge-hint = Quand deux fiches désignent la même personne (un courrier signé d'un nom, un e-mail d'une autre adresse), regroupez-les : ses rendez-vous et ses demandes s'affichent ensemble. Cela se défait.
residents-merge = Regrouper
residents-merged = Les deux fiches sont regroupées.
residents-separated = Les fiches sont de nouveau séparées.
residents-merge-refused = Ces deux fiches ne peuvent pas être regroupées : choisissez une autre personne dans la liste.
residents-links = Fiches regroupées
residents-merged-by = { $first } et { $second } : regroupées par { $agent } le { $date }.
residents-separate = Séparer
residents-campaigns = Campagnes d'appels « aller vers »
residents-calls = Appels de la mairie
residents-call-reached = jointe
residents-call-no-answer = pas de réponse
residents-call-unreachable = injoignable après 3 appels
residents-call-wrong-number = mauvais numéro
residents-call-declined = ne souhaite pas être appelée

## Accusé de réception (CRPA L112-3, R112-4, R112-5, L231-4 ; CJA R421-2)
ack-title = Accusé de réception
ack-title-document = Enregistrement de votre demande
ack-received = Nous avons reçu le { $date } votre demande « { $subject } », enregistrée sous la référence { $reference }.
ack-commitment = Nous nous engageons à vous répondre au plus tard le { $date }.
ack-implicit-rejection = Si vous n'avez reçu aucune réponse le { $date }, votre demande sera réputée rejetée : le silence gardé pendant deux mois vaut décision implicite de rejet (article L231-4 du code des relations entre le public et l'administration).
ack-appeal = Vous pourrez contester cette décision dans les deux mois suivant le { $date } : par un recours gracieux adressé au maire, ou par un recours devant le tribunal administratif compétent (article R421-2 du code de justice administrative), y compris en ligne sur www.telerecours.fr.
ack-document = Votre demande porte sur la délivrance d'un document : lorsque nous n'avons qu'à vérifier que les conditions sont remplies, elle n'appelle pas d'accusé de réception au sens de l'article L112-3 du code des relations entre le public et l'administration (article R112-4). Nous vous le délivrons dès qu'il est prêt.
ack-service = Service chargé de votre demande : { $service }, { $address }.
ack-service-phone = Téléphone : { $phone }.
ack-service-email = Courriel : { $email }.
ack-follow = Suivez votre demande sur { $url } (référence { $reference }, code de suivi { $code }).
ack-sources = Textes : articles L112-3, R112-4, R112-5 et L231-4 du code des relations entre le public et l'administration ; article R421-2 du code de justice administrative.
ack-translation-note = Traduction pour information : seul le texte en français fait foi.
ack-email-subject = Accusé de réception de votre demande { $reference }
ack-print = Imprimer
ack-in-french = Texte en français
ack-open = Accusé de réception à imprimer
requests-postal-address = Adresse postale (facultative)
requests-postal-address-hint = Pour un courrier sous enveloppe à fenêtre : une ligne par ligne d'adresse.
requests-error-address = L'adresse postale est trop longue (six lignes au plus).
follow-answer = Votre réponse
follow-answer-hint = Ce que nous vous demandons : écrivez-le ici, dans votre langue si vous voulez.
follow-answer-send = Envoyer ma réponse
follow-answer-sent = Votre réponse est envoyée : le délai de réponse reprend.
requests-event-resident = Réponse de l'usager

## Réponses et questions à l'usager : par courriel, SMS ou courrier
requests-means = Comment l'usager la reçoit
requests-means-follow-page = Sur la page de suivi seulement
requests-means-email = Par courriel
requests-means-sms = Par SMS (un lien vers la page de suivi)
requests-means-letter = Par courrier imprimé
requests-error-means = Choisissez comment l'usager reçoit ce message.
requests-error-means-email = Cette demande n'a pas d'adresse électronique : choisissez un autre moyen.
requests-error-means-sms = Cette demande n'a pas de numéro de mobile : choisissez un autre moyen.
requests-error-means-letter = Cette demande n'a pas d'adresse postale : choisissez un autre moyen.
requests-print-letter = Courrier à imprimer
reply-email-subject = Réponse à votre demande « { $subject } »
question-email-subject = Précision nécessaire pour votre demande « { $subject } »
reply-opening = Voici la réponse à votre demande « { $subject } » (référence { $reference }).
question-opening = Pour traiter votre demande « { $subject } » (référence { $reference }), nous avons besoin d'une précision ou d'une pièce :
question-how-to-answer = Notre délai de réponse est suspendu jusqu'à ce que nous recevions votre réponse.
question-email-reply = Vous pouvez répondre directement à ce courriel, en gardant la référence dans l'objet, et y joindre les pièces demandées.
reply-follow = Suivez votre demande sur { $url } (référence { $reference }, code de suivi { $code }).
reply-sms = Mairie : votre demande { $reference } a reçu une réponse. Lisez-la sur { $url }
question-sms = Mairie : votre demande { $reference } attend une précision de votre part. Voir { $url }
reply-letter-title = Réponse à votre demande
question-letter-title = Demande de précision

## Pièces jointes et courrier reçu
requests-event-file = Pièce ajoutée
requests-files = Pièces
requests-files-none = Aucune pièce.
requests-file-size = { $kilobytes } Ko
requests-file-add = Ajouter une pièce numérisée
requests-file-send = Ajouter la pièce
requests-file-added = La pièce est ajoutée à la demande.
requests-error-scan-missing = Choisissez le fichier numérisé du courrier.
requests-error-scan-too-large = Le fichier dépasse 10 Mo : numérisez en noir et blanc ou à 200 ppp, ou en plusieurs fichiers.
requests-error-scan-type = Ce fichier n'est ni un PDF, ni une image JPEG ou PNG.
requests-error-received-date = La date de réception doit être une date de l'année écoulée, et pas dans le futur.
requests-error-letter-address = Indiquez l'adresse postale de l'expéditeur, ou un téléphone ou un courriel.
letter-title = Enregistrer un courrier
letter-hint = Un courrier reçu devient une demande : son délai court à partir de la date de réception, et l'accusé de réception est prêt à imprimer.
letter-received = Reçu le
letter-sender = Expéditeur (nom et prénom)
letter-address-hint = L'adresse de l'expéditeur, une ligne par ligne d'adresse : l'accusé de réception lui est envoyé sous enveloppe à fenêtre.
letter-summary = Résumé du courrier (facultatif)
letter-scan = Courrier numérisé
letter-scan-hint = PDF, JPEG ou PNG, { $megabytes } Mo au plus.
letter-register = Enregistrer le courrier

## Doublons
requests-action-merge = Regrouper avec une autre demande du même usager
requests-event-merged = Demandes regroupées
requests-merge-target = Référence de la demande à garder
requests-merge-hint = Par exemple D-2026-00042 : celle-ci est close, ses pièces et son message passent dans l'autre, et sa page de suivi montre l'autre.
requests-error-merge-target = Aucune demande ne porte cette référence.
requests-error-merge-same = Une demande ne peut pas être regroupée avec elle-même.
requests-error-merge-closed = La demande à garder doit être ouverte, et pas elle-même regroupée.
requests-error-merge-other-resident = Les deux demandes n'ont ni le même courriel ni le même téléphone : on ne regroupe que les demandes d'un même usager.
follow-merged = Votre demande { $from } a été regroupée avec votre demande { $reference } : voici où elle en est.

## Modèles de réponse
reply-templates-title = Modèles de réponse
reply-templates-hint = Un modèle par type de demande (ou pour tous) et par langue : sur la page d'une demande, il remplit la réponse ou la question, que l'agent adapte avant de l'envoyer.
reply-templates-new = Nouveau modèle
reply-templates-list = Modèles de la commune
reply-templates-none = Aucun modèle pour l'instant.
reply-templates-name = Titre du modèle
reply-templates-text = Texte
reply-templates-kind-any = Tous les types
reply-templates-save = Enregistrer le modèle
reply-templates-delete = Supprimer le modèle
reply-templates-saved = Modèles enregistrés.
reply-templates-use = Partir d'un modèle
reply-templates-fill = Remplir avec ce modèle
requests-error-template-title = Donnez au modèle un titre de 200 caractères au plus.
requests-error-template-language = Choisissez la langue du modèle.
requests-procedure-sheets = Fiches démarches de ce type
residents-rights = Droits sur ses données (RGPD)
residents-export = Télécharger toutes ses données (fichier JSON)
residents-erase-confirm = La personne a demandé l'effacement de ses données. Ses rendez-vous à venir seront annulés, ses listes d'attente arrêtées, et ses demandes n'auront plus de coordonnées pour lui répondre. Cela ne se défait pas.
residents-erase = Effacer ses données
residents-erase-unconfirmed = Cochez la case de confirmation pour effacer les données de cette personne.
residents-erase-nobody = Cette recherche ne trouve plus cette personne : rien n'a été effacé ni exporté.
residents-erased = { $count ->
    [one] Données effacées : une fiche anonymisée.
   *[other] Données effacées : { $count } fiches anonymisées.
}
