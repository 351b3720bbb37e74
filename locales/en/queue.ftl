# Queue: entrance kiosk, ticket from home, desk, waiting room screen.

queue-kiosk-title = Welcome kiosk
queue-kiosk-choose-family = Touch the service you came for
queue-kiosk-choose-motif = Touch what you need to do
queue-kiosk-back = Back
queue-kiosk-done = Done
queue-closed-title = Reception is closed
queue-priority-question = Do you need to be seen first?
queue-priority-none = No, give me my ticket
queue-priority-disability = Disability
queue-priority-pregnancy = Pregnancy
queue-priority-elderly = Older person
queue-priority-young-child = With a young child
queue-priority = Priority
queue-wait-now = You will be called very soon
queue-wait-few = Wait: a few minutes
queue-wait-about = Wait: about { $minutes } min
queue-ticket-number = Your number
queue-ahead = { $count ->
    [0] No one ahead of you
    [one] 1 person ahead of you
   *[other] { $count } people ahead of you
}
queue-qr-label = QR code to follow your ticket on your phone
queue-qr-hint = Scan to follow your turn on your phone.
queue-print = Print my ticket

queue-home-intro = Choose the reception point. When it is open, you can take a ticket from home and follow your turn on your phone.
queue-phone-label = Mobile phone (optional)
queue-phone-hint = We will send you a text message when your turn is close. Example: +33 6 12 34 56 78.
queue-take = Take a ticket

queue-ticket-title = My ticket
queue-called-to = It's your turn: please go to { $desk }.
queue-come-now = Your turn is coming: please come to reception.
queue-ticket-done = Your visit is over. Thank you for coming.
queue-ticket-no-show = You were called several times but did not answer. If you need to, take a new ticket at reception.
queue-ticket-cancelled = You cancelled this ticket.
queue-issued-at = Ticket taken on { $time }
queue-sms-to = Text message when your turn is close:
queue-refresh = Refresh
queue-cancel-ticket = I'm not coming any more: free my place

queue-screen-title = Waiting room screen
queue-screen-sound = Turn on sound
queue-screen-sound-on = Sound is on
queue-screen-calls = Calls
queue-screen-no-call = No calls at the moment
queue-screen-waits = Estimated wait
queue-speech = Ticket number { $code }, please go to { $desk }.

queue-desk = Desk
queue-desk-choose = Choose a desk
queue-desk-needed = Choose your desk to call visitors.
queue-queue = Queue
queue-common = Common queue
queue-current = Visitor at the desk
queue-callable = { $count ->
    [0] No one is waiting in this queue.
    [one] 1 visitor is waiting in this queue.
   *[other] { $count } visitors are waiting in this queue.
}
queue-call-next = Call next visitor
queue-language = Language
queue-arrived = Arrived at
queue-appointment-of = Appointment for
queue-transfer-note = Transfer note
queue-status-called = { $count ->
    [one] Called at { $time }
   *[other] Called { $count } times, last at { $time }
}
queue-status-in-service = At the desk
queue-start = Start
queue-recall = Call again
queue-no-show = No-show
queue-no-show-after = { $count ->
    [one] “No-show” is offered after { $count } call.
   *[other] “No-show” is offered after { $count } calls.
}
queue-set-aside = Set aside
queue-resume = Resume
queue-aside = Set aside
queue-close = Close the visit
queue-outcome = Outcome
queue-outcome-handled = Handled at the desk
queue-outcome-follow-up = Follow-up needed
queue-note = Note (optional)
queue-transfer = Transfer
queue-transfer-service = To service
queue-transfer-expert = For the attention of
queue-transfer-anyone = Any staff member of the service
queue-choose = Choose…
queue-waiting-count = { $count ->
    [0] No one waiting
    [one] 1 visitor waiting
   *[other] { $count } visitors waiting
}
queue-nobody = No one is waiting.
queue-ticket = Ticket
queue-waited = Wait
queue-minutes = { $count } min
queue-appointment-at = Appointment at { $time }
queue-for-agent = For { $name }
queue-desk-issue = Issue a ticket
queue-desk-issued = Ticket { $code } issued.

queue-admin-title = Queue settings
queue-admin-intro = A priority counts as arriving a few minutes earlier: an ordinary ticket that has waited longer than the largest head start is never overtaken.
queue-admin-from-home = Residents can take a ticket from home
queue-admin-head-start = Head start of each priority, in minutes (0 to { $max })
queue-admin-max-calls = Calls before a visitor can be marked as a no-show (1 to 9)
admin-error-queue-weight = Each head start must be a whole number of minutes, from 0 to 60.
admin-error-queue-calls = The number of calls must be a whole number, from 1 to 9.

queue-error-closed = This reception point is closed right now: no tickets can be taken.
queue-error-too-many-tickets = Too many tickets were taken from your connection. Please try again in a quarter of an hour, or take a ticket at the kiosk in the entrance hall.
contact-error-phone-has-tickets = This number already has tickets waiting. Follow them with the link you received, or give one up before taking another.
queue-error-no-home-tickets = This place does not offer tickets from home. Come in person or book an appointment.
queue-error-motif = Choose what you need from the list.
queue-error-busy = You already have a visitor: finish or transfer this visit first.
queue-error-stale = This ticket changed in the meantime: the page is now up to date.
queue-error-too-few-calls = Call the visitor again before marking them as a no-show.
queue-error-empty = No one is waiting in this queue.
queue-error-service = Choose the service to transfer to.
queue-error-outcome = Choose the outcome of the visit.
queue-error-note-too-long = The note is too long: 500 characters at most.
queue-error-not-expert = This staff member does not handle requests for this service.
queue-procedure-sheet = Procedure sheet
queue-survey-receipt = After your visit, give your opinion with this same code.
queue-survey-link = Give my opinion
queue-survey-question = Did your visit go well?
queue-survey-unhappy = Not satisfied
queue-survey-neutral = So-so
queue-survey-happy = Satisfied
queue-survey-thanks = Thank you for your opinion!
queue-error-survey = Your opinion could not be saved. Please try again.
