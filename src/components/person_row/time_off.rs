//! A person's time off: the ranges they have, each removable (with Undo), and a range
//! to add.

use leptos::prelude::*;
use plateful_core::input::{self, InputError};
use plateful_core::{DateRange, Person};

use super::{save, Row};
use crate::components::field::{InputKind, TextField};
use crate::components::page::use_announcer;
use crate::components::toast::use_toast;
use crate::i18n::{tr, Msg};
use crate::state::use_store;

pub(super) fn time_off_field(row: Row) -> impl IntoView {
    let Row { person, store, .. } = row;
    let ranges = Memo::new(move |_| {
        person.with(|p| p.as_ref().map(|p| p.time_off.clone()).unwrap_or_default())
    });
    let problem = RwSignal::new(None::<String>);
    view! {
        <fieldset class="time-off" data-testid="time-off">
            <legend>{move || store.t(Msg::TimeOff)}</legend>
            <Show when=move || ranges.with(Vec::is_empty)>
                <p class="muted">{move || store.t(Msg::TimeOffNone)}</p>
            </Show>
            <ul class="time-off-list">
                <For each=move || ranges.get() key=|range| *range let:range>
                    <TimeOffRange range=range person=person problem=problem/>
                </For>
            </ul>
            {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
            {add_time_off(row)}
        </fieldset>
    }
}

/// One range of time off and its Remove button.
#[component]
fn TimeOffRange(
    range: DateRange,
    #[prop(into)] person: Signal<Option<Person>>,
    /// Where a refusal is said.
    problem: RwSignal<Option<String>>,
) -> impl IntoView {
    let store = use_store();
    let toast = use_toast();
    let (from, to) = (range.from(), range.to());
    let remove = move |_| {
        let Some(current) = person.get_untracked() else { return };
        let who = current.name.as_str().to_owned();
        if save(store, current.without_time_off(range), problem) {
            toast.done(tr(
                store.language().get_untracked(),
                Msg::TimeOffRemoved { who: &who, from, to },
            ));
        }
    };
    view! {
        <li>
            <span>{move || store.t(Msg::TimeOffRange { from, to })}</span>
            <button type="button" class="secondary" on:click=remove
                aria-label=move || store.t(Msg::RemoveTimeOff { from, to })
            >
                {move || store.t(Msg::Remove)}
            </button>
        </li>
    }
}

/// The first and last day of a range to add (the last may be left blank: one day).
fn add_time_off(row: Row) -> impl IntoView {
    let Row { id, person, store } = row;
    let announcer = use_announcer();
    let (from, to) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let (from_problem, to_problem) = (RwSignal::new(None::<String>), RwSignal::new(None::<String>));
    let add = move |_| {
        let language = store.language().get_untracked();
        let said = |error: &InputError| Some(tr(language, Msg::InputError(error)));
        from_problem.set(None);
        to_problem.set(None);
        let first = match input::optional_date(&from.get_untracked()) {
            Ok(Some(first)) => first,
            Ok(None) => return from_problem.set(said(&InputError::Missing)),
            Err(error) => return from_problem.set(said(&error)),
        };
        let last = match input::optional_date(&to.get_untracked()) {
            Ok(last) => last.unwrap_or(first),
            Err(error) => return to_problem.set(said(&error)),
        };
        let Ok(range) = DateRange::new(first, last) else {
            return to_problem.set(Some(tr(language, Msg::TimeOffReversed)));
        };
        let Some(current) = person.get_untracked() else { return };
        let who = current.name.as_str().to_owned();
        if save(store, current.with_time_off(range), from_problem) {
            from.set(String::new());
            to.set(String::new());
            announcer.say(tr(language, Msg::TimeOffAdded { who: &who, from: first, to: last }));
        }
    };
    view! {
        <div class="add-time-off">
            <TextField id=format!("person-{id}-off-from") label=Signal::derive(move || store.t(Msg::From)) kind=InputKind::Date
                value=from on_input=Callback::new(move |text| from.set(text)) message=from_problem/>
            <TextField id=format!("person-{id}-off-to") label=Signal::derive(move || store.t(Msg::To)) kind=InputKind::Date
                value=to on_input=Callback::new(move |text| to.set(text)) message=to_problem/>
            <button type="button" class="secondary" on:click=add>{move || store.t(Msg::AddTimeOff)}</button>
        </div>
    }
}
