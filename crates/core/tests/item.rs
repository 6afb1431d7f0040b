//! One commitment as its row and its page show it: the figures of its effort (golden),
//! whose it is and who asked, the controls each status offers and the commands they
//! send (every one accepted where it is offered), and a progress entry read from a form.

mod support;

use chrono::NaiveDate;
use plateful_core::input::{InputError, Problem};
use plateful_core::item::{
    chosen_status, controls, logged_on, owner_other_than_me, party_name, Control, EntryError,
    EntryField, EntryInput, Figures, Move,
};
use plateful_core::*;
use support::*;

fn logged(plan: &mut Plan, n: u8, spent: &[f64]) {
    for (day, h) in spent.iter().enumerate() {
        plan.apply(Command::LogProgress {
            id: commitment_id(n),
            entry: ProgressEntry {
                date: date(2026, 11, 3 + day as u32),
                hours: hours(*h),
                note: Notes::default(),
            },
            at: at(2026, 11, 3 + day as u32, 18),
        })
        .unwrap();
    }
}

#[test]
fn figures_of_each_effort() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Roadmap", one_off(20.0));
    logged(&mut plan, 1, &[4.5]);
    add(&mut plan, 2, "Overrun", one_off(3.0));
    logged(&mut plan, 2, &[2.0, 2.5]);
    let weekly = Effort::Recurring {
        hours_per_week: WeeklyHours::new(2.5).unwrap(),
        until: Some(date(2027, 3, 31)),
    };
    add(&mut plan, 3, "One-on-ones", weekly);
    add(&mut plan, 4, "Someday idea", Effort::Unestimated);
    logged(&mut plan, 4, &[1.0, 0.5]);
    let figures = |n| Figures::of(plan.commitment(commitment_id(n)).unwrap());

    assert_eq!(figures(1), Figures::OneOff { estimate: 20.0, spent: 4.5, remaining: 15.5 });
    // More spent than estimated leaves nothing, never a negative remainder.
    assert_eq!(figures(2), Figures::OneOff { estimate: 3.0, spent: 4.5, remaining: 0.0 });
    assert_eq!(
        figures(3),
        Figures::Recurring { per_week: 2.5, until: Some(date(2027, 3, 31)), spent: 0.0 }
    );
    assert_eq!(figures(4), Figures::Unestimated { spent: 1.5 });
    assert_eq!(figures(4).spent(), 1.5);
    assert_eq!(figures(1).spent(), 4.5);
}

#[test]
fn a_row_names_the_owner_only_when_it_is_not_me_and_who_asked() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Mine", one_off(1.0));
    add(&mut plan, 2, "Alice's", one_off(1.0));
    plan.commitments[1].owner = person_id(2);
    assert_eq!(owner_other_than_me(&plan, &plan.commitments[0]), None);
    assert_eq!(owner_other_than_me(&plan, &plan.commitments[1]), Some("Alice"));

    let claire = Party::Person(person_id(3));
    assert_eq!(party_name(&plan, &claire), Some("Claire"));
    let text = Party::Text(Source::parse("Meetup organisers").unwrap());
    assert_eq!(party_name(&plan, &text), Some("Meetup organisers"));
    assert_eq!(party_name(&plan, &Party::Person(person_id(9))), None);
}

#[test]
fn each_status_offers_what_one_does_next_with_it() {
    let moves = |kind| controls(kind).to_vec();
    assert_eq!(
        moves(StatusKind::Proposed),
        [Control::Move(Move::Accept), Control::Weigh, Control::Move(Move::Decline)]
    );
    assert_eq!(
        moves(StatusKind::Active),
        [Control::LogHours, Control::Move(Move::Done), Control::Wait]
    );
    assert_eq!(
        moves(StatusKind::Waiting),
        [Control::Move(Move::FollowedUp), Control::Move(Move::Resume)]
    );
    assert_eq!(moves(StatusKind::Someday), [Control::Move(Move::Start)]);
    assert_eq!(moves(StatusKind::Done), [Control::Move(Move::Reopen)]);
    assert_eq!(moves(StatusKind::Dropped), [Control::Move(Move::Reopen)]);
}

