//! Motifs as town halls keep them in spreadsheets, saved as CSV: `;` between cells (what a
//! French spreadsheet writes), UTF-8 with or without its byte-order mark, a header row of
//! French column names, cells in double quotes when they hold a `;`, a quote or a line
//! break. Pure: reading and checking the rows needs no database, only the services and
//! motifs the caller passes in.

use super::model::{FileProblem, ImportPreview, ImportRow};
use crate::booking::admin::rules::{MotifInput, check_motif, valid_slug};
use crate::i18n::search::fold;

/// The columns, in the order of the example on the page: the French header, and what a
/// header must start with once lowercased, without accents, spaces or signs.
pub const COLUMNS: [(&str, &[&str]); 9] = [
    ("code", &["code", "identifiant"]),
    ("nom", &["nom", "libelle"]),
    ("service", &["service"]),
    ("durée", &["duree"]),
    ("battement", &["battement"]),
    ("documents", &["documents", "pieces"]),
    ("en ligne", &["enligne"]),
    ("délai min (h)", &["delaimin"]),
    ("délai max (j)", &["delaimax"]),
];

/// Columns every file must have; the others take the form's defaults.
const REQUIRED: [usize; 4] = [0, 1, 2, 3];
/// Defaults of the optional columns, by index: what a new motif's form proposes.
const DEFAULTS: [&str; 9] = ["", "", "", "", "0", "", "oui", "2", "60"];

/// The example shown on the page, which reads without a problem.
pub const EXAMPLE: &str = "code;nom;service;durée;battement;documents;en ligne;délai min (h);délai max (j)\n\
acte-naissance;Acte de naissance;etat-civil;10;0;Pièce d'identité|Livret de famille;oui;2;30\n\
obseques;Organisation d'obsèques;funeraire;45;15;Certificat de décès;non;0;7";

/// The rows of a CSV text, each with the line it starts on (1 for the header): the
/// byte-order mark dropped, quoted cells unquoted, blank lines skipped.
pub fn records(text: &str) -> Vec<(usize, Vec<String>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let (mut cells, mut cell) = (Vec::new(), String::new());
    let (mut line, mut starts_on) = (1, 1);
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            ';' if !quoted => cells.push(std::mem::take(&mut cell)),
            '\r' if !quoted => {}
            '\n' if !quoted => {
                cells.push(std::mem::take(&mut cell));
                if cells.iter().any(|c| !c.trim().is_empty()) {
                    rows.push((starts_on, std::mem::take(&mut cells)));
                }
                cells.clear();
                line += 1;
                starts_on = line;
            }
            '\n' => {
                line += 1;
                cell.push('\n');
            }
            other => cell.push(other),
        }
    }
    cells.push(cell);
    if cells.iter().any(|c| !c.trim().is_empty()) {
        rows.push((starts_on, cells));
    }
    rows
}

/// Which column of the file each of [`COLUMNS`] is, or the problems of the header.
fn header(cells: &[String]) -> Result<[Option<usize>; 9], Vec<FileProblem>> {
    let mut found = [None; 9];
    let mut problems = Vec::new();
    if cells.len() == 1 {
        return Err(vec![("town-import-separator".into(), None)]);
    }
    for (index, cell) in cells.iter().enumerate() {
        let key: String = fold(cell)
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        let column = COLUMNS
            .iter()
            .position(|(_, starts)| starts.iter().any(|s| key.starts_with(s)));
        match column {
            Some(c) if found[c].is_none() => found[c] = Some(index),
            Some(_) => problems.push(("town-import-column-twice".into(), Some(cell.clone()))),
            None if key.is_empty() => {}
            None => problems.push(("town-import-column-unknown".into(), Some(cell.clone()))),
        }
    }
    for c in REQUIRED {
        if found[c].is_none() {
            problems.push((
                "town-import-column-missing".into(),
                Some(COLUMNS[c].0.into()),
            ));
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(problems)
    }
}

/// `oui`/`non` in a cell, as spreadsheets write them.
fn yes_no(cell: &str) -> Option<bool> {
    match fold(cell.trim()).as_str() {
        "oui" | "o" | "x" | "1" | "vrai" | "yes" | "true" => Some(true),
        "non" | "n" | "" | "0" | "faux" | "no" | "false" => Some(false),
        _ => None,
    }
}

/// What the caller knows of the town: services as (slug, name, active), and the codes of
/// the motifs that already exist (a row with one of them updates it).
pub struct Town<'a> {
    pub services: &'a [(String, String, bool)],
    pub motifs: &'a [String],
}

