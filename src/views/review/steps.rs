//! The steps of the weekly review. Each change goes to the plan as a core command and,
//! once the core took it, into the draft; a refusal is shown next to its control.
//! After each item, the live region says what happened and the focus moves to the next
//! item still open (or to the step's heading once none is left).

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use plateful_core::weekly_review::next_open;
use plateful_core::{
    input, Command, Commitment, CommitmentId, Hours, LookAhead as Window, Notes, Party, Plan,
    Pulse, ReviewDraft, Status, Step, Triage,
};

use super::{focus_soon, use_session, Session};
use crate::components::big_rocks::BigRocks;
use crate::components::chart::LoadChart;
use crate::components::page::{use_announcer, Announcer};
use crate::components::relief::ReliefPlanView;
use crate::components::warnings::WarningList;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::{use_assessed, use_store, PlanStore};

pub use super::decide::GetCurrent;

/// Someone a commitment involves, by name.
pub(super) fn party(plan: &Plan, party: &Party) -> String {
    input::party_text(Some(party), plan)
}

/// "12 h · due 4 Dec 2026 · asked by Claire", worded by the language.
pub(super) fn figures(language: plateful_core::Language, plan: &Plan, c: &Commitment) -> String {
    let waiting_on = match &c.status {
        Status::Waiting(waiting) => Some(party(plan, &waiting.on)),
        _ => None,
    };
    let asked_by = c.requested_by.as_ref().map(|from| party(plan, from));
    tr(
        language,
        Msg::ReviewItemFigures {
            commitment: c,
            waiting_on: waiting_on.as_deref(),
            asked_by: asked_by.as_deref(),
        },
    )
}

/// The id of an item's heading, where the focus goes when the item is next.
pub(super) fn item_heading(id: CommitmentId) -> String {
    format!("item-{id}")
}

/// What a step does once an item is dealt with: say so, and move the focus on.
#[derive(Clone, Copy)]
pub(super) struct MoveOn {
    session: Session,
    store: PlanStore,
    announcer: Announcer,
    step: Step,
}

impl MoveOn {
    pub(super) fn new(step: Step) -> Self {
        MoveOn { session: use_session(), store: use_store(), announcer: use_announcer(), step }
    }

    /// What is still open in the step now.
    pub(super) fn open(&self) -> Vec<CommitmentId> {
        let step = self.step;
        self.session.draft.with_untracked(|draft| {
            draft.as_ref().map_or_else(Vec::new, |draft| {
                self.store.with_untracked(|plan| draft.open_items(plan, step))
            })
        })
    }

    /// `done` was dealt with (`before` was open until then): says `said`, and that the
    /// step is through when it is, and moves the focus to what comes next.
    pub(super) fn after(&self, before: &[CommitmentId], done: CommitmentId, said: Msg) {
        let language = self.store.language().get_untracked();
        match next_open(before, &self.open(), done) {
            Some(next) => {
                self.announcer.say(tr(language, said));
                focus_soon(item_heading(next));
            }
            None => {
                self.announcer.say(tr(language, Msg::ReviewStepThrough(&said)));
                focus_soon("step-heading".to_owned());
            }
        }
    }
}

/// A problem with a command, shown next to the controls it came from.
#[component]
pub(super) fn Problem(#[prop(into)] problem: Signal<Option<String>>) -> impl IntoView {
    move || problem.get().map(|p| view! { <p class="problem" role="alert">{p}</p> })
}

/// Get clear: each request in the inbox is accepted, declined or kept for someday.
#[component]
pub fn GetClear() -> impl IntoView {
    let store = use_store();
    let session = use_session();
    let move_on = MoveOn::new(Step::GetClear);
    let problem = RwSignal::new(None::<String>);
    let inbox = Memo::new(move |_| {
        let language = store.language().get();
        store.with(|plan| {
            plan.inbox()
                .into_iter()
                .map(|c| (c.id, c.title.as_str().to_owned(), figures(language, plan, c)))
                .collect::<Vec<_>>()
        })
    });
    let triaged = Memo::new(move |_| {
        let language = store.language().get();
        let list =
            session.draft.with(|d| d.as_ref().map(|d| d.triaged.clone()).unwrap_or_default());
        store.with(|plan| {
            list.into_iter()
                .filter_map(|(id, triage)| {
                    // A triage undone since puts the request back in the inbox above.
                    let request = plan.commitment(id).filter(|c| c.status != Status::Proposed)?;
                    let title = request.title.as_str();
                    Some(tr(language, Msg::ReviewTriagedLine { title, triage }))
                })
                .collect::<Vec<_>>()
        })
    });
    let triage = move |id: CommitmentId, triage: Triage| {
        let language = store.language().get_untracked();
        let before = move_on.open();
        let title = store.title(id);
        match store.dispatch(triage.command(id, platform::today(), platform::now())) {
            Ok(()) => {
                problem.set(None);
                session.update(|draft| draft.record_triage(id, triage));
                move_on.after(&before, id, Msg::ReviewTriageSaid { title: &title, triage });
            }
            Err(error) => problem.set(Some(tr(language, Msg::DomainError(&error)))),
        }
    };
    view! {
        <Problem problem=problem/>
        <Show when=move || inbox.with(Vec::is_empty)>
            <p class="muted" data-testid="inbox-empty">{move || store.t(Msg::ReviewInboxEmpty)}</p>
        </Show>
        <ul class="review-list" data-testid="review-inbox">
            <For each=move || inbox.get() key=|item| item.clone() let:item>
                <li>
                    <h3 id=item_heading(item.0) tabindex="-1">{item.1.clone()}</h3>
                    <p class="muted">{item.2.clone()}</p>
                    <p class="actions">
                        {Triage::ALL.into_iter().map(|choice| {
                            let id = item.0;
                            view! {
                                <button type="button" class=(choice != Triage::Accept).then_some("secondary") on:click=move |_| triage(id, choice)>
                                    {move || store.t(Msg::ReviewTriage(choice))}
                                </button>
                                " "
                            }
                        }).collect_view()}
                    </p>
                </li>
            </For>
        </ul>
        <Show when=move || triaged.with(|t| !t.is_empty())>
            <h3>{move || store.t(Msg::ReviewTriaged)}</h3>
            <ul class="done-list" data-testid="triaged">
                {move || triaged.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        </Show>
    }
}

/// One wait of the Waiting for step.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct WaitRow {
    id: CommitmentId,
    title: String,
    who: String,
    followed: bool,
}

