//! Export and import: the round trip is exact, a damaged file is always refused with
//! its place named, and merging keeps every commitment that was not deleted, every
//! deletion that was not overtaken by a later change, and a valid plan.

mod support;

use plateful_core::format::{self, write, Layout};
use plateful_core::merge::{merge, Summary};
use plateful_core::*;
use proptest::prelude::*;
use support::strategies::*;

const EXAMPLE: &str = include_str!("../../../docs/format/example-plan.json");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn export_then_import_returns_exactly_the_same_plan(plan in any_plan(), saved_at in any_timestamp()) {
        let exported = write(&plan, saved_at, 7, Layout::Indented);
        let imported = format::parse(&exported).expect("an exported plan imports");
        prop_assert_eq!(imported.plan, plan);
        prop_assert_eq!(imported.saved_at, saved_at);
    }

    #[test]
    fn merging_keeps_every_commitment_and_a_valid_plan(current in any_plan(), incoming in any_plan()) {
        let (merged, report) = merge(&current, &incoming);
        prop_assert_eq!(merged.check(), Ok(()));
        for commitment in current.commitments.iter().chain(&incoming.commitments) {
            prop_assert!(merged.commitment(commitment.id).is_some());
        }
        let both = incoming.commitments.iter().filter(|c| current.commitment(c.id).is_some()).count();
        prop_assert_eq!(report.updated + report.kept, both);
        prop_assert_eq!(merged.commitments.len(), current.commitments.len() + report.added);
        prop_assert_eq!(merged.settings, current.settings);
    }

    #[test]
    fn merging_a_plan_into_itself_changes_nothing(plan in any_plan()) {
        let (merged, report) = merge(&plan, &plan);
        prop_assert_eq!(report.added + report.updated + report.people_added + report.reviews_added, 0);
        prop_assert_eq!(report.kept_deleted + report.deleted_by_file, 0);
        prop_assert_eq!(merged, plan);
    }

    /// Two copies of one plan, each changed and with deletions of its own: for every
    /// commitment, the latest change or deletion on either side decides.
    #[test]
    fn merging_two_copies_keeps_the_latest_change_or_deletion_of_each_commitment(
        (current, incoming) in related_plans()
    ) {
        let (merged, report) = merge(&current, &incoming);
        prop_assert_eq!(merged.check(), Ok(()));
        let sides = [&current, &incoming];
        let ids: std::collections::BTreeSet<CommitmentId> = sides
            .iter()
            .flat_map(|plan| plan.commitments.iter().map(|c| c.id).chain(plan.tombstones.iter().map(|t| t.id)))
            .collect();
        for id in ids {
            let latest_change = sides.iter().filter_map(|plan| plan.commitment(id)).map(|c| c.updated_at).max();
            let latest_deletion = sides.iter().filter_map(|plan| plan.tombstone(id)).map(|t| t.deleted_at).max();
            match (latest_change, latest_deletion) {
                (Some(changed), deleted) if deleted.is_none_or(|deleted| changed > deleted) => {
                    prop_assert_eq!(merged.commitment(id).map(|c| c.updated_at), Some(changed));
                    prop_assert!(merged.tombstone(id).is_none());
                }
                (_, deleted) => {
                    prop_assert!(merged.commitment(id).is_none(), "{} came back", id);
                    prop_assert_eq!(merged.tombstone(id).map(|t| t.deleted_at), deleted);
                }
            }
        }
        let deleted_here = incoming.commitments.iter().filter(|c| current.tombstone(c.id).is_some()).count();
        prop_assert!(report.kept_deleted <= deleted_here);
        prop_assert_eq!(
            merged.commitments.len(),
            current.commitments.len() + report.added - report.deleted_by_file
        );
        // Merging the same file again changes nothing more.
        let (again, _) = merge(&merged, &incoming);
        prop_assert_eq!(again, merged);
    }
}

/// The example, its commitment "Q1 roadmap draft" (a big rock of its week), and a time
/// after every change in the example.
fn example_and_roadmap() -> (Plan, CommitmentId, chrono::DateTime<chrono::Utc>) {
    let plan = format::parse(EXAMPLE).unwrap().plan;
    let roadmap = plan.commitments[2].id;
    (plan, roadmap, support::at(2026, 11, 25, 9))
}

#[test]
fn merging_an_older_export_after_a_delete_does_not_bring_the_commitment_back() {
    let (mut mine, roadmap, later) = example_and_roadmap();
    let export = mine.clone();
    mine.apply(Command::DeleteCommitment { id: roadmap, at: later }).unwrap();

    let (merged, report) = merge(&mine, &export);
    assert!(merged.commitment(roadmap).is_none());
    assert_eq!(merged.tombstone(roadmap).map(|t| t.deleted_at), Some(later));
    assert_eq!((report.added, report.kept_deleted, report.deleted_by_file), (0, 1, 0));
    assert_eq!(merged, mine, "nothing else in the export is new");
}

