//! The CSV exports of `/agent/pilotage`, with the filters on screen and every row: the
//! figures (the period, the period before, and each breakdown), the visits one by one, and
//! the survey answers with their masked comments.

use super::csv::{Csv, number};
use super::indicators::{Figure, Figures, Indicator, Unit};
use super::model::{Filters, PilotageView};
use super::store::{self, QualityError};
use crate::i18n::{Locale, text};
use crate::store::entities::survey_response;
use chrono::{DateTime, Utc};
use chrono_tz::Europe::Paris;
use sea_orm::{DatabaseConnection, QueryOrder};

/// What to export: `indicateurs`, `visites` or `avis`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Figures,
    Visits,
    Answers,
}

impl Export {
    pub fn parse(s: &str) -> Option<Export> {
        match s {
            "" | "indicateurs" => Some(Export::Figures),
            "visites" => Some(Export::Visits),
            "avis" => Some(Export::Answers),
            _ => None,
        }
    }

    fn file(self) -> &'static str {
        match self {
            Export::Figures => "indicateurs",
            Export::Visits => "visites",
            Export::Answers => "avis",
        }
    }
}

fn cells(f: Figure) -> [String; 3] {
    if f.too_few {
        return ["".into(), "".into(), "".into()];
    }
    [
        number(f.value),
        f.part.map(|p| p.to_string()).unwrap_or_default(),
        f.of.map(|p| p.to_string()).unwrap_or_default(),
    ]
}

fn unit(locale: Locale, u: Unit) -> String {
    text(
        locale,
        match u {
            Unit::Count => "quality-unit-count",
            Unit::Minutes => "quality-unit-minutes",
            Unit::Percent => "quality-unit-percent",
        },
    )
}

fn figures_rows(
    csv: &mut Csv,
    locale: Locale,
    scope: &str,
    label: &str,
    now: &Figures,
    before: Option<&Figures>,
) {
    for i in Indicator::ALL {
        let [v, p, o] = cells(now.get(i));
        let [bv, _, _] = before.map(|b| cells(b.get(i))).unwrap_or_default();
        csv.row([
            scope.to_owned(),
            label.to_owned(),
            text(locale, &format!("quality-indicator-{}", i.id())),
            unit(locale, i.unit()),
            v,
            p,
            o,
            bv,
        ]);
    }
}

