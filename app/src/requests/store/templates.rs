//! The town's reply templates: written by supervisors and administrators, offered on a
//! request's page for its kind in the resident's language (then French), where they fill
//! the reply or the question for the agent to adapt. Every change is audited in its own
//! transaction.

use super::RequestsError;
use crate::audit::staff_action;
use crate::i18n::Locale;
use crate::requests::model::{TemplateForm, TemplateRow, TemplatesView};
use crate::requests::rules;
use crate::staff::Me;
use crate::staff::identity::StaffIdentity;
use crate::staff::roles::Role;
use crate::statuses::RequestKind;
use crate::store::begin_write;
use crate::store::entities::reply_template;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryOrder, Set,
};

/// Who writes templates.
pub fn can_edit(role: Role) -> bool {
    matches!(role, Role::Supervisor | Role::Admin)
}

fn row(t: reply_template::Model) -> TemplateRow {
    TemplateRow {
        id: t.id,
        kind: t.kind,
        language: t.language,
        title: t.title,
        body: t.body,
    }
}

/// Every template, by kind, language and title.
pub async fn list(
    db: &DatabaseConnection,
    me: Me,
    role: Role,
) -> Result<TemplatesView, RequestsError> {
    let rows = reply_template::Entity::find()
        .order_by_asc(reply_template::Column::Kind)
        .order_by_asc(reply_template::Column::Language)
        .order_by_asc(reply_template::Column::Title)
        .all(db)
        .await?
        .into_iter()
        .map(row)
        .collect();
    Ok(TemplatesView {
        me,
        rows,
        can_edit: can_edit(role),
    })
}

/// Writes, changes or deletes a template.
pub async fn save(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &TemplateForm,
    now: DateTime<Utc>,
) -> Result<(), RequestsError> {
    let txn = begin_write(db).await?;
    if !form.delete.is_empty() {
        let id = form.id.ok_or(RequestsError::NotFound)?;
        let gone = reply_template::Entity::delete_by_id(id).exec(&txn).await?;
        if gone.rows_affected == 0 {
            return Err(RequestsError::NotFound);
        }
        staff_action(
            &txn,
            identity,
            "reply_template.delete",
            "reply_template",
            Some(id.to_string()),
        )
        .await?;
        txn.commit().await?;
        return Ok(());
    }
    let title = rules::subject(&form.title)
        .map_err(|_| RequestsError::Invalid("requests-error-template-title"))?;
    let body = rules::text(&form.body, true).map_err(RequestsError::Invalid)?;
    let kind = match form.kind.as_str() {
        "" => None,
        k => Some(RequestKind::parse(k).ok_or(RequestsError::Invalid("requests-error-kind"))?),
    };
    let language = Locale::from_tag(&form.language)
        .ok_or(RequestsError::Invalid("requests-error-template-language"))?;
    let mut active = match form.id {
        None => <reply_template::ActiveModel as Default>::default(),
        Some(id) => reply_template::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .ok_or(RequestsError::NotFound)?
            .into_active_model(),
    };
    active.kind = Set(kind);
    active.language = Set(language.code().into());
    active.title = Set(title);
    active.body = Set(body);
    active.updated_by = Set(identity.agent_id);
    active.updated_at = Set(now);
    let saved = active.save(&txn).await?;
    let id = saved.id.clone().unwrap();
    staff_action(
        &txn,
        identity,
        "reply_template.save",
        "reply_template",
        Some(id.to_string()),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
