//! The weekly review: what each decision does to the plan, the lists of each step, the
//! finish gate, the snapshot it records and what finishing changes (SPEC 2.1, 3).

mod support;

use plateful_core::calibration;
use plateful_core::trends::{self, trends};
use plateful_core::weekly_review::next_open;
use plateful_core::*;
use support::*;

/// Wednesday 25 November 2026; the week began on Monday the 23rd.
fn today() -> chrono::NaiveDate {
    date(2026, 11, 25)
}

/// When `decide` makes its decisions.
fn decided_at() -> chrono::DateTime<chrono::Utc> {
    at(2026, 11, 25, 17)
}

fn review_id() -> ReviewId {
    ReviewId::from_random_bytes([42; 16])
}

fn decide(
    plan: &mut Plan,
    n: u8,
    hours: Option<f64>,
    decision: Decision,
) -> Result<(), DomainError> {
    plan.apply(Command::Decide {
        id: commitment_id(n),
        hours: hours.map(support::hours),
        decision,
        today: today(),
        at: decided_at(),
    })
}

/// What the draft notes of a decision on commitment `n`.
fn entry(n: u8, hours: f64, decision: Decision) -> ReviewEntry {
    ReviewEntry {
        commitment: commitment_id(n),
        hours_logged: WeeklyHours::new(hours).unwrap(),
        decision,
    }
}

fn recurring(h: f64) -> Effort {
    Effort::Recurring { hours_per_week: WeeklyHours::new(h).unwrap(), until: None }
}

fn set_due(plan: &mut Plan, n: u8, due: Due) {
    plan.apply(Command::SetDue { id: commitment_id(n), due: Some(due), at: at(2026, 11, 2, 9) })
        .unwrap();
}

#[test]
fn keep_logs_the_hours_and_changes_nothing_else() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Write the RFC", one_off(10.0));
    decide(&mut plan, 1, Some(3.5), Decision::Keep).unwrap();
    let kept = plan.commitment(commitment_id(1)).unwrap();
    assert_eq!(kept.status, Status::Active);
    assert_eq!(kept.progress.len(), 1);
    assert_eq!(kept.progress[0].date, today());
    assert_eq!(kept.progress[0].hours.get(), 3.5);
    assert_eq!(kept.remaining_hours(), Some(6.5));
    assert_eq!(kept.updated_at, at(2026, 11, 25, 17));
}

#[test]
fn done_finishes_today_and_gives_a_calibration_sample() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Write the RFC", one_off(10.0));
    assert!(calibration::samples(&plan).is_empty());
    decide(&mut plan, 1, Some(16.0), Decision::Done).unwrap();
    assert_eq!(plan.commitment(commitment_id(1)).unwrap().status, Status::Done { on: today() });
    // 16 hours spent on a 10-hour estimate.
    assert_eq!(calibration::samples(&plan), vec![1.6]);
}

#[test]
fn defer_and_renegotiate_move_the_due_date_and_keep_its_kind() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Budget", one_off(4.0));
    add(&mut plan, 2, "Slides", one_off(4.0));
    add(&mut plan, 3, "No date yet", one_off(4.0));
    set_due(&mut plan, 1, Due { date: date(2026, 11, 27), kind: DueKind::Hard });
    set_due(&mut plan, 2, Due { date: date(2026, 11, 27), kind: DueKind::Soft });

    decide(&mut plan, 1, None, Decision::Renegotiate { new_due: date(2026, 12, 11) }).unwrap();
    decide(&mut plan, 2, None, Decision::Defer { new_due: date(2026, 12, 4) }).unwrap();
    decide(&mut plan, 3, None, Decision::Defer { new_due: date(2027, 1, 8) }).unwrap();

    let due = |n| plan.commitment(commitment_id(n)).unwrap().due.unwrap();
    assert_eq!(due(1), Due { date: date(2026, 12, 11), kind: DueKind::Hard });
    assert_eq!(due(2), Due { date: date(2026, 12, 4), kind: DueKind::Soft });
    // A commitment without a date gets a soft one.
    assert_eq!(due(3), Due { date: date(2027, 1, 8), kind: DueKind::Soft });
    for n in 1..=3 {
        assert_eq!(plan.commitment(commitment_id(n)).unwrap().status, Status::Active);
    }
}

