//! What the survey pages show and what their forms post.

use crate::staff::Me;
use serde::{Deserialize, Serialize};

/// The resident's survey page, under which each survey has its token.
pub const PUBLIC_PATH: &str = "/avis";
/// The supervisors' campaigns page, in the quality section.
pub const STAFF_PATH: &str = "/agent/pilotage/enquetes";
/// The free comment, in characters.
pub const MAX_COMMENT: usize = 1_000;
/// A campaign's name, in characters (the column holds 120).
pub const MAX_NAME: usize = 120;

/// `/avis/<token>`
pub fn survey_path(token: &str) -> String {
    format!("{PUBLIC_PATH}/{}", url_safe(token))
}

/// Tokens are hex digits (a survey's) or letters, digits and dashes (a ticket's): anything
/// else never reaches a link or a redirect.
pub fn url_safe(token: &str) -> String {
    token
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(128)
        .collect()
}

/// The three smileys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Score {
    Unhappy,
    Neutral,
    Happy,
}

impl Score {
    pub const ALL: [Score; 3] = [Score::Unhappy, Score::Neutral, Score::Happy];

    /// As stored: 1 unhappy, 2 neutral, 3 happy.
    pub fn value(self) -> i16 {
        match self {
            Score::Unhappy => 1,
            Score::Neutral => 2,
            Score::Happy => 3,
        }
    }

    pub fn from_value(value: i16) -> Option<Score> {
        Score::ALL.into_iter().find(|s| s.value() == value)
    }

    /// The value a button posts (`1`, `2`, `3`); anything else is no score.
    pub fn parse(posted: &str) -> Option<Score> {
        posted
            .trim()
            .parse::<i16>()
            .ok()
            .and_then(Score::from_value)
    }

    /// The button's accessible name on the survey page.
    pub fn message_id(self) -> &'static str {
        match self {
            Score::Unhappy => "surveys-score-unhappy",
            Score::Neutral => "surveys-score-neutral",
            Score::Happy => "surveys-score-happy",
        }
    }
}

/// The optional question "was the answer clear?".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Clarity {
    Yes,
    Partly,
    No,
}

impl Clarity {
    pub const ALL: [Clarity; 3] = [Clarity::Yes, Clarity::Partly, Clarity::No];

    /// As stored: 1 yes, 2 partly, 3 no.
    pub fn value(self) -> i16 {
        match self {
            Clarity::Yes => 1,
            Clarity::Partly => 2,
            Clarity::No => 3,
        }
    }

    pub fn from_value(value: i16) -> Option<Clarity> {
        Clarity::ALL.into_iter().find(|c| c.value() == value)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Clarity::Yes => "surveys-clear-yes",
            Clarity::Partly => "surveys-clear-partly",
            Clarity::No => "surveys-clear-no",
        }
    }
}

/// The optional question "before coming, did you try…": what is stored, the check box's
/// name in the form, and its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TriedChannel {
    Web,
    Phone,
    Email,
    Letter,
    Nothing,
}

impl TriedChannel {
    pub const ALL: [TriedChannel; 5] = [
        TriedChannel::Web,
        TriedChannel::Phone,
        TriedChannel::Email,
        TriedChannel::Letter,
        TriedChannel::Nothing,
    ];

    /// As stored in `channels_tried` (comma-separated).
    pub fn as_str(self) -> &'static str {
        match self {
            TriedChannel::Web => "web",
            TriedChannel::Phone => "phone",
            TriedChannel::Email => "email",
            TriedChannel::Letter => "letter",
            TriedChannel::Nothing => "none",
        }
    }

    pub fn parse(stored: &str) -> Option<TriedChannel> {
        TriedChannel::ALL
            .into_iter()
            .find(|c| c.as_str() == stored.trim())
    }

    /// The check box's name in the form.
    pub fn field(self) -> &'static str {
        match self {
            TriedChannel::Web => "essaye-site",
            TriedChannel::Phone => "essaye-telephone",
            TriedChannel::Email => "essaye-courriel",
            TriedChannel::Letter => "essaye-courrier",
            TriedChannel::Nothing => "essaye-aucun",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            TriedChannel::Web => "surveys-tried-web",
            TriedChannel::Phone => "surveys-tried-phone",
            TriedChannel::Email => "surveys-tried-email",
            TriedChannel::Letter => "surveys-tried-letter",
            TriedChannel::Nothing => "surveys-tried-nothing",
        }
    }
}

/// What the survey is about, for its question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum About {
    /// A visit at the desk (from a ticket or an appointment).
    Visit,
    /// The reply to a request.
    Reply,
}

