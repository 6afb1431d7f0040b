//! The validated newtypes refuse every out-of-range value with a message a person can
//! act on.

use plateful_core::*;

#[test]
fn a_title_is_trimmed_and_must_hold_1_to_200_characters() {
    assert_eq!(Title::parse("  Talk at the meetup \n").unwrap().as_str(), "Talk at the meetup");
    assert_eq!(Title::parse("").unwrap_err(), TextError::Empty);
    assert_eq!(Title::parse(" \t ").unwrap_err(), TextError::Empty);
    assert!(Title::parse(&"é".repeat(200)).is_ok(), "200 characters, 400 bytes, is allowed");
    let error = Title::parse(&"x".repeat(201)).unwrap_err();
    assert_eq!(error, TextError::TooLong { max: 200, actual: 201 });
    assert_eq!(error.to_string(), "must be at most 200 characters (found 201)");
    assert_eq!(TextError::Empty.to_string(), "must not be empty");
}

#[test]
fn a_person_name_holds_1_to_80_characters() {
    assert!(PersonName::parse(&"a".repeat(80)).is_ok());
    assert_eq!(
        PersonName::parse(&"a".repeat(81)).unwrap_err(),
        TextError::TooLong { max: 80, actual: 81 }
    );
    assert_eq!(PersonName::parse("").unwrap_err(), TextError::Empty);
}

#[test]
fn notes_hold_up_to_10000_characters_kept_as_typed() {
    assert_eq!(Notes::parse("  spaced  ").unwrap().as_str(), "  spaced  ");
    assert!(Notes::parse("").unwrap().is_empty());
    assert!(Notes::parse(&"n".repeat(10_000)).is_ok());
    assert_eq!(
        Notes::parse(&"n".repeat(10_001)).unwrap_err(),
        TextError::TooLong { max: 10_000, actual: 10_001 }
    );
}

#[test]
fn a_tag_is_one_word_of_at_most_40_characters() {
    assert_eq!(Tag::parse(" infra ").unwrap().as_str(), "infra");
    assert_eq!(Tag::parse("two words").unwrap_err(), TextError::Whitespace);
    assert_eq!(Tag::parse("").unwrap_err(), TextError::Empty);
    assert_eq!(
        Tag::parse(&"t".repeat(41)).unwrap_err(),
        TextError::TooLong { max: 40, actual: 41 }
    );
}

#[test]
fn estimates_and_logged_hours_must_be_positive_finite_and_plausible() {
    assert_eq!(PositiveHours::new(0.25).unwrap().get(), 0.25);
    assert_eq!(PositiveHours::new(0.0).unwrap_err(), NumberError::NotPositive);
    assert_eq!(PositiveHours::new(-3.0).unwrap_err(), NumberError::NotPositive);
    assert_eq!(PositiveHours::new(f64::NAN).unwrap_err(), NumberError::NotFinite);
    assert_eq!(PositiveHours::new(f64::INFINITY).unwrap_err(), NumberError::NotFinite);
    assert_eq!(
        PositiveHours::new(100_000.5).unwrap_err(),
        NumberError::TooLarge { max: 100_000.0 }
    );
    assert_eq!(NumberError::NotPositive.to_string(), "must be greater than 0");
}

#[test]
fn weekly_hours_lie_between_0_and_168() {
    assert!(WeeklyHours::new(0.0).is_ok());
    assert!(WeeklyHours::new(168.0).is_ok());
    assert_eq!(WeeklyHours::new(168.5).unwrap_err(), NumberError::TooLarge { max: 168.0 });
    assert_eq!(WeeklyHours::new(-1.0).unwrap_err(), NumberError::Negative);
    assert_eq!(NumberError::TooLarge { max: 168.0 }.to_string(), "must be at most 168");
}

#[test]
fn a_date_range_cannot_end_before_it_starts() {
    let d = |day| chrono::NaiveDate::from_ymd_opt(2026, 12, day).unwrap();
    assert!(DateRange::new(d(7), d(7)).unwrap().contains(d(7)));
    let error = DateRange::new(d(11), d(7)).unwrap_err();
    assert_eq!(error.to_string(), "ends (2026-12-07) before it starts (2026-12-11)");
}

#[test]
fn working_days_default_to_monday_to_friday() {
    let days = WorkingDays::default();
    assert_eq!(days.count(), 5);
    assert!(days.contains(chrono::Weekday::Fri));
    assert!(!days.contains(chrono::Weekday::Sat));
    assert_eq!(days.without(chrono::Weekday::Fri).count(), 4);
}

#[test]
fn each_role_has_its_default_capacity() {
    assert_eq!(Role::Me.default_capacity().map(WeeklyHours::get), Some(40.0));
    assert_eq!(Role::Report.default_capacity().map(WeeklyHours::get), Some(40.0));
    assert_eq!(Role::Peer.default_capacity(), None);
    assert_eq!(Role::Stakeholder.default_capacity(), None);
}
