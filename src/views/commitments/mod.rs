//! The Commitments view: quick add with its verdict, the full form, filters and search,
//! and the list with its actions.

mod form;
pub(crate) mod item;
mod page;
mod quick_add;

pub use page::CommitmentPage;

use leptos::prelude::*;
use plateful_core::priorities::{quadrant, Quadrant};
use plateful_core::{CommitmentId, PersonId, StatusKind};

use crate::components::page::PageTitle;
use crate::i18n::{tr, Msg};
use crate::state::{use_store, use_today};
use form::CommitmentForm;
use item::CommitmentItem;
use quick_add::QuickAdd;

/// What the list shows.
#[derive(Clone, Debug, Default, PartialEq)]
struct Filters {
    status: Option<StatusKind>,
    owner: Option<PersonId>,
    tag: Option<String>,
    quadrant: Option<Quadrant>,
    search: String,
}

#[component]
pub fn CommitmentsView() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let filters = RwSignal::new(Filters::default());
    let today = use_today();
    let ids = Memo::new(move |_| {
        let filters = filters.get();
        let today = today.get();
        let needle = filters.search.trim().to_lowercase();
        store.with(|plan| {
            plan.commitments
                .iter()
                .filter(|c| filters.status.is_none_or(|s| c.status.kind() == s))
                .filter(|c| filters.owner.is_none_or(|o| c.owner == o))
                .filter(|c| {
                    filters.tag.as_ref().is_none_or(|tag| c.tags.iter().any(|t| t.as_str() == tag))
                })
                .filter(|c| {
                    filters.quadrant.is_none_or(|q| quadrant(c, today, &plan.settings) == q)
                })
                .filter(|c| {
                    needle.is_empty()
                        || c.title.as_str().to_lowercase().contains(&needle)
                        || c.notes.as_str().to_lowercase().contains(&needle)
                })
                .map(|c| c.id)
                .collect::<Vec<CommitmentId>>()
        })
    });
    view! {
        <section class="panel" aria-labelledby="add-heading">
            <h2 id="add-heading">{move || t(Msg::AddHeading)}</h2>
            <QuickAdd/>
            <h3 class="full-form-heading">{move || t(Msg::FullForm)}</h3>
            <CommitmentForm/>
        </section>
        <section class="panel" aria-labelledby="list-heading">
            <PageTitle text=Signal::derive(move || t(Msg::CommitmentsHeading))/>
            <h1 id="list-heading">{move || t(Msg::CommitmentsHeading)}</h1>
            <FilterBar filters=filters/>
            <Show
                when=move || ids.with(|ids| !ids.is_empty())
                fallback=move || view! { <p class="muted">{t(Msg::Empty)}</p> }
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

/// Status, owner, tag, quadrant and search.
#[component]
fn FilterBar(filters: RwSignal<Filters>) -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let owners = owner_options(store);
    let tags = Memo::new(move |_| {
        store.with(|plan| {
            let mut tags: Vec<String> = plan
                .commitments
                .iter()
                .flat_map(|c| c.tags.iter().map(|t| t.as_str().to_owned()))
                .collect();
            tags.sort();
            tags.dedup();
            tags
        })
    });
    view! {
        <div class="filters" role="search">
            <label>
                {move || t(Msg::Search)}
                <input type="search" prop:value=move || filters.with(|f| f.search.clone())
                    on:input=move |ev| filters.update(|f| f.search = event_target_value(&ev))/>
            </label>
            <label>
                {move || t(Msg::StatusLabel)}
                <select on:change=move |ev| filters.update(|f| f.status = StatusKind::parse(&event_target_value(&ev)))>
                    <option value="">{move || t(Msg::All)}</option>
                    {StatusKind::ALL.into_iter().map(|kind| view! {
                        <option value=kind.as_str()>{move || tr(language.get(), Msg::Status(kind))}</option>
                    }).collect_view()}
                </select>
            </label>
            <label>
                {move || t(Msg::Owner)}
                <select on:change=move |ev| filters.update(|f| f.owner = event_target_value(&ev).parse().ok())>
                    <option value="">{move || t(Msg::All)}</option>
                    <For each=move || owners.get() key=|(id, name)| (*id, name.clone()) let:owner>
                        <option value=owner.0.to_string()>{owner.1}</option>
                    </For>
                </select>
            </label>
            <label>
                {move || t(Msg::Tag)}
                <select on:change=move |ev| filters.update(|f| f.tag = Some(event_target_value(&ev)).filter(|t| !t.is_empty()))>
                    <option value="">{move || t(Msg::All)}</option>
                    <For each=move || tags.get() key=|tag| tag.clone() let:tag>
                        <option value=tag.clone()>{tag.clone()}</option>
                    </For>
                </select>
            </label>
            <label>
                {move || t(Msg::QuadrantLabel)}
                <select on:change=move |ev| filters.update(|f| f.quadrant = Quadrant::parse(&event_target_value(&ev)))>
                    <option value="">{move || t(Msg::All)}</option>
                    {Quadrant::ALL.into_iter().map(|q| view! {
                        <option value=q.as_str()>{move || tr(language.get(), Msg::Quadrant(q))}</option>
                    }).collect_view()}
                </select>
            </label>
        </div>
    }
}

/// The people who can own work, by name, for the owner menus.
pub fn owner_options(store: crate::state::PlanStore) -> Memo<Vec<(PersonId, String)>> {
    Memo::new(move |_| {
        store.with(|plan| {
            plan.people
                .iter()
                .filter(|p| p.carries_work())
                .map(|p| (p.id, p.name.as_str().to_owned()))
                .collect()
        })
    })
}
