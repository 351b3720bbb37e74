//! Services in the database: listed with their motifs, created, edited if nobody saved
//! them in between, retired once they have no active motif (tickets keep pointing at them).

use super::model::{ServiceForm, ServiceSettings, ServicesAdminView};
use crate::booking::admin::model::ActiveForm;
use crate::booking::admin::rules::{POSITION, bounded, ticket_letter, valid_slug};
use crate::booking::admin::store::{AdminError, audited, check_updated, finish, shown_version};
use crate::staff::identity::StaffIdentity;
use crate::store::begin_write;
use crate::store::entities::{motif, service};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};

/// Every service in the order pages list them, retired ones last.
pub async fn services(db: &DatabaseConnection) -> Result<ServicesAdminView, AdminError> {
    let mut rows = service::Entity::find()
        .order_by_asc(service::Column::Position)
        .order_by_asc(service::Column::Id)
        .all(db)
        .await?;
    rows.sort_by_key(|s| !s.active);
    let motifs = motif::Entity::find()
        .filter(motif::Column::Active.eq(true))
        .all(db)
        .await?;
    Ok(ServicesAdminView {
        services: rows
            .into_iter()
            .map(|s| ServiceSettings {
                active_motifs: motifs.iter().filter(|m| m.service_id == s.id).count() as u64,
                slug: s.slug,
                name: s.name,
                letter: s.ticket_letter,
                experts: s.handled_by_experts,
                position: s.position,
                active: s.active,
                version: s.version,
            })
            .collect(),
    })
}

/// The fields as typed, checked; the letter is another service's (retired ones keep
/// theirs: their tickets still carry it) only for `other_than` itself.
async fn service_values<C: ConnectionTrait>(
    db: &C,
    form: &ServiceForm,
    other_than: Option<i32>,
) -> Result<service::ActiveModel, AdminError> {
    let name = form.name.trim();
    if name.is_empty() {
        return Err(AdminError::Invalid("admin-error-required"));
    }
    let letter = ticket_letter(&form.letter).ok_or(AdminError::Invalid("admin-error-letter"))?;
    let position =
        bounded(&form.position, POSITION).ok_or(AdminError::Invalid("admin-error-position"))?;
    let letter_taken = service::Entity::find()
        .filter(service::Column::TicketLetter.eq(&letter))
        .all(db)
        .await?
        .into_iter()
        .any(|s| Some(s.id) != other_than);
    if letter_taken {
        return Err(AdminError::Invalid("admin-error-letter-taken"));
    }
    Ok(service::ActiveModel {
        name: Set(name.to_owned()),
        ticket_letter: Set(letter),
        handled_by_experts: Set(form.experts),
        position: Set(position),
        ..Default::default()
    })
}

/// Creates a service.
pub async fn create_service(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &ServiceForm,
) -> Result<(), AdminError> {
    let slug = form.slug.trim();
    if !valid_slug(slug) {
        return Err(AdminError::Invalid("admin-error-slug"));
    }
    let txn = begin_write(db).await?;
    let saved = async {
        let taken = service::Entity::find()
            .filter(service::Column::Slug.eq(slug))
            .count(&txn)
            .await?;
        if taken > 0 {
            return Err(AdminError::Invalid("admin-error-slug-taken"));
        }
        let mut values = service_values(&txn, form, None).await?;
        values.slug = Set(slug.to_owned());
        values.active = Set(true);
        values.version = Set(0);
        let row = values.insert(&txn).await?;
        audited(&txn, identity, "admin.service.create", "service", row.slug).await
    }
    .await;
    finish(txn, saved).await
}

/// Saves a service if nobody saved it since the form showed it.
pub async fn save_service(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &ServiceForm,
) -> Result<(), AdminError> {
    let version = shown_version(form.version)?;
    let txn = begin_write(db).await?;
    let saved = async {
        let row = service::Entity::find()
            .filter(service::Column::Slug.eq(&form.slug))
            .one(&txn)
            .await?
            .ok_or(AdminError::NotFound)?;
        let mut values = service_values(&txn, form, Some(row.id)).await?;
        values.version = Set(version + 1);
        let updated = service::Entity::update_many()
            .set(values)
            .filter(service::Column::Id.eq(row.id))
            .filter(service::Column::Version.eq(version))
            .exec(&txn)
            .await?;
        check_updated(updated.rows_affected)?;
        audited(&txn, identity, "admin.service.save", "service", row.slug).await
    }
    .await;
    finish(txn, saved).await
}

/// Retires a service that has no active motif left, or brings one back.
pub async fn set_service_active(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &ActiveForm,
) -> Result<(), AdminError> {
    let version = shown_version(form.version)?;
    let txn = begin_write(db).await?;
    let saved = async {
        let row = service::Entity::find()
            .filter(service::Column::Slug.eq(&form.slug))
            .one(&txn)
            .await?
            .ok_or(AdminError::NotFound)?;
        if !form.active {
            let motifs = motif::Entity::find()
                .filter(motif::Column::ServiceId.eq(row.id))
                .filter(motif::Column::Active.eq(true))
                .count(&txn)
                .await?;
            if motifs > 0 {
                return Err(AdminError::Invalid("admin-error-service-motifs"));
            }
        }
        let updated = service::Entity::update_many()
            .set(service::ActiveModel {
                active: Set(form.active),
                version: Set(version + 1),
                ..Default::default()
            })
            .filter(service::Column::Id.eq(row.id))
            .filter(service::Column::Version.eq(version))
            .exec(&txn)
            .await?;
        check_updated(updated.rows_affected)?;
        let action = if form.active {
            "admin.service.reactivate"
        } else {
            "admin.service.retire"
        };
        audited(&txn, identity, action, "service", row.slug).await
    }
    .await;
    finish(txn, saved).await
}
