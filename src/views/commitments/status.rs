//! The rest of what a row offers, under More: the edit form and every status (the
//! menu's choices are the core's `StatusKind::ALL`); and the question a move to
//! Waiting asks first: on whom.

use leptos::prelude::*;
use plateful_core::input::{self, InputError};
use plateful_core::item::chosen_status;
use plateful_core::{Command, Status, StatusKind, Waiting};

use super::controls::Act;
use crate::components::field::{InputKind, TextField};
use crate::i18n::{tr, Msg};
use crate::platform;

#[component]
pub fn MoreMenu(
    act: Act,
    /// The element id, which the More button controls.
    id: String,
    /// The commitment's status now.
    #[prop(into)]
    kind: Signal<Option<StatusKind>>,
    /// Its title, for the controls' names.
    #[prop(into)]
    title: Signal<String>,
    /// Opens the edit form.
    on_edit: Callback<()>,
    /// Asks on whom it waits (the status menu's Waiting).
    on_waiting: Callback<()>,
) -> impl IntoView {
    let store = act.store;
    let named = move |what: Msg<'static>| {
        let language = store.language().get();
        tr(language, Msg::ActOn { what: &tr(language, what), title: &title.get() })
    };
    let labelled = move |what: Msg<'static>| {
        let language = store.language().get();
        tr(language, Msg::Labelled { what: &tr(language, what), title: &title.get() })
    };
    let choose = move |ev: leptos::ev::Event| {
        let Some(chosen) = StatusKind::parse(&event_target_value(&ev)) else { return };
        if Some(chosen) == kind.get_untracked() {
            return;
        }
        match chosen_status(chosen, platform::today()) {
            Some(status) => {
                let command = Command::SetStatus { id: act.id, status, at: platform::now() };
                act.send(command, |language, title| {
                    tr(language, Msg::StatusNow { kind: chosen, title })
                });
            }
            None => on_waiting.run(()),
        }
    };
    view! {
        <div class="more-actions" id=id>
            <button type="button" class="secondary" aria-label=move || named(Msg::Edit)
                on:click=move |_| on_edit.run(())>
                {move || store.t(Msg::Edit)}
            </button>
            <select aria-label=move || labelled(Msg::StatusLabel) on:change=choose>
                {StatusKind::ALL.into_iter().map(|choice| view! {
                    <option value=choice.as_str() prop:selected=move || kind.get() == Some(choice)>
                        {move || store.t(Msg::Status(choice))}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// On whom a commitment waits: a person of the plan by name, or anyone as text.
#[component]
pub fn WaitForm(
    act: Act,
    /// Closes the form (done, or cancelled).
    on_close: Callback<()>,
) -> impl IntoView {
    let store = act.store;
    let who = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = who.get_untracked();
        let party = act.store.with_untracked(|plan| input::party(&typed, plan));
        let on = match party {
            Ok(Some(on)) => on,
            Ok(None) => {
                return message.set(Some(tr(act.language(), Msg::InputError(&InputError::Missing))))
            }
            Err(error) => return message.set(Some(tr(act.language(), Msg::TextError(&error)))),
        };
        message.set(None);
        let status =
            Status::Waiting(Waiting { on, since: platform::today(), last_follow_up: None });
        let command = Command::SetStatus { id: act.id, status, at: platform::now() };
        let name = typed.trim().to_owned();
        if act.send(command, |language, title| tr(language, Msg::WaitingNow { title, who: &name }))
        {
            on_close.run(());
        }
    };
    let cancel = move |_| {
        act.problem.set(None);
        on_close.run(());
    };
    view! {
        <form class="waiting-form" novalidate on:submit=confirm>
            <TextField id=format!("waiting-{}", act.id) label=Signal::derive(move || store.t(Msg::WaitingOnLabel))
                kind=InputKind::Text size=16 value=who on_input=Callback::new(move |text| who.set(text))
                message=message/>
            <div class="actions">
                <button type="submit">{move || store.t(Msg::SetWaiting)}</button>
                <button type="button" class="secondary" on:click=cancel>{move || store.t(Msg::Cancel)}</button>
            </div>
        </form>
    }
}
