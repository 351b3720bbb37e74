//! `/agent/demarches/<slug>/modifier`: one text of a sheet (a language, full or FALC) as
//! plain fields, saved as a draft or published as a new version; the French beside a
//! translation; advice on reading ease; the FALC proof-reading; the sheet's facts.

use crate::components::fields::{Choice, Field, Select, TextArea};
use crate::i18n::Locale;
use crate::i18n::{args, t, t_with};
use crate::procedures::model::{
    Appointment, EditLevel, EditorView, MAX_TEXT, TextForm, Variant, staff_sheet_path,
};
use crate::procedures::{CheckFalc, SaveFacts, SaveText, load_editor};
use crate::staff::StaffSection;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn SheetEditorPage() -> impl IntoView {
    let params = use_params_map();
    let q = use_query_map();
    let asked = move || {
        let slug = params.with(|p| p.get("slug").unwrap_or_default());
        q.with(|q| {
            (
                slug,
                q.get("langue").unwrap_or_default(),
                q.get("version").unwrap_or_default(),
            )
        })
    };
    let page = Resource::new_blocking(asked, |(s, l, v)| load_editor(s, l, v));
    view! { <StaffPage title="procedures-editor-title" page view=|view| view! { <Editor view/> }/> }
}

fn notices() -> impl IntoView {
    let q = use_query_map().get_untracked();
    let said = |param: &str, id: &str| {
        q.get(param)
            .is_some()
            .then(|| view! { <p class="notice ok" role="status">{t(id)}</p> })
    };
    let refused = q
        .get("erreur")
        .filter(|e| e.starts_with("procedures-error-"))
        .map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> });
    view! {
        {said("publie", "procedures-published-ok")}
        {said("enregistre", "procedures-draft-ok")}
        {said("faits", "procedures-facts-ok")}
        {said("relue", "procedures-checked-ok")}
        {refused}
    }
}

