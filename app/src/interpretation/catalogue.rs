//! The phrasebook as data: its situations, the phrases of each with the variables they
//! need, and the resident's answers, read from a language's `phrasebook.ftl`. Message ids
//! carry the structure (`phrasebook-situation-<slug>`, `phrase-<slug>-<key>`,
//! `answer-<key>` or `answer-<slug>-<key>`), so translators only ever edit texts.
//! Pure: parses the text it is given.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A value a phrase is completed with. The counsellor fills them; the app writes them in
/// the resident's language (a date, an amount, a list) before Fluent places them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Var {
    Date,
    Time,
    Place,
    Desk,
    Service,
    Amount,
    Documents,
    Count,
    Days,
    /// Only chooses a variant: the resident's grammatical gender.
    Gender,
}

impl Var {
    pub const ALL: [Var; 10] = [
        Var::Date,
        Var::Time,
        Var::Place,
        Var::Desk,
        Var::Service,
        Var::Amount,
        Var::Documents,
        Var::Count,
        Var::Days,
        Var::Gender,
    ];

    /// The Fluent variable's name.
    pub const fn name(self) -> &'static str {
        match self {
            Var::Date => "date",
            Var::Time => "time",
            Var::Place => "place",
            Var::Desk => "desk",
            Var::Service => "service",
            Var::Amount => "amount",
            Var::Documents => "documents",
            Var::Count => "count",
            Var::Days => "days",
            Var::Gender => "gender",
        }
    }

    pub fn from_name(name: &str) -> Option<Var> {
        Var::ALL.into_iter().find(|v| v.name() == name)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phrase {
    pub id: String,
    pub vars: BTreeSet<Var>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    pub slug: String,
    pub phrases: Vec<Phrase>,
    /// Answers the resident may need in this situation (`answer-<slug>-<key>`).
    pub answers: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    /// In the file's order.
    pub situations: Vec<Situation>,
    /// Answers for every situation (yes, no, repeat please…).
    pub answers: Vec<String>,
}

/// What is wrong in a phrasebook file, for the tests and the server's start-up check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogueError {
    Syntax(String),
    /// A phrase or answer id that names no declared situation.
    NoSituation(String),
    /// A variable outside [`Var`]: the panel could not fill it.
    UnknownVariable {
        id: String,
        name: String,
    },
}

pub const SITUATION_PREFIX: &str = "phrasebook-situation-";
pub const PHRASE_PREFIX: &str = "phrase-";
pub const ANSWER_PREFIX: &str = "answer-";

impl Catalogue {
    /// Reads a phrasebook; situations come first in the file, or at least before use.
    pub fn parse(source: &str) -> Result<Catalogue, CatalogueError> {
        let resource = fluent_syntax::parser::parse(source)
            .map_err(|(_, errors)| CatalogueError::Syntax(format!("{errors:?}")))?;
        let messages: Vec<_> = resource
            .body
            .iter()
            .filter_map(|e| match e {
                Entry::Message(m) => Some(m),
                _ => None,
            })
            .collect();
        let mut catalogue = Catalogue::default();
        for m in &messages {
            if let Some(slug) = m.id.name.strip_prefix(SITUATION_PREFIX) {
                catalogue.situations.push(Situation {
                    slug: slug.to_owned(),
                    phrases: Vec::new(),
                    answers: Vec::new(),
                });
            }
        }
        for m in &messages {
            let id = m.id.name;
            if let Some(rest) = id.strip_prefix(PHRASE_PREFIX) {
                let mut names = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut names);
                }
                let vars = names
                    .into_iter()
                    .map(|n| {
                        Var::from_name(&n).ok_or_else(|| CatalogueError::UnknownVariable {
                            id: id.to_owned(),
                            name: n,
                        })
                    })
                    .collect::<Result<_, _>>()?;
                let situation = catalogue
                    .situation_of(rest)
                    .ok_or_else(|| CatalogueError::NoSituation(id.to_owned()))?;
                situation.phrases.push(Phrase {
                    id: id.to_owned(),
                    vars,
                });
            } else if let Some(rest) = id.strip_prefix(ANSWER_PREFIX) {
                match catalogue.situation_of(rest) {
                    Some(situation) => situation.answers.push(id.to_owned()),
                    None => catalogue.answers.push(id.to_owned()),
                }
            }
        }
        Ok(catalogue)
    }

    /// The situation whose slug starts `rest` (`civil-status-…`): the longest that fits.
    fn situation_of(&mut self, rest: &str) -> Option<&mut Situation> {
        self.situations
            .iter_mut()
            .filter(|s| {
                rest.strip_prefix(s.slug.as_str())
                    .is_some_and(|r| r.starts_with('-'))
            })
            .max_by_key(|s| s.slug.len())
    }

    pub fn phrase(&self, id: &str) -> Option<&Phrase> {
        self.situations
            .iter()
            .flat_map(|s| &s.phrases)
            .find(|p| p.id == id)
    }

    /// The slug of the situation phrase `id` belongs to.
    pub fn situation_of_phrase(&self, id: &str) -> Option<&str> {
        self.situations
            .iter()
            .find(|s| s.phrases.iter().any(|p| p.id == id))
            .map(|s| s.slug.as_str())
    }

    pub fn situation(&self, slug: &str) -> Option<&Situation> {
        self.situations.iter().find(|s| s.slug == slug)
    }

    /// The answers a resident is offered: every situation's, then those of `situation` (or,
    /// without one, of the situation `phrase` belongs to).
    pub fn answers_for(&self, situation: Option<&str>, phrase: Option<&str>) -> Vec<String> {
        let own = situation
            .or_else(|| phrase.and_then(|id| self.situation_of_phrase(id)))
            .and_then(|s| self.situation(s))
            .map(|s| s.answers.as_slice())
            .unwrap_or_default();
        self.answers.iter().chain(own).cloned().collect()
    }

    pub fn phrase_count(&self) -> usize {
        self.situations.iter().map(|s| s.phrases.len()).sum()
    }
}

