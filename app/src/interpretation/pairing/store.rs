//! Pairings in the database (who, which code, which language) and what goes through the
//! hub. The exchange itself is never written.

use super::code::{self, PairingCode};
use super::model::{PairingView, ScreenAnswer, ScreenLabels, ScreenLoad, ScreenState};
use crate::i18n::{Locale, text};
use crate::interpretation::catalogue::ANSWER_PREFIX;
use crate::interpretation::filled::Filled;
use crate::interpretation::live::hub::Hub;
use crate::interpretation::live::model::Message;
use crate::interpretation::local_phrases;
use crate::interpretation::panel::model::PanelParams;
use crate::interpretation::phrasebook::{self, CATALOGUE, pair};
use crate::interpretation::store::{InterpretationError, active_motifs, filled};
use crate::staff::tokens;
use crate::store::begin_write;
use crate::store::entities::pairing;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set, TransactionTrait,
};

/// How many random codes to try before giving up (a million codes, a few pairings open).
const ATTEMPTS: usize = 20;

async fn live_for_agent<C: ConnectionTrait>(
    db: &C,
    agent_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<pairing::Model>, DbErr> {
    pairing::Entity::find()
        .filter(pairing::Column::AgentId.eq(agent_id))
        .filter(pairing::Column::ExpiresAt.gt(now))
        .one(db)
        .await
}

async fn live_by_code(
    db: &DatabaseConnection,
    code: &PairingCode,
    now: DateTime<Utc>,
) -> Result<Option<pairing::Model>, DbErr> {
    pairing::Entity::find()
        .filter(pairing::Column::Code.eq(code.as_str()))
        .filter(pairing::Column::ExpiresAt.gt(now))
        .one(db)
        .await
}

/// Whether a screen may show a pairing.
#[derive(Debug)]
pub enum Claim {
    /// This screen's; `new_token` is the cookie to give the browser when it had none.
    Mine {
        pairing: pairing::Model,
        new_token: Option<String>,
    },
    /// Another screen opened the code first.
    Taken,
    /// No such pairing (any more).
    Unknown,
}

/// Opens pairing `code` on the screen holding `token` (its cookie, if any). The first
/// screen to open a code keeps it for the rest of the visit: a code guessed or read over a
/// shoulder afterwards opens nothing.
pub async fn claim(
    db: &DatabaseConnection,
    code: &PairingCode,
    token: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Claim, InterpretationError> {
    let Some(p) = live_by_code(db, code, now).await? else {
        return Ok(Claim::Unknown);
    };
    if p.screen_key.is_some() {
        return Ok(mine_or_taken(p, token));
    }
    let (token, new_token) = match token {
        Some(t) => (t.to_owned(), None),
        None => {
            let t = tokens::new_token();
            (t.clone(), Some(t))
        }
    };
    let key = tokens::digest(&token);
    // Only while nobody has it: two screens opening the code at once get it once.
    let claimed = pairing::Entity::update_many()
        .col_expr(pairing::Column::ScreenKey, Expr::value(key.clone()))
        .filter(pairing::Column::Id.eq(p.id))
        .filter(pairing::Column::ScreenKey.is_null())
        .exec(db)
        .await?
        .rows_affected
        == 1;
    if !claimed {
        return Ok(match live_by_code(db, code, now).await? {
            Some(p) => mine_or_taken(p, Some(&token)),
            None => Claim::Unknown,
        });
    }
    Ok(Claim::Mine {
        pairing: pairing::Model {
            screen_key: Some(key),
            ..p
        },
        new_token,
    })
}

/// Whether the screen holding `token` opened pairing `p`.
fn held_by(p: &pairing::Model, token: Option<&str>) -> bool {
    p.screen_key.is_some() && p.screen_key == token.map(tokens::digest)
}

fn mine_or_taken(p: pairing::Model, token: Option<&str>) -> Claim {
    if held_by(&p, token) {
        Claim::Mine {
            pairing: p,
            new_token: None,
        }
    } else {
        Claim::Taken
    }
}

/// What the screen holding `token` shows for the code `typed` (or in its address), and,
/// when it is the first to open that code, the cookie to give it with its lifetime in
/// seconds.
pub async fn open_screen(
    db: &DatabaseConnection,
    hub: &Hub,
    typed: Option<String>,
    token: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(ScreenLoad, Option<(String, i64)>), InterpretationError> {
    let typed = typed.unwrap_or_default();
    if typed.trim().is_empty() {
        return Ok((ScreenLoad::AskCode, None));
    }
    let Some(code) = PairingCode::parse(&typed) else {
        return Ok((ScreenLoad::Unknown { typed }, None));
    };
    Ok(match claim(db, &code, token, now).await? {
        Claim::Mine { pairing, new_token } => {
            let left = (pairing.expires_at - now).num_seconds().max(0);
            let state = shown(hub, &pairing);
            let code = code.to_string();
            (
                ScreenLoad::Paired { code, state },
                new_token.map(|t| (t, left)),
            )
        }
        Claim::Taken => (ScreenLoad::Taken { typed }, None),
        Claim::Unknown => (ScreenLoad::Unknown { typed }, None),
    })
}

/// Live pairing `code` if the screen holding `token` opened it.
pub async fn for_screen(
    db: &DatabaseConnection,
    code: &PairingCode,
    token: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Option<pairing::Model>, InterpretationError> {
    Ok(live_by_code(db, code, now)
        .await?
        .filter(|p| held_by(p, token)))
}

/// The agent's pairing, made if there is none, in `lang`. A screen already paired is told
/// when the language changes.
pub async fn start(
    db: &DatabaseConnection,
    hub: &Hub,
    agent_id: i32,
    lang: Locale,
    now: DateTime<Utc>,
) -> Result<PairingCode, InterpretationError> {
    let txn = begin_write(db).await?;
    pairing::Entity::delete_many()
        .filter(pairing::Column::ExpiresAt.lte(now))
        .exec(&txn)
        .await?;
    if let Some(p) = live_for_agent(&txn, agent_id, now).await? {
        let code = PairingCode::parse(&p.code).ok_or(DbErr::RecordNotFound(p.code.clone()))?;
        let changed = p.language != lang.code();
        if changed {
            let mut active: pairing::ActiveModel = p.into();
            active.language = Set(lang.code().to_owned());
            active.update(&txn).await?;
        }
        txn.commit().await?;
        if changed {
            show(hub, &code, waiting(lang)).await?;
        }
        return Ok(code);
    }
    for _ in 0..ATTEMPTS {
        let code = PairingCode::from_random(rand::random());
        let taken = pairing::Entity::find()
            .filter(pairing::Column::Code.eq(code.as_str()))
            .one(&txn)
            .await?
            .is_some();
        if taken {
            continue;
        }
        pairing::ActiveModel {
            code: Set(code.to_string()),
            agent_id: Set(agent_id),
            language: Set(lang.code().to_owned()),
            screen_key: Set(None),
            created_at: Set(now),
            expires_at: Set(code::expires_at(now)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        hub.forget(code.as_str());
        return Ok(code);
    }
    Err(InterpretationError::NoFreeCode)
}

/// Sends the panel's chosen phrase (with its values) to the agent's screen, in `lang`.
/// Refused when the agent has no pairing (any more).
pub async fn send_phrase(
    db: &DatabaseConnection,
    hub: &Hub,
    agent_id: i32,
    lang: Locale,
    params: &PanelParams,
    now: DateTime<Utc>,
) -> Result<(), InterpretationError> {
    let Some(p) = live_for_agent(db, agent_id, now).await? else {
        return Err(InterpretationError::NoPairing);
    };
    let Some(code) = PairingCode::parse(&p.code) else {
        return Err(InterpretationError::NoPairing);
    };
    if p.language != lang.code() {
        let txn = db.begin().await?;
        let mut active: pairing::ActiveModel = p.into();
        active.language = Set(lang.code().to_owned());
        active.update(&txn).await?;
        txn.commit().await?;
    }
    let Some(id) = params.phrase.as_deref() else {
        return Ok(());
    };
    let (text, situation) = if let Some(phrase) = CATALOGUE.phrase(id) {
        let (values, _) = filled(params, &active_motifs(db).await?);
        (
            pair(lang, &phrase.id, &values).theirs,
            params.situation.clone(),
        )
    } else if let Some((situation, p)) = local_phrases::store::verified_one(db, lang, id).await? {
        (p.theirs, Some(situation))
    } else {
        return Ok(());
    };
    let mut state = waiting(lang);
    state.phrase = Some(text);
    state.answers = answers(lang, CATALOGUE.answers_for(situation.as_deref(), Some(id)));
    show(hub, &code, state).await
}

/// Ends the agent's pairing: the row goes, the screen is told.
pub async fn end_for_agent(
    db: &DatabaseConnection,
    hub: &Hub,
    agent_id: i32,
) -> Result<(), InterpretationError> {
    let Some(p) = pairing::Entity::find()
        .filter(pairing::Column::AgentId.eq(agent_id))
        .one(db)
        .await?
    else {
        return Ok(());
    };
    pairing::Entity::delete_by_id(p.id).exec(db).await?;
    crate::store::data_changed();
    if let Some(code) = PairingCode::parse(&p.code) {
        let lang = Locale::from_tag(&p.language).unwrap_or_default();
        let mut state = waiting(lang);
        state.answers.clear();
        state.ended = true;
        // Delivering the ended state also empties the hub's memory of it, here and on
        // the other instances.
        show(hub, &code, state).await?;
    }
    Ok(())
}

/// A tap on the screen of `code` holding `token`: its French meaning goes to the
/// counsellor. Refused when the pairing is over, is another screen's, or the answer is
/// not one of the phrasebook's.
pub async fn answer(
    db: &DatabaseConnection,
    hub: &Hub,
    code: &PairingCode,
    token: Option<&str>,
    answer_id: &str,
    now: DateTime<Utc>,
) -> Result<(), InterpretationError> {
    let Some(p) = for_screen(db, code, token, now).await? else {
        return Err(InterpretationError::AnswerRefused);
    };
    let known =
        answer_id.starts_with(ANSWER_PREFIX) && phrasebook::text(Locale::Fr, answer_id).is_some();
    if !known {
        return Err(InterpretationError::AnswerRefused);
    }
    let lang = Locale::from_tag(&p.language).unwrap_or_default();
    hub.send(Message::Answer {
        code: code.to_string(),
        answer: pair(lang, answer_id, &Filled::default()),
    })
    .await?;
    Ok(())
}

/// What the screen of live pairing `p` shows now: the last state sent in its language, or
/// the waiting screen.
pub fn shown(hub: &Hub, p: &pairing::Model) -> ScreenState {
    hub.screen(&p.code)
        .filter(|s| s.lang == p.language)
        .unwrap_or_else(|| waiting(Locale::from_tag(&p.language).unwrap_or_default()))
}

/// The agent's pairing as their panel shows it.
pub async fn view_for_agent(
    db: &DatabaseConnection,
    hub: &Hub,
    agent_id: i32,
    now: DateTime<Utc>,
) -> Result<Option<PairingView>, InterpretationError> {
    Ok(live_for_agent(db, agent_id, now).await?.and_then(|p| {
        let code = PairingCode::parse(&p.code)?;
        Some(PairingView {
            spaced: code.spaced(),
            answered: hub.answer(code.as_str()),
            code: code.to_string(),
            joined: p.screen_key.is_some(),
            language: p.language,
        })
    }))
}

async fn show(
    hub: &Hub,
    code: &PairingCode,
    state: ScreenState,
) -> Result<(), InterpretationError> {
    hub.send(Message::Screen {
        code: code.to_string(),
        state,
    })
    .await?;
    Ok(())
}

/// A screen waiting for the first phrase: the general answers are already there.
fn waiting(lang: Locale) -> ScreenState {
    ScreenState {
        lang: lang.code().to_owned(),
        rtl: lang.is_rtl(),
        phrase: None,
        answers: answers(lang, CATALOGUE.answers_for(None, None)),
        labels: ScreenLabels {
            title: text(lang, "pairing-screen-title"),
            sent: text(lang, "pairing-screen-sent"),
            waiting: text(lang, "pairing-screen-waiting"),
            answers: text(lang, "pairing-screen-answers"),
            ended: text(lang, "pairing-screen-ended"),
        },
        ended: false,
    }
}

fn answers(lang: Locale, ids: Vec<String>) -> Vec<ScreenAnswer> {
    ids.into_iter()
        .filter_map(|id| {
            let text = phrasebook::text(lang, &id)?;
            Some(ScreenAnswer { id, text })
        })
        .collect()
}
