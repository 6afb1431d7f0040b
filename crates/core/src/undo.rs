//! Undo as a patch: what a change replaced, part by part, so that it can be put back
//! on a plan that has changed since (another tab's change taken in between) without
//! undoing that other change.
//!
//! A patch keeps, for each part of the plan the change touched, the part as it was
//! before and as the change left it. Reverting checks that each of those parts is
//! still as the change left it; if another change touched the same part since, undo is
//! refused rather than silently throw that change away.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::commitment::Commitment;
use crate::ids::CommitmentId;
use crate::person::Person;
use crate::plan::Plan;
use crate::review::{Review, WeekRocks};
use crate::settings::Settings;

/// One commitment before and after a change (`None`: it did not exist).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct CommitmentPatch {
    id: CommitmentId,
    /// Where it stood in the plan before, so that undo puts it back in place.
    position: Option<usize>,
    before: Option<Commitment>,
    after: Option<Commitment>,
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
    commitments: Vec<CommitmentPatch>,
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
            commitments.push(CommitmentPatch { id, position, before, after });
        }
        Patch { commitments, ..Patch::default() }
    }

    /// Everything that differs between two plans.
    pub fn between(before: &Plan, after: &Plan) -> Patch {
        // Naming every field makes a new field of `Plan` a compile error here until
        // undo knows about it.
        let Plan { people, commitments, settings, big_rocks, reviews } = after;
        let old: HashMap<CommitmentId, (usize, &Commitment)> =
            before.commitments.iter().enumerate().map(|(i, c)| (c.id, (i, c))).collect();
        let mut changed = Vec::new();
        for commitment in commitments {
            match old.get(&commitment.id) {
                Some((_, previous)) if *previous == commitment => {}
                Some((position, previous)) => changed.push(CommitmentPatch {
                    id: commitment.id,
                    position: Some(*position),
                    before: Some((*previous).clone()),
                    after: Some(commitment.clone()),
                }),
                None => changed.push(CommitmentPatch {
                    id: commitment.id,
                    position: None,
                    before: None,
                    after: Some(commitment.clone()),
                }),
            }
        }
        let now: HashMap<CommitmentId, ()> = commitments.iter().map(|c| (c.id, ())).collect();
        for (position, commitment) in before.commitments.iter().enumerate() {
            if !now.contains_key(&commitment.id) {
                changed.push(CommitmentPatch {
                    id: commitment.id,
                    position: Some(position),
                    before: Some(commitment.clone()),
                    after: None,
                });
            }
        }
        // Undo puts removed commitments back at their places, lowest first.
        changed.sort_by_key(|patch| patch.position.unwrap_or(usize::MAX));
        // Adds and removals are put back by position; any other reordering (a plan
        // replaced by another) is kept as the order itself.
        let kept_order = |plan: &Plan, other: &Plan| -> Vec<CommitmentId> {
            let ids: HashMap<CommitmentId, ()> =
                other.commitments.iter().map(|c| (c.id, ())).collect();
            plan.commitments.iter().map(|c| c.id).filter(|id| ids.contains_key(id)).collect()
        };
        let (order_before, order_after) = (kept_order(before, after), kept_order(after, before));
        let order = (order_before != order_after)
            .then(|| Whole { before: ids_of(before), after: ids_of(after) });
        Patch {
            commitments: changed,
            people: whole(&before.people, people),
            settings: whole(&before.settings, settings),
            big_rocks: whole(&before.big_rocks, big_rocks),
            reviews: whole(&before.reviews, reviews),
            order,
        }
    }

    /// Whether the change changed nothing.
    pub fn is_empty(&self) -> bool {
        self.commitments.is_empty()
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
            [one]
                if self.people.is_none()
                    && self.settings.is_none()
                    && self.big_rocks.is_none()
                    && self.reviews.is_none()
                    && self.order.is_none() =>
            {
                Some(one.id)
            }
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
        // Take out what the change added or replaced, then put back what was there, at
        // its place, lowest place first so that each lands where it was.
        let touched: HashMap<CommitmentId, ()> =
            self.commitments.iter().map(|patch| (patch.id, ())).collect();
        plan.commitments.retain(|c| !touched.contains_key(&c.id));
        for patch in &self.commitments {
            if let (Some(before), Some(position)) = (&patch.before, patch.position) {
                let at = position.min(plan.commitments.len());
                plan.commitments.insert(at, before.clone());
            }
        }
        if let Some(order) = &self.order {
            let rank: HashMap<CommitmentId, usize> =
                order.before.iter().enumerate().map(|(rank, id)| (*id, rank)).collect();
            // Commitments added since (by another tab) keep their relative place at the
            // end.
            plan.commitments.sort_by_key(|c| rank.get(&c.id).copied().unwrap_or(usize::MAX));
        }
        Ok(())
    }

    /// The first part that changed since the change was made.
    fn check(&self, plan: &Plan) -> Result<(), Conflict> {
        for patch in &self.commitments {
            if plan.commitment(patch.id) != patch.after.as_ref() {
                return Err(Conflict::Commitment(patch.id));
            }
        }
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
