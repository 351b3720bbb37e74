//! Motifs imported from a spreadsheet (`/agent/admin/motifs/import`): the CSV text pasted
//! in a form, previewed row by row with each row's problems, then saved all at once, or
//! nothing when any row is wrong.

pub mod csv;
pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;

use crate::booking::model::StaffData;
use crate::errors::AppError;
use leptos::prelude::*;
use model::{ImportForm, ImportPreview};

/// The preview of the text pasted, if any: a read, saves nothing.
#[server(prefix = "/api/agent", endpoint = "admin/motifs/import")]
pub async fn motif_import(
    texte: Option<String>,
) -> Result<StaffData<Option<ImportPreview>>, AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let preview = match texte.filter(|t| !t.trim().is_empty()) {
        Some(text) => Some(store::check(&state.db, &text).await?),
        None => None,
    };
    StaffData::new(identity, preview).await
}

/// Saves every row of the text, or none when any has a problem (back to the preview).
#[server(prefix = "/api/agent", endpoint = "admin/motifs/importer")]
pub async fn import_motifs(#[server(flatten)] form: ImportForm) -> Result<(), AppError> {
    use crate::booking::admin::model::{MOTIFS_PAGE, back_to};
    use crate::booking::admin::store::mistake;
    use crate::staff::StaffSection;
    use model::IMPORT_PAGE;
    let identity = crate::staff::session::require_section(StaffSection::Admin).await?;
    let state = crate::state::AppState::from_context()?;
    let back = match mistake(store::import(&state.db, &identity, &form.text).await)? {
        None => back_to(MOTIFS_PAGE, None),
        Some(error) => {
            let text: String = form_urlencoded::byte_serialize(form.text.as_bytes()).collect();
            format!("{}&texte={text}", back_to(IMPORT_PAGE, Some(error)))
        }
    };
    crate::components::url::redirect(&back);
    Ok(())
}
