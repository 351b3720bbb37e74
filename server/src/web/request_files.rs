//! The files of requests over HTTP, where server functions do not fit: the mail desk's
//! letter form and a request's "add a scan" form post multipart bodies (the scan travels
//! with the fields), and a kept file is downloaded as bytes. The work itself is the
//! requests feature's (`app::requests::store::letters`); these handlers read the body,
//! check who asks, and answer with a redirect that the page turns into a translated
//! message.

use crate::services::Services;
use app::components::url::location;
use app::errors::FeatureError;
use app::errors::Refusal;
use app::requests::files::{self, MAX_SCAN_BYTES};
use app::requests::model::{LetterForm, add_file_path, request_path};
use app::requests::store::letters::{self, Upload};
use app::staff::identity::StaffIdentity;
use app::staff::roles::StaffSection;
use app::staff::session::{Access, resolve};
use axum::extract::Multipart;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use http::{HeaderMap, StatusCode, header};

/// The whole body a form may send: the scan and its fields. A larger scan is read to this
/// cap and refused with a message; beyond it the connection gets a bare 413.
pub const BODY_LIMIT: usize = MAX_SCAN_BYTES * 3;

/// The signed-in agent allowed to work on requests; otherwise the answer to give.
async fn agent(state: &Services, headers: &HeaderMap) -> Result<StaffIdentity, Response> {
    match resolve(&state.app.db, headers, state.app.staff.inactivity).await {
        Ok(Access::SignedIn(identity)) if StaffSection::Requests.allows(identity.role) => {
            Ok(identity)
        }
        Ok(Access::SignedIn(_)) => Err(StatusCode::FORBIDDEN.into_response()),
        Ok(_) => Err(Redirect::to("/agent").into_response()),
        Err(e) => {
            tracing::error!(error = %e, "request files: database error");
            Err(StatusCode::SERVICE_UNAVAILABLE.into_response())
        }
    }
}

/// What a multipart form sent: its text fields and its file. A file above the scan limit
/// is drained (so the browser reads the answer) and reported too large.
struct Posted {
    fields: Vec<(String, String)>,
    file: Upload,
    too_large: bool,
}

async fn read_form(mut multipart: Multipart) -> Result<Posted, StatusCode> {
    let mut posted = Posted {
        fields: Vec::new(),
        file: Upload::default(),
        too_large: false,
    };
    while let Some(mut field) = multipart.next_field().await.map_err(|e| e.status())? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "fichier" {
            posted.file.name = field.file_name().unwrap_or_default().to_owned();
            while let Some(chunk) = field.chunk().await.map_err(|e| e.status())? {
                if posted.file.bytes.len() + chunk.len() > MAX_SCAN_BYTES {
                    posted.too_large = true;
                    posted.file.bytes.clear();
                }
                if !posted.too_large {
                    posted.file.bytes.extend_from_slice(&chunk);
                }
            }
        } else {
            let value = field.text().await.map_err(|e| e.status())?;
            posted.fields.push((name, value));
        }
    }
    Ok(posted)
}

/// `POST /agent/courrier/enregistrer`: a letter and its scan.
pub async fn register_letter(
    state: Services,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let identity = match agent(&state, &headers).await {
        Ok(identity) => identity,
        Err(answer) => return answer,
    };
    let posted = match read_form(multipart).await {
        Ok(posted) => posted,
        Err(status) => return status.into_response(),
    };
    let mut form = LetterForm::default();
    for (name, value) in posted.fields {
        match name.as_str() {
            "recu" => form.received_on = value,
            "service" => form.service = value.trim().parse().ok(),
            "type" => form.kind = value,
            "sujet" => form.subject = value,
            "nom" => form.name = value,
            "adresse" => form.postal_address = value,
            "telephone" => form.phone = value,
            "courriel" => form.email = value,
            "langue" => form.language = value,
            "note" => form.note = value,
            _ => {}
        }
    }
    if posted.too_large {
        return Redirect::to(&location(&form.refused("requests-error-scan-too-large")))
            .into_response();
    }
    let url = &state.app.public_url;
    match letters::register_letter(
        &state.app.db,
        &identity,
        url,
        &form,
        &posted.file,
        Utc::now(),
    )
    .await
    {
        Ok(reference) => Redirect::to(&location(&format!(
            "{}?ouverte=1",
            request_path(&reference)
        )))
        .into_response(),
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => {
                Redirect::to(&location(&form.refused(id))).into_response()
            }
            Some(Refusal::NotFound) => StatusCode::NOT_FOUND.into_response(),
            _ => {
                tracing::error!(error = %e, "letter registration");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        },
    }
}

/// `POST /agent/demandes/<reference>/fichiers`: a scanned document kept with a request.
pub async fn add_file(
    state: Services,
    reference: String,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let identity = match agent(&state, &headers).await {
        Ok(identity) => identity,
        Err(answer) => return answer,
    };
    let posted = match read_form(multipart).await {
        Ok(posted) => posted,
        Err(status) => return status.into_response(),
    };
    let back = |query: &str| {
        Redirect::to(&location(&format!("{}?{query}", request_path(&reference)))).into_response()
    };
    if posted.too_large {
        return back("erreur=requests-error-scan-too-large");
    }
    match letters::add_file(
        &state.app.db,
        &identity,
        &reference,
        &posted.file,
        Utc::now(),
    )
    .await
    {
        Ok(_) => back("fichier=1"),
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => back(&format!("erreur={id}")),
            Some(Refusal::NotFound) => StatusCode::NOT_FOUND.into_response(),
            _ => {
                tracing::error!(error = %e, "request file");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        },
    }
}

/// `GET /agent/demandes/<reference>/fichiers/<id>`: always as a download, with the type
/// its bytes show (an e-mail's HTML attachment never opens as one of our pages).
pub async fn download(
    state: Services,
    (reference, id): (String, i32),
    headers: HeaderMap,
) -> Response {
    let identity = match agent(&state, &headers).await {
        Ok(identity) => identity,
        Err(answer) => return answer,
    };
    match letters::download(&state.app.db, &identity, &reference, id).await {
        Ok(file) => (
            [
                (
                    header::CONTENT_TYPE,
                    files::served_type(&file.content).to_owned(),
                ),
                (
                    header::CONTENT_DISPOSITION,
                    files::content_disposition(&file.file_name),
                ),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
                (header::CACHE_CONTROL, "private, no-store".to_owned()),
            ],
            file.content,
        )
            .into_response(),
        Err(e) => match e.refusal() {
            Some(Refusal::NotFound) => StatusCode::NOT_FOUND.into_response(),
            _ => {
                tracing::error!(error = %e, "request file download");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        },
    }
}

/// The router's addresses of a request's files.
pub fn add_file_route() -> String {
    add_file_path("{reference}")
}

pub fn download_route() -> String {
    app::requests::model::file_path("{reference}", 0).replace("/0", "/{id}")
}
