//! What the agents' administration pages show and post, their addresses, and the words of
//! an import's problems.

use crate::components::fields::Choice;
use crate::i18n::{Locale, languages};
use crate::staff::{Me, Role};
use serde::{Deserialize, Serialize};

/// `/agent/admin/agents`: every agent, and the form that creates one.
pub const AGENTS_PAGE: &str = "/agent/admin/agents";
/// `/agent/admin/agents/import`: agents from a spreadsheet, previewed before saving.
pub const IMPORT_PAGE: &str = "/agent/admin/agents/import";

/// `/agent/admin/agents/<id>`: one agent's editor.
pub fn agent_page(id: i32) -> String {
    format!("{AGENTS_PAGE}/{id}")
}

/// The longest display name: it must fit on a login tile.
pub const MAX_NAME: usize = 100;
/// The most rows one import takes: the preview travels in the page's address.
pub const MAX_IMPORT_ROWS: usize = 500;

/// The query parameters a form goes back with, so that what was typed stays.
pub mod query {
    pub const ERROR: &str = "erreur";
    pub const SAVED: &str = "enregistre";
    pub const NAME: &str = "nom";
    pub const ROLE: &str = "role";
    pub const SERVICES: &str = "services";
    pub const LANGUAGES: &str = "langues";
    pub const CSV: &str = "csv";
    pub const IMPORTED: &str = "importes";
}

/// Back to `page` after a form: saved, or the Fluent id of what went wrong with the typed
/// values (never a PIN) so the form shows them again.
pub fn back_to(page: &str, error: Option<&str>, typed: Option<&AgentForm>) -> String {
    use crate::components::url::escape;
    let join = if page.contains('?') { '&' } else { '?' };
    let Some(error) = error else {
        return format!("{page}{join}{}=1", query::SAVED);
    };
    let mut to = format!("{page}{join}{}={error}", query::ERROR);
    if let Some(form) = typed {
        let pairs = [
            (query::NAME, form.name.clone()),
            (query::ROLE, form.role.clone()),
            (query::SERVICES, form.services.join(",")),
            (query::LANGUAGES, form.languages.join(",")),
        ];
        for (key, value) in pairs {
            to.push_str(&format!("&{key}={}", escape(&value)));
        }
    }
    to
}

/// An agent as the list shows them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgentRow {
    pub id: i32,
    pub name: String,
    pub role: Role,
    pub active: bool,
    /// Paris wall-clock `YYYY-MM-DD HH:MM` while locked out after wrong PINs.
    pub locked_until: Option<String>,
    /// Imported agents have none until an administrator sets one: they cannot sign in.
    pub has_pin: bool,
    /// Names of the services whose motifs they handle.
    pub services: Vec<String>,
    /// BCP 47 tags of the languages they speak.
    pub languages: Vec<String>,
}

/// One agent in their editor: the list's row, with what the form needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgentDetails {
    pub row: AgentRow,
    /// Slugs of the services ticked.
    pub service_slugs: Vec<String>,
    pub failed_attempts: i32,
}

/// The list page: the agents, and the choices of the creation form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgentsView {
    pub me: Me,
    pub agents: Vec<AgentRow>,
    /// Services by slug, with their names in the page's language.
    pub services: Vec<Choice>,
}

/// One agent's editor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgentView {
    pub me: Me,
    pub agent: AgentDetails,
    pub services: Vec<Choice>,
}

/// The import page: the services to name, and the preview of what was pasted, if anything.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportView {
    pub me: Me,
    pub services: Vec<ServiceName>,
    pub preview: Option<ImportPreview>,
}

/// A service as an import may name it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceName {
    pub slug: String,
    pub name: String,
}

/// What an import would do: each row with its problems, and the file's own problems.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub file_problems: Vec<Problem>,
    pub rows: Vec<PreviewRow>,
}

impl ImportPreview {
    /// Saved only when this holds: at least one row, and not one problem anywhere.
    pub fn is_valid(&self) -> bool {
        self.file_problems.is_empty()
            && !self.rows.is_empty()
            && self.rows.iter().all(|r| r.problems.is_empty())
    }

    /// Rows that have at least one problem.
    pub fn rows_with_problems(&self) -> usize {
        self.rows.iter().filter(|r| !r.problems.is_empty()).count()
    }
}

/// One row of the file as the preview shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreviewRow {
    /// The line of the file the row starts on (the header is line 1).
    pub line: usize,
    pub name: String,
    pub role: Option<Role>,
    /// Names of the services found.
    pub services: Vec<String>,
    pub languages: Vec<String>,
    pub problems: Vec<Problem>,
}

