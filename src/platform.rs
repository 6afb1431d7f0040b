//! The outside world the core may not see: the clock, randomness, and what the
//! browser sees of the page (an element coming into sight).

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

/// Takes the loading screen of `index.html` away, once the app has drawn its first
/// screen. (A style rule such as `body:has(.app-header) .splash` would do it without
/// code, but makes the browser check the whole page's style again at every change of
/// the document: with 2,500 rows in the list, 13 to 20 ms of style in each frame that
/// drew more, against 2 ms without the rule.)
pub fn remove_splash() {
    let splash = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".splash").ok().flatten());
    if let Some(splash) = splash {
        splash.remove();
    }
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

// The IntersectionObserver API, declared here rather than through web-sys's features:
// enabling a feature rebuilds web-sys and everything above it, for three methods.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type IntersectionObserver;
    #[wasm_bindgen(constructor, catch)]
    fn new(
        callback: &js_sys::Function,
        options: &js_sys::Object,
    ) -> Result<IntersectionObserver, wasm_bindgen::JsValue>;
    #[wasm_bindgen(method)]
    fn observe(this: &IntersectionObserver, target: &web_sys::Element);
    #[wasm_bindgen(method)]
    fn unobserve(this: &IntersectionObserver, target: &web_sys::Element);
    #[wasm_bindgen(method)]
    fn disconnect(this: &IntersectionObserver);

    type IntersectionObserverEntry;
    #[wasm_bindgen(method, getter, js_name = isIntersecting)]
    fn is_intersecting(this: &IntersectionObserverEntry) -> bool;
}

/// Tells when an element (an end of a long list's drawn rows) comes within some pixels
/// of the screen, so that what lies beyond it is drawn before the reader gets there.
/// Stops watching when dropped.
pub struct InSight {
    observer: IntersectionObserver,
    target: web_sys::Element,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl InSight {
    /// Calls `near` each time `target` comes within `above` pixels above the screen or
    /// `below` pixels below it (and once at the start if it is already). `None` where
    /// the browser has no IntersectionObserver: the list's own buttons then draw more.
    pub fn watch(
        target: web_sys::Element,
        above: u32,
        below: u32,
        mut near: impl FnMut() + 'static,
    ) -> Option<InSight> {
        use wasm_bindgen::JsCast;
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
            move |entries: js_sys::Array| {
                let seen = entries.iter().any(|entry| {
                    entry.unchecked_into::<IntersectionObserverEntry>().is_intersecting()
                });
                if seen {
                    near();
                }
            },
        );
        let options = js_sys::Object::new();
        let margin = wasm_bindgen::JsValue::from_str(&format!("{above}px 0px {below}px 0px"));
        js_sys::Reflect::set(&options, &"rootMargin".into(), &margin).ok()?;
        let observer =
            IntersectionObserver::new(callback.as_ref().unchecked_ref(), &options).ok()?;
        observer.observe(&target);
        Some(InSight { observer, target, _callback: callback })
    }

    /// Looks again: after what precedes the element grew, it may still be within
    /// sight, which the observer would not report again on its own (it reports changes).
    pub fn again(&self) {
        self.observer.unobserve(&self.target);
        self.observer.observe(&self.target);
    }
}

impl Drop for InSight {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