/// Waiting for: what others owe me, and a follow-up for each.
#[component]
pub fn WaitingFor() -> impl IntoView {
    let store = use_store();
    let session = use_session();
    let move_on = MoveOn::new(Step::WaitingFor);
    let rows = session.rows(store, |draft, plan, language| {
        draft
            .waiting_for(plan)
            .into_iter()
            .map(|c| WaitRow {
                id: c.id,
                title: c.title.as_str().to_owned(),
                who: match &c.status {
                    Status::Waiting(waiting) => tr(
                        language,
                        Msg::WaitingOn {
                            who: &party(plan, &waiting.on),
                            since: waiting.since,
                            last: waiting.last_follow_up,
                        },
                    ),
                    _ => tr(language, Msg::DelegatedTo(&party(plan, &Party::Person(c.owner)))),
                },
                followed: draft.followed_up.contains(&c.id),
            })
            .collect()
    });
    let problem = RwSignal::new(None::<String>);
    let follow_up = move |id: CommitmentId, title: String| {
        let language = store.language().get_untracked();
        let before = move_on.open();
        match store.dispatch(Command::FollowUp { id, on: platform::today(), at: platform::now() }) {
            Ok(()) => {
                problem.set(None);
                session.update(|draft| draft.record_follow_up(id));
                move_on.after(&before, id, Msg::ReviewFollowUpSaid(&title));
            }
            Err(error) => problem.set(Some(tr(language, Msg::DomainError(&error)))),
        }
    };
    view! {
        <Problem problem=problem/>
        <Show when=move || rows.with(Vec::is_empty)>
            <p class="muted">{move || store.t(Msg::ReviewNothingWaiting)}</p>
        </Show>
        <ul class="review-list" data-testid="review-waiting">
            <For each=move || rows.get() key=|row| row.clone() let:row>
                <li>
                    <h3 id=item_heading(row.id) tabindex="-1">{row.title.clone()}</h3>
                    <p class="muted">{row.who.clone()}</p>
                    {if row.followed {
                        view! { <p class="decided">"✓ " {move || store.t(Msg::ReviewFollowedUp)}</p> }.into_any()
                    } else {
                        let (id, title) = (row.id, row.title.clone());
                        view! {
                            <p class="actions">
                                <button type="button" class="secondary" on:click=move |_| follow_up(id, title.clone())>{move || store.t(Msg::ReviewFollowUp)}</button>
                            </p>
                        }.into_any()
                    }}
                </li>
            </For>
        </ul>
    }
}

/// Look ahead: the next four weeks, their warnings and the relief plan.
#[component]
pub fn LookAhead() -> impl IntoView {
    let assessed = use_assessed();
    let window = Memo::new(move |_| assessed.0.with(|a| Window::of(&a.projection.calendar)));
    let weeks = plateful_core::weekly_review::LOOK_AHEAD_WEEKS;
    view! {
        <GateLine/>
        // The chart's table for screen readers stays inside this box on a phone.
        <div class="look-ahead-chart">
            <LoadChart skip=1 take=weeks/>
        </div>
        {move || {
            let window = window.get();
            view! { <WarningList from=window.from to=window.to in_review=true/> }
        }}
        <ReliefPlanView/>
    }
}

/// Next week against capacity, as finishing will weigh it.
#[component]
fn GateLine() -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let gate = Memo::new(move |_| {
        assessed.0.with(|a| store.with(|plan| ReviewDraft::gate(&a.projection, plan)))
    });
    move || {
        gate.get().map(|gate| {
            let class = if gate.is_open() { "gate fits" } else { "gate over" };
            let (load, capacity, percent) =
                (gate.load.load, gate.load.capacity, gate.load.percent());
            view! {
                <p class=class data-testid="gate" aria-live="polite">
                    {store.t(Msg::Gate { load, capacity, percent, over_by: gate.over_by })}
                </p>
            }
        })
    }
}

