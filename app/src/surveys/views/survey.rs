//! `/avis/<token>`: three big smileys (one tap is an answer), then, if the resident wants,
//! two questions and a comment, then thanks. Plain forms, rendered by the server: it works
//! on any phone, with or without JavaScript. `?etape=` says which step a redirect leads to.

use crate::components::PublicLayout;
use crate::components::fields::TextArea;
use crate::components::loaded::loaded;
use crate::components::smiley::Smiley;
use crate::errors::AppError;
use crate::i18n::{t, use_locale};
use crate::surveys::model::{
    About, Clarity, MAX_COMMENT, Score, SurveyView, TriedChannel, survey_path,
};
use crate::surveys::{AnswerQuestions, AnswerSurvey, OptOut, load_survey};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/avis/:token`
#[component]
pub fn SurveyPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let token = move || params.with(|p| p.get("token").unwrap_or_default());
    let lang = move || query.with(|q| q.get("lang").unwrap_or_default());
    let page = Resource::new_blocking(move || (token(), lang()), |(t, l)| load_survey(t, l));
    let show = move |view: SurveyView| {
        let q = query.get_untracked();
        let error = q.get("erreur").filter(|e| e.starts_with("surveys-error-"));
        let kept = q.get("garde").is_some();
        view! { <Survey view step=q.get("etape").unwrap_or_default() error kept/> }
    };
    let refused = |e: AppError| match e {
        AppError::NotFound => view! { <Gone/> }.into_any(),
        other => {
            view! { <p class="notice error" role="alert">{t(other.message_id())}</p> }.into_any()
        }
    };
    view! {
        <leptos_meta::Title text=t("surveys-title")/>
        <PublicLayout>{loaded(page, show, refused, false)}</PublicLayout>
    }
}

/// An unknown or expired link: said plainly, with a 404.
#[component]
fn Gone() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <h1>{t("surveys-gone-title")}</h1>
        <p>{t("surveys-gone-body")}</p>
        <p><a class="button" href="/">{t("surveys-home")}</a></p>
    }
}

#[component]
fn Survey(view: SurveyView, step: String, error: Option<String>, kept: bool) -> impl IntoView {
    let here = format!("{}?lang={}", survey_path(&view.token), use_locale().code());
    let error = error.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> });
    let kept = kept.then(|| view! { <p class="notice warn" role="status">{t("surveys-kept")}</p> });
    let opt_out_link = view.can_opt_out.then(|| {
        let href = format!("{here}&etape=desinscription");
        view! { <p class="survey-opt-out"><a href=href>{t("surveys-opt-out-link")}</a></p> }
    });
    let body = match step.as_str() {
        "merci" => view! { <Thanks/> }.into_any(),
        "desinscription" if view.can_opt_out => {
            view! { <OptOutStep token=view.token.clone() back=here.clone()/> }.into_any()
        }
        "desinscrit" => view! {
            <h1>{t("surveys-opted-out-title")}</h1>
            <p role="status">{t("surveys-opted-out-body")}</p>
        }
        .into_any(),
        _ if view.score.is_some() => {
            view! { <Questions view=view.clone() here=here.clone()/> }.into_any()
        }
        _ => view! { <Smileys view=view.clone()/> }.into_any(),
    };
    let show_opt_out = !matches!(step.as_str(), "desinscription" | "desinscrit");
    view! {
        <div class="survey">
            {kept}
            {error}
            {body}
            {show_opt_out.then_some(opt_out_link)}
        </div>
    }
}

/// Step 1: one tap on a face is an answer.
#[component]
fn Smileys(view: SurveyView) -> impl IntoView {
    let question = match view.about {
        About::Visit => "surveys-question-visit",
        About::Reply => "surveys-question-reply",
    };
    view! {
        <h1>{t(question)}</h1>
        {view.site.map(|s| view! { <p class="muted"><bdi lang="fr">{s}</bdi></p> })}
        <form method="post" action=AnswerSurvey::PATH class="smileys">
            <input type="hidden" name="jeton" value=view.token.clone()/>
            <input type="hidden" name="lang" value=use_locale().code()/>
            {Score::ALL.into_iter().map(|s| view! {
                <button type="submit" name="note" value=s.value().to_string() class="smiley">
                    <Smiley score=s.value()/>
                    <span class="smiley-label">{t(s.message_id())}</span>
                </button>
            }).collect_view()}
        </form>
        <p class="hint">{t("surveys-one-tap")}</p>
    }
}

/// Step 2: the score is saved; two optional questions and a comment.
#[component]
fn Questions(view: SurveyView, here: String) -> impl IntoView {
    let tried_legend = match view.about {
        About::Visit => "surveys-tried-question-visit",
        About::Reply => "surveys-tried-question-reply",
    };
    let finish = format!("{here}&etape=merci");
    let form = view.can_change.then(|| {
        view! {
            <form method="post" action=AnswerQuestions::PATH class="survey-questions">
                <input type="hidden" name="jeton" value=view.token.clone()/>
                <input type="hidden" name="lang" value=use_locale().code()/>
                <fieldset>
                    <legend>{t("surveys-clear-question")}</legend>
                    {Clarity::ALL.into_iter().map(|c| {
                        let id = format!("clarte-{}", c.value());
                        view! {
                            <p class="choice">
                                <input type="radio" id=id.clone() name="clarte" value=c.value().to_string()
                                    checked=view.clarity == Some(c)/>
                                <label for=id>{t(c.message_id())}</label>
                            </p>
                        }
                    }).collect_view()}
                </fieldset>
                <fieldset>
                    <legend>{t(tried_legend)}</legend>
                    {TriedChannel::ALL.into_iter().map(|c| view! {
                        <p class="choice">
                            <input type="checkbox" id=c.field() name=c.field() checked=view.tried.contains(&c)/>
                            <label for=c.field()>{t(c.message_id())}</label>
                        </p>
                    }).collect_view()}
                </fieldset>
                <TextArea id="commentaire" name="commentaire" label=t("surveys-comment")
                    hint=t("surveys-comment-hint") value=view.comment.clone() rows=4 max_length=MAX_COMMENT/>
                <p><button type="submit" class="button primary">{t("surveys-send")}</button></p>
            </form>
        }
    });
    view! {
        <p class="notice ok" role="status">{t("surveys-recorded")}</p>
        {view.score.map(|s| view! {
            <p class="survey-given"><Smiley score=s.value()/><span>{t(s.message_id())}</span></p>
        })}
        <h1>{t("surveys-more-title")}</h1>
        <p class="hint">{t("surveys-more-hint")}</p>
        {form}
        <p><a href=finish>{t("surveys-finish")}</a></p>
    }
}

#[component]
fn Thanks() -> impl IntoView {
    view! {
        <h1>{t("surveys-thanks-title")}</h1>
        <p role="status">{t("surveys-thanks-body")}</p>
        <p><a class="button" href="/">{t("surveys-home")}</a></p>
    }
}

/// "Never ask me again", confirmed with a button: a link alone would change something
/// on a GET (a mail scanner following links would opt people out).
#[component]
fn OptOutStep(token: String, back: String) -> impl IntoView {
    view! {
        <h1>{t("surveys-opt-out-title")}</h1>
        <p>{t("surveys-opt-out-body")}</p>
        <form method="post" action=OptOut::PATH>
            <input type="hidden" name="jeton" value=token/>
            <input type="hidden" name="lang" value=use_locale().code()/>
            <p><button type="submit" class="button danger">{t("surveys-opt-out-confirm")}</button></p>
        </form>
        <p><a href=back>{t("surveys-opt-out-cancel")}</a></p>
    }
}
