//! Procedure sheets on a SQLite file and PostgreSQL: residents find a sheet however they
//! type it and read the published version in their language; a French edit marked medium
//! makes the translations "to update" and a major one warns their readers; a draft changes
//! nothing for residents; a translation without the French parts is refused, nothing saved;
//! two editors publishing at once get two versions; the FALC proof-reading belongs to one
//! version. The demo's files lack no part. The pages work as plain forms.

use crate::common::web::{app, get_as, location, post_as, send, signed_in_cookies};
use crate::requests::{identity, town_hall};
use app::i18n::Locale;
use app::procedures::model::{EditLevel, FalcCheckForm, TextForm, TranslationState, Variant};
use app::procedures::store::{self as sheets, Catalogues, NewSheet, NewText, ProceduresError};
use app::staff::identity::StaffIdentity;
use app::staff::roles::Role;
use app::store::entities::{audit_event, procedure_text};
use chrono::Utc;
use http::StatusCode;
use leptos::server_fn::ServerFn;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use server::demo::sheets::{LANGUAGES, SheetFiles, built_in, folder, read_all};

/// The demo's sheets whose files are translated into every language.
const TRANSLATED: usize = 10;

/// The sheets built into the server, which must be the files as they are now.
fn demo_sheets() -> Vec<SheetFiles> {
    let built = built_in().expect("the demo's sheets read without a missing part");
    let written = read_all(&folder()).expect("the demo's files read without a missing part");
    let titles = |sheets: &[SheetFiles]| {
        sheets
            .iter()
            .flat_map(|s| {
                s.texts
                    .iter()
                    .map(|t| (s.slug.clone(), t.0.clone(), t.1.title.clone()))
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(&built), titles(&written));
    built
}

#[test]
fn the_demo_town_has_45_sheets_each_with_its_falc_version_and_10_translated() {
    let all = demo_sheets();
    assert_eq!(
        all.len(),
        45,
        "{:?}",
        all.iter().map(|s| &s.slug).collect::<Vec<_>>()
    );
    let translated: Vec<&SheetFiles> = all.iter().filter(|s| s.texts.len() > 1).collect();
    assert_eq!(translated.len(), TRANSLATED);
    for sheet in translated {
        let languages: Vec<&str> = sheet.texts.iter().map(|t| t.0.as_str()).collect();
        assert_eq!(languages[1..], LANGUAGES, "{}", sheet.slug);
    }
    for sheet in &all {
        assert!(
            !sheet.sources.is_empty()
                && sheet
                    .sources
                    .iter()
                    .all(|s| s.url.as_deref().is_some_and(|u| u.starts_with("https://"))),
            "{}",
            sheet.slug
        );
        let (_, full, falc) = &sheet.texts[0];
        assert!(
            full.missing_parts().is_empty() && falc.missing_parts().is_empty(),
            "{}",
            sheet.slug
        );
        assert_eq!(
            full.costs.iter().map(|c| c.cents).collect::<Vec<_>>(),
            falc.costs.iter().map(|c| c.cents).collect::<Vec<_>>()
        );
    }
    let cni = all.iter().find(|s| s.slug == "carte-identite").unwrap();
    assert!(cni.texts[0].1.title.contains("identité"));
}

/// A copy of the demo's folder with one file changed, to see the loader refuse it.
fn altered(file: &str, change: impl Fn(String) -> String) -> Result<Vec<SheetFiles>, String> {
    let dir = tempfile::tempdir().unwrap();
    for entry in walk(&folder()) {
        let to = dir.path().join(entry.strip_prefix(folder()).unwrap());
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        let text = std::fs::read_to_string(&entry).unwrap();
        let rel = entry
            .strip_prefix(folder())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        std::fs::write(&to, if rel == file { change(text) } else { text }).unwrap();
    }
    read_all(dir.path())
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "toml") {
            files.push(p);
        }
    }
    files
}

