//! The people of the plan: each one editable in place, and a form to add someone.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use plateful_core::{Command, Person, PersonName, Role};

use crate::components::field::{described_by, FormField, InputKind, TextField};
use crate::components::page::use_announcer;
use crate::components::person_row::PersonRow;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::use_store;

#[component]
pub fn PeopleSection() -> impl IntoView {
    let store = use_store();
    let ids =
        Memo::new(move |_| store.with(|plan| plan.people.iter().map(|p| p.id).collect::<Vec<_>>()));
    view! {
        <section class="panel" aria-labelledby="people-heading">
            <h2 id="people-heading">{move || store.t(Msg::PeopleHeading)}</h2>
            <ul class="people">
                <For each=move || ids.get() key=|id| *id let:id>
                    <PersonRow id=id/>
                </For>
            </ul>
            <AddPerson/>
        </section>
    }
}

/// Adds a report, a peer or a stakeholder by name.
#[component]
fn AddPerson() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let name = RwSignal::new(String::new());
    let chosen_role = RwSignal::new(Role::Report);
    let problem = RwSignal::new(None::<String>);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let language = store.language().get_untracked();
        let person_name = match PersonName::parse(&name.get_untracked()) {
            Ok(person_name) => person_name,
            Err(error) => return problem.set(Some(tr(language, Msg::TextError(&error)))),
        };
        let said = tr(language, Msg::PersonAdded(person_name.as_str()));
        let person =
            Person::new(platform::new_person_id(), person_name, chosen_role.get_untracked());
        match store.dispatch(Command::AddPerson(person)) {
            Ok(()) => {
                name.set(String::new());
                problem.set(None);
                announcer.say(said);
            }
            Err(error) => problem.set(Some(tr(language, Msg::DomainError(&error)))),
        }
    };
    let role_id = "add-person-role";
    view! {
        <form class="add-person" on:submit=submit>
            <h3>{move || store.t(Msg::AddPerson)}</h3>
            <TextField
                id="add-person-name"
                label=Signal::derive(move || store.t(Msg::Name))
                kind=InputKind::Text
                value=name
                on_input=Callback::new(move |text| name.set(text))
                message=problem
            />
            <FormField id=role_id label=Signal::derive(move || store.t(Msg::RoleLabel)) message=Signal::stored(None::<String>)>
                <select id=role_id aria-describedby=described_by(role_id)
                    on:change=move |ev| {
                        if let Some(role) = Role::parse(&event_target_value(&ev)) {
                            chosen_role.set(role);
                        }
                    }
                >
                    {Role::ALL.into_iter().filter(|r| *r != Role::Me).map(|r| view! {
                        <option value=r.as_str() selected=move || chosen_role.get() == r>{move || store.t(Msg::Role(r))}</option>
                    }).collect_view()}
                </select>
            </FormField>
            <button type="submit">{move || store.t(Msg::AddPerson)}</button>
        </form>
    }
}
