//! One commitment in the list, with its actions.

use leptos::prelude::*;
use plateful_core::input;
use plateful_core::{
    Command, Commitment, CommitmentId, DueKind, Effort, Language, Notes, Party, ProgressEntry,
    Source, Status, StatusKind, Waiting,
};

use super::form::CommitmentForm;
use crate::components::answer::Answer;
use crate::components::toast::use_toast;
use crate::fmt;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::use_store;

#[component]
pub fn CommitmentItem(
    /// The commitment shown; the item disappears with it.
    id: CommitmentId,
) -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let current = Memo::new(move |_| store.commitment(id));
    let editing = RwSignal::new(false);
    let close = Callback::new(move |()| editing.set(false));
    // The row's frame stays; only what shows the commitment's fields follows it, so a
    // change to it does not rebuild its forms.
    let kind = Memo::new(move |_| current.with(|c| c.as_ref().map(|c| c.status.kind())));
    view! {
        <Show when=move || kind.get().is_some()>
            <li class="commitment" data-status=move || kind.get().map(|k| k.as_str()).unwrap_or_default()>
                <Show
                    when=move || editing.get()
                    fallback=move || view! { <Summary commitment=current/> }
                >
                    <h3 class="visually-hidden">{move || tr(language.get(), Msg::EditHeading)}</h3>
                    <CommitmentForm editing=id on_close=close/>
                </Show>
                <Show when=move || !editing.get()>
                    <Show when=move || kind.get() == Some(StatusKind::Proposed)>
                        <ProposedVerdict id=id/>
                    </Show>
                    <Actions id=id current=current on_edit=Callback::new(move |()| editing.set(true))/>
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
    let language = store.language();
    move || {
        let language = language.get();
        commitment.get().map(|c| {
            view! {
                <div class="summary">
                    <h3 class="commitment-title">{c.title.as_str().to_owned()}</h3>
                    <p class="figures">
                        <span class="badge" data-status=c.status.kind().as_str()>{tr(language, Msg::Status(c.status.kind()))}</span>
                        {c.important.then(|| view! { <span class="badge important">{tr(language, Msg::Important)}</span> })}
                        <span>{effort_text(language, &c)}</span>
                        {c.due.map(|due| view! {
                            <span>
                                {format!("{} {}", tr(language, Msg::Due), fmt::date(language, due.date))}
                                {(due.kind == DueKind::Hard).then(|| format!(" ({})", tr(language, Msg::HardDeadline).to_lowercase()))}
                            </span>
                        })}
                    </p>
                </div>
            }
        })
    }
}

pub(crate) fn effort_text(language: Language, commitment: &Commitment) -> String {
    match commitment.effort {
        Effort::OneOff { estimate_hours } => {
            let spent = commitment.hours_spent();
            let remaining = commitment.remaining_hours().unwrap_or_default();
            if spent > 0.0 {
                format!(
                    "{} · {} {} · {} {}",
                    fmt::hours(language, estimate_hours.get()),
                    fmt::hours(language, spent),
                    tr(language, Msg::HoursSpent),
                    fmt::hours(language, remaining),
                    tr(language, Msg::Remaining)
                )
            } else {
                fmt::hours(language, estimate_hours.get())
            }
        }
        Effort::Recurring { hours_per_week, .. } => {
            fmt::hours_per_week(language, hours_per_week.get())
        }
        Effort::Unestimated => tr(language, Msg::Unestimated).to_owned(),
    }
}

