//! The search of residents across appointments, requests and their contact details, and
//! its audit row; the counsellors' merges of two people into one, and their undoing.

use super::grouping::{group, ordered, person_keys, valid_key};
use super::model::{
    AppointmentLine, CallLine, LinkLine, MAX_ROWS, MergeForm, Person, Query, RequestLine,
    ResidentsView, SeparateForm, call_outcome, key_label,
};
use crate::audit::{AuditEntry, record};
use crate::errors::{FeatureError, Refusal};
use crate::i18n::dates::paris_stamp;
use crate::i18n::names::motif_name;
use crate::i18n::{Locale, text};
use crate::staff::Me;
use crate::staff::identity::StaffIdentity;
use crate::store::entities::{appointment, campaign, campaign_call, motif, request, resident_link};
use crate::store::names::agent_names;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use std::collections::{BTreeSet, HashMap, HashSet};

#[derive(Debug, thiserror::Error)]
pub enum ResidentsError {
    #[error(transparent)]
    Db(#[from] DbErr),
    /// A merge of a person with themself, or with a key no form could send.
    #[error("these two records cannot be merged")]
    CannotMerge,
}

impl FeatureError for ResidentsError {
    fn refusal(&self) -> Option<Refusal> {
        match self {
            ResidentsError::Db(_) => None,
            ResidentsError::CannotMerge => Some(Refusal::Invalid("residents-merge-refused")),
        }
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

/// Records of the people these keys name: the same e-mail (any case) or phone, or, for a
/// name key, the same name on a record with neither.
fn naming<C: ColumnTrait>(keys: &[String], name: C, phone: C, email: Option<C>) -> Condition {
    let (mut emails, mut phones, mut names) = (Vec::new(), Vec::new(), Vec::new());
    for key in keys {
        match key.split_once(':') {
            Some(("e", v)) => emails.push(v.to_owned()),
            Some(("p", v)) => phones.push(v.to_owned()),
            Some(("n", v)) => names.push(v.to_owned()),
            _ => {}
        }
    }
    let blank = |c: C| Condition::any().add(c.is_null()).add(c.eq(""));
    let nameless = Condition::all()
        .add(Expr::expr(Func::lower(Expr::col(name))).is_in(names))
        .add(blank(phone));
    match email {
        Some(email) => Condition::any()
            .add(Expr::expr(Func::lower(Expr::col(email))).is_in(emails))
            .add(phone.is_in(phones))
            .add(nameless.add(blank(email))),
        None => Condition::any().add(phone.is_in(phones)).add(nameless),
    }
}

/// Calls of the campaigns made to the person typed (they have a name and a phone, no
/// e-mail). `None`: an e-mail address finds no call.
fn calling(query: &Query) -> Option<Condition> {
    match query {
        Query::Email(_) => None,
        _ => Some(matching(
            query,
            campaign_call::Column::Name,
            campaign_call::Column::Phone,
            campaign_call::Column::Phone,
        )),
    }
}

/// The records a search shows: those matching what was typed, then those of the keys
/// linked to them (a link may lead to another, up to three steps).
struct Found {
    appointments: Vec<appointment::Model>,
    requests: Vec<request::Model>,
    /// Calls made (not those still to make).
    calls: Vec<campaign_call::Model>,
    links: Vec<resident_link::Model>,
}

fn call_keys(c: &campaign_call::Model) -> Vec<String> {
    person_keys(&c.name, Some(&c.phone), None)
}

async fn calls_where(
    db: &DatabaseConnection,
    condition: Condition,
) -> Result<Vec<campaign_call::Model>, DbErr> {
    campaign_call::Entity::find()
        .filter(condition)
        .filter(campaign_call::Column::CalledAt.is_not_null())
        .order_by_desc(campaign_call::Column::CalledAt)
        .limit(MAX_ROWS)
        .all(db)
        .await
}

async fn find(db: &DatabaseConnection, query: &Query) -> Result<Found, DbErr> {
    let mut appointments = appointment::Entity::find()
        .filter(matching(
            query,
            appointment::Column::ContactName,
            appointment::Column::Phone,
            appointment::Column::Email,
        ))
        .order_by_desc(appointment::Column::StartsAt)
        .limit(MAX_ROWS)
        .all(db)
        .await?;
    let mut requests = request::Entity::find()
        .filter(matching(
            query,
            request::Column::ContactName,
            request::Column::Phone,
            request::Column::Email,
        ))
        .order_by_desc(request::Column::ReceivedAt)
        .limit(MAX_ROWS)
        .all(db)
        .await?;
    let mut calls = match calling(query) {
        Some(condition) => calls_where(db, condition).await?,
        None => Vec::new(),
    };
    let mut links: Vec<resident_link::Model> = Vec::new();
    let mut seen_links = HashSet::new();
    for _ in 0..3 {
        let keys: BTreeSet<String> =
            appointments
                .iter()
                .flat_map(|a| person_keys(&a.contact_name, a.phone.as_deref(), a.email.as_deref()))
                .chain(requests.iter().flat_map(|r| {
                    person_keys(&r.contact_name, r.phone.as_deref(), r.email.as_deref())
                }))
                .chain(calls.iter().flat_map(call_keys))
                .collect();
        if keys.is_empty() {
            break;
        }
        let keys: Vec<String> = keys.into_iter().collect();
        let found = resident_link::Entity::find()
            .filter(
                Condition::any()
                    .add(resident_link::Column::KeyA.is_in(keys.clone()))
                    .add(resident_link::Column::KeyB.is_in(keys.clone())),
            )
            .all(db)
            .await?;
        let mut new_keys = Vec::new();
        for link in found {
            if !seen_links.insert(link.id) {
                continue;
            }
            for k in [&link.key_a, &link.key_b] {
                if keys.binary_search(k).is_err() && !new_keys.contains(k) {
                    new_keys.push(k.clone());
                }
            }
            links.push(link);
        }
        if new_keys.is_empty() {
            break;
        }
        let known_a: HashSet<i32> = appointments.iter().map(|a| a.id).collect();
        let known_r: HashSet<i32> = requests.iter().map(|r| r.id).collect();
        let known_c: HashSet<i32> = calls.iter().map(|c| c.id).collect();
        appointments.extend(
            appointment::Entity::find()
                .filter(naming(
                    &new_keys,
                    appointment::Column::ContactName,
                    appointment::Column::Phone,
                    Some(appointment::Column::Email),
                ))
                .order_by_desc(appointment::Column::StartsAt)
                .limit(MAX_ROWS)
                .all(db)
                .await?
                .into_iter()
                .filter(|a| !known_a.contains(&a.id)),
        );
        requests.extend(
            request::Entity::find()
                .filter(naming(
                    &new_keys,
                    request::Column::ContactName,
                    request::Column::Phone,
                    Some(request::Column::Email),
                ))
                .order_by_desc(request::Column::ReceivedAt)
                .limit(MAX_ROWS)
                .all(db)
                .await?
                .into_iter()
                .filter(|r| !known_r.contains(&r.id)),
        );
        let more_calls = naming(
            &new_keys,
            campaign_call::Column::Name,
            campaign_call::Column::Phone,
            None,
        );
        calls.extend(
            calls_where(db, more_calls)
                .await?
                .into_iter()
                .filter(|c| !known_c.contains(&c.id)),
        );
    }
    Ok(Found {
        appointments,
        requests,
        calls,
        links,
    })
}

/// Every record's keys, appointments first, then requests, then calls (that order decides
/// the order of the people), and the person each record belongs to.
fn grouped(
    appointments: &[appointment::Model],
    requests: &[request::Model],
    calls: &[campaign_call::Model],
    links: &[resident_link::Model],
) -> (Vec<Vec<String>>, Vec<usize>) {
    let record_keys: Vec<Vec<String>> = appointments
        .iter()
        .map(|a| person_keys(&a.contact_name, a.phone.as_deref(), a.email.as_deref()))
        .chain(
            requests
                .iter()
                .map(|r| person_keys(&r.contact_name, r.phone.as_deref(), r.email.as_deref())),
        )
        .chain(calls.iter().map(call_keys))
        .collect();
    let pairs: Vec<(String, String)> = links
        .iter()
        .map(|l| (l.key_a.clone(), l.key_b.clone()))
        .collect();
    let groups = group(&record_keys, &pairs);
    (record_keys, groups)
}

/// One person's records as a search shows them: the person whose card carries `key` among
/// those `typed` finds. What an export gives and an erasure anonymises is exactly this.
pub struct PersonRecords {
    /// Every key of the person (their e-mails, phones, or name).
    pub keys: Vec<String>,
    pub appointments: Vec<appointment::Model>,
    pub requests: Vec<request::Model>,
    pub calls: Vec<campaign_call::Model>,
    pub links: Vec<resident_link::Model>,
}

/// `None`: the search finds nobody with that key (typed again since, or erased already).
pub async fn person_records(
    db: &DatabaseConnection,
    typed: &str,
    key: &str,
) -> Result<Option<PersonRecords>, DbErr> {
    let Some(query) = Query::parse(typed) else {
        return Ok(None);
    };
    let Found {
        appointments,
        requests,
        calls,
        links,
    } = find(db, &query).await?;
    let (record_keys, groups) = grouped(&appointments, &requests, &calls, &links);
    let Some(at) = record_keys.iter().position(|k| k.iter().any(|k| k == key)) else {
        return Ok(None);
    };
    let person = groups[at];
    let mine = |i: usize| groups[i] == person;
    let keys: BTreeSet<String> = record_keys
        .iter()
        .enumerate()
        .filter(|(i, _)| mine(*i))
        .flat_map(|(_, k)| k.iter().cloned())
        .collect();
    // Records are numbered appointments first, then requests, then calls.
    let (na, nr) = (appointments.len(), requests.len());
    fn theirs<T>(records: Vec<T>, first: usize, mine: impl Fn(usize) -> bool) -> Vec<T> {
        let numbered = records.into_iter().enumerate();
        numbered
            .filter(|(i, _)| mine(first + i))
            .map(|(_, r)| r)
            .collect()
    }
    let appointments = theirs(appointments, 0, mine);
    let requests = theirs(requests, na, mine);
    let calls = theirs(calls, na + nr, mine);
    let links = links
        .into_iter()
        .filter(|l| keys.contains(&l.key_a) || keys.contains(&l.key_b))
        .collect();
    let mut person = PersonRecords {
        keys: keys.into_iter().collect(),
        appointments,
        requests,
        calls,
        links,
    };
    // A search by phone shows the records with that phone; the person's data is also
    // under the e-mail those records give, and so on (three steps at most, as a search).
    for _ in 0..3 {
        if !widen(db, &mut person).await? {
            break;
        }
    }
    Ok(Some(person))
}

/// Adds the records named by the person's keys that are not in yet; `false`: none.
async fn widen(db: &DatabaseConnection, person: &mut PersonRecords) -> Result<bool, DbErr> {
    let known_a: HashSet<i32> = person.appointments.iter().map(|a| a.id).collect();
    let known_r: HashSet<i32> = person.requests.iter().map(|r| r.id).collect();
    let known_c: HashSet<i32> = person.calls.iter().map(|c| c.id).collect();
    let keys = &person.keys;
    let appointments: Vec<_> = appointment::Entity::find()
        .filter(naming(
            keys,
            appointment::Column::ContactName,
            appointment::Column::Phone,
            Some(appointment::Column::Email),
        ))
        .limit(MAX_ROWS)
        .all(db)
        .await?
        .into_iter()
        .filter(|a| !known_a.contains(&a.id))
        .collect();
    let requests: Vec<_> = request::Entity::find()
        .filter(naming(
            keys,
            request::Column::ContactName,
            request::Column::Phone,
            Some(request::Column::Email),
        ))
        .limit(MAX_ROWS)
        .all(db)
        .await?
        .into_iter()
        .filter(|r| !known_r.contains(&r.id))
        .collect();
    let calls: Vec<_> = calls_where(
        db,
        naming(
            keys,
            campaign_call::Column::Name,
            campaign_call::Column::Phone,
            None,
        ),
    )
    .await?
    .into_iter()
    .filter(|c| !known_c.contains(&c.id))
    .collect();
    if appointments.is_empty() && requests.is_empty() && calls.is_empty() {
        return Ok(false);
    }
    let mut keys: BTreeSet<String> = person.keys.iter().cloned().collect();
    keys.extend(
        appointments
            .iter()
            .flat_map(|a| person_keys(&a.contact_name, a.phone.as_deref(), a.email.as_deref()))
            .chain(
                requests.iter().flat_map(|r| {
                    person_keys(&r.contact_name, r.phone.as_deref(), r.email.as_deref())
                }),
            )
            .chain(calls.iter().flat_map(call_keys)),
    );
    person.keys = keys.into_iter().collect();
    person.appointments.extend(appointments);
    person.requests.extend(requests);
    person.calls.extend(calls);
    Ok(true)
}

/// How a record names its person.
struct Named<'r> {
    name: &'r str,
    phone: Option<&'r str>,
    email: Option<&'r str>,
    language: &'r str,
}

/// The people shown, numbered as `grouping::group` numbers them, and the person of each
/// key seen.
#[derive(Default)]
struct People {
    list: Vec<Person>,
    by_key: HashMap<String, usize>,
}

impl People {
    /// Person `n` (added the first time, named by that record), with the contact details
    /// of this record filled in where still missing.
    fn of(
        &mut self,
        n: usize,
        keys: &[String],
        record: Named<'_>,
        language: &impl Fn(&str) -> Option<String>,
    ) -> &mut Person {
        if n == self.list.len() {
            self.list.push(Person {
                name: record.name.to_owned(),
                phone: None,
                email: None,
                language: language(record.language),
                needs: Vec::new(),
                appointments: Vec::new(),
                requests: Vec::new(),
                calls: Vec::new(),
                key: keys[0].clone(),
                links: Vec::new(),
            });
        }
        for k in keys {
            self.by_key.insert(k.clone(), n);
        }
        let known = |v: Option<&str>| v.filter(|v| !v.is_empty()).map(str::to_owned);
        let p = &mut self.list[n];
        p.phone = p.phone.take().or_else(|| known(record.phone));
        p.email = p.email.take().or_else(|| known(record.email));
        p
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
    let Found {
        appointments,
        requests,
        calls,
        links,
    } = find(db, &query).await?;
    let motifs: HashMap<i32, String> = motif::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, motif_name(locale, &m.slug, &m.name)))
        .collect();
    let language = |tag: &str| {
        crate::i18n::Locale::from_tag(tag).map(|l| text(locale, &format!("language-{}", l.code())))
    };

