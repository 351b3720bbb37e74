//! `/agent/interpretation`: the counsellor's language panel. The resident's language,
//! a situation or a search in French, a phrase in French and in that language side by
//! side, its values filled in, read aloud, shown full screen to the resident, and the
//! resident's answers with their French meaning. Everything travels in the query string,
//! so the panel works as plain links and forms, and a phrase can be shown again by its URL.

mod views;

pub use views::{PATH, PanelPage, PanelReload};

use super::catalogue::Var;
use super::filled::{FilledForm, Gender};
use crate::components::fields::Choice;
use crate::errors::AppError;
use crate::i18n::Locale;
use crate::staff::Me;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The panel's query string.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PanelParams {
    /// The resident's language.
    pub langue: Option<String>,
    /// Filters the language list, by French name or own name.
    pub trouver: Option<String>,
    pub situation: Option<String>,
    /// A search in French among the phrases.
    pub q: Option<String>,
    pub phrase: Option<String>,
    /// Fills `$documents` with a motif's list.
    pub motif: Option<String>,
    /// The resident's last answer (its id), whose French meaning the counsellor reads.
    pub reponse: Option<String>,
    /// `default`: a form-encoded call leaves out a struct whose fields are all empty.
    #[serde(default)]
    pub values: FilledForm,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LanguageChoice {
    pub code: String,
    /// In the page's language ("arabe").
    pub name: String,
    /// In itself ("العربية").
    pub native: String,
    pub rtl: bool,
}

