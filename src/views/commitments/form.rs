//! The commitment form, for adding and for editing. Each field shows its own message.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use plateful_core::input::{self, InputError};
use plateful_core::{
    Command, CommitmentFields, CommitmentId, Due, DueKind, Effort, EffortKind, Field, Language,
    Notes, PersonId, Plan, Status, Tag, Title,
};

use crate::fmt;
use crate::i18n::{domain_error, input_error, text_error, tr, Text};
use crate::platform;
use crate::state::use_store;

/// Messages to show next to the fields, one per field at most.
#[derive(Clone, Debug, Default, PartialEq)]
struct Errors {
    title: Option<String>,
    tags: Option<String>,
    hours: Option<String>,
    until: Option<String>,
    start: Option<String>,
    due: Option<String>,
    requested_by: Option<String>,
    notes: Option<String>,
    general: Option<String>,
}

impl Errors {
    fn any(&self) -> bool {
        self.title.is_some()
            || self.hours.is_some()
            || self.until.is_some()
            || self.start.is_some()
            || self.due.is_some()
            || self.requested_by.is_some()
            || self.notes.is_some()
            || self.tags.is_some()
            || self.general.is_some()
    }
}

/// What the inputs hold, as typed.
#[derive(Clone, Debug, PartialEq)]
struct Typed {
    title: String,
    kind: EffortKind,
    hours: String,
    until: String,
    start: String,
    due: String,
    hard: bool,
    important: bool,
    urgent: bool,
    owner: Option<PersonId>,
    tags: String,
    requested_by: String,
    notes: String,
}

impl Typed {
    fn blank() -> Self {
        Typed {
            title: String::new(),
            kind: EffortKind::OneOff,
            hours: String::new(),
            until: String::new(),
            start: String::new(),
            due: String::new(),
            hard: false,
            important: false,
            urgent: false,
            owner: None,
            tags: String::new(),
            requested_by: String::new(),
            notes: String::new(),
        }
    }

    fn of(fields: &CommitmentFields, plan: &Plan) -> Self {
        let (kind, hours) = match fields.effort {
            Effort::OneOff { estimate_hours } => {
                (EffortKind::OneOff, fmt::input_number(estimate_hours.get()))
            }
            Effort::Recurring { hours_per_week, .. } => {
                (EffortKind::Recurring, fmt::input_number(hours_per_week.get()))
            }
            Effort::Unestimated => (EffortKind::Unestimated, String::new()),
        };
        Typed {
            title: fields.title.as_str().to_owned(),
            kind,
            hours,
            until: match fields.effort {
                Effort::Recurring { until: Some(until), .. } => until.to_string(),
                _ => String::new(),
            },
            start: fields.start.map(|start| start.to_string()).unwrap_or_default(),
            due: fields.due.map(|due| due.date.to_string()).unwrap_or_default(),
            hard: fields.due.is_some_and(|due| due.kind == DueKind::Hard),
            important: fields.important,
            urgent: fields.urgent,
            owner: Some(fields.owner),
            tags: fields.tags.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(" "),
            requested_by: input::party_text(fields.requested_by.as_ref(), plan),
            notes: fields.notes.as_str().to_owned(),
        }
    }

