//! Today's figures (SPEC 3): my weeks as the chart and the heatmap draw them, this
//! week's gauge with the hours left and the days they come from, the inbox, and one
//! percent scale for every figure the core hands out. I am Sam, 40 h a week, Monday to
//! Friday; the week of Monday 30 November 2026.

mod support;

use plateful_core::today::ThisWeek;
use plateful_core::trends::trends;
use plateful_core::*;
use support::golden::*;
use support::*;

/// Each week as `start load/capacity percent level`.
fn render(weeks: &[WeekFigure]) -> Vec<String> {
    weeks
        .iter()
        .map(|w| {
            let percent = w.percent.map_or("-".into(), |p| format!("{p:.1}%"));
            format!("{} {:.2}/{:.2} {percent} {:?}", w.start, w.load, w.capacity, w.level)
        })
        .collect()
}

#[test]
fn my_weeks_give_each_weeks_start_figures_and_level_over_the_horizon() {
    let mut s = Scenario::new();
    let c = s.one_off("Migration", 50.0);
    c.due = due(11, DueKind::Soft);
    s.recurring("Standups", 2.5);
    let projection = Projection::compute(&s.plan, monday());
    let weeks = projection.week_figures(person_id(1));
    assert_eq!(weeks.len(), 12, "the horizon");
    assert_eq!(
        render(&weeks[..3]),
        [
            "2026-11-30 27.50/40.00 68.8% Ok",
            "2026-12-07 27.50/40.00 68.8% Ok",
            "2026-12-14 2.50/40.00 6.2% Ok",
        ]
    );
    assert_eq!(weeks[11].start, date(2027, 2, 15));
    // Levels follow the user's thresholds, as the warnings do.
    s.plan.settings.thresholds.full_percent = 60.0;
    let projection = Projection::compute(&s.plan, monday());
    assert_eq!(projection.week_figures(person_id(1))[0].level, LoadLevel::Full);
    // Someone who carries no work has no weeks.
    assert!(projection.week_figures(person_id(9)).is_empty());
}

#[test]
fn this_week_on_thursday_has_sixteen_hours_left_from_thursday_and_friday() {
    let mut s = Scenario::new();
    set(s.one_off("Board deck", 20.0), |c| c.due = due(4, DueKind::Hard));
    let thursday = day(3);
    let projection = Projection::compute(&s.plan, thursday);
    let week = ThisWeek::of(&projection, person_id(1)).unwrap();
    assert_eq!(render(&[week.figure]), ["2026-11-30 20.00/16.00 125.0% Over"]);
    assert_eq!(week.hours_left, 16.0);
    assert_eq!(week.days, [day(3), day(4)]);
    assert_eq!(week.span(), Some((day(3), day(4))));
    assert_eq!((week.free, week.over_by), (0.0, 4.0));
}

#[test]
fn the_days_left_skip_time_off_and_non_working_days() {
    let mut s = Scenario::new();
    // Off on Thursday; works Saturdays too (six days, 40 h: 6.67 h a day).
    s.person_mut(1).time_off = vec![DateRange::new(day(3), day(3)).unwrap()];
    s.person_mut(1).working_days = WorkingDays::MONDAY_TO_FRIDAY.with(chrono::Weekday::Sat);
    set(s.one_off("Review", 6.0), |c| c.due = due(5, DueKind::Soft));
    let wednesday = day(2);
    let projection = Projection::compute(&s.plan, wednesday);
    let week = ThisWeek::of(&projection, person_id(1)).unwrap();
    assert_eq!(week.days, [day(2), day(4), day(5)], "Wed, Fri, Sat");
    assert_eq!(week.span(), Some((day(2), day(5))));
    assert!((week.hours_left - 20.0).abs() < 1e-9, "3 days of 40/6 h");
    assert!((week.free - 14.0).abs() < 1e-9);
    assert_eq!(week.over_by, 0.0);
}

#[test]
fn on_a_weekend_no_hours_are_left_and_overdue_work_is_over_by_all_of_it() {
    let mut s = Scenario::new();
    set(s.one_off("Expenses", 3.0), |c| c.due = due(1, DueKind::Soft));
    let saturday = day(5);
    let projection = Projection::compute(&s.plan, saturday);
    let week = ThisWeek::of(&projection, person_id(1)).unwrap();
    assert_eq!(render(&[week.figure]), ["2026-11-30 3.00/0.00 - Critical"]);
    assert_eq!(week.hours_left, 0.0);
    assert!(week.days.is_empty());
    assert_eq!(week.span(), None);
    assert_eq!((week.free, week.over_by), (0.0, 3.0));
}

