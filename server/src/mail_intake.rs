//! The town's mailbox, received by the server itself: an SMTP listener on
//! `GUICHET_MAIL_INTAKE_BIND` (the town's MX, or a relay that forwards to it) that
//! accepts mail for the town's addresses only and hands each message to the requests
//! feature (`app::requests::store::mail`), which makes it a request or threads it onto one.
//!
//! The dialogue is the receiving half of RFC 5321 without relaying or authentication:
//! a few commands, under a size limit, a line limit, a time limit and a cap on sessions.
//! Reading the message (MIME, charsets, attachments) is mail-parser's job. Its answer
//! tells the sending server the truth: 250 once saved, 451 to retry later when the
//! database failed, 5xx for what will never be accepted.

use app::requests::files::MAX_MAIL_BYTES;
use app::requests::inbound::{self, Unreadable};
use app::requests::store::mail::{Received, receive};
use app::state::PublicUrl;
use chrono::Utc;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;

/// Sessions served at once; more wait for a place.
const SESSIONS: usize = 32;
/// A command line, CRLF included (RFC 5321 4.5.3.1.4 says 512; some clients add more).
const COMMAND_LINE: u64 = 2048;
/// A line of message text is cut here when read (RFC 5321 says 1000): a stream without
/// line ends cannot fill the memory.
const TEXT_LINE: u64 = 64 * 1024;
/// Silence after which a session is dropped.
const IDLE: Duration = Duration::from_secs(300);
/// Recipients of one message.
const RECIPIENTS: usize = 50;

/// What the intake needs to run.
#[derive(Clone)]
pub struct Intake {
    pub db: DatabaseConnection,
    pub public_url: PublicUrl,
    /// The addresses mail is accepted for, lowercase.
    pub mailboxes: Arc<[String]>,
    /// The name the server greets with.
    pub host: String,
}

/// Listens until `stop`; each session runs on its own task.
pub async fn serve(listener: TcpListener, intake: Intake, stop: CancellationToken) {
    let places = Arc::new(Semaphore::new(SESSIONS));
    loop {
        let accepted = tokio::select! {
            _ = stop.cancelled() => return,
            accepted = listener.accept() => accepted,
        };
        let Ok((stream, peer)) = accepted else {
            continue;
        };
        let Ok(place) = places.clone().acquire_owned().await else {
            return;
        };
        let intake = intake.clone();
        tokio::spawn(async move {
            if let Err(e) = session(stream, &intake).await {
                tracing::debug!(%peer, error = %e, "mail intake: session ended");
            }
            drop(place);
        });
    }
}

/// One SMTP session.
async fn session(stream: TcpStream, intake: &Intake) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    let greeting = format!("220 {} Guichet ESMTP\r\n", intake.host);
    write.write_all(greeting.as_bytes()).await?;
    let mut envelope = Envelope::default();
    loop {
        let Some(line) = read_line(&mut reader, COMMAND_LINE).await? else {
            return Ok(());
        };
        let command = String::from_utf8_lossy(&line);
        let command = command.trim_end();
        let verb = command
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        let answer: String = match verb.as_str() {
            "EHLO" => format!(
                "250-{}\r\n250-SIZE {MAX_MAIL_BYTES}\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 ENHANCEDSTATUSCODES\r\n",
                intake.host
            ),
            "HELO" => format!("250 {}\r\n", intake.host),
            "NOOP" => "250 2.0.0 OK\r\n".into(),
            "RSET" => {
                envelope = Envelope::default();
                "250 2.0.0 OK\r\n".into()
            }
            "VRFY" => "252 2.1.5 Send some mail and it will be read\r\n".into(),
            "QUIT" => {
                write.write_all(b"221 2.0.0 Bye\r\n").await?;
                return Ok(());
            }
            "MAIL" => match declared_size(command) {
                Some(size) if size > MAX_MAIL_BYTES => {
                    format!("552 5.3.4 Messages are limited to {MAX_MAIL_BYTES} bytes\r\n")
                }
                _ => {
                    envelope = Envelope {
                        from: true,
                        recipients: 0,
                    };
                    "250 2.1.0 OK\r\n".into()
                }
            },
            "RCPT" if !envelope.from => "503 5.5.1 MAIL first\r\n".into(),
            "RCPT" if envelope.recipients >= RECIPIENTS => {
                "452 4.5.3 Too many recipients\r\n".into()
            }
            "RCPT" => {
                let to = path(command).to_ascii_lowercase();
                if intake.mailboxes.contains(&to) {
                    envelope.recipients += 1;
                    "250 2.1.5 OK\r\n".into()
                } else {
                    "550 5.1.1 No such mailbox here\r\n".into()
                }
            }
            "DATA" if envelope.recipients == 0 => "503 5.5.1 RCPT first\r\n".into(),
            "DATA" => {
                write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let Some(message) = read_data(&mut reader).await? else {
                    return Ok(());
                };
                envelope = Envelope::default();
                match message {
                    None => format!("552 5.3.4 Messages are limited to {MAX_MAIL_BYTES} bytes\r\n"),
                    Some(raw) => deliver(intake, &raw).await,
                }
            }
            "" => "500 5.5.2 Empty command\r\n".into(),
            _ => "502 5.5.1 Not implemented\r\n".into(),
        };
        write.write_all(answer.as_bytes()).await?;
    }
}

