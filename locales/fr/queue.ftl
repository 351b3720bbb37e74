# File d'attente : borne, ticket depuis chez soi, guichet, écran de la salle d'attente.

queue-kiosk-title = Borne d'accueil
queue-kiosk-choose-family = Touchez le service qui vous amène
queue-kiosk-choose-motif = Touchez votre démarche
queue-kiosk-back = Retour
queue-kiosk-done = Terminé
queue-closed-title = L'accueil est fermé
queue-priority-question = Avez-vous besoin d'être reçu en priorité ?
queue-priority-none = Non, prendre mon ticket
queue-priority-disability = Handicap
queue-priority-pregnancy = Grossesse
queue-priority-elderly = Personne âgée
queue-priority-young-child = Avec un jeune enfant
queue-priority = Priorité
queue-wait-now = Vous serez appelé très bientôt
queue-wait-few = Attente : quelques minutes
queue-wait-about = Attente : environ { $minutes } min
queue-ticket-number = Votre numéro
queue-ahead = { $count ->
    [0] Personne avant vous
    [one] 1 personne avant vous
   *[other] { $count } personnes avant vous
}
queue-qr-label = Code QR pour suivre votre ticket sur votre téléphone
queue-qr-hint = Scannez pour suivre votre tour sur votre téléphone.
queue-print = Imprimer mon ticket

queue-home-intro = Choisissez le lieu d'accueil. Vous pourrez prendre un ticket depuis chez vous quand il est ouvert et suivre votre tour sur votre téléphone.
queue-phone-label = Téléphone portable (facultatif)
queue-phone-hint = Nous vous enverrons un SMS quand ce sera bientôt votre tour. Exemple : 06 12 34 56 78.
queue-take = Prendre un ticket

queue-ticket-title = Mon ticket
queue-called-to = C'est votre tour : présentez-vous au { $desk }.
queue-come-now = Votre tour approche : rendez-vous à l'accueil.
queue-ticket-done = Votre passage est terminé. Merci de votre visite.
queue-ticket-no-show = Vous avez été appelé plusieurs fois sans réponse. Reprenez un ticket à l'accueil si besoin.
queue-ticket-cancelled = Vous avez renoncé à ce ticket.
queue-issued-at = Ticket pris le { $time }
queue-sms-to = SMS quand votre tour approche :
queue-refresh = Actualiser
queue-cancel-ticket = Je ne viens plus : libérer ma place

queue-screen-title = Écran de la salle d'attente
queue-screen-sound = Activer le son
queue-screen-sound-on = Son activé
queue-screen-calls = Appels
queue-screen-no-call = Aucun appel pour le moment
queue-screen-waits = Attente estimée
queue-speech = Numéro { $code }, { $desk }.

queue-desk = Guichet
queue-desk-choose = Choisir un guichet
queue-desk-needed = Choisissez votre guichet pour appeler les visiteurs.
queue-queue = File
queue-common = File commune
queue-current = Visiteur au guichet
queue-callable = { $count ->
    [0] Personne n'attend dans cette file.
    [one] 1 visiteur attend dans cette file.
   *[other] { $count } visiteurs attendent dans cette file.
}
queue-call-next = Appeler le suivant
queue-language = Langue
queue-arrived = Arrivé à
queue-appointment-of = Rendez-vous de
queue-transfer-note = Note de transfert
queue-status-called = { $count ->
    [one] Appelé à { $time }
   *[other] Appelé { $count } fois, la dernière à { $time }
}
queue-status-in-service = Au guichet
queue-start = Commencer
queue-recall = Rappeler
queue-no-show = Absent
queue-no-show-after = « Absent » est proposé après { $count } appels.
queue-set-aside = Mettre de côté
queue-resume = Reprendre
queue-aside = Mis de côté
queue-close = Clore le passage
queue-outcome = Résultat
queue-outcome-handled = Traité au guichet
queue-outcome-follow-up = Suite à donner
queue-note = Note (facultatif)
queue-transfer = Transférer
queue-transfer-service = Vers le service
queue-transfer-expert = À l'attention de
queue-transfer-anyone = Tout agent du service
queue-choose = Choisir…
queue-waiting-count = { $count ->
    [0] Personne n'attend
    [one] 1 visiteur attend
   *[other] { $count } visiteurs attendent
}
queue-nobody = Personne n'attend.
queue-ticket = Ticket
queue-waited = Attente
queue-minutes = { $count } min
queue-appointment-at = Rendez-vous à { $time }
queue-for-agent = Pour { $name }
queue-desk-issue = Émettre un ticket
queue-desk-issued = Ticket { $code } émis.

queue-admin-title = Réglages de la file d'attente
queue-admin-intro = Une priorité compte comme une arrivée plus tôt de quelques minutes : un ticket ordinaire qui attend depuis plus longtemps que la plus grande avance n'est jamais dépassé.
queue-admin-from-home = Les habitants peuvent prendre un ticket depuis chez eux
queue-admin-head-start = Avance de chaque priorité, en minutes (de 0 à { $max })
queue-admin-max-calls = Appels avant de pouvoir déclarer un visiteur absent (de 1 à 9)
admin-error-queue-weight = Chaque avance doit être un nombre entier de minutes, de 0 à 60.
admin-error-queue-calls = Le nombre d'appels doit être un nombre entier, de 1 à 9.

queue-error-closed = Le lieu d'accueil est fermé en ce moment : aucun ticket ne peut être pris.
queue-error-too-many-tickets = Trop de tickets ont été pris depuis votre connexion. Réessayez dans un quart d'heure, ou prenez un ticket à la borne de l'accueil.
contact-error-phone-has-tickets = Ce numéro a déjà des tickets en attente. Suivez-les avec le lien reçu, ou renoncez à l'un d'eux avant d'en prendre un autre.
queue-error-no-home-tickets = Ce lieu ne propose pas de ticket depuis chez soi. Venez sur place ou prenez rendez-vous.
queue-error-motif = Choisissez une démarche dans la liste.
queue-error-busy = Vous avez déjà un visiteur : terminez ou transférez ce passage d'abord.
queue-error-stale = Ce ticket a changé entre-temps : la page est à jour.
queue-error-too-few-calls = Rappelez le visiteur avant de le déclarer absent.
queue-error-empty = Personne n'attend dans cette file.
queue-error-service = Choisissez le service vers lequel transférer.
queue-error-outcome = Choisissez le résultat du passage.
queue-error-note-too-long = La note est trop longue : 500 caractères au plus.
queue-error-not-expert = Cet agent ne traite pas les demandes de ce service.
queue-procedure-sheet = Fiche démarche
queue-survey-receipt = Après votre visite, donnez votre avis avec ce même code.
queue-survey-link = Donner mon avis
queue-survey-question = Votre visite s'est bien passée ?
queue-survey-unhappy = Pas satisfait
queue-survey-neutral = Moyennement
queue-survey-happy = Satisfait
queue-survey-thanks = Merci pour votre avis !
queue-error-survey = Votre avis n'a pas pu être enregistré. Merci de réessayer.
