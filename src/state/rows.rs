//! One signal per commitment, so that a change to one commitment re-renders its row
//! alone: a thousand rows all watching the plan would each be woken by every change.

use std::collections::HashMap;

use leptos::prelude::*;
use plateful_core::{Commitment, CommitmentId, Plan};

/// The rows' signals, created on first read and kept in step with the plan.
#[derive(Clone, Copy)]
pub struct Rows {
    rows: StoredValue<HashMap<CommitmentId, RwSignal<Option<Commitment>>>>,
    /// The reactive owner the rows belong to (the app's, not a row's), so that a row
    /// signal outlives the view that first asked for it.
    owner: StoredValue<Option<Owner>>,
}

impl Rows {
    pub fn new() -> Self {
        Rows { rows: StoredValue::new(HashMap::new()), owner: StoredValue::new(Owner::current()) }
    }

    /// The commitment `id` as `plan` has it, tracking that row alone.
    pub fn get(
        &self,
        id: CommitmentId,
        plan: impl FnOnce() -> Option<Commitment>,
    ) -> Option<Commitment> {
        let row = match self.rows.with_value(|rows| rows.get(&id).copied()) {
            Some(row) => row,
            None => {
                let value = plan();
                let make = || RwSignal::new(value);
                let row = self.owner.with_value(|owner| match owner {
                    Some(owner) => owner.with(make),
                    None => make(),
                });
                self.rows.update_value(|rows| {
                    rows.insert(id, row);
                });
                row
            }
        };
        row.get()
    }

    /// Brings every row in line with the plan, waking only those whose commitment
    /// changed (or went).
    pub fn refresh_all(&self, plan: &Plan) {
        let rows = self.rows.with_value(Clone::clone);
        if rows.is_empty() {
            return;
        }
        let mut current: HashMap<CommitmentId, &Commitment> =
            plan.commitments.iter().map(|c| (c.id, c)).collect();
        for (id, row) in rows {
            let now = current.remove(&id);
            if row.with_untracked(|old| old.as_ref() != now) {
                row.set(now.cloned());
            }
        }
    }

    /// Brings one row in line with the plan, after a change to that commitment alone.
    pub fn refresh_one(&self, id: CommitmentId, plan: &Plan) {
        let Some(row) = self.rows.with_value(|rows| rows.get(&id).copied()) else {
            return;
        };
        let now = plan.commitment(id);
        if row.with_untracked(|old| old.as_ref() != now) {
            row.set(now.cloned());
        }
    }
}
