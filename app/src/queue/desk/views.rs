//! The desk page: the visitor in front of the counsellor and what can be done with them,
//! the waiting list, and a ticket for someone without one. It follows the site's live
//! stream and reloads on every change.

use super::model::{DeskParams, DeskView, MAX_NOTE, PAGE, QueueRow, Step, Visitor};
use super::{DeskAct, DeskCall, DeskClose, DeskIssue, DeskTransfer, load_desk};
use crate::components::fields::{Choice, Select, TextArea, options};
use crate::i18n::dates::clock;
use crate::i18n::languages::language_name;
use crate::i18n::{Locale, args, t, t_with};
use crate::queue::model::{Outcome, Status, live_path};
use crate::queue::order::Priority;
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use crate::staff::roles::StaffSection;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/agent/file`
#[component]
pub fn DeskPage() -> impl IntoView {
    let query = use_query_map();
    let page = Resource::new_blocking(
        move || {
            let q = query.get();
            DeskParams {
                lieu: q.get("lieu"),
                guichet: q.get("guichet"),
                file: q.get("file"),
            }
        },
        load_desk,
    );
    let desk = move |view: DeskView| {
        let q = query.get();
        // A server error comes back without JavaScript as `__err` (leptos): say so rather
        // than showing the page as if the action had worked.
        let error = q
            .get("erreur")
            .filter(|e| e.starts_with("queue-error-"))
            .or_else(|| q.get("__err").map(|_| "error-internal".to_owned()));
        let issued = q.get("emis");
        view! { <Desk view error issued reload=move || page.refetch()/> }
    };
    view! { <StaffPage title="section-queue" page view=desk live=true/> }
}

fn minutes_since(from: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    (now - from).num_minutes().max(0)
}

/// A declared priority in words; nothing for none.
fn priority_text(p: Priority) -> Option<String> {
    (p != Priority::None).then(|| t(p.message_id()))
}

#[component]
fn Desk(
    view: DeskView,
    error: Option<String>,
    issued: Option<String>,
    reload: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    crate::queue::client::follow(live_path(&view.site), view.stamp.clone(), move |_| {
        // Re-rendering would wipe what the counsellor is typing (a transfer note): the
        // list catches up with the next update, or with the form's own answer.
        if !crate::queue::client::editing() {
            reload()
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (reload, live_path(""));
    let here = DeskParams::url(&view.site, view.desk.as_deref(), &view.queue);
    let now = view.now;
    view! {
        <StaffFrame me=view.me.clone() current=Some(StaffSection::Queue)>
            <h1>{t("section-queue")}</h1>
            {error.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
            {issued.map(|code| view! { <p class="notice ok" role="status">{t_with("queue-desk-issued", &args([("code", code.into())]))}</p> })}
            <form class="agenda-filters" method="get" action=PAGE>
                <div>
                    <Select id="lieu" label=t("booking-label-site") name="lieu" choices=view.sites.clone() selected=Some(view.site.clone())/>
                </div>
                <div>
                    <Select id="guichet" label=t("queue-desk") name="guichet" choices=view.desks.clone()
                        selected=view.desk.clone() empty=t("queue-desk-choose")/>
                </div>
                <div>
                    <Select id="file" label=t("queue-queue") name="file" choices=view.queues.clone() selected=Some(view.queue.clone())/>
                </div>
                <button type="submit" class="button">{t("agenda-show")}</button>
            </form>
            <div class="desk-layout">
                <section class="desk-current" aria-labelledby="current-title">
                    <h2 id="current-title">{t("queue-current")}</h2>
                    {match view.current.clone() {
                        Some(v) => view! { <Current visitor=v view=view.clone() here=here.clone()/> }.into_any(),
                        None => view! { <CallNext view=view.clone() here=here.clone()/> }.into_any(),
                    }}
                    {(!view.aside.is_empty()).then(|| view! {
                        <h3>{t("queue-aside")}</h3>
                        <ul class="aside-list">
                            {view.aside.iter().map(|v| view! {
                                <li>
                                    <span class="ticket-code" dir="ltr">{v.code.clone()}</span>" "{v.motif.clone()}
                                    <StepButton id=v.id step=Step::Resume label="queue-resume" here=here.clone() primary=false/>
                                </li>
                            }).collect_view()}
                        </ul>
                    })}
                </section>
                <section class="desk-queue" aria-labelledby="queue-title">
                    <h2 id="queue-title">{t_with("queue-waiting-count", &args([("count", view.waiting.len().into())]))}</h2>
                    <WaitingTable rows=view.waiting.clone() now/>
                </section>
            </div>
            <IssueTicket view=view.clone() here=here.clone()/>
        </StaffFrame>
    }
}

#[component]
fn CallNext(view: DeskView, here: String) -> impl IntoView {
    let Some(desk) = view.desk.clone() else {
        return view! { <p class="notice">{t("queue-desk-needed")}</p> }.into_any();
    };
    let callable = view.waiting.iter().filter(|r| r.callable).count();
    view! {
        <p>{t_with("queue-callable", &args([("count", callable.into())]))}</p>
        <form method="post" action=DeskCall::PATH>
            <input type="hidden" name="lieu" value=view.site.clone()/>
            <input type="hidden" name="guichet" value=desk/>
            <input type="hidden" name="file" value=view.queue.clone()/>
            <input type="hidden" name="retour" value=here/>
            <button type="submit" class="button primary big" disabled=callable == 0>{t("queue-call-next")}</button>
        </form>
    }
    .into_any()
}

/// A one-button form: a step of the visit.
#[component]
fn StepButton(
    id: i32,
    step: Step,
    label: &'static str,
    here: String,
    primary: bool,
) -> impl IntoView {
    view! {
        <form method="post" action=DeskAct::PATH class="inline-form">
            <input type="hidden" name="id" value=id.to_string()/>
            <input type="hidden" name="action" value=step.as_str()/>
            <input type="hidden" name="retour" value=here/>
            <button type="submit" class=if primary { "button primary" } else { "button" }>{t(label)}</button>
        </form>
    }
}

#[component]
fn Current(visitor: Visitor, view: DeskView, here: String) -> impl IntoView {
    let v = visitor;
    let called = v.status == Status::Called;
    let can_no_show = called && v.call_count >= view.max_calls;
    let since = v.called_at.map(clock).unwrap_or_default();
    view! {
        <div class="visitor-card">
            <p class="visitor-code" dir="ltr">{v.code.clone()}</p>
            <dl class="visitor-facts">
                <div><dt>{t("booking-label-motif")}</dt><dd>{v.motif.clone()}
                    // The procedure sheet of the motif, one click away while serving.
                    {v.motif_slug.clone().map(|m| {
                        let href = format!("{}?motif={m}", StaffSection::Procedures.path());
                        view! { " "<a href=href rel="external">{t("queue-procedure-sheet")}</a> }
                    })}</dd></div>
                <div><dt>{t("queue-language")}</dt><dd>{language_name(&v.language)}</dd></div>
                {priority_text(v.priority).map(|p| view! { <div><dt>{t("queue-priority")}</dt><dd>{p}</dd></div> })}
                <div><dt>{t("queue-arrived")}</dt><dd>{clock(v.arrival_at)}</dd></div>
                {v.appointment_of.clone().map(|n| view! { <div><dt>{t("queue-appointment-of")}</dt><dd>{n}</dd></div> })}
                {v.transfer_note.clone().map(|n| view! { <div><dt>{t("queue-transfer-note")}</dt><dd>{n}</dd></div> })}
            </dl>
            <p class="visitor-status" role="status">{if called {
                t_with("queue-status-called", &args([("count", v.call_count.into()), ("time", since.into())]))
            } else {
                t("queue-status-in-service")
            }}</p>
            <div class="desk-actions">
                {called.then(|| view! {
                    <StepButton id=v.id step=Step::Start label="queue-start" here=here.clone() primary=true/>
                    <StepButton id=v.id step=Step::Recall label="queue-recall" here=here.clone() primary=false/>
                })}
                {can_no_show.then(|| view! { <StepButton id=v.id step=Step::NoShow label="queue-no-show" here=here.clone() primary=false/> })}
                {(called && !can_no_show).then(|| view! {
                    <p class="hint">{t_with("queue-no-show-after", &args([("count", view.max_calls.into())]))}</p>
                })}
                {(v.status == Status::InService).then(|| view! {
                    <StepButton id=v.id step=Step::SetAside label="queue-set-aside" here=here.clone() primary=false/>
                })}
            </div>
        </div>
        {(!called).then(|| view! {
            <CloseVisit id=v.id here=here.clone()/>
            <TransferVisitor id=v.id view=view.clone() here=here.clone()/>
        })}
    }
}

#[component]
fn CloseVisit(id: i32, here: String) -> impl IntoView {
    view! {
        <form method="post" action=DeskClose::PATH class="desk-form">
            <h3>{t("queue-close")}</h3>
            <input type="hidden" name="id" value=id.to_string()/>
            <input type="hidden" name="retour" value=here/>
            <fieldset>
                <legend>{t("queue-outcome")}</legend>
                <label class="radio-choice"><input type="radio" name="outcome" value=Outcome::Handled.as_str() checked/>{t("queue-outcome-handled")}</label>
                <label class="radio-choice"><input type="radio" name="outcome" value=Outcome::FollowUp.as_str()/>{t("queue-outcome-follow-up")}</label>
            </fieldset>
            <TextArea id="close-note" label=t("queue-note") name="note" max_length=MAX_NOTE rows=2/>
            <button type="submit" class="button primary">{t("queue-close")}</button>
        </form>
    }
}

#[component]
fn TransferVisitor(id: i32, view: DeskView, here: String) -> impl IntoView {
    view! {
        <form method="post" action=DeskTransfer::PATH class="desk-form">
            <h3>{t("queue-transfer")}</h3>
            <input type="hidden" name="id" value=id.to_string()/>
            <input type="hidden" name="retour" value=here/>
            <Select id="transfer-service" label=t("queue-transfer-service") name="service" choices=view.services
                empty=t("queue-choose") required=true/>
            <Select id="transfer-expert" label=t("queue-transfer-expert") name="expert" choices=view.experts
                empty=t("queue-transfer-anyone")/>
            <TextArea id="transfer-note" label=t("queue-transfer-note") name="note" max_length=MAX_NOTE rows=2/>
            <button type="submit" class="button">{t("queue-transfer")}</button>
        </form>
    }
}

#[component]
fn WaitingTable(rows: Vec<QueueRow>, now: DateTime<Utc>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p>{t("queue-nobody")}</p> }.into_any();
    }
    view! {
        <table class="queue-table">
            <thead>
                <tr>
                    <th scope="col">{t("queue-ticket")}</th>
                    <th scope="col">{t("booking-label-motif")}</th>
                    <th scope="col">{t("queue-language")}</th>
                    <th scope="col">{t("queue-waited")}</th>
                    <th scope="col">{t("queue-queue")}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|r| {
                    let waited = t_with("queue-minutes", &args([("count", minutes_since(r.arrival_at, now).into())]));
                    let mut notes: Vec<String> = Vec::new();
                    if let Some(p) = priority_text(r.priority) { notes.push(p); }
                    if let Some(at) = r.appointment_at { notes.push(t_with("queue-appointment-at", &args([("time", clock(at).into())]))); }
                    if let Some(a) = &r.for_agent { notes.push(t_with("queue-for-agent", &args([("name", a.clone().into())]))); }
                    let queue = if r.queue.is_empty() { t("queue-common") } else { r.queue.clone() };
                    view! {
                        <tr class=if r.callable { "callable" } else { "other-queue" }>
                            <th scope="row" dir="ltr">{r.code}</th>
                            <td>{r.motif}{(!notes.is_empty()).then(|| view! { <br/><span class="badge">{notes.join(" · ")}</span> })}</td>
                            <td>{language_name(&r.language)}</td>
                            <td>{waited}</td>
                            <td>{queue}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// A ticket for someone at the desk without one, or on the phone.
#[component]
fn IssueTicket(view: DeskView, here: String) -> impl IntoView {
    let priorities: Vec<Choice> = std::iter::once(Priority::None)
        .chain(Priority::DECLARED)
        .map(|p| Choice::new(p.as_str(), t(p.message_id())))
        .collect();
    view! {
        <details class="desk-issue">
            <summary>{t("queue-desk-issue")}</summary>
            <form method="post" action=DeskIssue::PATH class="desk-form">
                <input type="hidden" name="lieu" value=view.site.clone()/>
                <input type="hidden" name="retour" value=here/>
                // The motifs grouped by service, and each language named in itself (`lang`):
                // more than a `Select` of plain choices says.
                <label for="issue-motif">{t("booking-label-motif")}</label>
                <select id="issue-motif" name="motif" required>
                    <option value="">{t("queue-choose")}</option>
                    {view.motifs.iter().map(|(service, motifs)| view! {
                        <optgroup label=service.clone()>{options(motifs, None)}</optgroup>
                    }).collect_view()}
                </select>
                <Select id="issue-priority" label=t("queue-priority") name="priorite" choices=priorities/>
                <label for="issue-language">{t("queue-language")}</label>
                <select id="issue-language" name="langue">
                    {Locale::ALL.into_iter().map(|l| view! { <option value=l.code() lang=l.code()>{l.native_name()}</option> }).collect_view()}
                </select>
                <button type="submit" class="button">{t("queue-desk-issue")}</button>
            </form>
        </details>
    }
}
