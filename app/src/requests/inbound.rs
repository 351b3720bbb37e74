//! An e-mail received by the town's intake, read into what a request needs: who wrote
//! (address and name), the subject and the reference it may carry, the text, the
//! attachments. MIME, charsets and encoded words are mail-parser's job.

use super::files::{self, MAX_FILES_PER_MAIL};
use crate::contact_details::EmailAddress;
use mail_parser::{MessageParser, MimeHeaders};

/// Longest text kept from one e-mail, in characters; the rest is cut with a mark.
pub const MAX_MAIL_TEXT: usize = 20_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InboundMail {
    /// The Message-ID, or a digest of the message when it has none: delivered twice, one
    /// request.
    pub message_id: String,
    pub from: EmailAddress,
    /// The sender's display name, else the address.
    pub name: String,
    pub subject: String,
    /// The first request reference in the subject, as stored.
    pub reference: Option<String>,
    pub text: String,
    pub files: Vec<MailFile>,
    /// Sent by a program (an absence notice, a bounce, a list): kept out of requests, so
    /// that two robots never answer each other for ever.
    pub automatic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Why a message is refused (the SMTP answer says it, the sender's server tells them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    NotAMessage,
    NoSender,
    TooManyFiles,
}

pub fn read(raw: &[u8]) -> Result<InboundMail, Unreadable> {
    let message = MessageParser::default()
        .parse(raw)
        .ok_or(Unreadable::NotAMessage)?;
    let sender = message
        .from()
        .and_then(|a| a.first())
        .ok_or(Unreadable::NoSender)?;
    let from = sender
        .address()
        .and_then(|a| EmailAddress::parse(a).ok())
        .ok_or(Unreadable::NoSender)?;
    let name = sender
        .name()
        .map(|n| one_line(n, 100))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| from.as_str().to_owned());
    let subject = one_line(message.subject().unwrap_or_default(), 200);
    let text = message
        .body_text(0)
        .map(|t| t.replace("\r\n", "\n"))
        .unwrap_or_default();
    let text = match text.char_indices().nth(MAX_MAIL_TEXT) {
        Some((cut, _)) => format!("{}\n[…]", &text[..cut]),
        None => text.trim().to_owned(),
    };
    let attachments: Vec<_> = message.attachments().collect();
    if attachments.len() > MAX_FILES_PER_MAIL {
        return Err(Unreadable::TooManyFiles);
    }
    let files = attachments
        .into_iter()
        .enumerate()
        .map(|(i, part)| MailFile {
            name: files::safe_name(
                part.attachment_name().unwrap_or_default(),
                &format!("piece-jointe-{}", i + 1),
            ),
            bytes: part.contents().to_vec(),
        })
        .collect();
    let automatic = message
        .header_raw("Auto-Submitted")
        .is_some_and(|v| !v.trim().eq_ignore_ascii_case("no"))
        || message.header_raw("Precedence").is_some_and(|v| {
            matches!(
                v.trim().to_ascii_lowercase().as_str(),
                "bulk" | "junk" | "list"
            )
        })
        || from
            .as_str()
            .to_ascii_lowercase()
            .starts_with("mailer-daemon@");
    let message_id = match message
        .message_id()
        .map(str::trim)
        .filter(|m| !m.is_empty())
    {
        Some(id) => one_line(id, 250),
        None => digest(raw),
    };
    Ok(InboundMail {
        message_id,
        reference: files::find_reference(&subject),
        from,
        name,
        subject,
        text,
        files,
        automatic,
    })
}

/// A header value on one line, without control characters, at most `max` characters.
fn one_line(value: &str, max: usize) -> String {
    value
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .take(max)
        .collect()
}

