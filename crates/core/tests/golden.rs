//! Golden scenarios: a plan and a day in, the exact warnings, loads, focus and relief
//! out (the what-if has its own, in `whatif.rs`). Today is Monday 30 November 2026
//! unless a scenario says otherwise; I am Sam, 40 h a week, Monday to Friday.

mod support;

use plateful_core::*;
use support::golden::*;
use support::*;

fn set_due(c: &mut Commitment, offset: i64, kind: DueKind) {
    c.due = due(offset, kind);
}

#[test]
fn an_empty_plan_has_nothing_to_say() {
    assert_eq!(Scenario::new().warnings(monday()), Vec::<String>::new());
}

#[test]
fn a_week_at_84_9_percent_is_not_full() {
    let mut s = Scenario::new();
    set_due(s.one_off("Report", 33.96), 4, DueKind::Soft);
    assert_eq!(s.loads(monday(), 1, 2), ["33.96/40.00", "0.00/40.00"]);
    assert_eq!(s.warnings(monday()), Vec::<String>::new());
}

#[test]
fn a_week_at_85_percent_is_full() {
    let mut s = Scenario::new();
    set_due(s.one_off("Report", 34.0), 4, DueKind::Soft);
    assert_eq!(
        s.warnings(monday()),
        ["info overload Sam week 2026-11-30: 34.00 h of 40.00 h (85.0%) Full [Report]"]
    );
}

#[test]
fn a_week_at_exactly_100_percent_is_full_not_over() {
    let mut s = Scenario::new();
    set_due(s.one_off("Report", 40.0), 4, DueKind::Soft);
    assert_eq!(
        s.warnings(monday()),
        ["info overload Sam week 2026-11-30: 40.00 h of 40.00 h (100.0%) Full [Report]"]
    );
}

#[test]
fn a_week_at_100_1_percent_is_over_and_its_deadline_at_risk() {
    let mut s = Scenario::new();
    set_due(s.one_off("Report", 40.04), 4, DueKind::Soft);
    assert_eq!(
        s.warnings(monday()),
        [
            "warning overload Sam week 2026-11-30: 40.04 h of 40.00 h (100.1%) Over [Report]",
            "warning deadline Sam by 2026-12-04: 40.04 h due, 40.00 h available, 0.04 h short [Report]",
        ]
    );
}

#[test]
fn a_week_at_exactly_125_percent_is_over_not_critical() {
    let mut s = Scenario::new();
    // Only this week: the on-call ends on Friday.
    s.recurring("On-call", 50.0).effort = Effort::Recurring {
        hours_per_week: WeeklyHours::new(50.0).unwrap(),
        until: Some(date(2026, 12, 4)),
    };
    assert_eq!(
        s.warnings(monday()),
        ["warning overload Sam week 2026-11-30: 50.00 h of 40.00 h (125.0%) Over [On-call]"]
    );
}

#[test]
fn a_week_at_125_1_percent_is_critical() {
    let mut s = Scenario::new();
    // Only this week: the on-call ends on Friday.
    s.recurring("On-call", 50.04).effort = Effort::Recurring {
        hours_per_week: WeeklyHours::new(50.04).unwrap(),
        until: Some(date(2026, 12, 4)),
    };
    assert_eq!(
        s.warnings(monday()),
        ["critical overload Sam week 2026-11-30: 50.04 h of 40.00 h (125.1%) Critical [On-call]"]
    );
}

#[test]
fn thresholds_are_the_users_settings() {
    let mut s = Scenario::new();
    set_due(s.one_off("Report", 30.0), 4, DueKind::Soft);
    s.plan.settings.thresholds.full_percent = 70.0;
    assert_eq!(
        s.warnings(monday()),
        ["info overload Sam week 2026-11-30: 30.00 h of 40.00 h (75.0%) Full [Report]"]
    );
}

#[test]
fn time_off_shrinks_capacity_and_moves_work_to_the_days_left() {
    let mut s = Scenario::new();
    // Off Wednesday to Friday of next week: 2 open days, 16 h.
    s.person_mut(1).time_off = vec![DateRange::new(day(9), day(11)).unwrap()];
    let c = s.one_off("Migration", 20.0);
    c.start = Some(day(7));
    c.due = due(11, DueKind::Soft);
    assert_eq!(s.loads(monday(), 1, 3), ["0.00/40.00", "20.00/16.00", "0.00/40.00"]);
    // 125 % exactly: Over. The deadline holds: 56 h of capacity from today to Friday.
    assert_eq!(
        s.warnings(monday()),
        ["warning overload Sam week 2026-12-07: 20.00 h of 16.00 h (125.0%) Over [Migration]"]
    );
}

#[test]
fn a_report_with_no_capacity_and_work_due_is_critical() {
    let mut s = Scenario::new().with_report(2, "Alice", 0.0);
    let c = s.one_off("Fix the flaky test", 5.0);
    c.owner = person_id(2);
    c.delegated_by = Some(person_id(1));
    c.due = due(4, DueKind::Soft);
    assert_eq!(
        s.warnings(monday()),
        [
            "critical overload Alice week 2026-11-30: 5.00 h of 0.00 h (no capacity) Critical [Fix the flaky test]",
            "warning deadline Alice by 2026-12-04: 5.00 h due, 0.00 h available, 5.00 h short [Fix the flaky test]",
        ]
    );
}

