//! The Web Locks API: one tab at a time between reading the stored plan and writing it.
//!
//! localStorage has no compare-and-swap, and Chromium passes a tab's writes to the
//! others asynchronously: two tabs that each read revision 10 and then write would both
//! write 11, and one change would be gone. `navigator.locks.request` runs its callback
//! only while no other tab of the origin holds the lock of that name. Where the browser
//! has no Web Locks, the callback runs at once; the protocol still notices a write it
//! lost and applies its changes again (see `plateful_core::sync`).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The lock around every read-check-write of the plan.
pub const PLAN_LOCK: &str = "plateful.plan";

/// Runs `run` while holding the lock `name`, as soon as the browser grants it; at once
/// where there is no Web Locks API.
pub fn with_lock(name: &str, run: impl FnOnce() + 'static) {
    let slot = Rc::new(RefCell::new(Some(run)));
    let run_once = {
        let slot = Rc::clone(&slot);
        move || {
            if let Some(run) = slot.borrow_mut().take() {
                run();
            }
        }
    };
    let Some((locks, request)) = lock_manager() else {
        run_once();
        return;
    };
    let granted = run_once.clone();
    // The callback returns nothing (not a promise), so the lock is released as soon as
    // it returns: the work under it is synchronous.
    let callback = Closure::once_into_js(move |_lock: JsValue| granted());
    if request.call2(&locks, &JsValue::from_str(name), &callback).is_err() {
        run_once();
    }
}

/// `navigator.locks` and its `request`, where the browser has them.
fn lock_manager() -> Option<(JsValue, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = js_sys::Reflect::get(&locks, &JsValue::from_str("request")).ok()?;
    Some((locks, request.dyn_into::<js_sys::Function>().ok()?))
}
