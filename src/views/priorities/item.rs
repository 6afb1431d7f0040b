//! One commitment in the matrix: moved by the arrow keys as the matrix is laid out on
//! screen, by its "Move to" menu or by dragging; and, when a move takes more than its
//! flags, why it stayed and what would move it.

use leptos::prelude::*;
use plateful_core::priorities::{neighbour, plan_move, Direction, Layout, Move, Quadrant};
use plateful_core::{CommitmentId, DueKind};
use wasm_bindgen::JsCast;

use super::{item_id, Mover};
use crate::i18n::{tr, Msg};
use crate::state::use_store;

/// How the matrix is laid out right now: two by two when Do and Schedule sit side by
/// side, stacked otherwise. Read from the page, so the keys follow what is on screen
/// whatever the width or the zoom.
fn layout_on_screen() -> Layout {
    let top = |q: Quadrant| {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&super::quadrant_id(q)))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .map(|e| e.offset_top())
    };
    match (top(Quadrant::Do), top(Quadrant::Schedule)) {
        (Some(left), Some(right)) if left != right => Layout::Stacked,
        _ => Layout::Grid,
    }
}

fn direction(key: &str) -> Option<Direction> {
    Some(match key {
        "ArrowLeft" => Direction::Left,
        "ArrowRight" => Direction::Right,
        "ArrowUp" => Direction::Up,
        "ArrowDown" => Direction::Down,
        _ => return None,
    })
}

/// A commitment in its quadrant.
#[component]
pub(super) fn MatrixItem(
    id: CommitmentId,
    title: String,
    /// Its due date, if it has one.
    due: Option<chrono::NaiveDate>,
    /// Whether it is one of this week's big rocks.
    big_rock: bool,
    /// The quadrant it is shown in.
    at: Quadrant,
) -> impl IntoView {
    let store = use_store();
    let mover = expect_context::<Mover>();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        // Keys pressed in the item's menu or buttons are theirs.
        if ev.target() != ev.current_target() {
            return;
        }
        if ev.key() == "Escape" {
            mover.pending.set(None);
            return;
        }
        let to = direction(&ev.key()).and_then(|d| neighbour(at, d, layout_on_screen()));
        if let Some(to) = to {
            ev.prevent_default();
            mover.request(id, to);
        }
    };
    let on_menu = move |ev: leptos::ev::Event| {
        if let Some(to) = Quadrant::parse(&event_target_value(&ev)) {
            mover.request(id, to);
        }
        // Until the move happens, the menu says where the commitment is.
        if let Some(select) =
            ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            select.set_value(at.as_str());
        }
    };
    let problem = move || mover.problem.get().filter(|(at, _)| *at == id).map(|(_, text)| text);
    let menu_label = title.clone();
    view! {
        <li
            id=item_id(id)
            tabindex="0"
            draggable="true"
            class="matrix-item"
            data-id=id.to_string()
            aria-describedby="matrix-help"
            on:dragstart=move |_| mover.dragged.set(Some(id))
            on:keydown=on_key
        >
            <span class="matrix-title">{title}</span>
            <span class="matrix-badges">
                {due.map(|due| view! { <span class="badge">{move || store.t(Msg::DueOn(due))}</span> })}
                {big_rock.then(|| view! { <span class="badge big-rock">{move || store.t(Msg::BigRockBadge)}</span> })}
            </span>
            <select
                class="matrix-move"
                aria-label=move || store.t(Msg::MoveTitleTo(&menu_label))
                on:change=on_menu
            >
                {Quadrant::ALL.into_iter().map(|option| view! {
                    <option value=option.as_str() selected=option == at>{move || store.t(Msg::QuadrantName(option))}</option>
                }).collect_view()}
            </select>
            {move || mover.pending.get().filter(|(pending, _)| *pending == id).map(|(_, to)| view! { <MoveWhy id=id to=to/> })}
            {move || problem().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        </li>
    }
}

/// Why a move did not happen, and the one click that would make it happen.
#[component]
fn MoveWhy(
    id: CommitmentId,
    /// Where the commitment was asked to go.
    to: Quadrant,
) -> impl IntoView {
    let store = use_store();
    let mover = expect_context::<Mover>();
    let why = Memo::new(move |_| {
        let today = mover.today.get();
        store.with(|plan| {
            let commitment = plan.commitment(id)?;
            let step = plan_move(plan, commitment, to, today);
            Some((step, commitment.due, plan.settings.urgent_window_days))
        })
    });
    move || {
        let language = store.language().get();
        let (step, due, window_days) = why.get()?;
        let (earliest, off_big_rocks) = match step {
            // The plan changed since: nothing stands in the way any more.
            Move::Flags { .. } => return None,
            Move::NeedsLaterDue { earliest, off_big_rocks, .. } => {
                (Some(earliest), off_big_rocks.is_some())
            }
            Move::NeedsOffBigRocks { .. } => (None, true),
        };
        let urgent = due.filter(|_| earliest.is_some()).map(|due| {
            let hard = due.kind == DueKind::Hard;
            tr(language, Msg::MoveKeptUrgent { due: due.date, window_days, hard })
        });
        let important = off_big_rocks.then(|| tr(language, Msg::MoveKeptImportant));
        Some(view! {
            <div class="move-why" role="alert" data-testid="move-why">
                {urgent.map(|text| view! { <p>{text}</p> })}
                {important.map(|text| view! { <p>{text}</p> })}
                <div class="move-offer">
                    <button type="button" data-testid="move-offer" on:click=move |_| mover.carry_out(id, to, step)>
                        {tr(language, Msg::MoveOffer { due: earliest, off_big_rocks })}
                    </button>
                    <button type="button" class="secondary" on:click=move |_| mover.leave(id)>
                        {tr(language, Msg::MoveLeave)}
                    </button>
                </div>
            </div>
        })
    }
}
