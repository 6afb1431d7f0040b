//! Each command of `Plan::apply`, and each way it can be refused.

mod support;

use plateful_core::*;
use support::*;

#[test]
fn add_commitment_records_fields_timestamps_and_an_empty_log() {
    let mut plan = team_plan();
    let mut fields = fields("Talk at the meetup", one_off(12.0));
    fields.important = true;
    fields.requested_by = Some(Party::Person(person_id(3)));
    fields.due = Some(Due { date: date(2027, 3, 15), kind: DueKind::Hard });
    plan.apply(Command::AddCommitment {
        id: commitment_id(1),
        fields,
        status: Status::Proposed,
        at: at(2026, 11, 24, 10),
    })
    .unwrap();

    let added = plan.commitment(commitment_id(1)).unwrap();
    assert_eq!(added.title.as_str(), "Talk at the meetup");
    assert_eq!(added.status, Status::Proposed);
    assert_eq!(added.remaining_hours(), Some(12.0));
    assert_eq!(added.due.unwrap().date, date(2027, 3, 15));
    assert!(added.important);
    assert_eq!(added.created_at, at(2026, 11, 24, 10));
    assert_eq!(added.updated_at, at(2026, 11, 24, 10));
    assert!(added.progress.is_empty());
    assert_eq!(plan.check(), Ok(()));
}

#[test]
fn add_refuses_an_id_already_in_use() {
    let mut plan = team_plan();
    add(&mut plan, 1, "First", one_off(1.0));
    let error = plan
        .apply(Command::AddCommitment {
            id: commitment_id(1),
            fields: fields("Second", one_off(2.0)),
            status: Status::Active,
            at: at(2026, 11, 24, 10),
        })
        .unwrap_err();
    assert_eq!(error, DomainError::DuplicateCommitment(commitment_id(1)));
    assert_eq!(plan.commitments.len(), 1);
    assert_eq!(plan.commitments[0].title.as_str(), "First");
}

#[test]
fn add_refuses_an_owner_who_is_not_in_the_plan() {
    let mut plan = team_plan();
    let before = plan.clone();
    let mut fields = fields("Orphan", one_off(1.0));
    fields.owner = person_id(99);
    let error = plan
        .apply(Command::AddCommitment {
            id: commitment_id(1),
            fields,
            status: Status::Active,
            at: at(2026, 11, 24, 10),
        })
        .unwrap_err();
    assert_eq!(error, DomainError::UnknownPerson { field: Field::Owner, id: person_id(99) });
    assert_eq!(error.field(), Some(Field::Owner));
    assert_eq!(plan, before);
}

#[test]
fn add_refuses_an_owner_without_capacity() {
    let mut plan = team_plan();
    let mut fields = fields("Claire's own work", one_off(1.0));
    fields.owner = person_id(3);
    let error = plan
        .apply(Command::AddCommitment {
            id: commitment_id(1),
            fields,
            status: Status::Active,
            at: at(2026, 11, 24, 10),
        })
        .unwrap_err();
    assert_eq!(error, DomainError::OwnerCannotCarryWork(person_id(3)));
    assert_eq!(error.field(), Some(Field::Owner));
    assert!(plan.commitments.is_empty());
}

#[test]
fn add_refuses_a_requester_who_is_not_in_the_plan() {
    let mut plan = team_plan();
    let mut fields = fields("Mystery request", one_off(1.0));
    fields.requested_by = Some(Party::Person(person_id(42)));
    let error = plan
        .apply(Command::AddCommitment {
            id: commitment_id(1),
            fields,
            status: Status::Proposed,
            at: at(2026, 11, 24, 10),
        })
        .unwrap_err();
    assert_eq!(error.field(), Some(Field::RequestedBy));
    assert!(plan.commitments.is_empty());
}

#[test]
fn add_refuses_a_due_date_before_the_start() {
    let mut plan = team_plan();
    let mut fields = fields("Backwards", one_off(1.0));
    fields.start = Some(date(2026, 12, 10));
    fields.due = Some(Due { date: date(2026, 12, 1), kind: DueKind::Soft });
    let error = plan
        .apply(Command::AddCommitment {
            id: commitment_id(1),
            fields,
            status: Status::Active,
            at: at(2026, 11, 24, 10),
        })
        .unwrap_err();
    assert_eq!(
        error,
        DomainError::DueBeforeStart { start: date(2026, 12, 10), due: date(2026, 12, 1) }
    );
    assert_eq!(error.field(), Some(Field::Due));
}

