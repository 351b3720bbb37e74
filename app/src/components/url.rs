//! Addresses built by the pages: values put into a query string are escaped here, once.

/// Percent-encodes what is not safe in a query value.
pub fn escape(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn only_unreserved_characters_stay_as_they_are() {
        assert_eq!(escape("acte-naissance_2.0~"), "acte-naissance_2.0~");
        assert_eq!(escape("hôtel de ville"), "h%C3%B4tel%20de%20ville");
        assert_eq!(escape("a&b=c?d#e"), "a%26b%3Dc%3Fd%23e");
    }
}
