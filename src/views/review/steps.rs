//! The steps of the weekly review. Each change goes to the plan as a core command and,
//! once the core took it, into the draft.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use plateful_core::input;
use plateful_core::{
    Command, CommitmentId, Decision, Hours, Language, Notes, Party, Plan, PositiveHours, Pulse,
    ReviewDraft, ReviewEntry, Status, Triage, WeeklyHours,
};

use super::use_session;
use crate::components::big_rocks::BigRocks;
use crate::components::chart::LoadChart;
use crate::components::relief::ReliefPlanView;
use crate::components::warnings::WarningList;
use crate::fmt;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::{use_assessed, use_store};
use crate::views::commitments::item::effort_text;

/// Someone a commitment involves, by name.
fn party(plan: &Plan, party: &Party) -> String {
    input::party_text(Some(party), plan)
}

/// "12 h · due 4 Dec 2026".
fn figures(language: Language, plan: &Plan, id: CommitmentId) -> String {
    let Some(c) = plan.commitment(id) else {
        return String::new();
    };
    let mut parts = vec![effort_text(language, c)];
    if let Status::Waiting(waiting) = &c.status {
        let who = party(plan, &waiting.on);
        parts.push(tr(
            language,
            Msg::WaitingOn { who: &who, since: waiting.since, last: waiting.last_follow_up },
        ));
    }
    if let Some(due) = c.due {
        parts.push(format!("{} {}", tr(language, Msg::Due), fmt::date(language, due.date)));
    }
    if let Some(from) = &c.requested_by {
        parts.push(tr(language, Msg::AskedBy(&party(plan, from))));
    }
    parts.join(" · ")
}

fn triage_name(language: Language, triage: Triage) -> String {
    match triage {
        Triage::Accept => tr(language, Msg::Accept),
        Triage::Decline => tr(language, Msg::ReviewDecline),
        Triage::Someday => tr(language, Msg::ReviewSomeday),
    }
}

/// Get clear: each request in the inbox is accepted, declined or kept for someday.
#[component]
pub fn GetClear() -> impl IntoView {
    let store = use_store();
    let session = use_session();
    let language = store.language();
    let problem = RwSignal::new(None::<String>);
    let inbox = Memo::new(move |_| {
        let language = language.get();
        store.with(|plan| {
            plan.commitments
                .iter()
                .filter(|c| c.status == Status::Proposed)
                .map(|c| (c.id, c.title.as_str().to_owned(), figures(language, plan, c.id)))
                .collect::<Vec<_>>()
        })
    });
    let triaged = Memo::new(move |_| {
        let language = language.get();
        let list =
            session.draft.with(|d| d.as_ref().map(|d| d.triaged.clone()).unwrap_or_default());
        store.with(|plan| {
            list.into_iter()
                .filter_map(|(id, triage)| {
                    // A triage undone since puts the request back in the inbox above.
                    let request = plan.commitment(id).filter(|c| c.status != Status::Proposed)?;
                    let title = request.title.as_str().to_owned();
                    Some(format!("{title}: {}", triage_name(language, triage)))
                })
                .collect::<Vec<_>>()
        })
    });
    let triage = move |id: CommitmentId, triage: Triage| {
        let language = language.get_untracked();
        match store.dispatch(triage.command(id, platform::today(), platform::now())) {
            Ok(()) => {
                problem.set(None);
                session.update(|draft| draft.record_triage(id, triage));
            }
            Err(error) => problem.set(Some(tr(language, Msg::DomainError(&error)))),
        }
    };
    view! {
        {move || problem.get().map(|p| view! { <p class="problem" role="alert">{p}</p> })}
        <Show when=move || inbox.with(Vec::is_empty)>
            <p class="muted" data-testid="inbox-empty">{move || tr(language.get(), Msg::ReviewInboxEmpty)}</p>
        </Show>
        <ul class="review-list" data-testid="review-inbox">
            <For each=move || inbox.get() key=|item| item.clone() let:item>
                <li>
                    <h3>{item.1.clone()}</h3>
                    <p class="muted">{item.2.clone()}</p>
                    <p class="actions">
                        {[Triage::Accept, Triage::Decline, Triage::Someday].into_iter().map(|choice| {
                            let id = item.0;
                            view! {
                                <button type="button" class=(choice != Triage::Accept).then_some("secondary") on:click=move |_| triage(id, choice)>
                                    {move || triage_name(language.get(), choice)}
                                </button>
                                " "
                            }
                        }).collect_view()}
                    </p>
                </li>
            </For>
        </ul>
        <Show when=move || triaged.with(|t| !t.is_empty())>
            <h3>{move || tr(language.get(), Msg::ReviewTriaged)}</h3>
            <ul class="done-list" data-testid="triaged">
                {move || triaged.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        </Show>
    }
}

/// One commitment of Get current: what it is, and the decision on it once made.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct CurrentRow {
    id: CommitmentId,
    title: String,
    figures: String,
    decided: Option<String>,
}

