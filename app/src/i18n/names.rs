//! Services and motifs are rows an admin can add; the demo's own ones have translations
//! (`service-<slug>`, `motif-<slug>` in `locales/<lang>/booking.ftl`), others show the
//! French name they were created with.

use super::{Locale, try_text};

pub fn motif_name(locale: Locale, slug: &str, french: &str) -> String {
    try_text(locale, &format!("motif-{slug}")).unwrap_or_else(|| french.to_owned())
}

pub fn service_name(locale: Locale, slug: &str, french: &str) -> String {
    try_text(locale, &format!("service-{slug}")).unwrap_or_else(|| french.to_owned())
}

/// Documents are stored one per line.
pub fn documents(stored: &str) -> Vec<String> {
    stored
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}
