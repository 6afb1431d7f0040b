//! The first run (SPEC 3): a short welcome that asks for my name, weekly capacity and
//! working days, and offers the sample plan. It shows on Today while the plan is one
//! nobody started (`plateful_core::first_run::is_first_run`), so also after "Erase
//! everything", and never blocks the app: it can be skipped, and every page works
//! behind it.

mod sample;

use std::cell::Cell;

use leptos::prelude::*;
use plateful_core::first_run::{self, WelcomeProblems};
use plateful_core::{DayName, WorkingDays};

use crate::components::field::{CheckField, InputKind, TextField};
use crate::components::page::use_announcer;
use crate::i18n::{tr, Msg};
use crate::state::use_store;
pub use sample::{ExploreSample, SampleBanner};

thread_local! {
    /// The welcome was skipped in this tab: it stays away until the next visit.
    static SKIPPED: Cell<bool> = const { Cell::new(false) };
}

/// Whether the welcome was skipped in this tab.
pub fn skipped() -> bool {
    SKIPPED.with(Cell::get)
}

/// The welcome, with its three questions and the sample plan.
#[component]
pub fn Welcome(
    /// Called once the welcome is answered or skipped.
    on_done: Callback<()>,
) -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let me = store.with_untracked(|plan| plan.me().cloned());
    let capacity_now = me.as_ref().and_then(|me| me.weekly_capacity).map(|h| h.get());
    let name = RwSignal::new(String::new());
    let capacity = RwSignal::new(crate::fmt::input_number(
        store.language().get_untracked(),
        capacity_now.unwrap_or_default(),
    ));
    let days = RwSignal::new(me.map_or(WorkingDays::MONDAY_TO_FRIDAY, |me| me.working_days));
    let problems = RwSignal::new(WelcomeProblems::default());
    let problem = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let language = store.language().get_untracked();
        let Some(me) = store.with_untracked(|plan| plan.me().cloned()) else { return };
        let typed = name.get_untracked();
        let answers =
            first_run::welcome(&me, &typed, &capacity.get_untracked(), days.get_untracked());
        match answers.map(|command| store.dispatch(command)) {
            Ok(Ok(())) => {
                announcer.say(tr(language, Msg::WelcomeDone(typed.trim())));
                on_done.run(());
                sample::focus_heading();
            }
            Ok(Err(error)) => problem.set(Some(tr(language, Msg::DomainError(&error)))),
            Err(found) => {
                // The first field that is wrong takes the focus, where its message is.
                let first = if found.name.is_some() {
                    "welcome-name"
                } else if found.capacity.is_some() {
                    "welcome-capacity"
                } else {
                    "welcome-day-mon"
                };
                request_animation_frame(move || {
                    let field = document().get_element_by_id(first);
                    let field = field.and_then(|el| {
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok()
                    });
                    if let Some(field) = field {
                        field.focus().ok();
                    }
                });
                problems.set(found);
            }
        }
    };
    let skip = move |_| {
        SKIPPED.with(|skipped| skipped.set(true));
        on_done.run(());
        sample::focus_heading();
    };
    let name_message = Signal::derive(move || {
        problems.with(|p| p.name.as_ref().map(|error| store.t(Msg::TextError(error))))
    });
    let capacity_message = Signal::derive(move || {
        problems.with(|p| p.capacity.as_ref().map(|error| store.t(Msg::InputError(error))))
    });
    let day_boxes = DayName::ALL
        .into_iter()
        .map(|day| {
            let weekday: chrono::Weekday = day.into();
            view! {
                <CheckField id=format!("welcome-day-{}", day.as_str())
                    label=Signal::derive(move || store.t(Msg::DayName(day)))
                    checked=Signal::derive(move || days.get().contains(weekday))
                    on_toggle=Callback::new(move |on: bool| days.update(|d| *d = if on { d.with(weekday) } else { d.without(weekday) }))/>
            }
        })
        .collect_view();
    view! {
        <section class="panel welcome" aria-labelledby="welcome-heading" data-testid="welcome">
            <h2 id="welcome-heading">{move || store.t(Msg::WelcomeHeading)}</h2>
            <p>{move || store.t(Msg::WelcomeIntro)}</p>
            <form class="welcome-form" on:submit=submit novalidate>
                <TextField id="welcome-name" label=Signal::derive(move || store.t(Msg::YourName)) kind=InputKind::Text
                    value=name on_input=Callback::new(move |text| name.set(text)) message=name_message/>
                <div class="welcome-capacity">
                    <TextField id="welcome-capacity" label=Signal::derive(move || store.t(Msg::WeeklyCapacity)) kind=InputKind::Number size=5
                        value=capacity on_input=Callback::new(move |text| capacity.set(text)) message=capacity_message/>
                    <p class="muted hint">{move || store.t(Msg::CapacityHint)}</p>
                </div>
                <fieldset class="days">
                    <legend>{move || store.t(Msg::WorkingDays)}</legend>
                    {day_boxes}
                </fieldset>
                <p class="field-error" role="alert">{move || problems.with(|p| p.no_working_day).then(|| store.t(Msg::NoWorkingDay))}</p>
                <div class="actions">
                    <button type="submit">{move || store.t(Msg::WelcomeStart)}</button>
                    <button type="button" class="secondary" on:click=skip>{move || store.t(Msg::WelcomeSkip)}</button>
                </div>
                {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
            </form>
            <h3>{move || store.t(Msg::SampleHeading)}</h3>
            <p class="muted">{move || store.t(Msg::SampleOffer)}</p>
            <ExploreSample/>
        </section>
    }
}