/// A text in French and in the resident's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pair {
    pub id: String,
    pub fr: String,
    pub theirs: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SituationLink {
    pub slug: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Chosen {
    pub pair: Pair,
    pub vars: Vec<Var>,
    /// Fields whose value could not be read, with the message id saying so.
    pub problems: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PanelView {
    pub me: Me,
    pub languages: Vec<LanguageChoice>,
    pub language: Option<LanguageChoice>,
    pub situations: Vec<SituationLink>,
    pub situation: Option<String>,
    /// The situation's phrases, or the search's.
    pub phrases: Vec<Pair>,
    pub chosen: Option<Chosen>,
    /// Every situation's answers, then the situation's own.
    pub answers: Vec<Pair>,
    pub answered: Option<Pair>,
    pub motifs: Vec<Choice>,
    pub services: Vec<Choice>,
    pub gender: Gender,
    /// The resident's screen paired with this agent's panel.
    pub pairing: Option<crate::interpretation::pairing::PairingView>,
    /// The agent's request for an interpreter of the chosen language, today.
    pub interpreter_request: Option<crate::interpretation::interpreters::MyRequest>,
}

/// The languages a resident may be spoken to in: the phrasebook's, French aside.
pub fn resident_languages() -> impl Iterator<Item = Locale> {
    Locale::ALL.into_iter().filter(|l| *l != Locale::Fr)
}

#[server(prefix = "/api/agent", endpoint = "interpretation")]
pub async fn load_panel(params: PanelParams) -> Result<PanelView, AppError> {
    use crate::staff::StaffSection;
    let identity = crate::staff::session::require_section(StaffSection::Interpretation).await?;
    let state = crate::state::AppState::from_context()?;
    let page = crate::i18n::request_locale();
    let agent_id = identity.agent_id;
    server::load(
        &state.db,
        &crate::interpretation::live::hub::Hub::from_context()?,
        agent_id,
        page,
        params,
        Me::from_identity(identity)?,
    )
    .await
}

#[cfg(feature = "ssr")]
pub mod server {
    use super::*;
    use crate::i18n::search::has_all_words;
    use crate::i18n::text;
    use crate::interpretation::catalogue::{ANSWER_PREFIX, SITUATION_PREFIX};
    use crate::interpretation::filled::Filled;
    use crate::interpretation::phrasebook::{self, CATALOGUE};
    use crate::store::entities::{motif, service};
    use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

    /// The most phrases a search lists: beyond, the counsellor should type one more word.
    const MAX_RESULTS: usize = 40;

    pub async fn load(
        db: &DatabaseConnection,
        pairings: &crate::interpretation::live::hub::Hub,
        agent_id: i32,
        page: Locale,
        params: PanelParams,
        me: Me,
    ) -> Result<PanelView, AppError> {
        let choice = |l: Locale| LanguageChoice {
            code: l.code().to_owned(),
            name: text(page, &format!("language-{}", l.code())),
            native: l.native_name().to_owned(),
            rtl: l.is_rtl(),
        };
        let find = params.trouver.clone().unwrap_or_default();
        let languages: Vec<_> = resident_languages()
            .map(choice)
            .filter(|c| has_all_words(&format!("{} {} {}", c.name, c.native, c.code), &find))
            .collect();
        let theirs = params
            .langue
            .as_deref()
            .and_then(Locale::from_tag)
            .filter(|l| *l != Locale::Fr);
        let language = theirs.map(choice);
        let them = theirs.unwrap_or(Locale::En);
        let situations = CATALOGUE
            .situations
            .iter()
            .map(|s| SituationLink {
                slug: s.slug.clone(),
                name: phrasebook::text(page, &format!("{SITUATION_PREFIX}{}", s.slug))
                    .unwrap_or_else(|| s.slug.clone()),
            })
            .collect();

        let (filled, problems) = filled(db, &params).await?;
        let motifs = motif::Entity::find()
            .filter(motif::Column::Active.eq(true))
            .order_by_asc(motif::Column::Name)
            .all(db)
            .await?;
        let pair = |id: &str| pair(them, id, &filled);

        // The town's own phrases verified in this language join the phrasebook's.
        let locals = match theirs {
            Some(l) => crate::interpretation::local_phrases::store::verified(db, l).await?,
            None => Vec::new(),
        };
        let query = params.q.clone().unwrap_or_default();
        let situation = params
            .situation
            .clone()
            .filter(|s| CATALOGUE.situation(s).is_some());
        let phrases: Vec<Pair> = if !query.trim().is_empty() {
            CATALOGUE
                .situations
                .iter()
                .flat_map(|s| &s.phrases)
                .filter(|p| {
                    phrasebook::text(Locale::Fr, &p.id).is_some_and(|fr| has_all_words(&fr, &query))
                })
                .map(|p| pair(&p.id))
                .chain(
                    locals
                        .iter()
                        .filter(|(_, p)| has_all_words(&p.fr, &query))
                        .map(|(_, p)| p.clone()),
                )
                .take(MAX_RESULTS)
                .collect()
        } else {
            let slug = situation
                .clone()
                .or_else(|| CATALOGUE.situations.first().map(|s| s.slug.clone()));
            let own = slug.as_deref().and_then(|s| CATALOGUE.situation(s));
            own.map(|s| s.phrases.iter().map(|p| pair(&p.id)).collect::<Vec<_>>())
                .unwrap_or_default()
                .into_iter()
                .chain(
                    locals
                        .iter()
                        .filter(|(s, _)| Some(s) == slug.as_ref())
                        .map(|(_, p)| p.clone()),
                )
                .collect()
        };
        let local = params
            .phrase
            .as_deref()
            .and_then(|id| locals.iter().find(|(_, p)| p.id == id));
        let chosen = params
            .phrase
            .as_deref()
            .and_then(|id| CATALOGUE.phrase(id))
            .map(|p| Chosen {
                pair: pair(&p.id),
                vars: p.vars.iter().copied().collect(),
                problems: problems
                    .iter()
                    .map(|(f, m)| ((*f).to_owned(), (*m).to_owned()))
                    .collect(),
            });
        let chosen = chosen.or_else(|| {
            local.map(|(_, p)| Chosen {
                pair: p.clone(),
                vars: Vec::new(),
                problems: Vec::new(),
            })
        });
        let answers = CATALOGUE
            .answers_for(
                situation.as_deref().or(local.map(|(s, _)| s.as_str())),
                params.phrase.as_deref(),
            )
            .iter()
            .map(|id| pair(id))
            .collect();
        let answered = params
            .reponse
            .as_deref()
            .filter(|id| id.starts_with(ANSWER_PREFIX))
            .filter(|id| phrasebook::text(Locale::Fr, id).is_some())
            .map(pair);
        let services = service::Entity::find()
            .order_by_asc(service::Column::Position)
            .all(db)
            .await?
            .into_iter()
            .map(|s| Choice {
                label: crate::i18n::names::service_name(page, &s.slug, &s.name),
                value: s.slug,
            })
            .collect();
        let pairing = crate::interpretation::pairing::store::view_for_agent(
            db,
            pairings,
            agent_id,
            chrono::Utc::now(),
        )
        .await?;
        let interpreter_request = match theirs {
            Some(l) => {
                crate::interpretation::interpreters::store::my_request(
                    db,
                    agent_id,
                    l.code(),
                    chrono::Utc::now(),
                )
                .await?
            }
            None => None,
        };
        Ok(PanelView {
            interpreter_request,
            pairing,
            me,
            languages,
            language,
            situations,
            situation,
            phrases,
            chosen,
            answers,
            answered,
            motifs: motifs
                .iter()
                .map(|m| Choice {
                    value: m.id.to_string(),
                    label: crate::i18n::names::motif_name(page, &m.slug, &m.name),
                })
                .collect(),
            services,
            gender: filled.gender,
        })
    }

    /// The values a phrase is filled with: the panel's fields, and a motif's documents when
    /// none were typed; with the fields that could not be read.
    pub async fn filled(
        db: &DatabaseConnection,
        params: &PanelParams,
    ) -> Result<(Filled, Vec<(&'static str, &'static str)>), DbErr> {
        let (mut filled, problems) = params.values.read();
        if let Some(id) = params.motif.as_deref().and_then(|m| m.parse::<i32>().ok())
            && filled.documents.is_empty()
            && let Some(m) = motif::Entity::find_by_id(id)
                .filter(motif::Column::Active.eq(true))
                .one(db)
                .await?
        {
            filled.documents = crate::i18n::names::documents(&m.documents);
        }
        Ok((filled, problems))
    }

    /// Message `id` (a phrase or an answer) in French and in `them`.
    pub fn pair(them: Locale, id: &str, filled: &Filled) -> Pair {
        let one = |l: Locale| {
            phrasebook::phrase(l, id, filled)
                .or_else(|| phrasebook::text(l, id))
                .unwrap_or_default()
        };
        Pair {
            id: id.to_owned(),
            fr: one(Locale::Fr),
            theirs: one(them),
        }
    }
}
