//! Searching text the way counsellors and residents type: without caring for case or
//! French accents ("etat civil" finds "État civil").

/// Lower case, without accents.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' | 'õ' | 'œ' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            '’' | 'ʼ' => '\'',
            other => other,
        })
        .collect()
}

/// Whether every word of `query` appears in `text`, folded.
pub fn has_all_words(text: &str, query: &str) -> bool {
    let text = fold(text);
    fold(query).split_whitespace().all(|w| text.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_do_not_matter() {
        assert_eq!(fold("État Civil"), "etat civil");
        assert!(has_all_words("Carte d'identité périmée", "IDENTITE perim"));
        assert!(has_all_words("Acte de décès", "deces acte"));
        assert!(!has_all_words("Acte de naissance", "deces"));
        assert!(has_all_words(
            "L’enfant doit être présent",
            "l'enfant present"
        ));
        assert!(has_all_words("anything", "   "));
    }
}
