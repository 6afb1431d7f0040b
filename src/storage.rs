//! The only module that touches localStorage.
//!
//! The stored value is the plan file envelope of `plateful_core::format`, under
//! [`PLAN_KEY`]; the revision key [`REVISION_KEY`] says which write it is (revision and
//! writer) without reading the plan. [`LocalStore`] gives the cross-tab protocol of
//! `plateful_core::sync` what it needs; everything else here (backups, setting aside an
//! unreadable value, the review under way, the storage estimate) is plain reads and
//! writes. A corrupt value is never overwritten by this module; it can only be copied
//! aside with [`set_aside`]. Backups keep two earlier generations and never take an
//! empty or invalid plan.

// This module is where localStorage is allowed (clippy.toml refuses it everywhere else).
#![allow(clippy::disallowed_methods)]

use gloo_storage::{LocalStorage, Storage as _};
use plateful_core::sync::{Store, StoreError};
use plateful_core::{format, Envelope, FormatError, ReviewDraft};
use wasm_bindgen::{JsCast, JsValue};

/// Where the plan lives.
pub const PLAN_KEY: &str = "plateful.plan";
/// Which write the stored plan is, written after it.
pub const REVISION_KEY: &str = "plateful.plan.revision";
/// Earlier generations of the plan, newest first.
pub const BACKUP_KEYS: [&str; 2] = ["plateful.plan.backup.1", "plateful.plan.backup.2"];
/// Prefix of the keys under which unreadable values are kept.
pub const SET_ASIDE_PREFIX: &str = "plateful.plan.unreadable.";
/// Prefix of the keys under which a page being closed leaves its last changes.
pub const JOURNAL_PREFIX: &str = "plateful.journal.";
/// The weekly review under way, if any (see `plateful_core::weekly_review`).
pub const REVIEW_KEY: &str = "plateful.review";
/// Prefix of the keys under which unreadable review drafts are kept rather than lost.
pub const REVIEW_SET_ASIDE_PREFIX: &str = "plateful.review.unreadable.";
/// Every key of this app starts with this.
const PREFIX: &str = "plateful.";

/// The browser's localStorage, or why there is none. gloo-storage's `raw()` would
/// panic in that case, so availability is asked of web-sys first.
fn local_storage() -> Result<web_sys::Storage, StoreError> {
    let window = web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err(StoreError::Unavailable("the browser provides no localStorage".into())),
        Err(error) => Err(StoreError::Unavailable(describe(&error))),
    }
}

/// localStorage as the cross-tab protocol sees it.
pub struct LocalStore;

impl LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        local_storage()?.get_item(key).map_err(|error| StoreError::Unavailable(describe(&error)))
    }

    fn keys(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        let storage = local_storage()?;
        let length = storage.length().map_err(|error| classify(&error))?;
        Ok((0..length)
            .filter_map(|index| storage.key(index).ok().flatten())
            .filter(|key| key.starts_with(prefix))
            .collect())
    }
}

impl Store for LocalStore {
    fn revision(&self) -> Result<Option<String>, StoreError> {
        self.get(REVISION_KEY)
    }

    fn plan(&self) -> Result<Option<String>, StoreError> {
        self.get(PLAN_KEY)
    }

    fn write(&mut self, plan: &str, revision: &str) -> Result<(), StoreError> {
        let storage = local_storage()?;
        storage.set_item(PLAN_KEY, plan).map_err(|error| classify(&error))?;
        storage.set_item(REVISION_KEY, revision).map_err(|error| classify(&error))
    }

    fn erase(&mut self) -> Result<(), StoreError> {
        let storage = local_storage()?;
        // The plan first: a tab that reads in between finds it erased, not half so.
        storage.remove_item(PLAN_KEY).map_err(|error| classify(&error))?;
        for key in self.keys(PREFIX)? {
            storage.remove_item(&key).map_err(|error| classify(&error))?;
        }
        Ok(())
    }

    fn journals(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut found = Vec::new();
        for key in self.keys(JOURNAL_PREFIX)? {
            if let Some(text) = self.get(&key)? {
                found.push((key[JOURNAL_PREFIX.len()..].to_owned(), text));
            }
        }
        Ok(found)
    }

    fn write_journal(&mut self, name: &str, text: &str) -> Result<(), StoreError> {
        let storage = local_storage()?;
        storage.set_item(&format!("{JOURNAL_PREFIX}{name}"), text).map_err(|error| classify(&error))
    }

    fn remove_journal(&mut self, name: &str) -> Result<(), StoreError> {
        let storage = local_storage()?;
        storage.remove_item(&format!("{JOURNAL_PREFIX}{name}")).map_err(|error| classify(&error))
    }
}

/// Copies an unreadable value under a key of its own, reads the copy back, and only
/// then removes it from the plan's key, so that a fresh plan can be started without
/// losing it. Returns the key it was kept under.
pub fn set_aside(raw: &str, stamp: &str) -> Result<String, StoreError> {
    let key = keep_copy(&format!("{SET_ASIDE_PREFIX}{stamp}"), raw)?;
    let storage = local_storage()?;
    storage.remove_item(PLAN_KEY).map_err(|error| classify(&error))?;
    storage.remove_item(REVISION_KEY).map_err(|error| classify(&error))?;
    Ok(key)
}

