//! The app state: one plan signal, changed only through core commands, saved right
//! after every change, and kept in step with other tabs through the stored revision.

use std::collections::HashMap;
use std::time::Duration;

use leptos::prelude::*;
use plateful_core::format::{write, Layout};
use plateful_core::merge::{merge, MergeReport};
use plateful_core::{Command, Commitment, CommitmentId, DomainError, Envelope, Language, Plan};

use crate::platform;
use crate::storage::{self, Loaded, SaveError};

/// How long after opening the backup of the opened plan is kept.
const BACKUP_DELAY: Duration = Duration::from_millis(1500);

/// How many earlier plans Undo can go back to.
const UNDO_DEPTH: usize = 20;

/// What Undo puts back.
#[derive(Clone, Debug)]
enum UndoStep {
    /// The whole plan as it was.
    Plan(Box<Plan>),
    /// The one commitment a command changed, as it was (`None`: the command added it):
    /// copying a large plan on every click would cost more than the click itself.
    Commitment { id: CommitmentId, before: Option<Box<Commitment>> },
}

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
    /// The plan's language, as a signal of its own rather than a memo of the plan: every
    /// text of every row reads it, and a memo would wake them all on each change to the
    /// plan only to find the language unchanged.
    language: RwSignal<Language>,
    /// One signal per commitment, so that a change to one commitment re-renders its row
    /// alone: a thousand rows all watching the plan would each be woken by every change.
    rows: StoredValue<HashMap<CommitmentId, RwSignal<Option<Commitment>>>>,
    /// The reactive owner the rows belong to (the app's, not a row's).
    owner: StoredValue<Option<Owner>>,
    /// The revision of the stored plan this tab's plan is based on.
    revision: StoredValue<u64>,
    save_state: RwSignal<SaveState>,
    undo: RwSignal<Vec<UndoStep>>,
    /// False when storage could not be read at start: then nothing may be written, since
    /// the value there is unknown.
    writable: StoredValue<bool>,
    /// A change waits to be written, right after the next frame.
    save_pending: StoredValue<bool>,
    /// Commands applied since the last write, applied again on top of another tab's
    /// newer plan if it saved in between.
    unsaved: StoredValue<Vec<Command>>,
    /// The plan as opened still has to be kept as a backup, before anything is written.
    backup_pending: StoredValue<bool>,
}