/// A problem of an imported file or row, said in words by [`Problem::message_id`] with
/// [`Problem::args`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// Nothing at all was pasted.
    Empty,
    /// A column the header needs is missing (its French header).
    MissingColumn(String),
    /// A header the import does not know.
    UnknownColumn(String),
    /// A header given twice.
    DuplicateColumn(String),
    /// A header and no agent.
    NoRows,
    TooManyRows,
    /// A quoted cell that never ends, opened on this line.
    UnclosedQuote(usize),
    /// A row with another number of cells than the header.
    Columns {
        found: usize,
        expected: usize,
    },
    EmptyName,
    NameTooLong,
    /// The same name as the row on that line.
    DuplicateInFile(usize),
    /// An agent of that name exists already (active or not).
    NameExists,
    EmptyRole,
    UnknownRole(String),
    UnknownService(String),
    UnknownLanguage(String),
}

impl Problem {
    pub fn message_id(&self) -> &'static str {
        match self {
            Problem::Empty => "agents-import-empty",
            Problem::MissingColumn(_) => "agents-import-missing-column",
            Problem::UnknownColumn(_) => "agents-import-unknown-column",
            Problem::DuplicateColumn(_) => "agents-import-duplicate-column",
            Problem::NoRows => "agents-import-no-rows",
            Problem::TooManyRows => "agents-import-too-many-rows",
            Problem::UnclosedQuote(_) => "agents-import-unclosed-quote",
            Problem::Columns { .. } => "agents-import-columns",
            Problem::EmptyName => "agents-import-empty-name",
            Problem::NameTooLong => "agents-import-name-too-long",
            Problem::DuplicateInFile(_) => "agents-import-duplicate-name",
            Problem::NameExists => "agents-import-name-exists",
            Problem::EmptyRole => "agents-import-empty-role",
            Problem::UnknownRole(_) => "agents-import-unknown-role",
            Problem::UnknownService(_) => "agents-import-unknown-service",
            Problem::UnknownLanguage(_) => "agents-import-unknown-language",
        }
    }

    /// The message's variables: `value` (a text from the file), `line`, `found`,
    /// `expected`, `max`.
    pub fn args(&self) -> Vec<(&'static str, ProblemArg)> {
        use ProblemArg::{Number, Text};
        match self {
            Problem::MissingColumn(v)
            | Problem::UnknownColumn(v)
            | Problem::DuplicateColumn(v)
            | Problem::UnknownRole(v)
            | Problem::UnknownService(v)
            | Problem::UnknownLanguage(v) => vec![("value", Text(v.clone()))],
            Problem::UnclosedQuote(line) | Problem::DuplicateInFile(line) => {
                vec![("line", Number(*line))]
            }
            Problem::Columns { found, expected } => {
                vec![("found", Number(*found)), ("expected", Number(*expected))]
            }
            Problem::TooManyRows => vec![("max", Number(MAX_IMPORT_ROWS))],
            Problem::NameTooLong => vec![("max", Number(MAX_NAME))],
            Problem::Empty
            | Problem::NoRows
            | Problem::EmptyName
            | Problem::NameExists
            | Problem::EmptyRole => Vec::new(),
        }
    }
}

impl Problem {
    /// [`Problem::args`] as Fluent takes them.
    pub fn fluent_args(&self) -> crate::i18n::Args {
        self.args()
            .into_iter()
            .map(|(name, value)| {
                let value = match value {
                    ProblemArg::Text(text) => text.into(),
                    ProblemArg::Number(n) => n.into(),
                };
                (std::borrow::Cow::Borrowed(name), value)
            })
            .collect()
    }
}

/// A variable of a problem's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemArg {
    Text(String),
    Number(usize),
}

/// The creation and edition form of an agent. `agent` is empty for a new one. The PIN is
/// optional here (an agent may get one later); when typed, it is typed twice.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AgentForm {
    #[serde(default, deserialize_with = "crate::forms::optional_number")]
    pub agent: Option<i32>,
    #[serde(rename = "nom")]
    pub name: String,
    pub role: String,
    /// Slugs of the services ticked (`services[]`).
    #[serde(default)]
    pub services: Vec<String>,
    /// Tags of the languages ticked (`langues[]`).
    #[serde(default, rename = "langues")]
    pub languages: Vec<String>,
    #[serde(default)]
    pub pin: String,
    #[serde(default)]
    pub confirmation: String,
}

/// Setting or resetting an agent's PIN: typed twice.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PinForm {
    #[serde(deserialize_with = "crate::forms::number")]
    pub agent: i32,
    pub pin: String,
    pub confirmation: String,
}

