//! The people of the plan: add, set capacity and working days, time off, remove.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use plateful_core::{Command, Person, PersonName, Role};

use crate::components::person_row::PersonRow;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::use_store;

#[component]
pub fn PeopleSection() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let ids =
        Memo::new(move |_| store.with(|plan| plan.people.iter().map(|p| p.id).collect::<Vec<_>>()));
    view! {
        <section class="panel" aria-labelledby="people-heading">
            <h2 id="people-heading">{move || t(Msg::TeamHeading)}</h2>
            <ul class="people">
                <For each=move || ids.get() key=|id| *id let:id>
                    <PersonRow id=id/>
                </For>
            </ul>
            <AddPerson/>
        </section>
    }
}

#[component]
fn AddPerson() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let name = RwSignal::new(String::new());
    let chosen_role = RwSignal::new(Role::Report);
    let problem = RwSignal::new(None::<String>);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let language = language.get_untracked();
        match PersonName::parse(&name.get_untracked()) {
            Ok(person_name) => {
                let person = Person::new(
                    platform::new_person_id(),
                    person_name,
                    chosen_role.get_untracked(),
                );
                match store.dispatch(Command::AddPerson(person)) {
                    Ok(()) => {
                        name.set(String::new());
                        problem.set(None);
                    }
                    Err(error) => problem.set(Some(tr(language, Msg::DomainError(&error)))),
                }
            }
            Err(error) => problem.set(Some(tr(language, Msg::TextError(&error)))),
        }
    };
    view! {
        <form class="add-person" on:submit=submit>
            <h3>{move || t(Msg::AddPerson)}</h3>
            <label>{move || t(Msg::Name)} <input type="text" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/></label>
            <label>
                {move || t(Msg::RoleLabel)}
                <select on:change=move |ev| chosen_role.set(match event_target_value(&ev).as_str() {
                    "peer" => Role::Peer,
                    "stakeholder" => Role::Stakeholder,
                    _ => Role::Report,
                })>
                    {[Role::Report, Role::Peer, Role::Stakeholder].into_iter().map(|r| view! {
                        <option value=r.as_str()>{move || tr(language.get(), Msg::Role(r))}</option>
                    }).collect_view()}
                </select>
            </label>
            <button type="submit">{move || t(Msg::AddPerson)}</button>
            {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        </form>
    }
}
