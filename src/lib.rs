//! The Plateful app: the imperative shell around `plateful_core`.
//!
//! It owns everything the core may not touch: localStorage (`storage`), the clock and
//! random ids (`platform`), files (`files`), the DOM (the views) and the wording
//! (`i18n`, `fmt`).

mod app;
mod components;
mod files;
pub mod fmt;
mod i18n;
pub mod locks;
mod platform;
mod pwa;
mod sentences;
mod starter;
mod state;
pub mod storage;
#[doc(hidden)]
pub mod testing;
mod views;

/// Mounts the app on the page.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
    // The app or the recovery screen is on the page now, built in the mount above.
    platform::remove_splash();
}
