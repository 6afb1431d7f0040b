//! One tab's plan and the protocol that keeps the tabs of one browser in step through
//! the stored plan, with the browser behind [`Store`].
//!
//! Every open tab holds the whole plan in memory, changes it, and writes it back to
//! storage; storage has no compare-and-swap, and another tab may write at any moment.
//! The protocol keeps every change accepted in any tab, exactly once:
//!
//! - Each change a tab accepts gets the next number of that tab (`seq`) and goes into
//!   its journal. The stored plan file carries, for each tab that wrote it, the number
//!   of that tab's last change it contains ([`SyncMeta::applied`]). A tab's changes
//!   are always in the stored plan as a prefix (1 to n), because a writer only ever
//!   adds its own changes to the plan it read.
//! - Before writing, a tab reads storage. If someone else wrote since the plan it holds
//!   was read, it takes the stored plan and applies on top of it its own changes that
//!   the stored plan lacks (numbers above its entry there), then writes. The shell does
//!   this read, check and write under an exclusive lock (Web Locks), so that two tabs
//!   never interleave them.
//! - A tab keeps its changes in the journal after writing them, until it sees a plan
//!   written by another tab that contains them. If its write was lost anyway (a write
//!   made without the lock, as when a page is being closed), the next plan it reads
//!   lacks them, and it applies them again: no accepted change is lost while the tab
//!   lives, and none is applied twice.
//! - A storage event (another tab wrote) makes a tab take the stored plan the same way,
//!   so every tab shows every change without acting.
//! - Erasing everything removes the plan; a tab that finds it gone starts afresh, and a
//!   plan started again after an erase has a new lineage: changes made on the erased plan
//!   are not carried over into it.
//! - Undo keeps its history when another tab's plan is taken: each step is a
//!   [`Patch`] that is put back only where the plan is still as that step left it.
//! - A stored value that cannot be read is never written over: the tab stops writing.
//!
//! Nothing here reads a clock or draws a random number: the time and fresh ids come in
//! a [`Moment`].

use std::collections::VecDeque;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::command::{Command, CommandKind, DomainError};
use crate::format::{self, FormatError, Layout};
use crate::ids::CommitmentId;
use crate::merge::{merge, MergeReport};
use crate::order;
use crate::person::{Person, Role};
use crate::plan::Plan;
use crate::text::Title;
use crate::undo::{Conflict, Patch};

macro_rules! sync_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub uuid::Uuid);

        impl $name {
            pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
                Self(uuid::Builder::from_random_bytes(bytes).into_uuid())
            }
        }
    };
}

sync_id!(
    /// One open page of the app (a new one at each load).
    TabId
);
sync_id!(
    /// One life of the stored plan, from a first run or an erase to the next erase.
    Lineage
);

impl Lineage {
    /// The lineage every tab gives a plan of the same origin (see `Tab::origin`).
    fn derived_from(origin: u64) -> Lineage {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&origin.to_le_bytes());
        bytes[8..].copy_from_slice(
            &origin.rotate_left(29).wrapping_mul(0x9e37_79b9_7f4a_7c15).to_le_bytes(),
        );
        Lineage::from_random_bytes(bytes)
    }
}

/// How many earlier changes Undo can put back.
pub const UNDO_DEPTH: usize = 20;
/// How many of its changes a tab keeps to apply again if a write of theirs is lost.
/// Losses happen within moments of a write; this bounds memory on long sessions.
pub const JOURNAL_LIMIT: usize = 500;
/// How many tabs the stored plan remembers. A tab is forgotten only after this many
/// other tabs wrote since its last write.
pub const WRITERS_LIMIT: usize = 64;

/// The browser's storage, narrowed to what the protocol needs.
pub trait Store {
    /// The small key that says which write the stored plan is, without reading it.
    fn revision(&self) -> Result<Option<String>, StoreError>;
    /// The stored plan file.
    fn plan(&self) -> Result<Option<String>, StoreError>;
    /// Writes the plan file, then the revision key.
    fn write(&mut self, plan: &str, revision: &str) -> Result<(), StoreError>;
    /// Removes everything the app keeps in storage.
    fn erase(&mut self) -> Result<(), StoreError>;
    /// The changes tabs left as their page was hidden: each key's name (as given to
    /// `write_journal`) and its [`LeftChanges`] as text.
    fn journals(&self) -> Result<Vec<(String, String)>, StoreError>;
    /// Leaves changes under a key of their own, named by [`Tab::hide`]: a key is
    /// written once and never changed, so removing one never removes newer changes.
    fn write_journal(&mut self, name: &str, text: &str) -> Result<(), StoreError>;
    fn remove_journal(&mut self, name: &str) -> Result<(), StoreError>;
}

