//! The app state: one plan signal, changed only through core commands, saved right
//! after every change, and kept in step with other tabs through the stored revision.

use leptos::prelude::*;
use plateful_core::format::{write, Layout};
use plateful_core::merge::{merge, MergeReport};
use plateful_core::{Command, DomainError, Envelope, Language, Plan};

use crate::platform;
use crate::storage::{self, Loaded, SaveError};

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
    /// The revision of the stored plan this tab's plan is based on.
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
    /// the previous plan goes on the undo stack; on error nothing changes. If another
    /// tab saved since, its plan is taken first and the command applied on top of it.
    pub fn dispatch(&self, command: Command) -> Result<(), DomainError> {
        self.change(|plan| plan.apply(command))
    }

    /// Replaces the whole plan (an import, a restored backup), keeping the stored one as
    /// a backup first. Undo brings the previous plan back.
    pub fn replace(&self, plan: Plan) {
        // A failed backup must not block the user; the undo stack still has the plan.
        let _ = storage::back_up();
        let _ = self.change(|current| {
            *current = plan;
            Ok(())
        });
    }

    /// Starts over with `plan` after storage was erased: nothing to undo, nothing saved
    /// until the next change.
    pub fn replace_in_memory(&self, plan: Plan) {
        self.undo.set(Vec::new());
        self.revision.set_value(0);
        self.plan.set(plan);
    }

    /// Merges an imported plan into this one.
    pub fn merge(&self, incoming: &Plan) -> MergeReport {
        let mut report = MergeReport::default();
        let _ = storage::back_up();
        let _ = self.change(|current| {
            let (merged, merge_report) = merge(current, incoming);
            *current = merged;
            report = merge_report;
            Ok(())
        });
        report
    }

    fn change(
        &self,
        change: impl FnOnce(&mut Plan) -> Result<(), DomainError>,
    ) -> Result<(), DomainError> {
        self.sync_from_storage();
        let previous = self.plan.with_untracked(Plan::clone);
        let mut next = previous.clone();
        change(&mut next)?;
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

    /// Goes back to the plan before the last change, and saves that. If another tab
    /// saved since, its plan is taken instead and there is nothing left to undo here.
    pub fn undo(&self) {
        if self.sync_from_storage() {
            return;
        }
        let Some(previous) = self.undo.try_update(|stack| stack.pop()).flatten() else {
            return;
        };
        self.plan.set(previous);
        self.persist();
    }

    /// Takes the stored plan if another tab saved a newer revision. Returns whether it
    /// did. An unreadable stored value stops all writing rather than be overwritten.
    pub fn sync_from_storage(&self) -> bool {
        if !self.writable.get_value() {
            return false;
        }
        match storage::stored_revision() {
            Some(stored) if stored > self.revision.get_value() => {}
            _ => return false,
        }
        match storage::load() {
            Loaded::Plan(envelope) if envelope.revision > self.revision.get_value() => {
                self.adopt(envelope);
                true
            }
            Loaded::Corrupt { .. } => {
                self.writable.set_value(false);
                self.save_state.set(SaveState::NotSaved(SaveError::StoredValueUnreadable));
                false
            }
            _ => false,
        }
    }

    /// Shows another tab's newer plan. This tab's undo history no longer applies to it.
    fn adopt(&self, envelope: Envelope) {
        self.revision.set_value(envelope.revision);
        self.undo.set(Vec::new());
        self.plan.set(envelope.plan);
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
        match storage::save(&json, revision) {
            Ok(()) => {
                self.revision.set_value(revision);
                self.save_state.set(SaveState::Saved);
            }
            Err(error) => self.save_state.set(SaveState::NotSaved(error)),
        }
    }

    /// The plan as a file to download.
    pub fn export(&self) -> String {
        self.plan.with_untracked(|plan| {
            write(plan, platform::now(), self.revision.get_value(), Layout::Indented)
        })
    }
}

/// The store of the running app.
pub fn use_store() -> PlanStore {
    // The shell provides the store before it renders any view, and views are only ever
    // rendered inside the shell.
    expect_context::<PlanStore>()
}

/// The assessment of the plan on today's date, recomputed when the plan changes.
#[derive(Clone, Copy)]
pub struct Assessed(pub Memo<plateful_core::Assessment>);

impl Assessed {
    pub fn new(store: PlanStore) -> Self {
        Assessed(Memo::new(move |_| {
            store.with(|plan| plateful_core::assess(plan, platform::today()))
        }))
    }
}

/// The assessment of the running app.
pub fn use_assessed() -> Assessed {
    // Provided by the shell together with the store.
    expect_context::<Assessed>()
}
