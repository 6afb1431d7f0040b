//! Quick add: one line, read by the core as you type, with the "can I say yes?" verdict
//! shown before anything is saved.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use plateful_core::quick::{self, QuickDraft};
use plateful_core::whatif::{what_if, Verdict};
use plateful_core::{Command, Commitment, CommitmentFields, CommitmentId, Notes, Plan, Status};

use crate::i18n::{quick_error, tr, Text};
use crate::platform;
use crate::sentences::verdict;
use crate::state::use_store;

/// The fields of a quick-add draft, owned by me unless it names someone with `@@`.
pub fn fields_of(draft: QuickDraft, plan: &Plan) -> Option<CommitmentFields> {
    let owner = draft.owner.or_else(|| plan.me().map(|me| me.id))?;
    Some(CommitmentFields {
        title: draft.title,
        notes: Notes::default(),
        owner,
        requested_by: draft.requested_by,
        effort: draft.effort,
        start: None,
        due: draft.due,
        important: draft.important,
        urgent: false,
        tags: draft.tags,
    })
}

/// A commitment as it would be if added now, for the what-if.
pub fn as_commitment(id: CommitmentId, fields: CommitmentFields) -> Commitment {
    Commitment::new(id, fields, Status::Proposed, platform::now())
}

#[component]
pub fn QuickAdd() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let line = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    // Read the line and weigh it against the plan on every keystroke.
    let reading = Memo::new(move |_| {
        let text = line.get();
        if text.trim().is_empty() {
            return None;
        }
        let language = language.get();
        Some(store.with(|plan| {
            let today = platform::today();
            match quick::parse(&text, today, plan) {
                Ok(draft) => {
                    let Some(fields) = fields_of(draft, plan) else {
                        return Err(String::new());
                    };
                    let placeholder = CommitmentId::from_random_bytes([0; 16]);
                    let answer = what_if(plan, today, &as_commitment(placeholder, fields));
                    Ok((answer.verdict, verdict(language, &answer)))
                }
                Err(error) => Err(quick_error(language, &error)),
            }
        }))
    });
    let add = move |status: Status| {
        let text = line.get_untracked();
        let outcome = store.with_untracked(|plan| {
            quick::parse(&text, platform::today(), plan).map(|draft| fields_of(draft, plan))
        });
        match outcome {
            Ok(Some(fields)) => {
                let command = Command::AddCommitment {
                    id: platform::new_commitment_id(),
                    fields,
                    status,
                    at: platform::now(),
                };
                match store.dispatch(command) {
                    Ok(()) => {
                        line.set(String::new());
                        problem.set(None);
                    }
                    Err(error) => problem
                        .set(Some(crate::i18n::domain_error(language.get_untracked(), &error))),
                }
            }
            Ok(None) => {}
            Err(error) => problem.set(Some(quick_error(language.get_untracked(), &error))),
        }
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        add(Status::Active);
    };
    view! {
        <form class="quick-add" on:submit=submit>
            <label for="quick-add">{move || t(Text::QuickAddLabel)}</label>
            <div class="quick-row">
                <input
                    id="quick-add"
                    type="text"
                    autocomplete="off"
                    placeholder="Talk at the meetup 12h by fri @claire !"
                    aria-describedby="quick-add-hint quick-add-verdict"
                    prop:value=move || line.get()
                    on:input=move |ev| {
                        line.set(event_target_value(&ev));
                        problem.set(None);
                    }
                />
                <button type="submit">{move || t(Text::Add)}</button>
                <button type="button" class="secondary" on:click=move |_| add(Status::Proposed)>{move || t(Text::AddToInbox)}</button>
            </div>
            <p id="quick-add-hint" class="muted hint">{move || t(Text::QuickAddHint)}</p>
            <p id="quick-add-verdict" aria-live="polite" data-testid="quick-verdict" class=move || match reading.get() {
                Some(Ok((Verdict::Fits, _))) => "verdict fits",
                Some(Ok((Verdict::Tight, _))) => "verdict tight",
                Some(Ok((Verdict::DoesNotFit, _))) => "verdict does-not-fit",
                _ => "verdict",
            }>
                {move || match reading.get() {
                    Some(Ok((_, sentence))) => sentence,
                    Some(Err(error)) => error,
                    None => String::new(),
                }}
            </p>
            {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        </form>
    }
}
