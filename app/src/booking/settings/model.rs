//! The booking settings a town changes at run time: what they are, their bounds (the same
//! as the environment's, which the server's config reads from here), how a typed value is
//! checked, and what the page shows and posts.

use crate::components::url::escape;
use crate::staff::model::Me;
use serde::{Deserialize, Serialize};

/// `/agent/admin/reglages`
pub const PAGE: &str = "/agent/admin/reglages";
/// The queue's own settings page, which this one links to.
pub const QUEUE_PAGE: &str = "/agent/admin/file";

/// Longest online-change deadline: 30 days.
pub const MAX_CANCEL_DEADLINE_HOURS: u32 = 24 * 30;
/// Longest waitlist hold: a day.
pub const MAX_WAITLIST_HOLD_MINUTES: u32 = 24 * 60;
/// Earliest first reminder: two weeks before.
pub const MAX_REMINDER_DAYS: u32 = 14;

/// The changeable booking rules, in the whole units administrators type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    pub cancel_deadline_hours: u32,
    pub waitlist_hold_minutes: u32,
    /// 0: no reminder days before.
    pub reminder_days: u32,
    pub morning_reminder: bool,
}

/// One setting of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Setting {
    CancelDeadline,
    WaitlistHold,
    ReminderDays,
    MorningReminder,
}

impl Setting {
    pub const ALL: [Setting; 4] = [
        Setting::CancelDeadline,
        Setting::WaitlistHold,
        Setting::ReminderDays,
        Setting::MorningReminder,
    ];

    /// Its key in the `setting` table.
    pub fn key(self) -> &'static str {
        match self {
            Setting::CancelDeadline => "booking.cancel_deadline_hours",
            Setting::WaitlistHold => "booking.waitlist_hold_minutes",
            Setting::ReminderDays => "booking.reminder_days",
            Setting::MorningReminder => "booking.morning_reminder",
        }
    }

    /// Its name in forms and addresses (and the anchor of its form on the page).
    pub fn slug(self) -> &'static str {
        match self {
            Setting::CancelDeadline => "delai-modification",
            Setting::WaitlistHold => "garde-liste-attente",
            Setting::ReminderDays => "rappel-jours",
            Setting::MorningReminder => "rappel-matin",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn from_key(key: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The environment variable that gives its default.
    pub fn env(self) -> &'static str {
        match self {
            Setting::CancelDeadline => "GUICHET_CANCEL_DEADLINE_HOURS",
            Setting::WaitlistHold => "GUICHET_WAITLIST_HOLD_MINUTES",
            Setting::ReminderDays => "GUICHET_REMINDER_DAYS",
            Setting::MorningReminder => "GUICHET_MORNING_REMINDER",
        }
    }

    /// The largest number allowed; `None` for the yes/no one.
    pub fn max(self) -> Option<u32> {
        match self {
            Setting::CancelDeadline => Some(MAX_CANCEL_DEADLINE_HOURS),
            Setting::WaitlistHold => Some(MAX_WAITLIST_HOLD_MINUTES),
            Setting::ReminderDays => Some(MAX_REMINDER_DAYS),
            Setting::MorningReminder => None,
        }
    }

    /// Fluent id of its label; `-hint` and the error id follow from it.
    pub fn message_id(self) -> &'static str {
        match self {
            Setting::CancelDeadline => "settings-cancel-deadline",
            Setting::WaitlistHold => "settings-waitlist-hold",
            Setting::ReminderDays => "settings-reminder-days",
            Setting::MorningReminder => "settings-morning-reminder",
        }
    }

    /// Fluent id of the message for a value out of bounds (`Outcome` shows `admin-error-*`).
    pub fn error_id(self) -> &'static str {
        match self {
            Setting::CancelDeadline => "admin-error-settings-cancel-deadline",
            Setting::WaitlistHold => "admin-error-settings-waitlist-hold",
            Setting::ReminderDays => "admin-error-settings-reminder-days",
            Setting::MorningReminder => "admin-error-settings-morning-reminder",
        }
    }

    /// Its value in `rules`, as stored and shown in the form.
    pub fn value(self, rules: &Rules) -> String {
        match self {
            Setting::CancelDeadline => rules.cancel_deadline_hours.to_string(),
            Setting::WaitlistHold => rules.waitlist_hold_minutes.to_string(),
            Setting::ReminderDays => rules.reminder_days.to_string(),
            Setting::MorningReminder => rules.morning_reminder.to_string(),
        }
    }

    /// What an administrator typed, checked against the same bounds as the environment:
    /// the value to store, or the message id of the problem.
    pub fn parse(self, typed: &str) -> Result<String, &'static str> {
        let typed = typed.trim();
        match self.max() {
            Some(max) => typed
                .parse::<u32>()
                .ok()
                .filter(|n| *n <= max)
                .map(|n| n.to_string())
                .ok_or(self.error_id()),
            None => match typed {
                "true" | "false" => Ok(typed.to_owned()),
                _ => Err(self.error_id()),
            },
        }
    }

    /// `rules` with this setting set to a value [`Setting::parse`] accepted; `None` for a
    /// value it would refuse (a row edited by hand is ignored, not obeyed).
    pub fn apply(self, rules: Rules, stored: &str) -> Option<Rules> {
        let value = self.parse(stored).ok()?;
        let number = || value.parse::<u32>().ok();
        Some(match self {
            Setting::CancelDeadline => Rules {
                cancel_deadline_hours: number()?,
                ..rules
            },
            Setting::WaitlistHold => Rules {
                waitlist_hold_minutes: number()?,
                ..rules
            },
            Setting::ReminderDays => Rules {
                reminder_days: number()?,
                ..rules
            },
            Setting::MorningReminder => Rules {
                morning_reminder: value == "true",
                ..rules
            },
        })
    }
}