/// Every variable a message uses, printed or as a selector.
pub fn pattern_vars(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        Expression::Inline(inline) => inline_vars(inline, out),
    }
}

fn inline_vars(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"
## Accueil
phrasebook-situation-welcome = Accueil
phrasebook-situation-civil-status = État civil
phrasebook-situation-civil = Civil (a shorter slug that must not steal civil-status)

phrase-welcome-hello = Bonjour.
phrase-welcome-ready = { $gender ->
    [female] Êtes-vous prête ?
   *[other] Êtes-vous prêt ?
 }
phrase-civil-status-delay = { $days ->
    [one] Comptez { $days } jour.
   *[other] Comptez { $days } jours.
 }
phrase-civil-status-bring = Apportez : { $documents }, le { $date }.
answer-yes = Oui
answer-civil-status-lost = J'ai perdu mon livret de famille
"#;

    #[test]
    fn situations_phrases_and_answers_come_in_order_with_their_variables() {
        let c = Catalogue::parse(SAMPLE).unwrap();
        let slugs: Vec<_> = c.situations.iter().map(|s| s.slug.as_str()).collect();
        assert_eq!(slugs, ["welcome", "civil-status", "civil"]);
        let civil = c.situation("civil-status").unwrap();
        assert_eq!(
            civil
                .phrases
                .iter()
                .map(|p| p.id.as_str())
                .collect::<Vec<_>>(),
            ["phrase-civil-status-delay", "phrase-civil-status-bring"]
        );
        assert_eq!(civil.answers, ["answer-civil-status-lost"]);
        assert!(c.situation("civil").unwrap().phrases.is_empty());
        assert_eq!(c.answers, ["answer-yes"]);
        assert_eq!(
            c.phrase("phrase-welcome-ready").unwrap().vars,
            BTreeSet::from([Var::Gender])
        );
        assert_eq!(
            c.phrase("phrase-civil-status-bring").unwrap().vars,
            BTreeSet::from([Var::Documents, Var::Date])
        );
        assert_eq!(c.phrase_count(), 4);
    }

    #[test]
    fn a_phrase_without_situation_or_with_an_unknown_variable_is_an_error() {
        let orphan = "phrasebook-situation-welcome = A\nphrase-queue-wait = Attendez.\n";
        assert_eq!(
            Catalogue::parse(orphan),
            Err(CatalogueError::NoSituation("phrase-queue-wait".into()))
        );
        let unknown = "phrasebook-situation-welcome = A\nphrase-welcome-x = { $who }\n";
        assert!(matches!(
            Catalogue::parse(unknown),
            Err(CatalogueError::UnknownVariable { .. })
        ));
        assert!(matches!(
            Catalogue::parse("phrase-welcome-x = { oops"),
            Err(CatalogueError::Syntax(_))
        ));
    }
}
