//! The places, services, motifs and people of the demo town.

use app::calendar::hours::{Closure, TimeRange, WeeklyHours};
use app::store::entities::{
    agent, agent_absence, agent_language, agent_schedule, agent_skill, closure, desk, motif,
    opening_hour, service, site,
};
use chrono::{Duration, NaiveTime, TimeZone, Utc};
use sea_orm::{ActiveModelTrait, DatabaseTransaction, DbErr, EntityTrait, Set};

pub struct DemoAgent {
    pub name: &'static str,
    pub role: &'static str,
    pub role_label: &'static str,
    pub pin: &'static str,
    pub languages: &'static [&'static str],
}

/// PINs are printed at start-up and listed in the README: demo only.
pub const AGENTS: [DemoAgent; 8] = [
    DemoAgent {
        name: "Camille Martin",
        role: "counsellor",
        role_label: "conseillère",
        pin: "2468",
        languages: &["fr", "en"],
    },
    DemoAgent {
        name: "Karim Haddad",
        role: "counsellor",
        role_label: "conseiller",
        pin: "1357",
        languages: &["fr", "ar"],
    },
    DemoAgent {
        name: "Sofia Almeida",
        role: "counsellor",
        role_label: "conseillère",
        pin: "8024",
        languages: &["fr", "pt", "es"],
    },
    DemoAgent {
        name: "Élise Bernard",
        role: "expert",
        role_label: "experte état civil",
        pin: "5791",
        languages: &["fr"],
    },
    DemoAgent {
        name: "Thomas Leroy",
        role: "expert",
        role_label: "expert urbanisme",
        pin: "3690",
        languages: &["fr", "en"],
    },
    DemoAgent {
        name: "Daria Kovalenko",
        role: "interpreter",
        role_label: "interprète",
        pin: "4826",
        languages: &["uk", "ru", "fr"],
    },
    DemoAgent {
        name: "Nadia Rahimi",
        role: "supervisor",
        role_label: "responsable qualité",
        pin: "7315",
        languages: &["fr", "fa"],
    },
    DemoAgent {
        name: "Julien Moreau",
        role: "admin",
        role_label: "administrateur",
        pin: "9052",
        languages: &["fr", "en"],
    },
];

struct DemoService {
    slug: &'static str,
    name: &'static str,
    letter: &'static str,
    experts: bool,
}

const SERVICES: [DemoService; 6] = [
    DemoService {
        slug: "accueil-general",
        name: "Accueil général",
        letter: "A",
        experts: false,
    },
    DemoService {
        slug: "etat-civil",
        name: "État civil",
        letter: "E",
        experts: true,
    },
    DemoService {
        slug: "urbanisme",
        name: "Urbanisme",
        letter: "U",
        experts: true,
    },
    DemoService {
        slug: "funeraire",
        name: "Funéraire",
        letter: "F",
        experts: true,
    },
    DemoService {
        slug: "affaires-scolaires",
        name: "Affaires scolaires",
        letter: "S",
        experts: false,
    },
    DemoService {
        slug: "ccas",
        name: "CCAS — action sociale",
        letter: "C",
        experts: true,
    },
];

const ID: &str = "Pièce d'identité en cours de validité";
const HOME: &str = "Justificatif de domicile de moins de 3 mois";

/// (service slug, motif slug, name, minutes, buffer, documents, bookable online)
/// (service slug, motif slug, name, minutes, buffer, documents, bookable online)
type DemoMotif = (
    &'static str,
    &'static str,
    &'static str,
    i32,
    i32,
    &'static [&'static str],
    bool,
);

