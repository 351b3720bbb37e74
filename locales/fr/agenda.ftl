# Agenda des conseillers.

agenda-show = Afficher
agenda-agent = Agent
agenda-all-agents = Tous les agents
agenda-day = Jour
agenda-navigation = Naviguer dans l'agenda
agenda-previous-day = Jour précédent
agenda-next-day = Jour suivant
agenda-day-view = Vue du jour
agenda-week-view = Vue de la semaine
agenda-week-of = Semaine du { $date }
agenda-count = { $count -> 
    [0] aucun rendez-vous
    [one] un rendez-vous
   *[other] { $count } rendez-vous
}
agenda-empty = Aucun rendez-vous.
agenda-time = Heure
agenda-resident = Usager
agenda-needs = Besoins
agenda-status = État
agenda-actions = Actions
agenda-interpreter = Interprète : { $language }
agenda-speaks = Parle : { $language }
agenda-check-in = Arrivé
agenda-no-show = Absent
agenda-cancel = Annuler…
agenda-cancel-reason = Motif de l'annulation
agenda-cancel-confirm = Annuler le rendez-vous
agenda-reason-resident-request = À la demande de l'usager
agenda-reason-agent-unavailable = Agent indisponible
agenda-reason-closure = Fermeture du lieu
agenda-reason-other = Autre raison
agenda-error-reason = Choisissez un motif d'annulation dans la liste.
agenda-book = Prendre un rendez-vous pour un usager
agenda-booked = Rendez-vous { $reference } enregistré ; l'usager est prévenu.
agenda-choose = Choisir…
agenda-see-times = Voir les horaires
agenda-back = Retour à l'agenda