#[test]
fn overdue_work_lands_in_this_week_and_is_reported_overdue_not_at_risk() {
    let mut s = Scenario::new();
    set_due(s.one_off("Expense report", 6.0), -3, DueKind::Hard);
    assert_eq!(s.loads(monday(), 1, 2), ["6.00/40.00", "0.00/40.00"]);
    assert_eq!(
        s.warnings(monday()),
        ["warning overdue Sam: Expense report due 2026-11-27, 3 days ago"]
    );
}

#[test]
fn overdue_hours_still_come_first_in_deadline_order() {
    let mut s = Scenario::new();
    set_due(s.one_off("Late review", 30.0), -1, DueKind::Soft);
    set_due(s.one_off("Slides", 12.0), 1, DueKind::Hard);
    assert_eq!(
        s.warnings(monday()),
        [
            "critical deadline Sam by 2026-12-01: 42.00 h due, 16.00 h available, 26.00 h short [Slides]",
            "warning overload Sam week 2026-11-30: 42.00 h of 40.00 h (105.0%) Over [Late review, Slides]",
            "warning overdue Sam: Late review due 2026-11-29, 1 days ago",
        ]
    );
}

#[test]
fn work_without_a_due_date_is_spread_over_four_weeks() {
    let mut s = Scenario::new();
    s.one_off("Tech debt", 20.0);
    assert_eq!(
        s.loads(monday(), 1, 5),
        ["5.00/40.00", "5.00/40.00", "5.00/40.00", "5.00/40.00", "0.00/40.00"]
    );
}

#[test]
fn recurring_work_stops_at_its_end_date() {
    let mut s = Scenario::new();
    s.add(
        "Interviews",
        Effort::Recurring { hours_per_week: WeeklyHours::new(10.0).unwrap(), until: Some(day(9)) },
    );
    // Until Wednesday of next week: 3 of its 5 working days.
    assert_eq!(s.loads(monday(), 1, 3), ["10.00/40.00", "6.00/40.00", "0.00/40.00"]);
}

#[test]
fn midweek_the_week_holds_only_the_days_left() {
    let mut s = Scenario::new();
    s.recurring("1:1s", 10.0);
    let wednesday = day(2);
    assert_eq!(s.loads(wednesday, 1, 2), ["6.00/24.00", "10.00/40.00"]);
}

#[test]
fn waiting_work_still_counts_and_asks_for_a_nudge() {
    let mut s = Scenario::new();
    let c = s.one_off("Security review", 36.0);
    c.due = due(4, DueKind::Soft);
    c.status = Status::Waiting(Waiting {
        on: Party::Text(Source::parse("Legal").unwrap()),
        since: day(-14),
        last_follow_up: Some(day(-10)),
    });
    assert_eq!(
        s.warnings(monday()),
        [
            "info overload Sam week 2026-11-30: 36.00 h of 40.00 h (90.0%) Full [Security review]",
            "info waiting Sam: Security review no follow-up since 2026-11-20 (10 days, nudge after 7)",
        ]
    );
}

#[test]
fn a_commitment_delegated_to_a_report_loads_the_report_not_me() {
    let mut s = Scenario::new().with_report(2, "Alice", 32.0);
    let c = s.one_off("Migrate CI", 36.0);
    c.owner = person_id(2);
    c.delegated_by = Some(person_id(1));
    c.due = due(4, DueKind::Soft);
    assert_eq!(s.loads(monday(), 1, 1), ["0.00/40.00"]);
    assert_eq!(s.loads(monday(), 2, 1), ["36.00/32.00"]);
    assert_eq!(
        s.warnings(monday()),
        [
            "warning overload Alice week 2026-11-30: 36.00 h of 32.00 h (112.5%) Over [Migrate CI]",
            "warning deadline Alice by 2026-12-04: 36.00 h due, 32.00 h available, 4.00 h short [Migrate CI]",
        ]
    );
}

#[test]
fn an_overload_names_its_three_heaviest_commitments_and_counts_the_others() {
    let mut s = Scenario::new();
    for (title, hours) in
        [("Hiring", 6.0), ("Budget", 10.0), ("Slides", 4.0), ("Board deck", 12.0), ("RFC", 8.0)]
    {
        set_due(s.one_off(title, hours), 4, DueKind::Soft);
    }
    s.recurring("Standups", 2.5);
    assert_eq!(warnings::OVERLOAD_NAMED, 3, "SPEC 3: a warning names at most three");
    assert_eq!(
        s.warnings(monday()),
        [
            "warning overload Sam week 2026-11-30: 42.50 h of 40.00 h (106.2%) Over [Board deck, Budget, RFC and 3 more]",
            // A deadline names all the work at risk: that is what has to move.
            "warning deadline Sam by 2026-12-04: 40.00 h due, 37.50 h available, 2.50 h short [Hiring, Budget, Slides, Board deck, RFC]",
        ]
    );
}

