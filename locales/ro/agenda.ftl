# Counsellors' agenda.

agenda-show = Afișați
agenda-agent = Agent
agenda-all-agents = Toți agenții
agenda-day = Zi
agenda-navigation = Navigare în agendă
agenda-previous-day = Ziua anterioară
agenda-next-day = Ziua următoare
agenda-day-view = Vedere pe zi
agenda-week-view = Vedere pe săptămână
agenda-week-of = Săptămâna din { $date }
agenda-count = { $count -> 
    [0] nicio programare
    [one] o programare
   *[other] { $count } programări
}
agenda-empty = Nicio programare.
agenda-time = Ora
agenda-resident = Persoana
agenda-needs = Nevoi
agenda-status = Stare
agenda-actions = Acțiuni
agenda-interpreter = Interpret: { $language }
agenda-speaks = Vorbește: { $language }
agenda-check-in = A sosit
agenda-no-show = Absent
agenda-cancel = Anulați…
agenda-cancel-reason = Motivul anulării
agenda-cancel-confirm = Anulați programarea
agenda-reason-resident-request = La cererea persoanei
agenda-reason-agent-unavailable = Agent indisponibil
agenda-reason-closure = Loc închis
agenda-reason-other = Alt motiv
agenda-error-reason = Alegeți un motiv de anulare din listă.
agenda-book = Programare pentru o persoană
agenda-booked = Programarea { $reference } a fost înregistrată; persoana a fost anunțată.
agenda-choose = Alegeți…
agenda-see-times = Vedeți orele
agenda-back = Înapoi la agendă