#[test]
fn a_sheet_without_its_falc_version_or_a_part_or_a_translation_short_of_a_part_is_refused() {
    // No FALC version at all.
    let err = altered("fr/passeport.toml", |t| {
        t[..t.find("[falc]").unwrap()].to_owned()
    })
    .err()
    .unwrap();
    assert!(err.contains("passeport") && err.contains("falc"), "{err}");
    // A typed part missing: the processing time of the full version.
    let err = altered("fr/passeport.toml", |t| {
        t.replacen("[standard.delay]", "[standard.delai]", 1)
    })
    .err()
    .unwrap();
    assert!(err.contains("passeport"), "{err}");
    // A translation with one document fewer than the French.
    let err = altered("tr/passeport.toml", |t| {
        let at = t.find("[[standard.documents]]").unwrap();
        let end = t[at + 5..].find("[[").map_or(t.len(), |i| at + 5 + i);
        format!("{}{}", &t[..at], &t[end..])
    })
    .err()
    .unwrap();
    assert!(
        err.contains("tr/passeport.toml") && err.contains("differ"),
        "{err}"
    );
}

/// The page's view of who is signed in, for the store's page functions.
fn me(role: Role) -> app::staff::Me {
    app::staff::Me {
        name: "Agent".into(),
        role,
        workstation: String::new(),
        inactivity_secs: 300,
        alerts: vec![],
    }
}

async fn editor(db: &DatabaseConnection, name: &str, role: Role) -> StaffIdentity {
    let mut who = identity(db, name).await;
    who.role = role;
    who
}

/// The identity card's sheet of the demo, with its translations, in a test town.
async fn identity_card(db: &DatabaseConnection) -> i32 {
    let town = town_hall(db).await;
    let motif = crate::common::motif(db, town.civil_status, "cni-passeport-depot").await;
    let files = demo_sheets()
        .into_iter()
        .find(|s| s.slug == "carte-identite")
        .unwrap();
    let mut texts = Vec::new();
    for (language, full, falc) in files.texts {
        texts.push(NewText {
            language: language.clone(),
            variant: Variant::Standard,
            text: full,
            falc_checked: None,
        });
        let checked = (language == "fr").then(|| files.falc_checked.clone());
        texts.push(NewText {
            language,
            variant: Variant::Falc,
            text: falc,
            falc_checked: checked,
        });
    }
    sheets::create(
        db,
        NewSheet {
            slug: files.slug,
            service_id: town.civil_status,
            motif_id: Some(motif),
            appointment: files.appointment,
            request_kind: files.request_kind,
            online_url: files.online_url,
            legal: files.legal,
            sources: files.sources,
            staff_notes: files.staff_notes,
            owner_agent_id: None,
            reviewed: files.reviewed,
            texts,
        },
        Utc::now(),
    )
    .await
    .unwrap()
}

async fn read(
    db: &DatabaseConnection,
    cache: &Catalogues,
    language: &str,
    variant: Variant,
) -> app::procedures::model::SheetView {
    let reading = sheets::Reading {
        slug: "carte-identite",
        language: Some(language),
        variant,
        locale: Locale::Fr,
    };
    sheets::sheet(
        db,
        cache,
        reading,
        (&crate::common::public_url(), &town_hooks()),
        Utc::now(),
    )
    .await
    .unwrap()
}

/// The hooks of the server that the sheets use: the booking feature says where a motif is
/// served.
fn town_hooks() -> app::hooks::Hooks {
    let mut hooks = app::hooks::Hooks::default();
    hooks.on_sites_of_motif(|db, motif| Box::pin(app::booking::store::sites_of_motif(db, motif)));
    hooks
}

#[tokio::test]
async fn where_to_go_lists_the_sites_that_serve_the_motif() {
    use app::store::entities::{agent_schedule, agent_skill, motif, site};
    use sea_orm::{ActiveModelTrait, Set};
    for t in crate::common::both().await {
        let label = t.label();
        identity_card(&t.db).await;
        let cache = Catalogues::default();
        let hall = site::Entity::find().one(&t.db).await.unwrap().unwrap();
        let mut other = site::ActiveModel::from(hall.clone());
        other.id = sea_orm::NotSet;
        other.slug = Set("france-services".into());
        other.name = Set("France Services".into());
        let other = other.insert(&t.db).await.unwrap();
        let names = |view: app::procedures::model::SheetView| {
            view.places.into_iter().map(|p| p.slug).collect::<Vec<_>>()
        };
        // Nobody serves the motif yet: every site, rather than nowhere.
        assert_eq!(
            names(read(&t.db, &cache, "fr", Variant::Standard).await),
            vec![hall.slug.clone(), other.slug.clone()],
            "{label}"
        );
        // A counsellor who handles identity cards works at France Services only.
        let motif = motif::Entity::find()
            .filter(motif::Column::Slug.eq("cni-passeport-depot"))
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        let agent = crate::common::agent(&t.db, "Karim Haddad", "counsellor", "1357").await;
        agent_skill::ActiveModel {
            agent_id: Set(agent),
            motif_id: Set(motif.id),
        }
        .insert(&t.db)
        .await
        .unwrap();
        agent_schedule::ActiveModel {
            agent_id: Set(agent),
            site_id: Set(other.id),
            weekday: Set(0),
            starts: Set(chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap()),
            ends: Set(chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap()),
            ..Default::default()
        }
        .insert(&t.db)
        .await
        .unwrap();
        assert_eq!(
            names(read(&t.db, &cache, "fr", Variant::Standard).await),
            vec![other.slug.clone()],
            "{label}"
        );
    }
}