#[test]
fn three_interleaved_deadlines_fail_at_the_middle_one() {
    let mut s = Scenario::new();
    set_due(s.one_off("Budget", 10.0), 1, DueKind::Soft);
    set_due(s.one_off("Hiring plan", 10.0), 11, DueKind::Soft);
    set_due(s.one_off("Board deck", 20.0), 2, DueKind::Soft);
    s.recurring("Standups", 2.5);
    // By Tuesday: 10 h due, 16 h less 1 h of standups available. By Wednesday: 30 h due,
    // 24 h less 1.5 h. By Friday next week: 40 h due, 80 h less 5 h. Done in deadline
    // order, the budget is done by Tuesday: the board deck alone is at risk.
    assert_eq!(
        s.warnings(monday()),
        [
            "warning deadline Sam by 2026-12-02: 30.00 h due, 22.50 h available, 7.50 h short [Board deck]",
            "info overload Sam week 2026-11-30: 37.50 h of 40.00 h (93.8%) Full [Board deck, Budget, Hiring plan and 1 more]",
        ]
    );
}

#[test]
fn a_hard_deadline_at_risk_is_critical() {
    let mut s = Scenario::new();
    set_due(s.one_off("Launch", 20.0), 1, DueKind::Hard);
    assert_eq!(
        s.warnings(monday()),
        ["critical deadline Sam by 2026-12-01: 20.00 h due, 16.00 h available, 4.00 h short [Launch]"]
    );
}

#[test]
fn a_relief_plan_that_succeeds_delegates_the_cheapest_work_per_hour() {
    let mut s = Scenario::new().with_report(2, "Alice", 40.0).with_report(3, "Bob", 40.0);
    s.plan.people[2].time_off = vec![DateRange::new(day(0), day(2)).unwrap()];
    let roadmap = s.one_off("Roadmap", 30.0);
    roadmap.due = due(4, DueKind::Hard);
    roadmap.important = true;
    set_due(s.one_off("Blog post", 12.0), 4, DueKind::Soft);
    assert_eq!(
        s.relief(monday()).unwrap(),
        ["before: 105% 0% 0% 0%", "delegate to Alice Roadmap: frees 30.00 h, then 30% 0% 0% 0%",]
    );
    // Per hour, the roadmap weighs least: 17.97 points for 30 h against 11.97 for 12 h.
    assert_eq!(
        s.focus(monday()),
        [
            "Roadmap 17.97: Due +6.97, Important +6.00, DeadlineAtRisk +5.00",
            "Blog post 11.97: Due +6.97, DeadlineAtRisk +5.00",
        ]
    );
}

#[test]
fn a_relief_plan_defers_a_hard_deadline_keeping_its_date_before_dropping_but_never_drops_important_work(
) {
    let mut s = Scenario::new();
    let support = s.add(
        "Support rotation",
        Effort::Recurring { hours_per_week: WeeklyHours::new(30.0).unwrap(), until: Some(day(4)) },
    );
    support.important = true;
    let review = s.one_off("Architecture review", 30.0);
    review.due = due(18, DueKind::Hard);
    review.important = true;
    set_due(s.one_off("Newsletter", 6.0), 3, DueKind::Soft);
    set_due(s.one_off("Conference CFP", 8.0), 4, DueKind::Hard);
    // This week: rotation 30 h + review 30 h / 15 open days to Fri 18 Dec x 5 = 10 h
    // + newsletter 6 h + CFP 8 h = 54 h of 40 h (135%); the next two weeks hold the
    // review's 10 h each (25%).
    // Cheapest per hour first: the support rotation (6 points for 30 h) can be neither
    // deferred (it ends this week), dropped (important) nor renegotiated (no due
    // date), so it stays. Then the review (2.4 + 6 points for 30 h): its start moves to
    // Mon 7 Dec and it stays due Fri 18 Dec, 30 h over the 10 open days left, 15 h in
    // each of the next two weeks (37.5%, under capacity; 30 h due by the 18th against
    // 120 h less the rotation's 30 h, not at risk). It frees this week's 10 h: 44 h
    // (110%). Then the newsletter (6 h due Thursday; done first, in deadline order, it
    // is done in time, so not at risk and the cheapest left per hour): deferred a week,
    // to Mon 7 Dec, due Fri 11 Dec, 38 h (95%). The CFP is not needed.
    assert_eq!(
        s.relief(monday()).unwrap(),
        [
            "before: 135% 25% 25% 0%",
            "defer to 2026-12-07, still due 2026-12-18 Architecture review: frees 10.00 h, then 110% 38% 38% 0%",
            "defer to 2026-12-07, due 2026-12-11 Newsletter: frees 6.00 h, then 95% 52% 38% 0%",
        ]
    );
}

