//! The town's mailbox over real SMTP, on a SQLite file and PostgreSQL: a message sent with
//! lettre becomes a contact and a request with its attachment, acknowledged by return; the
//! same message delivered twice makes one request; the resident's reply threads onto the
//! request and starts its clock again; a reply quoting the reference from another address
//! opens its own request; absence notices, strangers' mailboxes and oversized messages are
//! refused or set aside.

use crate::requests::{TownHall, by_reference, identity, town_hall};
use app::requests::store as requests;
use app::statuses::{Channel, RequestStatus};
use app::store::entities::{contact, notification, request, request_event, request_file};
use chrono::Utc;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use server::mail_intake::{Intake, serve};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio_util::sync::CancellationToken;

const TOWN: &str = "mairie@testville.fr";

/// The intake on a free port of loopback; the port.
async fn start(db: &DatabaseConnection, stop: &CancellationToken) -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let intake = Intake {
        db: db.clone(),
        public_url: crate::common::public_url(),
        mailboxes: vec![TOWN.to_owned()].into(),
        host: "testville.fr".into(),
    };
    tokio::spawn(serve(listener, intake, stop.clone()));
    port
}

fn mailer(port: u16) -> AsyncSmtpTransport<Tokio1Executor> {
    AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous("127.0.0.1")
        .port(port)
        .build()
}

fn mail(from: &str, to: &str, subject: &str, id: &str) -> lettre::message::MessageBuilder {
    Message::builder()
        .from(from.parse::<Mailbox>().unwrap())
        .to(to.parse::<Mailbox>().unwrap())
        .subject(subject)
        .message_id(Some(format!("<{id}@example.org>")))
}

