//! Staff access on shared workstations, against SQLite and PostgreSQL: enrolment, PIN
//! sign-in with lockout, auto-lock after inactivity, switching agent, audit trail.

use crate::common::{PEPPER, TestDb, agent, audit_actions, workstation};
use app::staff::roles::Role;
use app::staff::store::{self, MAX_FAILED_ATTEMPTS, SessionState, SignInOutcome};
use chrono::{Duration, Utc};
use std::time::Duration as StdDuration;

const IDLE: StdDuration = StdDuration::from_secs(300);

#[tokio::test]
async fn enrolment_codes_work_once_and_expire() {
    for t in crate::common::both().await {
        let now = Utc::now();
        let (_, code) =
            store::create_enrolment(&t.db, "Accueil 1", store::WORKSTATION, None, None, now)
                .await
                .unwrap();
        // Typed in lower case with spaces, as people do.
        let typed = code.to_lowercase().replace('-', " ");
        let (device, token) = store::enrol(&t.db, &typed, now)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("{}", t.label()));
        assert_eq!(device.name, "Accueil 1");
        assert!(
            store::device_by_token(&t.db, &token)
                .await
                .unwrap()
                .is_some()
        );
        assert!(
            store::enrol(&t.db, &code, now).await.unwrap().is_none(),
            "{}: reused",
            t.label()
        );

        let (_, late) =
            store::create_enrolment(&t.db, "Accueil 2", store::WORKSTATION, None, None, now)
                .await
                .unwrap();
        let too_late = now + store::ENROLMENT_VALIDITY + Duration::minutes(1);
        assert!(
            store::enrol(&t.db, &late, too_late)
                .await
                .unwrap()
                .is_none(),
            "{}: expired",
            t.label()
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn wrong_pins_count_down_then_lock_the_agent_out() {
    for t in crate::common::both().await {
        let id = agent(&t.db, "Camille Martin", "counsellor", "2468").await;
        let (device, _) = workstation(&t.db, "Accueil 1").await;
        let now = Utc::now();
        for expected_left in (1..MAX_FAILED_ATTEMPTS).rev() {
            let outcome = store::sign_in(&t.db, PEPPER, &device, id, "0000", now)
                .await
                .unwrap();
            assert_eq!(
                outcome,
                SignInOutcome::WrongPin {
                    attempts_left: expected_left
                },
                "{}",
                t.label()
            );
        }
        let outcome = store::sign_in(&t.db, PEPPER, &device, id, "0000", now)
            .await
            .unwrap();
        assert!(
            matches!(outcome, SignInOutcome::LockedOut { .. }),
            "{}: {outcome:?}",
            t.label()
        );
        // Even the right PIN is refused while locked out…
        let outcome = store::sign_in(&t.db, PEPPER, &device, id, "2468", now)
            .await
            .unwrap();
        assert!(
            matches!(outcome, SignInOutcome::LockedOut { .. }),
            "{}",
            t.label()
        );
        // …and accepted once the lockout is over.
        let later = now + store::LOCKOUT + Duration::seconds(1);
        let outcome = store::sign_in(&t.db, PEPPER, &device, id, "2468", later)
            .await
            .unwrap();
        assert!(
            matches!(outcome, SignInOutcome::SignedIn { .. }),
            "{}: {outcome:?}",
            t.label()
        );

        let actions = audit_actions(&t.db).await;
        assert_eq!(
            actions
                .iter()
                .filter(|a| *a == "session.sign_in_failed")
                .count(),
            4
        );
        assert!(actions.contains(&"session.locked_out".to_string()));
        assert!(actions.contains(&"session.sign_in_refused_locked".to_string()));
        assert_eq!(actions.last().map(String::as_str), Some("session.sign_in"));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn sessions_lock_after_inactivity_and_switching_rotates_them() {
    for t in crate::common::both().await {
        let camille = agent(&t.db, "Camille Martin", "counsellor", "2468").await;
        let karim = agent(&t.db, "Karim Haddad", "counsellor", "1357").await;
        let (device, _) = workstation(&t.db, "Accueil 1").await;
        let t0 = Utc::now();
        let SignInOutcome::SignedIn { token, identity } =
            store::sign_in(&t.db, PEPPER, &device, camille, "2468", t0)
                .await
                .unwrap()
        else {
            panic!("{}: sign-in failed", t.label())
        };
        assert_eq!(identity.role, Role::Counsellor);
        let state = store::session_state(
            &t.db,
            &token,
            &device,
            IDLE,
            true,
            t0 + Duration::minutes(4),
        )
        .await
        .unwrap();
        assert!(matches!(state, SessionState::Active(_)), "{}", t.label());
        // Four more minutes: still active, because the last request moved the clock.
        let state = store::session_state(
            &t.db,
            &token,
            &device,
            IDLE,
            true,
            t0 + Duration::minutes(8),
        )
        .await
        .unwrap();
        assert!(matches!(state, SessionState::Active(_)), "{}", t.label());
        // Then five idle minutes and a second: locked, and for good.
        let idle = t0 + Duration::minutes(13) + Duration::seconds(1);
        let state = store::session_state(&t.db, &token, &device, IDLE, true, idle)
            .await
            .unwrap();
        assert_eq!(state, SessionState::Locked, "{}", t.label());
        let state = store::session_state(&t.db, &token, &device, IDLE, true, idle)
            .await
            .unwrap();
        assert_eq!(state, SessionState::None, "{}", t.label());

        // Switch: Camille signs in, then "changer de conseiller", then Karim.
        let SignInOutcome::SignedIn { token: first, .. } =
            store::sign_in(&t.db, PEPPER, &device, camille, "2468", idle)
                .await
                .unwrap()
        else {
            panic!()
        };
        store::end_session(&t.db, &first, "session.switch")
            .await
            .unwrap();
        assert_eq!(
            store::session_state(&t.db, &first, &device, IDLE, true, idle)
                .await
                .unwrap(),
            SessionState::None
        );
        let SignInOutcome::SignedIn {
            token: second,
            identity,
        } = store::sign_in(&t.db, PEPPER, &device, karim, "1357", idle)
            .await
            .unwrap()
        else {
            panic!()
        };
        assert_ne!(first, second, "a new session token after a switch");
        assert_eq!(identity.agent_name, "Karim Haddad");

        let actions = audit_actions(&t.db).await;
        for expected in ["session.auto_lock", "session.switch", "device.enrolled"] {
            assert!(
                actions.iter().any(|a| a == expected),
                "{}: no {expected} in {actions:?}",
                t.label()
            );
        }
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_session_is_bound_to_its_workstation_and_revocation_ends_it() {
    for t in crate::common::both().await {
        let admin = agent(&t.db, "Julien Moreau", "admin", "9052").await;
        let (desk, _) = workstation(&t.db, "Accueil 1").await;
        let (other, _) = workstation(&t.db, "Accueil 2").await;
        let now = Utc::now();
        let SignInOutcome::SignedIn { token, .. } =
            store::sign_in(&t.db, PEPPER, &desk, admin, "9052", now)
                .await
                .unwrap()
        else {
            panic!()
        };
        assert_eq!(
            store::session_state(&t.db, &token, &other, IDLE, true, now)
                .await
                .unwrap(),
            SessionState::None,
            "{}: a session cookie carried to another workstation is refused",
            t.label()
        );
        assert!(
            store::revoke_device(&t.db, desk.id, admin, now)
                .await
                .unwrap()
        );
        assert_eq!(
            store::session_state(&t.db, &token, &desk, IDLE, true, now)
                .await
                .unwrap(),
            SessionState::None
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn parallel_wrong_guesses_never_get_more_tries_than_allowed() {
    for t in [TestDb::sqlite().await, TestDb::postgres().await] {
        let id = agent(&t.db, "Camille Martin", "counsellor", "2468").await;
        let (device, _) = workstation(&t.db, "Accueil 1").await;
        let now = Utc::now();
        let guesses = (0..12).map(|i| {
            let db = t.db.clone();
            let device = device.clone();
            tokio::spawn(async move {
                store::sign_in(&db, PEPPER, &device, id, &format!("{:04}", 1000 + i), now).await
            })
        });
        let mut wrong = 0;
        for g in guesses {
            if let SignInOutcome::WrongPin { .. } = g.await.unwrap().unwrap() {
                wrong += 1;
            }
        }
        assert_eq!(wrong, MAX_FAILED_ATTEMPTS - 1, "{}", t.label());
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_workstation_where_every_name_is_tried_locks_and_lockouts_grow() {
    for t in crate::common::both().await {
        let label = t.label();
        let names = ["Camille Martin", "Thomas Leroy", "Nadia Rahimi"];
        let mut ids = vec![];
        for name in names {
            ids.push(agent(&t.db, name, "counsellor", "2468").await);
        }
        let (desk, _) = workstation(&t.db, "Accueil 1").await;
        let (other_desk, _) = workstation(&t.db, "Accueil 2").await;
        // To the microsecond, as PostgreSQL keeps it.
        let now = chrono::SubsecRound::trunc_subsecs(Utc::now(), 6);
        // Four guesses on each of two names, two on the third: no agent is locked, but the
        // tenth wrong PIN on this workstation locks the workstation.
        let mut outcomes = vec![];
        for (id, tries) in [(ids[0], 4), (ids[1], 4), (ids[2], 2)] {
            for _ in 0..tries {
                let wrong = store::sign_in(&t.db, PEPPER, &desk, id, "0000", now).await;
                outcomes.push(wrong.unwrap());
            }
        }
        let until = now + store::WORKSTATION_LOCKOUT;
        assert_eq!(
            outcomes.last(),
            Some(&SignInOutcome::WorkstationLocked { until }),
            "{label}"
        );
        assert!(
            outcomes[..9]
                .iter()
                .all(|o| matches!(o, SignInOutcome::WrongPin { .. })),
            "{label}: {outcomes:?}"
        );
        // Even a right PIN waits, on this workstation only.
        let right = store::sign_in(&t.db, PEPPER, &desk, ids[2], "2468", now).await;
        assert_eq!(
            right.unwrap(),
            SignInOutcome::WorkstationLocked { until },
            "{label}"
        );
        let elsewhere = store::sign_in(&t.db, PEPPER, &other_desk, ids[2], "2468", now).await;
        assert!(
            matches!(elsewhere.unwrap(), SignInOutcome::SignedIn { .. }),
            "{label}"
        );
        // The next lockout lasts twice as long (other names this time, none locked yet).
        let later = until + Duration::seconds(1);
        let mut last = None;
        for (name, tries) in [("Léa Roux", 4), ("Omar Said", 4), ("Ana Lima", 2)] {
            let id = agent(&t.db, name, "counsellor", "2468").await;
            for _ in 0..tries {
                last = Some(
                    store::sign_in(&t.db, PEPPER, &desk, id, "1111", later)
                        .await
                        .unwrap(),
                );
            }
        }
        let until = later + store::WORKSTATION_LOCKOUT * 2;
        assert_eq!(
            last,
            Some(SignInOutcome::WorkstationLocked { until }),
            "{label}"
        );
        let actions = audit_actions(&t.db).await;
        let count = |a: &str| actions.iter().filter(|x| *x == a).count();
        assert_eq!(count("session.workstation_locked"), 2, "{label}");
        assert_eq!(
            count("session.sign_in_refused_workstation_locked"),
            1,
            "{label}"
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn an_agent_locked_out_again_waits_twice_as_long_until_a_right_pin() {
    for t in crate::common::both().await {
        let label = t.label();
        let id = agent(&t.db, "Camille Martin", "counsellor", "2468").await;
        // A workstation per round, so that only the agent's own count is at play.
        let lock = |at: chrono::DateTime<Utc>, desk: &'static str| {
            let db = t.db.clone();
            async move {
                let (device, _) = workstation(&db, desk).await;
                let mut last = None;
                for _ in 0..MAX_FAILED_ATTEMPTS {
                    last = Some(
                        store::sign_in(&db, PEPPER, &device, id, "0000", at)
                            .await
                            .unwrap(),
                    );
                }
                (device, last.unwrap())
            }
        };
        let t0 = chrono::SubsecRound::trunc_subsecs(Utc::now(), 6);
        let (_, first) = lock(t0, "Accueil 1").await;
        assert_eq!(
            first,
            SignInOutcome::LockedOut {
                until: t0 + store::LOCKOUT
            },
            "{label}"
        );
        let t1 = t0 + store::LOCKOUT + Duration::seconds(1);
        let (device, second) = lock(t1, "Accueil 2").await;
        assert_eq!(
            second,
            SignInOutcome::LockedOut {
                until: t1 + store::LOCKOUT * 2
            },
            "{label}"
        );
        // A right PIN after it starts the count again from the first duration.
        let t2 = t1 + store::LOCKOUT * 2 + Duration::seconds(1);
        let signed = store::sign_in(&t.db, PEPPER, &device, id, "2468", t2)
            .await
            .unwrap();
        assert!(matches!(signed, SignInOutcome::SignedIn { .. }), "{label}");
        let (_, third) = lock(t2, "Accueil 3").await;
        assert_eq!(
            third,
            SignInOutcome::LockedOut {
                until: t2 + store::LOCKOUT
            },
            "{label}"
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_pin_hashed_with_the_secret_itself_signs_in_and_is_hashed_again_with_its_own_key() {
    use app::store::entities::agent as agent_row;
    use argon2::password_hash::{PasswordHasher, SaltString, rand_core::OsRng};
    use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};
    for t in crate::common::both().await {
        let label = t.label();
        let id = agent(&t.db, "Camille Martin", "counsellor", "2468").await;
        // As the server hashed PINs before it derived a key per purpose.
        let old = argon2::Argon2::new_with_secret(
            PEPPER,
            argon2::Algorithm::Argon2id,
            argon2::Version::V0x13,
            argon2::Params::default(),
        )
        .unwrap()
        .hash_password(b"2468", &SaltString::generate(&mut OsRng))
        .unwrap()
        .to_string();
        let row = agent_row::Entity::find_by_id(id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        let mut row = row.into_active_model();
        row.pin_hash = Set(old.clone());
        row.update(&t.db).await.unwrap();
        let (device, _) = workstation(&t.db, "Accueil 1").await;
        let wrong = store::sign_in(&t.db, PEPPER, &device, id, "1357", Utc::now()).await;
        assert!(
            matches!(wrong.unwrap(), SignInOutcome::WrongPin { .. }),
            "{label}"
        );
        let stored = |db: sea_orm::DatabaseConnection| async move {
            agent_row::Entity::find_by_id(id)
                .one(&db)
                .await
                .unwrap()
                .unwrap()
                .pin_hash
        };
        assert_eq!(
            stored(t.db.clone()).await,
            old,
            "{label}: a wrong PIN changes nothing"
        );
        let right = store::sign_in(&t.db, PEPPER, &device, id, "2468", Utc::now()).await;
        assert!(
            matches!(right.unwrap(), SignInOutcome::SignedIn { .. }),
            "{label}"
        );
        let new = stored(t.db.clone()).await;
        assert!(new.starts_with(app::staff::pin::DERIVED), "{label}: {new}");
        // And it goes on working.
        let again = store::sign_in(&t.db, PEPPER, &device, id, "2468", Utc::now()).await;
        assert!(
            matches!(again.unwrap(), SignInOutcome::SignedIn { .. }),
            "{label}"
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_desk_left_alone_locks_even_while_its_page_refreshes_itself() {
    for t in crate::common::both().await {
        let label = t.label();
        let camille = agent(&t.db, "Camille Martin", "counsellor", "2468").await;
        let (device, _) = workstation(&t.db, "Accueil 1").await;
        let t0 = Utc::now();
        let SignInOutcome::SignedIn { token, .. } =
            store::sign_in(&t.db, PEPPER, &device, camille, "2468", t0)
                .await
                .unwrap()
        else {
            panic!("{label}: sign-in failed")
        };
        // Live refreshes every minute for four minutes: nobody typed anything.
        for minute in 1..=4 {
            let at = t0 + Duration::minutes(minute);
            let state = store::session_state(&t.db, &token, &device, IDLE, false, at).await;
            assert!(matches!(state.unwrap(), SessionState::Active(_)), "{label}");
        }
        // Five minutes after the last input, it locks.
        let later = t0 + Duration::minutes(5) + Duration::seconds(1);
        let state = store::session_state(&t.db, &token, &device, IDLE, false, later).await;
        assert_eq!(state.unwrap(), SessionState::Locked, "{label}");
        t.drop_db().await;
    }
}

#[tokio::test]
async fn only_navigations_and_activity_reports_keep_a_session_awake_over_http() {
    use crate::common::web::{app, get_as, send, signed_in_cookies};
    use app::store::entities::session;
    use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};
    let t = TestDb::sqlite().await;
    let router = app(&t);
    let camille = agent(&t.db, "Camille Martin", "counsellor", "2468").await;
    let cookies = signed_in_cookies(&router, &t, camille, "2468").await;
    // The session was last used a minute ago.
    let minute_ago = Utc::now() - Duration::minutes(1);
    let rewind = || async {
        let row = session::Entity::find().one(&t.db).await.unwrap().unwrap();
        let mut row = row.into_active_model();
        row.last_seen_at = Set(minute_ago);
        row.update(&t.db).await.unwrap();
    };
    let last_seen = || async {
        session::Entity::find()
            .one(&t.db)
            .await
            .unwrap()
            .unwrap()
            .last_seen_at
    };
    rewind().await;
    // A page fetching by itself (a live refresh): not someone at the desk.
    let mut refresh = get_as("/agent/file", &cookies);
    refresh
        .headers_mut()
        .insert("sec-fetch-mode", "cors".parse().unwrap());
    send(&router, refresh).await;
    assert_eq!(last_seen().await, minute_ago);
    // The page's watcher reports input: the idle clock starts again.
    let report = crate::common::web::form_post(app::staff::model::ACTIVITY_PATH, "")
        .header(http::header::COOKIE, &cookies)
        .header("sec-fetch-mode", "no-cors")
        .body(axum::body::Body::empty())
        .unwrap();
    let (status, _, _) = send(&router, report).await;
    assert_eq!(status, http::StatusCode::NO_CONTENT);
    assert!(last_seen().await > minute_ago);
    // So does opening a page.
    rewind().await;
    let mut open = get_as("/agent/file", &cookies);
    open.headers_mut()
        .insert("sec-fetch-mode", "navigate".parse().unwrap());
    send(&router, open).await;
    assert!(last_seen().await > minute_ago);
    // Without a session, the report is refused.
    let stranger = crate::common::web::form_post(app::staff::model::ACTIVITY_PATH, "")
        .body(axum::body::Body::empty())
        .unwrap();
    assert_eq!(
        send(&router, stranger).await.0,
        http::StatusCode::UNAUTHORIZED
    );
    t.drop_db().await;
}