#[test]
fn a_deferral_skips_a_week_it_would_push_over() {
    let mut s = Scenario::new();
    let support = s.add(
        "Support rotation",
        Effort::Recurring { hours_per_week: WeeklyHours::new(30.0).unwrap(), until: Some(day(4)) },
    );
    support.important = true;
    let offsite = s.add(
        "Offsite",
        Effort::Recurring { hours_per_week: WeeklyHours::new(38.0).unwrap(), until: Some(day(11)) },
    );
    offsite.start = Some(day(7));
    offsite.important = true;
    set_due(s.one_off("Report", 16.0), 4, DueKind::Soft);
    // This week: rotation 30 h + report 16 h = 46 h of 40 h (115%); next week the
    // offsite's 38 h (95%). The rotation ends this week and is important: it stays.
    // The report moved to Mon 7 Dec (due Fri 11 Dec, a week later) would put its 16 h
    // into next week: 54 h, 135%. So it starts on Mon 14 Dec, due Fri 18 Dec: 16 h in
    // that week (40%), and this week is down to the rotation's 30 h (75%).
    assert_eq!(
        s.relief(monday()).unwrap(),
        [
            "before: 115% 95% 0% 0%",
            "defer to 2026-12-14, due 2026-12-18 Report: frees 16.00 h, then 75% 95% 40% 0%",
        ]
    );
}

#[test]
fn a_hard_deadline_starts_after_the_weeks_over_before_it_whatever_comes_after() {
    let mut s = Scenario::new();
    let incident = s.add(
        "Incident duty",
        Effort::Recurring { hours_per_week: WeeklyHours::new(35.0).unwrap(), until: Some(day(4)) },
    );
    incident.important = true;
    let conference = s.add(
        "Conference",
        Effort::Recurring { hours_per_week: WeeklyHours::new(45.0).unwrap(), until: Some(day(25)) },
    );
    conference.start = Some(day(21));
    conference.important = true;
    let doc = s.one_off("Design doc", 20.0);
    doc.due = due(16, DueKind::Hard);
    doc.important = true;
    // The doc: 20 h over the 13 open days to Wed 16 Dec, 7.69 h this week and next,
    // 4.62 h the week after. This week: 35 h + 7.69 h = 42.69 h (107%); the week of
    // 21 Dec: the conference's 45 h (112.5%). Neither duty can move (both end before
    // the overload is over) nor be dropped. The doc's start moves past this week,
    // the last week over before its date; the conference week comes after the date
    // and does not concern it. From Mon 7 Dec: 20 h over 8 open days, 12.5 h (31%)
    // and 7.5 h (19%), freeing this week's 7.69 h: 35 h (87.5%).
    assert_eq!(
        s.relief(monday()).unwrap(),
        [
            "before: 107% 19% 12% 112%",
            "defer to 2026-12-07, still due 2026-12-16 Design doc: frees 7.69 h, then 88% 31% 19% 112%",
            "still over week 2026-12-21 by 5.00 h",
        ]
    );
}

#[test]
fn a_hard_deadline_that_deferring_would_miss_is_renegotiated() {
    let mut s = Scenario::new();
    let incident = s.add(
        "Incident duty",
        Effort::Recurring { hours_per_week: WeeklyHours::new(20.0).unwrap(), until: Some(day(4)) },
    );
    incident.important = true;
    let launch = s.one_off("Launch checklist", 50.0);
    launch.due = due(11, DueKind::Hard);
    launch.important = true;
    // The launch: 50 h over the 10 open days to Fri 11 Dec, 25 h a week. This week:
    // 20 h + 25 h = 45 h (112.5%). It weighs least per hour (3.77 + 6 points for 50 h).
    // Starting it on Mon 7 Dec would put all 50 h in next week, 50 h of 40 h (125%):
    // the date would be missed, so the start stays and the date is renegotiated by the
    // week the start would have moved: Fri 18 Dec, 50 h over 15 open days, 16.67 h a
    // week. This week: 36.67 h (92%), freeing 25 - 16.67 = 8.33 h.
    assert_eq!(
        s.relief(monday()).unwrap(),
        [
            "before: 112% 62% 0% 0%",
            "renegotiate to 2026-12-18 Launch checklist: frees 8.33 h, then 92% 42% 42% 0%",
        ]
    );
}

#[test]
fn a_hard_deadline_is_renegotiated_to_a_date_where_the_work_fits() {
    let mut s = Scenario::new();
    let board = s.one_off("Board deck", 100.0);
    board.due = due(4, DueKind::Hard);
    board.important = true;
    board.urgent = true;
    let audit = s.one_off("Audit", 30.0);
    audit.due = due(18, DueKind::Hard);
    audit.important = true;
    // Before: the deck's 100 h this week, the audit's 10 h a week to Fri 18 Dec: 110 h
    // (275%), 10 h, 10 h. The deck weighs least per hour (6.97 + 6 + 4 + 5 points for
    // 100 h) and can only be renegotiated. By a week, Fri 11 Dec: 50 h a week for two
    // weeks, and next week 60 h (150%), another overload. By two, Fri 18 Dec: 33.3 h a
    // week, 43.3 h (108%) in the weeks after this one. By three, Fri 25 Dec: 100 h over
    // the 20 open days, 25 h a week, with the audit 35 h (88%) in the first three weeks
    // and 25 h (62.5%) in the fourth, freeing 75 h this week. No week is over: the audit
    // stays as it is.
    assert_eq!(
        s.relief(monday()).unwrap(),
        [
            "before: 275% 25% 25% 0%",
            "renegotiate to 2026-12-25 Board deck: frees 75.00 h, then 88% 88% 88% 62%",
        ]
    );
}