#[test]
fn delegate_hands_the_work_over_and_keeps_me_as_the_delegator() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Interview loop", one_off(6.0));
    decide(&mut plan, 1, Some(1.0), Decision::Delegate { to: person_id(2) }).unwrap();
    let delegated = plan.commitment(commitment_id(1)).unwrap();
    assert_eq!(delegated.owner, person_id(2));
    assert_eq!(delegated.delegated_by, Some(person_id(1)));
    assert_eq!(delegated.progress.len(), 1);
    assert_eq!(delegated.status, Status::Active);
}

#[test]
fn drop_records_the_day_and_the_reason() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Blog post", one_off(5.0));
    let reason = Notes::parse("No one reads it").unwrap();
    decide(&mut plan, 1, None, Decision::Drop { reason: reason.clone() }).unwrap();
    assert_eq!(
        plan.commitment(commitment_id(1)).unwrap().status,
        Status::Dropped { on: today(), reason, declined: false }
    );
}

#[test]
fn a_refused_decision_leaves_the_plan_as_it_was_hours_included() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Budget", one_off(4.0));
    plan.apply(Command::Reschedule {
        id: commitment_id(1),
        start: Some(date(2026, 12, 1)),
        due: None,
        at: at(2026, 11, 2, 9),
    })
    .unwrap();
    let before = plan.clone();

    let error = decide(&mut plan, 1, Some(2.0), Decision::Defer { new_due: date(2026, 11, 30) });
    assert_eq!(
        error,
        Err(DomainError::DueBeforeStart { start: date(2026, 12, 1), due: date(2026, 11, 30) })
    );
    assert_eq!(plan, before);

    let error = decide(&mut plan, 1, Some(2.0), Decision::Delegate { to: person_id(3) });
    assert_eq!(error, Err(DomainError::OwnerCannotCarryWork(person_id(3))));
    assert_eq!(plan, before);
}

#[test]
fn only_active_and_waiting_work_is_decided_on() {
    let mut plan = team_plan();
    plan.apply(Command::AddCommitment {
        id: commitment_id(1),
        fields: fields("Request", one_off(2.0)),
        status: Status::Proposed,
        at: at(2026, 11, 2, 9),
    })
    .unwrap();
    let before = plan.clone();
    assert_eq!(
        decide(&mut plan, 1, Some(1.0), Decision::Done),
        Err(DomainError::NotUnderReview(commitment_id(1)))
    );
    assert_eq!(plan, before);
}

#[test]
fn follow_up_dates_a_waiting_commitment() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Legal sign-off", one_off(1.0));
    let waiting = Waiting {
        on: Party::Person(person_id(3)),
        since: date(2026, 11, 10),
        last_follow_up: None,
    };
    plan.apply(Command::SetStatus {
        id: commitment_id(1),
        status: Status::Waiting(waiting.clone()),
        at: at(2026, 11, 10, 9),
    })
    .unwrap();
    plan.apply(Command::FollowUp { id: commitment_id(1), on: today(), at: at(2026, 11, 25, 17) })
        .unwrap();
    assert_eq!(
        plan.commitment(commitment_id(1)).unwrap().status,
        Status::Waiting(Waiting { last_follow_up: Some(today()), ..waiting })
    );
}

#[test]
fn triage_turns_a_request_into_work_someday_or_a_refusal() {
    let id = commitment_id(1);
    let now = at(2026, 11, 25, 10);
    let set = |status| Command::SetStatus { id, status, at: now };
    assert_eq!(Triage::Accept.command(id, today(), now), set(Status::Active));
    assert_eq!(Triage::Someday.command(id, today(), now), set(Status::Someday));
    assert_eq!(
        Triage::Decline.command(id, today(), now),
        Command::Decline { id, on: today(), at: now }
    );
}

