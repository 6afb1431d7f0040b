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
    assert!(close(trends(&s.plan, monday())[0].load_percent));
    // The what-if of one more hour: before at 125 %.
    let request = s.request("One more hour", one_off(1.0)).clone();
    let answer = s.what_if(monday(), &request);
    assert!(close(answer.weeks[0].percent_before));
}

/// The gauge's scale: 100 % at a fixed mark four fifths along, and a week over
/// capacity past it by as much as it is over.
#[test]
fn the_gauge_puts_100_percent_at_its_mark_and_107_percent_past_it() {
    use plateful_core::today::{Gauge, GAUGE_MARK};
    assert_eq!(GAUGE_MARK, 80.0);
    let gauge = |load: f64, capacity: f64| {
        let mut s = Scenario::new();
        s.person_mut(1).weekly_capacity = Some(WeeklyHours::new(capacity).unwrap());
        if load > 0.0 {
            set(s.one_off("Work", load), |c| c.due = due(4, DueKind::Soft));
        }
        let projection = Projection::compute(&s.plan, monday());
        ThisWeek::of(&projection, person_id(1)).unwrap().gauge()
    };
    let close =
        |g: Gauge, fill: f64, beyond: bool| (g.fill - fill).abs() < 1e-9 && g.beyond == beyond;
    assert!(close(gauge(42.8, 40.0), 85.6, false), "107 % is past the mark, not at 71 %");
    assert!(close(gauge(40.0, 40.0), 80.0, false), "at capacity is on the mark");
    assert!(close(gauge(20.0, 40.0), 40.0, false));
    assert!(close(gauge(0.0, 40.0), 0.0, false));
    assert!(close(gauge(50.0, 40.0), 100.0, false), "125 % is the end of the scale");
    assert!(close(gauge(60.0, 40.0), 100.0, true), "150 % runs beyond it");
    assert!(close(gauge(3.0, 0.0), 100.0, true), "work with no capacity");
    assert!(close(gauge(0.0, 0.0), 0.0, false), "no work and no capacity");
}

#[test]
fn the_days_left_read_as_a_span_only_when_they_follow_each_other() {
    let mut s = Scenario::new();
    let projection = Projection::compute(&s.plan, day(2));
    assert!(ThisWeek::of(&projection, person_id(1)).unwrap().days_in_a_row(), "Wed to Fri");
    s.person_mut(1).time_off = vec![DateRange::new(day(3), day(3)).unwrap()];
    let projection = Projection::compute(&s.plan, day(2));
    let week = ThisWeek::of(&projection, person_id(1)).unwrap();
    assert_eq!(week.days, [day(2), day(4)]);
    assert!(!week.days_in_a_row(), "Wednesday and Friday");
}

#[test]
fn a_week_with_no_capacity_and_nothing_planned_has_no_room_to_speak_of() {
    let mut s = Scenario::new();
    let projection = Projection::compute(&s.plan, day(2));
    assert!(ThisWeek::of(&projection, person_id(1)).unwrap().has_room_to_say(), "24 h left");
    s.person_mut(1).weekly_capacity = Some(WeeklyHours::new(0.0).unwrap());
    let projection = Projection::compute(&s.plan, day(2));
    let week = ThisWeek::of(&projection, person_id(1)).unwrap();
    assert_eq!((week.hours_left, week.over_by), (0.0, 0.0));
    assert!(!week.has_room_to_say());
}

/// The chart's hours axis: a round top just above the largest figure, at most five
/// intervals, each a round step.
#[test]
fn the_hours_axis_has_round_ticks_just_above_the_largest_figure() {
    use plateful_core::axis::HourAxis;
    let axis = |largest: f64| {
        let axis = HourAxis::up_to(largest);
        (axis.top, axis.ticks)
    };
    assert_eq!(axis(40.0), (50.0, vec![0.0, 10.0, 20.0, 30.0, 40.0, 50.0]));
    assert_eq!(axis(50.0), (60.0, vec![0.0, 20.0, 40.0, 60.0]));
    assert_eq!(axis(7.0), (8.0, vec![0.0, 2.0, 4.0, 6.0, 8.0]));
    assert_eq!(axis(150.0), (200.0, vec![0.0, 50.0, 100.0, 150.0, 200.0]));
    assert_eq!(axis(0.0), (1.0, vec![0.0, 1.0]), "an empty chart still has a scale");
    let axis = HourAxis::fitting([12.0, 40.0, 38.5]);
    assert_eq!(axis.top, 50.0, "the largest of the figures");
    assert_eq!(axis.share(40.0), 0.8);
    assert_eq!(axis.share(80.0), 1.0, "drawn at the top");
}

/// The warning the gauge already states is my overload this week, and only that one.
#[test]
fn the_gauge_states_my_overload_this_week_and_no_other_warning() {
    use plateful_core::today::stated_by_gauge;
    let mut s = Scenario::new().with_report(2, "Alice", 10.0);
    set(s.one_off("Migration", 50.0), |c| c.due = due(4, DueKind::Hard));
    set(s.one_off("Next week", 60.0), |c| {
        c.start = Some(day(7));
        c.due = due(11, DueKind::Soft);
    });
    set(s.one_off("Alice's", 20.0), |c| {
        c.owner = person_id(2);
        c.due = due(4, DueKind::Soft);
    });
    let assessment = assess(&s.plan, monday());
    let stated: Vec<_> = assessment
        .warnings
        .iter()
        .filter(|w| stated_by_gauge(w, person_id(1), monday()))
        .map(|w| (w.kind.name(), w.person, w.week))
        .collect();
    assert_eq!(stated, [("overload", Some(person_id(1)), Some(monday()))]);
    let overloads = assessment.warnings.iter().filter(|w| w.kind.name() == "overload").count();
    assert_eq!(overloads, 3, "mine this week and next, and Alice's");
}

fn set(c: &mut Commitment, change: impl FnOnce(&mut Commitment)) {
    change(c)
}
