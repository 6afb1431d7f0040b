//! One commitment in the list: its title (a link to its page), what it is and for
//! whom, and the controls that fit its status; or its edit form.

use leptos::prelude::*;
use plateful_core::item::{owner_other_than_me, party_name, Figures};
use plateful_core::{Commitment, CommitmentId, DueKind, Language, Plan, Status};

use super::controls::Controls;
use super::focus::{row_id, title_id, Refocus};
use super::form::CommitmentForm;
use crate::i18n::{tr, Msg};
use crate::state::use_store;

/// The element the focus falls back to when no row is left: the list's heading.
pub const LIST_HEADING: &str = "list-heading";

#[component]
pub fn CommitmentItem(
    /// The commitment shown; the item disappears with it.
    id: CommitmentId,
) -> impl IntoView {
    let store = use_store();
    let current = Memo::new(move |_| store.commitment(id));
    let editing = RwSignal::new(false);
    super::hold_row(id, "edit", move || editing.get());
    let close = Callback::new(move |()| {
        editing.set(false);
        Refocus::to(row_id(id)).now();
    });
    // The row's frame stays; only what shows the commitment's fields follows it, so a
    // change to it does not rebuild its forms.
    let kind = Memo::new(move |_| current.with(|c| c.as_ref().map(|c| c.status.kind())));
    view! {
        <Show when=move || kind.get().is_some()>
            <li class="commitment" id=row_id(id) tabindex="-1"
                data-status=move || kind.get().map(|k| k.as_str()).unwrap_or_default()>
                <Show
                    when=move || editing.get()
                    fallback=move || view! { <Summary commitment=current/> }
                >
                    <h3 class="visually-hidden">{move || store.t(Msg::EditHeading)}</h3>
                    <CommitmentForm editing=id on_close=close/>
                </Show>
                <Show when=move || !editing.get()>
                    <Controls id=id current=current on_edit=Callback::new(move |()| {
                            editing.set(true);
                            Refocus::to(format!("{id}-title")).now();
                        })
                        fallback=LIST_HEADING described_by=title_id(id)/>
                </Show>
            </li>
        </Show>
    }
}

/// Title and figures.
#[component]
fn Summary(
    /// The commitment shown.
    commitment: Memo<Option<Commitment>>,
) -> impl IntoView {
    let store = use_store();
    move || {
        let language = store.language().get();
        commitment.get().map(|c| {
            let kind = c.status.kind();
            // Names are read without tracking the plan: a row wakes for its own
            // commitment only (a renamed person shows at its next change or visit).
            let facts = store.with_untracked(|plan| facts(language, plan, &c));
            view! {
                <div class="summary">
                    <h3 class="commitment-title" id=title_id(c.id)>
                        // A plain link, which the router follows like its own `A`: the
                        // router's component costs half a millisecond a row.
                        <a href=format!("/commitments/{}", c.id)>{c.title.as_str().to_owned()}</a>
                    </h3>
                    <p class="figures">
                        <span class="badge" data-status=kind.as_str()>{tr(language, Msg::Status(kind))}</span>
                        {c.important.then(|| view! { <span class="badge important">{tr(language, Msg::Important)}</span> })}
                        {c.urgent.then(|| view! { <span class="badge urgent">{tr(language, Msg::Urgent)}</span> })}
                        {facts.into_iter().map(|(class, text)| view! { <span class=class>{text}</span> }).collect_view()}
                    </p>
                </div>
            }
        })
    }
}

/// What a row says about a commitment after its status, each with its class: effort,
/// due date, the owner when not me, who asked, and the status's own data.
fn facts(language: Language, plan: &Plan, c: &Commitment) -> Vec<(&'static str, String)> {
    let mut facts = vec![("effort", effort_text(language, c))];
    if let Some(due) = c.due {
        let hard = due.kind == DueKind::Hard;
        facts.push(("due", tr(language, Msg::DueText { date: due.date, hard })));
    }
    if let Some(owner) = owner_other_than_me(plan, c) {
        facts.push(("owner", tr(language, Msg::OwnedBy(owner))));
    }
    if let Some(asked) = c.requested_by.as_ref().and_then(|party| party_name(plan, party)) {
        facts.push(("asked", tr(language, Msg::AskedBy(asked))));
    }
    if let Some(status) = status_text(language, plan, &c.status) {
        facts.push(("status-detail", status));
    }
    facts
}

/// The status's own data: on whom it waits, when it was done or dropped.
pub(crate) fn status_text(language: Language, plan: &Plan, status: &Status) -> Option<String> {
    Some(match status {
        Status::Waiting(waiting) => {
            let who = party_name(plan, &waiting.on).unwrap_or("–");
            let (since, last) = (waiting.since, waiting.last_follow_up);
            tr(language, Msg::WaitingOn { who, since, last })
        }
        Status::Done { on } => tr(language, Msg::DoneOn(*on)),
        Status::Dropped { on, reason, declined } => {
            tr(language, Msg::DroppedOn { on: *on, reason: reason.as_str(), declined: *declined })
        }
        Status::Proposed | Status::Active | Status::Someday => return None,
    })
}

/// The effort's figures in words: "20 h · 4.5 h spent · 15.5 h left".
pub(crate) fn effort_text(language: Language, commitment: &Commitment) -> String {
    tr(language, Msg::EffortFigures(Figures::of(commitment)))
}
