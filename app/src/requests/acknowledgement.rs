//! The acknowledgement of receipt of a request, with the content French law requires
//! (code des relations entre le public et l'administration, CRPA):
//!
//! - L112-3: every request to the administration is acknowledged; R112-4, 2°: not a request
//!   for a document that the administration delivers once it has checked the conditions
//!   (a copy of a civil-status record, for instance);
//! - R112-5: the date of receipt, the date at which, without an express decision, the
//!   request is deemed accepted or rejected, the service in charge with its postal address,
//!   e-mail and phone; for an implicit rejection, the time limits and means of appeal;
//! - L231-4: silence kept for two months is a rejection when the request does not seek an
//!   individual decision, is outside a procedure set by a text, or is a complaint, which is
//!   the case of the questions, complaints and notaries' enquiries a front office receives;
//! - code de justice administrative R421-2: two months from the implicit rejection to
//!   appeal to the administrative court (online: Télérecours citoyens).
//!
//! Pure: the store gives the facts, the pages and the e-mail write them in a language
//! (Fluent's isolation marks are kept: they keep Latin names and references readable in
//! Arabic and Persian text).

use super::model::ServiceCard;
use crate::i18n::dates::long_date;
use crate::i18n::{Locale, args, text, text_with};
use crate::statuses::RequestKind;
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// What silence on a request amounts to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Silence {
    /// Rejected after two months (CRPA L231-4): the acknowledgement gives the date and the
    /// means of appeal.
    RejectedAfterTwoMonths,
    /// A document delivered once the conditions are checked: no acknowledgement is due
    /// (CRPA R112-4, 2°); the resident is told the request is registered.
    DocumentDelivered,
}

impl Silence {
    pub fn of(kind: RequestKind) -> Silence {
        match kind {
            RequestKind::Certificate => Silence::DocumentDelivered,
            RequestKind::Information
            | RequestKind::Notary
            | RequestKind::Complaint
            | RequestKind::Other => Silence::RejectedAfterTwoMonths,
        }
    }
}

/// The facts of one acknowledgement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    pub reference: String,
    /// As printed: `K7QM-3XWP`.
    pub code: String,
    pub subject: String,
    pub received: NaiveDate,
    /// The town's own commitment (the request's deadline).
    pub answer_by: NaiveDate,
    pub kind: RequestKind,
    /// The service in charge, as R112-5 2° asks: its name, postal address, e-mail, phone.
    pub service: ServiceCard,
    /// The follow-up page with the reference and code, as an absolute address.
    pub follow_url: String,
}

impl Facts {
    pub fn silence(&self) -> Silence {
        Silence::of(self.kind)
    }

    /// The date silence becomes a decision: two months after receipt (the same day of the
    /// month, or the month's last day).
    pub fn implicit_decision_on(&self) -> Option<NaiveDate> {
        match self.silence() {
            Silence::RejectedAfterTwoMonths => self.received.checked_add_months(Months::new(2)),
            Silence::DocumentDelivered => None,
        }
    }

    /// The acknowledgement's paragraphs in `locale`, in order.
    pub fn paragraphs(&self, locale: Locale) -> Vec<String> {
        let date = |d: NaiveDate| long_date(locale, d);
        let mut out = vec![
            text_with(
                locale,
                "ack-received",
                &args([
                    ("subject", self.subject.clone().into()),
                    ("date", date(self.received).into()),
                    ("reference", self.reference.clone().into()),
                ]),
            ),
            text_with(
                locale,
                "ack-commitment",
                &args([("date", date(self.answer_by).into())]),
            ),
        ];
        match self.implicit_decision_on() {
            Some(on) => {
                out.push(text_with(
                    locale,
                    "ack-implicit-rejection",
                    &args([("date", date(on).into())]),
                ));
                out.push(text_with(
                    locale,
                    "ack-appeal",
                    &args([("date", date(on).into())]),
                ));
            }
            None => out.push(text(locale, "ack-document")),
        }
        let mut service = text_with(
            locale,
            "ack-service",
            &args([
                ("service", self.service.name.clone().into()),
                (
                    "address",
                    self.service.address.clone().unwrap_or_default().into(),
                ),
            ]),
        );
        if let Some(phone) = &self.service.phone {
            service.push(' ');
            service.push_str(&text_with(
                locale,
                "ack-service-phone",
                &args([("phone", phone.clone().into())]),
            ));
        }
        if let Some(email) = &self.service.email {
            service.push(' ');
            service.push_str(&text_with(
                locale,
                "ack-service-email",
                &args([("email", email.clone().into())]),
            ));
        }
        out.push(service);
        out.push(text_with(
            locale,
            "ack-follow",
            &args([
                ("url", self.follow_url.clone().into()),
                ("reference", self.reference.clone().into()),
                ("code", self.code.clone().into()),
            ]),
        ));
        out.push(text(locale, "ack-sources"));
        out
    }

