//! Export and import: the round trip is exact; a damaged file gives the error its
//! damage must (empty, the place where the JSON breaks, not a plan, a newer version, or
//! the exact place of a bad value), or, if the damage left a valid file, opens as
//! exactly what it says (an older file's settings brought within today's bounds);
//! merging keeps every commitment that was not deleted, every deletion that was not
//! overtaken by a later change, the newer copy of each, and a valid plan.

mod damage;
mod support;

use std::collections::{BTreeMap, HashMap};

use damage::{Base, Damaged, Damages, Expect, Kind, Message};
use plateful_core::format::{self, write, Layout};
use plateful_core::merge::{merge, Summary};
use plateful_core::*;
use proptest::prelude::*;
use serde_json::Value;
use support::strategies::*;

const EXAMPLE: &str = include_str!("../../../docs/format/example-plan.json");
const FIXTURE_V1: &str = include_str!("fixtures/plan-v1.json");
const FIXTURE_V2: &str = include_str!("fixtures/plan-v2.json");
const FIXTURE_V3: &str = include_str!("fixtures/plan-v3.json");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn export_then_import_returns_exactly_the_same_plan(plan in any_plan(), saved_at in any_timestamp()) {
        let exported = write(&plan, saved_at, 7, Layout::Indented);
        let imported = format::parse(&exported).expect("an exported plan imports");
        prop_assert_eq!(imported.plan, plan);
        prop_assert_eq!(imported.saved_at, saved_at);
    }

    /// Two plans of different origins: their ids never meet, so every commitment of the
    /// file is new here, and the file's people (but not its "me") join.
    #[test]
    fn merging_another_plan_adds_all_of_it_and_keeps_a_valid_plan(current in any_plan(), incoming in any_plan()) {
        let (merged, report) = merge(&current, &incoming);
        prop_assert_eq!(merged.check(), Ok(()));
        prop_assert_eq!((report.added, report.updated, report.kept), (incoming.commitments.len(), 0, 0));
        prop_assert_eq!(merged.commitments.len(), current.commitments.len() + incoming.commitments.len());
        prop_assert_eq!(&merged.commitments[..current.commitments.len()], &current.commitments[..]);
        for theirs in &incoming.commitments {
            let merged = merged.commitment(theirs.id).expect("added");
            prop_assert_eq!((&merged.title, &merged.effort, &merged.status.kind()), (&theirs.title, &theirs.effort, &theirs.status.kind()));
        }
        prop_assert_eq!(report.people_added, incoming.people.len() - 1);
        prop_assert_eq!(merged.settings, current.settings);
    }

    /// The same plan as another browser has it: some commitments gone there, some
    /// changed there later or earlier than here, some added there. The newer copy of each
    /// wins, a tie keeps mine, nothing is lost, and the settings stay mine.
    #[test]
    fn merging_a_copy_changed_elsewhere_keeps_the_newer_copy_of_each_commitment(
        current in any_plan(),
        changes in proptest::collection::vec((0u8..4, 1i64..=48), 12),
        new_ids in proptest::collection::vec(any_id(CommitmentId::from_random_bytes), 0..4),
        their_settings in any_settings(),
    ) {
        let mut incoming = current.clone();
        incoming.settings = their_settings;
        incoming.commitments.clear();
        let (mut newer, mut older_or_same) = (0, 0);
        for (commitment, (change, hours)) in current.commitments.iter().zip(&changes) {
            let mut theirs = commitment.clone();
            theirs.notes = Notes::parse("changed elsewhere").unwrap();
            match change {
                0 => continue,
                1 => {
                    theirs = commitment.clone();
                    older_or_same += 1;
                }
                2 => {
                    theirs.updated_at += chrono::Duration::hours(*hours);
                    newer += 1;
                }
                _ => {
                    theirs.updated_at -= chrono::Duration::hours(*hours);
                    older_or_same += 1;
                }
            }
            incoming.commitments.push(theirs);
        }
        let gone: Vec<CommitmentId> = current.commitments.iter().map(|c| c.id).filter(|id| incoming.commitment(*id).is_none()).collect();
        for rocks in &mut incoming.big_rocks {
            rocks.commitments.retain(|id| !gone.contains(id));
        }
        incoming.big_rocks.retain(|rocks| !rocks.commitments.is_empty());
        let mut added = 0;
        for (n, id) in new_ids.iter().enumerate() {
            if let Some(model) = current.commitments.get(n) {
                if current.commitment(*id).is_none() && incoming.commitment(*id).is_none() {
                    incoming.commitments.push(Commitment { id: *id, ..model.clone() });
                    added += 1;
                }
            }
        }
        prop_assert_eq!(incoming.check(), Ok(()));

        let (merged, report) = merge(&current, &incoming);
        prop_assert_eq!(merged.check(), Ok(()));
        prop_assert_eq!((report.added, report.updated, report.kept), (added, newer, older_or_same));
        prop_assert_eq!(report.people_added + report.reviews_added, 0);
        prop_assert_eq!(merged.commitments.len(), current.commitments.len() + added);
        for mine in &current.commitments {
            let kept = merged.commitment(mine.id).expect("nothing is lost");
            match incoming.commitment(mine.id) {
                Some(theirs) if theirs.updated_at > mine.updated_at => prop_assert_eq!(kept, theirs),
                _ => prop_assert_eq!(kept, mine),
            }
        }
        for theirs in &incoming.commitments[incoming.commitments.len() - added..] {
            prop_assert_eq!(merged.commitment(theirs.id), Some(theirs));
        }
        prop_assert_eq!(&merged.settings, &current.settings);
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

/// The valid files that are damaged: the documented example (of the current version,
/// with a tombstone and a declined request) as people read it and as storage holds it,
/// the version 3 fixture, the version 2 and version 1 fixtures (which are migrated on
/// the way in), and a generated plan with recurring work that ends, waiting work, time
/// off, peers, deletions and a declined request. A file that is byte for byte one
/// before it (the version 3 fixture is the example as version 3 was released) is
/// damaged once.
fn bases() -> Vec<Base> {
    let example = format::parse(EXAMPLE).expect("the example opens");
    let today = support::date(2026, 11, 30);
    let mut generated = support::generated::generated_plan(12, 5, today);
    let at = support::at(2026, 11, 30, 8);
    // A peer's request, declined, and three deletions.
    let peer = generated.people.iter().find(|p| p.role == Role::Peer).expect("a peer").id;
    let mut fields = support::fields("Run the offsite", support::one_off(10.0));
    fields.owner = generated.me().expect("me").id;
    fields.requested_by = Some(Party::Person(peer));
    let request = support::commitment_id(1);
    let add = Command::AddCommitment { id: request, fields, status: Status::Proposed, at };
    generated.apply(add).expect("requested");
    generated.apply(Command::Decline { id: request, on: today, at }).expect("declined");
    let deleted: Vec<CommitmentId> = generated.commitments.iter().map(|c| c.id).take(3).collect();
    for id in deleted {
        generated.apply(Command::DeleteCommitment { id, at }).expect("deleted");
    }
    let generated = Envelope::new(generated, at, 3).to_json();
    let mut bases: Vec<Base> = Vec::new();
    for (name, text) in [
        ("example (indented)", EXAMPLE.to_owned()),
        ("example (compact)", example.to_json()),
        ("version 3 fixture", FIXTURE_V3.to_owned()),
        ("version 2 fixture", FIXTURE_V2.to_owned()),
        ("version 1 fixture", FIXTURE_V1.to_owned()),
        ("generated plan", generated),
    ] {
        if bases.iter().any(|base| base.text == text) {
            continue;
        }
        let value = serde_json::from_str(&text).expect("a base is JSON");
        let envelope = format::parse(&text).expect("a base opens");
        let written = serde_json::to_value(&envelope).expect("a plan is JSON");
        bases.push(Base { name, text, value, written });
    }
    let versions: Vec<u64> = bases.iter().map(Base::version).collect();
    for version in 1..=u64::from(CURRENT_VERSION) {
        assert!(versions.contains(&version), "a file of version {version} is damaged");
    }
    bases
}

/// Whether two plan files as JSON hold the same values: numbers compared as numbers
/// (`12` is `12.0`), ids and timestamps as what they denote (`ABC` is `abc` in an id).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::String(x), Value::String(y)) => {
            x == y
                || matches!((uuid::Uuid::parse_str(x), uuid::Uuid::parse_str(y)), (Ok(x), Ok(y)) if x == y)
                || matches!(
                    (x.parse::<chrono::DateTime<chrono::Utc>>(), y.parse::<chrono::DateTime<chrono::Utc>>()),
                    (Ok(x), Ok(y)) if x == y
                )
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// What opening a damaged file gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Empty,
    NotJson,
    NotAPlan,
    NewerVersion,
    /// Refused, naming the damaged value or field.
    AtThePlace,
    /// Refused, naming the object that holds the damaged value: a time off that now
    /// ends before it starts, a decision of no known kind.
    AtWhatHoldsIt,
    /// Refused, naming what referred to a changed id, or the due date a changed start
    /// now comes after.
    AtWhatRefersToIt,
    /// Refused as the same file with the removed field's default written out is.
    AsTheDefault,
    /// Still a valid file, opened as exactly what it says.
    StillValid,
}