fn local(at: DateTime<Utc>) -> String {
    at.with_timezone(&Paris)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// The file name and the CSV of `export` with `filters`.
pub async fn csv(
    db: &DatabaseConnection,
    filters: Filters,
    export: Export,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<(String, String), QualityError> {
    let chosen = store::choose(&filters, crate::calendar::paris_today(now))
        .map_err(QualityError::Invalid)?;
    let name = format!(
        "guichet-{}-{}-{}.csv",
        export.file(),
        chosen.period.from,
        chosen.period.to
    );
    let mut out = Csv::default();
    match export {
        Export::Figures => {
            let view: PilotageView = store::pilotage(db, filters, locale, now).await?;
            out.row([
                text(locale, "quality-csv-scope"),
                text(locale, "quality-csv-name"),
                text(locale, "quality-csv-indicator"),
                text(locale, "quality-csv-unit"),
                format!("{} → {}", chosen.period.from, chosen.period.to),
                text(locale, "quality-csv-part"),
                text(locale, "quality-csv-of"),
                format!("{} → {}", chosen.previous.from, chosen.previous.to),
            ]);
            let all = text(locale, "quality-all");
            figures_rows(
                &mut out,
                locale,
                &all,
                &all,
                &view.current,
                Some(&view.before),
            );
            for b in &view.breakdowns {
                let scope = text(locale, &format!("quality-by-{}", b.dimension.id()));
                for r in &b.rows {
                    figures_rows(&mut out, locale, &scope, &r.name, &r.figures, None);
                }
            }
            for (service, n) in &view.current.transfers_by_service {
                out.row([
                    text(locale, "quality-indicator-transfers"),
                    view.service_name(*service),
                    text(locale, "quality-indicator-transfers"),
                    unit(locale, Unit::Count),
                    n.to_string(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]);
            }
        }
        Export::Visits => {
            let slice = store::slice(&chosen);
            let (from, to) = chosen.period.instants();
            let events = store::events(db, from, to).await?;
            let sites = store::site_map(db).await?;
            let services = crate::store::names::service_names(db, locale).await?;
            let agents = crate::store::names::agent_names(db).await?;
            out.row(
                [
                    "quality-csv-arrival",
                    "quality-csv-site",
                    "quality-csv-service",
                    "quality-csv-agent",
                    "quality-csv-waited",
                    "quality-csv-served",
                    "quality-csv-transfers",
                    "quality-csv-outcome",
                ]
                .map(|id| text(locale, id)),
            );
            for v in events.visits.iter().filter(|v| {
                slice.keeps(
                    Some(v.site),
                    Some(v.service),
                    crate::statuses::Channel::Desk,
                    v.agent,
                )
            }) {
                let outcome = if !v.closed {
                    "quality-csv-not-served"
                } else if !v.transfers.is_empty() {
                    "quality-csv-transferred"
                } else if v.follow_up {
                    "quality-csv-follow-up"
                } else {
                    "quality-csv-handled"
                };
                out.row([
                    local(v.arrival),
                    sites.get(&v.site).cloned().unwrap_or_default(),
                    services.get(&v.service).cloned().unwrap_or_default(),
                    v.agent
                        .and_then(|a| agents.get(&a).cloned())
                        .unwrap_or_default(),
                    number(v.waited.map(|s| s as f64 / 60.0)),
                    number(v.served.map(|s| s as f64 / 60.0)),
                    v.transfers
                        .iter()
                        .map(|s| services.get(s).cloned().unwrap_or_default())
                        .collect::<Vec<_>>()
                        .join(", "),
                    text(locale, outcome),
                ]);
            }
        }
        Export::Answers => {
            let sites = store::site_map(db).await?;
            let services = crate::store::names::service_names(db, locale).await?;
            let agents = crate::store::names::agent_names(db).await?;
            let rows = store::answered(&chosen)
                .order_by_asc(survey_response::Column::CreatedAt)
                .order_by_asc(survey_response::Column::Id)
                .all(db)
                .await?;
            out.row(
                [
                    "quality-csv-asked",
                    "quality-csv-site",
                    "quality-csv-channel",
                    "quality-csv-service",
                    "quality-csv-agent",
                    "quality-csv-score",
                    "quality-csv-clarity",
                    "quality-csv-tried",
                    "quality-csv-language",
                    "quality-csv-comment",
                ]
                .map(|id| text(locale, id)),
            );
            // Under five answers, no row: a single answer could point at one person.
            if rows.len() as u64 >= super::indicators::MIN_ANSWERS {
                for r in rows {
                    let channel = crate::statuses::Channel::parse(&r.channel);
                    out.row([
                        local(r.created_at),
                        r.site_id
                            .and_then(|s| sites.get(&s).cloned())
                            .unwrap_or_default(),
                        channel
                            .map(|c| text(locale, c.message_id()))
                            .unwrap_or(r.channel),
                        r.service_id
                            .and_then(|s| services.get(&s).cloned())
                            .unwrap_or_default(),
                        r.agent_id
                            .and_then(|a| agents.get(&a).cloned())
                            .unwrap_or_default(),
                        r.score
                            .map(|s| text(locale, &format!("quality-score-{s}")))
                            .unwrap_or_default(),
                        r.clarity
                            .map(|c| text(locale, &format!("quality-clarity-{c}")))
                            .unwrap_or_default(),
                        r.channels_tried.unwrap_or_default(),
                        r.language,
                        r.comment
                            .as_deref()
                            .map(super::masking::mask)
                            .unwrap_or_default(),
                    ]);
                }
            }
        }
    }
    Ok((name, out.finish()))
}
