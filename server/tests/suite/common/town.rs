//! A small town for booking tests: one site, one motif, agents with one slot a day.

use app::booking::store::NewAppointment;
use app::store::entities::{agent_schedule, agent_skill, motif, opening_hour, service, site};
use chrono::{Duration, NaiveDate, NaiveTime, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

/// A site open every day 09:00–09:30 with `agents` counsellors: one 30-minute slot a day.
pub async fn one_slot_a_day(db: &DatabaseConnection, agents: usize) -> (i32, i32) {
    let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
    let half = NaiveTime::from_hms_opt(9, 30, 0).unwrap();
    slots_a_day(db, agents, nine, half, false).await
}

/// A site (`test`) open every day from `opens` to `closes` with `agents` counsellors
/// working those hours, one 30-minute motif (`acte`); tickets from home if told.
pub async fn slots_a_day(
    db: &DatabaseConnection,
    agents: usize,
    opens: NaiveTime,
    closes: NaiveTime,
    tickets_from_home: bool,
) -> (i32, i32) {
    let now = Utc::now();
    let site = site::ActiveModel {
        slug: Set("test".into()),
        name: Set("Mairie test".into()),
        address: Set("1 rue du Test".into()),
        postal_code: Set("99999".into()),
        city: Set("Testville".into()),
        alsace_moselle: Set(false),
        tickets_from_home: Set(tickets_from_home),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    for day in 0..7 {
        opening_hour::ActiveModel {
            site_id: Set(site.id),
            weekday: Set(day),
            opens: Set(opens),
            closes: Set(closes),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
    }
    let service = service::ActiveModel {
        slug: Set("etat-civil".into()),
        name: Set("État civil".into()),
        ticket_letter: Set("E".into()),
        handled_by_experts: Set(false),
        position: Set(0),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let motif = motif::ActiveModel {
        service_id: Set(service.id),
        slug: Set("acte".into()),
        name: Set("Acte de naissance".into()),
        duration_minutes: Set(30),
        buffer_minutes: Set(0),
        documents: Set(String::new()),
        bookable_online: Set(true),
        min_delay_hours: Set(2),
        max_delay_days: Set(60),
        active: Set(true),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    for i in 0..agents {
        let id = super::agent(db, &format!("Conseiller {i}"), "counsellor", "2468").await;
        agent_skill::ActiveModel {
            agent_id: Set(id),
            motif_id: Set(motif.id),
        }
        .insert(db)
        .await
        .unwrap();
        for day in 0..7 {
            agent_schedule::ActiveModel {
                agent_id: Set(id),
                site_id: Set(site.id),
                weekday: Set(day),
                starts: Set(opens),
                ends: Set(closes),
                ..Default::default()
            }
            .insert(db)
            .await
            .unwrap();
        }
    }
    (site.id, motif.id)
}

/// A working day a week or so ahead that is not a public holiday.
pub fn target_day() -> NaiveDate {
    let mut day = app::calendar::paris_today(Utc::now()) + Duration::days(7);
    while app::calendar::holidays::holiday_on(day, false).is_some() {
        day += Duration::days(1);
    }
    day
}

pub fn request(
    site_id: i32,
    motif_id: i32,
    starts_at: chrono::DateTime<Utc>,
    who: usize,
) -> NewAppointment {
    NewAppointment {
        site_id,
        motif_id,
        starts_at,
        contact_name: format!("Résident {who}"),
        phone: Some("+33612345678".into()),
        email: None,
        language: "fr".into(),
        interpreter_language: None,
        accessibility_need: None,
        note: None,
    }
}

/// A site for queue tests: open all day every day, tickets from home allowed, `desks`
/// desks with one counsellor each, a front-desk service (letter A) and a service of experts
/// (letter U) with one expert.
pub struct QueueTown {
    pub site_id: i32,
    pub desks: Vec<i32>,
    pub counsellors: Vec<i32>,
    pub expert: i32,
    pub front_motif: i32,
    pub expert_service: i32,
    pub expert_motif: i32,
}

pub async fn queue_town(db: &DatabaseConnection, desks: usize) -> QueueTown {
    use app::store::entities::desk;
    let site = site::ActiveModel {
        slug: Set("mairie".into()),
        name: Set("Mairie test".into()),
        address: Set("1 rue du Test".into()),
        postal_code: Set("99999".into()),
        city: Set("Testville".into()),
        alsace_moselle: Set(false),
        tickets_from_home: Set(true),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    for day in 0..7 {
        opening_hour::ActiveModel {
            site_id: Set(site.id),
            weekday: Set(day),
            opens: Set(NaiveTime::from_hms_opt(0, 0, 0).unwrap()),
            closes: Set(NaiveTime::from_hms_opt(23, 59, 0).unwrap()),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
    }
    let mut services = Vec::new();
    for (slug, name, letter, experts) in [
        ("accueil-general", "Accueil général", "A", false),
        ("urbanisme", "Urbanisme", "U", true),
    ] {
        let s = service::ActiveModel {
            slug: Set(slug.into()),
            name: Set(name.into()),
            ticket_letter: Set(letter.into()),
            handled_by_experts: Set(experts),
            position: Set(services.len() as i32),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        let m = motif::ActiveModel {
            service_id: Set(s.id),
            slug: Set(format!("{slug}-motif")),
            name: Set(format!("Démarche {name}")),
            duration_minutes: Set(15),
            buffer_minutes: Set(0),
            documents: Set(String::new()),
            bookable_online: Set(true),
            min_delay_hours: Set(0),
            max_delay_days: Set(60),
            active: Set(true),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        services.push((s.id, m.id));
    }
    let mut desk_ids = Vec::new();
    let mut counsellors = Vec::new();
    for i in 0..desks {
        let d = desk::ActiveModel {
            site_id: Set(site.id),
            label: Set(format!("Guichet {}", i + 1)),
            active: Set(true),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
        desk_ids.push(d.id);
        counsellors.push(super::agent(db, &format!("Conseiller {i}"), "counsellor", "2468").await);
    }
    let expert = super::agent(db, "Experte Urbanisme", "expert", "1357").await;
    agent_skill::ActiveModel {
        agent_id: Set(expert),
        motif_id: Set(services[1].1),
    }
    .insert(db)
    .await
    .unwrap();
    QueueTown {
        site_id: site.id,
        desks: desk_ids,
        counsellors,
        expert,
        front_motif: services[0].1,
        expert_service: services[1].0,
        expert_motif: services[1].1,
    }
}
