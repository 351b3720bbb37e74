## "Aller vers" campaigns: lists of residents to call (/agent/usagers/campagnes)
campaigns-title = Call campaigns
campaigns-intro = Reaching out to residents: a list of people to call for one reason (heatwave, school enrolment, a reminder of a procedure). Each counsellor takes the next person; nobody is called twice at the same time, and each call is recorded as a contact.
campaigns-back-residents = Back to residents
campaigns-back = All campaigns
campaigns-back-campaign = Back to the campaign
campaigns-list = Campaigns
campaigns-none = No campaign yet.
campaigns-name = Title
campaigns-service = Service
campaigns-no-service = All services
campaigns-created = Created on
campaigns-progress = Progress
campaigns-left = { $left } to call out of { $people }
campaigns-left-short = { $left ->
    [0] nobody left to call
    [one] 1 more person to call
   *[other] { $left } more people to call
}
campaigns-closed = Closed
campaigns-new = New campaign
campaigns-purpose = What to say
campaigns-purpose-hint = Read by the counsellor on every call: why we call, what to ask, which numbers to give.
campaigns-source = People to call
campaigns-source-list = A list (CSV file or cells copied from a spreadsheet)
campaigns-source-filter = Residents with no contact for some time
campaigns-list-field = List to paste
campaigns-list-hint = One person per line: name, phone, then if you wish the language (fr, ar, en…) and a remark. Separated by semicolons, commas or tabs; a line of column titles is accepted. 5,000 people at most.
campaigns-filter-months = No appointment and no request for
campaigns-months = { $months } months
campaigns-create = Create the campaign
campaigns-created-ok = The campaign is created: you can start calling.
campaigns-closed-ok = The campaign is closed.
campaigns-closed-hint = This campaign is closed: nobody is called any more.
campaigns-finished = Everyone has been called.
campaigns-called = The call is recorded.
campaigns-resume = Resume my current call
campaigns-nobody-left = Nobody left to call in this campaign.
campaigns-next = Call the next person
campaigns-people = People on the list
campaigns-person = Person
campaigns-phone = Phone
campaigns-status = Where it stands
campaigns-attempts = Calls
campaigns-last-call = Last call
campaigns-note = Note
campaigns-close = Close the campaign
campaigns-close-hint = Closing the campaign stops the calls; the list and its results stay available.
campaigns-call-title = Call
campaigns-no-call = You have no call in progress in this campaign.
campaigns-language = Language
campaigns-detail = Remark
campaigns-last-note = Note of the last call
campaigns-attempts-before = { $count ->
    [0] first call
    [one] already called once
   *[other] already called { $count } times
}
campaigns-outcome = How did the call go?
campaigns-outcome-reached = Reached
campaigns-outcome-no-answer = No answer
campaigns-outcome-wrong-number = Wrong number
campaigns-outcome-declined = Does not want to be called
campaigns-save-next = Record and call the next one
campaigns-save = Record and go back to the campaign
campaigns-status-to-call = To call
campaigns-status-reached = Reached
campaigns-status-unreachable = Unreachable after 3 calls
campaigns-status-wrong-number = Wrong number
campaigns-status-declined = Declined
campaigns-error-title = Give the campaign a title (120 characters at most).
campaigns-error-purpose = Write what to say to the people called (2,000 characters at most).
campaigns-error-service = This service does not exist: choose one from the list.
campaigns-error-source = Choose where the people to call come from: a list or residents with no contact.
campaigns-error-empty = The list has nobody in it: one person per line, their name then their phone.
campaigns-error-too-many = The list is too long: 5,000 people at most per campaign.
campaigns-error-lines = Nothing is saved: these lines have no name or no usable phone number: { $lines }. Fix them, then paste the list again.
campaigns-error-filter = Choose a period from the list.
campaigns-error-nobody = No resident matches: nobody with a phone has gone without contact that long.
campaigns-error-closed = This campaign is closed: nobody is called any more.
campaigns-error-busy = Many counsellors are calling at once: try again.
campaigns-error-not-yours = This call is no longer yours (already recorded, or taken by a colleague): call the next person.
campaigns-error-outcome = Say how the call went.
campaigns-error-note = The note is too long (1,000 characters at most).
