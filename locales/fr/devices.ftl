# Appareils : postes de travail, bornes d'accueil et écrans de salle d'attente ; leur enregistrement.

devices-title = Postes, bornes et écrans
devices-intro = Seuls les postes enregistrés permettent aux agents de se connecter avec leur code personnel ; seules les bornes enregistrées d'un lieu y délivrent des tickets, et seuls ses écrans enregistrés y affichent les appels.
devices-code-intro = Code d'enregistrement du nouvel appareil :
devices-code-help = Saisissez-le dans les 24 heures sur l'appareil lui-même : à l'adresse /agent/poste pour un poste, sur la page de la borne (/borne/…) ou de l'écran (/ecran/…) du lieu pour une borne ou un écran. Il ne sera plus affiché.
devices-name-label = Nom du nouveau poste
devices-name-error = Donnez un nom au poste (100 caractères au plus).
devices-create = Créer le poste
devices-table-caption = Appareils enregistrés
devices-col-name = Nom
devices-col-kind = Type
devices-col-site = Lieu
devices-col-status = État
devices-col-last-seen = Dernière utilisation
devices-col-actions = Actions
devices-status-pending = En attente d'enregistrement
devices-status-enrolled = Enregistré
devices-status-revoked = Retiré
devices-revoke = Retirer { $name }

devices-new-workstation = Nouveau poste de travail
devices-new-site-device = Nouvelle borne ou nouvel écran
devices-site-device-help = Une borne d'accueil délivre les tickets d'un lieu ; un écran de salle d'attente en affiche les appels. Chacun sert un seul lieu.
devices-kind-label = Type d'appareil
devices-site-label = Lieu
devices-site-choose = Choisir un lieu
devices-site-device-name-label = Nom de la borne ou de l'écran
devices-create-site-device = Créer la borne ou l'écran
devices-kind-workstation = Poste de travail
devices-kind-kiosk = Borne d'accueil
devices-kind-screen = Écran de salle d'attente
devices-error-name = Donnez un nom à la borne ou à l'écran (100 caractères au plus).
devices-error-site = Choisissez le lieu de la borne ou de l'écran.
devices-error-kind = Choisissez une borne ou un écran.

devices-enrol-kiosk-title = Enregistrer cette borne
devices-enrol-screen-title = Enregistrer cet écran
devices-enrol-intro = Cet appareil n'est pas encore enregistré pour ce lieu. Saisissez le code d'enregistrement donné par un administrateur (page « Postes, bornes et écrans »). Il ne sert qu'une fois.
devices-enrol-code-label = Code d'enregistrement
devices-enrol-submit = Enregistrer
devices-error-code = Ce code n'est pas valable ici : il est erroné, déjà utilisé, expiré, ou fait pour un autre appareil ou un autre lieu.
devices-error-not-kiosk = Les tickets de la borne ne sont délivrés que par une borne enregistrée de ce lieu. Aucun ticket n'a été pris.
devices-error-priority-from-home = Une priorité se déclare à la borne d'accueil ou auprès d'un conseiller, pas depuis chez soi. Aucun ticket n'a été pris.
devices-priority-at-kiosk = Besoin de passer en priorité (handicap, grossesse, grand âge, jeune enfant) ? Dites-le à la borne d'accueil ou à un conseiller en arrivant.