/// Reads and checks a whole file: every row with its problems, in words the page
/// translates. Saving is allowed only when `valid`.
pub fn preview(text: &str, town: &Town) -> ImportPreview {
    let mut preview = ImportPreview {
        text: text.to_owned(),
        ..Default::default()
    };
    let mut records = records(text).into_iter();
    let Some((_, head)) = records.next() else {
        preview.problems.push(("town-import-empty".into(), None));
        return preview;
    };
    let columns = match header(&head) {
        Ok(columns) => columns,
        Err(problems) => {
            preview.problems = problems;
            return preview;
        }
    };
    let mut seen: Vec<String> = Vec::new();
    for (line, cells) in records {
        let cell = |c: usize| {
            columns[c]
                .and_then(|i| cells.get(i))
                .map(|s| s.trim().to_owned())
                .unwrap_or_else(|| DEFAULTS[c].to_owned())
        };
        let mut row = ImportRow {
            line,
            code: cell(0),
            name: cell(1),
            service: cell(2),
            duration: cell(3),
            buffer: cell(4),
            documents: cell(5)
                .split('|')
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_owned)
                .collect(),
            online: cell(6),
            min_delay: cell(7),
            max_delay: cell(8),
            ..Default::default()
        };
        let problems = &mut row.problems;
        if cells.len() > head.len() {
            problems.push("town-problem-cells".into());
        }
        if !valid_slug(&row.code) {
            problems.push("town-problem-code".into());
        } else if seen.contains(&row.code) {
            problems.push("town-problem-code-twice".into());
        }
        seen.push(row.code.clone());
        row.update = town.motifs.contains(&row.code);
        let service = town
            .services
            .iter()
            .find(|(slug, name, _)| *slug == row.service || fold(name) == fold(&row.service));
        match service {
            Some((slug, _, true)) => row.service_slug = slug.clone(),
            Some(_) => problems.push("town-problem-service-retired".into()),
            None => problems.push("town-problem-service".into()),
        }
        let input = MotifInput {
            name: &row.name,
            duration: &row.duration,
            buffer: &row.buffer,
            min_delay: &row.min_delay,
            max_delay: &row.max_delay,
        };
        if let Err(found) = check_motif(&input) {
            problems.extend(found.into_iter().map(str::to_owned));
        }
        if yes_no(&row.online).is_none() {
            problems.push("town-problem-online".into());
        }
        preview.rows.push(row);
    }
    if preview.rows.is_empty() {
        preview.problems.push(("town-import-empty".into(), None));
    }
    preview.valid =
        preview.problems.is_empty() && preview.rows.iter().all(|r| r.problems.is_empty());
    preview
}

/// Whether a row's `en ligne` cell says yes (rows are checked before this is asked).
pub fn online(row: &ImportRow) -> bool {
    yes_no(&row.online).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn town() -> (Vec<(String, String, bool)>, Vec<String>) {
        (
            vec![
                ("etat-civil".into(), "État civil".into(), true),
                ("funeraire".into(), "Funéraire".into(), true),
                ("ancien".into(), "Ancien service".into(), false),
            ],
            vec!["acte-naissance".into()],
        )
    }

    fn read(text: &str) -> ImportPreview {
        let (services, motifs) = town();
        preview(
            text,
            &Town {
                services: &services,
                motifs: &motifs,
            },
        )
    }

    #[test]
    fn the_example_on_the_page_reads_without_a_problem() {
        let p = read(EXAMPLE);
        assert!(p.valid, "{p:?}");
        assert_eq!(p.rows.len(), 2);
        assert!(p.rows[0].update && !p.rows[1].update);
        assert_eq!(
            p.rows[0].documents,
            ["Pièce d'identité", "Livret de famille"]
        );
        assert!(!online(&p.rows[1]));
    }

    #[test]
    fn a_byte_order_mark_and_windows_line_ends_are_read_away() {
        let text = format!("\u{feff}{}\r\n", EXAMPLE.replace('\n', "\r\n"));
        let p = read(&text);
        assert!(p.valid, "{p:?}");
        assert_eq!(p.rows[0].code, "acte-naissance");
        assert_eq!(p.rows[1].line, 3);
    }

    #[test]
    fn quoted_cells_keep_their_separators_quotes_and_line_breaks() {
        let rows = records("a;\"b;c\";\"il dit \"\"oui\"\"\"\n\"x\ny\";z\n\n");
        assert_eq!(
            rows[0],
            (1, vec!["a".into(), "b;c".into(), "il dit \"oui\"".into()])
        );
        assert_eq!(rows[1], (2, vec!["x\ny".into(), "z".into()]));
        assert_eq!(rows.len(), 2);
    }

    #[test]
    fn every_problem_of_a_row_is_named_with_its_line() {
        let text = "Code;Nom;Service;Durée (min)\n\
                    acte-naissance;Acte;etat-civil;10\n\
                    Mauvais Code;;inconnu;2\n\
                    acte-naissance;Encore;Ancien service;10\n";
        let p = read(text);
        assert!(!p.valid);
        assert!(p.rows[0].problems.is_empty(), "{:?}", p.rows[0]);
        assert_eq!(p.rows[1].line, 3);
        assert_eq!(
            p.rows[1].problems,
            [
                "town-problem-code",
                "town-problem-service",
                "town-problem-name",
                "town-problem-duration"
            ]
        );
        assert_eq!(
            p.rows[2].problems,
            ["town-problem-code-twice", "town-problem-service-retired"]
        );
    }

    #[test]
    fn services_are_found_by_slug_or_by_name_without_accents() {
        let p = read("code;nom;service;durée\nx;X;Etat civil;10\ny;Y;funeraire;10");
        assert!(p.valid, "{p:?}");
        assert_eq!(p.rows[0].service_slug, "etat-civil");
    }

    #[test]
    fn a_wrong_header_is_said_before_any_row() {
        let p = read("code,nom,service,durée\nx,X,etat-civil,10");
        assert_eq!(p.problems, [("town-import-separator".to_owned(), None)]);
        let p = read("code;nom;durée;remarque\nx;X;10;");
        assert_eq!(
            p.problems,
            [
                (
                    "town-import-column-unknown".to_owned(),
                    Some("remarque".into())
                ),
                (
                    "town-import-column-missing".to_owned(),
                    Some("service".into())
                ),
            ]
        );
        assert!(!p.valid && p.rows.is_empty());
        assert!(!read("").valid);
        assert!(!read("code;nom;service;durée\n").valid);
    }

    #[test]
    fn yes_and_no_as_spreadsheets_write_them() {
        assert_eq!(yes_no("Oui"), Some(true));
        assert_eq!(yes_no(" x "), Some(true));
        assert_eq!(yes_no(""), Some(false));
        assert_eq!(yes_no("peut-être"), None);
    }
}