#[test]
fn a_recurring_duty_is_delegated_to_the_report_who_stays_within_capacity() {
    let mut s = Scenario::new().with_report(2, "Alice", 40.0).with_report(3, "Bob", 40.0);
    // Alice is free for the next four weeks but prepares a talk in the week of 4 Jan.
    let talk = s.one_off("Conference talk", 38.0);
    talk.owner = person_id(2);
    talk.delegated_by = Some(person_id(1));
    talk.start = Some(day(35));
    talk.due = due(39, DueKind::Soft);
    // Bob is on a support rotation, half his week, for the whole horizon.
    let rotation = s.recurring("Support rotation", 20.0);
    rotation.owner = person_id(3);
    s.recurring("Weekly 1:1s with the interns", 6.0);
    let plan = s.one_off("Quarterly plan", 40.0);
    plan.due = due(4, DueKind::Soft);
    plan.important = true;
    // This week: 6 h + 40 h = 46 h (115%). The 1:1s weigh least (no points). Alice
    // has the most free capacity in the next four weeks (160 h against Bob's 80 h),
    // but the 1:1s run every week, and in the week of 4 Jan she would carry 38 h + 6 h
    // = 44 h of 40 h. Bob stays within capacity every week: 26 h of 40 h.
    assert_eq!(
        s.relief(monday()).unwrap(),
        [
            "before: 115% 15% 15% 15%",
            "delegate to Bob Weekly 1:1s with the interns: frees 6.00 h, then 100% 0% 0% 0%",
        ]
    );
    // Applied as a whole, the plan gives exactly the figures it announced.
    let relief = assess(&s.plan, monday()).relief.unwrap();
    s.plan.apply_all(relief.commands(monday(), at(2026, 11, 30, 9), &Notes::default())).unwrap();
    assert_eq!(s.loads(monday(), 1, 4), ["40.00/40.00", "0.00/40.00", "0.00/40.00", "0.00/40.00"]);
    assert_eq!(s.loads(monday(), 3, 6)[5], "26.00/40.00");
    assert_eq!(s.loads(monday(), 2, 6)[5], "38.00/40.00");
    assert_eq!(s.relief(monday()), None);
}

#[test]
fn an_important_or_urgent_commitment_is_never_dropped_even_when_cheapest() {
    let mut s = Scenario::new();
    let filing = s.one_off("Visa paperwork", 30.0);
    filing.due = due(3, DueKind::Hard);
    filing.urgent = true;
    let security = s.one_off("Security fix", 20.0);
    security.due = due(4, DueKind::Hard);
    security.important = true;
    set_due(s.one_off("Team survey", 4.0), 4, DueKind::Hard);
    // This week: 30 + 20 + 4 = 54 h (135%), all due by Friday and none able to start
    // later and keep its date. Per hour the paperwork weighs least (7.43 + 4 + 5
    // points for 30 h), then the fix (6.97 + 6 + 5 for 20 h), then the survey (6.97
    // + 5 for 4 h). The first two are renegotiated by a week (the fifth day of next
    // week at the earliest), not dropped; neither flag protects the survey, which
    // would have been dropped had it been needed.
    assert_eq!(
        s.relief(monday()).unwrap(),
        [
            "before: 135% 0% 0% 0%",
            "renegotiate to 2026-12-11 Visa paperwork: frees 15.00 h, then 98% 38% 0% 0%",
        ]
    );
}

#[test]
fn a_relief_plan_that_cannot_get_under_capacity_says_by_how_much() {
    let mut s = Scenario::new();
    let oncall = s.add(
        "Incident duty",
        Effort::Recurring { hours_per_week: WeeklyHours::new(50.0).unwrap(), until: Some(day(11)) },
    );
    oncall.important = true;
    assert_eq!(
        s.relief(monday()).unwrap(),
        [
            "before: 125% 125% 0% 0%",
            "still over week 2026-11-30 by 10.00 h",
            "still over week 2026-12-07 by 10.00 h",
        ]
    );
}

#[test]
fn no_relief_plan_when_no_week_is_over() {
    let mut s = Scenario::new();
    set_due(s.one_off("Report", 40.0), 4, DueKind::Soft);
    assert_eq!(s.relief(monday()), None);
}

#[test]
fn calibration_with_four_samples_still_uses_1() {
    let mut s = Scenario::new();
    for (n, spent) in [8.0, 12.0, 10.0, 20.0].into_iter().enumerate() {
        let c = s.one_off(&format!("Done {n}"), 10.0);
        c.status = Status::Done { on: day(-20 + n as i64) };
        c.progress =
            vec![ProgressEntry { date: day(-21), hours: hours(spent), note: Notes::default() }];
    }
    set_due(s.one_off("Estimate me", 10.0), 4, DueKind::Soft);
    s.plan.settings.calibration.mode = CalibrationMode::Learned;
    let projection = Projection::compute(&s.plan, monday());
    assert_eq!(projection.calibration.samples, 4);
    assert_eq!(projection.calibration.samples_needed(), 1);
    assert_eq!(projection.calibration.learned, None);
    assert_eq!(projection.calibration.factor, 1.0);
    assert_eq!(s.loads(monday(), 1, 1), ["10.00/40.00"]);
}

