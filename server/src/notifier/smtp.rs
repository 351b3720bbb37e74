//! E-mail over SMTP with lettre. `GUICHET_SMTP_URL` says how: `smtp://host:25` (plain, for
//! a relay on the same machine), `smtp://user:pass@host:587?tls=required` (STARTTLS),
//! `smtps://user:pass@host:465` (TLS from the first byte).

use super::Transport;
use app::store::entities::notification;
use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

pub struct Smtp {
    mailer: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Smtp {
    pub fn new(url: &str, from: &str) -> Result<Smtp, String> {
        let mailer = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("GUICHET_SMTP_URL: {e}"))?
            .build();
        let from = from
            .parse::<Mailbox>()
            .map_err(|e| format!("GUICHET_SMTP_FROM '{from}': {e}"))?;
        Ok(Smtp { mailer, from })
    }
}

impl Transport for Smtp {
    async fn send(&self, message: &notification::Model) -> Result<(), String> {
        let to = message
            .recipient
            .parse::<Mailbox>()
            .map_err(|e| format!("recipient: {e}"))?;
        // The same Message-ID on every attempt: a message sent again after a crash between
        // the server's hand-over and its record is recognisably the same one.
        let message_id = format!(
            "<{}@{}>",
            app::staff::tokens::digest(&message.idempotency_key),
            self.from.email.domain()
        );
        let email = Message::builder()
            .from(self.from.clone())
            .message_id(Some(message_id))
            .to(to)
            .subject(message.subject.clone().unwrap_or_default())
            .header(ContentType::TEXT_PLAIN)
            .body(message.body.clone())
            .map_err(|e| format!("message: {e}"))?;
        self.mailer
            .send(email)
            .await
            .map(|_| ())
            .map_err(|e| format!("smtp: {e}"))
    }
}
