//! What the queue settings page shows and posts: each site's settings, and the form of one
//! site, checked here before anything is saved.

use crate::queue::model::QueueSettings;
use crate::queue::order::Weights;
use crate::staff::model::Me;
use serde::{Deserialize, Serialize};

/// The page, where every form goes back to.
pub const PAGE: &str = "/agent/admin/file";

/// One site's settings as the page shows them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteSettings {
    pub slug: String,
    pub name: String,
    pub tickets_from_home: bool,
    pub settings: QueueSettings,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueueAdminView {
    pub me: Me,
    pub sites: Vec<SiteSettings>,
}

/// One site's form: the head starts (minutes) and the calls before "absent", as typed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SettingsForm {
    #[serde(rename = "lieu")]
    pub site: String,
    #[serde(default, deserialize_with = "crate::forms::checked")]
    pub from_home: bool,
    pub disability: String,
    pub pregnancy: String,
    pub elderly: String,
    pub young_child: String,
    pub max_calls: String,
}

impl SettingsForm {
    /// The settings typed, or the message id of the problem.
    pub fn settings(&self) -> Result<QueueSettings, &'static str> {
        parse_form(
            [
                &self.disability,
                &self.pregnancy,
                &self.elderly,
                &self.young_child,
            ],
            &self.max_calls,
        )
    }

    /// Back to this site's form on the page, saved.
    pub fn saved(&self) -> String {
        format!("{PAGE}?enregistre=1#{}", self.site)
    }

    /// Back to this site's form on the page, with the reason it was not saved.
    pub fn refused(&self, error: &str) -> String {
        format!("{PAGE}?erreur={error}#{}", self.site)
    }
}

/// What an administrator typed, checked: the settings, or the message id of the problem.
pub fn parse_form(weights: [&str; 4], max_calls: &str) -> Result<QueueSettings, &'static str> {
    let minutes = |s: &str| {
        s.trim()
            .parse::<u16>()
            .ok()
            .filter(|m| *m <= Weights::MAX_MINUTES)
            .ok_or("admin-error-queue-weight")
    };
    let weights = Weights {
        disability: minutes(weights[0])?,
        pregnancy: minutes(weights[1])?,
        elderly: minutes(weights[2])?,
        young_child: minutes(weights[3])?,
    };
    let max_calls = max_calls
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|n| QueueSettings::MAX_CALLS_RANGE.contains(n))
        .ok_or("admin-error-queue-calls")?;
    Ok(QueueSettings { weights, max_calls })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_within_bounds_gives_the_settings() {
        let s = parse_form(["30", "0", " 15 ", "60"], "2").unwrap();
        assert_eq!(
            s.weights,
            Weights {
                disability: 30,
                pregnancy: 0,
                elderly: 15,
                young_child: 60
            }
        );
        assert_eq!(s.max_calls, 2);
    }

    #[test]
    fn out_of_bounds_or_not_a_number_is_refused() {
        assert_eq!(
            parse_form(["61", "0", "0", "0"], "3"),
            Err("admin-error-queue-weight")
        );
        assert_eq!(
            parse_form(["10", "-1", "0", "0"], "3"),
            Err("admin-error-queue-weight")
        );
        assert_eq!(
            parse_form(["10", "1.5", "0", "0"], "3"),
            Err("admin-error-queue-weight")
        );
        assert_eq!(
            parse_form(["10", "10", "10", "10"], "0"),
            Err("admin-error-queue-calls")
        );
        assert_eq!(
            parse_form(["10", "10", "10", "10"], "ten"),
            Err("admin-error-queue-calls")
        );
    }
}
