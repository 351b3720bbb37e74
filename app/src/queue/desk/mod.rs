//! `/agent/file`: the counsellor's desk. Choose the desk and the queue to call from (the
//! common queue, or a service's for experts), see who waits and for how long, call the
//! next visitor, call again, mark absent after enough calls, start, transfer with a note,
//! set aside and resume, close with an outcome; issue a ticket for a walk-in or a caller.
//! Every action is a plain form post answered by a redirect back to the desk.

// A plain HTML form posts one field per server-function argument.
#![allow(clippy::too_many_arguments)]

mod views;

pub use views::DeskPage;

use super::model::Status;
use super::order::Priority;
use crate::components::fields::Choice;
use crate::errors::AppError;
use crate::staff::Me;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const CALL_URL: &str = "/api/agent/file/appeler";
pub const ACT_URL: &str = "/api/agent/file/action";
pub const TRANSFER_URL: &str = "/api/agent/file/transferer";
pub const CLOSE_URL: &str = "/api/agent/file/clore";
pub const ISSUE_URL: &str = "/api/agent/file/ticket";

/// The desk's query string.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeskParams {
    pub lieu: Option<String>,
    pub guichet: Option<String>,
    pub file: Option<String>,
}

impl DeskParams {
    pub fn url(site: &str, desk: Option<&str>, queue: &str) -> String {
        let mut url = format!("/agent/file?lieu={site}&file={queue}");
        if let Some(d) = desk {
            url.push_str(&format!("&guichet={d}"));
        }
        url
    }
}

/// The visitor in front of the counsellor (or set aside by them).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Visitor {
    pub id: i32,
    pub code: String,
    pub status: Status,
    pub call_count: i32,
    pub motif: String,
    pub service: String,
    pub language: String,
    pub priority: Priority,
    pub arrival_at: DateTime<Utc>,
    pub called_at: Option<DateTime<Utc>>,
    pub transfer_note: Option<String>,
    /// The appointment's resident, when the ticket came from a check-in.
    pub appointment_of: Option<String>,
}

/// One waiting visitor in the desk's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueueRow {
    pub code: String,
    pub motif: String,
    pub language: String,
    pub priority: Priority,
    pub arrival_at: DateTime<Utc>,
    /// Empty for the common queue, else the service's name.
    pub queue: String,
    /// The named expert it was transferred to.
    pub for_agent: Option<String>,
    pub appointment_at: Option<DateTime<Utc>>,
    /// Would "call next" from this desk's queue take it?
    pub callable: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeskView {
    pub me: Me,
    pub site: String,
    pub sites: Vec<Choice>,
    pub desks: Vec<Choice>,
    pub desk: Option<String>,
    /// `commune` or a service's slug.
    pub queue: String,
    pub queues: Vec<Choice>,
    pub current: Option<Visitor>,
    pub aside: Vec<Visitor>,
    pub waiting: Vec<QueueRow>,
    pub max_calls: i32,
    /// Transfer targets: services (by id) and experts (by id).
    pub services: Vec<Choice>,
    pub experts: Vec<Choice>,
    /// Motifs by service, for a ticket issued at the desk.
    pub motifs: Vec<(String, Vec<Choice>)>,
    pub now: DateTime<Utc>,
    /// The stamp of the site's live board when this view was read: the stream's first
    /// event, if it carries the same, needs no reload.
    pub stamp: Option<String>,
}

pub const COMMON_QUEUE: &str = "commune";

/// Only the desk's own page is a place to go back to after an action.
pub fn safe_return(url: &str) -> String {
    crate::components::back::within(url, "/agent/file")
}

/// `url` with `erreur=<id>` (replacing an earlier one).
pub fn with_error(url: &str, id: &str) -> String {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let mut parts: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("erreur="))
        .collect();
    let error = format!("erreur={id}");
    parts.push(&error);
    format!("{path}?{}", parts.join("&"))
}

#[cfg(feature = "ssr")]
mod load;

