# Procedure sheets: the residents' pages (/demarches) and the staff pages (/agent/demarches).

procedures-title = Procedures
procedures-intro = What you need to know and bring for each procedure, in easy-to-read French and in your language.
procedures-search-label = Search for a procedure
procedures-search = Search
procedures-results = { $count ->
    [0] No sheet for “{ $query }”
    [one] One sheet for “{ $query }”
   *[other] { $count } sheets for “{ $query }”
}
procedures-no-result = Try another word, or ask at reception: we will answer you in your language.
procedures-back = All procedures
procedures-back-to-sheet = Back to the sheet
procedures-to-falc = Easy-to-read version
procedures-to-standard = Full version
procedures-print = Print
procedures-print-hint = To print this page on an A4 sheet, use your browser's Print command (Ctrl + P).
procedures-qr = QR code to the online sheet
procedures-languages = Languages of this sheet
procedures-variant-standard = Full version
procedures-variant-falc = Easy to read
procedures-out-of-date = The French version of this sheet has changed since this translation was made: it may no longer be accurate.
procedures-read-french = Read the French version
procedures-not-translated = This sheet is not yet translated into your language: here it is in French.
procedures-audience = Who is it for?
procedures-situations = Your situation
procedures-steps = Steps
procedures-documents = Documents to bring
procedures-cost = How much does it cost?
procedures-free = Free
procedures-delay = Processing time
procedures-delay-on-the-spot = On the spot
procedures-delay-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
procedures-delay-range = { $min } to { $max } days
procedures-where = Where to go?
procedures-appointment-required = By appointment only.
procedures-appointment-recommended = With or without an appointment; with an appointment, you do not wait.
procedures-appointment-none = No appointment needed, during opening hours.
procedures-book = Book an appointment
procedures-online = Online
procedures-online-link = Do it online
procedures-note-know = Good to know:
procedures-note-warning = Warning:
procedures-legal = Legal references
procedures-sources = Sources
procedures-reviewed = Sheet checked on { $date }
procedures-version = version { $version } published on { $date }
procedures-falc-checked = Easy-to-read version checked by { $who } on { $date }

# Staff
procedures-staff-title = Procedure sheets
procedures-staff-intro = The same answer for everyone: each sheet, its easy-to-read version, its translations and its versions. Residents always read the published version.
procedures-translations-of = Translations to do in
procedures-no-language = (no language)
procedures-tasks = { $count ->
    [0] Nothing to translate
    [one] One text to translate or update
   *[other] { $count } texts to translate or update
}
procedures-tasks-none = All sheets are translated and up to date in this language.
procedures-tasks-caption = Texts to translate or update
procedures-sheet = Sheet
procedures-variant = Version
procedures-state = Status
procedures-actions = Actions
procedures-translate = Translate
procedures-sheets-count = { $count ->
    [one] One sheet
   *[other] { $count } sheets
}
procedures-service = Service
procedures-reviewed-on = Checked on
procedures-falc = Easy to read
procedures-falc-ok = Checked by someone it is written for
procedures-falc-to-check = Needs checking by a reader
procedures-to-translate = Languages to translate
procedures-draft = Draft
procedures-published = Published
procedures-translation-missing = To translate
procedures-translation-up-to-date = Up to date
procedures-translation-to-update = To update
procedures-translation-out-of-date = Out of date (readers are warned)
procedures-back-staff = All sheets
procedures-public-page = Residents' page
procedures-edit-standard = Edit the full version
procedures-edit-falc = Edit the easy-to-read version
procedures-staff-notes = Notes for staff
procedures-owner = Sheet managed by { $name }
procedures-translations = Translations
procedures-language = Language
procedures-versions = Versions
procedures-when = Date
procedures-author = By
procedures-falc-check = Check by someone it is written for
procedures-edit-minor = Minor change
procedures-edit-medium = Medium change
procedures-edit-major = Major change