/// The changes a tab had not written when its page was hidden. Writing the plan itself
/// then would race with another tab's write (a page being closed cannot wait for the
/// lock); this key is the tab's alone, and the next tab to save applies what the plan
/// lacks of it, exactly once, then removes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeftChanges {
    pub tab: TabId,
    pub lineage: Option<Lineage>,
    pub entries: Vec<LeftChange>,
}

/// One change in [`LeftChanges`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeftChange {
    pub seq: u64,
    pub change: Change,
}

/// Why storage did not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser gives no storage (blocked, some private modes), with its words.
    Unavailable(String),
    /// The origin's quota is used up.
    Full,
    /// Any other refusal, with the browser's words.
    Refused(String),
}

/// What the stored plan file records about the tabs that wrote it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncMeta {
    pub lineage: Option<Lineage>,
    pub writer: Option<TabId>,
    /// For each tab that wrote, the number of its last change the plan contains.
    #[serde(default)]
    pub applied: Vec<Applied>,
}

/// How much of one tab's work a stored plan contains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applied {
    pub tab: TabId,
    pub seq: u64,
    /// The revision of that tab's last write, to forget the tabs that wrote longest ago.
    pub revision: u64,
}

impl SyncMeta {
    fn seq_of(&self, tab: TabId) -> u64 {
        self.applied.iter().find(|a| a.tab == tab).map_or(0, |a| a.seq)
    }

    /// Records that the plan holds `tab`'s changes up to `seq`.
    fn record(&mut self, tab: TabId, seq: u64, revision: u64) {
        self.applied.retain(|a| a.tab != tab);
        self.applied.push(Applied { tab, seq, revision });
        if self.applied.len() > WRITERS_LIMIT {
            order::sort_by_key(&mut self.applied, |a| std::cmp::Reverse(a.revision));
            self.applied.truncate(WRITERS_LIMIT);
        }
        order::sort_by_key(&mut self.applied, |a| a.tab);
    }

    fn written_by(&self, tab: TabId, seq: u64, revision: u64, lineage: Lineage) -> SyncMeta {
        let mut meta = self.clone();
        meta.record(tab, seq, revision);
        meta.lineage = Some(lineage);
        meta.writer = Some(tab);
        meta
    }
}

/// The revision key's text: the revision and who wrote it, so that two writes of the
/// same revision by different tabs are told apart.
fn revision_key(revision: u64, writer: Option<TabId>) -> String {
    match writer {
        Some(writer) => format!("{revision} {}", writer.0),
        None => revision.to_string(),
    }
}

/// The time and fresh randomness of the moment a change or a save happens.
#[derive(Clone, Copy, Debug)]
pub struct Moment {
    pub now: DateTime<Utc>,
    /// Fresh random bytes, for a new lineage.
    pub random: [u8; 16],
}

/// A change a tab makes to its plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Change {
    Command(Command),
    /// Several commands, all or none (a relief plan applied at once).
    Batch(Vec<Command>),
    /// The plan replaced by another (an import, a restored backup).
    Replace(Box<Plan>),
    /// An imported plan merged in.
    Merge(Box<Plan>),
    /// An earlier change undone.
    Revert(Box<Patch>),
}

/// Why a change was not made. The plan is as it was.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    Domain(DomainError),
    /// Undo would throw away a change made since to the same part of the plan.
    Conflict(Conflict),
}

impl Change {
    /// Makes the change on `plan`, all of it or none of it.
    fn apply(&self, plan: &mut Plan) -> Result<Option<MergeReport>, Refusal> {
        match self {
            Change::Command(command) => {
                plan.apply(command.clone()).map_err(Refusal::Domain)?;
            }
            Change::Batch(commands) => {
                let mut changed = plan.clone();
                for command in commands {
                    changed.apply(command.clone()).map_err(Refusal::Domain)?;
                }
                *plan = changed;
            }
            Change::Replace(replacement) => *plan = (**replacement).clone(),
            Change::Merge(incoming) => {
                let (merged, report) = merge(plan, incoming);
                *plan = merged;
                return Ok(Some(report));
            }
            Change::Revert(patch) => patch.revert(plan).map_err(Refusal::Conflict)?,
        }
        Ok(None)
    }

