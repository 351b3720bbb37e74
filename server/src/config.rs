//! Configuration, read once from the environment at start-up into a typed struct.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Config {
    /// `GUICHET_BIND`, default `127.0.0.1:3000`.
    pub bind: SocketAddr,
    /// `DATABASE_URL`: `sqlite://…` (default `sqlite://data/guichet.db?mode=rwc`) or `postgres://…`.
    pub database_url: String,
    /// `GUICHET_SECRET_KEY_FILE`, default `data/secret.key`: 32 random bytes made on first
    /// start; PIN hashes depend on it.
    pub secret_key_file: PathBuf,
    /// `GUICHET_DEMO_DATA`, default false: load the demo town once (`scripts/start.sh` turns
    /// it on). Refused with an https public address: demo PINs are printed and known.
    pub demo_data: bool,
    /// `GUICHET_DEMO_DAYS`, default 90 (at most 730): days of past activity the demo town
    /// gets when it is first loaded; 365 gives a year of indicators.
    pub demo_days: u32,
    /// `GUICHET_INACTIVITY_TIMEOUT` in seconds, default 300.
    pub inactivity: Duration,
    /// `GUICHET_PUBLIC_URL`, default `http://127.0.0.1:3000`; https turns on Secure cookies.
    pub public_url: String,
    /// `GUICHET_CANCEL_DEADLINE_HOURS`, default 2: residents move or cancel online until
    /// this long before the appointment (the desk can always).
    pub cancel_deadline_hours: u32,
    /// `GUICHET_WAITLIST_HOLD_MINUTES`, default 30: how long a freed slot is kept for the
    /// person on the waitlist it is offered to.
    pub waitlist_hold_minutes: u32,
    /// `GUICHET_REMINDER_DAYS`, default 2: the first reminder this many days before; 0 for
    /// none.
    pub reminder_days_before: u32,
    /// `GUICHET_MORNING_REMINDER`, default true: another one on the morning of the day.
    pub morning_reminder: bool,
    /// `GUICHET_SURVEY_CHECK_SECONDS`, default 60 (1 to 3600): how often the visits and
    /// replies just finished are looked for to get their satisfaction survey.
    pub survey_every: Duration,
    /// `GUICHET_SMTP_URL`: where e-mail goes (see `notifier::smtp`); none keeps e-mail in
    /// the journal.
    pub smtp_url: Option<String>,
    /// `GUICHET_SMTP_FROM`, default `Mairie <no-reply@localhost>`.
    pub smtp_from: String,
    /// `GUICHET_SMS_URL` and friends (see `notifier::sms`); none keeps SMS in the journal.
    pub sms: Option<crate::notifier::sms::SmsConfig>,
    /// `GUICHET_MAIL_INTAKE_BIND`: where the town's mail is received over SMTP (its MX, or
    /// a relay forwarding to it), e.g. `0.0.0.0:25`; unset, no mail is received.
    pub mail_intake: Option<SocketAddr>,
    /// `GUICHET_MAIL_INTAKE_TO`: the addresses mail is accepted for, separated by commas;
    /// by default the address of `GUICHET_SMTP_FROM`, where residents' replies go.
    pub mail_intake_to: Vec<String>,
    /// `GUICHET_SMS_COUNTRY_CODES`, default France and its overseas numbers
    /// (`33,262,508,590,594,596,681,687,689`): the calling codes texts may go to.
    pub sms_countries: app::contact_details::SmsCountries,
    /// `GUICHET_RATE_LIMITS`, default `on`: `off` lifts the per-client limits on anonymous
    /// forms (a load test of bookings from one machine); never on a public server.
    pub rate_limits: bool,
    /// `GUICHET_PAGE_CACHE`, default `on`: `off` renders every public page afresh (a load
    /// test of what the cache would hide).
    pub page_cache: bool,
    /// `GUICHET_TRUSTED_PROXIES`, default `127.0.0.1,::1`: the town's reverse proxies,
    /// whose `X-Forwarded-For` names the client; comma-separated addresses.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// `GUICHET_RETENTION_MONTHS` (default 24) and `GUICHET_RETENTION` (per kind, e.g.
    /// `messages=6,audit=36`): how long residents' personal data is kept before the
    /// retention job anonymises it (`app::retention`).
    pub retention: app::retention::Periods,
    /// `GUICHET_LOG`, default `info` (tracing env-filter syntax).
    pub log: String,
    /// `LEPTOS_SITE_ROOT`, default `target/site`: where the built assets are.
    pub site_root: String,
}

