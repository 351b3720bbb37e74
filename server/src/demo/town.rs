//! The places, services, motifs and people of the demo town.

use app::calendar::hours::{Closure, TimeRange, WeeklyHours, open_intervals_utc, weekday_index};
use app::store::entities::{
    agent, agent_absence, agent_language, agent_schedule, agent_skill, closure, desk, motif,
    opening_hour, service, site,
};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Paris;
use sea_orm::{ActiveModelTrait, DatabaseTransaction, DbErr, EntityTrait, QueryOrder, Set};

/// Index of a site in [`SITES`] and in [`Town::sites`].
const HALL: usize = 0;
const TILLEULS: usize = 1;

/// (weekday 0 = Monday, opens, closes), times as `(hour, minute)`.
type OpeningRange = (u8, (u32, u32), (u32, u32));

pub struct DemoSite {
    pub slug: &'static str,
    pub name: &'static str,
    pub address: &'static str,
    pub phone: &'static str,
    pub email: &'static str,
    pub access_info: &'static str,
    pub tickets_from_home: bool,
    pub hours: &'static [OpeningRange],
    pub desks: &'static [&'static str],
    /// Tickets on an ordinary seven-hour day, lowest and highest.
    pub daily_tickets: (u32, u32),
}

pub const SITES: [DemoSite; 2] = [
    DemoSite {
        slug: "hotel-de-ville",
        name: "Hôtel de ville",
        address: "1 place de la Mairie",
        phone: "01 23 45 67 89",
        email: "accueil@villebourg.invalid",
        access_info: "Tram T1, arrêt Mairie de Villebourg (2 minutes à pied). Entrée de plain-pied \
                      rue de la République, boucle magnétique et guichet bas à l'accueil.",
        tickets_from_home: true,
        // Longer opening on Wednesdays (10:30–19:00 without a break), Saturday mornings.
        hours: &[
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
        desks: &["Guichet 1", "Guichet 2", "Guichet 3", "Guichet 4"],
        daily_tickets: (40, 90),
    },
    DemoSite {
        slug: "france-services-tilleuls",
        name: "France Services — quartier des Tilleuls",
        address: "12 allée des Tilleuls",
        phone: "01 23 45 67 00",
        email: "france-services@villebourg.invalid",
        access_info: "Bus 143, arrêt Les Tilleuls. Entrée de plain-pied, place de stationnement \
                      réservée devant le bâtiment.",
        tickets_from_home: false,
        hours: &[
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
        desks: &["Guichet 1", "Guichet 2"],
        daily_tickets: (15, 35),
    },
];

pub struct DemoAgent {
    pub name: &'static str,
    pub role: &'static str,
    /// The role as printed at start-up, in French.
    pub role_label: &'static str,
    pub pin: &'static str,
    pub languages: &'static [&'static str],
    /// Services whose motifs the agent may handle (appointments are booked on skills).
    pub skills: &'static [&'static str],
    /// Takes identity card and passport applications: they need the fingerprint device
    /// (dispositif de recueil), which only the Hôtel de ville has, so only the counsellor
    /// who works there every day takes them (the procedure sheets say so).
    pub identity_documents: bool,
    /// Weekly roster: (weekday, site index); the agent works the site's opening hours.
    pub roster: &'static [(u8, usize)],
}

/// The motifs that need the fingerprint device of the Hôtel de ville.
const IDENTITY_DOCUMENTS: [&str; 2] = ["cni-passeport-depot", "cni-passeport-retrait"];

/// Counsellors handle the front-desk motifs (identity cards and passports: see
/// `identity_documents`) and CCAS intake (no CCAS expert among the demo agents, so that
/// motif stays bookable).
const FRONT_DESK: &[&str] = &["accueil-general", "affaires-scolaires", "ccas"];
const HALL_WEEK: &[(u8, usize)] = &[(0, HALL), (1, HALL), (2, HALL), (3, HALL), (4, HALL)];