    /// The one commitment the change touches, if it touches nothing else (cheap to
    /// keep for undo).
    fn only_commitment(&self) -> Option<CommitmentId> {
        match self {
            Change::Command(command) => command.changes_only(),
            _ => None,
        }
    }

    fn label(&self) -> Label {
        match self {
            Change::Command(command) => Label::Command(command.kind(), command.commitment()),
            // A batch of one (a quick add, say) is that command: "Undo adding …".
            Change::Batch(commands) => match commands.as_slice() {
                [command] => Label::Command(command.kind(), command.commitment()),
                _ => Label::Batch(commands.len()),
            },
            Change::Replace(_) => Label::Replace,
            Change::Merge(_) => Label::Merge,
            Change::Revert(_) => Label::Undo,
        }
    }
}

/// What a change was, for "Undo: …".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Command(CommandKind, Option<CommitmentId>),
    Batch(usize),
    Replace,
    Merge,
    Undo,
}

/// Which rows of the plan a change may have changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Touched {
    One(CommitmentId),
    All,
}

/// What applying closed tabs' changes did.
#[derive(Default)]
struct Folded {
    changed: bool,
    lost: Vec<(Label, Refusal)>,
    settled: Vec<String>,
    /// Numbers of this tab's own changes refused for good.
    refused: Vec<u64>,
}

/// What happened when a tab looked at storage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Synced {
    /// The plan on screen is now another tab's, with this tab's changes on top.
    pub took: bool,
    /// This tab's changes the newer plan refused (their commitment was deleted in
    /// another tab, say): they are gone, and the user should be told.
    pub lost: Vec<(Label, Refusal)>,
    /// Everything was erased in another tab.
    pub erased: bool,
    /// The plan was erased and started again in another tab: this tab's changes to
    /// the erased plan are gone with it.
    pub new_lineage: bool,
    /// The stored value turned unreadable: this tab stops writing.
    pub unreadable: bool,
}

/// A change made, and what else happened on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Made {
    pub touched: Touched,
    pub merged: Option<MergeReport>,
    /// Another tab's plan taken first, if one was.
    pub synced: Synced,
}

/// What Undo did.
#[derive(Clone, Debug, PartialEq)]
pub enum Undone {
    Nothing,
    Done {
        label: Label,
        made: Made,
    },
    /// The part it would put back changed since; the step is dropped.
    Refused {
        label: Label,
        refusal: Refusal,
    },
}

/// Why a tab is not writing.
#[derive(Clone, Debug, PartialEq)]
pub enum Stop {
    /// Storage could not be read at start; what is there is unknown.
    Unavailable(StoreError),
    /// The stored value turned into something this build cannot read.
    Unreadable(FormatError),
}

/// Whether the plan on screen is in storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Health {
    Saved,
    /// The last write failed; changes live in this page until one succeeds.
    Failing(StoreError),
    /// This tab does not write at all.
    Stopped(Stop),
}

/// A change the tab made, kept until another tab's write shows it is in storage.
#[derive(Clone, Debug)]
struct Entry {
    seq: u64,
    change: Change,
}

/// A step Undo can take back.
#[derive(Clone, Debug)]
struct UndoStep {
    patch: Patch,
    label: Label,
    /// The title of the commitment the change was about, as it was, so that "Undo"
    /// can name it even when the change deleted it.
    subject: Option<Title>,
}

/// What the plan this tab holds was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Base {
    revision: u64,
    writer: Option<TabId>,
}

/// A write prepared (storage read, other tabs' work taken), to be committed at once.
#[derive(Clone, Debug)]
pub struct Prepared {
    json: String,
    key: String,
    revision: u64,
    meta: SyncMeta,
    seq: u64,
    /// Left changes the write holds (or that belong to an erased plan): their keys go
    /// once it is written.
    settled: Vec<String>,
}

/// What a save did.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    /// Nothing waited to be written.
    Nothing,
    Wrote(u64),
    Failed(StoreError),
    /// The tab does not write.
    Stopped,
}

/// What opening found.
#[derive(Debug)]
pub enum Opening {
    Ready(Box<Tab>),
    /// A value is stored that is not a plan this build can open. Nothing may be written
    /// until it is set aside.
    Corrupt {
        raw: String,
        error: FormatError,
    },
}

