//! Agents from a spreadsheet, the way town halls keep them: a header row, then one agent a
//! row, cells separated by `;` (the French spreadsheets' CSV), UTF-8 with or without its
//! byte order mark. Cells copied straight from a spreadsheet (tab-separated) read too.
//! Pure: the store gives the catalogue (roles, services, names taken) and saves the rows
//! only when every one is right.
//!
//! ```text
//! nom;rôle;compétences;langues
//! Camille Martin;Conseiller;etat-civil, Urbanisme;fr, en
//! ```
//!
//! Hand-written rather than the `csv` crate: the format is this small subset (one separator,
//! `"` quoting with `""` inside), the problems must name the file's lines, which the parser
//! tracks as it goes, and it adds no dependency to the build.

use super::model::{
    ImportPreview, MAX_IMPORT_ROWS, MAX_NAME, PreviewRow, Problem, clean_name, is_known_language,
    name_key,
};
use crate::staff::Role;
use std::collections::HashMap;

/// What an import checks the file against.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    /// Every accepted way to write each role (the stored names, the names pages show),
    /// compared by [`fold`].
    pub roles: Vec<(String, Role)>,
    pub services: Vec<ServiceEntry>,
    /// Names of the agents who exist already, active or not.
    pub existing_names: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct ServiceEntry {
    pub id: i32,
    pub slug: String,
    /// The name as stored (French), accepted in the file.
    pub name: String,
    /// The name in the page's language, shown in the preview and accepted in the file.
    pub shown: String,
}

/// An agent to create, from a row with no problem.
#[derive(Clone, Debug, PartialEq)]
pub struct NewAgent {
    pub name: String,
    pub role: Role,
    pub service_ids: Vec<i32>,
    pub languages: Vec<String>,
}

/// The preview, and the agents of its rows without problems (all of them when
/// [`ImportPreview::is_valid`]).
#[derive(Clone, Debug, Default)]
pub struct Parsed {
    pub preview: ImportPreview,
    pub agents: Vec<NewAgent>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Name,
    Role,
    Skills,
    Languages,
}

impl Column {
    const ALL: [Column; 4] = [
        Column::Name,
        Column::Role,
        Column::Skills,
        Column::Languages,
    ];

    /// The header the page documents.
    fn header(self) -> &'static str {
        match self {
            Column::Name => "nom",
            Column::Role => "rôle",
            Column::Skills => "compétences",
            Column::Languages => "langues",
        }
    }

    /// Headers read as this column, folded: the French ones, a few synonyms, English.
    fn accepts(self, folded: &str) -> bool {
        let names: &[&str] = match self {
            Column::Name => &["nom", "name", "nom affiche"],
            Column::Role => &["role"],
            Column::Skills => &["competences", "competence", "services", "skills"],
            Column::Languages => &["langues", "langue", "languages"],
        };
        names.contains(&folded)
    }

    fn required(self) -> bool {
        matches!(self, Column::Name | Column::Role)
    }
}

/// Lower case without French accents, spaces trimmed and single: how headers, roles and
/// service names are compared ("Rôle" = "role", "État civil" = "etat civil").
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
    {
        for lower in c.to_lowercase() {
            match lower {
                'à' | 'â' | 'ä' | 'á' => out.push('a'),
                'é' | 'è' | 'ê' | 'ë' => out.push('e'),
                'î' | 'ï' | 'í' => out.push('i'),
                'ô' | 'ö' | 'ó' => out.push('o'),
                'ù' | 'û' | 'ü' | 'ú' => out.push('u'),
                'ÿ' => out.push('y'),
                'ç' => out.push('c'),
                'œ' => out.push_str("oe"),
                'æ' => out.push_str("ae"),
                other => out.push(other),
            }
        }
    }
    out
}

/// One record of the file: the line it starts on and its cells.
#[derive(Debug, PartialEq)]
struct Record {
    line: usize,
    cells: Vec<String>,
}

/// Splits the text into records: `separator` between cells, a line break between records,
/// `"` around a cell that holds either (with `""` for a quote inside). Fails on a quote
/// left open, with the line it was opened on.
fn records(text: &str, separator: char) -> Result<Vec<Record>, usize> {
    let mut records = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut line = 1;
    let mut record_line = 1;
    // The line a quoted cell opened on, while reading it.
    let mut quoted_since: Option<usize> = None;
    let mut chars = text.chars().peekable();
    // A quote means quoting only at the start of a cell; elsewhere it is a character.
    let mut at_cell_start = true;
    while let Some(c) = chars.next() {
        if quoted_since.is_some() {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted_since = None,
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
                '\r' => {}
                other => cell.push(other),
            }
            continue;
        }
        match c {
            '"' if at_cell_start => {
                quoted_since = Some(line);
                at_cell_start = false;
            }
            c if c == separator => {
                cells.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                cells.push(std::mem::take(&mut cell));
                records.push(Record {
                    line: record_line,
                    cells: std::mem::take(&mut cells),
                });
                line += 1;
                record_line = line;
                at_cell_start = true;
            }
            other => {
                cell.push(other);
                at_cell_start = false;
            }
        }
    }
    if let Some(opened) = quoted_since {
        return Err(opened);
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        records.push(Record {
            line: record_line,
            cells,
        });
    }
    Ok(records)
}

