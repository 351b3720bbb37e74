//! What the services page shows and posts.

use crate::booking::admin::model::Kept;
use serde::{Deserialize, Serialize};

/// `/agent/admin/services`
pub const SERVICES_PAGE: &str = "/agent/admin/services";

/// A service as its editor shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceSettings {
    pub slug: String,
    pub name: String,
    pub letter: String,
    pub experts: bool,
    pub position: i32,
    pub active: bool,
    pub version: i32,
    /// How many of its motifs are active (a service is retired once it has none).
    pub active_motifs: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServicesAdminView {
    pub services: Vec<ServiceSettings>,
}

/// A service's editor, or the new service's form (no version), as posted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceForm {
    pub slug: String,
    pub name: String,
    #[serde(rename = "lettre")]
    pub letter: String,
    #[serde(default, deserialize_with = "crate::forms::checked")]
    pub experts: bool,
    pub position: String,
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub version: Option<i32>,
}

impl ServiceForm {
    pub fn kept(&self) -> Kept {
        vec![
            ("slug", self.slug.clone()),
            ("name", self.name.clone()),
            ("lettre", self.letter.clone()),
            (
                "experts",
                if self.experts {
                    "on".into()
                } else {
                    String::new()
                },
            ),
            ("position", self.position.clone()),
        ]
    }
}
