//! Ninety days of past activity, deterministic (fixed seed), and two weeks of upcoming
//! appointments: tickets with realistic waits and their desk contacts, appointments kept,
//! missed or cancelled, contacts on every channel, requests with their history, and
//! flash-survey answers. Only secrets (ticket and appointment tokens) come from the
//! system's random generator: a demo database must not hand out guessable links.

use super::town::{AgentInfo, MotifInfo, SiteInfo, Town};
use app::calendar::hours::{open_intervals_utc, weekday_index};
use app::requests::deadline::{self, SiteCalendar};
use app::requests::rules;
use app::staff::tokens;
use app::statuses::{Channel, RequestKind as StoredKind, RequestStatus, TicketStatus};
use app::store::entities::{
    appointment, contact, request, request_counter, request_event, survey_campaign,
    survey_response, ticket,
};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc};
use chrono_tz::Europe::Paris;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{
    ActiveModelTrait, ActiveValue, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, Iterable,
    QueryFilter, Set,
};
use std::collections::{HashMap, HashSet};

/// Days of past activity by default.
pub const DAYS: u32 = 90;
const UPCOMING_DAYS: i64 = 14;
/// Bound parameters per INSERT, under the limits of SQLite (32,766) and PostgreSQL
/// (65,535). Big batches matter on PostgreSQL, where each statement has a fixed cost: 200
/// rows at a time made the load twice as slow.
const PARAMS_PER_INSERT: usize = 20_000;
/// Reads by a list of keys go by this many keys.
const KEYS_PER_QUERY: usize = 500;

/// Most residents speak French; the others reflect a district of many nationalities.
const LANGUAGES: [(&str, u32); 11] = [
    ("fr", 72),
    ("ar", 8),
    ("en", 3),
    ("uk", 3),
    ("ru", 2),
    ("tr", 3),
    ("zh", 2),
    ("fa", 2),
    ("pt", 2),
    ("es", 2),
    ("ro", 1),
];

const PRIORITIES: [(&str, u32); 5] = [
    ("none", 92),
    ("disability", 3),
    ("pregnancy", 1),
    ("elderly", 3),
    ("young_child", 1),
];

const FIRST_NAMES: [&str; 20] = [
    "Amina", "Lucas", "Fatou", "Olena", "Mehdi", "Chloé", "Wei", "Ana", "Youssef", "Marie", "Hugo",
    "Aïcha", "Ioana", "Sami", "Léa", "Dmytro", "Inès", "Mamadou", "Zahra", "Paul",
];
const LAST_NAMES: [&str; 20] = [
    "Diallo",
    "Petit",
    "Nguyen",
    "Shevchenko",
    "Benali",
    "Dubois",
    "Zhang",
    "Silva",
    "Kaya",
    "Lefebvre",
    "Traoré",
    "Moreau",
    "Popescu",
    "Haddad",
    "Girard",
    "Bondarenko",
    "Mercier",
    "Camara",
    "Ahmadi",
    "Roux",
];

/// Flash-survey comments, in the language of the resident who wrote them.
const COMMENTS: [(&str, &str); 16] = [
    ("fr", "Accueil très agréable, merci."),
    ("fr", "Attente un peu longue mais conseillère efficace."),
    ("fr", "Tout a été réglé en une seule visite."),
    ("fr", "Merci pour les explications claires."),
    // Residents write names and numbers: supervisors read them masked.
    ("fr", "Merci à Mme Petit, très patiente avec moi."),
    ("fr", "Rappelez-moi au 06 39 98 12 34 pour mon dossier."),
    ("fr", "Il manquait une information sur le site internet."),
    (
        "fr",
        "Personnel patient avec ma mère qui parle peu français.",
    ),
    ("fr", "Trop d'attente le lundi matin."),
    (
        "fr",
        "Le rendez-vous a commencé à l'heure, c'est appréciable.",
    ),
    ("en", "Very helpful, thank you."),
    ("ar", "شكرا على المساعدة"),
    ("uk", "Дякую, усе пояснили зрозуміло."),
    ("es", "Muy amables, gracias."),
    ("pt", "Atendimento rápido, obrigado."),
    ("tr", "Çok yardımcı oldular, teşekkürler."),
];

/// Notes of calls made by the town hall ("aller vers").
const OUTBOUND_NOTES: [&str; 4] = [
    "Appel de courtoisie à une personne âgée isolée : besoin de portage de repas signalé au CCAS.",
    "Rappel d'un usager dont le dossier était incomplet : pièces manquantes expliquées.",
    "Appel avant l'échéance du titre d'identité : rendez-vous proposé.",
    "Appel de suivi après une demande d'aide : situation réglée.",
];

/// One event of a planned request: when, by whom, its kind, its text, its new status.
type PlannedEvent = (
    DateTime<Utc>,
    Option<i32>,
    &'static str,
    String,
    Option<RequestStatus>,
);

struct RequestKind {
    channel: &'static str,
    kind: &'static str,
    /// Days to answer: 7 for notaries, 15 for letters and the rest.
    due_days: i64,
    service: &'static str,
    subject: &'static str,
    reply: &'static str,
}

