//! The list's filters and order: status (open work by default), owner, tag, quadrant,
//! search and sort. The bar shows the `Query` the address holds and hands back the
//! next one; every value is an enum's or an id's `as_str`, never a translated word.

use leptos::prelude::*;
use plateful_core::filter::{self, Query, Sort, StatusFilter};
use plateful_core::priorities::Quadrant;
use plateful_core::Tag;

use crate::components::field::{described_by, FormField};
use crate::i18n::{tr, Msg};
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
    let language = store.language();
    let t = move |msg| tr(language.get(), msg);
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
        move |ev: leptos::ev::Event| {
            let mut next = query.get_untracked();
            edit(&mut next, &event_target_value(&ev));
            on_change.run((next, false));
        }
    };
    let search = move |ev: leptos::ev::Event| {
        let mut next = query.get_untracked();
        let refining = !next.filter.text.is_empty();
        next.filter.text = event_target_value(&ev);
        on_change.run((next, refining));
    };
    let none = Signal::derive(|| None::<String>);
    let field = move |id: &'static str, label: Msg<'static>| (id, Signal::derive(move || t(label)));
    let (status_id, status_label) = field("filter-status", Msg::StatusLabel);
    let (owner_id, owner_label) = field("filter-owner", Msg::Owner);
    let (tag_id, tag_label) = field("filter-tag", Msg::Tag);
    let (quadrant_id, quadrant_label) = field("filter-quadrant", Msg::QuadrantLabel);
    let (search_id, search_label) = field("filter-search", Msg::Search);
    let (sort_id, sort_label) = field("filter-sort", Msg::SortLabel);
    view! {
        <div class="filters" role="search">
            <FormField id=search_id label=search_label message=none>
                <input type="search" id=search_id aria-describedby=described_by(search_id) size="14"
                    prop:value=move || query.with(|q| q.filter.text.clone()) on:input=search/>
            </FormField>
            <FormField id=status_id label=status_label message=none>
                <select id=status_id aria-describedby=described_by(status_id)
                    on:change=set(|q, v| q.filter.status = StatusFilter::parse(v).unwrap_or_default())>
                    {StatusFilter::ALL.into_iter().map(|choice| view! {
                        <option value=choice.as_str() prop:selected=move || query.with(|q| q.filter.status == choice)>
                            {move || t(Msg::StatusFilter(choice))}
                        </option>
                    }).collect_view()}
                </select>
            </FormField>
            <FormField id=owner_id label=owner_label message=none>
                <select id=owner_id aria-describedby=described_by(owner_id)
                    on:change=set(|q, v| q.filter.owner = v.parse().ok())>
                    <option value="" prop:selected=move || query.with(|q| q.filter.owner.is_none())>{move || t(Msg::All)}</option>
                    <For each=move || owners.get() key=|owner| owner.clone() let:owner>
                        <option value=owner.0.to_string() prop:selected=move || query.with(|q| q.filter.owner == Some(owner.0))>{owner.1}</option>
                    </For>
                </select>
            </FormField>
            <FormField id=tag_id label=tag_label message=none>
                <select id=tag_id aria-describedby=described_by(tag_id)
                    on:change=set(|q, v| q.filter.tag = Tag::parse(v).ok())>
                    <option value="" prop:selected=move || query.with(|q| q.filter.tag.is_none())>{move || t(Msg::All)}</option>
                    <For each=move || tags.get() key=|tag| tag.clone() let:tag>
                        {
                            let (shown, chosen) = (tag.clone(), tag.clone());
                            view! {
                                <option value=tag.as_str().to_owned()
                                    prop:selected=move || query.with(|q| q.filter.tag.as_ref() == Some(&chosen))>
                                    {move || tr(language.get(), Msg::TagName(shown.as_str()))}
                                </option>
                            }
                        }
                    </For>
                </select>
            </FormField>
            <FormField id=quadrant_id label=quadrant_label message=none>
                <select id=quadrant_id aria-describedby=described_by(quadrant_id)
                    on:change=set(|q, v| q.filter.quadrant = Quadrant::parse(v))>
                    <option value="" prop:selected=move || query.with(|q| q.filter.quadrant.is_none())>{move || t(Msg::All)}</option>
                    {Quadrant::ALL.into_iter().map(|choice| view! {
                        <option value=choice.as_str() prop:selected=move || query.with(|q| q.filter.quadrant == Some(choice))>
                            {move || t(Msg::Quadrant(choice))}
                        </option>
                    }).collect_view()}
                </select>
            </FormField>
            <FormField id=sort_id label=sort_label message=none>
                <select id=sort_id aria-describedby=described_by(sort_id)
                    on:change=set(|q, v| q.sort = Sort::parse(v).unwrap_or_default())>
                    {Sort::ALL.into_iter().map(|choice| view! {
                        <option value=choice.as_str() prop:selected=move || query.with(|q| q.sort == choice)>
                            {move || t(Msg::Sort(choice))}
                        </option>
                    }).collect_view()}
                </select>
            </FormField>
        </div>
    }
}
