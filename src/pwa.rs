//! The service worker: registration, and the "Update available" flow. The worker itself
//! is `pwa/sw.js`, completed at build time by `scripts/pwa-postbuild.mjs`.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// Set when the user asked for the new version: only then does a change of
    /// controller reload the page (the very first install also changes it).
    static UPDATING: Cell<bool> = const { Cell::new(false) };
}

/// Whether a new version is installed and waiting for the user's click.
#[derive(Clone, Copy)]
pub struct UpdateReady(pub RwSignal<bool>);

/// Registers the service worker and watches for a new version. Does nothing where
/// service workers are not available.
pub fn register(ready: UpdateReady) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let on_controller = Closure::<dyn FnMut()>::new(move || {
        if UPDATING.with(Cell::get) {
            if let Some(window) = web_sys::window() {
                window.location().reload().ok();
            }
        }
    });
    container
        .add_event_listener_with_callback(
            "controllerchange",
            on_controller.as_ref().unchecked_ref(),
        )
        .ok();
    // The listener lives as long as the page.
    on_controller.forget();

    leptos::task::spawn_local(async move {
        let Ok(registration) =
            wasm_bindgen_futures::JsFuture::from(container.register("/sw.js")).await
        else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        let controlled = move || {
            web_sys::window()
                .is_some_and(|window| window.navigator().service_worker().controller().is_some())
        };
        if registration.waiting().is_some() && controlled() {
            ready.0.set(true);
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && controlled() {
                    ready.0.set(true);
                }
            });
            installing
                .add_event_listener_with_callback("statechange", on_state.as_ref().unchecked_ref())
                .ok();
            on_state.forget();
        });
        registration
            .add_event_listener_with_callback("updatefound", on_found.as_ref().unchecked_ref())
            .ok();
        on_found.forget();
        REGISTRATION.with(|slot| *slot.borrow_mut() = Some(registration));
    });
}

/// Activates the waiting version; the page reloads into it once it takes control.
pub fn apply_update() {
    let waiting = REGISTRATION
        .with(|slot| slot.borrow().as_ref().and_then(ServiceWorkerRegistration::waiting));
    let Some(waiting) = waiting else {
        return;
    };
    UPDATING.with(|flag| flag.set(true));
    let message = js_sys::Object::new();
    js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into()).ok();
    waiting.post_message(&message).ok();
}
