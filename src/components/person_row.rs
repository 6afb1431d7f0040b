//! One person's capacity, working days and time off, editable in place.

use leptos::prelude::*;
use plateful_core::input;
use plateful_core::{Command, DateRange, DayName, Person, PersonId, Role};

use crate::i18n::{tr, Msg};
use crate::state::use_store;

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
        let days = DayName::ALL.into_iter().map(|name| {
            let day: chrono::Weekday = name.into();
            let label = crate::fmt::weekday_short(language, day);
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
