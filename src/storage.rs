//! The only module that touches localStorage.
//!
//! The stored value is the plan file envelope of `plateful_core::format`, under
//! [`PLAN_KEY`]; its revision is repeated under [`REVISION_KEY`] so that a tab can tell,
//! without reading the whole plan, whether another tab saved since. Reading tells a
//! first run (no value) from a value that cannot be read (storage blocked) and from a
//! value that is not a plan (corrupt): only the first may lead to a write over it. A
//! corrupt value is never overwritten by this module; it can only be copied aside with
//! [`set_aside`]. Backups keep two earlier generations and never take an empty or
//! invalid plan.

use gloo_storage::{LocalStorage, Storage as _};
use plateful_core::{format, Envelope, FormatError, ReviewDraft};
use wasm_bindgen::{JsCast, JsValue};

/// Where the plan lives.
pub const PLAN_KEY: &str = "plateful.plan";
/// The revision of the stored plan, written after it.
pub const REVISION_KEY: &str = "plateful.plan.revision";
/// Earlier generations of the plan, newest first.
pub const BACKUP_KEYS: [&str; 2] = ["plateful.plan.backup.1", "plateful.plan.backup.2"];
/// Prefix of the keys under which unreadable values are kept.
pub const SET_ASIDE_PREFIX: &str = "plateful.plan.unreadable.";
/// The weekly review under way, if any (see `plateful_core::weekly_review`).
pub const REVIEW_KEY: &str = "plateful.review";
/// Prefix of the keys under which unreadable review drafts are kept rather than lost.
pub const REVIEW_SET_ASIDE_PREFIX: &str = "plateful.review.unreadable.";
/// Every key of this app starts with this.
const PREFIX: &str = "plateful.";

/// What storage held when the app started.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// No plan stored yet: a first visit, or storage was erased.
    FirstRun,
    Plan(Envelope),
    /// A value is there but is not a plan this build can open. It stays untouched.
    Corrupt {
        raw: String,
        error: FormatError,
    },
    /// Storage could not be read at all; the app must not write either.
    Unavailable {
        reason: String,
    },
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser gives no storage (blocked, some private modes).
    Unavailable(String),
    /// The origin's quota is used up.
    Full,
    /// The stored value turned unreadable since the app started: it is kept, not
    /// overwritten.
    StoredValueUnreadable,
    /// Any other refusal, with the browser's words.
    Refused(String),
}

/// The browser's localStorage, or why there is none. gloo-storage's `raw()` would
/// panic in that case, so availability is asked of web-sys first.
fn local_storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or_else(|| "no window".to_owned())?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err("the browser provides no localStorage".to_owned()),
        Err(error) => Err(describe(&error)),
    }
}

/// Reads the stored plan, if any, without changing anything.
pub fn load() -> Loaded {
    let storage = match local_storage() {
        Ok(storage) => storage,
        Err(reason) => return Loaded::Unavailable { reason },
    };
    match storage.get_item(PLAN_KEY) {
        Ok(None) => Loaded::FirstRun,
        Ok(Some(raw)) => match format::parse(&raw) {
            Ok(envelope) => Loaded::Plan(envelope),
            Err(error) => Loaded::Corrupt { raw, error },
        },
        Err(error) => Loaded::Unavailable { reason: describe(&error) },
    }
}

/// The revision of the stored plan, read from its small key; `None` when unknown.
pub fn stored_revision() -> Option<u64> {
    local_storage().ok()?.get_item(REVISION_KEY).ok()??.parse().ok()
}

/// Writes a plan file (see `plateful_core::format::write`) and its revision. The caller
/// decides whether writing is allowed at all (never over a corrupt or unreadable value).
pub fn save(json: &str, revision: u64) -> Result<(), SaveError> {
    let storage = local_storage().map_err(SaveError::Unavailable)?;
    storage.set_item(PLAN_KEY, json).map_err(|error| classify(&error))?;
    storage.set_item(REVISION_KEY, &revision.to_string()).map_err(|error| classify(&error))
}

/// The raw stored value, exactly as it is (for tests and the recovery screen).
pub fn raw() -> Option<String> {
    local_storage().ok()?.get_item(PLAN_KEY).ok().flatten()
}

/// Copies an unreadable value under a key of its own, so that a fresh plan can be
/// started without losing it. Returns the key it was kept under.
pub fn set_aside(raw: &str, stamp: &str) -> Result<String, SaveError> {
    keep_copy(&format!("{SET_ASIDE_PREFIX}{stamp}"), raw)
}

/// Writes `raw` under `key` and reads it back. Returns the key.
fn keep_copy(key: &str, raw: &str) -> Result<String, SaveError> {
    let storage = local_storage().map_err(SaveError::Unavailable)?;
    let key = key.to_owned();
    storage.set_item(&key, raw).map_err(|error| classify(&error))?;
    // Check the copy before anyone overwrites the original.
    match storage.get_item(&key) {
        Ok(Some(copy)) if copy == raw => Ok(key),
        _ => Err(SaveError::Refused("the copy could not be read back".to_owned())),
    }
}

/// Keeps the stored plan as the newest backup (the previous newest becomes the older
/// one), if it is a valid plan with at least one commitment and differs from the newest
/// backup. Returns whether a backup was written.
pub fn back_up() -> Result<bool, SaveError> {
    let storage = local_storage().map_err(SaveError::Unavailable)?;
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

/// A backup generation and what it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub key: &'static str,
    pub content: Result<Envelope, FormatError>,
}

/// The backups that exist, newest first.
pub fn backups() -> Vec<Backup> {
    let Ok(storage) = local_storage() else {
        return Vec::new();
    };
    BACKUP_KEYS
        .iter()
        .filter_map(|key| {
            let raw = storage.get_item(key).ok().flatten()?;
            Some(Backup { key, content: format::parse(&raw) })
        })
        .collect()
}

/// Removes every key of this app: the plan, its backups and unreadable copies.
pub fn erase_all() -> Result<(), SaveError> {
    let storage = local_storage().map_err(SaveError::Unavailable)?;
    let length = storage.length().map_err(|error| classify(&error))?;
    let keys: Vec<String> = (0..length)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(PREFIX))
        .collect();
    for key in keys {
        storage.remove_item(&key).map_err(|error| classify(&error))?;
    }
    Ok(())
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
pub fn save_review(draft: Option<&ReviewDraft>) -> Result<(), SaveError> {
    let storage = local_storage().map_err(SaveError::Unavailable)?;
    match draft {
        Some(draft) => {
            let json = serde_json::to_string(draft)
                .map_err(|error| SaveError::Refused(error.to_string()))?;
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

fn classify(error: &JsValue) -> SaveError {
    let name = error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.name()))
        .unwrap_or_default();
    // Browsers name it differently; Firefox used NS_ERROR_DOM_QUOTA_REACHED.
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        SaveError::Full
    } else {
        SaveError::Refused(describe(error))
    }
}

fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(error) => format!("{}: {}", String::from(error.name()), String::from(error.message())),
        None => error.as_string().unwrap_or_else(|| "unknown error".to_owned()),
    }
}