/// One tab's plan and its place in the protocol.
#[derive(Clone, Debug)]
pub struct Tab {
    id: TabId,
    plan: Plan,
    lineage: Option<Lineage>,
    base: Option<Base>,
    /// What the plan read last says about the writers' work.
    meta: SyncMeta,
    seq: u64,
    /// The highest revision this tab has seen or written: its next write is above it,
    /// so that no two writes share a revision key.
    high: u64,
    /// A fingerprint of the stored text as this tab last read or wrote it: a stored
    /// value changed behind the revision key's back (made unreadable by something else
    /// on the origin, say) is noticed before anything is written over it.
    known: Option<u64>,
    /// What every tab holding this same plan agrees on, from which the plan gets its
    /// lineage at its first write when it has none: the fingerprint of the stored text
    /// it was read from (a plan written before lineages, or seeded), or, after an
    /// erase, one derived from the erased plan's lineage. Tabs racing to write such a
    /// plan first (a write can be missed by a tab reading right after it) then give it
    /// the same lineage, and none takes the other's write for an erase.
    origin: Option<u64>,
    journal: VecDeque<Entry>,
    /// Changes not yet written.
    unsaved: bool,
    undo: Vec<UndoStep>,
    health: Health,
}

impl Tab {
    /// Opens the stored plan. With nothing stored, `starter` is the plan, and it is
    /// to be saved at once so that a second tab opened now shares it (and its "me").
    pub fn open(id: TabId, store: &impl Store, starter: impl FnOnce() -> Plan) -> Opening {
        match store.plan() {
            Err(error) => Opening::Ready(Box::new(Tab::in_memory(id, starter(), error))),
            Ok(None) => {
                let mut tab = Tab::new(id, starter());
                tab.unsaved = true;
                Opening::Ready(Box::new(tab))
            }
            Ok(Some(raw)) => match format::parse(&raw) {
                Ok(envelope) => {
                    let meta = envelope.sync.unwrap_or_default();
                    let mut tab = Tab::new(id, Plan::new(me_of(&envelope.plan)));
                    let print = fingerprint(&raw);
                    if meta.lineage.is_none() {
                        tab.origin = Some(print);
                    }
                    tab.settle(envelope.plan, envelope.revision, meta);
                    tab.known = Some(print);
                    // What a tab closed before it could save is shown at once, and
                    // written by the first save.
                    let left = tab.fold(store);
                    tab.unsaved |= left.changed;
                    Opening::Ready(Box::new(tab))
                }
                Err(error) => Opening::Corrupt { raw, error },
            },
        }
    }

    /// A tab that never touches storage: what the app runs on when the browser gives
    /// none, and what views are mounted on alone.
    pub fn in_memory(id: TabId, plan: Plan, why: StoreError) -> Tab {
        let mut tab = Tab::new(id, plan);
        tab.health = Health::Stopped(Stop::Unavailable(why));
        tab
    }

    fn new(id: TabId, plan: Plan) -> Tab {
        Tab {
            id,
            plan,
            lineage: None,
            base: None,
            meta: SyncMeta::default(),
            seq: 0,
            high: 0,
            known: None,
            origin: None,
            journal: VecDeque::new(),
            unsaved: false,
            undo: Vec::new(),
            health: Health::Saved,
        }
    }