/// Writes `raw` under `key` and reads it back. Returns the key.
fn keep_copy(key: &str, raw: &str) -> Result<String, StoreError> {
    let storage = local_storage()?;
    let key = key.to_owned();
    storage.set_item(&key, raw).map_err(|error| classify(&error))?;
    // Check the copy before anyone overwrites the original.
    match storage.get_item(&key) {
        Ok(Some(copy)) if copy == raw => Ok(key),
        _ => Err(StoreError::Refused("the copy could not be read back".to_owned())),
    }
}

/// Keeps the stored plan as the newest backup (the previous newest becomes the older
/// one), if it is a valid plan with at least one commitment and differs from the newest
/// backup. Returns whether a backup was written.
pub fn back_up() -> Result<bool, StoreError> {
    let storage = local_storage()?;
    let Ok(Some(current)) = storage.get_item(PLAN_KEY) else {
        return Ok(false);
    };
    // The cheap check first: at start-up the plan is usually the one already kept, and
    // parsing a large plan a second time would slow every opening.
    let newest = storage.get_item(BACKUP_KEYS[0]).ok().flatten();
    if newest.as_deref() == Some(current.as_str()) {
        return Ok(false);
    }
    let worth_keeping =
        format::parse(&current).is_ok_and(|envelope| !envelope.plan.commitments.is_empty());
    if !worth_keeping {
        return Ok(false);
    }
    if let Some(newest) = newest {
        storage.set_item(BACKUP_KEYS[1], &newest).map_err(|error| classify(&error))?;
    }
    storage.set_item(BACKUP_KEYS[0], &current).map_err(|error| classify(&error))?;
    Ok(true)
}

/// The backups that exist, newest first, each as it reads.
pub fn backups() -> Vec<Result<Envelope, FormatError>> {
    let Ok(storage) = local_storage() else {
        return Vec::new();
    };
    BACKUP_KEYS
        .iter()
        .filter_map(|key| Some(format::parse(&storage.get_item(key).ok().flatten()?)))
        .collect()
}

/// Removes every key of this app: the plan, its backups and unreadable copies.
pub fn erase_all() -> Result<(), StoreError> {
    LocalStore.erase()
}

/// What storage holds of a review under way.
#[derive(Clone, Debug, PartialEq)]
pub enum StoredReview {
    None,
    Draft(Box<ReviewDraft>),
    /// A value is there but is not a draft this build reads. It was copied under the
    /// key given (read back, then removed from [`REVIEW_KEY`]), so that a new review
    /// loses nothing; or, when the copy failed, it is still under [`REVIEW_KEY`] and
    /// nothing may be written there.
    Unreadable {
        reason: String,
        kept_under: Option<String>,
    },
}

/// Reads the review under way; an unreadable one is set aside under a key of its own,
/// stamped with `stamp`.
pub fn load_review(stamp: &str) -> StoredReview {
    let Ok(storage) = local_storage() else {
        return StoredReview::None;
    };
    let Ok(Some(raw)) = storage.get_item(REVIEW_KEY) else {
        return StoredReview::None;
    };
    match serde_json::from_str::<ReviewDraft>(&raw) {
        Ok(draft) => StoredReview::Draft(Box::new(draft)),
        Err(error) => {
            let kept_under = keep_copy(&format!("{REVIEW_SET_ASIDE_PREFIX}{stamp}"), &raw)
                .ok()
                .filter(|_| storage.remove_item(REVIEW_KEY).is_ok());
            StoredReview::Unreadable { reason: error.to_string(), kept_under }
        }
    }
}

/// Writes the review under way, or removes it once finished or abandoned.
pub fn save_review(draft: Option<&ReviewDraft>) -> Result<(), StoreError> {
    let storage = local_storage()?;
    match draft {
        Some(draft) => {
            let json = serde_json::to_string(draft)
                .map_err(|error| StoreError::Refused(error.to_string()))?;
            storage.set_item(REVIEW_KEY, &json).map_err(|error| classify(&error))
        }
        None => storage.remove_item(REVIEW_KEY).map_err(|error| classify(&error)),
    }
}

/// Origin storage used and allowed, in bytes, as the browser estimates them.
pub async fn estimate() -> Option<(f64, f64)> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.estimate().ok()?;
    let estimate = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let field = |name: &str| js_sys::Reflect::get(&estimate, &name.into()).ok()?.as_f64();
    Some((field("usage")?, field("quota")?))
}

/// Asks the browser not to evict this origin's storage under pressure. Returns whether
/// it is persistent.
pub async fn request_persistence() -> bool {
    let Some(manager) = web_sys::window().map(|window| window.navigator().storage()) else {
        return false;
    };
    let Ok(promise) = manager.persist() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()
        .and_then(|value| value.as_bool())
        .unwrap_or(false)
}

fn classify(error: &JsValue) -> StoreError {
    let name = error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.name()))
        .unwrap_or_default();
    // Browsers name it differently; Firefox used NS_ERROR_DOM_QUOTA_REACHED.
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StoreError::Full
    } else {
        StoreError::Refused(describe(error))
    }
}

fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(error) => format!("{}: {}", String::from(error.name()), String::from(error.message())),
        None => error.as_string().unwrap_or_else(|| "unknown error".to_owned()),
    }
}
