//! The quality indicators, each defined once here: what it counts, its unit, and how it is
//! computed from the stored events (desk visits and their contacts, appointments, requests,
//! waitlist offers, contacts on other channels, survey answers). The page, the exports, the
//! public page and the yearly results all read these figures, so a number means the same
//! everywhere and can be recomputed from the rows. Pure: no clock, no database.

use crate::statuses::Channel;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Survey cells with fewer answers than this are not shown: a handful of answers says
/// nothing and could point at one resident or one agent.
pub const MIN_ANSWERS: u64 = 5;

/// The Qualiville target: visitors seeking information called within 15 minutes.
pub const WAIT_TARGET_SECONDS: i64 = 15 * 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unit {
    /// A number of things counted.
    Count,
    /// A duration in minutes.
    Minutes,
    /// A share of a denominator, shown with both counts.
    Percent,
}

/// Which part of the page an indicator belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Group {
    Reception,
    Appointments,
    Requests,
    Satisfaction,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Indicator {
    Visitors,
    WaitMedian,
    WaitP90,
    WithinTarget,
    ServiceTime,
    FrontDesk,
    Transfers,
    AppointmentsKept,
    AppointmentsNoShow,
    AppointmentsCancelled,
    WaitlistTaken,
    RequestsOnTime,
    LettersAnswered,
    InstantAnswers,
    Satisfaction,
    ResponseRate,
    Comments,
}

impl Indicator {
    pub const ALL: [Indicator; 17] = [
        Indicator::Visitors,
        Indicator::WaitMedian,
        Indicator::WaitP90,
        Indicator::WithinTarget,
        Indicator::ServiceTime,
        Indicator::FrontDesk,
        Indicator::Transfers,
        Indicator::AppointmentsKept,
        Indicator::AppointmentsNoShow,
        Indicator::AppointmentsCancelled,
        Indicator::WaitlistTaken,
        Indicator::RequestsOnTime,
        Indicator::LettersAnswered,
        Indicator::InstantAnswers,
        Indicator::Satisfaction,
        Indicator::ResponseRate,
        Indicator::Comments,
    ];

    /// The id in URLs, CSV headers and Fluent ids (`quality-indicator-<id>`,
    /// `-formula`, `-counted`).
    pub const fn id(self) -> &'static str {
        match self {
            Indicator::Visitors => "visitors",
            Indicator::WaitMedian => "wait-median",
            Indicator::WaitP90 => "wait-p90",
            Indicator::WithinTarget => "within-15",
            Indicator::ServiceTime => "service-time",
            Indicator::FrontDesk => "front-desk",
            Indicator::Transfers => "transfers",
            Indicator::AppointmentsKept => "appointments-kept",
            Indicator::AppointmentsNoShow => "appointments-no-show",
            Indicator::AppointmentsCancelled => "appointments-cancelled",
            Indicator::WaitlistTaken => "waitlist-taken",
            Indicator::RequestsOnTime => "requests-on-time",
            Indicator::LettersAnswered => "letters-answered",
            Indicator::InstantAnswers => "instant-answers",
            Indicator::Satisfaction => "satisfaction",
            Indicator::ResponseRate => "response-rate",
            Indicator::Comments => "comments",
        }
    }

    pub const fn unit(self) -> Unit {
        match self {
            Indicator::Visitors | Indicator::Transfers | Indicator::Comments => Unit::Count,
            Indicator::WaitMedian | Indicator::WaitP90 | Indicator::ServiceTime => Unit::Minutes,
            _ => Unit::Percent,
        }
    }

    pub const fn group(self) -> Group {
        match self {
            Indicator::Visitors
            | Indicator::WaitMedian
            | Indicator::WaitP90
            | Indicator::WithinTarget
            | Indicator::ServiceTime
            | Indicator::FrontDesk
            | Indicator::Transfers => Group::Reception,
            Indicator::AppointmentsKept
            | Indicator::AppointmentsNoShow
            | Indicator::AppointmentsCancelled
            | Indicator::WaitlistTaken => Group::Appointments,
            Indicator::RequestsOnTime | Indicator::LettersAnswered | Indicator::InstantAnswers => {
                Group::Requests
            }
            Indicator::Satisfaction | Indicator::ResponseRate | Indicator::Comments => {
                Group::Satisfaction
            }
        }
    }

    /// Whether fewer than [`MIN_ANSWERS`] survey answers hide it.
    pub const fn from_surveys(self) -> bool {
        matches!(self.group(), Group::Satisfaction)
    }

    /// Whether a higher figure is better (for the arrow beside the period before).
    pub const fn higher_is_better(self) -> Option<bool> {
        match self {
            Indicator::Visitors | Indicator::Transfers | Indicator::Comments => None,
            Indicator::WaitMedian
            | Indicator::WaitP90
            | Indicator::AppointmentsNoShow
            | Indicator::AppointmentsCancelled => Some(false),
            Indicator::ServiceTime => None,
            _ => Some(true),
        }
    }

    pub fn parse(id: &str) -> Option<Indicator> {
        Indicator::ALL.into_iter().find(|i| i.id() == id)
    }
}

