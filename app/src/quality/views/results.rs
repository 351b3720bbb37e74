//! The yearly results in the shape Services Publics+ asks public services to publish at
//! least once a year (plus.transformation.gouv.fr, engagement n° 6): the quality delivered
//! (waits, deadlines kept, appointments kept) and the quality perceived (satisfaction and
//! how many answered), for the town and for each reception point. The same figures for
//! the staff (`/agent/pilotage/resultats`) and for everyone (`/statistiques`).

use super::format::{counts, name, value};
use crate::components::PublicLayout;
use crate::components::loaded::loaded;
use crate::errors::AppError;
use crate::i18n::{args, t, t_with};
use crate::quality::indicators::{Figures, Indicator};
use crate::quality::model::{PUBLIC_PATH, RESULTS_PATH, ResultsView};
use crate::quality::{load_results, load_statistics};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// What the results show: delivered, then perceived.
const DELIVERED: [Indicator; 6] = [
    Indicator::WithinTarget,
    Indicator::WaitMedian,
    Indicator::FrontDesk,
    Indicator::AppointmentsKept,
    Indicator::RequestsOnTime,
    Indicator::LettersAnswered,
];
const PERCEIVED: [Indicator; 2] = [Indicator::Satisfaction, Indicator::ResponseRate];

fn year_query() -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let q = use_query_map();
    move || q.with(|q| q.get("annee").unwrap_or_default())
}

fn figures_list(figures: &Figures, list: &[Indicator]) -> impl IntoView + use<> {
    list.iter()
        .map(|i| {
            let f = figures.get(*i);
            view! {
                <div class="result">
                    <dt>{name(*i)}</dt>
                    <dd>
                        <strong>{value(f, i.unit())}</strong>
                        {counts(f).map(|c| view! { <span class="hint">" ("{c}")"</span> })}
                    </dd>
                </div>
            }
        })
        .collect_view()
}

/// Net satisfaction: the share of happy answers less the share of unhappy ones, in points.
fn net(figures: &Figures) -> Option<String> {
    let [unhappy, _, happy] = figures.scores.as_slice() else {
        return None;
    };
    let total: u64 = figures.scores.iter().sum();
    let points = (100.0 * (*happy as f64 - *unhappy as f64) / total as f64).round() as i64;
    Some(t_with(
        "quality-net-value",
        &args([("value", points.into())]),
    ))
}

fn block(title: String, figures: &Figures) -> impl IntoView + use<> {
    let net = net(figures).map(|n| {
        view! { <div class="result"><dt>{t("quality-net")}</dt><dd><strong>{n}</strong></dd></div> }
    });
    view! {
        <section class="results-block">
            <h2>{title}</h2>
            <h3>{t("quality-delivered")}</h3>
            <dl class="results">{figures_list(figures, &DELIVERED)}</dl>
            <h3>{t("quality-perceived")}</h3>
            <dl class="results">{figures_list(figures, &PERCEIVED)}{net}</dl>
        </section>
    }
}

#[component]
fn Results(view: ResultsView, path: &'static str) -> impl IntoView {
    let years = view
        .years
        .iter()
        .map(|y| {
            let current = (*y == view.year).then_some("page");
            view! { <li><a href=format!("{path}?annee={y}") aria-current=current>{y.to_string()}</a></li> }
        })
        .collect_view();
    let heading = t_with(
        "quality-results-title",
        &args([("year", view.year.to_string().into())]),
    );
    let note = if view.to_date {
        t("quality-results-to-date")
    } else {
        t("quality-results-whole-year")
    };
    view! {
        <h1>{heading}</h1>
        <p>{t("quality-results-intro")}</p>
        <p class="hint">{note}</p>
        <nav aria-label=t("quality-results-years")><ul class="years">{years}</ul></nav>
        {block(t("quality-results-town"), &view.whole)}
        {view.sites.iter().map(|s| block(s.name.clone(), &s.figures)).collect_view()}
        <p class="hint">{t("quality-results-source")}</p>
        <p class="hint">{t("quality-results-privacy")}</p>
    }
}

/// `/agent/pilotage/resultats`
#[component]
pub fn ResultsPage() -> impl IntoView {
    let year = year_query();
    let page = Resource::new_blocking(year, load_results);
    view! {
        <StaffPage title="quality-results-link" page view=|(me, view)| view! {
            <StaffFrame me current=Some(StaffSection::Quality)>
                <div class="quality"><Results view path=RESULTS_PATH/></div>
            </StaffFrame>
        }/>
    }
}

/// `/statistiques`
#[component]
pub fn StatisticsPage() -> impl IntoView {
    let year = year_query();
    let page = Resource::new_blocking(year, load_statistics);
    let show = |view: ResultsView| view! { <Results view path=PUBLIC_PATH/> };
    let refused = |_: AppError| view! { <crate::components::NotFound/> };
    view! {
        <leptos_meta::Title text=t("quality-statistics-title")/>
        <PublicLayout>{loaded(page, show, refused, false)}</PublicLayout>
    }
}