async fn requests_of(db: &DatabaseConnection, email: &str) -> Vec<request::Model> {
    request::Entity::find()
        .filter(request::Column::Email.eq(email))
        .all(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_e_mail_becomes_a_request_and_the_residents_reply_threads_onto_it() {
    for t in crate::common::both().await {
        let label = t.label();
        let TownHall { .. } = town_hall(&t.db).await;
        let stop = CancellationToken::new();
        let port = start(&t.db, &stop).await;
        let smtp = mailer(port);
        let pdf = b"%PDF-1.4\n% acte de naissance\n".to_vec();
        let first = mail(
            "Fatima Zénati <fatima@example.org>",
            TOWN,
            "Demande d'acte de naissance",
            "first",
        )
        .multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(
                    "Bonjour, il me faut un acte de naissance pour mon fils né ici en 2019."
                        .to_owned(),
                ))
                .singlepart(
                    Attachment::new("livret de famille.pdf".into())
                        .body(pdf.clone(), ContentType::parse("application/pdf").unwrap()),
                ),
        )
        .unwrap();
        smtp.send(first.clone()).await.unwrap();

        let opened = requests_of(&t.db, "fatima@example.org").await;
        assert_eq!(opened.len(), 1, "{label}");
        let r = &opened[0];
        assert_eq!(r.channel, Channel::Email, "{label}");
        assert_eq!(r.status, RequestStatus::Received, "{label}");
        assert_eq!(r.contact_name, "Fatima Zénati", "{label}");
        assert_eq!(r.subject, "Demande d'acte de naissance", "{label}");
        assert!(
            r.description.contains("acte de naissance pour mon fils"),
            "{label}"
        );
        // E-mails are due within 5 working days: a deadline was counted.
        assert!(r.due_at.is_some(), "{label}");
        let contacts = contact::Entity::find()
            .filter(contact::Column::Id.eq(r.contact_id.unwrap()))
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(contacts.channel, "email", "{label}");
        let files = request_file::Entity::find()
            .filter(request_file::Column::RequestId.eq(r.id))
            .all(&t.db)
            .await
            .unwrap();
        assert_eq!(files.len(), 1, "{label}");
        assert_eq!(files[0].file_name, "livret de famille.pdf", "{label}");
        assert_eq!(files[0].content_type, "application/pdf", "{label}");
        assert_eq!(files[0].content, pdf, "{label}");
        // Acknowledged by return, with the reference in the subject for replies to thread.
        let acks = notification::Entity::find()
            .filter(notification::Column::Recipient.eq("fatima@example.org"))
            .all(&t.db)
            .await
            .unwrap();
        assert_eq!(acks.len(), 1, "{label}");
        assert!(
            acks[0]
                .subject
                .as_deref()
                .unwrap_or_default()
                .contains(&r.reference),
            "{label}"
        );

        // The sending server retries the same message: still one request.
        smtp.send(first).await.unwrap();
        assert_eq!(
            requests_of(&t.db, "fatima@example.org").await.len(),
            1,
            "{label}"
        );

        // The town asks for a document; the clock stops.
        let agent = identity(&t.db, "Claire").await;
        requests::act(
            &t.db,
            &agent,
            &crate::common::public_url(),
            &crate::requests::action(
                &r.reference,
                "attente",
                "Merci de nous envoyer une pièce d'identité.",
            ),
            app::i18n::Locale::Fr,
            Utc::now(),
        )
        .await
        .unwrap();
        assert_eq!(
            by_reference(&t.db, &r.reference).await.status,
            RequestStatus::WaitingResident,
            "{label}"
        );

        // She answers the e-mail: her message joins the request, its clock runs again.
        let png = b"\x89PNG\r\n\x1a\nidentite".to_vec();
        let reply = mail(
            "fatima@example.org",
            TOWN,
            &format!("RE: Accusé de réception de votre demande {}", r.reference),
            "reply",
        )
        .multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain("Voici ma carte d'identité.".to_owned()))
                .singlepart(
                    Attachment::new("carte.png".into())
                        .body(png.clone(), ContentType::parse("image/png").unwrap()),
                ),
        )
        .unwrap();
        smtp.send(reply).await.unwrap();
        let after = by_reference(&t.db, &r.reference).await;
        assert_eq!(after.status, RequestStatus::InProgress, "{label}");
        assert_eq!(
            requests_of(&t.db, "fatima@example.org").await.len(),
            1,
            "{label}"
        );
        let events = request_event::Entity::find()
            .filter(request_event::Column::RequestId.eq(r.id))
            .filter(request_event::Column::Kind.eq("resident"))
            .all(&t.db)
            .await
            .unwrap();
        assert_eq!(events.len(), 1, "{label}");
        assert!(
            events[0].body.contains("Voici ma carte d'identité."),
            "{label}"
        );
        assert_eq!(events[0].status, Some(RequestStatus::InProgress), "{label}");
        let files = request_file::Entity::find()
            .filter(request_file::Column::RequestId.eq(r.id))
            .all(&t.db)
            .await
            .unwrap();
        assert_eq!(files.len(), 2, "{label}");
        assert_eq!(files[1].event_id, Some(events[0].id), "{label}");
        assert_eq!(files[1].content, png, "{label}");

        // Somebody else quotes her reference: that opens a request of their own.
        let stranger = mail(
            "curieux@example.net",
            TOWN,
            &format!("RE: {}", r.reference),
            "stranger",
        )
        .body("Je voudrais des nouvelles de ce dossier.".to_owned())
        .unwrap();
        smtp.send(stranger).await.unwrap();
        assert_eq!(
            requests_of(&t.db, "fatima@example.org").await.len(),
            1,
            "{label}"
        );
        assert_eq!(
            requests_of(&t.db, "curieux@example.net").await.len(),
            1,
            "{label}"
        );
        let events_now = request_event::Entity::find()
            .filter(request_event::Column::RequestId.eq(r.id))
            .count(&t.db)
            .await
            .unwrap();

        // An absence notice answering the acknowledgement is set aside.
        let absent = mail(
            "fatima@example.org",
            TOWN,
            &format!("Absente : {}", r.reference),
            "absent",
        )
        .header(AutoSubmitted)
        .body("Je suis absente jusqu'au 3 janvier.".to_owned())
        .unwrap();
        smtp.send(absent).await.unwrap();
        assert_eq!(
            request_event::Entity::find()
                .filter(request_event::Column::RequestId.eq(r.id))
                .count(&t.db)
                .await
                .unwrap(),
            events_now,
            "{label}"
        );

        // Mail for somebody else's mailbox is refused: the town is no relay.
        let elsewhere = mail(
            "fatima@example.org",
            "quelquun@ailleurs.example",
            "Bonjour",
            "relay",
        )
        .body("x".to_owned())
        .unwrap();
        assert!(smtp.send(elsewhere).await.is_err(), "{label}");
        assert_eq!(
            request::Entity::find().count(&t.db).await.unwrap(),
            2,
            "{label}"
        );

        stop.cancel();
        t.drop_db().await;
    }
}

