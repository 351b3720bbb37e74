//! French public holidays: fixed dates plus those that follow Easter. Alsace-Moselle adds
//! Good Friday and 26 December (local law), chosen per site.

use chrono::{Datelike, Duration, NaiveDate};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HolidayKind {
    NewYear,
    GoodFriday,
    EasterMonday,
    LabourDay,
    VictoryInEurope,
    Ascension,
    WhitMonday,
    BastilleDay,
    Assumption,
    AllSaints,
    Armistice,
    Christmas,
    StStephen,
}

impl HolidayKind {
    /// Fluent id of the holiday's name.
    pub fn message_id(self) -> &'static str {
        match self {
            HolidayKind::NewYear => "holiday-new-year",
            HolidayKind::GoodFriday => "holiday-good-friday",
            HolidayKind::EasterMonday => "holiday-easter-monday",
            HolidayKind::LabourDay => "holiday-labour-day",
            HolidayKind::VictoryInEurope => "holiday-victory-in-europe",
            HolidayKind::Ascension => "holiday-ascension",
            HolidayKind::WhitMonday => "holiday-whit-monday",
            HolidayKind::BastilleDay => "holiday-bastille-day",
            HolidayKind::Assumption => "holiday-assumption",
            HolidayKind::AllSaints => "holiday-all-saints",
            HolidayKind::Armistice => "holiday-armistice",
            HolidayKind::Christmas => "holiday-christmas",
            HolidayKind::StStephen => "holiday-st-stephen",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Holiday {
    pub date: NaiveDate,
    pub kind: HolidayKind,
}

/// Easter Sunday of `year` (Gregorian calendar), by the anonymous Gregorian computus.
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("computus yields a valid date")
}

/// Every public holiday of `year`, in date order.
pub fn public_holidays(year: i32, alsace_moselle: bool) -> Vec<Holiday> {
    let fixed = |m, d, kind| Holiday {
        date: NaiveDate::from_ymd_opt(year, m, d).expect("fixed holiday dates exist every year"),
        kind,
    };
    let easter = easter_sunday(year);
    let after_easter = |days, kind| Holiday {
        date: easter + Duration::days(days),
        kind,
    };
    let mut list = vec![
        fixed(1, 1, HolidayKind::NewYear),
        after_easter(1, HolidayKind::EasterMonday),
        fixed(5, 1, HolidayKind::LabourDay),
        fixed(5, 8, HolidayKind::VictoryInEurope),
        after_easter(39, HolidayKind::Ascension),
        after_easter(50, HolidayKind::WhitMonday),
        fixed(7, 14, HolidayKind::BastilleDay),
        fixed(8, 15, HolidayKind::Assumption),
        fixed(11, 1, HolidayKind::AllSaints),
        fixed(11, 11, HolidayKind::Armistice),
        fixed(12, 25, HolidayKind::Christmas),
    ];
    if alsace_moselle {
        list.push(after_easter(-2, HolidayKind::GoodFriday));
        list.push(fixed(12, 26, HolidayKind::StStephen));
    }
    list.sort_by_key(|h| h.date);
    list
}

/// The holiday falling on `date`, if any.
pub fn holiday_on(date: NaiveDate, alsace_moselle: bool) -> Option<HolidayKind> {
    public_holidays(date.year(), alsace_moselle)
        .into_iter()
        .find(|h| h.date == date)
        .map(|h| h.kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_dates_match_the_published_ones() {
        assert_eq!(easter_sunday(2024), d(2024, 3, 31));
        assert_eq!(easter_sunday(2025), d(2025, 4, 20));
        assert_eq!(easter_sunday(2026), d(2026, 4, 5));
        assert_eq!(easter_sunday(2027), d(2027, 3, 28));
        assert_eq!(easter_sunday(2038), d(2038, 4, 25));
        assert_eq!(easter_sunday(2285), d(2285, 3, 22));
    }

    #[test]
    fn eleven_holidays_in_most_of_france_thirteen_in_alsace_moselle() {
        assert_eq!(public_holidays(2026, false).len(), 11);
        assert_eq!(public_holidays(2026, true).len(), 13);
    }

    #[test]
    fn moveable_holidays_of_2026() {
        assert_eq!(
            holiday_on(d(2026, 4, 6), false),
            Some(HolidayKind::EasterMonday)
        );
        assert_eq!(
            holiday_on(d(2026, 5, 14), false),
            Some(HolidayKind::Ascension)
        );
        assert_eq!(
            holiday_on(d(2026, 5, 25), false),
            Some(HolidayKind::WhitMonday)
        );
        assert_eq!(holiday_on(d(2026, 4, 3), false), None);
        assert_eq!(
            holiday_on(d(2026, 4, 3), true),
            Some(HolidayKind::GoodFriday)
        );
    }

    #[test]
    fn fixed_holidays_and_ordinary_days() {
        assert_eq!(
            holiday_on(d(2026, 7, 14), false),
            Some(HolidayKind::BastilleDay)
        );
        assert_eq!(
            holiday_on(d(2026, 11, 11), false),
            Some(HolidayKind::Armistice)
        );
        assert_eq!(holiday_on(d(2026, 12, 26), false), None);
        assert_eq!(
            holiday_on(d(2026, 12, 26), true),
            Some(HolidayKind::StStephen)
        );
        assert_eq!(holiday_on(d(2026, 11, 23), false), None);
    }
}
