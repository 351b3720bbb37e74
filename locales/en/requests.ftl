# Requests: the contact log, requests and their deadlines, the public form
# /demande and the /suivi follow-up page.

## Staff: the list
requests-title = Requests
requests-list = Requests to handle
requests-none = No request matches these filters.
requests-total = { $count ->
    [one] One request
   *[other] { $count } requests
}
requests-count-late = { $count ->
    [0] None late
    [one] 1 late
   *[other] { $count } late
}
requests-count-due-soon = { $count ->
    [0] None due soon
    [one] 1 due within 2 working days
   *[other] { $count } due within 2 working days
}
requests-reference = Reference
requests-subject = Subject
requests-channel = Channel
requests-service = Service
requests-site = Place
requests-status = Status
requests-due = Due date
requests-kind = Type of request
requests-owner = Assigned to
requests-received = Received on
requests-name = Full name
requests-phone = Phone
requests-email = E-mail address
requests-language = Language
requests-message = Message
requests-note = Note (optional)
requests-all = All
requests-open = Open (received, being handled, waiting)
requests-no-service = No specific service
requests-filter = Filter
requests-pages = List pages
requests-page = Page { $page } of { $pages }
requests-previous = Previous page
requests-next = Next page
requests-mine-title = Your requests to watch
requests-mine = Only mine
requests-standing-on-time = On time
requests-standing-due-soon = Due soon
requests-standing-late = Late
requests-standing-stopped = Deadline paused

## Staff: the contact log
requests-log-title = Log a contact
requests-log-hint = A call or visit settled on the spot: choose the channel and the service, then “Answered”. If follow-up is needed, open a request.
requests-log-answered = Answered on the spot
requests-log-follow-up = Follow-up needed: open a request
requests-log-follow-up-hint = The subject, and at least a phone number or an e-mail address to reply to.
requests-log-open = Open the request
requests-contact-logged = Contact logged.

## Staff: one request
requests-one-title = Request
requests-back = Back to requests
requests-saved = Saved.
requests-opened = Request opened: give the reference and the tracking code to the resident.
requests-check-code = Tracking code
requests-resident-view = See what the resident sees
requests-history = History
requests-actions = Actions
requests-text-reply = Reply to the resident (shown on the follow-up page)
requests-text-ask = What the resident is asked for (shown on the follow-up page)
requests-text-note = Internal note (never shown to the resident)
requests-text-comment = Comment (optional)
requests-action-note = Add an internal note
requests-action-take = Take it on
requests-action-ask-resident = Ask the resident for a document or more details
requests-action-resident-answered = The resident has replied
requests-action-reply = Send the reply
requests-action-close = Close the request
requests-action-reopen = Reopen the request
requests-action-transfer = Pass on to another service
requests-action-change-kind = Change the type (the deadline is recalculated)
requests-event-created = Request received
requests-event-assigned = Taken on
requests-event-status = Status changed
requests-event-reply = Reply sent
requests-event-note = Internal note
requests-event-transfer = Passed on to another service
requests-event-kind = Type changed

## Refusals
requests-error-subject = Enter the subject of the request.
requests-error-text = Write the text: it is needed for this action.
requests-error-too-long = The text is too long.
requests-error-channel = Choose the channel of the contact.
requests-error-outcome = Say whether the contact is settled or needs follow-up.
requests-error-service = Choose a service that exists.
requests-error-same-service = The request is already with this service.
requests-error-kind = Choose a type of request.
requests-error-same-kind = The request is already of this type.
requests-error-action = This action does not exist.
requests-error-not-now = The request's status no longer allows this action: the page has been updated.
requests-error-no-calendar = No place has opening hours: the reply deadline cannot be calculated.

## Residents: the /demande form
request-form-title = Write to the town hall
request-form-intro = Ask your question or make your request. You get a reference and a code straight away to follow the reply, without creating an account.
request-form-service = Service concerned
request-form-service-unknown = I don't know
request-form-message-hint = You can write in your own language.
request-form-you = So that we can reply
request-form-you-hint = Your name, and at least an e-mail address or a phone number.
request-form-privacy = This information is used only to handle your request.
request-form-send = Send my request

