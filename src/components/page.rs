//! What every page shares: its title in the browser tab ("Today · Plateful"), and a
//! live region that says what an action did, for those who cannot see it happen.

use std::str::FromStr;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use plateful_core::Language;

use crate::i18n::{tr, Msg};

/// Sets the document's title while the page is shown.
#[component]
pub fn PageTitle(
    /// The page's name, in the user's language.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    Effect::new(move |_| {
        let title = tr(Language::En, Msg::PageTitle(&text.get()));
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&title);
        }
    });
}

/// The page's `:id` in the address, read as a `T`; none when it does not read as one
/// (a mistyped or stale link), which the page says.
pub fn use_id<T>() -> Memo<Option<T>>
where
    T: FromStr + PartialEq + Send + Sync + 'static,
{
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse().ok())))
}

/// The live region's current words. Saying the same words twice still announces them:
/// each message has its own number.
#[derive(Clone, Copy, Default)]
pub struct Announcer(RwSignal<(u64, String)>);

impl Announcer {
    /// Says `text` to screen readers (politely, after what they are reading).
    pub fn say(&self, text: impl Into<String>) {
        let text = text.into();
        self.0.update(|(count, words)| {
            *count += 1;
            *words = text;
        });
    }
}

/// The announcer of the running app.
pub fn use_announcer() -> Announcer {
    // Provided by the shell around every view.
    expect_context::<Announcer>()
}

/// The live region itself, once in the shell.
#[component]
pub fn LiveRegion() -> impl IntoView {
    let announcer = use_announcer();
    view! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcement">
            {move || announcer.0.with(|(_, words)| words.clone())}
        </div>
    }
}