/// PINs are printed at start-up and listed in the README: demo only.
pub const AGENTS: [DemoAgent; 8] = [
    DemoAgent {
        name: "Camille Martin",
        role: "counsellor",
        role_label: "conseillère",
        pin: "2468",
        languages: &["fr", "en"],
        skills: FRONT_DESK,
        identity_documents: true,
        roster: HALL_WEEK,
    },
    DemoAgent {
        name: "Karim Haddad",
        role: "counsellor",
        role_label: "conseiller",
        pin: "1357",
        languages: &["fr", "ar"],
        skills: FRONT_DESK,
        identity_documents: false,
        // France Services on Mondays, Tuesdays and Thursdays; the Saturday desk.
        roster: &[
            (0, TILLEULS),
            (1, TILLEULS),
            (2, HALL),
            (3, TILLEULS),
            (5, HALL),
        ],
    },
    DemoAgent {
        name: "Sofia Almeida",
        role: "counsellor",
        role_label: "conseillère",
        pin: "8024",
        languages: &["fr", "pt", "es"],
        skills: FRONT_DESK,
        identity_documents: false,
        roster: &[
            (0, TILLEULS),
            (1, HALL),
            (2, TILLEULS),
            (3, TILLEULS),
            (4, TILLEULS),
        ],
    },
    DemoAgent {
        name: "Élise Bernard",
        role: "expert",
        role_label: "experte état civil et funéraire",
        pin: "5791",
        languages: &["fr"],
        skills: &["etat-civil", "funeraire"],
        identity_documents: false,
        // Weddings are on Saturdays: Tuesday to Saturday.
        roster: &[(1, HALL), (2, HALL), (3, HALL), (4, HALL), (5, HALL)],
    },
    DemoAgent {
        name: "Thomas Leroy",
        role: "expert",
        role_label: "expert urbanisme",
        pin: "3690",
        languages: &["fr", "en"],
        skills: &["urbanisme"],
        identity_documents: false,
        roster: HALL_WEEK,
    },
    DemoAgent {
        name: "Daria Kovalenko",
        role: "interpreter",
        role_label: "interprète",
        pin: "4826",
        languages: &["uk", "ru", "fr"],
        skills: &[],
        identity_documents: false,
        roster: &[(0, HALL), (1, HALL), (2, HALL), (3, TILLEULS), (4, HALL)],
    },
    DemoAgent {
        name: "Nadia Rahimi",
        role: "supervisor",
        role_label: "responsable qualité",
        pin: "7315",
        languages: &["fr", "fa"],
        skills: &[],
        identity_documents: false,
        roster: HALL_WEEK,
    },
    DemoAgent {
        name: "Julien Moreau",
        role: "admin",
        role_label: "administrateur",
        pin: "9052",
        languages: &["fr", "en"],
        skills: &[],
        identity_documents: false,
        roster: HALL_WEEK,
    },
];

struct DemoService {
    slug: &'static str,
    name: &'static str,
    letter: char,
    experts: bool,
}

const SERVICES: [DemoService; 6] = [
    DemoService {
        slug: "accueil-general",
        name: "Accueil général",
        letter: 'A',
        experts: false,
    },
    DemoService {
        slug: "etat-civil",
        name: "État civil",
        letter: 'E',
        experts: true,
    },
    DemoService {
        slug: "urbanisme",
        name: "Urbanisme",
        letter: 'U',
        experts: true,
    },
    DemoService {
        slug: "funeraire",
        name: "Funéraire",
        letter: 'F',
        experts: true,
    },
    DemoService {
        slug: "affaires-scolaires",
        name: "Affaires scolaires",
        letter: 'S',
        experts: false,
    },
    DemoService {
        slug: "ccas",
        name: "CCAS — action sociale",
        letter: 'C',
        experts: true,
    },
];

const ID: &str = "Pièce d'identité en cours de validité";
const HOME: &str = "Justificatif de domicile de moins de 3 mois";
const BIRTH: &str = "Acte de naissance de moins de 3 mois";

struct DemoMotif {
    service: &'static str,
    slug: &'static str,
    name: &'static str,
    minutes: i32,
    buffer: i32,
    documents: &'static [&'static str],
    online: bool,
    min_delay_hours: i32,
    max_delay_days: i32,
    /// How often it brings people to the desk, relative to the others.
    weight: u32,
}