/// The French full text as the editor shows it, changed and sent with `level`.
async fn french_edit(
    db: &DatabaseConnection,
    who: &StaffIdentity,
    level: &str,
    title: &str,
    publish: bool,
) -> Result<(), ProceduresError> {
    // The form as a supervisor's editor shows it; `who` sends it.
    let view = sheets::editor(
        db,
        me(Role::Supervisor),
        "carte-identite",
        "fr",
        Variant::Standard,
        Locale::Fr,
    )
    .await
    .unwrap();
    let mut form = view.form;
    form.title = title.into();
    form.level = level.into();
    form.action = if publish {
        TextForm::PUBLISH
    } else {
        TextForm::DRAFT
    }
    .into();
    sheets::save_text(db, who, &form, Utc::now()).await
}

#[tokio::test]
async fn residents_find_the_sheet_however_they_type_it_in_french_and_in_their_language() {
    for t in crate::common::both().await {
        let label = t.label();
        identity_card(&t.db).await;
        let cache = Catalogues::default();
        for query in [
            "carte identite",
            "CARTES D'IDENTITÉ",
            "cni",
            "carte d'identite perdue",
        ] {
            let found = sheets::sheets(
                &t.db,
                &cache,
                sheets::Listing {
                    query,
                    ..Default::default()
                },
                Locale::Fr,
            )
            .await
            .unwrap();
            assert_eq!(
                found.hits.first().map(|h| h.slug.as_str()),
                Some("carte-identite"),
                "{label}: {query}"
            );
        }
        let turkish = sheets::sheets(
            &t.db,
            &cache,
            sheets::Listing {
                query: "kimlik kartı",
                ..Default::default()
            },
            Locale::Tr,
        )
        .await
        .unwrap();
        assert_eq!(
            turkish.hits[0].language, "tr",
            "{label}: the Turkish title is shown"
        );
        assert!(
            sheets::sheets(
                &t.db,
                &cache,
                sheets::Listing {
                    query: "zzzz",
                    ..Default::default()
                },
                Locale::Fr
            )
            .await
            .unwrap()
            .hits
            .is_empty(),
            "{label}"
        );
        // Without a query, the sheets by service.
        let all = sheets::sheets(
            &t.db,
            &cache,
            sheets::Listing {
                query: "",
                ..Default::default()
            },
            Locale::Fr,
        )
        .await
        .unwrap();
        assert_eq!(all.groups.len(), 1, "{label}");
        assert_eq!(all.groups[0].0, "État civil", "{label}");
    }
}

