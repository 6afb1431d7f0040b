//! Keyboard shortcuts, never while typing in a field: `n` a new commitment, `/` search,
//! `g` then `t` `c` `p` `r` `m` to move between views, `?` lists them, and Ctrl+Z or
//! Cmd+Z undoes the last change.

use std::time::Duration;

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use crate::components::page::use_announcer;
use crate::i18n::{tr, Msg};
use crate::state::use_store;

/// How long after `g` the second key is awaited.
const CHORD: Duration = Duration::from_millis(1500);

/// Where `g` then a key goes.
fn destination(key: &str) -> Option<&'static str> {
    match key {
        "t" => Some("/"),
        "c" => Some("/commitments"),
        "p" => Some("/priorities"),
        "r" => Some("/review"),
        "m" => Some("/team"),
        "s" => Some("/settings"),
        "d" => Some("/data"),
        _ => None,
    }
}

/// Whether the key is typed into something (a field, a select, an editable element):
/// shortcuts leave those keys alone.
fn typing(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    let tag = target.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || target.get_attribute("contenteditable").is_some_and(|v| v != "false")
}

/// Focuses the first element `selector` finds, once the view that holds it is on
/// screen (a few frames after navigating).
pub fn focus_when_shown(selector: &'static str) {
    fn attempt(selector: &'static str, tries: u32) {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        match element {
            Some(element) => {
                element.focus().ok();
            }
            None if tries > 0 => request_animation_frame(move || attempt(selector, tries - 1)),
            None => {}
        }
    }
    request_animation_frame(move || attempt(selector, 30));
}

/// Takes back the last change and says what was taken back.
pub fn undo_and_say(store: crate::state::PlanStore, announcer: crate::components::page::Announcer) {
    let language = store.language().get_untracked();
    let label = store.undo_label();
    if let plateful_core::sync::Undone::Done { .. } = store.undo() {
        let said = match label {
            Some((label, subject)) => {
                tr(language, Msg::UndoWhat { label, subject: subject.as_deref() })
            }
            None => tr(language, Msg::Undone),
        };
        announcer.say(said);
    }
}

/// Listens to the keyboard for the whole app, and shows the list of shortcuts on `?`.
#[component]
pub fn Shortcuts() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let navigate = use_navigate();
    let open = RwSignal::new(false);
    let awaiting_g = StoredValue::new(false);
    let listener = window_event_listener(leptos::ev::keydown, move |event: KeyboardEvent| {
        let undo_keys = (event.ctrl_key() || event.meta_key()) && !event.shift_key();
        if undo_keys && event.key().eq_ignore_ascii_case("z") {
            if typing(&event) {
                return;
            }
            event.prevent_default();
            undo_and_say(store, announcer);
            return;
        }
        if event.ctrl_key() || event.meta_key() || event.alt_key() || typing(&event) {
            return;
        }
        let key = event.key();
        if awaiting_g.get_value() {
            awaiting_g.set_value(false);
            if let Some(path) = destination(&key) {
                event.prevent_default();
                navigate(path, NavigateOptions::default());
                focus_when_shown("#main");
            }
            return;
        }
        match key.as_str() {
            "g" => {
                awaiting_g.set_value(true);
                set_timeout(move || awaiting_g.set_value(false), CHORD);
            }
            "n" => {
                event.prevent_default();
                navigate("/commitments", NavigateOptions::default());
                focus_when_shown("#quick-add");
            }
            "/" => {
                event.prevent_default();
                navigate("/commitments", NavigateOptions::default());
                focus_when_shown("input[type=search]");
            }
            "?" => {
                event.prevent_default();
                open.set(true);
                focus_when_shown("#shortcuts-close");
            }
            "Escape" if open.get_untracked() => open.set(false),
            _ => {}
        }
    });
    on_cleanup(move || listener.remove());
    move || {
        open.get().then(|| {
            let rows = [
                ("n", Msg::ShortcutNew),
                ("/", Msg::ShortcutSearch),
                ("g t", Msg::NavToday),
                ("g c", Msg::NavCommitments),
                ("g p", Msg::NavPriorities),
                ("g r", Msg::ReviewNav),
                ("g m", Msg::NavTeam),
                ("Ctrl+Z", Msg::Undo),
                ("?", Msg::ShortcutHelp),
            ];
            view! {
                // A modal dialog keeps the focus: Close is its one control, so Tab stays on it.
                <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-heading" data-testid="shortcuts"
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Tab" { ev.prevent_default() }>
                    <h2 id="shortcuts-heading">{store.t(Msg::ShortcutsHeading)}</h2>
                    <dl class="shortcuts">
                        {rows.into_iter().map(|(keys, what)| view! { <dt><kbd>{keys}</kbd></dt><dd>{store.t(what)}</dd> }).collect_view()}
                    </dl>
                    <button type="button" id="shortcuts-close" on:click=move |_| open.set(false)>{store.t(Msg::Close)}</button>
                </div>
            }
        })
    }
}
