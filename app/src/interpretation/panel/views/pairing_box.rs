//! The pairing on the counsellor's panel: "Associer un écran", then the code to type on
//! the resident's screen, whether a screen has joined, the resident's last tap in French,
//! and "Terminer l'échange". With JavaScript, taps and joins arrive live.

use crate::i18n::{args, t, t_with};
use crate::interpretation::model::Pair;
use crate::interpretation::pairing::model::{AGENT_STREAM, PairingView, SCREEN_PATH};
use crate::interpretation::pairing::{PairingEnd, PairingSend, PairingStart};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// A form posting only the panel's address back, to `action`.
#[component]
fn PanelAction(
    action: &'static str,
    back: String,
    label: &'static str,
    #[prop(optional)] primary: bool,
) -> impl IntoView {
    view! {
        <form method="post" action=action class="inline-form">
            <input type="hidden" name="retour" value=back/>
            <button type="submit" class=if primary { "button primary" } else { "button" }>{t(label)}</button>
        </form>
    }
}

/// "Envoyer à l'écran de l'usager", beside "Montrer à l'usager" when a screen is paired.
#[component]
pub fn SendToScreen(back: String) -> impl IntoView {
    view! { <PanelAction action=PairingSend::PATH back label="pairing-send" primary=true/> }
}

/// "Associer un écran", or the screen paired with this panel.
#[component]
pub fn PairingBox(pairing: Option<PairingView>, back: String) -> impl IntoView {
    view! {
        <section class="panel-pairing" aria-labelledby="panel-pairing-title">
            <h2 id="panel-pairing-title">{t("pairing-title")}</h2>
            {match pairing {
                None => view! {
                    <p>{t("pairing-intro")}</p>
                    <PanelAction action=PairingStart::PATH back label="pairing-start"/>
                }.into_any(),
                Some(p) => view! { <Paired pairing=p back/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Paired(pairing: PairingView, back: String) -> impl IntoView {
    let answered = RwSignal::new(pairing.answered.clone());
    let joined = RwSignal::new(pairing.joined);
    #[cfg(feature = "hydrate")]
    {
        use crate::interpretation::live::model::Message;
        let code = pairing.code.clone();
        crate::components::live_stream::open(
            AGENT_STREAM.to_owned(),
            move |text| match serde_json::from_str::<Message>(&text) {
                Ok(Message::Answer { code: c, answer }) if c == code => answered.set(Some(answer)),
                Ok(Message::Joined { code: c }) if c == code => joined.set(true),
                _ => {}
            },
            || {},
        );
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = AGENT_STREAM;
    view! {
        <p class="pairing-code-line">
            {t("pairing-code")}" "
            <strong class="pairing-code" dir="ltr">{pairing.spaced.clone()}</strong>
        </p>
        <p class="hint">{t_with("pairing-how", &args([("address", SCREEN_PATH.into())]))}</p>
        <p class="pairing-joined" role="status">{move || joined.get().then(|| t("pairing-joined"))}</p>
        <div aria-live="polite">
            {move || answered.get().map(|a: Pair| view! {
                <p class="notice ok answered screen-answered">
                    {t("pairing-resident-tapped")}" "<strong lang="fr">{a.fr}</strong>
                </p>
            })}
        </div>
        <PanelAction action=PairingEnd::PATH back label="pairing-end"/>
    }
}