#[derive(Default)]
struct Envelope {
    from: bool,
    recipients: usize,
}

/// Reads and saves one message; the answer to give.
async fn deliver(intake: &Intake, raw: &[u8]) -> String {
    let mail = match inbound::read(raw) {
        Ok(mail) => mail,
        Err(Unreadable::NotAMessage) => return "550 5.6.0 Not a readable message\r\n".into(),
        Err(Unreadable::NoSender) => return "550 5.1.7 The From address is not usable\r\n".into(),
        Err(Unreadable::TooManyFiles) => {
            return "552 5.3.4 Too many attachments in one message\r\n".into();
        }
    };
    match receive(&intake.db, &mail, &intake.public_url, Utc::now()).await {
        Ok(outcome) => {
            match &outcome {
                Received::Opened(reference) => {
                    tracing::info!(%reference, "mail intake: new request")
                }
                Received::Threaded(reference) => {
                    tracing::info!(%reference, "mail intake: reply added to its request")
                }
                Received::AlreadyReceived => tracing::info!("mail intake: delivered twice"),
                Received::Automatic => tracing::info!("mail intake: automatic message set aside"),
            }
            "250 2.0.0 Received\r\n".into()
        }
        Err(e) => {
            tracing::error!(error = %e, "mail intake: could not save a message");
            "451 4.3.0 Please try again later\r\n".into()
        }
    }
}

/// One line, at most `limit` bytes; `None` when the client went away or fell silent.
async fn read_line(
    reader: &mut BufReader<tokio::net::tcp::OwnedReadHalf>,
    limit: u64,
) -> std::io::Result<Option<Vec<u8>>> {
    let mut line = Vec::new();
    let mut limited = (&mut *reader).take(limit);
    match tokio::time::timeout(IDLE, limited.read_until(b'\n', &mut line)).await {
        Err(_) | Ok(Ok(0)) => Ok(None),
        Ok(Ok(_)) => Ok(Some(line)),
        Ok(Err(e)) => Err(e),
    }
}

/// The message after DATA, dots unstuffed (RFC 5321 4.5.2): `Some(None)` when it was too
/// large (read to its end all the same, so the session can go on); `None` when the client
/// went away.
async fn read_data(
    reader: &mut BufReader<tokio::net::tcp::OwnedReadHalf>,
) -> std::io::Result<Option<Option<Vec<u8>>>> {
    let mut message = Vec::new();
    let mut too_large = false;
    loop {
        let Some(line) = read_line(reader, TEXT_LINE).await? else {
            return Ok(None);
        };
        if line == b".\r\n" || line == b".\n" {
            return Ok(Some((!too_large).then_some(message)));
        }
        let line = line.strip_prefix(b".").unwrap_or(&line);
        if message.len() + line.len() > MAX_MAIL_BYTES {
            too_large = true;
            message.clear();
        }
        if !too_large {
            message.extend_from_slice(line);
        }
    }
}

/// `SIZE=123` of `MAIL FROM:<a@b> SIZE=123`.
fn declared_size(command: &str) -> Option<usize> {
    command
        .split_whitespace()
        .skip(1)
        .find_map(|p| p.to_ascii_uppercase().strip_prefix("SIZE=")?.parse().ok())
}

/// The address of `RCPT TO:<a@b> NOTIFY=…` or `RCPT TO: a@b`.
fn path(command: &str) -> String {
    let rest = command.split_once(':').map_or("", |(_, r)| r).trim();
    let address = rest.split_whitespace().next().unwrap_or_default();
    address
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_owned()
}

/// The address of a mailbox written `Name <a@b>` or `a@b`, lowercase.
pub fn mailbox_address(mailbox: &str) -> String {
    let inner = match (mailbox.rfind('<'), mailbox.rfind('>')) {
        (Some(start), Some(end)) if start < end => &mailbox[start + 1..end],
        _ => mailbox,
    };
    inner.trim().to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_addresses_are_read() {
        assert_eq!(
            path("RCPT TO:<Mairie@Villebourg.test>"),
            "Mairie@Villebourg.test"
        );
        assert_eq!(path("RCPT TO: <a@b> NOTIFY=NEVER"), "a@b");
        assert_eq!(path("RCPT TO:a@b"), "a@b");
        assert_eq!(
            declared_size("MAIL FROM:<a@b> BODY=8BITMIME SIZE=2048"),
            Some(2048)
        );
        assert_eq!(declared_size("MAIL FROM:<a@b>"), None);
        assert_eq!(
            mailbox_address("Mairie de Villebourg <Mairie@Villebourg.test>"),
            "mairie@villebourg.test"
        );
        assert_eq!(mailbox_address(" a@b.test "), "a@b.test");
    }
}
