//! A staff browser without JavaScript: a cookie jar, pages fetched as HTML, plain form
//! posts. Enrols the workstation with a one-time code and signs agents in with their PIN,
//! the way a counsellor's browser does; enrols a kiosk or a screen the way it is done on
//! the device's own page.

use crate::html;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use std::time::Duration;

pub type Result<T> = std::result::Result<T, String>;

/// What a form post did: where the server sends the browser next, or the reason it
/// refused (the `erreur=` of the redirect).
#[derive(Debug)]
pub enum Posted {
    Went(String),
    Refused(String),
}

pub struct Browser {
    base: String,
    client: reqwest::Client,
    /// `name=value` pairs; the server's cookies are all `Path=/` on one host.
    cookies: Vec<(String, String)>,
}

impl Browser {
    pub fn new(base: &str) -> Browser {
        let client = reqwest::Client::builder()
            // Redirects are where a post went: read, not followed.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .expect("an HTTP client");
        Browser {
            base: base.trim_end_matches('/').to_owned(),
            client,
            cookies: Vec::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn remember(&mut self, res: &reqwest::Response) {
        for value in res.headers().get_all(SET_COOKIE) {
            let Ok(value) = value.to_str() else { continue };
            let mut parts = value.split(';').map(str::trim);
            let Some((name, v)) = parts.next().and_then(|p| p.split_once('=')) else {
                continue;
            };
            let expired = v.is_empty() || parts.any(|p| p.eq_ignore_ascii_case("max-age=0"));
            self.cookies.retain(|(n, _)| n != name);
            if !expired {
                self.cookies.push((name.to_owned(), v.to_owned()));
            }
        }
    }

    /// A page's HTML; a redirect (to the login screen, say) is an error.
    pub async fn page(&mut self, path: &str) -> Result<String> {
        let url = format!("{}{path}", self.base);
        let res = self
            .client
            .get(&url)
            .header(COOKIE, self.cookie_header())
            .send()
            .await
            .map_err(|e| format!("GET {path}: {e}"))?;
        self.remember(&res);
        let status = res.status();
        if !status.is_success() {
            let to = location(&res).unwrap_or_default();
            return Err(format!("GET {path}: {status} {to}"));
        }
        res.text().await.map_err(|e| format!("GET {path}: {e}"))
    }

    /// Posts a form as `application/x-www-form-urlencoded`, with no `Origin` (like a
    /// same-site form) and without `Accept: text/html`: Leptos then answers a server
    /// function with 200 and the redirect in `Location` (a browser form gets a 302 to the
    /// same place), and a failure with an error status rather than a redirect to the
    /// referrer.
    pub async fn post(&mut self, path: &str, fields: &[(String, String)]) -> Result<Posted> {
        let url = format!("{}{path}", self.base);
        let res = self
            .client
            .post(&url)
            .header(COOKIE, self.cookie_header())
            .form(fields)
            .send()
            .await
            .map_err(|e| format!("POST {path}: {e}"))?;
        self.remember(&res);
        let status = res.status();
        let to = location(&res).unwrap_or_default();
        if !(status.is_success() || status.is_redirection()) {
            let body = res.text().await.unwrap_or_default();
            let body: String = body.chars().take(300).collect();
            return Err(format!("POST {path}: {status} {body}"));
        }
        Ok(match query_value(&to, "erreur") {
            Some(e) => Posted::Refused(e),
            None => Posted::Went(to),
        })
    }

    /// Enrols this browser as a workstation (`guichet enrol-workstation` made the code).
    pub async fn enrol(&mut self, code: &str) -> Result<()> {
        match self
            .post("/api/poste/enregistrer", &pairs(&[("code", code)]))
            .await?
        {
            Posted::Went(to) if to == "/agent" => Ok(()),
            other => Err(format!("workstation enrolment refused ({other:?})")),
        }
    }

    /// Enrols this browser as the kiosk (`borne`) or screen (`ecran`) of `site`
    /// (`guichet enrol-device` made the code), as its enrolment prompt does.
    pub async fn enrol_device(&mut self, kind: &str, site: &str, code: &str) -> Result<()> {
        let form = pairs(&[("type", kind), ("lieu", site), ("code", code)]);
        match self.post("/api/poste/appareil", &form).await? {
            Posted::Went(to) if to == format!("/{kind}/{site}") => Ok(()),
            other => Err(format!("{kind} enrolment refused ({other:?})")),
        }
    }

    /// `name=value` of cookie `name`, as a Cookie header carries it.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies
            .iter()
            .find(|(n, _)| n == name)
            .map(|(n, v)| format!("{n}={v}"))
    }

    /// The agents offered on this workstation's login screen: `(id, name and role)`.
    pub async fn agents(&mut self) -> Result<Vec<(i32, String)>> {
        let page = self.page("/agent").await?;
        let agents = html::agent_links(&page);
        if agents.is_empty() {
            return Err("no agent on the login screen: is the workstation enrolled?".into());
        }
        Ok(agents)
    }

    /// Signs `agent_id` in; on a shared workstation this ends the previous agent's session.
    pub async fn sign_in(&mut self, agent_id: i32, pin: &str) -> Result<()> {
        let id = agent_id.to_string();
        let form = pairs(&[("agent_id", &id), ("pin", pin)]);
        match self.post("/api/poste/connexion", &form).await? {
            Posted::Went(to) if to == "/agent/accueil" => Ok(()),
            other => Err(format!("sign-in of agent {agent_id} refused ({other:?})")),
        }
    }
}

/// The id of the agent whose tile starts with `name`.
pub fn agent_id(agents: &[(i32, String)], name: &str) -> Result<i32> {
    agents
        .iter()
        .find(|(_, text)| text.starts_with(name))
        .map(|(id, _)| *id)
        .ok_or_else(|| format!("no agent {name} on the login screen"))
}

pub fn pairs(fields: &[(&str, &str)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect()
}

fn location(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// The value of `name` in a URL's query (our redirects' values need no decoding).
pub fn query_value(url: &str, name: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    query
        .split('&')
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values() {
        assert_eq!(
            query_value(
                "/borne/x?motif=3&erreur=queue-error-closed&lang=fr",
                "erreur"
            ),
            Some("queue-error-closed".into())
        );
        assert_eq!(query_value("/agent/accueil", "erreur"), None);
    }
}