#[test]
fn a_full_week_to_the_hour_has_nothing_free_and_nothing_over() {
    let mut s = Scenario::new();
    // Three shares of a third of 40 h: sums of shares that miss 40 by rounding.
    for title in ["One", "Two", "Three"] {
        set(s.one_off(title, 40.0 / 3.0), |c| c.due = due(4, DueKind::Soft));
    }
    let projection = Projection::compute(&s.plan, monday());
    let week = ThisWeek::of(&projection, person_id(1)).unwrap();
    assert_eq!((week.free, week.over_by), (0.0, 0.0));
    assert_eq!(week.figure.level, LoadLevel::Full);
}

#[test]
fn a_report_has_a_week_and_a_peer_has_none() {
    let mut s = Scenario::new().with_report(2, "Alice", 32.0);
    s.plan.people.push(peer(3, "Claire"));
    let projection = Projection::compute(&s.plan, monday());
    let alice = ThisWeek::of(&projection, person_id(2)).unwrap();
    assert_eq!(alice.hours_left, 32.0);
    assert_eq!(alice.days.len(), 5);
    assert_eq!(ThisWeek::of(&projection, person_id(3)), None);
}

#[test]
fn the_inbox_is_every_request_oldest_first_whatever_the_order_of_the_plan() {
    let mut s = Scenario::new().with_report(2, "Alice", 40.0);
    set(s.one_off("Newer", 1.0), |c| {
        c.status = Status::Proposed;
        c.created_at = at(2026, 11, 28, 9);
    });
    s.one_off("Accepted", 1.0);
    set(s.one_off("For Alice", 1.0), |c| {
        c.status = Status::Proposed;
        c.owner = person_id(2);
        c.created_at = at(2026, 11, 20, 9);
    });
    set(s.one_off("Declined", 1.0), |c| {
        c.status = Status::Dropped { on: day(-1), reason: Notes::default(), declined: true }
    });
    let titles = |plan: &Plan| -> Vec<String> {
        plan.inbox().iter().map(|c| c.title.as_str().to_owned()).collect()
    };
    assert_eq!(titles(&s.plan), ["For Alice", "Newer"]);
    s.plan.commitments.reverse();
    assert_eq!(titles(&s.plan), ["For Alice", "Newer"]);
}

/// SPEC 2.2 and 3: a percent is 0-100 everywhere (100 is at capacity), never a 0-1
/// ratio. One week at 125 % read through every figure that carries a percent.
#[test]
fn every_percent_the_core_hands_out_is_on_the_same_0_to_100_scale() {
    let mut s = Scenario::new().with_report(2, "Alice", 40.0);
    set(s.one_off("Migration", 50.0), |c| c.due = due(4, DueKind::Soft));
    let assessment = assess(&s.plan, monday());
    let projection = &assessment.projection;
    let close = |percent: Option<f64>| percent.is_some_and(|p| (p - 125.0).abs() < 1e-9);
    assert!(close(projection.person(person_id(1)).unwrap().weeks[0].percent()));
    assert!(close(projection.week_figures(person_id(1))[0].percent));
    assert!(close(ThisWeek::of(projection, person_id(1)).unwrap().figure.percent));
    let overload = assessment
        .warnings
        .iter()
        .find_map(|w| match w.kind {
            warnings::WarningKind::Overload { percent, .. } => Some(percent),
            _ => None,
        })
        .unwrap();
    assert!(close(overload));
    let relief = assessment.relief.expect("a week over capacity has a relief plan");
    assert!(close(relief.percents_before[0]));
    // What a review records and the trend it draws.
    let snapshot = WeekSnapshot {
        week: monday(),
        capacity: Hours::new(40.0).unwrap(),
        load: Hours::new(50.0).unwrap(),
    };
    assert!(close(snapshot.percent()));
    s.plan.reviews.push(Review {
        id: ReviewId::from_random_bytes([7; 16]),
        week: day(-7),
        completed_at: at(2026, 11, 27, 17),
        entries: Vec::new(),
        followed_up: Vec::new(),
        triaged: Vec::new(),
        big_rocks: Vec::new(),
        reflection: Reflection::default(),
        pulse: None,
        snapshot: vec![snapshot],
        accepted_overload_hours: None,
    });
    assert!(close(trends(&s.plan)[0].load_percent));
    // The what-if of one more hour: before at 125 %.
    let request = s.request("One more hour", one_off(1.0)).clone();
    let answer = s.what_if(monday(), &request);
    assert!(close(answer.weeks[0].percent_before));
}

fn set(c: &mut Commitment, change: impl FnOnce(&mut Commitment)) {
    change(c)
}