/// One visit to a desk queue: a ticket from its arrival to its end, or an appointment
/// received at a desk, with every desk contact it had.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    pub site: i32,
    /// The service the visitor came for (before any transfer).
    pub service: i32,
    /// The counsellor of the first desk contact.
    pub agent: Option<i32>,
    #[serde(with = "chrono::serde::ts_nanoseconds")]
    pub arrival: DateTime<Utc>,
    /// Seconds from arrival to the first call; none when never called.
    pub waited: Option<i64>,
    /// Seconds spent at desks, every contact of the visit added up.
    pub served: Option<i64>,
    /// The services it was transferred to, in order.
    pub transfers: Vec<i32>,
    /// Ended with an outcome at a desk (not a no-show, not given up).
    pub closed: bool,
    /// Closed as needing a follow-up (a request opened, a call back).
    pub follow_up: bool,
}

/// A contact on a channel other than the desk (phone, e-mail, letter, web, outbound call).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub channel: Channel,
    pub site: Option<i32>,
    pub service: Option<i32>,
    pub agent: Option<i32>,
    #[serde(with = "chrono::serde::ts_nanoseconds")]
    pub at: DateTime<Utc>,
    /// Answered at once, nothing left to follow up.
    pub instant: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppointmentEnd {
    Kept,
    NoShow,
    Cancelled,
    /// Still to come, or under way.
    Open,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Appointment {
    pub site: i32,
    pub service: i32,
    pub agent: Option<i32>,
    #[serde(with = "chrono::serde::ts_nanoseconds")]
    pub starts: DateTime<Utc>,
    pub end: AppointmentEnd,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub site: Option<i32>,
    pub service: Option<i32>,
    pub agent: Option<i32>,
    pub channel: Channel,
    /// The stored kind (`information`, `notary`…).
    pub kind: String,
    #[serde(with = "chrono::serde::ts_nanoseconds")]
    pub received: DateTime<Utc>,
    #[serde(with = "chrono::serde::ts_nanoseconds_option")]
    pub due: Option<DateTime<Utc>>,
    #[serde(with = "chrono::serde::ts_nanoseconds_option")]
    pub answered: Option<DateTime<Utc>>,
}

/// A freed slot offered to someone on the waitlist.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Offer {
    pub site: i32,
    pub service: i32,
    /// When the hold ends.
    #[serde(with = "chrono::serde::ts_nanoseconds")]
    pub at: DateTime<Utc>,
    /// Taken or not; none while the hold runs.
    pub taken: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Survey {
    pub site: Option<i32>,
    pub service: Option<i32>,
    pub agent: Option<i32>,
    pub channel: Channel,
    /// When it was asked (sent, or answered at the kiosk).
    #[serde(with = "chrono::serde::ts_nanoseconds")]
    pub asked: DateTime<Utc>,
    /// 1 unhappy, 2 neutral, 3 happy; none when not answered.
    pub score: Option<u8>,
    pub comment: bool,
}

/// Everything the indicators are computed from, for a stretch of time (kept a day at a time
/// on SQLite: `store::days`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Events {
    pub visits: Vec<Visit>,
    pub contacts: Vec<Contact>,
    pub appointments: Vec<Appointment>,
    pub requests: Vec<Request>,
    pub offers: Vec<Offer>,
    pub surveys: Vec<Survey>,
}

/// What the figures are about: every filter left empty means the whole town.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slice {
    pub site: Option<i32>,
    pub service: Option<i32>,
    pub channel: Option<Channel>,
    pub agent: Option<i32>,
}

impl Slice {
    /// Whether an event of this site, service, channel and agent is in the slice; an event
    /// without one of them is left out when that filter is set.
    pub fn keeps(
        &self,
        site: Option<i32>,
        service: Option<i32>,
        channel: Channel,
        agent: Option<i32>,
    ) -> bool {
        fn same(want: Option<i32>, have: Option<i32>) -> bool {
            want.is_none() || want == have
        }
        same(self.site, site)
            && same(self.service, service)
            && same(self.agent, agent)
            && self.channel.is_none_or(|c| c == channel)
    }
}

/// One figure: its value (none when there is nothing to count, or too few answers), and
/// for a share, the counts it is made of.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub value: Option<f64>,
    pub part: Option<u64>,
    pub of: Option<u64>,
    /// Hidden because fewer than [`MIN_ANSWERS`] answers stand behind it.
    pub too_few: bool,
}

