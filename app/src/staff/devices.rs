//! The kinds of enrolled devices. A workstation is where agents sign in; a kiosk (at a
//! site's entrance) and a waiting-room screen belong to one site and sign nobody in. All
//! three are enrolled the same way: an administrator makes a one-time code, and typing it on
//! the device gives that browser a long-lived device cookie.

use serde::{Deserialize, Serialize};

/// Stored as text in `device.kind` (`workstation`, `kiosk`, `screen`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DeviceKind {
    Workstation,
    Kiosk,
    Screen,
}

impl DeviceKind {
    pub const ALL: [DeviceKind; 3] = [
        DeviceKind::Workstation,
        DeviceKind::Kiosk,
        DeviceKind::Screen,
    ];
    /// The kinds bound to a site, made with a site chosen.
    pub const OF_A_SITE: [DeviceKind; 2] = [DeviceKind::Kiosk, DeviceKind::Screen];

    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            DeviceKind::Workstation => "workstation",
            DeviceKind::Kiosk => "kiosk",
            DeviceKind::Screen => "screen",
        }
    }

    pub fn parse(stored: &str) -> Option<DeviceKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == stored)
    }

    /// In forms and addresses, in French like the rest of the URLs (`poste`, `borne`,
    /// `ecran`).
    pub fn slug(self) -> &'static str {
        match self {
            DeviceKind::Workstation => "poste",
            DeviceKind::Kiosk => "borne",
            DeviceKind::Screen => "ecran",
        }
    }

    pub fn from_slug(slug: &str) -> Option<DeviceKind> {
        Self::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// Kiosks and screens serve one site; a workstation serves any.
    pub fn has_site(self) -> bool {
        self != DeviceKind::Workstation
    }

    /// Fluent id of the kind's name.
    pub fn message_id(self) -> &'static str {
        match self {
            DeviceKind::Workstation => "devices-kind-workstation",
            DeviceKind::Kiosk => "devices-kind-kiosk",
            DeviceKind::Screen => "devices-kind-screen",
        }
    }

    /// The page this device shows for `site`: where it goes once enrolled.
    pub fn page(self, site: &str) -> String {
        match self {
            // The login page (`model::LOGIN_PAGE`, which names this type: no import back).
            DeviceKind::Workstation => "/agent".to_owned(),
            DeviceKind::Kiosk => format!("/borne/{site}"),
            DeviceKind::Screen => format!("/ecran/{site}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_and_workstations_keep_their_stored_text() {
        assert_eq!(DeviceKind::Workstation.as_str(), "workstation");
        for kind in DeviceKind::ALL {
            assert_eq!(DeviceKind::parse(kind.as_str()), Some(kind));
            assert_eq!(DeviceKind::from_slug(kind.slug()), Some(kind));
        }
        assert_eq!(DeviceKind::parse("toaster"), None);
        assert!(DeviceKind::OF_A_SITE.iter().all(|k| k.has_site()));
        assert_eq!(DeviceKind::Kiosk.page("mairie"), "/borne/mairie");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn every_kind_has_a_french_name() {
        for kind in DeviceKind::ALL {
            assert!(
                crate::i18n::try_text(crate::i18n::Locale::Fr, kind.message_id()).is_some(),
                "{kind:?}"
            );
        }
    }
}
