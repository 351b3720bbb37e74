//! Procedure sheets (`/demarches`, `/agent/demarches`): one answer for every counsellor and
//! every resident, with typed parts (who, situations, steps, documents and their
//! conditions, cost, delay, where to go and the motif to book), an easy-to-read (FALC)
//! version checked by a person concerned, translations that know when the French moved
//! on, and versions. Search forgives accents, case and plurals (`search.rs`).
//!
//! This file holds the server functions.

pub mod editing;
pub mod model;
#[cfg(feature = "ssr")]
pub mod readability;
#[cfg(feature = "ssr")]
pub mod search;
#[cfg(feature = "ssr")]
pub mod store;
pub mod translation;
pub mod views;

use crate::errors::AppError;
use leptos::prelude::*;
use model::{
    EditorView, FactsForm, FalcCheckForm, SheetView, SheetsView, StaffSheetView, StaffSheetsView,
    TextForm, Variant,
};
#[cfg(feature = "ssr")]
use {
    crate::errors::{FeatureError, Refusal},
    crate::i18n::request_locale,
    crate::staff::session::require_section,
    crate::staff::{Me, StaffSection},
    crate::state::{AppState, context},
    crate::statuses::RequestKind,
    chrono::Utc,
    model::sheet_path,
    store::{Catalogues, Listing, ProceduresError, Reading},
};

#[cfg(feature = "ssr")]
fn variant(version: &str) -> Variant {
    Variant::parse(version).unwrap_or(Variant::Standard)
}

/// The editor's address for one text.
pub fn editor_path(slug: &str, language: &str, variant: Variant) -> String {
    format!(
        "{}/{slug}/modifier?langue={language}&version={}",
        model::STAFF_PATH,
        variant.as_str()
    )
}

/// Back to the editor (`back`, which has a query already): saying `done` when the change
/// is saved, or why it is refused; any other error is the answer.
#[cfg(feature = "ssr")]
fn back_to(back: &str, saved: Result<(), ProceduresError>, done: &str) -> Result<(), AppError> {
    match saved {
        Ok(()) => crate::components::url::redirect(&format!("{back}&{done}=1")),
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => {
                crate::components::url::redirect(&format!("{back}&erreur={id}"))
            }
            _ => return Err(e.into()),
        },
    }
    Ok(())
}

/// `/demarches`: the sheets, or the results of `q`; `motif` shows the sheets of a bookable
/// motif, and opens the sheet at once when there is only one.
#[server(prefix = "/api/public", endpoint = "demarches")]
pub async fn load_sheets(q: String, motif: String, langue: String) -> Result<SheetsView, AppError> {
    let state = AppState::from_context()?;
    let cache = context::<Catalogues>()?;
    let listing = listing(&q, &motif, &langue);
    if let Some(m) = listing.motif
        && q.trim().is_empty()
        && let Some(slug) = store::only_sheet_of_motif(&state.db, &cache, m).await?
    {
        crate::components::url::redirect(&format!(
            "{}{}",
            sheet_path(&slug),
            language_query(&langue)
        ));
    }
    Ok(store::sheets(&state.db, &cache, listing, request_locale()).await?)
}

#[cfg(feature = "ssr")]
fn listing<'a>(q: &'a str, motif: &'a str, language: &'a str) -> Listing<'a> {
    Listing {
        query: q,
        motif: Some(motif.trim()).filter(|m| !m.is_empty()),
        language: Some(language.trim()).filter(|l| !l.is_empty()),
    }
}

/// `?langue=xx` when a reading language was asked, for the links that keep it.
pub fn language_query(language: &str) -> String {
    match crate::i18n::Locale::from_tag(language) {
        Some(l) => format!("?langue={}", l.code()),
        None => String::new(),
    }
}

/// `/demarches/<slug>`, in `langue` (the reader's by default) and `version` (`falc` or
/// the full one).
#[server(prefix = "/api/public", endpoint = "demarche")]
pub async fn load_sheet(
    slug: String,
    langue: String,
    version: String,
) -> Result<SheetView, AppError> {
    let state = AppState::from_context()?;
    let cache = context::<Catalogues>()?;
    let language = Some(langue.as_str()).filter(|l| !l.is_empty());
    let reading = Reading {
        slug: &slug,
        language,
        variant: variant(&version),
        locale: request_locale(),
    };
    let town = (&state.public_url, &state.hooks);
    Ok(store::sheet(&state.db, &cache, reading, town, Utc::now()).await?)
}

