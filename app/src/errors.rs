//! The error type of server functions. Users see a translated message chosen from the
//! variant; logs keep the cause, which never reaches the browser.
//!
//! Each feature's store has its own error enum (`QueueError`, `BookingError`…) whose
//! refusals say what the user reads; [`FeatureError`] turns any of them into an
//! [`AppError`] with its HTTP status, here and nowhere else.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// No valid staff session (never signed in, signed out, or locked after inactivity).
    #[error("not signed in")]
    NotSignedIn,
    /// Signed in, but the role does not allow this.
    #[error("forbidden")]
    Forbidden,
    /// This device is not an enrolled workstation.
    #[error("workstation not enrolled")]
    DeviceNotEnrolled,
    #[error("not found")]
    NotFound,
    /// Bad input; carries the Fluent id of the message that explains it.
    #[error("invalid input: {0}")]
    Invalid(String),
    /// Something failed on our side; the cause is in the server log.
    #[error("internal error")]
    Internal,
    #[error("request failed: {0}")]
    Transport(String),
}

impl AppError {
    /// Fluent id of the message shown to the user.
    pub fn message_id(&self) -> &str {
        match self {
            AppError::NotSignedIn => "error-not-signed-in",
            AppError::Forbidden => "error-forbidden",
            AppError::DeviceNotEnrolled => "error-device-not-enrolled",
            AppError::NotFound => "error-not-found",
            AppError::Invalid(id) => id,
            AppError::Internal | AppError::Transport(_) => "error-internal",
        }
    }

    /// HTTP status for the response that carries this error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotSignedIn | AppError::DeviceNotEnrolled => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Invalid(_) => 422,
            AppError::Internal | AppError::Transport(_) => 500,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        // Arguments the server cannot read are the request's fault, not the server's: a
        // hostile or broken form gets 400, never a 500 that would look like a crash. (On
        // the server, "deserialization" is of the request's body: invalid UTF-8, say.)
        #[cfg(feature = "ssr")]
        if matches!(
            value,
            ServerFnErrorErr::Args(_)
                | ServerFnErrorErr::MissingArg(_)
                | ServerFnErrorErr::Deserialization(_)
        ) && let Some(res) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>()
        {
            res.set_status(http::StatusCode::BAD_REQUEST);
        }
        AppError::Transport(value.to_string())
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        tracing::error!(error = %err, "database error");
        AppError::Internal
    }
}

#[cfg(feature = "ssr")]
impl AppError {
    /// Sets the HTTP status of the current server-function response to match the error.
    pub fn with_status(self) -> Self {
        if let Some(res) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>()
            && let Ok(code) = http::StatusCode::from_u16(self.status())
        {
            res.set_status(code);
        }
        self
    }
}

/// What a feature refuses, as the user will be told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The thing asked for does not exist (any more): 404.
    NotFound,
    /// The signed-in agent may not do this: 403.
    Forbidden,
    /// The request cannot be done as it stands; the Fluent id says why: 422.
    Invalid(&'static str),
}

impl Refusal {
    /// Fluent id of the message shown to the user.
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::NotFound => "error-not-found",
            Refusal::Forbidden => "error-forbidden",
            Refusal::Invalid(id) => id,
        }
    }
}

impl From<Refusal> for AppError {
    fn from(refusal: Refusal) -> Self {
        match refusal {
            Refusal::NotFound => AppError::NotFound,
            Refusal::Forbidden => AppError::Forbidden,
            Refusal::Invalid(id) => AppError::Invalid(id.into()),
        }
    }
}

/// The error enum of a feature's store: each variant is a refusal users are told about, or
/// a failure of ours (`None`), which is logged and shown as an internal error.
#[cfg(feature = "ssr")]
pub trait FeatureError: std::error::Error {
    fn refusal(&self) -> Option<Refusal>;

    /// Fluent id of the message for this error (the internal one for a failure of ours),
    /// for forms that go back to the page with the reason in the address.
    fn message_id(&self) -> &'static str {
        self.refusal().map_or("error-internal", Refusal::message_id)
    }
}

#[cfg(feature = "ssr")]
impl<E: FeatureError> From<E> for AppError {
    fn from(err: E) -> Self {
        match err.refusal() {
            Some(refusal) => AppError::from(refusal).with_status(),
            None => {
                tracing::error!(error = %err, "server error");
                AppError::Internal.with_status()
            }
        }
    }
}
