//! Keys derived from the server secret (`GUICHET_SECRET_KEY_FILE`), one per purpose, so
//! that no two uses share a key: what the PIN hashes mix in never signs a link, and a
//! link key never reaches argon2. Each is HMAC-SHA256 of the secret over a fixed label;
//! adding a purpose means adding a label, never reusing one.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// What a derived key is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Mixed into every PIN hash (argon2's secret).
    PinPepper,
    /// Makes residents' appointment and waitlist-offer links.
    Links,
}

impl Purpose {
    fn label(self) -> &'static [u8] {
        match self {
            Purpose::PinPepper => b"guichet/pin-pepper/v1",
            Purpose::Links => b"guichet/links/v1",
        }
    }
}

/// The key for `purpose`, derived from `secret`.
pub fn derive(secret: &[u8], purpose: Purpose) -> [u8; 32] {
    let mut mac =
        <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("HMAC accepts keys of any length");
    mac.update(purpose.label());
    mac.finalize().into_bytes().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_purpose_gets_its_own_key_and_none_is_the_secret() {
        let secret = b"the server secret, 32 bytes long";
        let pins = derive(secret, Purpose::PinPepper);
        let links = derive(secret, Purpose::Links);
        assert_ne!(pins, links);
        assert_ne!(&pins[..], &secret[..]);
        assert_eq!(pins, derive(secret, Purpose::PinPepper), "stable");
        assert_ne!(pins, derive(b"another secret", Purpose::PinPepper));
    }
}