/// The printed sheet: the sheet and the QR code of its page.
#[server(prefix = "/api/public", endpoint = "demarche/imprimer")]
pub async fn load_print(
    slug: String,
    langue: String,
    version: String,
) -> Result<(SheetView, String), AppError> {
    let sheet = load_sheet(slug, langue, version).await?;
    let qr = crate::components::qr::svg(&sheet.url, 120);
    Ok((sheet, qr))
}

/// `/agent/demarches`
/// `/agent/demarches`: `langue` lists the translation work in a language, `kind` the
/// sheets of a kind of request; `motif` opens the motif's sheet (from the desk).
#[server(prefix = "/api/agent", endpoint = "demarches")]
pub async fn load_staff_sheets(
    q: String,
    langue: String,
    kind: String,
    motif: String,
) -> Result<StaffSheetsView, AppError> {
    let identity = require_section(StaffSection::Procedures).await?;
    let state = AppState::from_context()?;
    let cache = context::<Catalogues>()?;
    let listing = listing(&q, &motif, &langue);
    if let Some(m) = listing.motif
        && let Some(slug) = store::only_sheet_of_motif(&state.db, &cache, m).await?
    {
        crate::components::url::redirect(&model::staff_sheet_path(&slug));
    }
    let me = Me::from_identity(identity).await?;
    let kind = RequestKind::parse(&kind);
    Ok(store::staff_sheets(&state.db, &cache, me, listing, kind, request_locale()).await?)
}

/// `/agent/demarches/<slug>`
#[server(prefix = "/api/agent", endpoint = "demarches/fiche")]
pub async fn load_staff_sheet(
    slug: String,
    langue: String,
    version: String,
) -> Result<StaffSheetView, AppError> {
    let identity = require_section(StaffSection::Procedures).await?;
    let state = AppState::from_context()?;
    let cache = context::<Catalogues>()?;
    let me = Me::from_identity(identity).await?;
    let language = Some(langue.as_str()).filter(|l| !l.is_empty());
    let reading = Reading {
        slug: &slug,
        language,
        variant: variant(&version),
        locale: request_locale(),
    };
    let town = (&state.public_url, &state.hooks);
    Ok(store::staff_sheet(&state.db, &cache, me, reading, town, Utc::now()).await?)
}

/// `/agent/demarches/<slug>/modifier`
#[server(prefix = "/api/agent", endpoint = "demarches/editeur")]
pub async fn load_editor(
    slug: String,
    langue: String,
    version: String,
) -> Result<EditorView, AppError> {
    let identity = require_section(StaffSection::Procedures).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity).await?;
    let language = if langue.is_empty() { "fr" } else { &langue };
    Ok(store::editor(
        &state.db,
        me,
        &slug,
        language,
        variant(&version),
        request_locale(),
    )
    .await?)
}

/// Saves a draft of a text or publishes it; back to the editor either way.
#[server(prefix = "/api/agent", endpoint = "demarches/texte")]
pub async fn save_text(#[server(flatten)] form: TextForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Procedures).await?;
    let state = AppState::from_context()?;
    let back = editor_path(&form.slug, &form.language, variant(&form.version));
    let saved = store::save_text(&state.db, &identity, &form, Utc::now()).await;
    let done = if form.action == TextForm::PUBLISH {
        "publie"
    } else {
        "enregistre"
    };
    back_to(&back, saved, done)
}

/// Changes a sheet's facts.
#[server(prefix = "/api/agent", endpoint = "demarches/faits")]
pub async fn save_facts(#[server(flatten)] form: FactsForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Procedures).await?;
    let state = AppState::from_context()?;
    let back = editor_path(&form.slug, "fr", Variant::Standard);
    let saved = store::save_facts(&state.db, &identity, &form, Utc::now()).await;
    back_to(&back, saved, "faits")
}

/// Records the proof-reading of a FALC text by a person concerned.
#[server(prefix = "/api/agent", endpoint = "demarches/relecture")]
pub async fn check_falc(#[server(flatten)] form: FalcCheckForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Procedures).await?;
    let state = AppState::from_context()?;
    let back = editor_path(&form.slug, &form.language, Variant::Falc);
    let saved = store::check_falc(&state.db, &identity, &form, Utc::now()).await;
    back_to(&back, saved, "relue")
}