/// A commitment in each status, the way the app reaches it.
fn in_status(kind: StatusKind) -> Plan {
    let mut plan = team_plan();
    add(&mut plan, 1, "Work", one_off(5.0));
    let waiting = Status::Waiting(Waiting {
        on: Party::Person(person_id(3)),
        since: date(2026, 11, 20),
        last_follow_up: None,
    });
    let status = chosen_status(kind, date(2026, 11, 25)).unwrap_or(waiting);
    plan.apply(Command::SetStatus { id: commitment_id(1), status, at: at(2026, 11, 25, 9) })
        .unwrap();
    plan
}

#[test]
fn every_move_a_status_offers_is_accepted_and_leads_where_it_says() {
    let today = date(2026, 11, 30);
    let now = at(2026, 11, 30, 10);
    for kind in StatusKind::ALL {
        for control in controls(kind) {
            let Control::Move(step) = *control else { continue };
            let mut plan = in_status(kind);
            plan.apply(step.command(commitment_id(1), today, now))
                .unwrap_or_else(|e| panic!("{step:?} from {kind:?}: {e}"));
            let status = &plan.commitment(commitment_id(1)).unwrap().status;
            let expected = match step {
                Move::Accept | Move::Resume | Move::Start | Move::Reopen => Status::Active,
                Move::Done => Status::Done { on: today },
                Move::Decline => {
                    Status::Dropped { on: today, reason: Notes::default(), declined: true }
                }
                Move::FollowedUp => Status::Waiting(Waiting {
                    on: Party::Person(person_id(3)),
                    since: date(2026, 11, 20),
                    last_follow_up: Some(today),
                }),
            };
            assert_eq!(status, &expected, "{step:?} from {kind:?}");
        }
    }
    // Every move is offered by some status, and names itself apart from the others.
    for step in Move::ALL {
        assert!(StatusKind::ALL.iter().any(|k| controls(*k).contains(&Control::Move(step))));
    }
    let mut names: Vec<&str> = Move::ALL.iter().map(|m| m.as_str()).collect();
    names.dedup();
    assert_eq!(names.len(), Move::ALL.len());
}

#[test]
fn the_status_menu_dates_done_and_dropped_today_and_asks_whom_for_waiting() {
    let today = date(2026, 11, 30);
    assert_eq!(chosen_status(StatusKind::Done, today), Some(Status::Done { on: today }));
    assert_eq!(
        chosen_status(StatusKind::Dropped, today),
        Some(Status::Dropped { on: today, reason: Notes::default(), declined: false })
    );
    assert_eq!(chosen_status(StatusKind::Someday, today), Some(Status::Someday));
    assert_eq!(chosen_status(StatusKind::Proposed, today), Some(Status::Proposed));
    assert_eq!(chosen_status(StatusKind::Active, today), Some(Status::Active));
    assert_eq!(chosen_status(StatusKind::Waiting, today), None);
}

#[test]
fn an_entry_reads_its_date_hours_and_note_or_says_what_is_wrong_with_each() {
    let typed =
        EntryInput { date: "2026-12-03".into(), hours: "2,5".into(), note: "slides".into() };
    let entry = typed.read(date(2026, 12, 3), |_| 0.0).unwrap();
    assert_eq!(entry.date, date(2026, 12, 3));
    assert_eq!(entry.hours.get(), 2.5);
    assert_eq!(entry.note.as_str(), "slides");

    let wrong = EntryInput { date: String::new(), hours: "0".into(), note: "x".repeat(10_001) };
    let errors = wrong.read(date(2026, 12, 3), |_| 0.0).unwrap_err();
    let fields: Vec<EntryField> = errors.iter().map(|e| e.field).collect();
    assert_eq!(fields, EntryField::ALL);
    assert_eq!(
        errors[0],
        EntryError { field: EntryField::Date, problem: Problem::Input(InputError::Missing) }
    );
    assert_eq!(
        errors[1].problem,
        Problem::Input(InputError::Number(NumberError::NotPositive)),
        "no entry of zero hours"
    );
    assert!(matches!(errors[2].problem, Problem::Text(TextError::TooLong { .. })));
    let bad_date = EntryInput { date: "3 Dec".into(), hours: "1".into(), note: String::new() };
    assert_eq!(
        bad_date.read(date(2026, 12, 3), |_| 0.0).unwrap_err()[0].problem,
        Problem::Input(InputError::NotADate)
    );
    // Hours spent are on a day that has come, and no more than the day holds.
    let tomorrow =
        EntryInput { date: "2026-12-04".into(), hours: "24".into(), note: String::new() };
    let errors = tomorrow.read(date(2026, 12, 3), |_| 0.0).unwrap_err();
    assert_eq!(errors.len(), 1, "24 h is a whole day: accepted");
    assert_eq!(errors[0].problem, Problem::Input(InputError::AfterToday));
    let too_many =
        EntryInput { date: "2026-12-03".into(), hours: "24,5".into(), note: String::new() };
    assert_eq!(
        too_many.read(date(2026, 12, 3), |_| 0.0).unwrap_err()[0].problem,
        Problem::Input(InputError::Number(NumberError::TooLarge { max: 24.0 }))
    );
}

