//! Logging hours spent today on a commitment, from its row.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use plateful_core::{input, item, Command, Notes, ProgressEntry};

use super::controls::Act;
use crate::i18n::{tr, Msg};
use crate::platform;

#[component]
pub fn LogHours(
    /// The commitment the hours are logged on.
    act: Act,
    /// Its title, which names the field for a screen reader.
    #[prop(into)]
    title: Signal<String>,
) -> impl IntoView {
    let language = act.store.language();
    let hours = RwSignal::new(String::new());
    super::hold_row(act.id, "hours", move || hours.with(|typed| !typed.is_empty()));
    let log = move |ev: SubmitEvent| {
        ev.prevent_default();
        let today = platform::today();
        let logged = act.store.with_untracked(|plan| {
            plan.commitment(act.id).map_or(0.0, |c| item::logged_on(&c.progress, today, None))
        });
        let spent = match input::hours_in_day(&hours.get_untracked(), logged) {
            Ok(spent) => spent,
            Err(error) => return act.refused(tr(act.language(), Msg::InputError(&error))),
        };
        let entry = ProgressEntry { date: today, hours: spent, note: Notes::default() };
        let command = Command::LogProgress { id: act.id, entry, at: platform::now() };
        if act.send_here(command, |language, title| {
            tr(language, Msg::Logged { hours: spent.get(), title })
        }) {
            hours.set(String::new());
        }
    };
    let label = move || {
        let language = language.get();
        tr(language, Msg::Labelled { what: &tr(language, Msg::LogHours), title: &title.get() })
    };
    view! {
        <form class="log-form" on:submit=log>
            <input
                type="text"
                inputmode="decimal"
                size="4"
                autocomplete="off"
                aria-label=label
                placeholder="h"
                prop:value=move || hours.get()
                on:input=move |ev| hours.set(event_target_value(&ev))
            />
            <button type="submit" class="secondary">{move || act.store.t(Msg::Log)}</button>
        </form>
    }
}
