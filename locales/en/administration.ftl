# The administration's index (/agent/admin), in the order a town sets itself up.
admin-index-intro = Everything a town sets for itself, in the order of a first installation: places and services, then people, devices, messages and rules.
admin-group-town = The town: places, services and reasons for visits
admin-group-people = People
admin-group-devices = Devices
admin-group-messages = Messages to residents
admin-group-settings = Rules
admin-index-sites = Address, phone, opening hours and closures of each reception point.
admin-index-motifs = Duration, documents to bring, delays and online booking of each reason for a visit.
admin-index-schedules = Agents' working weeks and absences, place by place.
admin-index-devices = Reception workstations, kiosks and waiting-room screens, with their enrolment code.
admin-index-journal = Text messages and e-mails sent to residents, and those that could not be sent.
admin-index-queue = Queue priorities and calls before "absent", place by place.
admin-index-templates = The wording of text messages and e-mails sent to residents, language by language, with a preview.
admin-index-settings = Deadline to move or cancel online, waitlist hold and reminders.