    pub fn id(&self) -> TabId {
        self.id
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn health(&self) -> &Health {
        &self.health
    }

    pub fn writable(&self) -> bool {
        !matches!(self.health, Health::Stopped(_))
    }

    /// Changes wait to be written.
    pub fn unsaved(&self) -> bool {
        self.unsaved
    }

    /// Whether storage changing (another tab wrote, erased or removed something) is
    /// reason to save again: the last write failed and its changes still wait. Space
    /// freed elsewhere is then used at once, not at the next change or reload.
    pub fn retries_when_storage_changes(&self) -> bool {
        matches!(self.health, Health::Failing(_)) && self.unsaved
    }

    /// The revision of the stored plan this tab's plan is based on (0 before any).
    pub fn revision(&self) -> u64 {
        self.base.map_or(0, |base| base.revision)
    }

    /// What Undo would take back, newest first.
    pub fn undo_label(&self) -> Option<Label> {
        self.undo.last().map(|step| step.label)
    }

    /// The title of the commitment Undo would take a change back on, if it is about one.
    pub fn undo_subject(&self) -> Option<&Title> {
        self.undo.last().and_then(|step| step.subject.as_ref())
    }

    /// The plan as a file to download (no storage bookkeeping in it).
    pub fn export(&self, now: DateTime<Utc>) -> String {
        format::write(&self.plan, now, self.revision(), Layout::Indented)
    }

    /// Takes another tab's newer plan if the revision key says one was written since.
    /// Cheap when nothing changed: only the small key is read.
    pub fn sync(&mut self, store: &impl Store) -> Synced {
        if !self.writable() {
            return Synced::default();
        }
        let Ok(stored) = store.revision() else {
            return Synced::default();
        };
        let known = self.base.map(|base| revision_key(base.revision, base.writer));
        if stored == known {
            return Synced::default();
        }
        self.take(store)
    }

    /// Another tab wrote (a storage event): takes what is stored now. Events come
    /// late and several writes may have happened since this one; what is stored now
    /// is what counts.
    pub fn on_storage_event(&mut self, store: &impl Store) -> Synced {
        if !self.writable() {
            return Synced::default();
        }
        self.take(store)
    }

    /// Reads the stored plan and takes it, with this tab's missing changes on top.
    fn take(&mut self, store: &impl Store) -> Synced {
        let mut synced = Synced::default();
        let raw = match store.plan() {
            Ok(raw) => raw,
            // Unreadable for now (storage blocked mid-session): keep going in memory;
            // the next write will say whether storage works.
            Err(_) => return synced,
        };
        let Some(raw) = raw else {
            if self.base.is_some() || self.lineage.is_some() {
                self.start_afresh();
                synced.erased = true;
            }
            return synced;
        };
        let print = fingerprint(&raw);
        if self.known == Some(print) {
            // What this tab read or wrote last: nothing to take.
            return synced;
        }
        let envelope = match format::parse(&raw) {
            Ok(envelope) => envelope,
            Err(error) => {
                self.health = Health::Stopped(Stop::Unreadable(error));
                synced.unreadable = true;
                return synced;
            }
        };
        self.known = Some(print);
        let meta = envelope.sync.clone().unwrap_or_default();
        if meta.lineage.is_none() && self.lineage.is_none() {
            self.origin = Some(print);
        }
        let same_write = self.base
            == Some(Base { revision: envelope.revision, writer: meta.writer })
            && self.meta == meta;
        if same_write {
            return synced;
        }
        if let (Some(mine), Some(theirs)) = (self.lineage, meta.lineage) {
            if mine != theirs {
                // Erased and started again elsewhere: what this tab did belongs to the
                // plan that was erased.
                self.journal.clear();
                self.undo.clear();
                self.unsaved = false;
                self.settle(envelope.plan, envelope.revision, meta);
                synced.took = true;
                synced.new_lineage = true;
                return synced;
            }
        }
        let included = meta.seq_of(self.id);
        if meta.writer.is_some_and(|writer| writer != self.id) {
            // Another tab built on these changes: they are safely in storage.
            self.journal.retain(|entry| entry.seq > included);
        }
        // What closed tabs left and what this tab has not written yet, together, so
        // that a change building on another tab's comes after it.
        let mut plan = envelope.plan;
        let mut meta = meta;
        let at = (self.high, self.seq);
        let mine: Vec<(u64, &Change)> = self
            .journal
            .iter()
            .filter(|entry| entry.seq > included)
            .map(|entry| (entry.seq, &entry.change))
            .collect();
        let folded = fold(store, self.id, self.lineage, at, &mut plan, &mut meta, mine);
        let replayed = folded.changed;
        let lost = folded.lost;
        self.journal.retain(|entry| !folded.refused.contains(&entry.seq));
        self.settle(plan, envelope.revision, meta);
        self.unsaved = replayed;
        synced.took = true;
        synced.lost = lost;
        synced
    }

    /// Holds `plan` as read from storage at `revision`, written as `meta` says.
    fn settle(&mut self, plan: Plan, revision: u64, meta: SyncMeta) {
        self.base = Some(Base { revision, writer: meta.writer });
        self.high = self.high.max(revision);
        self.lineage = meta.lineage.or(self.lineage);
        self.meta = meta;
        self.plan = plan;
    }

    /// Everything was erased: a plan with only me in it, not saved until a change.
    fn start_afresh(&mut self) {
        self.known = None;
        // Every tab that finds this plan erased starts the same new one.
        let erased = self.lineage.map_or_else(String::new, |lineage| lineage.0.to_string());
        self.origin = Some(fingerprint(&format!("erased {erased}")));
        let mut fresh = Plan::new(me_of(&self.plan));
        fresh.settings.language = self.plan.settings.language;
        fresh.settings.theme = self.plan.settings.theme;
        self.plan = fresh;
        self.lineage = None;
        self.base = None;
        self.meta = SyncMeta::default();
        self.journal.clear();
        self.undo.clear();
        self.unsaved = false;
    }

    /// Makes a change, taking another tab's newer plan first if there is one. On
    /// success the change waits to be saved and Undo can take it back.
    pub fn apply(&mut self, change: Change, store: &impl Store) -> Result<Made, Refusal> {
        let synced = self.sync(store);
        let about = match change.label() {
            Label::Command(_, id) => id,
            _ => None,
        };
        let title_of =
            |plan: &Plan| about.and_then(|id| plan.commitment(id)).map(|c| c.title.clone());
        let subject_before = title_of(&self.plan);
        let (patch, merged) = match change.only_commitment() {
            Some(id) => {
                let position = self.plan.commitment_index(id);
                let before = position.map(|index| self.plan.commitments[index].clone());
                let merged = change.apply(&mut self.plan)?;
                let after = self.plan.commitment(id).cloned();
                (Patch::of_commitment(id, position, before, after), merged)
            }
            None => {
                let before = self.plan.clone();
                let merged = change.apply(&mut self.plan)?;
                (Patch::between(&before, &self.plan), merged)
            }
        };
        let touched = if synced.took {
            Touched::All
        } else {
            patch.only_commitment().map_or(Touched::All, Touched::One)
        };
        if !matches!(change, Change::Revert(_)) {
            let subject = subject_before.or_else(|| title_of(&self.plan));
            self.undo.push(UndoStep { patch, label: change.label(), subject });
            if self.undo.len() > UNDO_DEPTH {
                self.undo.remove(0);
            }
        }
        self.record(change);
        Ok(Made { touched, merged, synced })
    }

    fn record(&mut self, change: Change) {
        self.seq += 1;
        if matches!(change, Change::Replace(_)) {
            // A replaced plan makes every change before it moot.
            self.journal.clear();
        }
        self.journal.push_back(Entry { seq: self.seq, change });
        while self.journal.len() > JOURNAL_LIMIT {
            self.journal.pop_front();
        }
        self.unsaved = true;
    }

    /// Takes back the last change, if the parts of the plan it changed are still as it
    /// left them. A step that conflicts with a change made since (in this tab or
    /// another) is dropped: it could never be taken back without losing that change.
    pub fn undo(&mut self, store: &impl Store) -> Undone {
        let synced = self.sync(store);
        let Some(step) = self.undo.pop() else {
            return Undone::Nothing;
        };
        let label = step.label;
        match self.apply(Change::Revert(Box::new(step.patch)), store) {
            Ok(mut made) => {
                if synced.took {
                    made.touched = Touched::All;
                    made.synced = Synced { took: true, ..synced };
                }
                Undone::Done { label, made }
            }
            Err(refusal) => Undone::Refused { label, refusal },
        }
    }

    /// Whether Undo has anything to take back.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Reads storage, takes another tab's work if it wrote since and what closed tabs
    /// left, and prepares the write of this tab's plan. Run with [`Tab::commit`] under
    /// the lock, with nothing in between.
    pub fn prepare(&mut self, store: &impl Store, moment: Moment) -> (Synced, Option<Prepared>) {
        if !self.writable() {
            return (Synced::default(), None);
        }
        let mut synced = self.sync(store);
        if !synced.took && self.writable() {
            // The revision key says nothing changed; the value itself must agree
            // before it is written over.
            synced = self.take(store);
        }
        let left = self.fold(store);
        synced.lost.extend(left.lost);
        self.unsaved |= left.changed;
        if !self.writable() || (!self.unsaved && left.settled.is_empty()) {
            return (synced, None);
        }
        let first = match self.origin {
            Some(origin) => Lineage::derived_from(origin),
            None => Lineage::from_random_bytes(moment.random),
        };
        let lineage = *self.lineage.get_or_insert(first);
        let revision = self.high.max(self.revision()) + 1;
        let meta = self.meta.written_by(self.id, self.seq, revision, lineage);
        let json = format::write_stored(&self.plan, moment.now, revision, &meta);
        let key = revision_key(revision, Some(self.id));
        let prepared = Prepared { json, key, revision, meta, seq: self.seq, settled: left.settled };
        (synced, Some(prepared))
    }

    /// Applies what closed tabs left that the plan lacks, and says which of their keys
    /// the plan now makes useless.
    fn fold(&mut self, store: &impl Store) -> Folded {
        let at = (self.high, self.seq);
        fold(store, self.id, self.lineage, at, &mut self.plan, &mut self.meta, Vec::new())
    }

    /// Writes what [`Tab::prepare`] prepared.
    pub fn commit(&mut self, prepared: Prepared, store: &mut impl Store) -> Saved {
        if !self.writable() {
            return Saved::Stopped;
        }
        match store.write(&prepared.json, &prepared.key) {
            Ok(()) => {
                self.base = Some(Base { revision: prepared.revision, writer: Some(self.id) });
                self.high = self.high.max(prepared.revision);
                self.known = Some(fingerprint(&prepared.json));
                self.meta = prepared.meta;
                self.unsaved = self.seq > prepared.seq;
                self.health = Health::Saved;
                // What they left is in the plan now; a key that stayed would only be
                // skipped again. A failure to remove one costs nothing but that.
                for name in prepared.settled {
                    store.remove_journal(&name).ok();
                }
                Saved::Wrote(prepared.revision)
            }
            Err(error) => {
                self.health = Health::Failing(error.clone());
                Saved::Failed(error)
            }
        }
    }

    /// Reads, checks and writes in one go: what the shell runs under the lock, and
    /// when the page is being hidden.
    pub fn save(&mut self, store: &mut impl Store, moment: Moment) -> (Synced, Saved) {
        let (synced, prepared) = self.prepare(store, moment);
        let saved = match prepared {
            Some(prepared) => self.commit(prepared, store),
            None if !self.writable() => Saved::Stopped,
            None => Saved::Nothing,
        };
        (synced, saved)
    }

    /// The page is being hidden or closed, and cannot wait for the lock: leaves the
    /// changes not yet written under this tab's own key, for the next save of any tab
    /// (or the next opening) to apply.
    pub fn hide(&mut self, store: &mut impl Store) -> Result<(), StoreError> {
        if !self.unsaved || !self.writable() {
            return Ok(());
        }
        let left = LeftChanges {
            tab: self.id,
            lineage: self.lineage,
            entries: self
                .journal
                .iter()
                .map(|entry| LeftChange { seq: entry.seq, change: entry.change.clone() })
                .collect(),
        };
        // Every value in a change is finite and every key a string: this cannot fail.
        let text = serde_json::to_string(&left).unwrap_or_default();
        store.write_journal(&format!("{}.{}", self.id.0, self.seq), &text)
    }

    /// Erases everything stored, then holds a plan with only me in it (not saved until
    /// the next change). Other tabs find the plan gone and start afresh too.
    pub fn erase(&mut self, store: &mut impl Store) -> Result<(), StoreError> {
        store.erase()?;
        self.start_afresh();
        if matches!(self.health, Health::Stopped(Stop::Unreadable(_)) | Health::Failing(_)) {
            self.health = Health::Saved;
        }
        Ok(())
    }
}

/// A fingerprint of a stored text (64-bit, word at a time): cheap enough to take on
/// every save of a large plan, where parsing it would not be.
fn fingerprint(text: &str) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let bytes = text.as_bytes();
    let mut hash = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        hash = (hash.rotate_left(5) ^ word).wrapping_mul(K);
    }
    for byte in chunks.remainder() {
        hash = (hash.rotate_left(5) ^ u64::from(*byte)).wrapping_mul(K);
    }
    hash
}

