//! Ninety days of past activity, deterministic (fixed seed): tickets with realistic waits,
//! desk contacts, appointments with some no-shows, contacts on every channel, requests with
//! their history, and flash-survey answers.

use super::town::Town;
use app::calendar::hours::open_intervals_utc;
use app::staff::tokens;
use app::store::entities::{appointment, contact, request, request_event, survey_response, ticket};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ActiveModelTrait, DatabaseTransaction, DbErr, EntityTrait, QueryOrder, Set};

const DAYS: i64 = 90;
const CHUNK: usize = 200;
/// Most residents speak French; the others reflect a district of many nationalities.
const LANGUAGES: [(&str, u32); 11] = [
    ("fr", 70),
    ("ar", 8),
    ("en", 4),
    ("uk", 3),
    ("ru", 2),
    ("tr", 3),
    ("zh", 2),
    ("fa", 2),
    ("pt", 3),
    ("es", 2),
    ("ro", 1),
];
const COMMENTS: [&str; 8] = [
    "Accueil très agréable, merci.",
    "Attente un peu longue mais conseillère efficace.",
    "Tout a été réglé en une seule visite.",
    "Merci pour les explications claires.",
    "Il manquait une information sur le site internet.",
    "Personnel patient avec ma mère qui parle peu français.",
    "Very helpful, thank you.",
    "شكرا على المساعدة",
];

/// A served ticket, kept until its id is known so that its desk contact can point to it.
struct Visit {
    site_id: i32,
    day: NaiveDate,
    service_id: i32,
    number: i32,
    motif_id: Option<i32>,
    agent_id: i32,
    arrival: DateTime<Utc>,
    called: DateTime<Utc>,
    ended: DateTime<Utc>,
    outcome: &'static str,
    transferred: Option<i32>,
}

fn pick<'a, T>(rng: &mut StdRng, weighted: &'a [(T, u32)]) -> &'a T {
    let total: u32 = weighted.iter().map(|(_, w)| w).sum();
    let mut n = rng.random_range(0..total);
    for (item, w) in weighted {
        if n < *w {
            return item;
        }
        n -= w;
    }
    &weighted[0].0
}

async fn insert_chunks<A, E>(txn: &DatabaseTransaction, rows: Vec<A>) -> Result<(), DbErr>
where
    E: EntityTrait,
    A: sea_orm::ActiveModelTrait<Entity = E> + Send,
{
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(CHUNK).collect();
        E::insert_many(chunk).exec(txn).await?;
    }
    Ok(())
}

