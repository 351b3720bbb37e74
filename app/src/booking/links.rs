//! The resident's management link. Its token is an HMAC of the appointment reference with
//! the server secret: 128 bits nobody can guess, nothing readable stored (the database
//! keeps its SHA-256 only), and the server can write the link again in a reminder or in a
//! message about a change made at the desk.

use crate::state::PublicUrl;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::sync::Arc;

/// What makes links: the server secret and the public address of the site.
#[derive(Clone)]
pub struct Links {
    /// The links key derived from the secret (`crate::secrets`).
    key: Arc<[u8]>,
    /// The secret itself, which made links before the key was derived: an appointment
    /// booked then keeps its link in later messages (see [`Links::token_of`]).
    legacy: Arc<[u8]>,
    public_url: PublicUrl,
}

impl Links {
    /// Links made with the key derived from the server `secret`.
    pub fn new(secret: Arc<[u8]>, public_url: &str) -> Links {
        let key = crate::secrets::derive(&secret, crate::secrets::Purpose::Links);
        Links {
            key: Arc::from(&key[..]),
            legacy: secret,
            public_url: PublicUrl::new(public_url),
        }
    }

    /// The token of an existing appointment's link, whose SHA-256 is `token_hash`: the one
    /// its resident already holds, made with the derived key or, for an appointment booked
    /// before it, with the secret.
    pub fn token_of(&self, reference: &str, token_hash: &str) -> String {
        let token = self.token(reference);
        if crate::staff::tokens::digest(&token) == token_hash {
            return token;
        }
        let old = derive_with(&self.legacy, "appointment", reference);
        match crate::staff::tokens::digest(&old) == token_hash {
            true => old,
            false => token,
        }
    }

    /// The token of `reference`'s link: 32 hex digits (128 bits).
    pub fn token(&self, reference: &str) -> String {
        self.derive("appointment", reference)
    }

    /// The token of a waitlist offer: another purpose, so the two never collide.
    pub fn offer_token(&self, offer: &str) -> String {
        self.derive("waitlist-offer", offer)
    }

    fn derive(&self, purpose: &str, value: &str) -> String {
        derive_with(&self.key, purpose, value)
    }

    /// `https://…/rendez-vous/<token>`
    pub fn manage_url(&self, token: &str) -> String {
        self.public_url.absolute(&format!("/rendez-vous/{token}"))
    }

    /// `https://…/rendez-vous/offre/<token>`
    pub fn offer_url(&self, token: &str) -> String {
        self.public_url
            .absolute(&format!("/rendez-vous/offre/{token}"))
    }

    /// The host of the public address, e.g. `rdv.villebourg.fr`: calendar UIDs end with it.
    pub fn host(&self) -> &str {
        self.public_url.host()
    }
}

fn derive_with(key: &[u8], purpose: &str, value: &str) -> String {
    let mut mac =
        <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC accepts keys of any length");
    mac.update(purpose.as_bytes());
    mac.update(b":");
    mac.update(value.as_bytes());
    hex::encode(&mac.finalize().into_bytes()[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_stable_secret_and_128_bits() {
        let links = Links::new(Arc::from(&b"secret one"[..]), "https://mairie.example/");
        let other = Links::new(Arc::from(&b"secret two"[..]), "https://mairie.example");
        let token = links.token("R4K7PQ2X");
        assert_eq!(token.len(), 32);
        assert!(token.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(token, links.token("R4K7PQ2X"));
        assert_ne!(token, links.token("R4K7PQ2Y"));
        assert_ne!(token, other.token("R4K7PQ2X"));
        assert_ne!(token, links.offer_token("R4K7PQ2X"));
        assert_eq!(links.host(), "mairie.example");
        assert_eq!(
            links.manage_url(&token),
            format!("https://mairie.example/rendez-vous/{token}")
        );
    }

    #[test]
    fn an_appointment_booked_with_the_secret_itself_keeps_its_link() {
        let secret: Arc<[u8]> = Arc::from(&b"secret one"[..]);
        let links = Links::new(secret.clone(), "https://mairie.example");
        // Made before keys were derived: HMAC with the secret.
        let old = derive_with(&secret, "appointment", "R4K7PQ2X");
        assert_ne!(old, links.token("R4K7PQ2X"), "the key is not the secret");
        let digest = crate::staff::tokens::digest;
        assert_eq!(links.token_of("R4K7PQ2X", &digest(&old)), old);
        let new = links.token("R4K7PQ2X");
        assert_eq!(links.token_of("R4K7PQ2X", &digest(&new)), new);
    }
}
