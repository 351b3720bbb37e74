# Administration of agents: list, record, personal code, import from a spreadsheet.

agents-title = Agents
agents-edit-title = Agent record
agents-intro = Agents sign in on enrolled workstations with their name and personal code. A deactivated agent disappears from the sign-in screen; their history stays.
agents-import-link = Import agents from a spreadsheet
agents-new = Add an agent
agents-new-pin = Personal code (optional)
agents-new-pin-hint = Without a code the agent cannot sign in: you can set it later on their record.
agents-create = Create the agent
agents-imported = { $count ->
    [one] One agent imported. Set their personal code on their record so that they can sign in.
   *[other] { $count } agents imported. Set their personal codes on their records so that they can sign in.
}
agents-table-caption = All agents, active and deactivated
agents-col-name = Name
agents-col-role = Role
agents-col-state = State
agents-col-services = Skills (services)
agents-col-languages = Languages spoken
agents-state-active = Active
agents-state-inactive = Deactivated
agents-state-locked = Locked until { $until }
agents-state-no-pin = No personal code
agents-no-service = No service exists yet.
agents-field-name = Display name
agents-field-name-hint = As it appears on the sign-in screen, for example “Camille Martin”.
agents-field-role = Role
agents-field-services = Skills
agents-field-services-hint = Ticking a service gives the agent every motif of that service.
agents-field-languages = Languages spoken
agents-field-pin = Personal code
agents-field-pin-hint = 4 to 8 digits.
agents-field-pin-again = Personal code, once more
agents-back = Back to the list of agents
agents-details = Name, role, skills and languages
agents-pin = Personal code
agents-pin-is-set = This agent has a personal code. Setting a new one replaces it and lifts any lockout.
agents-pin-none = This agent has no personal code yet: they cannot sign in.
agents-pin-save = Save the code
agents-access = Access
agents-failed-attempts = { $count ->
    [one] One wrong code since the last sign-in.
   *[other] { $count } wrong codes since the last sign-in.
}
agents-unlock = Unlock
agents-deactivate-hint = A deactivated agent disappears from the sign-in screen and their open sessions end. Their history stays, and you can reactivate them.
agents-deactivate = Deactivate the agent
agents-reactivate-hint = This agent is deactivated: they do not appear on the sign-in screen.
agents-reactivate = Reactivate the agent

agents-import-title = Import agents
agents-import-intro = Paste the content of a CSV file saved from your spreadsheet. The preview shows every row and its problems; nothing is saved before you confirm, and only if every row is right.
agents-import-format = File format
agents-import-format-intro = A first row of headers, then one agent per row, columns separated by semicolons (the spreadsheet's “CSV” format, in UTF-8). Cells copied straight from the spreadsheet work too.
agents-import-column-name = Required: the display name, different from every other agent's.
agents-import-column-role = Required: one of the following roles, written as on screen or by its technical name.
agents-import-column-services = Optional: the services whose motifs the agent handles, by identifier or name, separated by commas.
agents-import-column-languages = Optional: the languages spoken, by code, separated by commas.
agents-import-language-codes = Language codes
agents-import-example = Example:
agents-import-no-pin = Imported agents have no personal code: they cannot sign in until an administrator sets one on their record.
agents-import-field = Content of the CSV file
agents-import-field-hint = At most { $max } agents at a time.
agents-import-preview = Preview
agents-import-preview-title = Preview
agents-import-ready = { $count ->
    [one] The row is right.
   *[other] All { $count } rows are right.
}
agents-import-confirm = { $count ->
    [one] Import this agent
   *[other] Import these { $count } agents
}
agents-import-rows-with-problems = { $count ->
    [one] One row out of { $total } has a problem.
   *[other] { $count } rows out of { $total } have a problem.
}
agents-import-file-problems = The file cannot be read:
agents-import-nothing-saved = Nothing was saved. Correct the file, paste it again and check the preview.
agents-import-table-caption = The rows of the file
agents-import-col-line = Line
agents-import-col-problems = Problems
agents-import-row-ok = Right
agents-import-empty = The file is empty.
agents-import-missing-column = The column “{ $value }” is missing from the first row.
agents-import-unknown-column = Unknown column: “{ $value }”.
agents-import-duplicate-column = The column “{ $value }” appears twice.
agents-import-no-rows = The file has only its header row: no agent.
agents-import-too-many-rows = More than { $max } agents: import the file in several parts.
agents-import-unclosed-quote = A quotation mark opened on line { $line } is never closed.
agents-import-columns = { $found ->
    [one] One column instead of { $expected }.
   *[other] { $found } columns instead of { $expected }.
}
agents-import-empty-name = The name is empty.
agents-import-name-too-long = The name is longer than { $max } characters.
agents-import-duplicate-name = Same name as on line { $line }.
agents-import-name-exists = An agent already has this name.
agents-import-empty-role = The role is empty.
agents-import-unknown-role = Unknown role: “{ $value }”.
agents-import-unknown-service = Unknown service: “{ $value }”.
agents-import-unknown-language = Unknown language code: “{ $value }”.

admin-error-agent-name = The name is required and must not exceed 100 characters.
admin-error-agent-name-taken = Another agent already has this name: add an initial, for example.
admin-error-agent-role = Choose a role from the list.
admin-error-agent-service = One of the services ticked no longer exists: reload the page.
admin-error-agent-language = One of the languages ticked is not known.
admin-error-agent-pin-format = The personal code must have 4 to 8 digits.
admin-error-agent-pin-mismatch = The two codes typed differ.
admin-error-agent-last-admin = Not possible: this agent is the last active administrator. Make someone else an administrator first.
admin-error-agent-import = Nothing was imported: at least one row has a problem (see the preview).
