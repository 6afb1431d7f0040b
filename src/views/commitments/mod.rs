//! The Commitments view: the list first, with quick add always at its top and the full
//! form behind "Add with details"; filters, search and order held in the address
//! (`/commitments?status=proposed&sort=load`), read by the core's `Query`, so that a
//! reload, the back button and a link from Today keep the list.

mod controls;
mod entry_form;
mod facts;
mod filters;
mod focus;
mod form;
pub(crate) mod item;
mod list;
mod log_hours;
mod page;
mod progress;
mod quick_add;
mod status;

use list::hold_row;
pub use list::ListPlace;
pub use page::CommitmentPage;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use plateful_core::filter::Query;
use plateful_core::PersonId;

use crate::components::page::PageTitle;
use crate::i18n::Msg;
use crate::state::{use_assessed, use_store};
use filters::FilterBar;
use focus::ListOrder;
use form::CommitmentForm;
use item::LIST_HEADING;
use list::CommitmentList;
use quick_add::QuickAdd;

#[component]
pub fn CommitmentsView() -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let location = use_location();
    let query = Memo::new(move |_| Query::from_query_string(&location.search.get()));
    let navigate = use_navigate();
    let on_change = Callback::new(move |(next, replace): (Query, bool)| {
        let search = next.to_query_string();
        let address = if search.is_empty() {
            "/commitments".to_owned()
        } else {
            format!("/commitments?{search}")
        };
        navigate(
            &address,
            NavigateOptions { replace, scroll: false, ..NavigateOptions::default() },
        );
    });
    let ids = Memo::new(move |_| {
        let query = query.get();
        assessed.0.with(|assessment| store.with(|plan| query.list(plan, &assessment.projection)))
    });
    provide_context(ListOrder(ids));
    view! {
        <PageTitle text=Signal::derive(move || store.t(Msg::CommitmentsHeading))/>
        <section class="panel commitments-view" aria-labelledby=LIST_HEADING>
            <h1 id=LIST_HEADING tabindex="-1">{move || store.t(Msg::CommitmentsHeading)}</h1>
            <QuickAdd/>
            <AddWithDetails/>
            <FilterBar query=query on_change=on_change/>
            <CommitmentList query=query ids=ids/>
        </section>
    }
}

/// The full form, closed until asked for: quick add covers most requests.
#[component]
fn AddWithDetails() -> impl IntoView {
    let store = use_store();
    let open = RwSignal::new(false);
    // Built the first time it is opened, not with the list: most visits never open it.
    // A memo changes once (closed, then opened ever since), so the form is built once.
    let built = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || open.get());
    view! {
        <div class="add-details">
            <button type="button" class="secondary disclosure" aria-expanded=move || open.get().to_string()
                aria-controls="add-details" on:click=move |_| open.update(|o| *o = !*o)>
                {move || store.t(Msg::AddWithDetails)}
            </button>
            // Once built, kept in the page while closed, so that what was typed stays.
            <div id="add-details" hidden=move || !open.get()>
                <h2 class="visually-hidden">{move || store.t(Msg::AddHeading)}</h2>
                {move || built.get().then(|| view! { <CommitmentForm/> })}
            </div>
        </div>
    }
}

/// The people who can own work, by name, for the owner menus.
pub fn owner_options(store: crate::state::PlanStore) -> Memo<Vec<(PersonId, String)>> {
    Memo::new(move |_| {
        store.with(|plan| {
            plateful_core::filter::owners(plan)
                .iter()
                .map(|p| (p.id, p.name.as_str().to_owned()))
                .collect()
        })
    })
}