#[test]
fn a_deleted_commitment_comes_back_when_the_file_changed_it_after_the_deletion() {
    let (mut mine, roadmap, later) = example_and_roadmap();
    let mut export = mine.clone();
    mine.apply(Command::DeleteCommitment { id: roadmap, at: later }).unwrap();
    let entry = ProgressEntry {
        date: support::date(2026, 11, 25),
        hours: support::hours(2.0),
        note: Notes::default(),
    };
    let after = later + chrono::Duration::minutes(5);
    export.apply(Command::LogProgress { id: roadmap, entry, at: after }).unwrap();

    let (merged, report) = merge(&mine, &export);
    assert_eq!(merged.commitment(roadmap).map(|c| c.updated_at), Some(after));
    assert_eq!(merged.commitment(roadmap).unwrap().hours_spent(), 7.5);
    assert!(merged.tombstone(roadmap).is_none(), "the tombstone goes");
    assert_eq!((report.added, report.kept_deleted), (1, 0));
    assert_eq!(merged.check(), Ok(()));
}

#[test]
fn a_deletion_in_the_file_removes_a_commitment_not_changed_since() {
    let (mine, roadmap, later) = example_and_roadmap();
    let mut theirs = mine.clone();
    theirs.apply(Command::DeleteCommitment { id: roadmap, at: later }).unwrap();

    let (merged, report) = merge(&mine, &theirs);
    assert!(merged.commitment(roadmap).is_none());
    assert_eq!(merged.tombstones.iter().filter(|t| t.id == roadmap).count(), 1);
    assert_eq!(report.deleted_by_file, 1);
    assert!(!merged.big_rocks.iter().any(|week| week.commitments.contains(&roadmap)));
    assert_eq!(merged.check(), Ok(()));
    assert_eq!(merged, theirs, "both now hold the same plan");
}

#[test]
fn a_deletion_in_the_file_spares_a_commitment_changed_after_it() {
    let (mut mine, roadmap, later) = example_and_roadmap();
    let mut theirs = mine.clone();
    theirs.apply(Command::DeleteCommitment { id: roadmap, at: later }).unwrap();
    let after = later + chrono::Duration::hours(1);
    mine.apply(Command::SetFlags { id: roadmap, important: false, urgent: true, at: after })
        .unwrap();

    let (merged, report) = merge(&mine, &theirs);
    assert_eq!(merged.commitment(roadmap).map(|c| c.updated_at), Some(after));
    assert!(merged.tombstone(roadmap).is_none());
    assert_eq!(report.deleted_by_file, 0);
    assert_eq!(merged.check(), Ok(()));
}

#[test]
fn tombstones_are_united_and_the_later_deletion_wins() {
    let (base, roadmap, later) = example_and_roadmap();
    let talk = base.commitments[0].id;
    let mut mine = base.clone();
    mine.apply(Command::DeleteCommitment { id: roadmap, at: later }).unwrap();
    let mut theirs = base;
    let even_later = later + chrono::Duration::days(1);
    theirs.apply(Command::DeleteCommitment { id: roadmap, at: even_later }).unwrap();
    theirs.apply(Command::DeleteCommitment { id: talk, at: later }).unwrap();

    let (merged, report) = merge(&mine, &theirs);
    let deleted: Vec<_> = merged.tombstones.iter().map(|t| (t.id, t.deleted_at)).collect();
    let old = merged.tombstones[0];
    assert_eq!(deleted, [(old.id, old.deleted_at), (roadmap, even_later), (talk, later)]);
    assert_eq!(report.deleted_by_file, 1, "the talk; the roadmap was gone already");
}

#[test]
fn the_newer_copy_of_a_commitment_wins_a_merge() {
    let base = format::parse(EXAMPLE).unwrap().plan;
    let mut theirs = base.clone();
    theirs.commitments[2].title = Title::parse("Q1 roadmap, final").unwrap();
    theirs.commitments[2].updated_at = base.commitments[2].updated_at + chrono::Duration::hours(1);
    let mut mine = base.clone();
    mine.commitments[3].title = Title::parse("Security review (mine)").unwrap();
    mine.commitments[3].updated_at = base.commitments[3].updated_at + chrono::Duration::hours(1);
    theirs.commitments[3].title = Title::parse("Security review (older)").unwrap();

    let (merged, report) = merge(&mine, &theirs);
    assert_eq!(merged.commitments[2].title.as_str(), "Q1 roadmap, final");
    assert_eq!(merged.commitments[3].title.as_str(), "Security review (mine)");
    assert_eq!((report.added, report.updated, report.kept), (0, 1, 8));
}

