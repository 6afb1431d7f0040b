//! One commitment on a page of its own (`/commitments/:id`): everything about it, its
//! progress log, and what can be done with it.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use plateful_core::CommitmentId;

use super::item::CommitmentItem;
use crate::components::page::PageTitle;
use crate::state::use_store;

#[component]
pub fn CommitmentPage() -> impl IntoView {
    let store = use_store();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params.with(|p| p.get("id").and_then(|id| id.parse::<CommitmentId>().ok()))
    });
    move || {
        let id = id.get()?;
        let title = store.commitment(id)?.title.as_str().to_owned();
        Some(view! {
            <PageTitle text=title/>
            <ul class="commitments"><CommitmentItem id=id/></ul>
        })
    }
}
