//! Procedure sheets in the database. Residents read the published texts through a
//! [`Catalogue`] kept in memory with its search index, rebuilt when anything is saved (any
//! instance notices: the catalogue remembers the newest row it was built from). Staff read
//! and write the versions directly.

use super::editing::{references, references_text};
use super::model::{
    Advice, Appointment, EditLevel, EditorView, FactsForm, FalcCheckForm, HITS_SHOWN, Hit,
    MAX_QUERY, MAX_TEXT, Reference, SheetText, SheetView, SheetsView, StaffRow, StaffSheetView,
    StaffSheetsView, TextForm, TranslationState, TranslationTask, Variant, VersionRow,
    reading_query, sheet_path,
};
use super::readability::{PlainWords, advice};
use super::search::Index;
use super::translation;
use crate::audit::staff_action;
use crate::calendar::store::sites_today;
use crate::components::fields::Choice;
use crate::errors::{FeatureError, Refusal};
use crate::hooks::Hooks;
use crate::i18n::Locale;
use crate::i18n::dates::paris_stamp;
use crate::staff::Me;
use crate::staff::identity::StaffIdentity;
use crate::staff::roles::Role;
use crate::state::PublicUrl;
use crate::statuses::RequestKind;
use crate::store::begin_write;
use crate::store::entities::{agent, motif, procedure_sheet, procedure_text, site};
use crate::store::names::{agent_names, service_names};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, RwLock};

#[derive(Debug, thiserror::Error)]
pub enum ProceduresError {
    #[error(transparent)]
    Db(#[from] DbErr),
    #[error("no such sheet")]
    NotFound,
    #[error("not allowed to change this text")]
    Forbidden,
    /// The form as sent cannot be saved; the Fluent id says why.
    #[error("refused: {0}")]
    Invalid(&'static str),
}

impl FeatureError for ProceduresError {
    fn refusal(&self) -> Option<Refusal> {
        match self {
            ProceduresError::Db(_) => None,
            ProceduresError::NotFound => Some(Refusal::NotFound),
            ProceduresError::Forbidden => Some(Refusal::Forbidden),
            ProceduresError::Invalid(id) => Some(Refusal::Invalid(id)),
        }
    }
}

/// Supervisors and administrators write the French and the sheet's facts; interpreters
/// translate too.
pub fn can_edit(role: Role, language: &str) -> bool {
    match role {
        Role::Supervisor | Role::Admin => true,
        Role::Interpreter => language != FRENCH,
        Role::Counsellor | Role::Expert => false,
    }
}

const FRENCH: &str = "fr";
const PUBLISHED: &str = "published";
const DRAFT: &str = "draft";

/// The plain words of the readability check, read once.
static PLAIN: LazyLock<PlainWords> = LazyLock::new(PlainWords::french);

/// A sheet's facts, as stored.
#[derive(Clone, Debug)]
pub struct Facts {
    pub id: i32,
    pub slug: String,
    pub service_id: i32,
    pub motif_id: Option<i32>,
    pub motif: Option<String>,
    pub appointment: Appointment,
    pub request_kind: Option<RequestKind>,
    pub online_url: Option<String>,
    pub legal: Vec<Reference>,
    pub sources: Vec<Reference>,
    pub staff_notes: String,
    pub owner_agent_id: Option<i32>,
    pub reviewed: NaiveDate,
}

/// The latest published version of one text.
#[derive(Clone, Debug)]
pub struct Published {
    pub text: SheetText,
    pub version: i32,
    pub based_on: Option<i32>,
    pub at: DateTime<Utc>,
    pub falc_checked: Option<(String, NaiveDate)>,
}

/// The newest text row and sheet change a catalogue was built from.
type Generation = (i64, Option<i32>, Option<DateTime<Utc>>);

/// What residents can read: every sheet's facts and published texts, and their index.
pub struct Catalogue {
    generation: Generation,
    sheets: Vec<Facts>,
    texts: HashMap<(i32, String, Variant), Published>,
    /// The published French versions of each sheet's texts, with how much each changed.
    french: HashMap<(i32, Variant), Vec<(i32, EditLevel)>>,
    index: Index<i32>,
}

impl Catalogue {
    pub fn facts(&self, slug: &str) -> Option<&Facts> {
        self.sheets.iter().find(|s| s.slug == slug)
    }

    pub fn text(&self, sheet: i32, language: &str, variant: Variant) -> Option<&Published> {
        self.texts.get(&(sheet, language.to_owned(), variant))
    }

    /// A translation's state; `None` when there is none.
    pub fn state(&self, sheet: i32, language: &str, variant: Variant) -> Option<TranslationState> {
        let text = self.text(sheet, language, variant)?;
        if language == FRENCH {
            return Some(TranslationState::UpToDate);
        }
        let french = self
            .french
            .get(&(sheet, variant))
            .map_or(&[][..], Vec::as_slice);
        Some(translation::state(french, text.based_on.unwrap_or(0)))
    }

    /// The languages a version is published in, French first, then as the language
    /// picker lists them.
    pub fn languages(&self, sheet: i32, variant: Variant) -> Vec<String> {
        Locale::ALL
            .iter()
            .map(|l| l.code())
            .filter(|l| self.text(sheet, l, variant).is_some())
            .map(str::to_owned)
            .collect()
    }

    /// The title and summary to show a reader: in their language, else in French.
    fn hit(&self, facts: &Facts, language: &str, services: &HashMap<i32, String>) -> Option<Hit> {
        let (language, text) = [language, FRENCH]
            .into_iter()
            .find_map(|l| self.text(facts.id, l, Variant::Standard).map(|t| (l, t)))?;
        Some(Hit {
            slug: facts.slug.clone(),
            title: text.text.title.clone(),
            summary: text.text.summary.clone(),
            service: services.get(&facts.service_id).cloned().unwrap_or_default(),
            language: language.to_owned(),
        })
    }

    pub fn search(&self, query: &str, language: &str) -> Vec<(i32, String)> {
        let languages: Vec<&str> = if language == FRENCH {
            vec![FRENCH]
        } else {
            vec![language, FRENCH]
        };
        self.index
            .search(query, &languages)
            .into_iter()
            .map(|f| (f.key, f.language))
            .collect()
    }

    pub fn len(&self) -> usize {
        self.sheets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sheets.is_empty()
    }
}

/// The catalogue in memory, shared by the requests of one server, and the right to rebuild
/// it: after a change, one request rebuilds while the others wait for it instead of each
/// building its own.
#[derive(Clone, Default)]
pub struct Catalogues {
    kept: Arc<RwLock<Option<Arc<Catalogue>>>>,
    building: Arc<tokio::sync::Mutex<()>>,
}

impl Catalogues {
    fn current(&self, generation: &Generation) -> Option<Arc<Catalogue>> {
        let kept = self.kept.read().ok().and_then(|c| c.clone());
        kept.filter(|c| c.generation == *generation)
    }
}

async fn generation<C: ConnectionTrait>(db: &C) -> Result<Generation, DbErr> {
    let (count, newest): (i64, Option<i32>) = procedure_text::Entity::find()
        .select_only()
        .column_as(procedure_text::Column::Id.count(), "n")
        .column_as(procedure_text::Column::Id.max(), "newest")
        .into_tuple()
        .one(db)
        .await?
        .unwrap_or((0, None));
    let changed: Option<Option<DateTime<Utc>>> = procedure_sheet::Entity::find()
        .select_only()
        .column_as(procedure_sheet::Column::UpdatedAt.max(), "changed")
        .into_tuple()
        .one(db)
        .await?;
    Ok((count, newest, changed.flatten()))
}

fn facts_of(row: procedure_sheet::Model, motifs: &HashMap<i32, String>) -> Facts {
    Facts {
        id: row.id,
        motif_id: row.motif_id,
        motif: row.motif_id.and_then(|m| motifs.get(&m).cloned()),
        appointment: Appointment::parse(&row.appointment).unwrap_or(Appointment::None),
        request_kind: row.request_kind.as_deref().and_then(RequestKind::parse),
        online_url: row.online_url,
        legal: serde_json::from_str(&row.legal).unwrap_or_default(),
        sources: serde_json::from_str(&row.sources).unwrap_or_default(),
        staff_notes: row.staff_notes,
        owner_agent_id: row.owner_agent_id,
        reviewed: row.reviewed_on,
        service_id: row.service_id,
        slug: row.slug,
    }
}

async fn motif_slugs<C: ConnectionTrait>(db: &C) -> Result<HashMap<i32, String>, DbErr> {
    Ok(motif::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.slug))
        .collect())
}