    /// The e-mail: in the resident's language, and the French text after it when that is
    /// another language (only the French is authoritative).
    pub fn email(&self, locale: Locale) -> (String, String) {
        let subject = text_with(
            locale,
            "ack-email-subject",
            &args([("reference", self.reference.clone().into())]),
        );
        let mut body = self.paragraphs(locale).join("\n\n");
        if locale != Locale::Fr {
            body.push_str("\n\n— ");
            body.push_str(&text(locale, "ack-translation-note"));
            body.push_str(" —\n\n");
            body.push_str(&self.paragraphs(Locale::Fr).join("\n\n"));
        }
        (subject, body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::testing::d;

    fn facts(kind: RequestKind, received: NaiveDate) -> Facts {
        Facts {
            reference: "D-2026-00042".into(),
            code: "K7QM-3XWP".into(),
            subject: "Hauteur d'une clôture".into(),
            received,
            answer_by: d(2026, 12, 22),
            kind,
            service: ServiceCard {
                name: "Urbanisme".into(),
                address: Some("1 place de la Mairie, 89000 Villebourg".into()),
                phone: Some("03 86 00 00 00".into()),
                email: Some("urbanisme@villebourg.fr".into()),
            },
            follow_url: "https://rdv.villebourg.fr/suivi?reference=D-2026-00042&code=K7QM3XWP"
                .into(),
        }
    }

    #[test]
    fn silence_is_a_rejection_two_months_after_receipt_except_for_documents() {
        let f = facts(RequestKind::Information, d(2026, 12, 7));
        assert_eq!(f.implicit_decision_on(), Some(d(2027, 2, 7)));
        // The 31st of a month two months before a shorter one: its last day.
        let f = facts(RequestKind::Complaint, d(2026, 12, 31));
        assert_eq!(f.implicit_decision_on(), Some(d(2027, 2, 28)));
        let f = facts(RequestKind::Notary, d(2027, 12, 30));
        assert_eq!(f.implicit_decision_on(), Some(d(2028, 2, 29)), "leap year");
        let f = facts(RequestKind::Certificate, d(2026, 12, 7));
        assert_eq!(f.implicit_decision_on(), None);
    }

    #[test]
    fn the_acknowledgement_holds_what_r112_5_requires() {
        let f = facts(RequestKind::Information, d(2026, 12, 7));
        let all = f.paragraphs(Locale::Fr).join("\n");
        for needed in [
            "7 décembre 2026",         // date of receipt
            "7 février 2027",          // date of the implicit decision
            "rejet",                   // …and whether acceptance or rejection
            "Urbanisme",               // the service in charge
            "1 place de la Mairie",    // its postal address
            "03 86 00 00 00",          // its phone
            "urbanisme@villebourg.fr", // its e-mail
            "tribunal administratif",  // means of appeal
            "deux mois",               // and their time limit
            "R421-2",
            "D-2026-00042",
            "K7QM-3XWP",
            "22 décembre 2026", // the town's own commitment
        ] {
            assert!(all.contains(needed), "missing {needed:?} in:\n{all}");
        }
        let document = facts(RequestKind::Certificate, d(2026, 12, 7))
            .paragraphs(Locale::Fr)
            .join("\n");
        assert!(document.contains("R112-4") && !document.contains("tribunal administratif"));
    }

    #[test]
    fn the_e_mail_in_another_language_carries_the_french_text_too() {
        let f = facts(RequestKind::Information, d(2026, 12, 7));
        let (subject, body) = f.email(Locale::Ar);
        assert!(subject.contains("D-2026-00042"));
        let french = f.paragraphs(Locale::Fr).join("\n\n");
        assert!(body.ends_with(&french));
        assert!(body.starts_with(&f.paragraphs(Locale::Ar)[0]));
        let (_, body) = f.email(Locale::Fr);
        assert_eq!(body, french, "in French, once");
    }
}