/// The rules in force: the defaults, with each stored `(key, value)` that is valid on top.
pub fn with_saved<'a>(
    defaults: Rules,
    saved: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Rules {
    saved.into_iter().fold(defaults, |rules, (key, value)| {
        Setting::from_key(key)
            .and_then(|s| s.apply(rules, value))
            .unwrap_or(rules)
    })
}

/// One setting as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SettingRow {
    pub setting: Setting,
    /// The value in force.
    pub value: String,
    /// The environment's default.
    pub default: String,
    /// Whether an administrator saved the value in force (else it is the default).
    pub saved: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BookingSettingsView {
    pub me: Me,
    pub rows: Vec<SettingRow>,
}

/// One setting's form: which setting, and the value typed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SettingForm {
    #[serde(rename = "reglage")]
    pub setting: String,
    #[serde(default, rename = "valeur")]
    pub value: String,
}

/// "Back to the environment's default" for one setting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResetForm {
    #[serde(rename = "reglage")]
    pub setting: String,
}

/// Back to the setting's form on the page, saved.
pub fn saved(setting: &str) -> String {
    format!("{PAGE}?enregistre=1#{}", escape(setting))
}

/// Back to the setting's form on the page with the reason it was not saved and the value
/// as typed, so that nothing typed is lost.
pub fn refused(setting: &str, typed: &str, error: &str) -> String {
    format!(
        "{PAGE}?erreur={error}&reglage={}&valeur={}#{}",
        escape(setting),
        escape(typed),
        escape(setting)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> Rules {
        Rules {
            cancel_deadline_hours: 2,
            waitlist_hold_minutes: 30,
            reminder_days: 2,
            morning_reminder: true,
        }
    }

    #[test]
    fn values_within_the_environments_bounds_are_accepted() {
        assert_eq!(Setting::WaitlistHold.parse(" 45 "), Ok("45".into()));
        assert_eq!(Setting::WaitlistHold.parse("1440"), Ok("1440".into()));
        assert_eq!(Setting::CancelDeadline.parse("0"), Ok("0".into()));
        assert_eq!(Setting::ReminderDays.parse("14"), Ok("14".into()));
        assert_eq!(Setting::MorningReminder.parse("false"), Ok("false".into()));
    }

    #[test]
    fn values_out_of_bounds_or_not_numbers_are_refused_with_their_message() {
        let hold = Err("admin-error-settings-waitlist-hold");
        assert_eq!(Setting::WaitlistHold.parse("1441"), hold);
        assert_eq!(Setting::WaitlistHold.parse("-5"), hold);
        assert_eq!(Setting::WaitlistHold.parse("1.5"), hold);
        assert_eq!(Setting::WaitlistHold.parse(""), hold);
        assert_eq!(
            Setting::CancelDeadline.parse("721"),
            Err("admin-error-settings-cancel-deadline")
        );
        assert_eq!(
            Setting::ReminderDays.parse("15"),
            Err("admin-error-settings-reminder-days")
        );
        assert_eq!(
            Setting::MorningReminder.parse("oui"),
            Err("admin-error-settings-morning-reminder")
        );
    }

    #[test]
    fn saved_values_win_over_the_defaults_and_bad_rows_are_ignored() {
        let rules = with_saved(
            defaults(),
            [
                ("booking.waitlist_hold_minutes", "45"),
                ("booking.morning_reminder", "false"),
                ("booking.reminder_days", "99"),
                ("queue.site.1", "{}"),
            ],
        );
        assert_eq!(
            rules,
            Rules {
                waitlist_hold_minutes: 45,
                morning_reminder: false,
                ..defaults()
            }
        );
    }

    #[test]
    fn every_setting_round_trips_through_its_names_and_value() {
        for s in Setting::ALL {
            assert_eq!(Setting::from_slug(s.slug()), Some(s));
            assert_eq!(Setting::from_key(s.key()), Some(s));
            assert_eq!(s.apply(defaults(), &s.value(&defaults())), Some(defaults()));
        }
    }

    #[test]
    fn every_settings_text_exists_in_french() {
        use crate::i18n::{Locale, args, text_with};
        let max = args([("max", 14.into())]);
        for s in Setting::ALL {
            for id in [
                s.message_id().to_owned(),
                format!("{}-hint", s.message_id()),
                s.error_id().to_owned(),
            ] {
                // A missing message renders as (something with) its id.
                assert!(!text_with(Locale::Fr, &id, &max).contains(&id), "{id}");
            }
        }
    }

    #[test]
    fn a_refused_value_goes_back_with_what_was_typed() {
        assert_eq!(
            refused(
                "garde-liste-attente",
                "90 min",
                "admin-error-settings-waitlist-hold"
            ),
            "/agent/admin/reglages?erreur=admin-error-settings-waitlist-hold\
             &reglage=garde-liste-attente&valeur=90%20min#garde-liste-attente"
        );
    }
}
