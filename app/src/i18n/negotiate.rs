use super::locale::Locale;

/// Cookie that keeps an explicit language choice.
pub const LANG_COOKIE: &str = "guichet_lang";
/// Query parameter that carries a language in shared links (`/?lang=ar`).
pub const LANG_QUERY: &str = "lang";

/// Chooses the page language: an explicit choice in the link, then the one kept in the
/// cookie, then the browser's Accept-Language preferences (by weight), then French.
pub fn negotiate(
    from_link: Option<&str>,
    from_cookie: Option<&str>,
    accept_language: Option<&str>,
) -> Locale {
    from_link
        .and_then(Locale::from_tag)
        .or_else(|| from_cookie.and_then(Locale::from_tag))
        .or_else(|| accept_language.and_then(best_accepted))
        .unwrap_or_default()
}

/// The supported language with the highest q-value in an Accept-Language header; on equal
/// weights the one listed first wins.
fn best_accepted(header: &str) -> Option<Locale> {
    let mut best: Option<(Locale, f32)> = None;
    for part in header.split(',') {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let q = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if q <= 0.0 {
            continue;
        }
        if let Some(locale) = Locale::from_tag(tag)
            && best.is_none_or(|(_, bq)| q > bq)
        {
            best = Some((locale, q));
        }
    }
    best.map(|(l, _)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_when_nothing_is_known() {
        assert_eq!(negotiate(None, None, None), Locale::Fr);
        assert_eq!(negotiate(None, None, Some("de-DE,de;q=0.9")), Locale::Fr);
    }

    #[test]
    fn link_beats_cookie_beats_header() {
        assert_eq!(negotiate(Some("uk"), Some("ar"), Some("en")), Locale::Uk);
        assert_eq!(negotiate(None, Some("ar"), Some("en")), Locale::Ar);
        assert_eq!(negotiate(None, None, Some("en")), Locale::En);
    }

    #[test]
    fn unknown_link_or_cookie_falls_through() {
        assert_eq!(negotiate(Some("xx"), Some("fa"), None), Locale::Fa);
        assert_eq!(negotiate(Some("xx"), Some("yy"), Some("ru")), Locale::Ru);
    }

    #[test]
    fn header_weights_are_respected() {
        assert_eq!(
            negotiate(None, None, Some("de;q=1, tr;q=0.4, ar;q=0.8")),
            Locale::Ar
        );
        assert_eq!(
            negotiate(None, None, Some("zh-CN,zh;q=0.9,en;q=0.8")),
            Locale::Zh
        );
        assert_eq!(negotiate(None, None, Some("en;q=0, es")), Locale::Es);
    }
}
