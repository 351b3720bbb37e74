# Devices: workstations, welcome kiosks and waiting room screens; their registration.

devices-title = Workstations, kiosks and screens
devices-intro = Only registered workstations let staff sign in with their personal code; only a site's registered kiosks issue its tickets, and only its registered screens show its calls.
devices-code-intro = Registration code of the new device:
devices-code-help = Enter it within 24 hours on the device itself: at /agent/poste for a workstation, on the site's kiosk page (/borne/…) or screen page (/ecran/…) for a kiosk or a screen. It will not be shown again.
devices-name-label = Name of the new workstation
devices-name-error = Give the workstation a name (100 characters at most).
devices-create = Create the workstation
devices-table-caption = Registered devices
devices-col-name = Name
devices-col-kind = Type
devices-col-site = Site
devices-col-status = Status
devices-col-last-seen = Last used
devices-col-actions = Actions
devices-status-pending = Waiting for registration
devices-status-enrolled = Registered
devices-status-revoked = Withdrawn
devices-revoke = Withdraw { $name }

devices-new-workstation = New workstation
devices-new-site-device = New kiosk or screen
devices-site-device-help = A welcome kiosk issues a site's tickets; a waiting room screen shows its calls. Each one serves a single site.
devices-kind-label = Type of device
devices-site-label = Site
devices-site-choose = Choose a site
devices-site-device-name-label = Name of the kiosk or screen
devices-create-site-device = Create the kiosk or screen
devices-kind-workstation = Workstation
devices-kind-kiosk = Welcome kiosk
devices-kind-screen = Waiting room screen
devices-error-name = Give the kiosk or screen a name (100 characters at most).
devices-error-site = Choose the site of the kiosk or screen.
devices-error-kind = Choose a kiosk or a screen.

devices-enrol-kiosk-title = Register this kiosk
devices-enrol-screen-title = Register this screen
devices-enrol-intro = This device is not registered for this site yet. Enter the registration code given by an administrator (page "Workstations, kiosks and screens"). It works only once.
devices-enrol-code-label = Registration code
devices-enrol-submit = Register
devices-error-code = This code is not valid here: it is wrong, already used, expired, or made for another device or another site.
devices-error-not-kiosk = Kiosk tickets are issued only by a registered kiosk of this site. No ticket was taken.
devices-error-priority-from-home = Priority is declared at the welcome kiosk or to a counsellor, not from home. No ticket was taken.
devices-priority-at-kiosk = Need to go first (disability, pregnancy, old age, young child)? Say so at the welcome kiosk or to a counsellor when you arrive.
