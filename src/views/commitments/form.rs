//! The commitment form, for adding and for editing. The core reads it
//! (`CommitmentInput::read`); each field shows its own message, and a new commitment
//! shows the "can I say yes?" answer as it is filled in.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use plateful_core::input::{CommitmentInput, FieldError, Problem};
use plateful_core::whatif::CounterOffer;
use plateful_core::{Command, Commitment, CommitmentId, EffortKind, Field, Status};

use crate::components::answer::Answer;
use crate::components::field::{CheckField, InputKind, TextField};
use crate::components::page::use_announcer;
use crate::fmt;
use crate::i18n::{problem, tr, Msg};
use crate::platform;
use crate::state::use_store;

/// Adds a commitment (no `editing`) or edits one.
#[component]
pub fn CommitmentForm(
    /// The commitment to edit; absent to add a new one.
    #[prop(optional)]
    editing: Option<CommitmentId>,
    /// Called after a successful save or on Cancel, to close the form.
    #[prop(optional)]
    on_close: Option<Callback<()>>,
) -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    let fresh = move || {
        store.with_untracked(|plan| {
            let owner = plan.me().map(|me| me.id)?;
            let existing = editing.and_then(|id| plan.commitment(id));
            let number = |value| fmt::input_number(store.language().get_untracked(), value);
            Some(match existing {
                Some(c) => {
                    CommitmentInput::of(&plateful_core::CommitmentFields::of(c), plan, number)
                }
                None => CommitmentInput::blank(owner),
            })
        })
    };
    // A checked plan always has "me"; without one there is nothing to fill in.
    let Some(initial) = fresh() else { return ().into_any() };
    // What the form was filled with, to tell the fields the reader changed from those
    // someone else (another tab, an undo) changed meanwhile.
    let base = StoredValue::new(initial.clone());
    let input = RwSignal::new(initial);
    // Brings the fields the reader has not touched up to the commitment as it is now.
    let catch_up = move |theirs: CommitmentInput| {
        if base.with_value(|base| *base != theirs) {
            input.update(|i| *i = base.with_value(|base| i.rebase(base, &theirs)));
            base.set_value(theirs);
        }
    };
    if let Some(id) = editing {
        // Tracks this commitment alone: another row's change leaves the form be.
        let theirs = Memo::new(move |_| store.commitment(id).and_then(|_| fresh()));
        Effect::new(move |_| {
            if let Some(theirs) = theirs.get() {
                catch_up(theirs);
            }
        });
    }
    let errors = RwSignal::new(Vec::<FieldError>::new());
    // After a save refused for what the form says, each field's message follows what
    // is typed: a problem fixed goes at once, a new one shows at once.
    let refused = RwSignal::new(false);
    let live = Memo::new(move |_| {
        if !refused.get() {
            return Vec::new();
        }
        store.with(|plan| input.with(|i| i.read(plan))).err().unwrap_or_default()
    });
    // Ids are unique per form: several edit forms can be open at once.
    let prefix = StoredValue::new(editing.map_or_else(|| "new".to_owned(), |id| id.to_string()));
    let id_of =
        move |field: Field| prefix.with_value(|prefix| format!("{prefix}-{}", field.as_str()));
    let message = move |field: Field| {
        Signal::derive(move || {
            let word = |errors: &Vec<FieldError>| {
                let found = errors.iter().find(|e| e.field == field)?;
                Some(problem(store.language().get(), &found.problem))
            };
            if refused.get() {
                live.with(word)
            } else {
                errors.with(word)
            }
        })
    };
    let list_of = move || format!("{}-people", id_of(Field::RequestedBy));
    let people_list = list_of();
    let text = move |field: Field,
                     label: Msg<'static>,
                     kind: InputKind,
                     get: fn(&CommitmentInput) -> &String,
                     set: fn(&mut CommitmentInput, String)| {
        let list = (field == Field::RequestedBy).then(list_of);
        view! {
            <TextField id=id_of(field) label=Signal::derive(move || store.t(label)) kind=kind
                value=Signal::derive(move || input.with(|i| get(i).clone()))
                on_input=Callback::new(move |value| input.update(|i| set(i, value)))
                message=message(field) list=list.unwrap_or_default()/>
        }
    };
    let check = move |name: &str,
                      label: Msg<'static>,
                      get: fn(&CommitmentInput) -> bool,
                      set: fn(&mut CommitmentInput, bool)| {
        view! {
            <CheckField id=format!("{}-{name}", id_of(Field::Due)) label=Signal::derive(move || store.t(label))
                checked=Signal::derive(move || input.with(get))
                on_toggle=Callback::new(move |on| input.update(|i| set(i, on)))/>
        }
    };
    // Adds or saves what the form says, with `offer`'s dates when one was accepted; a
    // decline records the request as declined in the same step.
    let save = move |offer: Option<CounterOffer>, decline: bool| {
        if let Some(theirs) = editing.and_then(|_| fresh()) {
            catch_up(theirs);
        }
        let read = store.with_untracked(|plan| input.with_untracked(|i| i.read(plan)));
        let mut fields = match read {
            Ok(fields) => fields,
            Err(found) => {
                // The first field that is wrong takes the focus, where its message is.
                if let Some(first) = found.first() {
                    super::focus::Refocus::to(id_of(first.field)).now();
                }
                errors.set(found);
                return refused.set(true);
            }
        };
        let at = platform::now();
        let commands = match editing {
            Some(id) => vec![Command::EditCommitment { id, fields, at }],
            None => {
                let id = platform::new_commitment_id();
                if let Some(offer) = offer {
                    let draft = Commitment::new(id, fields.clone(), Status::Proposed, at);
                    (fields.start, fields.due) = offer.schedule(&draft);
                }
                let status = if decline { Status::Proposed } else { Status::Active };
                let mut commands = vec![Command::AddCommitment { id, fields, status, at }];
                if decline {
                    commands.push(Command::Decline { id, on: platform::today(), at });
                }
                commands
            }
        };
        let title = input.with_untracked(|i| i.title.trim().to_owned());
        match store.dispatch_all(commands) {
            Ok(()) => {
                errors.set(Vec::new());
                refused.set(false);
                let said = match editing {
                    Some(_) => Msg::Saved,
                    None => Msg::Added(&title),
                };
                announcer.say(tr(store.language().get_untracked(), said));
                if let Some(blank) = editing.is_none().then(fresh).flatten() {
                    input.set(blank);
                }
                if let Some(close) = on_close {
                    close.run(());
                }
            }
            Err(error) => {
                let field = error.field().unwrap_or(Field::Title);
                refused.set(false);
                errors.set(vec![FieldError { field, problem: Problem::Domain(error) }]);
            }
        }
    };
    // The request as it would be added, for the answer; none while the form is wrong.
    let request = Signal::derive(move || {
        if editing.is_some() {
            return None;
        }
        let fields = store.with(|plan| input.with(|i| i.read(plan))).ok()?;
        Some(Commitment::new(
            CommitmentId::from_random_bytes([0; 16]),
            fields,
            Status::Proposed,
            platform::now(),
        ))
    });
    let kind = move || input.with(|i| i.effort);
    let owners = super::owner_options(store);
    let names = Memo::new(move |_| {
        store
            .with(|plan| plan.people.iter().map(|p| p.name.as_str().to_owned()).collect::<Vec<_>>())
    });
    view! {
        <form class="commitment-form" novalidate on:submit=move |ev: SubmitEvent| { ev.prevent_default(); save(None, false) }>
            {text(Field::Title, Msg::Title, InputKind::Text, |i| &i.title, |i, v| i.title = v)}
            <div class="field">
                <label for=id_of(Field::Effort)>{move || store.t(Msg::Effort)}</label>
                <select id=id_of(Field::Effort) prop:value=move || kind().as_str()
                    on:change=move |ev| { let v = event_target_value(&ev); input.update(|i| i.effort = EffortKind::parse(&v).unwrap_or(EffortKind::OneOff)) }>
                    {EffortKind::ALL.into_iter().map(|k| view! { <option value=k.as_str()>{move || store.t(Msg::EffortKindName(k))}</option> }).collect_view()}
                </select>
            </div>
            <Show when=move || kind() != EffortKind::Unestimated>
                {move || {
                    let label = if kind() == EffortKind::Recurring { Msg::HoursPerWeek } else { Msg::EstimateHours };
                    text(Field::Hours, label, InputKind::Number, |i| &i.hours, |i, v| i.hours = v)
                }}
            </Show>
            <Show when=move || kind() == EffortKind::Recurring>
                {text(Field::Until, Msg::Until, InputKind::Date, |i| &i.until, |i, v| i.until = v)}
            </Show>
            {text(Field::Start, Msg::StartDate, InputKind::Date, |i| &i.start, |i, v| i.start = v)}
            {text(Field::Due, Msg::DueDate, InputKind::Date, |i| &i.due, |i, v| i.due = v)}
            <div class="field">
                <label for=id_of(Field::Owner)>{move || store.t(Msg::Owner)}</label>
                <select id=id_of(Field::Owner) on:change=move |ev| { let v = event_target_value(&ev); if let Ok(owner) = v.parse() { input.update(|i| i.owner = owner) } }>
                    {move || owners.get().into_iter().map(|(id, name)| {
                        let selected = input.with_untracked(|i| i.owner) == id;
                        // The property too, so that an owner changed in another tab shows.
                        view! { <option value=id.to_string() selected=selected prop:selected=move || input.with(|i| i.owner) == id>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            {text(Field::Tags, Msg::Tags, InputKind::Text, |i| &i.tags, |i, v| i.tags = v)}
            <div class="field-list">
                {text(Field::RequestedBy, Msg::RequestedBy, InputKind::Text, |i| &i.requested_by, |i, v| i.requested_by = v)}
                <datalist id=people_list>
                    {move || names.get().into_iter().map(|name| view! { <option value=name></option> }).collect_view()}
                </datalist>
            </div>
            {text(Field::Notes, Msg::Notes, InputKind::Area, |i| &i.notes, |i, v| i.notes = v)}
            <div class="field field-checks">
                {check("urgent", Msg::Urgent, |i| i.urgent, |i, v| i.urgent = v)}
                {check("hard", Msg::HardDeadline, |i| i.hard, |i, v| i.hard = v)}
                {check("important", Msg::Important, |i| i.important, |i, v| i.important = v)}
            </div>
            <Answer request=request
                on_counter=Callback::new(move |offer| save(Some(offer), false))
                on_decline=Callback::new(move |()| save(None, true))/>
            <div class="actions">
                <button type="submit">{move || if editing.is_some() { store.t(Msg::Save) } else { store.t(Msg::Add) }}</button>
                {on_close.map(|close| view! {
                    <button type="button" class="secondary" on:click=move |_| close.run(())>{move || store.t(Msg::Cancel)}</button>
                })}
            </div>
        </form>
    }
    .into_any()
}