    /// Turns the typed text into fields (the owner defaults to `base`'s), or says what is
    /// wrong with each field.
    fn read(
        &self,
        base: CommitmentFields,
        language: Language,
        plan: &Plan,
    ) -> Result<CommitmentFields, Errors> {
        let mut errors = Errors::default();
        let title = Title::parse(&self.title)
            .map_err(|e| errors.title = Some(text_error(language, &e)))
            .ok();
        let until = input::optional_date(&self.until)
            .map_err(|e| errors.until = Some(input_error(language, &e)))
            .ok()
            .flatten();
        let effort = match self.kind {
            EffortKind::OneOff => input::positive_hours(&self.hours)
                .map(|estimate_hours| Effort::OneOff { estimate_hours }),
            EffortKind::Recurring => input::recurring_hours(&self.hours)
                .map(|hours_per_week| Effort::Recurring { hours_per_week, until }),
            EffortKind::Unestimated => Ok(Effort::Unestimated),
        }
        .map_err(|e: InputError| errors.hours = Some(input_error(language, &e)))
        .ok();
        let due = input::optional_date(&self.due)
            .map_err(|e| errors.due = Some(input_error(language, &e)))
            .ok();
        let start = input::optional_date(&self.start)
            .map_err(|e| errors.start = Some(input_error(language, &e)))
            .ok();
        let requested_by = input::party(&self.requested_by, plan)
            .map_err(|e| errors.requested_by = Some(text_error(language, &e)))
            .ok();
        let notes = Notes::parse(&self.notes)
            .map_err(|e| errors.notes = Some(text_error(language, &e)))
            .ok();
        let tags: Result<Vec<Tag>, _> = self.tags.split_whitespace().map(Tag::parse).collect();
        let tags = tags.map_err(|e| errors.tags = Some(text_error(language, &e))).ok();
        match (title, effort, start, due, tags, requested_by, notes) {
            (
                Some(title),
                Some(effort),
                Some(start),
                Some(due),
                Some(tags),
                Some(requested_by),
                Some(notes),
            ) if !errors.any() => Ok(CommitmentFields {
                title,
                effort,
                start,
                requested_by,
                notes,
                due: due.map(|date| Due {
                    date,
                    kind: if self.hard { DueKind::Hard } else { DueKind::Soft },
                }),
                important: self.important,
                urgent: self.urgent,
                owner: self.owner.unwrap_or(base.owner),
                tags,
            }),
            _ => Err(errors),
        }
    }
}