const REQUEST_KINDS: [(RequestKind, u32); 10] = [
    (
        RequestKind {
            channel: "letter",
            kind: "information",
            due_days: 15,
            service: "urbanisme",
            subject: "Courrier : hauteur de clôture autorisée en limite de propriété",
            reply: "Courrier de réponse envoyé : règles du PLU pour les clôtures, zone UB.",
        },
        4,
    ),
    (
        RequestKind {
            channel: "letter",
            kind: "certificate",
            due_days: 15,
            service: "etat-civil",
            subject: "Demande de copie intégrale d'acte de mariage",
            reply: "Copie intégrale envoyée par courrier.",
        },
        4,
    ),
    (
        RequestKind {
            channel: "email",
            kind: "notary",
            due_days: 7,
            service: "urbanisme",
            subject: "Notaire : renseignements d'urbanisme avant la vente d'une maison",
            reply: "Note de renseignements d'urbanisme transmise à l'étude notariale.",
        },
        3,
    ),
    (
        RequestKind {
            channel: "email",
            kind: "notary",
            due_days: 7,
            service: "etat-civil",
            subject: "Notaire : extrait d'acte de décès pour une succession",
            reply: "Extrait d'acte de décès transmis à l'étude notariale.",
        },
        2,
    ),
    (
        RequestKind {
            channel: "web",
            kind: "complaint",
            due_days: 15,
            service: "accueil-general",
            subject: "Réclamation : attente trop longue au guichet",
            reply: "Réponse envoyée : excuses, et renfort de l'accueil le lundi matin.",
        },
        1,
    ),
    (
        RequestKind {
            channel: "letter",
            kind: "complaint",
            due_days: 15,
            service: "affaires-scolaires",
            subject: "Réclamation : facture de cantine erronée",
            reply: "Facture corrigée et nouvel avis envoyé à la famille.",
        },
        1,
    ),
    (
        RequestKind {
            channel: "web",
            kind: "information",
            due_days: 15,
            service: "affaires-scolaires",
            subject: "Dérogation de secteur scolaire pour la rentrée",
            reply: "Réponse envoyée : dossier de dérogation et date de la commission.",
        },
        3,
    ),
    (
        RequestKind {
            channel: "phone",
            kind: "other",
            due_days: 15,
            service: "ccas",
            subject: "Demande de rappel : aide pour une facture d'énergie",
            reply: "Usager rappelé : rendez-vous CCAS proposé et accepté.",
        },
        2,
    ),
    (
        RequestKind {
            channel: "email",
            kind: "information",
            due_days: 15,
            service: "funeraire",
            subject: "Tarifs et durées des concessions au cimetière communal",
            reply: "Grille tarifaire des concessions envoyée par courriel.",
        },
        1,
    ),
    (
        RequestKind {
            channel: "letter",
            kind: "other",
            due_days: 15,
            service: "accueil-general",
            subject: "Demande de prêt de salle pour une association",
            reply: "Réponse envoyée : salle des fêtes disponible, convention jointe.",
        },
        2,
    ),
];

/// What the load made, for the start-up report.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub days: u32,
    pub tickets: usize,
    pub appointments: usize,
    pub upcoming_appointments: usize,
    pub contacts: usize,
    pub requests: usize,
    pub request_events: usize,
    pub surveys: usize,
}

/// A ticket's unique key: what identifies it before its id is known.
type TicketKey = (i32, NaiveDate, i32, i32);

/// A served ticket, kept until its id is known so that its desk contact can point to it.
struct Visit {
    key: TicketKey,
    motif_id: i32,
    agent_id: i32,
    language: &'static str,
    arrival: DateTime<Utc>,
    called: DateTime<Utc>,
    ended: DateTime<Utc>,
    outcome: &'static str,
    transferred_to: Option<i32>,
}

/// A kept appointment, waiting for its id to get its desk contact.
struct KeptAppointment {
    reference: String,
    site_id: i32,
    service_id: i32,
    motif_id: i32,
    agent_id: i32,
    language: &'static str,
    checked_in: DateTime<Utc>,
    called: DateTime<Utc>,
    ended: DateTime<Utc>,
}

struct PlannedRequest {
    row: request::ActiveModel,
    events: Vec<PlannedEvent>,
    /// Channel of the survey sent with the reply, if any.
    survey: Option<Asked>,
}

/// Everything to insert, built in memory first so that rows go in by batches.
#[derive(Default)]
struct Plan {
    tickets: Vec<ticket::ActiveModel>,
    visits: Vec<Visit>,
    appointments: Vec<appointment::ActiveModel>,
    upcoming: usize,
    kept: Vec<KeptAppointment>,
    contacts: Vec<contact::ActiveModel>,
    requests: Vec<PlannedRequest>,
    references: HashSet<String>,
}

fn pick<T: Copy>(rng: &mut StdRng, weighted: &[(T, u32)]) -> T {
    let total: u32 = weighted.iter().map(|(_, w)| w).sum();
    let mut n = rng.random_range(0..total);
    for (item, w) in weighted {
        if n < *w {
            return *item;
        }
        n -= w;
    }
    weighted[0].0
}

fn pick_motif<'a>(
    rng: &mut StdRng,
    motifs: impl Iterator<Item = &'a MotifInfo>,
) -> Option<MotifInfo> {
    let weighted: Vec<(MotifInfo, u32)> = motifs.map(|m| (*m, m.weight)).collect();
    (!weighted.is_empty()).then(|| pick(rng, &weighted))
}

fn one_of<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

fn resident_name(rng: &mut StdRng) -> String {
    format!("{} {}", one_of(rng, &FIRST_NAMES), one_of(rng, &LAST_NAMES))
}

/// A mobile number from the range ARCEP keeps for fiction (06 39 98 xx xx).
fn fictional_phone(rng: &mut StdRng) -> String {
    format!("+3363998{:04}", rng.random_range(0..10_000))
}

fn email_of(name: &str) -> String {
    let ascii: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' => 'e',
            'ï' => 'i',
            ' ' => '.',
            c => c,
        })
        .collect();
    format!("{ascii}@example.org")
}

/// An instant `minute` minutes into the day's opening, skipping the lunch break.
fn instant_in(intervals: &[(DateTime<Utc>, DateTime<Utc>)], mut minute: i64) -> DateTime<Utc> {
    for (a, b) in intervals {
        let len = (*b - *a).num_minutes();
        if minute < len {
            return *a + Duration::minutes(minute);
        }
        minute -= len;
    }
    intervals[0].0
}

fn open_minutes(intervals: &[(DateTime<Utc>, DateTime<Utc>)]) -> i64 {
    intervals.iter().map(|(a, b)| (*b - *a).num_minutes()).sum()
}

