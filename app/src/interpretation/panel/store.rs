//! What the panel shows, read for one agent: the phrasebook's phrases and the town's
//! verified ones in the resident's language, filled with the panel's values, and the
//! agent's paired screen and request for an interpreter.

use super::model::{Chosen, LanguageChoice, PanelParams, PanelView, SituationLink};
use crate::components::fields::Choice;
use crate::i18n::search::has_all_words;
use crate::i18n::{Locale, names, text};
use crate::interpretation::catalogue::{ANSWER_PREFIX, SITUATION_PREFIX};
use crate::interpretation::live::hub::Hub;
use crate::interpretation::model::{Pair, resident_languages};
use crate::interpretation::phrasebook::{self, CATALOGUE};
use crate::interpretation::store::{InterpretationError, active_motifs, filled};
use crate::interpretation::{interpreters, local_phrases, pairing};
use crate::staff::Me;
use crate::store::entities::service;
use chrono::Utc;
use sea_orm::{DatabaseConnection, EntityTrait, QueryOrder};

/// The most phrases a search lists: beyond, the counsellor should type one more word.
const MAX_RESULTS: usize = 40;

/// The panel of agent `me` (`agent_id`) for `params`, in the page's language `page`.
pub async fn load(
    db: &DatabaseConnection,
    hub: &Hub,
    agent_id: i32,
    page: Locale,
    params: PanelParams,
    me: Me,
) -> Result<PanelView, InterpretationError> {
    let theirs = params.language();
    let them = theirs.unwrap_or(Locale::En);
    let motifs = active_motifs(db).await?;
    let (filled, problems) = filled(&params, &motifs);
    let pair = |id: &str| phrasebook::pair(them, id, &filled);
    // The town's own phrases verified in this language join the phrasebook's.
    let locals = match theirs {
        Some(l) => local_phrases::store::verified(db, l).await?,
        None => Vec::new(),
    };
    let situation = params
        .situation
        .clone()
        .filter(|s| CATALOGUE.situation(s).is_some());
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
        })
        .or_else(|| {
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
    let now = Utc::now();
    let interpreter_request = match theirs {
        Some(l) => interpreters::store::my_request(db, agent_id, l.code(), now).await?,
        None => None,
    };
    Ok(PanelView {
        languages: languages(page, params.trouver.as_deref().unwrap_or_default()),
        language: theirs.map(|l| language_choice(page, l)),
        situations: situations(page),
        phrases: phrases(&params, situation.as_deref(), &locals, pair),
        situation,
        chosen,
        answers,
        answered,
        motifs: motifs
            .iter()
            .map(|m| Choice::new(m.id.to_string(), names::motif_name(page, &m.slug, &m.name)))
            .collect(),
        services: services(db, page).await?,
        gender: filled.gender,
        pairing: pairing::store::view_for_agent(db, hub, agent_id, now).await?,
        interpreter_request,
        me,
    })
}

fn language_choice(page: Locale, l: Locale) -> LanguageChoice {
    LanguageChoice {
        code: l.code().to_owned(),
        name: text(page, &format!("language-{}", l.code())),
        native: l.native_name().to_owned(),
        rtl: l.is_rtl(),
    }
}

/// The resident's languages whose name, own name or tag has every word of `find`.
fn languages(page: Locale, find: &str) -> Vec<LanguageChoice> {
    resident_languages()
        .map(|l| language_choice(page, l))
        .filter(|c| has_all_words(&format!("{} {} {}", c.name, c.native, c.code), find))
        .collect()
}

fn situations(page: Locale) -> Vec<SituationLink> {
    CATALOGUE
        .situations
        .iter()
        .map(|s| SituationLink {
            slug: s.slug.clone(),
            name: phrasebook::text(page, &format!("{SITUATION_PREFIX}{}", s.slug))
                .unwrap_or_else(|| s.slug.clone()),
        })
        .collect()
}

/// The phrases listed: those of the search in French, else those of the situation (the
/// first one when none is chosen); the town's own after the phrasebook's.
fn phrases(
    params: &PanelParams,
    situation: Option<&str>,
    locals: &[(String, Pair)],
    pair: impl Fn(&str) -> Pair,
) -> Vec<Pair> {
    let query = params.q.clone().unwrap_or_default();
    if !query.trim().is_empty() {
        return CATALOGUE
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
            .collect();
    }
    let slug = situation.or_else(|| CATALOGUE.situations.first().map(|s| s.slug.as_str()));
    let own = slug.and_then(|s| CATALOGUE.situation(s));
    own.map(|s| s.phrases.iter().map(|p| pair(&p.id)).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(
            locals
                .iter()
                .filter(|(s, _)| Some(s.as_str()) == slug)
                .map(|(_, p)| p.clone()),
        )
        .collect()
}

/// The services a phrase may name, in the page's language.
async fn services(
    db: &DatabaseConnection,
    page: Locale,
) -> Result<Vec<Choice>, InterpretationError> {
    Ok(service::Entity::find()
        .order_by_asc(service::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|s| Choice {
            label: names::service_name(page, &s.slug, &s.name),
            value: s.slug,
        })
        .collect())
}
