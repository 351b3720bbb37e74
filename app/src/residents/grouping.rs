//! Who is who among the records found: records that share an e-mail address or a phone
//! number are one person, and so are keys a counsellor linked ("same person"). Pure: the
//! store reads the records and the links, this decides the groups.

use std::collections::HashMap;

/// What identifies a record's person: `e:<e-mail, lower case>` and `p:<+33…>`, or
/// `n:<name, lower case>` when neither is known (a letter with a postal address only).
pub fn person_keys(name: &str, phone: Option<&str>, email: Option<&str>) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(e) = email.map(str::trim).filter(|e| !e.is_empty()) {
        keys.push(format!("e:{}", e.to_lowercase()));
    }
    if let Some(p) = phone.map(str::trim).filter(|p| !p.is_empty()) {
        keys.push(format!("p:{p}"));
    }
    if keys.is_empty() {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        keys.push(format!("n:{}", name.to_lowercase()));
    }
    keys
}

/// A key as a counsellor's form sends it back: one of the three shapes, nothing else.
pub fn valid_key(key: &str) -> bool {
    let Some((kind, value)) = key.split_once(':') else {
        return false;
    };
    matches!(kind, "e" | "p" | "n") && !value.trim().is_empty() && key.len() <= 320
}

/// The pair as stored: smaller key first, so one pair has one row.
pub fn ordered<'k>(a: &'k str, b: &'k str) -> (&'k str, &'k str) {
    if a <= b { (a, b) } else { (b, a) }
}

/// Union-find over keys.
#[derive(Default)]
struct Sets {
    parent: Vec<usize>,
    index: HashMap<String, usize>,
}

impl Sets {
    fn id(&mut self, key: &str) -> usize {
        if let Some(i) = self.index.get(key) {
            return *i;
        }
        let i = self.parent.len();
        self.parent.push(i);
        self.index.insert(key.to_owned(), i);
        i
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            // The older set stays the root: groups keep the order they were first met in.
            let (keep, other) = if a < b { (a, b) } else { (b, a) };
            self.parent[other] = keep;
        }
    }
}

/// For each record (given by its keys, in the order shown), the number of its person,
/// people numbered from 0 in the order first met.
pub fn group(records: &[Vec<String>], links: &[(String, String)]) -> Vec<usize> {
    let mut sets = Sets::default();
    for keys in records {
        let ids: Vec<usize> = keys.iter().map(|k| sets.id(k)).collect();
        for pair in ids.windows(2) {
            sets.join(pair[0], pair[1]);
        }
    }
    for (a, b) in links {
        // A link to a key no record shows changes nobody here.
        if let (Some(a), Some(b)) = (sets.index.get(a).copied(), sets.index.get(b).copied()) {
            sets.join(a, b);
        }
    }
    let mut numbers = HashMap::new();
    records
        .iter()
        .map(|keys| {
            let root = sets.id(&keys[0]);
            let root = sets.root(root);
            let next = numbers.len();
            *numbers.entry(root).or_insert(next)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(list: &[&str]) -> Vec<String> {
        list.iter().map(|k| k.to_string()).collect()
    }

    #[test]
    fn a_record_is_known_by_its_e_mail_and_phone_or_else_by_its_name() {
        assert_eq!(
            person_keys("Amina", Some("+33639980042"), Some("Amina@Example.org")),
            ["e:amina@example.org", "p:+33639980042"]
        );
        assert_eq!(
            person_keys("  Jean   Dupont ", None, Some(" ")),
            ["n:jean dupont"]
        );
    }

    #[test]
    fn records_sharing_a_key_are_one_person_even_through_a_third() {
        // The e-mail of the first and the phone of the second meet on the third.
        let records = [
            keys(&["e:a@x.fr"]),
            keys(&["p:+33600000001"]),
            keys(&["n:paul"]),
            keys(&["e:a@x.fr", "p:+33600000001"]),
        ];
        assert_eq!(group(&records, &[]), [0, 0, 1, 0]);
    }

    #[test]
    fn a_link_makes_two_people_one_and_a_link_elsewhere_changes_nothing() {
        let records = [
            keys(&["e:a@x.fr"]),
            keys(&["p:+33600000001"]),
            keys(&["n:paul"]),
        ];
        assert_eq!(group(&records, &[]), [0, 1, 2]);
        let links = [("e:a@x.fr".to_owned(), "n:paul".to_owned())];
        assert_eq!(group(&records, &links), [0, 1, 0]);
        let elsewhere = [("e:z@x.fr".to_owned(), "p:+33600000001".to_owned())];
        assert_eq!(group(&records, &elsewhere), [0, 1, 2]);
    }

    #[test]
    fn only_the_three_shapes_of_keys_are_taken_and_pairs_are_ordered() {
        assert!(valid_key("e:a@x.fr") && valid_key("p:+33600000001") && valid_key("n:paul"));
        assert!(!valid_key("x:a") && !valid_key("e:") && !valid_key("paul"));
        assert_eq!(ordered("p:1", "e:2"), ("e:2", "p:1"));
    }
}
