//! The search of residents across appointments, requests and their contact details, and
//! its audit row.

use super::model::{AppointmentLine, MAX_ROWS, Person, Query, RequestLine, ResidentsView};
use crate::audit::{AuditEntry, record};
use crate::errors::{FeatureError, Refusal};
use crate::i18n::dates::paris_stamp;
use crate::i18n::names::motif_name;
use crate::i18n::{Locale, text};
use crate::staff::Me;
use crate::staff::identity::StaffIdentity;
use crate::store::entities::{appointment, motif, request};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::HashMap;

#[derive(Debug, thiserror::Error)]
pub enum ResidentsError {
    #[error(transparent)]
    Db(#[from] DbErr),
}

impl FeatureError for ResidentsError {
    fn refusal(&self) -> Option<Refusal> {
        None
    }
}

/// `column` matches the query: equal phone, equal e-mail (any case), or a name that
/// contains it (any case).
fn matching<C: ColumnTrait>(query: &Query, name: C, phone: C, email: C) -> Condition {
    match query {
        Query::Phone(p) => Condition::all().add(phone.eq(p.clone())),
        Query::Email(e) => {
            Condition::all().add(Expr::expr(Func::lower(Expr::col(email))).eq(e.clone()))
        }
        Query::Name(n) => Condition::all().add(
            Expr::expr(Func::lower(Expr::col(name)))
                .like(format!("%{}%", n.to_lowercase().replace(['%', '_'], ""))),
        ),
    }
}

/// What identifies a record's person: their e-mail and their phone, or their name when
/// neither is known.
fn person_keys(name: &str, phone: Option<&str>, email: Option<&str>) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(e) = email.filter(|e| !e.is_empty()) {
        keys.push(format!("e:{}", e.to_lowercase()));
    }
    if let Some(p) = phone.filter(|p| !p.is_empty()) {
        keys.push(format!("p:{p}"));
    }
    if keys.is_empty() {
        keys.push(format!("n:{}", name.to_lowercase()));
    }
    keys
}

/// The people found, in the order first met, each once.
#[derive(Default)]
struct People {
    list: Vec<Person>,
    index: HashMap<String, usize>,
}

impl People {
    /// The person a record names, added the first time; their contact details filled in
    /// from any record that has them.
    fn of(
        &mut self,
        name: &str,
        phone: Option<&String>,
        email: Option<&String>,
        language: impl FnOnce() -> Option<String>,
    ) -> &mut Person {
        // One person when the e-mail or the phone is the same.
        let keys = person_keys(name, phone.map(String::as_str), email.map(String::as_str));
        let at = match keys.iter().find_map(|k| self.index.get(k)) {
            Some(at) => *at,
            None => {
                self.list.push(Person {
                    name: name.to_owned(),
                    phone: None,
                    email: None,
                    language: language(),
                    needs: Vec::new(),
                    appointments: Vec::new(),
                    requests: Vec::new(),
                });
                self.list.len() - 1
            }
        };
        for key in keys {
            self.index.entry(key).or_insert(at);
        }
        let person = &mut self.list[at];
        if person.phone.is_none() {
            person.phone = phone.cloned();
        }
        if person.email.is_none() {
            person.email = email.cloned();
        }
        person
    }
}

pub async fn search(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    me: Me,
    typed: &str,
    locale: Locale,
) -> Result<ResidentsView, ResidentsError> {
    let typed = typed.trim().to_owned();
    if typed.is_empty() {
        return Ok(ResidentsView {
            me,
            typed,
            searched: None,
            people: Vec::new(),
        });
    }
    let Some(query) = Query::parse(&typed) else {
        return Ok(ResidentsView {
            me,
            typed,
            searched: Some(false),
            people: Vec::new(),
        });
    };
    let appointments = appointment::Entity::find()
        .filter(matching(
            &query,
            appointment::Column::ContactName,
            appointment::Column::Phone,
            appointment::Column::Email,
        ))
        .order_by_desc(appointment::Column::StartsAt)
        .limit(MAX_ROWS)
        .all(db)
        .await?;
    let requests = request::Entity::find()
        .filter(matching(
            &query,
            request::Column::ContactName,
            request::Column::Phone,
            request::Column::Email,
        ))
        .order_by_desc(request::Column::ReceivedAt)
        .limit(MAX_ROWS)
        .all(db)
        .await?;
    let motifs: HashMap<i32, String> = motif::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, motif_name(locale, &m.slug, &m.name)))
        .collect();
    let language = |tag: &str| {
        crate::i18n::Locale::from_tag(tag).map(|l| text(locale, &format!("language-{}", l.code())))
    };

    let mut people = People::default();
    let mut read = Vec::new();
    for a in appointments {
        let p = people.of(&a.contact_name, a.phone.as_ref(), a.email.as_ref(), || {
            language(&a.language)
        });
        if let Some(need) = a.accessibility_need.filter(|n| !p.needs.contains(n)) {
            p.needs.push(need);
        }
        read.push(a.reference.clone());
        p.appointments.push(AppointmentLine {
            reference: a.reference,
            when: paris_stamp(a.starts_at),
            motif: motifs.get(&a.motif_id).cloned().unwrap_or_default(),
            status: a.status,
        });
    }
    for r in requests {
        let p = people.of(&r.contact_name, r.phone.as_ref(), r.email.as_ref(), || {
            language(&r.language)
        });
        read.push(r.reference.clone());
        p.requests.push(RequestLine {
            reference: r.reference,
            received: paris_stamp(r.received_at),
            subject: r.subject,
            status: r.status,
        });
    }
    // The read is audited with what it showed, not with what was typed.
    record(
        db,
        AuditEntry {
            action: "residents.search",
            agent_id: Some(identity.agent_id),
            device_id: Some(identity.device_id),
            subject_kind: Some("records"),
            subject_id: None,
            detail: Some(if read.is_empty() {
                "-".to_owned()
            } else {
                read.join(" ")
            }),
        },
    )
    .await?;
    Ok(ResidentsView {
        me,
        typed,
        searched: Some(true),
        people: people.list,
    })
}
