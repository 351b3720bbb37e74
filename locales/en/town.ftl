# Administration of the town's sites, desks, services and motifs, and the motif import.

admin-error-stale = Someone else saved this item while you were editing it: nothing was saved. The values shown are the current ones; make your change again if it is still needed.
admin-error-slug = Invalid identifier: lowercase letters without accents, digits and hyphens only (for example town-hall-annex).
admin-error-slug-taken = This identifier is already in use: choose another one.
admin-error-taken = This identifier or letter has just been taken by someone else: choose another one.
admin-error-email = Invalid e-mail address: please check it (for example reception@townhall.fr).
admin-error-site-appointments = Appointments are still booked at this site: move or cancel them before retiring it.
admin-error-desk = Invalid desk name: it is required and must differ from the site's other desks.
admin-error-service = Choose an active service for an active motif.
admin-error-letter = Invalid ticket letter: a single letter, A to Z.
admin-error-letter-taken = This letter already belongs to another service (even a retired one: its tickets still carry it).
admin-error-position = Invalid position: a whole number from 1 to 999.
admin-error-service-motifs = This service still has active motifs: retire them or move them to another service before retiring it.
admin-error-import = The file has errors: nothing was saved. Correct the rows shown, then preview again.

town-problem-name = name missing (200 characters at most)
town-problem-duration = duration: a whole number of minutes, 5 to 480
town-problem-buffer = buffer: a whole number of minutes, 0 to 120
town-problem-min-delay = minimum notice: a whole number of hours, 0 to 720
town-problem-max-delay = maximum advance: a whole number of days, 1 to 366
town-problem-cells = more cells than columns in the header
town-problem-code = invalid code: lowercase letters without accents, digits and hyphens
town-problem-code-twice = this code is already on an earlier row
town-problem-service = unknown service: write its identifier or its name
town-problem-service-retired = this service is retired
town-problem-online = "en ligne": write oui or non
town-import-separator = Only one column read: separate cells with semicolons (;), as French spreadsheets do.
town-import-column-twice = The column "{ $column }" appears twice in the header.
town-import-column-unknown = Unknown column in the header: "{ $column }".
town-import-column-missing = Required column missing from the header: "{ $column }".
town-import-empty = No rows to import: paste the header and at least one row.

town-slug = Identifier
town-slug-hint = Used in addresses, it cannot change afterwards: lowercase letters without accents, digits and hyphens (for example town-hall-annex).
town-create = Create
town-retired = retired
town-retire = Retire
town-reactivate = Bring back
town-site-add = New site
town-site-email = E-mail address
town-desks = Desks
town-desk-label = Desk name
town-desk-rename = Rename
town-desk-new = New desk
town-index-services = The town hall's services, their ticket letters and order; create, edit, retire.
town-index-import = Create or update motifs from a spreadsheet (CSV), with a row-by-row preview.
town-services-title = Services
town-services-intro = Each service has its ticket letter. A service can only be retired once all its motifs are retired; its past tickets keep it.
town-service-add = New service
town-service-motifs = { $count ->
    [0] no active motif
    [one] one active motif
   *[other] { $count } active motifs
}
town-service-name = Service name
town-service-letter = Ticket letter
town-service-letter-hint = A letter A to Z, only for this service: E for E001, E002…
town-service-position = Position in lists
town-service-experts = Handled by experts
town-service-experts-hint = Appointments for this service go straight to the expert who receives them.
town-motif-add = New motif
town-motif-service = Service
town-import-title = Import motifs
town-import-how = The expected file
town-import-help = Save your spreadsheet as CSV (semicolon separator, UTF-8), open it in a text editor and paste it below. A row whose code already exists updates that motif; the others create a motif.
town-import-columns = First row: the column names.
town-import-defaults = Required: code, nom, service, durée. Without its column, the buffer is 0, "en ligne" is oui, the minimum notice 2 hours and the maximum advance 60 days. Documents to bring are separated by vertical bars (|).
town-import-example = Example:
town-import-text = Contents of the CSV file
town-import-preview = Preview
town-import-preview-title = Preview
town-import-ready = { $count ->
    [one] One row ready to be saved.
   *[other] { $count } rows ready to be saved.
}
town-import-wrong = { $count ->
    [0] The file cannot be read: nothing will be saved.
    [one] One row has errors: nothing will be saved until it is corrected.
   *[other] { $count } rows have errors: nothing will be saved until they are corrected.
}
town-import-line = Row
town-import-what = Result
town-import-new = new motif
town-import-update = update
town-import-confirm = Save all motifs
