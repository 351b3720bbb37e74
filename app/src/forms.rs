//! What plain HTML forms post, decoded into the typed fields of a form struct.
//!
//! A form server function takes one struct, flattened so that the inputs keep their
//! plain names (`<input name="lieu">`, not `form[lieu]`):
//!
//! ```ignore
//! #[server(prefix = "/api/agent", endpoint = "admin/planning")]
//! pub async fn save_schedule(#[server(flatten)] form: ScheduleForm) -> Result<(), AppError>
//! ```
//!
//! A flattened struct receives every value as text, so its numbers and check boxes say
//! how to read them: `#[serde(deserialize_with = "crate::forms::number")]`,
//! `#[serde(default, deserialize_with = "crate::forms::checked")]`. Values a person types
//! stay `String`s, checked by the store with a translated message for each mistake.

use serde::{Deserialize, Deserializer, de};
use std::fmt::Display;
use std::str::FromStr;

/// A number sent by the page itself (an id in a hidden input, a select's value). A value
/// that is no number is a forged request: refused before the function runs.
pub fn number<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr,
    T::Err: Display,
{
    String::deserialize(d)?
        .trim()
        .parse()
        .map_err(de::Error::custom)
}

/// An optional number: an empty value (the "all" or "none" option of a select) is `None`.
pub fn optional_number<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr,
    T::Err: Display,
{
    match Option::<String>::deserialize(d)? {
        Some(s) if !s.trim().is_empty() => s.trim().parse().map(Some).map_err(de::Error::custom),
        _ => Ok(None),
    }
}

/// A check box: sent (as `on`) when ticked, absent when not. Use with `#[serde(default)]`.
pub fn checked<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    let value = String::deserialize(d)?;
    Ok(!matches!(value.trim(), "" | "false" | "off"))
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Form {
        #[serde(deserialize_with = "super::number")]
        id: i32,
        #[serde(default, deserialize_with = "super::optional_number")]
        agent: Option<i32>,
        #[serde(default, deserialize_with = "super::checked")]
        online: bool,
        name: String,
    }

    /// What a server function's arguments look like with `#[server(flatten)]`.
    #[derive(Debug, Deserialize, PartialEq)]
    struct Args {
        #[serde(flatten)]
        form: Form,
    }

    fn decode(body: &str) -> Result<Form, serde_json::Error> {
        // The same shape as the url-encoded body: a flat map of strings.
        let pairs: serde_json::Map<String, serde_json::Value> = body
            .split('&')
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| (k.to_owned(), serde_json::Value::String(v.to_owned())))
            .collect();
        serde_json::from_value::<Args>(serde_json::Value::Object(pairs)).map(|a| a.form)
    }

    #[test]
    fn flattened_forms_read_numbers_and_check_boxes_from_text() {
        assert_eq!(
            decode("id=7&agent=&online=on&name=Mairie").unwrap(),
            Form {
                id: 7,
                agent: None,
                online: true,
                name: "Mairie".into()
            }
        );
        let unticked = decode("id=7&agent=3&name=Mairie").unwrap();
        assert_eq!((unticked.agent, unticked.online), (Some(3), false));
        assert!(decode("id=sept&name=x").is_err());
    }
}
