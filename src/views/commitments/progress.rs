//! A commitment's progress log on its page: each entry (date, hours, note) can be
//! corrected or removed (with Undo), and hours can be added on any date. An entry is
//! read by the core (`item::EntryInput`); a refusal (an entry another tab removed
//! meanwhile) shows above the log, which outlives the entry's row.

use leptos::prelude::*;
use plateful_core::item::EntryInput;
use plateful_core::{Command, Commitment, CommitmentId, DomainError, ProgressEntry};

use super::entry_form::EntryForm;
use super::focus::Refocus;
use crate::components::page::use_announcer;
use crate::components::toast::use_toast;
use crate::fmt;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::use_store;

#[component]
pub fn ProgressLog(
    /// The commitment whose log it is.
    id: CommitmentId,
    /// It as it is now.
    #[prop(into)]
    commitment: Signal<Option<Commitment>>,
) -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let problem = RwSignal::new(None::<String>);
    // The entry being corrected, by its place in the log.
    let editing = RwSignal::new(None::<usize>);
    let entries = Memo::new(move |_| commitment.with(|c| c.as_ref().map(|c| c.progress.clone())));
    let spent = move || {
        commitment.with(|c| {
            c.as_ref().map(|c| store.t(Msg::SpentSoFar(plateful_core::item::Figures::of(c))))
        })
    };
    // Runs a change to the log: the refusal is worded above the log.
    let run = move |command: Command| -> Result<(), String> {
        store.dispatch(command).map_err(|error: DomainError| {
            let text = tr(store.language().get_untracked(), Msg::DomainError(&error));
            problem.set(Some(text.clone()));
            text
        })
    };
    let add = Callback::new(move |entry: ProgressEntry| {
        let (hours, title) = (entry.hours.get(), store.title(id));
        run(Command::LogProgress { id, entry, at: platform::now() })?;
        problem.set(None);
        announcer.say(tr(store.language().get_untracked(), Msg::Logged { hours, title: &title }));
        Ok(())
    });
    view! {
        <h2 id="progress-heading">{move || store.t(Msg::ProgressHeading)}</h2>
        <p class="spent">{spent}</p>
        {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        {move || {
            let entries = entries.get().unwrap_or_default();
            if entries.is_empty() {
                return view! { <p class="muted">{store.t(Msg::NoProgress)}</p> }.into_any();
            }
            view! {
                <ol class="progress-log" aria-labelledby="progress-heading">
                    {entries.into_iter().enumerate().map(|(index, entry)| view! {
                        <EntryRow id=id index=index entry=entry editing=editing problem=problem/>
                    }).collect_view()}
                </ol>
            }.into_any()
        }}
        <h3 id="add-entry-heading">{move || store.t(Msg::AddEntry)}</h3>
        <EntryForm prefix="entry-new".to_owned() id=id initial=EntryInput::blank(platform::today())
            submit=Msg::AddEntry on_save=add/>
    }
}

/// One entry of the log, or its form while it is corrected.
#[component]
fn EntryRow(
    id: CommitmentId,
    /// Its place in the log, which the commands name.
    index: usize,
    entry: ProgressEntry,
    /// The entry being corrected.
    editing: RwSignal<Option<usize>>,
    /// Where a refusal is worded.
    problem: RwSignal<Option<String>>,
) -> impl IntoView {
    let store = use_store();
    let (announcer, toast) = (use_announcer(), use_toast());
    let (date, hours) = (entry.date, entry.hours.get());
    let row = format!("entry-{index}");
    let report = move |result: Result<(), DomainError>| {
        result.map_err(|error| {
            let text = tr(store.language().get_untracked(), Msg::DomainError(&error));
            problem.set(Some(text.clone()));
            text
        })
    };
    let save = {
        let row = row.clone();
        Callback::new(move |entry: ProgressEntry| {
            let (date, hours) = (entry.date, entry.hours.get());
            report(store.dispatch(Command::EditProgress {
                id,
                index,
                entry,
                at: platform::now(),
            }))?;
            problem.set(None);
            editing.set(None);
            announcer
                .say(tr(store.language().get_untracked(), Msg::EntryCorrected { hours, date }));
            Refocus::to(row.clone()).now();
            Ok(())
        })
    };
    let remove = move |_| {
        let title = store.title(id);
        let command = Command::RemoveProgress { id, index, at: platform::now() };
        if report(store.dispatch(command)).is_ok() {
            problem.set(None);
            toast.done(tr(
                store.language().get_untracked(),
                Msg::EntryRemoved { hours, date, title: &title },
            ));
        }
    };
    let number = move |value| fmt::input_number(store.language().get_untracked(), value);
    let initial = EntryInput::of(&entry, number);
    let note = entry.note.as_str().to_owned();
    view! {
        <li class="entry" id=row tabindex="-1">
            <Show when=move || editing.get() == Some(index) fallback=move || {
                let note = note.clone();
                let l = move || store.language().get();
                view! {
                    <span class="entry-date">{move || tr(l(), Msg::PlainDate(date))}</span>
                    <span class="entry-hours">{move || tr(l(), Msg::HoursValue(hours))}</span>
                    <span class="entry-note">{note}</span>
                    <span class="entry-actions">
                        <button type="button" class="secondary" aria-label=move || tr(l(), Msg::CorrectEntry { hours, date })
                            on:click=move |_| {
                                editing.set(Some(index));
                                Refocus::to(format!("entry-{index}-date")).now();
                            }>{move || tr(l(), Msg::EditEntry)}</button>
                        <button type="button" class="danger" aria-label=move || tr(l(), Msg::RemoveEntry { hours, date })
                            on:click=remove>{move || tr(l(), Msg::Remove)}</button>
                    </span>
                }
            }>
                <EntryForm prefix=format!("entry-{index}") id=id replacing=index initial=initial.clone() submit=Msg::Save on_save=save
                    on_cancel=Callback::new(move |()| {
                        editing.set(None);
                        Refocus::to(format!("entry-{index}")).now();
                    })/>
            </Show>
        </li>
    }
}
