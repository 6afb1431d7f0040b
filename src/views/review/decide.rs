//! Get current: each of my Active and Waiting commitments, with the hours spent on it
//! and the decision on it. A decision is one core command (`Command::Decide`), all or
//! nothing; what was typed wrong is named at its field and changes nothing.

use leptos::prelude::*;
use plateful_core::input::{self, DecisionField};
use plateful_core::{
    team, Command, CommitmentId, Decision, DecisionKind, Language, PositiveHours, ReviewEntry,
    Step, WeeklyHours,
};

use super::steps::{figures, item_heading, MoveOn, Problem};
use super::use_session;
use crate::components::field::{described_by, FormField, InputKind, TextField};
use crate::i18n::markdown::decided;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::use_store;

/// One commitment of Get current: what it is, and the decision on it once made.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct CurrentRow {
    id: CommitmentId,
    title: String,
    figures: String,
    decided: Option<String>,
}

#[component]
pub fn GetCurrent() -> impl IntoView {
    let store = use_store();
    let session = use_session();
    let rows = session.rows(store, |draft, plan, language| {
        draft
            .current(plan)
            .into_iter()
            .map(|(c, entry)| CurrentRow {
                id: c.id,
                title: c.title.as_str().to_owned(),
                figures: figures(language, plan, c),
                decided: entry.map(|e| decided(language, plan, e)),
            })
            .collect()
    });
    view! {
        <Show when=move || rows.with(Vec::is_empty)>
            <p class="muted">{move || store.t(Msg::ReviewNothingCurrent)}</p>
        </Show>
        <ul class="review-list" data-testid="review-current">
            <For each=move || rows.get() key=|row| row.clone() let:row>
                <li data-decided=row.decided.is_some().to_string()>
                    <h3 id=item_heading(row.id) tabindex="-1">{row.title.clone()}</h3>
                    <p class="muted">{row.figures.clone()}</p>
                    {match row.decided.clone() {
                        Some(text) => view! {
                            <p class="decided">{move || store.t(Msg::DecisionIs(&text))}</p>
                        }.into_any(),
                        None => view! { <DecideForm id=row.id/> }.into_any(),
                    }}
                </li>
            </For>
        </ul>
    }
}

/// What the decision form holds, as typed.
#[derive(Clone, Copy)]
struct Typed {
    hours: RwSignal<String>,
    kind: RwSignal<DecisionKind>,
    new_due: RwSignal<String>,
    to: RwSignal<String>,
    reason: RwSignal<String>,
}

/// What is wrong with each field, if anything.
#[derive(Clone, Copy)]
struct Wrong {
    hours: RwSignal<Option<String>>,
    new_due: RwSignal<Option<String>>,
    to: RwSignal<Option<String>>,
    reason: RwSignal<Option<String>>,
}

impl Wrong {
    fn clear(&self) {
        for field in [self.hours, self.new_due, self.to, self.reason] {
            field.set(None);
        }
    }
}

/// The hours and the decision as typed (read by the core), or the first field that is
/// wrong: its message is set, and the focus goes to it.
fn read(
    language: Language,
    typed: Typed,
    wrong: Wrong,
    id: CommitmentId,
) -> Option<(WeeklyHours, Decision)> {
    let input = input::DecisionInput {
        hours: typed.hours.get_untracked(),
        kind: typed.kind.get_untracked(),
        new_due: typed.new_due.get_untracked(),
        to: typed.to.get_untracked(),
        reason: typed.reason.get_untracked(),
    };
    let (field, problem) = match input.read(platform::today()) {
        Ok(read) => return Some(read),
        Err(found) => found,
    };
    let (signal, name) = match field {
        DecisionField::Hours => (wrong.hours, "hours"),
        DecisionField::NewDue => (wrong.new_due, "due"),
        DecisionField::To => (wrong.to, "to"),
        DecisionField::Reason => (wrong.reason, "reason"),
    };
    signal.set(Some(crate::i18n::problem(language, &problem)));
    super::focus_soon(format!("decide-{id}-{name}"));
    None
}