#[test]
fn each_step_lists_what_it_goes_through() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Mine, active", one_off(4.0));
    add(&mut plan, 2, "Mine, waiting", one_off(4.0));
    add(&mut plan, 3, "Delegated to Alice", one_off(4.0));
    add(&mut plan, 4, "Mine, done", one_off(4.0));
    plan.apply(Command::AddCommitment {
        id: commitment_id(5),
        fields: fields("A request", one_off(2.0)),
        status: Status::Proposed,
        at: at(2026, 11, 2, 9),
    })
    .unwrap();
    let waiting = Waiting {
        on: Party::Person(person_id(3)),
        since: date(2026, 11, 10),
        last_follow_up: None,
    };
    let at9 = at(2026, 11, 3, 9);
    plan.apply(Command::SetStatus {
        id: commitment_id(2),
        status: Status::Waiting(waiting),
        at: at9,
    })
    .unwrap();
    plan.apply(Command::Delegate { id: commitment_id(3), to: person_id(2), at: at9 }).unwrap();
    plan.apply(Command::SetStatus {
        id: commitment_id(4),
        status: Status::Done { on: date(2026, 11, 20) },
        at: at9,
    })
    .unwrap();

    let mut draft = ReviewDraft::start(&plan, review_id(), today(), at(2026, 11, 25, 16));
    assert_eq!(draft.week, date(2026, 11, 23));
    assert_eq!(draft.next_week(), date(2026, 11, 30));
    let ids = |list: Vec<&Commitment>| list.iter().map(|c| c.id).collect::<Vec<_>>();
    assert_eq!(ids(draft.inbox(&plan)), vec![commitment_id(5)]);
    let current: Vec<_> = draft.current(&plan).iter().map(|(c, _)| c.id).collect();
    assert_eq!(current, vec![commitment_id(1), commitment_id(2)]);
    assert_eq!(ids(draft.waiting_for(&plan)), vec![commitment_id(2), commitment_id(3)]);

    // A commitment decided Done stays in the step's list, with its decision.
    decide(&mut plan, 1, Some(2.0), Decision::Done).unwrap();
    draft.record_decision(entry(1, 2.0, Decision::Done), decided_at());
    let current = draft.current(&plan);
    assert_eq!(current.len(), 2);
    assert_eq!(current[0].1.map(|entry| &entry.decision), Some(&Decision::Done));
}

#[test]
fn deciding_twice_on_one_commitment_keeps_the_last_decision_and_all_the_hours() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Write the RFC", one_off(10.0));
    let mut draft = ReviewDraft::start(&plan, review_id(), today(), at(2026, 11, 25, 16));
    decide(&mut plan, 1, Some(2.0), Decision::Keep).unwrap();
    draft.record_decision(entry(1, 2.0, Decision::Keep), decided_at());
    decide(&mut plan, 1, Some(1.5), Decision::Done).unwrap();
    draft.record_decision(entry(1, 1.5, Decision::Done), decided_at());
    assert_eq!(draft.entry(&plan, commitment_id(1)), Some(&entry(1, 3.5, Decision::Done)));
    assert_eq!(draft.entries.len(), 1);
}

#[test]
fn an_undone_decision_is_neither_shown_as_made_nor_recorded() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Write the RFC", one_off(10.0));
    let mut draft = ReviewDraft::start(&plan, review_id(), today(), at(2026, 11, 25, 16));
    let before = plan.clone();
    decide(&mut plan, 1, Some(2.0), Decision::Done).unwrap();
    draft.record_decision(entry(1, 2.0, Decision::Done), decided_at());
    assert!(draft.entry(&plan, commitment_id(1)).is_some());

    // Undo puts the commitment back as it was, its `updated_at` included.
    let mut plan = before;
    assert_eq!(draft.entry(&plan, commitment_id(1)), None);
    assert_eq!(draft.current(&plan)[0].1, None, "the step offers the decision again");
    let projection = Projection::compute(&plan, today());
    let review = draft.finish(&plan, &projection, None, at(2026, 11, 25, 18)).unwrap();
    assert!(review.entries.is_empty());

    // Decided again: the undone hours do not count.
    draft.forget_undone(&plan);
    decide(&mut plan, 1, Some(3.0), Decision::Keep).unwrap();
    draft.record_decision(entry(1, 3.0, Decision::Keep), decided_at());
    assert_eq!(draft.entry(&plan, commitment_id(1)), Some(&entry(1, 3.0, Decision::Keep)));

    // A triage undone (the request back in the inbox) is not recorded either.
    plan.apply(Command::AddCommitment {
        id: commitment_id(2),
        fields: fields("A request", one_off(2.0)),
        status: Status::Proposed,
        at: at(2026, 11, 2, 9),
    })
    .unwrap();
    draft.record_triage(commitment_id(2), Triage::Accept);
    let review = draft.finish(&plan, &projection, None, at(2026, 11, 25, 18)).unwrap();
    assert!(review.triaged.is_empty());
}

