//! The only module that touches localStorage.
//!
//! The stored value is the plan file envelope of `plateful_core::format`, under
//! [`PLAN_KEY`]. Reading tells a first run (no value) from a value that cannot be read
//! (storage blocked) and from a value that is not a plan (corrupt): only the first may
//! lead to a write. A corrupt value is never overwritten by this module; it can only be
//! moved aside with [`set_aside`], which copies it under a key of its own first.

use gloo_storage::{LocalStorage, Storage as _};
use plateful_core::{format, Envelope, FormatError};
use wasm_bindgen::{JsCast, JsValue};

/// Where the plan lives.
pub const PLAN_KEY: &str = "plateful.plan";
/// Prefix of the keys under which unreadable values are kept.
pub const SET_ASIDE_PREFIX: &str = "plateful.plan.unreadable.";

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

/// Writes a plan file (see `plateful_core::format::write`). The caller decides whether writing is allowed at all (never over
/// a corrupt or unreadable value).
pub fn save(json: &str) -> Result<(), SaveError> {
    let storage = local_storage().map_err(SaveError::Unavailable)?;
    storage.set_item(PLAN_KEY, json).map_err(|error| classify(&error))
}

/// The raw stored value, exactly as it is (for tests and the recovery screen).
pub fn raw() -> Option<String> {
    local_storage().ok()?.get_item(PLAN_KEY).ok().flatten()
}

/// Copies an unreadable value under a key of its own, so that a fresh plan can be
/// started without losing it. Returns the key it was kept under.
pub fn set_aside(raw: &str, stamp: &str) -> Result<String, SaveError> {
    let storage = local_storage().map_err(SaveError::Unavailable)?;
    let key = format!("{SET_ASIDE_PREFIX}{stamp}");
    storage.set_item(&key, raw).map_err(|error| classify(&error))?;
    // Check the copy before anyone overwrites the original.
    match storage.get_item(&key) {
        Ok(Some(copy)) if copy == raw => Ok(key),
        _ => Err(SaveError::Refused("the copy could not be read back".to_owned())),
    }
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