/// A button about one agent (deactivate, reactivate, unlock).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AgentAction {
    #[serde(deserialize_with = "crate::forms::number")]
    pub agent: i32,
}

/// The file pasted for an import, as confirmed after its preview.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportForm {
    pub csv: String,
}

/// Languages an agent may speak, French first, each named in its own language (French
/// Sign Language is named by the page: `None`).
pub fn language_choices() -> Vec<(&'static str, Option<&'static str>)> {
    std::iter::once((Locale::Fr.code(), Some(Locale::Fr.native_name())))
        .chain(
            languages::interpreter_choices()
                .into_iter()
                .map(|(tag, name)| (tag, Some(name))),
        )
        .chain(std::iter::once((languages::SIGN_LANGUAGE, None)))
        .collect()
}

/// Whether an agent may be said to speak `tag`.
pub fn is_known_language(tag: &str) -> bool {
    language_choices().iter().any(|(t, _)| *t == tag)
}

/// Names compared as people read them: case, spaces around and between words ignored.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A display name as stored: spaces around and doubled between words removed.
pub fn clean_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_go_back_with_what_was_typed_but_never_the_pin() {
        assert_eq!(
            back_to(AGENTS_PAGE, None, None),
            "/agent/admin/agents?enregistre=1"
        );
        let form = AgentForm {
            name: "Zoé N'Diaye".into(),
            role: "counsellor".into(),
            services: vec!["etat-civil".into(), "urbanisme".into()],
            languages: vec!["fr".into()],
            pin: "2468".into(),
            confirmation: "2468".into(),
            ..Default::default()
        };
        let to = back_to(&agent_page(4), Some("admin-error-agent-name"), Some(&form));
        assert_eq!(
            to,
            "/agent/admin/agents/4?erreur=admin-error-agent-name&nom=Zo%C3%A9%20N%27Diaye\
             &role=counsellor&services=etat-civil%2Curbanisme&langues=fr"
        );
        assert!(!to.contains("2468"));
    }

    #[test]
    fn names_compare_without_case_or_extra_spaces() {
        assert_eq!(name_key("  Camille   MARTIN "), name_key("camille martin"));
        assert_eq!(clean_name("  Camille   Martin "), "Camille Martin");
    }

    #[test]
    fn french_comes_first_among_languages_and_sign_language_is_there() {
        let choices = language_choices();
        assert_eq!(choices[0].0, "fr");
        assert!(is_known_language("uk") && is_known_language("fsl"));
        assert!(!is_known_language("xx"));
    }

    #[test]
    fn the_preview_is_valid_only_without_any_problem() {
        let row = |problems| PreviewRow {
            line: 2,
            name: "A".into(),
            role: Some(Role::Counsellor),
            services: vec![],
            languages: vec![],
            problems,
        };
        assert!(!ImportPreview::default().is_valid());
        let good = ImportPreview {
            file_problems: vec![],
            rows: vec![row(vec![])],
        };
        assert!(good.is_valid());
        let bad = ImportPreview {
            file_problems: vec![],
            rows: vec![row(vec![]), row(vec![Problem::EmptyRole])],
        };
        assert!(!bad.is_valid());
        assert_eq!(bad.rows_with_problems(), 1);
    }

    #[test]
    fn every_problem_is_said_in_french() {
        use crate::i18n::text_with;
        let all = [
            Problem::Empty,
            Problem::MissingColumn("nom".into()),
            Problem::UnknownColumn("x".into()),
            Problem::DuplicateColumn("nom".into()),
            Problem::NoRows,
            Problem::TooManyRows,
            Problem::UnclosedQuote(2),
            Problem::Columns {
                found: 3,
                expected: 4,
            },
            Problem::EmptyName,
            Problem::NameTooLong,
            Problem::DuplicateInFile(2),
            Problem::NameExists,
            Problem::EmptyRole,
            Problem::UnknownRole("Maire".into()),
            Problem::UnknownService("Piscine".into()),
            Problem::UnknownLanguage("xx".into()),
        ];
        for problem in all {
            let id = problem.message_id();
            let said = text_with(Locale::Fr, id, &problem.fluent_args());
            assert!(!said.contains(id), "no French text for {id}: {said}");
            for (_, value) in problem.args() {
                let value = match value {
                    ProblemArg::Text(text) => text,
                    ProblemArg::Number(n) => n.to_string(),
                };
                assert!(said.contains(&value), "{id} says {value}: {said}");
            }
        }
    }
}