fn body(row: &procedure_text::Model) -> Option<SheetText> {
    serde_json::from_str(&row.body)
        .inspect_err(|e| tracing::error!(id = row.id, error = %e, "unreadable sheet text"))
        .ok()
}

async fn build<C: ConnectionTrait>(db: &C, generation: Generation) -> Result<Catalogue, DbErr> {
    let motifs = motif_slugs(db).await?;
    let sheets: Vec<Facts> = procedure_sheet::Entity::find()
        .order_by_asc(procedure_sheet::Column::Slug)
        .all(db)
        .await?
        .into_iter()
        .map(|s| facts_of(s, &motifs))
        .collect();
    let rows = procedure_text::Entity::find()
        .filter(procedure_text::Column::Status.eq(PUBLISHED))
        .order_by_asc(procedure_text::Column::Version)
        .all(db)
        .await?;
    let mut texts = HashMap::new();
    let mut french: HashMap<(i32, Variant), Vec<(i32, EditLevel)>> = HashMap::new();
    for row in rows {
        let Some(variant) = Variant::parse(&row.variant) else {
            continue;
        };
        if row.language == FRENCH {
            let level = row.level.as_deref().and_then(EditLevel::parse);
            french
                .entry((row.sheet_id, variant))
                .or_default()
                .push((row.version, level.unwrap_or(EditLevel::Minor)));
        }
        let Some(text) = body(&row) else { continue };
        // Ordered by version: the last one wins.
        texts.insert(
            (row.sheet_id, row.language.clone(), variant),
            Published {
                text,
                version: row.version,
                based_on: row.based_on,
                at: row.created_at,
                falc_checked: row.falc_checked_by.zip(row.falc_checked_on),
            },
        );
    }
    // In a fixed order: ties in a search go to the earlier text.
    let mut order: Vec<&(i32, String, Variant)> = texts.keys().collect();
    order.sort_by_key(|(sheet, language, variant)| (*sheet, language.clone(), variant.as_str()));
    let mut index = Index::new();
    for key in order {
        index.add(key.0, &key.1, &texts[key].text);
    }
    Ok(Catalogue {
        generation,
        sheets,
        texts,
        french,
        index,
    })
}

