//! Quick add: one line, read by the core in the interface's language as you type, with
//! what it understood and the "can I say yes?" answer shown before anything is saved.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use plateful_core::quick::{self, QuickDraft};
use plateful_core::whatif::CounterOffer;
use plateful_core::{
    Command, Commitment, CommitmentFields, Effort, Language, Notes, Party, Plan, Status,
};

use crate::components::answer::Answer;
use crate::fmt;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::{use_store, use_today};

/// The fields of a quick-add draft, owned by me unless it names someone with `@@`.
pub fn fields_of(draft: &QuickDraft, plan: &Plan) -> Option<CommitmentFields> {
    let owner = draft.owner.or_else(|| plan.me().map(|me| me.id))?;
    Some(CommitmentFields {
        title: draft.title.clone(),
        notes: Notes::default(),
        owner,
        requested_by: draft.requested_by.clone(),
        effort: draft.effort.clone(),
        start: None,
        due: draft.due_date(),
        important: draft.important,
        urgent: false,
        tags: draft.tags.clone(),
    })
}

/// What one line said, read against the plan.
#[derive(Clone, PartialEq)]
enum Reading {
    Empty,
    Read { draft: QuickDraft, request: Box<Commitment> },
    Refused(String),
}

#[component]
pub fn QuickAdd() -> impl IntoView {
    let store = use_store();
    let today = use_today();
    let line = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    // One id for the draft while it is typed, so that the answer's request keeps its
    // identity and a new one for each commitment added.
    let draft_id = RwSignal::new(platform::new_commitment_id());
    let reading = Memo::new(move |_| {
        let text = line.get();
        if text.trim().is_empty() {
            return Reading::Empty;
        }
        let language = store.language().get();
        let today = today.get();
        store.with(|plan| match quick::parse(&text, today, plan, language) {
            Ok(draft) => match fields_of(&draft, plan) {
                Some(fields) => {
                    let at = platform::now();
                    let request = Commitment::new(draft_id.get(), fields, Status::Proposed, at);
                    Reading::Read { draft, request: Box::new(request) }
                }
                None => Reading::Refused(tr(
                    language,
                    Msg::DomainError(&plateful_core::DomainError::OnlyOneMe),
                )),
            },
            Err(error) => Reading::Refused(tr(language, Msg::QuickError(&error))),
        })
    });
    let request = Signal::derive(move || match reading.get() {
        Reading::Read { request, .. } => Some(*request),
        _ => None,
    });
    // Adds the line as it reads, with `change` made to it first; `then` follows the add
    // in the same step (a decline), so that one Undo takes both back.
    let add = move |status_of: Status, change: Option<CounterOffer>, decline: bool| {
        let Reading::Read { request, .. } = reading.get_untracked() else {
            if let Reading::Refused(text) = reading.get_untracked() {
                problem.set(Some(text));
            }
            return;
        };
        let mut fields = CommitmentFields::of(&request);
        if let Some(offer) = change {
            (fields.start, fields.due) = offer.schedule(&request);
        }
        let title = fields.title.as_str().to_owned();
        let (id, at) = (request.id, platform::now());
        let mut commands = vec![Command::AddCommitment { id, fields, status: status_of, at }];
        if decline {
            commands.push(Command::Decline { id, on: platform::today(), at });
        }
        match store.dispatch_all(commands) {
            Ok(()) => {
                line.set(String::new());
                problem.set(None);
                draft_id.set(platform::new_commitment_id());
                status.set(Some(tr(store.language().get_untracked(), Msg::Added(&title))));
            }
            Err(error) => {
                problem.set(Some(tr(store.language().get_untracked(), Msg::DomainError(&error))))
            }
        }
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        add(Status::Active, None, false);
    };
    view! {
        <form class="quick-add" on:submit=submit>
            <label for="quick-add">{move || store.t(Msg::QuickAddLabel)}</label>
            <div class="quick-row">
                <input
                    id="quick-add"
                    type="text"
                    autocomplete="off"
                    placeholder=move || store.t(Msg::QuickAddPlaceholder)
                    aria-describedby="quick-add-hint quick-add-understood"
                    prop:value=move || line.get()
                    on:input=move |ev| {
                        line.set(event_target_value(&ev));
                        problem.set(None);
                        status.set(None);
                    }
                />
                <button type="submit">{move || store.t(Msg::Add)}</button>
                <button type="button" class="secondary" on:click=move |_| add(Status::Proposed, None, false)>{move || store.t(Msg::AddToInbox)}</button>
            </div>
            <p id="quick-add-hint" class="muted hint">{move || store.t(Msg::QuickAddHint)}</p>
            <p id="quick-add-understood" class="understood" data-testid="understood" aria-live="polite">
                {move || match reading.get() {
                    Reading::Read { draft, .. } => {
                        let language = store.language().get();
                        let parts = store.with(|plan| understood(language, plan, &draft));
                        Some(view! {
                            <span class="muted">{tr(language, Msg::Understood)}</span>
                            " "
                            {parts.into_iter().map(|(class, text)| view! { <span class=class>{text}</span> " " }).collect_view()}
                        }.into_any())
                    }
                    Reading::Refused(text) => Some(view! { <span class="field-error">{text}</span> }.into_any()),
                    Reading::Empty => None,
                }}
            </p>
            <Answer
                request=request
                on_counter=Callback::new(move |offer| add(Status::Active, Some(offer), false))
                on_decline=Callback::new(move |()| add(Status::Proposed, None, true))
            />
            {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
            <p class="visually-hidden" role="status">{move || status.get()}</p>
        </form>
    }
}

/// What the line was read as, piece by piece, each with the class that marks its kind.
fn understood(language: Language, plan: &Plan, draft: &QuickDraft) -> Vec<(&'static str, String)> {
    let mut parts = vec![("understood-title", tr(language, Msg::Quoted(draft.title.as_str())))];
    parts.push(match &draft.effort {
        Effort::OneOff { estimate_hours } => {
            ("understood-effort", fmt::hours(language, estimate_hours.get()))
        }
        Effort::Recurring { hours_per_week, .. } => {
            ("understood-effort", fmt::hours_per_week(language, hours_per_week.get()))
        }
        Effort::Unestimated => ("understood-effort", tr(language, Msg::Unestimated)),
    });
    if let Some(due) = draft.due_date() {
        parts.push(("understood-due", tr(language, Msg::DueOn(due.date))));
    }
    if let Some(party) = &draft.requested_by {
        let who = match party {
            Party::Person(id) => plan.person(*id).map_or("–", |p| p.name.as_str()),
            Party::Text(text) => text.as_str(),
        };
        parts.push(("understood-asked", tr(language, Msg::AskedBy(who))));
    }
    if let Some(owner) = draft.owner.and_then(|id| plan.person(id)) {
        parts.push(("understood-owner", tr(language, Msg::OwnedBy(owner.name.as_str()))));
    }
    if draft.important {
        parts.push(("understood-important", tr(language, Msg::Important)));
    }
    for tag in &draft.tags {
        parts.push(("understood-tag", tr(language, Msg::TagName(tag.as_str()))));
    }
    parts
}
