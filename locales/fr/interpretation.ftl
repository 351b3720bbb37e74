# Panneau de langue (/agent/interpretation) : textes de l'interface. Les phrases elles-mêmes
# sont dans phrasebook.ftl.

panel-choose-language = Choisissez d'abord la langue de l'usager.
panel-language = Langue de l'usager
panel-find-language = Chercher une langue (en français ou dans la langue)
panel-search = Chercher
panel-no-language = Aucune langue ne correspond.
panel-situations = Situations
panel-search-phrases = Chercher une phrase en français
panel-results = Résultats de la recherche
panel-no-phrase = Aucune phrase ne correspond.
panel-phrase = Phrase choisie
panel-french = Français
panel-show = Montrer à l'usager
panel-values = Compléter la phrase
panel-value-date = Date
panel-value-time = Heure
panel-value-place = Lieu
panel-value-desk = Guichet
panel-value-service = Service
panel-value-amount = Montant en euros
panel-value-amount-hint = Par exemple 25 ou 25,50.
panel-value-motif = Pièces d'une démarche
panel-value-documents = Pièces à apporter
panel-value-documents-hint = Une pièce par ligne, en français, ou choisissez une démarche ci-dessus.
panel-value-count = Nombre
panel-value-days = Nombre de jours
panel-value-gender = Accord de la phrase (genre de l'usager)
panel-gender-unspecified = Non précisé
panel-gender-female = Féminin
panel-gender-male = Masculin
panel-fill = Compléter
panel-error-value = Une valeur n'a pas pu être lue : corrigez le champ signalé. En attendant, la phrase la laisse en blanc.
panel-answers = Réponses de l'usager
panel-resident-said = L'usager a répondu :
panel-back = Retour au panneau

speech-read-aloud = Lire à voix haute
speech-voice = Voix
speech-no-voice = Ce poste n'a pas de voix pour cette langue : montrez plutôt le texte à l'usager.

# Noms des langues dans la langue de l'interface (le nom dans la langue elle-même vient
# du code).
language-fr = français
language-en = anglais
language-ar = arabe
language-fa = persan
language-es = espagnol
language-pt = portugais
language-tr = turc
language-ro = roumain
language-ru = russe
language-uk = ukrainien
language-zh = chinois

# Écran de l'usager appairé au panneau (/interpretation).
pairing-title = Écran de l'usager
pairing-intro = Une tablette ou un second écran tourné vers l'usager affiche les phrases que vous envoyez et vous renvoie ses réponses. Rien de l'échange n'est enregistré.
pairing-start = Associer un écran
pairing-code = Code d'appairage :
pairing-how = Sur l'écran de l'usager, ouvrez l'adresse { $address } de Guichet et tapez ce code.
pairing-joined = Écran de l'usager connecté.
pairing-resident-tapped = L'usager a touché :
pairing-send = Envoyer à l'écran de l'usager
pairing-end = Terminer l'échange
pairing-none = Aucun écran n'est associé (l'échange a pu se terminer) : associez-en un de nouveau.
pairing-screen-page = Écran de l'usager
pairing-ask-intro = Tapez le code affiché sur le panneau de langue du conseiller.
pairing-code-label = Code d'appairage (6 chiffres)
pairing-open = Ouvrir
pairing-unknown-code = Ce code ne correspond à aucun échange en cours. Vérifiez-le sur le panneau du conseiller ; un échange se termine avec la visite.
pairing-code-taken = Ce code est déjà ouvert sur un autre écran. Demandez au conseiller de terminer l'échange et d'afficher un nouveau code.
# Textes de l'écran lui-même, dans la langue de l'usager.
pairing-screen-title = Votre conseiller vous parle ici
pairing-screen-waiting = Bonjour. Votre conseiller va écrire ici, dans votre langue.
pairing-screen-answers = Touchez votre réponse :
pairing-screen-sent = Envoyé au conseiller :
pairing-screen-ended = L'échange est terminé. Merci et au revoir.

# Interprètes (/agent/interpretation/interpretes et le panneau).
interpreters-title = Interprètes
interpreters-back-to-panel = Retour au panneau de langue
interpreters-my-languages = Vos langues : { $languages }.
interpreters-new-request = Nouvelle demande d'interprète en { $language } : { $place }, demandée par { $name }.
interpreters-requests = Demandes d'aujourd'hui
interpreters-no-request = Aucune demande d'interprète en cours aujourd'hui.
interpreters-my-appointments = Mes rendez-vous à interpréter
interpreters-appointments = Rendez-vous avec un besoin d'interprète (14 prochains jours)
interpreters-no-appointment = Aucun rendez-vous à venir ne demande d'interprète.
interpreters-when = Date et heure
interpreters-language = Langue
interpreters-where = Lieu et démarche
interpreters-interpreter = Interprète
interpreters-coming = { $name } arrive.
interpreters-waiting = En attente d'un interprète.
interpreters-nobody-on-duty = Aucun interprète de cette langue n'est de service en ce moment.
interpreters-on-duty = De service : { $names }.
interpreters-asked-by = demandé par { $name } à { $time }
interpreters-accept = J'y vais
interpreters-cancel = Annuler la demande
interpreters-none = Aucun
interpreters-assign = Attribuer
interpreters-panel-title = Interprète
interpreters-ask = Demander un interprète ({ $language })
interpreters-asked-at = Demande envoyée à { $time } : les interprètes de service sont prévenus.
interpreters-error-gone = Cette demande ou ce rendez-vous n'existe plus.
interpreters-error-not-yours = Seul un interprète qui parle cette langue peut prendre cette demande.
interpreters-error-taken = Un autre interprète a déjà pris cette demande.
interpreters-error-not-allowed = Les interprètes ne s'attribuent pas les rendez-vous : un conseiller ou un responsable le fait.
interpreters-error-language = Cet interprète ne parle pas la langue demandée pour ce rendez-vous.
interpreters-error-busy = Cet interprète a déjà un rendez-vous à ce moment-là.

# Phrases locales (/agent/interpretation/phrases).
local-phrases-title = Phrases de la commune
local-phrases-intro = Les phrases ajoutées par la commune rejoignent le panneau de langue, dans leur situation, dès qu'un agent qui parle la langue a vérifié leur traduction.
local-phrases-none = Aucune phrase ajoutée pour l'instant.
local-phrases-no-translation = Aucune traduction pour l'instant.
local-phrases-verified-by = Vérifiée par { $name }
local-phrases-not-verified = Non vérifiée
local-phrases-verify = Approuver la traduction ({ $language })
local-phrases-retire = Retirer la phrase
local-phrases-add = Ajouter une phrase
local-phrases-french = Phrase en français
local-phrases-translations = Traductions
local-phrases-translations-hint = Laissez vide une langue que personne n'a encore traduite. Chaque traduction reste « non vérifiée » jusqu'à ce qu'un agent qui parle la langue l'approuve.
local-phrases-save = Enregistrer la phrase
local-phrases-saved = Phrase enregistrée. Ses traductions attendent d'être vérifiées.
local-phrases-verified = Traduction approuvée : elle apparaît maintenant dans le panneau.
local-phrases-link = Phrases de la commune
local-phrases-error-french = Écrivez la phrase en français.
local-phrases-error-long = Une phrase ou une traduction est trop longue (300 caractères au plus).
local-phrases-error-situation = Choisissez une situation de la liste.
local-phrases-error-not-speaker = Seul un agent qui parle cette langue peut approuver sa traduction.
local-phrases-error-gone = Cette traduction n'existe plus.
panel-procedure-sheets = Fiches démarches
panel-procedure-sheets-in = Fiches démarches en { $language }
