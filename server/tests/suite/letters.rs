//! The mail desk and replies, through the real router on a SQLite file and PostgreSQL: a
//! letter registered with its scan opens a request dated by its stamp, its scan is
//! downloaded back as sent; an oversized or non-PDF scan is refused with a message and
//! nothing is saved; the town replies by e-mail (the reference leads the subject, so the
//! answer threads), by SMS only to a mobile, and by printed letter for the envelope window.

use crate::common::TestDb;
use crate::common::web::{app, get_as, location, post_as, send, signed_in_cookies};
use crate::requests::town_hall;
use app::requests::files::MAX_SCAN_BYTES;
use app::requests::model::LETTER_POST_PATH;
use app::statuses::{Channel, RequestStatus};
use app::store::entities::{notification, request, request_event, request_file};
use axum::body::Body;
use chrono::Utc;
use http::{Request, StatusCode, header};
use leptos::server_fn::ServerFn;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const BOUNDARY: &str = "----guichet-test-boundary";

/// A multipart form as a browser sends it: text fields, then the file.
fn multipart(
    uri: &str,
    fields: &[(&str, &str)],
    file: (&str, &str, &[u8]),
    cookies: &str,
) -> Request<Body> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    let (name, content_type, bytes) = file;
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"{name}\"\r\nContent-Type: {content_type}\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    Request::builder()
        .method("POST")
        .uri(uri)
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, crate::common::PUBLIC_URL)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::COOKIE, cookies)
        .body(Body::from(body))
        .unwrap()
}

fn letter_fields<'a>(received: &'a str, subject: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("recu", received),
        ("type", "complaint"),
        ("sujet", subject),
        ("nom", "Karim Haddad"),
        ("adresse", "12 rue des Lilas\n99999 Testville"),
        ("telephone", "06 12 34 56 78"),
        ("courriel", ""),
        ("langue", "ar"),
        ("note", "Plainte pour le bruit du chantier."),
    ]
}