/// Monday mornings and Wednesday evenings are when the town hall fills up.
fn rush_hour(at: DateTime<Utc>) -> bool {
    let local = at.with_timezone(&Paris);
    match weekday_index(local.date_naive()) {
        0 => local.hour() < 11,
        2 => local.hour() >= 16,
        _ => false,
    }
}

fn minutes(n: i64) -> Duration {
    Duration::minutes(n)
}

pub async fn create(
    txn: &DatabaseTransaction,
    town: &Town,
    now: DateTime<Utc>,
    days: u32,
) -> Result<Counts, DbErr> {
    let mut rng = StdRng::seed_from_u64(93_999);
    let mut plan = Plan::default();
    let mut request_number = 0;
    for offset in (1..=i64::from(days)).rev() {
        let date = town.today - Duration::days(offset);
        for site in &town.sites {
            let intervals = open_intervals_utc(&site.weekly, date, &site.closures, false);
            if intervals.is_empty() {
                continue;
            }
            desk_day(&mut rng, town, site, date, &intervals, &mut plan);
            past_appointments(&mut rng, town, site, date, &intervals, &mut plan);
            remote_contacts(&mut rng, town, site, date, &intervals, &mut plan);
            requests(
                &mut rng,
                town,
                site,
                &intervals,
                now,
                &mut request_number,
                &mut plan,
            );
        }
    }
    upcoming_appointments(&mut rng, town, now, &mut plan);
    let first_day = town.today - Duration::days(days.into());
    let mut counts = save(txn, &mut rng, town, plan, first_day, now).await?;
    counts.days = days;
    Ok(counts)
}

/// The counsellors at the desks of `site` on `date`; if leave empties a site, a colleague
/// from the other one stands in.
fn desk_staff<'a>(town: &'a Town, site: &SiteInfo, date: NaiveDate) -> Vec<&'a AgentInfo> {
    let on_duty = town.on_duty("counsellor", site.id, date);
    if !on_duty.is_empty() {
        return on_duty;
    }
    town.agents
        .iter()
        .filter(|a| a.role == "counsellor")
        .filter(|a| !a.absent.iter().any(|(x, y)| *x <= date && date <= *y))
        .collect()
}

/// The experts of `site` on `date` who handle `motif_id`.
fn experts_for<'a>(
    town: &'a Town,
    site: &SiteInfo,
    date: NaiveDate,
    motif_id: i32,
) -> Vec<&'a AgentInfo> {
    town.on_duty("expert", site.id, date)
        .into_iter()
        .filter(|a| a.motifs.contains(&motif_id))
        .collect()
}

/// One day of the single queue at `site`: tickets, and what became of each visitor.
fn desk_day(
    rng: &mut StdRng,
    town: &Town,
    site: &SiteInfo,
    date: NaiveDate,
    intervals: &[(DateTime<Utc>, DateTime<Utc>)],
    plan: &mut Plan,
) {
    let open = open_minutes(intervals);
    let (low, high) = site.daily_tickets;
    // Saturday mornings see fewer people than a full Wednesday.
    let scale = (open as f64 / 420.0).clamp(0.4, 1.3);
    let count = (f64::from(rng.random_range(low..=high)) * scale).round() as usize;
    let mut arrivals: Vec<DateTime<Utc>> = (0..count)
        .map(|_| {
            loop {
                let at = instant_in(intervals, rng.random_range(0..open))
                    + Duration::seconds(rng.random_range(0..60));
                // Rush hours draw about 1.6 times as many arrivals per minute.
                if rush_hour(at) || rng.random_bool(0.625) {
                    break at;
                }
            }
        })
        .collect();
    arrivals.sort();

    let staff = desk_staff(town, site, date);
    let mut numbers: HashMap<i32, i32> = HashMap::new();
    for arrival in arrivals {
        let motif = pick_motif(rng, town.motifs.iter()).expect("the town has motifs");
        let service = town.service(motif.service_id);
        let number = {
            let n = numbers.entry(service.id).or_insert(0);
            *n += 1;
            *n
        };
        let staff_index = rng.random_range(0..staff.len());
        let agent_id = staff[staff_index].id;
        let desk_id = site.desks[staff_index % site.desks.len()];
        let language = pick(rng, &LANGUAGES);
        let priority = pick(rng, &PRIORITIES);

        // Waits are roughly exponential: most visitors are called within minutes, a few
        // wait long at rush hour. Priority visitors go ahead.
        let mean = if priority != "none" {
            2.0
        } else if rush_hour(arrival) {
            9.0
        } else {
            5.0
        };
        let u: f64 = rng.random();
        let wait_seconds =
            (-(1.0 - u).ln() * mean * 60.0).min(45.0 * 60.0) as i64 + rng.random_range(15..60);
        let called = arrival + Duration::seconds(wait_seconds);
        let no_show = rng.random_bool(0.03);

        let roll: f64 = rng.random();
        let (outcome, transferred_to) = if service.experts && roll < 0.7 {
            ("transferred", Some(service.id))
        } else if roll > 0.95 {
            ("follow_up", None)
        } else {
            ("handled", None)
        };
        // A transfer takes a few minutes at the front desk, then the expert's full time.
        let desk_time = if transferred_to.is_some() {
            rng.random_range(180..420)
        } else {
            (f64::from(motif.minutes) * rng.random_range(0.6..1.3) * 60.0) as i64
        };
        let desk_end = called + Duration::seconds(desk_time);
        let expert = transferred_to.and_then(|_| {
            let experts = experts_for(town, site, date, motif.id);
            (!experts.is_empty()).then(|| one_of(rng, &experts).id)
        });
        let ended = if transferred_to.is_some() {
            desk_end
                + minutes(rng.random_range(2..15))
                + Duration::seconds(
                    (f64::from(motif.minutes) * rng.random_range(0.7..1.2) * 60.0) as i64,
                )
        } else {
            desk_end
        };
        let transfer_note = transferred_to.map(|_| {
            one_of(
                rng,
                &[
                    "Pièces vérifiées, dossier complet.",
                    "Première demande, besoin d'un conseil de l'expert.",
                    "Dossier incomplet : voir avec l'usager ce qui manque.",
                    "Situation urgente, à recevoir rapidement.",
                ],
            )
            .to_string()
        });

        plan.tickets.push(ticket::ActiveModel {
            site_id: Set(site.id),
            service_id: Set(service.id),
            motif_id: Set(Some(motif.id)),
            day: Set(date),
            number: Set(number),
            code: Set(format!("{}{number:03}", service.letter)),
            public_token: Set(tokens::new_token()[..32].to_owned()),
            language: Set(language.into()),
            priority: Set(priority.into()),
            status: Set(if no_show {
                TicketStatus::NoShow
            } else {
                TicketStatus::Done
            }),
            phone: Set(None),
            issued_at: Set(arrival),
            arrival_at: Set(arrival),
            called_at: Set(Some(called)),
            started_at: Set((!no_show).then_some(called + Duration::seconds(40))),
            ended_at: Set((!no_show).then_some(ended)),
            call_count: Set(if no_show { 3 } else { 1 }),
            desk_id: Set(Some(desk_id)),
            agent_id: Set(Some(agent_id)),
            target_agent_id: Set(if no_show { None } else { expert }),
            transfer_note: Set(if no_show { None } else { transfer_note }),
            appointment_id: Set(None),
            outcome: Set((!no_show).then(|| outcome.to_owned())),
            ..Default::default()
        });
        if !no_show {
            plan.visits.push(Visit {
                key: (site.id, date, service.id, number),
                motif_id: motif.id,
                agent_id,
                language,
                arrival,
                called,
                ended: desk_end,
                outcome,
                transferred_to,
            });
        }
    }
}

