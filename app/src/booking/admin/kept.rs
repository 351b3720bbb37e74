//! An editor's values after a refused save: what the administrator typed, brought back in
//! the address (`?objet=<editor>&name=…`), shown again in place of the stored ones.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;

/// The query of a refused save, if it came from the editor `objet`.
#[derive(Clone, Default)]
pub struct Typed(Option<ParamsMap>);

impl Typed {
    /// Read once when the page is drawn: these pages do not change their address.
    pub fn of(objet: &str) -> Typed {
        let query = use_query_map().get_untracked();
        Typed((query.get("objet").as_deref() == Some(objet)).then_some(query))
    }

    /// The editor the refused save came from: open it, say why beside it.
    pub fn here(&self) -> bool {
        self.0.is_some()
    }

    /// What was typed in `name`, or else what is stored.
    pub fn text(&self, name: &str, stored: impl Into<String>) -> String {
        match &self.0 {
            Some(query) if query.get("erreur").as_deref() != Some(super::model::STALE) => {
                query.get(name).unwrap_or_default()
            }
            _ => stored.into(),
        }
    }

    /// Whether `name` was ticked, or else whether it is stored ticked.
    pub fn checked(&self, name: &str, stored: bool) -> bool {
        match &self.0 {
            Some(query) if query.get("erreur").as_deref() != Some(super::model::STALE) => {
                query.get(name).is_some_and(|v| !v.is_empty())
            }
            _ => stored,
        }
    }

    /// The Fluent id of why the save was refused, to show beside the editor.
    pub fn error(&self) -> Option<String> {
        self.0.as_ref().and_then(|q| q.get("erreur"))
    }
}