#[tokio::test]
async fn a_medium_french_edit_makes_translations_to_update_and_a_major_one_warns_their_readers() {
    for t in crate::common::both().await {
        let label = t.label();
        identity_card(&t.db).await;
        let cache = Catalogues::default();
        let nadia = editor(&t.db, "Nadia Rahimi", Role::Supervisor).await;
        let turkish = read(&t.db, &cache, "tr", Variant::Standard).await;
        assert_eq!(
            (turkish.language.as_str(), turkish.state),
            ("tr", TranslationState::UpToDate),
            "{label}"
        );
        assert!(!turkish.not_translated);

        // A later version of the French must say how much it changes.
        assert!(
            matches!(
                french_edit(&t.db, &nadia, "", "Carte d'identité", true).await,
                Err(ProceduresError::Invalid("procedures-error-level"))
            ),
            "{label}"
        );
        french_edit(
            &t.db,
            &nadia,
            EditLevel::Minor.as_str(),
            "Carte nationale d'identité (CNI)",
            true,
        )
        .await
        .unwrap();
        assert_eq!(
            read(&t.db, &cache, "tr", Variant::Standard).await.state,
            TranslationState::UpToDate,
            "{label}"
        );
        assert_eq!(
            read(&t.db, &cache, "fr", Variant::Standard)
                .await
                .text
                .title,
            "Carte nationale d'identité (CNI)"
        );

        french_edit(
            &t.db,
            &nadia,
            EditLevel::Medium.as_str(),
            "Carte nationale d'identité",
            true,
        )
        .await
        .unwrap();
        assert_eq!(
            read(&t.db, &cache, "tr", Variant::Standard).await.state,
            TranslationState::ToUpdate,
            "{label}"
        );
        // The FALC translation follows the French FALC text, not the full one.
        assert_eq!(
            read(&t.db, &cache, "tr", Variant::Falc).await.state,
            TranslationState::UpToDate,
            "{label}"
        );

        french_edit(
            &t.db,
            &nadia,
            EditLevel::Major.as_str(),
            "Carte nationale d'identité",
            true,
        )
        .await
        .unwrap();
        assert_eq!(
            read(&t.db, &cache, "tr", Variant::Standard).await.state,
            TranslationState::OutOfDate,
            "{label}"
        );
        let viewer = me(Role::Supervisor);
        let todo = sheets::staff_sheets(
            &t.db,
            &cache,
            viewer,
            sheets::Listing {
                language: Some("tr"),
                ..Default::default()
            },
            None,
            Locale::Fr,
        )
        .await
        .unwrap();
        assert_eq!(
            todo.tasks
                .iter()
                .map(|t| (t.variant, t.state))
                .collect::<Vec<_>>(),
            vec![(Variant::Standard, Some(TranslationState::OutOfDate))],
            "{label}"
        );

        // The Turkish translator updates it: up to date again.
        let daria = editor(&t.db, "Daria Kovalenko", Role::Interpreter).await;
        let viewer = me(Role::Interpreter);
        let mut form = sheets::editor(
            &t.db,
            viewer,
            "carte-identite",
            "tr",
            Variant::Standard,
            Locale::Fr,
        )
        .await
        .unwrap()
        .form;
        form.title = "Ulusal kimlik kartı".into();
        form.action = TextForm::PUBLISH.into();
        sheets::save_text(&t.db, &daria, &form, Utc::now())
            .await
            .unwrap();
        assert_eq!(
            read(&t.db, &cache, "tr", Variant::Standard).await.state,
            TranslationState::UpToDate,
            "{label}"
        );
        // An interpreter translates; the French is the supervisors'.
        assert!(
            matches!(
                french_edit(&t.db, &daria, "minor", "x", true).await,
                Err(ProceduresError::Forbidden)
            ),
            "{label}"
        );
    }
}

#[tokio::test]
async fn a_draft_changes_nothing_for_residents_and_a_short_translation_is_refused() {
    for t in crate::common::both().await {
        let label = t.label();
        let sheet = identity_card(&t.db).await;
        let cache = Catalogues::default();
        let nadia = editor(&t.db, "Nadia Rahimi", Role::Supervisor).await;
        let before = read(&t.db, &cache, "fr", Variant::Standard).await;
        french_edit(&t.db, &nadia, "major", "Brouillon de titre", false)
            .await
            .unwrap();
        let after = read(&t.db, &cache, "fr", Variant::Standard).await;
        assert_eq!(
            (after.version, &after.text.title),
            (before.version, &before.text.title),
            "{label}"
        );
        assert_eq!(
            read(&t.db, &cache, "tr", Variant::Standard).await.state,
            TranslationState::UpToDate,
            "{label}: a draft is no edit"
        );

        // A counsellor reads; they do not write.
        let camille = identity(&t.db, "Camille Martin").await;
        assert!(
            matches!(
                french_edit(&t.db, &camille, "minor", "x", true).await,
                Err(ProceduresError::Forbidden)
            ),
            "{label}"
        );

        // A translation with a document fewer than the French: refused, nothing saved.
        let rows = procedure_text::Entity::find()
            .filter(procedure_text::Column::SheetId.eq(sheet))
            .count(&t.db)
            .await
            .unwrap();
        let viewer = me(Role::Supervisor);
        let mut form = sheets::editor(
            &t.db,
            viewer,
            "carte-identite",
            "ar",
            Variant::Standard,
            Locale::Fr,
        )
        .await
        .unwrap()
        .form;
        form.documents = form
            .documents
            .lines()
            .skip(1)
            .collect::<Vec<_>>()
            .join("\n");
        form.action = TextForm::PUBLISH.into();
        assert!(
            matches!(
                sheets::save_text(&t.db, &nadia, &form, Utc::now()).await,
                Err(ProceduresError::Invalid("procedures-error-shape"))
            ),
            "{label}"
        );
        // A cost that is not an amount.
        let mut bad = TextForm { ..form.clone() };
        bad.costs = "gratuit | Première demande".into();
        assert!(
            matches!(
                sheets::save_text(&t.db, &nadia, &bad, Utc::now()).await,
                Err(ProceduresError::Invalid("procedures-error-cost"))
            ),
            "{label}"
        );
        assert_eq!(
            procedure_text::Entity::find()
                .filter(procedure_text::Column::SheetId.eq(sheet))
                .count(&t.db)
                .await
                .unwrap(),
            rows,
            "{label}"
        );
    }
}

