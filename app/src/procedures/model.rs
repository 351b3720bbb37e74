//! What the procedure sheets' pages show and what their forms post; the sheet's typed parts
//! themselves ([`SheetText`]), stored as JSON and written as TOML for the demo town.

use crate::calendar::today::SiteToday;
use crate::i18n::money::Euros;
use crate::staff::Me;
use serde::{Deserialize, Serialize};

/// The residents' sheets.
pub const PUBLIC_PATH: &str = "/demarches";
/// The staff's sheets: the same, with local notes, versions and the editor.
pub const STAFF_PATH: &str = "/agent/demarches";
pub const MAX_TEXT: usize = 4_000;
pub const MAX_ITEMS: usize = 30;
pub const MAX_QUERY: usize = 200;
/// Results shown for a search.
pub const HITS_SHOWN: usize = 20;

pub fn sheet_path(slug: &str) -> String {
    format!("{PUBLIC_PATH}/{slug}")
}

pub fn staff_sheet_path(slug: &str) -> String {
    format!("{STAFF_PATH}/{slug}")
}

/// A sheet in the reader's choice of language and version, as a query string.
pub fn reading_query(language: &str, variant: Variant) -> String {
    match variant {
        Variant::Standard => format!("?langue={language}"),
        Variant::Falc => format!("?langue={language}&version=falc"),
    }
}

/// The full sheet, or its easy-to-read one (FALC: facile à lire et à comprendre).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Variant {
    Standard,
    Falc,
}

impl Variant {
    pub const ALL: [Variant; 2] = [Variant::Standard, Variant::Falc];

    pub const fn as_str(self) -> &'static str {
        match self {
            Variant::Standard => "standard",
            Variant::Falc => "falc",
        }
    }

    pub fn parse(s: &str) -> Option<Variant> {
        Variant::ALL.into_iter().find(|v| v.as_str() == s)
    }

    pub const fn message_id(self) -> &'static str {
        match self {
            Variant::Standard => "procedures-variant-standard",
            Variant::Falc => "procedures-variant-falc",
        }
    }
}

/// Whether the town hall sees people for it by appointment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Appointment {
    Required,
    Recommended,
    None,
}

impl Appointment {
    pub const ALL: [Appointment; 3] = [
        Appointment::Required,
        Appointment::Recommended,
        Appointment::None,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Appointment::Required => "required",
            Appointment::Recommended => "recommended",
            Appointment::None => "none",
        }
    }

    pub fn parse(s: &str) -> Option<Appointment> {
        Appointment::ALL.into_iter().find(|v| v.as_str() == s)
    }

    pub const fn message_id(self) -> &'static str {
        match self {
            Appointment::Required => "procedures-appointment-required",
            Appointment::Recommended => "procedures-appointment-recommended",
            Appointment::None => "procedures-appointment-none",
        }
    }
}

/// How much an edit of the French changes the meaning: a medium one makes the
/// translations "to update", a major one also warns their readers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EditLevel {
    Minor,
    Medium,
    Major,
}

impl EditLevel {
    pub const ALL: [EditLevel; 3] = [EditLevel::Minor, EditLevel::Medium, EditLevel::Major];

    pub const fn as_str(self) -> &'static str {
        match self {
            EditLevel::Minor => "minor",
            EditLevel::Medium => "medium",
            EditLevel::Major => "major",
        }
    }

    pub fn parse(s: &str) -> Option<EditLevel> {
        EditLevel::ALL.into_iter().find(|v| v.as_str() == s)
    }

    pub const fn message_id(self) -> &'static str {
        match self {
            EditLevel::Minor => "procedures-edit-minor",
            EditLevel::Medium => "procedures-edit-medium",
            EditLevel::Major => "procedures-edit-major",
        }
    }
}

/// "Si vous êtes…": one case and what it changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    pub case: String,
    pub text: String,
}

/// A document to bring, and when it is needed (always, when there is no condition).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentToBring {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
}

