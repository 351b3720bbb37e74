//! The town's own phrases: an administrator adds a phrase in French to one of the
//! phrasebook's situations, with a translation per language; each translation is "not
//! verified" until an agent who speaks that language approves it, and only verified ones
//! join the language panel (listed, searched, shown, read aloud, sent to the paired
//! screen), as `local-<id>`.

// A plain HTML form posts one field per server-function argument.
#![allow(clippy::too_many_arguments)]

#[cfg(feature = "ssr")]
pub mod store;
mod views;

pub use views::LocalPhrasesPage;

use crate::components::fields::Choice;
use crate::errors::AppError;
use crate::staff::Me;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const PATH: &str = "/agent/interpretation/phrases";
pub const ADD_URL: &str = "/api/agent/interpretation/phrases/ajouter";
pub const VERIFY_URL: &str = "/api/agent/interpretation/phrases/verifier";
pub const RETIRE_URL: &str = "/api/agent/interpretation/phrases/retirer";

/// Local phrases' ids on the panel: `local-12`.
pub const ID_PREFIX: &str = "local-";

/// The longest phrase, in French or translated: a sentence or two at a desk.
pub const MAX_CHARS: usize = 300;

pub fn panel_id(id: i32) -> String {
    format!("{ID_PREFIX}{id}")
}

/// The row id of a panel id (`local-12` → 12).
pub fn row_id(panel_id: &str) -> Option<i32> {
    panel_id.strip_prefix(ID_PREFIX)?.parse().ok()
}

/// Why a new phrase was refused: a message id.
pub fn check(french: &str, translations: &[(&str, &str)]) -> Result<(), &'static str> {
    let french = french.trim();
    if french.is_empty() {
        return Err("local-phrases-error-french");
    }
    if french.chars().count() > MAX_CHARS
        || translations
            .iter()
            .any(|(_, t)| t.trim().chars().count() > MAX_CHARS)
    {
        return Err("local-phrases-error-long");
    }
    Ok(())
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TranslationRow {
    pub lang: String,
    pub language: String,
    pub rtl: bool,
    pub text: String,
    pub verified_by: Option<String>,
    /// The signed-in agent speaks the language and may approve it.
    pub can_verify: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalPhraseRow {
    pub id: i32,
    pub situation: String,
    pub french: String,
    pub translations: Vec<TranslationRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalPhrasesView {
    pub me: Me,
    /// Administrators add and retire phrases.
    pub can_add: bool,
    pub situations: Vec<Choice>,
    /// The languages a phrase is translated into: (code, name, rtl).
    pub languages: Vec<(String, String, bool)>,
    pub phrases: Vec<LocalPhraseRow>,
}

#[server(prefix = "/api/agent", endpoint = "interpretation/phrases")]
pub async fn load_local_phrases() -> Result<LocalPhrasesView, AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Interpretation).await?;
    let state = crate::state::AppState::from_context()?;
    let locale = crate::i18n::request_locale();
    let (agent_id, role) = (identity.agent_id, identity.role);
    let me = Me::from_identity(identity)?;
    Ok(store::view(&state.db, locale, agent_id, role, me).await?)
}

/// A new phrase with its translations (empty ones left out), all saved or none.
#[server(prefix = "/api/agent", endpoint = "interpretation/phrases/ajouter")]
pub async fn add_local_phrase(
    situation: String,
    francais: String,
    en: String,
    ar: String,
    fa: String,
    es: String,
    pt: String,
    tr: String,
    ro: String,
    ru: String,
    uk: String,
    zh: String,
) -> Result<(), AppError> {
    use crate::staff::roles::Role;
    let identity = crate::staff::session::require_role(&[Role::Admin]).await?;
    let state = crate::state::AppState::from_context()?;
    let translations = [
        ("en", en.as_str()),
        ("ar", ar.as_str()),
        ("fa", fa.as_str()),
        ("es", es.as_str()),
        ("pt", pt.as_str()),
        ("tr", tr.as_str()),
        ("ro", ro.as_str()),
        ("ru", ru.as_str()),
        ("uk", uk.as_str()),
        ("zh", zh.as_str()),
    ];
    let back = match store::add(
        &state.db,
        &identity,
        &situation,
        &francais,
        &translations,
        chrono::Utc::now(),
    )
    .await?
    {
        Ok(()) => format!("{PATH}?enregistre=1"),
        Err(message) => format!("{PATH}?erreur={message}"),
    };
    leptos_axum::redirect(&back);
    Ok(())
}

/// An agent who speaks `langue` approves phrase `phrase`'s translation into it.
#[server(prefix = "/api/agent", endpoint = "interpretation/phrases/verifier")]
pub async fn verify_translation(phrase: i32, langue: String) -> Result<(), AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Interpretation).await?;
    let state = crate::state::AppState::from_context()?;
    let back =
        match store::verify(&state.db, &identity, phrase, &langue, chrono::Utc::now()).await? {
            Ok(()) => format!("{PATH}?verifie=1"),
            Err(message) => format!("{PATH}?erreur={message}"),
        };
    leptos_axum::redirect(&back);
    Ok(())
}

/// An administrator takes a phrase out of the panel.
#[server(prefix = "/api/agent", endpoint = "interpretation/phrases/retirer")]
pub async fn retire_local_phrase(phrase: i32) -> Result<(), AppError> {
    use crate::staff::roles::Role;
    let identity = crate::staff::session::require_role(&[Role::Admin]).await?;
    let state = crate::state::AppState::from_context()?;
    store::retire(&state.db, &identity, phrase).await?;
    leptos_axum::redirect(PATH);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panel_ids_name_the_row() {
        assert_eq!(panel_id(12), "local-12");
        assert_eq!(row_id("local-12"), Some(12));
        assert_eq!(row_id("phrase-welcome-hello"), None);
        assert_eq!(row_id("local-x"), None);
    }

    #[test]
    fn a_phrase_needs_french_and_stays_short() {
        assert_eq!(check("  ", &[]), Err("local-phrases-error-french"));
        assert_eq!(
            check("Le marché est fermé le lundi.", &[("uk", "")]),
            Ok(())
        );
        let long = "a".repeat(MAX_CHARS + 1);
        assert_eq!(check(&long, &[]), Err("local-phrases-error-long"));
        assert_eq!(
            check("Bonjour", &[("ar", &long)]),
            Err("local-phrases-error-long")
        );
        assert_eq!(
            check(&"é".repeat(MAX_CHARS), &[]),
            Ok(()),
            "characters, not bytes"
        );
    }
}