/// Me at 40 h a week, with 50 h of recurring work: next week is 10 h over.
fn overloaded_plan() -> Plan {
    let mut plan = team_plan();
    add(&mut plan, 1, "On-call", recurring(30.0));
    add(&mut plan, 2, "Meetings", recurring(20.0));
    plan
}

#[test]
fn finishing_with_next_week_over_needs_the_overload_accepted_in_full() {
    let plan = overloaded_plan();
    let projection = Projection::compute(&plan, today());
    let gate = ReviewDraft::gate(&projection, &plan).unwrap();
    assert_eq!(gate.week, date(2026, 11, 30));
    assert_eq!(gate.load.capacity, 40.0);
    assert_eq!(gate.load.load, 50.0);
    assert_eq!(gate.over_by, 10.0);
    assert!(!gate.is_open());

    let draft = ReviewDraft::start(&plan, review_id(), today(), at(2026, 11, 25, 16));
    let finished = at(2026, 11, 25, 18);
    assert_eq!(
        draft.finish(&plan, &projection, None, finished),
        Err(FinishError::OverCapacity { over_by: 10.0, accepted: None })
    );
    assert_eq!(
        draft.finish(&plan, &projection, Some(Hours::new(4.0).unwrap()), finished),
        Err(FinishError::OverCapacity { over_by: 10.0, accepted: Some(4.0) })
    );
    let review =
        draft.finish(&plan, &projection, Some(Hours::new(10.0).unwrap()), finished).unwrap();
    assert_eq!(review.accepted_overload_hours, Some(Hours::new(10.0).unwrap()));
}

#[test]
fn making_room_opens_the_gate() {
    let mut plan = overloaded_plan();
    decide(&mut plan, 2, None, Decision::Delegate { to: person_id(2) }).unwrap();
    let projection = Projection::compute(&plan, today());
    let gate = ReviewDraft::gate(&projection, &plan).unwrap();
    assert_eq!(gate.load.load, 30.0);
    assert_eq!(gate.over_by, 0.0);
    let draft = ReviewDraft::start(&plan, review_id(), today(), at(2026, 11, 25, 16));
    let review = draft.finish(&plan, &projection, None, at(2026, 11, 25, 18)).unwrap();
    assert_eq!(review.accepted_overload_hours, None);
}

#[test]
fn the_record_holds_the_decisions_reflection_and_a_four_week_snapshot() {
    let mut plan = overloaded_plan();
    add(&mut plan, 3, "Gone by the end", one_off(2.0));
    let mut draft = ReviewDraft::start(&plan, review_id(), today(), at(2026, 11, 25, 16));
    decide(&mut plan, 2, Some(4.0), Decision::Drop { reason: Notes::default() }).unwrap();
    draft.record_decision(entry(2, 4.0, Decision::Drop { reason: Notes::default() }), decided_at());
    draft.record_follow_up(commitment_id(3));
    draft.record_follow_up(commitment_id(3));
    draft.big_rocks = vec![commitment_id(1), commitment_id(3)];
    draft.reflection.went_well = Notes::parse("Shipped the RFC").unwrap();
    draft.pulse = Some(Pulse::new(2).unwrap());
    // Deleted before the end: the record does not point at it.
    plan.apply(Command::DeleteCommitment { id: commitment_id(3), at: at(2026, 11, 25, 12) })
        .unwrap();

    let projection = Projection::compute(&plan, today());
    let review = draft.finish(&plan, &projection, None, at(2026, 11, 25, 18)).unwrap();
    assert_eq!(review.id, review_id());
    assert_eq!(review.week, date(2026, 11, 23));
    assert_eq!(review.completed_at, at(2026, 11, 25, 18));
    assert_eq!(review.entries.len(), 1);
    assert_eq!(review.followed_up, Vec::<CommitmentId>::new());
    assert_eq!(review.big_rocks, vec![commitment_id(1)]);
    assert_eq!(review.reflection.went_well.as_str(), "Shipped the RFC");
    assert_eq!(review.pulse.map(Pulse::get), Some(2));

    let weeks: Vec<_> = review.snapshot.iter().map(|week| week.week).collect();
    assert_eq!(
        weeks,
        vec![date(2026, 11, 30), date(2026, 12, 7), date(2026, 12, 14), date(2026, 12, 21)]
    );
    for week in &review.snapshot {
        assert_eq!(week.capacity.get(), 40.0);
        assert_eq!(week.load.get(), 30.0);
        assert_eq!(week.percent(), Some(75.0));
    }
}

