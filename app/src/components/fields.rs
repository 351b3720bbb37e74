//! Labelled form fields. Each ties its label, hint and error to the input (`for`,
//! `aria-describedby`, `aria-invalid`), so a screen reader says them with the field and
//! no page writes the pairing by hand. They render no wrapper: the form's own layout
//! (a grid, a row of filters) places them.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One option of a select: the value posted and the text shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
        }
    }
}

/// The `<option>`s of a select, `selected` marked.
pub fn options(choices: &[Choice], selected: Option<&str>) -> impl IntoView + use<> {
    choices
        .iter()
        .map(|c| {
            let is = selected == Some(c.value.as_str());
            view! { <option value=c.value.clone() selected=is>{c.label.clone()}</option> }
        })
        .collect_view()
}

/// The ids of the hint and error paragraphs of field `id`, as `aria-describedby` lists them.
fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [(error, "error"), (hint, "hint")]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, part)| format!("{id}-{part}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The label, the error (when there is one) and the hint around an input.
#[component]
fn Around(
    id: String,
    label: String,
    hint: Option<String>,
    error: Option<String>,
    /// Visually hidden label, for inputs whose purpose the row around them shows.
    hidden_label: bool,
    children: Children,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    view! {
        <label for=id class=("visually-hidden", hidden_label)>{label}</label>
        {error.map(|e| view! { <p id=error_id class="error" role="alert">{e}</p> })}
        {children()}
        {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
    }
}

/// A labelled `<input>`.
#[component]
pub fn Field(
    /// The input's id, unique in the page.
    #[prop(into)]
    id: String,
    /// What the field is, as the label says it.
    #[prop(into)]
    label: String,
    /// The name the form posts it under.
    #[prop(into)]
    name: String,
    #[prop(optional, into)] value: String,
    /// The input's `type`.
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] hint: Option<String>,
    /// A translated message saying what is wrong with the value, if anything is.
    #[prop(optional_no_strip)]
    error: Option<String>,
    #[prop(optional)] max_length: Option<usize>,
    #[prop(optional)] min_length: Option<usize>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] input_mode: Option<&'static str>,
    /// Phone numbers, e-mail addresses, codes: left to right inside right-to-left pages.
    #[prop(optional)]
    ltr: bool,
    #[prop(optional)] autofocus: bool,
    #[prop(optional)] hidden_label: bool,
    /// Codes and references: capitals on phones' keyboards, no spelling marks.
    #[prop(optional)]
    code: bool,
    /// The browser's own checks on the value (`min`, `max`, `pattern` are rarely needed).
    #[prop(optional, into)]
    min: Option<String>,
    #[prop(optional, into)] max: Option<String>,
    /// The language of the value, when it is not the page's (a place typed in French).
    #[prop(optional, into)]
    lang: Option<String>,
    /// Marks the value wrong without a message of its own: the form says why above it.
    #[prop(optional)]
    invalid: bool,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some(), error.is_some());
    let invalid = (invalid || error.is_some()).then_some("true");
    view! {
        <Around id=id.clone() label hint error hidden_label>
            <input
                id=id
                name=name
                type=kind
                value=value
                lang=lang
                required=required
                maxlength=max_length.map(|n| n.to_string())
                minlength=min_length.map(|n| n.to_string())
                autocomplete=autocomplete
                inputmode=input_mode
                dir=ltr.then_some("ltr")
                autofocus=autofocus
                autocapitalize=code.then_some("characters")
                spellcheck=code.then_some("false")
                min=min
                max=max
                aria-invalid=invalid
                aria-describedby=describedby
            />
        </Around>
    }
}

/// A labelled `<textarea>`.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] name: String,
    #[prop(optional, into)] value: String,
    #[prop(default = 3)] rows: u32,
    #[prop(optional)] required: bool,
    #[prop(optional)] max_length: Option<usize>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional_no_strip)] error: Option<String>,
    /// The language of the text, and its direction when it is not the page's.
    #[prop(optional, into)]
    lang: Option<String>,
    #[prop(optional)] dir: Option<&'static str>,
    /// Marks the value wrong without a message of its own: the form says why above it.
    #[prop(optional)]
    invalid: bool,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some(), error.is_some());
    let invalid = (invalid || error.is_some()).then_some("true");
    view! {
        <Around id=id.clone() label hint error hidden_label=false>
            <textarea
                id=id
                name=name
                rows=rows.to_string()
                lang=lang
                dir=dir
                required=required
                maxlength=max_length.map(|n| n.to_string())
                aria-invalid=invalid
                aria-describedby=describedby
            >
                {value}
            </textarea>
        </Around>
    }
}

/// A labelled `<select>` of [`Choice`]s, with an optional first "none" option.
#[component]
pub fn Select(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] name: String,
    choices: Vec<Choice>,
    #[prop(optional_no_strip)] selected: Option<String>,
    /// The text of a first option with an empty value ("all", "choose…").
    #[prop(optional, into)]
    empty: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional)] hidden_label: bool,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some(), error.is_some());
    let invalid = error.is_some().then_some("true");
    let none_selected = selected.as_deref().is_none_or(str::is_empty);
    view! {
        <Around id=id.clone() label hint error hidden_label>
            <select
                id=id
                name=name
                required=required
                aria-invalid=invalid
                aria-describedby=describedby
            >
                {empty.map(|text| view! { <option value="" selected=none_selected>{text}</option> })}
                {options(&choices, selected.as_deref())}
            </select>
        </Around>
    }
}

/// A labelled checkbox: the box first, its label after it, as people expect.
#[component]
pub fn Check(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] name: String,
    checked: bool,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some(), false);
    let hint_id = format!("{id}-hint");
    view! {
        <input id=id.clone() name=name type="checkbox" checked=checked aria-describedby=describedby/>
        <label for=id>{label}</label>
        {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
    }
}

#[cfg(test)]
mod tests {
    use super::described_by;

    #[test]
    fn the_error_is_said_before_the_hint() {
        assert_eq!(
            described_by("pin", true, true).as_deref(),
            Some("pin-error pin-hint")
        );
        assert_eq!(
            described_by("pin", true, false).as_deref(),
            Some("pin-hint")
        );
        assert_eq!(described_by("pin", false, false), None);
    }
}