/// A reference such as `R7KQ2MXA`, from the same alphabet as the booking page's.
fn appointment_reference(rng: &mut StdRng, taken: &mut HashSet<String>) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    loop {
        let code: String = (0..7)
            .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
            .collect();
        let reference = format!("R{code}");
        if taken.insert(reference.clone()) {
            return reference;
        }
    }
}

struct NewAppointment<'a> {
    motif: MotifInfo,
    site_id: i32,
    agent_id: i32,
    starts: DateTime<Utc>,
    status: &'a str,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
    checked_in: Option<DateTime<Utc>>,
    language: &'static str,
}

fn appointment_row(
    rng: &mut StdRng,
    plan: &mut Plan,
    a: NewAppointment<'_>,
) -> appointment::ActiveModel {
    let reference = appointment_reference(rng, &mut plan.references);
    let name = resident_name(rng);
    let email = rng.random_bool(0.5).then(|| email_of(&name));
    appointment::ActiveModel {
        reference: Set(reference),
        token_hash: Set(tokens::digest(&tokens::new_token())),
        motif_id: Set(a.motif.id),
        site_id: Set(a.site_id),
        agent_id: Set(Some(a.agent_id)),
        starts_at: Set(a.starts),
        ends_at: Set(a.starts + minutes(a.motif.minutes.into())),
        contact_name: Set(name),
        phone: Set(Some(fictional_phone(rng))),
        email: Set(email),
        language: Set(a.language.into()),
        interpreter_language: Set(None),
        accessibility_need: Set(None),
        note: Set(None),
        status: Set(stored(a.status)),
        cancel_reason: Set((a.status == "cancelled").then(|| {
            one_of(
                rng,
                &[
                    "Annulé par l'usager depuis le lien du SMS.",
                    "Empêchement : l'usager reprendra rendez-vous.",
                    "Démarche faite en ligne finalement.",
                ],
            )
            .to_string()
        })),
        checked_in_at: Set(a.checked_in),
        created_at: Set(a.created),
        updated_at: Set(a.updated),
        ..Default::default()
    }
}

/// Whether `agent_id` is free from `starts` for `length`, given the day's bookings.
fn free(
    busy: &[(i32, DateTime<Utc>, DateTime<Utc>)],
    agent_id: i32,
    starts: DateTime<Utc>,
    length: Duration,
) -> bool {
    !busy
        .iter()
        .any(|(a, s, e)| *a == agent_id && *s < starts + length && starts < *e)
}

/// Appointments of one past day: mostly kept, some missed, some cancelled.
fn past_appointments(
    rng: &mut StdRng,
    town: &Town,
    site: &SiteInfo,
    date: NaiveDate,
    intervals: &[(DateTime<Utc>, DateTime<Utc>)],
    plan: &mut Plan,
) {
    let wanted = if site.is_town_hall {
        rng.random_range(4..=9)
    } else {
        rng.random_range(1..=3)
    };
    let mut busy = Vec::new();
    for _ in 0..wanted {
        let Some(motif) = pick_motif(rng, town.motifs.iter().filter(|m| m.online)) else {
            return;
        };
        let agents: Vec<&AgentInfo> = town
            .agents
            .iter()
            .filter(|a| a.motifs.contains(&motif.id) && a.works(site.id, date))
            .collect();
        if agents.is_empty() {
            continue;
        }
        let agent_id = one_of(rng, &agents).id;
        let length = minutes((motif.minutes + motif.buffer).into());
        let (a, b) = *one_of(rng, intervals);
        let slots = ((b - a - length).num_minutes() / 15).max(0);
        let starts = a + minutes(15 * rng.random_range(0..=slots));
        if starts + length > b || !free(&busy, agent_id, starts, length) {
            continue;
        }
        busy.push((agent_id, starts, starts + length));
        let status = pick(rng, &[("done", 82), ("no_show", 8), ("cancelled", 10)]);
        let created =
            starts - Duration::days(rng.random_range(1..21)) - minutes(rng.random_range(0..600));
        let checked_in = (status == "done").then(|| starts - minutes(rng.random_range(1..12)));
        let ends = starts + minutes(motif.minutes.into());
        let updated = match status {
            "done" => ends,
            "no_show" => starts + minutes(15),
            // Cancelled some time between booking and the day.
            _ => {
                created
                    + Duration::seconds(
                        (starts - created).num_seconds() * rng.random_range(30..95) / 100,
                    )
            }
        };
        let language = pick(rng, &LANGUAGES);
        let row = appointment_row(
            rng,
            plan,
            NewAppointment {
                motif,
                site_id: site.id,
                agent_id,
                starts,
                status,
                created,
                updated,
                checked_in,
                language,
            },
        );
        if let Some(checked_in) = checked_in {
            let reference = match &row.reference {
                ActiveValue::Set(r) => r.clone(),
                _ => unreachable!("the reference is set above"),
            };
            let called = (starts + Duration::seconds(rng.random_range(-120..480))).max(checked_in);
            plan.kept.push(KeptAppointment {
                reference,
                site_id: site.id,
                service_id: motif.service_id,
                motif_id: motif.id,
                agent_id,
                language,
                checked_in,
                called,
                ended: called + minutes(i64::from(motif.minutes) * rng.random_range(8..13) / 10),
            });
        }
        plan.appointments.push(row);
    }
}