/// Applies to `plan` what closed tabs left that it lacks (by `meta`), then `mine` (this
/// tab's changes the plan lacks), and records the closed tabs' in `meta`. `at` is this
/// tab's highest revision and its last change: its own left changes are settled by its
/// next write.
fn fold(
    store: &impl Store,
    me: TabId,
    lineage: Option<Lineage>,
    (revision, seq): (u64, u64),
    plan: &mut Plan,
    meta: &mut SyncMeta,
    mine: Vec<(u64, &Change)>,
) -> Folded {
    let mut folded = Folded::default();
    let mut left_by: Vec<LeftChanges> = Vec::new();
    for (name, text) in store.journals().unwrap_or_default() {
        // A journal this build cannot read is left where it is.
        let Ok(left) = serde_json::from_str::<LeftChanges>(&text) else {
            continue;
        };
        if left.tab == me {
            if left.entries.iter().all(|entry| entry.seq <= seq) {
                folded.settled.push(name);
            }
            continue;
        }
        folded.settled.push(name);
        if let (Some(mine), Some(theirs)) = (lineage.or(meta.lineage), left.lineage) {
            if mine != theirs {
                // Left on a plan that was erased since.
                continue;
            }
        }
        left_by.push(left);
    }
    // A tab that hid twice left two keys, each with the changes it had not seen in a
    // plan written by another tab: their union, in order, is what that tab did.
    order::sort_by_key(&mut left_by, |left| left.tab);
    let mut merged: Vec<LeftChanges> = Vec::new();
    for left in left_by {
        match merged.last_mut() {
            Some(last) if last.tab == left.tab => {
                for entry in left.entries {
                    if !last.entries.iter().any(|known| known.seq == entry.seq) {
                        last.entries.push(entry);
                    }
                }
                order::sort_by_key(&mut last.entries, |entry| entry.seq);
            }
            _ => merged.push(left),
        }
    }
    let left_by = merged;
    let mut sources: Vec<Vec<(u64, &Change)>> = left_by
        .iter()
        .map(|left| {
            let included = meta.seq_of(left.tab);
            left.entries
                .iter()
                .filter(|entry| entry.seq > included)
                .map(|entry| (entry.seq, &entry.change))
                .collect()
        })
        .collect();
    sources.push(mine);
    let replayed = replay(plan, &sources);
    folded.changed = replayed.changed;
    for (source, last) in replayed.last.iter().enumerate() {
        if let (Some(left), Some(last)) = (left_by.get(source), last) {
            meta.record(left.tab, *last, revision);
        }
    }
    for (source, seq, label, refusal) in replayed.lost {
        if source == left_by.len() {
            folded.refused.push(seq);
        }
        folded.lost.push((label, refusal));
    }
    folded
}

