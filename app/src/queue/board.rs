//! A site's board: the last calls with their desks (what the waiting-room screen shows and
//! says) and the estimated wait per service family, made from today's tickets as the store
//! reads them (`store::board`). Pure: no clock, no database.

use super::estimate::{Pace, band};
use super::model::{Board, FamilyWait, ScreenCall, Speech, Status};
use super::order::Waiting;
use crate::i18n::{Locale, args, text_with};
use crate::store::entities::{service, site, ticket};
use chrono::{DateTime, Duration, Utc};
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// How many calls the screen lists.
pub const CALLS_SHOWN: usize = 6;

/// A desk counts as calling if it called somebody this recently.
const ACTIVE_DESK: Duration = Duration::minutes(30);

/// What a site's board is made from.
pub struct Today {
    pub site: site::Model,
    /// The site's desk labels by id.
    pub desks: HashMap<i32, String>,
    /// Every service, in the order pages list them.
    pub services: Vec<service::Model>,
    /// Today's tickets that have been called, the latest call first.
    pub called: Vec<ticket::Model>,
    /// How long the site's desk visits of the last twelve hours took, in seconds.
    pub visit_lengths: Vec<u32>,
    /// Today's waiting tickets, and how many are ahead of each in its own queue.
    pub waiting: Vec<(ticket::Model, Waiting)>,
    pub places: HashMap<i32, usize>,
}

impl Today {
    pub fn board(self, now: DateTime<Utc>) -> Board {
        let calls: Vec<ScreenCall> = self
            .called
            .iter()
            .filter(|t| t.status != Status::NoShow)
            .take(CALLS_SHOWN)
            .filter_map(|t| {
                let at = t.called_at?;
                let desk = self.desks.get(&t.desk_id?)?.clone();
                Some(ScreenCall {
                    key: format!("{}-{}-{}", t.id, t.call_count, at.timestamp_millis()),
                    speech: speech(&t.code, &desk, &t.language),
                    code: t.code.clone(),
                    desk,
                    called_at: at,
                })
            })
            .collect();
        let active_desks = self
            .called
            .iter()
            .filter(|t| t.called_at.is_some_and(|c| now - c <= ACTIVE_DESK))
            .filter_map(|t| t.desk_id)
            .collect::<HashSet<_>>()
            .len() as u32;
        let pace = Pace::from_today(&self.visit_lengths, active_desks);
        let waits = family_waits(&self.services, &self.waiting, &pace);
        let mut board = Board {
            site: self.site.slug,
            site_name: self.site.name,
            stamp: String::new(),
            calls,
            waits,
            waiting: self.waiting.len() as u32,
            pace,
        };
        board.stamp = stamp(&board, &self.called, &self.waiting, &self.places);
        board
    }
}

/// What a newcomer of each family can expect: the common queue ahead of them, and for a
/// family of experts, that service's own queue after the front desk.
fn family_waits(
    services: &[service::Model],
    waiting: &[(ticket::Model, Waiting)],
    pace: &Pace,
) -> Vec<FamilyWait> {
    let common = waiting
        .iter()
        .filter(|(t, _)| t.status == Status::Waiting)
        .count();
    services
        .iter()
        .map(|s| {
            let of_family = waiting.iter().filter(|(t, _)| t.service_id == s.id).count();
            let expert_queue = waiting
                .iter()
                .filter(|(t, _)| t.service_id == s.id && t.status == Status::Transferred)
                .count();
            let minutes = pace.wait_minutes(common)
                + if s.handled_by_experts {
                    // Experts are few: one at a time.
                    Pace { desks: 1, ..*pace }.wait_minutes(expert_queue)
                } else {
                    0
                };
            FamilyWait {
                letter: s.ticket_letter.clone(),
                service: s.slug.clone(),
                waiting: of_family as u32,
                wait: band(minutes),
            }
        })
        .collect()
}

/// The call as spoken: in French, then in the visitor's language when it is another one.
fn speech(code: &str, desk: &str, language: &str) -> Vec<Speech> {
    let say = |locale: Locale| Speech {
        lang: locale.code().to_owned(),
        text: text_with(
            locale,
            "queue-speech",
            &args([
                ("code", spell(code).into()),
                ("desk", desk.to_owned().into()),
            ]),
        )
        .replace(['\u{2068}', '\u{2069}'], ""),
    };
    let mut out = vec![say(Locale::Fr)];
    if let Some(other) = Locale::from_tag(language).filter(|l| *l != Locale::Fr) {
        out.push(say(other));
    }
    out
}

/// "A012" read as "A 0 1 2" would be odd; as "A 12" voices say it the way people do.
fn spell(code: &str) -> String {
    let letters: String = code.chars().take_while(|c| c.is_alphabetic()).collect();
    let digits = code[letters.len()..].trim_start_matches('0');
    format!("{letters} {}", if digits.is_empty() { "0" } else { digits })
}

/// Changes whenever anything a page shows could: the board, what became of each ticket
/// called today, and each waiting ticket's place (a desk page lists them; a phone shows
/// its position).
fn stamp(
    board: &Board,
    called: &[ticket::Model],
    waiting: &[(ticket::Model, Waiting)],
    places: &HashMap<i32, usize>,
) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    board.calls.hash(&mut h);
    board.waits.hash(&mut h);
    board.pace.hash(&mut h);
    let served: Vec<(i32, Status)> = called.iter().map(|t| (t.id, t.status)).collect();
    served.hash(&mut h);
    let mut queued: Vec<(i32, Option<usize>, Status)> = waiting
        .iter()
        .map(|(t, _)| (t.id, places.get(&t.id).copied(), t.status))
        .collect();
    queued.sort_unstable_by_key(|(id, _, _)| *id);
    queued.hash(&mut h);
    format!("{:016x}", h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_spoken_as_letter_and_number() {
        assert_eq!(spell("A012"), "A 12");
        assert_eq!(spell("U100"), "U 100");
        assert_eq!(spell("E000"), "E 0");
    }
}