/// The catalogue as the database has it now: the one in memory when nothing changed.
pub async fn catalogue<C: ConnectionTrait>(
    db: &C,
    cache: &Catalogues,
) -> Result<Arc<Catalogue>, DbErr> {
    let now = generation(db).await?;
    if let Some(c) = cache.current(&now) {
        return Ok(c);
    }
    let _turn = cache.building.lock().await;
    // Built by another request while this one waited?
    if let Some(c) = cache.current(&now) {
        return Ok(c);
    }
    let fresh = Arc::new(build(db, now).await?);
    if let Ok(mut slot) = cache.kept.write() {
        *slot = Some(fresh.clone());
    }
    Ok(fresh)
}

/// What a list of sheets is asked for: a search, the sheets of a bookable motif, in a
/// reading language (the reader's by default).
#[derive(Clone, Copy, Debug, Default)]
pub struct Listing<'a> {
    pub query: &'a str,
    pub motif: Option<&'a str>,
    pub language: Option<&'a str>,
}

/// `/demarches`: the results of a search in the reading language and French, or every
/// sheet by service (those of the motif asked, when it has some).
pub async fn sheets<C: ConnectionTrait>(
    db: &C,
    cache: &Catalogues,
    listing: Listing<'_>,
    locale: Locale,
) -> Result<SheetsView, ProceduresError> {
    let catalogue = catalogue(db, cache).await?;
    let services = service_names(db, locale).await?;
    let query: String = listing.query.trim().chars().take(MAX_QUERY).collect();
    let language = listing
        .language
        .and_then(Locale::from_tag)
        .unwrap_or(locale)
        .code();
    let by_id: HashMap<i32, &Facts> = catalogue.sheets.iter().map(|f| (f.id, f)).collect();
    let hits = if query.is_empty() {
        Vec::new()
    } else {
        catalogue
            .search(&query, language)
            .into_iter()
            .filter_map(|(id, _)| by_id.get(&id))
            .filter_map(|f| catalogue.hit(f, language, &services))
            .take(HITS_SHOWN)
            .collect()
    };
    let of_motif = |f: &&Facts| listing.motif.is_none_or(|m| f.motif.as_deref() == Some(m));
    // A motif without a sheet of its own shows them all rather than nothing.
    let motif_has_some = catalogue.sheets.iter().any(|f| of_motif(&f));
    let mut groups: Vec<(i32, String, Vec<Hit>)> = Vec::new();
    if query.is_empty() {
        for facts in &catalogue.sheets {
            if motif_has_some && !of_motif(&facts) {
                continue;
            }
            let Some(hit) = catalogue.hit(facts, language, &services) else {
                continue;
            };
            match groups.iter_mut().find(|g| g.0 == facts.service_id) {
                Some(g) => g.2.push(hit),
                None => groups.push((facts.service_id, hit.service.clone(), vec![hit])),
            }
        }
        groups.sort_by_key(|g| g.0);
        for g in &mut groups {
            g.2.sort_by(|a, b| {
                crate::i18n::search::fold(&a.title).cmp(&crate::i18n::search::fold(&b.title))
            });
        }
    }
    Ok(SheetsView {
        query,
        language: language.to_owned(),
        hits,
        groups: groups
            .into_iter()
            .map(|(_, name, hits)| (name, hits))
            .collect(),
    })
}

/// The one sheet of a bookable motif, when there is exactly one.
pub async fn only_sheet_of_motif<C: ConnectionTrait>(
    db: &C,
    cache: &Catalogues,
    motif: &str,
) -> Result<Option<String>, ProceduresError> {
    let catalogue = catalogue(db, cache).await?;
    let mut of: Vec<&Facts> = catalogue
        .sheets
        .iter()
        .filter(|f| f.motif.as_deref() == Some(motif))
        .collect();
    Ok(match (of.pop(), of.is_empty()) {
        (Some(one), true) => Some(one.slug.clone()),
        _ => None,
    })
}

/// Where to go: the sites that serve the sheet's motif (the booking feature knows them),
/// or every site of the town when it has none.
async fn places(
    db: &DatabaseConnection,
    hooks: &Hooks,
    facts: &Facts,
    now: DateTime<Utc>,
) -> Result<Vec<crate::calendar::today::SiteToday>, DbErr> {
    let all = sites_today(db, now).await?;
    let Some(motif) = facts.motif_id else {
        return Ok(all);
    };
    let serving = match hooks.sites_of_motif(db, motif).await? {
        Some(ids) => site::Entity::find()
            .filter(site::Column::Id.is_in(ids))
            .all(db)
            .await?
            .into_iter()
            .map(|s| s.slug)
            .collect::<Vec<_>>(),
        None => return Ok(all),
    };
    // A motif that nobody serves any more: every site, rather than nowhere.
    if serving.is_empty() {
        return Ok(all);
    }
    Ok(all
        .into_iter()
        .filter(|s| serving.contains(&s.slug))
        .collect())
}

