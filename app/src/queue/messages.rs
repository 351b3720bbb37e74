//! The one message the queue sends: "your turn is near", by SMS to a resident who left a
//! number with their ticket. Rendered in the ticket's language, once per ticket.

use crate::i18n::{Locale, args, text_with};
use crate::notifications::outbox::{Channel, Outgoing};
use crate::notifications::templates::{clean, fold_to_gsm};
use crate::store::entities::ticket;

pub fn near_turn(t: &ticket::Model, phone: &str, site: String, ahead: usize) -> Outgoing {
    let locale = Locale::from_tag(&t.language).unwrap_or_default();
    let body = text_with(
        locale,
        "notif-ticket-near-sms",
        &args([
            ("code", t.code.clone().into()),
            ("ahead", (ahead as i64).into()),
            ("site", site.into()),
        ]),
    );
    Outgoing {
        channel: Channel::Sms,
        recipient: phone.to_owned(),
        language: locale.code().into(),
        template: "ticket-near".into(),
        subject: None,
        body: fold_to_gsm(&clean(locale, &body)),
        // Once per ticket, however often the queue moves afterwards.
        idempotency_key: format!("ticket-near:{}:sms", t.id),
    }
}