/// One survey as its resident sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyView {
    pub token: String,
    /// The survey's language (the resident's); the page's unless `?lang=` says otherwise.
    pub language: String,
    pub about: About,
    pub site: Option<String>,
    pub score: Option<Score>,
    pub clarity: Option<Clarity>,
    pub tried: Vec<TriedChannel>,
    pub comment: String,
    /// False once the first answer is more than 24 hours old: it stays as it was.
    pub can_change: bool,
    /// Asked by text or e-mail: the resident can ask never to be asked again.
    pub can_opt_out: bool,
}

/// A tap on a smiley.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerForm {
    #[serde(default, rename = "jeton")]
    pub token: String,
    /// `1`, `2` or `3` ([`Score::value`]); checked by the store, which says what is wrong.
    #[serde(default, rename = "note")]
    pub score: String,
    /// The page's language, kept through the redirect.
    #[serde(default)]
    pub lang: String,
}

/// The optional questions and the comment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpForm {
    #[serde(default, rename = "jeton")]
    pub token: String,
    /// `1`, `2`, `3` ([`Clarity::value`]) or empty.
    #[serde(default, rename = "clarte")]
    pub clarity: String,
    #[serde(
        default,
        rename = "essaye-site",
        deserialize_with = "crate::forms::checked"
    )]
    pub tried_web: bool,
    #[serde(
        default,
        rename = "essaye-telephone",
        deserialize_with = "crate::forms::checked"
    )]
    pub tried_phone: bool,
    #[serde(
        default,
        rename = "essaye-courriel",
        deserialize_with = "crate::forms::checked"
    )]
    pub tried_email: bool,
    #[serde(
        default,
        rename = "essaye-courrier",
        deserialize_with = "crate::forms::checked"
    )]
    pub tried_letter: bool,
    #[serde(
        default,
        rename = "essaye-aucun",
        deserialize_with = "crate::forms::checked"
    )]
    pub tried_nothing: bool,
    #[serde(default, rename = "commentaire")]
    pub comment: String,
    #[serde(default)]
    pub lang: String,
}

impl FollowUpForm {
    /// The channels ticked; "nothing" only when nothing else is.
    pub fn tried(&self) -> Vec<TriedChannel> {
        let ticked = [
            (TriedChannel::Web, self.tried_web),
            (TriedChannel::Phone, self.tried_phone),
            (TriedChannel::Email, self.tried_email),
            (TriedChannel::Letter, self.tried_letter),
        ];
        let tried: Vec<TriedChannel> = ticked
            .into_iter()
            .filter(|(_, on)| *on)
            .map(|(c, _)| c)
            .collect();
        if tried.is_empty() && self.tried_nothing {
            vec![TriedChannel::Nothing]
        } else {
            tried
        }
    }
}

/// "Never ask me again", confirmed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptOutForm {
    #[serde(default, rename = "jeton")]
    pub token: String,
    #[serde(default)]
    pub lang: String,
}

/// A smiley tapped on the kiosk's home screen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KioskAnswerForm {
    #[serde(default, rename = "lieu")]
    pub site: String,
    #[serde(default, rename = "note")]
    pub score: String,
    #[serde(default)]
    pub lang: String,
}

/// Opening a campaign: its name and its last day (`AAAA-MM-JJ`, from a date input).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignForm {
    #[serde(default, rename = "nom")]
    pub name: String,
    #[serde(default, rename = "fin")]
    pub closes_on: String,
}

/// One campaign in the list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignRow {
    pub id: i32,
    pub name: String,
    pub opened_on: String,
    pub opened_by: Option<String>,
    pub closes_on: String,
    /// When it was closed by hand, and by whom.
    pub closed_on: Option<String>,
    pub closed_by: Option<String>,
    /// Running now (not closed, its last day not past).
    pub open: bool,
    /// Surveys answered (a smiley tapped).
    pub answers: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignsView {
    pub me: Me,
    pub rows: Vec<CampaignRow>,
    /// The campaign running now, if any.
    pub open: Option<i32>,
    /// Today in Paris, `AAAA-MM-JJ`: the earliest last day a new campaign may have.
    pub today: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_come_only_from_the_three_buttons() {
        assert_eq!(Score::parse("1"), Some(Score::Unhappy));
        assert_eq!(Score::parse(" 3 "), Some(Score::Happy));
        for bad in ["", "0", "4", "-1", "deux", "2.5"] {
            assert_eq!(Score::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn nothing_tried_only_when_nothing_else_is_ticked() {
        let mut form = FollowUpForm {
            tried_nothing: true,
            ..Default::default()
        };
        assert_eq!(form.tried(), vec![TriedChannel::Nothing]);
        form.tried_phone = true;
        form.tried_web = true;
        assert_eq!(form.tried(), vec![TriedChannel::Web, TriedChannel::Phone]);
    }

    #[test]
    fn links_carry_only_safe_characters() {
        assert_eq!(survey_path("ab-12"), "/avis/ab-12");
        assert_eq!(survey_path("a/b?c=d"), "/avis/abcd");
    }
}
