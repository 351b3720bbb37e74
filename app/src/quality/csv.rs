//! CSV for French spreadsheets: `;` between cells (the comma is the decimal mark), a UTF-8
//! byte order mark so that accents open right, CRLF line ends, and cells that a spreadsheet
//! would run as a formula (`= + - @`, tab, carriage return) prefixed with an apostrophe.

/// A CSV file being written, the BOM first.
pub struct Csv {
    out: String,
}

impl Default for Csv {
    fn default() -> Self {
        Csv {
            out: String::from("\u{feff}"),
        }
    }
}

/// One cell as a French spreadsheet reads it.
pub fn cell(value: &str) -> String {
    let defused = match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_owned(),
    };
    if defused.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

/// A number with a decimal comma and at most one decimal; empty when there is none.
pub fn number(value: Option<f64>) -> String {
    match value {
        None => String::new(),
        Some(v) if v.fract() == 0.0 => format!("{v:.0}"),
        Some(v) => format!("{v:.1}").replace('.', ","),
    }
}

impl Csv {
    pub fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) {
        let line: Vec<String> = cells.into_iter().map(|c| cell(c.as_ref())).collect();
        self.out.push_str(&line.join(";"));
        self.out.push_str("\r\n");
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolons_bom_and_accents() {
        let mut csv = Csv::default();
        csv.row(["Indicateur", "Valeur"]);
        csv.row(["Délai médian", "4,5"]);
        let out = csv.finish();
        assert!(out.starts_with('\u{feff}'));
        assert!(out.contains("Indicateur;Valeur\r\nDélai médian;4,5\r\n"));
    }

    #[test]
    fn formulas_are_defused_and_quotes_escaped() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+33 6 12"), "'+33 6 12");
        assert_eq!(cell("-5"), "'-5");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("a;b"), "\"a;b\"");
        assert_eq!(cell("ligne\nsuivante"), "\"ligne\nsuivante\"");
        assert_eq!(cell("Très bien"), "Très bien");
    }

    #[test]
    fn numbers_with_a_decimal_comma() {
        assert_eq!(number(Some(12.0)), "12");
        assert_eq!(number(Some(4.25)), "4,2");
        assert_eq!(number(Some(97.56)), "97,6");
        assert_eq!(number(None), "");
    }
}
