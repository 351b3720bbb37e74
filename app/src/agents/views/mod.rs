//! Pages of the agents' administration (`list`, `edit`, `import`) and the parts they share:
//! the agent's fields, and what the page says after a form.

pub mod edit;
pub mod import;
pub mod list;

use crate::agents::model::{AgentRow, language_choices, query};
use crate::components::fields::{Choice, Field, Select};
use crate::i18n::languages::is_rtl;
use crate::i18n::{args, t, t_with};
use crate::staff::Role;
use leptos::prelude::*;
use leptos_router::params::ParamsMap;

/// The values an agent's form shows: the stored ones, or what was typed before a mistake.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Typed {
    pub name: String,
    pub role: Option<String>,
    pub services: Vec<String>,
    pub languages: Vec<String>,
}

impl Typed {
    /// What was typed, when the address brings a form back with a mistake.
    pub fn from_query(q: &ParamsMap) -> Option<Typed> {
        q.get(query::ERROR)?;
        let name = q.get(query::NAME)?;
        let list = |key| {
            q.get(key)
                .map(|v| {
                    v.split(',')
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default()
        };
        Some(Typed {
            name,
            role: q.get(query::ROLE),
            services: list(query::SERVICES),
            languages: list(query::LANGUAGES),
        })
    }
}

/// The mistake the address reports, if any (a Fluent id).
pub fn error_of(q: &ParamsMap) -> Option<String> {
    q.get(query::ERROR)
}

/// The fields of an agent's form: name, role, services, languages. `error` (a Fluent id,
/// said at the top of the page) marks the field it is about.
#[component]
pub fn AgentFields(
    /// Prefix of the inputs' ids, unique in the page.
    prefix: &'static str,
    typed: Typed,
    services: Vec<Choice>,
    error: Option<String>,
) -> impl IntoView {
    let id = move |f: &str| format!("{prefix}-{f}");
    let error = error.unwrap_or_default();
    let roles: Vec<Choice> = Role::ALL
        .into_iter()
        .map(|r| Choice::new(r.as_str(), t(r.message_id())))
        .collect();
    let name_invalid = error.starts_with("admin-error-agent-name");
    let role_error = (error == "admin-error-agent-role").then(|| t(&error));
    let services_view = if services.is_empty() {
        view! { <p class="muted">{t("agents-no-service")}</p> }.into_any()
    } else {
        services
            .into_iter()
            .map(|s| {
                let input = id(&format!("service-{}", s.value));
                let checked = typed.services.contains(&s.value);
                view! {
                    <p class="checkbox">
                        <input type="checkbox" id=input.clone() name="services[]" value=s.value checked=checked/>
                        <label for=input>{s.label}</label>
                    </p>
                }
            })
            .collect_view()
            .into_any()
    };
    let languages_view = language_choices()
        .into_iter()
        .map(|(tag, name)| {
            let input = id(&format!("lang-{tag}"));
            let checked = typed.languages.iter().any(|l| l == tag);
            // Each language by its own name, in its own script and direction.
            let label = match name {
                Some(name) => view! {
                    <label for=input.clone() lang=tag dir=if is_rtl(tag) { "rtl" } else { "ltr" }>{name}</label>
                }
                .into_any(),
                None => view! { <label for=input.clone()>{t("interpreter-lsf")}</label> }.into_any(),
            };
            view! {
                <p class="checkbox">
                    <input type="checkbox" id=input.clone() name="langues[]" value=tag checked=checked/>
                    {label}
                </p>
            }
        })
        .collect_view();
    view! {
        <Field id=id("name") label=t("agents-field-name") name="nom" value=typed.name
            required=true max_length=crate::agents::model::MAX_NAME autocomplete="off"
            hint=t("agents-field-name-hint") invalid=name_invalid/>
        <Select id=id("role") label=t("agents-field-role") name="role" choices=roles
            selected=typed.role required=true error=role_error/>
        <fieldset class="agent-choices">
            <legend>{t("agents-field-services")}</legend>
            <p class="hint">{t("agents-field-services-hint")}</p>
            {services_view}
        </fieldset>
        <fieldset class="agent-choices">
            <legend>{t("agents-field-languages")}</legend>
            {languages_view}
        </fieldset>
    }
}

/// The two PIN inputs, typed twice; never filled back in.
#[component]
pub fn PinFields(prefix: &'static str, error: Option<String>, required: bool) -> impl IntoView {
    let invalid = error
        .as_deref()
        .is_some_and(|e| e.starts_with("admin-error-agent-pin"));
    view! {
        <Field id=format!("{prefix}-pin") label=t("agents-field-pin") name="pin" kind="password"
            input_mode="numeric" autocomplete="new-password" min_length=4 max_length=8
            required=required hint=t("agents-field-pin-hint") invalid=invalid/>
        <Field id=format!("{prefix}-confirmation") label=t("agents-field-pin-again")
            name="confirmation" kind="password" input_mode="numeric" autocomplete="new-password"
            min_length=4 max_length=8 required=required invalid=invalid/>
    }
}

/// An agent's state in words: active or not, locked, without a PIN.
pub fn state_words(agent: &AgentRow) -> Vec<String> {
    let mut words = vec![t(if agent.active {
        "agents-state-active"
    } else {
        "agents-state-inactive"
    })];
    if let Some(until) = &agent.locked_until {
        words.push(t_with(
            "agents-state-locked",
            &args([("until", until.clone().into())]),
        ));
    }
    if !agent.has_pin {
        words.push(t("agents-state-no-pin"));
    }
    words
}

/// Languages by their own names, each in its own language and direction, for lists.
#[component]
pub fn LanguageNames(tags: Vec<String>) -> impl IntoView {
    let choices = language_choices();
    let count = tags.len();
    tags.into_iter()
        .enumerate()
        .map(|(i, tag)| {
            let (name, lang) = match choices.iter().find(|(t, _)| *t == tag) {
                Some((_, Some(name))) => ((*name).to_owned(), Some(tag)),
                Some((_, None)) => (t("interpreter-lsf"), None),
                None => (tag, None),
            };
            let sep = (i + 1 < count).then_some(", ");
            view! { <bdi lang=lang>{name}</bdi>{sep} }
        })
        .collect_view()
}
