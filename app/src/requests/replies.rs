//! What the town writes to a resident about a request (its reply, or a question waiting
//! for them), from one text: by e-mail (the reference in the subject, so that the
//! resident's answer threads onto the request), by SMS (short: the text stays on
//! `/suivi`), or on a printed letter for a window envelope. The frame around the agent's
//! words is in the resident's language; the words are the agent's, as written.
//!
//! Pure: the store gives the facts.

use crate::i18n::{Args, Locale, args, text, text_with};
use serde::{Deserialize, Serialize};

/// How it reaches the resident; `/suivi` always shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Means {
    /// On `/suivi` only.
    FollowPage,
    Email,
    Sms,
    /// A letter printed from the request's page.
    Letter,
}

impl Means {
    pub const ALL: [Means; 4] = [Means::Email, Means::Sms, Means::Letter, Means::FollowPage];

    pub fn as_str(self) -> &'static str {
        match self {
            Means::FollowPage => "suivi",
            Means::Email => "courriel",
            Means::Sms => "sms",
            Means::Letter => "courrier",
        }
    }

    pub fn parse(s: &str) -> Option<Means> {
        Means::ALL.into_iter().find(|m| m.as_str() == s)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Means::FollowPage => "requests-means-follow-page",
            Means::Email => "requests-means-email",
            Means::Sms => "requests-means-sms",
            Means::Letter => "requests-means-letter",
        }
    }

    /// Why this means cannot reach the resident (the Fluent id), if it cannot.
    pub fn unusable(self, reach: &Reach) -> Option<&'static str> {
        match self {
            Means::FollowPage => None,
            Means::Email => (!reach.email).then_some("requests-error-means-email"),
            Means::Sms => (!reach.mobile).then_some("requests-error-means-sms"),
            Means::Letter => (!reach.postal).then_some("requests-error-means-letter"),
        }
    }
}

/// What the request knows of the resident's whereabouts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reach {
    pub email: bool,
    pub mobile: bool,
    pub postal: bool,
}

/// The town's reply, or a question it waits for the answer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Told {
    Reply,
    Question,
}

/// One message about a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub told: Told,
    pub reference: String,
    /// As printed: `K7QM-3XWP`.
    pub code: String,
    pub subject: String,
    /// The agent's words.
    pub text: String,
    /// `/suivi` opened with the reference and code.
    pub follow_url: String,
    /// The service that writes, as the town names it.
    pub service: String,
}

impl Message {
    fn subject_args(&self) -> Args {
        args([
            ("reference", self.reference.clone().into()),
            ("subject", self.subject.clone().into()),
        ])
    }

    fn opening(&self, locale: Locale) -> String {
        let id = match self.told {
            Told::Reply => "reply-opening",
            Told::Question => "question-opening",
        };
        text_with(locale, id, &self.subject_args())
    }

    fn closing(&self, locale: Locale) -> Vec<String> {
        let mut lines = Vec::new();
        if self.told == Told::Question {
            lines.push(text(locale, "question-how-to-answer"));
        }
        lines.push(text_with(
            locale,
            "reply-follow",
            &args([
                ("url", self.follow_url.clone().into()),
                ("reference", self.reference.clone().into()),
                ("code", self.code.clone().into()),
            ]),
        ));
        lines
    }

    /// Subject and body of the e-mail. The reference leads the subject in brackets: a
    /// reply keeps it, and the intake threads the answer onto the request.
    pub fn email(&self, locale: Locale) -> (String, String) {
        let id = match self.told {
            Told::Reply => "reply-email-subject",
            Told::Question => "question-email-subject",
        };
        let subject = format!(
            "[{}] {}",
            self.reference,
            text_with(locale, id, &self.subject_args())
        );
        let mut parts = vec![self.opening(locale), self.text.clone()];
        parts.extend(self.closing(locale));
        if self.told == Told::Question {
            parts.push(text(locale, "question-email-reply"));
        }
        parts.push(self.service.clone());
        (subject, strip_isolation(&parts.join("\n\n")))
    }

