//! Names by id, for lists that show who did what and in which service. A town has tens
//! of agents and services: reading them all once is cheaper than a query per row.

use crate::i18n::Locale;
use crate::i18n::names::service_name;
use crate::store::entities::{agent, service};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait};
use std::collections::HashMap;

/// Every agent's display name.
pub async fn agent_names<C: ConnectionTrait>(db: &C) -> Result<HashMap<i32, String>, DbErr> {
    Ok(agent::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.display_name))
        .collect())
}

/// Every service's name in `locale`.
pub async fn service_names<C: ConnectionTrait>(
    db: &C,
    locale: Locale,
) -> Result<HashMap<i32, String>, DbErr> {
    Ok(service::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, service_name(locale, &s.slug, &s.name)))
        .collect())
}