#[test]
fn another_plans_me_is_merged_into_mine() {
    let mine = format::parse(EXAMPLE).unwrap().plan;
    let mut theirs = Plan::new(support::me());
    let mut fields = support::fields("Written on my laptop", support::one_off(3.0));
    fields.owner = support::person_id(1);
    theirs
        .apply(Command::AddCommitment {
            id: support::commitment_id(1),
            fields,
            status: Status::Active,
            at: support::at(2026, 11, 24, 9),
        })
        .unwrap();
    let (merged, report) = merge(&mine, &theirs);
    assert_eq!(report.added, 1);
    assert_eq!(report.people_added, 0, "their me is my me");
    assert_eq!(merged.commitment(support::commitment_id(1)).unwrap().owner, mine.me().unwrap().id);
    assert_eq!(merged.check(), Ok(()));
}

#[test]
fn the_preview_counts_what_the_file_holds() {
    let plan = format::parse(EXAMPLE).unwrap().plan;
    let summary = Summary::of(&plan);
    assert_eq!(summary.people, 4);
    assert_eq!(summary.commitments, 9);
    assert_eq!(summary.reviews, 1);
    let count = |kind| summary.by_status.iter().find(|(k, _)| *k == kind).unwrap().1;
    assert_eq!(count(StatusKind::Active), 3);
    assert_eq!(count(StatusKind::Done), 1);
    assert_eq!(
        summary.dates,
        Some((support::date(2026, 9, 1), support::date(2027, 3, 15))),
        "from the oldest creation to the latest due date"
    );
}

/// Ways to damage a plan file that must each be refused.
fn damage(text: &str, choice: usize, position: usize) -> (String, &'static str) {
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    let pointers = [
        ("/plan/commitments/0/effort/estimate_hours", serde_json::json!(0), "zero estimate"),
        ("/plan/commitments/1/title", serde_json::json!("  "), "blank title"),
        ("/plan/commitments/2/owner", serde_json::json!("not-a-uuid"), "bad id"),
        ("/plan/commitments/3/due/date", serde_json::json!("2026-13-45"), "bad date"),
        ("/plan/people/0/role", serde_json::json!("boss"), "bad role"),
        ("/plan/people/1/weekly_capacity", serde_json::json!(169), "capacity too large"),
        (
            "/plan/commitments/4/status",
            serde_json::json!({"state": "waiting"}),
            "waiting without whom",
        ),
        ("/version", serde_json::json!(99), "newer version"),
        ("/format", serde_json::json!("something-else"), "other format"),
        ("/plan/settings/wip_limit", serde_json::json!(-3), "negative limit"),
        ("/plan/commitments/5/progress/0/hours", serde_json::json!("eight"), "text for a number"),
        ("/plan/reviews/0/pulse", serde_json::json!(9), "pulse out of range"),
    ];
    match choice % (pointers.len() + 3) {
        n if n < pointers.len() => {
            let (pointer, bad, what) = &pointers[n];
            let mut value = value;
            *value.pointer_mut(pointer).unwrap() = bad.clone();
            (value.to_string(), what)
        }
        n if n == pointers.len() => (text[..position % text.len()].to_owned(), "truncated"),
        n if n == pointers.len() + 1 => {
            let mut value = value;
            let required = ["title", "owner", "status", "effort", "id", "created_at"];
            let commitments = value["plan"]["commitments"].as_array_mut().unwrap();
            let at = position % commitments.len();
            commitments[at].as_object_mut().unwrap().remove(required[position % required.len()]);
            (value.to_string(), "missing field")
        }
        _ => {
            let mut value = value;
            let ids = value["plan"]["commitments"].as_array().unwrap().len();
            let first = value["plan"]["commitments"][0]["id"].clone();
            value["plan"]["commitments"][1 + position % (ids - 1)]["id"] = first;
            (value.to_string(), "duplicate id")
        }
    }
}

#[test]
fn ten_thousand_damaged_files_are_all_refused_without_a_panic() {
    let current = format::parse(EXAMPLE).unwrap().plan;
    let before = current.clone();
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut refused = 0;
    for _ in 0..10_000 {
        let (text, what) = damage(EXAMPLE, next() as usize, next() as usize);
        let outcome = std::panic::catch_unwind(|| format::parse(&text));
        let outcome = outcome.unwrap_or_else(|_| panic!("parsing a file with a {what} panicked"));
        let error = outcome.expect_err(what);
        assert!(!error.to_string().is_empty());
        if let FormatError::Invalid { path, .. } = &error {
            assert!(!path.is_empty(), "{what}: the place is named");
        }
        refused += 1;
    }
    assert_eq!(refused, 10_000);
    assert_eq!(current, before, "the current plan is untouched");
}