/// `Auto-Submitted: auto-replied`, as absence notices carry (RFC 3834).
#[derive(Clone)]
struct AutoSubmitted;

impl lettre::message::header::Header for AutoSubmitted {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("Auto-Submitted")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AutoSubmitted)
    }
    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), "auto-replied".into())
    }
}

type Lines = tokio::io::Lines<BufReader<tokio::net::tcp::OwnedReadHalf>>;

/// The server's reply: its last line (the one with a space after the code).
async fn answer(lines: &mut Lines) -> String {
    loop {
        let line = lines.next_line().await.unwrap().unwrap();
        if line.as_bytes().get(3) == Some(&b' ') {
            return line;
        }
    }
}

/// Raw SMTP: an oversized message is refused at MAIL when announced, and at the end of
/// DATA when not, and the session goes on; nothing is saved.
#[tokio::test]
async fn oversized_messages_are_refused_and_the_session_goes_on() {
    let t = crate::common::TestDb::sqlite().await;
    town_hall(&t.db).await;
    let stop = CancellationToken::new();
    let port = start(&t.db, &stop).await;
    let stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read).lines();
    assert!(answer(&mut lines).await.starts_with("220"));
    write.write_all(b"EHLO client.example\r\n").await.unwrap();
    assert!(answer(&mut lines).await.starts_with("250"));
    let max = app::requests::files::MAX_MAIL_BYTES;
    write
        .write_all(format!("MAIL FROM:<a@example.org> SIZE={}\r\n", max + 1).as_bytes())
        .await
        .unwrap();
    assert!(answer(&mut lines).await.starts_with("552"));
    write
        .write_all(b"MAIL FROM:<a@example.org>\r\n")
        .await
        .unwrap();
    assert!(answer(&mut lines).await.starts_with("250"));
    write
        .write_all(format!("RCPT TO:<{TOWN}>\r\n").as_bytes())
        .await
        .unwrap();
    assert!(answer(&mut lines).await.starts_with("250"));
    write.write_all(b"DATA\r\n").await.unwrap();
    assert!(answer(&mut lines).await.starts_with("354"));
    write
        .write_all(b"From: a@example.org\r\nSubject: gros\r\n\r\n")
        .await
        .unwrap();
    let line = format!("{}\r\n", "x".repeat(998));
    for _ in 0..=(max / line.len()) {
        write.write_all(line.as_bytes()).await.unwrap();
    }
    write.write_all(b".\r\n").await.unwrap();
    assert!(answer(&mut lines).await.starts_with("552"));
    // Still talking: a small one goes through.
    write
        .write_all(b"MAIL FROM:<a@example.org>\r\n")
        .await
        .unwrap();
    assert!(answer(&mut lines).await.starts_with("250"));
    write
        .write_all(format!("RCPT TO:<{TOWN}>\r\n").as_bytes())
        .await
        .unwrap();
    assert!(answer(&mut lines).await.starts_with("250"));
    write.write_all(b"DATA\r\n").await.unwrap();
    assert!(answer(&mut lines).await.starts_with("354"));
    write
        .write_all(b"From: a@example.org\r\nSubject: petit\r\n\r\n..point\r\n.\r\n")
        .await
        .unwrap();
    assert!(answer(&mut lines).await.starts_with("250"));
    write.write_all(b"QUIT\r\n").await.unwrap();
    assert!(answer(&mut lines).await.starts_with("221"));
    let saved = request::Entity::find().all(&t.db).await.unwrap();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].subject, "petit");
    // Dot-stuffing undone.
    assert_eq!(saved[0].description, ".point");
    stop.cancel();
    t.drop_db().await;
}