/// What it costs in one case; a free procedure has one line at 0.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CostLine {
    #[serde(with = "cents")]
    pub cents: Euros,
    pub condition: String,
}

/// How long it takes, in days (0 and 0: on the spot), and what that means.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delay {
    pub min_days: u16,
    pub max_days: u16,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NoteKind {
    /// "À savoir".
    Know,
    /// "Attention".
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub kind: NoteKind,
    pub text: String,
}

/// One version (full or FALC) of a sheet in one language: every part a resident reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetText {
    pub title: String,
    pub summary: String,
    /// Who it is for.
    pub audience: String,
    /// Other words people type for it (abbreviations, everyday names).
    #[serde(default)]
    pub keywords: Vec<String>,
    /// What can be done online, or that nothing can.
    pub online: String,
    pub steps: Vec<String>,
    pub delay: Delay,
    pub situations: Vec<Situation>,
    pub documents: Vec<DocumentToBring>,
    pub costs: Vec<CostLine>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// The parts a translation must have like the French it translates: the number of
/// situations, documents, notes and steps, the amounts and the days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shape {
    pub situations: usize,
    pub documents: usize,
    pub notes: usize,
    pub steps: usize,
    pub costs: Vec<Euros>,
    pub days: (u16, u16),
}

impl SheetText {
    pub fn shape(&self) -> Shape {
        Shape {
            situations: self.situations.len(),
            documents: self.documents.len(),
            notes: self.notes.len(),
            steps: self.steps.len(),
            costs: self.costs.iter().map(|c| c.cents).collect(),
            days: (self.delay.min_days, self.delay.max_days),
        }
    }

    /// The parts that are missing or empty, by their Fluent id, for the editor and the
    /// demo's checks.
    pub fn missing_parts(&self) -> Vec<&'static str> {
        let blank = |s: &str| s.trim().is_empty();
        let mut missing = Vec::new();
        for (empty, id) in [
            (blank(&self.title), "procedures-part-title"),
            (blank(&self.summary), "procedures-part-summary"),
            (blank(&self.audience), "procedures-part-audience"),
            (blank(&self.online), "procedures-part-online"),
            (
                self.steps.is_empty() || self.steps.iter().any(|s| blank(s)),
                "procedures-part-steps",
            ),
            (blank(&self.delay.text), "procedures-part-delay"),
            (
                self.situations.is_empty()
                    || self
                        .situations
                        .iter()
                        .any(|s| blank(&s.case) || blank(&s.text)),
                "procedures-part-situations",
            ),
            (
                self.documents.is_empty() || self.documents.iter().any(|d| blank(&d.name)),
                "procedures-part-documents",
            ),
            (
                self.costs.is_empty() || self.costs.iter().any(|c| blank(&c.condition)),
                "procedures-part-costs",
            ),
            (
                self.notes.iter().any(|n| blank(&n.text)),
                "procedures-part-notes",
            ),
        ] {
            if empty {
                missing.push(id);
            }
        }
        missing
    }

    /// All the text a reader hears when the sheet is read aloud, in reading order.
    pub fn read_aloud(&self) -> String {
        let mut parts = vec![
            self.title.clone(),
            self.summary.clone(),
            self.audience.clone(),
        ];
        parts.extend(
            self.situations
                .iter()
                .map(|s| format!("{}. {}", s.case, s.text)),
        );
        parts.extend(self.steps.iter().cloned());
        parts.extend(self.documents.iter().map(|d| match &d.condition {
            Some(c) => format!("{}. {}", d.name, c),
            None => d.name.clone(),
        }));
        parts.extend(self.costs.iter().map(|c| c.condition.clone()));
        parts.push(self.delay.text.clone());
        parts.push(self.online.clone());
        parts.extend(self.notes.iter().map(|n| n.text.clone()));
        parts.join("\n")
    }
}

