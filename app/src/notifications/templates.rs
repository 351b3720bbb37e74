//! Messages to residents, rendered on the server in the resident's language from
//! `locales/<lang>/notifications.ftl`: a short SMS (one message where the language's
//! alphabet allows) and a complete e-mail. A town may word a message its own way per
//! kind, channel and language (`/agent/admin/modeles`): the SMS, or the e-mail's subject
//! and opening paragraph; the e-mail's facts (when, where, reference, documents, link)
//! stay as they are, so no wording can lose them.

use super::model::TemplateField;
use super::outbox::{Channel, Outgoing};
use super::wording::{self, Overrides, PLACEABLES, Wording, WordingError};
use crate::i18n::dates::{clock, long_date, paris_date, short_date};
use crate::i18n::{Locale, args, text, text_with};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr};
use std::collections::BTreeSet;

/// Which message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Confirmed,
    Moved,
    Cancelled,
    /// Some days before (two by default).
    Reminder,
    /// The morning of the appointment.
    Today,
    /// A freed slot held for someone on the waitlist until `until`.
    Offer {
        until: DateTime<Utc>,
    },
}

impl Kind {
    /// The template name kept with the message, and the prefix of its Fluent ids.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Confirmed => "confirmed",
            Kind::Moved => "moved",
            Kind::Cancelled => "cancelled",
            Kind::Reminder => "reminder",
            Kind::Today => "today",
            Kind::Offer { .. } => "offer",
        }
    }

    /// The kind named `name`; an offer held until `until`.
    pub fn from_name(name: &str, until: DateTime<Utc>) -> Option<Kind> {
        Some(match name {
            "confirmed" => Kind::Confirmed,
            "moved" => Kind::Moved,
            "cancelled" => Kind::Cancelled,
            "reminder" => Kind::Reminder,
            "today" => Kind::Today,
            "offer" => Kind::Offer { until },
            _ => return None,
        })
    }

    /// The placeables its messages have: `until` only in an offer.
    pub fn placeables(self) -> Vec<&'static str> {
        PLACEABLES
            .into_iter()
            .filter(|p| *p != "until" || matches!(self, Kind::Offer { .. }))
            .collect()
    }
}

/// What a message says about an appointment (or an offered slot).
#[derive(Clone, Debug)]
pub struct Facts {
    pub reference: String,
    pub name: String,
    /// Already in the resident's language.
    pub motif: String,
    pub site: String,
    pub address: String,
    pub site_phone: Option<String>,
    pub starts_at: DateTime<Utc>,
    pub documents: Vec<String>,
    /// The link to manage the appointment, or to confirm the offer.
    pub link: Option<String>,
}

/// Where to send: an E.164 mobile number and/or an e-mail address.
#[derive(Clone, Debug, Default)]
pub struct Recipients {
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// The messages to enqueue, with the town's wordings in force in `db`. `key` makes them
/// idempotent, e.g. the appointment id and, for a change, its time: the same change never
/// sends twice.
pub async fn render_current<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    locale: Locale,
    facts: &Facts,
    to: &Recipients,
    key: &str,
) -> Result<Vec<Outgoing>, DbErr> {
    let overrides = super::overrides::current(db).await?;
    Ok(render_with(&overrides, kind, locale, facts, to, key))
}

/// [`render_current`] with the default texts only.
pub fn render(
    kind: Kind,
    locale: Locale,
    facts: &Facts,
    to: &Recipients,
    key: &str,
) -> Vec<Outgoing> {
    render_with(&Overrides::default(), kind, locale, facts, to, key)
}

/// The messages to enqueue, with `overrides` where they have a wording.
pub fn render_with(
    overrides: &Overrides,
    kind: Kind,
    locale: Locale,
    facts: &Facts,
    to: &Recipients,
    key: &str,
) -> Vec<Outgoing> {
    let mut out = Vec::new();
    let template = format!("appointment-{}", kind.name());
    if let Some(phone) = &to.phone {
        out.push(Outgoing {
            channel: Channel::Sms,
            recipient: phone.clone(),
            language: locale.code().into(),
            template: template.clone(),
            subject: None,
            body: sms(overrides, kind, locale, facts),
            idempotency_key: format!("{template}:{key}:sms"),
        });
    }
    if let Some(email) = &to.email {
        out.push(Outgoing {
            channel: Channel::Email,
            recipient: email.clone(),
            language: locale.code().into(),
            template: template.clone(),
            subject: Some(subject(overrides, kind, locale, facts)),
            body: email_body(overrides, kind, locale, facts),
            idempotency_key: format!("{template}:{key}:email"),
        });
    }
    out
}