#[test]
fn add_refuses_recurring_work_that_ends_before_it_starts() {
    let mut plan = team_plan();
    let mut fields = fields(
        "On-call",
        Effort::Recurring {
            hours_per_week: WeeklyHours::new(4.0).unwrap(),
            until: Some(date(2026, 12, 1)),
        },
    );
    fields.start = Some(date(2027, 1, 4));
    let error = plan
        .apply(Command::AddCommitment {
            id: commitment_id(1),
            fields,
            status: Status::Active,
            at: at(2026, 11, 24, 10),
        })
        .unwrap_err();
    assert_eq!(error.field(), Some(Field::Until));
}

#[test]
fn edit_replaces_the_fields_and_keeps_status_log_and_creation_time() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Draft roadmap", one_off(10.0));
    plan.apply(Command::LogProgress {
        id: commitment_id(1),
        entry: ProgressEntry { date: date(2026, 11, 3), hours: hours(2.0), note: Notes::default() },
        at: at(2026, 11, 3, 18),
    })
    .unwrap();
    let mut edited = fields("Draft the Q1 roadmap", one_off(16.0));
    edited.owner = person_id(2);
    edited.tags = vec![Tag::parse("planning").unwrap()];
    plan.apply(Command::EditCommitment {
        id: commitment_id(1),
        fields: edited,
        at: at(2026, 11, 4, 9),
    })
    .unwrap();

    let commitment = plan.commitment(commitment_id(1)).unwrap();
    assert_eq!(commitment.title.as_str(), "Draft the Q1 roadmap");
    assert_eq!(commitment.owner, person_id(2));
    assert_eq!(commitment.tags.len(), 1);
    assert_eq!(commitment.status, Status::Active);
    assert_eq!(commitment.remaining_hours(), Some(14.0));
    assert_eq!(commitment.created_at, at(2026, 11, 2, 9));
    assert_eq!(commitment.updated_at, at(2026, 11, 4, 9));
}

#[test]
fn edit_refuses_an_unknown_commitment() {
    let mut plan = team_plan();
    let error = plan
        .apply(Command::EditCommitment {
            id: commitment_id(7),
            fields: fields("Nothing", one_off(1.0)),
            at: at(2026, 11, 4, 9),
        })
        .unwrap_err();
    assert_eq!(error, DomainError::UnknownCommitment(commitment_id(7)));
}

#[test]
fn edit_is_validated_like_add() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Roadmap", one_off(10.0));
    let before = plan.clone();
    let mut edited = fields("Roadmap", one_off(10.0));
    edited.owner = person_id(3);
    let error = plan
        .apply(Command::EditCommitment {
            id: commitment_id(1),
            fields: edited,
            at: at(2026, 11, 4, 9),
        })
        .unwrap_err();
    assert_eq!(error, DomainError::OwnerCannotCarryWork(person_id(3)));
    assert_eq!(plan, before);
}

#[test]
fn delete_removes_only_that_commitment_and_leaves_its_tombstone() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Keep me", one_off(1.0));
    add(&mut plan, 2, "Delete me", one_off(1.0));
    add(&mut plan, 3, "Keep me too", one_off(1.0));
    plan.apply(Command::DeleteCommitment { id: commitment_id(2), at: at(2026, 11, 24, 10) })
        .unwrap();
    let titles: Vec<_> = plan.commitments.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["Keep me", "Keep me too"]);
    assert_eq!(
        plan.tombstones,
        [Tombstone { id: commitment_id(2), deleted_at: at(2026, 11, 24, 10) }]
    );
    assert_eq!(plan.check(), Ok(()));
    let before = plan.clone();
    let error = plan
        .apply(Command::DeleteCommitment { id: commitment_id(2), at: at(2026, 11, 24, 11) })
        .unwrap_err();
    assert_eq!(error, DomainError::UnknownCommitment(commitment_id(2)));
    assert_eq!(plan, before);
}

