# Guichet — interface texts in English.

## Common

app-name = Guichet — Town hall
skip-to-content = Skip to content
footer-text = Town hall — one reception for every service, in your language.
footer-staff-link = Staff area
footer-results-link = Our quality of service results
language-picker-label = Language
back-home = Back to home
back-to-login = Go to sign-in

## Error pages

not-found-title = Page not found
not-found-body = The address you asked for does not exist or no longer exists. Check the link, or start again from the home page.
error-not-signed-in = Sign in to open this page.
error-forbidden = Your role does not allow you to open this page.
error-device-not-enrolled = This workstation is not registered.
error-not-found = This item does not exist or no longer exists.
error-internal = Something went wrong on our side. Please try again in a moment.
error-bad-request = This request contains characters that cannot be read. Go back and check what you typed.
error-too-many-title = Too many requests
error-too-many = To protect the service, too many requests came from your connection in a short time. Please try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
error-too-many-back = Back to the form
error-too-many-codes = Too many wrong codes from your connection. Please wait a few minutes before trying again.

## Residents' home

home-description = Book an appointment, take a queue ticket, follow a request and see the town hall's opening hours.
home-title = Welcome to the town hall
home-lead = One reception for every service. What would you like to do?
home-actions-label = Main actions
home-action-appointment = Book an appointment
home-action-appointment-hint = Choose a reason, a place and a time
home-action-ticket = Take a ticket
home-action-ticket-hint = Join the queue from home
home-action-follow = Follow a request
home-action-follow-hint = With your reference number
home-action-procedures = Procedures
home-action-procedures-hint = The documents to bring, explained simply
home-action-hours = Opening hours and addresses
home-action-hours-hint = Our reception points today
home-sites-title = Our reception points
home-week-hours = Opening hours this week

hours-open-today = Open today: { $hours }
hours-closed-today = Closed today
hours-holiday-today = Closed today: { $holiday }
hours-closure-today = Exceptionally closed today: { $reason }
hours-closed = Closed

weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday

holiday-new-year = New Year's Day
holiday-easter-monday = Easter Monday
holiday-labour-day = Labour Day
holiday-victory-in-europe = Victory in Europe Day
holiday-ascension = Ascension Day
holiday-whit-monday = Whit Monday
holiday-bastille-day = Bastille Day
holiday-assumption = Assumption Day
holiday-all-saints = All Saints' Day
holiday-armistice = Armistice Day
holiday-christmas = Christmas Day
holiday-good-friday = Good Friday
holiday-st-stephen = St Stephen's Day


## Staff area: shared workstation

login-title = Staff sign-in
login-continue = Continue to my area
login-not-enrolled-title = Workstation not registered
login-not-enrolled-body = Staff sign in only from a workstation registered by an administrator. If you received a registration code, enter it.
enrol-link = Register this workstation
login-choose-title = Who are you?
login-workstation = Workstation: { $name }
login-locked-notice = The workstation was locked after a period of inactivity. Choose your name to continue.
login-hello = Hello, { $name }
login-pin-label = Your personal code
login-pin-hint = 4 to 8 digits.
login-submit = Sign in
login-not-me = This is not me
login-error-pin =
    { $left ->
        [one] Wrong code. { $left } try left before the account is blocked.
       *[other] Wrong code. { $left } tries left before the account is blocked.
    }
login-error-locked = Too many tries: sign-in is blocked until { $until }.
login-error-workstation-locked = Too many wrong PINs on this workstation: it accepts no PIN until { $until }.
login-error-format = The code has 4 to 8 digits.

enrol-title = Register this workstation
enrol-intro = Enter the registration code given by an administrator. It works only once.
enrol-code-label = Registration code
enrol-submit = Register
enrol-error = This code is not valid: it is wrong, already used or expired.

staff-brand = Guichet — staff area
staff-switch = Switch counsellor
staff-nav-label = Staff area
staff-home-title = My area
staff-hello = Hello, { $name }

role-counsellor = Counsellor
role-expert = Expert
role-interpreter = Interpreter
role-supervisor = Quality manager
role-admin = Administrator

section-queue = Queue
section-queue-summary = Call the next visitor, receive them, transfer them and close the visit.
section-appointments = Appointments
section-appointments-summary = Today's and upcoming appointments, checking people in, booking for a resident.
section-requests = Requests
section-requests-summary = Requests received on every channel, with their owner, due date and history.
section-residents = Residents
section-residents-summary = Residents' records, limited to what is needed.
section-procedures = Procedures
section-procedures-summary = Procedure sheets, with internal notes.
section-interpretation = Interpretation
section-interpretation-summary = Checked sentences in the resident's language, read aloud and shown in large type.
section-quality = Quality
section-quality-summary = Quality indicators by site, channel, service and period, and their exports.
section-admin = Administration
section-admin-summary = Sites, desks, services, reasons, opening hours, staff and workstations.

## Appointments: contact details

contact-error-name = Enter your name (120 characters at most).
contact-error-phone = This phone number is not valid. Example: 06 12 34 56 78 or +33 6 12 34 56 78.
contact-error-email = This e-mail address is not valid. Example: name@example.fr.
contact-error-none = Give a mobile phone number or an e-mail address, so that we can tell you of any change.
contact-error-phone-country = We only send text messages to French numbers (mainland and overseas). Please give a French number or an e-mail address.

## Messages

messages-title = Sent messages
messages-intro = Text messages and e-mails sent to residents, newest first, with failures and their cause. In the demo nothing leaves: messages are kept here.
messages-empty = No message yet.
messages-table-caption = Latest messages
messages-col-when = Date
messages-col-to = Recipient
messages-col-text = Message
messages-col-status = Status
channel-sms = SMS
channel-email = E-mail
notification-status-pending = Waiting
messages-planned = Scheduled for { $when }
notification-status-sending = Sending
notification-status-sent = Sent
notification-status-failed = Failed
messages-attempts =
    { $count ->
        [one] { $count } attempt
       *[other] { $count } attempts
    }

## Alerts in the staff frame, on every page
alerts-label = Alerts
alert-my-requests-late = { $count ->
    [one] 1 of your requests is past its reply deadline
   *[other] { $count } of your requests are past their reply deadline
}
alert-my-requests-due-soon = { $count ->
    [one] 1 of your requests is due within 2 working days
   *[other] { $count } of your requests are due within 2 working days
}
alert-service-requests-late = { $count ->
    [one] 1 request of your services is late
   *[other] { $count } requests of your services are late
}
