//! What each step of the booking pages looks up, and joining the waitlist.

use super::model::{ServiceMotifs, Step, StepParams, WaitlistDraft, WaitlistForm, Wanted};
use crate::booking::model::{ContactDraft, SiteInfo};
use crate::booking::store::{
    BookingError, Motifs, motif_info, motif_shown, site_by_slug, site_info, site_shown,
    sites_of_motif, week_of_slots,
};
use crate::booking::waitlist::{NewEntry, join};
use crate::calendar::paris_today;
use crate::calendar::store::sites_today;
use crate::calendar::today::TodayHours;
use crate::i18n::Locale;
use crate::i18n::dates::paris_date;
use crate::i18n::names::{motif_name, service_name};
use crate::i18n::search::fold;
use crate::store::entities::{motif, service, site, waitlist_entry};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

/// The step the URL asks for, with what it shows.
pub async fn load_step(
    db: &DatabaseConnection,
    params: &StepParams,
    draft: Option<ContactDraft>,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Step, BookingError> {
    let wanted = params.wanted();
    if wanted == Wanted::Motif {
        let search = params.q.clone().unwrap_or_default();
        return Ok(Step::Motif {
            services: motifs(db, locale, &search).await?,
            search,
        });
    }
    let motifs = Motifs::load(db).await?;
    let motif_slug = params.motif.as_deref().unwrap_or_default();
    let motif_row = motifs
        .by_slug(motif_slug)
        .filter(|m| m.active && m.bookable_online)
        .ok_or(BookingError::NotFound)?;
    let motif = motif_shown(db, motif_row).await?;
    if wanted == Wanted::Site {
        return Ok(Step::Site {
            sites: sites_for(db, motif_row, now).await?,
            motif,
        });
    }
    let site_slug = params.lieu.as_deref().unwrap_or_default();
    let site_row = site_by_slug(db, site_slug).await?;
    let site = site_shown(db, &site_row, now).await?;
    let free = motifs.free_times(&site_row, motif_row, now);
    let slot = params.slot();
    // A chosen time that is not free (any more) sends the resident back to the times,
    // told so, with the nearest free ones.
    if let Some(starts_at) = slot {
        let day = paris_date(starts_at);
        let still_free = free.between(db, day, day).await?;
        if still_free.iter().any(|s| s.start == starts_at) {
            let draft = draft.unwrap_or_else(|| ContactDraft {
                language: locale.code().into(),
                ..Default::default()
            });
            let complete = !draft.name.is_empty() && draft.errors.is_empty();
            return Ok(if wanted == Wanted::Review && complete {
                Step::Review {
                    motif,
                    site,
                    starts_at,
                    draft,
                }
            } else {
                Step::Contact {
                    motif,
                    site,
                    starts_at,
                    draft,
                }
            });
        }
    }
    let taken = params.taken().or(slot);
    let week = week_of_slots(db, &free, params.week(), taken).await?;
    let failed = params.liste.as_deref() == Some("erreur");
    let draft = draft.unwrap_or_default();
    let today = paris_today(now);
    let waitlist = WaitlistDraft {
        from: params
            .du
            .clone()
            .unwrap_or_else(|| today.format("%Y-%m-%d").to_string()),
        to: params.au.clone().unwrap_or_else(|| {
            (today + Duration::days(motif_row.max_delay_days.into()))
                .format("%Y-%m-%d")
                .to_string()
        }),
        name: draft.name,
        phone: draft.phone,
        email: draft.email,
        errors: if failed { draft.errors } else { Vec::new() },
    };
    Ok(Step::Slot {
        motif,
        site,
        week,
        waitlisted: params.attente.is_some(),
        waitlist,
    })
}

/// Every motif residents can book online, by service; filtered by `search` in French and
/// in the resident's language (the name and the documents).
async fn motifs(
    db: &DatabaseConnection,
    locale: Locale,
    search: &str,
) -> Result<Vec<ServiceMotifs>, BookingError> {
    let services = service::Entity::find()
        .filter(service::Column::Active.eq(true))
        .order_by_asc(service::Column::Position)
        .all(db)
        .await?;
    let rows = motif::Entity::find()
        .filter(motif::Column::Active.eq(true))
        .filter(motif::Column::BookableOnline.eq(true))
        .order_by_asc(motif::Column::Id)
        .all(db)
        .await?;
    let words: Vec<String> = fold(search).split_whitespace().map(str::to_owned).collect();
    Ok(services
        .iter()
        .map(|s| ServiceMotifs {
            slug: s.slug.clone(),
            name: s.name.clone(),
            motifs: rows
                .iter()
                .filter(|m| m.service_id == s.id)
                .map(|m| motif_info(m, s))
                .filter(|m| {
                    let haystack = fold(&format!(
                        "{} {} {} {} {}",
                        m.name,
                        motif_name(locale, &m.slug, &m.name),
                        m.service_name,
                        service_name(locale, &m.service_slug, &m.service_name),
                        m.documents.join(" ")
                    ));
                    words.iter().all(|w| haystack.contains(w.as_str()))
                })
                .collect(),
        })
        .filter(|s| !s.motifs.is_empty())
        .collect())
}

/// Sites where at least one active agent who handles the motif works.
async fn sites_for(
    db: &DatabaseConnection,
    motif: &motif::Model,
    now: DateTime<Utc>,
) -> Result<Vec<SiteInfo>, BookingError> {
    let site_ids = sites_of_motif(db, motif.id).await?;
    let rows = site::Entity::find()
        .filter(site::Column::Id.is_in(site_ids))
        .filter(site::Column::Active.eq(true))
        .order_by_asc(site::Column::Id)
        .all(db)
        .await?;
    let today = sites_today(db, now).await?;
    Ok(rows
        .into_iter()
        .map(|s| {
            let hours = today
                .iter()
                .find(|t| t.slug == s.slug)
                .map(|t| t.today.clone())
                .unwrap_or(TodayHours::Closed);
            site_info(s, hours)
        })
        .collect())
}

/// "Prévenez-moi": the resident joins the waitlist for a range of dates, or is told every
/// mistake of the form at once ([`BookingError::Mistakes`]).
pub async fn join_waitlist(
    db: &DatabaseConnection,
    form: &WaitlistForm,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<waitlist_entry::Model, BookingError> {
    let checked = form.check(paris_today(now));
    let motif = motif::Entity::find()
        .filter(motif::Column::Slug.eq(&form.motif))
        .one(db)
        .await?
        .ok_or(BookingError::NotFound)?;
    let site = site_by_slug(db, &form.site).await?;
    if !site.active {
        return Err(BookingError::NotFound);
    }
    let (contact, from, to) = checked.map_err(BookingError::Mistakes)?;
    let entry = NewEntry {
        site_id: site.id,
        motif_id: motif.id,
        from,
        to,
        contact_name: contact.name,
        phone: contact.phone.map(|p| p.as_str().to_owned()),
        email: contact.email.map(|e| e.as_str().to_owned()),
        language: locale.code().into(),
    };
    join(db, &entry, now).await
}