#[derive(Debug, thiserror::Error, PartialEq)]
#[error("{name}: {problem}")]
pub struct ConfigError {
    pub name: &'static str,
    pub problem: String,
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok())
    }

    /// Parses from any lookup, so tests need not touch the process environment.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let var = |name: &'static str, default: &str| {
            get(name)
                .filter(|v| !v.trim().is_empty())
                .unwrap_or_else(|| default.to_owned())
        };
        let bind = var("GUICHET_BIND", "127.0.0.1:3000");
        let bind = bind.parse().map_err(|_| ConfigError {
            name: "GUICHET_BIND",
            problem: format!("'{bind}' is not an address such as 127.0.0.1:3000"),
        })?;
        let demo = var("GUICHET_DEMO_DATA", "false");
        let demo_data = match demo.to_ascii_lowercase().as_str() {
            "1" | "true" | "yes" | "on" => true,
            "0" | "false" | "no" | "off" => false,
            _ => {
                return Err(ConfigError {
                    name: "GUICHET_DEMO_DATA",
                    problem: format!("'{demo}' is not true or false"),
                });
            }
        };
        let timeout = var("GUICHET_INACTIVITY_TIMEOUT", "300");
        let inactivity = timeout
            .parse::<u64>()
            .ok()
            .filter(|s| (10..=86_400).contains(s))
            .map(Duration::from_secs)
            .ok_or_else(|| ConfigError {
                name: "GUICHET_INACTIVITY_TIMEOUT",
                problem: format!("'{timeout}' is not a number of seconds between 10 and 86400"),
            })?;
        let database_url = var("DATABASE_URL", "sqlite://data/guichet.db?mode=rwc");
        if !(database_url.starts_with("sqlite:") || database_url.starts_with("postgres")) {
            return Err(ConfigError {
                name: "DATABASE_URL",
                problem: "only sqlite:// and postgres:// URLs are supported".into(),
            });
        }
        let public_url = var("GUICHET_PUBLIC_URL", "http://127.0.0.1:3000");
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(ConfigError {
                name: "GUICHET_PUBLIC_URL",
                problem: format!("'{public_url}' must start with http:// or https://"),
            });
        }
        // A town served over https is a real one: the demo agents' PINs are in the README.
        if demo_data && public_url.starts_with("https://") {
            return Err(ConfigError {
                name: "GUICHET_DEMO_DATA",
                problem: format!(
                    "the demo town (known PINs) is not loaded on a public address ({public_url}); \
                     set GUICHET_DEMO_DATA=false and create the first administrator with \
                     `guichet create-admin \"Name\"`"
                ),
            });
        }
        let number = |name: &'static str, default: &str, max: u32| {
            let raw = var(name, default);
            raw.parse::<u32>()
                .ok()
                .filter(|n| *n <= max)
                .ok_or_else(|| ConfigError {
                    name,
                    problem: format!("'{raw}' is not a whole number between 0 and {max}"),
                })
        };
        // The same bounds as the administrators' settings page, which these are defaults of.
        use app::booking::settings::model as bounds;
        let cancel_deadline_hours = number(
            "GUICHET_CANCEL_DEADLINE_HOURS",
            "2",
            bounds::MAX_CANCEL_DEADLINE_HOURS,
        )?;
        let waitlist_hold_minutes = number(
            "GUICHET_WAITLIST_HOLD_MINUTES",
            "30",
            bounds::MAX_WAITLIST_HOLD_MINUTES,
        )?;
        let reminder_days_before = number("GUICHET_REMINDER_DAYS", "2", bounds::MAX_REMINDER_DAYS)?;
        let demo_days = number("GUICHET_DEMO_DAYS", "90", 730)?.max(1);
        let survey_every = match number("GUICHET_SURVEY_CHECK_SECONDS", "60", 3600)? {
            0 => {
                return Err(ConfigError {
                    name: "GUICHET_SURVEY_CHECK_SECONDS",
                    problem: "'0' is not a whole number between 1 and 3600".into(),
                });
            }
            seconds => Duration::from_secs(seconds.into()),
        };
        let morning = var("GUICHET_MORNING_REMINDER", "true");
        let morning_reminder = match morning.as_str() {
            "true" | "1" | "yes" => true,
            "false" | "0" | "no" => false,
            _ => {
                return Err(ConfigError {
                    name: "GUICHET_MORNING_REMINDER",
                    problem: format!("'{morning}' is not true or false"),
                });
            }
        };
        let optional = |name: &str| {
            get(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let sms = match optional("GUICHET_SMS_URL") {
            None => None,
            Some(url) => {
                let method = optional("GUICHET_SMS_METHOD")
                    .unwrap_or_else(|| "POST".into())
                    .to_ascii_uppercase();
                if method != "GET" && method != "POST" {
                    return Err(ConfigError {
                        name: "GUICHET_SMS_METHOD",
                        problem: format!("'{method}' is neither GET nor POST"),
                    });
                }
                Some(crate::notifier::sms::SmsConfig {
                    url,
                    method,
                    auth_header: optional("GUICHET_SMS_AUTH_HEADER"),
                    body: optional("GUICHET_SMS_BODY"),
                    sender: optional("GUICHET_SMS_SENDER").unwrap_or_else(|| "Mairie".into()),
                    ok_match: optional("GUICHET_SMS_OK_MATCH"),
                })
            }
        };
        let mail_intake = match optional("GUICHET_MAIL_INTAKE_BIND") {
            None => None,
            Some(raw) => Some(raw.parse().map_err(|_| ConfigError {
                name: "GUICHET_MAIL_INTAKE_BIND",
                problem: format!("'{raw}' is not an address such as 0.0.0.0:25"),
            })?),
        };
        let smtp_from =
            optional("GUICHET_SMTP_FROM").unwrap_or_else(|| "Mairie <no-reply@localhost>".into());
        let mail_intake_to: Vec<String> = optional("GUICHET_MAIL_INTAKE_TO")
            .unwrap_or_else(|| smtp_from.clone())
            .split(',')
            .map(crate::mail_intake::mailbox_address)
            .filter(|a| !a.is_empty())
            .collect();
        // Checked only when mail is received: `no-reply@localhost`, the default sender, is
        // fine for sending and never a reason to refuse to start.
        let mailbox = |a: &String| {
            a.split_once('@')
                .is_some_and(|(local, domain)| !local.is_empty() && !domain.is_empty())
                && !a.contains(char::is_whitespace)
        };
        if let Some(bad) = mail_intake_to
            .iter()
            .find(|a| mail_intake.is_some() && !mailbox(a))
        {
            return Err(ConfigError {
                name: "GUICHET_MAIL_INTAKE_TO",
                problem: format!("'{bad}' is not an e-mail address"),
            });
        }
        let switch = |name: &'static str| {
            let value = var(name, "on");
            match value.to_ascii_lowercase().as_str() {
                "on" | "true" | "1" | "yes" => Ok(true),
                "off" | "false" | "0" | "no" => Ok(false),
                _ => Err(ConfigError {
                    name,
                    problem: format!("'{value}' is not on or off"),
                }),
            }
        };
        let rate_limits = switch("GUICHET_RATE_LIMITS")?;
        let page_cache = switch("GUICHET_PAGE_CACHE")?;
        let sms_countries = match optional("GUICHET_SMS_COUNTRY_CODES") {
            None => app::contact_details::SmsCountries::france(),
            Some(list) => {
                app::contact_details::SmsCountries::parse(&list).map_err(|problem| ConfigError {
                    name: "GUICHET_SMS_COUNTRY_CODES",
                    problem,
                })?
            }
        };
        let proxies = var("GUICHET_TRUSTED_PROXIES", "127.0.0.1,::1");
        let trusted_proxies = proxies
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| {
                p.parse().map_err(|_| ConfigError {
                    name: "GUICHET_TRUSTED_PROXIES",
                    problem: format!("'{p}' is not an IP address"),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let retention = app::retention::Periods::parse(
            &var("GUICHET_RETENTION_MONTHS", ""),
            &var("GUICHET_RETENTION", ""),
        )
        .map_err(|e| ConfigError {
            name: "GUICHET_RETENTION",
            problem: e.to_string(),
        })?;
        Ok(Config {
            bind,
            rate_limits,
            page_cache,
            retention,
            trusted_proxies,
            sms_countries,
            mail_intake,
            mail_intake_to,
            smtp_url: optional("GUICHET_SMTP_URL"),
            smtp_from,
            sms,
            reminder_days_before,
            morning_reminder,
            survey_every,
            cancel_deadline_hours,
            waitlist_hold_minutes,
            database_url,
            secret_key_file: var("GUICHET_SECRET_KEY_FILE", "data/secret.key").into(),
            demo_data,
            demo_days,
            inactivity,
            public_url: public_url.trim_end_matches('/').to_owned(),
            log: var("GUICHET_LOG", "info"),
            site_root: var("LEPTOS_SITE_ROOT", "target/site"),
        })
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// Reads the server secret, creating it (32 random bytes, owner-only) on first start.
pub fn load_or_create_secret(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    match std::fs::read(path) {
        Ok(bytes) if bytes.len() >= 32 => Ok(bytes),
        Ok(_) => Err(std::io::Error::other(format!(
            "{} is shorter than 32 bytes",
            path.display()
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)?;
            }
            let secret: [u8; 32] = rand::random();
            std::fs::write(path, secret)?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
            }
            Ok(secret.to_vec())
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn defaults_run_on_sqlite_locally_without_the_demo_town() {
        let c = parse(&[]).unwrap();
        assert_eq!(c.bind.to_string(), "127.0.0.1:3000");
        assert!(c.database_url.starts_with("sqlite://"));
        assert!(!c.demo_data);
        assert!(parse(&[("GUICHET_DEMO_DATA", "true")]).unwrap().demo_data);
        assert_eq!(c.inactivity, Duration::from_secs(300));
        assert_eq!(c.survey_every, Duration::from_secs(60));
        assert!(!c.secure_cookies());
    }

    #[test]
    fn personal_data_is_kept_24_months_unless_the_town_says_otherwise() {
        use app::retention::Kind;
        let c = parse(&[]).unwrap();
        assert_eq!(c.retention.months(Kind::Appointments), 24);
        let c = parse(&[
            ("GUICHET_RETENTION_MONTHS", "36"),
            ("GUICHET_RETENTION", "messages=6"),
        ])
        .unwrap();
        assert_eq!(c.retention.months(Kind::Requests), 36);
        assert_eq!(c.retention.months(Kind::Messages), 6);
        let bad = parse(&[("GUICHET_RETENTION", "messages=0")]).unwrap_err();
        assert_eq!(bad.name, "GUICHET_RETENTION");
    }

    #[test]
    fn limits_are_on_and_only_this_machine_is_a_trusted_proxy_by_default() {
        let c = parse(&[]).unwrap();
        assert!(c.rate_limits);
        let loopback: Vec<std::net::IpAddr> =
            vec!["127.0.0.1".parse().unwrap(), "::1".parse().unwrap()];
        assert_eq!(c.trusted_proxies, loopback);
        let c = parse(&[
            ("GUICHET_RATE_LIMITS", "off"),
            ("GUICHET_TRUSTED_PROXIES", " 10.0.0.2 , 10.0.0.3"),
        ])
        .unwrap();
        assert!(!c.rate_limits);
        assert!(parse(&[]).unwrap().page_cache);
        assert!(!parse(&[("GUICHET_PAGE_CACHE", "off")]).unwrap().page_cache);
        assert!(parse(&[("GUICHET_PAGE_CACHE", "peut-être")]).is_err());
        assert_eq!(c.trusted_proxies.len(), 2);
        let bad = parse(&[("GUICHET_TRUSTED_PROXIES", "proxy.local")]).unwrap_err();
        assert_eq!(bad.name, "GUICHET_TRUSTED_PROXIES");
        let bad = parse(&[("GUICHET_SMS_COUNTRY_CODES", "France")]).unwrap_err();
        assert_eq!(bad.name, "GUICHET_SMS_COUNTRY_CODES");
        assert_eq!(
            parse(&[]).unwrap().sms_countries,
            app::contact_details::SmsCountries::france()
        );
        let bad = parse(&[("GUICHET_RATE_LIMITS", "maybe")]).unwrap_err();
        assert_eq!(bad.name, "GUICHET_RATE_LIMITS");
    }

    #[test]
    fn mail_is_received_for_the_senders_address_unless_told_otherwise() {
        let off = parse(&[]).unwrap();
        assert_eq!(off.mail_intake, None);
        let on = parse(&[
            ("GUICHET_MAIL_INTAKE_BIND", "127.0.0.1:2525"),
            (
                "GUICHET_SMTP_FROM",
                "Mairie de Villebourg <Mairie@Villebourg.fr>",
            ),
        ])
        .unwrap();
        assert_eq!(on.mail_intake.unwrap().to_string(), "127.0.0.1:2525");
        assert_eq!(on.mail_intake_to, ["mairie@villebourg.fr"]);
        let listed = parse(&[
            ("GUICHET_MAIL_INTAKE_BIND", "0.0.0.0:25"),
            (
                "GUICHET_MAIL_INTAKE_TO",
                "accueil@ville.fr, urbanisme@ville.fr",
            ),
        ])
        .unwrap();
        assert_eq!(
            listed.mail_intake_to,
            ["accueil@ville.fr", "urbanisme@ville.fr"]
        );
        for (name, value) in [
            ("GUICHET_MAIL_INTAKE_BIND", "port 25"),
            ("GUICHET_MAIL_INTAKE_TO", "accueil"),
        ] {
            let mut pairs = vec![("GUICHET_MAIL_INTAKE_BIND", "127.0.0.1:2525")];
            pairs.retain(|(k, _)| *k != name);
            pairs.push((name, value));
            assert_eq!(parse(&pairs).unwrap_err().name, name);
        }
    }

    #[test]
    fn bad_values_name_the_variable() {
        assert_eq!(
            parse(&[("GUICHET_BIND", "nowhere")]).unwrap_err().name,
            "GUICHET_BIND"
        );
        assert_eq!(
            parse(&[("GUICHET_INACTIVITY_TIMEOUT", "2")])
                .unwrap_err()
                .name,
            "GUICHET_INACTIVITY_TIMEOUT"
        );
        assert_eq!(
            parse(&[("GUICHET_DEMO_DATA", "maybe")]).unwrap_err().name,
            "GUICHET_DEMO_DATA"
        );
        assert_eq!(
            parse(&[("DATABASE_URL", "mysql://x")]).unwrap_err().name,
            "DATABASE_URL"
        );
        for never in ["0", "3601", "soon"] {
            assert_eq!(
                parse(&[("GUICHET_SURVEY_CHECK_SECONDS", never)])
                    .unwrap_err()
                    .name,
                "GUICHET_SURVEY_CHECK_SECONDS"
            );
        }
    }

    #[test]
    fn the_demo_town_is_refused_on_an_https_address() {
        let https = ("GUICHET_PUBLIC_URL", "https://accueil.mairie.fr");
        let refused = parse(&[https, ("GUICHET_DEMO_DATA", "true")]).unwrap_err();
        assert_eq!(refused.name, "GUICHET_DEMO_DATA");
        assert!(refused.problem.contains("create-admin"));
        assert!(!parse(&[https]).unwrap().demo_data);
    }

    #[test]
    fn https_public_url_means_secure_cookies() {
        let c = parse(&[("GUICHET_PUBLIC_URL", "https://accueil.mairie.fr/")]).unwrap();
        assert!(c.secure_cookies());
        assert_eq!(c.public_url, "https://accueil.mairie.fr");
    }

    #[test]
    fn the_secret_is_created_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/secret.key");
        let first = load_or_create_secret(&path).unwrap();
        assert_eq!(first.len(), 32);
        assert_eq!(load_or_create_secret(&path).unwrap(), first);
    }
}
