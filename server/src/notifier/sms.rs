//! SMS through a provider's HTTP API, described by configuration rather than code, so a
//! town can switch providers without a new release. The README gives the settings for
//! Brevo and OVHcloud. Placeholders: `{to}` (+33612345678), `{to_digits}` (33612345678),
//! `{text}`, `{sender}`; escaped for a URL in the URL and for JSON in the body.

use super::Transport;
use app::store::entities::notification;

#[derive(Clone, Debug, PartialEq)]
pub struct SmsConfig {
    pub url: String,
    /// GET (parameters in the URL) or POST (the body template).
    pub method: String,
    /// `Name: value`, e.g. `api-key: xkeysib-…`.
    pub auth_header: Option<String>,
    /// JSON body for POST.
    pub body: Option<String>,
    pub sender: String,
    /// Text the provider's answer must contain to count as sent (some answer 200 to
    /// failures and say so in the body).
    pub ok_match: Option<String>,
}

pub struct HttpSms {
    client: reqwest::Client,
    config: SmsConfig,
    auth: Option<(http::HeaderName, http::HeaderValue)>,
}

impl HttpSms {
    pub fn new(config: SmsConfig) -> Result<HttpSms, String> {
        let auth = match &config.auth_header {
            Some(h) => {
                let (name, value) = h
                    .split_once(':')
                    .ok_or("GUICHET_SMS_AUTH_HEADER must look like 'Name: value'")?;
                Some((
                    http::HeaderName::try_from(name.trim()).map_err(|e| e.to_string())?,
                    http::HeaderValue::try_from(value.trim()).map_err(|e| e.to_string())?,
                ))
            }
            None => None,
        };
        if !matches!(config.method.as_str(), "GET" | "POST") {
            return Err("GUICHET_SMS_METHOD must be GET or POST".into());
        }
        let client = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(15))
            .build()
            .map_err(|e| e.to_string())?;
        Ok(HttpSms {
            client,
            config,
            auth,
        })
    }
}

/// Fills a template; `escape` makes each value safe where it lands.
pub fn fill(
    template: &str,
    to: &str,
    text: &str,
    sender: &str,
    escape: impl Fn(&str) -> String,
) -> String {
    template
        .replace("{to_digits}", &escape(to.trim_start_matches('+')))
        .replace("{to}", &escape(to))
        .replace("{sender}", &escape(sender))
        .replace("{text}", &escape(text))
}

pub fn url_escape(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub fn json_escape(value: &str) -> String {
    let quoted = serde_json::to_string(value).unwrap_or_default();
    quoted[1..quoted.len() - 1].to_owned()
}

impl Transport for HttpSms {
    async fn send(&self, message: &notification::Model) -> Result<(), String> {
        use app::contact_details::{PhoneNumber, SmsCountries};
        // The forms refuse these numbers; one that got in some other way (an old row, a
        // counsellor's entry) is still not texted at the town's cost.
        let allowed = PhoneNumber::parse(&message.recipient)
            .is_ok_and(|p| SmsCountries::current().allows(&p));
        if !allowed {
            return Err("sms: the number is outside the town's SMS countries".into());
        }
        let c = &self.config;
        let url = fill(
            &c.url,
            &message.recipient,
            &message.body,
            &c.sender,
            url_escape,
        );
        let mut request = if c.method == "GET" {
            self.client.get(url)
        } else {
            let body = fill(
                c.body.as_deref().unwrap_or("{}"),
                &message.recipient,
                &message.body,
                &c.sender,
                json_escape,
            );
            self.client
                .post(url)
                .header(http::header::CONTENT_TYPE, "application/json")
                .body(body)
        };
        if let Some((name, value)) = &self.auth {
            request = request.header(name.clone(), value.clone());
        }
        let response = request
            .send()
            .await
            .map_err(|e| format!("sms: {}", without_url(e)))?;
        let status = response.status();
        let answer = response.text().await.unwrap_or_default();
        if !status.is_success() {
            return Err(format!(
                "sms provider answered {status}: {}",
                answer.chars().take(300).collect::<String>()
            ));
        }
        if let Some(needle) = &c.ok_match
            && !answer.contains(needle.as_str())
        {
            return Err(format!(
                "sms provider refused: {}",
                answer.chars().take(300).collect::<String>()
            ));
        }
        Ok(())
    }
}

/// A transport error and its causes, without the address asked: with a GET preset the
/// provider's login and password are in it, and this text goes to the journal and the logs.
fn without_url(e: reqwest::Error) -> String {
    let e = e.without_url();
    let mut text = e.to_string();
    let mut cause = std::error::Error::source(&e);
    while let Some(c) = cause {
        text.push_str(": ");
        text.push_str(&c.to_string());
        cause = c.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_escape_for_where_they_land() {
        let text = "Mairie : RDV \"confirmé\" & à 09:30";
        assert_eq!(
            fill(
                "https://x/send?to={to}&m={text}",
                "+33612345678",
                text,
                "Mairie",
                url_escape
            ),
            "https://x/send?to=%2B33612345678&m=Mairie%20%3A%20RDV%20%22confirm%C3%A9%22%20%26%20%C3%A0%2009%3A30"
        );
        assert_eq!(
            fill(
                r#"{"recipient":"{to_digits}","content":"{text}","sender":"{sender}"}"#,
                "+33612345678",
                text,
                "Mairie",
                json_escape
            ),
            r#"{"recipient":"33612345678","content":"Mairie : RDV \"confirmé\" & à 09:30","sender":"Mairie"}"#
        );
    }
}
