//! Local phrases in the database, and the verified ones as the panel shows them.

use super::model::{LocalPhraseRow, LocalPhrasesView, NewPhraseForm, TranslationRow};
use super::rules::{check, panel_id, row_id};
use crate::components::fields::Choice;
use crate::i18n::Locale;
use crate::interpretation::catalogue::SITUATION_PREFIX;
use crate::interpretation::model::{Pair, resident_languages};
use crate::interpretation::phrasebook::{self, CATALOGUE};
use crate::interpretation::store::{
    InterpretationError, agent_names, audit_and_commit, languages_of,
};
use crate::staff::Me;
use crate::staff::identity::StaffIdentity;
use crate::staff::roles::Role;
use crate::store::begin_write;
use crate::store::entities::{agent_language, local_phrase, local_phrase_translation};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::collections::HashMap;

/// The page of the agent signed in (`me`), in `locale`: they may verify the translations
/// into the languages they speak.
pub async fn view(
    db: &DatabaseConnection,
    locale: Locale,
    identity: &StaffIdentity,
    me: Me,
) -> Result<LocalPhrasesView, InterpretationError> {
    let speaks = languages_of(db, identity.agent_id).await?;
    let names = agent_names(db).await?;
    let situation_name = |slug: &str| {
        phrasebook::text(locale, &format!("{SITUATION_PREFIX}{slug}"))
            .unwrap_or_else(|| slug.to_owned())
    };
    let languages: Vec<(String, String, bool)> = resident_languages()
        .map(|l| {
            (
                l.code().to_owned(),
                crate::i18n::text(locale, &format!("language-{}", l.code())),
                l.is_rtl(),
            )
        })
        .collect();
    let phrases = local_phrase::Entity::find()
        .filter(local_phrase::Column::Active.eq(true))
        .order_by_asc(local_phrase::Column::Situation)
        .order_by_asc(local_phrase::Column::Id)
        .all(db)
        .await?;
    let mut translations: HashMap<i32, Vec<local_phrase_translation::Model>> = HashMap::new();
    for t in local_phrase_translation::Entity::find().all(db).await? {
        translations.entry(t.phrase_id).or_default().push(t);
    }
    let rows = phrases
        .into_iter()
        .map(|p| {
            let mine = translations.remove(&p.id).unwrap_or_default();
            LocalPhraseRow {
                id: p.id,
                situation: situation_name(&p.situation),
                french: p.french,
                translations: languages
                    .iter()
                    .filter_map(|(code, name, rtl)| {
                        let t = mine.iter().find(|t| &t.lang == code)?;
                        Some(TranslationRow {
                            lang: code.clone(),
                            language: name.clone(),
                            rtl: *rtl,
                            text: t.text.clone(),
                            verified_by: t.verified_by.and_then(|id| names.get(&id).cloned()),
                            can_verify: t.verified_by.is_none() && speaks.contains(code),
                        })
                    })
                    .collect(),
            }
        })
        .collect();
    Ok(LocalPhrasesView {
        me,
        can_add: identity.role == Role::Admin,
        situations: CATALOGUE
            .situations
            .iter()
            .map(|s| Choice {
                value: s.slug.clone(),
                label: situation_name(&s.slug),
            })
            .collect(),
        languages,
        phrases: rows,
    })
}

/// Saves a new phrase and its non-empty translations in one transaction; a refused one
/// saves nothing.
pub async fn add(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &NewPhraseForm,
    now: DateTime<Utc>,
) -> Result<(), InterpretationError> {
    if CATALOGUE.situation(&form.situation).is_none() {
        return Err(InterpretationError::UnknownSituation);
    }
    let translations = form.translations();
    check(&form.french, &translations).map_err(InterpretationError::InvalidPhrase)?;
    let txn = begin_write(db).await?;
    let phrase = local_phrase::ActiveModel {
        situation: Set(form.situation.clone()),
        french: Set(form.french.trim().to_owned()),
        created_by: Set(identity.agent_id),
        created_at: Set(now),
        active: Set(true),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for (lang, text) in translations.iter().filter(|(_, t)| !t.trim().is_empty()) {
        local_phrase_translation::ActiveModel {
            phrase_id: Set(phrase.id),
            lang: Set((*lang).to_owned()),
            text: Set(text.trim().to_owned()),
            written_by: Set(identity.agent_id),
            written_at: Set(now),
            verified_by: Set(None),
            verified_at: Set(None),
        }
        .insert(&txn)
        .await?;
    }
    audit_and_commit(
        txn,
        identity,
        "phrase.add",
        "local_phrase",
        phrase.id.to_string(),
    )
    .await
}

/// Marks a translation verified by an agent who speaks its language.
pub async fn verify(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    phrase: i32,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<(), InterpretationError> {
    let speaks = agent_language::Entity::find_by_id((identity.agent_id, lang.to_owned()))
        .one(db)
        .await?
        .is_some();
    if !speaks {
        return Err(InterpretationError::NotSpeaker);
    }
    let done = local_phrase_translation::Entity::update_many()
        .col_expr(
            local_phrase_translation::Column::VerifiedBy,
            Expr::value(identity.agent_id),
        )
        .col_expr(
            local_phrase_translation::Column::VerifiedAt,
            Expr::value(now),
        )
        .filter(local_phrase_translation::Column::PhraseId.eq(phrase))
        .filter(local_phrase_translation::Column::Lang.eq(lang))
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        return Err(InterpretationError::TranslationGone);
    }
    changed(db, identity, "phrase.verify", format!("{phrase}/{lang}")).await
}

/// Takes a phrase out of the panel (its row stays, marked inactive).
pub async fn retire(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    phrase: i32,
) -> Result<(), InterpretationError> {
    local_phrase::Entity::update_many()
        .col_expr(local_phrase::Column::Active, Expr::value(false))
        .filter(local_phrase::Column::Id.eq(phrase))
        .exec(db)
        .await?;
    changed(db, identity, "phrase.retire", phrase.to_string()).await
}

/// After a change written outside a transaction: pages cached from the database are out
/// of date, and the audit says who did it.
async fn changed(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    action: &str,
    subject: String,
) -> Result<(), InterpretationError> {
    crate::store::data_changed();
    crate::audit::staff_action(db, identity, action, "local_phrase", Some(subject)).await?;
    Ok(())
}

/// The active local phrases verified in `them`, with their situation: what the panel adds
/// to the phrasebook for that language.
pub async fn verified(
    db: &DatabaseConnection,
    them: Locale,
) -> Result<Vec<(String, Pair)>, InterpretationError> {
    let translated: HashMap<i32, String> = local_phrase_translation::Entity::find()
        .filter(local_phrase_translation::Column::Lang.eq(them.code()))
        .filter(local_phrase_translation::Column::VerifiedBy.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.phrase_id, t.text))
        .collect();
    Ok(local_phrase::Entity::find()
        .filter(local_phrase::Column::Active.eq(true))
        .filter(local_phrase::Column::Id.is_in(translated.keys().copied()))
        .order_by_asc(local_phrase::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|p| {
            let pair = Pair {
                id: panel_id(p.id),
                fr: p.french,
                theirs: translated[&p.id].clone(),
            };
            (p.situation, pair)
        })
        .collect())
}

/// One verified local phrase by its panel id, in `them`.
pub async fn verified_one(
    db: &DatabaseConnection,
    them: Locale,
    id: &str,
) -> Result<Option<(String, Pair)>, InterpretationError> {
    let Some(row) = row_id(id) else {
        return Ok(None);
    };
    Ok(verified(db, them)
        .await?
        .into_iter()
        .find(|(_, p)| row_id(&p.id) == Some(row)))
}