#[test]
fn a_deletion_is_never_dated_before_the_last_change_it_deletes() {
    // A clock set back must not date the deletion before the copy it removed: a file
    // holding that very copy would bring it back.
    let mut plan = team_plan();
    add(&mut plan, 1, "Changed late", one_off(1.0));
    plan.apply(Command::SetFlags {
        id: commitment_id(1),
        important: true,
        urgent: false,
        at: at(2026, 11, 24, 15),
    })
    .unwrap();
    plan.apply(Command::DeleteCommitment { id: commitment_id(1), at: at(2026, 11, 24, 9) })
        .unwrap();
    assert_eq!(plan.tombstones[0].deleted_at, at(2026, 11, 24, 15));
}

#[test]
fn the_id_of_a_deleted_commitment_is_not_reused() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Deleted", one_off(1.0));
    plan.apply(Command::DeleteCommitment { id: commitment_id(1), at: at(2026, 11, 24, 10) })
        .unwrap();
    let before = plan.clone();
    let error = plan
        .apply(Command::AddCommitment {
            id: commitment_id(1),
            fields: fields("Again", one_off(1.0)),
            status: Status::Active,
            at: at(2026, 11, 24, 11),
        })
        .unwrap_err();
    assert_eq!(error, DomainError::DuplicateCommitment(commitment_id(1)));
    assert_eq!(plan, before);
}

/// A request from Alice (a person of the plan), in the inbox.
fn request_from_alice(plan: &mut Plan, n: u8) {
    let mut fields = fields("Review my design doc", one_off(3.0));
    fields.requested_by = Some(Party::Person(person_id(2)));
    plan.apply(Command::AddCommitment {
        id: commitment_id(n),
        fields,
        status: Status::Proposed,
        at: at(2026, 11, 20, 9),
    })
    .unwrap();
}

#[test]
fn declining_a_request_drops_it_as_declined_and_keeps_who_asked() {
    let mut plan = team_plan();
    request_from_alice(&mut plan, 1);
    request_from_alice(&mut plan, 2);
    plan.apply(Command::Decline {
        id: commitment_id(1),
        on: date(2026, 11, 24),
        at: at(2026, 11, 24, 10),
    })
    .unwrap();
    let declined = plan.commitment(commitment_id(1)).unwrap();
    assert_eq!(
        declined.status,
        Status::Dropped { on: date(2026, 11, 24), reason: Notes::default(), declined: true }
    );
    assert!(declined.status.is_closed() && declined.status.is_declined());
    assert_eq!(declined.status.kind(), StatusKind::Dropped);
    assert_eq!(declined.requested_by, Some(Party::Person(person_id(2))));
    assert_eq!(declined.updated_at, at(2026, 11, 24, 10));
    let for_alice: Vec<_> = plan.declined_for(person_id(2)).map(|c| c.id).collect();
    assert_eq!(for_alice, [commitment_id(1)], "the request still open is not declined");
    assert_eq!(plan.declined_for(person_id(3)).count(), 0);
    assert_eq!(plan.check(), Ok(()));
}

#[test]
fn only_a_request_can_be_declined_and_a_refusal_changes_nothing() {
    let mut plan = team_plan();
    request_from_alice(&mut plan, 1);
    plan.apply(Command::SetStatus {
        id: commitment_id(1),
        status: Status::Active,
        at: at(2026, 11, 21, 9),
    })
    .unwrap();
    let before = plan.clone();
    let decline =
        Command::Decline { id: commitment_id(1), on: date(2026, 11, 24), at: at(2026, 11, 24, 10) };
    assert_eq!(plan.apply(decline).unwrap_err(), DomainError::NotARequest(commitment_id(1)));
    assert_eq!(plan, before);
    // A declined status set any other way follows the same rule.
    let declined =
        Status::Dropped { on: date(2026, 11, 24), reason: Notes::default(), declined: true };
    let error = plan
        .apply(Command::SetStatus {
            id: commitment_id(1),
            status: declined.clone(),
            at: at(2026, 11, 24, 10),
        })
        .unwrap_err();
    assert_eq!(error, DomainError::NotARequest(commitment_id(1)));
    let error = plan
        .apply(Command::AddCommitment {
            id: commitment_id(2),
            fields: fields("Never asked", one_off(1.0)),
            status: declined,
            at: at(2026, 11, 24, 10),
        })
        .unwrap_err();
    assert_eq!(error, DomainError::NotARequest(commitment_id(2)));
    assert_eq!(plan, before);
    let unknown =
        Command::Decline { id: commitment_id(9), on: date(2026, 11, 24), at: at(2026, 11, 24, 10) };
    assert_eq!(plan.apply(unknown).unwrap_err(), DomainError::UnknownCommitment(commitment_id(9)));
    assert_eq!(plan, before);
}