impl Figure {
    fn count(n: u64) -> Figure {
        Figure {
            value: Some(n as f64),
            ..Figure::default()
        }
    }

    fn minutes(seconds: Option<f64>) -> Figure {
        Figure {
            value: seconds.map(|s| s / 60.0),
            ..Figure::default()
        }
    }

    fn share(part: u64, of: u64) -> Figure {
        Figure {
            value: (of > 0).then(|| 100.0 * part as f64 / of as f64),
            part: Some(part),
            of: Some(of),
            too_few: false,
        }
    }

    fn hidden_below(self, answers: u64) -> Figure {
        if answers < MIN_ANSWERS {
            Figure {
                too_few: true,
                ..Figure::default()
            }
        } else {
            self
        }
    }
}

/// The figures of one slice and one stretch of time, with the breakdowns some indicators
/// need to be read at all.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    pub values: BTreeMap<Indicator, Figure>,
    /// Transfers by the service they went to: (service id, count), most first.
    pub transfers_by_service: Vec<(i32, u64)>,
    /// Requests answered within their deadline, by kind: (kind, on time, of).
    pub on_time_by_kind: Vec<(String, u64, u64)>,
    /// Contacts answered at once, by channel: (channel, at once, of).
    pub instant_by_channel: Vec<(Channel, u64, u64)>,
    /// Answers by score: unhappy, neutral, happy (empty when too few answers).
    pub scores: Vec<u64>,
}

impl Figures {
    pub fn get(&self, indicator: Indicator) -> Figure {
        self.values.get(&indicator).copied().unwrap_or_default()
    }
}

/// The middle value; the mean of the two middle values when there are an even number.
/// `sorted` must be in ascending order.
pub fn median(sorted: &[i64]) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    Some(if n % 2 == 1 {
        sorted[n / 2] as f64
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0
    })
}

/// The nearest-rank percentile: the smallest value that `p` per cent of the values do not
/// exceed. `sorted` must be in ascending order.
pub fn percentile(sorted: &[i64], p: u32) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let rank = (u64::from(p) * n as u64).div_ceil(100).max(1) as usize;
    Some(sorted[rank - 1] as f64)
}