const MOTIFS: [DemoMotif; 16] = [
    (
        "accueil-general",
        "renseignement",
        "Renseignement général",
        10,
        0,
        &[],
        false,
    ),
    (
        "accueil-general",
        "cni-passeport-depot",
        "Carte d'identité ou passeport : dépôt du dossier",
        20,
        5,
        &[
            ID,
            HOME,
            "Photo d'identité de moins de 6 mois",
            "Pré-demande en ligne (numéro ou QR code)",
            "Timbre fiscal pour un passeport",
        ],
        true,
    ),
    (
        "accueil-general",
        "cni-passeport-retrait",
        "Carte d'identité ou passeport : retrait",
        10,
        0,
        &["Récépissé de dépôt", "Ancien titre"],
        true,
    ),
    (
        "accueil-general",
        "recensement-citoyen",
        "Recensement citoyen (16 ans)",
        10,
        0,
        &[ID, "Livret de famille des parents"],
        true,
    ),
    (
        "etat-civil",
        "acte-naissance",
        "Acte de naissance",
        10,
        0,
        &[ID],
        true,
    ),
    (
        "etat-civil",
        "reconnaissance-anticipee",
        "Reconnaissance anticipée d'un enfant",
        30,
        5,
        &[ID, HOME],
        true,
    ),
    (
        "etat-civil",
        "mariage-dossier",
        "Mariage : dépôt du dossier",
        45,
        15,
        &[
            ID,
            HOME,
            "Acte de naissance de moins de 3 mois",
            "Liste des témoins avec leur pièce d'identité",
        ],
        true,
    ),
    (
        "etat-civil",
        "pacs",
        "PACS : enregistrement",
        30,
        10,
        &[
            ID,
            "Convention de PACS",
            "Déclaration conjointe (cerfa 15725)",
            "Acte de naissance de moins de 3 mois",
        ],
        true,
    ),
    (
        "urbanisme",
        "permis-construire-info",
        "Permis de construire : renseignement",
        30,
        5,
        &["Plan de situation du terrain", "Croquis du projet"],
        true,
    ),
    (
        "urbanisme",
        "declaration-prealable",
        "Déclaration préalable de travaux",
        30,
        5,
        &["Formulaire cerfa 13703", "Plans et photos du projet"],
        true,
    ),
    (
        "urbanisme",
        "certificat-urbanisme",
        "Certificat d'urbanisme",
        20,
        5,
        &["Plan cadastral", "Adresse et références de la parcelle"],
        true,
    ),
    (
        "funeraire",
        "obseques",
        "Organisation d'obsèques",
        45,
        15,
        &[ID, "Certificat de décès", "Livret de famille du défunt"],
        false,
    ),
    (
        "funeraire",
        "concession",
        "Concession funéraire",
        30,
        5,
        &[ID, "Titre de concession, s'il existe"],
        true,
    ),
    (
        "affaires-scolaires",
        "inscription-scolaire",
        "Inscription scolaire",
        20,
        5,
        &[
            ID,
            HOME,
            "Livret de famille",
            "Carnet de santé (vaccinations)",
        ],
        true,
    ),
    (
        "affaires-scolaires",
        "cantine-periscolaire",
        "Inscription cantine et périscolaire",
        15,
        0,
        &[HOME, "Dernier avis d'imposition", "Attestation CAF"],
        true,
    ),
    (
        "ccas",
        "aide-sociale",
        "Aide sociale et domiciliation",
        40,
        10,
        &[ID, "Justificatifs de ressources", "Attestation CAF"],
        true,
    ),
];