#[test]
fn dropping_work_is_not_declining_it() {
    let mut plan = team_plan();
    request_from_alice(&mut plan, 1);
    let dropped =
        Status::Dropped { on: date(2026, 11, 24), reason: Notes::default(), declined: false };
    plan.apply(Command::SetStatus {
        id: commitment_id(1),
        status: dropped,
        at: at(2026, 11, 24, 10),
    })
    .unwrap();
    assert!(!plan.commitment(commitment_id(1)).unwrap().status.is_declined());
    assert_eq!(plan.declined_for(person_id(2)).count(), 0);
}

#[test]
fn set_status_changes_the_status_and_the_update_time() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Ship it", one_off(3.0));
    plan.apply(Command::SetStatus {
        id: commitment_id(1),
        status: Status::Done { on: date(2026, 11, 20) },
        at: at(2026, 11, 20, 17),
    })
    .unwrap();
    let commitment = plan.commitment(commitment_id(1)).unwrap();
    assert_eq!(commitment.status, Status::Done { on: date(2026, 11, 20) });
    assert!(commitment.status.is_closed());
    assert!(!commitment.status.counts_as_load());
    assert_eq!(commitment.updated_at, at(2026, 11, 20, 17));
}

#[test]
fn set_status_waiting_keeps_counting_as_load_and_checks_whom_it_waits_on() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Security review", one_off(6.0));
    let waiting =
        |on| Status::Waiting(Waiting { on, since: date(2026, 11, 12), last_follow_up: None });
    let error = plan
        .apply(Command::SetStatus {
            id: commitment_id(1),
            status: waiting(Party::Person(person_id(50))),
            at: at(2026, 11, 12, 9),
        })
        .unwrap_err();
    assert_eq!(error.field(), Some(Field::Status));
    assert_eq!(plan.commitments[0].status, Status::Active);

    plan.apply(Command::SetStatus {
        id: commitment_id(1),
        status: waiting(Party::Person(person_id(3))),
        at: at(2026, 11, 12, 9),
    })
    .unwrap();
    assert!(plan.commitments[0].status.counts_as_load());
}

#[test]
fn set_status_refuses_an_unknown_commitment() {
    let mut plan = team_plan();
    let error = plan
        .apply(Command::SetStatus {
            id: commitment_id(4),
            status: Status::Active,
            at: at(2026, 11, 12, 9),
        })
        .unwrap_err();
    assert_eq!(error, DomainError::UnknownCommitment(commitment_id(4)));
}

#[test]
fn log_progress_reduces_remaining_work_but_never_below_zero() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Roadmap", one_off(5.0));
    let log = |plan: &mut Plan, h: f64, day: u32| {
        plan.apply(Command::LogProgress {
            id: commitment_id(1),
            entry: ProgressEntry {
                date: date(2026, 11, day),
                hours: hours(h),
                note: Notes::default(),
            },
            at: at(2026, 11, day, 18),
        })
    };
    log(&mut plan, 3.5, 3).unwrap();
    assert_eq!(plan.commitments[0].remaining_hours(), Some(1.5));
    log(&mut plan, 4.0, 4).unwrap();
    assert_eq!(plan.commitments[0].hours_spent(), 7.5);
    assert_eq!(plan.commitments[0].remaining_hours(), Some(0.0));
    assert_eq!(plan.commitments[0].progress.len(), 2);
    assert_eq!(plan.commitments[0].updated_at, at(2026, 11, 4, 18));
}

#[test]
fn log_progress_refuses_an_unknown_commitment() {
    let mut plan = team_plan();
    let error = plan
        .apply(Command::LogProgress {
            id: commitment_id(9),
            entry: ProgressEntry {
                date: date(2026, 11, 3),
                hours: hours(1.0),
                note: Notes::default(),
            },
            at: at(2026, 11, 3, 18),
        })
        .unwrap_err();
    assert_eq!(error, DomainError::UnknownCommitment(commitment_id(9)));
}