/// Adds a commitment (no `editing`) or edits one.
#[component]
pub fn CommitmentForm(
    /// The commitment to edit; absent to add a new one.
    #[prop(optional)]
    editing: Option<CommitmentId>,
    /// Called after a successful save or on Cancel, to close an edit form.
    #[prop(optional)]
    on_close: Option<Callback<()>>,
) -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let base_of = move || -> Option<CommitmentFields> {
        match editing {
            Some(id) => store.with_untracked(|plan| plan.commitment(id).map(CommitmentFields::of)),
            None => store.with_untracked(|plan| plan.me().map(|me| new_fields(me.id))),
        }
    };
    let initial = editing
        .and_then(|_| base_of())
        .map(|fields| store.with_untracked(|plan| Typed::of(&fields, plan)))
        .unwrap_or_else(Typed::blank);
    let typed = RwSignal::new(initial);
    let errors = RwSignal::new(Errors::default());
    let prefix = editing.map(|id| id.to_string()).unwrap_or_else(|| "new".to_owned());
    let id_of = move |field: &str| format!("{prefix}-{field}");

    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        let language = language.get_untracked();
        let Some(base) = base_of() else {
            return;
        };
        let read = |plan: &Plan| typed.with_untracked(|typed| typed.read(base, language, plan));
        let fields = match store.with_untracked(read) {
            Ok(fields) => fields,
            Err(found) => return errors.set(found),
        };
        let at = platform::now();
        let command = match editing {
            Some(id) => Command::EditCommitment { id, fields, at },
            None => Command::AddCommitment {
                id: platform::new_commitment_id(),
                fields,
                status: Status::Active,
                at,
            },
        };
        match store.dispatch(command) {
            Ok(()) => {
                errors.set(Errors::default());
                if editing.is_none() {
                    typed.set(Typed::blank());
                }
                if let Some(close) = on_close {
                    close.run(());
                }
            }
            Err(error) => {
                let message = domain_error(language, &error);
                errors.set(match error.field() {
                    Some(Field::Due) => Errors { due: Some(message), ..Errors::default() },
                    Some(Field::Effort) => Errors { until: Some(message), ..Errors::default() },
                    Some(Field::RequestedBy) => {
                        Errors { requested_by: Some(message), ..Errors::default() }
                    }
                    _ => Errors { general: Some(message), ..Errors::default() },
                });
            }
        }
    };

    let hours_label = move || match typed.with(|typed| typed.kind) {
        EffortKind::Recurring => t(Text::HoursPerWeek),
        _ => t(Text::EstimateHours),
    };
    let title_id = id_of("title");
    let hours_id = id_of("hours");
    let due_id = id_of("due");
    let kind_id = id_of("kind");
    let owner_id = id_of("owner");
    let tags_id = id_of("tags");
    let until_id = id_of("until");
    let start_id = id_of("start");
    let asked_id = id_of("requested-by");
    let notes_id = id_of("notes");
    let people_list = id_of("people");
    let names = Memo::new(move |_| {
        store
            .with(|plan| plan.people.iter().map(|p| p.name.as_str().to_owned()).collect::<Vec<_>>())
    });
    let owners = super::owner_options(store);
    view! {
        <form class="commitment-form" on:submit=submit novalidate>
            <div class="field field-wide">
                <label for=title_id.clone()>{move || t(Text::Title)}</label>
                <input
                    id=title_id.clone()
                    type="text"
                    autocomplete="off"
                    placeholder=move || t(Text::TitlePlaceholder)
                    prop:value=move || typed.with(|typed| typed.title.clone())
                    on:input=move |ev| typed.update(|typed| typed.title = event_target_value(&ev))
                    aria-invalid=move || errors.with(|e| e.title.is_some()).to_string()
                    aria-describedby=format!("{title_id}-error")
                />
                <FieldError id=format!("{title_id}-error") message=Signal::derive(move || errors.with(|e| e.title.clone()))/>
            </div>
            <div class="field">
                <label for=kind_id.clone()>{move || t(Text::Effort)}</label>
                <select
                    id=kind_id
                    prop:value=move || typed.with(|typed| typed.kind.as_str())
                    on:change=move |ev| {
                        let kind = match event_target_value(&ev).as_str() {
                            "recurring" => EffortKind::Recurring,
                            "unestimated" => EffortKind::Unestimated,
                            _ => EffortKind::OneOff,
                        };
                        typed.update(|typed| typed.kind = kind);
                    }
                >
                    <option value="one_off">{move || t(Text::OneOff)}</option>
                    <option value="recurring">{move || t(Text::Recurring)}</option>
                    <option value="unestimated">{move || t(Text::Unestimated)}</option>
                </select>
            </div>
            <Show when=move || typed.with(|typed| typed.kind != EffortKind::Unestimated)>
                <div class="field">
                    <label for=hours_id.clone()>{hours_label}</label>
                    <input
                        id=hours_id.clone()
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        prop:value=move || typed.with(|typed| typed.hours.clone())
                        on:input=move |ev| typed.update(|typed| typed.hours = event_target_value(&ev))
                        aria-invalid=move || errors.with(|e| e.hours.is_some()).to_string()
                        aria-describedby=format!("{}-error", hours_id.clone())
                    />
                    <FieldError id=format!("{}-error", hours_id.clone()) message=Signal::derive(move || errors.with(|e| e.hours.clone()))/>
                </div>
            </Show>
            <Show when=move || typed.with(|typed| typed.kind == EffortKind::Recurring)>
                <div class="field">
                    <label for=until_id.clone()>{move || t(Text::Until)}</label>
                    <input
                        id=until_id.clone()
                        type="date"
                        prop:value=move || typed.with(|typed| typed.until.clone())
                        on:input=move |ev| typed.update(|typed| typed.until = event_target_value(&ev))
                        aria-invalid=move || errors.with(|e| e.until.is_some()).to_string()
                        aria-describedby=format!("{}-error", until_id.clone())
                    />
                    <FieldError id=format!("{}-error", until_id.clone()) message=Signal::derive(move || errors.with(|e| e.until.clone()))/>
                </div>
            </Show>
            <div class="field">
                <label for=start_id.clone()>{move || t(Text::StartDate)}</label>
                <input
                    id=start_id.clone()
                    type="date"
                    prop:value=move || typed.with(|typed| typed.start.clone())
                    on:input=move |ev| typed.update(|typed| typed.start = event_target_value(&ev))
                    aria-invalid=move || errors.with(|e| e.start.is_some()).to_string()
                    aria-describedby=format!("{start_id}-error")
                />
                <FieldError id=format!("{start_id}-error") message=Signal::derive(move || errors.with(|e| e.start.clone()))/>
            </div>
            <div class="field">
                <label for=due_id.clone()>{move || t(Text::DueDate)}</label>
                <input
                    id=due_id.clone()
                    type="date"
                    prop:value=move || typed.with(|typed| typed.due.clone())
                    on:input=move |ev| typed.update(|typed| typed.due = event_target_value(&ev))
                    aria-invalid=move || errors.with(|e| e.due.is_some()).to_string()
                    aria-describedby=format!("{due_id}-error")
                />
                <FieldError id=format!("{due_id}-error") message=Signal::derive(move || errors.with(|e| e.due.clone()))/>
            </div>
            <div class="field">
                <label for=owner_id.clone()>{move || t(Text::Owner)}</label>
                <select
                    id=owner_id
                    on:change=move |ev| typed.update(|typed| typed.owner = event_target_value(&ev).parse().ok())
                >
                    {move || owners.get().into_iter().map(|(id, name)| {
                        let selected = typed.with_untracked(|typed| typed.owner) == Some(id);
                        view! { <option value=id.to_string() selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=tags_id.clone()>{move || t(Text::Tags)}</label>
                <input
                    id=tags_id.clone()
                    type="text"
                    autocomplete="off"
                    prop:value=move || typed.with(|typed| typed.tags.clone())
                    on:input=move |ev| typed.update(|typed| typed.tags = event_target_value(&ev))
                    aria-invalid=move || errors.with(|e| e.tags.is_some()).to_string()
                    aria-describedby=format!("{tags_id}-error")
                />
                <FieldError id=format!("{tags_id}-error") message=Signal::derive(move || errors.with(|e| e.tags.clone()))/>
            </div>
            <div class="field">
                <label for=asked_id.clone()>{move || t(Text::RequestedBy)}</label>
                <input
                    id=asked_id.clone()
                    type="text"
                    autocomplete="off"
                    list=people_list.clone()
                    prop:value=move || typed.with(|typed| typed.requested_by.clone())
                    on:input=move |ev| typed.update(|typed| typed.requested_by = event_target_value(&ev))
                    aria-invalid=move || errors.with(|e| e.requested_by.is_some()).to_string()
                    aria-describedby=format!("{asked_id}-error")
                />
                <datalist id=people_list>
                    {move || names.get().into_iter().map(|name| view! { <option value=name></option> }).collect_view()}
                </datalist>
                <FieldError id=format!("{asked_id}-error") message=Signal::derive(move || errors.with(|e| e.requested_by.clone()))/>
            </div>
            <div class="field field-wide">
                <label for=notes_id.clone()>{move || t(Text::Notes)}</label>
                <textarea
                    id=notes_id.clone()
                    rows="2"
                    prop:value=move || typed.with(|typed| typed.notes.clone())
                    on:input=move |ev| typed.update(|typed| typed.notes = event_target_value(&ev))
                    aria-invalid=move || errors.with(|e| e.notes.is_some()).to_string()
                    aria-describedby=format!("{notes_id}-error")
                ></textarea>
                <FieldError id=format!("{notes_id}-error") message=Signal::derive(move || errors.with(|e| e.notes.clone()))/>
            </div>
            <div class="field field-checks">
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || typed.with(|typed| typed.urgent)
                        on:change=move |ev| typed.update(|typed| typed.urgent = event_target_checked(&ev))
                    />
                    {move || t(Text::Urgent)}
                </label>
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || typed.with(|typed| typed.hard)
                        on:change=move |ev| typed.update(|typed| typed.hard = event_target_checked(&ev))
                    />
                    {move || t(Text::HardDeadline)}
                </label>
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || typed.with(|typed| typed.important)
                        on:change=move |ev| typed.update(|typed| typed.important = event_target_checked(&ev))
                    />
                    {move || t(Text::Important)}
                </label>
            </div>
            <div class="actions">
                <button type="submit">{move || if editing.is_some() { t(Text::Save) } else { t(Text::Add) }}</button>
                {on_close.map(|close| view! {
                    <button type="button" class="secondary" on:click=move |_| close.run(())>{move || t(Text::Cancel)}</button>
                })}
            </div>
            {move || errors.with(|e| e.general.clone()).map(|message| view! { <p class="field-error" role="alert">{message}</p> })}
        </form>
    }
}

/// The fields of a new commitment before the user fills them in: owned by me.
fn new_fields(me: plateful_core::PersonId) -> CommitmentFields {
    CommitmentFields {
        // A placeholder, always replaced by what the user typed before use.
        title: Title::parse("-").unwrap_or_else(|_| unreachable!()),
        notes: Notes::default(),
        owner: me,
        requested_by: None,
        effort: Effort::Unestimated,
        start: None,
        due: None,
        important: false,
        urgent: false,
        tags: Vec::new(),
    }
}

/// A message under a field, announced when it appears.
#[component]
fn FieldError(
    /// The element id the field's `aria-describedby` points at.
    id: String,
    /// The message, if any.
    #[prop(into)]
    message: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <p id=id class="field-error" role="alert" aria-live="polite">
            {move || message.get().unwrap_or_default()}
        </p>
    }
}