/// What a reader asks for: a sheet, in a language (their own by default), full or FALC.
#[derive(Clone, Copy, Debug)]
pub struct Reading<'a> {
    pub slug: &'a str,
    pub language: Option<&'a str>,
    pub variant: Variant,
    /// The reader's language: the page's labels, and the text's when none is asked.
    pub locale: Locale,
}

/// A sheet as a reader asked for it: in the language asked when it is translated, in
/// French otherwise.
pub async fn sheet(
    db: &DatabaseConnection,
    cache: &Catalogues,
    reading: Reading<'_>,
    state: (&PublicUrl, &Hooks),
    now: DateTime<Utc>,
) -> Result<SheetView, ProceduresError> {
    let (public_url, hooks) = state;
    let Reading {
        slug,
        language,
        variant,
        locale,
    } = reading;
    let catalogue = catalogue(db, cache).await?;
    let facts = catalogue.facts(slug).ok_or(ProceduresError::NotFound)?;
    let wanted = language.and_then(Locale::from_tag).unwrap_or(locale).code();
    let (shown, published) = [wanted, FRENCH]
        .into_iter()
        .find_map(|l| catalogue.text(facts.id, l, variant).map(|p| (l, p)))
        .ok_or(ProceduresError::NotFound)?;
    let services = service_names(db, locale).await?;
    let other = match variant {
        Variant::Standard => Variant::Falc,
        Variant::Falc => Variant::Standard,
    };
    let falc = catalogue.text(facts.id, FRENCH, Variant::Falc);
    Ok(SheetView {
        slug: facts.slug.clone(),
        service: services.get(&facts.service_id).cloned().unwrap_or_default(),
        language: shown.to_owned(),
        variant,
        text: published.text.clone(),
        languages: catalogue.languages(facts.id, variant),
        other_variant: catalogue.text(facts.id, shown, other).is_some(),
        not_translated: shown != wanted,
        state: catalogue
            .state(facts.id, shown, variant)
            .unwrap_or(TranslationState::UpToDate),
        appointment: facts.appointment,
        motif: facts.motif.clone(),
        places: places(db, hooks, facts, now).await?,
        online_url: facts.online_url.clone(),
        legal: facts.legal.clone(),
        sources: facts.sources.clone(),
        reviewed: facts.reviewed.format("%d/%m/%Y").to_string(),
        falc_checked: falc
            .and_then(|f| f.falc_checked.clone())
            .map(|(who, on)| (who, on.format("%d/%m/%Y").to_string())),
        version: published.version,
        published: paris_stamp(published.at),
        url: public_url.absolute(&format!(
            "{}{}",
            sheet_path(&facts.slug),
            reading_query(shown, variant)
        )),
    })
}

fn french_title(catalogue: &Catalogue, facts: &Facts) -> String {
    catalogue
        .text(facts.id, FRENCH, Variant::Standard)
        .map(|t| t.text.title.clone())
        .unwrap_or_else(|| facts.slug.clone())
}

/// The languages sheets are translated into: every language of the app but French.
fn other_languages() -> impl Iterator<Item = &'static str> {
    Locale::ALL
        .iter()
        .map(|l| l.code())
        .filter(|l| *l != FRENCH)
}

/// Whether a text needs a translator: never translated, or behind the French.
fn needs_work(state: Option<TranslationState>) -> bool {
    !matches!(state, Some(TranslationState::UpToDate))
}

/// The newest draft of each text that is newer than its published version.
async fn pending_drafts<C: ConnectionTrait>(
    db: &C,
    catalogue: &Catalogue,
    sheet: Option<i32>,
) -> Result<Vec<(i32, String, Variant)>, DbErr> {
    let mut query = procedure_text::Entity::find()
        .select_only()
        .column(procedure_text::Column::SheetId)
        .column(procedure_text::Column::Language)
        .column(procedure_text::Column::Variant)
        .column_as(procedure_text::Column::Version.max(), "v")
        .filter(procedure_text::Column::Status.eq(DRAFT))
        .group_by(procedure_text::Column::SheetId)
        .group_by(procedure_text::Column::Language)
        .group_by(procedure_text::Column::Variant);
    if let Some(id) = sheet {
        query = query.filter(procedure_text::Column::SheetId.eq(id));
    }
    let rows: Vec<(i32, String, String, i32)> = query.into_tuple().all(db).await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, language, variant, version)| {
            let variant = Variant::parse(&variant)?;
            let published = catalogue
                .text(id, &language, variant)
                .map_or(0, |p| p.version);
            (version > published).then_some((id, language, variant))
        })
        .collect())
}

