//! `/agent/pilotage` and its print view: the filters, the figures beside the period before,
//! charts with their tables, breakdowns, comments, and the glossary of every indicator.

use super::charts::{Bar, BarChart};
use super::format::{counts, decimal, name, trend, value};
use crate::i18n::{args, t, t_with, use_locale};
use crate::quality::indicators::{Dimension, Group, Indicator, Key, Unit, WAIT_TARGET_SECONDS};
use crate::quality::load_pilotage;
use crate::quality::model::{
    EXPORT_PATH, Filters, Named, PATH, PRINT_PATH, PilotageView, Point, RESULTS_PATH,
};
use crate::quality::period::Step;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use crate::staff::{Me, StaffSection};
use crate::statuses::Channel;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn filters_from_query() -> impl Fn() -> Filters + Clone + Send + Sync + 'static {
    let q = use_query_map();
    move || {
        q.with(|q| {
            let get = |k: &str| q.get(k).unwrap_or_default();
            Filters {
                du: get("du"),
                au: get("au"),
                lieu: get("lieu"),
                service: get("service"),
                canal: get("canal"),
                agent: get("agent"),
            }
        })
    }
}

/// `/agent/pilotage`
#[component]
pub fn PilotagePage() -> impl IntoView {
    let filters = filters_from_query();
    let page = Resource::new_blocking(filters, load_pilotage);
    view! { <StaffPage title="quality-title" page view=|(me, view)| view! { <Pilotage me view print=false/> }/> }
}

/// `/agent/pilotage/imprimer`: the same figures on A4, without the forms.
#[component]
pub fn PilotagePrintPage() -> impl IntoView {
    let filters = filters_from_query();
    let page = Resource::new_blocking(filters, load_pilotage);
    view! { <StaffPage title="quality-title" page view=|(me, view)| view! { <Pilotage me view print=true/> }/> }
}

fn date(d: chrono::NaiveDate) -> String {
    crate::i18n::dates::long_date(use_locale(), d)
}

fn point_label(p: &Point) -> String {
    match p.step {
        Step::Day => p.from.format("%d/%m").to_string(),
        Step::Week => p.from.format("%d/%m").to_string(),
        Step::Month => p.from.format("%m/%Y").to_string(),
    }
}

fn options(list: &[Named], chosen: Option<i32>) -> impl IntoView + use<> {
    list.iter()
        .map(|n| {
            let selected = chosen == Some(n.id);
            view! { <option value=n.id.to_string() selected=selected>{n.name.clone()}</option> }
        })
        .collect_view()
}

#[component]
fn FiltersForm(view: PilotageView) -> impl IntoView {
    let c = view.chosen.clone();
    let channels = Channel::ALL
        .into_iter()
        .map(|ch| {
            let selected = c.channel == Some(ch);
            view! { <option value=ch.as_str() selected=selected>{t(ch.message_id())}</option> }
        })
        .collect_view();
    view! {
        <form method="get" action=PATH class="quality-filters" aria-labelledby="filters-title">
            <h2 id="filters-title" class="visually-hidden">{t("quality-filters")}</h2>
            <div class="field">
                <label for="f-du">{t("quality-from")}</label>
                <input type="date" id="f-du" name="du" value=c.period.from.to_string()/>
            </div>
            <div class="field">
                <label for="f-au">{t("quality-to")}</label>
                <input type="date" id="f-au" name="au" value=c.period.to.to_string()/>
            </div>
            <div class="field">
                <label for="f-lieu">{t("quality-site")}</label>
                <select id="f-lieu" name="lieu">
                    <option value="">{t("quality-all-sites")}</option>
                    {options(&view.sites, c.site)}
                </select>
            </div>
            <div class="field">
                <label for="f-service">{t("quality-service")}</label>
                <select id="f-service" name="service">
                    <option value="">{t("quality-all-services")}</option>
                    {options(&view.services, c.service)}
                </select>
            </div>
            <div class="field">
                <label for="f-canal">{t("quality-channel")}</label>
                <select id="f-canal" name="canal">
                    <option value="">{t("quality-all-channels")}</option>
                    {channels}
                </select>
            </div>
            <div class="field">
                <label for="f-agent">{t("quality-agent")}</label>
                <select id="f-agent" name="agent">
                    <option value="">{t("quality-all-agents")}</option>
                    {options(&view.agents, c.agent)}
                </select>
            </div>
            <button type="submit" class="button primary">{t("quality-show")}</button>
        </form>
    }
}