#[tokio::test]
async fn a_letter_is_registered_with_its_scan_and_answered_by_post_sms_and_e_mail() {
    for t in crate::common::both().await {
        let label = t.label();
        town_hall(&t.db).await;
        let router = app(&t);
        let agent = crate::common::agent(&t.db, "Nadia Roux", "counsellor", "2468").await;
        let cookies = signed_in_cookies(&router, &t, agent, "2468").await;
        let today = app::i18n::dates::paris_date(Utc::now());
        let stamped = (today - chrono::Duration::days(3))
            .format("%Y-%m-%d")
            .to_string();

        // A Word file named .pdf, and a scan above 10 MB: refused, nothing saved.
        let (status, headers, _) = send(
            &router,
            multipart(
                LETTER_POST_PATH,
                &letter_fields(&stamped, "Bruit du chantier"),
                (
                    "plainte.pdf",
                    "application/pdf",
                    b"PK\x03\x04word/document.xml",
                ),
                &cookies,
            ),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{label}");
        let back = location(&headers);
        assert!(
            back.starts_with("/agent/courrier?erreur=requests-error-scan-type"),
            "{label}: {back}"
        );
        // What was typed comes back with the message.
        assert!(
            back.contains("sujet=Bruit%20du%20chantier"),
            "{label}: {back}"
        );
        let mut big = b"%PDF-1.4\n".to_vec();
        big.resize(MAX_SCAN_BYTES + 1, b'0');
        let (status, headers, _) = send(
            &router,
            multipart(
                LETTER_POST_PATH,
                &letter_fields(&stamped, "Bruit du chantier"),
                ("plainte.pdf", "application/pdf", &big),
                &cookies,
            ),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{label}");
        assert!(
            location(&headers).contains("erreur=requests-error-scan-too-large"),
            "{label}"
        );
        // The form shows the refusal in French, with the subject typed.
        let (_, _, page) = send(&router, get_as(&location(&headers), &cookies)).await;
        let page = page.replace(['\u{2068}', '\u{2069}'], "");
        assert!(page.contains("Le fichier dépasse 10 Mo"), "{label}");
        assert!(page.contains("value=\"Bruit du chantier\""), "{label}");
        assert_eq!(
            request::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );
        assert_eq!(
            request_file::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );

        // A real scan: the request is opened, dated by the stamp, the scan kept.
        let scan = b"%PDF-1.4\n% plainte de M. Haddad\n%%EOF\n".to_vec();
        let (status, headers, _) = send(
            &router,
            multipart(
                LETTER_POST_PATH,
                &letter_fields(&stamped, "Bruit du chantier"),
                ("C:\\scans\\plainte é.pdf", "application/pdf", &scan),
                &cookies,
            ),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{label}");
        let page_path = location(&headers);
        assert!(page_path.ends_with("?ouverte=1"), "{label}: {page_path}");
        let r = request::Entity::find().one(&t.db).await.unwrap().unwrap();
        assert_eq!(r.channel, Channel::Letter, "{label}");
        assert_eq!(r.language, "ar", "{label}");
        assert_eq!(
            app::i18n::dates::paris_date(r.received_at)
                .format("%Y-%m-%d")
                .to_string(),
            stamped,
            "{label}"
        );
        assert_eq!(
            r.postal_address, "12 rue des Lilas\n99999 Testville",
            "{label}"
        );
        let file = request_file::Entity::find()
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(file.file_name, "plainte é.pdf", "{label}");

        // The request's page lists the scan; it downloads as sent, as an attachment.
        let (_, _, detail) = send(&router, get_as(&page_path, &cookies)).await;
        let href = format!("/agent/demandes/{}/fichiers/{}", r.reference, file.id);
        assert!(detail.contains(&href), "{label}");
        let res = tower::ServiceExt::oneshot(router.clone(), get_as(&href, &cookies))
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{label}");
        assert_eq!(
            res.headers()[header::CONTENT_TYPE],
            "application/pdf",
            "{label}"
        );
        let disposition = res.headers()[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(disposition.starts_with("attachment;"), "{label}");
        assert!(disposition.contains("plainte%20%C3%A9.pdf"), "{label}");
        let bytes = axum::body::to_bytes(res.into_body(), 1 << 20)
            .await
            .unwrap();
        assert_eq!(bytes.as_ref(), scan.as_slice(), "{label}");
        // Without a session, nothing.
        let (status, _, _) = send(&router, get_as(&href, "")).await;
        assert_ne!(status, StatusCode::OK, "{label}");

        // No e-mail address: a reply by e-mail is refused, and nothing changes.
        let reply = |means: &'static str, text: &'static str| {
            let reference = r.reference.clone();
            post_as(
                app::requests::ActOnRequest::PATH,
                &[
                    ("reference", reference.as_str()),
                    ("action", "reponse"),
                    ("texte", text),
                    ("moyen", means),
                ],
                &cookies,
            )
        };
        let (_, headers, _) = send(&router, reply("courriel", "Le chantier finira le 15.")).await;
        assert!(
            location(&headers).ends_with("erreur=requests-error-means-email"),
            "{label}: {}",
            location(&headers)
        );
        assert_eq!(
            request::Entity::find_by_id(r.id)
                .one(&t.db)
                .await
                .unwrap()
                .unwrap()
                .status,
            RequestStatus::Received,
            "{label}"
        );

        // A question by SMS: a short message with the link, never the text.
        let (_, headers, _) = send(
            &router,
            post_as(
                app::requests::ActOnRequest::PATH,
                &[
                    ("reference", r.reference.as_str()),
                    ("action", "attente"),
                    ("texte", "À quelle heure le bruit commence-t-il ?"),
                    ("moyen", "sms"),
                ],
                &cookies,
            ),
        )
        .await;
        assert!(location(&headers).ends_with("?enregistre=1"), "{label}");
        let sms = notification::Entity::find()
            .filter(notification::Column::Channel.eq("sms"))
            .one(&t.db)
            .await
            .unwrap()
            .expect("an SMS is queued");
        assert_eq!(sms.recipient, "+33612345678", "{label}");
        assert!(sms.body.contains(&r.reference), "{label}");
        assert!(sms.body.contains("/suivi?reference="), "{label}");
        assert!(!sms.body.contains("bruit commence"), "{label}");

        // The reply by post: straight to the letter to print, in French with the
        // resident's Arabic beside it, for the window envelope.
        send(
            &router,
            post_as(
                app::requests::ActOnRequest::PATH,
                &[
                    ("reference", r.reference.as_str()),
                    ("action", "reprise"),
                    ("texte", ""),
                ],
                &cookies,
            ),
        )
        .await;
        let (status, headers, _) = send(
            &router,
            reply("courrier", "Le chantier s'arrêtera à 18 h dès lundi."),
        )
        .await;
        assert_eq!(status, StatusCode::FOUND, "{label}");
        let letter = location(&headers);
        assert!(
            letter.starts_with(&format!("/agent/demandes/{}/courrier/", r.reference)),
            "{label}: {letter}"
        );
        let (status, _, printed) = send(&router, get_as(&letter, &cookies)).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        let printed = printed.replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            printed.contains("Le chantier s&#x27;arrêtera à 18 h dès lundi.")
                || printed.contains("Le chantier s'arrêtera à 18 h dès lundi."),
            "{label}"
        );
        assert!(printed.contains("12 rue des Lilas"), "{label}");
        assert!(printed.contains("lang=\"ar\""), "{label}");
        assert!(
            printed.contains(&app::i18n::text(
                app::i18n::Locale::Ar,
                "reply-letter-title"
            )),
            "{label}"
        );
        let answered = request::Entity::find_by_id(r.id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(answered.status, RequestStatus::Answered, "{label}");
        let means: Vec<Option<String>> = request_event::Entity::find()
            .filter(request_event::Column::RequestId.eq(r.id))
            .filter(request_event::Column::Means.is_not_null())
            .all(&t.db)
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.means)
            .collect();
        assert_eq!(
            means,
            [Some("sms".into()), Some("courrier".into())],
            "{label}"
        );

        // A file added later; a web page sent as a scan is refused.
        let (_, headers, _) = send(
            &router,
            multipart(
                &format!("/agent/demandes/{}/fichiers", r.reference),
                &[],
                ("photo.png", "image/png", b"\x89PNG\r\n\x1a\nchantier"),
                &cookies,
            ),
        )
        .await;
        assert!(location(&headers).ends_with("?fichier=1"), "{label}");
        let (_, headers, _) = send(
            &router,
            multipart(
                &format!("/agent/demandes/{}/fichiers", r.reference),
                &[],
                (
                    "page.pdf",
                    "application/pdf",
                    b"<html><script>alert(1)</script>",
                ),
                &cookies,
            ),
        )
        .await;
        assert!(
            location(&headers).ends_with("erreur=requests-error-scan-type"),
            "{label}"
        );
        assert_eq!(
            request_file::Entity::find().count(&t.db).await.unwrap(),
            2,
            "{label}"
        );
        let _: &TestDb = &t;
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_reply_by_e_mail_carries_the_reference_for_the_answer_to_thread() {
    use app::requests::model::SubmitForm;
    for t in crate::common::both().await {
        let label = t.label();
        town_hall(&t.db).await;
        let form = SubmitForm {
            kind: "information".into(),
            subject: "Horaires de la piscine".into(),
            message: "Quels sont les horaires pendant les vacances ?".into(),
            name: "Lina Petit".into(),
            email: "lina@example.org".into(),
            ..Default::default()
        };
        let (reference, _) = app::requests::store::submit(
            &t.db,
            &form,
            app::i18n::Locale::Es,
            &crate::common::public_url(),
            Utc::now(),
        )
        .await
        .unwrap();
        let agent = crate::requests::identity(&t.db, "Claire").await;
        let mut reply =
            crate::requests::action(&reference, "reponse", "De 10 h à 19 h, tous les jours.");
        reply.means = "courriel".into();
        let acted = app::requests::store::act(
            &t.db,
            &agent,
            &crate::common::public_url(),
            &reply,
            app::i18n::Locale::Fr,
            Utc::now(),
        )
        .await
        .unwrap();
        assert_eq!(acted.letter, None, "{label}");
        let sent = notification::Entity::find()
            .filter(notification::Column::Template.eq("request-reply"))
            .one(&t.db)
            .await
            .unwrap()
            .expect("the reply is queued");
        assert_eq!(sent.recipient, "lina@example.org", "{label}");
        assert_eq!(sent.language, "es", "{label}");
        let subject = sent.subject.unwrap_or_default();
        assert!(
            subject.starts_with(&format!("[{reference}] ")),
            "{label}: {subject}"
        );
        assert!(
            sent.body.contains("De 10 h à 19 h, tous les jours."),
            "{label}"
        );
        assert!(!sent.body.contains('\u{2068}'), "{label}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_duplicate_of_the_same_resident_is_merged_and_followed_on_the_request_kept() {
    use app::requests::model::{FollowView, SubmitForm};
    use app::requests::store::{self as requests, RequestsError};
    for t in crate::common::both().await {
        let label = t.label();
        town_hall(&t.db).await;
        let url = crate::common::public_url();
        let submit = |subject: &str, email: &str| SubmitForm {
            kind: "complaint".into(),
            subject: subject.into(),
            message: format!("{subject}, depuis lundi."),
            name: "Lina Petit".into(),
            email: email.into(),
            ..Default::default()
        };
        let fr = app::i18n::Locale::Fr;
        let (kept, _) = requests::submit(
            &t.db,
            &submit("Lampadaire éteint", "lina@example.org"),
            fr,
            &url,
            Utc::now(),
        )
        .await
        .unwrap();
        let (duplicate, code) = requests::submit(
            &t.db,
            &submit("Lampadaire rue des Lilas", "LINA@example.org"),
            fr,
            &url,
            Utc::now(),
        )
        .await
        .unwrap();
        let (stranger, _) = requests::submit(
            &t.db,
            &submit("Lampadaire aussi", "voisin@example.org"),
            fr,
            &url,
            Utc::now(),
        )
        .await
        .unwrap();
        let agent = crate::requests::identity(&t.db, "Claire").await;
        let merge = |from: &str, into: &str| {
            let mut form = crate::requests::action(from, "regroupement", "");
            form.target = into.into();
            form
        };
        // Another resident's request, itself, or nothing: refused, nothing changes.
        for (into, why) in [
            (stranger.as_str(), "requests-error-merge-other-resident"),
            (duplicate.as_str(), "requests-error-merge-same"),
            ("D-1999-00001", "requests-error-merge-target"),
        ] {
            let refused = requests::act(
                &t.db,
                &agent,
                &url,
                &merge(&duplicate, into),
                fr,
                Utc::now(),
            )
            .await;
            assert!(
                matches!(refused, Err(RequestsError::Invalid(id)) if id == why),
                "{label}: {into}"
            );
        }
        assert_eq!(
            crate::requests::by_reference(&t.db, &duplicate)
                .await
                .status,
            RequestStatus::Received,
            "{label}"
        );

        requests::act(
            &t.db,
            &agent,
            &url,
            &merge(&duplicate, &kept),
            fr,
            Utc::now(),
        )
        .await
        .unwrap();
        let closed = crate::requests::by_reference(&t.db, &duplicate).await;
        let kept_row = crate::requests::by_reference(&t.db, &kept).await;
        assert_eq!(closed.status, RequestStatus::Closed, "{label}");
        assert_eq!(closed.merged_into_id, Some(kept_row.id), "{label}");
        // What the duplicate said is in the history of the request kept.
        let moved = request_event::Entity::find()
            .filter(request_event::Column::RequestId.eq(kept_row.id))
            .filter(request_event::Column::Kind.eq("merged"))
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert!(moved.body.contains(&duplicate), "{label}");
        assert!(
            moved
                .body
                .contains("Lampadaire rue des Lilas, depuis lundi."),
            "{label}"
        );
        // A merged request cannot be merged into again.
        let again = requests::act(
            &t.db,
            &agent,
            &url,
            &merge(&stranger, &duplicate),
            fr,
            Utc::now(),
        )
        .await;
        assert!(matches!(again, Err(RequestsError::Invalid(_))), "{label}");

        // The duplicate's code shows the request kept, saying so.
        let seen = requests::follow(&t.db, &duplicate, &code, fr, Utc::now())
            .await
            .unwrap();
        let FollowView::Found(seen) = seen else {
            panic!("{label}: the duplicate's code opens the request kept");
        };
        assert_eq!(seen.reference, kept, "{label}");
        assert_eq!(
            seen.merged_from.as_deref(),
            Some(duplicate.as_str()),
            "{label}"
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn supervisors_write_reply_templates_and_agents_start_from_them() {
    use app::requests::SaveReplyTemplate;
    use app::requests::model::SubmitForm;
    use app::store::entities::reply_template;
    for t in crate::common::both().await {
        let label = t.label();
        town_hall(&t.db).await;
        let router = app(&t);
        let supervisor = crate::common::agent(&t.db, "Sophie Laurent", "supervisor", "1357").await;
        let counsellor = crate::common::agent(&t.db, "Nadia Roux", "counsellor", "2468").await;
        let boss = signed_in_cookies(&router, &t, supervisor, "1357").await;
        let desk = signed_in_cookies(&router, &t, counsellor, "2468").await;
        let template = |text: &'static str| {
            vec![
                ("titre", "Travaux de voirie"),
                ("type", "complaint"),
                ("langue", "ar"),
                ("texte", text),
            ]
        };
        let body = "Merci de votre signalement : les travaux finiront avant la fin du mois.";
        // Without a text: refused with the reason, nothing saved.
        let (_, headers, _) = send(
            &router,
            post_as(SaveReplyTemplate::PATH, &template(""), &boss),
        )
        .await;
        assert!(
            location(&headers).ends_with("erreur=requests-error-text"),
            "{label}"
        );
        // A counsellor uses templates but does not write them.
        let (status, headers, _) = send(
            &router,
            post_as(SaveReplyTemplate::PATH, &template(body), &desk),
        )
        .await;
        // (The page never shows them the form; a forged post is refused, and without
        // JavaScript the server function's refusal sends the browser away.)
        let went = headers
            .get(header::LOCATION)
            .map(|l| l.to_str().unwrap().to_owned())
            .unwrap_or_default();
        assert!(
            status == StatusCode::FORBIDDEN
                || (status.is_redirection() && !went.contains("enregistre")),
            "{label}: {status} {went}"
        );
        assert_eq!(
            reply_template::Entity::find().count(&t.db).await.unwrap(),
            0,
            "{label}"
        );
        let (_, headers, _) = send(
            &router,
            post_as(SaveReplyTemplate::PATH, &template(body), &boss),
        )
        .await;
        assert!(location(&headers).ends_with("?enregistre=1"), "{label}");
        let saved = reply_template::Entity::find()
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(saved.language, "ar", "{label}");

        // A complaint from a resident who reads Arabic: the template is offered, and fills
        // the reply when chosen.
        let form = SubmitForm {
            kind: "complaint".into(),
            subject: "Trou dans la chaussée".into(),
            message: "Un trou dangereux devant le 4 rue Haute.".into(),
            name: "Omar Said".into(),
            email: "omar@example.org".into(),
            ..Default::default()
        };
        let (reference, _) = app::requests::store::submit(
            &t.db,
            &form,
            app::i18n::Locale::Ar,
            &crate::common::public_url(),
            Utc::now(),
        )
        .await
        .unwrap();
        let page = format!("/agent/demandes/{reference}");
        let (_, _, offered) = send(&router, get_as(&page, &desk)).await;
        assert!(offered.contains("Travaux de voirie"), "{label}");
        // (The page's data carries the template; the reply's text area is empty.)
        let in_textarea = format!("{body}</textarea>");
        assert!(
            !offered.contains(&in_textarea),
            "{label}: not filled before it is chosen"
        );
        let (_, _, filled) = send(
            &router,
            get_as(&format!("{page}?modele={}", saved.id), &desk),
        )
        .await;
        assert!(filled.contains(&in_textarea), "{label}");
        t.drop_db().await;
    }
}
