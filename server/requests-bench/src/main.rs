//! Benchmark of the agents' list of requests (`/agent/demandes`, issue 14) on SQLite:
//! `app::requests::store::list`, every query of one page (the filter's count, the late and
//! due-soon counts, one page of 50 rows earliest deadline first, the names of services,
//! agents and sites), for the busiest service of a town.
//!
//! A fresh SQLite file is migrated by the server's own `db::connect_and_migrate`, then
//! filled in one transaction: two sites with their opening hours, six services, eight
//! agents, and 70,000 requests received over the past two years, 50,000 of them in État
//! civil. As in a real log most are closed or answered; a few thousand are open (the
//! recent ones, and a tail of forgotten ones), a few hundred of them late and some due
//! soon. Deadlines are set directly (15 calendar days, 7 for notaries, 5 working days for
//! e-mails, ending at 17:00 on a weekday), not counted by the deadline engine.
//!
//! After a warm-up, the list of État civil is asked 300 times with the "late" filter and
//! 300 times with the default one (the open requests), one call at a time; every answer is
//! checked (the counts, and a page of the 50 earliest deadlines). Exits non-zero when an
//! answer is wrong or when either p99 misses `budgets/requests.txt`.
//! Run by `scripts/requests-bench.sh` (`cargo run --release -p guichet-requests-bench`).

use app::i18n::Locale;
use app::requests::deadline::due_date;
use app::requests::model::{PAGE_SIZE, RequestFilter, RequestsView, Standing};
use app::requests::rules::reference;
use app::requests::store;
use app::staff::tokens::new_check_code;
use app::staff::{Me, Role};
use app::statuses::{Channel, RequestKind, RequestStatus};
use app::store::entities::{agent, opening_hour, request, request_counter, service, site};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Europe::Paris;
use guichet_requests_bench::{ScratchDir, ms, p99_budget, percentile};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{
    ActiveModelTrait, DatabaseConnection, DbErr, EntityTrait, Iterable, Set, TransactionTrait,
};
use std::collections::{BTreeMap, HashMap};
use std::process::ExitCode;
use std::time::{Duration as Elapsed, Instant};

/// Requests in the service whose list is measured, and in each of the five others.
const BUSY_REQUESTS: usize = 50_000;
const OTHER_REQUESTS: usize = 4_000;
/// How far back requests were received.
const HISTORY_DAYS: i64 = 730;
const WARM_UP: usize = 30;
const CALLS: usize = 300;
/// Bound parameters per INSERT, under SQLite's limit (as the demo data loader does).
const PARAMS_PER_INSERT: usize = 20_000;

/// (weekday 0 = Monday, opens, closes) as (hour, minute).
type Range = (i16, (u32, u32), (u32, u32));

const SITES: [(&str, &str, &[Range]); 2] = [
    (
        "hotel-de-ville",
        "Hôtel de ville",
        &[
            (0, (8, 30), (12, 0)),
            (0, (13, 30), (17, 0)),
            (1, (8, 30), (12, 0)),
            (1, (13, 30), (17, 0)),
            (2, (10, 30), (19, 0)),
            (3, (8, 30), (12, 0)),
            (3, (13, 30), (17, 0)),
            (4, (8, 30), (12, 0)),
            (4, (13, 30), (17, 0)),
            (5, (9, 0), (12, 0)),
        ],
    ),
    (
        "france-services-tilleuls",
        "France Services — quartier des Tilleuls",
        &[
            (0, (9, 0), (12, 30)),
            (0, (14, 0), (17, 0)),
            (1, (9, 0), (12, 30)),
            (1, (14, 0), (17, 0)),
            (2, (9, 0), (12, 30)),
            (3, (9, 0), (12, 30)),
            (3, (14, 0), (17, 0)),
            (4, (9, 0), (12, 30)),
            (4, (14, 0), (17, 0)),
        ],
    ),
];

