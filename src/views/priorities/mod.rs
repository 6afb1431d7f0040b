//! Priorities: the Eisenhower matrix, moved by keyboard and pointer, and this week's
//! big rocks (at most three).

use leptos::prelude::*;
use plateful_core::priorities::{quadrant, Quadrant};
use plateful_core::{Command, CommitmentId};

use crate::components::big_rocks::BigRocks;
use crate::components::page::PageTitle;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::{use_store, use_today};

/// The quadrant an arrow key leads to, in the 2 x 2 grid (Do, Schedule / Delegate, Drop).
fn neighbour(from: Quadrant, key: &str) -> Option<Quadrant> {
    use Quadrant::*;
    Some(match (from, key) {
        (Do, "ArrowRight") | (Drop, "ArrowUp") => Schedule,
        (Schedule, "ArrowLeft") | (Delegate, "ArrowUp") => Do,
        (Do, "ArrowDown") | (Drop, "ArrowLeft") => Delegate,
        (Schedule, "ArrowDown") | (Delegate, "ArrowRight") => Drop,
        _ => return None,
    })
}

#[component]
pub fn PrioritiesView() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let dragged = RwSignal::new(None::<CommitmentId>);
    // Open work of mine, by quadrant.
    let today = use_today();
    let cells = Memo::new(move |_| {
        let today = today.get();
        store.with(|plan| {
            let me = plan.me().map(|me| me.id);
            Quadrant::ALL
                .into_iter()
                .map(|q| {
                    let items: Vec<(CommitmentId, String)> = plan
                        .commitments
                        .iter()
                        .filter(|c| {
                            Some(c.owner) == me
                                && !c.status.is_closed()
                                && quadrant(c, today, &plan.settings) == q
                        })
                        .map(|c| (c.id, c.title.as_str().to_owned()))
                        .collect();
                    (q, items)
                })
                .collect::<Vec<_>>()
        })
    });
    let move_to = move |id: CommitmentId, to: Quadrant| {
        let (important, urgent) = to.flags();
        let _ = store.dispatch(Command::SetFlags { id, important, urgent, at: platform::now() });
        // Keep the keyboard where the item went.
        request_animation_frame(move || {
            if let Some(element) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&format!("matrix-{id}")))
            {
                use wasm_bindgen::JsCast;
                if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    };
    view! {
        <PageTitle text=Signal::derive(move || t(Msg::PrioritiesHeading))/>
        <h1>{move || t(Msg::PrioritiesHeading)}</h1>
        <p class="muted">{move || t(Msg::MatrixHelp)}</p>
        <div class="matrix">
            {move || cells.get().into_iter().map(|(q, items)| {
                let language = language.get();
                let heading = format!("quadrant-{}", q.as_str());
                let labelled_by = heading.clone();
                view! {
                    <section
                        class=format!("quadrant quadrant-{}", q.as_str())
                        aria-labelledby=labelled_by
                        data-quadrant=q.as_str()
                        on:dragover=move |ev| ev.prevent_default()
                        on:drop=move |ev| {
                            ev.prevent_default();
                            if let Some(id) = dragged.get_untracked() {
                                move_to(id, q);
                            }
                        }
                    >
                        <h2 id=heading>{tr(language, Msg::Quadrant(q))}</h2>
                        <ul>
                            {items.into_iter().map(|(id, title)| view! {
                                <li
                                    id=format!("matrix-{id}")
                                    tabindex="0"
                                    draggable="true"
                                    class="matrix-item"
                                    on:dragstart=move |_| dragged.set(Some(id))
                                    on:keydown=move |ev| {
                                        if let Some(to) = neighbour(q, &ev.key()) {
                                            ev.prevent_default();
                                            move_to(id, to);
                                        }
                                    }
                                >
                                    <span>{title.clone()}</span>
                                    <select
                                        aria-label=format!("{} {title}", tr(language, Msg::MoveTo))
                                        on:change=move |ev| {
                                            if let Some(to) = Quadrant::parse(&event_target_value(&ev)) {
                                                move_to(id, to);
                                            }
                                        }
                                    >
                                        {Quadrant::ALL.into_iter().map(|option| view! {
                                            <option value=option.as_str() selected=option == q>{tr(language, Msg::Quadrant(option))}</option>
                                        }).collect_view()}
                                    </select>
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view()}
        </div>
        <BigRocks/>
    }
}
