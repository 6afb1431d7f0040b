//! When the plan is written: right after the next frame (so that serialising a large
//! plan never delays what the user sees), under the Web Lock, and, as a page is hidden,
//! by leaving its unwritten changes under a key of its own.

use std::time::Duration;

use leptos::prelude::*;

use super::PlanStore;
use crate::locks::{with_lock, PLAN_LOCK};
use crate::platform;
use crate::storage::{self, LocalStore};

/// How long after opening the backup of the opened plan is kept.
const BACKUP_DELAY: Duration = Duration::from_millis(1500);

/// A page in the background gets no frames: this timer saves it all the same.
const BACKGROUND_SAVE: Duration = Duration::from_millis(100);

#[derive(Clone, Copy)]
pub(super) struct Saving {
    /// A save is scheduled and has not run yet.
    pending: StoredValue<bool>,
    /// The lock has been asked for and not yet granted.
    asked: StoredValue<bool>,
    /// The plan as opened still has to be kept as a backup, before anything is written.
    backup_pending: StoredValue<bool>,
}

impl Saving {
    pub(super) fn new() -> Self {
        Saving {
            pending: StoredValue::new(false),
            asked: StoredValue::new(false),
            backup_pending: StoredValue::new(false),
        }
    }
}

impl PlanStore {
    /// Saves right after the next frame is painted, and within 100 ms in any case.
    pub(super) fn save_soon(&self) {
        if self.saving.pending.get_value() {
            return;
        }
        self.saving.pending.set_value(true);
        let store = *self;
        request_animation_frame(move || set_timeout(move || store.save_locked(), Duration::ZERO));
        set_timeout(move || store.save_locked(), BACKGROUND_SAVE);
    }

    /// Asks for the lock and saves once it is granted: no other tab reads or writes
    /// the plan in between.
    pub fn save_locked(&self) {
        if self.saving.asked.get_value() {
            return;
        }
        self.saving.asked.set_value(true);
        let store = *self;
        with_lock(PLAN_LOCK, move || {
            store.saving.asked.set_value(false);
            store.saving.pending.set_value(false);
            store.save_now();
        });
    }

    /// Reads storage, takes what other tabs wrote, and writes this tab's plan. Only
    /// ever called under the lock.
    fn save_now(&self) {
        self.back_up_opened();
        let moment = platform::moment();
        let outcome = self.tab.try_update_untracked(|tab| tab.save(&mut LocalStore, moment));
        if let Some((synced, _saved)) = outcome {
            self.synced(synced);
        }
    }

    /// The page is being hidden or closed and cannot wait for the lock: its unwritten
    /// changes go under a key of its own, for the next save of any tab.
    pub fn hide(&self) {
        let left = self.tab.try_update_untracked(|tab| tab.hide(&mut LocalStore));
        if let Some(Err(error)) = left {
            // Storage is full or gone: the banner already says so, or will on the next
            // save; there is nothing else a closing page can do.
            leptos::logging::warn!("changes could not be left for the next page: {error:?}");
        }
    }

    /// Another tab wrote: take what is stored now.
    pub fn on_storage_event(&self) {
        let synced = self.tab.try_update_untracked(|tab| tab.on_storage_event(&LocalStore));
        if let Some(synced) = synced {
            self.synced(synced);
        }
    }

    /// Saves again if the last save failed and its changes still wait (storage
    /// changed, or the user asked to try again).
    pub fn retry_if_failing(&self) {
        if self.tab.with_untracked(|tab| tab.retries_when_storage_changes()) {
            self.save_soon();
        }
    }

    /// Keeps the stored plan as a backup a moment after opening (it reads, checks and
    /// writes the whole plan again, which would delay the first screen of a large plan;
    /// the first frame comes before the routed view, so waiting for it is not enough). A
    /// save that comes first keeps the backup before writing.
    pub fn back_up_soon(&self) {
        self.saving.backup_pending.set_value(true);
        let store = *self;
        set_timeout(move || store.back_up_opened(), BACKUP_DELAY);
    }

    /// The backup of the plan as opened, if it is still to be kept.
    fn back_up_opened(&self) {
        if self.saving.backup_pending.get_value() {
            self.saving.backup_pending.set_value(false);
            // A failure costs only the backup; the plan itself is untouched.
            storage::back_up().ok();
        }
    }

    /// Whether changes wait to be written.
    pub fn unsaved(&self) -> bool {
        self.tab.with_untracked(|tab| tab.unsaved())
    }
}
