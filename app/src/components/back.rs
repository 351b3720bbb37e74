//! Where a form's action may send the browser back: only into the page it came from, so a
//! crafted `retour` cannot redirect to another site.

/// `url` when it is an address inside `base` (a path, no scheme or host), otherwise `base`.
pub fn within(url: &str, base: &str) -> String {
    let inside = url
        .strip_prefix(base)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('?') || rest.starts_with('/'));
    if inside && !url.contains("//") && !url.contains('\\') {
        url.to_owned()
    } else {
        base.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::within;

    #[test]
    fn only_addresses_inside_the_page_are_kept() {
        let base = "/agent/interpretation";
        assert_eq!(
            within("/agent/interpretation?langue=uk", base),
            "/agent/interpretation?langue=uk"
        );
        assert_eq!(within("/agent/interpretation", base), base);
        assert_eq!(within("/agent/interpretationx", base), base);
        assert_eq!(
            within("https://evil.example/agent/interpretation", base),
            base
        );
        assert_eq!(within("/agent/interpretation?x=//evil", base), base);
        assert_eq!(within("/agent/interpretation\\@evil", base), base);
        assert_eq!(within("", base), base);
    }
}
