//! Undo as a patch: what a change replaced, part by part, so that it can be put back
//! on a plan that has changed since (another tab's change taken in between) without
//! undoing that other change.
//!
//! A patch keeps, for each part of the plan the change touched, the part as it was
//! before and as the change left it: commitments and tombstones one by one, the other
//! lists whole. Reverting checks that each of those parts is still as the change left
//! it; if another change touched the same part since, undo is refused rather than
//! silently throw that change away.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::commitment::Commitment;
use crate::ids::CommitmentId;
use crate::order;
use crate::person::Person;
use crate::plan::{Plan, Tombstone};
use crate::review::{Review, WeekRocks};
use crate::settings::Settings;

/// One item of a list kept by id (a commitment, a tombstone) before and after a
/// change (`None`: it did not exist).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct ItemPatch<T> {
    id: CommitmentId,
    /// Where it stood in the list before, so that undo puts it back in place.
    position: Option<usize>,
    before: Option<T>,
    after: Option<T>,
}

/// A part of the plan that is replaced as a whole: before and after.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Whole<T> {
    before: T,
    after: T,
}

/// What a change replaced, part by part.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Patch {
    commitments: Vec<ItemPatch<Commitment>>,
    tombstones: Vec<ItemPatch<Tombstone>>,
    people: Option<Whole<Vec<Person>>>,
    settings: Option<Whole<Settings>>,
    big_rocks: Option<Whole<Vec<WeekRocks>>>,
    reviews: Option<Whole<Vec<Review>>>,
    /// The order of commitments changed beyond adds and removals (a replaced plan).
    order: Option<Whole<Vec<CommitmentId>>>,
}

/// The part of the plan that changed since, so that undo would lose that change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conflict {
    Commitment(CommitmentId),
    People,
    Settings,
    BigRocks,
    Reviews,
    Order,
}

impl Patch {
    /// The patch of a change to one commitment and nothing else (see
    /// [`crate::Command::changes_only`]): `position` and `before` as it was (`None`: the
    /// change added it), `after` as the change left it (`None`: it removed it). Cheap,
    /// since the rest of the plan is not compared.
    pub fn of_commitment(
        id: CommitmentId,
        position: Option<usize>,
        before: Option<Commitment>,
        after: Option<Commitment>,
    ) -> Patch {
        let mut commitments = Vec::new();
        if before != after {
            commitments.push(ItemPatch { id, position, before, after });
        }
        Patch { commitments, ..Patch::default() }
    }

    /// Everything that differs between two plans.
    pub fn between(before: &Plan, after: &Plan) -> Patch {
        // Naming every field makes a new field of `Plan` a compile error here until
        // undo knows about it.
        let Plan { people, commitments, settings, big_rocks, reviews, tombstones } = after;
        // Adds and removals are put back by position; any other reordering (a plan
        // replaced by another) is kept as the order itself.
        let kept_order = |plan: &Plan, other: &Plan| -> Vec<CommitmentId> {
            let ids: HashMap<CommitmentId, ()> =
                other.commitments.iter().map(|c| (c.id, ())).collect();
            plan.commitments.iter().map(|c| c.id).filter(|id| ids.contains_key(id)).collect()
        };
        let order = (kept_order(before, after) != kept_order(after, before))
            .then(|| Whole { before: ids_of(before), after: ids_of(after) });
        Patch {
            commitments: diff(&before.commitments, commitments),
            tombstones: diff(&before.tombstones, tombstones),
            people: whole(&before.people, people),
            settings: whole(&before.settings, settings),
            big_rocks: whole(&before.big_rocks, big_rocks),
            reviews: whole(&before.reviews, reviews),
            order,
        }
    }

    /// Whether the change changed nothing.
    pub fn is_empty(&self) -> bool {
        self.commitments.is_empty() && self.only_lists_empty()
    }

    fn only_lists_empty(&self) -> bool {
        self.tombstones.is_empty()
            && self.people.is_none()
            && self.settings.is_none()
            && self.big_rocks.is_none()
            && self.reviews.is_none()
            && self.order.is_none()
    }

    /// The commitment this patch is about, when it touches exactly one and nothing
    /// else.
    pub fn only_commitment(&self) -> Option<CommitmentId> {
        match self.commitments.as_slice() {
            [one] if self.only_lists_empty() => Some(one.id),
            _ => None,
        }
    }

