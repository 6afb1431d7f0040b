//! The people of the plan: add, set capacity and working days, time off, remove.

use chrono::Weekday;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use plateful_core::input;
use plateful_core::{Command, DateRange, Person, PersonId, PersonName, Role};

use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::use_store;

const DAYS: [(Weekday, &str); 7] = [
    (Weekday::Mon, "Mon"),
    (Weekday::Tue, "Tue"),
    (Weekday::Wed, "Wed"),
    (Weekday::Thu, "Thu"),
    (Weekday::Fri, "Fri"),
    (Weekday::Sat, "Sat"),
    (Weekday::Sun, "Sun"),
];

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

/// One person, editable in place.
#[component]
pub fn PersonRow(id: PersonId) -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let person = Memo::new(move |_| store.with(|plan| plan.person(id).cloned()));
    let problem = RwSignal::new(None::<String>);
    let save = move |next: Person| match store.dispatch(Command::EditPerson(next)) {
        Ok(()) => problem.set(None),
        Err(error) => problem.set(Some(tr(language.get_untracked(), Msg::DomainError(&error)))),
    };
    let off_from = RwSignal::new(String::new());
    let off_to = RwSignal::new(String::new());
    move || {
        let p = person.get()?;
        let language = language.get();
        let name = p.name.as_str().to_owned();
        let capacity = p
            .weekly_capacity
            .map(|h| crate::fmt::input_number(language, h.get()))
            .unwrap_or_default();
        let base = p.clone();
        let on_capacity = move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            let mut next = base.clone();
            if text.trim().is_empty() && next.role != Role::Me {
                next.weekly_capacity = None;
            } else {
                match input::weekly_hours(&text) {
                    Ok(hours) => next.weekly_capacity = Some(hours),
                    Err(error) => return problem.set(Some(tr(language, Msg::InputError(&error)))),
                }
            }
            save(next);
        };
        let days = DAYS.into_iter().map(|(day, label)| {
            let base = p.clone();
            let checked = p.working_days.contains(day);
            view! {
                <label class="check day">
                    <input type="checkbox" checked=checked on:change=move |ev| {
                        let mut next = base.clone();
                        next.working_days = if event_target_checked(&ev) { next.working_days.with(day) } else { next.working_days.without(day) };
                        save(next);
                    }/>
                    {label}
                </label>
            }
        }).collect_view();
        let time_off = p
            .time_off
            .iter()
            .map(|range| {
                format!(
                    "{} – {}",
                    crate::fmt::date(language, range.from()),
                    crate::fmt::date(language, range.to())
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        let base = p.clone();
        let add_off = move |_| {
            let (from, to) = (
                input::optional_date(&off_from.get_untracked()),
                input::optional_date(&off_to.get_untracked()),
            );
            match (from, to) {
                (Ok(Some(from)), Ok(to)) => match DateRange::new(from, to.unwrap_or(from)) {
                    Ok(range) => {
                        let mut next = base.clone();
                        next.time_off.push(range);
                        save(next);
                        off_from.set(String::new());
                        off_to.set(String::new());
                    }
                    Err(error) => problem.set(Some(error.to_string())),
                },
                (Err(error), _) | (_, Err(error)) => {
                    problem.set(Some(tr(language, Msg::InputError(&error))))
                }
                (Ok(None), _) => {
                    problem.set(Some(tr(language, Msg::InputError(&input::InputError::Missing))))
                }
            }
        };
        let remove = move |_| {
            if let Err(error) = store.dispatch(Command::RemovePerson(id)) {
                problem.set(Some(tr(language, Msg::DomainError(&error))));
            }
        };
        Some(view! {
            <li class="person" data-testid="person">
                <strong>{name.clone()}</strong> " " <span class="badge">{tr(language, Msg::Role(p.role))}</span>
                <div class="person-fields">
                    <label>
                        {tr(language, Msg::WeeklyCapacity)}
                        <input type="text" inputmode="decimal" size="4" value=capacity on:change=on_capacity aria-label=format!("{}: {name}", tr(language, Msg::WeeklyCapacity))/>
                    </label>
                    <fieldset class="days">
                        <legend>{tr(language, Msg::WorkingDays)}</legend>
                        {days}
                    </fieldset>
                    <fieldset class="time-off">
                        <legend>{tr(language, Msg::TimeOff)}</legend>
                        <span>{time_off}</span>
                        <label>{tr(language, Msg::From)} <input type="date" prop:value=move || off_from.get() on:input=move |ev| off_from.set(event_target_value(&ev))/></label>
                        <label>{tr(language, Msg::To)} <input type="date" prop:value=move || off_to.get() on:input=move |ev| off_to.set(event_target_value(&ev))/></label>
                        <button type="button" class="secondary" on:click=add_off>{tr(language, Msg::Add)}</button>
                    </fieldset>
                    {(p.role != Role::Me).then(|| view! {
                        <button type="button" class="danger" on:click=remove aria-label=format!("{} {name}", tr(language, Msg::Remove))>{tr(language, Msg::Remove)}</button>
                    })}
                </div>
                {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
            </li>
        })
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