const MOTIFS: [DemoMotif; 16] = [
    DemoMotif {
        service: "accueil-general",
        slug: "renseignement",
        name: "Renseignement général",
        minutes: 10,
        buffer: 0,
        documents: &[],
        online: false,
        min_delay_hours: 0,
        max_delay_days: 60,
        weight: 24,
    },
    DemoMotif {
        service: "accueil-general",
        slug: "cni-passeport-depot",
        name: "Carte d'identité ou passeport : dépôt du dossier",
        minutes: 20,
        buffer: 5,
        documents: &[
            "Pré-demande en ligne (numéro ou QR code)",
            ID,
            HOME,
            "Photo d'identité de moins de 6 mois",
            "Timbre fiscal (passeport, ou carte perdue ou volée)",
        ],
        online: true,
        min_delay_hours: 2,
        max_delay_days: 90,
        weight: 15,
    },
    DemoMotif {
        service: "accueil-general",
        slug: "cni-passeport-retrait",
        name: "Carte d'identité ou passeport : retrait",
        minutes: 10,
        buffer: 0,
        documents: &["Récépissé de dépôt", "Ancien titre à restituer"],
        online: true,
        min_delay_hours: 2,
        max_delay_days: 60,
        weight: 9,
    },
    DemoMotif {
        service: "accueil-general",
        slug: "recensement-citoyen",
        name: "Recensement citoyen (16 ans)",
        minutes: 10,
        buffer: 0,
        documents: &[ID, "Livret de famille des parents", HOME],
        online: true,
        min_delay_hours: 2,
        max_delay_days: 60,
        weight: 4,
    },
    DemoMotif {
        service: "etat-civil",
        slug: "acte-naissance",
        name: "Acte de naissance",
        minutes: 10,
        buffer: 0,
        documents: &[ID, "Livret de famille, si possible"],
        online: true,
        min_delay_hours: 2,
        max_delay_days: 30,
        weight: 7,
    },
    DemoMotif {
        service: "etat-civil",
        slug: "reconnaissance-anticipee",
        name: "Reconnaissance anticipée d'un enfant",
        minutes: 30,
        buffer: 5,
        documents: &[ID, HOME],
        online: true,
        min_delay_hours: 24,
        max_delay_days: 60,
        weight: 2,
    },
    DemoMotif {
        service: "etat-civil",
        slug: "mariage-dossier",
        name: "Mariage : dépôt du dossier",
        minutes: 45,
        buffer: 15,
        documents: &[
            "Pièce d'identité de chacun des futurs époux",
            BIRTH,
            HOME,
            "Liste des témoins avec la copie de leur pièce d'identité",
        ],
        online: true,
        min_delay_hours: 48,
        max_delay_days: 180,
        weight: 2,
    },
    DemoMotif {
        service: "etat-civil",
        slug: "pacs",
        name: "PACS : enregistrement",
        minutes: 30,
        buffer: 10,
        documents: &[
            "Pièce d'identité de chacun des partenaires",
            "Convention de PACS",
            "Déclaration conjointe (cerfa 15725)",
            BIRTH,
        ],
        online: true,
        min_delay_hours: 48,
        max_delay_days: 90,
        weight: 2,
    },
    DemoMotif {
        service: "urbanisme",
        slug: "permis-construire-info",
        name: "Permis de construire : renseignement",
        minutes: 30,
        buffer: 5,
        documents: &[
            "Plan de situation du terrain",
            "Croquis ou photos du projet",
        ],
        online: true,
        min_delay_hours: 24,
        max_delay_days: 60,
        weight: 3,
    },
    DemoMotif {
        service: "urbanisme",
        slug: "declaration-prealable",
        name: "Déclaration préalable de travaux",
        minutes: 30,
        buffer: 5,
        documents: &[
            "Formulaire cerfa 13703 rempli",
            "Plan de situation et plan de masse",
            "Photos de l'existant et du projet",
        ],
        online: true,
        min_delay_hours: 24,
        max_delay_days: 60,
        weight: 3,
    },
    DemoMotif {
        service: "urbanisme",
        slug: "certificat-urbanisme",
        name: "Certificat d'urbanisme",
        minutes: 20,
        buffer: 5,
        documents: &[
            "Plan cadastral",
            "Adresse et références cadastrales de la parcelle",
        ],
        online: true,
        min_delay_hours: 24,
        max_delay_days: 60,
        weight: 2,
    },
    DemoMotif {
        service: "funeraire",
        slug: "obseques",
        name: "Organisation d'obsèques",
        minutes: 45,
        buffer: 15,
        documents: &[
            ID,
            "Certificat de décès",
            "Livret de famille du défunt",
            "Devis des pompes funèbres",
        ],
        // Arranged the same day, at the desk or by phone, never through the booking page.
        online: false,
        min_delay_hours: 0,
        max_delay_days: 7,
        weight: 2,
    },
    DemoMotif {
        service: "funeraire",
        slug: "concession",
        name: "Concession funéraire",
        minutes: 30,
        buffer: 5,
        documents: &[ID, "Titre de concession, s'il existe"],
        online: true,
        min_delay_hours: 24,
        max_delay_days: 60,
        weight: 1,
    },
    DemoMotif {
        service: "affaires-scolaires",
        slug: "inscription-scolaire",
        name: "Inscription scolaire",
        minutes: 20,
        buffer: 5,
        documents: &[
            ID,
            HOME,
            "Livret de famille",
            "Carnet de santé (vaccinations à jour)",
        ],
        online: true,
        min_delay_hours: 2,
        max_delay_days: 60,
        weight: 5,
    },
    DemoMotif {
        service: "affaires-scolaires",
        slug: "cantine-periscolaire",
        name: "Inscription cantine et périscolaire",
        minutes: 15,
        buffer: 0,
        documents: &[
            HOME,
            "Dernier avis d'imposition",
            "Attestation de quotient familial CAF",
        ],
        online: true,
        min_delay_hours: 2,
        max_delay_days: 60,
        weight: 6,
    },
    DemoMotif {
        service: "ccas",
        slug: "aide-sociale",
        name: "Aide sociale et domiciliation (CCAS)",
        minutes: 40,
        buffer: 10,
        documents: &[
            ID,
            "Justificatifs de ressources des 3 derniers mois",
            "Attestation CAF",
            "Dernier avis d'imposition",
        ],
        online: true,
        min_delay_hours: 24,
        max_delay_days: 30,
        weight: 6,
    },
];

