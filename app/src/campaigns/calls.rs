//! What becomes of a person in a campaign after a call. Pure.

use serde::{Deserialize, Serialize};

/// Calls without an answer before a person is set aside as unreachable.
pub const MAX_ATTEMPTS: i32 = 3;
/// How long a counsellor holds the person they are calling before another may take them.
pub const HOLD_MINUTES: i64 = 20;

/// Where a person of the list stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CallStatus {
    /// Still to call (never called, or no answer yet and tries left).
    ToCall,
    Reached,
    /// No answer after [`MAX_ATTEMPTS`] calls.
    Unreachable,
    WrongNumber,
    /// Reached, and did not want to talk about it.
    Declined,
}

impl CallStatus {
    pub const ALL: [CallStatus; 5] = [
        CallStatus::ToCall,
        CallStatus::Reached,
        CallStatus::Unreachable,
        CallStatus::WrongNumber,
        CallStatus::Declined,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            CallStatus::ToCall => "to_call",
            CallStatus::Reached => "reached",
            CallStatus::Unreachable => "unreachable",
            CallStatus::WrongNumber => "wrong_number",
            CallStatus::Declined => "declined",
        }
    }

    pub fn parse(s: &str) -> Option<CallStatus> {
        CallStatus::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub const fn message_id(self) -> &'static str {
        match self {
            CallStatus::ToCall => "campaigns-status-to-call",
            CallStatus::Reached => "campaigns-status-reached",
            CallStatus::Unreachable => "campaigns-status-unreachable",
            CallStatus::WrongNumber => "campaigns-status-wrong-number",
            CallStatus::Declined => "campaigns-status-declined",
        }
    }
}

/// What the counsellor says of one call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CallOutcome {
    Reached,
    NoAnswer,
    WrongNumber,
    Declined,
}

impl CallOutcome {
    pub const ALL: [CallOutcome; 4] = [
        CallOutcome::Reached,
        CallOutcome::NoAnswer,
        CallOutcome::WrongNumber,
        CallOutcome::Declined,
    ];

    /// As the form posts it, and as the contact log keeps it.
    pub const fn as_str(self) -> &'static str {
        match self {
            CallOutcome::Reached => "reached",
            CallOutcome::NoAnswer => "no_answer",
            CallOutcome::WrongNumber => "wrong_number",
            CallOutcome::Declined => "declined",
        }
    }

    pub fn parse(s: &str) -> Option<CallOutcome> {
        CallOutcome::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub const fn message_id(self) -> &'static str {
        match self {
            CallOutcome::Reached => "campaigns-outcome-reached",
            CallOutcome::NoAnswer => "campaigns-outcome-no-answer",
            CallOutcome::WrongNumber => "campaigns-outcome-wrong-number",
            CallOutcome::Declined => "campaigns-outcome-declined",
        }
    }

    /// The person's status after this call, the `attempts`-th (counting it).
    pub fn after(self, attempts: i32) -> CallStatus {
        match self {
            CallOutcome::Reached => CallStatus::Reached,
            CallOutcome::WrongNumber => CallStatus::WrongNumber,
            CallOutcome::Declined => CallStatus::Declined,
            CallOutcome::NoAnswer if attempts >= MAX_ATTEMPTS => CallStatus::Unreachable,
            CallOutcome::NoAnswer => CallStatus::ToCall,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_answer_keeps_a_person_on_the_list_until_the_last_try() {
        assert_eq!(CallOutcome::NoAnswer.after(1), CallStatus::ToCall);
        assert_eq!(CallOutcome::NoAnswer.after(2), CallStatus::ToCall);
        assert_eq!(CallOutcome::NoAnswer.after(3), CallStatus::Unreachable);
        assert_eq!(CallOutcome::Reached.after(1), CallStatus::Reached);
        assert_eq!(CallOutcome::WrongNumber.after(2), CallStatus::WrongNumber);
        assert_eq!(CallOutcome::Declined.after(1), CallStatus::Declined);
    }

    #[test]
    fn statuses_and_outcomes_read_back_what_they_write() {
        for s in CallStatus::ALL {
            assert_eq!(CallStatus::parse(s.as_str()), Some(s));
        }
        for o in CallOutcome::ALL {
            assert_eq!(CallOutcome::parse(o.as_str()), Some(o));
        }
        assert_eq!(CallOutcome::parse("maybe"), None);
    }
}
