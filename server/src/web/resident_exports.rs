//! The copy of one person's data (GDPR article 15) over HTTP, a file to download. The
//! work is the residents feature's (`app::residents::rights`); this handler checks that an
//! administrator asks and answers with the JSON file.

use crate::services::Services;
use app::i18n::Locale;
use app::staff::roles::Role;
use app::staff::session::{Access, resolve};
use axum::Extension;
use axum::extract::Query;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use http::{HeaderMap, StatusCode, header};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Asked {
    #[serde(default)]
    q: String,
    #[serde(default)]
    personne: String,
}

/// `GET /agent/usagers/export.json?q=…&personne=<key>`
pub async fn export(
    state: Services,
    headers: HeaderMap,
    locale: Option<Extension<Locale>>,
    Query(asked): Query<Asked>,
) -> Response {
    let identity = match resolve(&state.app.db, &headers, state.app.staff.inactivity).await {
        Ok(Access::SignedIn(identity)) if identity.role == Role::Admin => identity,
        Ok(Access::SignedIn(_)) => return StatusCode::FORBIDDEN.into_response(),
        Ok(_) => return Redirect::to("/agent").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "residents export: database error");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let locale = locale.map(|Extension(l)| l).unwrap_or_default();
    let found = app::residents::rights::export(
        &state.app.db,
        &identity,
        &asked.q,
        asked.personne.trim(),
        locale,
        Utc::now(),
    )
    .await;
    match found {
        Ok(Some(export)) => {
            let body = serde_json::to_string_pretty(&export).unwrap_or_default();
            let day = Utc::now().format("%Y-%m-%d");
            (
                [
                    (
                        header::CONTENT_TYPE,
                        "application/json; charset=utf-8".to_owned(),
                    ),
                    (
                        header::CONTENT_DISPOSITION,
                        format!("attachment; filename=\"donnees-personnelles-{day}.json\""),
                    ),
                    (header::CACHE_CONTROL, "no-store".to_owned()),
                ],
                body,
            )
                .into_response()
        }
        // Nobody found with that key any more: back to the search, which says so.
        Ok(None) => {
            let back = app::residents::model::back_to(&asked.q, "erreur=residents-erase-nobody");
            Redirect::to(&app::components::url::location(&back)).into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "residents export: database error");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
