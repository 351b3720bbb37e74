//! The list of people a campaign calls, read from what a supervisor pasted: a CSV file's
//! text or cells copied from a spreadsheet (`;`, tab or `,` between columns, a header line
//! or not). Columns: name, phone, then optionally the language, then anything else, kept
//! as a detail for the counsellor. Pure: the store saves what this accepts.

use crate::contact_details::PhoneNumber;
use crate::i18n::Locale;

/// People in one campaign at most: a day's calls for a whole team is far below.
pub const MAX_PEOPLE: usize = 5_000;
/// Lines named in a refusal: enough to find the pattern in the spreadsheet.
pub const LINES_SHOWN: usize = 10;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// `+33…`
    pub phone: String,
    pub language: Locale,
    pub detail: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Roster {
    pub people: Vec<Person>,
    /// Lines left out because their number was already in the list.
    pub duplicates: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RosterError {
    /// Nobody in it.
    Empty,
    TooMany,
    /// These lines (1-based, as the spreadsheet numbers them) have no name or no usable
    /// phone number; nothing is saved until they are fixed.
    Lines(Vec<usize>),
}

/// Splits one line on `sep`, honouring double quotes (`"Dupont; Jean"`, `""` for `"`).
fn fields(line: &str, sep: char) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            c if c == sep && !quoted => out.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    out.push(field);
    out.into_iter().map(|f| f.trim().to_owned()).collect()
}

/// The separator the first line uses most.
fn separator(line: &str) -> char {
    [';', '\t', ',']
        .into_iter()
        .max_by_key(|s| line.matches(*s).count())
        .filter(|s| line.contains(*s))
        .unwrap_or(';')
}

/// A phone number as a spreadsheet may have kept it: a French number whose leading 0 the
/// spreadsheet dropped (`612345678`) gets it back.
fn phone(cell: &str) -> Option<PhoneNumber> {
    let digits_only = !cell.is_empty() && cell.chars().all(|c| c.is_ascii_digit());
    let cell = match digits_only && cell.len() == 9 && !cell.starts_with('0') {
        true => format!("0{cell}"),
        false => cell.to_owned(),
    };
    PhoneNumber::parse(&cell).ok()
}

pub fn parse(text: &str) -> Result<Roster, RosterError> {
    let text = text.trim_start_matches('\u{feff}');
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let Some(&(_, first)) = lines.first() else {
        return Err(RosterError::Empty);
    };
    let sep = separator(first);
    let mut people: Vec<Person> = Vec::new();
    let mut bad = Vec::new();
    let mut duplicates = 0;
    for (index, (number, line)) in lines.iter().enumerate() {
        let cells = fields(line, sep);
        let name = cells.first().cloned().unwrap_or_default();
        let number_cell = cells.get(1).map(String::as_str).unwrap_or("");
        let Some(phone) = phone(number_cell) else {
            // A first line without a number is the columns' titles.
            if index > 0 || number_cell.chars().any(|c| c.is_ascii_digit()) {
                bad.push(*number);
            }
            continue;
        };
        if name.is_empty() {
            bad.push(*number);
            continue;
        }
        let mut rest = cells.iter().skip(2).filter(|c| !c.is_empty()).peekable();
        let language = match rest.peek().and_then(|c| Locale::from_tag(c)) {
            Some(l) => {
                rest.next();
                l
            }
            None => Locale::Fr,
        };
        let detail = rest.cloned().collect::<Vec<_>>().join(" · ");
        if people.iter().any(|p| p.phone == phone.as_str()) {
            duplicates += 1;
            continue;
        }
        people.push(Person {
            name,
            phone: phone.as_str().to_owned(),
            language,
            detail: (!detail.is_empty()).then_some(detail),
        });
    }
    if !bad.is_empty() {
        bad.truncate(LINES_SHOWN);
        return Err(RosterError::Lines(bad));
    }
    if people.is_empty() {
        return Err(RosterError::Empty);
    }
    if people.len() > MAX_PEOPLE {
        return Err(RosterError::TooMany);
    }
    Ok(Roster { people, duplicates })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csv_with_a_header_quotes_and_a_language_is_read() {
        let text = "\u{feff}Nom;Téléphone;Langue;Remarque\n\
                    \"Benali; Amina\";06 39 98 00 42;ar;Rez-de-chaussée\n\
                    Jean Dupont;+33 6 11 22 33 44;;\"Dit \"\"oui\"\" au SMS\"\n";
        let roster = parse(text).unwrap();
        assert_eq!(roster.people.len(), 2);
        assert_eq!(roster.people[0].name, "Benali; Amina");
        assert_eq!(roster.people[0].phone, "+33639980042");
        assert_eq!(roster.people[0].language, Locale::Ar);
        assert_eq!(roster.people[0].detail.as_deref(), Some("Rez-de-chaussée"));
        assert_eq!(roster.people[1].language, Locale::Fr);
        assert_eq!(
            roster.people[1].detail.as_deref(),
            Some("Dit \"oui\" au SMS")
        );
    }

    #[test]
    fn cells_pasted_from_a_spreadsheet_are_read_and_a_lost_leading_zero_comes_back() {
        let text = "Amina Benali\t639980042\tar\nLucas Martin\t0611223344\n";
        let roster = parse(text).unwrap();
        assert_eq!(roster.people[0].phone, "+33639980042");
        assert_eq!(roster.people[1].phone, "+33611223344");
    }

    #[test]
    fn a_number_twice_is_called_once() {
        let roster = parse("A,0611223344\nB,06 11 22 33 44\nC,0622334455").unwrap();
        assert_eq!(roster.people.len(), 2);
        assert_eq!(roster.duplicates, 1);
    }

    #[test]
    fn bad_lines_are_named_and_nothing_is_accepted() {
        assert_eq!(
            parse("Nom;Téléphone\nA;0611223344\nB;12\n;0622334455\nC;0633445566"),
            Err(RosterError::Lines(vec![3, 4]))
        );
        // A first line with digits that are not a number is a mistake, not a header.
        assert_eq!(
            parse("A;123\nB;0611223344"),
            Err(RosterError::Lines(vec![1]))
        );
        assert_eq!(parse("  \n\n"), Err(RosterError::Empty));
        assert_eq!(parse("Nom;Téléphone\n"), Err(RosterError::Empty));
    }

    #[test]
    fn a_list_too_long_is_refused() {
        let text: String = (0..=MAX_PEOPLE)
            .map(|i| format!("P{i};+3361{i:07}\n"))
            .collect();
        assert_eq!(parse(&text), Err(RosterError::TooMany));
    }
}
