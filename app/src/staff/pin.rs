//! PIN hashing. PINs are short, so argon2 alone would not protect them from someone holding
//! the database: a server-side secret (pepper) goes into every hash, and the attempt
//! counter and lockout live in `store`.

use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use argon2::{Algorithm, Argon2, Params, Version};

/// A PIN is 4 to 8 digits: typed on a shared desk keyboard, remembered by heart.
pub fn is_valid_pin(pin: &str) -> bool {
    (4..=8).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

fn hasher(pepper: &[u8]) -> Argon2<'_> {
    Argon2::new_with_secret(
        pepper,
        Algorithm::Argon2id,
        Version::V0x13,
        Params::default(),
    )
    .expect("argon2 accepts a secret of any non-empty length")
}

pub fn hash_pin(pepper: &[u8], pin: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    hasher(pepper)
        .hash_password(pin.as_bytes(), &salt)
        .expect("argon2 hashing with default parameters does not fail")
        .to_string()
}

pub fn verify_pin(pepper: &[u8], pin: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|hash| {
            hasher(pepper)
                .verify_password(pin.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pin_format() {
        assert!(is_valid_pin("1234"));
        assert!(is_valid_pin("12345678"));
        assert!(!is_valid_pin("123"));
        assert!(!is_valid_pin("123456789"));
        assert!(!is_valid_pin("12a4"));
        assert!(!is_valid_pin(""));
    }

    #[test]
    fn a_hash_verifies_only_with_the_same_pepper_and_pin() {
        let hash = hash_pin(b"pepper-one", "2468");
        assert!(verify_pin(b"pepper-one", "2468", &hash));
        assert!(!verify_pin(b"pepper-one", "2469", &hash));
        assert!(!verify_pin(b"pepper-two", "2468", &hash));
        assert!(!verify_pin(b"pepper-one", "2468", "not a hash"));
    }
}