/// What the activity generator needs to know about the town it has just made.
pub struct Town {
    pub today: NaiveDate,
    pub sites: Vec<SiteInfo>,
    pub services: Vec<ServiceInfo>,
    pub motifs: Vec<MotifInfo>,
    pub agents: Vec<AgentInfo>,
}

pub struct SiteInfo {
    pub id: i32,
    pub weekly: WeeklyHours,
    pub closures: Vec<Closure>,
    pub desks: Vec<i32>,
    pub daily_tickets: (u32, u32),
    pub is_town_hall: bool,
}

pub struct ServiceInfo {
    pub id: i32,
    pub slug: &'static str,
    pub letter: char,
    pub experts: bool,
}

#[derive(Clone, Copy)]
pub struct MotifInfo {
    pub id: i32,
    pub service_id: i32,
    pub minutes: i32,
    pub buffer: i32,
    pub online: bool,
    pub weight: u32,
}

pub struct AgentInfo {
    pub id: i32,
    pub role: &'static str,
    pub motifs: Vec<i32>,
    /// (weekday, site id)
    pub roster: Vec<(u8, i32)>,
    /// Days off, both ends included.
    pub absent: Vec<(NaiveDate, NaiveDate)>,
}

impl AgentInfo {
    /// Whether the agent works at `site_id` on `date`.
    pub fn works(&self, site_id: i32, date: NaiveDate) -> bool {
        self.roster.contains(&(weekday_index(date), site_id))
            && !self.absent.iter().any(|(a, b)| *a <= date && date <= *b)
    }
}

impl Town {
    /// The agents of `role` working at `site_id` on `date`.
    pub fn on_duty(&self, role: &str, site_id: i32, date: NaiveDate) -> Vec<&AgentInfo> {
        self.agents
            .iter()
            .filter(|a| a.role == role && a.works(site_id, date))
            .collect()
    }