/// Phone calls, e-mails, letters, web forms and calls made by the town: a few a day.
fn remote_contacts(
    rng: &mut StdRng,
    town: &Town,
    site: &SiteInfo,
    date: NaiveDate,
    intervals: &[(DateTime<Utc>, DateTime<Utc>)],
    plan: &mut Plan,
) {
    // (channel, contacts a day on average, minutes spent)
    let per_day: &[(&str, u32, (i64, i64))] = if site.is_town_hall {
        &[
            ("phone", 9, (2, 12)),
            ("email", 5, (5, 20)),
            ("letter", 2, (10, 30)),
            ("web", 3, (5, 15)),
            ("outbound_call", 1, (5, 20)),
        ]
    } else {
        &[
            ("phone", 3, (2, 12)),
            ("email", 1, (5, 20)),
            ("web", 1, (5, 15)),
            ("outbound_call", 2, (5, 20)),
        ]
    };
    let staff = desk_staff(town, site, date);
    let open = open_minutes(intervals);
    for &(channel, mean, (shortest, longest)) in per_day {
        for _ in 0..rng.random_range(mean / 2..=mean + mean / 2) {
            let at = instant_in(intervals, rng.random_range(0..open));
            let motif = pick_motif(rng, town.motifs.iter()).expect("the town has motifs");
            let service = town.service(motif.service_id);
            let roll: f64 = rng.random();
            let (outcome, transferred_to) = if service.experts && roll < 0.2 {
                ("transferred", Some(service.id))
            } else if roll > 0.8 {
                ("follow_up", None)
            } else {
                ("handled", None)
            };
            let note =
                (channel == "outbound_call").then(|| one_of(rng, &OUTBOUND_NOTES).to_string());
            plan.contacts.push(contact::ActiveModel {
                channel: Set(channel.into()),
                site_id: Set(Some(site.id)),
                service_id: Set(Some(service.id)),
                motif_id: Set(Some(motif.id)),
                agent_id: Set(Some(one_of(rng, &staff).id)),
                ticket_id: Set(None),
                appointment_id: Set(None),
                started_at: Set(at),
                ended_at: Set(Some(at + minutes(rng.random_range(shortest..=longest)))),
                waited_seconds: Set(None),
                outcome: Set(outcome.into()),
                transferred_to_service_id: Set(transferred_to),
                note: Set(note),
                ..Default::default()
            });
        }
    }
}

