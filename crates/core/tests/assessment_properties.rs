//! Properties of the assessment that hold for any plan and any day.

mod support;

use chrono::Duration;
use plateful_core::calendar::{Calendar, PersonCalendar};
use plateful_core::projection::allocate;
use plateful_core::relief::ReliefKind;
use plateful_core::whatif::{what_if, Verdict};
use plateful_core::*;
use proptest::prelude::*;
use support::strategies::*;

fn rendered(plan: &Plan, assessment: &Assessment) -> Vec<String> {
    let mut lines: Vec<String> = assessment
        .warnings
        .iter()
        .map(|w| {
            let mut ids = w.commitments.clone();
            if matches!(w.kind, WarningKind::Overload { .. }) {
                ids.sort();
            }
            format!(
                "{:?} {} {:?} {:?} {:?} {}",
                w.severity,
                w.kind.name(),
                w.person,
                w.week,
                ids,
                figures(&w.kind)
            )
        })
        .collect();
    lines.extend(assessment.focus.iter().map(|s| format!("focus {} {:.6}", s.commitment, s.score)));
    if let Some(relief) = &assessment.relief {
        lines.extend(
            relief
                .actions
                .iter()
                .map(|a| format!("relief {} {:?} {:.6}", a.commitment, a.kind, a.frees)),
        );
    }
    let _ = plan;
    lines
}

