//! A town set up by its administrator through the real router, as forms without
//! JavaScript post: a service, a site with its hours and a desk, a motif, which a resident
//! can then book; retired, they are gone for residents while history keeps them. Two
//! administrators saving one motif at once: the second is told, the first change kept. A
//! motif spreadsheet with one bad row saves nothing and names the row.

use crate::common::town::{request, target_day};
use crate::common::web::{app, get_as, location, post_as, send, signed_in_cookies};
use crate::common::{TestDb, agent, audit_actions};
use app::booking::store::{availability, book};
use app::queue::order::Priority;
use app::queue::store::{NewTicket, Origin, QueueError, issue};
use app::statuses::AppointmentStatus;
use app::store::entities::{
    agent_schedule, agent_skill, appointment, desk, motif, opening_hour, service, site,
};
use axum::Router;
use chrono::{NaiveTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, Set,
};

/// Posts a form; the address it sends the browser back to.
async fn post(app: &Router, cookies: &str, uri: &str, pairs: &[(&str, &str)]) -> String {
    let (status, headers, body) = send(app, post_as(uri, pairs, cookies)).await;
    assert!(status.is_redirection(), "{uri}: {status} {body}");
    location(&headers)
}

/// The page without Fluent's isolation marks and the hydration markers between nodes.
fn plain(html: &str) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "")
        .replace("<!>", "")
}

const SITE: [(&str, &str); 15] = [
    ("slug", "annexe-nord"),
    ("name", "Mairie annexe nord"),
    ("address", "3 rue du Nord"),
    ("postal_code", "99999"),
    ("city", "Testville"),
    ("phone", "01 23 45 67 00"),
    ("email", "annexe@testville.invalid"),
    ("access_info", "Bus 12"),
    ("h0", "09:00-09:30"),
    ("h1", "09:00-09:30"),
    ("h2", "9h-9h30"),
    ("h3", "09:00-09:30"),
    ("h4", "09:00-09:30"),
    ("h5", "09:00-09:30"),
    ("h6", "09:00-09:30"),
];

const MOTIF: [(&str, &str); 10] = [
    ("slug", "acte-naissance"),
    ("name", "Acte de naissance"),
    ("service", "etat-civil"),
    ("duration", "30"),
    ("buffer", "0"),
    ("documents", "Pièce d'identité\nLivret de famille"),
    ("online", "on"),
    ("min_delay", "2"),
    ("max_delay", "60"),
    ("active", "on"),
];

/// A signed-in administrator on the real router.
async fn admin(t: &TestDb) -> (Router, String) {
    let app = app(t);
    let id = agent(&t.db, "Julien Moreau", "admin", "9052").await;
    let cookies = signed_in_cookies(&app, t, id, "9052").await;
    (app, cookies)
}

/// A counsellor who handles `motif_id` at `site_id` during the site's hours, every day.
async fn counsellor_at(t: &TestDb, site_id: i32, motif_id: i32) {
    let id = agent(&t.db, "Camille Martin", "counsellor", "2468").await;
    agent_skill::ActiveModel {
        agent_id: Set(id),
        motif_id: Set(motif_id),
    }
    .insert(&t.db)
    .await
    .unwrap();
    for day in 0..7 {
        agent_schedule::ActiveModel {
            agent_id: Set(id),
            site_id: Set(site_id),
            weekday: Set(day),
            starts: Set(NaiveTime::from_hms_opt(9, 0, 0).unwrap()),
            ends: Set(NaiveTime::from_hms_opt(9, 30, 0).unwrap()),
            ..Default::default()
        }
        .insert(&t.db)
        .await
        .unwrap();
    }
}

/// The service, the site with its desk and the motif, created through the forms.
async fn set_up(app: &Router, cookies: &str) {
    let service = [
        ("slug", "etat-civil"),
        ("name", "État civil"),
        ("lettre", "e"),
        ("position", "1"),
    ];
    let back = post(app, cookies, "/api/agent/admin/service/nouveau", &service).await;
    assert_eq!(back, "/agent/admin/services?enregistre=1");
    let back = post(app, cookies, "/api/agent/admin/lieu/nouveau", &SITE).await;
    assert_eq!(back, "/agent/admin/lieux?enregistre=1");
    let desk = [("lieu", "annexe-nord"), ("nom", "Guichet 1")];
    let back = post(app, cookies, "/api/agent/admin/guichet", &desk).await;
    assert_eq!(back, "/agent/admin/lieux?enregistre=1");
    let back = post(app, cookies, "/api/agent/admin/motif/nouveau", &MOTIF).await;
    assert_eq!(back, "/agent/admin/motifs?enregistre=1");
}