/// Hours spent and the decision on one commitment.
#[component]
fn DecideForm(id: CommitmentId) -> impl IntoView {
    let store = use_store();
    let session = use_session();
    let move_on = MoveOn::new(Step::GetCurrent);
    let typed = Typed {
        hours: RwSignal::new(String::new()),
        kind: RwSignal::new(DecisionKind::Keep),
        new_due: RwSignal::new(String::new()),
        to: RwSignal::new(String::new()),
        reason: RwSignal::new(String::new()),
    };
    let wrong = Wrong {
        hours: RwSignal::new(None),
        new_due: RwSignal::new(None),
        to: RwSignal::new(None),
        reason: RwSignal::new(None),
    };
    let problem = RwSignal::new(None::<String>);
    let people = Memo::new(move |_| {
        store.with(|plan| {
            let Some(commitment) = plan.commitment(id) else {
                return Vec::new();
            };
            team::delegation_candidates(plan, commitment)
                .into_iter()
                .map(|p| (p.id.to_string(), p.name.as_str().to_owned()))
                .collect::<Vec<_>>()
        })
    });
    let decide = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let language = store.language().get_untracked();
        wrong.clear();
        let Some((logged, decision)) = read(language, typed, wrong, id) else {
            return;
        };
        // The new decision makes the commitment newer, so decisions undone since
        // are forgotten first (their hours must not add up with this one's).
        store.with_untracked(|plan| session.update(|draft| draft.forget_undone(plan)));
        let before = move_on.open();
        let at = platform::now();
        let hours = PositiveHours::new(logged.get()).ok();
        let command =
            Command::Decide { id, hours, decision: decision.clone(), today: platform::today(), at };
        if let Err(error) = store.dispatch(command) {
            return problem.set(Some(tr(language, Msg::DomainError(&error))));
        }
        problem.set(None);
        let entry = ReviewEntry { commitment: id, hours_logged: logged, decision };
        session.update(|draft| draft.record_decision(entry.clone(), at));
        store.with_untracked(|plan| {
            let title = plan.commitment(id).map(|c| c.title.as_str()).unwrap_or_default();
            let decision = &entry.decision;
            let to = match decision {
                Decision::Delegate { to } => plan.person(*to).map(|p| p.name.as_str()),
                _ => None,
            };
            let logged = logged.get();
            move_on.after(&before, id, Msg::ReviewDecisionSaid { title, decision, to, logged });
        });
    };
    let field = move |name: &str| format!("decide-{id}-{name}");
    view! {
        <form class="decide" on:submit=decide aria-labelledby=item_heading(id)>
            <TextField id=field("hours") label=Signal::derive(move || store.t(Msg::ReviewHoursSpent))
                kind=InputKind::Number size=5 value=typed.hours
                on_input=Callback::new(move |text| typed.hours.set(text)) message=wrong.hours/>
            <FormField id=field("kind") label=Signal::derive(move || store.t(Msg::ReviewDecision)) message=Signal::derive(|| None::<String>)>
                <select id=field("kind") aria-describedby=described_by(&field("kind"))
                    on:change=move |ev| typed.kind.set(DecisionKind::parse(&event_target_value(&ev)).unwrap_or(DecisionKind::Keep))>
                    {DecisionKind::ALL.into_iter().map(|kind| view! {
                        <option value=kind.as_str() selected=move || typed.kind.get() == kind>{move || store.t(Msg::ReviewDecisionKind(kind))}</option>
                    }).collect_view()}
                </select>
            </FormField>
            {move || match typed.kind.get() {
                DecisionKind::Defer | DecisionKind::Renegotiate => view! {
                    <TextField id=field("due") label=Signal::derive(move || store.t(Msg::ReviewNewDue))
                        kind=InputKind::Date value=typed.new_due
                        on_input=Callback::new(move |text| typed.new_due.set(text)) message=wrong.new_due/>
                }.into_any(),
                DecisionKind::Delegate => view! {
                    <FormField id=field("to") label=Signal::derive(move || store.t(Msg::ReviewDelegateTo)) message=wrong.to>
                        <select id=field("to") aria-describedby=described_by(&field("to"))
                            aria-invalid=move || wrong.to.with(Option::is_some).to_string()
                            on:change=move |ev| typed.to.set(event_target_value(&ev))>
                            <option value="">"—"</option>
                            {move || people.get().into_iter().map(|(id, name)| {
                                let chosen = id.clone();
                                view! { <option value=id selected=move || typed.to.get() == chosen>{name}</option> }
                            }).collect_view()}
                        </select>
                    </FormField>
                }.into_any(),
                DecisionKind::Drop => view! {
                    <TextField id=field("reason") label=Signal::derive(move || store.t(Msg::ReviewReason))
                        kind=InputKind::Text value=typed.reason
                        on_input=Callback::new(move |text| typed.reason.set(text)) message=wrong.reason/>
                }.into_any(),
                DecisionKind::Keep | DecisionKind::Done => ().into_any(),
            }}
            <button type="submit">{move || store.t(Msg::ReviewDecide)}</button>
            <Problem problem=problem/>
        </form>
    }
}
