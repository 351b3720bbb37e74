# Les valeurs typées des demandes (statuts, canaux, types) : gardées dans la copie des
# textes du navigateur, à part de requests.ftl que seules des pages rendues par le serveur utilisent.

## Valeurs typées
request-status-received = Reçue
request-status-in-progress = En cours de traitement
request-status-waiting-resident = En attente de votre part
request-status-answered = Réponse envoyée
request-status-closed = Close
request-channel-desk = Accueil
request-channel-phone = Téléphone
request-channel-email = Courriel
request-channel-letter = Courrier
request-channel-web = Formulaire en ligne
request-channel-outbound-call = Appel sortant
request-kind-information = Demande d'information
request-kind-certificate = Demande d'acte ou d'attestation
request-kind-notary = Question de notaire
request-kind-complaint = Réclamation
request-kind-other = Autre demande
