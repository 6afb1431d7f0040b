//! Properties that hold for any plan: it survives the file format unchanged, and
//! commands keep its invariants or leave it untouched.

mod support;

use plateful_core::*;
use proptest::prelude::*;
use support::strategies::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_plan_round_trips_through_json_unchanged(plan in any_plan(), saved_at in any_timestamp(), revision in any::<u64>()) {
        prop_assert_eq!(plan.check(), Ok(()));
        let envelope = Envelope::new(plan, saved_at, revision);
        let compact = format::parse(&envelope.to_json());
        prop_assert_eq!(compact.as_ref(), Ok(&envelope));
        let pretty = format::parse(&envelope.to_pretty_json());
        prop_assert_eq!(pretty.as_ref(), Ok(&envelope));
        // Writing again gives the same bytes: nothing drifts across saves.
        prop_assert_eq!(compact.unwrap().to_json(), envelope.to_json());
    }

    #[test]
    fn a_command_either_keeps_the_plan_valid_or_leaves_it_untouched(
        plan in any_plan(),
        pick in any::<prop::sample::Index>(),
        owner_pick in any::<prop::sample::Index>(),
        title in any_title(),
        effort in any_effort(),
        start in proptest::option::of(any_date()),
        due in proptest::option::of(any_date()),
        when in any_timestamp(),
        which in 0u8..16,
        decision_pick in any::<prop::sample::Index>(),
        rock_pick in any::<prop::sample::Index>(),
        new_id in any_id(CommitmentId::from_random_bytes),
        (person, settings, disorder, (important, urgent)) in (
            prop::sample::select(Role::ALL.to_vec()).prop_flat_map(any_person),
            any_settings(),
            any::<bool>(),
            any::<(bool, bool)>(),
        ),
    ) {
        let mut plan = plan;
        let before = plan.clone();
        let target = if plan.commitments.is_empty() { new_id } else { plan.commitments[pick.index(plan.commitments.len())].id };
        let owner = plan.people[owner_pick.index(plan.people.len())].id;
        let fields = CommitmentFields {
            title, notes: Notes::default(), owner, requested_by: None, effort,
            start, due: due.map(|date| Due { date, kind: DueKind::Soft }),
            important: false, urgent: false, tags: Vec::new(),
        };
        let command = match which {
            0 => Command::AddCommitment { id: new_id, fields, status: Status::Active, at: when },
            1 => Command::EditCommitment { id: target, fields, at: when },
            2 => Command::DeleteCommitment { id: target, at: when },
            3 => Command::SetStatus { id: target, status: Status::Done { on: support::date(2026, 11, 24) }, at: when },
            4 => Command::Delegate { id: target, to: owner, at: when },
            5 => Command::Reschedule { id: target, start, due: due.map(|date| Due { date, kind: DueKind::Hard }), at: when },
            6 => {
                let ids: Vec<CommitmentId> = plan.commitments.iter().map(|c| c.id).collect();
                let take = if ids.is_empty() { 0 } else { rock_pick.index(ids.len().min(4) + 1) };
                Command::SetBigRocks { week: support::date(2026, 11, 23), commitments: ids.into_iter().take(take).collect() }
            }
            8 => {
                let people: Vec<PersonId> = plan.people.iter().map(|p| p.id).collect();
                let decision = decision_for(&people, decision_pick, due);
                Command::Decide { id: target, hours: Some(support::hours(2.0)), decision, today: support::date(2026, 11, 25), at: when }
            }
            9 => Command::FollowUp { id: target, on: support::date(2026, 11, 25), at: when },
            7 => Command::Decline { id: target, on: support::date(2026, 11, 25), at: when },
            10 => Command::SetDue { id: target, due: due.map(|date| Due { date, kind: DueKind::Soft }), at: when },
            11 => Command::SetFlags { id: target, important, urgent, at: when },
            // A new person, or a second "me", which must be refused.
            12 => Command::AddPerson(person),
            // Someone of the plan with another role and capacity: refused for a "me" who
            // would stop being one, and for an owner who could no longer carry work.
            13 => Command::EditPerson(Person { id: owner, ..person }),
            14 => Command::RemovePerson(owner),
            15 => {
                let mut settings = settings;
                if disorder {
                    let t = &mut settings.thresholds;
                    (t.full_percent, t.critical_percent) = (t.critical_percent + 1.0, t.full_percent);
                }
                Command::UpdateSettings(settings)
            }
            _ => Command::LogProgress {
                id: target,
                entry: ProgressEntry { date: support::date(2026, 11, 24), hours: support::hours(1.5), note: Notes::default() },
                at: when,
            },
        };
        let only = command.changes_only();
        match plan.apply(command) {
            Ok(()) => {
                prop_assert_eq!(plan.check(), Ok(()));
                // A command that names the one commitment it changes changes nothing else:
                // the app's undo restores that commitment alone.
                if let Some(id) = only {
                    let without = |plan: &Plan| {
                        let mut plan = plan.clone();
                        plan.commitments.retain(|c| c.id != id);
                        plan
                    };
                    prop_assert_eq!(without(&plan), without(&before));
                    let position = before.commitments.iter().position(|c| c.id == id);
                    prop_assert_eq!(position.is_none_or(|p| plan.commitments[p].id == id), true);
                }
            }
            Err(_) => prop_assert_eq!(&plan, &before),
        }
    }
}

/// One of the six decisions, picked by `pick`.
fn decision_for(
    people: &[PersonId],
    pick: prop::sample::Index,
    due: Option<chrono::NaiveDate>,
) -> Decision {
    let new_due = due.unwrap_or(support::date(2026, 12, 4));
    match pick.index(6) {
        0 => Decision::Keep,
        1 => Decision::Done,
        2 => Decision::Defer { new_due },
        3 => Decision::Renegotiate { new_due },
        4 => Decision::Delegate { to: people[pick.index(people.len())] },
        _ => Decision::Drop { reason: Notes::default() },
    }
}
