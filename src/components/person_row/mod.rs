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
use fields::{CapacityField, NameField, RoleField, WorkingDaysField};
use time_off::TimeOffField;

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

/// One person, editable in place.
#[component]
pub fn PersonRow(
    /// Who.
    id: PersonId,
) -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let person = Memo::new(move |_| store.with(|plan| plan.person(id).cloned()));
    let name = move || person.with(|p| p.as_ref().map(|p| p.name.as_str().to_owned()));
    let role = move || person.with(|p| p.as_ref().map(|p| p.role)).unwrap_or(Role::Report);
    // "Me" stays "me": its role is not offered and it cannot be removed.
    let is_me = store.with_untracked(|plan| plan.me().is_some_and(|me| me.id == id));
    view! {
        <li class="person" data-testid="person" data-role=move || role().as_str()>
            <div class="person-head">
                <A href=format!("/team/{id}") attr:class="person-name">{name}</A>
                " "
                <span class="badge">{move || tr(language.get(), Msg::Role(role()))}</span>
                {(!is_me).then(|| view! { <RemovePerson id=id person=person/> })}
            </div>
            <div class="person-fields">
                <NameField id=id person=person/>
                {(!is_me).then(|| view! { <RoleField id=id person=person/> })}
                <CapacityField id=id person=person/>
                <WorkingDaysField id=id person=person/>
                <TimeOffField id=id person=person/>
            </div>
        </li>
    }
}

/// Removes someone no commitment refers to, with Undo; otherwise says why not.
#[component]
fn RemovePerson(
    id: PersonId,
    /// The person as the plan has them.
    #[prop(into)]
    person: Signal<Option<Person>>,
) -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let toast = use_toast();
    let problem = RwSignal::new(None::<String>);
    let name = move || person.with(|p| p.as_ref().map(|p| p.name.as_str().to_owned()));
    let remove = move |_| {
        let language = language.get_untracked();
        let who = name().unwrap_or_default();
        match store.dispatch(Command::RemovePerson(id)) {
            Ok(()) => toast.done(tr(language, Msg::PersonRemoved(&who))),
            Err(error) => problem.set(Some(tr(language, Msg::DomainError(&error)))),
        }
    };
    view! {
        <button type="button" class="danger remove-person" on:click=remove
            aria-label=move || tr(language.get(), Msg::RemovePerson(&name().unwrap_or_default()))
        >
            {move || tr(language.get(), Msg::Remove)}
        </button>
        {move || problem.get().map(|text| view! { <p class="field-error person-problem" role="alert">{text}</p> })}
    }
}
