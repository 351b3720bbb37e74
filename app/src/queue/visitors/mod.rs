//! What visitors see: the entrance kiosk (`/borne/<site>`), a ticket from home
//! (`/file/<site>`), their ticket on their phone (`/ticket/<token>`), and the
//! waiting-room screen (`/ecran/<site>`), all kept live by their site's stream. The kiosk
//! and the screen work only on the site's enrolled devices of their kind (the staff's
//! devices); anywhere else they show the enrolment prompt.

pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::errors::AppError;
use crate::queue::model::Board;
use crate::staff::model::Enrolled;
use leptos::prelude::*;
use model::{SiteQueue, TakeTicketForm, TicketView};
#[cfg(feature = "ssr")]
use {
    crate::errors::{FeatureError, Refusal},
    crate::i18n::request_locale,
    crate::queue::live::Live,
    crate::queue::store::QueueError,
    crate::staff::devices::DeviceKind,
    crate::staff::session::current_device_of,
    crate::state::AppState,
    chrono::Utc,
};

/// A site's families, motifs and waits, in the visitor's language.
#[server(prefix = "/api/public", endpoint = "file/lieu")]
pub async fn load_site_queue(site: String) -> Result<SiteQueue, AppError> {
    let state = AppState::from_context()?;
    let live = Live::from_context()?;
    let locale = request_locale();
    Ok(store::site_queue(&state.db, &live, &site, locale, Utc::now()).await?)
}

/// The kiosk of a site, if this browser is that site's enrolled kiosk; its enrolment
/// prompt otherwise.
#[server(prefix = "/api/public", endpoint = "file/borne")]
pub async fn load_kiosk(site: String) -> Result<Enrolled<SiteQueue>, AppError> {
    let state = AppState::from_context()?;
    let live = Live::from_context()?;
    let kiosk = current_device_of(DeviceKind::Kiosk).await?;
    let locale = request_locale();
    let now = Utc::now();
    let mut kiosk =
        store::kiosk_queue(&state.db, &live, &site, kiosk.as_ref(), locale, now).await?;
    if let Enrolled::Yes(site) = &mut kiosk {
        site.survey_open = state.hooks.survey_open(&state.db, now).await?;
    }
    Ok(kiosk)
}

/// Takes a ticket at the kiosk or from home, then goes to the ticket; back to the form
/// with the reason when it cannot be issued. `borne` is taken only from the site's enrolled
/// kiosk, whose cookie says so.
#[server(prefix = "/api/public", endpoint = "file/ticket")]
pub async fn take_ticket(#[server(flatten)] form: TakeTicketForm) -> Result<(), AppError> {
    let state = AppState::from_context()?;
    let locale = request_locale();
    let kiosk = match form.at_kiosk() {
        true => current_device_of(DeviceKind::Kiosk).await?,
        false => None,
    };
    // The kiosk serves the whole hall; a phone at home gets a few tickets an hour.
    if kiosk.is_none() && crate::limits::spend(crate::limits::Bucket::HomeTicket).is_err() {
        let refused = form.refused(locale, "queue-error-too-many-tickets");
        crate::components::url::redirect(&refused);
        return Ok(());
    }
    match store::take(&state.db, &form, kiosk.as_ref(), locale, Utc::now()).await {
        Ok(t) => {
            Live::from_context()?.changed(t.site_id);
            crate::components::url::redirect(&form.taken(&t.public_token, locale));
        }
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => {
                crate::components::url::redirect(&form.refused(locale, id))
            }
            _ => return Err(e.into()),
        },
    }
    Ok(())
}

/// A ticket as its holder sees it, with the QR code to its page for the kiosk's receipt.
#[server(prefix = "/api/public", endpoint = "file/mon-ticket")]
pub async fn load_ticket(token: String, with_qr: bool) -> Result<TicketView, AppError> {
    let state = AppState::from_context()?;
    let live = Live::from_context()?;
    let qr = with_qr.then_some(&state.public_url);
    let (locale, now) = (request_locale(), Utc::now());
    let mut ticket = store::ticket_view(&state.db, &live, &token, qr, locale, now).await?;
    ticket.survey_open = state.hooks.survey_open(&state.db, now).await?;
    Ok(ticket)
}

/// The resident gives up their place; back to the ticket's page.
#[server(prefix = "/api/public", endpoint = "file/renoncer")]
pub async fn cancel_ticket(token: String) -> Result<(), AppError> {
    let state = AppState::from_context()?;
    match crate::queue::store::cancel_by_resident(&state.db, &token, Utc::now()).await {
        Ok(t) => Live::from_context()?.changed(t.site_id),
        // Already called or over: the page says where it stands.
        Err(QueueError::Stale) => {}
        Err(e) => return Err(e.into()),
    }
    crate::components::url::redirect(&model::ticket_path(&model::url_safe(&token)));
    Ok(())
}

/// The screen's first board (then it follows the screens' live stream), if this browser is
/// the site's enrolled screen; its enrolment prompt otherwise.
#[server(prefix = "/api/public", endpoint = "file/ecran")]
pub async fn screen_board(site: String) -> Result<Enrolled<Board>, AppError> {
    let state = AppState::from_context()?;
    let live = Live::from_context()?;
    let screen = current_device_of(DeviceKind::Screen).await?;
    Ok(store::screen_board(&state.db, &live, &site, screen.as_ref(), Utc::now()).await?)
}