#[test]
fn completing_a_review_clears_review_due_and_adds_a_trend_point() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Write the RFC", one_off(10.0));
    let due = |plan: &Plan| {
        assess(plan, today())
            .warnings
            .iter()
            .any(|w| matches!(w.kind, WarningKind::ReviewDue { .. }))
    };
    assert!(due(&plan), "the plan was first used on 2 November and never reviewed");

    decide(&mut plan, 1, Some(12.0), Decision::Done).unwrap();
    let mut draft = ReviewDraft::start(&plan, review_id(), today(), at(2026, 11, 25, 16));
    draft.record_decision(entry(1, 12.0, Decision::Done), decided_at());
    draft.pulse = Some(Pulse::new(4).unwrap());
    let projection = Projection::compute(&plan, today());
    let review = draft.finish(&plan, &projection, None, at(2026, 11, 25, 18)).unwrap();
    plan.apply(Command::CompleteReview(Box::new(review.clone()))).unwrap();

    assert_eq!(plan.reviews, vec![review.clone()]);
    assert!(!due(&plan));
    assert_eq!(plan.check(), Ok(()));
    let points = trends(&plan, today());
    assert_eq!(points.len(), 1);
    assert_eq!(points[0].week, date(2026, 11, 23));
    assert_eq!(points[0].hours_logged, 12.0);
    assert_eq!(points[0].done, 1);
    assert_eq!(points[0].pulse, Some(4));
    assert_eq!(points[0].load_percent, Some(0.0));

    // The same review cannot be recorded twice.
    assert_eq!(
        plan.apply(Command::CompleteReview(Box::new(review))),
        Err(DomainError::DuplicateReview(review_id()))
    );
    assert_eq!(plan.reviews.len(), 1);
}

#[test]
fn the_last_review_is_the_day_the_latest_one_was_completed() {
    let mut plan = team_plan();
    assert_eq!(plan.last_review(), None);
    let projection = Projection::compute(&plan, today());
    let draft = ReviewDraft::start(&plan, review_id(), today(), at(2026, 11, 25, 16));
    let review = draft.finish(&plan, &projection, None, at(2026, 11, 25, 18)).unwrap();
    let mut older = review.clone();
    older.id = ReviewId::from_random_bytes([43; 16]);
    older.week = date(2026, 11, 16);
    older.completed_at = at(2026, 11, 20, 17);
    plan.apply(Command::CompleteReview(Box::new(review))).unwrap();
    plan.apply(Command::CompleteReview(Box::new(older))).unwrap();
    assert_eq!(plan.last_review(), Some(date(2026, 11, 25)));
}

#[test]
fn look_ahead_shows_the_four_weeks_after_this_one_and_the_warnings_about_them() {
    // 50 h of meetings a week for 40 h: every week of the horizon is over. Never
    // reviewed, and one piece of work without an estimate.
    let mut plan = overloaded_plan();
    add(&mut plan, 3, "Estimate me", Effort::Unestimated);
    let assessment = assess(&plan, today());
    let window = LookAhead::of(&assessment.projection.calendar);
    assert_eq!((window.from, window.to), (date(2026, 11, 30), date(2026, 12, 21)));
    assert!(!window.contains(date(2026, 11, 23)));
    assert!(window.contains(date(2026, 12, 21)));
    assert!(!window.contains(date(2026, 12, 28)));
    let shown: Vec<String> = assessment
        .warnings
        .iter()
        .filter(|warning| window.shows(warning))
        .map(|warning| match warning.week {
            Some(week) => format!("{} {week}", warning.kind.name()),
            None => warning.kind.name().to_owned(),
        })
        .collect();
    assert_eq!(
        shown,
        [
            "overload 2026-11-30",
            "overload 2026-12-07",
            "overload 2026-12-14",
            "overload 2026-12-21",
            "no_estimate",
        ],
        "this week, the weeks after the window and \"review due\" are left out"
    );
    assert!(assessment.warnings.iter().any(|w| w.kind.name() == "review_due"));
    // The chart of those weeks is the window's share of my weeks.
    let weeks: Vec<_> = assessment
        .projection
        .week_figures(person_id(1))
        .into_iter()
        .filter(|week| window.contains(week.start))
        .collect();
    assert_eq!(weeks.len(), weekly_review::LOOK_AHEAD_WEEKS);
}