    /// Puts back what the change replaced, if every part it touched is still as the
    /// change left it. On a conflict the plan is left exactly as it was.
    pub fn revert(&self, plan: &mut Plan) -> Result<(), Conflict> {
        self.check(plan)?;
        if let Some(people) = &self.people {
            plan.people = people.before.clone();
        }
        if let Some(settings) = &self.settings {
            plan.settings = settings.before.clone();
        }
        if let Some(rocks) = &self.big_rocks {
            plan.big_rocks = rocks.before.clone();
        }
        if let Some(reviews) = &self.reviews {
            plan.reviews = reviews.before.clone();
        }
        revert_items(&self.commitments, &mut plan.commitments);
        revert_items(&self.tombstones, &mut plan.tombstones);
        if let Some(order) = &self.order {
            let rank: HashMap<CommitmentId, usize> =
                order.before.iter().enumerate().map(|(rank, id)| (*id, rank)).collect();
            // Commitments added since (by another tab) keep their relative place at the
            // end.
            order::sort_by_key(&mut plan.commitments, |c| {
                rank.get(&c.id).copied().unwrap_or(usize::MAX)
            });
        }
        Ok(())
    }

    /// The first part that changed since the change was made.
    fn check(&self, plan: &Plan) -> Result<(), Conflict> {
        check_items(&self.commitments, &plan.commitments).map_err(Conflict::Commitment)?;
        check_items(&self.tombstones, &plan.tombstones).map_err(Conflict::Commitment)?;
        same(&self.people, &plan.people, Conflict::People)?;
        same(&self.settings, &plan.settings, Conflict::Settings)?;
        same(&self.big_rocks, &plan.big_rocks, Conflict::BigRocks)?;
        same(&self.reviews, &plan.reviews, Conflict::Reviews)?;
        if let Some(order) = &self.order {
            if order.after != ids_of(plan) {
                return Err(Conflict::Order);
            }
        }
        Ok(())
    }
}

/// An item of a list kept by id.
trait Item: Clone + PartialEq {
    fn id(&self) -> CommitmentId;
}

impl Item for Commitment {
    fn id(&self) -> CommitmentId {
        self.id
    }
}

impl Item for Tombstone {
    fn id(&self) -> CommitmentId {
        self.id
    }
}

/// The items that differ between two lists, in the order undo puts them back: by
/// their place before, lowest first, so that each lands where it was.
fn diff<T: Item>(before: &[T], after: &[T]) -> Vec<ItemPatch<T>> {
    let old: HashMap<CommitmentId, (usize, &T)> =
        before.iter().enumerate().map(|(i, item)| (item.id(), (i, item))).collect();
    let mut changed = Vec::new();
    for item in after {
        match old.get(&item.id()) {
            Some((_, previous)) if *previous == item => {}
            found => changed.push(ItemPatch {
                id: item.id(),
                position: found.map(|(position, _)| *position),
                before: found.map(|(_, previous)| (*previous).clone()),
                after: Some(item.clone()),
            }),
        }
    }
    let now: HashMap<CommitmentId, ()> = after.iter().map(|item| (item.id(), ())).collect();
    for (position, item) in before.iter().enumerate() {
        if !now.contains_key(&item.id()) {
            changed.push(ItemPatch {
                id: item.id(),
                position: Some(position),
                before: Some(item.clone()),
                after: None,
            });
        }
    }
    order::sort_by_key(&mut changed, |patch| patch.position.unwrap_or(usize::MAX));
    changed
}

/// The first item that is no longer as the change left it.
fn check_items<T: Item>(patches: &[ItemPatch<T>], items: &[T]) -> Result<(), CommitmentId> {
    for patch in patches {
        if items.iter().find(|item| item.id() == patch.id) != patch.after.as_ref() {
            return Err(patch.id);
        }
    }
    Ok(())
}

/// Takes out what the change added or replaced, then puts back what was there, at its
/// place.
fn revert_items<T: Item>(patches: &[ItemPatch<T>], items: &mut Vec<T>) {
    let touched: HashMap<CommitmentId, ()> = patches.iter().map(|patch| (patch.id, ())).collect();
    items.retain(|item| !touched.contains_key(&item.id()));
    for patch in patches {
        if let (Some(before), Some(position)) = (&patch.before, patch.position) {
            items.insert(position.min(items.len()), before.clone());
        }
    }
}

/// A part replaced as a whole, if it changed.
fn whole<T: Clone + PartialEq>(before: &T, after: &T) -> Option<Whole<T>> {
    (before != after).then(|| Whole { before: before.clone(), after: after.clone() })
}

/// Whether a part is still as the change left it.
fn same<T: PartialEq>(
    part: &Option<Whole<T>>,
    now: &T,
    conflict: Conflict,
) -> Result<(), Conflict> {
    match part {
        Some(part) if &part.after != now => Err(conflict),
        _ => Ok(()),
    }
}

fn ids_of(plan: &Plan) -> Vec<CommitmentId> {
    plan.commitments.iter().map(|c| c.id).collect()
}
