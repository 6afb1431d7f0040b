//! The rows of the list, drawn a window at a time (the core's `window::Window`): its
//! first rows, then the next step when an end of the window comes within sight or the
//! keyboard's focus nears it, or all on "Show all". The rows above the window are
//! stood in for by a space of their height (measured as they leave, estimated for rows
//! never drawn), so that the page does not move as the window slides. The window
//! outlives the view, so that coming back from a commitment's page finds the list as
//! it was, with the focus on the row that was opened.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use leptos::ev::{FocusEvent, MouseEvent};
use leptos::prelude::*;
use leptos_router::components::A;
use plateful_core::filter::Query;
use plateful_core::window::{Window, STEP};
use plateful_core::CommitmentId;
use wasm_bindgen::JsCast as _;

use super::focus::{row_id, Refocus};
use super::item::{CommitmentItem, LIST_HEADING};
use crate::i18n::Msg;
use crate::platform::InSight;
use crate::state::use_store;

/// How far beyond the screen an end of the drawn rows is when the next rows that way
/// are drawn: about a screen and a half, so that they are there before the reader
/// scrolls to them.
const AHEAD_PX: u32 = 1200;

/// A row's height, with the space after it, until some rows have been measured.
const ROW_PX: f64 = 120.0;

/// The list's window and the row last opened from it, kept for the app's lifetime
/// (provided by the app, read by the list).
#[derive(Clone, Copy)]
pub struct ListPlace {
    window: RwSignal<Window>,
    opened: StoredValue<Option<CommitmentId>>,
    /// Each row's height with the space after it, as measured when it left the window.
    heights: StoredValue<HashMap<CommitmentId, f64>>,
    /// The rows that hold what the reader has not saved, and what: the window keeps them.
    held: StoredValue<HashSet<(CommitmentId, &'static str)>>,
}

impl ListPlace {
    pub fn new() -> Self {
        ListPlace {
            window: RwSignal::new(Window::new(Query::default())),
            opened: StoredValue::new(None),
            heights: StoredValue::new(HashMap::new()),
            held: StoredValue::new(HashSet::new()),
        }
    }

    /// The places in `ids` of the rows held.
    fn held_in(&self, ids: &[CommitmentId]) -> Vec<usize> {
        self.held.with_value(|held| {
            let held: HashSet<CommitmentId> = held.iter().map(|(id, _)| *id).collect();
            ids.iter().enumerate().filter(|(_, id)| held.contains(id)).map(|(at, _)| at).collect()
        })
    }

    /// Measures the rows about to leave the top of the window (`leaving`, followed in
    /// the document by the row `next`): each from its top to the next row's.
    fn measure(&self, leaving: &[CommitmentId], next: CommitmentId) {
        let top = |id: CommitmentId| {
            let element = web_sys::window()?.document()?.get_element_by_id(&row_id(id))?;
            // Rows share their offset parent: the difference of two is their distance.
            Some(f64::from(element.dyn_into::<web_sys::HtmlElement>().ok()?.offset_top()))
        };
        let tops: Vec<Option<f64>> = leaving.iter().chain([&next]).map(|id| top(*id)).collect();
        self.heights.update_value(|heights| {
            for (id, pair) in leaving.iter().zip(tops.windows(2)) {
                if let [Some(from), Some(to)] = pair {
                    heights.insert(*id, to - from);
                }
            }
        });
    }

