//! Flash satisfaction surveys (`/avis/<token>`): asked once after a desk visit, an
//! appointment or a reply, by SMS or e-mail at a sensible hour while a campaign is open,
//! from the QR code of the kiosk receipt, or with the kiosk's smileys; three smileys and one
//! tap, then two optional questions and a comment. Each answer is tied to the exact
//! contact, site, channel and agent.
//!
//! This file holds the server functions.

pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod timing;
pub mod views;

use crate::errors::AppError;
use leptos::prelude::*;
use model::SurveyView;
use model::{AnswerForm, CampaignForm, CampaignsView, FollowUpForm, KioskAnswerForm, OptOutForm};
#[cfg(feature = "ssr")]
use {
    crate::errors::{FeatureError, Refusal},
    crate::i18n::{Locale, request_locale},
    crate::staff::devices::DeviceKind,
    crate::staff::session::{current_device_of, require_section},
    crate::staff::{Me, StaffSection},
    crate::state::AppState,
    chrono::Utc,
    model::{STAFF_PATH, survey_path, url_safe},
    store::{Answered, SurveysError},
};

/// The survey's page in the language the resident reads it in, with more in `extra`.
#[cfg(feature = "ssr")]
fn page(token: &str, lang: &str, extra: &str) -> String {
    let lang = Locale::from_tag(lang).unwrap_or_else(request_locale);
    format!("{}?lang={}{extra}", survey_path(token), lang.code())
}

/// Where a resident's form goes next: `done` when saved, the reason when refused; any
/// other error is the answer (an unknown link: not found).
#[cfg(feature = "ssr")]
fn back_to(
    token: &str,
    lang: &str,
    saved: Result<Answered, SurveysError>,
    done: &str,
) -> Result<(), AppError> {
    match saved {
        Ok(Answered::Recorded) => crate::components::url::redirect(&page(token, lang, done)),
        Ok(Answered::Kept) => {
            crate::components::url::redirect(&page(token, lang, "&etape=merci&garde=1"))
        }
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => {
                crate::components::url::redirect(&page(token, lang, &format!("&erreur={id}")))
            }
            _ => return Err(e.into()),
        },
    }
    Ok(())
}

/// `/avis/<token>`: the survey, in the resident's language unless `lang` asks for
/// another (the first visit without one goes to the survey's own language).
#[server(prefix = "/api/public", endpoint = "avis")]
pub async fn load_survey(token: String, lang: String) -> Result<SurveyView, AppError> {
    let state = AppState::from_context()?;
    let view = store::survey(&state.db, &token, Utc::now()).await?;
    if Locale::from_tag(&lang).is_none() && view.language != request_locale().code() {
        crate::components::url::redirect(&page(&view.token, &view.language, ""));
    }
    Ok(view)
}

/// A smiley tapped: recorded at once, then the optional questions.
#[server(prefix = "/api/public", endpoint = "avis/reponse")]
pub async fn answer_survey(#[server(flatten)] form: AnswerForm) -> Result<(), AppError> {
    let state = AppState::from_context()?;
    let saved = store::answer(&state.db, &form, Utc::now()).await;
    back_to(&form.token, &form.lang, saved, "&etape=questions")
}

/// The optional questions and the comment, then the thanks.
#[server(prefix = "/api/public", endpoint = "avis/questions")]
pub async fn answer_questions(#[server(flatten)] form: FollowUpForm) -> Result<(), AppError> {
    let state = AppState::from_context()?;
    let saved = store::follow_up(&state.db, &form, Utc::now()).await;
    match saved {
        // Back to the questions, which say what is wrong.
        Err(SurveysError::Invalid(id)) => {
            crate::components::url::redirect(&page(
                &form.token,
                &form.lang,
                &format!("&etape=questions&erreur={id}"),
            ));
            Ok(())
        }
        saved => back_to(&form.token, &form.lang, saved, "&etape=merci"),
    }
}

/// "Never ask me again", confirmed.
#[server(prefix = "/api/public", endpoint = "avis/desinscription")]
pub async fn opt_out(#[server(flatten)] form: OptOutForm) -> Result<(), AppError> {
    let state = AppState::from_context()?;
    store::opt_out(&state.db, &form.token, Utc::now()).await?;
    crate::components::url::redirect(&page(&form.token, &form.lang, "&etape=desinscrit"));
    Ok(())
}

/// A smiley tapped on the kiosk's home screen (`/api/public/avis-borne`, which the kiosk's
/// form names): back to the kiosk with a thank-you. Only the site's enrolled kiosk.
#[server(prefix = "/api/public", endpoint = "avis-borne")]
pub async fn kiosk_answer(#[server(flatten)] form: KioskAnswerForm) -> Result<(), AppError> {
    let state = AppState::from_context()?;
    let kiosk = current_device_of(DeviceKind::Kiosk).await?;
    let locale = Locale::from_tag(&form.lang).unwrap_or_else(request_locale);
    let kiosk_home = format!("/borne/{}?lang={}", url_safe(&form.site), locale.code());
    match store::kiosk_answer(&state.db, kiosk.as_ref(), &form, locale, Utc::now()).await {
        Ok(()) => crate::components::url::redirect(&format!("{kiosk_home}&avis=merci")),
        // The kiosk says it in its own words (its texts are not the survey page's).
        Err(SurveysError::Invalid(_)) => {
            crate::components::url::redirect(&format!("{kiosk_home}&erreur=queue-error-survey"))
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

/// `/agent/pilotage/enquetes`
#[server(prefix = "/api/agent", endpoint = "enquetes")]
pub async fn load_campaigns() -> Result<CampaignsView, AppError> {
    let identity = require_section(StaffSection::Quality).await?;
    let state = AppState::from_context()?;
    let me = Me::from_identity(identity).await?;
    Ok(store::campaigns(&state.db, me, request_locale(), Utc::now()).await?)
}

/// Opens a survey campaign; back to the page, saying so or why not.
#[server(prefix = "/api/agent", endpoint = "enquetes/ouvrir")]
pub async fn open_campaign(#[server(flatten)] form: CampaignForm) -> Result<(), AppError> {
    let identity = require_section(StaffSection::Quality).await?;
    let state = AppState::from_context()?;
    let opened = store::open_campaign(&state.db, &identity, &form, Utc::now()).await;
    staff_back(opened.map(|_| ()), "ouverte")
}

/// Closes the running campaign.
#[server(prefix = "/api/agent", endpoint = "enquetes/fermer")]
pub async fn close_campaign() -> Result<(), AppError> {
    let identity = require_section(StaffSection::Quality).await?;
    let state = AppState::from_context()?;
    let closed = store::close_campaign(&state.db, &identity, Utc::now()).await;
    staff_back(closed.map(|_| ()), "fermee")
}

#[cfg(feature = "ssr")]
fn staff_back(saved: Result<(), SurveysError>, done: &str) -> Result<(), AppError> {
    match saved {
        Ok(()) => crate::components::url::redirect(&format!("{STAFF_PATH}?{done}=1")),
        Err(e) => match e.refusal() {
            Some(Refusal::Invalid(id)) => {
                crate::components::url::redirect(&format!("{STAFF_PATH}?erreur={id}"))
            }
            _ => return Err(e.into()),
        },
    }
    Ok(())
}
