//! Server side of the booking pages: looks up what each step shows.

use super::model::{
    ContactDraft, DaySlots, MotifInfo, ServiceMotifs, SiteInfo, Step, StepParams, WaitlistForm,
    Wanted, WeekOfSlots,
};
use crate::booking::slots::nearest;
use crate::booking::store::availability;
use crate::calendar::hours::{DayHours, day_hours};
use crate::calendar::paris_today;
use crate::calendar::store::sites_today;
use crate::calendar::today::TodayHours;
use crate::errors::AppError;
use crate::i18n::Locale;
use crate::i18n::dates::paris_date;
use crate::i18n::names::{documents, motif_name, service_name};
use crate::i18n::search::fold;
use crate::store::entities::{agent, agent_schedule, agent_skill, motif, service, site};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

pub async fn load_step(
    db: &DatabaseConnection,
    params: &StepParams,
    draft: Option<ContactDraft>,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Step, AppError> {
    let wanted = params.wanted();
    if wanted == Wanted::Motif {
        let search = params.q.clone().unwrap_or_default();
        return Ok(Step::Motif {
            services: motifs(db, locale, &search).await?,
            search,
        });
    }
    let motif_slug = params.motif.as_deref().unwrap_or_default();
    let (motif_row, motif) = find_motif(db, motif_slug).await?;
    if wanted == Wanted::Site {
        return Ok(Step::Site {
            sites: sites_for(db, &motif_row, now).await?,
            motif,
        });
    }
    let site_slug = params.lieu.as_deref().unwrap_or_default();
    let site_row = site::Entity::find()
        .filter(site::Column::Slug.eq(site_slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let site = site_info(db, &site_row, now).await?;
    let slot = params.slot();
    // A chosen time that is not free (any more) sends the resident back to the times,
    // told so, with the nearest free ones.
    if let Some(starts_at) = slot {
        let day = paris_date(starts_at);
        let free = availability(db, site_row.id, motif_row.id, day, day, now).await?;
        if free.iter().any(|s| s.start == starts_at) {
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
    let week = week_of_slots(db, &site_row, &motif_row, params.week(), taken, now).await?;
    let failed = params.liste.as_deref() == Some("erreur");
    let draft = draft.unwrap_or_default();
    let today = paris_today(now);
    let waitlist = WaitlistForm {
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
) -> Result<Vec<ServiceMotifs>, AppError> {
    let services = service::Entity::find()
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

fn motif_info(m: &motif::Model, s: &service::Model) -> MotifInfo {
    MotifInfo {
        slug: m.slug.clone(),
        name: m.name.clone(),
        service_slug: s.slug.clone(),
        service_name: s.name.clone(),
        duration_minutes: m.duration_minutes,
        documents: documents(&m.documents),
    }
}

async fn find_motif(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<(motif::Model, MotifInfo), AppError> {
    let m = motif::Entity::find()
        .filter(motif::Column::Slug.eq(slug))
        .filter(motif::Column::Active.eq(true))
        .filter(motif::Column::BookableOnline.eq(true))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let s = service::Entity::find_by_id(m.service_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let info = motif_info(&m, &s);
    Ok((m, info))
}

/// Sites where at least one active agent who handles the motif works.
async fn sites_for(
    db: &DatabaseConnection,
    motif: &motif::Model,
    now: DateTime<Utc>,
) -> Result<Vec<SiteInfo>, AppError> {
    let skilled: Vec<i32> = agent_skill::Entity::find()
        .filter(agent_skill::Column::MotifId.eq(motif.id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.agent_id)
        .collect();
    let active: Vec<i32> = agent::Entity::find()
        .filter(agent::Column::Id.is_in(skilled))
        .filter(agent::Column::Active.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    let site_ids: Vec<i32> = agent_schedule::Entity::find()
        .filter(agent_schedule::Column::AgentId.is_in(active))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.site_id)
        .collect();
    let rows = site::Entity::find()
        .filter(site::Column::Id.is_in(site_ids))
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
            to_site_info(s, hours)
        })
        .collect())
}

async fn site_info(
    db: &DatabaseConnection,
    s: &site::Model,
    now: DateTime<Utc>,
) -> Result<SiteInfo, AppError> {
    let hours = sites_today(db, now)
        .await?
        .into_iter()
        .find(|t| t.slug == s.slug)
        .map(|t| t.today)
        .unwrap_or(TodayHours::Closed);
    Ok(to_site_info(s.clone(), hours))
}

fn to_site_info(s: site::Model, today: TodayHours) -> SiteInfo {
    SiteInfo {
        slug: s.slug,
        name: s.name,
        address: s.address,
        postal_code: s.postal_code,
        city: s.city,
        phone: s.phone,
        access_info: s.access_info,
        today,
    }
}

fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Duration::days(date.weekday().num_days_from_monday().into())
}

/// The free times of one week, with the earliest of all and the weeks around it.
pub(crate) async fn week_of_slots(
    db: &DatabaseConnection,
    site: &site::Model,
    motif: &motif::Model,
    week: Option<NaiveDate>,
    taken: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<WeekOfSlots, AppError> {
    let today = paris_today(now);
    let last = today + Duration::days(motif.max_delay_days.into());
    let all = availability(db, site.id, motif.id, today, last, now).await?;
    let earliest = all.first().map(|s| s.start);
    let this_week = monday_of(today);
    let week_start = week
        .map(monday_of)
        .or(taken.map(|t| monday_of(paris_date(t))))
        .or(earliest.map(|t| monday_of(paris_date(t))))
        .unwrap_or(this_week)
        .clamp(this_week, monday_of(last));
    let (hours, closures) = crate::calendar::store::site_calendar(
        db,
        site.id,
        week_start,
        week_start + Duration::days(6),
    )
    .await?;
    let days = (0..7)
        .map(|i| week_start + Duration::days(i))
        .filter(|d| *d >= today && *d <= last)
        .filter(|d| {
            matches!(
                day_hours(&hours, *d, &closures, site.alsace_moselle),
                DayHours::Open(_)
            )
        })
        .map(|date| DaySlots {
            date,
            slots: all
                .iter()
                .filter(|s| paris_date(s.start) == date)
                .map(|s| s.start)
                .collect(),
        })
        .collect();
    let week_end = week_start + Duration::days(7);
    Ok(WeekOfSlots {
        week_start,
        days,
        earliest,
        previous_week: (week_start > this_week).then(|| week_start - Duration::days(7)),
        next_week: (week_end <= last).then_some(week_end),
        taken,
        nearest: taken
            .map(|t| nearest(&all, t, 5).into_iter().map(|s| s.start).collect())
            .unwrap_or_default(),
    })
}

/// A motif and a site by id, as the pages show them.
pub(crate) async fn motif_and_site(
    db: &DatabaseConnection,
    motif_id: i32,
    site_id: i32,
    now: DateTime<Utc>,
) -> Result<(motif::Model, MotifInfo, site::Model, SiteInfo), AppError> {
    let m = motif::Entity::find_by_id(motif_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let s = service::Entity::find_by_id(m.service_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let place = site::Entity::find_by_id(site_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let info = motif_info(&m, &s);
    let place_info = site_info(db, &place, now).await?;
    Ok((m, info, place, place_info))
}
