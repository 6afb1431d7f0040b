//! Importing a plan file: what it holds (the preview) and merging it into the current
//! plan by id, the newer copy of each commitment winning, and a deletion winning over
//! any copy not changed since.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::commitment::{Party, Status, StatusKind};
use crate::ids::PersonId;
use crate::order;
use crate::person::Role;
use crate::plan::{Plan, Tombstone};

/// What a plan file holds, shown before it replaces or joins the current plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub people: usize,
    pub commitments: usize,
    /// How many commitments have each status, in [`StatusKind::ALL`] order.
    pub by_status: Vec<(StatusKind, usize)>,
    pub reviews: usize,
    /// The earliest and latest dates the plan mentions (created, due, logged, done).
    pub dates: Option<(NaiveDate, NaiveDate)>,
}

impl Summary {
    pub fn of(plan: &Plan) -> Self {
        let by_status = StatusKind::ALL
            .into_iter()
            .map(|kind| (kind, plan.commitments.iter().filter(|c| c.status.kind() == kind).count()))
            .collect();
        let dates = plan.commitments.iter().flat_map(|c| {
            let closed = match c.status {
                Status::Done { on } | Status::Dropped { on, .. } => Some(on),
                _ => None,
            };
            [Some(c.created_at.date_naive()), c.due.map(|due| due.date), c.start, closed]
                .into_iter()
                .flatten()
                .chain(c.progress.iter().map(|entry| entry.date))
        });
        let dates = dates.chain(plan.reviews.iter().map(|review| review.week)).fold(
            None,
            |range: Option<(NaiveDate, NaiveDate)>, date| match range {
                None => Some((date, date)),
                Some((first, last)) => Some((first.min(date), last.max(date))),
            },
        );
        Summary {
            people: plan.people.len(),
            commitments: plan.commitments.len(),
            by_status,
            reviews: plan.reviews.len(),
            dates,
        }
    }
}

/// What a merge did, for the message after it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Commitments new to the plan, including deleted ones that the file changed after
    /// their deletion.
    pub added: usize,
    /// Commitments present in both where the file's copy was newer.
    pub updated: usize,
    /// Commitments present in both where the current copy was as new or newer.
    pub kept: usize,
    /// Commitments of the file that were deleted here, and not changed by the file
    /// since: they stay deleted.
    pub kept_deleted: usize,
    /// Commitments deleted in the file, and not changed here since: they are deleted
    /// here too.
    pub deleted_by_file: usize,
    pub people_added: usize,
    pub reviews_added: usize,
}

/// Merges `incoming` into `current`: commitments by id, the newer `updated_at` winning
/// (the current copy on a tie); people, reviews and weeks of big rocks that are new are
/// added; settings stay as they are. The file's "me" is taken to be the same person
/// as the current "me", so that both plans' work stays mine.
///
/// Deletions hold both ways: a commitment deleted on one side stays deleted unless the
/// other side changed it after the deletion (its `updated_at` is later than the
/// tombstone's `deleted_at`), in which case it stays or comes back and the tombstone
/// goes. Tombstones are united, the later deletion winning for an id deleted on both
/// sides. The result passes [`Plan::check`] whenever both plans do.
pub fn merge(current: &Plan, incoming: &Plan) -> (Plan, MergeReport) {
    let mut merged = current.clone();
    let mut report = MergeReport::default();
    let me = current.me().map(|me| me.id);
    let their_me = incoming.me().map(|me| me.id);
    let same_person = |id: PersonId| if Some(id) == their_me { me.unwrap_or(id) } else { id };

    for person in &incoming.people {
        if person.role == Role::Me || merged.person(person.id).is_some() {
            continue;
        }
        merged.people.push(person.clone());
        report.people_added += 1;
    }
    // An incoming owner that cannot carry work here (say, a peer in the current plan who
    // reports to me in the file) would break the plan: such work comes to me instead.
    let carriers: HashSet<PersonId> =
        merged.people.iter().filter(|p| p.carries_work()).map(|p| p.id).collect();
    let index: HashMap<_, _> =
        merged.commitments.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    let deleted_here: HashMap<_, _> =
        current.tombstones.iter().map(|t| (t.id, t.deleted_at)).collect();
    let mut revived = HashSet::new();
    for commitment in &incoming.commitments {
        match (index.get(&commitment.id), deleted_here.get(&commitment.id)) {
            (None, Some(deleted_at)) if commitment.updated_at <= *deleted_at => {
                report.kept_deleted += 1;
                continue;
            }
            (None, Some(_)) => {
                revived.insert(commitment.id);
            }
            _ => {}
        }
        let mut commitment = commitment.clone();
        commitment.owner = same_person(commitment.owner);
        if !carriers.contains(&commitment.owner) {
            commitment.owner = me.unwrap_or(commitment.owner);
        }
        commitment.delegated_by = commitment.delegated_by.map(same_person);
        if let Some(Party::Person(id)) = &mut commitment.requested_by {
            *id = same_person(*id);
        }
        if let Status::Waiting(waiting) = &mut commitment.status {
            if let Party::Person(id) = &mut waiting.on {
                *id = same_person(*id);
            }
        }
        match index.get(&commitment.id) {
            None => {
                merged.commitments.push(commitment);
                report.added += 1;
            }
            Some(&at) if commitment.updated_at > merged.commitments[at].updated_at => {
                merged.commitments[at] = commitment;
                report.updated += 1;
            }
            Some(_) => report.kept += 1,
        }
    }
    merged.tombstones.retain(|tombstone| !revived.contains(&tombstone.id));
    merge_tombstones(&mut merged, &incoming.tombstones, &mut report);

    let known: HashSet<_> = merged.commitments.iter().map(|c| c.id).collect();
    for rocks in &incoming.big_rocks {
        if merged.big_rocks.iter().all(|mine| mine.week != rocks.week) {
            let mut rocks = rocks.clone();
            rocks.commitments.retain(|id| known.contains(id));
            if !rocks.commitments.is_empty() {
                merged.big_rocks.push(rocks);
            }
        }
    }
    for review in &incoming.reviews {
        if merged.reviews.iter().all(|mine| mine.id != review.id) {
            merged.reviews.push(review.clone());
            report.reviews_added += 1;
        }
    }
    (merged, report)
}

/// Applies the file's deletions to the merged plan: each deletes the commitment unless
/// it changed after the deletion, and is kept as a tombstone when it does.
fn merge_tombstones(merged: &mut Plan, incoming: &[Tombstone], report: &mut MergeReport) {
    let commitments: HashMap<_, _> =
        merged.commitments.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    let mut tombstones: HashMap<_, _> =
        merged.tombstones.iter().enumerate().map(|(i, t)| (t.id, i)).collect();
    let mut deleted: Vec<usize> = Vec::new();
    for tombstone in incoming {
        if let Some(&at) = commitments.get(&tombstone.id) {
            if merged.commitments[at].updated_at > tombstone.deleted_at {
                continue;
            }
            deleted.push(at);
            report.deleted_by_file += 1;
        }
        match tombstones.get(&tombstone.id) {
            Some(&at) => {
                let mine = &mut merged.tombstones[at];
                mine.deleted_at = mine.deleted_at.max(tombstone.deleted_at);
            }
            None => {
                tombstones.insert(tombstone.id, merged.tombstones.len());
                merged.tombstones.push(*tombstone);
            }
        }
    }
    if deleted.is_empty() {
        return;
    }
    order::sort(&mut deleted);
    for at in deleted.into_iter().rev() {
        let id = merged.commitments.remove(at).id;
        merged.forget_big_rock(id);
    }
}
