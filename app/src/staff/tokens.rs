//! Secrets handed to browsers (session and device tokens, enrolment codes). Only their
//! SHA-256 is stored, so a copy of the database opens no session.

use rand::Rng;
use sha2::{Digest, Sha256};

/// 256 random bits, hex-encoded: a cookie value.
pub fn new_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    hex::encode(bytes)
}

/// What the database keeps of a token.
pub fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.trim().as_bytes()))
}

/// Letters and digits that cannot be confused when read aloud or typed (no 0/O, 1/I/L).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// A one-time enrolment code such as `K7QM-3XWP`, typed by an administrator on the new
/// workstation.
pub fn new_enrolment_code() -> String {
    let mut rng = rand::rng();
    let mut code = String::with_capacity(9);
    for i in 0..8 {
        if i == 4 {
            code.push('-');
        }
        code.push(CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char);
    }
    code
}

/// The check code of a request (`K7QM3XWP`, shown `K7QM-3XWP`), printed with its
/// reference: eight characters of the same alphabet, about 850 billion codes, so that even
/// five tries a quarter of an hour on each of thousands of references find none.
pub fn new_check_code() -> String {
    let mut rng = rand::rng();
    (0..8)
        .map(|_| CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char)
        .collect()
}

/// Codes are compared after upper-casing and removing spaces and dashes, as people type them.
pub fn normalise_code(input: &str) -> String {
    let clean: String = input
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if clean.len() == 8 {
        format!("{}-{}", &clean[..4], &clean[4..])
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_and_distinct() {
        let a = new_token();
        assert_eq!(a.len(), 64);
        assert_ne!(a, new_token());
        assert_eq!(digest(&a).len(), 64);
        assert_ne!(digest(&a), a);
    }

    #[test]
    fn codes_are_typable_and_normalised() {
        let code = new_enrolment_code();
        assert_eq!(code.len(), 9);
        assert_eq!(normalise_code(&code.to_lowercase().replace('-', " ")), code);
        assert_eq!(normalise_code(" k7qm-3xwp "), "K7QM-3XWP");
    }
}