/// `/agent/demarches`: every sheet with what it needs (a check of its FALC version, a
/// draft to publish, translations), searched like the residents' list; with `language`,
/// the translation work in that language; with `kind`, the sheets that answer a kind of
/// written request.
pub async fn staff_sheets(
    db: &DatabaseConnection,
    cache: &Catalogues,
    me: Me,
    listing: Listing<'_>,
    kind: Option<RequestKind>,
    locale: Locale,
) -> Result<StaffSheetsView, ProceduresError> {
    let Listing {
        query,
        motif,
        language,
    } = listing;
    let catalogue = catalogue(db, cache).await?;
    let services = service_names(db, locale).await?;
    let agents = agent_names(db).await?;
    let drafts = pending_drafts(db, &catalogue, None).await?;
    let query: String = query.trim().chars().take(MAX_QUERY).collect();
    let order: Vec<i32> = if query.is_empty() {
        catalogue.sheets.iter().map(|f| f.id).collect()
    } else {
        catalogue
            .search(&query, locale.code())
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    };
    let by_id: HashMap<i32, &Facts> = catalogue.sheets.iter().map(|f| (f.id, f)).collect();
    let rows = order
        .iter()
        .filter_map(|id| by_id.get(id))
        .filter(|f| kind.is_none_or(|k| f.request_kind == Some(k)))
        .filter(|f| motif.is_none_or(|m| f.motif.as_deref() == Some(m)))
        .map(|f| {
            let falc = catalogue.text(f.id, FRENCH, Variant::Falc);
            StaffRow {
                slug: f.slug.clone(),
                title: french_title(&catalogue, f),
                service: services.get(&f.service_id).cloned().unwrap_or_default(),
                reviewed: f.reviewed.format("%d/%m/%Y").to_string(),
                owner: f.owner_agent_id.and_then(|a| agents.get(&a).cloned()),
                falc_checked: falc.is_some_and(|t| t.falc_checked.is_some()),
                drafts: drafts.iter().filter(|d| d.0 == f.id).count(),
                to_translate: other_languages()
                    .filter(|l| {
                        Variant::ALL
                            .into_iter()
                            .any(|v| needs_work(catalogue.state(f.id, l, v)))
                    })
                    .count(),
            }
        })
        .collect();
    let language = language
        .and_then(Locale::from_tag)
        .map(|l| l.code())
        .filter(|l| *l != FRENCH);
    let tasks = match language {
        None => Vec::new(),
        Some(l) => catalogue
            .sheets
            .iter()
            .flat_map(|f| {
                Variant::ALL.into_iter().filter_map(|variant| {
                    let state = catalogue.state(f.id, l, variant);
                    needs_work(state).then(|| TranslationTask {
                        slug: f.slug.clone(),
                        title: french_title(&catalogue, f),
                        variant,
                        state,
                    })
                })
            })
            .collect(),
    };
    // What readers are warned about first, then what lags, then what is missing.
    let mut tasks: Vec<TranslationTask> = tasks;
    tasks.sort_by_key(|t| match t.state {
        Some(TranslationState::OutOfDate) => 0,
        Some(TranslationState::ToUpdate) => 1,
        _ => 2,
    });
    let can_edit = can_edit(me.role, language.unwrap_or(FRENCH));
    Ok(StaffSheetsView {
        me,
        query,
        rows,
        language: language.map(str::to_owned),
        tasks,
        kind,
        can_edit,
    })
}

/// `/agent/demarches/<slug>`: the sheet as residents read it (in French unless another
/// language is asked), its local notes, its versions and where each translation stands.
pub async fn staff_sheet(
    db: &DatabaseConnection,
    cache: &Catalogues,
    me: Me,
    reading: Reading<'_>,
    state: (&PublicUrl, &Hooks),
    now: DateTime<Utc>,
) -> Result<StaffSheetView, ProceduresError> {
    let slug = reading.slug;
    let reading = Reading {
        language: reading.language.or(Some(FRENCH)),
        ..reading
    };
    let view = sheet(db, cache, reading, state, now).await?;
    let catalogue = catalogue(db, cache).await?;
    let facts = catalogue.facts(slug).ok_or(ProceduresError::NotFound)?;
    let agents = agent_names(db).await?;
    let versions = procedure_text::Entity::find()
        .filter(procedure_text::Column::SheetId.eq(facts.id))
        .order_by_desc(procedure_text::Column::CreatedAt)
        .order_by_desc(procedure_text::Column::Id)
        .limit(100)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| {
            Some(VersionRow {
                variant: Variant::parse(&row.variant)?,
                published: row.status == PUBLISHED,
                level: row.level.as_deref().and_then(EditLevel::parse),
                author: row.author_agent_id.and_then(|a| agents.get(&a).cloned()),
                at: paris_stamp(row.created_at),
                falc_checked: row
                    .falc_checked_by
                    .zip(row.falc_checked_on)
                    .map(|(who, on)| (who, on.format("%d/%m/%Y").to_string())),
                language: row.language,
                version: row.version,
            })
        })
        .collect();
    let translations = other_languages()
        .map(|l| {
            (
                l.to_owned(),
                catalogue.state(facts.id, l, Variant::Standard),
                catalogue.state(facts.id, l, Variant::Falc),
            )
        })
        .collect();
    let can_edit = can_edit(me.role, FRENCH);
    Ok(StaffSheetView {
        staff_notes: facts.staff_notes.clone(),
        owner: facts.owner_agent_id.and_then(|a| agents.get(&a).cloned()),
        me,
        sheet: view,
        versions,
        translations,
        can_edit,
    })
}

