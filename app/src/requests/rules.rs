//! The pure rules of requests: references and check codes, which deadline applies to a
//! channel and kind, the clock's pauses read from the history, and the checks of what
//! agents and residents type.

use super::deadline::{self, Allowance, Clock, NeverOpen, Pause, SiteCalendar, Unit};
use super::model::{MAX_ADDRESS, MAX_ADDRESS_LINES, MAX_SUBJECT, MAX_TEXT};
use crate::statuses::{Channel, RequestKind, RequestStatus};
use chrono::{DateTime, Utc};

/// `D-2026-00042`: the year of reception and its number in that year.
pub fn reference(year: i32, number: i32) -> String {
    format!("D-{year}-{number:05}")
}

/// A reference as residents type it: `d-2026-42`, ` D 2026 00042 ` → `D-2026-00042`.
pub fn normalise_reference(input: &str) -> Option<String> {
    let parts: Vec<&str> = input
        .trim()
        .split(|c: char| c == '-' || c.is_whitespace() || c == '/')
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [d, year, number] if d.eq_ignore_ascii_case("d") => {
            let year: i32 = year.parse().ok().filter(|y| (2000..=2999).contains(y))?;
            let number: i32 = number.parse().ok().filter(|n| *n > 0)?;
            Some(reference(year, number))
        }
        _ => None,
    }
}

/// Check codes are compared as people type them: case, spaces and dashes do not matter.
/// An empty stored code (a request from before codes existed) matches nothing.
pub fn code_matches(stored: &str, typed: &str) -> bool {
    let typed: String = typed
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    !stored.is_empty()
        && stored.len() == typed.len()
        // Same time whatever the first wrong character.
        && stored
            .bytes()
            .zip(typed.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// A check code as printed and shown, in two groups easy to read out: `K7QM-3XWP`.
pub fn readable_code(code: &str) -> String {
    match code.len() {
        8 if code.is_ascii() => format!("{}-{}", &code[..4], &code[4..]),
        _ => code.to_owned(),
    }
}

/// A deadline rule as stored: channel and kind (`""` for any), amount and unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub channel: String,
    pub kind: String,
    pub amount: i32,
    pub unit: String,
}

/// The rules a new town starts with (its database is seeded with the same): letters 15
/// days, notaries' questions 7 days, e-mails 5 working days, anything else 15 days.
pub fn default_rules() -> Vec<Rule> {
    [
        ("", "", 15, "calendar_days"),
        ("letter", "", 15, "calendar_days"),
        ("email", "", 5, "working_days"),
        ("", "notary", 7, "calendar_days"),
    ]
    .into_iter()
    .map(|(channel, kind, amount, unit)| Rule {
        channel: channel.into(),
        kind: kind.into(),
        amount,
        unit: unit.into(),
    })
    .collect()
}

/// Used when no rule applies at all (the town deleted them): 15 days, as for letters.
pub const FALLBACK: Allowance = Allowance {
    amount: 15,
    unit: Unit::CalendarDays,
};

/// The most specific rule for a channel and kind: both named, then the kind alone, then
/// the channel alone, then the rule for any (a notary's e-mail gets the notaries' 7 days,
/// not the e-mails' 5 working days).
pub fn allowance_for(rules: &[Rule], channel: Channel, kind: RequestKind) -> Allowance {
    let (c, k) = (channel.as_str(), kind.as_str());
    [(c, k), ("", k), (c, ""), ("", "")]
        .iter()
        .find_map(|(rc, rk)| {
            rules
                .iter()
                .find(|r| r.channel == *rc && r.kind == *rk)
                .and_then(|r| {
                    Some(Allowance {
                        amount: u16::try_from(r.amount).ok().filter(|a| *a > 0)?,
                        unit: Unit::from_code(&r.unit)?,
                    })
                })
        })
        .unwrap_or(FALLBACK)
}

/// The clock's pauses from the statuses the history went through (in time order): it
/// stops whenever the status does not make it run, and starts again when it does.
pub fn pauses(
    received: RequestStatus,
    changes: impl IntoIterator<Item = (DateTime<Utc>, RequestStatus)>,
) -> Vec<Pause> {
    let mut list: Vec<Pause> = Vec::new();
    let mut running = received.clock_runs();
    for (at, status) in changes {
        match (running, status.clock_runs()) {
            (true, false) => list.push(Pause {
                from: at,
                until: None,
            }),
            (false, true) => {
                if let Some(last) = list.last_mut().filter(|p| p.until.is_none()) {
                    last.until = Some(at);
                }
            }
            _ => {}
        }
        running = status.clock_runs();
    }
    list
}

/// The due instant a request keeps, and whether its clock runs now. While the clock is
/// stopped (waiting for the resident, answered, closed) it keeps the instant it was due
/// when the clock last ran, so an answer can always be told on time or late.
pub fn due(
    calendar: &SiteCalendar,
    received_at: DateTime<Utc>,
    allowance: Allowance,
    pauses: &[Pause],
) -> Result<(DateTime<Utc>, bool), NeverOpen> {
    let running = pauses.iter().all(|p| p.until.is_some());
    match deadline::clock(calendar, received_at, allowance, pauses)? {
        // Also a deadline missed before the clock stopped: it stays missed.
        Clock::Running { due } => Ok((due, running)),
        Clock::Paused { .. } => {
            let ended: Vec<Pause> = pauses
                .iter()
                .filter(|p| p.until.is_some())
                .copied()
                .collect();
            match deadline::clock(calendar, received_at, allowance, &ended)? {
                Clock::Running { due } => Ok((due, false)),
                // Only an open pause stops a clock: without one it runs.
                Clock::Paused { .. } => Ok((received_at, false)),
            }
        }
    }
}

/// A postal address as typed: lines trimmed, empty ones dropped, at most
/// [`MAX_ADDRESS_LINES`] lines and [`MAX_ADDRESS`] characters.
pub fn postal_address(input: &str) -> Result<String, &'static str> {
    let lines: Vec<&str> = input
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let clean = lines.join("\n");
    if lines.len() > MAX_ADDRESS_LINES || clean.chars().count() > MAX_ADDRESS {
        Err("requests-error-address")
    } else {
        Ok(clean)
    }
}

