//! A site's board: the last calls with their desks (what the waiting-room screen shows and
//! says) and the estimated wait per service family, computed from today's tickets.

use super::estimate::{Pace, band};
use super::model::{Board, FamilyWait, ScreenCall, Speech, Status};
use super::order::Weights;
use super::settings::QueueSettings;
use super::store::{positions, waiting_today};
use crate::calendar::paris_today;
use crate::i18n::{Locale, args, text_with};
use crate::store::entities::{contact, desk, service, site, ticket};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// How many calls the screen lists.
pub const CALLS_SHOWN: usize = 6;

/// A desk counts as calling if it called somebody this recently.
const ACTIVE_DESK: Duration = Duration::minutes(30);

pub async fn load<C: ConnectionTrait>(
    db: &C,
    site_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<Board>, DbErr> {
    let Some(site) = site::Entity::find_by_id(site_id).one(db).await? else {
        return Ok(None);
    };
    let today = paris_today(now);
    let settings = QueueSettings::load(db, site_id).await?;
    let desks: HashMap<i32, String> = desk::Entity::find()
        .filter(desk::Column::SiteId.eq(site_id))
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d.label))
        .collect();
    let services = service::Entity::find()
        .order_by_asc(service::Column::Position)
        .all(db)
        .await?;
    let called = ticket::Entity::find()
        .filter(ticket::Column::SiteId.eq(site_id))
        .filter(ticket::Column::Day.eq(today))
        .filter(ticket::Column::CalledAt.is_not_null())
        .order_by_desc(ticket::Column::CalledAt)
        .all(db)
        .await?;
    let calls: Vec<ScreenCall> = called
        .iter()
        .filter(|t| t.status != Status::NoShow)
        .take(CALLS_SHOWN)
        .filter_map(|t| {
            let at = t.called_at?;
            let desk = desks.get(&t.desk_id?)?.clone();
            Some(ScreenCall {
                key: format!("{}-{}-{}", t.id, t.call_count, at.timestamp_millis()),
                speech: speech(&t.code, &desk, &t.language),
                code: t.code.clone(),
                desk,
                called_at: at,
            })
        })
        .collect();
    let active_desks = called
        .iter()
        .filter(|t| t.called_at.is_some_and(|c| now - c <= ACTIVE_DESK))
        .filter_map(|t| t.desk_id)
        .collect::<std::collections::HashSet<_>>()
        .len() as u32;
    let lengths: Vec<u32> = contact::Entity::find()
        .filter(contact::Column::SiteId.eq(site_id))
        .filter(contact::Column::Channel.eq("desk"))
        .filter(contact::Column::StartedAt.gte(now - Duration::hours(12)))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|c| Some((c.ended_at? - c.started_at).num_seconds().max(0) as u32))
        .collect();
    let pace = Pace::from_today(&lengths, active_desks);
    let waiting = waiting_today(db, site_id, now).await?;
    let waits = family_waits(&services, &waiting, &pace);
    let mut board = Board {
        site: site.slug,
        site_name: site.name,
        stamp: String::new(),
        calls,
        waits,
        waiting: waiting.len() as u32,
        pace,
    };
    let served: Vec<(i32, Status)> = called.iter().map(|t| (t.id, t.status)).collect();
    board.stamp = stamp(&board, &served, &waiting, &settings.weights, now);
    Ok(Some(board))
}

/// What a newcomer of each family can expect: the common queue ahead of them, and for a
/// family of experts, that service's own queue after the front desk.
fn family_waits(
    services: &[service::Model],
    waiting: &[(ticket::Model, super::order::Waiting)],
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
pub fn speech(code: &str, desk: &str, language: &str) -> Vec<Speech> {
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

/// Changes whenever anything a page shows could: the board, and each waiting ticket's
/// place (a desk page lists them; a phone shows its position).
fn stamp(
    board: &Board,
    served: &[(i32, Status)],
    waiting: &[(ticket::Model, super::order::Waiting)],
    weights: &Weights,
    now: DateTime<Utc>,
) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    board.calls.hash(&mut h);
    board.waits.hash(&mut h);
    board.pace.hash(&mut h);
    served.hash(&mut h);
    let mut places: Vec<(i32, usize, &str)> = positions(waiting, now, weights)
        .into_iter()
        .map(|(id, n)| {
            let status = waiting
                .iter()
                .find(|(t, _)| t.id == id)
                .map(|(t, _)| t.status.as_str())
                .unwrap_or("");
            (id, n, status)
        })
        .collect();
    places.sort_unstable();
    places.hash(&mut h);
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
