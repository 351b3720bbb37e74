//! The phrasebook's texts, on the server only: `locales/<lang>/phrasebook.ftl` compiled
//! into the server binary (never into the wasm, see `app/build.rs`), and a phrase written
//! in a language with the values the counsellor filled in, each written the way that
//! language writes it (dates, amounts, lists).

use super::catalogue::{Catalogue, Var};
use super::filled::{Filled, Gender};
use super::model::Pair;
use crate::i18n::Locale;
use crate::i18n::dates::long_date;
use fluent_templates::fluent_bundle::concurrent::FluentBundle;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::LazyLock;

/// What an unfilled value shows: the sentence stays readable, the gap visible.
pub const BLANK: &str = "…";

macro_rules! sources {
    ($($locale:ident => $lang:literal),* $(,)?) => {
        [$((Locale::$locale, include_str!(concat!("../../../locales/", $lang, "/phrasebook.ftl")))),*]
    };
}

/// Every language's phrasebook source, French first.
pub const SOURCES: [(Locale, &str); 11] = sources!(
    Fr => "fr", En => "en", Ar => "ar", Fa => "fa", Es => "es", Pt => "pt",
    Tr => "tr", Ro => "ro", Ru => "ru", Uk => "uk", Zh => "zh",
);

/// The structure, from the French file (the tests check every language has the same).
pub static CATALOGUE: LazyLock<Catalogue> =
    LazyLock::new(|| Catalogue::parse(SOURCES[0].1).expect("the French phrasebook parses"));

static BUNDLES: LazyLock<HashMap<Locale, FluentBundle<FluentResource>>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(locale, source)| {
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|_| panic!("the {} phrasebook parses", locale.code()));
            let mut bundle = FluentBundle::new_concurrent(vec![locale.langid()]);
            // Keep Latin names readable inside right-to-left sentences.
            bundle.set_use_isolating(true);
            bundle
                .add_resource(resource)
                .unwrap_or_else(|_| panic!("the {} phrasebook has no duplicate", locale.code()));
            (*locale, bundle)
        })
        .collect()
});

/// The plain text of message `id` in `locale` (situation names, answers, list words).
pub fn text(locale: Locale, id: &str) -> Option<String> {
    format(locale, id, None)
}

fn format(locale: Locale, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = BUNDLES.get(&locale)?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// Phrase `id` in `locale`, completed with `filled`; None for an unknown phrase.
pub fn phrase(locale: Locale, id: &str, filled: &Filled) -> Option<String> {
    let phrase = CATALOGUE.phrase(id)?;
    let mut args = FluentArgs::new();
    for var in &phrase.vars {
        args.set(var.name(), value(locale, *var, filled));
    }
    format(locale, id, Some(&args))
}

fn value(locale: Locale, var: Var, filled: &Filled) -> FluentValue<'static> {
    let or_blank = |v: Option<String>| FluentValue::from(v.unwrap_or_else(|| BLANK.to_owned()));
    match var {
        Var::Date => or_blank(filled.date.map(|d| long_date(locale, d))),
        Var::Time => or_blank(filled.time.map(|t| t.format("%H:%M").to_string())),
        Var::Place => or_blank(filled.place.clone()),
        Var::Desk => or_blank(filled.desk.clone()),
        Var::Service => or_blank(
            filled
                .service
                .as_ref()
                .map(|s| crate::i18n::names::service_name(locale, s, s)),
        ),
        Var::Amount => or_blank(filled.amount.map(|a| a.format(locale))),
        Var::Documents => or_blank(list(locale, &filled.documents)),
        // Plural variants need a number; an unfilled count reads as "other".
        Var::Count => filled
            .count
            .map(FluentValue::from)
            .unwrap_or_else(|| BLANK.into()),
        Var::Days => filled
            .days
            .map(FluentValue::from)
            .unwrap_or_else(|| BLANK.into()),
        Var::Gender => FluentValue::from(match filled.gender {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Unspecified => "other",
        }),
    }
}

/// Message `id` (a phrase or an answer) in French and in `them`, completed with `filled`.
pub fn pair(them: Locale, id: &str, filled: &Filled) -> Pair {
    let one = |l: Locale| {
        phrase(l, id, filled)
            .or_else(|| text(l, id))
            .unwrap_or_default()
    };
    Pair {
        id: id.to_owned(),
        fr: one(Locale::Fr),
        theirs: one(them),
    }
}