#[server(prefix = "/api/agent", endpoint = "file/guichet")]
pub async fn load_desk(params: DeskParams) -> Result<DeskView, AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Queue).await?;
    let state = crate::state::AppState::from_context()?;
    crate::audit::staff_action(&state.db, &identity, "queue.read", "site", None).await?;
    let agent_id = identity.agent_id;
    let me = Me::from_identity(identity)?;
    Ok(load::desk_view(
        &state.db,
        &crate::queue::live::Live::from_context()?,
        agent_id,
        me,
        params,
        Utc::now(),
    )
    .await?)
}

/// What a desk change did: which site's queue changed, and where to go next if not back.
#[cfg(feature = "ssr")]
struct Done {
    site: i32,
    go: Option<String>,
}

#[cfg(feature = "ssr")]
impl Done {
    fn at(site: i32) -> Done {
        Done { site, go: None }
    }
}

/// Runs a desk change and goes back to the desk, with the reason when it was refused.
#[cfg(feature = "ssr")]
async fn desk_change<F, Fut>(retour: &str, change: F) -> Result<(), AppError>
where
    F: FnOnce(crate::staff::identity::StaffIdentity, crate::state::AppState) -> Fut,
    Fut: std::future::Future<Output = Result<Done, super::store::QueueError>>,
{
    use super::store::QueueError;
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Queue).await?;
    let state = crate::state::AppState::from_context()?;
    let back = safe_return(retour);
    match change(identity, state.clone()).await {
        Ok(done) => {
            crate::queue::live::Live::from_context()?.changed(done.site);
            leptos_axum::redirect(&done.go.unwrap_or(back));
            Ok(())
        }
        Err(QueueError::Db(e)) => Err(e.into()),
        Err(e) => {
            leptos_axum::redirect(&with_error(&back, e.message_id()));
            Ok(())
        }
    }
}

/// Applies a desk action to ticket `id` for the signed-in agent and audits it under the
/// action's name.
#[cfg(feature = "ssr")]
async fn act_audited(
    identity: &crate::staff::identity::StaffIdentity,
    state: &crate::state::AppState,
    id: i32,
    action: super::store::DeskAction,
) -> Result<Done, super::store::QueueError> {
    let audit = action.audit_name();
    let t = super::store::act(&state.db, id, identity.agent_id, action, Utc::now()).await?;
    crate::audit::staff_action(&state.db, identity, audit, "ticket", Some(id.to_string())).await?;
    Ok(Done::at(t.site_id))
}

/// A note for the next desk or the record: trimmed, empty as none, at most [`MAX_NOTE`].
#[cfg(feature = "ssr")]
fn note_text(note: &str) -> Result<Option<String>, super::store::QueueError> {
    let note = note.trim();
    if note.chars().count() > MAX_NOTE {
        return Err(super::store::QueueError::NoteTooLong);
    }
    Ok((!note.is_empty()).then(|| note.to_owned()))
}

/// "Appeler le suivant".
#[server(prefix = "/api/agent", endpoint = "file/appeler")]
pub async fn desk_call(
    lieu: String,
    guichet: String,
    file: String,
    retour: String,
) -> Result<(), AppError> {
    use super::store::{QueueError, call_next};
    desk_change(&retour, |identity, state| async move {
        let (site_id, choice) = load::site_and_queue(&state.db, &lieu, &file).await?;
        let desk_id: i32 = guichet.parse().map_err(|_| QueueError::NotFound)?;
        let called = call_next(
            &state.db,
            site_id,
            desk_id,
            identity.agent_id,
            choice,
            Utc::now(),
        )
        .await?;
        match called {
            Some(t) => {
                crate::audit::staff_action(
                    &state.db,
                    &identity,
                    "ticket.call",
                    "ticket",
                    Some(t.id.to_string()),
                )
                .await?;
                Ok(Done::at(site_id))
            }
            None => Err(QueueError::Empty),
        }
    })
    .await
}

