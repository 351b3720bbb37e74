//! A town's own wording of a message, written like the Fluent messages of `locales/` with
//! the same placeables (`{ $date }`, `{ $link }`…): checked before it is saved, and
//! formatted when a message is sent. Pure: no database, no request.

use crate::i18n::{Args, Locale};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_templates::fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use std::collections::{BTreeSet, HashMap};

/// Every placeable a message may use: what `templates` gives each message.
pub const PLACEABLES: [&str; 9] = [
    "name",
    "date",
    "time",
    "site",
    "address",
    "motif",
    "reference",
    "link",
    "until",
];

/// The placeables a message cannot do without where its default text has them: when
/// (`date`, `time`, and an offer's `until`), which appointment (`reference`: without it a
/// cancellation or a reminder cannot be told from another at the desk or on the phone),
/// and the `link` that manages the appointment or accepts the offer. The name, the site
/// and the address may go (a town with one site may say "at the town hall").
pub const ESSENTIAL: [&str; 5] = ["date", "time", "until", "reference", "link"];

/// Longest SMS override (four segments in the GSM alphabet), e-mail paragraph and subject.
pub const MAX_SMS: usize = 600;
pub const MAX_BODY: usize = 3000;
pub const MAX_SUBJECT: usize = 200;

/// Why a wording is refused; each has its translated message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WordingError {
    Empty,
    TooLong {
        max: usize,
    },
    /// A subject on several lines.
    OneLine,
    /// Not Fluent: the line of the problem (1 for the first).
    Syntax {
        line: usize,
    },
    /// A placeable the message does not have (a typo such as `{ $dat }`, a message or
    /// function reference).
    Unknown {
        name: String,
    },
    /// Placeables the default text has and the message cannot do without.
    Missing {
        names: Vec<String>,
    },
}

