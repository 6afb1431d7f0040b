//! The form of one progress entry: date, hours and note, each with its message, read
//! by the core (`item::EntryInput::read`). Adds an entry, or corrects one.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use plateful_core::item::{logged_on, EntryError, EntryField, EntryInput};
use plateful_core::{CommitmentId, ProgressEntry};

use crate::components::field::{InputKind, TextField};
use crate::i18n::{problem, Msg};

#[component]
pub fn EntryForm(
    /// Starts the ids of the form's fields, unique on the page.
    prefix: String,
    /// The commitment whose log the entry is in: a day holds 24 h of it in all.
    id: CommitmentId,
    /// The place in the log of the entry corrected, when one is.
    #[prop(optional)]
    replacing: Option<usize>,
    /// What the form holds at first.
    initial: EntryInput,
    /// The submit button's words.
    submit: Msg<'static>,
    /// Saves the entry; `Err` with the refusal's words keeps what was typed.
    on_save: Callback<ProgressEntry, Result<(), String>>,
    /// Closes the form without saving; a form without it adds entries, and empties its
    /// hours and note after each one (keeping the date, for the next).
    #[prop(optional)]
    on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let store = crate::state::use_store();
    let typed = RwSignal::new(initial);
    let logged = move |date| {
        store.with_untracked(|plan| {
            plan.commitment(id).map_or(0.0, |c| logged_on(&c.progress, date, replacing))
        })
    };
    let read = move |typed: &EntryInput| typed.read(crate::platform::today(), logged);
    // Once a save is refused, each message follows what is typed (as in the
    // commitment form): fixed, it goes at once.
    let refused = RwSignal::new(false);
    let errors = Memo::new(move |_| {
        if !refused.get() {
            return Vec::<EntryError>::new();
        }
        typed.with(read).err().unwrap_or_default()
    });
    let message = move |field: EntryField| {
        Signal::derive(move || {
            errors.with(|errors| {
                let found = errors.iter().find(|e| e.field == field)?;
                Some(problem(store.language().get(), &found.problem))
            })
        })
    };
    let prefix = StoredValue::new(prefix);
    let field = move |field: EntryField,
                      label: Msg<'static>,
                      kind: InputKind,
                      size: u32,
                      get: fn(&EntryInput) -> &String,
                      set: fn(&mut EntryInput, String)| {
        view! {
            <TextField id=prefix.with_value(|p| format!("{p}-{}", field.as_str()))
                label=Signal::derive(move || store.t(label)) kind=kind size=size
                value=Signal::derive(move || typed.with(|typed| get(typed).clone()))
                on_input=Callback::new(move |text| typed.update(|typed| set(typed, text)))
                message=message(field)/>
        }
    };
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        let entry = match typed.with_untracked(read) {
            Ok(entry) => entry,
            Err(_) => return refused.set(true),
        };
        refused.set(false);
        if on_save.run(entry).is_ok() && on_cancel.is_none() {
            typed.update(|typed| {
                typed.hours.clear();
                typed.note.clear();
            });
        }
    };
    view! {
        <form class="entry-form" novalidate on:submit=save>
            {field(EntryField::Date, Msg::EntryDate, InputKind::Date, 10, |e| &e.date, |e, v| e.date = v)}
            {field(EntryField::Hours, Msg::EntryHours, InputKind::Number, 5, |e| &e.hours, |e, v| e.hours = v)}
            {field(EntryField::Note, Msg::EntryNote, InputKind::Text, 20, |e| &e.note, |e, v| e.note = v)}
            <div class="actions">
                <button type="submit">{move || store.t(submit)}</button>
                {on_cancel.map(|cancel| view! {
                    <button type="button" class="secondary" on:click=move |_| cancel.run(())>{move || store.t(Msg::Cancel)}</button>
                })}
            </div>
        </form>
    }
}