## Residents: the /suivi follow-up page
follow-title = Follow a request
follow-intro = Type the reference and the tracking code you were given when your request was registered (on the acknowledgement or in our messages).
follow-reference = Reference
follow-reference-hint = For example D-2026-00042
follow-code = Tracking code
follow-look = See my request
follow-write = Make a new request
follow-no-match = No request matches this reference and this code. Check them and try again.
follow-blocked = Too many tries with a wrong code for this reference. Try again in { $minutes } minutes, or call us.
follow-registered = Your request is registered.
follow-keep = Keep the reference and the code: they let you follow your request on this page.
follow-received = Received on
follow-due = Reply expected by
follow-service = Service in charge
follow-asked = What we are asking you for
follow-reply = Our reply
follow-words-received = We have received your request. A member of staff will take it on.
follow-words-in-progress = A member of staff is handling your request.
follow-words-waiting = We are waiting for a document or more details from you. The time for our reply starts again when you answer us.
follow-words-answered = We have replied to your request.
follow-words-closed = Your request is closed.

## Staff: residents
residents-intro = Type a name, a phone number or an e-mail address: each person found is shown with their appointments and their requests. Every search is logged.
residents-search = Name, phone or e-mail
residents-search-hint = At least two letters, or a full number.
residents-look = Search
residents-too-short = Type at least two letters of a name, a full phone number or an e-mail address.
residents-none = No one matches this search.
residents-needs = Reported needs
residents-appointments = Appointments
residents-requests = Requests
residents-merge-with = Same person as
residents-merge-hint = When two records name the same person (a letter signed with a name, an e-mail from another address), merge them: their appointments and requests show together. This can be undone.
residents-merge = Merge
residents-merged = The two records are merged.
residents-separated = The records are separate again.
residents-merge-refused = These two records cannot be merged: choose another person in the list.
residents-links = Merged records
residents-merged-by = { $first } and { $second }: merged by { $agent } on { $date }.
residents-separate = Separate
residents-campaigns = "Reaching out" call campaigns
residents-calls = Calls from the town hall
residents-call-reached = reached
residents-call-no-answer = no answer
residents-call-unreachable = unreachable after 3 calls
residents-call-wrong-number = wrong number
residents-call-declined = does not want to be called

