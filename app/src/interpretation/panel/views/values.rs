//! The form filling the chosen phrase's values (a date, a place, the documents of a
//! motif…); it reloads the panel with them. A value that could not be read is marked, and
//! the notice above the form says why.

use super::super::model::{PATH, PanelParams, PanelView};
use crate::components::fields::{Choice, Field, Select, TextArea};
use crate::i18n::t;
use crate::interpretation::catalogue::Var;
use crate::interpretation::filled::{Gender, MAX_NUMBER, MAX_TEXT};
use leptos::prelude::*;

#[component]
pub fn Values(
    vars: Vec<Var>,
    view: PanelView,
    params: PanelParams,
    problems: Vec<(String, String)>,
) -> impl IntoView {
    let keep = [
        ("langue", params.langue.clone()),
        ("situation", params.situation.clone()),
        ("q", params.q.clone()),
        ("phrase", params.phrase.clone()),
    ];
    let fields: Vec<AnyView> = Var::ALL
        .into_iter()
        .filter(|var| vars.contains(var))
        .map(|var| value_field(var, &view, &params, &problems))
        .collect();
    view! {
        <form method="get" action=PATH class="phrase-values">
            {keep.into_iter().filter_map(|(k, v)| v.map(|v| view! { <input type="hidden" name=k value=v/> })).collect_view()}
            <fieldset>
                <legend>{t("panel-values")}</legend>
                {fields}
            </fieldset>
            <button type="submit" class="button">{t("panel-fill")}</button>
        </form>
    }
}

/// The input of one value, in a cell of the fieldset's grid.
fn value_field(
    var: Var,
    view: &PanelView,
    params: &PanelParams,
    problems: &[(String, String)],
) -> AnyView {
    let v = &params.values;
    let invalid = |field: &str| problems.iter().any(|(f, _)| f == field);
    let value = |typed: &Option<String>| typed.clone().unwrap_or_default();
    let max = MAX_NUMBER.to_string();
    let field = match var {
        Var::Date => view! {
            <Field id="v-date" name="date" kind="date" label=t("panel-value-date") value=value(&v.date) invalid=invalid("date")/>
        }.into_any(),
        Var::Time => view! {
            <Field id="v-time" name="heure" kind="time" label=t("panel-value-time") value=value(&v.heure) invalid=invalid("heure")/>
        }.into_any(),
        Var::Place => view! {
            <Field id="v-place" name="lieu" lang="fr" max_length=MAX_TEXT label=t("panel-value-place") value=value(&v.lieu) invalid=invalid("lieu")/>
        }.into_any(),
        Var::Desk => view! {
            <Field id="v-desk" name="guichet" lang="fr" max_length=MAX_TEXT label=t("panel-value-desk") value=value(&v.guichet) invalid=invalid("guichet")/>
        }.into_any(),
        Var::Service => view! {
            <Select id="v-service" name="service" label=t("panel-value-service") choices=view.services.clone()
                selected=Some(value(&v.service)) empty=t("queue-choose")/>
        }.into_any(),
        Var::Amount => view! {
            <Field id="v-amount" name="montant" input_mode="decimal" label=t("panel-value-amount") value=value(&v.montant)
                hint=t("panel-value-amount-hint") invalid=invalid("montant")/>
        }.into_any(),
        // A motif's list, or documents typed: two cells.
        Var::Documents => {
            let motif = view! {
                <Select id="v-motif" name="motif" label=t("panel-value-motif") choices=view.motifs.clone()
                    selected=Some(value(&params.motif)) empty=t("queue-choose")/>
            };
            let typed = view! {
                <TextArea id="v-documents" name="pieces" rows=4 lang="fr" label=t("panel-value-documents")
                    value=value(&v.pieces) hint=t("panel-value-documents-hint") invalid=invalid("pieces")/>
            };
            return view! { <div>{motif}</div><div>{typed}</div> }.into_any();
        }
        Var::Count => view! {
            <Field id="v-count" name="nombre" kind="number" min="0".to_owned() max=max label=t("panel-value-count") value=value(&v.nombre) invalid=invalid("nombre")/>
        }.into_any(),
        Var::Days => view! {
            <Field id="v-days" name="jours" kind="number" min="0".to_owned() max=max label=t("panel-value-days") value=value(&v.jours) invalid=invalid("jours")/>
        }.into_any(),
        Var::Gender => {
            let genders: Vec<Choice> = Gender::ALL
                .into_iter()
                .map(|g| Choice::new(g.as_str(), t(gender_label(g))))
                .collect();
            view! {
                <Select id="v-gender" name="genre" label=t("panel-value-gender") choices=genders
                    selected=Some(view.gender.as_str().to_owned())/>
            }.into_any()
        }
    };
    view! { <div>{field}</div> }.into_any()
}

fn gender_label(g: Gender) -> &'static str {
    match g {
        Gender::Female => "panel-gender-female",
        Gender::Male => "panel-gender-male",
        Gender::Unspecified => "panel-gender-unspecified",
    }
}