#[tokio::test]
async fn editors_publishing_at_once_each_get_a_version_and_the_falc_check_belongs_to_one() {
    for t in crate::common::both().await {
        let label = t.label();
        let sheet = identity_card(&t.db).await;
        let cache = Catalogues::default();
        let nadia = editor(&t.db, "Nadia Rahimi", Role::Supervisor).await;
        let julien = editor(&t.db, "Julien Moreau", Role::Admin).await;
        // Four publications at once, two by each: four versions, none lost, none twice.
        let edits = (0..4).map(|i| {
            let who = if i % 2 == 0 { &nadia } else { &julien };
            french_edit(
                &t.db,
                who,
                "minor",
                if i % 2 == 0 { "Carte A" } else { "Carte B" },
                true,
            )
        });
        for saved in futures_util::future::join_all(edits).await {
            saved.unwrap();
        }
        let mut versions: Vec<i32> = procedure_text::Entity::find()
            .filter(procedure_text::Column::SheetId.eq(sheet))
            .filter(procedure_text::Column::Language.eq("fr"))
            .filter(procedure_text::Column::Variant.eq("standard"))
            .all(&t.db)
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.version)
            .collect();
        versions.sort();
        assert_eq!(versions, vec![1, 2, 3, 4, 5], "{label}");
        assert_eq!(
            read(&t.db, &cache, "fr", Variant::Standard).await.version,
            5,
            "{label}"
        );

        // The demo's FALC text was proof-read; a new FALC version needs its own check.
        let falc = read(&t.db, &cache, "fr", Variant::Falc).await;
        assert!(falc.falc_checked.is_some(), "{label}");
        let viewer = me(Role::Supervisor);
        let mut form = sheets::editor(
            &t.db,
            viewer,
            "carte-identite",
            "fr",
            Variant::Falc,
            Locale::Fr,
        )
        .await
        .unwrap()
        .form;
        form.title = "La carte d'identité".into();
        form.level = "medium".into();
        form.action = TextForm::PUBLISH.into();
        sheets::save_text(&t.db, &nadia, &form, Utc::now())
            .await
            .unwrap();
        assert_eq!(
            read(&t.db, &cache, "fr", Variant::Falc).await.falc_checked,
            None,
            "{label}"
        );
        let check = |who: &str, on: &str| FalcCheckForm {
            slug: "carte-identite".into(),
            language: "fr".into(),
            checked_by: who.into(),
            checked_on: on.into(),
        };
        assert!(
            matches!(
                sheets::check_falc(&t.db, &nadia, &check("  ", "2026-12-01"), Utc::now()).await,
                Err(ProceduresError::Invalid("procedures-error-checked-by"))
            ),
            "{label}"
        );
        assert!(
            matches!(
                sheets::check_falc(&t.db, &nadia, &check("Atelier", "2099-01-01"), Utc::now())
                    .await,
                Err(ProceduresError::Invalid("procedures-error-date"))
            ),
            "{label}"
        );
        let today = Utc::now().date_naive().format("%Y-%m-%d").to_string();
        sheets::check_falc(
            &t.db,
            &nadia,
            &check("Atelier FALC des Tilleuls", &today),
            Utc::now(),
        )
        .await
        .unwrap();
        let checked = read(&t.db, &cache, "fr", Variant::Falc)
            .await
            .falc_checked
            .unwrap();
        assert_eq!(checked.0, "Atelier FALC des Tilleuls", "{label}");
        let audited = audit_event::Entity::find()
            .filter(audit_event::Column::Action.starts_with("procedure-"))
            .count(&t.db)
            .await
            .unwrap();
        assert_eq!(
            audited, 6,
            "{label}: four publications, the FALC one and its check"
        );
    }
}

