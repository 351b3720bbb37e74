//! Files kept with a request: what a letter's scan may be (told by its first bytes, not
//! by its name or the type the browser claims), how large, and names safe to show and to
//! send back in a download.

/// Largest scan of a letter: a few pages scanned at 300 dpi fit well below.
pub const MAX_SCAN_BYTES: usize = 10 * 1024 * 1024;
/// Largest e-mail the intake accepts, attachments included (announced as SMTP `SIZE`).
pub const MAX_MAIL_BYTES: usize = 15 * 1024 * 1024;
/// Attachments kept from one e-mail; more is refused, not cut silently.
pub const MAX_FILES_PER_MAIL: usize = 20;
/// Longest file name kept, in characters.
const MAX_NAME: usize = 100;

/// What a scan may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScanType {
    Pdf,
    Jpeg,
    Png,
}

impl ScanType {
    /// By the file's signature; anything else is refused.
    pub fn sniff(bytes: &[u8]) -> Option<ScanType> {
        if bytes.starts_with(b"%PDF-") {
            Some(ScanType::Pdf)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(ScanType::Jpeg)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(ScanType::Png)
        } else {
            None
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            ScanType::Pdf => "application/pdf",
            ScanType::Jpeg => "image/jpeg",
            ScanType::Png => "image/png",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ScanType::Pdf => "pdf",
            ScanType::Jpeg => "jpg",
            ScanType::Png => "png",
        }
    }
}

/// A scan as uploaded; the Fluent id of the refusal otherwise.
pub fn check_scan(bytes: &[u8]) -> Result<ScanType, &'static str> {
    if bytes.is_empty() {
        return Err("requests-error-scan-missing");
    }
    if bytes.len() > MAX_SCAN_BYTES {
        return Err("requests-error-scan-too-large");
    }
    ScanType::sniff(bytes).ok_or("requests-error-scan-type")
}

/// The type a kept file is served with: a scan's own type when its bytes say so, else
/// bytes to download (an e-mail's HTML attachment must never open as a page of ours).
pub fn served_type(bytes: &[u8]) -> &'static str {
    ScanType::sniff(bytes).map_or("application/octet-stream", ScanType::mime)
}

/// A file name safe to show and to put in a download header: no folders, no control or
/// quoting characters, at most 100 characters; `fallback` when nothing is left.
pub fn safe_name(name: &str, fallback: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | ';' | '<' | '>' | '`'))
        .take(MAX_NAME)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    if cleaned.is_empty() {
        fallback.to_owned()
    } else {
        cleaned.to_owned()
    }
}

/// `Content-Disposition` for a download: an ASCII name for old clients and the real one
/// encoded (RFC 6266, RFC 8187), so "Scan lettre é.pdf" arrives as typed.
pub fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .filter(|c| *c != '%' && *c != '\\')
        .collect();
    let mut encoded = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            encoded.push(b as char);
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// Kilobytes, rounded up, as lists show a file's size.
pub fn kilobytes(size: usize) -> usize {
    size.div_ceil(1024)
}

/// The first request reference written in `text` (an e-mail's subject: "RE: Accusé de
/// réception de votre demande D-2026-00042"), as stored.
pub fn find_reference(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let digits = |from: usize, n: usize| {
        bytes
            .get(from..from + n)
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    (0..bytes.len()).find_map(|i| {
        let starts_word = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let shape = matches!(bytes[i], b'D' | b'd')
            && bytes.get(i + 1) == Some(&b'-')
            && digits(i + 2, 4)
            && bytes.get(i + 6) == Some(&b'-')
            && digits(i + 7, 5)
            && !bytes.get(i + 12).is_some_and(u8::is_ascii_alphanumeric);
        (starts_word && shape)
            .then(|| super::rules::normalise_reference(&text[i..i + 12]))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_are_told_by_their_first_bytes() {
        assert_eq!(check_scan(b"%PDF-1.7\n..."), Ok(ScanType::Pdf));
        assert_eq!(check_scan(&[0xFF, 0xD8, 0xFF, 0xE0, 0]), Ok(ScanType::Jpeg));
        assert_eq!(check_scan(b"\x89PNG\r\n\x1a\n...."), Ok(ScanType::Png));
        // A Word file renamed .pdf, a web page, an empty upload.
        assert_eq!(
            check_scan(b"PK\x03\x04word/document.xml"),
            Err("requests-error-scan-type")
        );
        assert_eq!(
            check_scan(b"<html><script>"),
            Err("requests-error-scan-type")
        );
        assert_eq!(check_scan(b""), Err("requests-error-scan-missing"));
    }

    #[test]
    fn a_scan_above_the_limit_is_refused_even_when_it_is_a_pdf() {
        let mut big = b"%PDF-1.4".to_vec();
        big.resize(MAX_SCAN_BYTES, b' ');
        assert_eq!(check_scan(&big), Ok(ScanType::Pdf));
        big.push(b' ');
        assert_eq!(check_scan(&big), Err("requests-error-scan-too-large"));
    }

    #[test]
    fn unknown_files_are_served_as_downloads() {
        assert_eq!(served_type(b"<html>"), "application/octet-stream");
        assert_eq!(served_type(b"%PDF-1.7"), "application/pdf");
    }

    #[test]
    fn names_lose_folders_and_quoting() {
        assert_eq!(safe_name("C:\\scans\\lettre.pdf", "x"), "lettre.pdf");
        assert_eq!(safe_name("../../etc/passwd", "x"), "passwd");
        assert_eq!(safe_name("a\"b;c\r\n.pdf", "x"), "abc.pdf");
        assert_eq!(safe_name("  ..  ", "courrier.pdf"), "courrier.pdf");
        assert_eq!(safe_name("Réponse été.pdf", "x"), "Réponse été.pdf");
        assert_eq!(safe_name(&"a".repeat(300), "x").chars().count(), 100);
    }

    #[test]
    fn downloads_carry_both_names() {
        assert_eq!(
            content_disposition("Lettre é.pdf"),
            "attachment; filename=\"Lettre _.pdf\"; filename*=UTF-8''Lettre%20%C3%A9.pdf"
        );
    }

    #[test]
    fn kilobytes_round_up() {
        assert_eq!(kilobytes(0), 0);
        assert_eq!(kilobytes(1), 1);
        assert_eq!(kilobytes(1024), 1);
        assert_eq!(kilobytes(1025), 2);
    }

    #[test]
    fn references_are_found_in_a_reply_subject() {
        assert_eq!(
            find_reference("RE: Accusé de réception de votre demande D-2026-00042").as_deref(),
            Some("D-2026-00042")
        );
        assert_eq!(
            find_reference("Fwd: [d-2027-00001] question").as_deref(),
            Some("D-2027-00001")
        );
        // Part of a longer token, too short, or none at all.
        assert_eq!(find_reference("XD-2026-00042"), None);
        assert_eq!(find_reference("D-2026-000421"), None);
        assert_eq!(find_reference("D-2026-0042"), None);
        assert_eq!(find_reference("Demande de logement"), None);
        assert_eq!(
            find_reference("é D-2026-00007 é").as_deref(),
            Some("D-2026-00007")
        );
    }
}
