//! A town phrase's panel id and what a new one must be. Pure.

use super::model::{ID_PREFIX, MAX_CHARS};

/// The panel id of local phrase `id`: `local-12`.
pub fn panel_id(id: i32) -> String {
    format!("{ID_PREFIX}{id}")
}

/// The row id of a panel id (`local-12` → 12).
pub fn row_id(panel_id: &str) -> Option<i32> {
    panel_id.strip_prefix(ID_PREFIX)?.parse().ok()
}

/// Why a new phrase is refused: a message id.
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