    /// The height the rows `above` take: as measured, or as the rows measured do on
    /// average.
    fn height_of(&self, above: &[CommitmentId]) -> f64 {
        self.heights.with_value(|heights| {
            let known = heights.len();
            let usual =
                if known == 0 { ROW_PX } else { heights.values().sum::<f64>() / known as f64 };
            above.iter().map(|id| heights.get(id).copied().unwrap_or(usual)).sum()
        })
    }
}

impl Default for ListPlace {
    fn default() -> Self {
        Self::new()
    }
}

/// A change of the window, as the core decides it: from the window, the list's query,
/// its length and the places of the rows held.
type Step<'a> = dyn Fn(&Window, &Query, usize, &[usize]) -> Option<Window> + 'a;

/// Keeps the row of `id` drawn while `holding` says it holds what the reader has not
/// saved (`what`: a form open, hours typed): the list's window does not drop it.
pub fn hold_row(
    id: CommitmentId,
    what: &'static str,
    holding: impl Fn() -> bool + Send + Sync + 'static,
) {
    let Some(place) = use_context::<ListPlace>() else { return };
    Effect::new(move |_| {
        let now = holding();
        place.held.update_value(|held| {
            if now {
                held.insert((id, what));
            } else {
                held.remove(&(id, what));
            }
        });
    });
    on_cleanup(move || {
        place.held.try_update_value(|held| held.remove(&(id, what)));
    });
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
    let rows: Memo<Range<usize>> = Memo::new(move |_| {
        let total = total.get();
        query.with(|query| window.with(|window| window.rows(query, total)))
    });
    let drawn = Memo::new(move |_| ids.with(|ids| ids[rows.get()].to_vec()));
    let above = Memo::new(move |_| {
        let start = rows.with(|rows| rows.start);
        ids.with(|ids| place.height_of(&ids[..start]))
    });
    // Every change of the window goes through the core: `step` says what it becomes.
    let change = move |step: &Step<'_>| {
        // An observer's or a frame's callback can come after the list has gone.
        let Some(total) = total.try_get_untracked() else { return };
        let Some(keep) = ids.try_with_untracked(|ids| place.held_in(ids)) else { return };
        let step = |w: &Window, query: &Query, total: usize| step(w, query, total, &keep);
        let next = query.try_with_untracked(|query| {
            window.with_untracked(|w| {
                step(w, query, total)
                    .map(|next| (w.rows(query, total), next.rows(query, total), next))
            })
        });
        let Some((before, after, next)) = next.flatten() else { return };
        // Rows leaving the top are measured first, for the space that stands in for them.
        if after.start > before.start {
            ids.with_untracked(|ids| {
                if let Some(next) = ids.get(after.start.min(before.end)) {
                    place.measure(&ids[before.start..after.start.min(before.end)], *next);
                }
            });
        }
        // Rows drawn again above the window are put in before the ones kept, which
        // the list moves in the document to do so: a moved row loses the focus, which
        // goes back to where it was.
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .filter(|element| element.closest("li.commitment").ok().flatten().is_some());
        window.set(next);
        if let Some(element) = focused.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            request_animation_frame(move || {
                let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
                // Lost, it fell to the page; moved on by the reader, it stays where it is.
                let body = document.body().map(web_sys::Element::from);
                let lost = document.active_element().is_none_or(|now| Some(now) == body);
                if lost && element.is_connected() {
                    element.focus().ok();
                }
            });
        }
    };

    // Back from a commitment's page opened from this list: its row is drawn and
    // takes the focus.
    if let Some(id) = place.opened.get_value() {
        place.opened.set_value(None);
        if let Some(index) = ids.with_untracked(|ids| ids.iter().position(|other| *other == id)) {
            change(&|w, query, total, keep| w.reveal(query, index, total, keep));
            Refocus::to(row_id(id)).now();
        }
    }

    let end = NodeRef::<leptos::html::Div>::new();
    let start = NodeRef::<leptos::html::Div>::new();
    // One watch each way; the space above is drawn anew when the list comes back from
    // empty, and its new watch replaces (and so stops) the old one.
    let in_sight = StoredValue::new_local([None::<InSight>, None]);
    Effect::new(move |_| {
        let Some(element) = end.get() else { return };
        let watch = InSight::watch(element.into(), 0, AHEAD_PX, move || {
            change(&|w, query, total, keep| w.more(query, total, keep));
        });
        in_sight.update_value(|[at_end, _]| *at_end = watch);
    });
    Effect::new(move |_| {
        let Some(element) = start.get() else { return };
        let watch = InSight::watch(element.into(), AHEAD_PX, 0, move || {
            change(&|w, query, total, keep| w.back(query, total, keep));
        });
        in_sight.update_value(|[_, at_start]| *at_start = watch);
    });
    // Once rows are drawn an end may still be within sight: look again.
    Effect::new(move |_| {
        rows.track();
        request_animation_frame(move || {
            // The list may have gone by the next frame.
            in_sight.try_with_value(|watches| watches.iter().flatten().for_each(InSight::again));
        });
    });

    let on_focus = move |event: FocusEvent| {
        let Some(id) = row_of(event.target()) else { return };
        let index = ids.try_with_untracked(|ids| ids.iter().position(|other| *other == id));
        let Some(index) = index.flatten() else { return };
        change(&|w, query, total, keep| w.focused(query, index, total, keep));
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
        let first_new = ids.with_untracked(|ids| ids.get(rows.get_untracked().end).copied());
        change(&|w, query, total, _| w.all(query, total));
        if let Some(id) = first_new {
            Refocus::to(row_id(id)).now();
        }
    };
    let show_more = move |_| {
        let first_new = ids.with_untracked(|ids| ids.get(rows.get_untracked().end).copied());
        change(&|w, query, total, keep| w.more(query, total, keep));
        if let Some(id) = first_new {
            Refocus::to(row_id(id)).now();
        }
    };
    let complete = move || rows.get() == (0..total.get());
    let at_end = move || rows.with(|rows| rows.end) >= total.get();
    view! {
        // "Show all" sits by the count: at the list's end it would move away from the
        // pointer as the rows it comes into sight with are drawn.
        <div class="list-head">
            <p class="muted list-count" aria-live="polite">
                {move || store.t(Msg::Shown { shown: rows.with(Range::len), total: total.get() })}
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
            <div class="list-above" node_ref=start aria-hidden="true"
                style:height=move || format!("{}px", above.get())></div>
            <ul class="commitments" aria-labelledby=LIST_HEADING on:focusin=on_focus on:click=on_click>
                <For each=move || drawn.get() key=|id| *id let:id>
                    <CommitmentItem id=id/>
                </For>
            </ul>
        </Show>
        <div class="list-end" node_ref=end aria-hidden="true"></div>
        // For the keyboard and for browsers that do not say when the end is in sight.
        <p class="list-more" hidden=at_end>
            <button type="button" class="secondary" on:click=show_more>
                {move || store.t(Msg::ShowMore { count: STEP.min(total.get().saturating_sub(rows.with(|rows| rows.end))) })}
            </button>
        </p>
    }
}