impl WordingError {
    /// Fluent id of the message (`admin-error-*`, so the page's outcome may show it).
    pub fn message_id(&self) -> &'static str {
        match self {
            WordingError::Empty => "admin-error-template-empty",
            WordingError::TooLong { .. } => "admin-error-template-too-long",
            WordingError::OneLine => "admin-error-template-one-line",
            WordingError::Syntax { .. } => "admin-error-template-syntax",
            WordingError::Unknown { .. } => "admin-error-template-unknown",
            WordingError::Missing { .. } => "admin-error-template-missing",
        }
    }

    /// What the message names: the line, the placeable(s), the maximum length.
    pub fn detail(&self) -> String {
        match self {
            WordingError::Empty | WordingError::OneLine => String::new(),
            WordingError::TooLong { max } => max.to_string(),
            WordingError::Syntax { line } => line.to_string(),
            WordingError::Unknown { name } => name.clone(),
            WordingError::Missing { names } => names
                .iter()
                .map(|n| format!("{{ ${n} }}"))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// The id the wording gets in the Fluent resource made of it.
const ID: &str = "town-wording";

/// The Fluent resource of `text`: one message whose lines are the text's lines, indented
/// so that no line of the text can start an entry of its own.
fn source(text: &str) -> String {
    let mut out = format!("{ID} =\n");
    for line in text.lines() {
        if !line.trim().is_empty() {
            out.push_str("    ");
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// Normalises what a form posted: browsers send `\r\n`; trailing spaces go.
pub fn normalise(text: &str) -> String {
    text.replace("\r\n", "\n").trim().to_owned()
}

/// The variables `text` uses, or why it is not a wording: a Fluent syntax error, or a
/// reference to something other than a variable.
pub fn placeables(text: &str) -> Result<BTreeSet<String>, WordingError> {
    let src = source(text);
    // The first line of the source is the message's id; an error at the very end (an
    // unclosed brace) is on the text's last line.
    let last = text.lines().count().max(1);
    let line_of = |pos: usize| {
        src[..pos.min(src.len())]
            .matches('\n')
            .count()
            .clamp(1, last)
    };
    let resource =
        fluent_syntax::parser::parse(src.as_str()).map_err(|(_, errors)| WordingError::Syntax {
            line: errors.first().map_or(1, |e| line_of(e.pos.start)),
        })?;
    let mut entries = resource
        .body
        .iter()
        .filter(|e| !matches!(e, Entry::Comment(_)));
    let message = match (entries.next(), entries.next()) {
        (Some(Entry::Message(m)), None) if m.attributes.is_empty() => m,
        // A line such as `.title = …` became an attribute: not a plain text.
        _ => return Err(WordingError::Syntax { line: 1 }),
    };
    let pattern = message.value.as_ref().ok_or(WordingError::Empty)?;
    let mut found = BTreeSet::new();
    walk_pattern(pattern, &mut found)?;
    Ok(found)
}

fn walk_pattern(p: &Pattern<&str>, found: &mut BTreeSet<String>) -> Result<(), WordingError> {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, found)?;
        }
    }
    Ok(())
}

fn walk_expression(e: &Expression<&str>, found: &mut BTreeSet<String>) -> Result<(), WordingError> {
    match e {
        Expression::Inline(inline) => walk_inline(inline, found),
        Expression::Select { selector, variants } => {
            walk_inline(selector, found)?;
            variants
                .iter()
                .try_for_each(|v| walk_pattern(&v.value, found))
        }
    }
}

fn walk_inline(
    e: &InlineExpression<&str>,
    found: &mut BTreeSet<String>,
) -> Result<(), WordingError> {
    match e {
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => Ok(()),
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
            Ok(())
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, found),
        InlineExpression::MessageReference { id, .. } => Err(WordingError::Unknown {
            name: id.name.to_owned(),
        }),
        InlineExpression::TermReference { id, .. } => Err(WordingError::Unknown {
            name: format!("-{}", id.name),
        }),
        InlineExpression::FunctionReference { id, .. } => Err(WordingError::Unknown {
            name: format!("{}()", id.name),
        }),
    }
}

/// Checks a wording typed by an administrator: not empty, not too long, Fluent, only the
/// `allowed` placeables, and every one of `mandatory`.
pub fn check(
    text: &str,
    max: usize,
    allowed: &[&str],
    mandatory: &BTreeSet<String>,
) -> Result<(), WordingError> {
    if text.trim().is_empty() {
        return Err(WordingError::Empty);
    }
    if text.chars().count() > max {
        return Err(WordingError::TooLong { max });
    }
    let used = placeables(text)?;
    if let Some(name) = used.iter().find(|n| !allowed.contains(&n.as_str())) {
        return Err(WordingError::Unknown {
            name: format!("${name}"),
        });
    }
    let names: Vec<String> = mandatory.difference(&used).cloned().collect();
    if names.is_empty() {
        Ok(())
    } else {
        Err(WordingError::Missing { names })
    }
}

/// [`check`] for a subject: one line too.
pub fn check_subject(
    text: &str,
    allowed: &[&str],
    mandatory: &BTreeSet<String>,
) -> Result<(), WordingError> {
    if text.contains('\n') {
        return Err(WordingError::OneLine);
    }
    check(text, MAX_SUBJECT, allowed, mandatory)
}

/// The text of a checked wording with its placeables filled, as the messages of
/// `locales/` are (with Fluent's isolation marks; the caller cleans them as it does
/// there). A wording that no longer parses (edited by hand) gives `None`.
pub fn format(locale: Locale, text: &str, args: &Args) -> Option<String> {
    let resource = FluentResource::try_new(source(text)).ok()?;
    let mut bundle = FluentBundle::new(vec![locale.langid()]);
    bundle.set_use_isolating(true);
    bundle.add_resource(resource).ok()?;
    let pattern = bundle.get_message(ID)?.value()?;
    let fluent_args: FluentArgs = args.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    errors.is_empty().then(|| out.into_owned())
}

/// One override as saved: the SMS, or the e-mail's subject and opening paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wording {
    pub subject: Option<String>,
    pub body: String,
}

/// Every override in force, by kind (`confirmed`…), channel (`sms`, `email`) and language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overrides(HashMap<(String, String, String), Wording>);

impl Overrides {
    pub fn insert(&mut self, kind: &str, channel: &str, language: &str, wording: Wording) {
        self.0.insert(
            (kind.to_owned(), channel.to_owned(), language.to_owned()),
            wording,
        );
    }

