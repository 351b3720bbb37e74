//! Pages of the resident's link.

use super::model::{AppointmentView, OfferState, move_page};
use super::{
    AcceptOffer, CancelAppointment, MoveAppointment, appointment_by_link, move_choices,
    offer_by_link,
};
use crate::booking::model::{appointment_page, instant_param, parse_instant};
use crate::booking::views::{Chosen, Documents, LoadError, week_view};
use crate::booking::wizard::model::step_url;
use crate::components::PublicLayout;
use crate::errors::AppError;
use crate::i18n::dates::{clock, long_date_time};
use crate::i18n::{args, t, t_with, use_locale};
use crate::statuses::AppointmentStatus as Status;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

fn token() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.get().get("token").unwrap_or_default())
}

/// What the link's pages say when there is no such appointment or offer.
#[component]
fn LinkError(error: AppError) -> impl IntoView {
    view! {
        <LoadError error title="appointment-title" not_found="appointment-not-found" again="home-action-appointment"/>
    }
}

/// `/rendez-vous/<token>`
#[component]
pub fn AppointmentPage() -> impl IntoView {
    let token = token();
    let query = use_query_map();
    let found = Resource::new_blocking(move || token.get(), appointment_by_link);
    view! {
        <PublicLayout>
            <Suspense fallback=|| ()>
                {move || {
                    let q = query.get();
                    let token = token.get();
                    Suspend::new(async move {
                        match found.await {
                            Ok(view) => {
                                let flags = Flags {
                                    new: q.get("nouveau").is_some(),
                                    moved: q.get("deplace").is_some(),
                                    cancelled: q.get("annule").is_some(),
                                    refused: q.get("refuse").is_some(),
                                    confirm_cancel: q.get("annuler").is_some(),
                                };
                                view! { <Appointment view token flags/> }.into_any()
                            }
                            Err(error) => view! { <LinkError error/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </PublicLayout>
    }
}

#[derive(Clone, Copy)]
struct Flags {
    new: bool,
    moved: bool,
    cancelled: bool,
    refused: bool,
    confirm_cancel: bool,
}

#[component]
fn Appointment(view: AppointmentView, token: String, flags: Flags) -> impl IntoView {
    let reached = [view.masked_phone.clone(), view.masked_email.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let banner = if flags.new {
        Some(view! {
            <div class="notice ok" role="status">
                <h2>{t("appointment-booked")}</h2>
                {(!reached.is_empty()).then(|| view! { <p>{t("appointment-sent-to")}" "<bdi dir="ltr">{reached.clone()}</bdi></p> })}
                <p>{t("appointment-keep-link")}</p>
            </div>
        }.into_any())
    } else if flags.moved {
        Some(view! { <p class="notice ok" role="status">{t("appointment-moved")}</p> }.into_any())
    } else if flags.cancelled {
        Some(view! { <p class="notice" role="status">{t("appointment-cancelled")}</p> }.into_any())
    } else if flags.refused {
        Some(view! { <p class="notice warn" role="alert">{t_with("appointment-too-late", &args([("hours", view.deadline_hours.into())]))}</p> }.into_any())
    } else {
        None
    };
    let ics = format!("{}/rendez-vous.ics", appointment_page(&token));
    let booked = view.status == Status::Booked;
    let again = step_url(&view.motif.slug, Some(&view.site.slug), &[]);
    let phone = view.site.phone.clone();
    let actions = if view.changeable && flags.confirm_cancel {
        view! {
            <div class="confirm-box" role="group" aria-labelledby="cancel-question">
                <p id="cancel-question"><strong>{t("appointment-cancel-question")}</strong></p>
                <form method="post" action=CancelAppointment::PATH class="inline-form">
                    <input type="hidden" name="token" value=token.clone()/>
                    <button type="submit" class="button danger">{t("appointment-cancel-yes")}</button>
                    " "
                    <a class="button" href=appointment_page(&token)>{t("appointment-cancel-no")}</a>
                </form>
            </div>
        }
        .into_any()
    } else if view.changeable {
        view! {
            <ul class="actions">
                <li><a class="button" href=ics.clone() download="rendez-vous.ics">{t("appointment-add-calendar")}</a></li>
                <li><a class="button" href=move_page(&token)>{t("appointment-move")}</a></li>
                <li><a class="button danger" href=format!("{}?annuler=1", appointment_page(&token))>{t("appointment-cancel")}</a></li>
            </ul>
            <p class="hint">{t_with("appointment-deadline", &args([("hours", view.deadline_hours.into())]))}</p>
        }
        .into_any()
    } else if booked {
        view! {
            <ul class="actions">
                <li><a class="button" href=ics.clone() download="rendez-vous.ics">{t("appointment-add-calendar")}</a></li>
            </ul>
            <p class="notice">{t_with("appointment-too-late", &args([("hours", view.deadline_hours.into())]))}
                {phone.map(|p| { let href = format!("tel:{}", p.replace(' ', "")); view! { " " <a href=href dir="ltr">{p}</a> } })}
            </p>
        }
        .into_any()
    } else {
        view! { <p><a class="button primary" href=again>{t("appointment-book-again")}</a></p> }
            .into_any()
    };
    view! {
        <leptos_meta::Title text=t("appointment-title")/>
        <leptos_meta::Meta name="robots" content="noindex"/>
        {banner}
        <h1>{t("appointment-title")}</h1>
        <p>{t_with("appointment-hello", &args([("name", view.first_name.clone().into())]))}</p>
        <p class="reference">{t("appointment-reference")}" "<strong class="code" dir="ltr">{view.reference.clone()}</strong></p>
        <p class={if booked { "status" } else { "status off" }}>{t(view.status.message_id())}</p>
        <Chosen motif=view.motif.clone() site=view.site.clone() starts_at=view.starts_at/>
        {booked.then(|| view! {
            <h2>{t("booking-documents-title")}</h2>
            <Documents documents=view.motif.documents.clone()/>
        })}
        {actions}
    }
}

/// `/rendez-vous/<token>/deplacer`
#[component]
pub fn MovePage() -> impl IntoView {
    let token = token();
    let query = use_query_map();
    let choices = Resource::new_blocking(
        move || {
            let q = query.get();
            (token.get(), q.get("semaine"), q.get("pris"))
        },
        |(token, week, taken)| move_choices(token, week, taken),
    );
    view! {
        <PublicLayout>
            <Suspense fallback=|| ()>
                {move || {
                    let chosen = query.get().get("creneau").and_then(|c| parse_instant(&c));
                    let token = token.get();
                    Suspend::new(async move {
                        let locale = use_locale();
                        match choices.await {
                            Ok(found) if !found.appointment.changeable => view! {
                                <leptos_meta::Title text=t("appointment-move")/>
                                <h1>{t("appointment-move")}</h1>
                                <p class="notice warn" role="alert">{t_with("appointment-too-late", &args([("hours", found.appointment.deadline_hours.into())]))}</p>
                                <p><a href=appointment_page(&token)>{t("appointment-back")}</a></p>
                            }.into_any(),
                            Ok(found) => {
                                let back = appointment_page(&token);
                                let body = match chosen {
                                    Some(at) => view! {
                                        <form method="post" action=MoveAppointment::PATH class="confirm-box">
                                            <input type="hidden" name="token" value=token.clone()/>
                                            <input type="hidden" name="creneau" value=instant_param(at)/>
                                            <p>{t_with("appointment-move-question", &args([
                                                ("from", long_date_time(locale, found.appointment.starts_at).into()),
                                                ("to", long_date_time(locale, at).into()),
                                            ]))}</p>
                                            <button type="submit" class="button primary">{t("appointment-move-confirm")}</button>
                                            " "
                                            <a class="button" href=move_page(&token)>{t("appointment-move-other")}</a>
                                        </form>
                                    }.into_any(),
                                    None => {
                                        week_view(
                                            locale,
                                            &found.week,
                                            &|at| format!("{}?creneau={}", move_page(&token), instant_param(at)),
                                            &|w| format!("{}?semaine={}", move_page(&token), w.format("%Y-%m-%d")),
                                        ).into_any()
                                    }
                                };
                                view! {
                                    <leptos_meta::Title text=t("appointment-move")/>
                                    <leptos_meta::Meta name="robots" content="noindex"/>
                                    <h1>{t("appointment-move")}</h1>
                                    <p>{t_with("appointment-move-lead", &args([("time", long_date_time(locale, found.appointment.starts_at).into())]))}</p>
                                    {body}
                                    <p><a href=back>{t("appointment-back")}</a></p>
                                }.into_any()
                            }
                            Err(error) => view! { <LinkError error/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </PublicLayout>
    }
}

/// `/rendez-vous/offre/<token>`
#[component]
pub fn OfferPage() -> impl IntoView {
    let token = token();
    let offer = Resource::new_blocking(move || token.get(), offer_by_link);
    view! {
        <PublicLayout>
            <Suspense fallback=|| ()>
                {move || {
                    let token = token.get();
                    Suspend::new(async move {
                        match offer.await {
                            Ok(found) => {
                                let again = step_url(&found.motif.slug, Some(&found.site.slug), &[]);
                                let body = match found.state {
                                    OfferState::Held { until } => view! {
                                        <p class="notice ok" role="status">{t_with("offer-held", &args([("until", clock(until).into())]))}</p>
                                        <Chosen motif=found.motif.clone() site=found.site.clone() starts_at=found.starts_at/>
                                        <form method="post" action=AcceptOffer::PATH>
                                            <input type="hidden" name="token" value=token.clone()/>
                                            <button type="submit" class="button primary">{t("offer-accept")}</button>
                                        </form>
                                    }.into_any(),
                                    OfferState::Expired => view! {
                                        <p class="notice warn" role="alert">{t("offer-expired")}</p>
                                        <p><a class="button primary" href=again>{t("appointment-book-again")}</a></p>
                                    }.into_any(),
                                    OfferState::Accepted => view! {
                                        <p class="notice" role="status">{t("offer-accepted")}</p>
                                    }.into_any(),
                                };
                                view! {
                                    <leptos_meta::Title text=t("offer-title")/>
                                    <leptos_meta::Meta name="robots" content="noindex"/>
                                    <h1>{t("offer-title")}</h1>
                                    {body}
                                }.into_any()
                            }
                            Err(error) => view! { <LinkError error/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </PublicLayout>
    }
}
