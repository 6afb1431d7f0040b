//! The outside world the core may not see: the clock and randomness.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use plateful_core::{CommitmentId, PersonId};

/// Today in the user's time zone: due dates and weeks are the user's calendar days.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        // The browser's calendar fields always form a valid date.
        .unwrap_or_default()
}

/// The current instant, for `created_at`, `updated_at` and `saved_at`.
pub fn now() -> DateTime<Utc> {
    let millis = js_sys::Date::now() as i64;
    DateTime::from_timestamp_millis(millis).unwrap_or_default()
}

/// The current instant in UTC as it names a copy set aside: `20261124T170512Z`, so that
/// names sort by time. Written by hand: chrono's `format` would link its strftime parser.
pub fn stamp() -> String {
    let now = now();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.year(),
        now.month(),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    )
}

/// 16 random bytes from the browser's cryptographic generator. Where it is missing
/// (very old browsers), `Math.random` still gives ids that do not collide in practice.
fn random_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    let crypto = web_sys::window().and_then(|window| window.crypto().ok());
    let filled =
        crypto.is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}

pub fn new_commitment_id() -> CommitmentId {
    CommitmentId::from_random_bytes(random_bytes())
}

pub fn new_review_id() -> plateful_core::ReviewId {
    plateful_core::ReviewId::from_random_bytes(random_bytes())
}

/// A name for this page in the cross-tab protocol, new at every load.
pub fn new_tab_id() -> plateful_core::sync::TabId {
    plateful_core::sync::TabId::from_random_bytes(random_bytes())
}

/// The time and fresh randomness the cross-tab protocol needs for a write.
pub fn moment() -> plateful_core::sync::Moment {
    plateful_core::sync::Moment { now: now(), random: random_bytes() }
}

/// Minutes to add to UTC to get the user's local time at `at` (summer time included).
pub fn utc_offset_minutes(at: DateTime<Utc>) -> i64 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.timestamp_millis() as f64));
    -(date.get_timezone_offset() as i64)
}

/// Milliseconds from now to the next local midnight (at least one).
pub fn until_midnight() -> f64 {
    let now = js_sys::Date::new_0();
    let midnight = js_sys::Date::new_with_year_month_day(
        now.get_full_year(),
        now.get_month() as i32,
        now.get_date() as i32 + 1,
    );
    (midnight.get_time() - now.get_time()).max(1.0)
}

pub fn new_person_id() -> PersonId {
    PersonId::from_random_bytes(random_bytes())
}

/// French when the browser prefers it, English otherwise.
pub fn browser_language() -> plateful_core::Language {
    let preferred =
        web_sys::window().and_then(|window| window.navigator().language()).unwrap_or_default();
    if preferred.to_ascii_lowercase().starts_with("fr") {
        plateful_core::Language::Fr
    } else {
        plateful_core::Language::En
    }
}
