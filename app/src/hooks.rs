//! Reactions between features. A feature never imports another one: where one must react
//! to what another does (a resident checked in at the agenda joins the queue; a counsellor
//! who hands the workstation over ends their paired screen), the acting feature calls a
//! hook here, and the server wiring (`server::services`) fills it with the other feature's
//! function. Every reaction between features is listed in this file.

use crate::alerts::{AlertsFor, StaffAlert};
use crate::store::entities::appointment;
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// What a hook returns: its work, done by the caller's `await`.
pub type HookFuture<'a> = Pin<Box<dyn Future<Output = Result<(), DbErr>> + Send + 'a>>;

type InTransaction<T> = Arc<
    dyn for<'a> Fn(&'a DatabaseTransaction, &'a T, DateTime<Utc>) -> HookFuture<'a> + Send + Sync,
>;
type Afterwards<T> = Arc<dyn Fn(T) -> HookFuture<'static> + Send + Sync>;
type Signal<T> = Arc<dyn Fn(T) + Send + Sync>;
/// What a hook that answers returns.
pub type AnswerFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, DbErr>> + Send + 'a>>;
type Alerts = Arc<
    dyn for<'a> Fn(
            &'a DatabaseConnection,
            AlertsFor,
            DateTime<Utc>,
        ) -> AnswerFuture<'a, Vec<StaffAlert>>
        + Send
        + Sync,
>;

type SitesOfMotif =
    Arc<dyn for<'a> Fn(&'a DatabaseConnection, i32) -> AnswerFuture<'a, Vec<i32>> + Send + Sync>;

type SurveyOpen = Arc<
    dyn for<'a> Fn(&'a DatabaseConnection, DateTime<Utc>) -> AnswerFuture<'a, bool> + Send + Sync,
>;

/// A desk visit closed as needing a follow-up: the contact it became, and what the
/// counsellor wrote of it.
#[derive(Clone, Debug)]
pub struct FollowUpVisit {
    pub contact_id: i32,
    pub site_id: i32,
    pub service_id: i32,
    pub agent_id: Option<i32>,
    pub appointment_id: Option<i32>,
    pub language: String,
    pub phone: Option<String>,
    pub note: Option<String>,
}

#[derive(Clone, Default)]
pub struct Hooks {
    appointment_arrived: Vec<InTransaction<appointment::Model>>,
    visit_needs_follow_up: Vec<InTransaction<FollowUpVisit>>,
    site_queue_changed: Vec<Signal<i32>>,
    agent_leaves: Vec<Afterwards<i32>>,
    staff_alerts: Vec<Alerts>,
    sites_of_motif: Option<SitesOfMotif>,
    survey_open: Option<SurveyOpen>,
}