#[tokio::test]
async fn a_town_set_up_by_its_administrator_is_bookable_and_retiring_hides_it() {
    for t in crate::common::both().await {
        let label = t.label();
        let (app, cookies) = admin(&t).await;
        set_up(&app, &cookies).await;

        let site = site::Entity::find()
            .filter(site::Column::Slug.eq("annexe-nord"))
            .one(&t.db)
            .await
            .unwrap()
            .expect("the site exists");
        assert!(site.active && !site.alsace_moselle, "{label}");
        assert_eq!(site.email.as_deref(), Some("annexe@testville.invalid"));
        let hours = opening_hour::Entity::find()
            .filter(opening_hour::Column::SiteId.eq(site.id))
            .count(&t.db)
            .await
            .unwrap();
        assert_eq!(hours, 7, "{label}: a range each day");
        let desks = desk::Entity::find()
            .filter(desk::Column::SiteId.eq(site.id))
            .all(&t.db)
            .await
            .unwrap();
        assert_eq!(desks.len(), 1);
        let letter = service::Entity::find().one(&t.db).await.unwrap().unwrap();
        assert_eq!(letter.ticket_letter, "E", "{label}: typed in lower case");
        let motif = motif::Entity::find().one(&t.db).await.unwrap().unwrap();
        assert_eq!(motif.service_id, letter.id);
        assert_eq!(motif.documents, "Pièce d'identité\nLivret de famille");

        // A resident sees the site and books the motif there.
        counsellor_at(&t, site.id, motif.id).await;
        let now = Utc::now();
        let sites = app::calendar::store::sites_today(&t.db, now).await.unwrap();
        assert!(sites.iter().any(|s| s.slug == "annexe-nord"), "{label}");
        let day = target_day();
        let free = availability(&t.db, site.id, motif.id, day, day, now)
            .await
            .unwrap();
        assert_eq!(free.len(), 1, "{label}: the 09:00 slot");
        let policy = crate::common::policy();
        let booked = book(
            &t.db,
            &policy,
            &request(site.id, motif.id, free[0].start, 1),
            now,
        )
        .await
        .unwrap();

        // Mistakes are told on the form, with what was typed, and change nothing.
        let mut again = SITE.to_vec();
        again[1] = ("name", "Une autre annexe");
        let back = post(&app, &cookies, "/api/agent/admin/lieu/nouveau", &again).await;
        assert!(
            back.contains("erreur=admin-error-slug-taken"),
            "{label}: {back}"
        );
        assert!(back.contains("objet=site-new") && back.contains("name=Une+autre+annexe"));
        let bad_slug = [
            ("slug", "Mairie Sud"),
            ("name", "Sud"),
            ("lettre", "S"),
            ("position", "2"),
        ];
        let back = post(
            &app,
            &cookies,
            "/api/agent/admin/service/nouveau",
            &bad_slug,
        )
        .await;
        assert!(back.contains("erreur=admin-error-slug"), "{label}: {back}");
        let same_letter = [
            ("slug", "etat-civil-2"),
            ("name", "Doublon"),
            ("lettre", "E"),
            ("position", "2"),
        ];
        let back = post(
            &app,
            &cookies,
            "/api/agent/admin/service/nouveau",
            &same_letter,
        )
        .await;
        assert!(
            back.contains("erreur=admin-error-letter-taken"),
            "{label}: {back}"
        );
        let same_desk = [("lieu", "annexe-nord"), ("nom", "guichet 1")];
        let back = post(&app, &cookies, "/api/agent/admin/guichet", &same_desk).await;
        assert!(back.contains("erreur=admin-error-desk"), "{label}: {back}");
        assert_eq!(service::Entity::find().count(&t.db).await.unwrap(), 1);
        assert_eq!(site::Entity::find().count(&t.db).await.unwrap(), 1);
        assert_eq!(desk::Entity::find().count(&t.db).await.unwrap(), 1);
        // The new site's form shows what was typed, and the page says why.
        let (_, _, page) = send(&app, get_as(&back, &cookies)).await;
        assert!(
            page.contains("value=\"guichet 1\""),
            "{label}: typed name kept"
        );

        // A site with an appointment to come is not retired; once it is cancelled, it is.
        let retire = [("slug", "annexe-nord"), ("version", "0")];
        let back = post(&app, &cookies, "/api/agent/admin/lieu/actif", &retire).await;
        assert!(
            back.contains("erreur=admin-error-site-appointments"),
            "{label}: {back}"
        );
        let mut cancelled = booked.appointment.clone().into_active_model();
        cancelled.status = Set(AppointmentStatus::Cancelled);
        cancelled.update(&t.db).await.unwrap();
        let back = post(&app, &cookies, "/api/agent/admin/lieu/actif", &retire).await;
        assert_eq!(back, "/agent/admin/lieux?enregistre=1", "{label}");

        // Gone for residents: not listed, nothing free, no ticket; the history stays.
        let sites = app::calendar::store::sites_today(&t.db, now).await.unwrap();
        assert!(!sites.iter().any(|s| s.slug == "annexe-nord"), "{label}");
        let free = availability(&t.db, site.id, motif.id, day, day, now)
            .await
            .unwrap();
        assert!(free.is_empty(), "{label}");
        let ticket = NewTicket {
            site_id: site.id,
            motif_id: motif.id,
            language: "fr".into(),
            priority: Priority::None,
            phone: None,
            origin: Origin::Desk,
        };
        assert!(matches!(
            issue(&t.db, &ticket, now).await,
            Err(QueueError::Closed)
        ));
        assert!(
            appointment::Entity::find_by_id(booked.appointment.id)
                .one(&t.db)
                .await
                .unwrap()
                .is_some()
        );
        let retired = site::Entity::find_by_id(site.id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert!(!retired.active && retired.version == 1, "{label}");

        // A desk retired is no longer offered to the queue; the row stays.
        let retire_desk = [("id", desks[0].id.to_string())];
        let pairs: Vec<(&str, &str)> = retire_desk.iter().map(|(k, v)| (*k, v.as_str())).collect();
        post(&app, &cookies, "/api/agent/admin/guichet/actif", &pairs).await;
        let kept = desk::Entity::find_by_id(desks[0].id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert!(!kept.active, "{label}");

        let actions = audit_actions(&t.db).await;
        for action in [
            "admin.service.create",
            "admin.site.create",
            "admin.desk.add",
            "admin.motif.create",
            "admin.site.retire",
            "admin.desk.retire",
        ] {
            assert!(actions.iter().any(|a| a == action), "{label}: {action}");
        }
        t.drop_db().await;
    }
}

#[tokio::test]
async fn two_administrators_saving_one_motif_the_second_is_told_and_nothing_is_lost() {
    for t in crate::common::both().await {
        let label = t.label();
        let (app, cookies) = admin(&t).await;
        set_up(&app, &cookies).await;
        let other = agent(&t.db, "Nadia Rahimi", "admin", "7315").await;
        let theirs = signed_in_cookies(&app, &t, other, "7315").await;

        // Both opened the editor at version 0.
        let mut first = MOTIF.to_vec();
        first[1] = ("name", "Copie d'acte de naissance");
        first.push(("version", "0"));
        let mut second = MOTIF.to_vec();
        second[3] = ("duration", "45");
        second.push(("version", "0"));
        let back = post(&app, &cookies, "/api/agent/admin/motif", &first).await;
        assert_eq!(back, "/agent/admin/motifs?enregistre=1", "{label}");
        let back = post(&app, &theirs, "/api/agent/admin/motif", &second).await;
        assert!(back.contains("erreur=admin-error-stale"), "{label}: {back}");
        assert!(back.contains("objet=motif-acte-naissance"));
        assert!(
            !back.contains("duration="),
            "{label}: the current values are shown"
        );

        let saved = motif::Entity::find().one(&t.db).await.unwrap().unwrap();
        assert_eq!(saved.name, "Copie d'acte de naissance", "{label}");
        assert_eq!(
            saved.duration_minutes, 30,
            "{label}: the second save changed nothing"
        );
        assert_eq!(saved.version, 1);

        // The second administrator reads why, beside the motif as it now is.
        let (_, _, page) = send(&app, get_as(&back, &theirs)).await;
        let page = plain(&page);
        assert!(
            page.contains("Quelqu'un d'autre a enregistré cet élément"),
            "{label}"
        );
        assert!(
            page.contains("value=\"Copie d&#39;acte de naissance\"")
                || page.contains("value=\"Copie d'acte de naissance\""),
            "{label}"
        );

        // Saved again from the version now shown, it goes through.
        second.pop();
        second.push(("version", "1"));
        let back = post(&app, &theirs, "/api/agent/admin/motif", &second).await;
        assert_eq!(back, "/agent/admin/motifs?enregistre=1", "{label}");
        let saved = motif::Entity::find().one(&t.db).await.unwrap().unwrap();
        assert_eq!((saved.duration_minutes, saved.version), (45, 2), "{label}");

        // A service with an active motif is not retired; once the motif is, it is, and
        // the motif cannot come back without its service.
        let retire = [("slug", "etat-civil"), ("version", "0")];
        let back = post(&app, &cookies, "/api/agent/admin/service/actif", &retire).await;
        assert!(
            back.contains("erreur=admin-error-service-motifs"),
            "{label}: {back}"
        );
        let mut off = second.clone();
        off.retain(|(k, _)| *k != "active" && *k != "version");
        off.push(("version", "2"));
        assert_eq!(
            post(&app, &cookies, "/api/agent/admin/motif", &off).await,
            "/agent/admin/motifs?enregistre=1"
        );
        let back = post(&app, &cookies, "/api/agent/admin/service/actif", &retire).await;
        assert_eq!(back, "/agent/admin/services?enregistre=1", "{label}");
        let mut on = second.clone();
        on.retain(|(k, _)| *k != "version");
        on.push(("version", "3"));
        let back = post(&app, &cookies, "/api/agent/admin/motif", &on).await;
        assert!(
            back.contains("erreur=admin-error-service"),
            "{label}: {back}"
        );
        assert!(
            !motif::Entity::find()
                .one(&t.db)
                .await
                .unwrap()
                .unwrap()
                .active
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_motif_file_with_one_bad_row_saves_nothing_and_names_the_row() {
    for t in crate::common::both().await {
        let label = t.label();
        let (app, cookies) = admin(&t).await;
        set_up(&app, &cookies).await;
        let before = motif::Entity::find().count(&t.db).await.unwrap();

        // Saved from a French spreadsheet: a byte-order mark, Windows line ends.
        let bad = "\u{feff}code;nom;service;durée;battement;documents;en ligne;délai min (h);délai max (j)\r\n\
                   pacs;PACS : enregistrement;etat-civil;30;10;Convention de PACS|Pièce d'identité;oui;48;90\r\n\
                   mariage;Mariage : dépôt du dossier;État civil;4;15;;oui;48;180\r\n";
        let back = post(
            &app,
            &cookies,
            "/api/agent/admin/motifs/importer",
            &[("texte", bad)],
        )
        .await;
        assert!(
            back.starts_with("/agent/admin/motifs/import?erreur=admin-error-import"),
            "{label}: {back}"
        );
        assert_eq!(
            motif::Entity::find().count(&t.db).await.unwrap(),
            before,
            "{label}: nothing saved"
        );

        // The preview names the row and its problem in words.
        let (status, _, page) = send(&app, get_as(&back, &cookies)).await;
        assert!(status.is_success(), "{label}: {status}");
        let page = plain(&page);
        assert!(
            page.contains("<th scope=\"row\">3</th>"),
            "{label}: the line of the bad row"
        );
        assert!(
            page.contains("durée : un nombre entier de minutes, de 5 à 480"),
            "{label}"
        );
        assert!(page.contains("Une ligne a des erreurs"), "{label}");
        assert!(
            !page.contains("/api/agent/admin/motifs/importer"),
            "{label}: no confirm button"
        );

        // Corrected, the same file saves both rows at once, and a known code updates.
        let good = bad.replace(";4;15;", ";45;15;")
            + "acte-naissance;Acte de naissance (copie);etat-civil;15;0;;non;2;30\r\n";
        let back = post(
            &app,
            &cookies,
            "/api/agent/admin/motifs/importer",
            &[("texte", &good)],
        )
        .await;
        assert_eq!(back, "/agent/admin/motifs?enregistre=1", "{label}");
        assert_eq!(
            motif::Entity::find().count(&t.db).await.unwrap(),
            before + 2,
            "{label}"
        );
        let pacs = motif::Entity::find()
            .filter(motif::Column::Slug.eq("pacs"))
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(pacs.documents, "Convention de PACS\nPièce d'identité");
        assert_eq!((pacs.min_delay_hours, pacs.max_delay_days), (48, 90));
        let updated = motif::Entity::find()
            .filter(motif::Column::Slug.eq("acte-naissance"))
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(updated.name, "Acte de naissance (copie)", "{label}");
        assert!(!updated.bookable_online && updated.version == 1);
        assert!(
            audit_actions(&t.db)
                .await
                .iter()
                .any(|a| a == "admin.motif.import")
        );
        t.drop_db().await;
    }
}