    /// The SMS: that there is something to read, and where; never the text itself (an
    /// SMS is short and a phone's lock screen shows it).
    pub fn sms(&self, locale: Locale) -> String {
        let id = match self.told {
            Told::Reply => "reply-sms",
            Told::Question => "question-sms",
        };
        strip_isolation(&text_with(
            locale,
            id,
            &args([
                ("reference", self.reference.clone().into()),
                ("url", self.follow_url.clone().into()),
            ]),
        ))
    }

    /// The letter's paragraphs in `locale`, with the agent's words in the French one.
    pub fn letter(&self, locale: Locale, with_text: bool) -> Vec<String> {
        let mut paragraphs = vec![self.opening(locale)];
        if with_text {
            paragraphs.extend(
                self.text
                    .split("\n\n")
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_owned),
            );
        }
        paragraphs.extend(self.closing(locale));
        paragraphs
    }
}

/// Fluent wraps placeables in isolation marks for right-to-left pages; a plain-text
/// e-mail or SMS reads better without them, and an SMS counts them as characters.
fn strip_isolation(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(told: Told) -> Message {
        Message {
            told,
            reference: "D-2026-00042".into(),
            code: "K7QM-3XWP".into(),
            subject: "Acte de naissance".into(),
            text: "Votre acte est prêt.\n\nVenez le retirer à l'accueil.".into(),
            follow_url: "https://mairie.test/suivi?reference=D-2026-00042&code=K7QM3XWP".into(),
            service: "État civil".into(),
        }
    }

    #[test]
    fn the_email_subject_leads_with_the_reference_for_threading() {
        for locale in Locale::ALL {
            let (subject, body) = message(Told::Reply).email(locale);
            assert!(
                subject.starts_with("[D-2026-00042] "),
                "{locale:?}: {subject}"
            );
            assert_eq!(
                super::super::files::find_reference(&format!("RE: {subject}")).as_deref(),
                Some("D-2026-00042")
            );
            assert!(body.contains("Votre acte est prêt."), "{locale:?}");
            assert!(body.contains("K7QM-3XWP"), "{locale:?}");
            assert!(!body.contains('\u{2068}'), "{locale:?}");
        }
    }

    #[test]
    fn a_question_says_how_to_answer() {
        let (_, body) = message(Told::Question).email(Locale::Fr);
        assert!(body.contains(&text(Locale::Fr, "question-email-reply")));
        let (_, reply) = message(Told::Reply).email(Locale::Fr);
        assert!(!reply.contains(&text(Locale::Fr, "question-email-reply")));
    }

    #[test]
    fn an_sms_is_short_and_never_carries_the_text() {
        for locale in Locale::ALL {
            for told in [Told::Reply, Told::Question] {
                let sms = message(told).sms(locale);
                assert!(!sms.contains("Votre acte"), "{locale:?}");
                assert!(sms.contains("D-2026-00042"), "{locale:?}");
                assert!(sms.contains("https://mairie.test/suivi"), "{locale:?}");
                // Three SMS at most, even in a script counted in UCS-2 (70 a part).
                assert!(sms.chars().count() <= 201, "{locale:?}: {sms}");
            }
        }
    }

    #[test]
    fn the_letter_keeps_the_agents_paragraphs_in_french_only() {
        let m = message(Told::Reply);
        let french = m.letter(Locale::Fr, true);
        assert!(french.contains(&"Venez le retirer à l'accueil.".to_owned()));
        let arabic = m.letter(Locale::Ar, false);
        assert!(!arabic.iter().any(|p| p.contains("Venez")));
        assert_eq!(arabic.len(), 2);
    }

    #[test]
    fn means_need_a_way_to_reach_the_resident() {
        let none = Reach::default();
        assert_eq!(Means::FollowPage.unusable(&none), None);
        assert_eq!(
            Means::Email.unusable(&none),
            Some("requests-error-means-email")
        );
        assert_eq!(Means::Sms.unusable(&none), Some("requests-error-means-sms"));
        assert_eq!(
            Means::Letter.unusable(&none),
            Some("requests-error-means-letter")
        );
        let all = Reach {
            email: true,
            mobile: true,
            postal: true,
        };
        assert!(Means::ALL.iter().all(|m| m.unusable(&all).is_none()));
        for m in Means::ALL {
            assert_eq!(Means::parse(m.as_str()), Some(m));
        }
    }
}