#[test]
fn calibration_with_five_samples_uses_their_median() {
    let mut s = Scenario::new();
    for (n, spent) in [8.0, 12.0, 10.0, 20.0, 30.0].into_iter().enumerate() {
        let c = s.one_off(&format!("Done {n}"), 10.0);
        c.status = Status::Done { on: day(-20 + n as i64) };
        c.progress =
            vec![ProgressEntry { date: day(-21), hours: hours(spent), note: Notes::default() }];
    }
    set_due(s.one_off("Estimate me", 10.0), 4, DueKind::Soft);
    s.plan.settings.calibration.mode = CalibrationMode::Learned;
    let projection = Projection::compute(&s.plan, monday());
    assert_eq!(projection.calibration.samples, 5);
    assert_eq!(projection.calibration.samples_needed(), 0);
    assert_eq!(projection.calibration.learned, Some(1.2));
    assert_eq!(s.loads(monday(), 1, 1), ["12.00/40.00"]);
    // In manual mode the learned factor is shown but not used.
    s.plan.settings.calibration.mode = CalibrationMode::Manual;
    s.plan.settings.calibration.manual_factor = 1.5;
    assert_eq!(s.loads(monday(), 1, 1), ["15.00/40.00"]);
}

#[test]
fn too_much_work_in_progress_gives_the_wait_for_a_new_yes() {
    let mut s = Scenario::new();
    for n in 0..6 {
        s.one_off(&format!("Thread {n}"), 1.0).created_at = at(2026, 11, 29, 9);
    }
    for n in 0..2 {
        let c = s.one_off(&format!("Finished {n}"), 1.0);
        c.status = Status::Done { on: day(-3 - n) };
    }
    assert_eq!(
        s.warnings(monday()),
        ["warning wip Sam: 6 active for a limit of 5, done/week 0.50, wait 12.0 weeks"]
    );
}

#[test]
fn more_than_three_big_rocks_for_the_week() {
    let mut s = Scenario::new();
    for n in 0..4 {
        s.one_off(&format!("Rock {n}"), 1.0);
    }
    let ids: Vec<CommitmentId> = s.plan.commitments.iter().map(|c| c.id).collect();
    s.plan.big_rocks = vec![WeekRocks { week: monday(), commitments: ids }];
    assert_eq!(s.warnings(monday()), ["info big rocks week 2026-11-30: 4 chosen, limit 3"]);
}

#[test]
fn treading_water_after_two_weeks_without_progress() {
    let mut s = Scenario::new();
    s.one_off("Stale", 4.0).created_at = at(2026, 11, 16, 9);
    s.one_off("Fresh", 4.0).created_at = at(2026, 11, 17, 9);
    let moving = s.one_off("Moving", 4.0);
    moving.created_at = at(2026, 11, 1, 9);
    moving.progress =
        vec![ProgressEntry { date: day(-5), hours: hours(1.0), note: Notes::default() }];
    assert_eq!(
        s.warnings(monday()),
        [
            "warning treading water Sam: Stale no progress since 2026-11-16 (14 days, limit 2 weeks)",
            "info review due: last never, 29 days ago",
        ]
    );
}

#[test]
fn unestimated_work_is_flagged_when_active_or_proposed() {
    let mut s = Scenario::new();
    s.add("Mystery", Effort::Unestimated);
    s.add("Maybe", Effort::Unestimated).status = Status::Proposed;
    s.add("Later", Effort::Unestimated).status = Status::Someday;
    assert_eq!(
        s.warnings(monday()),
        ["info no estimate Sam: Mystery", "info no estimate Sam: Maybe"]
    );
}

#[test]
fn a_review_is_due_a_week_after_the_last_one() {
    let mut s = Scenario::new();
    let c = s.one_off("Something", 1.0);
    c.created_at = at(2026, 11, 10, 9);
    c.status = Status::Someday;
    assert_eq!(s.warnings(monday()), ["info review due: last never, 20 days ago"]);
    s.plan.reviews.push(Review {
        id: ReviewId::from_random_bytes([9; 16]),
        week: date(2026, 11, 23),
        completed_at: at(2026, 11, 27, 16),
        entries: Vec::new(),
        followed_up: Vec::new(),
        triaged: Vec::new(),
        big_rocks: Vec::new(),
        reflection: Reflection::default(),
        pulse: None,
        snapshot: Vec::new(),
        accepted_overload_hours: None,
    });
    assert_eq!(s.warnings(monday()), Vec::<String>::new());
    assert_eq!(s.warnings(day(4)), ["info review due: last 2026-11-27, 7 days ago"]);
}

#[test]
fn no_review_is_due_in_the_first_week_of_use() {
    let mut s = Scenario::new();
    s.one_off("Something", 1.0).created_at = at(2026, 11, 24, 9);
    assert_eq!(s.warnings(monday()), Vec::<String>::new());
}