/// Status, edit, delete and hour logging for one commitment.
#[component]
fn Actions(
    /// The commitment acted on.
    id: CommitmentId,
    /// Its current state.
    current: Memo<Option<Commitment>>,
    /// Opens the edit form.
    on_edit: Callback<()>,
) -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let title = move || {
        current.with(|c| c.as_ref().map(|c| c.title.as_str().to_owned()).unwrap_or_default())
    };
    let status_now =
        move || current.with(|c| c.as_ref().map(|c| c.status.kind()).unwrap_or(StatusKind::Active));
    let asking_waiting = RwSignal::new(false);
    let waiting_on = RwSignal::new(String::new());
    let hours = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let toast = use_toast();

    let set_status = move |status: Status| {
        if let Err(error) = store.dispatch(Command::SetStatus { id, status, at: platform::now() }) {
            problem.set(Some(tr(language.get_untracked(), Msg::DomainError(&error))));
        }
    };
    let on_status = move |ev: leptos::ev::Event| {
        let today = platform::today();
        match StatusKind::parse(&event_target_value(&ev)) {
            Some(StatusKind::Proposed) => set_status(Status::Proposed),
            Some(StatusKind::Active) => set_status(Status::Active),
            Some(StatusKind::Someday) => set_status(Status::Someday),
            Some(StatusKind::Done) => set_status(Status::Done { on: today }),
            Some(StatusKind::Dropped) => {
                set_status(Status::Dropped { on: today, reason: Notes::default(), declined: false })
            }
            Some(StatusKind::Waiting) => asking_waiting.set(true),
            None => {}
        }
    };
    let confirm_waiting = move |_| match Source::parse(&waiting_on.get_untracked()) {
        Ok(who) => {
            asking_waiting.set(false);
            problem.set(None);
            set_status(Status::Waiting(Waiting {
                on: Party::Text(who),
                since: platform::today(),
                last_follow_up: None,
            }));
        }
        Err(error) => problem.set(Some(tr(language.get_untracked(), Msg::TextError(&error)))),
    };
    let log = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match input::positive_hours(&hours.get_untracked()) {
            Ok(spent) => {
                let entry =
                    ProgressEntry { date: platform::today(), hours: spent, note: Notes::default() };
                match store.dispatch(Command::LogProgress { id, entry, at: platform::now() }) {
                    Ok(()) => {
                        hours.set(String::new());
                        problem.set(None);
                    }
                    Err(error) => {
                        problem.set(Some(tr(language.get_untracked(), Msg::DomainError(&error))))
                    }
                }
            }
            Err(error) => problem.set(Some(tr(language.get_untracked(), Msg::InputError(&error)))),
        }
    };
    let status_label = move || format!("{}: {}", tr(language.get(), Msg::StatusLabel), title());
    let hours_label = move || format!("{}: {}", tr(language.get(), Msg::LogHours), title());
    let edit_label = move || format!("{} {}", tr(language.get(), Msg::Edit), title());
    let delete_label = move || format!("{} {}", tr(language.get(), Msg::Delete), title());
    view! {
        <div class="item-actions">
            <select aria-label=status_label on:change=on_status prop:value=move || if asking_waiting.get() { "waiting" } else { status_now().as_str() }>
                {StatusKind::ALL.into_iter().map(|kind| view! {
                    <option value=kind.as_str()>{move || tr(language.get(), Msg::Status(kind))}</option>
                }).collect_view()}
            </select>
            <form class="log-form" on:submit=log>
                <input
                    type="text"
                    inputmode="decimal"
                    size="4"
                    aria-label=hours_label
                    placeholder="h"
                    prop:value=move || hours.get()
                    on:input=move |ev| hours.set(event_target_value(&ev))
                />
                <button type="submit" class="secondary">{move || t(Msg::Log)}</button>
            </form>
            <button type="button" class="secondary" aria-label=edit_label on:click=move |_| on_edit.run(())>{move || t(Msg::Edit)}</button>
            <button
                type="button"
                class="danger"
                aria-label=delete_label
                on:click=move |_| {
                    let title = store.commitment(id).map(|c| c.title.as_str().to_owned()).unwrap_or_default();
                    match store.dispatch(Command::DeleteCommitment { id, at: platform::now() }) {
                        Ok(()) => toast.done(tr(language.get_untracked(), Msg::Deleted(&title))),
                        Err(error) => problem.set(Some(tr(language.get_untracked(), Msg::DomainError(&error)))),
                    }
                }
            >
                {move || t(Msg::Delete)}
            </button>
        </div>
        <Show when=move || asking_waiting.get()>
            <div class="waiting-form">
                <label>
                    {move || t(Msg::WaitingOnLabel)}
                    <input type="text" prop:value=move || waiting_on.get() on:input=move |ev| waiting_on.set(event_target_value(&ev))/>
                </label>
                <button type="button" on:click=confirm_waiting>{move || t(Msg::SetWaiting)}</button>
                <button type="button" class="secondary" on:click=move |_| asking_waiting.set(false)>{move || t(Msg::Cancel)}</button>
            </div>
        </Show>
        {move || problem.get().map(|message| view! { <p class="field-error" role="alert">{message}</p> })}
    }
}

/// For a request in the inbox: whether it fits, weighed when asked (it assesses the
/// whole plan again), with the counter-offer and Decline; and Accept.
#[component]
fn ProposedVerdict(id: CommitmentId) -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let open = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let request = Signal::derive(move || open.get().then(|| store.commitment(id)).flatten());
    let report = move |outcome: Result<(), plateful_core::DomainError>| match outcome {
        Ok(()) => problem.set(None),
        Err(error) => problem.set(Some(tr(language.get_untracked(), Msg::DomainError(&error)))),
    };
    let accept = move |_| {
        report(store.dispatch(Command::SetStatus {
            id,
            status: Status::Active,
            at: platform::now(),
        }))
    };
    let counter = Callback::new(move |offer: plateful_core::whatif::CounterOffer| {
        let Some(request) = store.commitment(id) else { return };
        report(store.dispatch_all(offer.accept(&request, platform::now()).to_vec()));
    });
    let decline = Callback::new(move |()| {
        report(store.dispatch(Command::Decline { id, on: platform::today(), at: platform::now() }))
    });
    view! {
        <div class="proposed" data-testid="proposed-verdict">
            <p class="actions">
                <button type="button" class="secondary" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                    {move || tr(language.get(), Msg::CanISayYes)}
                </button>
                " "
                <button type="button" on:click=accept>{move || tr(language.get(), Msg::Accept)}</button>
            </p>
            <Answer request=request on_counter=counter on_decline=decline/>
            {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        </div>
    }
}