/// (slug, name, ticket letter, handled by experts); the second is the busy one.
const SERVICES: [(&str, &str, &str, bool); 6] = [
    ("accueil-general", "Accueil général", "A", false),
    ("etat-civil", "État civil", "E", true),
    ("urbanisme", "Urbanisme", "U", true),
    ("funeraire", "Funéraire", "F", true),
    ("affaires-scolaires", "Affaires scolaires", "S", false),
    ("ccas", "CCAS — action sociale", "C", true),
];
const BUSY: usize = 1;

const AGENTS: [(&str, &str); 8] = [
    ("Camille Martin", "counsellor"),
    ("Karim Haddad", "counsellor"),
    ("Sophie Lefèvre", "counsellor"),
    ("Thomas Nguyen", "expert"),
    ("Nadia Belkacem", "expert"),
    ("Julien Moreau", "expert"),
    ("Élise Fontaine", "supervisor"),
    ("Marc Dubois", "admin"),
];

const FIRST_NAMES: [&str; 12] = [
    "Amina", "Lucas", "Fatou", "Chloé", "Mehdi", "Léa", "Ioana", "Yusuf", "Manon", "Olena", "Wei",
    "Hugo",
];
const LAST_NAMES: [&str; 12] = [
    "Benali",
    "Dupont",
    "Diallo",
    "Petit",
    "Rahmani",
    "Garcia",
    "Popescu",
    "Yilmaz",
    "Roux",
    "Kovalenko",
    "Chen",
    "Lambert",
];
const SUBJECTS: [&str; 8] = [
    "Copie intégrale d'acte de naissance",
    "Extrait d'acte de mariage",
    "Rectification d'une erreur sur un acte",
    "Question sur un dossier en cours",
    "Attestation de domicile",
    "Renseignement d'urbanisme avant une vente",
    "Réclamation sur un délai de réponse",
    "Demande de rendez-vous",
];
const LANGUAGES: [&str; 6] = ["fr", "en", "ar", "es", "pt", "tr"];

/// What the checks need to know of each inserted request.
struct Fact {
    reference: String,
    service: usize,
    status: RequestStatus,
    received_at: DateTime<Utc>,
    due_at: DateTime<Utc>,
    warn_at: Option<DateTime<Utc>>,
}

impl Fact {
    fn running(&self) -> bool {
        self.status.clock_runs()
    }
    fn late(&self, now: DateTime<Utc>) -> bool {
        self.running() && self.due_at < now
    }
    fn due_soon(&self, now: DateTime<Utc>) -> bool {
        self.running() && self.due_at >= now && self.warn_at.is_some_and(|w| w <= now)
    }
    fn standing(&self, now: DateTime<Utc>) -> Standing {
        if self.late(now) {
            Standing::Late
        } else if self.due_soon(now) {
            Standing::DueSoon
        } else if self.running() {
            Standing::OnTime
        } else {
            Standing::Stopped
        }
    }
    fn open(&self) -> bool {
        RequestStatus::OPEN.contains(&self.status)
    }
    /// The list's order: earliest deadline first, then the oldest.
    fn order(&self) -> (DateTime<Utc>, DateTime<Utc>) {
        (self.due_at, self.received_at)
    }
}

/// A Paris wall-clock time as an instant.
fn paris(date: NaiveDate, h: u32, m: u32) -> DateTime<Utc> {
    let time = NaiveTime::from_hms_opt(h, m, 0).expect("valid time");
    Paris
        .from_local_datetime(&date.and_time(time))
        .earliest()
        .expect("no daylight-saving gap at this hour")
        .with_timezone(&Utc)
}

fn weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// `days` weekdays after (or, negative, before) `date`.
fn add_weekdays(mut date: NaiveDate, days: i64) -> NaiveDate {
    let step = Duration::days(days.signum());
    for _ in 0..days.abs() {
        date += step;
        while weekend(date) {
            date += step;
        }
    }
    date
}

/// The deadline at 17:00 on a weekday: 5 working days for e-mails, 7 calendar days for
/// notaries' questions, 15 calendar days otherwise (moved to the next weekday).
fn deadline(received_at: DateTime<Utc>, channel: Channel, kind: RequestKind) -> DateTime<Utc> {
    let day = received_at.with_timezone(&Paris).date_naive();
    let mut due = match (channel, kind) {
        (_, RequestKind::Notary) => day + Duration::days(7),
        (Channel::Email, _) => add_weekdays(day, 5),
        _ => day + Duration::days(15),
    };
    while weekend(due) {
        due += Duration::days(1);
    }
    paris(due, 17, 0)
}