#[test]
fn a_draft_survives_being_written_and_read_back() {
    let plan = team_plan();
    let mut draft = ReviewDraft::start(&plan, review_id(), today(), at(2026, 11, 25, 16));
    draft.step = Step::LookAhead;
    draft.record_triage(commitment_id(7), Triage::Someday);
    draft.record_triage(commitment_id(7), Triage::Accept);
    draft.record_follow_up(commitment_id(8));
    draft.reflection.to_change = Notes::parse("Say no to panels").unwrap();
    draft.pulse = Some(Pulse::new(3).unwrap());
    let json = serde_json::to_string(&draft).unwrap();
    let back: ReviewDraft = serde_json::from_str(&json).unwrap();
    assert_eq!(back, draft);
    assert_eq!(back.triage_of(commitment_id(7)), Some(Triage::Accept));
    assert_eq!(back.triaged.len(), 1);
}

#[test]
fn the_steps_go_in_order() {
    assert_eq!(Step::ALL.len(), 7);
    assert_eq!(Step::GetClear.previous(), None);
    assert_eq!(Step::GetClear.next(), Some(Step::GetCurrent));
    assert_eq!(Step::Reflect.next(), Some(Step::Finish));
    assert_eq!(Step::Finish.next(), None);
    for step in Step::ALL {
        if let Some(next) = step.next() {
            assert_eq!(next.previous(), Some(step));
            assert!(next > step);
        }
    }
}

#[test]
fn after_each_item_the_keyboard_goes_to_the_next_one_still_open() {
    let mut plan = team_plan();
    add(&mut plan, 1, "First", one_off(4.0));
    add(&mut plan, 2, "Second", one_off(4.0));
    add(&mut plan, 3, "Third", one_off(4.0));
    let mut draft = ReviewDraft::start(&plan, review_id(), today(), at(2026, 11, 25, 16));
    let before = draft.open_items(&plan, Step::GetCurrent);
    assert_eq!(before, vec![commitment_id(1), commitment_id(2), commitment_id(3)]);

    // The second decided: the third is next, then the first (the one left above).
    decide(&mut plan, 2, None, Decision::Keep).unwrap();
    draft.record_decision(entry(2, 0.0, Decision::Keep), decided_at());
    let after = draft.open_items(&plan, Step::GetCurrent);
    assert_eq!(after, vec![commitment_id(1), commitment_id(3)]);
    assert_eq!(next_open(&before, &after, commitment_id(2)), Some(commitment_id(3)));
    decide(&mut plan, 3, None, Decision::Done).unwrap();
    draft.record_decision(entry(3, 0.0, Decision::Done), decided_at());
    let last = draft.open_items(&plan, Step::GetCurrent);
    assert_eq!(next_open(&after, &last, commitment_id(3)), Some(commitment_id(1)));
    // Nothing left: the step is through.
    assert_eq!(next_open(&[commitment_id(1)], &[], commitment_id(1)), None);

    // The inbox and the waits go the same way; steps without a list have nothing open.
    plan.apply(Command::AddCommitment {
        id: commitment_id(4),
        fields: fields("A request", one_off(2.0)),
        status: Status::Proposed,
        at: at(2026, 11, 2, 9),
    })
    .unwrap();
    assert_eq!(draft.open_items(&plan, Step::GetClear), vec![commitment_id(4)]);
    plan.apply(Command::Delegate {
        id: commitment_id(1),
        to: person_id(2),
        at: at(2026, 11, 25, 17),
    })
    .unwrap();
    assert_eq!(draft.open_items(&plan, Step::WaitingFor), vec![commitment_id(1)]);
    draft.record_follow_up(commitment_id(1));
    assert_eq!(draft.open_items(&plan, Step::WaitingFor), Vec::new());
    assert_eq!(draft.open_items(&plan, Step::LookAhead), Vec::new());
}

