//! Addresses built by the pages: values put into a query string are escaped here, once,
//! and every redirect goes through [`redirect`], so that no value a request carries can
//! make an address unfit for the `Location` header (which would panic the handler).

/// Percent-encodes what is not safe in a query value.
pub fn escape(value: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    // One allocation: a week of free times escapes hundreds of links.
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => {
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    out
}

/// `address` fit for a `Location` header: what a header may not hold, and what an address
/// should not (control characters, spaces, quotes, angle brackets, letters beyond ASCII), is
/// percent-encoded (UTF-8); everything else, `%` escapes included, stays as it is.
pub fn location(address: &str) -> String {
    let mut out = String::with_capacity(address.len());
    for b in address.bytes() {
        match b {
            b'"' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}' => {
                out.push_str(&format!("%{b:02X}"))
            }
            0x21..=0x7E => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Ends a form's post by sending the browser to `address` (the one way pages redirect:
/// `app/tests/structure.rs` refuses any other).
#[cfg(feature = "ssr")]
pub fn redirect(address: &str) {
    leptos_axum::redirect(&location(address));
}

#[cfg(test)]
mod tests {
    use super::{escape, location};

    #[test]
    fn any_address_becomes_a_valid_location_header() {
        for address in [
            "/file/mairie?motif=a\u{1}b",
            "/rendez-vous?nom=Zoé Ünal&x=\r\nSet-Cookie: a=b",
            "/a\u{7f}\u{0}\t\"<>",
            "/مرحبا",
        ] {
            let value = location(address);
            assert!(http::HeaderValue::from_str(&value).is_ok(), "{value}");
            assert!(value.bytes().all(|b| (0x21..=0x7E).contains(&b)), "{value}");
        }
        assert_eq!(
            location("/file/mairie?motif=a\u{1}b"),
            "/file/mairie?motif=a%01b"
        );
        assert_eq!(location("/x?nom=Zoé Ü"), "/x?nom=Zo%C3%A9%20%C3%9C");
        // A valid address is left as it is, escapes included.
        let valid = "/rendez-vous?motif=acte-naissance&lieu=h%C3%B4tel#coordonnees";
        assert_eq!(location(valid), valid);
    }

    #[test]
    fn only_unreserved_characters_stay_as_they_are() {
        assert_eq!(escape("acte-naissance_2.0~"), "acte-naissance_2.0~");
        assert_eq!(escape("hôtel de ville"), "h%C3%B4tel%20de%20ville");
        assert_eq!(escape("a&b=c?d#e"), "a%26b%3Dc%3Fd%23e");
    }
}