/// Requests received on one day: most answered in time, some late, some still open.
fn requests(
    rng: &mut StdRng,
    town: &Town,
    site: &SiteInfo,
    intervals: &[(DateTime<Utc>, DateTime<Utc>)],
    now: DateTime<Utc>,
    number: &mut u32,
    plan: &mut Plan,
) {
    let count = if site.is_town_hall {
        rng.random_range(1..=3)
    } else {
        rng.random_range(0..=1)
    };
    let open = open_minutes(intervals);
    let weighted: Vec<(&RequestKind, u32)> = REQUEST_KINDS.iter().map(|(k, w)| (k, *w)).collect();
    for _ in 0..count {
        let kind = pick(rng, &weighted);
        let service = town
            .services
            .iter()
            .find(|s| s.slug == kind.service)
            .expect("request kinds name demo services");
        // Experts own the requests of their service; counsellors the others.
        let owners: Vec<&AgentInfo> = town
            .agents
            .iter()
            .filter(|a| {
                if service.experts && a.role == "expert" {
                    town.motifs
                        .iter()
                        .any(|m| m.service_id == service.id && a.motifs.contains(&m.id))
                } else {
                    a.role == "counsellor"
                }
            })
            .collect();
        let owner = one_of(rng, &owners).id;
        let created = instant_in(intervals, rng.random_range(0..open));
        let created_on = created.with_timezone(&Paris).date_naive();
        let channel = Channel::parse(kind.channel).expect("the demo's channels are known");
        let request_kind = StoredKind::parse(kind.kind).expect("the demo's kinds are known");
        *number += 1;
        let name = resident_name(rng);
        let language = pick(rng, &LANGUAGES);

        let late = rng.random_bool(0.12);
        let days = if late {
            kind.due_days + rng.random_range(1..10)
        } else {
            rng.random_range(1..kind.due_days)
        };
        let answer_at = created + Duration::days(days) + minutes(rng.random_range(-180..180));
        let assigned_at = created + minutes(rng.random_range(30..240));
        let mut events = vec![
            (
                created,
                None,
                "created",
                format!("Demande reçue ({}).", channel_label(kind.channel)),
                Some(RequestStatus::Received),
            ),
            (
                assigned_at,
                Some(owner),
                "assigned",
                "Attribuée au service compétent.".to_owned(),
                Some(RequestStatus::InProgress),
            ),
        ];
        // A document asked a day after, before the answer (and before now).
        let asked_at = assigned_at + Duration::days(1);
        let waiting = rng.random_bool(0.2) && asked_at < answer_at.min(now) - Duration::hours(2);
        if waiting {
            events.push((
                asked_at,
                Some(owner),
                "status",
                "Merci de nous envoyer un justificatif de domicile de moins de trois mois."
                    .to_owned(),
                Some(RequestStatus::WaitingResident),
            ));
        }
        let (status, answered_at, closed_at) = if answer_at <= now {
            if waiting {
                // The resident sent the document before the answer.
                events.push((
                    asked_at + (answer_at - asked_at) / 2,
                    None,
                    "status",
                    "Justificatif reçu.".to_owned(),
                    Some(RequestStatus::InProgress),
                ));
            }
            events.push((
                answer_at,
                Some(owner),
                "reply",
                kind.reply.to_owned(),
                Some(RequestStatus::Answered),
            ));
            if now - answer_at > Duration::days(7) {
                let closed = answer_at + Duration::days(7);
                events.push((
                    closed,
                    Some(owner),
                    "status",
                    String::new(),
                    Some(RequestStatus::Closed),
                ));
                (RequestStatus::Closed, Some(answer_at), Some(closed))
            } else {
                (RequestStatus::Answered, Some(answer_at), None)
            }
        } else if now - created < Duration::days(1) {
            events.truncate(1);
            (RequestStatus::Received, None, None)
        } else if waiting {
            (RequestStatus::WaitingResident, None, None)
        } else {
            (RequestStatus::InProgress, None, None)
        };
        // The deadline as the server counts it: the site's calendar, the default rules,
        // the clock stopped while waiting for the resident or answered.
        let calendar = SiteCalendar {
            weekly: site.weekly.clone(),
            closures: site.closures.clone(),
            alsace_moselle: false,
        };
        let allowance = rules::allowance_for(&rules::default_rules(), channel, request_kind);
        let pauses = rules::pauses(
            RequestStatus::Received,
            events.iter().filter_map(|e| Some((e.0, e.4?))),
        );
        let (due, running) =
            rules::due(&calendar, created, allowance, &pauses).expect("demo sites open every week");
        let warn_at = running.then(|| {
            deadline::warn_at(&calendar, due)
                .expect("demo sites open every week")
                .max(created)
        });
        let (due_at, due_on) = (Some(due), deadline::due_date(due));
        let (phone, email) = match kind.channel {
            "phone" | "letter" => (Some(fictional_phone(rng)), None),
            _ => (None, Some(email_of(&name))),
        };
        let survey = answered_at
            .filter(|_| rng.random_bool(0.2))
            .map(|at| Asked {
                site_id: Some(site.id),
                service_id: Some(service.id),
                agent_id: Some(owner),
                channel: kind.channel,
                language,
                sent: at + minutes(10),
                source: if phone.is_some() { "sms" } else { "email" },
                ..Asked::default()
            });
        plan.requests.push(PlannedRequest {
            row: request::ActiveModel {
                reference: Set(rules::reference(created_on.year(), *number as i32)),
                check_code: Set(tokens::new_check_code()),
                channel: Set(channel),
                kind: Set(request_kind),
                subject: Set(kind.subject.into()),
                status: Set(status),
                site_id: Set(Some(site.id)),
                service_id: Set(Some(service.id)),
                owner_agent_id: Set((status != RequestStatus::Received).then_some(owner)),
                contact_id: Set(None),
                received_at: Set(created),
                due_at: Set(due_at),
                warn_at: Set(warn_at),
                due_on: Set(due_on),
                description: Set(String::new()),
                lookup_failures: Set(0),
                lookup_blocked_until: Set(None),
                contact_name: Set(name),
                phone: Set(phone),
                email: Set(email),
                language: Set(language.into()),
                created_at: Set(created),
                answered_at: Set(answered_at),
                closed_at: Set(closed_at),
                ..Default::default()
            },
            events,
            survey,
        });
    }
}

fn channel_label(channel: &str) -> &'static str {
    match channel {
        "letter" => "courrier",
        "email" => "courriel",
        "web" => "formulaire en ligne",
        "phone" => "téléphone",
        _ => "guichet",
    }
}

/// Appointments booked for the next two weeks, fuller in the coming days, a few with an
/// interpreter or an accessibility need.
fn upcoming_appointments(rng: &mut StdRng, town: &Town, now: DateTime<Utc>, plan: &mut Plan) {
    const NEEDS: [&str; 3] = [
        "Fauteuil roulant : prévoir le guichet bas.",
        "Personne malentendante : boucle magnétique.",
        "Personne malvoyante : accompagnement depuis l'entrée.",
    ];
    let mut made = 0usize;
    for offset in 0..=UPCOMING_DAYS {
        let date = town.today + Duration::days(offset);
        // Chance that a free quarter-hour starts a booking: about a fifth of the agents'
        // time is taken in the coming days, less further ahead, so the booking page still
        // offers plenty of slots.
        let fill = 0.12 - 0.005 * offset as f64;
        for site in &town.sites {
            let intervals = open_intervals_utc(&site.weekly, date, &site.closures, false);
            for agent in town.agents.iter().filter(|a| a.works(site.id, date)) {
                let online: Vec<&MotifInfo> = town
                    .motifs
                    .iter()
                    .filter(|m| m.online && agent.motifs.contains(&m.id))
                    .collect();
                if online.is_empty() {
                    continue;
                }
                for (a, b) in &intervals {
                    let mut at = *a;
                    while at < *b {
                        let motif = pick_motif(rng, online.iter().copied())
                            .expect("the agent has bookable motifs");
                        let length = minutes((motif.minutes + motif.buffer).into());
                        if at + length > *b {
                            break;
                        }
                        if at < now + Duration::hours(1) || !rng.random_bool(fill) {
                            at += minutes(15);
                            continue;
                        }
                        let language = pick(rng, &LANGUAGES);
                        let created = now
                            - Duration::days(rng.random_range(1..15))
                            - minutes(rng.random_range(0..600));
                        let mut row = appointment_row(
                            rng,
                            plan,
                            NewAppointment {
                                motif,
                                site_id: site.id,
                                agent_id: agent.id,
                                starts: at,
                                status: "booked",
                                created,
                                updated: created,
                                checked_in: None,
                                language,
                            },
                        );
                        // A steady share of needs, so that every run shows some.
                        if made % 12 == 3 {
                            let lang = if made % 24 == 3 { "ar" } else { "uk" };
                            row.language = Set(lang.into());
                            row.interpreter_language = Set(Some(lang.into()));
                        } else if made % 17 == 8 {
                            row.accessibility_need = Set(Some(NEEDS[made % NEEDS.len()].into()));
                        }
                        made += 1;
                        plan.appointments.push(row);
                        at += length;
                    }
                }
            }
        }
    }
    plan.upcoming = made;
}

