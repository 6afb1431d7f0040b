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
    let set = move |edit: fn(&mut Query, &str)| {
        Callback::new(move |value: String| {
            let mut next = query.get_untracked();
            edit(&mut next, &value);
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
    let menu = move |id: &'static str,
                     label: Msg<'static>,
                     choices: Signal<Vec<(String, String)>>,
                     chosen: fn(&Query) -> String,
                     edit: fn(&mut Query, &str)| {
        view! {
            <Menu id=id label=Signal::derive(move || store.t(label)) choices=choices
                chosen=Signal::derive(move || query.with(chosen)) on_choose=set(edit)/>
        }
    };
    view! {
        <div class="filters" role="search">
            <FormField id=search_id label=search_label message=none>
                <input type="search" id=search_id aria-describedby=described_by(search_id) size="14"
                    prop:value=move || query.with(|q| q.filter.text.clone()) on:input=search/>
            </FormField>
            {menu("filter-status", Msg::StatusLabel, statuses,
                |q| q.filter.status.as_str().to_owned(),
                |q, v| q.filter.status = StatusFilter::parse(v).unwrap_or_default())}
            {menu("filter-owner", Msg::Owner, owners,
                |q| q.filter.owner.map(|id| id.to_string()).unwrap_or_default(),
                |q, v| q.filter.owner = v.parse().ok())}
            {menu("filter-tag", Msg::Tag, tags,
                |q| q.filter.tag.as_ref().map(|tag| tag.as_str().to_owned()).unwrap_or_default(),
                |q, v| q.filter.tag = Tag::parse(v).ok())}
            {menu("filter-quadrant", Msg::QuadrantLabel, quadrants,
                |q| q.filter.quadrant.map(|quadrant| quadrant.as_str().to_owned()).unwrap_or_default(),
                |q, v| q.filter.quadrant = Quadrant::parse(v))}
            {menu("filter-sort", Msg::SortLabel, sorts,
                |q| q.sort.as_str().to_owned(),
                |q, v| q.sort = Sort::parse(v).unwrap_or_default())}
        </div>
    }
}

/// One labelled menu of the bar: its choices as (value, words), the one in force selected.
#[component]
fn Menu(
    id: &'static str,
    label: Signal<String>,
    choices: Signal<Vec<(String, String)>>,
    /// The value of the choice in force.
    chosen: Signal<String>,
    /// Called with the value chosen.
    on_choose: Callback<String>,
) -> impl IntoView {
    let none = Signal::derive(|| None::<String>);
    view! {
        <FormField id=id label=label message=none>
            <select id=id aria-describedby=described_by(id) on:change=move |ev| on_choose.run(event_target_value(&ev))>
                {move || choices.get().into_iter().map(|(value, words)| {
                    let selected = value.clone();
                    view! { <option value=value prop:selected=move || chosen.with(|c| *c == selected)>{words}</option> }
                }).collect_view()}
            </select>
        </FormField>
    }
}
