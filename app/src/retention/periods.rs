//! How long each kind of residents' data keeps its personal part, and the instant before
//! which a row is anonymised. Pure: the job reads the periods once and asks for cut-offs.

use chrono::{DateTime, Months, Utc};
use std::fmt;

/// The default, for every kind a town does not name (issue 18: 24 months).
pub const DEFAULT_MONTHS: u32 = 24;
/// Ten years: a longer period is more likely a typing error than a town's decision.
pub const MAX_MONTHS: u32 = 120;

/// The kinds of records, as a town names them in `GUICHET_RETENTION`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Appointments, counted from their end.
    Appointments,
    /// Waiting-list entries, from the last day they waited for.
    Waitlist,
    /// Tickets, from the day they were taken.
    Tickets,
    /// Counsellors' notes on desk visits, from the visit.
    Visits,
    /// Requests, from when they were closed (an open request keeps its writer).
    Requests,
    /// E-mails and SMS, from when they were queued.
    Messages,
    /// Survey comments, from the survey.
    Surveys,
    /// Calls of the "aller vers" campaigns, from the call (or the campaign, if never called).
    Calls,
    /// Counsellors' "same person" links, from the link.
    Links,
    /// Details of audit rows, from the row.
    Audit,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::Appointments,
        Kind::Waitlist,
        Kind::Tickets,
        Kind::Visits,
        Kind::Requests,
        Kind::Messages,
        Kind::Surveys,
        Kind::Calls,
        Kind::Links,
        Kind::Audit,
    ];

    /// Its name in the configuration and in the audit row.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Appointments => "appointments",
            Kind::Waitlist => "waitlist",
            Kind::Tickets => "tickets",
            Kind::Visits => "visits",
            Kind::Requests => "requests",
            Kind::Messages => "messages",
            Kind::Surveys => "surveys",
            Kind::Calls => "calls",
            Kind::Links => "links",
            Kind::Audit => "audit",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Months kept, per kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Periods([u32; Kind::ALL.len()]);

impl Default for Periods {
    fn default() -> Self {
        Periods::uniform(DEFAULT_MONTHS)
    }
}

/// Why a configuration is refused, said to the administrator who wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeriodError {
    UnknownKind(String),
    Months(String),
    Malformed(String),
}

impl fmt::Display for PeriodError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PeriodError::UnknownKind(k) => write!(
                f,
                "unknown kind {k:?} (known: {})",
                Kind::ALL.map(Kind::as_str).join(", ")
            ),
            PeriodError::Months(m) => {
                write!(f, "{m:?} is not a number of months from 1 to {MAX_MONTHS}")
            }
            PeriodError::Malformed(p) => write!(f, "{p:?} is not kind=months"),
        }
    }
}

fn months(text: &str) -> Result<u32, PeriodError> {
    match text.trim().parse::<u32>() {
        Ok(m) if (1..=MAX_MONTHS).contains(&m) => Ok(m),
        _ => Err(PeriodError::Months(text.trim().to_owned())),
    }
}

impl Periods {
    pub fn uniform(months: u32) -> Periods {
        Periods([months; Kind::ALL.len()])
    }

    /// `default` months for every kind (empty: [`DEFAULT_MONTHS`]), then `overrides` as
    /// `messages=6,audit=36`.
    pub fn parse(default: &str, overrides: &str) -> Result<Periods, PeriodError> {
        let mut periods = match default.trim() {
            "" => Periods::default(),
            m => Periods::uniform(months(m)?),
        };
        for part in overrides
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let (kind, m) = part
                .split_once('=')
                .ok_or_else(|| PeriodError::Malformed(part.to_owned()))?;
            let kind = Kind::parse(kind.trim())
                .ok_or_else(|| PeriodError::UnknownKind(kind.to_owned()))?;
            periods = periods.with(kind, months(m)?);
        }
        Ok(periods)
    }

    pub fn with(mut self, kind: Kind, months: u32) -> Periods {
        self.0[kind as usize] = months;
        self
    }

    pub fn months(&self, kind: Kind) -> u32 {
        self.0[kind as usize]
    }

    /// Rows of `kind` dated before this instant lose their personal part: the same
    /// calendar day and time, `months` earlier (the 31st becomes the month's last day).
    pub fn cutoff(&self, kind: Kind, now: DateTime<Utc>) -> DateTime<Utc> {
        now.checked_sub_months(Months::new(self.months(kind)))
            .unwrap_or(DateTime::<Utc>::MIN_UTC)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn every_kind_keeps_24_months_unless_told() {
        let p = Periods::parse("", "").unwrap();
        assert!(Kind::ALL.iter().all(|k| p.months(*k) == 24));
        let p = Periods::parse("36", "messages=6, audit=12").unwrap();
        assert_eq!(p.months(Kind::Messages), 6);
        assert_eq!(p.months(Kind::Audit), 12);
        assert_eq!(p.months(Kind::Appointments), 36);
    }

    #[test]
    fn a_wrong_configuration_is_refused_with_what_is_wrong() {
        assert_eq!(
            Periods::parse("0", ""),
            Err(PeriodError::Months("0".into()))
        );
        assert_eq!(
            Periods::parse("", "rdv=3"),
            Err(PeriodError::UnknownKind("rdv".into()))
        );
        assert_eq!(
            Periods::parse("", "messages"),
            Err(PeriodError::Malformed("messages".into()))
        );
        assert!(Periods::parse("", "messages=121").is_err());
        assert!(Periods::parse("douze", "").is_err());
        let said = Periods::parse("", "rdv=3").unwrap_err().to_string();
        assert!(said.contains("appointments"), "{said}");
    }

    #[test]
    fn the_cutoff_is_the_same_day_months_earlier() {
        let now = Utc.with_ymd_and_hms(2026, 12, 8, 3, 0, 0).unwrap();
        let p = Periods::default().with(Kind::Messages, 1);
        assert_eq!(
            p.cutoff(Kind::Appointments, now),
            Utc.with_ymd_and_hms(2024, 12, 8, 3, 0, 0).unwrap()
        );
        assert_eq!(
            p.cutoff(Kind::Messages, now),
            Utc.with_ymd_and_hms(2026, 11, 8, 3, 0, 0).unwrap()
        );
        // 31 March less one month: the last day of February.
        let march = Utc.with_ymd_and_hms(2028, 3, 31, 12, 0, 0).unwrap();
        assert_eq!(
            Periods::uniform(1).cutoff(Kind::Tickets, march),
            Utc.with_ymd_and_hms(2028, 2, 29, 12, 0, 0).unwrap()
        );
    }
}