/// Inserts `rows` by batches of as many rows as the parameter budget allows.
async fn insert_chunks<A>(txn: &DatabaseTransaction, rows: Vec<A>) -> Result<usize, DbErr>
where
    A: sea_orm::ActiveModelTrait + Send,
{
    let columns = <A::Entity as EntityTrait>::Column::iter().count();
    let per_insert = (PARAMS_PER_INSERT / columns.max(1)).max(1);
    let total = rows.len();
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(per_insert).collect();
        A::Entity::insert_many(chunk).exec(txn).await?;
    }
    Ok(total)
}

fn survey_comment(rng: &mut StdRng, language: &str) -> String {
    let own: Vec<&str> = COMMENTS
        .iter()
        .filter(|(l, _)| *l == language)
        .map(|(_, c)| *c)
        .collect();
    let french: Vec<&str> = COMMENTS
        .iter()
        .filter(|(l, _)| *l == "fr")
        .map(|(_, c)| *c)
        .collect();
    let from = if own.is_empty() { &french } else { &own };
    one_of(rng, from).to_string()
}

/// Who and what a demo survey is about.
#[derive(Clone, Copy, Default)]
struct Asked {
    site_id: Option<i32>,
    service_id: Option<i32>,
    agent_id: Option<i32>,
    contact_id: Option<i32>,
    ticket_id: Option<i32>,
    appointment_id: Option<i32>,
    request_id: Option<i32>,
    channel: &'static str,
    language: &'static str,
    sent: DateTime<Utc>,
    source: &'static str,
}

/// A flash survey sent after a visit or a reply; about two in three are answered, most
/// with the happy face, some with the optional questions.
fn survey(rng: &mut StdRng, asked: Asked, campaign_id: i32) -> survey_response::ActiveModel {
    let answered = rng.random_bool(0.65);
    let score = answered.then(|| pick(rng, &[(1i16, 6), (2, 16), (3, 78)]));
    let comment = (answered && rng.random_bool(0.3)).then(|| survey_comment(rng, asked.language));
    let clarity =
        (answered && rng.random_bool(0.5)).then(|| pick(rng, &[(1i16, 76), (2, 17), (3, 7)]));
    let tried = (answered && rng.random_bool(0.4))
        .then(|| one_of(rng, &["web", "phone", "web,phone", "none", "email"]).to_string());
    survey_response::ActiveModel {
        token_hash: Set(tokens::digest(&tokens::new_token())),
        site_id: Set(asked.site_id),
        channel: Set(asked.channel.into()),
        contact_id: Set(asked.contact_id),
        language: Set(asked.language.into()),
        score: Set(score),
        comment: Set(comment),
        created_at: Set(asked.sent),
        answered_at: Set(answered.then(|| asked.sent + minutes(rng.random_range(20..2880)))),
        ticket_id: Set(asked.ticket_id),
        appointment_id: Set(asked.appointment_id),
        request_id: Set(asked.request_id),
        agent_id: Set(asked.agent_id),
        service_id: Set(asked.service_id),
        campaign_id: Set(Some(campaign_id)),
        source: Set(asked.source.into()),
        clarity: Set(clarity),
        channels_tried: Set(tried),
        ..Default::default()
    }
}

/// What a desk visit came through: a queue ticket or an appointment.
enum Visited {
    Ticket(i32),
    Appointment(i32),
}