fn pick<T: Copy>(rng: &mut StdRng, from: &[T]) -> T {
    from[rng.random_range(0..from.len())]
}

/// One request of `service`, received some time in the last two years, with the status a
/// real log would give it at `now`.
fn plan(
    rng: &mut StdRng,
    now: DateTime<Utc>,
    service: usize,
    agent_ids: &[i32],
) -> (Fact, request::ActiveModel, usize) {
    let received_at = now - Duration::seconds(rng.random_range(60..HISTORY_DAYS * 86_400));
    let age_days = (now - received_at).num_seconds() as f64 / 86_400.0;
    let channel = match rng.random_range(0..100) {
        0..35 => Channel::Email,
        35..55 => Channel::Phone,
        55..75 => Channel::Desk,
        75..90 => Channel::Web,
        _ => Channel::Letter,
    };
    let kind = match rng.random_range(0..100) {
        0..50 => RequestKind::Information,
        50..80 => RequestKind::Certificate,
        80..88 => RequestKind::Notary,
        88..93 => RequestKind::Complaint,
        _ => RequestKind::Other,
    };
    let due_at = deadline(received_at, channel, kind);
    let chance: f64 = rng.random();
    let status = if due_at > now {
        // Within its deadline: mostly still being handled.
        match chance {
            c if c < 0.20 => RequestStatus::Received,
            c if c < 0.75 => RequestStatus::InProgress,
            c if c < 0.87 => RequestStatus::WaitingResident,
            c if c < 0.95 => RequestStatus::Answered,
            _ => RequestStatus::Closed,
        }
    } else {
        // Past its deadline: answered or closed, but for the recent backlog and a thin
        // tail of forgotten ones, late or waiting for the resident.
        let late = 0.10 * (-age_days / 45.0).exp() + 0.002;
        let waiting = 0.25 * (-age_days / 90.0).exp() + 0.003;
        match chance {
            c if c < late * 0.4 => RequestStatus::Received,
            c if c < late => RequestStatus::InProgress,
            c if c < late + waiting => RequestStatus::WaitingResident,
            c if c < late + waiting + 0.25 => RequestStatus::Answered,
            _ => RequestStatus::Closed,
        }
    };
    // Due soon from two working days before the deadline, while the clock runs.
    let warn_at = status.clock_runs().then(|| {
        let day = add_weekdays(due_at.with_timezone(&Paris).date_naive(), -2);
        paris(day, 17, 0).max(received_at)
    });
    let answered_at =
        matches!(status, RequestStatus::Answered | RequestStatus::Closed).then(|| {
            let spent = (due_at - received_at).num_seconds() as f64 * rng.random_range(0.1..1.2);
            (received_at + Duration::seconds(spent as i64)).min(now)
        });
    let closed_at = (status == RequestStatus::Closed)
        .then(|| answered_at.map(|a| (a + Duration::hours(rng.random_range(1..240))).min(now)))
        .flatten();
    let owner = (status != RequestStatus::Received).then(|| pick(rng, agent_ids));
    let name = format!("{} {}", pick(rng, &FIRST_NAMES), pick(rng, &LAST_NAMES));
    let (phone, email) = match channel {
        Channel::Phone | Channel::Letter | Channel::Desk => (
            Some(format!(
                "06 {:02} {:02} {:02} {:02}",
                rng.random_range(0..100),
                rng.random_range(0..100),
                rng.random_range(0..100),
                rng.random_range(0..100)
            )),
            None,
        ),
        _ => (
            None,
            Some(format!(
                "{}@example.org",
                name.to_lowercase().replace(' ', ".").replace('é', "e")
            )),
        ),
    };
    let language = if rng.random_bool(0.85) {
        "fr"
    } else {
        pick(rng, &LANGUAGES)
    };
    let row = request::ActiveModel {
        // Numbered once every request of the year is known, in order of receipt.
        reference: Set(String::new()),
        check_code: Set(new_check_code()),
        channel: Set(channel),
        kind: Set(kind),
        subject: Set(pick(rng, &SUBJECTS).into()),
        status: Set(status),
        site_id: Set(None),
        service_id: Set(None),
        owner_agent_id: Set(owner),
        contact_id: Set(None),
        received_at: Set(received_at),
        due_at: Set(Some(due_at)),
        warn_at: Set(warn_at),
        due_on: Set(due_date(due_at)),
        contact_name: Set(name),
        phone: Set(phone),
        email: Set(email),
        language: Set(language.into()),
        description: Set("Demande reçue, pièces jointes au dossier.".into()),
        created_at: Set(received_at),
        answered_at: Set(answered_at),
        closed_at: Set(closed_at),
        lookup_failures: Set(0),
        lookup_blocked_until: Set(None),
        ..Default::default()
    };
    let fact = Fact {
        reference: String::new(),
        service,
        status,
        received_at,
        due_at,
        warn_at,
    };
    // Seven in ten at the town hall, the others at France Services.
    let site = usize::from(!rng.random_bool(0.7));
    (fact, row, site)
}