/// One indicator's card: its value, the counts behind it, and the period before.
fn card(indicator: Indicator, view: &PilotageView) -> impl IntoView + use<> {
    let now = view.current.get(indicator);
    let before = view.before.get(indicator);
    let movement = trend(indicator, now, before);
    let (trend_text, trend_class) = movement.unwrap_or_default();
    let before_text = t_with(
        "quality-before",
        &args([("value", value(before, indicator.unit()).into())]),
    );
    view! {
        <div class="kpi" role="group" aria-labelledby=format!("kpi-{}", indicator.id())>
            <p class="kpi-name" id=format!("kpi-{}", indicator.id())>
                <a href=format!("#def-{}", indicator.id())>{name(indicator)}</a>
            </p>
            <p class="kpi-value">{value(now, indicator.unit())}</p>
            {counts(now).map(|c| view! { <p class="kpi-counts">{c}</p> })}
            <p class=format!("kpi-before {trend_class}")>
                {before_text}
                {(!trend_text.is_empty()).then(|| view! { " · " <span>{trend_text}</span> })}
            </p>
        </div>
    }
}

fn group_id(g: Group) -> &'static str {
    match g {
        Group::Reception => "reception",
        Group::Appointments => "appointments",
        Group::Requests => "requests",
        Group::Satisfaction => "satisfaction",
    }
}

fn bars(series: &[Point], indicator: Indicator) -> Vec<Bar> {
    series
        .iter()
        .map(|p| {
            let f = p.figures.get(indicator);
            Bar {
                label: point_label(p),
                value: if f.too_few { None } else { f.value },
                shown: value(f, indicator.unit()),
            }
        })
        .collect()
}

fn chart_for(
    id: &'static str,
    indicator: Indicator,
    view: &PilotageView,
    target: Option<f64>,
) -> impl IntoView + use<> {
    let bars = bars(&view.series, indicator);
    let top = (indicator.unit() == Unit::Percent).then_some(100.0);
    let step = view.series.first().map(|p| p.step).unwrap_or(Step::Day);
    let step_id = match step {
        Step::Day => "quality-by-day",
        Step::Week => "quality-by-week",
        Step::Month => "quality-by-month",
    };
    let title = format!("{} — {}", name(indicator), t(step_id));
    let shown: Vec<&Bar> = bars.iter().filter(|b| b.value.is_some()).collect();
    let description = match (
        shown.iter().max_by(|a, b| {
            a.value
                .partial_cmp(&b.value)
                .unwrap_or(std::cmp::Ordering::Equal)
        }),
        shown.iter().min_by(|a, b| {
            a.value
                .partial_cmp(&b.value)
                .unwrap_or(std::cmp::Ordering::Equal)
        }),
    ) {
        (Some(hi), Some(lo)) => t_with(
            "quality-chart-description",
            &args([
                ("count", (bars.len() as i64).into()),
                ("high", hi.shown.clone().into()),
                ("high_at", hi.label.clone().into()),
                ("low", lo.shown.clone().into()),
                ("low_at", lo.label.clone().into()),
            ]),
        ),
        _ => t("quality-chart-empty"),
    };
    let target = target.map(|v| {
        (
            v,
            t_with(
                "quality-target",
                &args([("value", decimal(use_locale(), v).into())]),
            ),
        )
    });
    let value_header = name(indicator);
    match target {
        Some(target) => view! { <BarChart id bars title description top=top.unwrap_or(100.0) target value_header/> }.into_any(),
        None => match top {
            Some(top) => view! { <BarChart id bars title description top value_header/> }.into_any(),
            None => view! { <BarChart id bars title description value_header/> }.into_any(),
        },
    }
}

fn share_table(caption: String, header: String, rows: Vec<(String, u64, u64)>) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|(label, part, of)| {
            let share = if of > 0 {
                t_with(
                    "quality-value-percent",
                    &args([("value", decimal(use_locale(), 100.0 * part as f64 / of as f64).into())]),
                )
            } else {
                "—".into()
            };
            view! { <tr><th scope="row">{label}</th><td>{share}</td><td>{part}</td><td>{of}</td></tr> }
        })
        .collect_view();
    view! {
        <table class="quality-table">
            <caption>{caption}</caption>
            <thead><tr>
                <th scope="col">{header}</th>
                <th scope="col">{t("quality-share")}</th>
                <th scope="col">{t("quality-csv-part")}</th>
                <th scope="col">{t("quality-csv-of")}</th>
            </tr></thead>
            <tbody>{body}</tbody>
        </table>
    }
}

