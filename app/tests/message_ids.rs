//! Every message id that code builds from a type (roles, sections, holidays, errors) has
//! a French text, so no page ever shows an id instead of words.

use app::calendar::holidays::public_holidays;
use app::contact_details::ContactError;
use app::errors::AppError;
use app::i18n::{Locale, try_text};
use app::staff::{Role, StaffSection};

fn assert_french(id: &str) {
    assert!(
        try_text(Locale::Fr, id).is_some(),
        "no French text for '{id}'"
    );
}

#[test]
fn ids_built_from_types_exist() {
    for role in Role::ALL {
        assert_french(role.message_id());
    }
    for section in StaffSection::ALL {
        assert_french(section.message_id());
        assert_french(&format!("{}-summary", section.message_id()));
    }
    for group in app::staff::model::AdminGroup::ALL {
        assert_french(group.message_id());
    }
    for holiday in public_holidays(2026, true) {
        assert_french(holiday.kind.message_id());
    }
    for error in [
        ContactError::Name,
        ContactError::Phone,
        ContactError::Email,
        ContactError::NoWayToReach,
    ] {
        assert_french(error.message_id());
    }
    for error in [
        AppError::NotSignedIn,
        AppError::Forbidden,
        AppError::DeviceNotEnrolled,
        AppError::NotFound,
        AppError::Internal,
    ] {
        assert_french(error.message_id());
    }
    for day in [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ] {
        assert_french(&format!("weekday-{day}"));
    }
}

#[test]
fn an_unknown_id_is_noticed() {
    assert!(try_text(Locale::Fr, "no-such-message").is_none());
}
