//! Probes for load balancers and supervisors.

use axum::http::StatusCode;
use sea_orm::DatabaseConnection;

/// The process answers.
pub async fn alive() -> &'static str {
    "ok"
}

/// The database answers too.
pub async fn ready(db: DatabaseConnection) -> (StatusCode, &'static str) {
    match db.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(e) => {
            tracing::warn!(error = %e, "readiness: database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