/// Amounts are written as whole cents in the stored JSON and in the demo's TOML.
mod cents {
    use crate::i18n::money::Euros;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(e: &Euros, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(e.cents())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Euros, D::Error> {
        let cents = i64::deserialize(d)?;
        if cents < 0 {
            return Err(serde::de::Error::custom("a cost is not negative"));
        }
        Ok(Euros::from_cents(cents))
    }
}

/// A law or decree the procedure rests on (shown as written: legal texts are French).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Where a translation stands against the French it was made from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TranslationState {
    UpToDate,
    /// A medium edit of the French came after it: translators have work.
    ToUpdate,
    /// A major edit came after it: readers are warned too.
    OutOfDate,
}

impl TranslationState {
    pub const fn message_id(self) -> &'static str {
        match self {
            TranslationState::UpToDate => "procedures-translation-up-to-date",
            TranslationState::ToUpdate => "procedures-translation-to-update",
            TranslationState::OutOfDate => "procedures-translation-out-of-date",
        }
    }
}

/// A sheet as a reader sees it: one language, one version, with its facts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SheetView {
    pub slug: String,
    pub service: String,
    /// The language of the text shown, which is French when the reader's has none.
    pub language: String,
    pub variant: Variant,
    pub text: SheetText,
    /// The languages that have this version published (French first).
    pub languages: Vec<String>,
    /// Whether the other version (full or FALC) exists in this language.
    pub other_variant: bool,
    /// The reader asked for a language this sheet has not been translated into.
    pub not_translated: bool,
    pub state: TranslationState,
    pub appointment: Appointment,
    /// The motif to book (its slug), when booking is how it is done.
    pub motif: Option<String>,
    /// Where to go: the town's sites, their hours and today's.
    pub places: Vec<SiteToday>,
    pub online_url: Option<String>,
    pub legal: Vec<Reference>,
    pub sources: Vec<Reference>,
    pub reviewed: String,
    /// The FALC version's check by a person concerned: who and when.
    pub falc_checked: Option<(String, String)>,
    /// The version's number and when it was published.
    pub version: i32,
    pub published: String,
    /// The address of this page, for the printed QR code.
    pub url: String,
}

/// One result of a search.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub service: String,
    /// The language of the title shown.
    pub language: String,
}

/// `/demarches`: the sheets by service, or the results of a search.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SheetsView {
    pub query: String,
    /// The language the titles are read in (the links keep it).
    pub language: String,
    pub hits: Vec<Hit>,
    /// Without a query: every sheet, grouped by service (service name, sheets).
    pub groups: Vec<(String, Vec<Hit>)>,
}

/// A sheet in the staff's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffRow {
    pub slug: String,
    pub title: String,
    pub service: String,
    pub reviewed: String,
    pub owner: Option<String>,
    /// The FALC version is published and checked by a person concerned.
    pub falc_checked: bool,
    /// A draft waits to be published.
    pub drafts: usize,
    /// Languages whose translation lacks or lags behind (to translate or to update).
    pub to_translate: usize,
}

/// One piece of translation work: a sheet's version in a language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TranslationTask {
    pub slug: String,
    pub title: String,
    pub variant: Variant,
    /// `None`: never translated.
    pub state: Option<TranslationState>,
}

/// `/agent/demarches`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffSheetsView {
    pub me: Me,
    pub query: String,
    pub rows: Vec<StaffRow>,
    /// `/agent/demarches?langue=xx`: what needs translating into that language.
    pub language: Option<String>,
    pub tasks: Vec<TranslationTask>,
    /// `/agent/demarches?type=…`: the sheets that answer this kind of written request.
    pub kind: Option<crate::statuses::RequestKind>,
    pub can_edit: bool,
}

/// One saved version of one text of a sheet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VersionRow {
    pub language: String,
    pub variant: Variant,
    pub version: i32,
    pub published: bool,
    pub level: Option<EditLevel>,
    pub author: Option<String>,
    pub at: String,
    pub falc_checked: Option<(String, String)>,
}

