# Guichet — textes de l'interface, en français (langue de référence).
# Toute autre langue doit avoir chaque message, attribut et variable d'ici.

## Commun

app-name = Guichet — Mairie
skip-to-content = Aller au contenu
footer-text = Mairie — accueil de tous les services, dans votre langue.
footer-staff-link = Espace agents
footer-results-link = Nos résultats de qualité de service
language-picker-label = Langue
back-home = Retour à l'accueil
back-to-login = Aller à la connexion

## Pages d'erreur

not-found-title = Page introuvable
not-found-body = L'adresse demandée n'existe pas ou plus. Vérifiez le lien, ou repartez de l'accueil.
error-not-signed-in = Connectez-vous pour accéder à cette page.
error-forbidden = Votre rôle ne permet pas d'ouvrir cette page.
error-device-not-enrolled = Ce poste n'est pas enregistré.
error-not-found = Cet élément n'existe pas ou plus.
error-internal = Un problème est survenu de notre côté. Réessayez dans un instant.
error-bad-request = Cette demande contient des caractères qui ne peuvent pas être lus. Revenez en arrière et vérifiez ce que vous avez saisi.
error-too-many-title = Trop de demandes
error-too-many = Pour protéger le service, trop de demandes sont venues de votre connexion en peu de temps. Réessayez dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
error-too-many-back = Revenir au formulaire
error-too-many-codes = Trop de codes erronés depuis votre connexion. Attendez quelques minutes avant de réessayer.

## Accueil des usagers

home-description = Prendre rendez-vous, prendre un ticket, suivre une demande et connaître les horaires de la mairie.
home-title = Bienvenue à la mairie
home-lead = Un seul accueil pour tous les services. Que souhaitez-vous faire ?
home-actions-label = Actions principales
home-action-appointment = Prendre rendez-vous
home-action-appointment-hint = Choisir un motif, un lieu et un horaire
home-action-ticket = Prendre un ticket
home-action-ticket-hint = Faire la queue depuis chez vous
home-action-follow = Suivre une demande
home-action-follow-hint = Avec votre numéro de référence
home-action-procedures = Démarches
home-action-procedures-hint = Les pièces à fournir, expliquées simplement
home-action-hours = Horaires et adresses
home-action-hours-hint = Nos lieux d'accueil aujourd'hui
home-sites-title = Nos lieux d'accueil
home-week-hours = Horaires de la semaine

hours-open-today = Ouvert aujourd'hui : { $hours }
hours-closed-today = Fermé aujourd'hui
hours-holiday-today = Fermé aujourd'hui : { $holiday }
hours-closure-today = Fermeture exceptionnelle aujourd'hui : { $reason }
hours-closed = Fermé

weekday-monday = Lundi
weekday-tuesday = Mardi
weekday-wednesday = Mercredi
weekday-thursday = Jeudi
weekday-friday = Vendredi
weekday-saturday = Samedi
weekday-sunday = Dimanche

holiday-new-year = jour de l'An
holiday-easter-monday = lundi de Pâques
holiday-labour-day = fête du Travail
holiday-victory-in-europe = Victoire 1945
holiday-ascension = Ascension
holiday-whit-monday = lundi de Pentecôte
holiday-bastille-day = fête nationale
holiday-assumption = Assomption
holiday-all-saints = Toussaint
holiday-armistice = Armistice 1918
holiday-christmas = Noël
holiday-good-friday = Vendredi saint
holiday-st-stephen = Saint-Étienne


## Espace agents : poste partagé

login-title = Connexion des agents
login-continue = Continuer vers mon espace
login-not-enrolled-title = Poste non enregistré
login-not-enrolled-body = Les agents se connectent uniquement depuis un poste enregistré par un administrateur. Si vous avez reçu un code d'enregistrement, saisissez-le.
enrol-link = Enregistrer ce poste
login-choose-title = Qui êtes-vous ?
login-workstation = Poste : { $name }
login-locked-notice = Le poste a été verrouillé après une période d'inactivité. Choisissez votre nom pour reprendre.
login-hello = Bonjour, { $name }
login-pin-label = Votre code personnel
login-pin-hint = De 4 à 8 chiffres.
login-submit = Se connecter
login-not-me = Ce n'est pas moi
login-error-pin =
    { $left ->
        [one] Code incorrect. Il reste { $left } essai avant le blocage.
       *[other] Code incorrect. Il reste { $left } essais avant le blocage.
    }
