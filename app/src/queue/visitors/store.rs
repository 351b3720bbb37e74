//! What visitors' pages read and post: a site's families, motifs and waits, a ticket taken
//! at the kiosk or from home, a ticket as its holder follows it, and the kiosk and the
//! screen of a site on its enrolled devices only.

use super::model::{Family, MotifChoice, SiteQueue, TakeTicketForm, TicketView, ticket_path};
use crate::calendar::store::site_today;
use crate::contact_details::{ContactError, PhoneNumber, SmsCountries};
use crate::errors::{FeatureError, Refusal};
use crate::i18n::Locale;
use crate::i18n::names::{motif_name, service_name};
use crate::queue::estimate::{WaitBand, band};
use crate::queue::live::{Fresh, Live};
use crate::queue::model::{Board, Status};
use crate::queue::order::Priority;
use crate::queue::store::{
    self as queue, Boards, NewTicket, Origin, QueueError, site_is_open, site_of,
};
use crate::staff::devices::DeviceKind;
use crate::staff::model::{DevicePrompt, ERROR_NOT_KIOSK, Enrolled};
use crate::state::PublicUrl;
use crate::store::entities::{desk, device, motif, site, ticket};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

/// A site's families, motifs and waits (as its screens show them), in `locale`.
pub async fn site_queue(
    db: &DatabaseConnection,
    boards: &impl Boards,
    slug: &str,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<SiteQueue, QueueError> {
    let site = site_of(db, slug)
        .await?
        .filter(|s| s.active)
        .ok_or(QueueError::NotFound)?;
    let open = site_is_open(db, &site, now).await?;
    let board = boards
        .board(db, site.id)
        .await?
        .ok_or(QueueError::NotFound)?;
    let services = queue::services(db).await?;
    let motifs = motif::Entity::find()
        .filter(motif::Column::Active.eq(true))
        .order_by_asc(motif::Column::Id)
        .all(db)
        .await?;
    let hours_today = site_today(db, &site, now).await?.describe(locale);
    let families = services
        .into_iter()
        .filter_map(|s| {
            let of_service: Vec<MotifChoice> = motifs
                .iter()
                .filter(|m| m.service_id == s.id)
                .map(|m| MotifChoice {
                    id: m.id,
                    name: motif_name(locale, &m.slug, &m.name),
                })
                .collect();
            if of_service.is_empty() {
                return None;
            }
            let wait = board.waits.iter().find(|w| w.service == s.slug);
            Some(Family {
                name: service_name(locale, &s.slug, &s.name),
                waiting: wait.map(|w| w.waiting).unwrap_or(0),
                wait: wait.map(|w| w.wait).unwrap_or(WaitBand::Now),
                slug: s.slug,
                letter: s.ticket_letter,
                motifs: of_service,
            })
        })
        .collect();
    Ok(SiteQueue {
        site: site.slug,
        site_name: site.name,
        open,
        tickets_from_home: site.tickets_from_home,
        hours_today,
        phone: site.phone,
        families,
        // Filled by the kiosk's server function, which asks the surveys hook.
        survey_open: false,
    })
}

/// Why a visitor's ticket was not issued: who may take which ticket, then the queue's own
/// reasons.
#[derive(Debug, thiserror::Error)]
pub enum TakeError {
    /// `borne` from a browser that is not this site's enrolled, not revoked kiosk.
    #[error("not this site's kiosk")]
    NotKiosk,
    /// A priority declared from home: priorities are declared at the kiosk, in front of
    /// the reception, or to a counsellor.
    #[error("priority from home")]
    PriorityFromHome,
    #[error(transparent)]
    Queue(#[from] QueueError),
}

impl From<sea_orm::DbErr> for TakeError {
    fn from(e: sea_orm::DbErr) -> Self {
        TakeError::Queue(e.into())
    }
}

impl FeatureError for TakeError {
    fn refusal(&self) -> Option<Refusal> {
        match self {
            TakeError::NotKiosk => Some(Refusal::Invalid(ERROR_NOT_KIOSK)),
            TakeError::PriorityFromHome => Some(Refusal::Invalid(PRIORITY_FROM_HOME)),
            TakeError::Queue(e) => e.refusal(),
        }
    }
}

/// Fluent id: a priority is declared at the kiosk or at the desk, not from home.
pub const PRIORITY_FROM_HOME: &str = "devices-error-priority-from-home";

/// `device` (an enrolled kiosk or screen) if it belongs to `site`: a device of another site
/// is no device here.
fn of_site<'a>(device: Option<&'a device::Model>, site: &site::Model) -> Option<&'a device::Model> {
    device.filter(|d| d.site_id == Some(site.id))
}

fn prompt(kind: DeviceKind, site: site::Model) -> DevicePrompt {
    DevicePrompt {
        kind,
        site: site.slug,
        site_name: site.name,
    }
}