fn message_args(kind: Kind, locale: Locale, facts: &Facts, short: bool) -> crate::i18n::Args {
    let day = paris_date(facts.starts_at);
    let date = if short {
        short_date(locale, day)
    } else {
        long_date(locale, day)
    };
    let until = match kind {
        Kind::Offer { until } => clock(until),
        _ => String::new(),
    };
    args([
        ("date", date.into()),
        ("time", clock(facts.starts_at).into()),
        ("site", facts.site.clone().into()),
        ("reference", facts.reference.clone().into()),
        ("link", facts.link.clone().unwrap_or_default().into()),
        ("until", until.into()),
        ("name", first_name(&facts.name).into()),
        ("motif", facts.motif.clone().into()),
        ("address", facts.address.clone().into()),
    ])
}

/// The town's wording of `kind` on `channel` in `locale`, if it has one.
fn wording(
    overrides: &Overrides,
    kind: Kind,
    channel: Channel,
    locale: Locale,
) -> Option<&Wording> {
    overrides.get(kind.name(), channel.as_str(), locale.code())
}

fn sms(overrides: &Overrides, kind: Kind, locale: Locale, facts: &Facts) -> String {
    let a = message_args(kind, locale, facts, true);
    // A wording with the link serves messages that have one; the others keep the default
    // text without a link rather than send "Manage: " and nothing.
    let custom = wording(overrides, kind, Channel::Sms, locale)
        .filter(|w| facts.link.is_some() || !uses(&w.body, "link"))
        .and_then(|w| wording::format(locale, &w.body, &a));
    let text = custom.unwrap_or_else(|| {
        let id = if facts.link.is_some() {
            format!("notif-{}-sms", kind.name())
        } else {
            format!("notif-{}-sms-nolink", kind.name())
        };
        text_with(locale, &id, &a)
    });
    fold_to_gsm(&clean(locale, &text))
}

fn uses(text: &str, placeable: &str) -> bool {
    wording::placeables(text).map_or(true, |p| p.contains(placeable))
}

/// One accent outside the GSM alphabet ("Hôtel") would make a Latin-alphabet SMS cost two
/// or three: fold such letters to their base letter, as phone networks often do anyway,
/// when that makes the whole text GSM. Other scripts are left as they are.
pub(crate) fn fold_to_gsm(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(|c| match c {
            'á' | 'â' | 'ã' | 'ă' => "a".into(),
            'Á' | 'Â' | 'Ã' | 'Ă' => "A".into(),
            'ê' | 'ë' => "e".into(),
            'Ê' | 'Ë' | 'È' => "E".into(),
            'í' | 'î' | 'ï' | 'ı' => "i".into(),
            'Í' | 'Î' | 'Ï' | 'İ' => "I".into(),
            'ó' | 'ô' | 'õ' => "o".into(),
            'Ó' | 'Ô' | 'Õ' => "O".into(),
            'ú' | 'û' => "u".into(),
            'Ú' | 'Û' => "U".into(),
            'ç' => "c".into(),
            'ş' | 'ș' => "s".into(),
            'Ş' | 'Ș' => "S".into(),
            'ț' => "t".into(),
            'Ț' => "T".into(),
            'ğ' => "g".into(),
            'Ğ' => "G".into(),
            'œ' => "oe".into(),
            'Œ' => "OE".into(),
            '’' | 'ʼ' => "'".into(),
            '«' | '»' | '“' | '”' => "\"".into(),
            '–' | '—' => "-".into(),
            '\u{a0}' | '\u{202f}' => " ".into(),
            other => other.to_string(),
        })
        .collect();
    if is_gsm(&folded) {
        folded
    } else {
        s.to_owned()
    }
}

const GSM: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXT: &str = "^{}\\[~]|€";

fn is_gsm(text: &str) -> bool {
    text.chars().all(|c| GSM.contains(c) || GSM_EXT.contains(c))
}

