//! What every feature needs from the running server, provided as Leptos context. What only
//! one feature needs (the booking rules, the queue's live boards, the language panel's hub)
//! is that feature's own context, provided beside this one by the server wiring.

use crate::errors::AppError;
use crate::hooks::Hooks;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::Duration;

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub staff: StaffConfig,
    /// The address people use: links in messages, QR codes.
    pub public_url: PublicUrl,
    /// Reactions between features.
    pub hooks: Hooks,
}

/// Settings of staff access on shared workstations.
#[derive(Clone)]
pub struct StaffConfig {
    /// The server secret, from which `staff::pin` derives the key mixed into PIN hashes
    /// (argon2 "secret"): a stolen database alone does not let anyone brute-force
    /// four-digit PINs.
    pub pin_pepper: Arc<[u8]>,
    /// A staff session locks after this long without a request.
    pub inactivity: Duration,
    /// Marks cookies `Secure`; off only when the public URL is plain http (localhost demo).
    pub secure_cookies: bool,
}

/// The public address of the site, e.g. `https://rdv.villebourg.fr`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicUrl(Arc<str>);

impl PublicUrl {
    pub fn new(url: &str) -> PublicUrl {
        PublicUrl(url.trim_end_matches('/').into())
    }

    /// `https://…<path>`
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }

    /// `https://host[:port]`: what browsers send as `Origin` from the site's pages.
    pub fn origin(&self) -> &str {
        let after_scheme = self.0.find("://").map_or(0, |i| i + 3);
        match self.0[after_scheme..].find('/') {
            Some(i) => &self.0[..after_scheme + i],
            None => &self.0,
        }
    }

    /// Whether the site is served over HTTPS (browsers are then told to keep to it).
    pub fn is_https(&self) -> bool {
        self.0.starts_with("https://")
    }

    /// The host, e.g. `rdv.villebourg.fr`: calendar UIDs end with it.
    pub fn host(&self) -> &str {
        let rest = self.0.split_once("://").map_or(&*self.0, |(_, r)| r);
        rest.split(['/', ':']).next().unwrap_or(rest)
    }
}

impl AppState {
    /// The state provided to the current server function or page render.
    pub fn from_context() -> Result<AppState, AppError> {
        context()
    }
}

/// A feature's own state, provided by the server wiring beside [`AppState`].
pub fn context<T: Clone + Send + Sync + 'static>() -> Result<T, AppError> {
    leptos::prelude::use_context::<T>().ok_or_else(|| {
        tracing::error!(
            missing = std::any::type_name::<T>(),
            "state missing from context"
        );
        AppError::Internal
    })
}

#[cfg(test)]
mod tests {
    use super::PublicUrl;

    #[test]
    fn links_are_absolute_and_the_host_is_bare() {
        let url = PublicUrl::new("https://rdv.villebourg.fr:8443/");
        assert_eq!(
            url.absolute("/ticket/x"),
            "https://rdv.villebourg.fr:8443/ticket/x"
        );
        assert_eq!(url.host(), "rdv.villebourg.fr");
    }
}