/// Big rocks: at most three for next week.
#[component]
pub fn BigRocksStep() -> impl IntoView {
    let session = use_session();
    let week = Signal::derive(move || {
        session.draft.with(|d| d.as_ref().map(ReviewDraft::next_week)).unwrap_or_default()
    });
    view! { <BigRocks week=week/> }
}

/// Reflect: three questions and the energy pulse.
#[component]
pub fn Reflect() -> impl IntoView {
    let store = use_store();
    let session = use_session();
    let problem = RwSignal::new(None::<String>);
    let read = move |pick: fn(&plateful_core::Reflection) -> &Notes| {
        session.draft.with_untracked(|d| {
            d.as_ref().map(|d| pick(&d.reflection).as_str().to_owned()).unwrap_or_default()
        })
    };
    let question = move |id: &'static str,
                         label: Msg<'static>,
                         pick: fn(&plateful_core::Reflection) -> &Notes,
                         put: fn(&mut plateful_core::Reflection, Notes)| {
        view! {
            <label for=id>{move || store.t(label)}</label>
            <textarea id=id rows="3" on:change=move |ev| {
                let language = store.language().get_untracked();
                match Notes::parse(&event_target_value(&ev)) {
                    Ok(notes) => {
                        problem.set(None);
                        session.update(|draft| put(&mut draft.reflection, notes));
                    }
                    Err(error) => problem.set(Some(tr(language, Msg::AtField {
                        field: &tr(language, label),
                        problem: &tr(language, Msg::TextError(&error)),
                    }))),
                }
            }>{read(pick)}</textarea>
        }
    };
    let pulse = Memo::new(move |_| session.draft.with(|d| d.as_ref().and_then(|d| d.pulse)));
    view! {
        <div class="reflect">
            {question("reflect-went-well", Msg::ReviewWentWell, |r| &r.went_well, |r, n| r.went_well = n)}
            {question("reflect-slipped", Msg::ReviewSlipped, |r| &r.slipped, |r, n| r.slipped = n)}
            {question("reflect-to-change", Msg::ReviewToChange, |r| &r.to_change, |r, n| r.to_change = n)}
            {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
            <fieldset class="pulse">
                <legend>{move || store.t(Msg::ReviewPulse)}</legend>
                {Pulse::ALL.into_iter().map(|value| view! {
                    <label class="check">
                        <input type="radio" name="pulse" value=value.as_str()
                            prop:checked=move || pulse.get() == Some(value)
                            on:change=move |_| session.update(|draft| draft.pulse = Some(value))/>
                        {move || store.t(Msg::ReviewPulseValue(value))}
                    </label>
                }).collect_view()}
            </fieldset>
        </div>
    }
}

/// Finish: the gate, the overload to accept if any, and the record.
#[component]
pub fn Finish() -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let session = use_session();
    let announcer = use_announcer();
    let navigate = use_navigate();
    let accepted = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let gate = Memo::new(move |_| {
        assessed.0.with(|a| store.with(|plan| ReviewDraft::gate(&a.projection, plan)))
    });
    let finish = move |_| {
        let language = store.language().get_untracked();
        let Some(mut draft) = session.draft.get_untracked() else {
            return;
        };
        // The overload accepted is the one shown next to the box, in full.
        let over = gate.get_untracked().and_then(|gate| Hours::new(gate.over_by).ok());
        let accepted = if accepted.get_untracked() { over } else { None };
        let result = store.with_untracked(|plan| {
            draft.big_rocks = plan.big_rocks_of(draft.next_week()).to_vec();
            assessed
                .0
                .with_untracked(|a| draft.finish(plan, &a.projection, accepted, platform::now()))
        });
        let review = match result {
            Ok(review) => review,
            Err(error) => return problem.set(Some(tr(language, Msg::FinishError(&error)))),
        };
        let id = review.id;
        match store.dispatch(Command::CompleteReview(Box::new(review))) {
            Ok(()) => {
                store.save_locked();
                session.set(None);
                announcer.say(tr(language, Msg::ReviewRecorded));
                // The record's page puts the focus on its heading.
                navigate(&format!("/review/history/{id}"), Default::default());
            }
            Err(error) => problem.set(Some(tr(language, Msg::DomainError(&error)))),
        }
    };
    view! {
        <GateLine/>
        {move || gate.get().filter(|gate| !gate.is_open()).map(|gate| view! {
            <p>{move || store.t(Msg::ReviewMakeRoom)}</p>
            <p>
                <label class="check">
                    <input type="checkbox" prop:checked=move || accepted.get() on:change=move |ev| accepted.set(event_target_checked(&ev))/>
                    {move || store.t(Msg::AcceptOver(gate.over_by))}
                </label>
            </p>
        })}
        <p class="actions">
            <button type="button" on:click=finish data-testid="finish-review">{move || store.t(Msg::ReviewFinishButton)}</button>
        </p>
        <Problem problem=problem/>
    }
}
