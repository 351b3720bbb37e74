//! The booking settings page: one card and one form per setting, with the value in force,
//! where it comes from, and the way back to the environment's default.

use super::model::{BookingSettingsView, QUEUE_PAGE, Setting, SettingRow};
use super::{ResetBookingSetting, SaveBookingSetting, booking_settings};
use crate::components::fields::{Choice, Field, Select};
use crate::i18n::{args, t, t_with};
use crate::staff::frame::StaffFrame;
use crate::staff::page::StaffPage;
use crate::staff::roles::StaffSection;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// `/agent/admin/reglages`
#[component]
pub fn BookingSettingsPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| booking_settings());
    view! { <StaffPage title="settings-title" page view=|view| view! { <BookingSettings view/> }/> }
}

/// What the last form left in the address: saved, or which setting was refused, why, and
/// the value as typed.
#[derive(Clone, Default)]
struct Returned {
    saved: bool,
    setting: Option<String>,
    typed: String,
    error: Option<String>,
}

#[component]
fn BookingSettings(view: BookingSettingsView) -> impl IntoView {
    let q = use_query_map().get_untracked();
    let returned = Returned {
        saved: q.get("enregistre").is_some(),
        setting: q.get("reglage"),
        typed: q.get("valeur").unwrap_or_default(),
        // Only this page's own messages: the address is anybody's to write.
        error: q
            .get("erreur")
            .filter(|e| e.starts_with("admin-error-settings-")),
    };
    view! {
        <StaffFrame me=view.me current=Some(StaffSection::Admin)>
            <h1>{t("settings-title")}</h1>
            {returned.saved.then(|| view! { <p class="notice ok" role="status">{t("admin-saved")}</p> })}
            <p>{t("settings-intro")}</p>
            <p><a href=QUEUE_PAGE>{t("settings-queue-link")}</a></p>
            {view.rows.into_iter().map(|row| view! { <SettingCard row returned=returned.clone()/> }).collect_view()}
        </StaffFrame>
    }
}

/// A value as people read it: "yes"/"no" for the morning reminder, the number otherwise.
fn shown(setting: Setting, value: &str) -> String {
    match (setting, value) {
        (Setting::MorningReminder, "true") => t("settings-yes"),
        (Setting::MorningReminder, _) => t("settings-no"),
        _ => value.to_owned(),
    }
}

#[component]
fn SettingCard(row: SettingRow, returned: Returned) -> impl IntoView {
    let s = row.setting;
    let slug = s.slug();
    let id = move |part: &str| format!("{slug}-{part}");
    let refused = returned.setting.as_deref() == Some(slug) && returned.error.is_some();
    let error = refused.then(|| returned.error.as_deref().map(t)).flatten();
    // A refused value comes back as typed; otherwise the form shows the value in force.
    let value = if refused {
        returned.typed.clone()
    } else {
        row.value.clone()
    };
    let origin = if row.saved {
        t("settings-origin-saved")
    } else {
        t_with(
            "settings-origin-default",
            &args([("variable", s.env().into())]),
        )
    };
    let in_force = t_with(
        "settings-in-force",
        &args([("value", shown(s, &row.value).into())]),
    );
    let default = shown(s, &row.default);
    let input = match s.max() {
        Some(max) => view! {
            <Field id=id("value") label=t(s.message_id()) name="valeur" kind="number" required=true
                min="0".to_owned() max=max.to_string() value error
                hint=t_with(&format!("{}-hint", s.message_id()), &args([("max", i64::from(max).into())]))/>
        }
        .into_any(),
        None => view! {
            <Select id=id("value") label=t(s.message_id()) name="valeur" selected=Some(value) error
                choices=vec![Choice::new("true", t("settings-yes")), Choice::new("false", t("settings-no"))]
                hint=t(&format!("{}-hint", s.message_id()))/>
        }
        .into_any(),
    };
    view! {
        <section class="admin-card" id=slug aria-labelledby=id("title")>
            <h2 id=id("title")>{t(s.message_id())}</h2>
            <p>{in_force}" · "{origin}</p>
            <form method="post" action=SaveBookingSetting::PATH>
                <input type="hidden" name="reglage" value=slug/>
                {input}
                <button type="submit" class="button primary">{t("admin-save")}</button>
            </form>
            {row.saved.then(|| view! {
                <form method="post" action=ResetBookingSetting::PATH>
                    <input type="hidden" name="reglage" value=slug/>
                    <button type="submit" class="button">
                        {t_with("settings-reset", &args([("value", default.clone().into())]))}
                    </button>
                </form>
            })}
        </section>
    }
}
