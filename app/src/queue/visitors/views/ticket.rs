//! `/ticket/<token>`: a resident's ticket on their phone, from the kiosk's QR code or after
//! taking it from home. The server renders it alone (no wasm: a phone downloads a few KB);
//! with JavaScript a few lines follow the site's live stream and refresh the ticket's card
//! ([`LiveParts`]), and without it a plain reload (a link, and a refresh every 30 seconds)
//! gives the same page.

use super::parts::{VisitorPage, route_param, wait_text};
use crate::components::{LiveParts, PublicLayout};
use crate::i18n::{args, t, t_with, use_locale};
use crate::queue::model::{NEAR_TURN_AHEAD, Status, live_path};
use crate::queue::visitors::model::{TicketView, survey_path, ticket_path};
use crate::queue::visitors::{CancelTicket, load_ticket};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// `/ticket/<token>`
#[component]
pub fn TicketPage() -> impl IntoView {
    let page = Resource::new_blocking(route_param("token"), |token| load_ticket(token, false));
    let ticket = |ticket: TicketView| view! { <Ticket ticket/> };
    view! {
        <PublicLayout>
            <VisitorPage title="queue-ticket-title" page view=ticket/>
        </PublicLayout>
    }
}

#[component]
fn Ticket(ticket: TicketView) -> impl IntoView {
    let locale = use_locale();
    let here = ticket_path(&ticket.token);
    let status_text = match ticket.status {
        Status::Waiting | Status::Transferred => {
            let ahead = ticket.ahead.unwrap_or(0);
            view! {
                <p class="ticket-ahead">{t_with("queue-ahead", &args([("count", ahead.into())]))}</p>
                {ticket.wait.map(|w| view! { <p class="ticket-wait">{wait_text(w)}</p> })}
                {(ahead as usize <= NEAR_TURN_AHEAD).then(|| view! { <p class="notice">{t("queue-come-now")}</p> })}
            }
            .into_any()
        }
        Status::Called | Status::InService | Status::Aside => view! {
            <p class="ticket-called" role="alert">
                {t_with("queue-called-to", &args([("desk", ticket.desk.clone().unwrap_or_default().into())]))}
            </p>
        }
        .into_any(),
        Status::Done => {
            // While a survey campaign runs, the same code leads to the survey (a page the
            // server renders alone: the router must not take the link).
            let survey = ticket.survey_open.then(|| {
                let href = survey_path(&ticket.token);
                view! { <p><a class="button primary" href=href rel="external">{t("queue-survey-link")}</a></p> }
            });
            view! { <p>{t("queue-ticket-done")}</p>{survey} }.into_any()
        }
        Status::NoShow => view! { <p>{t("queue-ticket-no-show")}</p> }.into_any(),
        Status::Cancelled => view! { <p>{t("queue-ticket-cancelled")}</p> }.into_any(),
    };
    let queued = ticket.status.is_queued();
    view! {
        // Without JavaScript the page still follows the queue: it reloads itself.
        <noscript><meta http-equiv="refresh" content="30"/></noscript>
        <h1>{t("queue-ticket-title")}</h1>
        <section class="ticket-card" id="ticket-card" data-live-part="" aria-live="polite">
            <p class="ticket-site"><bdi lang="fr">{ticket.site_name.clone()}</bdi></p>
            <p class="receipt-label">{t("queue-ticket-number")}</p>
            <p class="receipt-number" dir="ltr">{ticket.code.clone()}</p>
            <p>{ticket.motif.clone()}</p>
            {status_text}
            <p class="muted">{t_with("queue-issued-at", &args([("time", crate::i18n::dates::long_date_time(locale, ticket.issued_at).into())]))}</p>
            {ticket.phone.clone().map(|p| view! { <p class="muted">{t("queue-sms-to")}" "<span dir="ltr">{p}</span></p> })}
        </section>
        <p><a class="button" href=here.clone()>{t("queue-refresh")}</a></p>
        <div id="ticket-actions" data-live-part="">
        {queued.then(|| view! {
            <form method="post" action=CancelTicket::PATH class="cancel-ticket">
                <input type="hidden" name="token" value=ticket.token.clone()/>
                <button type="submit" class="button danger">{t("queue-cancel-ticket")}</button>
            </form>
        })}
        </div>
        <LiveParts stream=live_path(&ticket.site)/>
    }
}