/// What the activity generator needs to know about the town.
pub struct Town {
    pub sites: Vec<SiteInfo>,
    /// (id, slug, handled by experts)
    pub services: Vec<(i32, &'static str, bool)>,
    /// (id, service id, duration minutes, bookable online)
    pub motifs: Vec<(i32, i32, i32, bool)>,
    /// (id, role)
    pub agents: Vec<(i32, &'static str)>,
}

pub struct SiteInfo {
    pub id: i32,
    pub weekly: WeeklyHours,
    pub closures: Vec<Closure>,
    pub desks: Vec<i32>,
    /// Busy-ness: tickets on an ordinary day.
    pub daily_tickets: (u32, u32),
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("valid demo time")
}

pub async fn create(txn: &DatabaseTransaction, pepper: &[u8]) -> Result<Town, DbErr> {
    let now = Utc::now();
    let today = app::calendar::paris_today(now);

    // (slug, name, address, phone, access, tickets from home, weekly hours, desks, busy)
    let hall_hours: Vec<(u8, NaiveTime, NaiveTime)> = vec![
        (0, t(8, 30), t(12, 0)),
        (0, t(13, 30), t(17, 0)),
        (1, t(8, 30), t(12, 0)),
        (1, t(13, 30), t(17, 0)),
        (2, t(10, 30), t(19, 0)),
        (3, t(8, 30), t(12, 0)),
        (3, t(13, 30), t(17, 0)),
        (4, t(8, 30), t(12, 0)),
        (4, t(13, 30), t(17, 0)),
        (5, t(9, 0), t(12, 0)),
    ];
    let tilleuls_hours: Vec<(u8, NaiveTime, NaiveTime)> = vec![
        (0, t(9, 0), t(12, 30)),
        (0, t(14, 0), t(17, 0)),
        (1, t(9, 0), t(12, 30)),
        (1, t(14, 0), t(17, 0)),
        (2, t(9, 0), t(12, 30)),
        (3, t(9, 0), t(12, 30)),
        (3, t(14, 0), t(17, 0)),
        (4, t(9, 0), t(12, 30)),
        (4, t(14, 0), t(17, 0)),
    ];
    let places = [
        (
            "hotel-de-ville",
            "Hôtel de ville de Villebourg",
            "1 place de la Mairie",
            "01 23 45 67 89",
            "Tram T1, arrêt Mairie de Villebourg. Entrée de plain-pied rue de la République, boucle magnétique à l'accueil.",
            true,
            hall_hours,
            vec!["Guichet 1", "Guichet 2", "Guichet 3", "Guichet 4"],
            (40, 90),
        ),
        (
            "france-services-tilleuls",
            "France Services — quartier des Tilleuls",
            "12 allée des Tilleuls",
            "01 23 45 67 00",
            "Bus 143, arrêt Les Tilleuls. Accès de plain-pied.",
            false,
            tilleuls_hours,
            vec!["Guichet 1", "Guichet 2"],
            (15, 35),
        ),
    ];
    let mut sites = Vec::new();
    for (slug, name, address, phone, access, from_home, hours, desks, busy) in places {
        let s = site::ActiveModel {
            slug: Set(slug.into()),
            name: Set(name.into()),
            address: Set(address.into()),
            postal_code: Set("93999".into()),
            city: Set("Villebourg".into()),
            phone: Set(Some(phone.into())),
            email: Set(Some(format!("accueil.{slug}@villebourg.invalid"))),
            access_info: Set(Some(access.into())),
            alsace_moselle: Set(false),
            tickets_from_home: Set(from_home),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        let mut weekly = WeeklyHours::default();
        opening_hour::Entity::insert_many(hours.iter().map(|(day, opens, closes)| {
            if let Ok(range) = TimeRange::new(*opens, *closes) {
                weekly.add(*day, range);
            }
            opening_hour::ActiveModel {
                site_id: Set(s.id),
                weekday: Set(*day as i16),
                opens: Set(*opens),
                closes: Set(*closes),
                ..Default::default()
            }
        }))
        .exec(txn)
        .await?;
        let mut desk_ids = Vec::new();
        for label in desks {
            let d = desk::ActiveModel {
                site_id: Set(s.id),
                label: Set(label.into()),
                active: Set(true),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            desk_ids.push(d.id);
        }
        sites.push(SiteInfo {
            id: s.id,
            weekly,
            closures: Vec::new(),
            desks: desk_ids,
            daily_tickets: busy,
        });
    }
    // Staff training day at France Services (upcoming) and a past one-day closure.
    let tilleuls = sites[1].id;
    for (offset_start, offset_end, reason) in [
        (9, 9, "Formation des agents"),
        (-20, -20, "Inventaire et réaménagement de l'accueil"),
    ] {
        let starts_on = today + Duration::days(offset_start);
        let ends_on = today + Duration::days(offset_end);
        closure::ActiveModel {
            site_id: Set(Some(tilleuls)),
            starts_on: Set(starts_on),
            ends_on: Set(ends_on),
            reason: Set(reason.into()),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        sites[1].closures.push(Closure { starts_on, ends_on });
    }

    let mut services = Vec::new();
    for (position, s) in SERVICES.iter().enumerate() {
        let row = service::ActiveModel {
            slug: Set(s.slug.into()),
            name: Set(s.name.into()),
            ticket_letter: Set(s.letter.into()),
            handled_by_experts: Set(s.experts),
            position: Set(position as i32),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        services.push((row.id, s.slug, s.experts));
    }
    let service_id = |slug: &str| {
        services
            .iter()
            .find(|s| s.1 == slug)
            .map(|s| s.0)
            .unwrap_or(0)
    };

    let mut motifs = Vec::new();
    let mut motif_slugs = Vec::new();
    for (service_slug, slug, name, minutes, buffer, documents, online) in MOTIFS {
        let row = motif::ActiveModel {
            service_id: Set(service_id(service_slug)),
            slug: Set(slug.into()),
            name: Set(name.into()),
            duration_minutes: Set(minutes),
            buffer_minutes: Set(buffer),
            documents: Set(documents.join("\n")),
            bookable_online: Set(online),
            min_delay_hours: Set(if service_slug == "funeraire" { 0 } else { 2 }),
            max_delay_days: Set(60),
            active: Set(true),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        motifs.push((row.id, row.service_id, minutes, online));
        motif_slugs.push((row.id, service_slug));
    }

    let mut agents = Vec::new();
    for a in &AGENTS {
        let row = agent::ActiveModel {
            display_name: Set(a.name.into()),
            role: Set(a.role.into()),
            pin_hash: Set(app::staff::pin::hash_pin(pepper, a.pin)),
            failed_attempts: Set(0),
            locked_until: Set(None),
            active: Set(true),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        agent_language::Entity::insert_many(a.languages.iter().map(|l| {
            agent_language::ActiveModel {
                agent_id: Set(row.id),
                lang: Set((*l).into()),
            }
        }))
        .exec(txn)
        .await?;
        // Counsellors handle what the front desk handles; experts their own service.
        let skilled: Vec<i32> = motif_slugs
            .iter()
            .filter(|(_, service)| match a.name {
                "Élise Bernard" => matches!(*service, "etat-civil" | "funeraire"),
                "Thomas Leroy" => *service == "urbanisme",
                _ if a.role == "counsellor" => {
                    matches!(
                        *service,
                        "accueil-general" | "affaires-scolaires" | "etat-civil" | "ccas"
                    )
                }
                _ => false,
            })
            .map(|(id, _)| *id)
            .collect();
        if !skilled.is_empty() {
            agent_skill::Entity::insert_many(skilled.iter().map(|m| agent_skill::ActiveModel {
                agent_id: Set(row.id),
                motif_id: Set(*m),
            }))
            .exec(txn)
            .await?;
        }
        // Working hours: everyone at the town hall, Sofia and Karim at France Services on
        // Mondays and Thursdays.
        let mut schedules = Vec::new();
        for day in 0..6u8 {
            let (site_id, weekly) = if (a.name == "Sofia Almeida" || a.name == "Karim Haddad")
                && (day == 0 || day == 3)
            {
                (sites[1].id, &sites[1].weekly)
            } else {
                (sites[0].id, &sites[0].weekly)
            };
            for range in weekly.ranges(day) {
                schedules.push(agent_schedule::ActiveModel {
                    agent_id: Set(row.id),
                    site_id: Set(site_id),
                    weekday: Set(day as i16),
                    starts: Set(range.opens),
                    ends: Set(range.closes),
                    ..Default::default()
                });
            }
        }
        agent_schedule::Entity::insert_many(schedules)
            .exec(txn)
            .await?;
        agents.push((row.id, a.role));
    }
    // One past leave and one upcoming training.
    let paris = chrono_tz::Europe::Paris;
    for (agent_index, from, to, reason) in [
        (2usize, -30i64, -26i64, "Congés"),
        (0usize, 5, 5, "Formation FALC"),
    ] {
        let start = paris
            .from_local_datetime(&(today + Duration::days(from)).and_time(t(0, 0)))
            .earliest()
            .map_or(now, |t| t.with_timezone(&Utc));
        let end = paris
            .from_local_datetime(&(today + Duration::days(to + 1)).and_time(t(0, 0)))
            .earliest()
            .map_or(now, |t| t.with_timezone(&Utc));
        agent_absence::ActiveModel {
            agent_id: Set(agents[agent_index].0),
            starts_at: Set(start),
            ends_at: Set(end),
            reason: Set(Some(reason.into())),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(Town {
        sites,
        services,
        motifs,
        agents,
    })
}
