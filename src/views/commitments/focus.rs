//! Where the keyboard's focus goes after a change to a commitment. A change of status
//! re-draws the row's controls (the button pressed is gone), and with the list showing
//! open work a finished row leaves the list: the focus returns to the row, or to the
//! row that took its place, never to the page's body.

use leptos::prelude::*;
use plateful_core::CommitmentId;
use wasm_bindgen::JsCast;

/// The list's rows in the order shown, provided by the list so that a row knows its
/// neighbours. Absent on a commitment's own page.
#[derive(Clone, Copy)]
pub struct ListOrder(pub Memo<Vec<CommitmentId>>);

/// The element id of a commitment's row (or of its controls on its page).
pub fn row_id(id: CommitmentId) -> String {
    format!("commitment-{id}")
}

/// The element id of a commitment's title, which describes its controls.
pub fn title_id(id: CommitmentId) -> String {
    format!("title-{id}")
}

/// Elements to give the focus to after a change, the first one still on the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Refocus(Vec<String>);

impl Refocus {
    /// For a change to `id`: its row; if the change takes it out of the list, the row
    /// after it, or before it; else `fallback` (the heading). Taken before the change,
    /// while the list still shows the row.
    pub fn around(id: CommitmentId, order: Option<ListOrder>, fallback: &str) -> Refocus {
        let mut candidates = vec![row_id(id)];
        if let Some(ListOrder(ids)) = order {
            ids.with_untracked(|ids| {
                if let Some(at) = ids.iter().position(|other| *other == id) {
                    candidates.extend(ids.get(at + 1).map(|next| row_id(*next)));
                    candidates.extend(at.checked_sub(1).map(|before| row_id(ids[before])));
                }
            });
        }
        candidates.push(fallback.to_owned());
        Refocus(candidates)
    }

    /// Just this element.
    pub fn to(id: impl Into<String>) -> Refocus {
        Refocus(vec![id.into()])
    }

    /// Moves the focus once the change is drawn (after the next frame).
    pub fn now(self) {
        request_animation_frame(move || {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
            let found = self.0.iter().find_map(|id| {
                document
                    .get_element_by_id(id)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            });
            if let Some(element) = found {
                element.focus().ok();
            }
        });
    }
}
