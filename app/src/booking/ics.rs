//! "Add to my calendar": an iCalendar (RFC 5545) event for an appointment. Times are
//! written in UTC: a TZID without its VTIMEZONE block shifts by an hour in some calendars.
//! The UID stays the same when the appointment moves and SEQUENCE grows, so calendars
//! update the event instead of adding a second one.

use chrono::{DateTime, Utc};

/// What the event says.
#[derive(Clone, Debug)]
pub struct CalendarEvent<'a> {
    /// Stable identity, e.g. the appointment reference.
    pub uid: &'a str,
    /// Host part of the UID, e.g. the town's domain.
    pub domain: &'a str,
    /// 0 when booked, one more at each change.
    pub sequence: u32,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub stamp: DateTime<Utc>,
    pub summary: &'a str,
    pub location: &'a str,
    pub description: &'a str,
    pub cancelled: bool,
}

fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without cutting a UTF-8 character in two.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

/// The whole `.ics` file.
pub fn render(event: &CalendarEvent<'_>) -> String {
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Guichet//Rendez-vous//FR".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        format!(
            "METHOD:{}",
            if event.cancelled { "CANCEL" } else { "PUBLISH" }
        ),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}@{}", event.uid, event.domain),
        format!("DTSTAMP:{}", utc(event.stamp)),
        format!("SEQUENCE:{}", event.sequence),
        format!("DTSTART:{}", utc(event.start)),
        format!("DTEND:{}", utc(event.end)),
        format!("SUMMARY:{}", escape(event.summary)),
        format!("LOCATION:{}", escape(event.location)),
        format!("DESCRIPTION:{}", escape(event.description)),
        format!(
            "STATUS:{}",
            if event.cancelled {
                "CANCELLED"
            } else {
                "CONFIRMED"
            }
        ),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn event(description: &str) -> CalendarEvent<'_> {
        CalendarEvent {
            uid: "R7K3MQ2X",
            domain: "villebourg.invalid",
            sequence: 0,
            start: at("2026-11-30T09:30:00+01:00"),
            end: at("2026-11-30T10:00:00+01:00"),
            stamp: at("2026-11-23T06:42:00Z"),
            summary: "Carte d'identité : dépôt du dossier",
            location: "Hôtel de ville, 1 place de la Mairie, 93999 Villebourg",
            description,
            cancelled: false,
        }
    }

    #[test]
    fn times_are_utc_and_lines_end_with_crlf() {
        let ics = render(&event("À apporter : pièce d'identité"));
        assert!(ics.contains("DTSTART:20261130T083000Z\r\n"));
        assert!(ics.contains("DTEND:20261130T090000Z\r\n"));
        assert!(ics.contains("UID:R7K3MQ2X@villebourg.invalid\r\n"));
        assert!(!ics.contains("TZID"));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.split("\r\n").all(|l| !l.contains('\n')));
    }

    #[test]
    fn text_is_escaped() {
        let ics = render(&event("Pièce d'identité; justificatif, photo\nsignée"));
        assert!(
            ics.contains("LOCATION:Hôtel de ville\\, 1 place de la Mairie\\, 93999 Villebourg")
        );
        let unfolded = ics.replace("\r\n ", "");
        assert!(
            unfolded.contains("DESCRIPTION:Pièce d'identité\\; justificatif\\, photo\\nsignée")
        );
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let long = "Documents à apporter : pièce d'identité en cours de validité, justificatif de domicile de moins de trois mois, photo d'identité récente.";
        let ics = render(&event(long));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&escape(long)));
    }

    #[test]
    fn a_change_keeps_the_uid_and_raises_the_sequence() {
        let mut moved = event("");
        moved.sequence = 2;
        moved.start = at("2026-12-01T14:00:00+01:00");
        let ics = render(&moved);
        assert!(ics.contains("UID:R7K3MQ2X@villebourg.invalid"));
        assert!(ics.contains("SEQUENCE:2"));
        let mut cancelled = event("");
        cancelled.cancelled = true;
        assert!(render(&cancelled).contains("STATUS:CANCELLED"));
    }
}
