//! The app state: this tab's plan, as `plateful_core::sync::Tab` holds it, made
//! reactive. Every rule about changes, undo and other tabs lives in that machine; this
//! module wakes the views that depend on what changed, and `saving.rs` connects the
//! machine to the browser (the lock, the frame, page hiding, storage events).

mod rows;
mod saving;

use chrono::NaiveDate;
use leptos::prelude::*;
use plateful_core::merge::MergeReport;
use plateful_core::sync::{Change, Health, Label, Made, Refusal, Synced, Tab, Touched, Undone};
use plateful_core::{Command, Commitment, CommitmentId, DomainError, Language, Plan};

use crate::i18n::{tr, Msg};
use crate::platform;
use crate::storage::LocalStore;
use rows::Rows;
use saving::Saving;

/// Something the user should know that no action of theirs in this tab caused.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Changes made here that another tab's newer plan refused (their commitment was
    /// deleted there, say).
    Lost(Vec<(Label, Refusal)>),
    /// Everything was erased in another tab.
    ErasedElsewhere,
    /// Undo would have thrown away a change made since to the same part of the plan
    /// (in this tab or another): what it was to undo, and its commitment's title.
    UndoRefused(Label, Option<String>),
}

/// The app-wide handle on the plan, provided as context by the shell.
#[derive(Clone, Copy)]
pub struct PlanStore {
    tab: RwSignal<Tab>,
    /// The plan's language, as a signal of its own rather than a memo of the plan: every
    /// text of every row reads it, and a memo would wake them all on each change to the
    /// plan only to find the language unchanged.
    language: RwSignal<Language>,
    rows: Rows,
    health: RwSignal<Health>,
    /// What Undo would take back, and the title of the commitment it is about.
    undo_label: RwSignal<Option<(Label, Option<String>)>>,
    notice: RwSignal<Option<Notice>>,
    saving: Saving,
}

impl PlanStore {
    pub fn new(tab: Tab) -> Self {
        PlanStore {
            language: RwSignal::new(tab.plan().settings.language),
            health: RwSignal::new(tab.health().clone()),
            undo_label: RwSignal::new(None),
            notice: RwSignal::new(None),
            tab: RwSignal::new(tab),
            rows: Rows::new(),
            saving: Saving::new(),
        }
    }

    /// Reads the plan, tracking it.
    pub fn with<R>(&self, f: impl FnOnce(&Plan) -> R) -> R {
        self.tab.with(|tab| f(tab.plan()))
    }