/// `/agent/demarches/<slug>`: the sheet as residents read it, and what only staff see.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffSheetView {
    pub me: Me,
    pub sheet: SheetView,
    pub staff_notes: String,
    pub owner: Option<String>,
    pub versions: Vec<VersionRow>,
    /// Per language: the state of the full and the FALC translations (None: none yet).
    pub translations: Vec<(String, Option<TranslationState>, Option<TranslationState>)>,
    pub can_edit: bool,
}

/// The editor of one text of a sheet (`/agent/demarches/<slug>/modifier`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EditorView {
    pub me: Me,
    pub slug: String,
    pub language: String,
    pub variant: Variant,
    /// The latest saved text (draft or published), as the form's lines.
    pub form: TextForm,
    /// The French text beside a translation, for the translator.
    pub french: Option<SheetText>,
    /// Advice on reading ease for the text being edited (French only).
    pub advice: Vec<Advice>,
    pub draft: bool,
    /// The facts of the sheet (French editor only).
    pub facts: Option<FactsForm>,
    pub motifs: Vec<crate::components::fields::Choice>,
    pub agents: Vec<crate::components::fields::Choice>,
    pub falc_checked: Option<(String, String)>,
}

/// A piece of advice from the readability check, with what it is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Advice {
    /// Fluent id: long sentence, rare word, abbreviation.
    pub id: String,
    pub subject: String,
}

/// The text of one version, as the editor's fields: one item a line, a condition or a
/// text after " | ".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextForm {
    #[serde(default, rename = "fiche")]
    pub slug: String,
    #[serde(default, rename = "langue")]
    pub language: String,
    #[serde(default)]
    pub version: String,
    #[serde(default, rename = "titre")]
    pub title: String,
    #[serde(default, rename = "resume")]
    pub summary: String,
    #[serde(default, rename = "public")]
    pub audience: String,
    #[serde(default, rename = "mots_cles")]
    pub keywords: String,
    #[serde(default, rename = "en_ligne")]
    pub online: String,
    #[serde(default, rename = "etapes")]
    pub steps: String,
    #[serde(
        default,
        rename = "delai_min",
        deserialize_with = "crate::forms::number"
    )]
    pub min_days: i32,
    #[serde(
        default,
        rename = "delai_max",
        deserialize_with = "crate::forms::number"
    )]
    pub max_days: i32,
    #[serde(default, rename = "delai")]
    pub delay: String,
    #[serde(default)]
    pub situations: String,
    #[serde(default)]
    pub documents: String,
    #[serde(default, rename = "couts")]
    pub costs: String,
    #[serde(default, rename = "encadres")]
    pub notes: String,
    /// For a French edit: minor, medium or major.
    #[serde(default, rename = "portee")]
    pub level: String,
    /// `publier` publishes; otherwise a draft is saved.
    #[serde(default, rename = "action")]
    pub action: String,
}

impl TextForm {
    pub const PUBLISH: &'static str = "publier";
    pub const DRAFT: &'static str = "brouillon";
}

/// The sheet's facts that do not depend on the language (French editor).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactsForm {
    #[serde(default, rename = "fiche")]
    pub slug: String,
    #[serde(default)]
    pub motif: String,
    #[serde(default, rename = "rendez_vous")]
    pub appointment: String,
    #[serde(default, rename = "en_ligne")]
    pub online_url: String,
    /// One reference a line: label, then " | " and its address if any.
    #[serde(default, rename = "textes")]
    pub legal: String,
    #[serde(default)]
    pub sources: String,
    #[serde(default, rename = "relue_le")]
    pub reviewed: String,
    #[serde(
        default,
        rename = "responsable",
        deserialize_with = "crate::forms::optional_number"
    )]
    pub owner: Option<i32>,
    #[serde(default, rename = "notes")]
    pub staff_notes: String,
}

/// "Checked by a person concerned": the FALC version's proof-reading.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FalcCheckForm {
    #[serde(default, rename = "fiche")]
    pub slug: String,
    #[serde(default, rename = "langue")]
    pub language: String,
    #[serde(default, rename = "relecteur")]
    pub checked_by: String,
    #[serde(default, rename = "date")]
    pub checked_on: String,
}
