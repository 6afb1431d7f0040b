//! The safety net: after a destructive action, a notice says what happened and offers
//! Undo for about ten seconds, reachable by keyboard (SPEC 3: every destructive action
//! can be undone).

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::components::page::use_announcer;
use crate::i18n::{tr, Msg};
use crate::state::use_store;

/// How long the notice stays.
const SHOWN_FOR: Duration = Duration::from_secs(10);

/// The notice of the running app.
#[derive(Clone, Copy, Default)]
pub struct Toast {
    /// What happened, and the notice's number (a newer notice replaces an older one,
    /// and an older timer must not close the newer).
    shown: RwSignal<Option<(u64, String)>>,
    count: StoredValue<u64>,
    /// What Undo does when it is not the plan's undo (a discarded review comes back).
    undo: StoredValue<Option<Arc<dyn Fn() + Send + Sync>>>,
}

impl Toast {
    /// Like [`Toast::done`], for what the plan's undo cannot take back: Undo runs
    /// `undo` instead (which says what it did).
    pub fn done_undoing(&self, text: impl Into<String>, undo: impl Fn() + Send + Sync + 'static) {
        self.done(text);
        self.undo.set_value(Some(Arc::new(undo)));
    }

    /// Says what a destructive action did ("Deleted “Budget”."), with Undo, and moves
    /// the focus to Undo so that the keyboard can take it back at once.
    pub fn done(&self, text: impl Into<String>) {
        let text = text.into();
        self.undo.set_value(None);
        use_announcer().say(text.clone());
        self.count.update_value(|count| *count += 1);
        let id = self.count.get_value();
        self.shown.set(Some((id, text)));
        let shown = self.shown;
        set_timeout(
            move || {
                if shown.with_untracked(|s| s.as_ref().is_some_and(|(current, _)| *current == id)) {
                    shown.set(None);
                }
            },
            SHOWN_FOR,
        );
        request_animation_frame(|| {
            let undo = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("toast-undo"));
            if let Some(undo) =
                undo.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                undo.focus().ok();
            }
        });
    }

    pub fn close(&self) {
        self.shown.set(None);
    }
}

/// The notice of the running app.
pub fn use_toast() -> Toast {
    // Provided by the shell around every view.
    expect_context::<Toast>()
}

/// The notice itself, once in the shell.
#[component]
pub fn ToastView() -> impl IntoView {
    let toast = use_toast();
    let store = use_store();
    let announcer = use_announcer();
    let undo = move |_| {
        toast.close();
        match toast.undo.get_value() {
            Some(undo) => undo(),
            None => {
                store.undo();
                announcer.say(tr(store.language().get_untracked(), Msg::Undone));
            }
        }
    };
    move || {
        let (_, text) = toast.shown.get()?;
        Some(view! {
            <div class="toast" data-testid="toast">
                <span>{text}</span>
                " "
                <button type="button" id="toast-undo" on:click=undo>{store.t(Msg::Undo)}</button>
                <button type="button" class="secondary" aria-label=store.t(Msg::Dismiss) on:click=move |_| toast.close()>"×"</button>
            </div>
        })
    }
}
