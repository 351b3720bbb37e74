//! The CSV exports of `/agent/pilotage` over HTTP, where a server function does not fit (a
//! file to download, with its name). The work is the quality feature's
//! (`app::quality::exports`); this handler checks who asks and answers with the file.

use crate::services::Services;
use app::components::url::location;
use app::errors::FeatureError;
use app::i18n::Locale;
use app::quality::exports::{self, Export};
use app::quality::model::Filters;
use app::staff::roles::StaffSection;
use app::staff::session::{Access, resolve};
use axum::Extension;
use axum::extract::Query;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use http::{HeaderMap, StatusCode, header};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Asked {
    #[serde(flatten)]
    filters: Filters,
    #[serde(default)]
    fichier: String,
}

/// `GET /agent/pilotage/export.csv?…&fichier=indicateurs|visites|avis`
pub async fn export(
    state: Services,
    headers: HeaderMap,
    locale: Option<Extension<Locale>>,
    Query(asked): Query<Asked>,
) -> Response {
    match resolve(&state.app.db, &headers, state.app.staff.inactivity).await {
        Ok(Access::SignedIn(identity)) if StaffSection::Quality.allows(identity.role) => {}
        Ok(Access::SignedIn(_)) => return StatusCode::FORBIDDEN.into_response(),
        Ok(_) => return Redirect::to("/agent").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "quality export: database error");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let Some(export) = Export::parse(&asked.fichier) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // Refused filters: back to the page, which says why with the same filters.
    let back = format!("{}?{}", app::quality::model::PATH, asked.filters.query());
    // The language the middleware negotiated: the file's headers and labels are in it.
    let locale = locale.map(|Extension(l)| l).unwrap_or_default();
    match exports::csv(&state.app.db, asked.filters, export, locale, Utc::now()).await {
        Ok((name, body)) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{name}\""),
                ),
                (header::CACHE_CONTROL, "no-store".to_owned()),
            ],
            body,
        )
            .into_response(),
        Err(e) if e.refusal().is_some() => Redirect::to(&location(&back)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "quality export: database error");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