#[test]
fn an_inbox_piles_up_past_five_old_requests() {
    let mut s = Scenario::new();
    for n in 0..6 {
        let c = s.one_off(&format!("Ask {n}"), 1.0);
        c.status = Status::Proposed;
        c.created_at = at(2026, 11, 26, 9);
    }
    assert_eq!(s.warnings(monday()), ["info inbox: 6 proposed older than 3 days (limit 5)"]);
    s.plan.commitments[5].created_at = at(2026, 11, 27, 9);
    assert_eq!(s.warnings(monday()), Vec::<String>::new());
}

#[test]
fn focus_ranks_by_score_with_its_reasons_then_due_date_then_title() {
    let mut s = Scenario::new();
    let rock = s.one_off("Big rock", 2.0);
    rock.created_at = at(2026, 11, 29, 9);
    let rock_id = rock.id;
    let late = s.one_off("Late", 2.0);
    late.due = due(-8, DueKind::Soft);
    late.important = true;
    late.created_at = at(2026, 11, 29, 9);
    let urgent = s.one_off("Urgent flag", 2.0);
    urgent.urgent = true;
    urgent.progress =
        vec![ProgressEntry { date: day(-2), hours: hours(0.5), note: Notes::default() }];
    let waiting = s.one_off("Waiting", 2.0);
    waiting.status = Status::Waiting(Waiting {
        on: Party::Text(Source::parse("Bob").unwrap()),
        since: day(-1),
        last_follow_up: None,
    });
    waiting.due = due(3, DueKind::Soft);
    s.one_off("B tie", 1.0).due = due(20, DueKind::Soft);
    s.one_off("A tie", 1.0).due = due(20, DueKind::Soft);
    s.one_off("Not mine", 1.0).status = Status::Someday;
    s.plan.big_rocks = vec![WeekRocks { week: monday(), commitments: vec![rock_id] }];
    assert_eq!(
        s.focus(monday()),
        [
            "Late 18.00: Due +12.00, Important +6.00",
            "Big rock 15.00: BigRock +15.00",
            "Urgent flag 6.00: Urgent +4.00, Momentum +2.00",
            "Waiting 4.43: Due +7.43, Waiting -3.00",
            "A tie 2.40: Due +2.40",
        ]
    );
}

#[test]
fn focus_says_each_reason_with_its_facts_the_weightiest_first() {
    // The scenario of the ranking above: the same terms, said rather than counted.
    let mut s = Scenario::new();
    let rock = s.one_off("Big rock", 2.0);
    rock.created_at = at(2026, 11, 29, 9);
    let rock_id = rock.id;
    let late = s.one_off("Late", 2.0);
    late.due = due(-8, DueKind::Soft);
    late.important = true;
    late.created_at = at(2026, 11, 29, 9);
    let urgent = s.one_off("Urgent flag", 2.0);
    urgent.urgent = true;
    urgent.progress = vec![
        ProgressEntry { date: day(-9), hours: hours(0.5), note: Notes::default() },
        ProgressEntry { date: day(-2), hours: hours(0.5), note: Notes::default() },
    ];
    let waiting = s.one_off("Waiting", 2.0);
    waiting.status = Status::Waiting(Waiting {
        on: Party::Text(Source::parse("Bob").unwrap()),
        since: day(-1),
        last_follow_up: None,
    });
    waiting.due = due(3, DueKind::Soft);
    s.plan.big_rocks = vec![WeekRocks { week: monday(), commitments: vec![rock_id] }];
    assert_eq!(
        s.focus_in_words(monday()),
        [
            "Late: overdue by 8 days 2026-11-22 (Soft), important",
            "Big rock: this week's big rock",
            "Urgent flag: flagged urgent, progress on 2026-11-28",
            // Waiting counts against focus, so it comes last whatever its weight.
            "Waiting: due in 3 days 2026-12-03 (Soft), waiting on Bob since 2026-11-29",
        ]
    );
}

#[test]
fn focus_says_a_deadline_at_risk_with_the_hours_short_and_since_when_nothing_moved() {
    let mut s = Scenario::new();
    // Due tonight, 20 h for the 8 h of today; nothing logged since it began four weeks
    // ago; important.
    let deck = s.one_off("Board deck", 20.0);
    deck.due = due(0, DueKind::Hard);
    deck.important = true;
    deck.created_at = at(2026, 11, 2, 9);
    assert_eq!(
        s.focus(monday()),
        ["Board deck 21.80: Due +8.80, Important +6.00, DeadlineAtRisk +5.00, TreadingWater +2.00"]
    );
    assert_eq!(
        s.focus_in_words(monday()),
        ["Board deck: due today 2026-11-30 (Hard), important, at risk: 12.00 h short by 2026-11-30, no progress since 2026-11-02"]
    );
    // The reasons are the terms of the score, one each: the score on request adds up.
    let focus = assess(&s.plan, monday()).focus;
    let terms: Vec<_> = focus[0].because.iter().map(|because| because.term()).collect();
    let mut scored: Vec<_> = focus[0].reasons.iter().map(|reason| reason.term).collect();
    scored.sort_by_key(|term| terms.iter().position(|t| t == term));
    assert_eq!(terms, scored);
}