/// "a, b and c" in that language's words; None for an empty list.
pub fn list(locale: Locale, items: &[String]) -> Option<String> {
    let (last, rest) = items.split_last()?;
    if rest.is_empty() {
        return Some(last.clone());
    }
    let comma = text(locale, "phrasebook-list-comma").unwrap_or_else(|| ", ".into());
    let mut args = FluentArgs::new();
    args.set("first", rest.join(&comma));
    args.set("last", last.clone());
    format(locale, "phrasebook-list-and", Some(&args))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::money::Euros;
    use chrono::{NaiveDate, NaiveTime};

    fn plain(s: Option<String>) -> String {
        s.unwrap().replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn the_catalogue_is_large_enough_to_be_useful() {
        assert!(CATALOGUE.situations.len() >= 10, "at least ten situations");
        assert!(CATALOGUE.phrase_count() >= 120, "at least 120 phrases");
        for s in &CATALOGUE.situations {
            assert!(!s.phrases.is_empty(), "{} has phrases", s.slug);
        }
        for base in [
            "yes",
            "no",
            "dont-understand",
            "repeat",
            "slower",
            "interpreter",
        ] {
            let id = format!("answer-{base}");
            assert!(CATALOGUE.answers.contains(&id), "{id}");
        }
    }

    #[test]
    fn every_language_has_the_same_structure_as_french() {
        for (locale, source) in SOURCES {
            let other = Catalogue::parse(source).unwrap();
            assert_eq!(other, *CATALOGUE, "{}", locale.code());
        }
    }

    #[test]
    fn an_appointment_is_written_with_its_date_time_and_place() {
        let filled = Filled {
            date: NaiveDate::from_ymd_opt(2026, 12, 7),
            time: NaiveTime::from_hms_opt(14, 30, 0),
            place: Some("Hôtel de ville".into()),
            ..Filled::default()
        };
        let fr = plain(phrase(
            Locale::Fr,
            "phrase-appointments-date-time-place",
            &filled,
        ));
        assert!(
            fr.contains("lundi 7 décembre 2026") && fr.contains("14:30"),
            "{fr}"
        );
        assert!(fr.contains("Hôtel de ville"), "{fr}");
        let uk = plain(phrase(
            Locale::Uk,
            "phrase-appointments-date-time-place",
            &filled,
        ));
        assert!(uk.contains("14:30") && !uk.contains("décembre"), "{uk}");
        // Unfilled values leave a visible gap, not a Fluent error.
        let blank = plain(phrase(
            Locale::Fr,
            "phrase-appointments-date-time-place",
            &Filled::default(),
        ));
        assert!(blank.contains(BLANK) && !blank.contains('$'), "{blank}");
    }

    #[test]
    fn documents_are_listed_and_amounts_written_per_language() {
        let docs = vec![
            "une photo".to_string(),
            "un justificatif de domicile".to_string(),
            "le livret de famille".to_string(),
        ];
        assert_eq!(
            plain(list(Locale::Fr, &docs)),
            "une photo, un justificatif de domicile et le livret de famille"
        );
        assert_eq!(list(Locale::Fr, &[]), None);
        assert_eq!(plain(list(Locale::Fr, &docs[..1])), "une photo");
        let filled = Filled {
            documents: docs.clone(),
            amount: Some(Euros::from_cents(8600)),
            ..Filled::default()
        };
        let fr = plain(phrase(Locale::Fr, "phrase-documents-bring", &filled));
        assert!(
            fr.contains("un justificatif de domicile et le livret"),
            "{fr}"
        );
        let fr = plain(phrase(Locale::Fr, "phrase-payments-amount", &filled));
        assert!(fr.contains("86\u{a0}€"), "{fr}");
        let en = plain(phrase(Locale::En, "phrase-payments-amount", &filled));
        assert!(en.contains("€86"), "{en}");
    }

    #[test]
    fn plurals_and_gender_choose_their_variant() {
        let one = Filled {
            count: Some(1),
            ..Filled::default()
        };
        let three = Filled {
            count: Some(3),
            ..Filled::default()
        };
        let a = plain(phrase(Locale::Fr, "phrase-queue-people-ahead", &one));
        let b = plain(phrase(Locale::Fr, "phrase-queue-people-ahead", &three));
        assert!(
            a.contains('1') && b.contains('3') && a != b.replace('3', "1"),
            "{a} / {b}"
        );
        let female = Filled {
            gender: Gender::Female,
            ..Filled::default()
        };
        let male = Filled {
            gender: Gender::Male,
            ..Filled::default()
        };
        let f = plain(phrase(Locale::Fr, "phrase-understanding-ready", &female));
        let m = plain(phrase(Locale::Fr, "phrase-understanding-ready", &male));
        assert_ne!(f, m, "French agrees with the resident's gender");
    }
}
