//! The rows of the list, drawn a window at a time (the core's `window::Window`): its
//! first rows, then the next step when its end comes within sight or the keyboard's
//! focus nears its last drawn row, or all on "Show all". The window outlives the view,
//! so that coming back from a commitment's page finds the list as it was, with the
//! focus on the row that was opened.

use leptos::ev::{FocusEvent, MouseEvent};
use leptos::prelude::*;
use leptos_router::components::A;
use plateful_core::filter::Query;
use plateful_core::window::{Window, STEP};
use plateful_core::CommitmentId;
use wasm_bindgen::JsCast;

use super::focus::{row_id, Refocus};
use super::item::{CommitmentItem, LIST_HEADING};
use crate::i18n::Msg;
use crate::platform::InSight;
use crate::state::use_store;

/// How far below the screen the list's end is when the next rows are drawn: about a
/// screen and a half, so that they are there before the reader scrolls to them.
const AHEAD_PX: u32 = 1200;

/// The list's window and the row last opened from it, kept for the app's lifetime
/// (provided by the app, read by the list).
#[derive(Clone, Copy)]
pub struct ListPlace {
    window: RwSignal<Window>,
    opened: StoredValue<Option<CommitmentId>>,
}

impl ListPlace {
    pub fn new() -> Self {
        ListPlace {
            window: RwSignal::new(Window::new(Query::default())),
            opened: StoredValue::new(None),
        }
    }
}

impl Default for ListPlace {
    fn default() -> Self {
        Self::new()
    }
}

/// The commitment whose row holds `target` (an element inside a row), read from the
/// row's element id.
fn row_of(target: Option<web_sys::EventTarget>) -> Option<CommitmentId> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let row = element.closest("li.commitment").ok()??;
    row.id().strip_prefix("commitment-")?.parse().ok()
}

#[component]
pub fn CommitmentList(
    /// The list shown.
    query: Memo<Query>,
    /// Its commitments in order, every one, drawn or not.
    ids: Memo<Vec<CommitmentId>>,
) -> impl IntoView {
    let store = use_store();
    let any = Memo::new(move |_| store.with(|plan| !plan.commitments.is_empty()));
    let place = use_context::<ListPlace>().unwrap_or_default();
    let window = place.window;
    let total = Memo::new(move |_| ids.with(Vec::len));
    let rows = Memo::new(move |_| {
        let total = total.get();
        query.with(|query| window.with(|window| window.rows(query, total)))
    });
    let drawn = Memo::new(move |_| ids.with(|ids| ids[..rows.get().min(ids.len())].to_vec()));
    // Every change of the window goes through the core: `step` says what it becomes.
    let change = move |step: &dyn Fn(&Window, &Query, usize) -> Option<Window>| {
        // An observer's or a frame's callback can come after the list has gone.
        let Some(total) = total.try_get_untracked() else { return };
        let next =
            query.try_with_untracked(|query| window.with_untracked(|w| step(w, query, total)));
        if let Some(next) = next.flatten() {
            window.set(next);
        }
    };

    // Back from a commitment's page opened from this list: its row is drawn and
    // takes the focus.
    if let Some(id) = place.opened.get_value() {
        place.opened.set_value(None);
        if let Some(index) = ids.with_untracked(|ids| ids.iter().position(|other| *other == id)) {
            change(&|w, query, total| w.reveal(query, index, total));
            Refocus::to(row_id(id)).now();
        }
    }

    let end = NodeRef::<leptos::html::Div>::new();
    let in_sight = StoredValue::new_local(None::<InSight>);
    Effect::new(move |_| {
        let Some(element) = end.get() else { return };
        let watch = InSight::watch(element.into(), AHEAD_PX, move || {
            change(&|w, query, total| w.more(query, total));
        });
        in_sight.set_value(watch);
    });
    // Once more rows are drawn the end may still be within sight: look again.
    Effect::new(move |_| {
        rows.track();
        request_animation_frame(move || {
            // The list may have gone by the next frame.
            in_sight.try_with_value(|w| {
                if let Some(w) = w {
                    w.again();
                }
            });
        });
    });

    let on_focus = move |event: FocusEvent| {
        let Some(id) = row_of(event.target()) else { return };
        let index = ids.try_with_untracked(|ids| ids.iter().position(|other| *other == id));
        let Some(index) = index.flatten() else { return };
        change(&|w, query, total| w.focused(query, index, total));
    };
    let on_click = move |event: MouseEvent| {
        let Some(element) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if element.closest(".commitment-title a").ok().flatten().is_some() {
            place.opened.set_value(row_of(event.target()));
        }
    };
    let show_all = move |_| {
        // The first row not drawn yet takes the focus from the button, which goes.
        let first_new = ids.with_untracked(|ids| ids.get(rows.get_untracked()).copied());
        change(&|w, query, total| w.all(query, total));
        if let Some(id) = first_new {
            Refocus::to(row_id(id)).now();
        }
    };
    let show_more = move |_| {
        let first_new = ids.with_untracked(|ids| ids.get(rows.get_untracked()).copied());
        change(&|w, query, total| w.more(query, total));
        if let Some(id) = first_new {
            Refocus::to(row_id(id)).now();
        }
    };
    let complete = move || rows.get() >= total.get();
    view! {
        // "Show all" sits by the count: at the list's end it would move away from the
        // pointer as the rows it comes into sight with are drawn.
        <div class="list-head">
            <p class="muted list-count" aria-live="polite">
                {move || store.t(Msg::Shown { shown: rows.get(), total: total.get() })}
            </p>
            <button type="button" class="secondary" hidden=complete on:click=show_all>
                {move || store.t(Msg::ShowAll { total: total.get() })}
            </button>
        </div>
        <Show
            when=move || total.get() != 0
            fallback=move || view! {
                <p class="muted empty">
                    {move || if any.get() { store.t(Msg::NoMatch) } else { store.t(Msg::Empty) }}
                    " "
                    <Show when=move || any.get()>
                        <A href="/commitments">{move || store.t(Msg::ShowOpenWork)}</A>
                    </Show>
                </p>
            }
        >
            <ul class="commitments" aria-labelledby=LIST_HEADING on:focusin=on_focus on:click=on_click>
                <For each=move || drawn.get() key=|id| *id let:id>
                    <CommitmentItem id=id/>
                </For>
            </ul>
        </Show>
        <div class="list-end" node_ref=end aria-hidden="true"></div>
        // For the keyboard and for browsers that do not say when the end is in sight.
        <p class="list-more" hidden=complete>
            <button type="button" class="secondary" on:click=show_more>
                {move || store.t(Msg::ShowMore { count: STEP.min(total.get().saturating_sub(rows.get())) })}
            </button>
        </p>
    }
}