/// A subject as typed: trimmed, on one line, 1 to [`MAX_SUBJECT`] characters.
pub fn subject(input: &str) -> Result<String, &'static str> {
    let clean = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if clean.is_empty() {
        Err("requests-error-subject")
    } else if clean.chars().count() > MAX_SUBJECT {
        Err("requests-error-too-long")
    } else {
        Ok(clean)
    }
}

/// A message or a reply: trimmed, at most [`MAX_TEXT`] characters; `required` refuses an
/// empty one.
pub fn text(input: &str, required: bool) -> Result<String, &'static str> {
    let clean = input.trim().replace("\r\n", "\n");
    if required && clean.is_empty() {
        Err("requests-error-text")
    } else if clean.chars().count() > MAX_TEXT {
        Err("requests-error-too-long")
    } else {
        Ok(clean)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::testing::utc;

    fn rule(channel: &str, kind: &str, amount: i32, unit: &str) -> Rule {
        Rule {
            channel: channel.into(),
            kind: kind.into(),
            amount,
            unit: unit.into(),
        }
    }

    fn defaults() -> Vec<Rule> {
        default_rules()
    }

    #[test]
    fn references_are_read_as_residents_type_them() {
        assert_eq!(reference(2026, 42), "D-2026-00042");
        for typed in ["D-2026-00042", "d-2026-42", " D 2026 00042 ", "d/2026/42"] {
            assert_eq!(
                normalise_reference(typed).as_deref(),
                Some("D-2026-00042"),
                "{typed}"
            );
        }
        for wrong in [
            "",
            "2026-42",
            "X-2026-42",
            "D-26-42",
            "D-2026-0",
            "D-2026-abc",
            "D-2026-1-2",
        ] {
            assert_eq!(normalise_reference(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn check_codes_forgive_case_and_dashes_but_nothing_else() {
        assert!(code_matches("K7QM3X", "k7qm-3x"));
        assert!(code_matches("K7QM3X", " K7 QM 3X "));
        assert!(!code_matches("K7QM3X", "K7QM3Y"));
        assert!(!code_matches("K7QM3X", "K7QM3"));
        assert!(
            !code_matches("", ""),
            "a request without a code opens to nobody"
        );
        assert_eq!(readable_code("K7QM3XWP"), "K7QM-3XWP");
        assert!(code_matches("K7QM3XWP", &readable_code("K7QM3XWP")));
    }

    #[test]
    fn the_most_specific_deadline_rule_wins() {
        let rules = defaults();
        let days = |n, unit| Allowance { amount: n, unit };
        assert_eq!(
            allowance_for(&rules, Channel::Letter, RequestKind::Information),
            days(15, Unit::CalendarDays)
        );
        assert_eq!(
            allowance_for(&rules, Channel::Email, RequestKind::Information),
            days(5, Unit::WorkingDays)
        );
        assert_eq!(
            allowance_for(&rules, Channel::Email, RequestKind::Notary),
            days(7, Unit::CalendarDays),
            "the kind is more specific than the channel"
        );
        assert_eq!(
            allowance_for(&rules, Channel::Phone, RequestKind::Complaint),
            days(15, Unit::CalendarDays)
        );
        let mut own = rules.clone();
        own.push(rule("email", "notary", 3, "working_days"));
        assert_eq!(
            allowance_for(&own, Channel::Email, RequestKind::Notary),
            days(3, Unit::WorkingDays)
        );
        assert_eq!(
            allowance_for(&[], Channel::Web, RequestKind::Other),
            FALLBACK
        );
        let broken = vec![
            rule("", "", 0, "calendar_days"),
            rule("web", "", 4, "fortnights"),
        ];
        assert_eq!(
            allowance_for(&broken, Channel::Web, RequestKind::Other),
            FALLBACK
        );
    }

    #[test]
    fn the_clock_stops_while_waiting_or_answered_and_starts_again() {
        use RequestStatus as S;
        let at = |s| utc(s);
        let changes = vec![
            (at("2026-12-01T09:00:00Z"), S::InProgress),
            (at("2026-12-02T09:00:00Z"), S::WaitingResident),
            (at("2026-12-04T09:00:00Z"), S::InProgress),
            (at("2026-12-07T09:00:00Z"), S::Answered),
            (at("2026-12-08T09:00:00Z"), S::Closed),
            (at("2026-12-09T09:00:00Z"), S::InProgress),
            (at("2026-12-10T09:00:00Z"), S::WaitingResident),
        ];
        assert_eq!(
            pauses(S::Received, changes),
            vec![
                Pause {
                    from: at("2026-12-02T09:00:00Z"),
                    until: Some(at("2026-12-04T09:00:00Z"))
                },
                Pause {
                    from: at("2026-12-07T09:00:00Z"),
                    until: Some(at("2026-12-09T09:00:00Z"))
                },
                Pause {
                    from: at("2026-12-10T09:00:00Z"),
                    until: None
                },
            ]
        );
        assert_eq!(pauses(S::Received, vec![]), vec![]);
    }

    #[test]
    fn postal_addresses_keep_their_lines() {
        assert_eq!(
            postal_address(" Amina Benali \r\n\n 12 rue des Lilas\n89000 Villebourg "),
            Ok("Amina Benali\n12 rue des Lilas\n89000 Villebourg".into())
        );
        assert_eq!(postal_address(""), Ok(String::new()));
        assert_eq!(
            postal_address(&"a\n".repeat(7)),
            Err("requests-error-address")
        );
        assert_eq!(
            postal_address(&"a".repeat(301)),
            Err("requests-error-address")
        );
    }

    #[test]
    fn subjects_and_texts_are_checked() {
        assert_eq!(subject("  Copie   d'acte \n"), Ok("Copie d'acte".into()));
        assert_eq!(subject("   "), Err("requests-error-subject"));
        assert_eq!(subject(&"a".repeat(201)), Err("requests-error-too-long"));
        assert_eq!(
            text(" Bonjour\r\nMerci ", true),
            Ok("Bonjour\nMerci".into())
        );
        assert_eq!(text("", true), Err("requests-error-text"));
        assert_eq!(text("", false), Ok(String::new()));
        assert_eq!(
            text(&"é".repeat(4001), false),
            Err("requests-error-too-long")
        );
    }
}