impl Hooks {
    /// A resident with an appointment is here (checked in at the agenda): inside the
    /// check-in's transaction, so the appointment and what follows change together.
    pub fn on_appointment_arrived(
        &mut self,
        hook: impl for<'a> Fn(
            &'a DatabaseTransaction,
            &'a appointment::Model,
            DateTime<Utc>,
        ) -> HookFuture<'a>
        + Send
        + Sync
        + 'static,
    ) {
        self.appointment_arrived.push(Arc::new(hook));
    }

    pub async fn appointment_arrived(
        &self,
        txn: &DatabaseTransaction,
        appointment: &appointment::Model,
        now: DateTime<Utc>,
    ) -> Result<(), DbErr> {
        for hook in &self.appointment_arrived {
            hook(txn, appointment, now).await?;
        }
        Ok(())
    }

    /// A desk visit was closed as needing a follow-up: inside the closing's transaction, so
    /// the visit does not end without the request it opens.
    pub fn on_visit_needs_follow_up(
        &mut self,
        hook: impl for<'a> Fn(
            &'a DatabaseTransaction,
            &'a FollowUpVisit,
            DateTime<Utc>,
        ) -> HookFuture<'a>
        + Send
        + Sync
        + 'static,
    ) {
        self.visit_needs_follow_up.push(Arc::new(hook));
    }

    pub async fn visit_needs_follow_up(
        &self,
        txn: &DatabaseTransaction,
        visit: &FollowUpVisit,
        now: DateTime<Utc>,
    ) -> Result<(), DbErr> {
        for hook in &self.visit_needs_follow_up {
            hook(txn, visit, now).await?;
        }
        Ok(())
    }

    /// Something outside the queue changed who waits at a site (after its commit): the
    /// site's screens and desks follow.
    pub fn on_site_queue_changed(&mut self, hook: impl Fn(i32) + Send + Sync + 'static) {
        self.site_queue_changed.push(Arc::new(hook));
    }

    pub fn site_queue_changed(&self, site_id: i32) {
        for hook in &self.site_queue_changed {
            hook(site_id);
        }
    }

    /// An agent stops serving the resident in front of them: they closed the visit, or
    /// handed the workstation over (after the commit).
    pub fn on_agent_leaves(
        &mut self,
        hook: impl Fn(i32) -> HookFuture<'static> + Send + Sync + 'static,
    ) {
        self.agent_leaves.push(Arc::new(hook));
    }

    pub async fn agent_leaves(&self, agent_id: i32) -> Result<(), DbErr> {
        for hook in &self.agent_leaves {
            hook(agent_id).await?;
        }
        Ok(())
    }

    /// What the staff frame should tell an agent on every page (read when a staff page
    /// loads): each feature adds the alerts it owns.
    pub fn on_staff_alerts(
        &mut self,
        hook: impl for<'a> Fn(
            &'a DatabaseConnection,
            AlertsFor,
            DateTime<Utc>,
        ) -> AnswerFuture<'a, Vec<StaffAlert>>
        + Send
        + Sync
        + 'static,
    ) {
        self.staff_alerts.push(Arc::new(hook));
    }

    pub async fn staff_alerts(
        &self,
        db: &DatabaseConnection,
        to: AlertsFor,
        now: DateTime<Utc>,
    ) -> Result<Vec<StaffAlert>, DbErr> {
        let mut alerts = Vec::new();
        for hook in &self.staff_alerts {
            alerts.extend(hook(db, to, now).await?);
        }
        Ok(alerts)
    }

    /// Where a motif is served (the procedure sheets say where to go): the booking
    /// feature knows, from who handles the motif and where they work.
    pub fn on_sites_of_motif(
        &mut self,
        hook: impl for<'a> Fn(&'a DatabaseConnection, i32) -> AnswerFuture<'a, Vec<i32>>
        + Send
        + Sync
        + 'static,
    ) {
        self.sites_of_motif = Some(Arc::new(hook));
    }

    /// The ids of the sites that serve `motif`; `None` when nobody answers (every site).
    pub async fn sites_of_motif(
        &self,
        db: &DatabaseConnection,
        motif: i32,
    ) -> Result<Option<Vec<i32>>, DbErr> {
        match &self.sites_of_motif {
            Some(hook) => hook(db, motif).await.map(Some),
            None => Ok(None),
        }
    }

    /// Whether a satisfaction-survey campaign runs (the kiosk shows its smileys, the
    /// receipt and the ticket page invite to answer): the surveys feature knows.
    pub fn on_survey_open(
        &mut self,
        hook: impl for<'a> Fn(&'a DatabaseConnection, DateTime<Utc>) -> AnswerFuture<'a, bool>
        + Send
        + Sync
        + 'static,
    ) {
        self.survey_open = Some(Arc::new(hook));
    }

    /// Whether a survey campaign runs at `now`; no when nobody answers.
    pub async fn survey_open(
        &self,
        db: &DatabaseConnection,
        now: DateTime<Utc>,
    ) -> Result<bool, DbErr> {
        match &self.survey_open {
            Some(hook) => hook(db, now).await,
            None => Ok(false),
        }
    }
}
