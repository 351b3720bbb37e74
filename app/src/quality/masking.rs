//! Residents' comments are read by supervisors, not by the whole office, and never with
//! the personal data a resident may have typed: e-mail addresses, phone numbers, long
//! numbers (a tax number, a social security number, a file reference) and the name after
//! a civility are masked before a comment leaves the database layer.

const MASK: &str = "•••";

const CIVILITIES: [&str; 8] = [
    "M.", "Mme", "Mme.", "Mlle", "Madame", "Monsieur", "Mr", "Mrs",
];

fn is_email(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    match w.split_once('@') {
        Some((user, domain)) => !user.is_empty() && domain.contains('.'),
        None => false,
    }
}

/// Masks runs of digits that, with spaces, dots, dashes or a leading `+` between them,
/// hold five digits or more.
fn mask_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() || (c == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) {
            let mut j = i;
            let mut digits = 0;
            let mut last_digit = i;
            while j < chars.len() {
                let d = chars[j];
                let joins_digits = matches!(d, ' ' | '.' | '-' | '/')
                    && chars.get(j + 1).is_some_and(char::is_ascii_digit);
                if d.is_ascii_digit() {
                    digits += 1;
                    last_digit = j;
                } else if !((d == '+' && j == i) || joins_digits) {
                    break;
                }
                j += 1;
            }
            if digits >= 5 {
                out.push_str(MASK);
                i = last_digit + 1;
                continue;
            }
            out.extend(&chars[i..=last_digit.max(i)]);
            i = last_digit.max(i) + 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// The comment with personal data masked.
pub fn mask(comment: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut after_civility = false;
    for word in comment.split(' ') {
        if is_email(word) {
            let tail: String = word
                .chars()
                .rev()
                .take_while(|c| !c.is_alphanumeric())
                .collect();
            words.push(format!("{MASK}{}", tail.chars().rev().collect::<String>()));
        } else if after_civility && word.chars().next().is_some_and(char::is_uppercase) {
            let tail: String = word
                .chars()
                .skip_while(|c| c.is_alphabetic() || *c == '-' || *c == '\'')
                .collect();
            words.push(format!("{MASK}{tail}"));
        } else {
            words.push(word.to_owned());
        }
        after_civility = CIVILITIES.contains(&word);
    }
    mask_numbers(&words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_addresses_phones_long_numbers_and_names() {
        assert_eq!(
            mask("Écrivez-moi à amina.diallo@example.org, merci."),
            "Écrivez-moi à •••, merci."
        );
        assert_eq!(
            mask("Rappelez le 06 12 34 56 78 svp"),
            "Rappelez le ••• svp"
        );
        assert_eq!(mask("Mon numéro +33612345678."), "Mon numéro •••.");
        assert_eq!(mask("Dossier 2 75 05 13 123 456"), "Dossier •••");
        assert_eq!(
            mask("Merci à Mme Petit, très aimable"),
            "Merci à Mme •••, très aimable"
        );
        assert_eq!(mask("Reçu par Monsieur Benali."), "Reçu par Monsieur •••.");
    }

    #[test]
    fn leaves_ordinary_words_and_short_numbers() {
        let text = "Attente de 20 minutes le 3 mars, accueil parfait.";
        assert_eq!(mask(text), text);
        assert_eq!(mask("Guichet 2 puis 14h30"), "Guichet 2 puis 14h30");
        assert_eq!(mask("شكرا على المساعدة"), "شكرا على المساعدة");
    }
}