fn digest(raw: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    format!("sha256:{}", hex::encode(Sha256::digest(raw)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: &str = "From: =?UTF-8?Q?Fatima_Z=C3=A9nati?= <fatima@example.org>\r\n\
To: mairie@villebourg.test\r\n\
Subject: =?UTF-8?B?UkU6IEFjY3Vzw6kgZGUgcsOpY2VwdGlvbiBkZSB2b3RyZSBkZW1hbmRlIEQtMjAyNi0wMDA0Mg==?=\r\n\
Message-ID: <abc@example.org>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
\r\n\
Voici le justificatif demandé.\r\n";

    #[test]
    fn a_reply_is_read_with_its_reference_and_sender() {
        let mail = read(PLAIN.as_bytes()).unwrap();
        assert_eq!(mail.from.as_str(), "fatima@example.org");
        assert_eq!(mail.name, "Fatima Zénati");
        assert_eq!(
            mail.subject,
            "RE: Accusé de réception de votre demande D-2026-00042"
        );
        assert_eq!(mail.reference.as_deref(), Some("D-2026-00042"));
        assert_eq!(mail.text, "Voici le justificatif demandé.");
        assert_eq!(mail.message_id, "abc@example.org");
        assert!(!mail.automatic);
        assert!(mail.files.is_empty());
    }

    #[test]
    fn attachments_are_kept_with_safe_names() {
        let raw = "From: a@example.org\r\nSubject: Permis\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=XX\r\n\r\n\
--XX\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
Bonjour, ci-joint le plan de ma d=E9claration.\r\n\
--XX\r\nContent-Type: application/pdf; name=\"../plan.pdf\"\r\nContent-Disposition: attachment; filename=\"../plan.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n\
JVBERi0xLjQK\r\n--XX--\r\n";
        let mail = read(raw.as_bytes()).unwrap();
        assert_eq!(mail.text, "Bonjour, ci-joint le plan de ma déclaration.");
        assert_eq!(mail.files.len(), 1);
        assert_eq!(mail.files[0].name, "plan.pdf");
        assert_eq!(mail.files[0].bytes, b"%PDF-1.4\n");
        assert_eq!(mail.reference, None);
        // No Message-ID: a digest of the message stands for it, the same each time.
        assert!(mail.message_id.starts_with("sha256:"));
        assert_eq!(read(raw.as_bytes()).unwrap().message_id, mail.message_id);
    }

    #[test]
    fn html_only_mail_is_read_as_text() {
        let raw = "From: b@example.org\r\nSubject: Question\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
<p>Quels sont les <b>horaires</b> ?</p>\r\n";
        let mail = read(raw.as_bytes()).unwrap();
        assert!(
            mail.text.contains("Quels sont les horaires ?"),
            "{}",
            mail.text
        );
        assert!(!mail.text.contains('<'));
    }

    #[test]
    fn robots_are_recognised() {
        for header in [
            "Auto-Submitted: auto-replied",
            "Precedence: bulk",
            "X-Nothing: 1\r\nFrom-Daemon: no",
        ] {
            let raw = format!(
                "From: {}\r\n{header}\r\nSubject: Absent\r\n\r\nJe suis absent.\r\n",
                if header.starts_with("X-") {
                    "MAILER-DAEMON@example.org"
                } else {
                    "c@example.org"
                }
            );
            assert!(read(raw.as_bytes()).unwrap().automatic, "{header}");
        }
        let human = "From: c@example.org\r\nAuto-Submitted: no\r\nSubject: x\r\n\r\nhi\r\n";
        assert!(!read(human.as_bytes()).unwrap().automatic);
    }

    #[test]
    fn mail_without_a_usable_sender_is_refused() {
        let raw = "From: not an address\r\nSubject: x\r\n\r\nhi\r\n";
        assert_eq!(read(raw.as_bytes()), Err(Unreadable::NoSender));
        let raw = "Subject: x\r\n\r\nhi\r\n";
        assert_eq!(read(raw.as_bytes()), Err(Unreadable::NoSender));
    }

    #[test]
    fn long_text_is_cut_with_a_mark() {
        let raw = format!(
            "From: d@example.org\r\nSubject: long\r\n\r\n{}\r\n",
            "a".repeat(MAX_MAIL_TEXT + 50)
        );
        let mail = read(raw.as_bytes()).unwrap();
        assert_eq!(mail.text.chars().count(), MAX_MAIL_TEXT + 4);
        assert!(mail.text.ends_with("\n[…]"));
    }

    #[test]
    fn too_many_attachments_are_refused_not_cut() {
        let mut raw = String::from(
            "From: e@example.org\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nhi\r\n",
        );
        for i in 0..=MAX_FILES_PER_MAIL {
            raw.push_str(&format!(
                "--B\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"f{i}.bin\"\r\n\r\nx\r\n"
            ));
        }
        raw.push_str("--B--\r\n");
        assert_eq!(read(raw.as_bytes()), Err(Unreadable::TooManyFiles));
    }
}