login-error-locked = Trop d'essais : la connexion est bloquée jusqu'à { $until }.
login-error-workstation-locked = Trop de codes erronés sur ce poste : il n'accepte plus de code jusqu'à { $until }.
login-error-format = Le code comporte de 4 à 8 chiffres.

enrol-title = Enregistrer ce poste
enrol-intro = Saisissez le code d'enregistrement donné par un administrateur. Il ne sert qu'une fois.
enrol-code-label = Code d'enregistrement
enrol-submit = Enregistrer
enrol-error = Ce code n'est pas valable : il est erroné, déjà utilisé ou expiré.

staff-brand = Guichet — espace agents
staff-switch = Changer de conseiller
staff-nav-label = Espace agents
staff-home-title = Mon espace
staff-hello = Bonjour, { $name }

role-counsellor = Conseiller
role-expert = Agent expert
role-interpreter = Interprète
role-supervisor = Responsable qualité
role-admin = Administrateur

section-queue = File d'attente
section-queue-summary = Appeler le visiteur suivant, le recevoir, le transférer et clore la visite.
section-appointments = Rendez-vous
section-appointments-summary = Les rendez-vous du jour et à venir, l'accueil des personnes, la prise de rendez-vous pour un usager.
section-requests = Demandes
section-requests-summary = Les demandes reçues par tous les canaux, leur responsable, leur échéance et leur historique.
section-residents = Usagers
section-residents-summary = Les fiches des usagers, limitées au nécessaire.
section-procedures = Démarches
section-procedures-summary = Les fiches de procédure, avec les notes internes.
section-interpretation = Interprétation
section-interpretation-summary = Des phrases vérifiées dans la langue de l'usager, lues à voix haute et affichées en grand.
section-quality = Pilotage
section-quality-summary = Les indicateurs de qualité par lieu, canal, service et période, et leurs exports.
section-admin = Administration
section-admin-summary = Lieux, guichets, services, motifs, horaires, agents et postes.

## Rendez-vous : coordonnées

contact-error-name = Indiquez votre nom (120 caractères au plus).
contact-error-phone = Ce numéro de téléphone n'est pas valable. Exemple : 06 12 34 56 78 ou +33 6 12 34 56 78.
contact-error-email = Cette adresse e-mail n'est pas valable. Exemple : nom@exemple.fr.
contact-error-none = Indiquez un numéro de téléphone portable ou une adresse e-mail, pour être prévenu de tout changement.
contact-error-phone-country = Nous envoyons des SMS uniquement aux numéros de France (métropole et outre-mer). Donnez un numéro français ou une adresse e-mail.

## Messages

messages-title = Messages envoyés
messages-intro = Les SMS et e-mails envoyés aux usagers, du plus récent au plus ancien, avec les échecs et leur cause. En démonstration, rien ne part : les messages sont gardés ici.
messages-empty = Aucun message pour l'instant.
messages-table-caption = Derniers messages
messages-col-when = Date
messages-col-to = Destinataire
messages-col-text = Message
messages-col-status = État
channel-sms = SMS
channel-email = E-mail
notification-status-pending = En attente
messages-planned = Envoi prévu le { $when }
notification-status-sending = En cours d'envoi
notification-status-sent = Envoyé
notification-status-failed = Échec
messages-attempts =
    { $count ->
        [one] { $count } essai
       *[other] { $count } essais
    }

## Alerts in the staff frame, on every page
alerts-label = Alertes
alert-my-requests-late = { $count ->
    [one] 1 de vos demandes a dépassé son délai de réponse
   *[other] { $count } de vos demandes ont dépassé leur délai de réponse
}
alert-my-requests-due-soon = { $count ->
    [one] 1 de vos demandes arrive à échéance dans 2 jours ouvrés
   *[other] { $count } de vos demandes arrivent à échéance dans 2 jours ouvrés
}
alert-service-requests-late = { $count ->
    [one] 1 demande de vos services est en retard
   *[other] { $count } demandes de vos services sont en retard
}