fn figures(kind: &WarningKind) -> String {
    match kind {
        WarningKind::Overload { load, capacity, .. } => format!("{load:.6} {capacity:.6}"),
        WarningKind::DeadlineAtRisk { demand, supply, .. } => format!("{demand:.6} {supply:.6}"),
        other => format!("{other:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_one_offs_allocations_add_up_to_its_remaining_hours_times_calibration(
        person in any_person(Role::Me),
        today in any_today(),
        start in proptest::option::of(any_today()),
        due in proptest::option::of(any_today()),
        estimate in 0.25f64..500.0,
        spent in 0.0f64..300.0,
        factor in 0.1f64..=10.0,
        week_start in 0u8..7,
    ) {
        let mut plan = Plan::new(person.clone());
        let mut fields = support::fields("Work", support::one_off(estimate));
        fields.owner = person.id;
        fields.start = start;
        fields.due = due.map(|date| Due { date: date.max(start.unwrap_or(date)), kind: DueKind::Soft });
        plan.apply(Command::AddCommitment { id: support::commitment_id(1), fields, status: Status::Active, at: support::at(2024, 1, 1, 9) }).unwrap();
        if spent > 0.0 {
            plan.apply(Command::LogProgress {
                id: support::commitment_id(1),
                entry: ProgressEntry { date: today, hours: support::hours(spent), note: Notes::default() },
                at: support::at(2024, 1, 1, 10),
            }).unwrap();
        }
        let week_start = [chrono::Weekday::Mon, chrono::Weekday::Tue, chrono::Weekday::Wed, chrono::Weekday::Thu, chrono::Weekday::Fri, chrono::Weekday::Sat, chrono::Weekday::Sun][week_start as usize];
        let calendar = Calendar::new(today, week_start, 12);
        let person_calendar = PersonCalendar::new(&person, &calendar);
        let commitment = &plan.commitments[0];
        let mut total = 0.0;
        let mut weeks = Vec::new();
        allocate(commitment, &person_calendar, &calendar, factor, None, &mut |week, hours| {
            total += hours;
            weeks.push(week);
        });
        let expected = (estimate - spent).max(0.0) * factor;
        prop_assert!((total - expected).abs() <= 1e-9 * expected.max(1.0), "allocated {total}, expected {expected}");
        prop_assert!(weeks.iter().all(|week| *week >= 0), "nothing lands before this week");
    }

    #[test]
    fn adding_an_active_commitment_never_lowers_any_weeks_load(
        plan in busy_plan(),
        today in any_today(),
        hours in 0.5f64..200.0,
        due in proptest::option::of(0i64..120),
    ) {
        let before = Projection::compute(&plan, today);
        let mut more = plan.clone();
        let mut fields = support::fields("One more thing", support::one_off(hours));
        fields.owner = plan.me().unwrap().id;
        fields.due = due.map(|days| Due { date: today + Duration::days(days), kind: DueKind::Soft });
        more.apply(Command::AddCommitment { id: CommitmentId::from_random_bytes([0xAB; 16]), fields, status: Status::Active, at: support::at(2026, 1, 1, 9) }).unwrap();
        let after = Projection::compute(&more, today);
        for (old, new) in before.people.iter().zip(&after.people) {
            for (a, b) in old.weeks.iter().zip(&new.weeks) {
                prop_assert!(b.load >= a.load - 1e-9, "{} fell to {}", a.load, b.load);
                prop_assert_eq!(a.capacity, b.capacity);
            }
        }
    }

    #[test]
    fn relief_never_drops_important_work_nor_pushes_a_delegate_over_capacity(plan in busy_plan(), today in any_today()) {
        let assessment = assess(&plan, today);
        let Some(relief) = assessment.relief else { return Ok(()); };
        let thresholds = plan.settings.thresholds;
        for action in &relief.actions {
            let commitment = plan.commitment(action.commitment).unwrap();
            if action.kind == ReliefKind::Drop {
                prop_assert!(!commitment.important && !commitment.urgent, "dropped {}", commitment.title);
            }
        }
        // Carry out the whole plan, then look at every delegate's weeks that got work.
        let mut after = plan.clone();
        for command in relief.commands(today, support::at(2026, 1, 1, 9), &Notes::default()) {
            after.apply(command).unwrap();
        }
        let projection = Projection::compute(&after, today);
        for action in &relief.actions {
            if let ReliefKind::Delegate { to } = action.kind {
                let index = after.commitments.iter().position(|c| c.id == action.commitment).unwrap();
                let person = projection.person(to).unwrap();
                for (week, load) in person.weeks.iter().enumerate() {
                    if projection.allocation(index, week) > 0.0 {
                        prop_assert!(load.level(&thresholds) < LoadLevel::Over, "delegate at {:?}", load);
                    }
                }
            }
        }
    }

    #[test]
    fn after_a_successful_relief_plan_no_week_of_the_next_four_is_over(plan in busy_plan(), today in any_today()) {
        let assessment = assess(&plan, today);
        let Some(relief) = assessment.relief else { return Ok(()); };
        if !relief.succeeds() {
            return Ok(());
        }
        let mut after = plan.clone();
        for command in relief.commands(today, support::at(2026, 1, 1, 9), &Notes::default()) {
            after.apply(command).unwrap();
        }
        prop_assert_eq!(after.check(), Ok(()));
        let projection = Projection::compute(&after, today);
        let me = projection.person(after.me().unwrap().id).unwrap();
        for load in me.weeks.iter().take(4) {
            prop_assert!(load.level(&after.settings.thresholds) < LoadLevel::Over, "still {:?}", load);
        }
    }

    #[test]
    fn the_what_if_of_a_zero_effort_commitment_fits(plan in busy_plan(), today in any_today(), unestimated in any::<bool>()) {
        let me = plan.me().unwrap().id;
        let mut fields = support::fields("Nothing to do", if unestimated { Effort::Unestimated } else { support::one_off(3.0) });
        fields.owner = me;
        fields.due = Some(Due { date: today, kind: DueKind::Hard });
        let mut with_request = plan.clone();
        let id = CommitmentId::from_random_bytes([0xCD; 16]);
        with_request.apply(Command::AddCommitment { id, fields, status: Status::Proposed, at: support::at(2026, 1, 1, 9) }).unwrap();
        if !unestimated {
            // Fully logged: nothing remains.
            with_request.apply(Command::LogProgress { id, entry: ProgressEntry { date: today, hours: support::hours(3.0), note: Notes::default() }, at: support::at(2026, 1, 1, 10) }).unwrap();
        }
        let request = with_request.commitment(id).unwrap().clone();
        let answer = what_if(&with_request, today, &request);
        prop_assert_eq!(answer.verdict, Verdict::Fits);
    }

    #[test]
    fn the_assessment_does_not_depend_on_the_order_of_commitments(plan in busy_plan(), today in any_today(), seed in any::<u64>()) {
        let mut shuffled = plan.clone();
        // A deterministic shuffle from the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.commitments.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.commitments.swap(i, (state % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(rendered(&plan, &assess(&plan, today)), rendered(&shuffled, &assess(&shuffled, today)));
    }
}
