//! What visitors' pages show and post: a site's queue before taking a ticket, a ticket as
//! its holder sees it, and the form that takes one.

use crate::i18n::Locale;
use crate::queue::estimate::WaitBand;
use crate::queue::model::Status;
use crate::queue::order::Priority;
use serde::{Deserialize, Serialize};

/// A motif a visitor can pick.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MotifChoice {
    pub id: i32,
    pub name: String,
}

/// A service family as the kiosk and the home page offer it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Family {
    pub slug: String,
    pub letter: String,
    pub name: String,
    pub waiting: u32,
    pub wait: WaitBand,
    pub motifs: Vec<MotifChoice>,
}

/// A site's queue as residents see it before taking a ticket.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteQueue {
    pub site: String,
    pub site_name: String,
    pub open: bool,
    pub tickets_from_home: bool,
    /// Today's hours, already in words.
    pub hours_today: String,
    pub phone: Option<String>,
    pub families: Vec<Family>,
    /// A satisfaction-survey campaign runs: the kiosk shows its smileys.
    #[serde(default)]
    pub survey_open: bool,
}

/// One ticket as its holder sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TicketView {
    pub token: String,
    pub code: String,
    pub site: String,
    pub site_name: String,
    pub motif: String,
    pub status: Status,
    /// Visitors before this one, while waiting.
    pub ahead: Option<u32>,
    pub wait: Option<WaitBand>,
    /// The desk to go to, once called.
    pub desk: Option<String>,
    pub issued_at: chrono::DateTime<chrono::Utc>,
    /// The number the "near" SMS goes to, masked.
    pub phone: Option<String>,
    /// The QR code to this page, as SVG (only for the kiosk's receipt).
    pub qr_svg: Option<String>,
    /// A satisfaction-survey campaign runs: the receipt says its code leads to the survey,
    /// and the page of a finished visit links to it.
    #[serde(default)]
    pub survey_open: bool,
}

/// The survey of a finished visit: the ticket's own code leads to it (the surveys
/// feature's page, reached by a plain link).
pub fn survey_path(token: &str) -> String {
    format!("/avis/{}", url_safe(token))
}

/// A resident's ticket page (the QR code of the receipt leads there).
pub fn ticket_path(token: &str) -> String {
    format!("/ticket/{token}")
}

/// The waiting-room screens' live stream of a site: the same boards as the site's public
/// stream ([`crate::queue::model::live_path`], which phones and desks follow), for the
/// site's enrolled screens only, and ending when the screen is revoked.
pub fn screen_stream_path(site_slug: &str) -> String {
    format!("/direct/ecran/{site_slug}")
}

/// A ticket taken at the kiosk (`depuis=borne`) or from home (`depuis=maison`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TakeTicketForm {
    #[serde(rename = "lieu")]
    pub site: String,
    /// `None`: no motif chosen.
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub motif: Option<i32>,
    /// `none` or a declared priority ([`Priority::as_str`]); only the kiosk declares one
    /// (the form from home sends none).
    #[serde(default, rename = "priorite")]
    pub priority: String,
    /// For a text when the turn is near (from home only; the kiosk sends it empty).
    #[serde(rename = "telephone")]
    pub phone: String,
    /// [`TakeTicketForm::KIOSK`] or [`TakeTicketForm::HOME`].
    #[serde(rename = "depuis")]
    pub from: String,
}

impl TakeTicketForm {
    pub const KIOSK: &str = "borne";
    pub const HOME: &str = "maison";

    pub fn at_kiosk(&self) -> bool {
        self.from == Self::KIOSK
    }

    pub fn priority(&self) -> Priority {
        Priority::parse(&self.priority)
    }

    /// Where the visitor goes with the ticket just taken: the kiosk's receipt, in the
    /// language of the kiosk, or the resident's ticket page.
    pub fn taken(&self, token: &str, locale: Locale) -> String {
        if self.at_kiosk() {
            format!(
                "/borne/{}/ticket/{token}?lang={}",
                url_safe(&self.site),
                locale.code()
            )
        } else {
            ticket_path(token)
        }
    }

    /// Back to the form, the motif still chosen, with the reason (a Fluent id) it was
    /// refused: beside the phone field for the number's problem (`contact-…`), above the
    /// form otherwise.
    pub fn refused(&self, locale: Locale, error: &str) -> String {
        let phone_error = error.starts_with("contact-");
        let page = if self.at_kiosk() { "borne" } else { "file" };
        let back = format!(
            "/{page}/{}?motif={}&erreur={}&lang={}",
            url_safe(&self.site),
            self.motif.map(|m| m.to_string()).unwrap_or_default(),
            if phone_error { "" } else { error },
            locale.code()
        );
        if phone_error {
            format!("{back}&telephone-erreur={error}")
        } else {
            back
        }
    }
}

/// Site slugs and ticket tokens are letters, digits and dashes; anything else never reaches
/// a redirect URL.
pub fn url_safe(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(from: &str) -> TakeTicketForm {
        TakeTicketForm {
            site: "mairie".into(),
            motif: Some(3),
            priority: "none".into(),
            phone: String::new(),
            from: from.into(),
        }
    }

    #[test]
    fn a_refused_ticket_goes_back_to_its_form_with_the_reason() {
        assert_eq!(
            form(TakeTicketForm::KIOSK).refused(Locale::Ar, "queue-error-closed"),
            "/borne/mairie?motif=3&erreur=queue-error-closed&lang=ar"
        );
        assert_eq!(
            form(TakeTicketForm::HOME).refused(Locale::Fr, "contact-error-phone"),
            "/file/mairie?motif=3&erreur=&lang=fr&telephone-erreur=contact-error-phone"
        );
    }
}
