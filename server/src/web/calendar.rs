//! `/rendez-vous/<token>/rendez-vous.ics`: "add to my calendar" for the resident's link.
//! The event's text is in the resident's language; a moved appointment keeps its UID and
//! gets a higher SEQUENCE, a cancelled one says so, so calendars update the same event.

use crate::services::Services;
use app::booking::changes::by_token;
use app::booking::ics::{CalendarEvent, render};
use app::booking::messages::facts;
use app::i18n::{Locale, text};
use app::statuses::AppointmentStatus;
use axum::response::{IntoResponse, Response};
use http::{StatusCode, header};

pub async fn appointment_ics(state: Services, token: String) -> Response {
    let appointment = match by_token(&state.app.db, &token).await {
        Ok(Some(a)) => a,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "calendar file");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let about = match facts(&state.app.db, &state.booking.links, &appointment).await {
        Ok(f) => f,
        Err(e) => {
            tracing::error!(error = %e, "calendar file");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let locale = Locale::from_tag(&appointment.language).unwrap_or_default();
    let mut description = vec![format!(
        "{} {}",
        text(locale, "notif-label-reference"),
        about.reference
    )];
    if !about.documents.is_empty() {
        description.push(text(locale, "notif-label-bring"));
        description.extend(about.documents.iter().map(|d| format!("- {d}")));
    }
    if let Some(link) = &about.link {
        description.push(link.clone());
    }
    let summary = format!("{} — {}", about.motif, about.site);
    let location = format!("{}, {}", about.site, about.address);
    let description = description.join("\n");
    // Each change bumps SEQUENCE: minutes since booking only ever grow.
    let sequence = (appointment.updated_at - appointment.created_at)
        .num_minutes()
        .clamp(0, i64::from(u32::MAX)) as u32;
    let body = render(&CalendarEvent {
        uid: &appointment.reference,
        domain: state.booking.links.host(),
        sequence,
        start: appointment.starts_at,
        end: appointment.ends_at,
        stamp: appointment.updated_at,
        summary: &summary,
        location: &location,
        description: &description,
        cancelled: appointment.status == AppointmentStatus::Cancelled,
    });
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"rendez-vous.ics\"",
            ),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        body,
    )
        .into_response()
}
