# Counsellors' agenda.

agenda-show = Show
agenda-agent = Agent
agenda-all-agents = All agents
agenda-day = Day
agenda-navigation = Agenda navigation
agenda-previous-day = Previous day
agenda-next-day = Next day
agenda-day-view = Day view
agenda-week-view = Week view
agenda-week-of = Week of { $date }
agenda-count = { $count -> 
    [0] no appointments
    [one] one appointment
   *[other] { $count } appointments
}
agenda-empty = No appointments.
agenda-time = Time
agenda-resident = Resident
agenda-needs = Needs
agenda-status = Status
agenda-actions = Actions
agenda-interpreter = Interpreter: { $language }
agenda-speaks = Speaks: { $language }
agenda-check-in = Arrived
agenda-no-show = No-show
agenda-cancel = Cancel…
agenda-cancel-reason = Reason for cancelling
agenda-cancel-confirm = Cancel the appointment
agenda-reason-resident-request = Resident's request
agenda-reason-agent-unavailable = Agent unavailable
agenda-reason-closure = Site closed
agenda-reason-other = Other reason
agenda-error-reason = Choose a reason for cancelling from the list.
agenda-book = Book for a resident
agenda-booked = Appointment { $reference } booked; the resident has been told.
agenda-choose = Choose…
agenda-see-times = See the times
agenda-back = Back to the agenda