/// Recall, absent, start, set aside, resume.
#[server(prefix = "/api/agent", endpoint = "file/action")]
pub async fn desk_act(id: i32, action: String, retour: String) -> Result<(), AppError> {
    use super::store::DeskAction;
    let action = match action.as_str() {
        "rappeler" => DeskAction::Recall,
        "absent" => DeskAction::NoShow,
        "commencer" => DeskAction::Start,
        "mettre-de-cote" => DeskAction::SetAside,
        "reprendre" => DeskAction::Resume,
        _ => return Err(AppError::Invalid("error-not-found".into())),
    };
    desk_change(&retour, |identity, state| async move {
        act_audited(&identity, &state, id, action).await
    })
    .await
}

/// A note for the next desk is at most this long.
pub const MAX_NOTE: usize = 500;

/// Sends the visitor to a service's queue, or to one of its experts, with a note.
#[server(prefix = "/api/agent", endpoint = "file/transferer")]
pub async fn desk_transfer(
    id: i32,
    service: String,
    expert: String,
    note: String,
    retour: String,
) -> Result<(), AppError> {
    use super::store::{DeskAction, QueueError};
    desk_change(&retour, |identity, state| async move {
        let service_id: i32 = service.parse().map_err(|_| QueueError::NoService)?;
        let expert = match expert.trim() {
            "" => None,
            e => Some(e.parse::<i32>().map_err(|_| QueueError::NotFound)?),
        };
        let note = note_text(&note)?;
        if let Some(expert) = expert {
            load::check_expert(&state.db, expert, service_id).await?;
        }
        let transfer = DeskAction::Transfer {
            service_id,
            agent_id: expert,
            note,
        };
        act_audited(&identity, &state, id, transfer).await
    })
    .await
}

/// Ends the visit with its outcome.
#[server(prefix = "/api/agent", endpoint = "file/clore")]
pub async fn desk_close(
    id: i32,
    outcome: String,
    note: String,
    retour: String,
) -> Result<(), AppError> {
    use super::model::Outcome;
    use super::store::{DeskAction, QueueError};
    desk_change(&retour, |identity, state| async move {
        let outcome = Outcome::closing(&outcome).ok_or(QueueError::NoOutcome)?;
        let note = note_text(&note)?;
        let done = act_audited(&identity, &state, id, DeskAction::Close { outcome, note }).await?;
        // The visit is over: so is the exchange on the resident's screen.
        state.hooks.agent_leaves(identity.agent_id).await?;
        Ok(done)
    })
    .await
}

/// A ticket for a walk-in at the desk or a caller on the phone.
#[server(prefix = "/api/agent", endpoint = "file/ticket")]
pub async fn desk_issue(
    lieu: String,
    motif: String,
    priorite: String,
    langue: String,
    retour: String,
) -> Result<(), AppError> {
    use super::store::{NewTicket, Origin, QueueError, issue};
    use crate::i18n::Locale;
    let back = safe_return(&retour);
    desk_change(&retour, |identity, state| async move {
        let (site_id, _) = load::site_and_queue(&state.db, &lieu, COMMON_QUEUE).await?;
        let motif_id: i32 = motif.parse().map_err(|_| QueueError::NoMotif)?;
        let language = Locale::from_tag(&langue).unwrap_or_default();
        let t = issue(
            &state.db,
            &NewTicket {
                site_id,
                motif_id,
                language: language.code().into(),
                priority: Priority::parse(&priorite),
                phone: None,
                origin: Origin::Desk,
            },
            Utc::now(),
        )
        .await?;
        crate::audit::staff_action(
            &state.db,
            &identity,
            "ticket.issue",
            "ticket",
            Some(t.id.to_string()),
        )
        .await?;
        Ok(Done {
            site: site_id,
            go: Some(format!("{back}&emis={}", t.code)),
        })
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_desk_is_a_place_to_return_to() {
        assert_eq!(safe_return("/agent/file?lieu=x"), "/agent/file?lieu=x");
        assert_eq!(safe_return("https://evil.example"), "/agent/file");
        assert_eq!(safe_return("/agent/file//evil"), "/agent/file");
    }

    #[test]
    fn an_error_replaces_the_previous_one() {
        assert_eq!(
            with_error("/agent/file?lieu=x&erreur=a", "b"),
            "/agent/file?lieu=x&erreur=b"
        );
        assert_eq!(with_error("/agent/file", "b"), "/agent/file?erreur=b");
    }
}
