//! The booking pages as a browser without JavaScript uses them: links and forms that post
//! and redirect, through the real router on SQLite and PostgreSQL. Motif → site → time →
//! contact (a mistake first) → review → confirmation page, calendar file, the same
//! confirmation twice, and cancelling from the link.

use crate::common::town::one_slot_a_day;
use crate::common::web::{
    app, form, form_post, get, get_as, is_redirect, location, send, set_cookie,
};
use axum::body::Body;
use http::StatusCode;

fn clean(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
        .replace("&#x27;", "'")
}

/// The value of the first `name=` query parameter in a page's links, decoded.
fn first_param(html: &str, name: &str) -> String {
    let at = html.find(&format!("{name}=")).expect(name) + name.len() + 1;
    let raw: String = html[at..]
        .chars()
        .take_while(|c| !matches!(c, '"' | '&'))
        .collect();
    raw.replace("%3A", ":")
}

#[tokio::test]
async fn a_resident_books_and_cancels_without_javascript() {
    for t in crate::common::both().await {
        one_slot_a_day(&t.db, 1).await;
        let app = app(&t);
        let label = t.label();

        let (status, _, body) = send(&app, get("/rendez-vous").body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        let body = clean(&body);
        assert!(
            body.contains("Acte de naissance"),
            "{label}: the motif is listed"
        );
        assert!(body.contains("Étape 1 sur 5"));

        let (_, _, found) = send(
            &app,
            get("/rendez-vous?q=NAISSANCE").body(Body::empty()).unwrap(),
        )
        .await;
        assert!(
            clean(&found).contains("Un motif correspond"),
            "{label}: search ignores case"
        );
        let (_, _, none) = send(
            &app,
            get("/rendez-vous?q=passeport").body(Body::empty()).unwrap(),
        )
        .await;
        assert!(clean(&none).contains("Aucun motif ne correspond"));

        let (_, _, sites) = send(
            &app,
            get("/rendez-vous?motif=acte").body(Body::empty()).unwrap(),
        )
        .await;
        assert!(
            clean(&sites).contains("Mairie test"),
            "{label}: the site is offered"
        );

        let (_, _, slots) = send(
            &app,
            get("/rendez-vous?motif=acte&lieu=test")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        let slots = clean(&slots);
        assert!(slots.contains("Premier horaire libre"), "{label}");
        assert!(slots.contains("Prévenez-moi"), "{label}: the waitlist form");
        let creneau = first_param(&slots, "creneau");

        // A wrong phone number: back to the form, told why, nothing saved.
        let contact = |phone: &str| {
            form(&[
                ("motif", "acte"),
                ("lieu", "test"),
                ("creneau", &creneau),
                ("name", "Amina Haddad"),
                ("phone", phone),
                ("email", ""),
                ("language", "fr"),
                ("interpreter", "ar"),
                ("accessibility", ""),
                ("note", "Avec ma fille"),
            ])
        };
        let body = contact("12");
        let (status, headers, _) = send(
            &app,
            form_post("/api/public/rendez-vous/coordonnees", &body)
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
        assert!(is_redirect(status), "{label}: {status}");
        assert!(!location(&headers).contains("etape=verifier"));
        let draft = set_cookie(&headers, "guichet_rdv").expect("the draft cookie");
        assert!(
            !location(&headers).contains("Amina"),
            "no personal data in URLs"
        );
        let (_, _, again) = send(&app, get_as(&location(&headers), &draft)).await;
        let again = clean(&again);
        assert!(
            again.contains("Ce numéro de téléphone n'est pas valable"),
            "{label}: {again}"
        );
        assert!(
            again.contains("value=\"Amina Haddad\""),
            "{label}: what was typed stays"
        );

        // Right this time: the review page, then the booking.
        let body = contact("06 12 34 56 78");
        let (_, headers, _) = send(
            &app,
            form_post("/api/public/rendez-vous/coordonnees", &body)
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
        let review_url = location(&headers);
        assert!(review_url.contains("etape=verifier"), "{label}");
        let draft = set_cookie(&headers, "guichet_rdv").unwrap();
        let (_, _, review) = send(&app, get_as(&review_url, &draft)).await;
        let review = clean(&review);
        assert!(review.contains("Confirmer le rendez-vous"), "{label}");
        assert!(review.contains("+33612345678"));

        let confirm = form(&[("motif", "acte"), ("lieu", "test"), ("creneau", &creneau)]);
        let post_confirm = || {
            form_post("/api/public/rendez-vous/confirmer", &confirm)
                .header(http::header::COOKIE, &draft)
                .body(Body::from(confirm.clone()))
                .unwrap()
        };
        let (status, headers, _) = send(&app, post_confirm()).await;
        assert!(is_redirect(status), "{label}: {status}");
        let page = location(&headers);
        assert!(
            page.starts_with("/rendez-vous/") && page.ends_with("?nouveau=1"),
            "{page}"
        );
        assert_eq!(
            set_cookie(&headers, "guichet_rdv").as_deref(),
            Some("guichet_rdv="),
            "draft cleared"
        );
        let token = page["/rendez-vous/".len()..page.len() - "?nouveau=1".len()].to_owned();
        assert_eq!(token.len(), 32);

        let (status, _, mine) = send(&app, get(&page).body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::OK);
        let mine = clean(&mine);
        assert!(mine.contains("Votre rendez-vous est confirmé"), "{label}");
        assert!(mine.contains("Bonjour Amina,"));
        assert!(!mine.contains("Haddad"), "{label}: first name only");
        assert!(
            !mine.contains("+33612345678"),
            "{label}: the phone is masked"
        );
        assert!(mine.contains("•"));

        let (status, headers, ics) = send(
            &app,
            get(&format!("/rendez-vous/{token}/rendez-vous.ics"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            headers[http::header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/calendar")
        );
        assert!(
            ics.contains("BEGIN:VEVENT") && ics.contains("SUMMARY:Acte de naissance — Mairie test"),
            "{ics}"
        );

        // The same confirmation again (a double click): the time is taken now.
        let (_, headers, _) = send(&app, post_confirm()).await;
        assert!(
            location(&headers).contains("pris="),
            "{label}: {}",
            location(&headers)
        );

        // Cancel from the link: asked first, then done.
        let (_, _, ask) = send(
            &app,
            get(&format!("/rendez-vous/{token}?annuler=1"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert!(clean(&ask).contains("Oui, annuler"));
        let cancel = form(&[("token", &token)]);
        let (_, headers, _) = send(
            &app,
            form_post("/api/public/rendez-vous/annuler", &cancel)
                .body(Body::from(cancel.clone()))
                .unwrap(),
        )
        .await;
        assert!(location(&headers).ends_with("?annule=1"));
        let (_, _, gone) = send(&app, get(&location(&headers)).body(Body::empty()).unwrap()).await;
        let gone = clean(&gone);
        assert!(gone.contains("Votre rendez-vous est annulé"), "{label}");
        assert!(gone.contains("Prendre un nouveau rendez-vous"));

        let (status, _, _) = send(
            &app,
            get(&format!("/rendez-vous/{}", "0".repeat(32)))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{label}: unknown link");
        t.drop_db().await;
    }
}
