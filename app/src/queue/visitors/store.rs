//! What visitors' pages read and post: a site's families, motifs and waits, a ticket taken
//! at the kiosk or from home, and a ticket as its holder follows it.

use super::model::{Family, MotifChoice, SiteQueue, TakeTicketForm, TicketView, ticket_path};
use crate::calendar::store::site_today;
use crate::contact_details::PhoneNumber;
use crate::i18n::Locale;
use crate::i18n::names::{motif_name, service_name};
use crate::queue::estimate::{WaitBand, band};
use crate::queue::model::Status;
use crate::queue::store::{
    self as queue, Boards, NewTicket, Origin, QueueError, site_is_open, site_of,
};
use crate::state::PublicUrl;
use crate::store::entities::{desk, motif, site, ticket};
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
    })
}

/// Issues the ticket of the form, in the visitor's language, while the site is open.
pub async fn take(
    db: &DatabaseConnection,
    form: &TakeTicketForm,
    language: Locale,
    now: DateTime<Utc>,
) -> Result<ticket::Model, QueueError> {
    let site = site_of(db, &form.site).await?.ok_or(QueueError::NotFound)?;
    let motif_id = form.motif.ok_or(QueueError::NoMotif)?;
    // The kiosk asks for no number: whatever comes with it is not kept.
    let phone = match form.phone.trim() {
        "" => None,
        _ if form.at_kiosk() => None,
        p => Some(PhoneNumber::parse(p).map_err(QueueError::Phone)?),
    };
    let new = NewTicket {
        site_id: site.id,
        motif_id,
        language: language.code().into(),
        priority: form.priority(),
        phone: phone.map(|p| p.as_str().to_owned()),
        origin: if form.at_kiosk() {
            Origin::Kiosk
        } else {
            Origin::Home
        },
    };
    match queue::issue(db, &new, now).await {
        // The motif is no more, or no longer offered: choose another.
        Err(QueueError::NotFound) => Err(QueueError::NoMotif),
        issued => issued,
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
    let qr_svg = public_url.map(|url| qr(&url.absolute(&ticket_path(&t.public_token))));
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
    })
}

/// The link as a QR code, drawn as SVG on the server (no script, prints sharply).
fn qr(url: &str) -> String {
    use qrcode::QrCode;
    use qrcode::render::svg;
    match QrCode::new(url.as_bytes()) {
        Ok(code) => code
            .render::<svg::Color>()
            .min_dimensions(160, 160)
            .quiet_zone(true)
            .build(),
        Err(_) => String::new(),
    }
}