/// Get current: each of my Active and Waiting commitments, hours logged and decided.
#[component]
pub fn GetCurrent() -> impl IntoView {
    let store = use_store();
    let session = use_session();
    let language = store.language();
    let rows = Memo::new(move |_| {
        let language = language.get();
        session.draft.with(|draft| {
            let Some(draft) = draft else {
                return Vec::new();
            };
            store.with(|plan| {
                draft
                    .current(plan)
                    .into_iter()
                    .map(|(c, entry)| CurrentRow {
                        id: c.id,
                        title: c.title.as_str().to_owned(),
                        figures: figures(language, plan, c.id),
                        decided: entry.map(|e| crate::i18n::markdown::decided(language, plan, e)),
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Show when=move || rows.with(Vec::is_empty)>
            <p class="muted">{move || tr(language.get(), Msg::ReviewNothingCurrent)}</p>
        </Show>
        <ul class="review-list" data-testid="review-current">
            <For each=move || rows.get() key=|row| row.clone() let:row>
                <li data-decided=row.decided.is_some().to_string()>
                    <h3 id=format!("current-{}", row.id)>{row.title.clone()}</h3>
                    <p class="muted">{row.figures.clone()}</p>
                    {match row.decided.clone() {
                        Some(text) => view! {
                            <p class="decided">{move || tr(language.get(), Msg::ReviewDecision)} ": " {text.clone()}</p>
                        }.into_any(),
                        None => view! { <DecideForm id=row.id/> }.into_any(),
                    }}
                </li>
            </For>
        </ul>
    }
}

/// Hours spent and the decision on one commitment.
#[component]
fn DecideForm(id: CommitmentId) -> impl IntoView {
    let store = use_store();
    let session = use_session();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let hours = RwSignal::new(String::new());
    let kind = RwSignal::new("keep".to_owned());
    let new_due = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let people = Memo::new(move |_| {
        store.with(|plan| {
            let me = plan.me().map(|me| me.id);
            plan.people
                .iter()
                .filter(|p| p.carries_work() && Some(p.id) != me)
                .map(|p| (p.id.to_string(), p.name.as_str().to_owned()))
                .collect::<Vec<_>>()
        })
    });
    let decide = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let language = language.get_untracked();
        let field =
            |label: Msg, message: String| Some(format!("{}: {message}", tr(language, label)));
        let logged = match hours.get_untracked().trim() {
            "" => WeeklyHours::default(),
            text => match input::weekly_hours(text) {
                Ok(hours) => hours,
                Err(error) => {
                    return problem
                        .set(field(Msg::ReviewHoursSpent, tr(language, Msg::InputError(&error))))
                }
            },
        };
        let decision = match kind.get_untracked().as_str() {
            "done" => Decision::Done,
            kind @ ("defer" | "renegotiate") => {
                match input::optional_date(&new_due.get_untracked()) {
                    Ok(Some(new_due)) if kind == "defer" => Decision::Defer { new_due },
                    Ok(Some(new_due)) => Decision::Renegotiate { new_due },
                    Ok(None) => {
                        return problem.set(field(
                            Msg::ReviewNewDue,
                            tr(language, Msg::InputError(&input::InputError::Missing)),
                        ))
                    }
                    Err(error) => {
                        return problem
                            .set(field(Msg::ReviewNewDue, tr(language, Msg::InputError(&error))))
                    }
                }
            }
            "delegate" => match to.get_untracked().parse() {
                Ok(to) => Decision::Delegate { to },
                Err(_) => {
                    return problem.set(field(
                        Msg::ReviewDelegateTo,
                        tr(language, Msg::InputError(&input::InputError::Missing)),
                    ))
                }
            },
            "drop" => match Notes::parse(&reason.get_untracked()) {
                Ok(reason) => Decision::Drop { reason },
                Err(error) => {
                    return problem
                        .set(field(Msg::ReviewReason, tr(language, Msg::TextError(&error))))
                }
            },
            _ => Decision::Keep,
        };
        // The new decision makes the commitment newer, so decisions undone since
        // are forgotten first (their hours must not add up with this one's).
        store.with_untracked(|plan| session.update(|draft| draft.forget_undone(plan)));
        let at = platform::now();
        let command = Command::Decide {
            id,
            hours: PositiveHours::new(logged.get()).ok(),
            decision: decision.clone(),
            today: platform::today(),
            at,
        };
        match store.dispatch(command) {
            Ok(()) => {
                problem.set(None);
                let entry = ReviewEntry { commitment: id, hours_logged: logged, decision };
                session.update(|draft| draft.record_decision(entry, at));
            }
            Err(error) => problem.set(Some(tr(language, Msg::DomainError(&error)))),
        }
    };
    let choices = [
        ("keep", Decision::Keep),
        ("done", Decision::Done),
        ("defer", Decision::Defer { new_due: chrono::NaiveDate::MIN }),
        ("renegotiate", Decision::Renegotiate { new_due: chrono::NaiveDate::MIN }),
        (
            "delegate",
            Decision::Delegate { to: plateful_core::PersonId::from_random_bytes([0; 16]) },
        ),
        ("drop", Decision::Drop { reason: Notes::default() }),
    ];
    let labelled = format!("current-{id}");
    view! {
        <form class="decide" on:submit=decide aria-labelledby=labelled>
            <label>
                {move || t(Msg::ReviewHoursSpent)}
                <input type="text" inputmode="decimal" size="5" placeholder="0"
                    prop:value=move || hours.get() on:input=move |ev| hours.set(event_target_value(&ev))/>
            </label>
            <label>
                {move || t(Msg::ReviewDecision)}
                <select prop:value=move || kind.get() on:change=move |ev| kind.set(event_target_value(&ev))>
                    {choices.into_iter().map(|(value, decision)| view! {
                        <option value=value>{move || tr(language.get(), Msg::Decision(&decision))}</option>
                    }).collect_view()}
                </select>
            </label>
            {move || match kind.get().as_str() {
                "defer" | "renegotiate" => view! {
                    <label>
                        {move || t(Msg::ReviewNewDue)}
                        <input type="date" prop:value=move || new_due.get() on:input=move |ev| new_due.set(event_target_value(&ev))/>
                    </label>
                }.into_any(),
                "delegate" => view! {
                    <label>
                        {move || t(Msg::ReviewDelegateTo)}
                        <select prop:value=move || to.get() on:change=move |ev| to.set(event_target_value(&ev))>
                            <option value="">"—"</option>
                            {move || people.get().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                        </select>
                    </label>
                }.into_any(),
                "drop" => view! {
                    <label>
                        {move || t(Msg::ReviewReason)}
                        <input type="text" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))/>
                    </label>
                }.into_any(),
                _ => ().into_any(),
            }}
            <button type="submit">{move || t(Msg::ReviewDecide)}</button>
            {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
        </form>
    }
}

/// Waiting for: what others owe me, and a follow-up for each.
#[component]
pub fn WaitingFor() -> impl IntoView {
    let store = use_store();
    let session = use_session();
    let language = store.language();
    let rows = Memo::new(move |_| {
        let language = language.get();
        session.draft.with(|draft| {
            let Some(draft) = draft else {
                return Vec::new();
            };
            store.with(|plan| {
                draft
                    .waiting_for(plan)
                    .into_iter()
                    .map(|c| {
                        let who = match &c.status {
                            Status::Waiting(waiting) => tr(
                                language,
                                Msg::WaitingOn {
                                    who: &party(plan, &waiting.on),
                                    since: waiting.since,
                                    last: waiting.last_follow_up,
                                },
                            ),
                            _ => tr(
                                language,
                                Msg::DelegatedTo(&party(plan, &Party::Person(c.owner))),
                            ),
                        };
                        let followed = draft.followed_up.contains(&c.id);
                        (c.id, c.title.as_str().to_owned(), who, followed)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let problem = RwSignal::new(None::<String>);
    let follow_up = move |id: CommitmentId| {
        let on = platform::today();
        match store.dispatch(Command::FollowUp { id, on, at: platform::now() }) {
            Ok(()) => {
                problem.set(None);
                session.update(|draft| draft.record_follow_up(id));
            }
            Err(error) => problem.set(Some(tr(language.get_untracked(), Msg::DomainError(&error)))),
        }
    };
    view! {
        {move || problem.get().map(|p| view! { <p class="problem" role="alert">{p}</p> })}
        <Show when=move || rows.with(Vec::is_empty)>
            <p class="muted">{move || tr(language.get(), Msg::ReviewNothingWaiting)}</p>
        </Show>
        <ul class="review-list" data-testid="review-waiting">
            <For each=move || rows.get() key=|row| row.clone() let:row>
                <li>
                    <h3>{row.1.clone()}</h3>
                    <p class="muted">{row.2.clone()}</p>
                    {if row.3 {
                        view! { <p class="decided">"✓ " {move || tr(language.get(), Msg::ReviewFollowedUp)}</p> }.into_any()
                    } else {
                        let id = row.0;
                        view! {
                            <p class="actions">
                                <button type="button" class="secondary" on:click=move |_| follow_up(id)>{move || tr(language.get(), Msg::ReviewFollowUp)}</button>
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
    let weeks = Memo::new(move |_| {
        assessed.0.with(|a| {
            let calendar = &a.projection.calendar;
            (
                calendar.week_start(1),
                calendar.week_start(plateful_core::weekly_review::LOOK_AHEAD_WEEKS as i64),
            )
        })
    });
    view! {
        <GateLine/>
        <LoadChart skip=1 take=plateful_core::weekly_review::LOOK_AHEAD_WEEKS/>
        {move || {
            let (from, to) = weeks.get();
            view! { <WarningList from=from to=to in_review=true/> }
        }}
        <ReliefPlanView/>
    }
}

/// Next week against capacity, as finishing will weigh it.
#[component]
fn GateLine() -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let language = store.language();
    let gate = Memo::new(move |_| {
        assessed.0.with(|a| store.with(|plan| ReviewDraft::gate(&a.projection, plan)))
    });
    move || {
        gate.get().map(|gate| {
            let class = if gate.is_open() { "gate fits" } else { "gate over" };
            view! {
                <p class=class data-testid="gate" aria-live="polite">
                    {tr(language.get(), Msg::Gate { load: gate.load.load, capacity: gate.load.capacity, over_by: gate.over_by })}
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
    let language = store.language();
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
            <label for=id>{move || tr(language.get(), label)}</label>
            <textarea id=id rows="3" on:change=move |ev| {
                match Notes::parse(&event_target_value(&ev)) {
                    Ok(notes) => {
                        problem.set(None);
                        session.update(|draft| put(&mut draft.reflection, notes));
                    }
                    Err(error) => problem.set(Some(format!("{}: {}", tr(language.get_untracked(), label), tr(language.get_untracked(), Msg::TextError(&error))))),
                }
            }>{read(pick)}</textarea>
        }
    };
    let pulse = Memo::new(move |_| {
        session.draft.with(|d| d.as_ref().and_then(|d| d.pulse).map(Pulse::get))
    });
    view! {
        <div class="reflect">
            {question("reflect-went-well", Msg::ReviewWentWell, |r| &r.went_well, |r, n| r.went_well = n)}
            {question("reflect-slipped", Msg::ReviewSlipped, |r| &r.slipped, |r, n| r.slipped = n)}
            {question("reflect-to-change", Msg::ReviewToChange, |r| &r.to_change, |r, n| r.to_change = n)}
            {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
            <fieldset class="pulse">
                <legend>{move || tr(language.get(), Msg::ReviewPulse)}</legend>
                {(1..=5).map(|value: i64| view! {
                    <label class="check">
                        <input type="radio" name="pulse" value=value.to_string()
                            prop:checked=move || pulse.get() == Some(value as u8)
                            on:change=move |_| {
                                if let Ok(pulse) = Pulse::new(value) {
                                    session.update(|draft| draft.pulse = Some(pulse));
                                }
                            }/>
                        {value}
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
    let language = store.language();
    let navigate = use_navigate();
    let accepted = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let gate = Memo::new(move |_| {
        assessed.0.with(|a| store.with(|plan| ReviewDraft::gate(&a.projection, plan)))
    });
    let finish = move |_| {
        let language = language.get_untracked();
        let Some(mut draft) = session.draft.get_untracked() else {
            return;
        };
        let over_by = gate.get_untracked().map_or(0.0, |gate| gate.over_by);
        let accepted = accepted.get_untracked().then(|| Hours::new(over_by).ok()).flatten();
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
                navigate(&format!("/review/history/{id}"), Default::default());
            }
            Err(error) => problem.set(Some(tr(language, Msg::DomainError(&error)))),
        }
    };
    view! {
        <GateLine/>
        {move || gate.get().filter(|gate| !gate.is_open()).map(|gate| view! {
            <p>{move || tr(language.get(), Msg::ReviewMakeRoom)}</p>
            <p>
                <label class="check">
                    <input type="checkbox" prop:checked=move || accepted.get() on:change=move |ev| accepted.set(event_target_checked(&ev))/>
                    {move || tr(language.get(), Msg::AcceptOver(gate.over_by))}
                </label>
            </p>
        })}
        <p class="actions">
            <button type="button" on:click=finish data-testid="finish-review">{move || tr(language.get(), Msg::ReviewFinishButton)}</button>
        </p>
        {move || problem.get().map(|p| view! { <p class="problem" role="alert">{p}</p> })}
    }
}
