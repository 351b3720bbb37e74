//! One queue for every service: tickets from the entrance kiosk (`/borne/<site>`), from
//! home (`/file/<site>`) and from the desk; the counsellor's desk (`/agent/file`); the
//! waiting-room screen (`/ecran/<site>`); a resident's ticket (`/ticket/<token>`), all kept
//! live by one stream per site; and each site's settings (`/agent/admin/file`).

// A plain HTML form posts one field per server-function argument.
#![allow(clippy::too_many_arguments)]

pub mod admin;
pub mod desk;
pub mod estimate;
mod kiosk;
pub mod model;
pub mod order;
mod screen;
pub mod settings;
mod take;
mod ticket_page;

#[cfg(feature = "ssr")]
pub mod board;
#[cfg(feature = "hydrate")]
mod client;
#[cfg(feature = "ssr")]
pub mod live;
#[cfg(feature = "ssr")]
mod messages;
#[cfg(feature = "ssr")]
pub mod store;

pub use admin::QueueAdminPage;
pub use desk::DeskPage;
pub use kiosk::{KioskPage, KioskTicketPage};
pub use screen::ScreenPage;
pub use take::{TakeTicketPage, TicketSitesPage};
pub use ticket_page::TicketPage;

use crate::errors::AppError;
use estimate::WaitBand;
use leptos::prelude::*;
use model::{Board, Status};
use serde::{Deserialize, Serialize};

/// "Your turn is near" goes out when this many visitors, or fewer, are ahead.
pub const NEAR_TURN_AHEAD: usize = 3;

pub const TAKE_URL: &str = "/api/public/file/ticket";
pub const CANCEL_URL: &str = "/api/public/file/renoncer";

/// A motif a visitor can pick.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MotifChoice {
    pub id: i32,
    pub name: String,
}

/// A service family as the kiosk and the home page offer it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Family {
    pub slug: String,
    pub letter: String,
    pub name: String,
    pub waiting: u32,
    pub wait: WaitBand,
    pub motifs: Vec<MotifChoice>,
}

/// A site's queue as residents see it before taking a ticket.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteQueue {
    pub site: String,
    pub site_name: String,
    pub open: bool,
    pub tickets_from_home: bool,
    /// Today's hours, already in words.
    pub hours_today: String,
    pub phone: Option<String>,
    pub families: Vec<Family>,
}

/// A site's families, motifs and waits, in the visitor's language.
#[server(prefix = "/api/public", endpoint = "file/lieu")]
pub async fn load_site_queue(site: String) -> Result<SiteQueue, AppError> {
    use crate::i18n::names::{motif_name, service_name};
    use crate::store::entities::{motif, service, site as site_e};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let state = crate::state::AppState::from_context()?;
    let locale = crate::i18n::request_locale();
    let now = chrono::Utc::now();
    let Some(row) = site_e::Entity::find()
        .filter(site_e::Column::Slug.eq(site.as_str()))
        .one(&state.db)
        .await?
    else {
        return Err(AppError::NotFound.with_status());
    };
    let open = store::site_is_open(&state.db, &row, now).await?;
    let board = current_board(&state, row.id).await?;
    let services = service::Entity::find()
        .order_by_asc(service::Column::Position)
        .all(&state.db)
        .await?;
    let motifs = motif::Entity::find()
        .filter(motif::Column::Active.eq(true))
        .order_by_asc(motif::Column::Id)
        .all(&state.db)
        .await?;
    let hours_today = crate::calendar::store::sites_today(&state.db, now)
        .await?
        .into_iter()
        .find(|s| s.slug == row.slug)
        .map(|s| s.today.describe(locale))
        .unwrap_or_default();
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
        site: row.slug,
        site_name: row.name,
        open,
        tickets_from_home: row.tickets_from_home,
        hours_today,
        phone: row.phone,
        families,
    })
}

/// The board as streams have it, computed now if no stream asked for it yet.
#[cfg(feature = "ssr")]
async fn current_board(state: &crate::state::AppState, site_id: i32) -> Result<Board, AppError> {
    let kept = crate::queue::live::Live::from_context()?
        .latest_or_read(&state.db, site_id)
        .await?;
    Ok(kept.ok_or(AppError::NotFound)?.board.clone())
}

/// Takes a ticket at the kiosk (`depuis=borne`) or from home (`depuis=maison`), then goes to
/// the ticket; back to the form with the reason when it cannot be issued.
#[server(prefix = "/api/public", endpoint = "file/ticket")]
pub async fn take_ticket(
    lieu: String,
    motif: String,
    priorite: String,
    telephone: String,
    depuis: String,
) -> Result<(), AppError> {
    use crate::contact_details::PhoneNumber;
    use crate::store::entities::site;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use store::{NewTicket, Origin};
    let state = crate::state::AppState::from_context()?;
    let locale = crate::i18n::request_locale();
    let kiosk = depuis == "borne";
    let back = |error: &str| {
        let page = if kiosk { "borne" } else { "file" };
        format!(
            "/{page}/{}?motif={}&erreur={error}&lang={}",
            url_safe(&lieu),
            motif.trim(),
            locale.code()
        )
    };
    let Some(row) = site::Entity::find()
        .filter(site::Column::Slug.eq(lieu.as_str()))
        .one(&state.db)
        .await?
    else {
        return Err(AppError::NotFound.with_status());
    };
    let Ok(motif_id) = motif.trim().parse::<i32>() else {
        leptos_axum::redirect(&back("queue-error-motif"));
        return Ok(());
    };
    let phone = match telephone.trim() {
        "" => None,
        p if !kiosk => match PhoneNumber::parse(p) {
            Ok(n) => Some(n.as_str().to_owned()),
            Err(e) => {
                leptos_axum::redirect(&format!("{}&telephone-erreur={}", back(""), e.message_id()));
                return Ok(());
            }
        },
        _ => None,
    };
    let new = NewTicket {
        site_id: row.id,
        motif_id,
        language: locale.code().into(),
        priority: order::Priority::parse(&priorite),
        phone,
        origin: if kiosk { Origin::Kiosk } else { Origin::Home },
    };
    match store::issue(&state.db, &new, chrono::Utc::now()).await {
        Ok(t) => {
            crate::queue::live::Live::from_context()?.changed(row.id);
            let url = if kiosk {
                format!(
                    "/borne/{}/ticket/{}?lang={}",
                    row.slug,
                    t.public_token,
                    locale.code()
                )
            } else {
                format!("/ticket/{}", t.public_token)
            };
            leptos_axum::redirect(&url);
            Ok(())
        }
        Err(store::QueueError::Db(e)) => Err(e.into()),
        Err(store::QueueError::NotFound) => {
            leptos_axum::redirect(&back("queue-error-motif"));
            Ok(())
        }
        Err(e) => {
            leptos_axum::redirect(&back(e.message_id()));
            Ok(())
        }
    }
}

