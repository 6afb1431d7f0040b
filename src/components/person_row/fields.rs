//! A person's name, role, weekly capacity and working days, each saved when it changes.

use leptos::prelude::*;
use plateful_core::{input, DayName, Language, Person, PersonName, Role};

use super::{save, Row};
use crate::components::field::{described_by, CheckField, FormField, InputKind, TextField};
use crate::components::page::use_announcer;
use crate::i18n::{tr, Msg};

/// A text field over one of the person's values, saved when it changes: what is typed
/// stays until it is saved, then the field shows the plan again (and follows Undo or
/// another tab). `saved` shows the value the plan holds; `read` makes the person to
/// save from what was typed, `Ok(None)` when nothing changed, or says what is wrong.
fn person_text_field(
    row: Row,
    name: &'static str,
    label: Msg<'static>,
    kind: InputKind,
    size: u32,
    saved: impl Fn(&Person, Language) -> String + Send + Sync + 'static,
    read: impl Fn(&str, Person, Language) -> Result<Option<Person>, String> + Send + Sync + 'static,
) -> impl IntoView {
    let Row { id, person, store } = row;
    let announcer = use_announcer();
    let draft = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let shown = Signal::derive(move || {
        draft.get().unwrap_or_else(|| {
            let language = store.language().get();
            person.with(|p| p.as_ref().map(|p| saved(p, language)).unwrap_or_default())
        })
    });
    let commit = move |text: String| {
        let language = store.language().get_untracked();
        let Some(current) = person.get_untracked() else { return };
        match read(&text, current, language) {
            Ok(None) => {
                draft.set(None);
                problem.set(None);
            }
            Ok(Some(next)) => {
                if save(store, next, problem) {
                    draft.set(None);
                    announcer.say(tr(language, Msg::Saved));
                }
            }
            Err(message) => problem.set(Some(message)),
        }
    };
    view! {
        <TextField
            id=format!("person-{id}-{name}")
            label=Signal::derive(move || store.t(label))
            kind=kind
            size=size
            value=shown
            on_input=Callback::new(move |text| draft.set(Some(text)))
            on_change=Callback::new(commit)
            message=problem
        />
    }
}

pub(super) fn name_field(row: Row) -> impl IntoView {
    person_text_field(
        row,
        "name",
        Msg::Name,
        InputKind::Text,
        // The width browsers give a text input by default.
        20,
        |p, _| p.name.as_str().to_owned(),
        |text, current, language| match PersonName::parse(text) {
            Ok(name) if name.as_str() == current.name.as_str() => Ok(None),
            Ok(name) => Ok(Some(Person { name, ..current })),
            Err(error) => Err(tr(language, Msg::TextError(&error))),
        },
    )
}

pub(super) fn role_field(row: Row) -> impl IntoView {
    let Row { id, person, store } = row;
    let announcer = use_announcer();
    let problem = RwSignal::new(None::<String>);
    let role = move || person.with(|p| p.as_ref().map(|p| p.role));
    let control = format!("person-{id}-role");
    let choose = move |ev: leptos::ev::Event| {
        let language = store.language().get_untracked();
        let (Some(current), Some(to)) =
            (person.get_untracked(), Role::parse(&event_target_value(&ev)))
        else {
            return;
        };
        let who = current.name.as_str().to_owned();
        if save(store, current.with_role(to), problem) {
            announcer.say(tr(language, Msg::RoleChanged { who: &who, role: to }));
        } else if let Some(select) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t).ok())
        {
            // Refused: the menu says the role the person still has.
            select.set_value(current.role.as_str());
        }
    };
    view! {
        <FormField id=control.clone() label=Signal::derive(move || store.t(Msg::RoleLabel)) message=problem>
            <select id=control.clone() aria-describedby=described_by(&control) on:change=choose>
                {Role::ALL.into_iter().filter(|r| *r != Role::Me).map(|r| view! {
                    <option value=r.as_str() selected=move || role() == Some(r)>{move || store.t(Msg::Role(r))}</option>
                }).collect_view()}
            </select>
        </FormField>
    }
}

pub(super) fn capacity_field(row: Row) -> impl IntoView {
    person_text_field(
        row,
        "capacity",
        Msg::WeeklyCapacity,
        InputKind::Number,
        5,
        |p, language| {
            p.weekly_capacity.map(|h| tr(language, Msg::NumberInput(h.get()))).unwrap_or_default()
        },
        |text, current, language| match input::capacity(text, current.role) {
            Ok(weekly_capacity) => Ok(Some(Person { weekly_capacity, ..current })),
            Err(error) => Err(tr(language, Msg::InputError(&error))),
        },
    )
}

pub(super) fn working_days_field(row: Row) -> impl IntoView {
    let Row { id, person, store, .. } = row;
    let problem = RwSignal::new(None::<String>);
    let days = DayName::ALL.map(|name| {
        let day: chrono::Weekday = name.into();
        let checked = Signal::derive(move || {
            person.with(|p| p.as_ref().is_some_and(|p| p.working_days.contains(day)))
        });
        let toggle = move |on: bool| {
            let Some(current) = person.get_untracked() else { return };
            let working_days =
                if on { current.working_days.with(day) } else { current.working_days.without(day) };
            save(store, Person { working_days, ..current }, problem);
        };
        view! {
            <CheckField
                id=format!("person-{id}-day-{}", name.as_str())
                label=Signal::derive(move || store.t(Msg::DayShort(name)))
                checked=checked
                on_toggle=Callback::new(toggle)
            />
        }
    });
    view! {
        <fieldset class="days">
            <legend>{move || store.t(Msg::WorkingDays)}</legend>
            {days.into_iter().collect_view()}
            {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        </fieldset>
    }
}
