//! The panel's address and what its page receives. Everything the panel shows travels in
//! its query string ([`PanelParams`]), so it works as plain links and forms, and a phrase
//! can be shown again by its address; the forms posted from the panel send that address
//! back (`retour`) and go back to it.

use crate::components::fields::Choice;
use crate::components::url::escape;
use crate::i18n::Locale;
use crate::interpretation::catalogue::Var;
use crate::interpretation::filled::{FilledForm, Gender};
use crate::interpretation::interpreters::model::MyRequest;
use crate::interpretation::model::{Pair, resident_language};
use crate::interpretation::pairing::model::PairingView;
use crate::staff::Me;
use serde::{Deserialize, Serialize};

/// `/agent/interpretation`
pub const PATH: &str = "/agent/interpretation";

/// The panel's query string.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PanelParams {
    /// The resident's language.
    pub langue: Option<String>,
    /// Filters the language list, by French name or own name.
    pub trouver: Option<String>,
    pub situation: Option<String>,
    /// A search in French among the phrases.
    pub q: Option<String>,
    pub phrase: Option<String>,
    /// Fills `$documents` with a motif's list.
    pub motif: Option<String>,
    /// The resident's last answer (its id), whose French meaning the counsellor reads.
    pub reponse: Option<String>,
    /// `default`: a form-encoded call leaves out a struct whose fields are all empty.
    #[serde(default)]
    pub values: FilledForm,
}

impl PanelParams {
    pub fn from_query(q: &leptos_router::params::ParamsMap) -> PanelParams {
        PanelParams::read(|k| q.get(k))
    }

    /// The parameters of a panel address (`/agent/interpretation?langue=uk&…`), as the
    /// actions posted from the panel send it back.
    #[cfg(feature = "ssr")]
    pub fn from_href(href: &str) -> PanelParams {
        let query = href.split_once('?').map(|(_, q)| q).unwrap_or("");
        let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
        PanelParams::read(|k| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()))
    }

    fn read(get: impl Fn(&str) -> Option<String>) -> PanelParams {
        PanelParams {
            langue: get("langue"),
            trouver: get("trouver"),
            situation: get("situation"),
            q: get("q"),
            phrase: get("phrase"),
            motif: get("motif"),
            reponse: get("reponse"),
            values: FilledForm {
                date: get("date"),
                heure: get("heure"),
                lieu: get("lieu"),
                guichet: get("guichet"),
                service: get("service"),
                montant: get("montant"),
                pieces: get("pieces"),
                nombre: get("nombre"),
                jours: get("jours"),
                genre: get("genre"),
            },
        }
    }

    /// The resident's language, when one is chosen.
    pub fn language(&self) -> Option<Locale> {
        self.langue.as_deref().and_then(resident_language)
    }

    /// The panel's address with these parameters (empty ones left out).
    pub fn href(&self) -> String {
        let v = &self.values;
        let pairs = [
            ("langue", &self.langue),
            ("situation", &self.situation),
            ("q", &self.q),
            ("phrase", &self.phrase),
            ("motif", &self.motif),
            ("reponse", &self.reponse),
            ("date", &v.date),
            ("heure", &v.heure),
            ("lieu", &v.lieu),
            ("guichet", &v.guichet),
            ("service", &v.service),
            ("montant", &v.montant),
            ("pieces", &v.pieces),
            ("nombre", &v.nombre),
            ("jours", &v.jours),
            ("genre", &v.genre),
        ];
        let query: Vec<String> = pairs
            .iter()
            .filter_map(|(k, v)| {
                v.as_deref()
                    .filter(|s| !s.is_empty())
                    .map(|s| format!("{k}={}", escape(s)))
            })
            .collect();
        if query.is_empty() {
            PATH.to_owned()
        } else {
            format!("{PATH}?{}", query.join("&"))
        }
    }

    /// The address of these parameters once `change`d.
    pub fn with(&self, change: impl FnOnce(&mut PanelParams)) -> String {
        let mut p = self.clone();
        change(&mut p);
        p.href()
    }
}

/// A form posted from the panel (its buttons): the panel's address, to go back to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FromPanel {
    #[serde(rename = "retour")]
    pub address: String,
}

impl FromPanel {
    /// The panel's address sent back, if it is one: never another page.
    pub fn back(&self) -> String {
        crate::components::back::within(&self.address, PATH)
    }

    /// The resident's language of the panel the form was posted from.
    #[cfg(feature = "ssr")]
    pub fn language(&self) -> Option<Locale> {
        PanelParams::from_href(&self.back()).language()
    }
}

/// `url` with `avis=<id>`: a notice the panel shows once.
pub fn with_notice(url: &str, id: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}avis={id}")
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LanguageChoice {
    pub code: String,
    /// In the page's language ("arabe").
    pub name: String,
    /// In itself ("العربية").
    pub native: String,
    pub rtl: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SituationLink {
    pub slug: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Chosen {
    pub pair: Pair,
    pub vars: Vec<Var>,
    /// Fields whose value could not be read, with the message id saying so.
    pub problems: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PanelView {
    pub me: Me,
    pub languages: Vec<LanguageChoice>,
    pub language: Option<LanguageChoice>,
    pub situations: Vec<SituationLink>,
    pub situation: Option<String>,
    /// The situation's phrases, or the search's.
    pub phrases: Vec<Pair>,
    pub chosen: Option<Chosen>,
    /// Every situation's answers, then the situation's own.
    pub answers: Vec<Pair>,
    pub answered: Option<Pair>,
    pub motifs: Vec<Choice>,
    pub services: Vec<Choice>,
    pub gender: Gender,
    /// The resident's screen paired with this agent's panel.
    pub pairing: Option<PairingView>,
    /// The agent's request for an interpreter of the chosen language, today.
    pub interpreter_request: Option<MyRequest>,
}