/// A commitment with three entries in its log: 2 h on the 3rd, 3 h on the 4th ("draft"),
/// 1 h on the 5th.
fn logged_plan() -> Plan {
    let mut plan = team_plan();
    add(&mut plan, 1, "Roadmap", one_off(10.0));
    for (day, h, note) in [(3, 2.0, ""), (4, 3.0, "draft"), (5, 1.0, "")] {
        plan.apply(Command::LogProgress {
            id: commitment_id(1),
            entry: entry(day, h, note),
            at: at(2026, 11, day, 18),
        })
        .unwrap();
    }
    plan
}

fn entry(day: u32, h: f64, note: &str) -> ProgressEntry {
    ProgressEntry { date: date(2026, 11, day), hours: hours(h), note: Notes::parse(note).unwrap() }
}

#[test]
fn edit_progress_corrects_one_entry_in_place_and_the_remaining_work_follows() {
    let mut plan = logged_plan();
    plan.apply(Command::EditProgress {
        id: commitment_id(1),
        index: 1,
        entry: entry(2, 4.5, "draft and review"),
        at: at(2026, 11, 6, 9),
    })
    .unwrap();
    let commitment = plan.commitment(commitment_id(1)).unwrap();
    assert_eq!(
        commitment.progress,
        vec![entry(3, 2.0, ""), entry(2, 4.5, "draft and review"), entry(5, 1.0, "")],
        "the corrected entry keeps its place, even with an earlier date"
    );
    assert_eq!(commitment.hours_spent(), 7.5);
    assert_eq!(commitment.remaining_hours(), Some(2.5));
    assert_eq!(commitment.updated_at, at(2026, 11, 6, 9));
    assert_eq!(plan.check(), Ok(()));
}

#[test]
fn remove_progress_takes_out_one_entry_and_keeps_the_others_in_order() {
    let mut plan = logged_plan();
    plan.apply(Command::RemoveProgress { id: commitment_id(1), index: 0, at: at(2026, 11, 6, 9) })
        .unwrap();
    let commitment = plan.commitment(commitment_id(1)).unwrap();
    assert_eq!(commitment.progress, vec![entry(4, 3.0, "draft"), entry(5, 1.0, "")]);
    assert_eq!(commitment.remaining_hours(), Some(6.0));
    assert_eq!(commitment.updated_at, at(2026, 11, 6, 9));
    // The last one too, leaving an empty log.
    for _ in 0..2 {
        plan.apply(Command::RemoveProgress {
            id: commitment_id(1),
            index: 0,
            at: at(2026, 11, 6, 10),
        })
        .unwrap();
    }
    assert!(plan.commitment(commitment_id(1)).unwrap().progress.is_empty());
    assert_eq!(plan.commitment(commitment_id(1)).unwrap().remaining_hours(), Some(10.0));
}

#[test]
fn progress_commands_refuse_an_entry_that_does_not_exist_and_change_nothing() {
    let mut plan = logged_plan();
    let before = plan.clone();
    let past_end = plan
        .apply(Command::EditProgress {
            id: commitment_id(1),
            index: 3,
            entry: entry(6, 1.0, ""),
            at: at(2026, 11, 6, 9),
        })
        .unwrap_err();
    assert_eq!(past_end, DomainError::UnknownProgress { id: commitment_id(1), index: 3 });
    assert_eq!(past_end.field(), None);
    let removed = plan
        .apply(Command::RemoveProgress { id: commitment_id(1), index: 7, at: at(2026, 11, 6, 9) })
        .unwrap_err();
    assert_eq!(removed, DomainError::UnknownProgress { id: commitment_id(1), index: 7 });
    // A commitment with no log has no entry 0.
    add(&mut plan, 2, "Fresh", one_off(1.0));
    let before_fresh = plan.clone();
    let empty = plan
        .apply(Command::RemoveProgress { id: commitment_id(2), index: 0, at: at(2026, 11, 6, 9) })
        .unwrap_err();
    assert_eq!(empty, DomainError::UnknownProgress { id: commitment_id(2), index: 0 });
    assert_eq!(plan, before_fresh);
    plan.commitments.retain(|c| c.id != commitment_id(2));
    assert_eq!(plan, before);
}

