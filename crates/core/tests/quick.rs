//! Quick add: one line in, a draft commitment out.

mod support;

use plateful_core::quick::{parse, QuickError};
use plateful_core::*;
use support::*;

/// Tuesday 24 November 2026.
fn today() -> chrono::NaiveDate {
    date(2026, 11, 24)
}

#[test]
fn a_full_line_reads_every_token() {
    let plan = team_plan();
    let draft =
        parse("Talk at the meetup 12h by 2027-03-15 @claire ! #community", today(), &plan).unwrap();
    assert_eq!(draft.title.as_str(), "Talk at the meetup");
    assert_eq!(draft.effort, one_off(12.0));
    assert_eq!(draft.due, Some(Due { date: date(2027, 3, 15), kind: DueKind::Soft }));
    assert_eq!(draft.requested_by, Some(Party::Person(person_id(3))));
    assert!(draft.important);
    assert_eq!(draft.tags, vec![Tag::parse("community").unwrap()]);
    assert_eq!(draft.owner, None);
}

#[test]
fn recurring_hours_and_minutes() {
    let plan = team_plan();
    let draft = parse("1:1s 3h/w", today(), &plan).unwrap();
    assert_eq!(
        draft.effort,
        Effort::Recurring { hours_per_week: WeeklyHours::new(3.0).unwrap(), until: None }
    );
    assert_eq!(parse("Call 90m", today(), &plan).unwrap().effort, one_off(1.5));
    assert_eq!(parse("Review 2,5h", today(), &plan).unwrap().effort, one_off(2.5));
    assert_eq!(parse("Think", today(), &plan).unwrap().effort, Effort::Unestimated);
}

#[test]
fn weekdays_mean_the_next_one_after_today() {
    let plan = team_plan();
    let due = |line: &str| parse(line, today(), &plan).unwrap().due.map(|d| d.date);
    assert_eq!(due("Slides by fri"), Some(date(2026, 11, 27)));
    assert_eq!(due("Slides by tue"), Some(date(2026, 12, 1)), "not today: a week from now");
    assert_eq!(due("Slides by Monday"), Some(date(2026, 11, 30)));
    assert_eq!(due("Slides by tomorrow"), Some(date(2026, 11, 25)));
    assert_eq!(due("Slides by today"), Some(today()));
}

#[test]
fn a_double_at_names_the_owner() {
    let plan = team_plan();
    let draft = parse("Migrate CI 24h @@alice", today(), &plan).unwrap();
    assert_eq!(draft.owner, Some(person_id(2)));
    assert_eq!(
        parse("Migrate CI @@claire", today(), &plan).unwrap_err(),
        QuickError::CannotOwn("claire".into())
    );
}

#[test]
fn an_unknown_name_is_kept_as_free_text() {
    let plan = team_plan();
    let draft = parse("Budget 4h @finance", today(), &plan).unwrap();
    assert_eq!(draft.requested_by, Some(Party::Text(Source::parse("finance").unwrap())));
    assert_eq!(
        parse("Budget @@finance", today(), &plan).unwrap_err(),
        QuickError::UnknownPerson("finance".into())
    );
}

#[test]
fn mistakes_are_named_with_the_word_at_fault() {
    let plan = team_plan();
    assert_eq!(
        parse("12h by fri", today(), &plan).unwrap().title.as_str(),
        "12h",
        "the first word is always title"
    );
    assert_eq!(
        parse("Talk organised by Claire", today(), &plan).unwrap().title.as_str(),
        "Talk organised by Claire"
    );
    assert_eq!(parse("Talk organised by Claire", today(), &plan).unwrap().due, None);
    assert_eq!(
        parse("Slides by 2026-02-30", today(), &plan).unwrap_err(),
        QuickError::BadDate("2026-02-30".into())
    );
    assert_eq!(parse("Slides 0h", today(), &plan).unwrap_err(), QuickError::BadHours("0h".into()));
    assert_eq!(
        parse("Slides 200h/w", today(), &plan).unwrap_err(),
        QuickError::BadHours("200h/w".into())
    );
    assert!(matches!(
        parse("   ", today(), &plan).unwrap_err(),
        QuickError::Title(TextError::Empty)
    ));
    assert_eq!(
        QuickError::BadDate("someday".into()).to_string(),
        "\"someday\" is not a date (try 2026-12-15 or fri)"
    );
}

#[test]
fn words_that_only_look_like_tokens_stay_in_the_title() {
    let plan = team_plan();
    let draft = parse("Write 2nd draft of h2 plan for Bob", today(), &plan).unwrap();
    assert_eq!(draft.title.as_str(), "Write 2nd draft of h2 plan for Bob");
    assert_eq!(draft.effort, Effort::Unestimated);
}
