//! What the stores of the language panel share: their error enum, the languages an agent
//! speaks, the values a phrase is filled with, and the end of a change staff make.

use crate::errors::{AppError, FeatureError, Refusal};
use crate::interpretation::filled::Filled;
use crate::interpretation::panel::model::PanelParams;
use crate::staff::identity::StaffIdentity;
use crate::store::entities::{agent_language, motif};
pub use crate::store::names::agent_names;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

/// What the language panel refuses, as the user is told, or a failure of ours.
#[derive(Debug, thiserror::Error)]
pub enum InterpretationError {
    /// The request for an interpreter is gone.
    #[error("request gone")]
    RequestGone,
    /// Only an interpreter who speaks the request's language may take it.
    #[error("not the interpreter's language")]
    NotYourRequest,
    /// Another interpreter answered first.
    #[error("request taken")]
    RequestTaken,
    /// Interpreters do not give appointments to interpreters.
    #[error("not allowed to assign")]
    NotAllowed,
    /// The appointment is over, cancelled, or needs no interpreter.
    #[error("appointment gone")]
    AppointmentGone,
    /// The interpreter chosen does not speak the appointment's language (or is none).
    #[error("interpreter does not speak the language")]
    WrongLanguage,
    /// The interpreter chosen has another appointment then.
    #[error("interpreter busy")]
    InterpreterBusy,
    /// A town phrase must belong to one of the phrasebook's situations.
    #[error("unknown situation")]
    UnknownSituation,
    /// A town phrase as typed is refused; `local_phrases::rules::check` says why.
    #[error("phrase refused: {0}")]
    InvalidPhrase(&'static str),
    /// Only an agent who speaks a translation's language may verify it.
    #[error("not a speaker")]
    NotSpeaker,
    /// The translation to verify is gone.
    #[error("translation gone")]
    TranslationGone,
    /// The counsellor has no paired screen (any more).
    #[error("no pairing")]
    NoPairing,
    /// A tap from a screen that does not hold the pairing, or that is no answer.
    #[error("answer refused")]
    AnswerRefused,
    /// Every code tried was taken.
    #[error("no free pairing code")]
    NoFreeCode,
    #[error(transparent)]
    Db(#[from] DbErr),
}

impl FeatureError for InterpretationError {
    fn refusal(&self) -> Option<Refusal> {
        use InterpretationError::*;
        let id = match self {
            RequestGone | AppointmentGone => "interpreters-error-gone",
            NotYourRequest => "interpreters-error-not-yours",
            RequestTaken => "interpreters-error-taken",
            NotAllowed => "interpreters-error-not-allowed",
            WrongLanguage => "interpreters-error-language",
            InterpreterBusy => "interpreters-error-busy",
            UnknownSituation => "local-phrases-error-situation",
            InvalidPhrase(id) => id,
            NotSpeaker => "local-phrases-error-not-speaker",
            TranslationGone => "local-phrases-error-gone",
            NoPairing => "pairing-none",
            AnswerRefused => return Some(Refusal::NotFound),
            NoFreeCode | Db(_) => return None,
        };
        Some(Refusal::Invalid(id))
    }
}

/// A store's answer to a form that goes back to its page: done, or refused with the
/// message id the page shows; a failure of ours stays an error (logged, 500).
pub fn outcome<T>(
    result: Result<T, InterpretationError>,
) -> Result<Result<T, &'static str>, AppError> {
    match result {
        Ok(done) => Ok(Ok(done)),
        Err(e) => match e.refusal() {
            Some(refusal) => Ok(Err(refusal.message_id())),
            None => Err(e.into()),
        },
    }
}

/// The language tags an agent speaks.
pub async fn languages_of<C: ConnectionTrait>(db: &C, agent_id: i32) -> Result<Vec<String>, DbErr> {
    Ok(agent_language::Entity::find()
        .filter(agent_language::Column::AgentId.eq(agent_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.lang)
        .collect())
}

/// Every agent's name, by id: who asked, answered, verified.
/// The motifs whose documents a phrase may list, by name.
pub async fn active_motifs<C: ConnectionTrait>(db: &C) -> Result<Vec<motif::Model>, DbErr> {
    motif::Entity::find()
        .filter(motif::Column::Active.eq(true))
        .order_by_asc(motif::Column::Name)
        .all(db)
        .await
}

/// The values a phrase is filled with: the panel's fields, and the documents of the motif
/// chosen (one of `motifs`) when none were typed; with the fields that could not be read.
pub fn filled(
    params: &PanelParams,
    motifs: &[motif::Model],
) -> (Filled, Vec<(&'static str, &'static str)>) {
    let (mut filled, problems) = params.values.read();
    let chosen = params.motif.as_deref().and_then(|m| m.parse::<i32>().ok());
    if filled.documents.is_empty()
        && let Some(m) = motifs.iter().find(|m| Some(m.id) == chosen)
    {
        filled.documents = crate::i18n::names::documents(&m.documents);
    }
    (filled, problems)
}

/// The end of a change an agent made: audited as `action` on `subject`, then committed.
pub async fn audit_and_commit(
    txn: DatabaseTransaction,
    identity: &StaffIdentity,
    action: &str,
    kind: &str,
    subject: String,
) -> Result<(), InterpretationError> {
    crate::audit::staff_action(&txn, identity, action, kind, Some(subject)).await?;
    txn.commit().await?;
    Ok(())
}
