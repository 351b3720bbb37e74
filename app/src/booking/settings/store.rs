//! The booking settings as stored: one `setting` row per value an administrator saved (no
//! row: the environment's default). Each save or reset writes its audit row in its own
//! transaction, then puts the new rules in force on this instance at once.

use super::model::{ResetForm, Rules, Setting, SettingForm, SettingRow, with_saved};
use crate::audit::{AuditEntry, record};
use crate::booking::policy::LivePolicy;
use crate::errors::{FeatureError, Refusal};
use crate::staff::identity::StaffIdentity;
use crate::store::begin_write;
use crate::store::entities::setting;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};
use std::collections::HashMap;

/// What the settings page refuses, or a failure of ours.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// No such setting on the page (a forged form).
    #[error("unknown setting")]
    UnknownSetting,
    /// The value typed is out of bounds; the Fluent id says which bounds.
    #[error("value refused: {0}")]
    Invalid(&'static str),
    #[error(transparent)]
    Db(#[from] DbErr),
}

impl FeatureError for SettingsError {
    fn refusal(&self) -> Option<Refusal> {
        match self {
            SettingsError::UnknownSetting => Some(Refusal::NotFound),
            SettingsError::Invalid(id) => Some(Refusal::Invalid(id)),
            SettingsError::Db(_) => None,
        }
    }
}

/// The stored values, by key.
async fn stored<C: ConnectionTrait>(db: &C) -> Result<HashMap<String, String>, DbErr> {
    let keys = Setting::ALL.map(Setting::key);
    Ok(setting::Entity::find()
        .filter(setting::Column::Key.is_in(keys))
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.key, row.value))
        .collect())
}

/// Reads the saved values and puts the rules they make in force on this instance: at
/// start, after each change, and on every housekeeping pass (other instances' changes).
pub async fn refresh<C: ConnectionTrait>(db: &C, live: &LivePolicy) -> Result<Rules, DbErr> {
    let saved = stored(db).await?;
    let rules = with_saved(
        live.defaults(),
        saved.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    );
    live.set(rules);
    Ok(rules)
}

/// Every setting with its value in force, its default and where the value comes from.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    live: &LivePolicy,
) -> Result<Vec<SettingRow>, SettingsError> {
    let saved = stored(db).await?;
    let rules = with_saved(
        live.defaults(),
        saved.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    );
    // The page reads the database anyway: what it shows is what is in force.
    live.set(rules);
    Ok(Setting::ALL
        .into_iter()
        .map(|s| SettingRow {
            setting: s,
            value: s.value(&rules),
            default: s.value(&live.defaults()),
            // A row the rules ignored (edited by hand, out of bounds) is not "saved".
            saved: saved
                .get(s.key())
                .is_some_and(|v| s.apply(live.defaults(), v).is_some()),
        })
        .collect())
}

/// Saves one setting, if the value is within bounds, with its audit row; the new rules are
/// in force here at once.
pub async fn save(
    db: &sea_orm::DatabaseConnection,
    live: &LivePolicy,
    identity: &StaffIdentity,
    form: &SettingForm,
) -> Result<Setting, SettingsError> {
    let s = Setting::from_slug(&form.setting).ok_or(SettingsError::UnknownSetting)?;
    let value = s.parse(&form.value).map_err(SettingsError::Invalid)?;
    let txn = begin_write(db).await?;
    setting::Entity::insert(setting::ActiveModel {
        key: Set(s.key().to_owned()),
        value: Set(value.clone()),
    })
    .on_conflict(
        OnConflict::column(setting::Column::Key)
            .update_column(setting::Column::Value)
            .to_owned(),
    )
    .exec(&txn)
    .await?;
    audit(&txn, identity, "admin.settings.save", s, Some(value)).await?;
    txn.commit().await?;
    refresh(db, live).await?;
    Ok(s)
}

/// Back to the environment's default for one setting, with its audit row.
pub async fn reset(
    db: &sea_orm::DatabaseConnection,
    live: &LivePolicy,
    identity: &StaffIdentity,
    form: &ResetForm,
) -> Result<Setting, SettingsError> {
    let s = Setting::from_slug(&form.setting).ok_or(SettingsError::UnknownSetting)?;
    let txn = begin_write(db).await?;
    setting::Entity::delete_by_id(s.key().to_owned())
        .exec(&txn)
        .await?;
    audit(&txn, identity, "admin.settings.reset", s, None).await?;
    txn.commit().await?;
    refresh(db, live).await?;
    Ok(s)
}

async fn audit<C: ConnectionTrait>(
    txn: &C,
    identity: &StaffIdentity,
    action: &str,
    s: Setting,
    value: Option<String>,
) -> Result<(), DbErr> {
    record(
        txn,
        AuditEntry {
            action,
            agent_id: Some(identity.agent_id),
            device_id: Some(identity.device_id),
            subject_kind: Some("booking-setting"),
            subject_id: Some(s.key().to_owned()),
            detail: value,
        },
    )
    .await
}