/// Opens a damaged file, checks that it gives what its damage must, and says what it
/// gave.
fn open(damaged: &Damaged) -> Outcome {
    let what = &damaged.what;
    let outcome = std::panic::catch_unwind(|| format::parse(&damaged.text));
    let outcome = outcome.unwrap_or_else(|_| panic!("{what}: opening it panicked"));
    if let Err(error) = &outcome {
        assert!(!error.to_string().is_empty(), "{what}: the error says something");
        // Every refusal can be said in every language: its message is one the
        // translations know.
        if let FormatError::Invalid { message, .. } | FormatError::NotJson { message, .. } = error {
            let detail = plateful_core::detail::Detail::of(message);
            assert!(
                !matches!(detail, plateful_core::detail::Detail::Other(_)),
                "{what}: {message:?} is not recognised"
            );
            // A value of the wrong type is named in words, not in serde's.
            if let plateful_core::detail::Detail::WrongType { found, expected } = &detail {
                use plateful_core::detail::Shape;
                assert!(!matches!(found.shape, Shape::Other(_)), "{what}: {message:?} found");
                if let Shape::Other(words) = expected {
                    assert!(words.contains(' '), "{what}: {message:?} expects a type name");
                }
            }
        }
    }
    let opened_as = |expected: &Value| match &outcome {
        Ok(envelope) => {
            let written = serde_json::to_value(envelope).expect("a plan is JSON");
            assert!(same(&written, expected), "{what}: opened as something else than it says");
            Outcome::StillValid
        }
        Err(error) => panic!("{what}: refused ({error:?}), but it is a valid file"),
    };
    match &damaged.expect {
        Expect::Empty => {
            assert_eq!(outcome, Err(FormatError::Empty), "{what}");
            Outcome::Empty
        }
        Expect::NotJsonAt { line, column } => match &outcome {
            Err(FormatError::NotJson { line: l, column: c, .. }) => {
                assert_eq!((l, c), (line, column), "{what}: where the JSON breaks");
                Outcome::NotJson
            }
            other => panic!("{what}: expected not JSON at {line}:{column}, got {other:?}"),
        },
        Expect::NotJsonFrom { line, column } => match &outcome {
            Err(FormatError::NotJson { line: l, column: c, .. }) => {
                let end = damage::end_of(&damaged.text);
                assert!((*l, *c) >= (*line, *column), "{what}: {l}:{c} is before the damage");
                assert!((*l, *c) <= end, "{what}: {l}:{c} is after the end {end:?}");
                Outcome::NotJson
            }
            other => panic!("{what}: expected not JSON from {line}:{column}, got {other:?}"),
        },
        Expect::NotAPlan(found) => {
            assert_eq!(outcome, Err(FormatError::NotAPlan { found: found.clone() }), "{what}");
            Outcome::NotAPlan
        }
        Expect::NewerVersion(found) => {
            let newer = FormatError::NewerVersion { found: *found, supported: CURRENT_VERSION };
            assert_eq!(outcome, Err(newer), "{what}");
            Outcome::NewerVersion
        }
        Expect::Invalid { path, message } => match &outcome {
            Err(FormatError::Invalid { path: p, message: m }) => {
                assert_eq!(p, path, "{what}: the place named ({m})");
                match message {
                    Message::Exact(expected) => assert_eq!(m, expected, "{what}: the message"),
                    Message::Contains(part) => {
                        assert!(m.contains(part.as_str()), "{what}: {m:?} says {part:?}")
                    }
                    Message::Any => {}
                }
                Outcome::AtThePlace
            }
            other => panic!("{what}: expected refused at {path}, got {other:?}"),
        },
        Expect::SameAs(like) => {
            // Refused only where the default is: "me" without a capacity, or big rocks
            // naming commitments that are no longer there.
            let expected = format::parse(like);
            assert_eq!(outcome, expected, "{what}: as with the field's default written out");
            if outcome.is_ok() {
                Outcome::StillValid
            } else {
                Outcome::AsTheDefault
            }
        }
        Expect::Opens(expected) => opened_as(expected),
        Expect::OpensOrInvalid { opens, paths } => match (&outcome, opens) {
            (Ok(_), Some(expected)) => opened_as(expected),
            (Err(FormatError::Invalid { path, .. }), _) if *path == paths[0] => Outcome::AtThePlace,
            (Err(FormatError::Invalid { path, .. }), _) if paths[0].starts_with(path.as_str()) => {
                Outcome::AtWhatHoldsIt
            }
            (Err(FormatError::Invalid { path, .. }), _) if paths.contains(path) => {
                Outcome::AtWhatRefersToIt
            }
            (other, _) => {
                panic!("{what}: expected opened or refused at one of {paths:?}, got {other:?}")
            }
        },
    }
}