/// The columns of the breakdown tables: what compares sites, services, channels and agents.
const COLUMNS: [Indicator; 8] = [
    Indicator::Visitors,
    Indicator::WaitMedian,
    Indicator::WaitP90,
    Indicator::WithinTarget,
    Indicator::FrontDesk,
    Indicator::AppointmentsKept,
    Indicator::RequestsOnTime,
    Indicator::Satisfaction,
];

fn breakdown_table(view: &PilotageView, dimension: Dimension) -> impl IntoView + use<> {
    let rows = view
        .breakdowns
        .iter()
        .find(|b| b.dimension == dimension)
        .map(|b| b.rows.clone())
        .unwrap_or_default();
    if rows.is_empty() {
        return ().into_any();
    }
    let head = COLUMNS
        .iter()
        .map(|i| view! { <th scope="col">{name(*i)}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|r| {
            let label = match r.key {
                Key::Channel(c) => t(c.message_id()),
                Key::Id(_) => r.name.clone(),
            };
            let cells = COLUMNS
                .iter()
                .map(|i| view! { <td>{value(r.figures.get(*i), i.unit())}</td> })
                .collect_view();
            view! { <tr><th scope="row">{label}</th>{cells}</tr> }
        })
        .collect_view();
    let caption = t(&format!("quality-by-{}", dimension.id()));
    let region = caption.clone();
    view! {
        <div class="table-scroll" role="region" aria-label=region tabindex="0">
            <table class="quality-table">
                <caption>{caption}</caption>
                <thead><tr><th scope="col">{t(&format!("quality-{}", dimension.id()))}</th>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
    .into_any()
}

fn smiley(score: u8) -> &'static str {
    match score {
        1 => "☹",
        2 => "😐",
        _ => "☺",
    }
}

#[component]
fn Pilotage(me: Me, view: PilotageView, print: bool) -> impl IntoView {
    let query = view.filters.query();
    let with_query = move |path: &str| {
        if query.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{query}")
        }
    };
    let export = {
        let with_query = with_query.clone();
        move |kind: &str| {
            let base = with_query(EXPORT_PATH);
            let sep = if base.contains('?') { '&' } else { '?' };
            format!("{base}{sep}fichier={kind}")
        }
    };
    let c = view.chosen.clone();
    let period_text = t_with(
        "quality-period",
        &args([
            ("from", date(c.period.from).into()),
            ("to", date(c.period.to).into()),
            ("before_from", date(c.previous.from).into()),
            ("before_to", date(c.previous.to).into()),
        ]),
    );
    let tools = (!print).then(|| {
        view! {
            <nav class="quality-tools" aria-label=t("quality-tools")>
                <a class="button" href=with_query(PRINT_PATH)>{t("quality-print")}</a>
                <a class="button" href=export("indicateurs") download="">{t("quality-export-figures")}</a>
                <a class="button" href=export("visites") download="">{t("quality-export-visits")}</a>
                <a class="button" href=export("avis") download="">{t("quality-export-answers")}</a>
                <a class="button" href=RESULTS_PATH>{t("quality-results-link")}</a>
                <a class="button" href="/agent/pilotage/enquetes">{t("quality-campaigns-link")}</a>
            </nav>
            <FiltersForm view=view.clone()/>
        }
    });
    let refused = view
        .refused
        .clone()
        .map(|id| view! { <p class="error" role="alert">{t(&id)}</p> });
    let groups = [Group::Reception, Group::Appointments, Group::Requests, Group::Satisfaction]
        .into_iter()
        .map(|g| {
            let cards = Indicator::ALL
                .into_iter()
                .filter(|i| i.group() == g)
                .map(|i| card(i, &view))
                .collect_view();
            let extra = match g {
                Group::Reception => {
                    let transfers: Vec<(String, u64, u64)> = view
                        .current
                        .transfers_by_service
                        .iter()
                        .map(|(s, n)| (view.service_name(*s), *n, view.current.get(Indicator::Transfers).value.unwrap_or(0.0) as u64))
                        .collect();
                    view! {
                        {chart_for("chart-visitors", Indicator::Visitors, &view, None)}
                        {chart_for("chart-within", Indicator::WithinTarget, &view, Some(95.0))}
                        {(!transfers.is_empty()).then(|| share_table(t("quality-transfers-by-service"), t("quality-service"), transfers))}
                    }
                    .into_any()
                }
                Group::Requests => {
                    let kinds = view
                        .current
                        .on_time_by_kind
                        .iter()
                        .map(|(k, a, b)| {
                            let label = crate::statuses::RequestKind::parse(k)
                                .map(|k| t(k.message_id()))
                                .unwrap_or_else(|| k.clone());
                            (label, *a, *b)
                        })
                        .collect();
                    let channels = view
                        .current
                        .instant_by_channel
                        .iter()
                        .map(|(c, a, b)| (t(c.message_id()), *a, *b))
                        .collect();
                    view! {
                        {share_table(t("quality-on-time-by-kind"), t("quality-kind"), kinds)}
                        {share_table(t("quality-instant-by-channel"), t("quality-channel"), channels)}
                    }
                    .into_any()
                }
                Group::Satisfaction => {
                    let scores = (!view.current.scores.is_empty()).then(|| {
                        let of: u64 = view.current.scores.iter().sum();
                        let rows = view
                            .current
                            .scores
                            .iter()
                            .enumerate()
                            .map(|(i, n)| (t(&format!("quality-score-{}", i + 1)), *n, of))
                            .collect();
                        share_table(t("quality-scores"), t("quality-csv-score"), rows)
                    });
                    view! {
                        {chart_for("chart-satisfaction", Indicator::Satisfaction, &view, None)}
                        {scores}
                    }
                    .into_any()
                }
                Group::Appointments => ().into_any(),
            };
            let id = group_id(g);
            view! {
                <section class="quality-group" aria-labelledby=format!("g-{id}")>
                    <h2 id=format!("g-{id}")>{t(&format!("quality-group-{id}"))}</h2>
                    <div class="kpis">{cards}</div>
                    {extra}
                </section>
            }
        })
        .collect_view();
    let breakdowns = view! {
        <section class="quality-group" aria-labelledby="g-breakdowns">
            <h2 id="g-breakdowns">{t("quality-breakdowns")}</h2>
            {Dimension::ALL.into_iter().map(|d| breakdown_table(&view, d)).collect_view()}
        </section>
    };
    let comments = {
        let list = view
            .comments
            .iter()
            .map(|c| {
                let score = t(&format!("quality-score-{}", c.score));
                view! {
                    <li>
                        <p class="comment-meta">
                            <span aria-hidden="true">{smiley(c.score)}</span>" "
                            <span>{score}</span>" · "{date(c.on)}" · "{t(c.channel.message_id())}
                            {c.site.clone().map(|s| view! { " · " {s} })}
                        </p>
                        <blockquote lang=c.language.clone()>{c.text.clone()}</blockquote>
                    </li>
                }
            })
            .collect_view();
        let summary = t_with(
            "quality-comments-count",
            &args([
                ("shown", (view.comments.len() as i64).into()),
                ("count", (view.comments_total as i64).into()),
            ]),
        );
        view! {
            <section class="quality-group" aria-labelledby="g-comments">
                <h2 id="g-comments">{t("quality-comments")}</h2>
                <p class="hint">{t("quality-comments-intro")}</p>
                <p>{summary}</p>
                <ul class="comments">{list}</ul>
            </section>
        }
    };
    let glossary = Indicator::ALL
        .into_iter()
        .map(|i| {
            let id = i.id();
            view! {
                <dt id=format!("def-{id}")>{name(i)}</dt>
                <dd>
                    <p>{t(&format!("quality-indicator-{id}-formula"))}</p>
                    <p class="hint">{t(&format!("quality-indicator-{id}-counted"))}</p>
                </dd>
            }
        })
        .collect_view();
    let target_minutes = WAIT_TARGET_SECONDS / 60;
    let body = view! {
        <h1>{t("quality-title")}</h1>
        {refused}
        <p class="quality-period">{period_text}</p>
        {tools}
        {groups}
        {breakdowns}
        {comments}
        <section class="quality-group" aria-labelledby="g-glossary">
            <h2 id="g-glossary">{t("quality-glossary")}</h2>
            <p class="hint">{t_with("quality-glossary-intro", &args([("minutes", target_minutes.into())]))}</p>
            <dl class="glossary">{glossary}</dl>
        </section>
    };
    if print {
        view! { <main id="main" class="quality-print">{body}</main> }.into_any()
    } else {
        view! {
            <StaffFrame me current=Some(StaffSection::Quality)>
                <div class="quality">{body}</div>
            </StaffFrame>
        }
        .into_any()
    }
}
