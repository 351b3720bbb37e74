//! The contact form between "contact" and "review" (and, at the desk, between a mistake
//! and its correction): kept in a short-lived, HttpOnly cookie so that names and phone
//! numbers never appear in URLs, logs or the browser history, and so that the form works
//! without JavaScript.

use super::model::{ContactDraft, MAX_NEEDS, MAX_NOTE};
use crate::contact_details::Contact;
use crate::i18n::Locale;
use crate::i18n::languages::is_interpreter_language;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

pub const DRAFT_COOKIE: &str = "guichet_rdv";
/// An hour to fill in and confirm; then the cookie is gone by itself.
const MAX_AGE: i64 = 3600;

/// Checks everything; returns the contact when the draft can be booked. Problems are
/// written into `draft.errors` as Fluent ids, all of them at once.
pub fn check(draft: &mut ContactDraft) -> Option<Contact> {
    draft.errors.clear();
    let contact = match Contact::parse_for_texts(&draft.name, &draft.phone, &draft.email) {
        Ok(c) => Some(c),
        Err(errors) => {
            draft
                .errors
                .extend(errors.into_iter().map(|e| e.message_id().to_owned()));
            None
        }
    };
    if Locale::from_tag(&draft.language).is_none() {
        draft.errors.push("contact-error-language".into());
    }
    if !draft.interpreter.is_empty() && !is_interpreter_language(&draft.interpreter) {
        draft.errors.push("contact-error-language".into());
    }
    if draft.accessibility.chars().count() > MAX_NEEDS || draft.note.chars().count() > MAX_NOTE {
        draft.errors.push("contact-error-too-long".into());
    }
    if draft.errors.is_empty() {
        contact
    } else {
        None
    }
}

/// [`check`], and when the draft can be booked, its details written as they will be used:
/// the review step shows what the messages will be sent to.
pub fn check_and_normalise(draft: &mut ContactDraft) -> bool {
    let Some(contact) = check(draft) else {
        return false;
    };
    draft.name = contact.name;
    draft.phone = contact
        .phone
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    draft.email = contact
        .email
        .map(|e| e.as_str().to_owned())
        .unwrap_or_default();
    true
}

pub fn encode(draft: &ContactDraft) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(draft).unwrap_or_default())
}

pub fn decode(value: &str) -> Option<ContactDraft> {
    let bytes = URL_SAFE_NO_PAD.decode(value).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// The draft of the current request, if any.
pub fn read() -> Option<ContactDraft> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    decode(&crate::staff::session::cookie(
        &parts.headers,
        DRAFT_COOKIE,
    )?)
}

pub fn write(draft: &ContactDraft, secure: bool) {
    crate::staff::session::set_cookie(DRAFT_COOKIE, &encode(draft), Some(MAX_AGE), secure);
}

pub fn clear(secure: bool) {
    crate::staff::session::set_cookie(DRAFT_COOKIE, "", Some(0), secure);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> ContactDraft {
        ContactDraft {
            name: "Amina Haddad".into(),
            phone: "06 12 34 56 78".into(),
            email: String::new(),
            language: "ar".into(),
            interpreter: "ar".into(),
            accessibility: String::new(),
            note: "Avec ma fille".into(),
            errors: vec![],
        }
    }

    #[test]
    fn a_good_draft_passes_and_travels_in_a_cookie() {
        let mut d = draft();
        let contact = check(&mut d).unwrap();
        assert_eq!(contact.phone.unwrap().as_str(), "+33612345678");
        assert!(d.errors.is_empty());
        assert_eq!(decode(&encode(&d)), Some(d));
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut d = ContactDraft {
            name: String::new(),
            phone: "12".into(),
            language: "xx".into(),
            note: "é".repeat(MAX_NOTE + 1),
            ..draft()
        };
        assert!(check(&mut d).is_none());
        assert_eq!(
            d.errors,
            [
                "contact-error-name",
                "contact-error-phone",
                "contact-error-language",
                "contact-error-too-long"
            ]
        );
    }

    #[test]
    fn the_longest_draft_still_fits_in_a_cookie() {
        let d = ContactDraft {
            name: "名".repeat(120),
            accessibility: "需".repeat(MAX_NEEDS),
            note: "注".repeat(MAX_NOTE),
            email: format!("{}@example.org", "a".repeat(60)),
            ..draft()
        };
        // Browsers keep cookies of up to 4096 bytes, name and attributes included.
        assert!(encode(&d).len() + 100 < 4096, "{}", encode(&d).len());
    }

    #[test]
    fn a_tampered_cookie_is_ignored() {
        assert_eq!(decode("not-base64!"), None);
        assert_eq!(decode(&URL_SAFE_NO_PAD.encode(b"{\"name\":1}")), None);
    }
}
