# Language panel (/agent/interpretation): interface texts. The sentences themselves
# are in phrasebook.ftl.

panel-choose-language = First choose the resident's language.
panel-language = Resident's language
panel-find-language = Search for a language (in English or in that language)
panel-search = Search
panel-no-language = No language matches.
panel-situations = Situations
panel-search-phrases = Search for a sentence in French
panel-results = Search results
panel-no-phrase = No sentence matches.
panel-phrase = Chosen sentence
panel-french = French
panel-show = Show to the resident
panel-values = Complete the sentence
panel-value-date = Date
panel-value-time = Time
panel-value-place = Place
panel-value-desk = Desk
panel-value-service = Service
panel-value-amount = Amount in euros
panel-value-amount-hint = For example 25 or 25.50.
panel-value-motif = Documents for a procedure
panel-value-documents = Documents to bring
panel-value-documents-hint = One document per line, in French, or choose a procedure above.
panel-value-count = Number
panel-value-days = Number of days
panel-value-gender = Sentence agreement (resident's gender)
panel-gender-unspecified = Not specified
panel-gender-female = Feminine
panel-gender-male = Masculine
panel-fill = Complete
panel-error-value = A value could not be read: correct the flagged field. Until then, the sentence leaves it blank.
panel-answers = Resident's answers
panel-resident-said = The resident answered:
panel-back = Back to the panel

speech-read-aloud = Read aloud
speech-voice = Voice
speech-no-voice = This workstation has no voice for this language: show the text to the resident instead.

# Language names in the interface language (the name in the language itself comes
# from the code).
language-fr = French
language-en = English
language-ar = Arabic
language-fa = Persian
language-es = Spanish
language-pt = Portuguese
language-tr = Turkish
language-ro = Romanian
language-ru = Russian
language-uk = Ukrainian
language-zh = Chinese

# Resident's screen paired with the panel (/interpretation).
pairing-title = Resident's screen
pairing-intro = A tablet or a second screen facing the resident shows the sentences you send and sends their answers back to you. Nothing from the exchange is recorded.
pairing-start = Pair a screen
pairing-code = Pairing code:
pairing-how = On the resident's screen, open the Guichet address { $address } and type this code.
pairing-joined = Resident's screen connected.
pairing-resident-tapped = The resident tapped:
pairing-send = Send to the resident's screen
pairing-end = End the exchange
pairing-none = No screen is paired (the exchange may have ended): pair one again.
pairing-screen-page = Resident's screen
pairing-ask-intro = Type the code shown on the counsellor's language panel.
pairing-code-label = Pairing code (6 digits)
pairing-open = Open
pairing-unknown-code = This code does not match any exchange in progress. Check it on the counsellor's panel; an exchange ends with the visit.
pairing-code-taken = This code is already open on another screen. Ask the counsellor to end the exchange and show a new code.
# Texts of the screen itself, in the resident's language.
pairing-screen-title = Your counsellor talks to you here
pairing-screen-waiting = Hello. Your counsellor will write here, in your language.
pairing-screen-answers = Tap your answer:
pairing-screen-sent = Sent to the counsellor:
pairing-screen-ended = The conversation is over. Thank you and goodbye.

# Interpreters (/agent/interpretation/interpretes and the panel).
interpreters-title = Interpreters
interpreters-back-to-panel = Back to the language panel
interpreters-my-languages = Your languages: { $languages }.
interpreters-new-request = New { $language } interpreter request: { $place }, requested by { $name }.
interpreters-requests = Today's requests
interpreters-no-request = No interpreter request in progress today.
interpreters-my-appointments = My appointments to interpret
interpreters-appointments = Appointments needing an interpreter (next 14 days)
interpreters-no-appointment = No upcoming appointment needs an interpreter.
interpreters-when = Date and time
interpreters-language = Language
interpreters-where = Place and procedure
interpreters-interpreter = Interpreter
interpreters-coming = { $name } is on the way.
interpreters-waiting = Waiting for an interpreter.
interpreters-nobody-on-duty = No interpreter for this language is on duty right now.
interpreters-on-duty = On duty: { $names }.
interpreters-asked-by = requested by { $name } at { $time }
interpreters-accept = I'm on my way
interpreters-cancel = Cancel the request
interpreters-none = None
interpreters-assign = Assign
interpreters-panel-title = Interpreter
interpreters-ask = Request an interpreter ({ $language })
interpreters-asked-at = Request sent at { $time }: the interpreters on duty have been notified.
interpreters-error-gone = This request or appointment no longer exists.
interpreters-error-not-yours = Only an interpreter who speaks this language can take this request.
interpreters-error-taken = Another interpreter has already taken this request.
interpreters-error-not-allowed = Interpreters do not assign appointments to themselves: a counsellor or a manager does it.
interpreters-error-language = This interpreter does not speak the language requested for this appointment.
interpreters-error-busy = This interpreter already has an appointment at that time.

# Town hall sentences (/agent/interpretation/phrases).
local-phrases-title = Town hall sentences
local-phrases-intro = Sentences added by the town hall join the language panel, in their situation, as soon as a staff member who speaks the language has verified their translation.
local-phrases-none = No sentences added yet.
local-phrases-no-translation = No translation yet.
local-phrases-verified-by = Verified by { $name }
local-phrases-not-verified = Not verified
local-phrases-verify = Approve the translation ({ $language })
local-phrases-retire = Remove the sentence
local-phrases-add = Add a sentence
local-phrases-french = Sentence in French
local-phrases-translations = Translations
local-phrases-translations-hint = Leave blank any language nobody has translated yet. Each translation stays “not verified” until a staff member who speaks the language approves it.
local-phrases-save = Save the sentence
local-phrases-saved = Sentence saved. Its translations are waiting to be verified.
local-phrases-verified = Translation approved: it now appears in the panel.
local-phrases-link = Town hall sentences
local-phrases-error-french = Write the sentence in French.
local-phrases-error-long = A sentence or a translation is too long (300 characters at most).
local-phrases-error-situation = Choose a situation from the list.
local-phrases-error-not-speaker = Only a staff member who speaks this language can approve its translation.
local-phrases-error-gone = This translation no longer exists.
panel-procedure-sheets = Procedure sheets
panel-procedure-sheets-in = Procedure sheets in { $language }