    pub fn service(&self, id: i32) -> &ServiceInfo {
        self.services
            .iter()
            .find(|s| s.id == id)
            .expect("motifs belong to demo services")
    }
}

fn hm((h, m): (u32, u32)) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("valid demo time")
}

/// Midnight in Paris at the start of `date`, as an instant.
fn paris_midnight(date: NaiveDate) -> DateTime<Utc> {
    Paris
        .from_local_datetime(&date.and_time(NaiveTime::MIN))
        .earliest()
        .expect("midnight exists in Paris")
        .with_timezone(&Utc)
}

/// The first date from `date` on, stepping by `step` days, when `weekly` opens on a
/// weekday (holidays count as closed): a closure or an absence on a day that is closed
/// anyway would show nothing.
fn open_weekday(weekly: &WeeklyHours, mut date: NaiveDate, step: i64) -> NaiveDate {
    for _ in 0..30 {
        if weekday_index(date) < 5 && !open_intervals_utc(weekly, date, &[], false).is_empty() {
            break;
        }
        date += Duration::days(step);
    }
    date
}

pub async fn create(
    txn: &DatabaseTransaction,
    pepper: &[u8],
    now: DateTime<Utc>,
) -> Result<Town, DbErr> {
    let today = app::calendar::paris_today(now);

    let mut sites = Vec::new();
    for (index, s) in SITES.iter().enumerate() {
        let row = site::ActiveModel {
            slug: Set(s.slug.into()),
            name: Set(s.name.into()),
            address: Set(s.address.into()),
            postal_code: Set("93999".into()),
            city: Set("Villebourg".into()),
            phone: Set(Some(s.phone.into())),
            email: Set(Some(s.email.into())),
            access_info: Set(Some(s.access_info.into())),
            alsace_moselle: Set(false),
            tickets_from_home: Set(s.tickets_from_home),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        let mut weekly = WeeklyHours::default();
        let mut hours = Vec::new();
        for &(day, opens, closes) in s.hours {
            let range = TimeRange::new(hm(opens), hm(closes)).expect("demo hours open first");
            weekly.add(day, range);
            hours.push(opening_hour::ActiveModel {
                site_id: Set(row.id),
                weekday: Set(day.into()),
                opens: Set(range.opens),
                closes: Set(range.closes),
                ..Default::default()
            });
        }
        opening_hour::Entity::insert_many(hours).exec(txn).await?;
        desk::Entity::insert_many(s.desks.iter().map(|label| desk::ActiveModel {
            site_id: Set(row.id),
            label: Set((*label).into()),
            active: Set(true),
            ..Default::default()
        }))
        .exec(txn)
        .await?;
        sites.push(SiteInfo {
            id: row.id,
            weekly,
            closures: Vec::new(),
            desks: Vec::new(),
            daily_tickets: s.daily_tickets,
            is_town_hall: index == HALL,
        });
    }
    // Desk ids in label order, read back once they all exist.
    for d in desk::Entity::find()
        .order_by_asc(desk::Column::Id)
        .all(txn)
        .await?
    {
        if let Some(site) = sites.iter_mut().find(|s| s.id == d.site_id) {
            site.desks.push(d.id);
        }
    }

    // France Services: a staff training day ahead, and a past day of reorganisation.
    let tilleuls = &mut sites[TILLEULS];
    let closures = [
        (
            open_weekday(&tilleuls.weekly, today + Duration::days(9), 1),
            "Formation des agents France Services",
        ),
        (
            open_weekday(&tilleuls.weekly, today - Duration::days(20), -1),
            "Inventaire et réaménagement de l'accueil",
        ),
    ];
    for (day, reason) in closures {
        closure::ActiveModel {
            site_id: Set(Some(tilleuls.id)),
            starts_on: Set(day),
            ends_on: Set(day),
            reason: Set(reason.into()),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        tilleuls.closures.push(Closure {
            starts_on: day,
            ends_on: day,
        });
    }

    let mut services = Vec::new();
    for (position, s) in SERVICES.iter().enumerate() {
        let row = service::ActiveModel {
            slug: Set(s.slug.into()),
            name: Set(s.name.into()),
            ticket_letter: Set(s.letter.to_string()),
            handled_by_experts: Set(s.experts),
            position: Set(position as i32 + 1),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        services.push(ServiceInfo {
            id: row.id,
            slug: s.slug,
            letter: s.letter,
            experts: s.experts,
        });
    }

    let mut motifs = Vec::new();
    // (motif id, service slug, motif slug), to give skills by service.
    let mut motif_services = Vec::new();
    for m in &MOTIFS {
        let service_id = services
            .iter()
            .find(|s| s.slug == m.service)
            .map(|s| s.id)
            .expect("every demo motif names a demo service");
        let row = motif::ActiveModel {
            service_id: Set(service_id),
            slug: Set(m.slug.into()),
            name: Set(m.name.into()),
            duration_minutes: Set(m.minutes),
            buffer_minutes: Set(m.buffer),
            documents: Set(m.documents.join("\n")),
            bookable_online: Set(m.online),
            min_delay_hours: Set(m.min_delay_hours),
            max_delay_days: Set(m.max_delay_days),
            active: Set(true),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        motifs.push(MotifInfo {
            id: row.id,
            service_id,
            minutes: m.minutes,
            buffer: m.buffer,
            online: m.online,
            weight: m.weight,
        });
        motif_services.push((row.id, m.service, m.slug));
    }

    let mut agents = Vec::new();
    let mut languages = Vec::new();
    let mut skills = Vec::new();
    let mut schedules = Vec::new();
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
        languages.extend(a.languages.iter().map(|l| agent_language::ActiveModel {
            agent_id: Set(row.id),
            lang: Set((*l).into()),
        }));
        let agent_motifs: Vec<i32> = motif_services
            .iter()
            .filter(|(_, service, _)| a.skills.contains(service))
            .filter(|(_, _, slug)| a.identity_documents || !IDENTITY_DOCUMENTS.contains(slug))
            .map(|(id, _, _)| *id)
            .collect();
        skills.extend(agent_motifs.iter().map(|m| agent_skill::ActiveModel {
            agent_id: Set(row.id),
            motif_id: Set(*m),
        }));
        let mut roster = Vec::new();
        for &(day, site_index) in a.roster {
            let site = &sites[site_index];
            roster.push((day, site.id));
            schedules.extend(site.weekly.ranges(day).iter().map(|range| {
                agent_schedule::ActiveModel {
                    agent_id: Set(row.id),
                    site_id: Set(site.id),
                    weekday: Set(day.into()),
                    starts: Set(range.opens),
                    ends: Set(range.closes),
                    ..Default::default()
                }
            }));
        }
        agents.push(AgentInfo {
            id: row.id,
            role: a.role,
            motifs: agent_motifs,
            roster,
            absent: Vec::new(),
        });
    }
    agent_language::Entity::insert_many(languages)
        .exec(txn)
        .await?;
    agent_skill::Entity::insert_many(skills).exec(txn).await?;
    agent_schedule::Entity::insert_many(schedules)
        .exec(txn)
        .await?;

    // Sofia's holidays a month ago (Monday to Friday); Camille's FALC training next week.
    let hall = &sites[HALL].weekly;
    let training = open_weekday(hall, today + Duration::days(5), 1);
    let leave_start = today - Duration::days(30);
    let leave_start = leave_start - Duration::days(weekday_index(leave_start).into());
    let absences = [
        (2, leave_start, leave_start + Duration::days(4), "Congés"),
        (
            0,
            training,
            training,
            "Formation « français facile à lire et à comprendre »",
        ),
    ];
    for (index, first, last, reason) in absences {
        agent_absence::ActiveModel {
            agent_id: Set(agents[index].id),
            starts_at: Set(paris_midnight(first)),
            ends_at: Set(paris_midnight(last + Duration::days(1))),
            reason: Set(Some(reason.into())),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        agents[index].absent.push((first, last));
    }

    Ok(Town {
        today,
        sites,
        services,
        motifs,
        agents,
    })
}
