//! One commitment on a page of its own (`/commitments/:id`): everything about it, what
//! can be done with it, its edit form and its progress log, which can be corrected.

use leptos::prelude::*;
use leptos_router::components::A;
use plateful_core::{Commitment, CommitmentId};

use super::controls::Controls;
use super::facts::Facts;
use super::focus::{row_id, Refocus};
use super::form::CommitmentForm;
use super::progress::ProgressLog;
use crate::components::page::{use_id, PageTitle};
use crate::i18n::Msg;
use crate::state::use_store;

/// The page's heading, where the focus falls back to.
const HEADING: &str = "commitment-heading";

#[component]
pub fn CommitmentPage() -> impl IntoView {
    let store = use_store();
    let id = use_id::<CommitmentId>();
    // Whether the commitment is in the plan, apart from its fields: a change to it
    // updates the page, its deletion (and Undo) swaps the whole page.
    let found = Memo::new(move |_| id.get().filter(|id| store.commitment(*id).is_some()));
    move || match found.get() {
        Some(id) => view! { <Found id=id/> }.into_any(),
        None => view! { <Missing/> }.into_any(),
    }
}

#[component]
fn Found(
    /// The commitment shown, known to be in the plan.
    id: CommitmentId,
) -> impl IntoView {
    let store = use_store();
    let current: Memo<Option<Commitment>> = Memo::new(move |_| store.commitment(id));
    let title = Signal::derive(move || {
        current.with(|c| c.as_ref().map(|c| c.title.as_str().to_owned()).unwrap_or_default())
    });
    let editing = RwSignal::new(false);
    let edit_button = format!("edit-{id}");
    let close = {
        let edit_button = edit_button.clone();
        Callback::new(move |()| {
            editing.set(false);
            Refocus::to(edit_button.clone()).now();
        })
    };
    view! {
        <PageTitle text=title/>
        <p class="back"><A href="/commitments">{move || store.t(Msg::BackToList)}</A></p>
        <article class="commitment-page">
            <h1 id=HEADING tabindex="-1">{title}</h1>
            <section class="panel" id=row_id(id) tabindex="-1" aria-labelledby="details-heading">
                <h2 id="details-heading">{move || store.t(Msg::DetailsHeading)}</h2>
                <Facts commitment=current/>
                <Controls id=id current=current on_edit=Callback::new(move |()| {
                        editing.set(true);
                        Refocus::to(format!("{id}-title")).now();
                    })
                    fallback=HEADING described_by=HEADING/>
            </section>
            <section class="panel" aria-labelledby="edit-heading">
                <h2 id="edit-heading">
                    <button type="button" class="disclosure" id=edit_button aria-expanded=move || editing.get().to_string()
                        aria-controls="edit-form" on:click=move |_| editing.update(|e| *e = !*e)>
                        {move || store.t(Msg::EditHeading)}
                    </button>
                </h2>
                <div id="edit-form">
                    <Show when=move || editing.get()>
                        <CommitmentForm editing=id on_close=close/>
                    </Show>
                </div>
            </section>
            <section class="panel" aria-labelledby="progress-heading">
                <ProgressLog id=id commitment=current/>
            </section>
        </article>
    }
}

/// An address that names no commitment of the plan (deleted, or mistyped).
#[component]
fn Missing() -> impl IntoView {
    let store = use_store();
    view! {
        <PageTitle text=Signal::derive(move || store.t(Msg::NoSuchCommitment))/>
        <section class="panel missing" data-testid="no-such-commitment">
            <h1 id=HEADING tabindex="-1">{move || store.t(Msg::NoSuchCommitment)}</h1>
            <p>{move || store.t(Msg::NoSuchCommitmentBody)}</p>
            <p><A href="/commitments">{move || store.t(Msg::BackToList)}</A></p>
        </section>
    }
}