/// The figures of `slice` over the events whose instant is in `[from, to)`.
pub fn compute(events: &Events, from: DateTime<Utc>, to: DateTime<Utc>, slice: &Slice) -> Figures {
    let within = |at: DateTime<Utc>| from <= at && at < to;
    let mut values = BTreeMap::new();
    let mut f = Figures::default();

    // Reception: the desk visits.
    let visits: Vec<&Visit> = events
        .visits
        .iter()
        .filter(|v| within(v.arrival))
        .filter(|v| slice.keeps(Some(v.site), Some(v.service), Channel::Desk, v.agent))
        .collect();
    let mut waits: Vec<i64> = visits.iter().filter_map(|v| v.waited).collect();
    waits.sort_unstable();
    let mut served: Vec<i64> = visits
        .iter()
        .filter(|v| v.closed)
        .filter_map(|v| v.served)
        .collect();
    served.sort_unstable();
    let closed = visits.iter().filter(|v| v.closed).count() as u64;
    let without_transfer = visits
        .iter()
        .filter(|v| v.closed && v.transfers.is_empty())
        .count() as u64;
    let mut by_service: BTreeMap<i32, u64> = BTreeMap::new();
    for v in &visits {
        for s in &v.transfers {
            *by_service.entry(*s).or_default() += 1;
        }
    }
    values.insert(Indicator::Visitors, Figure::count(visits.len() as u64));
    values.insert(Indicator::WaitMedian, Figure::minutes(median(&waits)));
    values.insert(Indicator::WaitP90, Figure::minutes(percentile(&waits, 90)));
    let on_target = waits.partition_point(|w| *w <= WAIT_TARGET_SECONDS) as u64;
    values.insert(
        Indicator::WithinTarget,
        Figure::share(on_target, waits.len() as u64),
    );
    values.insert(Indicator::ServiceTime, Figure::minutes(median(&served)));
    values.insert(
        Indicator::FrontDesk,
        Figure::share(without_transfer, closed),
    );
    values.insert(
        Indicator::Transfers,
        Figure::count(by_service.values().sum()),
    );
    let mut transfers: Vec<(i32, u64)> = by_service.into_iter().collect();
    transfers.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    f.transfers_by_service = transfers;

    // Appointments: those due in the period, by how they ended (the ones to come are not
    // counted yet).
    let (mut kept, mut no_show, mut cancelled) = (0u64, 0u64, 0u64);
    for a in events
        .appointments
        .iter()
        .filter(|a| within(a.starts))
        .filter(|a| slice.keeps(Some(a.site), Some(a.service), Channel::Desk, a.agent))
    {
        match a.end {
            AppointmentEnd::Kept => kept += 1,
            AppointmentEnd::NoShow => no_show += 1,
            AppointmentEnd::Cancelled => cancelled += 1,
            AppointmentEnd::Open => {}
        }
    }
    let due = kept + no_show + cancelled;
    values.insert(Indicator::AppointmentsKept, Figure::share(kept, due));
    values.insert(Indicator::AppointmentsNoShow, Figure::share(no_show, due));
    values.insert(
        Indicator::AppointmentsCancelled,
        Figure::share(cancelled, due),
    );
    let (mut taken, mut decided) = (0u64, 0u64);
    for o in events
        .offers
        .iter()
        .filter(|o| within(o.at))
        // An offer belongs to no channel and no agent: only the whole town, a site or a
        // service count them.
        .filter(|_| slice.channel.is_none() && slice.agent.is_none())
        .filter(|o| slice.keeps(Some(o.site), Some(o.service), Channel::Web, None))
    {
        if let Some(t) = o.taken {
            decided += 1;
            taken += u64::from(t);
        }
    }
    values.insert(Indicator::WaitlistTaken, Figure::share(taken, decided));

    // Requests received in the period: on time when answered by the deadline; counted
    // once answered or once the deadline has passed unanswered (`to` is "now" at most).
    let mut by_kind: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let (mut letters, mut letters_answered) = (0u64, 0u64);
    for r in events
        .requests
        .iter()
        .filter(|r| within(r.received))
        .filter(|r| slice.keeps(r.site, r.service, r.channel, r.agent))
    {
        if r.channel == Channel::Letter {
            letters += 1;
            letters_answered += u64::from(r.answered.is_some());
        }
        let Some(due) = r.due else { continue };
        let settled = match r.answered {
            Some(at) => Some(at <= due),
            None if due < to => Some(false),
            None => None,
        };
        if let Some(on_time) = settled {
            let e = by_kind.entry(r.kind.clone()).or_default();
            e.0 += u64::from(on_time);
            e.1 += 1;
        }
    }
    let (on_time, of) = by_kind
        .values()
        .fold((0, 0), |(a, b), (x, y)| (a + x, b + y));
    values.insert(Indicator::RequestsOnTime, Figure::share(on_time, of));
    f.on_time_by_kind = by_kind.into_iter().map(|(k, (a, b))| (k, a, b)).collect();
    values.insert(
        Indicator::LettersAnswered,
        Figure::share(letters_answered, letters),
    );

    // Instant answers: the desk's closed visits without transfer or follow-up, and every
    // other channel's contacts answered at once.
    let mut by_channel: BTreeMap<&'static str, (Channel, u64, u64)> = BTreeMap::new();
    if slice.channel.is_none_or(|c| c == Channel::Desk) {
        let desk = by_channel
            .entry(Channel::Desk.as_str())
            .or_insert((Channel::Desk, 0, 0));
        for v in visits.iter().filter(|v| v.closed) {
            desk.1 += u64::from(v.transfers.is_empty() && !v.follow_up);
            desk.2 += 1;
        }
    }
    for c in events
        .contacts
        .iter()
        .filter(|c| within(c.at))
        .filter(|c| slice.keeps(c.site, c.service, c.channel, c.agent))
    {
        let e = by_channel
            .entry(c.channel.as_str())
            .or_insert((c.channel, 0, 0));
        e.1 += u64::from(c.instant);
        e.2 += 1;
    }
    let mut channels: Vec<(Channel, u64, u64)> = by_channel
        .into_values()
        .filter(|(_, _, of)| *of > 0)
        .collect();
    channels.sort_by_key(|(c, _, _)| Channel::ALL.iter().position(|x| x == c));
    let (instant, contacts) = channels
        .iter()
        .fold((0, 0), |(a, b), (_, x, y)| (a + x, b + y));
    values.insert(Indicator::InstantAnswers, Figure::share(instant, contacts));
    f.instant_by_channel = channels;

    // Satisfaction: answers to surveys asked in the period.
    let surveys: Vec<&Survey> = events
        .surveys
        .iter()
        .filter(|s| within(s.asked))
        .filter(|s| slice.keeps(s.site, s.service, s.channel, s.agent))
        .collect();
    let mut scores = [0u64; 3];
    let mut comments = 0u64;
    for s in &surveys {
        if let Some(score @ 1..=3) = s.score {
            scores[usize::from(score - 1)] += 1;
            comments += u64::from(s.comment);
        }
    }
    let answers: u64 = scores.iter().sum();
    values.insert(
        Indicator::Satisfaction,
        Figure::share(scores[2], answers).hidden_below(answers),
    );
    values.insert(
        Indicator::ResponseRate,
        Figure::share(answers, surveys.len() as u64).hidden_below(answers),
    );
    values.insert(
        Indicator::Comments,
        Figure::count(comments).hidden_below(answers),
    );
    if answers >= MIN_ANSWERS {
        f.scores = scores.to_vec();
    }

    f.values = values;
    f
}