#[test]
fn progress_commands_refuse_an_unknown_commitment() {
    let mut plan = logged_plan();
    let edit = Command::EditProgress {
        id: commitment_id(9),
        index: 0,
        entry: entry(6, 1.0, ""),
        at: at(2026, 11, 6, 9),
    };
    assert_eq!(plan.apply(edit), Err(DomainError::UnknownCommitment(commitment_id(9))));
    let remove = Command::RemoveProgress { id: commitment_id(9), index: 0, at: at(2026, 11, 6, 9) };
    assert_eq!(plan.apply(remove), Err(DomainError::UnknownCommitment(commitment_id(9))));
}

#[test]
fn progress_commands_change_only_their_commitment_and_say_what_they_are() {
    let edit = Command::EditProgress {
        id: commitment_id(1),
        index: 0,
        entry: entry(6, 1.0, ""),
        at: at(2026, 11, 6, 9),
    };
    assert_eq!(edit.changes_only(), Some(commitment_id(1)));
    assert_eq!(edit.kind(), CommandKind::EditProgress);
    let remove = Command::RemoveProgress { id: commitment_id(1), index: 0, at: at(2026, 11, 6, 9) };
    assert_eq!(remove.changes_only(), Some(commitment_id(1)));
    assert_eq!(remove.kind(), CommandKind::RemoveProgress);
}

#[test]
fn the_update_time_never_goes_backwards() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Roadmap", one_off(5.0));
    plan.apply(Command::SetStatus {
        id: commitment_id(1),
        status: Status::Someday,
        at: at(2026, 11, 1, 8),
    })
    .unwrap();
    assert_eq!(plan.commitments[0].updated_at, at(2026, 11, 2, 9));
}

#[test]
fn recurring_and_unestimated_work_has_no_remaining_hours() {
    let mut plan = team_plan();
    add(
        &mut plan,
        1,
        "1:1s",
        Effort::Recurring { hours_per_week: WeeklyHours::new(2.5).unwrap(), until: None },
    );
    add(&mut plan, 2, "Someday maybe", Effort::Unestimated);
    assert_eq!(plan.commitments[0].remaining_hours(), None);
    assert_eq!(plan.commitments[1].remaining_hours(), None);
}

#[test]
fn delegating_my_commitment_to_a_report_keeps_me_as_delegator() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Migrate CI", one_off(24.0));
    plan.apply(Command::Delegate {
        id: commitment_id(1),
        to: person_id(2),
        at: at(2026, 11, 5, 9),
    })
    .unwrap();
    let commitment = plan.commitment(commitment_id(1)).unwrap();
    assert_eq!(commitment.owner, person_id(2));
    assert_eq!(commitment.delegated_by, Some(person_id(1)));
    assert_eq!(commitment.updated_at, at(2026, 11, 5, 9));

    // Taking it back clears the delegation.
    plan.apply(Command::Delegate {
        id: commitment_id(1),
        to: person_id(1),
        at: at(2026, 11, 6, 9),
    })
    .unwrap();
    let commitment = plan.commitment(commitment_id(1)).unwrap();
    assert_eq!(commitment.owner, person_id(1));
    assert_eq!(commitment.delegated_by, None);
}

#[test]
fn delegating_refuses_someone_who_cannot_carry_work() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Migrate CI", one_off(24.0));
    let before = plan.clone();
    let error = plan
        .apply(Command::Delegate { id: commitment_id(1), to: person_id(3), at: at(2026, 11, 5, 9) })
        .unwrap_err();
    assert_eq!(error, DomainError::OwnerCannotCarryWork(person_id(3)));
    let error = plan
        .apply(Command::Delegate {
            id: commitment_id(1),
            to: person_id(77),
            at: at(2026, 11, 5, 9),
        })
        .unwrap_err();
    assert_eq!(error, DomainError::UnknownPerson { field: Field::Owner, id: person_id(77) });
    assert_eq!(plan, before);
}

