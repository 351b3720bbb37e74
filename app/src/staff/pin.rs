//! PIN hashing. PINs are short, so argon2 alone would not protect them from someone holding
//! the database: a key derived from the server secret (the pepper, see `crate::secrets`)
//! goes into every hash, and the attempt counter and lockout live in `store`.
//!
//! The functions take the server secret itself. Hashes written before the pepper was
//! derived used the secret directly; they carry no [`DERIVED`] mark, still verify, and
//! are written again with the derived pepper at the next right PIN ([`needs_rehash`]).

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

/// The mark in front of a hash made with the derived pepper.
pub const DERIVED: &str = "k1:";

pub fn hash_pin(secret: &[u8], pin: &str) -> String {
    let pepper = crate::secrets::derive(secret, crate::secrets::Purpose::PinPepper);
    let salt = SaltString::generate(&mut OsRng);
    let hash = hasher(&pepper)
        .hash_password(pin.as_bytes(), &salt)
        .expect("argon2 hashing with default parameters does not fail");
    format!("{DERIVED}{hash}")
}

pub fn verify_pin(secret: &[u8], pin: &str, stored: &str) -> bool {
    let (pepper, phc) = match stored.strip_prefix(DERIVED) {
        Some(phc) => (
            crate::secrets::derive(secret, crate::secrets::Purpose::PinPepper).to_vec(),
            phc,
        ),
        None => (secret.to_vec(), stored),
    };
    PasswordHash::new(phc)
        .map(|hash| {
            hasher(&pepper)
                .verify_password(pin.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Whether a hash was made the old way (the secret as pepper) and should be made again.
pub fn needs_rehash(stored: &str) -> bool {
    !stored.starts_with(DERIVED)
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
        assert!(!needs_rehash(&hash));
    }

    #[test]
    fn a_hash_made_with_the_secret_itself_still_verifies_and_asks_to_be_made_again() {
        let secret = b"the server secret";
        let salt = SaltString::generate(&mut OsRng);
        let old = hasher(secret)
            .hash_password(b"2468", &salt)
            .unwrap()
            .to_string();
        assert!(verify_pin(secret, "2468", &old));
        assert!(!verify_pin(secret, "1357", &old));
        assert!(needs_rehash(&old));
        // The new hash does not verify with the secret as pepper: the keys differ.
        let new = hash_pin(secret, "2468");
        let phc = PasswordHash::new(new.strip_prefix(DERIVED).unwrap()).unwrap();
        assert!(hasher(secret).verify_password(b"2468", &phc).is_err());
    }
}