/// What [`replay`] did.
struct Replayed {
    changed: bool,
    /// For each source, the number of its last change consumed (applied or lost).
    last: Vec<Option<u64>>,
    /// Changes refused for good: source, number, what, why.
    lost: Vec<(usize, u64, Label, Refusal)>,
}

/// Applies several tabs' changes, each tab's in its own order. Tabs are interleaved so
/// that a change building on another tab's (hours logged on a commitment another tab
/// added) comes after it: a refused change waits while the others go as far as they
/// can. When nothing can move, the first refused change is set aside rather than given
/// up, so that the changes after it go on; whatever is set aside is tried again each
/// time something moves, in its tab's order, and given up only when nothing else can
/// move at all. A change refused for good (hours on a commitment deleted since) then
/// never holds back another tab's change that was only waiting for its turn.
fn replay(plan: &mut Plan, sources: &[Vec<(u64, &Change)>]) -> Replayed {
    let mut cursor = vec![0usize; sources.len()];
    let mut aside: Vec<Vec<(u64, &Change)>> = vec![Vec::new(); sources.len()];
    let mut replayed =
        Replayed { changed: false, last: vec![None; sources.len()], lost: Vec::new() };
    loop {
        let mut moved = false;
        for (source, changes) in sources.iter().enumerate() {
            let before = aside[source].len();
            aside[source].retain(|(_, change)| change.apply(plan).is_err());
            moved |= aside[source].len() < before;
            while let Some((seq, change)) = changes.get(cursor[source]) {
                if change.apply(plan).is_err() {
                    break;
                }
                replayed.last[source] = Some(*seq);
                cursor[source] += 1;
                moved = true;
            }
        }
        replayed.changed |= moved;
        if moved {
            continue;
        }
        let stuck = (0..sources.len()).find(|source| cursor[*source] < sources[*source].len());
        if let Some(source) = stuck {
            // Nothing can move: the first refused change waits aside.
            let (seq, change) = sources[source][cursor[source]];
            aside[source].push((seq, change));
            replayed.last[source] = Some(seq);
            cursor[source] += 1;
            continue;
        }
        // Nothing can move and every change was tried: what waits is given up.
        for (source, waiting) in aside.iter().enumerate() {
            for (seq, change) in waiting {
                match change.apply(plan) {
                    Ok(_) => replayed.changed = true,
                    Err(refusal) => replayed.lost.push((source, *seq, change.label(), refusal)),
                }
            }
        }
        return replayed;
    }
}

/// The "me" of a plan started afresh after an erase: the same person, whom other tabs
/// know by id, under the name and with the capacity a first visit gives, so that the
/// welcome asks again (`first_run::is_first_run`): my answers were erased too.
fn me_of(plan: &Plan) -> Person {
    let id = plan.me().map_or(crate::ids::PersonId::from_random_bytes([0; 16]), |me| me.id);
    let name = crate::first_run::placeholder_name(plan.settings.language);
    // Both placeholder names are valid names; the fallback never runs.
    let name = crate::text::PersonName::parse(name).unwrap_or_else(|_| unreachable!());
    Person::new(id, name, Role::Me)
}