fn subject(overrides: &Overrides, kind: Kind, locale: Locale, facts: &Facts) -> String {
    let a = message_args(kind, locale, facts, false);
    let custom = wording(overrides, kind, Channel::Email, locale)
        .and_then(|w| w.subject.as_deref())
        .and_then(|s| wording::format(locale, s, &a));
    clean(
        locale,
        &custom.unwrap_or_else(|| text_with(locale, &format!("notif-{}-subject", kind.name()), &a)),
    )
}

fn email_body(overrides: &Overrides, kind: Kind, locale: Locale, facts: &Facts) -> String {
    let a = message_args(kind, locale, facts, false);
    let intro = wording(overrides, kind, Channel::Email, locale)
        .and_then(|w| wording::format(locale, &w.body, &a))
        .unwrap_or_else(|| text_with(locale, &format!("notif-{}-intro", kind.name()), &a));
    let mut lines = vec![
        text_with(locale, "notif-greeting", &a),
        String::new(),
        intro,
        String::new(),
        format!(
            "{} {}, {}",
            text(locale, "notif-label-when"),
            long_date(locale, paris_date(facts.starts_at)),
            clock(facts.starts_at)
        ),
        format!(
            "{} {}, {}",
            text(locale, "notif-label-where"),
            facts.site,
            facts.address
        ),
        format!("{} {}", text(locale, "notif-label-motif"), facts.motif),
        format!(
            "{} {}",
            text(locale, "notif-label-reference"),
            facts.reference
        ),
    ];
    if !facts.documents.is_empty() && kind != Kind::Cancelled {
        lines.push(String::new());
        lines.push(text(locale, "notif-label-bring"));
        lines.extend(facts.documents.iter().map(|d| format!("- {d}")));
    }
    if facts.link.is_some() {
        lines.push(String::new());
        let id = match kind {
            Kind::Offer { .. } => "notif-offer-link",
            Kind::Cancelled => "notif-cancelled-link",
            _ => "notif-manage-link",
        };
        lines.push(text_with(locale, id, &a));
    }
    lines.push(String::new());
    lines.push(match &facts.site_phone {
        Some(phone) => text_with(
            locale,
            "notif-footer-phone",
            &args([("phone", phone.clone().into())]),
        ),
        None => text(locale, "notif-footer"),
    });
    clean(locale, &lines.join("\n"))
}

/// The default texts of `kind` on `channel` in `locale`, written as a wording (`{ $date }`
/// where the date goes): what the templates page shows and starts an override from.
pub fn default_wording(kind: Kind, channel: Channel, locale: Locale) -> Wording {
    let placeholders = args(PLACEABLES.map(|p| (p, format!("{{ ${p} }}").into())));
    let source =
        |id: String| text_with(locale, &id, &placeholders).replace(['\u{2068}', '\u{2069}'], "");
    match channel {
        Channel::Sms => Wording {
            subject: None,
            body: source(format!("notif-{}-sms", kind.name())),
        },
        Channel::Email => Wording {
            subject: Some(source(format!("notif-{}-subject", kind.name()))),
            body: source(format!("notif-{}-intro", kind.name())),
        },
    }
}

/// The placeables of `default` a wording of it must keep (see `wording::ESSENTIAL`).
fn mandatory(default: &str) -> BTreeSet<String> {
    wording::placeables(default)
        .unwrap_or_default()
        .into_iter()
        .filter(|p| wording::ESSENTIAL.contains(&p.as_str()))
        .collect()
}

/// What a wording needs: the placeables it must keep, for the body and the subject.
pub fn required(
    kind: Kind,
    channel: Channel,
    locale: Locale,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let default = default_wording(kind, channel, locale);
    (
        mandatory(&default.body),
        default
            .subject
            .as_deref()
            .map(mandatory)
            .unwrap_or_default(),
    )
}

