//! One person's page: what they carry, what I delegated to them, what I owe them.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use plateful_core::{Commitment, Party, PersonId};

use crate::components::page::PageTitle;
use crate::i18n::{tr, Msg};
use crate::state::use_store;

#[component]
pub fn PersonView() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let params = use_params_map();
    let id =
        Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<PersonId>().ok())));
    move || {
        let language = language.get();
        let id = id.get()?;
        store.with(|plan| {
            let person = plan.person(id)?;
            let me = plan.me().map(|me| me.id);
            let list = |items: Vec<&Commitment>| {
                if items.is_empty() {
                    return view! { <p class="muted">{tr(language, Msg::Nothing)}</p> }.into_any();
                }
                view! {
                    <ul>
                        {items.into_iter().map(|c| view! {
                            <li>{c.title.as_str().to_owned()} " " <span class="badge">{tr(language, Msg::Status(c.status.kind()))}</span></li>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            };
            let open = |c: &&Commitment| !c.status.is_closed();
            let carries: Vec<&Commitment> = plan.commitments.iter().filter(|c| c.owner == id).filter(open).collect();
            let delegated: Vec<&Commitment> =
                plan.commitments.iter().filter(|c| c.owner == id && c.delegated_by == me && me != Some(id)).filter(open).collect();
            let owed: Vec<&Commitment> = plan
                .commitments
                .iter()
                .filter(|c| Some(c.owner) == me && c.requested_by == Some(Party::Person(id)))
                .filter(open)
                .collect();
            Some(view! {
                <PageTitle text=person.name.as_str().to_owned()/>
                <h1>{person.name.as_str().to_owned()} " " <span class="badge">{tr(language, Msg::Role(person.role))}</span></h1>
                <section class="panel" data-testid="carries"><h2>{tr(language, Msg::Carries)}</h2>{list(carries)}</section>
                <section class="panel" data-testid="delegated"><h2>{tr(language, Msg::Delegated)}</h2>{list(delegated)}</section>
                <section class="panel" data-testid="owed"><h2>{tr(language, Msg::Owed)}</h2>{list(owed)}</section>
                <section class="panel" data-testid="declined"><h2>{tr(language, Msg::DeclinedFor)}</h2>{list(plan.declined_for(id).collect())}</section>
            })
        })
    }
}
