//! A site's queue settings: the head start of each priority and how many calls make a
//! visitor absent. Kept as one JSON value per site in the `setting` table, so a town changes
//! them from the administration pages without a migration.

use super::order::Weights;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QueueSettings {
    pub weights: Weights,
    /// "Absent" is offered once the visitor has been called this many times.
    pub max_calls: i32,
}

impl Default for QueueSettings {
    fn default() -> Self {
        QueueSettings {
            weights: Weights::default(),
            max_calls: 3,
        }
    }
}

impl QueueSettings {
    pub const MAX_CALLS_RANGE: std::ops::RangeInclusive<i32> = 1..=9;

    pub fn key(site_id: i32) -> String {
        format!("queue.site.{site_id}")
    }

    /// The stored settings, or the defaults (also when the stored text no longer parses).
    pub fn parse(stored: Option<&str>) -> QueueSettings {
        stored
            .and_then(|s| serde_json::from_str(s).ok())
            .unwrap_or_default()
    }
}

#[cfg(feature = "ssr")]
mod ssr {
    use super::QueueSettings;
    use crate::store::entities::setting;
    use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, Set};

    impl QueueSettings {
        pub async fn load<C: ConnectionTrait>(
            db: &C,
            site_id: i32,
        ) -> Result<QueueSettings, DbErr> {
            let row = setting::Entity::find_by_id(QueueSettings::key(site_id))
                .one(db)
                .await?;
            Ok(QueueSettings::parse(row.as_ref().map(|r| r.value.as_str())))
        }

        pub async fn save<C: ConnectionTrait>(&self, db: &C, site_id: i32) -> Result<(), DbErr> {
            let value = serde_json::to_string(self).expect("settings serialise");
            match setting::Entity::find_by_id(QueueSettings::key(site_id))
                .one(db)
                .await?
            {
                Some(row) => {
                    let mut active = row.into_active_model();
                    active.value = Set(value);
                    active.update(db).await?;
                }
                None => {
                    setting::ActiveModel {
                        key: Set(QueueSettings::key(site_id)),
                        value: Set(value),
                    }
                    .insert(db)
                    .await?;
                }
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_or_broken_settings_give_the_defaults() {
        assert_eq!(QueueSettings::parse(None), QueueSettings::default());
        assert_eq!(
            QueueSettings::parse(Some("{oops")),
            QueueSettings::default()
        );
    }

    #[test]
    fn partial_settings_keep_the_other_defaults() {
        let s = QueueSettings::parse(Some(r#"{"max_calls":2}"#));
        assert_eq!(s.max_calls, 2);
        assert_eq!(s.weights, Weights::default());
    }
}