#[test]
fn rescheduling_moves_start_and_due_and_is_validated() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Roadmap", one_off(10.0));
    let due = Due { date: date(2026, 12, 18), kind: DueKind::Hard };
    plan.apply(Command::Reschedule {
        id: commitment_id(1),
        start: Some(date(2026, 12, 7)),
        due: Some(due),
        at: at(2026, 11, 30, 9),
    })
    .unwrap();
    let commitment = plan.commitment(commitment_id(1)).unwrap();
    assert_eq!(commitment.start, Some(date(2026, 12, 7)));
    assert_eq!(commitment.due, Some(due));

    let error = plan
        .apply(Command::Reschedule {
            id: commitment_id(1),
            start: Some(date(2026, 12, 20)),
            due: Some(due),
            at: at(2026, 11, 30, 9),
        })
        .unwrap_err();
    assert_eq!(
        error,
        DomainError::DueBeforeStart { start: date(2026, 12, 20), due: date(2026, 12, 18) }
    );
    assert_eq!(plan.commitment(commitment_id(1)).unwrap().start, Some(date(2026, 12, 7)));
}

#[test]
fn big_rocks_are_at_most_three_distinct_existing_commitments() {
    let mut plan = team_plan();
    for n in 1..=4 {
        add(&mut plan, n, &format!("Rock {n}"), one_off(2.0));
    }
    let week = date(2026, 11, 23);
    let rocks = |ns: &[u8]| ns.iter().map(|n| commitment_id(*n)).collect::<Vec<_>>();
    plan.apply(Command::SetBigRocks { week, commitments: rocks(&[1, 2, 3]) }).unwrap();
    assert_eq!(plan.big_rocks_of(week), rocks(&[1, 2, 3]).as_slice());

    let error =
        plan.apply(Command::SetBigRocks { week, commitments: rocks(&[1, 2, 3, 4]) }).unwrap_err();
    assert_eq!(error, DomainError::TooManyBigRocks { chosen: 4 });
    let error = plan.apply(Command::SetBigRocks { week, commitments: rocks(&[1, 1]) }).unwrap_err();
    assert_eq!(error, DomainError::RepeatedBigRock(commitment_id(1)));
    let error = plan.apply(Command::SetBigRocks { week, commitments: rocks(&[9]) }).unwrap_err();
    assert_eq!(error, DomainError::UnknownCommitment(commitment_id(9)));
    assert_eq!(plan.big_rocks_of(week).len(), 3, "refused changes leave the rocks as they were");

    // Deleting a commitment takes it off the rocks too, so the plan stays valid.
    plan.apply(Command::DeleteCommitment { id: commitment_id(2), at: at(2026, 11, 24, 12) })
        .unwrap();
    assert_eq!(plan.big_rocks_of(week), rocks(&[1, 3]).as_slice());
    assert_eq!(plan.check(), Ok(()));

    plan.apply(Command::SetBigRocks { week, commitments: Vec::new() }).unwrap();
    assert!(plan.big_rocks.is_empty());
}

#[test]
fn moving_in_the_matrix_sets_the_flags() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Hiring plan", one_off(4.0));
    plan.apply(Command::SetFlags {
        id: commitment_id(1),
        important: true,
        urgent: false,
        at: at(2026, 11, 3, 9),
    })
    .unwrap();
    let c = plan.commitment(commitment_id(1)).unwrap();
    assert!(c.important && !c.urgent);
    use plateful_core::priorities::{quadrant, Quadrant};
    assert_eq!(quadrant(c, date(2026, 11, 3), &plan.settings), Quadrant::Schedule);
    let mut due_soon = c.clone();
    due_soon.due = Some(Due { date: date(2026, 11, 9), kind: DueKind::Soft });
    assert_eq!(
        quadrant(&due_soon, date(2026, 11, 3), &plan.settings),
        Quadrant::Do,
        "due within 7 days is urgent"
    );
}

