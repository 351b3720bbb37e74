//! The values a counsellor fills a phrase with, checked from what the panel's form sends.

use crate::i18n::money::Euros;
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// The resident's grammatical gender, for languages whose sentences agree with it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Gender {
    Female,
    Male,
    #[default]
    Unspecified,
}

impl Gender {
    pub const ALL: [Gender; 3] = [Gender::Unspecified, Gender::Female, Gender::Male];

    pub const fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "f",
            Gender::Male => "m",
            Gender::Unspecified => "",
        }
    }

    pub fn parse(s: &str) -> Gender {
        match s {
            "f" => Gender::Female,
            "m" => Gender::Male,
            _ => Gender::Unspecified,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Filled {
    pub date: Option<NaiveDate>,
    pub time: Option<NaiveTime>,
    pub place: Option<String>,
    pub desk: Option<String>,
    /// A service's slug; its name is written in each language.
    pub service: Option<String>,
    pub amount: Option<Euros>,
    /// Documents, in French (a motif's list, or typed one per line).
    pub documents: Vec<String>,
    pub count: Option<u32>,
    pub days: Option<u32>,
    pub gender: Gender,
}

/// The longest free text a value may be: a place or desk name, one document.
pub const MAX_TEXT: usize = 120;
/// The most documents a list takes.
pub const MAX_DOCUMENTS: usize = 12;
/// Counts beyond this are typing mistakes at a desk.
pub const MAX_NUMBER: u32 = 999;

/// The form's raw values, as the query string carries them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilledForm {
    pub date: Option<String>,
    pub heure: Option<String>,
    pub lieu: Option<String>,
    pub guichet: Option<String>,
    pub service: Option<String>,
    pub montant: Option<String>,
    pub pieces: Option<String>,
    pub nombre: Option<String>,
    pub jours: Option<String>,
    pub genre: Option<String>,
}

impl FilledForm {
    /// The values, and the message id of each field that could not be read (that value
    /// stays blank in the sentence; nothing is guessed).
    pub fn read(&self) -> (Filled, Vec<(&'static str, &'static str)>) {
        let mut problems = Vec::new();
        let present = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let mut check = |field: &'static str, ok: bool| {
            if !ok {
                problems.push((field, "panel-error-value"));
            }
            ok
        };
        let date = present(&self.date).and_then(|s| {
            let d = NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok();
            check("date", d.is_some()).then_some(d).flatten()
        });
        let time = present(&self.heure).and_then(|s| {
            let t = NaiveTime::parse_from_str(&s, "%H:%M").ok();
            check("heure", t.is_some()).then_some(t).flatten()
        });
        let mut text = |field: &'static str, v: &Option<String>| {
            present(v).filter(|s| check(field, s.chars().count() <= MAX_TEXT))
        };
        let place = text("lieu", &self.lieu);
        let desk = text("guichet", &self.guichet);
        let service = present(&self.service);
        let amount = present(&self.montant).and_then(|s| {
            let a = Euros::parse(&s);
            check("montant", a.is_some()).then_some(a).flatten()
        });
        let documents: Vec<String> = present(&self.pieces)
            .map(|s| {
                s.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        let documents = if documents.len() > MAX_DOCUMENTS
            || documents.iter().any(|d| d.chars().count() > MAX_TEXT)
        {
            problems.push(("pieces", "panel-error-value"));
            Vec::new()
        } else {
            documents
        };
        let mut number = |field: &'static str, v: &Option<String>| {
            present(v).and_then(|s| {
                let n = s.parse::<u32>().ok().filter(|n| *n <= MAX_NUMBER);
                if n.is_none() {
                    problems.push((field, "panel-error-value"));
                }
                n
            })
        };
        let count = number("nombre", &self.nombre);
        let days = number("jours", &self.jours);
        let gender = Gender::parse(self.genre.as_deref().unwrap_or(""));
        (
            Filled {
                date,
                time,
                place,
                desk,
                service,
                amount,
                documents,
                count,
                days,
                gender,
            },
            problems,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_values_are_read_and_bad_ones_reported_not_guessed() {
        let form = FilledForm {
            date: Some("2026-12-07".into()),
            heure: Some("14:30".into()),
            lieu: Some(" Hôtel de ville ".into()),
            montant: Some("25,50".into()),
            pieces: Some("une photo\n\n un justificatif \n".into()),
            nombre: Some("3".into()),
            jours: Some("mille".into()),
            genre: Some("f".into()),
            ..FilledForm::default()
        };
        let (filled, problems) = form.read();
        assert_eq!(filled.date, NaiveDate::from_ymd_opt(2026, 12, 7));
        assert_eq!(filled.time, NaiveTime::from_hms_opt(14, 30, 0));
        assert_eq!(filled.place.as_deref(), Some("Hôtel de ville"));
        assert_eq!(filled.amount, Some(Euros::from_cents(2550)));
        assert_eq!(filled.documents, ["une photo", "un justificatif"]);
        assert_eq!(filled.count, Some(3));
        assert_eq!(filled.days, None);
        assert_eq!(filled.gender, Gender::Female);
        assert_eq!(problems, [("jours", "panel-error-value")]);

        let bad = FilledForm {
            date: Some("07/12/2026".into()),
            montant: Some("-4".into()),
            lieu: Some("x".repeat(MAX_TEXT + 1)),
            ..FilledForm::default()
        };
        let (filled, problems) = bad.read();
        assert_eq!(filled, Filled::default());
        let fields: Vec<_> = problems.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["date", "lieu", "montant"]);
    }
}
