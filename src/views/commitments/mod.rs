//! The Commitments view: add, list, edit, delete, change status, log hours.

mod form;
mod item;

use leptos::prelude::*;
use plateful_core::CommitmentId;

use crate::i18n::{tr, Text};
use crate::state::use_store;
use form::CommitmentForm;
use item::CommitmentItem;

#[component]
pub fn CommitmentsView() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let ids = Memo::new(move |_| {
        store.with(|plan| plan.commitments.iter().map(|c| c.id).collect::<Vec<CommitmentId>>())
    });
    view! {
        <section class="panel" aria-labelledby="add-heading">
            <h2 id="add-heading">{move || t(Text::AddHeading)}</h2>
            <CommitmentForm/>
        </section>
        <section class="panel" aria-labelledby="list-heading">
            <h1 id="list-heading">{move || t(Text::CommitmentsHeading)}</h1>
            <Show
                when=move || ids.with(|ids| !ids.is_empty())
                fallback=move || view! { <p class="muted">{t(Text::Empty)}</p> }
            >
                <ul class="commitments" aria-labelledby="list-heading">
                    <For each=move || ids.get() key=|id| *id let:id>
                        <CommitmentItem id=id/>
                    </For>
                </ul>
            </Show>
        </section>
    }
}