/// What the page breaks the figures down by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Dimension {
    Site,
    Service,
    Channel,
    Agent,
}

impl Dimension {
    pub const ALL: [Dimension; 4] = [
        Dimension::Site,
        Dimension::Service,
        Dimension::Channel,
        Dimension::Agent,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Dimension::Site => "site",
            Dimension::Service => "service",
            Dimension::Channel => "channel",
            Dimension::Agent => "agent",
        }
    }
}

/// A key of a breakdown: an id for sites, services and agents, a channel for channels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Key {
    Id(i32),
    Channel(Channel),
}

/// The events of each value of `dimension`: every event goes to the one part its key
/// names (none when it has no such key: an offer has no channel nor agent), so that a
/// breakdown reads each event once instead of once per row.
fn partition(events: &Events, dimension: Dimension) -> BTreeMap<Key, Events> {
    use Dimension as D;
    let mut parts: BTreeMap<Key, Events> = BTreeMap::new();
    let id = |x: Option<i32>| x.map(Key::Id);
    let desk = Some(Key::Channel(Channel::Desk));
    for v in &events.visits {
        let k = match dimension {
            D::Site => id(Some(v.site)),
            D::Service => id(Some(v.service)),
            D::Agent => id(v.agent),
            D::Channel => desk,
        };
        if let Some(k) = k {
            parts.entry(k).or_default().visits.push(v.clone());
        }
    }
    for c in &events.contacts {
        let k = match dimension {
            D::Site => id(c.site),
            D::Service => id(c.service),
            D::Agent => id(c.agent),
            D::Channel => Some(Key::Channel(c.channel)),
        };
        if let Some(k) = k {
            parts.entry(k).or_default().contacts.push(c.clone());
        }
    }
    for a in &events.appointments {
        let k = match dimension {
            D::Site => id(Some(a.site)),
            D::Service => id(Some(a.service)),
            D::Agent => id(a.agent),
            D::Channel => desk,
        };
        if let Some(k) = k {
            parts.entry(k).or_default().appointments.push(a.clone());
        }
    }
    for r in &events.requests {
        let k = match dimension {
            D::Site => id(r.site),
            D::Service => id(r.service),
            D::Agent => id(r.agent),
            D::Channel => Some(Key::Channel(r.channel)),
        };
        if let Some(k) = k {
            parts.entry(k).or_default().requests.push(r.clone());
        }
    }
    for o in &events.offers {
        let k = match dimension {
            D::Site => id(Some(o.site)),
            D::Service => id(Some(o.service)),
            D::Agent | D::Channel => None,
        };
        if let Some(k) = k {
            parts.entry(k).or_default().offers.push(o.clone());
        }
    }
    for s in &events.surveys {
        let k = match dimension {
            D::Site => id(s.site),
            D::Service => id(s.service),
            D::Agent => id(s.agent),
            D::Channel => Some(Key::Channel(s.channel)),
        };
        if let Some(k) = k {
            parts.entry(k).or_default().surveys.push(s.clone());
        }
    }
    parts
}

/// Every value of `dimension` the events have, each with its figures: a row of a
/// breakdown is the figure the page would show with that filter set.
pub fn breakdown(
    events: &Events,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    slice: &Slice,
    dimension: Dimension,
) -> Vec<(Key, Figures)> {
    partition(events, dimension)
        .into_iter()
        .filter_map(|(k, part)| {
            let mut narrowed = *slice;
            match (dimension, k) {
                (Dimension::Site, Key::Id(i)) if slice.site.is_none_or(|s| s == i) => {
                    narrowed.site = Some(i)
                }
                (Dimension::Service, Key::Id(i)) if slice.service.is_none_or(|s| s == i) => {
                    narrowed.service = Some(i)
                }
                (Dimension::Agent, Key::Id(i)) if slice.agent.is_none_or(|s| s == i) => {
                    narrowed.agent = Some(i)
                }
                (Dimension::Channel, Key::Channel(c)) if slice.channel.is_none_or(|s| s == c) => {
                    narrowed.channel = Some(c)
                }
                _ => return None,
            }
            let figures = compute(&part, from, to, &narrowed);
            // A row with nothing in the period (an agent who left) is not a row.
            (!part_is_empty(&figures)).then_some((k, figures))
        })
        .collect()
}

fn part_is_empty(f: &Figures) -> bool {
    f.values
        .values()
        .all(|x| x.value.unwrap_or(0.0) == 0.0 && x.of.unwrap_or(0) == 0)
        && f.instant_by_channel.is_empty()
}