    /// Reads the plan without tracking it, for event handlers.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Plan) -> R) -> R {
        self.tab.with_untracked(|tab| f(tab.plan()))
    }

    /// One commitment, tracking that commitment alone.
    pub fn commitment(&self, id: CommitmentId) -> Option<Commitment> {
        self.rows.get(id, || self.with_untracked(|plan| plan.commitment(id).cloned()))
    }

    /// A commitment's title as the plan has it now, for the words said about it;
    /// empty once it is gone. Untracked: what is said after an action does not redraw.
    pub fn title(&self, id: CommitmentId) -> String {
        let title = |plan: &Plan| plan.commitment(id).map(|c| c.title.as_str().to_owned());
        self.with_untracked(title).unwrap_or_default()
    }

    pub fn language(&self) -> ReadSignal<Language> {
        self.language.read_only()
    }

    /// The message in the plan's language, tracking the language: what every view says.
    pub fn t(&self, msg: Msg) -> String {
        tr(self.language.get(), msg)
    }

    /// Whether the plan on screen is in storage, tracked.
    pub fn health(&self) -> Health {
        self.health.get()
    }

    /// What Undo would take back and the title of the commitment it is about, tracked.
    pub fn undo_label(&self) -> Option<(Label, Option<String>)> {
        self.undo_label.get()
    }

    pub fn can_undo(&self) -> bool {
        self.undo_label.with(Option::is_some)
    }

    /// What the user should know about other tabs, tracked.
    pub fn notice(&self) -> Option<Notice> {
        self.notice.get()
    }

    pub fn dismiss_notice(&self) {
        self.notice.set(None);
    }

    /// Applies a command through the core. On success the change is saved right after
    /// the next frame and Undo can take it back; on error nothing changes. If another
    /// tab saved since, its plan is taken first and the command applied on top of it.
    pub fn dispatch(&self, command: Command) -> Result<(), DomainError> {
        self.change(Change::Command(command)).map(|_| ()).map_err(domain)
    }

    /// Applies several commands as one change (all or none), one step of Undo.
    pub fn dispatch_all(&self, commands: Vec<Command>) -> Result<(), DomainError> {
        self.change(Change::Batch(commands)).map(|_| ()).map_err(domain)
    }

    /// Replaces the whole plan (an import, a restored backup), keeping the stored one as
    /// a backup first, and saves at once. Undo brings the previous plan back.
    pub fn replace(&self, plan: Plan) {
        // A failed backup must not stop the user: Undo still has the plan.
        storage_backup();
        if self.change(Change::Replace(Box::new(plan))).is_ok() {
            self.save_locked();
        }
    }

    /// Merges an imported plan into this one, and saves at once.
    pub fn merge(&self, incoming: &Plan) -> MergeReport {
        storage_backup();
        let report = match self.change(Change::Merge(Box::new(incoming.clone()))) {
            Ok(made) => made.merged.unwrap_or_default(),
            // A merge is never refused: it only adds and replaces with newer copies.
            Err(_) => MergeReport::default(),
        };
        self.save_locked();
        report
    }

    /// Takes back the last change, unless another change was made since to the same
    /// part of the plan.
    pub fn undo(&self) -> Undone {
        let subject = self.undo_label.get_untracked().and_then(|(_, subject)| subject);
        let undone = self.tab.try_update_untracked(|tab| tab.undo(&LocalStore));
        let undone = undone.unwrap_or(Undone::Nothing);
        match &undone {
            Undone::Done { made, .. } => self.changed(made),
            Undone::Refused { label, .. } => {
                self.notice.set(Some(Notice::UndoRefused(*label, subject)));
                self.follow_tab();
            }
            Undone::Nothing => self.follow_tab(),
        }
        undone
    }

    /// Erases everything stored; the plan on screen starts afresh (only me). Other
    /// tabs find the plan gone and do the same.
    pub fn erase(&self) -> Result<(), plateful_core::sync::StoreError> {
        let erased = self.tab.try_update_untracked(|tab| tab.erase(&mut LocalStore));
        let erased = erased.unwrap_or(Ok(()));
        if erased.is_ok() {
            self.everything_changed();
        }
        erased
    }

    /// The plan as a file to download.
    pub fn export(&self) -> String {
        self.tab.with_untracked(|tab| tab.export(platform::now()))
    }

    /// Makes a change and wakes what it touched.
    fn change(&self, change: Change) -> Result<Made, Refusal> {
        let (result, took) = self
            .tab
            .try_update_untracked(|tab| {
                let before = tab.revision();
                let result = tab.apply(change, &LocalStore);
                (result, tab.revision() != before)
            })
            .unwrap_or((Err(Refusal::Domain(DomainError::OnlyOneMe)), false));
        let made = match result {
            Ok(made) => made,
            Err(refusal) => {
                // The change was weighed against another tab's newer plan, which the tab
                // took first: show that plan, or the screen would keep offering what
                // was just refused (an entry or a commitment removed elsewhere).
                if took {
                    self.everything_changed();
                }
                return Err(refusal);
            }
        };
        self.changed(&made);
        Ok(made)
    }

    fn changed(&self, made: &Made) {
        self.took(&made.synced);
        self.tab.notify();
        self.tab.with_untracked(|tab| match made.touched {
            Touched::One(id) => self.rows.refresh_one(id, tab.plan()),
            Touched::All => self.rows.refresh_all(tab.plan()),
        });
        self.follow_tab();
        self.save_soon();
    }

    /// Shows what taking storage brought: another tab's plan, an erase, lost changes.
    fn took(&self, synced: &Synced) {
        if !synced.lost.is_empty() {
            self.notice.set(Some(Notice::Lost(synced.lost.clone())));
        }
        if synced.erased || synced.new_lineage {
            self.notice.set(Some(Notice::ErasedElsewhere));
        }
    }

    /// After storage was read and maybe taken: everything may have changed.
    fn synced(&self, synced: Synced) {
        self.took(&synced);
        if synced.took || synced.erased {
            self.everything_changed();
        } else {
            self.follow_tab();
        }
    }

    fn everything_changed(&self) {
        self.tab.notify();
        self.tab.with_untracked(|tab| self.rows.refresh_all(tab.plan()));
        self.follow_tab();
    }

    /// Brings the language, the save state and Undo's label in line with the tab.
    fn follow_tab(&self) {
        let (language, health, label) = self.tab.with_untracked(|tab| {
            let label = tab
                .undo_label()
                .map(|label| (label, tab.undo_subject().map(|title| title.as_str().to_owned())));
            (tab.plan().settings.language, tab.health().clone(), label)
        });
        if self.language.get_untracked() != language {
            self.language.set(language);
        }
        if self.health.with_untracked(|old| old != &health) {
            self.health.set(health);
        }
        if self.undo_label.with_untracked(|old| old != &label) {
            self.undo_label.set(label);
        }
    }
}

fn domain(refusal: Refusal) -> DomainError {
    match refusal {
        Refusal::Domain(error) => error,
        // Only undo can conflict, and undo does not come through here.
        Refusal::Conflict(_) => DomainError::OnlyOneMe,
    }
}

/// Keeps the stored plan as a backup before it is replaced; a failure costs only the
/// backup (the plan itself is untouched, and Undo can bring it back).
fn storage_backup() {
    crate::storage::back_up().ok();
}

/// The store of the running app.
pub fn use_store() -> PlanStore {
    // The shell provides the store before it renders any view, and views are only ever
    // rendered inside the shell.
    expect_context::<PlanStore>()
}

/// Today's date, which changes at local midnight in a tab left open.
#[derive(Clone, Copy)]
pub struct Today(pub RwSignal<NaiveDate>);

impl Today {
    /// Today, tracked: what depends on it is computed again the next day.
    pub fn get(&self) -> NaiveDate {
        self.0.get()
    }
}

/// The assessment of the plan on today's date, recomputed when the plan or the day
/// changes.
#[derive(Clone, Copy)]
pub struct Assessed(pub Memo<plateful_core::Assessment>);

impl Assessed {
    pub fn new(store: PlanStore, today: Today) -> Self {
        Assessed(Memo::new(move |_| {
            let today = today.0.get();
            store.with(|plan| plateful_core::assess(plan, today))
        }))
    }
}

/// The assessment of the running app.
pub fn use_assessed() -> Assessed {
    // Provided by the shell together with the store.
    expect_context::<Assessed>()
}

/// Today, as the shell keeps it.
pub fn use_today() -> Today {
    // Provided by the shell together with the store.
    expect_context::<Today>()
}