#[test]
fn people_are_added_edited_and_removed_with_their_rules() {
    let mut plan = team_plan();
    let bob = report(4, "Bob");
    plan.apply(Command::AddPerson(bob.clone())).unwrap();
    assert_eq!(
        plan.apply(Command::AddPerson(bob.clone())).unwrap_err(),
        DomainError::DuplicatePerson(person_id(4))
    );
    let mut second_me = report(5, "Me again");
    second_me.role = Role::Me;
    assert_eq!(plan.apply(Command::AddPerson(second_me)).unwrap_err(), DomainError::OnlyOneMe);

    let mut edited = bob.clone();
    edited.weekly_capacity = Some(WeeklyHours::new(32.0).unwrap());
    edited.working_days = WorkingDays::MONDAY_TO_FRIDAY.without(chrono::Weekday::Fri);
    plan.apply(Command::EditPerson(edited)).unwrap();
    assert_eq!(plan.person(person_id(4)).unwrap().working_days.count(), 4);

    let mut fields = fields("Bob's task", one_off(3.0));
    fields.owner = person_id(4);
    plan.apply(Command::AddCommitment {
        id: commitment_id(1),
        fields,
        status: Status::Active,
        at: at(2026, 11, 3, 9),
    })
    .unwrap();
    let mut no_capacity = bob.clone();
    no_capacity.role = Role::Peer;
    no_capacity.weekly_capacity = None;
    assert_eq!(
        plan.apply(Command::EditPerson(no_capacity)).unwrap_err(),
        DomainError::StillOwnsWork { commitments: 1 }
    );
    assert_eq!(
        plan.apply(Command::RemovePerson(person_id(4))).unwrap_err(),
        DomainError::PersonInUse { commitments: 1 }
    );
    assert_eq!(
        plan.apply(Command::RemovePerson(person_id(1))).unwrap_err(),
        DomainError::OnlyOneMe
    );
    plan.apply(Command::DeleteCommitment { id: commitment_id(1), at: at(2026, 11, 24, 12) })
        .unwrap();
    plan.apply(Command::RemovePerson(person_id(4))).unwrap();
    assert!(plan.person(person_id(4)).is_none());
    assert_eq!(plan.check(), Ok(()));
}

#[test]
fn settings_are_replaced_only_when_every_number_is_within_bounds_and_in_order() {
    let mut plan = team_plan();
    let mut settings = plan.settings.clone();
    settings.thresholds.full_percent = 90.0;
    settings.wip_limit = 3;
    plan.apply(Command::UpdateSettings(settings.clone())).unwrap();
    assert_eq!(plan.settings.wip_limit, 3);
    settings.thresholds.full_percent = 120.0;
    let error = plan.apply(Command::UpdateSettings(settings)).unwrap_err();
    assert_eq!(
        error,
        DomainError::Setting(SettingError {
            field: SettingField::OverPercent,
            problem: SettingProblem::MustBeAbove {
                neighbour: SettingField::FullPercent,
                value: 120.0
            },
        })
    );
    assert_eq!(
        error.to_string(),
        "the setting over_percent must be greater than full_percent (120)"
    );
    assert_eq!(plan.settings.thresholds.full_percent, 90.0);
}

#[test]
fn apply_all_applies_every_command_or_none() {
    let mut plan = team_plan();
    add(&mut plan, 1, "Slides", one_off(4.0));
    add(&mut plan, 2, "Demo", one_off(6.0));
    let before = plan.clone();
    let delegate =
        Command::Delegate { id: commitment_id(1), to: person_id(2), at: at(2026, 11, 24, 10) };
    // The second command is refused: a due date before the start.
    let refused = Command::Reschedule {
        id: commitment_id(2),
        start: Some(date(2026, 12, 7)),
        due: Some(Due { date: date(2026, 12, 1), kind: DueKind::Hard }),
        at: at(2026, 11, 24, 10),
    };
    let error = plan.apply_all([delegate.clone(), refused]).unwrap_err();
    assert_eq!(
        error,
        DomainError::DueBeforeStart { start: date(2026, 12, 7), due: date(2026, 12, 1) }
    );
    assert_eq!(plan, before, "the first command is not kept either");

    let drop = Command::SetStatus {
        id: commitment_id(2),
        status: Status::Dropped {
            on: date(2026, 11, 24),
            reason: Notes::default(),
            declined: false,
        },
        at: at(2026, 11, 24, 10),
    };
    plan.apply_all([delegate, drop]).unwrap();
    assert_eq!(plan.commitment(commitment_id(1)).unwrap().owner, person_id(2));
    assert!(plan.commitment(commitment_id(2)).unwrap().status.is_closed());
}