    pub fn get(&self, kind: &str, channel: &str, language: &str) -> Option<&Wording> {
        self.0
            .get(&(kind.to_owned(), channel.to_owned(), language.to_owned()))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::args;

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    const SMS: &str = "Mairie : RDV confirmé { $date } à { $time }. Réf. { $reference }. { $link }";

    #[test]
    fn a_wording_with_the_messages_placeables_is_accepted() {
        assert_eq!(
            placeables(SMS).unwrap(),
            set(&["date", "link", "reference", "time"])
        );
        let with_more = format!("{SMS} Apportez votre convocation.");
        assert_eq!(
            check(&with_more, MAX_SMS, &PLACEABLES, &set(&["date", "link"])),
            Ok(())
        );
    }

    #[test]
    fn an_unknown_placeable_is_named() {
        assert_eq!(
            check("RDV le { $dat }", MAX_SMS, &PLACEABLES, &set(&[])),
            Err(WordingError::Unknown {
                name: "$dat".into()
            })
        );
        // `until` only exists in offers.
        assert_eq!(
            check("{ $until }", MAX_SMS, &["date"], &set(&[])),
            Err(WordingError::Unknown {
                name: "$until".into()
            })
        );
        // Other messages, terms and functions are not placeables of the message.
        assert!(matches!(
            check("{ notif-footer }", MAX_SMS, &PLACEABLES, &set(&[])),
            Err(WordingError::Unknown { .. })
        ));
        assert!(matches!(
            check("{ NUMBER($time) }", MAX_SMS, &PLACEABLES, &set(&[])),
            Err(WordingError::Unknown { .. })
        ));
    }

    #[test]
    fn a_fluent_syntax_error_is_refused_with_its_line() {
        assert_eq!(
            check(
                "RDV le { $date à { $time }",
                MAX_SMS,
                &PLACEABLES,
                &set(&[])
            ),
            Err(WordingError::Syntax { line: 1 })
        );
        assert_eq!(
            check(
                "Bonjour,\nvotre RDV { $date",
                MAX_BODY,
                &PLACEABLES,
                &set(&[])
            ),
            Err(WordingError::Syntax { line: 2 })
        );
        assert!(matches!(
            check("Texte\n.titre = x", MAX_BODY, &PLACEABLES, &set(&[])),
            Err(WordingError::Syntax { .. })
        ));
    }

    #[test]
    fn mandatory_placeables_must_stay() {
        assert_eq!(
            check(
                "RDV annulé le { $date }.",
                MAX_SMS,
                &PLACEABLES,
                &set(&["date", "reference", "link"])
            ),
            Err(WordingError::Missing {
                names: vec!["link".into(), "reference".into()]
            })
        );
        assert_eq!(
            WordingError::Missing {
                names: vec!["link".into()]
            }
            .detail(),
            "{ $link }"
        );
    }

    #[test]
    fn empty_long_and_multi_line_subjects_are_refused() {
        assert_eq!(
            check("  ", MAX_SMS, &PLACEABLES, &set(&[])),
            Err(WordingError::Empty)
        );
        assert_eq!(
            check(&"a".repeat(MAX_SMS + 1), MAX_SMS, &PLACEABLES, &set(&[])),
            Err(WordingError::TooLong { max: MAX_SMS })
        );
        assert_eq!(
            check_subject("Objet\nsuite", &PLACEABLES, &set(&[])),
            Err(WordingError::OneLine)
        );
    }

    #[test]
    fn a_wording_is_formatted_with_its_placeables_and_keeps_its_paragraphs() {
        let a = args([
            ("date", "mardi 24 novembre".into()),
            ("name", "Amina".into()),
        ]);
        let out = format(
            Locale::Fr,
            "Bonjour { $name },\n\nVotre RDV du { $date }.\nApportez votre convocation.",
            &a,
        )
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(
            out,
            "Bonjour Amina,\n\nVotre RDV du mardi 24 novembre.\nApportez votre convocation."
        );
        assert_eq!(format(Locale::Fr, "{ $date", &a), None);
    }

    #[test]
    fn every_refusal_and_kind_has_its_french_text() {
        use crate::i18n::text_with;
        let a = args([("detail", "x".into()), ("allowed", "y".into())]);
        // What a missing message looks like, so that the checks below can fail.
        assert!(text_with(Locale::Fr, "no-such-message", &a).contains("no-such-message"));
        for e in [
            WordingError::Empty,
            WordingError::TooLong { max: 1 },
            WordingError::OneLine,
            WordingError::Syntax { line: 1 },
            WordingError::Unknown { name: "x".into() },
            WordingError::Missing { names: vec![] },
        ] {
            let id = e.message_id();
            assert!(!text_with(Locale::Fr, id, &a).contains(id), "{e:?}");
        }
        for kind in crate::notifications::model::TEMPLATE_KINDS {
            let id = format!("templates-kind-{kind}");
            assert!(!text_with(Locale::Fr, &id, &a).contains(&id));
        }
    }

    #[test]
    fn windows_line_ends_and_edges_are_normalised() {
        assert_eq!(normalise(" a\r\nb \r\n"), "a\nb");
    }
}