#[component]
fn Editor(view: EditorView) -> impl IntoView {
    let locale = Locale::from_tag(&view.language).unwrap_or_default();
    let (lang, dir) = (view.language.clone(), locale.dir());
    let language_name = locale.native_name();
    let title = t_with(
        "procedures-editing",
        &args([
            ("language", language_name.into()),
            ("variant", t(view.variant.message_id()).into()),
        ]),
    );
    let form = view.form.clone();
    // The French as the same fields, line for line: the translation keeps its lines.
    let french = view.french.clone().map(|f| {
        let f = TextForm::from_text(&f);
        let parts = [
            ("procedures-part-title", f.title),
            ("procedures-part-summary", f.summary),
            ("procedures-part-audience", f.audience),
            ("procedures-part-keywords", f.keywords),
            ("procedures-part-situations", f.situations),
            ("procedures-part-steps", f.steps),
            ("procedures-part-documents", f.documents),
            ("procedures-part-costs", f.costs),
            ("procedures-part-delay", f.delay),
            ("procedures-part-online", f.online),
            ("procedures-part-notes", f.notes),
        ];
        view! {
            <details class="admin-card" open>
                <summary>{t("procedures-french-beside")}</summary>
                <dl class="french-text">
                    {parts.into_iter().map(|(label, text)| view! {
                        <dt>{t(label)}</dt><dd><pre lang="fr">{text}</pre></dd>
                    }).collect_view()}
                </dl>
            </details>
        }
    });
    let advice = (!view.advice.is_empty()).then(|| {
        view! {
            <section class="admin-card" aria-labelledby="advice-title">
                <h2 id="advice-title">{t("procedures-advice")}</h2>
                <ul>{view.advice.iter().map(|a| view! { <li>{t(&a.id)}" : "<q lang="fr">{a.subject.clone()}</q></li> }).collect_view()}</ul>
            </section>
        }
    });
    let levels = (view.language == "fr").then(|| {
        view! {
            <fieldset class="field means">
                <legend>{t("procedures-edit-level")}</legend>
                {EditLevel::ALL.into_iter().map(|l| {
                    let id = format!("portee-{}", l.as_str());
                    let input_id = id.clone();
                    view! {
                        <label for=id class="means-option">
                            <input type="radio" id=input_id name="portee" value=l.as_str() checked=l == EditLevel::Minor/>
                            " "{t(l.message_id())}
                        </label>
                    }
                }).collect_view()}
                <p class="hint">{t("procedures-edit-level-hint")}</p>
            </fieldset>
        }
    });
    let check = (view.variant == Variant::Falc).then(|| {
        let done = view.falc_checked.clone().map(|(who, on)| {
            view! { <p>{t_with("procedures-falc-checked", &args([("who", who.into()), ("date", on.into())]))}</p> }
        });
        view! {
            <form method="post" action=CheckFalc::PATH class="admin-card">
                <h2>{t("procedures-falc-check")}</h2>
                <p class="hint">{t("procedures-falc-check-hint")}</p>
                {done}
                <input type="hidden" name="fiche" value=view.slug.clone()/>
                <input type="hidden" name="langue" value=view.language.clone()/>
                <Field id="r-relecteur" name="relecteur" label=t("procedures-checked-by") required=true max_length=200/>
                <Field id="r-date" name="date" label=t("procedures-checked-on") kind="date" required=true/>
                <button type="submit" class="button">{t("procedures-record-check")}</button>
            </form>
        }
    });
    let facts = view.facts.clone().map(|f| {
        let appointments: Vec<Choice> = Appointment::ALL
            .iter()
            .map(|a| Choice::new(a.as_str(), t(a.message_id())))
            .collect();
        view! {
            <form method="post" action=SaveFacts::PATH class="admin-card">
                <h2>{t("procedures-facts")}</h2>
                <input type="hidden" name="fiche" value=f.slug.clone()/>
                <Select id="f-motif" name="motif" label=t("procedures-motif") choices=view.motifs.clone()
                    selected=Some(f.motif.clone()) empty=t("procedures-no-motif")/>
                <Select id="f-rdv" name="rendez_vous" label=t("procedures-appointment") choices=appointments
                    selected=Some(f.appointment.clone()) required=true/>
                <Field id="f-en-ligne" name="en_ligne" label=t("procedures-online-url") kind="url" value=f.online_url.clone() ltr=true/>
                <TextArea id="f-textes" name="textes" label=t("procedures-legal") hint=t("procedures-references-hint") value=f.legal.clone() rows=4 required=true max_length=MAX_TEXT/>
                <TextArea id="f-sources" name="sources" label=t("procedures-sources") hint=t("procedures-references-hint") value=f.sources.clone() rows=4 required=true max_length=MAX_TEXT/>
                <Field id="f-relue" name="relue_le" label=t("procedures-reviewed-on") kind="date" value=f.reviewed.clone() required=true/>
                <Select id="f-responsable" name="responsable" label=t("procedures-owner-field") choices=view.agents.clone()
                    selected=f.owner.map(|o| o.to_string()) empty=t("procedures-no-owner")/>
                <TextArea id="f-notes" name="notes" label=t("procedures-staff-notes") value=f.staff_notes.clone() rows=4 max_length=MAX_TEXT/>
                <button type="submit" class="button primary">{t("procedures-save-facts")}</button>
            </form>
        }
    });
    let back = staff_sheet_path(&view.slug);
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Procedures)>
            <p><a href=back>{t("procedures-back-to-sheet")}</a></p>
            <h1>{title}</h1>
            {notices()}
            {view.draft.then(|| view! { <p class="notice" role="note">{t("procedures-draft-pending")}</p> })}
            {advice}
            {french}
            <form method="post" action=SaveText::PATH class="admin-card sheet-editor">
                <input type="hidden" name="fiche" value=form.slug.clone()/>
                <input type="hidden" name="langue" value=form.language.clone()/>
                <input type="hidden" name="version" value=form.version.clone()/>
                <div lang=lang.clone() dir=dir>
                    <Field id="e-titre" name="titre" label=t("procedures-part-title") value=form.title.clone() required=true max_length=MAX_TEXT/>
                    <TextArea id="e-resume" name="resume" label=t("procedures-part-summary") value=form.summary.clone() rows=3 required=true max_length=MAX_TEXT/>
                    <TextArea id="e-public" name="public" label=t("procedures-part-audience") value=form.audience.clone() rows=2 required=true max_length=MAX_TEXT/>
                    <Field id="e-mots" name="mots_cles" label=t("procedures-part-keywords") hint=t("procedures-keywords-hint") value=form.keywords.clone() max_length=MAX_TEXT/>
                    <TextArea id="e-situations" name="situations" label=t("procedures-part-situations") hint=t("procedures-situations-hint") value=form.situations.clone() rows=6 required=true max_length=MAX_TEXT/>
                    <TextArea id="e-etapes" name="etapes" label=t("procedures-part-steps") hint=t("procedures-lines-hint") value=form.steps.clone() rows=6 required=true max_length=MAX_TEXT/>
                    <TextArea id="e-documents" name="documents" label=t("procedures-part-documents") hint=t("procedures-documents-hint") value=form.documents.clone() rows=6 required=true max_length=MAX_TEXT/>
                    <TextArea id="e-couts" name="couts" label=t("procedures-part-costs") hint=t("procedures-costs-hint") value=form.costs.clone() rows=3 required=true max_length=MAX_TEXT/>
                    <Field id="e-delai-min" name="delai_min" label=t("procedures-delay-min") kind="number" value=form.min_days.to_string() required=true ltr=true/>
                    <Field id="e-delai-max" name="delai_max" label=t("procedures-delay-max") kind="number" value=form.max_days.to_string() required=true ltr=true/>
                    <TextArea id="e-delai" name="delai" label=t("procedures-part-delay") value=form.delay.clone() rows=2 required=true max_length=MAX_TEXT/>
                    <TextArea id="e-en-ligne" name="en_ligne" label=t("procedures-part-online") value=form.online.clone() rows=2 required=true max_length=MAX_TEXT/>
                    <TextArea id="e-encadres" name="encadres" label=t("procedures-part-notes") hint=t("procedures-notes-hint") value=form.notes.clone() rows=3 max_length=MAX_TEXT/>
                </div>
                {levels}
                <button type="submit" name="action" value=TextForm::DRAFT class="button">{t("procedures-save-draft")}</button>
                " "
                <button type="submit" name="action" value=TextForm::PUBLISH class="button primary">{t("procedures-publish")}</button>
            </form>
            {check}
            {facts}
        </StaffFrame>
    }
}