/// Inserts the plan by batches, reading back generated ids where later rows point to
/// earlier ones (contacts to tickets and appointments, surveys to contacts, events to
/// requests).
async fn save(
    txn: &DatabaseTransaction,
    rng: &mut StdRng,
    town: &Town,
    plan: Plan,
    first_day: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Counts, DbErr> {
    let site_ids: Vec<i32> = town.sites.iter().map(|s| s.id).collect();
    let mut counts = Counts {
        upcoming_appointments: plan.upcoming,
        ..Counts::default()
    };

    counts.tickets = insert_chunks(txn, plan.tickets).await?;
    let ticket_ids: HashMap<TicketKey, i32> = ticket::Entity::find()
        .filter(ticket::Column::SiteId.is_in(site_ids.clone()))
        .all(txn)
        .await?
        .into_iter()
        .map(|t| ((t.site_id, t.day, t.service_id, t.number), t.id))
        .collect();
    counts.appointments = insert_chunks(txn, plan.appointments).await?;
    let appointment_ids: HashMap<String, i32> = appointment::Entity::find()
        .filter(appointment::Column::SiteId.is_in(site_ids.clone()))
        .all(txn)
        .await?
        .into_iter()
        .map(|a| (a.reference, a.id))
        .collect();

    let mut contacts = plan.contacts;
    // Surveys after a visit, linked to their contact once contacts have ids.
    let mut desk_surveys: Vec<(Visited, Asked)> = Vec::new();
    for v in &plan.visits {
        let ticket_id = ticket_ids.get(&v.key).copied();
        contacts.push(contact::ActiveModel {
            channel: Set("desk".into()),
            site_id: Set(Some(v.key.0)),
            service_id: Set(Some(v.key.2)),
            motif_id: Set(Some(v.motif_id)),
            agent_id: Set(Some(v.agent_id)),
            ticket_id: Set(ticket_id),
            appointment_id: Set(None),
            started_at: Set(v.called),
            ended_at: Set(Some(v.ended)),
            waited_seconds: Set(Some((v.called - v.arrival).num_seconds() as i32)),
            outcome: Set(v.outcome.into()),
            transferred_to_service_id: Set(v.transferred_to),
            note: Set(None),
            ..Default::default()
        });
        if let Some(id) = ticket_id.filter(|_| rng.random_bool(0.12)) {
            let asked = Asked {
                site_id: Some(v.key.0),
                service_id: Some(v.key.2),
                agent_id: Some(v.agent_id),
                ticket_id: Some(id),
                channel: "desk",
                language: v.language,
                sent: v.ended + minutes(30),
                source: "sms",
                ..Asked::default()
            };
            desk_surveys.push((Visited::Ticket(id), asked));
        }
    }
    for k in &plan.kept {
        let appointment_id = appointment_ids.get(&k.reference).copied();
        contacts.push(contact::ActiveModel {
            channel: Set("desk".into()),
            site_id: Set(Some(k.site_id)),
            service_id: Set(Some(k.service_id)),
            motif_id: Set(Some(k.motif_id)),
            agent_id: Set(Some(k.agent_id)),
            ticket_id: Set(None),
            appointment_id: Set(appointment_id),
            started_at: Set(k.called),
            ended_at: Set(Some(k.ended)),
            waited_seconds: Set(Some((k.called - k.checked_in).num_seconds() as i32)),
            outcome: Set("handled".into()),
            transferred_to_service_id: Set(None),
            note: Set(None),
            ..Default::default()
        });
        if let Some(id) = appointment_id.filter(|_| rng.random_bool(0.2)) {
            let asked = Asked {
                site_id: Some(k.site_id),
                service_id: Some(k.service_id),
                agent_id: Some(k.agent_id),
                appointment_id: Some(id),
                channel: "desk",
                language: k.language,
                sent: k.ended + minutes(30),
                source: if rng.random_bool(0.6) { "sms" } else { "email" },
                ..Asked::default()
            };
            desk_surveys.push((Visited::Appointment(id), asked));
        }
    }
    counts.contacts = insert_chunks(txn, contacts).await?;

    // Desk contacts by ticket and by appointment, for the surveys that follow a visit.
    let mut by_ticket = HashMap::new();
    let mut by_appointment = HashMap::new();
    for c in contact::Entity::find()
        .filter(contact::Column::Channel.eq("desk"))
        .filter(contact::Column::SiteId.is_in(site_ids))
        .all(txn)
        .await?
    {
        if let Some(t) = c.ticket_id {
            by_ticket.insert(t, c.id);
        }
        if let Some(a) = c.appointment_id {
            by_appointment.insert(a, c.id);
        }
    }
    // The town's flash-survey campaign, open since the demo's first day.
    let campaign = survey_campaign::ActiveModel {
        name: Set(format!("Enquête flash {}", first_day.year())),
        opened_at: Set(app::quality::period::day_start(first_day)),
        opened_by: Set(None),
        closes_on: Set(town.today + Duration::days(60)),
        closed_at: Set(None),
        closed_by: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let mut surveys = Vec::new();
    for (subject, mut asked) in desk_surveys {
        asked.contact_id = match subject {
            Visited::Ticket(id) => by_ticket.get(&id),
            Visited::Appointment(id) => by_appointment.get(&id),
        }
        .copied();
        // A survey still waiting for its sensible hour is not in the demo's past.
        if asked.sent <= now {
            surveys.push(survey(rng, asked, campaign.id));
        }
    }
    let mut request_surveys = Vec::new();

    let mut events = Vec::new();
    let mut planned_events = Vec::new();
    let mut rows = Vec::new();
    for r in plan.requests {
        let reference = match &r.row.reference {
            ActiveValue::Set(reference) => reference.clone(),
            _ => unreachable!("requests are planned with a reference"),
        };
        if let Some(asked) = r.survey.filter(|a| a.sent <= now) {
            request_surveys.push((reference.clone(), asked));
        }
        planned_events.push((reference, r.events));
        rows.push(r.row);
    }
    counts.requests = insert_chunks(txn, rows).await?;
    // The next request registered takes the number after the demo's last one, whatever
    // its year.
    let last = planned_events
        .iter()
        .filter_map(|(r, _)| r.rsplit('-').next()?.parse::<i32>().ok())
        .max()
        .unwrap_or(0);
    let years: HashSet<i32> = planned_events
        .iter()
        .filter_map(|(r, _)| r.split('-').nth(1)?.parse().ok())
        .chain([town.today.year()])
        .collect();
    for year in years {
        request_counter::ActiveModel {
            year: Set(year),
            last: Set(last),
        }
        .insert(txn)
        .await?;
    }
    let references: Vec<String> = planned_events.iter().map(|(r, _)| r.clone()).collect();
    let mut request_ids = HashMap::new();
    for chunk in references.chunks(KEYS_PER_QUERY) {
        for r in request::Entity::find()
            .filter(request::Column::Reference.is_in(chunk.to_vec()))
            .all(txn)
            .await?
        {
            request_ids.insert(r.reference, r.id);
        }
    }
    for (reference, list) in planned_events {
        let Some(&request_id) = request_ids.get(&reference) else {
            continue;
        };
        events.extend(list.into_iter().map(|(at, agent_id, kind, body, status)| {
            request_event::ActiveModel {
                request_id: Set(request_id),
                at: Set(at),
                agent_id: Set(agent_id),
                kind: Set(kind.into()),
                body: Set(body),
                status: Set(status),
                ..Default::default()
            }
        }));
    }
    counts.request_events = insert_chunks(txn, events).await?;
    for (reference, mut asked) in request_surveys {
        asked.request_id = request_ids.get(&reference).copied();
        surveys.push(survey(rng, asked, campaign.id));
    }
    counts.surveys = insert_chunks(txn, surveys).await?;
    Ok(counts)
}

/// A status as the demo's tables write it (`"done"`), typed.
fn stored<T: sea_orm::ActiveEnum<Value = String>>(status: &str) -> T {
    T::try_from_value(&status.to_owned()).expect("the demo writes known statuses")
}