/// Ten thousand different damaged files, made from valid ones by every kind of damage
/// at every place it applies, each giving the error its damage must give (or, where the
/// damage leaves a valid file, opening as exactly what it says), and none a panic.
#[test]
fn ten_thousand_different_damaged_files_each_give_what_their_damage_must() {
    let bases = bases();
    let mut damages = Damages::new(&bases);
    damages.emptied();
    damages.fields_removed();
    damages.wrong_types();
    damages.out_of_range();
    damages.settings();
    damages.unknown_fields();
    damages.duplicate_ids();
    damages.dangling_references();
    damages.inconsistent();
    damages.newer_versions();
    damages.wrong_formats();
    damages.not_objects();
    damages.trailing_text();
    // Cuts and flipped bytes make up the rest, half and half.
    let rest = 10_000 - damages.files.len();
    damages.cut_short(rest / 2);
    damages.bytes_flipped(rest - rest / 2);
    let files = damages.files;
    assert_eq!(files.len(), 10_000);
    let mut distinct: HashMap<&str, &str> = HashMap::new();
    for damaged in &files {
        if let Some(first) = distinct.insert(&damaged.text, &damaged.what) {
            panic!("the same file twice: {first}, and {}", damaged.what);
        }
    }
    assert_eq!(distinct.len(), 10_000, "every damaged file is different");

    let mut tally: BTreeMap<Kind, BTreeMap<Outcome, usize>> = BTreeMap::new();
    for damaged in &files {
        *tally.entry(damaged.kind).or_default().entry(open(damaged)).or_default() += 1;
    }
    for (kind, outcomes) in &tally {
        println!("{kind:?}: {} files, {outcomes:?}", outcomes.values().sum::<usize>());
    }
    // Every kind is there in numbers; those that cannot leave a valid file never do,
    // and those that cannot make one invalid never do either.
    assert_eq!(tally.len(), Kind::ALL.len(), "every kind of damage is made");
    for (kind, outcomes) in &tally {
        let made: usize = outcomes.values().sum();
        assert!(made >= 25, "{kind:?}: only {made} files");
        let valid = outcomes.get(&Outcome::StillValid).copied().unwrap_or(0);
        match kind {
            Kind::AtTheBound | Kind::OlderSettingOutOfBounds => {
                assert_eq!(valid, made, "{kind:?}: every one opens")
            }
            Kind::ByteFlipped | Kind::FieldRemoved | Kind::DanglingReference => {}
            _ => assert_eq!(valid, 0, "{kind:?}: {valid} still valid"),
        }
    }
}