/// The figures of each stretch `[from, to)` of `buckets` (in order, not overlapping), each
/// event read once.
pub fn series(
    events: &Events,
    buckets: &[(DateTime<Utc>, DateTime<Utc>)],
    slice: &Slice,
) -> Vec<Figures> {
    use super::period::bucket_of;
    let mut parts: Vec<Events> = vec![Events::default(); buckets.len()];
    let put = |at: DateTime<Utc>| bucket_of(buckets, at);
    for v in &events.visits {
        if let Some(i) = put(v.arrival) {
            parts[i].visits.push(v.clone());
        }
    }
    for c in &events.contacts {
        if let Some(i) = put(c.at) {
            parts[i].contacts.push(c.clone());
        }
    }
    for a in &events.appointments {
        if let Some(i) = put(a.starts) {
            parts[i].appointments.push(a.clone());
        }
    }
    for r in &events.requests {
        if let Some(i) = put(r.received) {
            parts[i].requests.push(r.clone());
        }
    }
    for o in &events.offers {
        if let Some(i) = put(o.at) {
            parts[i].offers.push(o.clone());
        }
    }
    for s in &events.surveys {
        if let Some(i) = put(s.asked) {
            parts[i].surveys.push(s.clone());
        }
    }
    parts
        .iter()
        .zip(buckets)
        .map(|(part, (from, to))| compute(part, *from, *to, slice))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::testing::utc;
    use crate::quality::period::Period;

    fn visit(arrival: &str, waited_min: Option<i64>) -> Visit {
        Visit {
            site: 1,
            service: 10,
            agent: Some(100),
            arrival: utc(arrival),
            waited: waited_min.map(|m| m * 60),
            served: waited_min.map(|_| 600),
            transfers: vec![],
            closed: waited_min.is_some(),
            follow_up: false,
        }
    }

    fn survey(score: Option<u8>, comment: bool) -> Survey {
        Survey {
            site: Some(1),
            service: Some(10),
            agent: Some(100),
            channel: Channel::Desk,
            asked: utc("2026-03-10T10:00:00Z"),
            score,
            comment,
        }
    }

    fn march() -> (DateTime<Utc>, DateTime<Utc>) {
        Period::month_of(crate::calendar::testing::d(2026, 3, 1)).instants()
    }

    fn all(events: &Events) -> Figures {
        let (from, to) = march();
        compute(events, from, to, &Slice::default())
    }

    #[test]
    fn median_and_nearest_rank_percentile() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[4]), Some(4.0));
        assert_eq!(median(&[1, 3, 8, 10]), Some(5.5));
        let ten: Vec<i64> = (1..=10).collect();
        assert_eq!(percentile(&ten, 90), Some(9.0));
        assert_eq!(percentile(&[7], 90), Some(7.0));
        let eleven: Vec<i64> = (1..=11).collect();
        // 90 % of 11 is 9.9: the 10th value.
        assert_eq!(percentile(&eleven, 90), Some(10.0));
    }

    #[test]
    fn an_empty_period_counts_zero_and_shows_no_time_nor_share() {
        let f = all(&Events::default());
        assert_eq!(f.get(Indicator::Visitors).value, Some(0.0));
        assert_eq!(f.get(Indicator::WaitMedian).value, None);
        assert_eq!(
            f.get(Indicator::WithinTarget),
            Figure {
                value: None,
                part: Some(0),
                of: Some(0),
                too_few: false
            }
        );
        assert!(f.get(Indicator::Satisfaction).too_few);
        assert!(f.instant_by_channel.is_empty());
        assert_eq!(Indicator::ALL.len(), f.values.len());
    }

    #[test]
    fn waits_from_arrival_to_the_first_call() {
        let mut events = Events::default();
        for (i, w) in [2, 4, 6, 8, 10, 12, 14, 16, 20, 40].into_iter().enumerate() {
            events
                .visits
                .push(visit(&format!("2026-03-{:02}T09:00:00Z", i + 2), Some(w)));
        }
        // Never called (left before their turn): a visitor, without a wait.
        events.visits.push(visit("2026-03-20T09:00:00Z", None));
        // Outside the period.
        events.visits.push(visit("2026-04-01T09:00:00Z", Some(1)));
        let f = all(&events);
        assert_eq!(f.get(Indicator::Visitors).value, Some(11.0));
        assert_eq!(f.get(Indicator::WaitMedian).value, Some(11.0));
        assert_eq!(f.get(Indicator::WaitP90).value, Some(20.0));
        let within = f.get(Indicator::WithinTarget);
        assert_eq!((within.part, within.of), (Some(7), Some(10)));
        assert_eq!(within.value, Some(70.0));
        // Exactly 15 minutes counts as within.
        let mut edge = Events::default();
        edge.visits.push(visit("2026-03-02T09:00:00Z", Some(15)));
        assert_eq!(all(&edge).get(Indicator::WithinTarget).value, Some(100.0));
        assert_eq!(f.get(Indicator::ServiceTime).value, Some(10.0));
    }

    #[test]
    fn transfers_count_by_the_service_they_went_to_and_lower_the_front_desk_share() {
        let mut events = Events::default();
        for transfers in [vec![], vec![], vec![20], vec![20, 30], vec![30]] {
            let mut v = visit("2026-03-05T09:00:00Z", Some(3));
            v.transfers = transfers;
            events.visits.push(v);
        }
        let f = all(&events);
        assert_eq!(f.get(Indicator::Transfers).value, Some(4.0));
        assert_eq!(f.transfers_by_service, vec![(20, 2), (30, 2)]);
        let desk = f.get(Indicator::FrontDesk);
        assert_eq!((desk.part, desk.of), (Some(2), Some(5)));
        // The visit is counted at the service it came for, not where it went.
        let (from, to) = march();
        let at_20 = compute(
            &events,
            from,
            to,
            &Slice {
                service: Some(20),
                ..Slice::default()
            },
        );
        assert_eq!(at_20.get(Indicator::Visitors).value, Some(0.0));
    }

    #[test]
    fn a_visit_on_the_night_the_clocks_go_back_falls_on_its_paris_day() {
        // 25 October 2026: 23:30 UTC on the 24th is 01:30 in Paris on the 25th.
        let day = Period::new(
            crate::calendar::testing::d(2026, 10, 25),
            crate::calendar::testing::d(2026, 10, 25),
        )
        .unwrap();
        let (from, to) = day.instants();
        let mut events = Events::default();
        events.visits.push(visit("2026-10-24T22:30:00Z", Some(1)));
        events.visits.push(visit("2026-10-25T01:30:00Z", Some(1)));
        events.visits.push(visit("2026-10-25T22:30:00Z", Some(1)));
        events.visits.push(visit("2026-10-25T23:30:00Z", Some(1)));
        let f = compute(&events, from, to, &Slice::default());
        assert_eq!(f.get(Indicator::Visitors).value, Some(3.0));
    }

    #[test]
    fn appointments_by_how_they_ended_and_the_ones_to_come_apart() {
        let mut events = Events::default();
        for end in [
            AppointmentEnd::Kept,
            AppointmentEnd::Kept,
            AppointmentEnd::Kept,
            AppointmentEnd::NoShow,
            AppointmentEnd::Cancelled,
            AppointmentEnd::Open,
        ] {
            events.appointments.push(Appointment {
                site: 1,
                service: 10,
                agent: Some(100),
                starts: utc("2026-03-09T09:00:00Z"),
                end,
            });
        }
        let f = all(&events);
        assert_eq!(f.get(Indicator::AppointmentsKept).value, Some(60.0));
        assert_eq!(f.get(Indicator::AppointmentsNoShow).of, Some(5));
        assert_eq!(f.get(Indicator::AppointmentsCancelled).part, Some(1));
    }

    #[test]
    fn waitlist_offers_taken_among_the_decided_ones() {
        let mut events = Events::default();
        for taken in [Some(true), Some(false), Some(true), None] {
            events.offers.push(Offer {
                site: 1,
                service: 10,
                at: utc("2026-03-09T09:00:00Z"),
                taken,
            });
        }
        let f = all(&events);
        let o = f.get(Indicator::WaitlistTaken);
        assert_eq!((o.part, o.of), (Some(2), Some(3)));
        // An agent's figures have no offers: offers belong to nobody.
        let (from, to) = march();
        let agent = compute(
            &events,
            from,
            to,
            &Slice {
                agent: Some(100),
                ..Slice::default()
            },
        );
        assert_eq!(agent.get(Indicator::WaitlistTaken).of, Some(0));
    }

    #[test]
    fn requests_on_time_by_kind_with_their_denominator_and_letters_answered() {
        let r = |kind: &str, channel, due: &str, answered: Option<&str>| Request {
            site: Some(1),
            service: Some(10),
            agent: None,
            channel,
            kind: kind.into(),
            received: utc("2026-03-02T09:00:00Z"),
            due: Some(utc(due)),
            answered: answered.map(utc),
        };
        let events = Events {
            requests: vec![
                r(
                    "notary",
                    Channel::Email,
                    "2026-03-09T17:00:00Z",
                    Some("2026-03-08T10:00:00Z"),
                ),
                r(
                    "notary",
                    Channel::Email,
                    "2026-03-09T17:00:00Z",
                    Some("2026-03-10T10:00:00Z"),
                ),
                r(
                    "information",
                    Channel::Letter,
                    "2026-03-17T17:00:00Z",
                    Some("2026-03-17T17:00:00Z"),
                ),
                // Late and still unanswered: counted as late.
                r("information", Channel::Letter, "2026-03-17T17:00:00Z", None),
                // Not yet due when the period ends: not counted.
                r("information", Channel::Web, "2026-04-20T17:00:00Z", None),
            ],
            ..Events::default()
        };
        let f = all(&events);
        assert_eq!(
            f.on_time_by_kind,
            vec![("information".into(), 1, 2), ("notary".into(), 1, 2)]
        );
        let on_time = f.get(Indicator::RequestsOnTime);
        assert_eq!((on_time.part, on_time.of), (Some(2), Some(4)));
        let letters = f.get(Indicator::LettersAnswered);
        assert_eq!((letters.part, letters.of), (Some(1), Some(2)));
    }

    #[test]
    fn instant_answers_per_channel_the_desk_included() {
        let mut events = Events::default();
        let mut v = visit("2026-03-05T09:00:00Z", Some(3));
        events.visits.push(v.clone());
        v.follow_up = true;
        events.visits.push(v);
        for (channel, instant) in [
            (Channel::Phone, true),
            (Channel::Phone, true),
            (Channel::Phone, false),
            (Channel::Email, true),
        ] {
            events.contacts.push(Contact {
                channel,
                site: Some(1),
                service: Some(10),
                agent: Some(100),
                at: utc("2026-03-05T09:00:00Z"),
                instant,
            });
        }
        let f = all(&events);
        assert_eq!(
            f.instant_by_channel,
            vec![
                (Channel::Desk, 1, 2),
                (Channel::Phone, 2, 3),
                (Channel::Email, 1, 1)
            ]
        );
        let (from, to) = march();
        let phone = compute(
            &events,
            from,
            to,
            &Slice {
                channel: Some(Channel::Phone),
                ..Slice::default()
            },
        );
        assert_eq!(phone.instant_by_channel, vec![(Channel::Phone, 2, 3)]);
        assert_eq!(phone.get(Indicator::Visitors).value, Some(0.0));
    }

    #[test]
    fn satisfaction_is_hidden_under_five_answers() {
        let mut events = Events::default();
        for s in [Some(3), Some(3), Some(1), None, None] {
            events.surveys.push(survey(s, false));
        }
        let f = all(&events);
        assert!(f.get(Indicator::Satisfaction).too_few);
        assert_eq!(f.get(Indicator::Satisfaction).value, None);
        assert!(f.scores.is_empty());
        for s in [Some(3), Some(2)] {
            events.surveys.push(survey(s, true));
        }
        let f = all(&events);
        let sat = f.get(Indicator::Satisfaction);
        assert_eq!((sat.part, sat.of), (Some(3), Some(5)));
        let rate = f.get(Indicator::ResponseRate);
        assert_eq!((rate.part, rate.of), (Some(5), Some(7)));
        assert_eq!(f.get(Indicator::Comments).value, Some(2.0));
        assert_eq!(f.scores, vec![1, 1, 3]);
    }

    #[test]
    fn a_breakdown_row_is_the_figure_with_that_filter() {
        let mut events = Events::default();
        for (site, w) in [(1, 2), (1, 30), (2, 5)] {
            let mut v = visit("2026-03-05T09:00:00Z", Some(w));
            v.site = site;
            events.visits.push(v);
        }
        let (from, to) = march();
        let rows = breakdown(&events, from, to, &Slice::default(), Dimension::Site);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].0, Key::Id(1));
        assert_eq!(rows[0].1.get(Indicator::Visitors).value, Some(2.0));
        assert_eq!(rows[1].1.get(Indicator::WithinTarget).value, Some(100.0));
        // Filtered on site 2, the breakdown by site has that site only.
        let only = breakdown(
            &events,
            from,
            to,
            &Slice {
                site: Some(2),
                ..Slice::default()
            },
            Dimension::Site,
        );
        assert_eq!(only.len(), 1);
    }

    #[test]
    fn a_series_is_each_bucket_computed_alone() {
        let mut events = Events::default();
        for (day, w) in [("02", 2), ("02", 30), ("20", 5)] {
            events
                .visits
                .push(visit(&format!("2026-03-{day}T09:00:00Z"), Some(w)));
        }
        let weeks = Period::month_of(crate::calendar::testing::d(2026, 3, 1)).buckets();
        let instants: Vec<_> = weeks.iter().map(|b| b.period.instants()).collect();
        let figures = series(&events, &instants, &Slice::default());
        assert_eq!(figures.len(), instants.len());
        for (f, (from, to)) in figures.iter().zip(&instants) {
            assert_eq!(f, &compute(&events, *from, *to, &Slice::default()));
        }
        assert_eq!(figures[1].get(Indicator::Visitors).value, Some(2.0));
    }

    #[test]
    fn every_indicator_has_one_id() {
        for i in Indicator::ALL {
            assert_eq!(Indicator::parse(i.id()), Some(i));
        }
        assert!(Indicator::ALL.len() >= 12);
    }
}