/// Inserts `rows` with as many rows per INSERT as SQLite's bound parameters allow.
async fn insert_chunks<A, C>(txn: &C, rows: Vec<A>) -> Result<(), DbErr>
where
    A: ActiveModelTrait + Send,
    C: sea_orm::ConnectionTrait,
{
    let columns = <A::Entity as EntityTrait>::Column::iter().count();
    let per_insert = (PARAMS_PER_INSERT / columns.max(1)).max(1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(per_insert).collect();
        A::Entity::insert_many(chunk).exec(txn).await?;
    }
    Ok(())
}

struct Town {
    busy_service: i32,
    facts: Vec<Fact>,
}

/// The town: sites and their hours, services, agents and every request, in one transaction.
async fn fill(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Town, DbErr> {
    let mut rng = StdRng::seed_from_u64(14);
    let txn = db.begin().await?;
    let mut site_ids = Vec::new();
    for (slug, name, hours) in SITES {
        let row = site::ActiveModel {
            slug: Set(slug.into()),
            name: Set(name.into()),
            address: Set("1 place de la Mairie".into()),
            postal_code: Set("93999".into()),
            city: Set("Villebourg".into()),
            phone: Set(Some("01 23 45 67 89".into())),
            email: Set(Some("accueil@villebourg.invalid".into())),
            access_info: Set(None),
            alsace_moselle: Set(false),
            tickets_from_home: Set(true),
            created_at: Set(now - Duration::days(HISTORY_DAYS + 30)),
            active: Set(true),
            version: Set(0),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let t = |(h, m): (u32, u32)| NaiveTime::from_hms_opt(h, m, 0).expect("valid hours");
        opening_hour::Entity::insert_many(hours.iter().map(|&(weekday, opens, closes)| {
            opening_hour::ActiveModel {
                site_id: Set(row.id),
                weekday: Set(weekday),
                opens: Set(t(opens)),
                closes: Set(t(closes)),
                ..Default::default()
            }
        }))
        .exec(&txn)
        .await?;
        site_ids.push(row.id);
    }
    let mut service_ids = Vec::new();
    for (position, (slug, name, letter, experts)) in SERVICES.into_iter().enumerate() {
        let row = service::ActiveModel {
            slug: Set(slug.into()),
            name: Set(name.into()),
            ticket_letter: Set(letter.into()),
            handled_by_experts: Set(experts),
            position: Set(position as i32 + 1),
            active: Set(true),
            version: Set(0),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        service_ids.push(row.id);
    }
    let mut agent_ids = Vec::new();
    for (name, role) in AGENTS {
        let row = agent::ActiveModel {
            display_name: Set(name.into()),
            role: Set(role.into()),
            // Nobody signs in here: no need to pay for argon2.
            pin_hash: Set("not-a-hash".into()),
            failed_attempts: Set(0),
            locked_until: Set(None),
            active: Set(true),
            created_at: Set(now - Duration::days(HISTORY_DAYS + 30)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        agent_ids.push(row.id);
    }

    let mut planned = Vec::new();
    for (service, &service_id) in service_ids.iter().enumerate() {
        let count = if service == BUSY {
            BUSY_REQUESTS
        } else {
            OTHER_REQUESTS
        };
        for _ in 0..count {
            let (fact, mut row, site) = plan(&mut rng, now, service, &agent_ids);
            row.site_id = Set(Some(site_ids[site]));
            row.service_id = Set(Some(service_id));
            planned.push((fact, row));
        }
    }
    // References in order of receipt, numbered from 1 each year.
    planned.sort_by_key(|(fact, _)| fact.received_at);
    let mut last: BTreeMap<i32, i32> = BTreeMap::new();
    let mut facts = Vec::with_capacity(planned.len());
    let mut rows = Vec::with_capacity(planned.len());
    for (mut fact, mut row) in planned {
        let year = fact.received_at.with_timezone(&Paris).year();
        let number = last.entry(year).or_insert(0);
        *number += 1;
        fact.reference = reference(year, *number);
        row.reference = Set(fact.reference.clone());
        facts.push(fact);
        rows.push(row);
    }
    insert_chunks(&txn, rows).await?;
    request_counter::Entity::insert_many(last.into_iter().map(|(year, last)| {
        request_counter::ActiveModel {
            year: Set(year),
            last: Set(last),
        }
    }))
    .exec(&txn)
    .await?;
    txn.commit().await?;
    Ok(Town {
        busy_service: service_ids[BUSY],
        facts,
    })
}

/// What the list must answer for the busy service: the filter's matches in the list's
/// order, and the late and due-soon counts.
struct Expected<'a> {
    matches: Vec<&'a Fact>,
    late: u64,
    due_soon: u64,
}

fn expected<'a>(
    town: &'a Town,
    now: DateTime<Utc>,
    wanted: impl Fn(&Fact) -> bool,
) -> Expected<'a> {
    let busy: Vec<&Fact> = town.facts.iter().filter(|f| f.service == BUSY).collect();
    let mut matches: Vec<&Fact> = busy.iter().copied().filter(|f| wanted(f)).collect();
    matches.sort_by_key(|f| f.order());
    Expected {
        matches,
        late: busy.iter().filter(|f| f.late(now)).count() as u64,
        due_soon: busy.iter().filter(|f| f.due_soon(now)).count() as u64,
    }
}

/// Whether the list's answer is the right one; why not otherwise.
fn check(
    label: &str,
    view: &RequestsView,
    want: &Expected,
    by_reference: &HashMap<&str, &Fact>,
    now: DateTime<Utc>,
) -> Result<(), String> {
    let total = want.matches.len() as u64;
    if (view.total, view.late, view.due_soon) != (total, want.late, want.due_soon) {
        return Err(format!(
            "{label}: total, late, due soon = {}, {}, {}; inserted {total}, {}, {}",
            view.total, view.late, view.due_soon, want.late, want.due_soon
        ));
    }
    let page = total.min(PAGE_SIZE) as usize;
    if view.rows.len() != page {
        return Err(format!(
            "{label}: a page of {} rows, {page} expected",
            view.rows.len()
        ));
    }
    for (i, (row, fact)) in view.rows.iter().zip(&want.matches).enumerate() {
        let Some(got) = by_reference.get(row.reference.as_str()) else {
            return Err(format!(
                "{label}: row {i} is {}, never inserted",
                row.reference
            ));
        };
        if got.service != BUSY || got.order() != fact.order() {
            return Err(format!(
                "{label}: row {i} is {} (due {}), not the next earliest deadline {} (due {})",
                row.reference, got.due_at, fact.reference, fact.due_at
            ));
        }
        if row.standing != got.standing(now) {
            return Err(format!(
                "{label}: row {i} ({}) stands {:?}, not {:?}",
                row.reference,
                row.standing,
                got.standing(now)
            ));
        }
    }
    Ok(())
}

struct Measured {
    label: &'static str,
    p99: Elapsed,
}

/// Calls the list `CALLS` times after a warm-up, checking every answer; prints one line.
async fn measure(
    db: &DatabaseConnection,
    label: &'static str,
    filter: RequestFilter,
    want: &Expected<'_>,
    by_reference: &HashMap<&str, &Fact>,
    now: DateTime<Utc>,
) -> Result<Measured, String> {
    let me = Me {
        name: "Camille Martin".into(),
        role: Role::Counsellor,
        workstation: "Poste 1".into(),
        inactivity_secs: 300,
        alerts: Vec::new(),
    };
    let mut times = Vec::with_capacity(CALLS);
    for call in 0..WARM_UP + CALLS {
        let start = Instant::now();
        let view = store::list(db, me.clone(), 0, filter.clone(), Locale::Fr, now)
            .await
            .map_err(|e| format!("{label}: list failed: {e}"))?;
        let took = start.elapsed();
        check(label, &view, want, by_reference, now)?;
        if call >= WARM_UP {
            times.push(took);
        }
    }
    times.sort();
    let p99 = percentile(&times, 0.99);
    println!(
        "{label:<14} {:>6} rows: p50 {}, p90 {}, p99 {}, max {} ({CALLS} calls)",
        want.matches.len(),
        ms(percentile(&times, 0.50)),
        ms(percentile(&times, 0.90)),
        ms(p99),
        ms(*times.last().expect("calls were made")),
    );
    Ok(Measured { label, p99 })
}

async fn run() -> Result<(), String> {
    let max_p99 = p99_budget("requests.txt")?;
    // A fresh file of its own.
    let dir = ScratchDir::new("guichet-requests-bench")?;
    let url = dir.sqlite_url("requests.db");
    let db = server::db::connect_and_migrate(&url)
        .await
        .map_err(|e| format!("migrating {url}: {e}"))?;
    // A Tuesday morning in Paris.
    let now = paris(
        NaiveDate::from_ymd_opt(2027, 3, 16).expect("valid date"),
        10,
        0,
    );

    let start = Instant::now();
    let town = fill(&db, now)
        .await
        .map_err(|e| format!("inserting the town: {e}"))?;
    let busy: Vec<&Fact> = town.facts.iter().filter(|f| f.service == BUSY).collect();
    println!(
        "{} requests inserted in {:.1} s; in the measured service {}: {} open, {} late, {} due soon",
        town.facts.len(),
        start.elapsed().as_secs_f64(),
        busy.len(),
        busy.iter().filter(|f| f.open()).count(),
        busy.iter().filter(|f| f.late(now)).count(),
        busy.iter().filter(|f| f.due_soon(now)).count(),
    );
    let by_reference: HashMap<&str, &Fact> = town
        .facts
        .iter()
        .map(|f| (f.reference.as_str(), f))
        .collect();

    let late = expected(&town, now, |f| f.late(now));
    let open = expected(&town, now, Fact::open);
    if late.matches.len() < PAGE_SIZE as usize {
        return Err(format!(
            "only {} late requests: too few to fill a page",
            late.matches.len()
        ));
    }
    let service = Some(town.busy_service);
    let results = [
        measure(
            &db,
            "late filter",
            RequestFilter {
                service,
                due: Some(Standing::Late),
                ..Default::default()
            },
            &late,
            &by_reference,
            now,
        )
        .await?,
        measure(
            &db,
            "open (default)",
            RequestFilter {
                service,
                ..Default::default()
            },
            &open,
            &by_reference,
            now,
        )
        .await?,
    ];
    db.close().await.map_err(|e| e.to_string())?;
    let over: Vec<String> = results
        .iter()
        .filter(|m| m.p99.as_secs_f64() * 1000.0 > max_p99)
        .map(|m| {
            format!(
                "{}: p99 {} over the budget of {max_p99} ms",
                m.label,
                ms(m.p99)
            )
        })
        .collect();
    if !over.is_empty() {
        return Err(format!(
            "{} (budgets/requests.txt): the list must get faster, not the budget larger",
            over.join("; ")
        ));
    }
    println!("both p99 within the budget of {max_p99} ms (budgets/requests.txt)");
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("requests list benchmark FAILED: {message}");
            ExitCode::FAILURE
        }
    }
}