/// Site slugs and ticket tokens are letters, digits and dashes; anything else never reaches
/// a redirect URL.
#[cfg(feature = "ssr")]
fn url_safe(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// One ticket as its holder sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TicketView {
    pub token: String,
    pub code: String,
    pub site: String,
    pub site_name: String,
    pub motif: String,
    pub status: Status,
    /// Visitors before this one, while waiting.
    pub ahead: Option<u32>,
    pub wait: Option<WaitBand>,
    /// The desk to go to, once called.
    pub desk: Option<String>,
    pub issued_at: chrono::DateTime<chrono::Utc>,
    /// The number the "near" SMS goes to, masked.
    pub phone: Option<String>,
    /// The QR code to this page, as SVG (only for the kiosk's receipt).
    pub qr_svg: Option<String>,
}

#[server(prefix = "/api/public", endpoint = "file/mon-ticket")]
pub async fn load_ticket(token: String, with_qr: bool) -> Result<TicketView, AppError> {
    use crate::contact_details::PhoneNumber;
    use crate::i18n::names::motif_name;
    use crate::store::entities::{desk, motif, site};
    use sea_orm::EntityTrait;
    let state = crate::state::AppState::from_context()?;
    let locale = crate::i18n::request_locale();
    let now = chrono::Utc::now();
    let Some(t) = store::by_token(&state.db, &token).await? else {
        return Err(AppError::NotFound.with_status());
    };
    let site = site::Entity::find_by_id(t.site_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let motif = match t.motif_id {
        Some(id) => motif::Entity::find_by_id(id)
            .one(&state.db)
            .await?
            .map(|m| motif_name(locale, &m.slug, &m.name))
            .unwrap_or_default(),
        None => String::new(),
    };
    let status = t.status;
    let ahead = store::ahead_of(&state.db, &t, now).await?;
    let wait = match ahead {
        Some(n) => {
            // The same pace as the screen's estimates; experts see one visitor at a time.
            let mut pace = current_board(&state, site.id).await?.pace;
            if status == Status::Transferred {
                pace.desks = 1;
            }
            Some(estimate::band(pace.wait_minutes(n)))
        }
        None => None,
    };
    let desk = match (status, t.desk_id) {
        (Status::Called | Status::InService | Status::Aside, Some(id)) => {
            desk::Entity::find_by_id(id)
                .one(&state.db)
                .await?
                .map(|d| d.label)
        }
        _ => None,
    };
    let qr_svg = with_qr.then(|| {
        qr(&state
            .public_url
            .absolute(&format!("/ticket/{}", t.public_token)))
    });
    Ok(TicketView {
        token: t.public_token,
        code: t.code,
        site: site.slug,
        site_name: site.name,
        motif,
        status,
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
#[cfg(feature = "ssr")]
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

/// The resident gives up their place.
#[server(prefix = "/api/public", endpoint = "file/renoncer")]
pub async fn cancel_ticket(token: String) -> Result<(), AppError> {
    let state = crate::state::AppState::from_context()?;
    match store::cancel_by_resident(&state.db, &token, chrono::Utc::now()).await {
        Ok(t) => crate::queue::live::Live::from_context()?.changed(t.site_id),
        Err(store::QueueError::Db(e)) => return Err(e.into()),
        Err(store::QueueError::NotFound) => return Err(AppError::NotFound.with_status()),
        // Already called or over: the page says where it stands.
        Err(_) => {}
    }
    leptos_axum::redirect(&format!("/ticket/{}", url_safe(&token)));
    Ok(())
}

/// The screen's first board (then it follows the live stream).
#[server(prefix = "/api/public", endpoint = "file/ecran")]
pub async fn screen_board(site: String) -> Result<Board, AppError> {
    use crate::store::entities::site as site_e;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let state = crate::state::AppState::from_context()?;
    let Some(row) = site_e::Entity::find()
        .filter(site_e::Column::Slug.eq(site.as_str()))
        .one(&state.db)
        .await?
    else {
        return Err(AppError::NotFound.with_status());
    };
    // Read now rather than the board kept for the streams: a screen (re)loaded just after a
    // call shows it, even before this instance's hub has heard of the change.
    let read = crate::queue::live::Live::from_context()?
        .read(&state.db, row.id)
        .await?;
    Ok(read.ok_or(AppError::NotFound)?.board.clone())
}
