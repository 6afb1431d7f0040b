//! Priorities: the Eisenhower matrix, two by two where it fits and stacked on a phone,
//! moved by keyboard (the arrows follow the layout on screen), by menu and by pointer;
//! a move either happens or says why and offers what would make it happen. Below it,
//! this week's big rocks (at most three).

mod item;

use leptos::prelude::*;
use plateful_core::priorities::{cells, matrix_quadrant, plan_move, week_of, Move, Quadrant};
use plateful_core::CommitmentId;

use crate::components::big_rocks::BigRocks;
use crate::components::page::{use_announcer, Announcer, PageTitle};
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::{use_store, use_today, PlanStore, Today};
use item::MatrixItem;

/// One commitment as the matrix shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Entry {
    id: CommitmentId,
    title: String,
    due: Option<chrono::NaiveDate>,
    big_rock: bool,
}

/// The matrix's moves and what it says about them: local to the page.
#[derive(Clone, Copy)]
struct Mover {
    store: PlanStore,
    today: Today,
    announcer: Announcer,
    /// A move that takes more than flags: the commitment and where it was asked to go.
    pending: RwSignal<Option<(CommitmentId, Quadrant)>>,
    /// A refused move, worded, shown next to its commitment.
    problem: RwSignal<Option<(CommitmentId, String)>>,
    /// What the pointer is dragging.
    dragged: RwSignal<Option<CommitmentId>>,
}

impl Mover {
    /// Moves `id` to `to` if its flags are enough; otherwise keeps it where it is and
    /// shows why, with what would move it.
    fn request(&self, id: CommitmentId, to: Quadrant) {
        self.problem.set(None);
        let today = self.today.0.get_untracked();
        let planned = self.store.with_untracked(|plan| {
            let commitment = plan.commitment(id)?;
            (matrix_quadrant(plan, commitment, today) != to)
                .then(|| plan_move(plan, commitment, to, today))
        });
        match planned {
            Some(step) if step.is_direct() => self.carry_out(id, to, step),
            Some(_) => self.pending.set(Some((id, to))),
            None => self.pending.set(None),
        }
    }

    /// Carries a move out as one change (one step of Undo), says what it did, and keeps
    /// the keyboard on the commitment in its new place.
    fn carry_out(&self, id: CommitmentId, to: Quadrant, step: Move) {
        let language = self.store.language().get_untracked();
        let (commands, title) = self.store.with_untracked(|plan| {
            let title = plan.commitment(id).map(|c| c.title.as_str().to_owned());
            (step.commands(plan, id, platform::now()), title.unwrap_or_default())
        });
        match self.store.dispatch_all(commands) {
            Ok(()) => {
                self.pending.set(None);
                let (due, off_big_rocks) = match step {
                    Move::Flags { .. } => (None, false),
                    Move::NeedsLaterDue { earliest, off_big_rocks, .. } => {
                        (Some(earliest), off_big_rocks.is_some())
                    }
                    Move::NeedsOffBigRocks { .. } => (None, true),
                };
                self.announcer
                    .say(tr(language, Msg::MatrixMoved { title: &title, to, due, off_big_rocks }));
                focus_item(id);
            }
            Err(error) => self.problem.set(Some((id, tr(language, Msg::DomainError(&error))))),
        }
    }

    fn leave(&self, id: CommitmentId) {
        self.pending.set(None);
        focus_item(id);
    }
}

/// The element id of a commitment in the matrix.
fn item_id(id: CommitmentId) -> String {
    format!("matrix-{id}")
}

/// The element id of a quadrant.
fn quadrant_id(quadrant: Quadrant) -> String {
    format!("cell-{}", quadrant.as_str())
}

/// Puts the keyboard on a commitment of the matrix once it is drawn in its place.
fn focus_item(id: CommitmentId) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&item_id(id)))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            // Focus can only fail on an element that cannot take it; the item can.
            element.focus().ok();
        }
    });
}

#[component]
pub fn PrioritiesView() -> impl IntoView {
    let store = use_store();
    let today = use_today();
    let mover = Mover {
        store,
        today,
        announcer: use_announcer(),
        pending: RwSignal::new(None),
        problem: RwSignal::new(None),
        dragged: RwSignal::new(None),
    };
    provide_context(mover);
    let matrix = Memo::new(move |_| {
        let today = today.get();
        store.with(|plan| {
            let rocks = plan.big_rocks_of(week_of(today, &plan.settings));
            cells(plan, today)
                .into_iter()
                .map(|cell| {
                    let entries: Vec<Entry> = cell
                        .commitments
                        .iter()
                        .map(|c| Entry {
                            id: c.id,
                            title: c.title.as_str().to_owned(),
                            due: c.due.map(|due| due.date),
                            big_rock: rocks.contains(&c.id),
                        })
                        .collect();
                    (cell.quadrant, entries)
                })
                .collect::<Vec<_>>()
        })
    });
    let quadrants = Quadrant::ALL.map(|q| {
        let entries = Signal::derive(move || {
            matrix.with(|cells| cells.iter().find(|(at, _)| *at == q).map(|(_, e)| e.clone()))
        });
        view! { <QuadrantCell quadrant=q entries=entries/> }
    });
    view! {
        <PageTitle text=Signal::derive(move || store.t(Msg::PrioritiesHeading))/>
        <h1>{move || store.t(Msg::PrioritiesHeading)}</h1>
        <p class="muted matrix-help" id="matrix-help">{move || store.t(Msg::MatrixHelp)}</p>
        <div class="matrix" data-testid="matrix">{quadrants.into_iter().collect_view()}</div>
        <BigRocks/>
    }
}

/// One quadrant: its heading and its commitments, and a place to drop one.
#[component]
fn QuadrantCell(
    /// Which quadrant.
    quadrant: Quadrant,
    /// Its commitments, in order.
    #[prop(into)]
    entries: Signal<Option<Vec<Entry>>>,
) -> impl IntoView {
    let store = use_store();
    let mover = expect_context::<Mover>();
    let heading = format!("quadrant-{}", quadrant.as_str());
    let labelled_by = heading.clone();
    let empty = move || entries.with(|e| e.as_ref().is_none_or(Vec::is_empty));
    view! {
        <section
            id=quadrant_id(quadrant)
            class=format!("quadrant quadrant-{}", quadrant.as_str())
            aria-labelledby=labelled_by
            data-quadrant=quadrant.as_str()
            on:dragover=move |ev| ev.prevent_default()
            on:drop=move |ev| {
                ev.prevent_default();
                if let Some(id) = mover.dragged.get_untracked() {
                    mover.request(id, quadrant);
                }
            }
        >
            <h2 id=heading>{move || store.t(Msg::Quadrant(quadrant))}</h2>
            <Show when=empty>
                <p class="muted">{move || store.t(Msg::QuadrantEmpty)}</p>
            </Show>
            <ul>
                <For each=move || entries.get().unwrap_or_default() key=Entry::clone let:entry>
                    <MatrixItem id=entry.id title=entry.title due=entry.due big_rock=entry.big_rock at=quadrant/>
                </For>
            </ul>
        </section>
    }
}