#[tokio::test]
async fn the_pages_work_as_plain_forms_and_links() {
    for t in crate::common::both().await {
        let label = t.label();
        identity_card(&t.db).await;
        let router = app(&t);
        let (status, _, html) = send(&router, get_as("/demarches?q=carte+identite", "")).await;
        assert_eq!(status, StatusCode::OK, "{label}");
        assert!(
            html.contains("href=\"/demarches/carte-identite?langue=fr\""),
            "{label}"
        );
        // The booking flow's "documents to bring": the only sheet of the motif opens.
        let browser = http::Request::builder()
            .uri("/demarches?motif=cni-passeport-depot")
            .header(http::header::HOST, "127.0.0.1:3000")
            .header(http::header::ACCEPT, "text/html")
            .body(axum::body::Body::empty())
            .unwrap();
        let (status, headers, _) = send(&router, browser).await;
        assert!(status.is_redirection(), "{label}: {status}");
        assert_eq!(location(&headers), "/demarches/carte-identite");
        let (status, _, html) = send(
            &router,
            get_as("/demarches/carte-identite?langue=tr&version=falc", ""),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{label}");
        assert!(
            html.contains("lang=\"tr\"") && html.contains("/rendez-vous?motif=cni-passeport-depot"),
            "{label}"
        );
        let (_, _, html) = send(
            &router,
            get_as("/demarches/carte-identite/imprimer?version=falc", ""),
        )
        .await;
        assert!(
            html.contains("<svg") && html.contains("printed-sheet falc"),
            "{label}"
        );
        let (status, _, _) = send(&router, get_as("/demarches/pas-une-fiche", "")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{label}");

        // Staff pages need a session; a supervisor publishes through the editor's form.
        let (status, _, _) = send(&router, get_as("/agent/demarches", "")).await;
        assert!(
            status.is_redirection() || status == StatusCode::UNAUTHORIZED,
            "{label}: {status}"
        );
        let boss = crate::common::agent(&t.db, "Nadia Rahimi", "supervisor", "7315").await;
        let cookies = signed_in_cookies(&router, &t, boss, "7315").await;
        let (status, _, html) = send(
            &router,
            get_as(
                "/agent/demarches/carte-identite/modifier?langue=fr&version=standard",
                &cookies,
            ),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{label}");
        assert!(html.contains("name=\"portee\""), "{label}");
        let cache = Catalogues::default();
        let mut form = app::procedures::model::TextForm::from_text(
            &read(&t.db, &cache, "fr", Variant::Standard).await.text,
        );
        form.title = "Carte nationale d'identité (CNI)".into();
        let pairs = [
            ("fiche", "carte-identite"),
            ("langue", "fr"),
            ("version", "standard"),
            ("titre", form.title.as_str()),
            ("resume", &form.summary),
            ("public", &form.audience),
            ("mots_cles", &form.keywords),
            ("en_ligne", &form.online),
            ("etapes", &form.steps),
            ("delai_min", &form.min_days.to_string()),
            ("delai_max", &form.max_days.to_string()),
            ("delai", &form.delay),
            ("situations", &form.situations),
            ("documents", &form.documents),
            ("couts", &form.costs),
            ("encadres", &form.notes),
            ("portee", "major"),
            ("action", "publier"),
        ];
        let (status, headers, _) = send(
            &router,
            post_as(app::procedures::SaveText::PATH, &pairs, &cookies),
        )
        .await;
        assert!(status.is_redirection(), "{label}: {status}");
        assert!(
            location(&headers).contains("publie=1"),
            "{label}: {}",
            location(&headers)
        );
        let (_, _, html) = send(&router, get_as("/demarches/carte-identite?langue=tr", "")).await;
        assert!(
            html.contains("notice warning"),
            "{label}: the Turkish reader is warned"
        );
    }
}