    let (record_keys, groups) = grouped(&appointments, &requests, &calls, &links);
    let mut people = People::default();
    let mut read = Vec::new();
    let mut at = 0;
    for a in appointments {
        let p = people.of(
            groups[at],
            &record_keys[at],
            Named {
                name: &a.contact_name,
                phone: a.phone.as_deref(),
                email: a.email.as_deref(),
                language: &a.language,
            },
            &language,
        );
        at += 1;
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
        let p = people.of(
            groups[at],
            &record_keys[at],
            Named {
                name: &r.contact_name,
                phone: r.phone.as_deref(),
                email: r.email.as_deref(),
                language: &r.language,
            },
            &language,
        );
        at += 1;
        read.push(r.reference.clone());
        p.requests.push(RequestLine {
            reference: r.reference,
            received: paris_stamp(r.received_at),
            subject: r.subject,
            status: r.status,
        });
    }
    // Who called and merged, and the campaigns' titles: read only when there are some.
    let agents = match calls.is_empty() && links.is_empty() {
        true => HashMap::new(),
        false => agent_names(db).await?,
    };
    let campaigns: HashMap<i32, String> = match calls.is_empty() {
        true => HashMap::new(),
        false => campaign::Entity::find()
            .filter(campaign::Column::Id.is_in(calls.iter().map(|c| c.campaign_id)))
            .all(db)
            .await?
            .into_iter()
            .map(|c| (c.id, c.title))
            .collect(),
    };
    for c in calls {
        let p = people.of(
            groups[at],
            &record_keys[at],
            Named {
                name: &c.name,
                phone: Some(&c.phone),
                email: None,
                language: &c.language,
            },
            &language,
        );
        at += 1;
        read.push(format!("appel-{}", c.id));
        p.calls.push(CallLine {
            when: c.called_at.map(paris_stamp).unwrap_or_default(),
            campaign: campaigns.get(&c.campaign_id).cloned().unwrap_or_default(),
            outcome: call_outcome(&c.status).to_owned(),
            by: c
                .called_by
                .and_then(|a| agents.get(&a).cloned())
                .unwrap_or_default(),
            note: c.note,
        });
    }
    let People {
        list: mut people,
        by_key: person_of_key,
    } = people;
    for l in links {
        if let Some(&n) = person_of_key.get(l.key_a.as_str()) {
            people[n].links.push(LinkLine {
                id: l.id,
                first: key_label(&l.key_a),
                second: key_label(&l.key_b),
                by: agents.get(&l.agent_id).cloned().unwrap_or_default(),
                when: paris_stamp(l.created_at),
            });
        }
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
        people,
    })
}

