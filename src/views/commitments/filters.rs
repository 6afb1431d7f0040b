//! The list's filters and order: status (open work by default), owner, tag, quadrant,
//! search and sort. The bar shows the `Query` the address holds and hands back the
//! next one; every value is an enum's or an id's `as_str`, never a translated word.

use leptos::prelude::*;
use plateful_core::filter::{self, Query, Sort, StatusFilter};
use plateful_core::priorities::Quadrant;
use plateful_core::Tag;

use crate::components::field::{described_by, FormField};
use crate::i18n::Msg;
use crate::state::use_store;

#[component]
pub fn FilterBar(
    /// The list as the address says.
    #[prop(into)]
    query: Signal<Query>,
    /// The next list, and whether it only refines the search being typed (then the
    /// address is replaced rather than added to the history).
    on_change: Callback<(Query, bool)>,
) -> impl IntoView {
    let store = use_store();
    let owners = Memo::new(move |_| {
        store.with(|plan| {
            let owners = filter::owners(plan);
            owners.iter().map(|p| (p.id, p.name.as_str().to_owned())).collect::<Vec<_>>()
        })
    });
    // The tags in use, and the one the address asks for even if nothing has it any
    // more, so that the menu shows the filter in force.
    let tags = Memo::new(move |_| {
        let mut tags = store.with(filter::tags);
        if let Some(asked) = query.with(|q| q.filter.tag.clone()) {
            if !tags.contains(&asked) {
                tags.push(asked);
                tags.sort();
            }
        }
        tags
    });
    let set = move |key: &'static str| {
        Callback::new(move |value: String| {
            let mut next = query.get_untracked();
            next.set(key, &value);
            on_change.run((next, false));
        })
    };
    let search = move |ev: leptos::ev::Event| {
        let mut next = query.get_untracked();
        let refining = !next.filter.text.is_empty();
        next.filter.text = event_target_value(&ev);
        on_change.run((next, refining));
    };
    let none = Signal::derive(|| None::<String>);
    let (search_id, search_label) = ("filter-search", Signal::derive(move || store.t(Msg::Search)));
    // Each menu's choices as (value, words): "All" first where a filter can be off.
    let all = move || (String::new(), store.t(Msg::All));
    let statuses = Signal::derive(move || {
        let status =
            |choice: StatusFilter| (choice.as_str().to_owned(), store.t(Msg::StatusFilter(choice)));
        StatusFilter::ALL.into_iter().map(status).collect()
    });
    let owners = Signal::derive(move || {
        let owners = owners.get().into_iter().map(|(id, name)| (id.to_string(), name));
        std::iter::once(all()).chain(owners).collect()
    });
    let tags = Signal::derive(move || {
        let tag = |tag: Tag| (tag.as_str().to_owned(), store.t(Msg::TagName(tag.as_str())));
        std::iter::once(all()).chain(tags.get().into_iter().map(tag)).collect()
    });
    let quadrants = Signal::derive(move || {
        let quadrant =
            |choice: Quadrant| (choice.as_str().to_owned(), store.t(Msg::Quadrant(choice)));
        std::iter::once(all()).chain(Quadrant::ALL.into_iter().map(quadrant)).collect()
    });
    let sorts = Signal::derive(move || {
        let sort = |choice: Sort| (choice.as_str().to_owned(), store.t(Msg::Sort(choice)));
        Sort::ALL.into_iter().map(sort).collect()
    });
    // Each menu shows and sets one part of the query by its key in the address.
    let menu = move |key: &'static str, label: Msg<'static>, choices| {
        let id = format!("filter-{key}");
        view! {
            <Menu id=id label=Signal::derive(move || store.t(label)) choices=choices
                chosen=Signal::derive(move || query.with(|q| q.value(key))) on_choose=set(key)/>
        }
    };
    view! {
        <div class="filters" role="search">
            <FormField id=search_id label=search_label message=none>
                <input type="search" id=search_id aria-describedby=described_by(search_id) size="14"
                    prop:value=move || query.with(|q| q.filter.text.clone()) on:input=search/>
            </FormField>
            {menu("status", Msg::StatusLabel, statuses)}
            {menu("owner", Msg::Owner, owners)}
            {menu("tag", Msg::Tag, tags)}
            {menu("quadrant", Msg::QuadrantLabel, quadrants)}
            {menu("sort", Msg::SortLabel, sorts)}
        </div>
    }
}

/// One labelled menu of the bar: its choices as (value, words), the one in force selected.
#[component]
fn Menu(
    id: String,
    label: Signal<String>,
    choices: Signal<Vec<(String, String)>>,
    /// The value of the choice in force.
    chosen: Signal<String>,
    /// Called with the value chosen.
    on_choose: Callback<String>,
) -> impl IntoView {
    let none = Signal::derive(|| None::<String>);
    view! {
        <FormField id=id.clone() label=label message=none>
            <select aria-describedby=described_by(&id) id=id on:change=move |ev| on_choose.run(event_target_value(&ev))>
                {move || choices.get().into_iter().map(|(value, words)| {
                    let selected = value.clone();
                    view! { <option value=value prop:selected=move || chosen.with(|c| *c == selected)>{words}</option> }
                }).collect_view()}
            </select>
        </FormField>
    }
}
