//! What an administrator may type for a site, a service or a motif, checked without the
//! database: identifiers, ticket letters, a motif's numbers. The forms and the motif import
//! share these rules, so a spreadsheet row is held to the same bounds as the form.

/// A motif's minutes, buffer and delays, each with its bounds (both included).
pub const DURATION: (i32, i32) = (5, 480);
pub const BUFFER: (i32, i32) = (0, 120);
pub const MIN_DELAY_HOURS: (i32, i32) = (0, 24 * 30);
pub const MAX_DELAY_DAYS: (i32, i32) = (1, 366);
pub const POSITION: (i32, i32) = (1, 999);

/// An identifier in addresses (`/borne/<site>`, `?motif=…`): lowercase ASCII letters,
/// digits and single dashes inside, at most 64 characters.
pub fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 64
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

/// A whole number typed by a person, within its bounds.
pub fn bounded(typed: &str, (min, max): (i32, i32)) -> Option<i32> {
    typed
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|n| (min..=max).contains(n))
}

/// A service's ticket letter: one letter A to Z, typed in either case.
pub fn ticket_letter(typed: &str) -> Option<String> {
    let mut chars = typed.trim().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphabetic() => Some(c.to_ascii_uppercase().to_string()),
        _ => None,
    }
}

/// A motif as typed, whether in its form or in a row of a spreadsheet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MotifInput<'a> {
    pub name: &'a str,
    pub duration: &'a str,
    pub buffer: &'a str,
    pub min_delay: &'a str,
    pub max_delay: &'a str,
}

/// A motif's values once checked.
#[derive(Clone, Debug, PartialEq)]
pub struct MotifValues {
    pub name: String,
    pub duration: i32,
    pub buffer: i32,
    pub min_delay: i32,
    pub max_delay: i32,
}

/// Checks a motif's name and numbers: the values, or the Fluent id of every problem, in
/// the order of the fields.
pub fn check_motif(input: &MotifInput) -> Result<MotifValues, Vec<&'static str>> {
    let mut problems = Vec::new();
    let name = input.name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        problems.push("town-problem-name");
    }
    let mut number = |typed: &str, limits, problem| {
        let n = bounded(typed, limits);
        if n.is_none() {
            problems.push(problem);
        }
        n.unwrap_or_default()
    };
    let values = MotifValues {
        name: name.to_owned(),
        duration: number(input.duration, DURATION, "town-problem-duration"),
        buffer: number(input.buffer, BUFFER, "town-problem-buffer"),
        min_delay: number(input.min_delay, MIN_DELAY_HOURS, "town-problem-min-delay"),
        max_delay: number(input.max_delay, MAX_DELAY_DAYS, "town-problem-max-delay"),
    };
    if problems.is_empty() {
        Ok(values)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_words_joined_by_dashes() {
        for good in ["mairie", "france-services-2", "a", "etat-civil"] {
            assert!(valid_slug(good), "{good}");
        }
        for bad in [
            "",
            "Mairie",
            "état-civil",
            "mairie annexe",
            "-mairie",
            "mairie-",
            "a--b",
            "a_b",
            &"a".repeat(65),
        ] {
            assert!(!valid_slug(bad), "{bad}");
        }
    }

    #[test]
    fn ticket_letters_are_one_letter_in_capitals() {
        assert_eq!(ticket_letter(" e ").as_deref(), Some("E"));
        assert_eq!(ticket_letter("U").as_deref(), Some("U"));
        for bad in ["", "AB", "1", "É", "-"] {
            assert_eq!(ticket_letter(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_motif_is_refused_with_every_problem_named() {
        let good = MotifInput {
            name: " Acte de naissance ",
            duration: "10",
            buffer: "0",
            min_delay: "2",
            max_delay: "30",
        };
        let values = check_motif(&good).unwrap();
        assert_eq!(values.name, "Acte de naissance");
        assert_eq!((values.duration, values.max_delay), (10, 30));
        let bad = MotifInput {
            name: "",
            duration: "4",
            buffer: "dix",
            max_delay: "367",
            ..good
        };
        assert_eq!(
            check_motif(&bad).unwrap_err(),
            [
                "town-problem-name",
                "town-problem-duration",
                "town-problem-buffer",
                "town-problem-max-delay"
            ]
        );
    }

    #[test]
    fn bounds_include_both_ends() {
        assert_eq!(bounded("5", DURATION), Some(5));
        assert_eq!(bounded(" 480 ", DURATION), Some(480));
        assert_eq!(bounded("481", DURATION), None);
        assert_eq!(bounded("2.5", DURATION), None);
    }
}