async fn sheet_row<C: ConnectionTrait>(
    db: &C,
    slug: &str,
) -> Result<procedure_sheet::Model, ProceduresError> {
    procedure_sheet::Entity::find()
        .filter(procedure_sheet::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(ProceduresError::NotFound)
}

/// The sheet, locked until the transaction ends (`FOR UPDATE` on PostgreSQL; SQLite's
/// write transaction holds the whole file): two editors saving at once take turns, so
/// each gets the next version number.
async fn locked_sheet<C: ConnectionTrait>(
    txn: &C,
    slug: &str,
) -> Result<procedure_sheet::Model, ProceduresError> {
    procedure_sheet::Entity::find()
        .filter(procedure_sheet::Column::Slug.eq(slug))
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or(ProceduresError::NotFound)
}

async fn latest<C: ConnectionTrait>(
    db: &C,
    sheet: i32,
    language: &str,
    variant: Variant,
    published_only: bool,
) -> Result<Option<procedure_text::Model>, DbErr> {
    let mut query = procedure_text::Entity::find()
        .filter(procedure_text::Column::SheetId.eq(sheet))
        .filter(procedure_text::Column::Language.eq(language))
        .filter(procedure_text::Column::Variant.eq(variant.as_str()));
    if published_only {
        query = query.filter(procedure_text::Column::Status.eq(PUBLISHED));
    }
    query
        .order_by_desc(procedure_text::Column::Version)
        .one(db)
        .await
}

fn language_of(tag: &str) -> Result<&'static str, ProceduresError> {
    Locale::from_tag(tag)
        .map(|l| l.code())
        .ok_or(ProceduresError::Invalid("procedures-error-language"))
}

/// The editor of one text: its latest version (a draft if there is one), the French
/// beside a translation, and advice on reading ease.
pub async fn editor(
    db: &DatabaseConnection,
    me: Me,
    slug: &str,
    language: &str,
    variant: Variant,
    locale: Locale,
) -> Result<EditorView, ProceduresError> {
    let language = language_of(language)?;
    if !can_edit(me.role, language) {
        return Err(ProceduresError::Forbidden);
    }
    let sheet = sheet_row(db, slug).await?;
    let current = latest(db, sheet.id, language, variant, false).await?;
    let french = if language == FRENCH {
        None
    } else {
        latest(db, sheet.id, FRENCH, variant, true)
            .await?
            .as_ref()
            .and_then(body)
    };
    let text = current.as_ref().and_then(body);
    let mut form = text
        .as_ref()
        .or(french.as_ref())
        .map(TextForm::from_text)
        .unwrap_or_default();
    form.slug = sheet.slug.clone();
    form.language = language.to_owned();
    form.version = variant.as_str().to_owned();
    let advice: Vec<Advice> = match (&text, language) {
        (Some(text), FRENCH) => advice(text, variant, &PLAIN),
        _ => Vec::new(),
    };
    let facts = (language == FRENCH && variant == Variant::Standard).then(|| {
        let legal: Vec<Reference> = serde_json::from_str(&sheet.legal).unwrap_or_default();
        let sources: Vec<Reference> = serde_json::from_str(&sheet.sources).unwrap_or_default();
        FactsForm {
            slug: sheet.slug.clone(),
            motif: String::new(),
            appointment: sheet.appointment.clone(),
            online_url: sheet.online_url.clone().unwrap_or_default(),
            legal: references_text(&legal),
            sources: references_text(&sources),
            reviewed: sheet.reviewed_on.format("%Y-%m-%d").to_string(),
            owner: sheet.owner_agent_id,
            staff_notes: sheet.staff_notes.clone(),
        }
    });
    let motif_rows = motif::Entity::find()
        .filter(motif::Column::Active.eq(true))
        .order_by_asc(motif::Column::Name)
        .all(db)
        .await?;
    let facts = facts.map(|mut f| {
        f.motif = sheet
            .motif_id
            .and_then(|id| motif_rows.iter().find(|m| m.id == id))
            .map(|m| m.slug.clone())
            .unwrap_or_default();
        f
    });
    let motifs = motif_rows
        .into_iter()
        .map(|m| {
            let name = crate::i18n::names::motif_name(locale, &m.slug, &m.name);
            Choice::new(m.slug, name)
        })
        .collect();
    let agents = agent::Entity::find()
        .filter(agent::Column::Active.eq(true))
        .order_by_asc(agent::Column::DisplayName)
        .all(db)
        .await?
        .into_iter()
        .map(|a| Choice::new(a.id.to_string(), a.display_name))
        .collect();
    let falc_checked = match variant {
        Variant::Falc => latest(db, sheet.id, language, Variant::Falc, true)
            .await?
            .and_then(|r| r.falc_checked_by.zip(r.falc_checked_on))
            .map(|(who, on)| (who, on.format("%d/%m/%Y").to_string())),
        Variant::Standard => None,
    };
    Ok(EditorView {
        me,
        slug: sheet.slug,
        language: language.to_owned(),
        variant,
        draft: current.as_ref().is_some_and(|c| c.status == DRAFT),
        form,
        french,
        advice,
        facts,
        motifs,
        agents,
        falc_checked,
    })
}

