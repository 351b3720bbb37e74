//! The demo town's procedure sheets, written in `server/demo/sheets` (one TOML file per
//! sheet and language; the README there gives the format) and built into the server. A
//! file that lacks a part, or a translation whose parts differ from the French, stops the
//! load with its name.

use app::procedures::model::{Appointment, Reference, SheetText, Variant};
use app::procedures::store::{self, NewSheet, NewText};
use app::statuses::RequestKind;
use app::store::entities::{agent, motif, procedure_sheet, service};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{DatabaseTransaction, DbErr, EntityTrait, PaginatorTrait};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// Where the files are written: beside the server's sources.
pub fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("demo/sheets")
}

/// Translated sheets are in these languages (every language of the app but French).
pub const LANGUAGES: [&str; 10] = ["ar", "en", "es", "fa", "pt", "ro", "ru", "tr", "uk", "zh"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrenchFile {
    service: String,
    motif: Option<String>,
    appointment: Appointment,
    request_kind: Option<String>,
    online_url: Option<String>,
    reviewed: String,
    owner: String,
    staff_notes: String,
    falc_checked_by: String,
    falc_checked_on: String,
    legal: Vec<Reference>,
    sources: Vec<Reference>,
    standard: SheetText,
    falc: SheetText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationFile {
    standard: SheetText,
    falc: SheetText,
}

/// One sheet as read from its files, before it meets the database.
pub struct SheetFiles {
    pub slug: String,
    pub service: String,
    pub motif: Option<String>,
    pub appointment: Appointment,
    pub request_kind: Option<RequestKind>,
    pub online_url: Option<String>,
    pub reviewed: NaiveDate,
    pub owner: String,
    pub staff_notes: String,
    pub falc_checked: (String, NaiveDate),
    pub legal: Vec<Reference>,
    pub sources: Vec<Reference>,
    /// French first, then the translations: (language, full text, FALC text).
    pub texts: Vec<(String, SheetText, SheetText)>,
}

fn date(file: &str, typed: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(typed, "%Y-%m-%d")
        .map_err(|_| format!("{file}: `{typed}` is not a date"))
}

fn complete(file: &str, variant: &str, text: &SheetText) -> Result<(), String> {
    match text.missing_parts().as_slice() {
        [] => Ok(()),
        missing => Err(format!("{file}: [{variant}] lacks {missing:?}")),
    }
}

/// The files built into the server (`build.rs`): the demo town loads wherever the binary
/// runs, not only beside its sources.
mod built_in {
    include!(concat!(env!("OUT_DIR"), "/demo_sheets.rs"));
}

/// The demo town's sheets as built into the server, checked.
pub fn built_in() -> Result<Vec<SheetFiles>, String> {
    let files = built_in::FILES
        .iter()
        .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
        .collect();
    read_files(&files)
}

/// The sheets of a folder laid out like `server/demo/sheets`, checked (the tests read
/// altered copies).
pub fn read_all(folder: &Path) -> Result<Vec<SheetFiles>, String> {
    let mut files = BTreeMap::new();
    for language in std::iter::once("fr").chain(LANGUAGES) {
        let dir = folder.join(language);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            if path.extension().is_some_and(|x| x == "toml") {
                let name = format!(
                    "{language}/{}",
                    path.file_name().unwrap_or_default().to_string_lossy()
                );
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                files.insert(name, text);
            }
        }
    }
    read_files(&files)
}

/// Every sheet of `files` (named `<lang>/<slug>.toml`), checked: each French file has every
/// fact and both versions with every part (the FALC one with the same situations,
/// documents, costs, notes and days as the full one), and each translation the parts of
/// the French.
fn read_files(files: &BTreeMap<String, String>) -> Result<Vec<SheetFiles>, String> {
    let mut sheets = Vec::new();
    for (name, text) in files.range("fr/".to_owned().."fr0".to_owned()) {
        let slug = name
            .trim_start_matches("fr/")
            .trim_end_matches(".toml")
            .to_owned();
        let file: FrenchFile = toml::from_str(text).map_err(|e| format!("{name}: {e}"))?;
        complete(name, "standard", &file.standard)?;
        complete(name, "falc", &file.falc)?;
        let (full, easy) = (file.standard.shape(), file.falc.shape());
        if (
            full.situations,
            full.documents,
            full.notes,
            &full.costs,
            full.days,
        ) != (
            easy.situations,
            easy.documents,
            easy.notes,
            &easy.costs,
            easy.days,
        ) {
            return Err(format!(
                "{name}: the FALC version's parts differ from the full one's"
            ));
        }
        if file.legal.is_empty()
            || file.sources.is_empty()
            || file.sources.iter().any(|s| s.url.is_none())
        {
            return Err(format!(
                "{name}: legal texts and sources (with their address) are needed"
            ));
        }
        let mut texts = vec![("fr".to_owned(), file.standard.clone(), file.falc.clone())];
        for language in LANGUAGES {
            let translated = format!("{language}/{slug}.toml");
            let Some(text) = files.get(&translated) else {
                continue;
            };
            let t: TranslationFile =
                toml::from_str(text).map_err(|e| format!("{translated}: {e}"))?;
            for (variant, text, french) in [
                ("standard", &t.standard, &file.standard),
                ("falc", &t.falc, &file.falc),
            ] {
                complete(&translated, variant, text)?;
                if text.shape() != french.shape() {
                    return Err(format!(
                        "{translated}: [{variant}] parts differ from the French: {:?} vs {:?}",
                        text.shape(),
                        french.shape()
                    ));
                }
            }
            texts.push((language.to_owned(), t.standard, t.falc));
        }
        sheets.push(SheetFiles {
            request_kind: match &file.request_kind {
                Some(k) => Some(
                    RequestKind::parse(k).ok_or_else(|| format!("{name}: unknown request kind"))?,
                ),
                None => None,
            },
            reviewed: date(name, &file.reviewed)?,
            falc_checked: (file.falc_checked_by, date(name, &file.falc_checked_on)?),
            slug,
            service: file.service,
            motif: file.motif,
            appointment: file.appointment,
            online_url: file.online_url,
            owner: file.owner,
            staff_notes: file.staff_notes,
            legal: file.legal,
            sources: file.sources,
            texts,
        });
    }
    Ok(sheets)
}

/// Saves the sheets when the town has none yet; how many it saved.
pub async fn create(txn: &DatabaseTransaction, now: DateTime<Utc>) -> Result<usize, DbErr> {
    if procedure_sheet::Entity::find().count(txn).await? > 0 {
        return Ok(0);
    }
    let sheets = built_in().map_err(DbErr::Custom)?;
    let services: HashMap<String, i32> = service::Entity::find()
        .all(txn)
        .await?
        .into_iter()
        .map(|s| (s.slug, s.id))
        .collect();
    let motifs: HashMap<String, i32> = motif::Entity::find()
        .all(txn)
        .await?
        .into_iter()
        .map(|m| (m.slug, m.id))
        .collect();
    let agents: HashMap<String, i32> = agent::Entity::find()
        .all(txn)
        .await?
        .into_iter()
        .map(|a| (a.display_name, a.id))
        .collect();
    let count = sheets.len();
    for sheet in sheets {
        let unknown = |what: &str| DbErr::Custom(format!("{}: unknown {what}", sheet.slug));
        let service_id = *services
            .get(&sheet.service)
            .ok_or_else(|| unknown("service"))?;
        let motif_id = match &sheet.motif {
            Some(m) => Some(*motifs.get(m).ok_or_else(|| unknown("motif"))?),
            None => None,
        };
        let mut texts = Vec::new();
        for (language, full, easy) in sheet.texts {
            // Only the French FALC text was proof-read by the demo's group.
            let checked = (language == "fr").then(|| sheet.falc_checked.clone());
            texts.push(NewText {
                language: language.clone(),
                variant: Variant::Standard,
                text: full,
                falc_checked: None,
            });
            texts.push(NewText {
                language,
                variant: Variant::Falc,
                text: easy,
                falc_checked: checked,
            });
        }
        store::create(
            txn,
            NewSheet {
                owner_agent_id: agents.get(&sheet.owner).copied(),
                slug: sheet.slug,
                service_id,
                motif_id,
                appointment: sheet.appointment,
                request_kind: sheet.request_kind,
                online_url: sheet.online_url,
                legal: sheet.legal,
                sources: sheet.sources,
                staff_notes: sheet.staff_notes,
                reviewed: sheet.reviewed,
                texts,
            },
            now,
        )
        .await?;
    }
    Ok(count)
}