# Editor
procedures-editor-title = Edit a sheet
procedures-editing = { $variant } in { $language }
procedures-published-ok = Published: residents now read this version.
procedures-draft-ok = Draft saved: residents still read the published version.
procedures-facts-ok = Sheet information saved.
procedures-checked-ok = Check recorded.
procedures-draft-pending = A draft is waiting to be published: residents still read the published version.
procedures-french-beside = The French text to translate
procedures-advice = Readability tips
procedures-advice-long-sentence = Long sentence: split it
procedures-advice-rare-word = Uncommon word: replace or explain it
procedures-advice-abbreviation = Abbreviation: write it out in full
procedures-edit-level = Size of the change
procedures-edit-level-hint = Medium: the translations need updating. Major (a fact changes: price, processing time, document): their readers are also warned.
procedures-part-title = Title
procedures-part-summary = In short
procedures-part-audience = Who it is for
procedures-part-keywords = Other search words
procedures-part-situations = Situations
procedures-part-steps = Steps
procedures-part-documents = Documents to bring
procedures-part-costs = Costs
procedures-part-delay = Processing time explained
procedures-part-online = Online
procedures-part-notes = Boxed notes
procedures-keywords-hint = Separated by commas: abbreviations, everyday words.
procedures-situations-hint = One situation per line: the situation, then “|” and what it changes.
procedures-lines-hint = One step per line.
procedures-documents-hint = One document per line; if it is only needed in one case, add “|” and that case.
procedures-costs-hint = One case per line: the amount in euros (0 if free), then “|” and the case.
procedures-notes-hint = One boxed note per line, starting with “!” for “Good to know” or “!!” for “Warning”.
procedures-delay-min = Shortest time (days)
procedures-delay-max = Longest time (days)
procedures-save-draft = Save the draft
procedures-publish = Publish
procedures-falc-check-hint = An easy-to-read version is checked by a person it is written for. Each new version needs its own check.
procedures-checked-by = Checked by
procedures-checked-on = Date of the check
procedures-record-check = Record the check
procedures-facts = Sheet information
procedures-motif = Appointment reason
procedures-no-motif = (no appointment)
procedures-appointment = Appointment
procedures-online-url = Address of the online procedure
procedures-references-hint = One reference per line: its name, then “|” and its address (https://…).
procedures-owner-field = Staff member in charge of the sheet
procedures-no-owner = (nobody)
procedures-save-facts = Save the information

procedures-error-too-long = A field is too long.
procedures-error-too-many = A list has too many lines (30 at most).
procedures-error-situation = Each situation needs a “|” followed by what it changes.
procedures-error-cost = Each cost starts with an amount in euros, followed by “|” and the case.
procedures-error-delay = The processing time must go from a number of days to an equal or larger number.
procedures-error-missing = Part of the sheet is empty: title, summary, audience, situations, steps, documents, costs, processing time and “online” are all required.
procedures-error-url = An address must start with https://.
procedures-error-language = This language is not offered.
procedures-error-version = This version of the sheet does not exist.
procedures-error-level = Say whether the change is minor, medium or major.
procedures-error-no-french = Publish the French version first.
procedures-error-shape = The translation must have the same parts as the French: as many situations, steps, documents and boxed notes, the same amounts and the same processing times.
procedures-error-sources = At least one legal reference and one source with its address are required.
procedures-error-appointment = Choose whether an appointment is needed.
procedures-error-date = This date is not valid (YYYY-MM-DD, not in the future).
procedures-error-motif = This appointment reason does not exist.
procedures-error-owner = This staff member does not exist.
procedures-error-checked-by = Say who checked the sheet.
procedures-error-no-falc = Publish the easy-to-read version first.
procedures-read-aloud = Read aloud
procedures-stop-reading = Stop reading
procedures-no-voice = This device has no voice for this language.
procedures-of-kind = The sheets that answer requests of the kind “{ $kind }”.