/// Saves a text as a draft or publishes it, as a new version. A French edit says how much
/// it changes; a translation must have the parts of the French it translates.
pub async fn save_text(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &TextForm,
    now: DateTime<Utc>,
) -> Result<(), ProceduresError> {
    let language = language_of(&form.language)?;
    let variant = Variant::parse(&form.version)
        .ok_or(ProceduresError::Invalid("procedures-error-version"))?;
    if !can_edit(identity.role, language) {
        return Err(ProceduresError::Forbidden);
    }
    let text = form.to_text().map_err(ProceduresError::Invalid)?;
    let publish = form.action == TextForm::PUBLISH;
    let txn = begin_write(db).await?;
    let sheet = locked_sheet(&txn, &form.slug).await?;
    let previous = latest(&txn, sheet.id, language, variant, true).await?;
    let (level, based_on) = if language == FRENCH {
        let level = EditLevel::parse(&form.level);
        // The first version changes nothing before it; every later one says how much.
        if previous.is_some() && level.is_none() {
            return Err(ProceduresError::Invalid("procedures-error-level"));
        }
        (level, None)
    } else {
        let french = latest(&txn, sheet.id, FRENCH, variant, true)
            .await?
            .ok_or(ProceduresError::Invalid("procedures-error-no-french"))?;
        let french_text =
            body(&french).ok_or(ProceduresError::Invalid("procedures-error-no-french"))?;
        if text.shape() != french_text.shape() {
            return Err(ProceduresError::Invalid("procedures-error-shape"));
        }
        (None, Some(french.version))
    };
    let newest: Option<i32> = procedure_text::Entity::find()
        .select_only()
        .column_as(procedure_text::Column::Version.max(), "v")
        .filter(procedure_text::Column::SheetId.eq(sheet.id))
        .filter(procedure_text::Column::Language.eq(language))
        .filter(procedure_text::Column::Variant.eq(variant.as_str()))
        .into_tuple()
        .one(&txn)
        .await?
        .flatten();
    let version = newest.unwrap_or(0) + 1;
    procedure_text::ActiveModel {
        sheet_id: Set(sheet.id),
        language: Set(language.to_owned()),
        variant: Set(variant.as_str().to_owned()),
        version: Set(version),
        body: Set(serde_json::to_string(&text).map_err(|e| DbErr::Custom(e.to_string()))?),
        status: Set(if publish { PUBLISHED } else { DRAFT }.to_owned()),
        level: Set(level.map(|l| l.as_str().to_owned())),
        based_on: Set(based_on),
        author_agent_id: Set(Some(identity.agent_id)),
        created_at: Set(now),
        falc_checked_by: Set(None),
        falc_checked_on: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let action = if publish {
        "procedure-publish"
    } else {
        "procedure-draft"
    };
    let subject = format!("{}/{language}/{}/{version}", sheet.slug, variant.as_str());
    staff_action(&txn, identity, action, "procedure", Some(subject)).await?;
    txn.commit().await?;
    Ok(())
}

fn date(typed: &str) -> Result<NaiveDate, ProceduresError> {
    NaiveDate::parse_from_str(typed.trim(), "%Y-%m-%d")
        .map_err(|_| ProceduresError::Invalid("procedures-error-date"))
}

/// Changes the facts of a sheet: the motif to book, the appointment, the online service,
/// the legal texts and sources, the review date and owner, the staff's notes.
pub async fn save_facts(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &FactsForm,
    now: DateTime<Utc>,
) -> Result<(), ProceduresError> {
    if !can_edit(identity.role, FRENCH) {
        return Err(ProceduresError::Forbidden);
    }
    let appointment = Appointment::parse(&form.appointment)
        .ok_or(ProceduresError::Invalid("procedures-error-appointment"))?;
    let legal = references(&form.legal).map_err(ProceduresError::Invalid)?;
    let sources = references(&form.sources).map_err(ProceduresError::Invalid)?;
    if legal.is_empty() || sources.is_empty() || sources.iter().any(|s| s.url.is_none()) {
        return Err(ProceduresError::Invalid("procedures-error-sources"));
    }
    let online_url = Some(form.online_url.trim())
        .filter(|u| !u.is_empty())
        .map(str::to_owned);
    if online_url
        .as_ref()
        .is_some_and(|u| !u.starts_with("https://"))
    {
        return Err(ProceduresError::Invalid("procedures-error-url"));
    }
    let reviewed = date(&form.reviewed)?;
    if reviewed > now.date_naive() {
        return Err(ProceduresError::Invalid("procedures-error-date"));
    }
    if form.staff_notes.len() > MAX_TEXT
        || form.legal.len() > MAX_TEXT
        || form.sources.len() > MAX_TEXT
    {
        return Err(ProceduresError::Invalid("procedures-error-too-long"));
    }
    let txn = begin_write(db).await?;
    let sheet = locked_sheet(&txn, &form.slug).await?;
    let motif_id = match form.motif.trim() {
        "" => None,
        slug => Some(
            motif::Entity::find()
                .filter(motif::Column::Slug.eq(slug))
                .one(&txn)
                .await?
                .ok_or(ProceduresError::Invalid("procedures-error-motif"))?
                .id,
        ),
    };
    if let Some(owner) = form.owner
        && agent::Entity::find_by_id(owner).one(&txn).await?.is_none()
    {
        return Err(ProceduresError::Invalid("procedures-error-owner"));
    }
    let json = |refs: &Vec<Reference>| {
        serde_json::to_string(refs).map_err(|e| DbErr::Custom(e.to_string()))
    };
    let mut row: procedure_sheet::ActiveModel = sheet.clone().into();
    row.motif_id = Set(motif_id);
    row.appointment = Set(appointment.as_str().to_owned());
    row.online_url = Set(online_url);
    row.legal = Set(json(&legal)?);
    row.sources = Set(json(&sources)?);
    row.reviewed_on = Set(reviewed);
    row.owner_agent_id = Set(form.owner);
    row.staff_notes = Set(form.staff_notes.trim().to_owned());
    row.updated_at = Set(now);
    row.update(&txn).await?;
    staff_action(
        &txn,
        identity,
        "procedure-facts",
        "procedure",
        Some(sheet.slug),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Records that a person concerned proof-read the published FALC text (a later version
/// needs its own check).
pub async fn check_falc(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &FalcCheckForm,
    now: DateTime<Utc>,
) -> Result<(), ProceduresError> {
    let language = language_of(&form.language)?;
    if !can_edit(identity.role, language) {
        return Err(ProceduresError::Forbidden);
    }
    let who = form.checked_by.trim();
    if who.is_empty() || who.chars().count() > 200 {
        return Err(ProceduresError::Invalid("procedures-error-checked-by"));
    }
    let on = date(&form.checked_on)?;
    if on > now.date_naive() {
        return Err(ProceduresError::Invalid("procedures-error-date"));
    }
    let txn = begin_write(db).await?;
    let sheet = locked_sheet(&txn, &form.slug).await?;
    let falc = latest(&txn, sheet.id, language, Variant::Falc, true)
        .await?
        .ok_or(ProceduresError::Invalid("procedures-error-no-falc"))?;
    let subject = format!("{}/{language}/falc/{}", sheet.slug, falc.version);
    let mut row: procedure_text::ActiveModel = falc.into();
    row.falc_checked_by = Set(Some(who.to_owned()));
    row.falc_checked_on = Set(Some(on));
    row.update(&txn).await?;
    // The catalogue notices changes by the sheet's time.
    procedure_sheet::Entity::update_many()
        .col_expr(procedure_sheet::Column::UpdatedAt, Expr::value(now))
        .filter(procedure_sheet::Column::Id.eq(sheet.id))
        .exec(&txn)
        .await?;
    staff_action(
        &txn,
        identity,
        "procedure-falc-check",
        "procedure",
        Some(subject),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A sheet as the demo town (or an import) brings it: its facts and its texts, each
/// published as version 1.
pub struct NewSheet {
    pub slug: String,
    pub service_id: i32,
    pub motif_id: Option<i32>,
    pub appointment: Appointment,
    pub request_kind: Option<RequestKind>,
    pub online_url: Option<String>,
    pub legal: Vec<Reference>,
    pub sources: Vec<Reference>,
    pub staff_notes: String,
    pub owner_agent_id: Option<i32>,
    pub reviewed: NaiveDate,
    pub texts: Vec<NewText>,
}

/// One text of a new sheet.
pub struct NewText {
    pub language: String,
    pub variant: Variant,
    pub text: SheetText,
    /// A FALC text's proof-reading by a person concerned: who and when.
    pub falc_checked: Option<(String, NaiveDate)>,
}

pub async fn create<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    sheet: NewSheet,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let json =
        |v: &Vec<Reference>| serde_json::to_string(v).map_err(|e| DbErr::Custom(e.to_string()));
    let id = procedure_sheet::ActiveModel {
        slug: Set(sheet.slug),
        service_id: Set(sheet.service_id),
        motif_id: Set(sheet.motif_id),
        appointment: Set(sheet.appointment.as_str().to_owned()),
        request_kind: Set(sheet.request_kind.map(|k| k.as_str().to_owned())),
        online_url: Set(sheet.online_url),
        legal: Set(json(&sheet.legal)?),
        sources: Set(json(&sheet.sources)?),
        staff_notes: Set(sheet.staff_notes),
        owner_agent_id: Set(sheet.owner_agent_id),
        reviewed_on: Set(sheet.reviewed),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    for NewText {
        language,
        variant,
        text,
        falc_checked: checked,
    } in sheet.texts
    {
        procedure_text::ActiveModel {
            sheet_id: Set(id),
            based_on: Set((language != FRENCH).then_some(1)),
            language: Set(language),
            variant: Set(variant.as_str().to_owned()),
            version: Set(1),
            body: Set(serde_json::to_string(&text).map_err(|e| DbErr::Custom(e.to_string()))?),
            status: Set(PUBLISHED.to_owned()),
            level: Set(None),
            author_agent_id: Set(sheet.owner_agent_id),
            created_at: Set(now),
            falc_checked_by: Set(checked.as_ref().map(|c| c.0.clone())),
            falc_checked_on: Set(checked.map(|c| c.1)),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(id)
}