/// A day holds 24 h on one commitment's log: an entry is refused beyond what is left of
/// its day, and a correction counts every entry of the day but the one it corrects.
#[test]
fn a_day_of_the_log_holds_24_hours_in_all() {
    let entry = |day: u32, h: f64| ProgressEntry {
        date: date(2026, 12, day),
        hours: hours(h),
        note: Notes::default(),
    };
    let log = [entry(3, 20.0), entry(2, 8.0), entry(3, 2.5)];
    assert_eq!(logged_on(&log, date(2026, 12, 3), None), 22.5);
    assert_eq!(
        logged_on(&log, date(2026, 12, 3), Some(0)),
        2.5,
        "the entry corrected is not counted"
    );
    assert_eq!(logged_on(&log, date(2026, 12, 1), None), 0.0);
    let logged = |day: NaiveDate| logged_on(&log, day, None);
    let typed =
        |h: &str| EntryInput { date: "2026-12-03".into(), hours: h.into(), note: String::new() };
    assert_eq!(
        typed("2").read(date(2026, 12, 3), logged).unwrap_err()[0].problem,
        Problem::Input(InputError::DayFull { logged: 22.5, room: 1.5 })
    );
    // 23.97 h logged leave less than a tenth of an hour: a full day, not "at most 0 h".
    assert_eq!(
        typed("1").read(date(2026, 12, 3), |_| 23.97).unwrap_err()[0].problem,
        Problem::Input(InputError::DayFull { logged: 23.97, room: 0.0 })
    );
    assert_eq!(
        typed("1,5").read(date(2026, 12, 3), logged).map(|e| e.hours.get()),
        Ok(1.5),
        "24 h in all"
    );
    let other_day =
        EntryInput { date: "2026-12-02".into(), hours: "16".into(), note: String::new() };
    assert!(other_day.read(date(2026, 12, 3), logged).is_ok(), "8 + 16 on the 2nd");
    // Correcting the 20 h entry to 21.5 h: 2.5 h beside it, 24 in all.
    assert!(typed("21,5").read(date(2026, 12, 3), |day| logged_on(&log, day, Some(0))).is_ok());
    // The day's bound comes before an estimate's: 1e9 is told "at most 24" too.
    assert_eq!(
        typed("1e9").read(date(2026, 12, 3), |_| 0.0).unwrap_err()[0].problem,
        Problem::Input(InputError::Number(NumberError::TooLarge { max: 24.0 }))
    );
}

#[test]
fn an_entry_of_the_log_comes_back_as_typed_and_a_new_one_is_dated_today() {
    let entry = ProgressEntry {
        date: date(2026, 12, 3),
        hours: hours(2.5),
        note: Notes::parse("slides").unwrap(),
    };
    let typed = EntryInput::of(&entry, |h| h.to_string().replace('.', ","));
    assert_eq!(
        typed,
        EntryInput { date: "2026-12-03".into(), hours: "2,5".into(), note: "slides".into() }
    );
    assert_eq!(typed.read(date(2026, 12, 3), |_| 0.0), Ok(entry));
    assert_eq!(EntryInput::blank(date(2026, 11, 30)).date, "2026-11-30");
    assert_eq!(
        EntryInput::blank(date(2026, 11, 30)).read(date(2026, 11, 30), |_| 0.0).unwrap_err()[0]
            .field,
        EntryField::Hours
    );
}