#[test]
fn the_menus_of_the_review_are_named_by_the_core() {
    for kind in DecisionKind::ALL {
        assert_eq!(DecisionKind::parse(kind.as_str()), Some(kind));
    }
    assert_eq!(DecisionKind::parse("Keep"), None, "translated words are not values");
    assert_eq!(Decision::Delegate { to: person_id(2) }.kind(), DecisionKind::Delegate);
    assert_eq!(Decision::Drop { reason: Notes::default() }.kind().as_str(), "drop");
    let pulses: Vec<&str> = Pulse::ALL.iter().map(|pulse| pulse.as_str()).collect();
    assert_eq!(pulses, ["1", "2", "3", "4", "5"]);
    assert_eq!(Pulse::ALL.map(Pulse::get), [1, 2, 3, 4, 5]);
    assert_eq!(Triage::ALL, [Triage::Accept, Triage::Decline, Triage::Someday]);
}

/// A reviewed week for the trend charts.
fn point(day: u32, load: Option<f64>, hours: f64, pulse: Option<u8>) -> trends::TrendPoint {
    trends::TrendPoint {
        week: date(2026, 11, day),
        load_percent: load,
        hours_logged: hours,
        done: 2,
        slipped: 0,
        pulse,
    }
}

const FRAME: trends::ChartFrame =
    trends::ChartFrame { width: 300.0, height: 80.0, above: 14.0, below: 16.0, max_slot: 48.0 };

#[test]
fn a_trend_chart_scales_to_its_largest_figure_with_the_capacity_line_on_the_load() {
    use trends::{Series, TrendChart};
    let points = [point(9, Some(120.0), 30.0, Some(4)), point(16, None, 0.0, None)];

    // 120% is the largest: with a tenth of headroom, it takes 80 / 1.1 units.
    let load = TrendChart::of(&points, Series::Load, FRAME);
    let tall = &load.bars[0];
    assert!((tall.height - 80.0 / 1.1).abs() < 1e-9);
    assert!((tall.y + tall.height - 94.0).abs() < 1e-9, "bars stand on the base line");
    assert!((tall.figure_y - (tall.y - 3.0)).abs() < 1e-9);
    assert_eq!(tall.label_y, 106.0);
    // Two weeks: slots of the widest allowed, 48 units, the bar 70% of it, centred.
    assert_eq!((tall.x, tall.width, tall.middle), (48.0 * 0.15, 48.0 * 0.7, 24.0));
    assert_eq!(load.bars[1].middle, 72.0);
    // A week without capacity has no figure and no bar.
    assert_eq!((load.bars[1].value, load.bars[1].height), (None, 0.0));
    let limit = load.limit_y.unwrap();
    assert!((limit - (94.0 - 100.0 / 132.0 * 80.0)).abs() < 1e-9);
    assert_eq!(load.view_box(), "0 0 300 110");

    // Under 100%, the line still shows: the scale reaches 110%.
    let low = TrendChart::of(&[point(9, Some(50.0), 1.0, None)], Series::Load, FRAME);
    assert!((low.limit_y.unwrap() - (94.0 - 80.0 / 1.1)).abs() < 1e-9);
    assert!((low.bars[0].height - 40.0 / 1.1).abs() < 1e-9);

    // Other series have no line; the pulse is read against 5; zeros stay flat.
    let pulse = TrendChart::of(&points, Series::Pulse, FRAME);
    assert_eq!(pulse.limit_y, None);
    assert!((pulse.bars[0].height - 4.0 / 5.5 * 80.0).abs() < 1e-9);
    let hours = TrendChart::of(&points, Series::HoursLogged, FRAME);
    assert_eq!(hours.bars[1].height, 0.0);
    assert_eq!(hours.bars[1].value, Some(0.0));

    // Many weeks share the width.
    let many: Vec<_> = (0..30).map(|_| point(9, Some(90.0), 2.0, Some(3))).collect();
    let chart = TrendChart::of(&many, Series::Done, FRAME);
    assert!((chart.bars[29].middle - 295.0).abs() < 1e-9);
    assert!(chart.bars.iter().all(|bar| bar.x >= 0.0 && bar.x + bar.width <= 300.0));
}
