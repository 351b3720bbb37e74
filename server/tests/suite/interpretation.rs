//! The language panel through the real router, as a counsellor without JavaScript uses it:
//! the resident's language found by its French name or its own, a phrase completed with a
//! date, a time, a place and a motif's documents, in French and in Arabic side by side;
//! the resident's answer shown to the counsellor in French; values that cannot be read
//! are said, not guessed.

use crate::common::web::{app, get_as, send, signed_in_cookies};
use http::StatusCode;

fn strip(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn a_counsellor_completes_a_phrase_and_reads_the_answer_in_french() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = crate::common::town::queue_town(&t.db, 1).await;
        let router = app(&t);
        let cookies = signed_in_cookies(&router, &t, town.counsellors[0], "2468").await;

        // Languages by their French name or their own, no flags.
        let (status, _, html) = send(
            &router,
            get_as("/agent/interpretation?trouver=arabe", &cookies),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{label}");
        assert!(
            html.contains("العربية") && !html.contains("Українська"),
            "{label}"
        );
        let (_, _, html) = send(
            &router,
            get_as("/agent/interpretation?trouver=%D0%A3%D0%BA%D1%80", &cookies),
        )
        .await;
        assert!(
            html.contains("Українська") && !html.contains("العربية"),
            "{label}"
        );

        // A phrase with its date, time and place, side by side.
        let url = "/agent/interpretation?langue=ar&situation=appointments\
                   &phrase=phrase-appointments-date-time-place\
                   &date=2026-12-07&heure=14%3A30&lieu=H%C3%B4tel%20de%20ville";
        let (status, _, html) = send(&router, get_as(url, &cookies)).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        let html = strip(&html);
        assert!(
            html.contains(
                "Votre rendez-vous est le lundi 7 décembre 2026 à 14:30. Lieu : Hôtel de ville."
            ),
            "{label}: the French sentence"
        );
        assert!(
            html.contains("lang=\"ar\" dir=\"rtl\" id=\"their-phrase\"") && html.contains("ديسمبر"),
            "{label}: the Arabic sentence, right to left, with the date in Arabic"
        );

        // A motif's documents fill the list.
        let url = format!(
            "/agent/interpretation?langue=uk&phrase=phrase-documents-bring&motif={}",
            town.front_motif
        );
        let (status, _, _) = send(&router, get_as(&url, &cookies)).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        let url = "/agent/interpretation?langue=uk&phrase=phrase-documents-bring\
                   &pieces=une%20photo%0Aun%20justificatif%20de%20domicile";
        let (_, _, html) = send(&router, get_as(url, &cookies)).await;
        assert!(
            strip(&html).contains("une photo et un justificatif de domicile"),
            "{label}"
        );

        // The resident taps "repeat please": the counsellor reads it in French.
        let url = "/agent/interpretation?langue=ar&reponse=answer-repeat";
        let (_, _, html) = send(&router, get_as(url, &cookies)).await;
        let html = strip(&html);
        assert!(
            html.contains("L'usager a répondu") && html.contains("répéter"),
            "{label}"
        );

        // An amount that cannot be read is said, and left blank in the sentence.
        let url = "/agent/interpretation?langue=es&phrase=phrase-payments-amount&montant=douze";
        let (_, _, html) = send(&router, get_as(url, &cookies)).await;
        let html = strip(&html);
        assert!(html.contains("role=\"alert\""), "{label}");
        assert!(html.contains("aria-invalid=\"true\""), "{label}");
        assert!(html.contains('…'), "{label}: a visible blank");

        // Residents' pages do not open it.
        let (status, _, _) = send(
            &router,
            crate::common::web::get("/agent/interpretation")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
        assert!(status.is_redirection(), "{label}");
        t.drop_db().await;
    }
}