## Acknowledgement of receipt (CRPA L112-3, R112-4, R112-5, L231-4; CJA R421-2)
ack-title = Acknowledgement of receipt
ack-title-document = Registration of your request
ack-received = On { $date } we received your request “{ $subject }”, registered under the reference { $reference }.
ack-commitment = We undertake to reply to you by { $date } at the latest.
ack-implicit-rejection = If you have received no reply by { $date }, your request will be considered rejected: when the administration stays silent for two months, this counts as an implicit rejection decision (article L231-4 of the Code of relations between the public and the administration (code des relations entre le public et l'administration)).
ack-appeal = You can challenge this decision within the two months following { $date }: either by asking the mayor to reconsider it, or by an appeal to the competent administrative court (article R421-2 of the Code of administrative justice (code de justice administrative)), which can also be made online at www.telerecours.fr.
ack-document = Your request is for the issue of a document: when we only have to check that the conditions are met, it does not call for an acknowledgement of receipt within the meaning of article L112-3 of the Code of relations between the public and the administration (code des relations entre le public et l'administration) (article R112-4). We will give you the document as soon as it is ready.
ack-service = Service in charge of your request: { $service }, { $address }.
ack-service-phone = Phone: { $phone }.
ack-service-email = E-mail: { $email }.
ack-follow = Follow your request at { $url } (reference { $reference }, tracking code { $code }).
ack-sources = Legal texts: articles L112-3, R112-4, R112-5 and L231-4 of the Code of relations between the public and the administration (code des relations entre le public et l'administration); article R421-2 of the Code of administrative justice (code de justice administrative).
ack-translation-note = Translation for information: only the French text is authoritative.
ack-email-subject = Acknowledgement of receipt of your request { $reference }
ack-print = Print
ack-in-french = Text in French
ack-open = Acknowledgement of receipt to print
requests-postal-address = Postal address (optional)
requests-postal-address-hint = For a letter in a window envelope: one line for each line of the address.
requests-error-address = The postal address is too long (six lines at most).
follow-answer = Your answer
follow-answer-hint = What we asked you for: write it here, in your own language if you like.
follow-answer-send = Send my answer
follow-answer-sent = Your answer has been sent: the time to reply starts again.
requests-event-resident = The resident's answer

## Replies and questions to the resident: by e-mail, SMS or letter
requests-means = How the resident receives it
requests-means-follow-page = On the follow-up page only
requests-means-email = By e-mail
requests-means-sms = By SMS (a link to the follow-up page)
requests-means-letter = By printed letter
requests-error-means = Choose how the resident receives this message.
requests-error-means-email = This request has no e-mail address: choose another way.
requests-error-means-sms = This request has no mobile number: choose another way.
requests-error-means-letter = This request has no postal address: choose another way.
requests-print-letter = Letter to print
reply-email-subject = Reply to your request “{ $subject }”
question-email-subject = More details needed for your request “{ $subject }”
reply-opening = Here is the reply to your request “{ $subject }” (reference { $reference }).
question-opening = To handle your request “{ $subject }” (reference { $reference }), we need more details or a document from you:
question-how-to-answer = The time for our reply is on hold until we receive your answer.
question-email-reply = You can reply directly to this e-mail, keeping the reference in the subject line, and attach the documents we asked for.
reply-follow = Follow your request at { $url } (reference { $reference }, tracking code { $code }).
reply-sms = Town hall: your request { $reference } has been answered. Read the reply at { $url }
question-sms = Town hall: your request { $reference } needs more details from you. See { $url }
reply-letter-title = Reply to your request
question-letter-title = Request for more details

## Attachments and letters received
requests-event-file = Document added
requests-files = Documents
requests-files-none = No documents.
requests-file-size = { $kilobytes } KB
requests-file-add = Add a scanned document
requests-file-send = Add the document
requests-file-added = The document has been added to the request.
requests-error-scan-missing = Choose the scanned file of the letter.
requests-error-scan-too-large = The file is larger than 10 MB: scan in black and white or at 200 dpi, or split it into several files.
requests-error-scan-type = This file is neither a PDF nor a JPEG or PNG image.
requests-error-received-date = The date of receipt must be within the past year, and not in the future.
requests-error-letter-address = Enter the sender's postal address, or a phone number or an e-mail address.
letter-title = Register a letter
letter-hint = A letter received becomes a request: its deadline runs from the date of receipt, and the acknowledgement of receipt is ready to print.
letter-received = Received on
letter-sender = Sender (full name)
letter-address-hint = The sender's address, one line for each line of the address: the acknowledgement of receipt is sent to them in a window envelope.
letter-summary = Summary of the letter (optional)
letter-scan = Scanned letter
letter-scan-hint = PDF, JPEG or PNG, { $megabytes } MB at most.
letter-register = Register the letter

## Duplicates
requests-action-merge = Merge with another request from the same resident
requests-event-merged = Requests merged
requests-merge-target = Reference of the request to keep
requests-merge-hint = For example D-2026-00042: this request is closed, its documents and its message go to the other one, and its follow-up page shows the other one.
requests-error-merge-target = No request has this reference.
requests-error-merge-same = A request cannot be merged with itself.
requests-error-merge-closed = The request to keep must be open, and not itself merged into another.
requests-error-merge-other-resident = The two requests have neither the same e-mail address nor the same phone number: only requests from the same resident can be merged.
follow-merged = Your request { $from } has been merged with your request { $reference }: here is where it stands.

## Reply templates
reply-templates-title = Reply templates
reply-templates-hint = One template per type of request (or for all types) and per language: on a request's page, it fills in the reply or the question, which the member of staff adapts before sending it.
reply-templates-new = New template
reply-templates-list = The town's templates
reply-templates-none = No templates yet.
reply-templates-name = Template title
reply-templates-text = Text
reply-templates-kind-any = All types
reply-templates-save = Save the template
reply-templates-delete = Delete the template
reply-templates-saved = Templates saved.
reply-templates-use = Start from a template
reply-templates-fill = Fill in with this template
requests-error-template-title = Give the template a title of 200 characters at most.
requests-error-template-language = Choose the template's language.
requests-procedure-sheets = Procedure sheets of this kind
residents-rights = Rights over their data (GDPR)
residents-export = Download all their data (JSON file)
residents-erase-confirm = The person asked for their data to be erased. Their upcoming appointments will be cancelled, their waiting lists ended, and their requests will keep no contact details to answer them. This cannot be undone.
residents-erase = Erase their data
residents-erase-unconfirmed = Tick the confirmation box to erase this person's data.
residents-erase-nobody = This search no longer finds this person: nothing was erased or exported.
residents-erased = { $count ->
    [one] Data erased: one record anonymised.
   *[other] Data erased: { $count } records anonymised.
}