pub async fn create(
    txn: &DatabaseTransaction,
    town: &Town,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut rng = StdRng::seed_from_u64(2026);
    let today = app::calendar::paris_today(now);
    let counsellors: Vec<i32> = town
        .agents
        .iter()
        .filter(|a| a.1 == "counsellor")
        .map(|a| a.0)
        .collect();
    let experts: Vec<i32> = town
        .agents
        .iter()
        .filter(|a| a.1 == "expert")
        .map(|a| a.0)
        .collect();
    let expert_services: Vec<i32> = town.services.iter().filter(|s| s.2).map(|s| s.0).collect();
    let letter = |service_id: i32| match town
        .services
        .iter()
        .find(|s| s.0 == service_id)
        .map(|s| s.1)
    {
        Some("etat-civil") => 'E',
        Some("urbanisme") => 'U',
        Some("funeraire") => 'F',
        Some("affaires-scolaires") => 'S',
        Some("ccas") => 'C',
        _ => 'A',
    };

    let mut tickets = Vec::new();
    // Facts kept beside each ticket to make its contact once ids are known.
    let mut visits: Vec<Visit> = Vec::new();
    let mut appointments = Vec::new();
    let mut contacts = Vec::new();
    let mut requests = Vec::new();
    let mut reference_number = 0;

    for offset in (1..=DAYS).rev() {
        let date = today - Duration::days(offset);
        for site in &town.sites {
            let intervals = open_intervals_utc(&site.weekly, date, &site.closures, false);
            if intervals.is_empty() {
                continue;
            }
            let open_minutes: i64 = intervals.iter().map(|(a, b)| (*b - *a).num_minutes()).sum();
            let (low, high) = site.daily_tickets;
            let scale = (open_minutes as f64 / 420.0).clamp(0.4, 1.3);
            let count = (rng.random_range(low..=high) as f64 * scale) as u32;
            let mut arrivals: Vec<DateTime<Utc>> = (0..count)
                .map(|_| {
                    let mut m = rng.random_range(0..open_minutes.max(1));
                    for (a, b) in &intervals {
                        let len = (*b - *a).num_minutes();
                        if m < len {
                            return *a
                                + Duration::minutes(m)
                                + Duration::seconds(rng.random_range(0..60));
                        }
                        m -= len;
                    }
                    intervals[0].0
                })
                .collect();
            arrivals.sort();
            let mut numbers = std::collections::HashMap::<i32, i32>::new();
            for arrival in arrivals {
                let (motif_id, service_id, minutes, _) =
                    town.motifs[rng.random_range(0..town.motifs.len())];
                let number = numbers.entry(service_id).or_insert(0);
                *number += 1;
                let local = arrival.with_timezone(&chrono_tz::Europe::Paris);
                // Busier on Monday mornings and late on Wednesdays.
                let busy = (date.weekday().num_days_from_monday() == 0
                    && chrono::Timelike::hour(&local) < 11)
                    || (date.weekday().num_days_from_monday() == 2
                        && chrono::Timelike::hour(&local) >= 16);
                let mean = if busy { 9.0 } else { 5.0 };
                let u: f64 = rng.random_range(0.0..0.999);
                let wait =
                    Duration::seconds(((-(1.0 - u).ln() * mean).min(45.0) * 60.0) as i64 + 30);
                let service =
                    Duration::seconds((minutes as f64 * rng.random_range(0.5..1.3) * 60.0) as i64);
                let called = arrival + wait;
                let ended = called + service;
                let no_show = rng.random_bool(0.03);
                let roll: f64 = rng.random();
                let (outcome, transferred) = if roll < 0.75 {
                    ("handled", None)
                } else if roll < 0.95 {
                    (
                        "transferred",
                        Some(expert_services[rng.random_range(0..expert_services.len())]),
                    )
                } else {
                    ("follow_up", None)
                };
                let agent_id = counsellors[rng.random_range(0..counsellors.len())];
                let desk_id = site.desks[rng.random_range(0..site.desks.len())];
                let language = *pick(&mut rng, &LANGUAGES);
                let priority = *pick(
                    &mut rng,
                    &[
                        ("none", 92),
                        ("disability", 3),
                        ("pregnancy", 1),
                        ("elderly", 3),
                        ("young_child", 1),
                    ],
                );
                let n = *numbers.get(&service_id).unwrap_or(&1);
                tickets.push(ticket::ActiveModel {
                    site_id: Set(site.id),
                    service_id: Set(service_id),
                    motif_id: Set(Some(motif_id)),
                    day: Set(date),
                    number: Set(n),
                    code: Set(format!("{}{:03}", letter(service_id), n)),
                    public_token: Set(tokens::new_token()[..32].to_owned()),
                    language: Set(language.into()),
                    priority: Set(priority.into()),
                    status: Set(if no_show { "no_show" } else { "done" }.into()),
                    phone: Set(None),
                    issued_at: Set(arrival),
                    arrival_at: Set(arrival),
                    called_at: Set(Some(called)),
                    started_at: Set((!no_show).then_some(called + Duration::seconds(40))),
                    ended_at: Set((!no_show).then_some(ended)),
                    call_count: Set(if no_show { 3 } else { 1 }),
                    desk_id: Set(Some(desk_id)),
                    agent_id: Set(Some(agent_id)),
                    target_agent_id: Set(None),
                    transfer_note: Set(None),
                    appointment_id: Set(None),
                    outcome: Set((!no_show).then(|| outcome.to_owned())),
                    ..Default::default()
                });
                if !no_show {
                    visits.push(Visit {
                        site_id: site.id,
                        day: date,
                        service_id,
                        number: n,
                        motif_id: Some(motif_id),
                        agent_id,
                        arrival,
                        called,
                        ended,
                        outcome,
                        transferred,
                    });
                }
            }

            // Appointments: kept, missed or cancelled.
            for _ in 0..rng.random_range(2..=if site.desks.len() > 2 { 8 } else { 3 }) {
                let (motif_id, _, minutes, online) =
                    town.motifs[rng.random_range(0..town.motifs.len())];
                if !online {
                    continue;
                }
                let (a, b) = intervals[rng.random_range(0..intervals.len())];
                let slots = ((b - a).num_minutes() / 30).max(1);
                let starts = a + Duration::minutes(30 * rng.random_range(0..slots));
                let status = *pick(&mut rng, &[("done", 82), ("no_show", 8), ("cancelled", 10)]);
                let agent_id = if rng.random_bool(0.3) {
                    experts[rng.random_range(0..experts.len())]
                } else {
                    counsellors[rng.random_range(0..counsellors.len())]
                };
                let booked_on = starts - Duration::days(rng.random_range(1..20));
                appointments.push(demo_appointment(
                    &mut rng,
                    &mut reference_number,
                    motif_id,
                    site.id,
                    agent_id,
                    starts,
                    minutes,
                    status,
                    booked_on,
                ));
            }

            // Other channels: phone, e-mail, letters, web forms, calls made by the town hall.
            for (channel, per_day) in [
                ("phone", 8),
                ("email", 4),
                ("letter", 2),
                ("web", 3),
                ("outbound_call", 1),
            ] {
                for _ in 0..rng.random_range(per_day / 2..=per_day + per_day / 2) {
                    let (a, b) = intervals[rng.random_range(0..intervals.len())];
                    let at =
                        a + Duration::minutes(rng.random_range(0..(b - a).num_minutes().max(1)));
                    let service_id = town.services[rng.random_range(0..town.services.len())].0;
                    contacts.push(contact::ActiveModel {
                        channel: Set(channel.into()),
                        site_id: Set(Some(site.id)),
                        service_id: Set(Some(service_id)),
                        motif_id: Set(None),
                        agent_id: Set(Some(counsellors[rng.random_range(0..counsellors.len())])),
                        ticket_id: Set(None),
                        appointment_id: Set(None),
                        started_at: Set(at),
                        ended_at: Set(Some(at + Duration::minutes(rng.random_range(2..15)))),
                        waited_seconds: Set(None),
                        outcome: Set(if rng.random_bool(0.8) {
                            "handled"
                        } else {
                            "follow_up"
                        }
                        .into()),
                        transferred_to_service_id: Set(None),
                        note: Set(None),
                        ..Default::default()
                    });
                }
            }

            // Requests to follow up: letters (15 days), notaries (7 days), complaints.
            if site.desks.len() > 2 {
                for _ in 0..rng.random_range(1..=3) {
                    let (channel, kind, due_days, subject) = *pick(
                        &mut rng,
                        &[
                            (
                                (
                                    "letter",
                                    "information",
                                    15,
                                    "Courrier : question sur une autorisation de travaux",
                                ),
                                4,
                            ),
                            (
                                (
                                    "email",
                                    "notary",
                                    7,
                                    "Notaire : renseignements d'urbanisme avant vente",
                                ),
                                3,
                            ),
                            (
                                (
                                    "letter",
                                    "certificate",
                                    15,
                                    "Demande de copie intégrale d'acte de mariage",
                                ),
                                3,
                            ),
                            (
                                ("web", "complaint", 15, "Réclamation : attente au guichet"),
                                1,
                            ),
                        ],
                    );
                    reference_number += 1;
                    let created = intervals[0].0 + Duration::minutes(rng.random_range(0..120));
                    let late = rng.random_bool(0.12);
                    let answered_after = if late {
                        due_days + rng.random_range(1..10)
                    } else {
                        rng.random_range(1..due_days)
                    };
                    let answered = created + Duration::days(answered_after);
                    let done = answered < now;
                    requests.push((
                        request::ActiveModel {
                            reference: Set(format!("D-{}-{:05}", date.year(), reference_number)),
                            channel: Set(channel.into()),
                            kind: Set(kind.into()),
                            subject: Set(subject.into()),
                            status: Set(if done { "closed" } else { "in_progress" }.into()),
                            service_id: Set(Some(
                                expert_services[rng.random_range(0..expert_services.len())],
                            )),
                            owner_agent_id: Set(Some(experts[rng.random_range(0..experts.len())])),
                            due_on: Set(date + Duration::days(due_days)),
                            contact_name: Set(format!("Usager {reference_number}")),
                            phone: Set(None),
                            email: Set(Some(format!("usager{reference_number}@example.invalid"))),
                            language: Set((*pick(&mut rng, &LANGUAGES)).into()),
                            created_at: Set(created),
                            answered_at: Set(done.then_some(answered)),
                            closed_at: Set(done.then_some(answered)),
                            ..Default::default()
                        },
                        created,
                        done.then_some(answered),
                    ));
                }
            }
        }
    }

    // Upcoming appointments over the next two weeks, some with needs.
    for offset in 0..14 {
        let date = today + Duration::days(offset);
        for site in &town.sites {
            let intervals = open_intervals_utc(&site.weekly, date, &site.closures, false);
            for (a, b) in intervals.iter().filter(|(a, _)| *a > now) {
                for k in 0..((*b - *a).num_minutes() / 90) {
                    let (motif_id, _, minutes, online) =
                        town.motifs[rng.random_range(0..town.motifs.len())];
                    if !online || !rng.random_bool(0.6) {
                        continue;
                    }
                    let starts = *a + Duration::minutes(90 * k);
                    let agent_id = counsellors[rng.random_range(0..counsellors.len())];
                    let booked_on = now - Duration::days(rng.random_range(1..10));
                    let mut row = demo_appointment(
                        &mut rng,
                        &mut reference_number,
                        motif_id,
                        site.id,
                        agent_id,
                        starts,
                        minutes,
                        "booked",
                        booked_on,
                    );
                    if rng.random_bool(0.12) {
                        row.interpreter_language =
                            Set(Some(if rng.random_bool(0.5) { "ar" } else { "uk" }.into()));
                    } else if rng.random_bool(0.06) {
                        row.accessibility_need =
                            Set(Some("Fauteuil roulant : prévoir le guichet bas.".into()));
                    }
                    appointments.push(row);
                }
            }
        }
    }

    insert_chunks(txn, tickets).await?;
    insert_chunks(txn, appointments).await?;

    // Desk contacts, linked to their tickets.
    let ids: std::collections::HashMap<(i32, NaiveDate, i32, i32), i32> = ticket::Entity::find()
        .order_by_asc(ticket::Column::Id)
        .all(txn)
        .await?
        .into_iter()
        .map(|t| ((t.site_id, t.day, t.service_id, t.number), t.id))
        .collect();
    let mut surveys = Vec::new();
    for Visit {
        site_id,
        day,
        service_id,
        number,
        motif_id,
        agent_id,
        arrival,
        called,
        ended,
        outcome,
        transferred,
    } in visits
    {
        contacts.push(contact::ActiveModel {
            channel: Set("desk".into()),
            site_id: Set(Some(site_id)),
            service_id: Set(Some(service_id)),
            motif_id: Set(motif_id),
            agent_id: Set(Some(agent_id)),
            ticket_id: Set(ids.get(&(site_id, day, service_id, number)).copied()),
            appointment_id: Set(None),
            started_at: Set(called),
            ended_at: Set(Some(ended)),
            waited_seconds: Set(Some((called - arrival).num_seconds() as i32)),
            outcome: Set(outcome.into()),
            transferred_to_service_id: Set(transferred),
            note: Set(None),
            ..Default::default()
        });
        if rng.random_bool(0.1) {
            let score = *pick(&mut rng, &[(1i16, 3), (2, 5), (3, 12), (4, 35), (5, 45)]);
            let comment = rng
                .random_bool(0.3)
                .then(|| COMMENTS[rng.random_range(0..COMMENTS.len())].to_owned());
            surveys.push(survey_response::ActiveModel {
                token_hash: Set(tokens::digest(&tokens::new_token())),
                site_id: Set(Some(site_id)),
                channel: Set("desk".into()),
                contact_id: Set(None),
                language: Set("fr".into()),
                score: Set(Some(score)),
                comment: Set(comment),
                created_at: Set(ended),
                answered_at: Set(Some(ended + Duration::hours(rng.random_range(1..48)))),
                ..Default::default()
            });
        }
    }
    insert_chunks(txn, contacts).await?;
    insert_chunks(txn, surveys).await?;

    for (row, created, answered) in requests {
        let saved = row.insert(txn).await?;
        let mut events = vec![request_event::ActiveModel {
            request_id: Set(saved.id),
            at: Set(created),
            agent_id: Set(None),
            kind: Set("created".into()),
            body: Set("Demande enregistrée.".into()),
            ..Default::default()
        }];
        events.push(request_event::ActiveModel {
            request_id: Set(saved.id),
            at: Set(created + Duration::hours(2)),
            agent_id: Set(saved.owner_agent_id),
            kind: Set("assigned".into()),
            body: Set("Confiée au service compétent.".into()),
            ..Default::default()
        });
        if let Some(at) = answered {
            events.push(request_event::ActiveModel {
                request_id: Set(saved.id),
                at: Set(at),
                agent_id: Set(saved.owner_agent_id),
                kind: Set("reply".into()),
                body: Set("Réponse envoyée à l'usager.".into()),
                ..Default::default()
            });
        }
        request_event::Entity::insert_many(events).exec(txn).await?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn demo_appointment(
    rng: &mut StdRng,
    reference_number: &mut i32,
    motif_id: i32,
    site_id: i32,
    agent_id: i32,
    starts: DateTime<Utc>,
    minutes: i32,
    status: &str,
    created: DateTime<Utc>,
) -> appointment::ActiveModel {
    *reference_number += 1;
    const FIRST: [&str; 10] = [
        "Amina", "Lucas", "Fatou", "Olena", "Mehdi", "Chloé", "Wei", "Ana", "Youssef", "Marie",
    ];
    const LAST: [&str; 10] = [
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
    ];
    let name = format!(
        "{} {}",
        FIRST[rng.random_range(0..10)],
        LAST[rng.random_range(0..10)]
    );
    appointment::ActiveModel {
        reference: Set(format!("R{:06}", *reference_number)),
        token_hash: Set(tokens::digest(&tokens::new_token())),
        motif_id: Set(motif_id),
        site_id: Set(site_id),
        agent_id: Set(Some(agent_id)),
        starts_at: Set(starts),
        ends_at: Set(starts + Duration::minutes(minutes as i64)),
        contact_name: Set(name),
        phone: Set(Some(format!("+3366{:07}", rng.random_range(0..10_000_000)))),
        email: Set(None),
        language: Set((*pick(rng, &LANGUAGES)).into()),
        interpreter_language: Set(None),
        accessibility_need: Set(None),
        note: Set(None),
        status: Set(status.into()),
        cancel_reason: Set((status == "cancelled").then(|| "Annulé par l'usager".to_owned())),
        checked_in_at: Set((status == "done").then_some(starts - Duration::minutes(5))),
        created_at: Set(created),
        updated_at: Set(created),
        ..Default::default()
    }
}