/// The kiosk of the site at `slug` when `kiosk` is its enrolled kiosk, else its prompt.
pub async fn kiosk_queue(
    db: &DatabaseConnection,
    boards: &impl Boards,
    slug: &str,
    kiosk: Option<&device::Model>,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Enrolled<SiteQueue>, QueueError> {
    let site = site_of(db, slug).await?.ok_or(QueueError::NotFound)?;
    match of_site(kiosk, &site) {
        Some(kiosk) => {
            crate::staff::store::seen(db, kiosk, now).await?;
            Ok(Enrolled::Yes(
                site_queue(db, boards, slug, locale, now).await?,
            ))
        }
        None => Ok(Enrolled::No(prompt(DeviceKind::Kiosk, site))),
    }
}

/// The screen's first board when `screen` is the enrolled screen of the site at `slug`,
/// else its prompt. Read now rather than the board kept for the streams: a screen
/// (re)loaded just after a call shows it, even before this instance's hub has heard of
/// the change.
pub async fn screen_board(
    db: &DatabaseConnection,
    live: &Live,
    slug: &str,
    screen: Option<&device::Model>,
    now: DateTime<Utc>,
) -> Result<Enrolled<Board>, QueueError> {
    let site = site_of(db, slug).await?.ok_or(QueueError::NotFound)?;
    match of_site(screen, &site) {
        Some(screen) => {
            crate::staff::store::seen(db, screen, now).await?;
            let read = live.board_of_site(db, slug, Fresh::Now).await?;
            Ok(Enrolled::Yes(
                read.ok_or(QueueError::NotFound)?.board.clone(),
            ))
        }
        None => Ok(Enrolled::No(prompt(DeviceKind::Screen, site))),
    }
}

/// Issues the ticket of the form, in the visitor's language, while the site is open. A
/// kiosk ticket (with the priority the visitor declares) only from `kiosk`, the site's
/// enrolled kiosk; a ticket from home without priority, where the site allows them.
pub async fn take(
    db: &DatabaseConnection,
    form: &TakeTicketForm,
    kiosk: Option<&device::Model>,
    language: Locale,
    now: DateTime<Utc>,
) -> Result<ticket::Model, TakeError> {
    let site = site_of(db, &form.site).await?.ok_or(QueueError::NotFound)?;
    let origin = if form.at_kiosk() {
        Origin::Kiosk
    } else {
        Origin::Home
    };
    match origin {
        Origin::Kiosk if of_site(kiosk, &site).is_none() => return Err(TakeError::NotKiosk),
        Origin::Home if form.priority() != Priority::None => {
            return Err(TakeError::PriorityFromHome);
        }
        _ => {}
    }
    let motif_id = form.motif.ok_or(QueueError::NoMotif)?;
    // The kiosk asks for no number: whatever comes with it is not kept.
    let phone = match form.phone.trim() {
        "" => None,
        _ if form.at_kiosk() => None,
        p => Some(PhoneNumber::parse(p).map_err(QueueError::Phone)?),
    };
    if let Some(phone) = &phone
        && !SmsCountries::current().allows(phone)
    {
        return Err(QueueError::Phone(ContactError::PhoneCountry).into());
    }
    let new = NewTicket {
        site_id: site.id,
        motif_id,
        language: language.code().into(),
        priority: form.priority(),
        phone: phone.map(|p| p.as_str().to_owned()),
        origin,
    };
    match queue::issue(db, &new, now).await {
        // The motif is no more, or no longer offered: choose another.
        Err(QueueError::NotFound) => Err(QueueError::NoMotif.into()),
        issued => {
            if let Some(kiosk) = kiosk {
                crate::staff::store::seen(db, kiosk, now).await?;
            }
            Ok(issued?)
        }
    }
}

/// The ticket of `token` as its holder sees it, in `locale`; with the QR code to its page
/// at `public_url` (the kiosk's receipt).
pub async fn ticket_view(
    db: &DatabaseConnection,
    boards: &impl Boards,
    token: &str,
    public_url: Option<&PublicUrl>,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<TicketView, QueueError> {
    let t = queue::by_token(db, token)
        .await?
        .ok_or(QueueError::NotFound)?;
    let site = site::Entity::find_by_id(t.site_id)
        .one(db)
        .await?
        .ok_or(QueueError::NotFound)?;
    let motif = match t.motif_id {
        Some(id) => motif::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|m| motif_name(locale, &m.slug, &m.name))
            .unwrap_or_default(),
        None => String::new(),
    };
    let ahead = queue::ahead_of(db, &t, now).await?;
    let wait = match ahead {
        Some(n) => {
            // The same pace as the screen's estimates; experts see one visitor at a time.
            let mut pace = boards
                .board(db, site.id)
                .await?
                .ok_or(QueueError::NotFound)?
                .pace;
            if t.status == Status::Transferred {
                pace.desks = 1;
            }
            Some(band(pace.wait_minutes(n)))
        }
        None => None,
    };
    let desk = match (t.status, t.desk_id) {
        (Status::Called | Status::InService | Status::Aside, Some(id)) => {
            desk::Entity::find_by_id(id).one(db).await?.map(|d| d.label)
        }
        _ => None,
    };
    let qr_svg = public_url
        .map(|url| crate::components::qr::svg(&url.absolute(&ticket_path(&t.public_token)), 160));
    Ok(TicketView {
        token: t.public_token,
        code: t.code,
        site: site.slug,
        site_name: site.name,
        motif,
        status: t.status,
        ahead: ahead.map(|n| n as u32),
        wait,
        desk,
        issued_at: t.issued_at,
        phone: t
            .phone
            .as_deref()
            .and_then(|p| PhoneNumber::parse(p).ok())
            .map(|p| p.masked()),
        qr_svg,
        // Filled by the server function, which asks the surveys hook.
        survey_open: false,
    })
}
