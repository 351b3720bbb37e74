//! "Demander un interprète" on the panel, then who is coming (live) and who is on duty.

use crate::i18n::dates::clock;
use crate::i18n::{args, t, t_with};
use crate::interpretation::interpreters::model::{MyRequest, PATH, STREAM, on_duty_text};
use crate::interpretation::interpreters::{CancelRequest, RequestInterpreter};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// Reloads the panel's data: provided by the panel's page for the parts that follow a live
/// stream.
#[derive(Clone, Copy)]
pub struct PanelReload(#[cfg_attr(not(feature = "hydrate"), allow(dead_code))] pub Callback<()>);

/// On the panel: ask for an interpreter of the panel's language (`code`, named
/// `language`), or see the request.
#[component]
pub fn RequestBox(
    code: String,
    language: String,
    request: Option<MyRequest>,
    back: String,
) -> impl IntoView {
    // While a request is out, its answer ("X arrive") shows without a reload.
    #[cfg(feature = "hydrate")]
    if request.is_some()
        && let Some(PanelReload(reload)) = use_context()
    {
        crate::components::live_stream::open(
            STREAM.to_owned(),
            move |changed| {
                if changed == code {
                    reload.run(());
                }
            },
            || {},
        );
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (code, STREAM);
    view! {
        <section class="panel-interpreter" aria-labelledby="panel-interpreter-title">
            <h2 id="panel-interpreter-title">{t("interpreters-panel-title")}</h2>
            {match request {
                None => view! {
                    <form method="post" action=RequestInterpreter::PATH class="inline-form">
                        <input type="hidden" name="retour" value=back/>
                        <button type="submit" class="button">{t_with("interpreters-ask", &args([("language", language.into())]))}</button>
                    </form>
                }.into_any(),
                Some(r) => {
                    let status = match &r.accepted_by {
                        Some(name) => t_with("interpreters-coming", &args([("name", name.clone().into())])),
                        None => t_with("interpreters-asked-at", &args([("time", clock(r.created_at).into())])),
                    };
                    view! {
                        <p role="status">{status}</p>
                        <p class="muted">{on_duty_text(&r.on_duty)}</p>
                        <form method="post" action=CancelRequest::PATH class="inline-form">
                            <input type="hidden" name="id" value=r.id.to_string()/>
                            <input type="hidden" name="retour" value=back/>
                            <button type="submit" class="button">{t("interpreters-cancel")}</button>
                        </form>
                        <p><a href=PATH>{t("interpreters-title")}</a></p>
                    }.into_any()
                }
            }}
        </section>
    }
}
