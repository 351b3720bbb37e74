//! What a kiosk or a waiting-room screen shows until it is enrolled: the code field that
//! makes this browser the site's device of that kind. A plain form, so it works without
//! JavaScript; the page shows itself again once the code is taken.

use super::EnrolDevice;
use super::devices::DeviceKind;
use super::model::{DevicePrompt, ERROR_CODE};
use crate::components::PublicLayout;
use crate::components::fields::Field;
use crate::i18n::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The enrolment prompt of `prompt`'s kiosk or screen; `error`: a `devices-error-…` id from
/// the address (a code that enrolled nothing, a ticket refused to a browser that is no
/// kiosk).
#[component]
pub fn DevicePromptView(prompt: DevicePrompt, error: Option<String>) -> impl IntoView {
    let title = match prompt.kind {
        DeviceKind::Screen => "devices-enrol-screen-title",
        _ => "devices-enrol-kiosk-title",
    };
    let error = error.filter(|e| e.starts_with("devices-error-"));
    let code_error = error.as_deref() == Some(ERROR_CODE);
    let notice = error.filter(|_| !code_error);
    view! {
        <PublicLayout>
            <h1>{t(title)}" — "<bdi lang="fr">{prompt.site_name}</bdi></h1>
            <p>{t("devices-enrol-intro")}</p>
            {notice.map(|e| view! { <p class="notice error" role="alert">{t(&e)}</p> })}
            <form method="post" action=EnrolDevice::PATH class="pin-form">
                <input type="hidden" name="type" value=prompt.kind.slug()/>
                <input type="hidden" name="lieu" value=prompt.site/>
                <Field id="code" name="code" label=t("devices-enrol-code-label") required=true
                    autocomplete="off" code=true error=code_error.then(|| t(ERROR_CODE))/>
                <button type="submit" class="button primary">{t("devices-enrol-submit")}</button>
            </form>
        </PublicLayout>
    }
}