impl PlanStore {
    pub fn new(plan: Plan, revision: u64, save_state: SaveState, writable: bool) -> Self {
        let language = RwSignal::new(plan.settings.language);
        let plan = RwSignal::new(plan);
        PlanStore {
            plan,
            language,
            rows: StoredValue::new(HashMap::new()),
            owner: StoredValue::new(Owner::current()),
            revision: StoredValue::new(revision),
            save_state: RwSignal::new(save_state),
            undo: RwSignal::new(Vec::new()),
            writable: StoredValue::new(writable),
            save_pending: StoredValue::new(false),
            unsaved: StoredValue::new(Vec::new()),
            backup_pending: StoredValue::new(false),
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

    /// One commitment, tracking that commitment alone.
    pub fn commitment(&self, id: CommitmentId) -> Option<Commitment> {
        let row = match self.rows.with_value(|rows| rows.get(&id).copied()) {
            Some(row) => row,
            None => {
                let value = self.plan.with_untracked(|plan| plan.commitment(id).cloned());
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
        // The plan signal itself is not tracked here: `refresh_rows` updates the row.
        row.get()
    }

    /// Brings every row's signal in line with the plan, waking only the rows whose
    /// commitment changed (or went).
    fn refresh_rows(&self) {
        let rows = self.rows.with_value(Clone::clone);
        if rows.is_empty() {
            return;
        }
        self.plan.with_untracked(|plan| {
            let mut current: HashMap<CommitmentId, &Commitment> =
                plan.commitments.iter().map(|c| (c.id, c)).collect();
            for (id, row) in rows {
                let now = current.remove(&id);
                if row.with_untracked(|old| old.as_ref() != now) {
                    row.set(now.cloned());
                }
            }
        });
    }

    /// Brings one row's signal in line with the plan, after a change to that
    /// commitment alone.
    fn refresh_row(&self, id: CommitmentId) {
        let Some(row) = self.rows.with_value(|rows| rows.get(&id).copied()) else {
            return;
        };
        self.plan.with_untracked(|plan| {
            let now = plan.commitment(id);
            if row.with_untracked(|old| old.as_ref() != now) {
                row.set(now.cloned());
            }
        });
    }

    pub fn language(&self) -> ReadSignal<Language> {
        self.language.read_only()
    }

    /// Brings the language signal in line with the plan's settings, after any change.
    fn follow_language(&self) {
        let language = self.plan.with_untracked(|plan| plan.settings.language);
        if self.language.get_untracked() != language {
            self.language.set(language);
        }
    }

    pub fn save_state(&self) -> SaveState {
        self.save_state.get()
    }

    pub fn can_undo(&self) -> bool {
        self.undo.with(|stack| !stack.is_empty())
    }

    /// Applies a command through the core. On success the previous plan goes on the
    /// undo stack and the plan is saved right after the next frame; on error nothing
    /// changes. If another tab saved since, its plan is taken first and the command
    /// applied on top of it.
    pub fn dispatch(&self, command: Command) -> Result<(), DomainError> {
        let replay = command.clone();
        let only = command.changes_only();
        self.change(only, |plan| plan.apply(command))?;
        self.unsaved.update_value(|unsaved| unsaved.push(replay));
        Ok(())
    }

    /// Replaces the whole plan (an import, a restored backup), keeping the stored one as
    /// a backup first, and saves at once. Undo brings the previous plan back.
    pub fn replace(&self, plan: Plan) {
        // A failed backup must not block the user; the undo stack still has the plan.
        let _ = storage::back_up();
        let _ = self.change(None, |current| {
            *current = plan;
            Ok(())
        });
        self.unsaved.set_value(Vec::new());
        self.flush();
    }

    /// Starts over with `plan` after storage was erased: nothing to undo, nothing saved
    /// until the next change.
    pub fn replace_in_memory(&self, plan: Plan) {
        self.undo.set(Vec::new());
        self.unsaved.set_value(Vec::new());
        self.save_pending.set_value(false);
        self.revision.set_value(0);
        self.plan.set(plan);
        self.follow_language();
        self.refresh_rows();
    }

    /// Merges an imported plan into this one, and saves at once.
    pub fn merge(&self, incoming: &Plan) -> MergeReport {
        let mut report = MergeReport::default();
        let _ = storage::back_up();
        let _ = self.change(None, |current| {
            let (merged, merge_report) = merge(current, incoming);
            *current = merged;
            report = merge_report;
            Ok(())
        });
        self.unsaved.set_value(Vec::new());
        self.flush();
        report
    }

    /// Makes a change, keeping what Undo needs: the one commitment `only` names, or the
    /// whole plan when the change may reach further.
    fn change(
        &self,
        only: Option<CommitmentId>,
        change: impl FnOnce(&mut Plan) -> Result<(), DomainError>,
    ) -> Result<(), DomainError> {
        self.sync_from_storage();
        let previous = self.plan.with_untracked(|plan| match only {
            Some(id) => {
                UndoStep::Commitment { id, before: plan.commitment(id).cloned().map(Box::new) }
            }
            None => UndoStep::Plan(Box::new(plan.clone())),
        });
        // The core leaves the plan untouched when it refuses a change, so the change is
        // made in place and only a success is announced.
        let mut result = Ok(());
        self.plan.update_untracked(|plan| result = change(plan));
        result?;
        self.undo.update(|stack| {
            stack.push(previous);
            if stack.len() > UNDO_DEPTH {
                stack.remove(0);
            }
        });
        self.plan.notify();
        self.follow_language();
        match only {
            Some(id) => self.refresh_row(id),
            None => self.refresh_rows(),
        }
        self.schedule_save();
        Ok(())
    }

    /// Saves right after the next frame is painted, so that writing the plan never
    /// delays what the user sees, and within 100 ms in any case. A page being hidden
    /// saves at once (see [`PlanStore::flush`]).
    fn schedule_save(&self) {
        if self.save_pending.get_value() {
            return;
        }
        self.save_pending.set_value(true);
        let store = *self;
        request_animation_frame(move || set_timeout(move || store.flush(), Duration::ZERO));
        // A page in the background gets no frames: the timer saves it all the same.
        set_timeout(move || store.flush(), Duration::from_millis(100));
    }

    /// Keeps the stored plan as a backup a moment after opening (it reads, checks and
    /// writes the whole plan again, which would delay the first screen of a large plan;
    /// the first frame comes before the routed view, so waiting for it is not enough). A
    /// save that comes first keeps the backup before writing.
    pub fn back_up_soon(&self) {
        self.backup_pending.set_value(true);
        let store = *self;
        set_timeout(move || store.back_up_opened(), BACKUP_DELAY);
    }

    /// The backup of the plan as opened, if it is still to be kept.
    fn back_up_opened(&self) {
        if self.backup_pending.get_value() {
            self.backup_pending.set_value(false);
            // A failure only costs the backup; the plan itself is untouched.
            let _ = storage::back_up();
        }
    }

    /// Writes a pending change now.
    pub fn flush(&self) {
        if self.save_pending.get_value() {
            self.save_pending.set_value(false);
            self.persist();
        }
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
        match previous {
            UndoStep::Plan(plan) => {
                self.plan.set(*plan);
                self.follow_language();
                self.refresh_rows();
            }
            UndoStep::Commitment { id, before } => {
                self.plan.update(|plan| {
                    let index = plan.commitment_index(id);
                    match (index, before) {
                        (Some(index), Some(before)) => plan.commitments[index] = *before,
                        (Some(index), None) => {
                            plan.commitments.remove(index);
                        }
                        // Not reachable: the change is undone on the plan it was made on.
                        (None, Some(before)) => plan.commitments.push(*before),
                        (None, None) => {}
                    }
                });
                self.follow_language();
                self.refresh_row(id);
            }
        }
        self.unsaved.set_value(Vec::new());
        self.save_pending.set_value(false);
        self.persist();
    }

    /// Takes the stored plan if another tab saved a newer revision. Returns whether it
    /// did. An unreadable stored value stops all writing rather than be overwritten.
    pub fn sync_from_storage(&self) -> bool {
        if !self.writable.get_value() {
            return false;
        }
        // Changes not yet written go first, on top of whatever the other tab saved.
        self.flush();
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
        self.follow_language();
        self.refresh_rows();
    }

    /// Writes the current plan with the next revision. If another tab saved since this
    /// plan was read, its plan is taken and this tab's unsaved commands are applied on
    /// top of it first, so that neither tab loses a change.
    pub fn persist(&self) {
        if !self.writable.get_value() {
            return;
        }
        self.back_up_opened();
        let unsaved = self.unsaved.try_update_value(std::mem::take).unwrap_or_default();
        if storage::stored_revision().is_some_and(|stored| stored > self.revision.get_value()) {
            match storage::load() {
                Loaded::Plan(newer) => {
                    let mut plan = newer.plan;
                    for command in unsaved {
                        // A command the newer plan refuses (its commitment was deleted
                        // there) is dropped: the other tab's change stands.
                        let _ = plan.apply(command);
                    }
                    self.revision.set_value(newer.revision);
                    self.undo.set(Vec::new());
                    self.plan.set(plan);
                    self.follow_language();
                    self.refresh_rows();
                }
                Loaded::Corrupt { .. } => {
                    self.writable.set_value(false);
                    self.save_state.set(SaveState::NotSaved(SaveError::StoredValueUnreadable));
                    return;
                }
                Loaded::FirstRun | Loaded::Unavailable { .. } => {}
            }
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