#[test]
fn work_with_no_reason_to_focus_scores_zero_not_minus_zero() {
    let mut s = Scenario::new();
    s.one_off("Quiet", 1.0).created_at = at(2026, 11, 29, 9);
    let focus = assess(&s.plan, monday()).focus;
    assert_eq!(focus[0].score, 0.0);
    assert!(focus[0].score.is_sign_positive(), "shown as 0.0, not -0.0");
    assert!(focus[0].reasons.is_empty() && focus[0].because.is_empty());
}

#[test]
fn the_due_factor_follows_the_taskwarrior_curve() {
    use plateful_core::focus::due_factor;
    assert_eq!(due_factor(30), 1.0);
    assert_eq!(due_factor(7), 1.0);
    assert!((due_factor(0) - (14.0 * 0.8 / 21.0 + 0.2)).abs() < 1e-12);
    assert!((due_factor(-14) - 0.2).abs() < 1e-12);
    assert_eq!(due_factor(-15), 0.2);
}

#[test]
fn review_trends_give_load_hours_done_slipped_and_pulse_per_week() {
    // The week of 23 November, reviewed on Friday 27th. Each decision is made through
    // the plan, as the review does, so that the plan is the one the review left: the
    // deferred work is due 4 December, no longer 26 November.
    let mut s = Scenario::new();
    let week = date(2026, 11, 23);
    let friday = date(2026, 11, 27);
    let soft = |d| Some(Due { date: d, kind: DueKind::Soft });
    let c = s.one_off("Shipped", 4.0);
    c.status = Status::Done { on: date(2026, 11, 25) };
    c.due = soft(date(2026, 11, 27));
    c.progress = vec![
        ProgressEntry { date: date(2026, 11, 24), hours: hours(3.0), note: Notes::default() },
        ProgressEntry { date: date(2026, 11, 20), hours: hours(1.0), note: Notes::default() },
    ];
    let late = s.one_off("Finished late", 2.0);
    late.due = soft(date(2026, 11, 24));
    late.status = Status::Done { on: date(2026, 11, 26) };
    let deferred = s.one_off("Deferred", 4.0);
    deferred.due = soft(date(2026, 11, 26));
    let deferred = deferred.id;
    let kept = s.one_off("Kept but late", 2.0);
    kept.due = soft(date(2026, 11, 26));
    let kept = kept.id;
    let dropped = s.one_off("Dropped", 2.0);
    dropped.due = soft(date(2026, 11, 25));
    let dropped = dropped.id;
    let decisions = [
        (deferred, Decision::Defer { new_due: date(2026, 12, 4) }),
        (kept, Decision::Keep),
        (dropped, Decision::Drop { reason: Notes::default() }),
    ];
    let mut entries = Vec::new();
    for (id, decision) in decisions {
        let at = at(2026, 11, 27, 15);
        let decide =
            Command::Decide { id, hours: None, decision: decision.clone(), today: friday, at };
        s.plan.apply(decide).expect("the review's decision applies");
        let hours_logged = WeeklyHours::new(0.0).unwrap();
        entries.push(ReviewEntry { commitment: id, hours_logged, decision });
    }
    let due_of = |id| s.plan.commitment(id).unwrap().due.map(|due| due.date);
    assert_eq!(due_of(deferred), Some(date(2026, 12, 4)), "the plan agrees with the review");
    s.plan.reviews.push(Review {
        id: ReviewId::from_random_bytes([7; 16]),
        week,
        completed_at: at(2026, 11, 27, 16),
        entries,
        followed_up: Vec::new(),
        triaged: Vec::new(),
        big_rocks: Vec::new(),
        reflection: Reflection::default(),
        pulse: Some(Pulse::new(4).unwrap()),
        snapshot: vec![WeekSnapshot {
            week: monday(),
            capacity: Hours::new(40.0).unwrap(),
            load: Hours::new(30.0).unwrap(),
        }],
        accepted_overload_hours: None,
    });
    s.check();
    // Seen on Thursday 26 November, the day "Kept but late" is due: not missed yet.
    let thursday = plateful_core::trends::trends(&s.plan, date(2026, 11, 26));
    assert_eq!(thursday[0].slipped, 2, "moved 1 + finished late 1");
    let points = plateful_core::trends::trends(&s.plan, monday());
    assert_eq!(points.len(), 1);
    let point = &points[0];
    assert_eq!(point.week, week);
    assert_eq!(point.load_percent, Some(75.0));
    // Only the 3 h of 24 November fall in the week; the hour of the 20th does not.
    assert_eq!(point.hours_logged, 3.0);
    // Shipped (25 Nov) and Finished late (26 Nov).
    assert_eq!(point.done, 2);
    // Slipped = due dates the review moved + my due dates of the week that were missed:
    //   moved: Deferred (Defer to 4 Dec)                                          = 1
    //   missed, due 23-29 Nov and not done by then, not dropped:
    //     Shipped, due 27 Nov, done 25 Nov: on time                                 0
    //     Kept but late, due 26 Nov, still active                                   1
    //     Finished late, due 24 Nov, done 26 Nov                                    1
    //     Dropped, due 25 Nov, dropped in the review                                0
    //     Deferred, now due 4 Dec: outside the week, already counted as moved       0
    //                                                                             = 2
    //   total 1 + 2                                                               = 3
    assert_eq!(point.slipped, 3);
    assert_eq!(point.pulse, Some(4));
}