/// Records that "these two are one person": a link between their keys, written once
/// whoever clicks first, and audited.
pub async fn merge(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &MergeForm,
    now: DateTime<Utc>,
) -> Result<(), ResidentsError> {
    let (a, b) = (form.person.trim(), form.with.trim());
    if !valid_key(a) || !valid_key(b) || a == b {
        return Err(ResidentsError::CannotMerge);
    }
    let (a, b) = ordered(a, b);
    let exists = resident_link::Entity::find()
        .filter(resident_link::Column::KeyA.eq(a))
        .filter(resident_link::Column::KeyB.eq(b))
        .one(db)
        .await?
        .is_some();
    if !exists {
        let inserted = resident_link::ActiveModel {
            key_a: Set(a.to_owned()),
            key_b: Set(b.to_owned()),
            agent_id: Set(identity.agent_id),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await;
        // Two counsellors merging the same two at once: the unique pair keeps one link.
        if let Err(e) = inserted {
            let still_missing = resident_link::Entity::find()
                .filter(resident_link::Column::KeyA.eq(a))
                .filter(resident_link::Column::KeyB.eq(b))
                .one(db)
                .await?
                .is_none();
            if still_missing {
                return Err(e.into());
            }
        }
    }
    record(
        db,
        AuditEntry {
            action: "residents.merge",
            agent_id: Some(identity.agent_id),
            device_id: Some(identity.device_id),
            subject_kind: Some("resident"),
            subject_id: None,
            detail: Some(format!("{a} = {b}")),
        },
    )
    .await?;
    Ok(())
}

/// Undoes a merge: the two are shown apart again. Audited with what was separated.
pub async fn separate(
    db: &DatabaseConnection,
    identity: &StaffIdentity,
    form: &SeparateForm,
) -> Result<(), ResidentsError> {
    let Some(link) = resident_link::Entity::find_by_id(form.link).one(db).await? else {
        // Already separated by someone else: nothing left to do.
        return Ok(());
    };
    resident_link::Entity::delete_by_id(link.id)
        .exec(db)
        .await?;
    record(
        db,
        AuditEntry {
            action: "residents.separate",
            agent_id: Some(identity.agent_id),
            device_id: Some(identity.device_id),
            subject_kind: Some("resident"),
            subject_id: None,
            detail: Some(format!("{} = {}", link.key_a, link.key_b)),
        },
    )
    .await?;
    Ok(())
}
