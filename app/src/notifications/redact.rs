//! What a message keeps once a provider has delivered it: its text without the secrets of
//! its links. A link's token lets whoever holds it move or cancel an appointment, give up
//! a ticket, answer a survey or read a request; the resident has it on their phone, and
//! the journal or a copy of the database must not. What the message said stays readable
//! for administrators (`/agent/admin/messages`).

/// The paths whose next segment is a token (the longest first: an offer is under
/// `/rendez-vous/`).
const TOKEN_PATHS: [&str; 4] = ["/rendez-vous/offre/", "/rendez-vous/", "/ticket/", "/avis/"];

/// Query parameters that are secrets (`/suivi?reference=…&code=…`).
const SECRET_PARAMS: [&str; 1] = ["code="];

/// Shorter runs after a path are words of the site (`/avis/desinscription`), not tokens.
const SHORTEST_TOKEN: usize = 16;

pub const MASK: &str = "•••";

pub fn without_link_secrets(body: &str) -> String {
    let mut text = body.to_owned();
    for prefix in TOKEN_PATHS {
        text = mask_after(&text, prefix, SHORTEST_TOKEN);
    }
    for param in SECRET_PARAMS {
        text = mask_after(&text, &format!("?{param}"), 1);
        text = mask_after(&text, &format!("&{param}"), 1);
    }
    text
}

/// Every run of token characters right after `prefix`, at least `shortest` long, masked.
fn mask_after(text: &str, prefix: &str, shortest: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(prefix) {
        let after = at + prefix.len();
        out.push_str(&rest[..after]);
        let run = rest[after..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
            .count();
        if run >= shortest {
            out.push_str(MASK);
        } else {
            out.push_str(&rest[after..after + run]);
        }
        rest = &rest[after + run..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_codes_go_and_the_words_stay() {
        let token = "0123456789abcdef0123456789abcdef";
        let body = format!(
            "Votre rendez-vous : https://rdv.ville.fr/rendez-vous/{token}\n\
             Offre : https://rdv.ville.fr/rendez-vous/offre/{token}.\n\
             Ticket https://rdv.ville.fr/ticket/{token}?lang=ar\n\
             Avis : https://rdv.ville.fr/avis/{token} — ne plus recevoir : https://rdv.ville.fr/avis/desinscription\n\
             Suivi : https://rdv.ville.fr/suivi?reference=D-2026-00042&code=K7PQ2X, merci."
        );
        let kept = without_link_secrets(&body);
        assert!(!kept.contains(token), "{kept}");
        assert!(!kept.contains("K7PQ2X"), "{kept}");
        assert!(
            kept.contains("https://rdv.ville.fr/rendez-vous/•••\n"),
            "{kept}"
        );
        assert!(kept.contains("/rendez-vous/offre/•••."), "{kept}");
        assert!(kept.contains("/ticket/•••?lang=ar"), "{kept}");
        assert!(kept.contains("/avis/desinscription"), "{kept}");
        assert!(
            kept.contains("reference=D-2026-00042&code=•••, merci."),
            "{kept}"
        );
        assert!(kept.starts_with("Votre rendez-vous : "));
        // Nothing to hide: the same text.
        let plain = "Bonjour, la mairie est fermée le 25 décembre.";
        assert_eq!(without_link_secrets(plain), plain);
    }
}
