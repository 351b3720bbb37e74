//! What the motif import shows and posts.

use serde::{Deserialize, Serialize};

/// `/agent/admin/motifs/import`: the form, and with `?texte=…` its preview.
pub const IMPORT_PAGE: &str = "/agent/admin/motifs/import";

/// One row of the file as read, with its problems (Fluent ids) if it has any.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportRow {
    /// The line of the file the row starts on (the header is line 1).
    pub line: usize,
    pub code: String,
    pub name: String,
    /// The service as typed, and the slug of the service it names when there is one.
    pub service: String,
    pub service_slug: String,
    pub duration: String,
    pub buffer: String,
    pub documents: Vec<String>,
    pub online: String,
    pub min_delay: String,
    pub max_delay: String,
    /// A motif with this code exists: the row updates it.
    pub update: bool,
    pub problems: Vec<String>,
}

/// A problem of the whole file: its Fluent id, and the column it names if any.
pub type FileProblem = (String, Option<String>);

/// A file read and checked.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub text: String,
    pub problems: Vec<FileProblem>,
    pub rows: Vec<ImportRow>,
    /// Every row reads without a problem: the confirm button is offered.
    pub valid: bool,
}

/// The text pasted on the page, posted to be saved once previewed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportForm {
    #[serde(rename = "texte")]
    pub text: String,
}
