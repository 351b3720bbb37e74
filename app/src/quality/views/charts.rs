//! Charts as plain SVG drawn on the server: no script, printable, each with a title and a
//! description that screen readers announce, and its data table beside it.

use crate::i18n::t;
use leptos::prelude::*;

/// One bar: its label and its value (none: nothing to show for it).
#[derive(Clone, Debug)]
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    /// The value as the table writes it.
    pub shown: String,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 200.0;
const LEFT: f64 = 40.0;
const BOTTOM: f64 = 24.0;

/// A bar chart: `id` names its title and description for `aria-labelledby`; `top` is the
/// axis' maximum (100 for a share), `target` a line to reach (95 % for waits).
#[component]
pub fn BarChart(
    id: &'static str,
    title: String,
    description: String,
    bars: Vec<Bar>,
    #[prop(optional)] top: Option<f64>,
    #[prop(optional)] target: Option<(f64, String)>,
    /// Header of the table's value column.
    value_header: String,
) -> impl IntoView {
    let max = top
        .unwrap_or_else(|| bars.iter().filter_map(|b| b.value).fold(0.0, f64::max))
        .max(1.0);
    let plot = HEIGHT - BOTTOM;
    let n = bars.len().max(1) as f64;
    let slot = (WIDTH - LEFT) / n;
    let y = move |v: f64| plot - (v / max) * (plot - 8.0);
    let rects = bars
        .iter()
        .enumerate()
        .filter_map(|(i, b)| {
            let v = b.value?;
            let x = LEFT + i as f64 * slot + slot * 0.15;
            Some(view! {
                <rect class="chart-bar" x=format!("{x:.1}") y=format!("{:.1}", y(v))
                    width=format!("{:.1}", slot * 0.7) height=format!("{:.1}", plot - y(v))/>
            })
        })
        .collect_view();
    // A label under every bar when they fit, otherwise under every few.
    let every = ((n / 12.0).ceil() as usize).max(1);
    let labels = bars
        .iter()
        .enumerate()
        .filter(|(i, _)| i % every == 0)
        .map(|(i, b)| {
            let x = LEFT + i as f64 * slot + slot / 2.0;
            view! { <text class="chart-label" x=format!("{x:.1}") y=format!("{:.1}", HEIGHT - 6.0) text-anchor="middle">{b.label.clone()}</text> }
        })
        .collect_view();
    let target_line = target.clone().map(|(v, label)| {
        view! {
            <line class="chart-target" x1=LEFT x2=WIDTH y1=format!("{:.1}", y(v)) y2=format!("{:.1}", y(v))/>
            <text class="chart-target-label" x=WIDTH - 4.0 y=format!("{:.1}", y(v) - 4.0) text-anchor="end">{label}</text>
        }
    });
    let rows = bars
        .into_iter()
        .map(|b| view! { <tr><th scope="row">{b.label}</th><td>{b.shown}</td></tr> })
        .collect_view();
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby=labelled_by class="chart-svg">
                <title id=title_id>{title.clone()}</title>
                <desc id=desc_id>{description}</desc>
                <line class="chart-axis" x1=LEFT x2=WIDTH y1=plot y2=plot/>
                <text class="chart-label" x=LEFT - 4.0 y=12 text-anchor="end">{crate::quality::views::format::decimal(crate::i18n::use_locale(), max)}</text>
                <text class="chart-label" x=LEFT - 4.0 y=plot text-anchor="end">"0"</text>
                {rects}
                {target_line}
                {labels}
            </svg>
            <figcaption>{title.clone()}</figcaption>
            <details class="chart-data">
                <summary>{t("quality-chart-data")}</summary>
                <table>
                    <caption>{title}</caption>
                    <thead><tr><th scope="col">{t("quality-chart-period")}</th><th scope="col">{value_header}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
