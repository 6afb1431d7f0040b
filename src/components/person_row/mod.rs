//! One person, editable in place: name, role, weekly capacity, working days and time
//! off, each saved when it changes and refused at its own field; and removing them,
//! with Undo. The Team page lists everyone this way; Settings shows me.

mod fields;
mod time_off;

use leptos::prelude::*;
use leptos_router::components::A;
use plateful_core::{Command, Person, PersonId, Role};

use crate::components::toast::use_toast;
use crate::i18n::{tr, Msg};
use crate::state::{use_store, PlanStore};
use fields::{capacity_field, name_field, role_field, working_days_field};
use time_off::time_off_field;

/// Saves an edit of a person through the core: `true` when it was taken, otherwise
/// the refusal, worded, goes to `problem` (the field it belongs to).
fn save(store: PlanStore, next: Person, problem: RwSignal<Option<String>>) -> bool {
    match store.dispatch(Command::EditPerson(next)) {
        Ok(()) => {
            problem.set(None);
            true
        }
        Err(error) => {
            problem.set(Some(tr(store.language().get_untracked(), Msg::DomainError(&error))));
            false
        }
    }
}

/// What each part of a person's row works with: who, the person as the plan has them,
/// and the store.
#[derive(Clone, Copy)]
struct Row {
    id: PersonId,
    person: Signal<Option<Person>>,
    store: PlanStore,
}

/// One person, editable in place.
#[component]
pub fn PersonRow(
    /// Who.
    id: PersonId,
) -> impl IntoView {
    let store = use_store();
    let person = Memo::new(move |_| store.with(|plan| plan.person(id).cloned()));
    let row = Row { id, person: person.into(), store };
    let name = move || person.with(|p| p.as_ref().map(|p| p.name.as_str().to_owned()));
    let role = move || person.with(|p| p.as_ref().map(|p| p.role)).unwrap_or(Role::Report);
    // "Me" stays "me": its role is not offered and it cannot be removed.
    let is_me = store.with_untracked(|plan| plan.me().is_some_and(|me| me.id == id));
    view! {
        <li class="person" data-testid="person" data-role=move || role().as_str()>
            <div class="person-head">
                <A href=format!("/team/{id}") attr:class="person-name">{name}</A>
                " "
                <span class="badge">{move || store.t(Msg::Role(role()))}</span>
                {(!is_me).then(|| remove_person(row))}
            </div>
            <div class="person-fields">
                {name_field(row)}
                {(!is_me).then(|| role_field(row))}
                {capacity_field(row)}
                {working_days_field(row)}
                {time_off_field(row)}
            </div>
        </li>
    }
}

/// Removes someone no commitment refers to, with Undo; otherwise says why not.
fn remove_person(row: Row) -> impl IntoView {
    let Row { id, person, store } = row;
    let toast = use_toast();
    let problem = RwSignal::new(None::<String>);
    let name = move || person.with(|p| p.as_ref().map(|p| p.name.as_str().to_owned()));
    let remove = move |_| {
        let language = store.language().get_untracked();
        let who = name().unwrap_or_default();
        match store.dispatch(Command::RemovePerson(id)) {
            Ok(()) => toast.done(tr(language, Msg::PersonRemoved(&who))),
            Err(error) => problem.set(Some(tr(language, Msg::DomainError(&error)))),
        }
    };
    view! {
        <button type="button" class="danger remove-person" on:click=remove
            aria-label=move || store.t(Msg::RemovePerson(&name().unwrap_or_default()))
        >
            {move || store.t(Msg::Remove)}
        </button>
        {move || problem.get().map(|text| view! { <p class="field-error person-problem" role="alert">{text}</p> })}
    }
}
