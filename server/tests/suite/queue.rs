//! The queue in the database, on a SQLite file and on PostgreSQL: numbers are never given
//! twice, a ticket is never called twice, the order follows the rules, a visit from the
//! call to the end is recorded as desk contacts, and a resident who left a number is told
//! once when their turn is near.

use crate::common::town::{QueueTown, queue_town, target_day};
use app::hooks::Hooks;
use app::queue::model::Outcome;
use app::queue::model::Status;
use app::queue::order::Priority;
use app::queue::store::{
    DeskAction, NewTicket, Origin, QueueChoice, QueueError, act, call_next, cancel_by_resident,
    issue,
};
use app::store::entities::{contact, notification, ticket};
use chrono::{DateTime, Duration, TimeZone, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashSet;

/// 10:00 in Paris on a working day ahead, plus `minutes`.
fn at(minutes: i64) -> DateTime<Utc> {
    let day = target_day();
    chrono_tz::Europe::Paris
        .from_local_datetime(&day.and_hms_opt(10, 0, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc)
        + Duration::minutes(minutes)
}

fn walk_in(town: &QueueTown, motif: i32, language: &str, priority: Priority) -> NewTicket {
    NewTicket {
        site_id: town.site_id,
        motif_id: motif,
        language: language.into(),
        priority,
        phone: None,
        origin: Origin::Kiosk,
    }
}

async fn ticket(db: &DatabaseConnection, id: i32) -> ticket::Model {
    ticket::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn kiosks_pressed_at_once_never_give_the_same_number() {
    for t in crate::common::both().await {
        let town = queue_town(&t.db, 1).await;
        let new = walk_in(&town, town.front_motif, "fr", Priority::None);
        let mut tasks = Vec::new();
        for _ in 0..30 {
            let (db, new) = (t.db.clone(), new.clone());
            tasks.push(tokio::spawn(async move { issue(&db, &new, at(0)).await }));
        }
        let mut codes = Vec::new();
        for task in tasks {
            codes.push(task.await.unwrap().expect("issued").code);
        }
        codes.sort();
        let expected: Vec<String> = (1..=30).map(|n| format!("A{n:03}")).collect();
        assert_eq!(codes, expected, "{}", t.label());
        // The expert service has its own letter and numbers.
        let u = issue(
            &t.db,
            &walk_in(&town, town.expert_motif, "fr", Priority::None),
            at(1),
        )
        .await
        .unwrap();
        assert_eq!(u.code, "U001", "{}", t.label());
        // Numbers start again the next day.
        let next_day = issue(&t.db, &new, at(24 * 60)).await;
        if let Ok(next) = next_day {
            assert_eq!(next.code, "A001", "{}", t.label());
        }
        t.drop_db().await;
    }
}

#[tokio::test]
async fn twenty_counsellors_calling_at_once_never_get_the_same_ticket() {
    for t in crate::common::both().await {
        let town = queue_town(&t.db, 20).await;
        let mut called: Vec<i32> = Vec::new();
        let mut issued: HashSet<i32> = HashSet::new();
        for round in 0..50 {
            let now = at(round);
            for _ in 0..20 {
                let tk = issue(
                    &t.db,
                    &walk_in(&town, town.front_motif, "fr", Priority::None),
                    now,
                )
                .await
                .unwrap();
                issued.insert(tk.id);
            }
            let mut tasks = Vec::new();
            for (desk, agent) in town.desks.iter().zip(&town.counsellors) {
                let (db, desk, agent, site) = (t.db.clone(), *desk, *agent, town.site_id);
                tasks.push(tokio::spawn(async move {
                    call_next(&db, site, desk, agent, QueueChoice::Common, now).await
                }));
            }
            let mut this_round = Vec::new();
            for task in tasks {
                let tk = task
                    .await
                    .unwrap()
                    .expect("called")
                    .expect("somebody waits");
                this_round.push((tk.id, tk.agent_id.unwrap()));
            }
            for (id, agent) in &this_round {
                act(
                    &t.db,
                    &Hooks::default(),
                    *id,
                    *agent,
                    DeskAction::Close {
                        outcome: Outcome::Handled,
                        note: None,
                    },
                    now,
                )
                .await
                .unwrap();
            }
            called.extend(this_round.iter().map(|(id, _)| *id));
        }
        let distinct: HashSet<i32> = called.iter().copied().collect();
        assert_eq!(called.len(), 1000, "{}", t.label());
        assert_eq!(
            distinct.len(),
            1000,
            "a ticket was called twice on {}",
            t.label()
        );
        assert_eq!(distinct, issued, "{}", t.label());
        let all = ticket::Entity::find().all(&t.db).await.unwrap();
        assert!(
            all.iter()
                .all(|tk| tk.call_count == 1 && tk.status == "done")
        );
        t.drop_db().await;
    }
}

#[tokio::test]
async fn priority_goes_ahead_of_recent_arrivals_and_a_due_appointment_first() {
    for t in crate::common::both().await {
        let town = queue_town(&t.db, 1).await;
        let (desk, agent) = (town.desks[0], town.counsellors[0]);
        let first = issue(
            &t.db,
            &walk_in(&town, town.front_motif, "fr", Priority::None),
            at(0),
        )
        .await
        .unwrap();
        let priority = issue(
            &t.db,
            &walk_in(&town, town.front_motif, "fr", Priority::Disability),
            at(5),
        )
        .await
        .unwrap();
        let call = |now| call_next(&t.db, town.site_id, desk, agent, QueueChoice::Common, now);
        let got = call(at(6)).await.unwrap().unwrap();
        assert_eq!(got.id, priority.id, "{}", t.label());
        let close = DeskAction::Close {
            outcome: Outcome::Handled,
            note: None,
        };
        act(
            &t.db,
            &Hooks::default(),
            got.id,
            agent,
            close.clone(),
            at(7),
        )
        .await
        .unwrap();
        let got = call(at(8)).await.unwrap().unwrap();
        assert_eq!(got.id, first.id, "{}", t.label());
        act(&t.db, &Hooks::default(), got.id, agent, close, at(9))
            .await
            .unwrap();
        assert!(call(at(10)).await.unwrap().is_none(), "{}", t.label());
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_visit_is_called_recalled_transferred_and_closed_with_its_contacts() {
    for t in crate::common::both().await {
        let town = queue_town(&t.db, 2).await;
        let (desk, counsellor) = (town.desks[0], town.counsellors[0]);
        let visitor = issue(
            &t.db,
            &walk_in(&town, town.front_motif, "ar", Priority::None),
            at(0),
        )
        .await
        .unwrap();
        let later = issue(
            &t.db,
            &walk_in(&town, town.front_motif, "fr", Priority::None),
            at(3),
        )
        .await
        .unwrap();

        let called = call_next(
            &t.db,
            town.site_id,
            desk,
            counsellor,
            QueueChoice::Common,
            at(10),
        )
        .await
        .unwrap()
        .unwrap();
        assert_eq!(called.id, visitor.id);
        assert_eq!(called.status, "called");
        assert_eq!(called.desk_id, Some(desk));
        // One visitor at a time.
        let busy = call_next(
            &t.db,
            town.site_id,
            desk,
            counsellor,
            QueueChoice::Common,
            at(10),
        )
        .await;
        assert!(matches!(busy, Err(QueueError::Busy)), "{}", t.label());
        // "Absent" only after three calls (the default).
        let early = act(
            &t.db,
            &Hooks::default(),
            visitor.id,
            counsellor,
            DeskAction::NoShow,
            at(11),
        )
        .await;
        assert!(
            matches!(early, Err(QueueError::TooFewCalls)),
            "{}",
            t.label()
        );
        let recalled = act(
            &t.db,
            &Hooks::default(),
            visitor.id,
            counsellor,
            DeskAction::Recall,
            at(11),
        )
        .await
        .unwrap();
        assert_eq!(recalled.call_count, 2);
        // Another counsellor cannot act on it.
        let other = act(
            &t.db,
            &Hooks::default(),
            visitor.id,
            town.counsellors[1],
            DeskAction::Start,
            at(12),
        )
        .await;
        assert!(matches!(other, Err(QueueError::Stale)), "{}", t.label());
        act(
            &t.db,
            &Hooks::default(),
            visitor.id,
            counsellor,
            DeskAction::Start,
            at(12),
        )
        .await
        .unwrap();
        act(
            &t.db,
            &Hooks::default(),
            visitor.id,
            counsellor,
            DeskAction::SetAside,
            at(13),
        )
        .await
        .unwrap();
        act(
            &t.db,
            &Hooks::default(),
            visitor.id,
            counsellor,
            DeskAction::Resume,
            at(16),
        )
        .await
        .unwrap();
        let transferred = act(
            &t.db,
            &Hooks::default(),
            visitor.id,
            counsellor,
            DeskAction::Transfer {
                service_id: town.expert_service,
                agent_id: Some(town.expert),
                note: Some("Permis de construire : dossier complet.".into()),
            },
            at(20),
        )
        .await
        .unwrap();
        assert_eq!(transferred.status, "transferred");
        assert_eq!(transferred.arrival_at, visitor.arrival_at, "arrival kept");
        assert_eq!(
            transferred.code, visitor.code,
            "the visitor keeps their number"
        );

        // Transfer the later visitor too: the expert still gets the first arrival first.
        call_next(
            &t.db,
            town.site_id,
            desk,
            counsellor,
            QueueChoice::Common,
            at(21),
        )
        .await
        .unwrap()
        .unwrap();
        act(
            &t.db,
            &Hooks::default(),
            later.id,
            counsellor,
            DeskAction::Transfer {
                service_id: town.expert_service,
                agent_id: None,
                note: None,
            },
            at(22),
        )
        .await
        .unwrap();
        // The common queue does not hand out transferred visitors.
        assert!(
            call_next(
                &t.db,
                town.site_id,
                desk,
                counsellor,
                QueueChoice::Common,
                at(23)
            )
            .await
            .unwrap()
            .is_none()
        );
        let expert_desk = town.desks[1];
        let expert_call = call_next(
            &t.db,
            town.site_id,
            expert_desk,
            town.expert,
            QueueChoice::Service(town.expert_service),
            at(30),
        )
        .await
        .unwrap()
        .unwrap();
        assert_eq!(expert_call.id, visitor.id, "{}", t.label());
        act(
            &t.db,
            &Hooks::default(),
            visitor.id,
            town.expert,
            DeskAction::Start,
            at(31),
        )
        .await
        .unwrap();
        let done = act(
            &t.db,
            &Hooks::default(),
            visitor.id,
            town.expert,
            DeskAction::Close {
                outcome: Outcome::FollowUp,
                note: Some("Pièce manquante".into()),
            },
            at(45),
        )
        .await
        .unwrap();
        assert_eq!(done.status, Status::Done.as_str());
        assert_eq!(done.outcome.as_deref(), Some("follow_up"));

        let contacts = contact::Entity::find()
            .filter(contact::Column::TicketId.eq(visitor.id))
            .order_by_asc(contact::Column::Id)
            .all(&t.db)
            .await
            .unwrap();
        assert_eq!(contacts.len(), 2, "{}", t.label());
        let front = &contacts[0];
        assert_eq!(front.channel, "desk");
        assert_eq!(front.outcome, "transferred");
        assert_eq!(front.agent_id, Some(counsellor));
        assert_eq!(front.transferred_to_service_id, Some(town.expert_service));
        assert_eq!(
            front.waited_seconds,
            Some(11 * 60),
            "waited from arrival to the last call"
        );
        assert_eq!(front.started_at, at(12));
        assert_eq!(front.ended_at, Some(at(20)));
        let expert = &contacts[1];
        assert_eq!(expert.agent_id, Some(town.expert));
        assert_eq!(expert.outcome, "follow_up");
        assert_eq!(
            expert.waited_seconds,
            Some(10 * 60),
            "waited from the transfer"
        );
        assert_eq!(expert.started_at, at(31));
        assert_eq!(expert.ended_at, Some(at(45)));
        assert_eq!(expert.note.as_deref(), Some("Pièce manquante"));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn absent_after_three_calls() {
    for t in crate::common::both().await {
        let town = queue_town(&t.db, 1).await;
        let (desk, agent) = (town.desks[0], town.counsellors[0]);
        let tk = issue(
            &t.db,
            &walk_in(&town, town.front_motif, "fr", Priority::None),
            at(0),
        )
        .await
        .unwrap();
        call_next(&t.db, town.site_id, desk, agent, QueueChoice::Common, at(1))
            .await
            .unwrap();
        act(
            &t.db,
            &Hooks::default(),
            tk.id,
            agent,
            DeskAction::Recall,
            at(2),
        )
        .await
        .unwrap();
        act(
            &t.db,
            &Hooks::default(),
            tk.id,
            agent,
            DeskAction::Recall,
            at(3),
        )
        .await
        .unwrap();
        let gone = act(
            &t.db,
            &Hooks::default(),
            tk.id,
            agent,
            DeskAction::NoShow,
            at(4),
        )
        .await
        .unwrap();
        assert_eq!(gone.status, "no_show", "{}", t.label());
        assert_eq!(gone.call_count, 3);
        // No contact for somebody who never came.
        assert!(contact::Entity::find().all(&t.db).await.unwrap().is_empty());
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_resident_who_left_a_number_is_told_once_when_three_are_ahead() {
    for t in crate::common::both().await {
        let town = queue_town(&t.db, 1).await;
        let (desk, agent) = (town.desks[0], town.counsellors[0]);
        let mut ids = Vec::new();
        for i in 0..6 {
            let mut new = walk_in(
                &town,
                town.front_motif,
                if i == 5 { "uk" } else { "fr" },
                Priority::None,
            );
            new.origin = Origin::Home;
            new.phone = (i == 5).then(|| "+33612345678".to_owned());
            ids.push(issue(&t.db, &new, at(i)).await.unwrap().id);
        }
        let sms = |db: DatabaseConnection| async move {
            notification::Entity::find()
                .filter(notification::Column::Template.eq("ticket-near"))
                .all(&db)
                .await
                .unwrap()
        };
        // Five ahead of the last ticket; each call moves it one place.
        for (round, expect) in [(0, 0), (1, 1), (2, 1), (3, 1)] {
            let tk = call_next(
                &t.db,
                town.site_id,
                desk,
                agent,
                QueueChoice::Common,
                at(10 + round),
            )
            .await
            .unwrap()
            .unwrap();
            act(
                &t.db,
                &Hooks::default(),
                tk.id,
                agent,
                DeskAction::Close {
                    outcome: Outcome::Handled,
                    note: None,
                },
                at(10 + round),
            )
            .await
            .unwrap();
            let sent = sms(t.db.clone()).await;
            assert_eq!(sent.len(), expect, "after call {round} on {}", t.label());
        }
        let sent = sms(t.db.clone()).await;
        assert_eq!(sent[0].recipient, "+33612345678");
        assert_eq!(sent[0].language, "uk");
        assert!(sent[0].body.contains("A006"), "{}", sent[0].body);
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_resident_can_give_up_their_place_but_not_once_called() {
    for t in crate::common::both().await {
        let town = queue_town(&t.db, 1).await;
        let a = issue(
            &t.db,
            &walk_in(&town, town.front_motif, "fr", Priority::None),
            at(0),
        )
        .await
        .unwrap();
        let b = issue(
            &t.db,
            &walk_in(&town, town.front_motif, "fr", Priority::None),
            at(1),
        )
        .await
        .unwrap();
        let gone = cancel_by_resident(&t.db, &a.public_token, at(2))
            .await
            .unwrap();
        assert_eq!(gone.status, "cancelled");
        let called = call_next(
            &t.db,
            town.site_id,
            town.desks[0],
            town.counsellors[0],
            QueueChoice::Common,
            at(3),
        )
        .await
        .unwrap()
        .unwrap();
        assert_eq!(called.id, b.id, "{}", t.label());
        let late = cancel_by_resident(&t.db, &b.public_token, at(4)).await;
        assert!(matches!(late, Err(QueueError::Stale)), "{}", t.label());
        assert_eq!(ticket(&t.db, b.id).await.status, "called");
        let unknown = cancel_by_resident(&t.db, "not-a-token", at(4)).await;
        assert!(matches!(unknown, Err(QueueError::NotFound)));
        t.drop_db().await;
    }
}

#[tokio::test]
async fn no_ticket_while_closed_nor_from_home_where_not_offered() {
    for t in crate::common::both().await {
        let town = queue_town(&t.db, 1).await;
        let christmas = chrono_tz::Europe::Paris
            .with_ymd_and_hms(2026, 12, 25, 10, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        let closed = issue(
            &t.db,
            &walk_in(&town, town.front_motif, "fr", Priority::None),
            christmas,
        )
        .await;
        assert!(matches!(closed, Err(QueueError::Closed)), "{}", t.label());
        use app::store::entities::site;
        use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
        let mut s = site::Entity::find_by_id(town.site_id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap()
            .into_active_model();
        s.tickets_from_home = Set(false);
        s.update(&t.db).await.unwrap();
        let mut home = walk_in(&town, town.front_motif, "fr", Priority::None);
        home.origin = Origin::Home;
        let refused = issue(&t.db, &home, at(0)).await;
        assert!(
            matches!(refused, Err(QueueError::NoTicketsFromHome)),
            "{}",
            t.label()
        );
        assert!(ticket::Entity::find().all(&t.db).await.unwrap().is_empty());
        t.drop_db().await;
    }
}

#[tokio::test]
async fn a_transferred_ticket_keeps_its_number_and_the_next_one_follows_it() {
    for t in crate::common::both().await {
        let label = t.label();
        let town = queue_town(&t.db, 1).await;
        let (desk, counsellor) = (town.desks[0], town.counsellors[0]);
        let transfer = DeskAction::Transfer {
            service_id: town.expert_service,
            agent_id: None,
            note: None,
        };
        // Twice: a transfer once gave the next ticket of the family the same number, and
        // the second transfer then failed on the unique index.
        let mut codes = Vec::new();
        for round in 0..2 {
            let issued = issue(
                &t.db,
                &walk_in(&town, town.front_motif, "fr", Priority::None),
                at(round * 5),
            )
            .await
            .unwrap();
            codes.push(issued.code.clone());
            let called = call_next(
                &t.db,
                town.site_id,
                desk,
                counsellor,
                QueueChoice::Common,
                at(round * 5 + 1),
            )
            .await
            .unwrap()
            .unwrap();
            assert_eq!(called.id, issued.id, "{label}");
            let moved = act(
                &t.db,
                &Hooks::default(),
                issued.id,
                counsellor,
                transfer.clone(),
                at(round * 5 + 2),
            )
            .await
            .unwrap_or_else(|e| panic!("{label}: transfer {round}: {e:?}"));
            assert_eq!(moved.code, issued.code, "{label}: the code stays");
        }
        assert_eq!(codes, ["A001", "A002"], "{label}");
        t.drop_db().await;
    }
}

/// A desk's action and its audit row are one: when the audit cannot be written, the
/// ticket is not called, and the visitor is still waiting with their place.
#[tokio::test]
async fn a_call_whose_audit_row_cannot_be_written_does_not_happen() {
    use app::queue::store::{AuditedBy, call_next_by};
    for t in crate::common::both().await {
        let label = t.label();
        let town = queue_town(&t.db, 1).await;
        let (desk, agent) = (town.desks[0], town.counsellors[0]);
        let waiting = issue(
            &t.db,
            &walk_in(&town, town.front_motif, "fr", Priority::None),
            at(0),
        )
        .await
        .unwrap();
        let (device, _) = crate::common::workstation(&t.db, "Accueil 1").await;
        let identity = app::staff::identity::StaffIdentity {
            agent_id: agent,
            agent_name: "Camille".into(),
            role: app::staff::roles::Role::Counsellor,
            device_id: device.id,
            device_name: device.name.clone(),
        };
        // The audit log refuses every row (a full disk, a broken permission).
        crate::common::audit_log_down(&t).await;
        let by = AuditedBy {
            identity: &identity,
            action: "ticket.call",
        };
        let call = call_next_by(
            &t.db,
            town.site_id,
            desk,
            agent,
            QueueChoice::Common,
            Some(by),
            at(1),
        );
        assert!(call.await.is_err(), "{label}");
        let row = ticket::Entity::find_by_id(waiting.id)
            .one(&t.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.status, Status::Waiting, "{label}: still waiting");
        assert_eq!(row.agent_id, None, "{label}");
        // Once the log works again, the same call goes through, with its row.
        crate::common::audit_log_up(&t).await;
        let called = call_next_by(
            &t.db,
            town.site_id,
            desk,
            agent,
            QueueChoice::Common,
            Some(by),
            at(2),
        )
        .await
        .unwrap()
        .unwrap();
        assert_eq!(called.id, waiting.id, "{label}");
        let actions = crate::common::audit_actions(&t.db).await;
        assert_eq!(
            actions.iter().filter(|a| *a == "ticket.call").count(),
            1,
            "{label}"
        );
        t.drop_db().await;
    }
}

/// Tickets from home for one phone, sent at the very same time for its last place: one is
/// issued, the others are told the number already holds its places.
#[tokio::test]
async fn tickets_sent_at_once_for_one_phone_take_its_last_place_once() {
    use app::queue::store::{MAX_WAITING_PER_PHONE, NewTicket, Origin, QueueError};
    for t in crate::common::both().await {
        let label = t.label();
        let town = queue_town(&t.db, 1).await;
        let new = NewTicket {
            phone: Some("+33612345678".into()),
            origin: Origin::Home,
            ..walk_in(&town, town.front_motif, "fr", Priority::None)
        };
        for n in 1..MAX_WAITING_PER_PHONE {
            issue(&t.db, &new, at(n as i64)).await.unwrap();
        }
        let tries = (0..6).map(|_| issue(&t.db, &new, at(10)));
        let outcomes = futures_util::future::join_all(tries).await;
        let issued = outcomes.iter().filter(|o| o.is_ok()).count();
        let refused = outcomes
            .iter()
            .filter(|o| matches!(o, Err(QueueError::PhoneHasTickets)))
            .count();
        assert_eq!((issued, refused), (1, 5), "{label}: {outcomes:?}");
        t.drop_db().await;
    }
}