/// `;` as French spreadsheets write; a tab when the header has none but a tab (cells
/// pasted from the spreadsheet itself).
fn separator(text: &str) -> char {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if !first.contains(';') && first.contains('\t') {
        '\t'
    } else {
        ';'
    }
}

fn blank(record: &Record) -> bool {
    record.cells.iter().all(|c| c.trim().is_empty())
}

/// Items of a list cell: `a, b,c` → `a`, `b`, `c`.
fn items(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// Reads a pasted or uploaded file against the catalogue.
pub fn parse(text: &str, catalogue: &Catalogue) -> Parsed {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut parsed = Parsed::default();
    let file_problem = |problem| Parsed {
        preview: ImportPreview {
            file_problems: vec![problem],
            rows: Vec::new(),
        },
        agents: Vec::new(),
    };
    if text.trim().is_empty() {
        return file_problem(Problem::Empty);
    }
    let records = match records(text, separator(text)) {
        Ok(records) => records,
        Err(line) => return file_problem(Problem::UnclosedQuote(line)),
    };
    let mut records = records.into_iter().filter(|r| !blank(r));
    let Some(header) = records.next() else {
        return file_problem(Problem::Empty);
    };

    // Which column is which, from the header.
    let mut columns: Vec<Option<Column>> = Vec::new();
    for cell in &header.cells {
        let folded = fold(cell);
        let column = Column::ALL.into_iter().find(|c| c.accepts(&folded));
        let problem = match column {
            _ if folded.is_empty() => None,
            Some(c) if columns.contains(&Some(c)) => {
                Some(Problem::DuplicateColumn(cell.trim().to_owned()))
            }
            Some(_) => None,
            None => Some(Problem::UnknownColumn(cell.trim().to_owned())),
        };
        match problem {
            Some(problem) => {
                parsed.preview.file_problems.push(problem);
                columns.push(None);
            }
            None => columns.push(column),
        }
    }
    for column in Column::ALL.into_iter().filter(|c| c.required()) {
        if !columns.contains(&Some(column)) {
            parsed
                .preview
                .file_problems
                .push(Problem::MissingColumn(column.header().to_owned()));
        }
    }
    // Trailing empty headers (a spreadsheet's `;` at the end of lines) are not columns.
    while columns.last() == Some(&None) {
        columns.pop();
    }
    if !parsed.preview.file_problems.is_empty() {
        return parsed;
    }

    let rows: Vec<Record> = records.collect();
    if rows.is_empty() {
        return file_problem(Problem::NoRows);
    }
    if rows.len() > MAX_IMPORT_ROWS {
        return file_problem(Problem::TooManyRows);
    }
    let existing: Vec<String> = catalogue
        .existing_names
        .iter()
        .map(|n| name_key(n))
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for record in rows {
        let (row, agent) = read_row(&record, &columns, catalogue, &existing, &mut seen);
        parsed.preview.rows.push(row);
        parsed.agents.extend(agent);
    }
    parsed
}

/// One row: what the preview shows, and the agent when the row has no problem.
fn read_row(
    record: &Record,
    columns: &[Option<Column>],
    catalogue: &Catalogue,
    existing: &[String],
    seen: &mut HashMap<String, usize>,
) -> (PreviewRow, Option<NewAgent>) {
    let mut problems = Vec::new();
    let expected = columns.len();
    // Extra cells left empty (spreadsheets pad rows with `;`) are no mistake.
    let found = record
        .cells
        .iter()
        .rposition(|c| !c.trim().is_empty())
        .map_or(0, |last| last + 1)
        .max(record.cells.len().min(expected));
    if found != expected {
        problems.push(Problem::Columns { found, expected });
    }
    let cell = |column: Column| -> &str {
        columns
            .iter()
            .position(|c| *c == Some(column))
            .and_then(|i| record.cells.get(i))
            .map_or("", |c| c.trim())
    };

    let name = clean_name(cell(Column::Name));
    if name.is_empty() {
        problems.push(Problem::EmptyName);
    } else if name.chars().count() > MAX_NAME {
        problems.push(Problem::NameTooLong);
    } else {
        let key = name_key(&name);
        if let Some(first) = seen.get(&key) {
            problems.push(Problem::DuplicateInFile(*first));
        } else {
            seen.insert(key.clone(), record.line);
        }
        if existing.contains(&key) {
            problems.push(Problem::NameExists);
        }
    }

    let role_text = cell(Column::Role);
    let role = catalogue
        .roles
        .iter()
        .find(|(spelling, _)| fold(spelling) == fold(role_text))
        .map(|(_, role)| *role);
    if role_text.is_empty() {
        problems.push(Problem::EmptyRole);
    } else if role.is_none() {
        problems.push(Problem::UnknownRole(role_text.to_owned()));
    }

    let mut services = Vec::new();
    let mut service_ids = Vec::new();
    for item in items(cell(Column::Skills)) {
        let folded = fold(item);
        match catalogue.services.iter().find(|s| {
            fold(&s.slug) == folded || fold(&s.name) == folded || fold(&s.shown) == folded
        }) {
            Some(s) if service_ids.contains(&s.id) => {}
            Some(s) => {
                service_ids.push(s.id);
                services.push(s.shown.clone());
            }
            None => problems.push(Problem::UnknownService(item.to_owned())),
        }
    }

    let mut languages: Vec<String> = Vec::new();
    for item in items(cell(Column::Languages)) {
        let tag = item.to_lowercase();
        if !is_known_language(&tag) {
            problems.push(Problem::UnknownLanguage(item.to_owned()));
        } else if !languages.contains(&tag) {
            languages.push(tag);
        }
    }

    let agent = match role {
        Some(role) if problems.is_empty() => Some(NewAgent {
            name: name.clone(),
            role,
            service_ids,
            languages: languages.clone(),
        }),
        _ => None,
    };
    let row = PreviewRow {
        line: record.line,
        name,
        role,
        services,
        languages,
        problems,
    };
    (row, agent)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        Catalogue {
            roles: vec![
                ("counsellor".into(), Role::Counsellor),
                ("Conseiller".into(), Role::Counsellor),
                ("admin".into(), Role::Admin),
                ("Administrateur".into(), Role::Admin),
                ("expert".into(), Role::Expert),
                ("Agent expert".into(), Role::Expert),
            ],
            services: vec![
                ServiceEntry {
                    id: 1,
                    slug: "etat-civil".into(),
                    name: "État civil".into(),
                    shown: "État civil".into(),
                },
                ServiceEntry {
                    id: 2,
                    slug: "urbanisme".into(),
                    name: "Urbanisme".into(),
                    shown: "Urbanisme".into(),
                },
            ],
            existing_names: vec!["Julien Moreau".into()],
        }
    }

    fn problems(parsed: &Parsed) -> Vec<(usize, Vec<Problem>)> {
        parsed
            .preview
            .rows
            .iter()
            .filter(|r| !r.problems.is_empty())
            .map(|r| (r.line, r.problems.clone()))
            .collect()
    }

    #[test]
    fn a_french_spreadsheet_reads_with_its_bom_crlf_and_accents() {
        let text = "\u{feff}Nom;Rôle;Compétences;Langues\r\n\
                    Camille Martin;Conseiller;etat-civil, Urbanisme;fr, EN\r\n\
                    Léa Bernard;administrateur;;fr\r\n";
        let parsed = parse(text, &catalogue());
        assert!(parsed.preview.is_valid(), "{:?}", parsed.preview);
        assert_eq!(
            parsed.agents,
            vec![
                NewAgent {
                    name: "Camille Martin".into(),
                    role: Role::Counsellor,
                    service_ids: vec![1, 2],
                    languages: vec!["fr".into(), "en".into()],
                },
                NewAgent {
                    name: "Léa Bernard".into(),
                    role: Role::Admin,
                    service_ids: vec![],
                    languages: vec!["fr".into()],
                },
            ]
        );
        assert_eq!(parsed.preview.rows[1].line, 3);
    }

    #[test]
    fn stored_role_names_and_service_names_without_accents_are_accepted() {
        let text = "nom;role;competences\nA;counsellor;etat civil\nB;AGENT EXPERT;URBANISME\n";
        let parsed = parse(text, &catalogue());
        assert!(parsed.preview.is_valid(), "{:?}", parsed.preview);
        assert_eq!(parsed.agents[0].service_ids, vec![1]);
        assert_eq!(parsed.agents[1].role, Role::Expert);
    }

    #[test]
    fn each_bad_row_is_named_with_its_problem_and_nothing_is_valid() {
        let text = "nom;rôle;compétences;langues\n\
                    Camille Martin;Conseiller;etat-civil;fr\n\
                    ;Conseiller;;fr\n\
                    Paul Durand;Maire;;fr\n\
                    Inès Roy;Conseiller;Piscine;fr\n\
                    Marc Petit;Conseiller;;klingon\n\
                    camille  MARTIN;Conseiller;;\n\
                    julien moreau;Conseiller;;\n\
                    Trop;Conseiller;;fr;en\n";
        let parsed = parse(text, &catalogue());
        assert!(!parsed.preview.is_valid());
        assert_eq!(
            problems(&parsed),
            vec![
                (3, vec![Problem::EmptyName]),
                (4, vec![Problem::UnknownRole("Maire".into())]),
                (5, vec![Problem::UnknownService("Piscine".into())]),
                (6, vec![Problem::UnknownLanguage("klingon".into())]),
                (7, vec![Problem::DuplicateInFile(2)]),
                (8, vec![Problem::NameExists]),
                (
                    9,
                    vec![Problem::Columns {
                        found: 5,
                        expected: 4
                    }]
                ),
            ]
        );
        // Only the good row would be an agent, and the store saves nothing unless all are.
        assert_eq!(parsed.agents.len(), 1);
    }

    #[test]
    fn quoted_cells_hold_separators_quotes_and_line_breaks() {
        let text = "nom;rôle;compétences\n\
                    \"Martin; Camille\";Conseiller;\"etat-civil,urbanisme\"\n\
                    \"Jean \"\"Jo\"\"\nDupont\";Conseiller;\n\
                    Zoé;;\n";
        let parsed = parse(text, &catalogue());
        let rows = &parsed.preview.rows;
        assert_eq!(rows[0].name, "Martin; Camille");
        assert_eq!(parsed.agents[0].service_ids, vec![1, 2]);
        // A line break inside a cell is a space in a name; the next row starts on line 5.
        assert_eq!(rows[1].name, "Jean \"Jo\" Dupont");
        assert_eq!(rows[2].line, 5);
        assert_eq!(rows[2].problems, vec![Problem::EmptyRole]);
    }

    #[test]
    fn a_quote_left_open_is_a_problem_of_the_file() {
        let parsed = parse("nom;rôle\n\"Camille;Conseiller\n", &catalogue());
        assert_eq!(
            parsed.preview.file_problems,
            vec![Problem::UnclosedQuote(2)]
        );
        assert!(!parsed.preview.is_valid());
    }

    #[test]
    fn cells_copied_from_the_spreadsheet_are_tab_separated() {
        let parsed = parse("nom\trôle\nCamille Martin\tConseiller\n", &catalogue());
        assert!(parsed.preview.is_valid(), "{:?}", parsed.preview);
    }

    #[test]
    fn blank_lines_and_trailing_empty_cells_are_no_mistake() {
        let text = "nom;rôle;;\n\nCamille Martin;Conseiller;;\n;;;\n";
        let parsed = parse(text, &catalogue());
        assert!(parsed.preview.is_valid(), "{:?}", parsed.preview);
        assert_eq!(parsed.agents.len(), 1);
    }

    #[test]
    fn the_header_must_name_the_required_columns_and_only_known_ones() {
        let parsed = parse(
            "prénom;rôle;nom;rôle\nA;Conseiller;B;Conseiller\n",
            &catalogue(),
        );
        assert_eq!(
            parsed.preview.file_problems,
            vec![
                Problem::UnknownColumn("prénom".into()),
                Problem::DuplicateColumn("rôle".into()),
            ]
        );
        let parsed = parse("nom;langues\nA;fr\n", &catalogue());
        assert_eq!(
            parsed.preview.file_problems,
            vec![Problem::MissingColumn("rôle".into())]
        );
    }

    #[test]
    fn an_empty_file_or_a_header_alone_saves_nothing() {
        for text in ["", "  \n", "\u{feff}"] {
            assert_eq!(
                parse(text, &catalogue()).preview.file_problems,
                vec![Problem::Empty]
            );
        }
        assert_eq!(
            parse("nom;rôle\n", &catalogue()).preview.file_problems,
            vec![Problem::NoRows]
        );
    }

    #[test]
    fn too_many_rows_are_refused_whole() {
        let mut text = String::from("nom;rôle\n");
        for i in 0..=MAX_IMPORT_ROWS {
            text.push_str(&format!("Agent {i};Conseiller\n"));
        }
        assert_eq!(
            parse(&text, &catalogue()).preview.file_problems,
            vec![Problem::TooManyRows]
        );
    }

    #[test]
    fn folding_ignores_case_accents_and_spaces() {
        assert_eq!(fold("  État   Civil "), "etat civil");
        assert_eq!(fold("Rôle"), "role");
        assert_eq!(fold("Compétences"), "competences");
    }
}
