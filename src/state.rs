//! The app state: one plan signal, changed only through core commands, saved right
//! after every change.

use leptos::prelude::*;
use plateful_core::format::{write, Layout};
use plateful_core::{Command, DomainError, Language, Plan};

use crate::platform;
use crate::storage::{self, SaveError};

/// How many earlier plans Undo can go back to.
const UNDO_DEPTH: usize = 20;

/// Whether the plan on screen is also in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    /// Changes live in this page only, and why.
    NotSaved(SaveError),
}

/// The app-wide handle on the plan, provided as context by the shell.
#[derive(Clone, Copy)]
pub struct PlanStore {
    plan: RwSignal<Plan>,
    language: Memo<Language>,
    revision: StoredValue<u64>,
    save_state: RwSignal<SaveState>,
    undo: RwSignal<Vec<Plan>>,
    /// False when storage could not be read at start: then nothing may be written, since
    /// the value there is unknown.
    writable: StoredValue<bool>,
}

impl PlanStore {
    pub fn new(plan: Plan, revision: u64, save_state: SaveState, writable: bool) -> Self {
        let plan = RwSignal::new(plan);
        PlanStore {
            plan,
            language: Memo::new(move |_| plan.with(|plan| plan.settings.language)),
            revision: StoredValue::new(revision),
            save_state: RwSignal::new(save_state),
            undo: RwSignal::new(Vec::new()),
            writable: StoredValue::new(writable),
        }
    }

    /// Reads the plan, tracking it.
    pub fn with<R>(&self, f: impl FnOnce(&Plan) -> R) -> R {
        self.plan.with(f)
    }

    /// Reads the plan without tracking it, for event handlers.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Plan) -> R) -> R {
        self.plan.with_untracked(f)
    }

    pub fn language(&self) -> Memo<Language> {
        self.language
    }

    pub fn save_state(&self) -> SaveState {
        self.save_state.get()
    }

    pub fn can_undo(&self) -> bool {
        self.undo.with(|stack| !stack.is_empty())
    }

    /// Applies a command through the core. On success the plan is saved at once and
    /// the previous plan goes on the undo stack; on error nothing changes.
    pub fn dispatch(&self, command: Command) -> Result<(), DomainError> {
        let previous = self.plan.with_untracked(Plan::clone);
        let mut next = previous.clone();
        next.apply(command)?;
        self.undo.update(|stack| {
            stack.push(previous);
            if stack.len() > UNDO_DEPTH {
                stack.remove(0);
            }
        });
        self.plan.set(next);
        self.persist();
        Ok(())
    }

    /// Goes back to the plan before the last change, and saves that.
    pub fn undo(&self) {
        let Some(previous) = self.undo.try_update(|stack| stack.pop()).flatten() else {
            return;
        };
        self.plan.set(previous);
        self.persist();
    }

    /// Writes the current plan with the next revision.
    pub fn persist(&self) {
        if !self.writable.get_value() {
            return;
        }
        let revision = self.revision.get_value() + 1;
        let json = self
            .plan
            .with_untracked(|plan| write(plan, platform::now(), revision, Layout::Compact));
        match storage::save(&json) {
            Ok(()) => {
                self.revision.set_value(revision);
                self.save_state.set(SaveState::Saved);
            }
            Err(error) => self.save_state.set(SaveState::NotSaved(error)),
        }
    }
}

/// The store of the running app.
pub fn use_store() -> PlanStore {
    // The shell provides the store before it renders any view, and views are only ever
    // rendered inside the shell.
    expect_context::<PlanStore>()
}