/// Checks a town's wording of `kind` on `channel` in `locale` before it is saved: each
/// field at fault and why, if it is refused.
pub fn check_wording(
    kind: Kind,
    channel: Channel,
    locale: Locale,
    w: &Wording,
) -> Result<(), Vec<(TemplateField, WordingError)>> {
    let allowed = kind.placeables();
    let (body, subject) = required(kind, channel, locale);
    let mut errors = Vec::new();
    if channel == Channel::Email
        && let Err(e) =
            wording::check_subject(w.subject.as_deref().unwrap_or_default(), &allowed, &subject)
    {
        errors.push((TemplateField::Subject, e));
    }
    let max = match channel {
        Channel::Sms => wording::MAX_SMS,
        Channel::Email => wording::MAX_BODY,
    };
    if let Err(e) = wording::check(&w.body, max, &allowed, &body) {
        errors.push((TemplateField::Body, e));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// A made-up appointment to preview messages with, in `locale`; its link has the length of
/// a real one, so that the preview counts SMS segments as they will be.
pub fn sample_facts(locale: Locale, public_url: &str, now: DateTime<Utc>) -> Facts {
    use chrono::{Duration, NaiveTime, TimeZone};
    let day = paris_date(now) + Duration::days(3);
    let nine_thirty = NaiveTime::from_hms_opt(9, 30, 0).expect("a valid time");
    let starts_at = chrono_tz::Europe::Paris
        .from_local_datetime(&day.and_time(nine_thirty))
        .earliest()
        .map_or(now, |t| t.with_timezone(&Utc));
    Facts {
        reference: "EXEMPLE1".into(),
        name: text(locale, "templates-sample-name"),
        motif: text(locale, "templates-sample-motif"),
        site: text(locale, "templates-sample-site"),
        address: text(locale, "templates-sample-address"),
        site_phone: Some("01 23 45 67 89".into()),
        starts_at,
        documents: vec![text(locale, "templates-sample-document")],
        link: Some(format!(
            "{}/rendez-vous/{}",
            public_url.trim_end_matches('/'),
            "0".repeat(32)
        )),
    }
}

/// The one message `kind` sends on `channel` about `facts`, as it would be queued.
pub fn preview(
    overrides: &Overrides,
    kind: Kind,
    channel: Channel,
    locale: Locale,
    facts: &Facts,
) -> Option<Outgoing> {
    let to = Recipients {
        phone: (channel == Channel::Sms).then(|| "+33600000000".into()),
        email: (channel == Channel::Email).then(|| "exemple@example.org".into()),
    };
    render_with(overrides, kind, locale, facts, &to, "preview")
        .into_iter()
        .next()
}

/// Whether an SMS goes in the GSM 7-bit alphabet (else UCS-2, fewer characters a segment).
pub fn is_gsm_text(text: &str) -> bool {
    is_gsm(text)
}

/// "Amina" of "Amina Haddad": messages greet by first name and say no more than needed.
fn first_name(full: &str) -> String {
    full.split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// Fluent's isolation marks matter in right-to-left text (a Latin site name inside an
/// Arabic sentence); in left-to-right languages they only cost characters, and in an SMS
/// they would force the expensive UCS-2 alphabet.
pub(crate) fn clean(locale: Locale, s: &str) -> String {
    if locale.is_rtl() {
        s.to_owned()
    } else {
        s.replace(['\u{2068}', '\u{2069}'], "")
    }
}

/// How many SMS a text takes: 160/153 characters in the GSM 7-bit alphabet, 70/67 in
/// UCS-2 as soon as one character is outside it.
pub fn sms_segments(text: &str) -> usize {
    let (single, multi, len) = if is_gsm(text) {
        let len = text
            .chars()
            .map(|c| if GSM_EXT.contains(c) { 2 } else { 1 })
            .sum::<usize>();
        (160, 153, len)
    } else {
        (70, 67, text.encode_utf16().count())
    };
    if len <= single {
        1
    } else {
        len.div_ceil(multi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(link: bool) -> Facts {
        Facts {
            reference: "R4K7PQ2X".into(),
            name: "Amina Haddad".into(),
            motif: "Carte d'identité ou passeport : dépôt".into(),
            site: "Hôtel de ville".into(),
            address: "1 place de la Mairie, 45000 Villebourg".into(),
            site_phone: Some("02 38 00 00 00".into()),
            starts_at: "2026-11-24T08:30:00Z".parse().unwrap(),
            documents: vec!["Photo d'identité".into(), "Justificatif de domicile".into()],
            link: link.then(|| {
                "https://rdv.villebourg.fr/rendez-vous/0123456789abcdef0123456789abcdef".into()
            }),
        }
    }

    fn to() -> Recipients {
        Recipients {
            phone: Some("+33612345678".into()),
            email: Some("amina@example.fr".into()),
        }
    }

    #[test]
    fn a_confirmation_by_sms_and_email_in_french() {
        let out = render(Kind::Confirmed, Locale::Fr, &facts(true), &to(), "7");
        assert_eq!(out.len(), 2);
        let sms = &out[0];
        assert_eq!(sms.channel, Channel::Sms);
        assert_eq!(sms.idempotency_key, "appointment-confirmed:7:sms");
        assert!(sms.body.contains("mardi 24 novembre"), "{}", sms.body);
        assert!(sms.body.contains("09:30"));
        assert!(sms.body.contains("R4K7PQ2X"));
        assert!(sms.body.contains("/rendez-vous/0123456789abcdef"));
        assert!(!sms.body.to_lowercase().contains("stop"));
        assert_eq!(sms_segments(&sms.body), 1, "{} chars", sms.body.len());
        let mail = &out[1];
        assert_eq!(mail.channel, Channel::Email);
        assert!(
            mail.subject
                .as_deref()
                .unwrap()
                .contains("24 novembre 2026")
        );
        assert!(mail.body.starts_with("Bonjour Amina,"), "{}", mail.body);
        assert!(mail.body.contains("- Photo d'identité"));
        assert!(mail.body.contains("02 38 00 00 00"));
        assert!(!mail.body.contains("Haddad"));
    }

    #[test]
    fn every_message_in_every_language_is_complete() {
        let until: DateTime<Utc> = "2026-11-23T12:00:00Z".parse().unwrap();
        let kinds = [
            Kind::Confirmed,
            Kind::Moved,
            Kind::Cancelled,
            Kind::Reminder,
            Kind::Today,
            Kind::Offer { until },
        ];
        for locale in Locale::ALL {
            for kind in kinds {
                for link in [true, false] {
                    for m in render(kind, locale, &facts(link), &to(), "1") {
                        assert_eq!(m.language, locale.code());
                        // A missing message renders as its id; a missing variable as {$x}.
                        for part in [&m.body, m.subject.as_ref().unwrap_or(&String::new())] {
                            assert!(!part.contains("notif-"), "{locale:?} {kind:?}: {part}");
                            assert!(!part.contains("{$"), "{locale:?} {kind:?}: {part}");
                        }
                        // An offer is not an appointment yet: its SMS has no reference.
                        let offer_sms =
                            matches!(kind, Kind::Offer { .. }) && m.channel == Channel::Sms;
                        assert!(
                            offer_sms || m.body.contains("R4K7PQ2X"),
                            "{locale:?} {kind:?}: {}",
                            m.body
                        );
                        assert!(m.body.contains("09:30"), "{locale:?} {kind:?}: {}", m.body);
                        if m.channel == Channel::Sms {
                            // Short: one SMS in French and English, two in the other
                            // Latin alphabets, three in the others (UCS-2 carries 70
                            // characters, and the link takes as many).
                            let max = match locale.code() {
                                "fr" | "en" => 1,
                                "es" | "pt" | "ro" | "tr" => 2,
                                _ => 3,
                            };
                            assert!(
                                sms_segments(&m.body) <= max,
                                "{locale:?} {kind:?}: {}",
                                m.body
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_town_wording_replaces_the_sms_and_the_email_opening_in_its_language_only() {
        let mut overrides = Overrides::default();
        overrides.insert(
            "confirmed",
            "sms",
            "fr",
            Wording {
                subject: None,
                body: "RDV { $date } à { $time }. Réf. { $reference }. Apportez votre convocation. { $link }".into(),
            },
        );
        overrides.insert(
            "confirmed",
            "email",
            "fr",
            Wording {
                subject: Some("Votre rendez-vous du { $date }".into()),
                body: "C'est confirmé.\nApportez votre convocation.".into(),
            },
        );
        let out = render_with(
            &overrides,
            Kind::Confirmed,
            Locale::Fr,
            &facts(true),
            &to(),
            "7",
        );
        assert!(
            out[0].body.starts_with("RDV mardi 24 novembre à 09:30"),
            "{}",
            out[0].body
        );
        assert!(out[0].body.contains("Apportez votre convocation."));
        assert!(out[0].body.contains("/rendez-vous/0123456789abcdef"));
        assert_eq!(
            out[1].subject.as_deref(),
            Some("Votre rendez-vous du mardi 24 novembre 2026")
        );
        assert!(
            out[1]
                .body
                .contains("Bonjour Amina,\n\nC'est confirmé.\nApportez votre convocation.\n"),
            "{}",
            out[1].body
        );
        // The e-mail's facts stay.
        assert!(out[1].body.contains("R4K7PQ2X") && out[1].body.contains("- Photo d'identité"));
        // Other languages and kinds keep the default.
        let english = render_with(
            &overrides,
            Kind::Confirmed,
            Locale::En,
            &facts(true),
            &to(),
            "7",
        );
        assert_eq!(
            english[0].body,
            render(Kind::Confirmed, Locale::En, &facts(true), &to(), "7")[0].body
        );
        let moved = render_with(
            &overrides,
            Kind::Moved,
            Locale::Fr,
            &facts(true),
            &to(),
            "7",
        );
        assert!(!moved[0].body.contains("convocation"));
        // A message without a link keeps the default rather than an empty link.
        let no_link = render_with(
            &overrides,
            Kind::Confirmed,
            Locale::Fr,
            &facts(false),
            &to(),
            "7",
        );
        assert!(
            no_link[0].body.starts_with("Mairie : RDV confirmé"),
            "{}",
            no_link[0].body
        );
    }

    #[test]
    fn every_default_text_is_a_valid_wording_of_itself() {
        let until: DateTime<Utc> = "2026-11-23T12:00:00Z".parse().unwrap();
        for locale in Locale::ALL {
            for name in crate::notifications::model::TEMPLATE_KINDS {
                let kind = Kind::from_name(name, until).unwrap();
                for channel in [Channel::Sms, Channel::Email] {
                    let default = default_wording(kind, channel, locale);
                    assert!(!default.body.contains("notif-"), "{locale:?} {name}");
                    assert_eq!(
                        check_wording(kind, channel, locale, &default),
                        Ok(()),
                        "{locale:?} {name} {channel:?}: {default:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn what_a_wording_must_keep_follows_its_default_text() {
        let default = default_wording(Kind::Cancelled, Channel::Sms, Locale::Fr);
        assert!(
            default.body.contains("Réf. { $reference }"),
            "{}",
            default.body
        );
        let (sms, _) = required(Kind::Cancelled, Channel::Sms, Locale::Fr);
        let names: Vec<&str> = sms.iter().map(String::as_str).collect();
        assert_eq!(names, ["date", "link", "reference", "time"]);
        // The e-mail's opening carries no fact (they follow it); its subject has the date.
        let (intro, subject) = required(Kind::Confirmed, Channel::Email, Locale::Fr);
        assert!(intro.is_empty());
        assert_eq!(subject.into_iter().collect::<Vec<_>>(), ["date"]);
        // An offer's SMS must say until when the slot is held.
        let until: DateTime<Utc> = "2026-11-23T12:00:00Z".parse().unwrap();
        let (offer, _) = required(Kind::Offer { until }, Channel::Sms, Locale::Ar);
        assert!(offer.contains("until") && offer.contains("link"));
    }

    #[test]
    fn the_preview_is_the_message_as_sent_about_a_made_up_appointment() {
        let now: DateTime<Utc> = "2026-11-20T10:00:00Z".parse().unwrap();
        let sample = sample_facts(Locale::Fr, "https://rdv.villebourg.fr/", now);
        assert_eq!(sample.reference, "EXEMPLE1");
        assert_eq!(clock(sample.starts_at), "09:30");
        let sms = preview(
            &Overrides::default(),
            Kind::Reminder,
            Channel::Sms,
            Locale::Fr,
            &sample,
        )
        .unwrap();
        assert_eq!(sms.channel, Channel::Sms);
        assert!(
            sms.body
                .contains("https://rdv.villebourg.fr/rendez-vous/000"),
            "{}",
            sms.body
        );
        let mail = preview(
            &Overrides::default(),
            Kind::Reminder,
            Channel::Email,
            Locale::Fr,
            &sample,
        )
        .unwrap();
        assert!(
            mail.subject.is_some() && mail.body.contains("Exemple"),
            "{}",
            mail.body
        );
    }

    #[test]
    fn counting_sms_segments() {
        assert_eq!(sms_segments(&"a".repeat(160)), 1);
        assert_eq!(sms_segments(&"a".repeat(161)), 2);
        assert_eq!(sms_segments(&"€".repeat(80)), 1);
        assert_eq!(sms_segments(&"€".repeat(81)), 2);
        assert_eq!(sms_segments(&"ж".repeat(70)), 1);
        assert_eq!(sms_segments(&"ж".repeat(71)), 2);
    }
}
