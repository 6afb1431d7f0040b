//! "Can I say yes?" (SPEC 2.4): the answer for a request, with the hours behind it,
//! week by week and deadline by deadline; when it is tight or does not fit, what would
//! make room (one click), the earliest date at which it fits (one click), and Decline.

use leptos::prelude::*;
use plateful_core::whatif::{what_if_assessed, CounterOffer, Verdict, WhatIf};
use plateful_core::{Commitment, Language, Notes, Plan};

use crate::i18n::{tr, Msg};
use crate::platform;
use crate::sentences::{other_than_me, quoted_among, relief_action, warning_among};
use crate::state::{use_assessed, use_store};

/// How many changed weeks the answer lists first (the worst first); the others follow
/// behind "N more weeks".
const WEEKS_SHOWN: usize = 4;

#[component]
pub fn Answer(
    /// The request as it would be accepted (a draft, or a Proposed commitment of the
    /// plan); nothing is shown while there is none.
    #[prop(into)]
    request: Signal<Option<Commitment>>,
    /// Accepts the request on the counter-offered dates.
    on_counter: Callback<CounterOffer>,
    /// Declines the request.
    on_decline: Callback<()>,
) -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let problem = RwSignal::new(None::<String>);
    let answer = Memo::new(move |_| {
        let request = request.get()?;
        Some(assessed.0.with(|a| store.with(|plan| what_if_assessed(plan, a, &request))))
    });
    move || {
        let answer = answer.get()?;
        let language = store.language().get();
        let request = request.get_untracked();
        let (lines, more) =
            store.with_untracked(|plan| lines(language, plan, request.as_ref(), &answer));
        let more = (!more.is_empty()).then(|| view! {
            <details class="answer-more">
                <summary>{tr(language, Msg::MoreWeeks(more.len()))}</summary>
                <ul class="answer-lines">{more.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            </details>
        });
        let verdict = answer.verdict;
        let relief = answer.relief.clone().filter(|relief| !relief.actions.is_empty());
        let make_room = relief.map(|relief| {
            let sentences = store.with_untracked(|plan| {
                relief
                    .actions
                    .iter()
                    .map(|action| relief_action(language, plan, action))
                    .collect::<Vec<_>>()
            });
            let line = store.with_untracked(|plan| plan.settings.thresholds.full_percent);
            let short = relief
                .still_over
                .iter()
                .map(|(week, hours)| tr(language, Msg::StillFull { week: *week, hours: *hours, line }))
                .collect::<Vec<_>>();
            let apply = move |_| {
                let reason = Notes::parse(&tr(language, Msg::DroppedByRelief)).unwrap_or_default();
                let commands = relief.commands(platform::today(), platform::now(), &reason);
                match store.dispatch_all(commands) {
                    Ok(()) => problem.set(None),
                    Err(error) => problem.set(Some(tr(language, Msg::DomainError(&error)))),
                }
            };

            view! {
                <div class="answer-room">
                    <p>{tr(language, Msg::MakeRoomHeading)}</p>
                    <ol>{sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
                    {short.into_iter().map(|s| view! { <p class="muted">{s}</p> }).collect_view()}
                    <button type="button" class="secondary" on:click=apply>{tr(language, Msg::MakeRoom)}</button>
                </div>
            }
        });
        let offer = answer.counter_offer;
        let counter = match (verdict, offer) {
            (Verdict::Fits, _) => None,
            (_, Some(offer)) => {
                let text = match offer {
                    CounterOffer::Due { due, start } => {
                        tr(language, Msg::CounterDue { due: due.date, start })
                    }
                    CounterOffer::Start(start) => tr(language, Msg::CounterStart(start)),
                };
                Some(view! {
                    <button type="button" data-testid="counter-offer" on:click=move |_| on_counter.run(offer)>{text}</button>
                }.into_any())
            }
            (_, None) => {
                Some(view! { <p class="muted">{tr(language, Msg::NoCounter)}</p> }.into_any())
            }
        };
        let decline = (verdict != Verdict::Fits).then(|| view! {
            <button type="button" class="secondary" title=tr(language, Msg::DeclineHint) on:click=move |_| on_decline.run(())>
                {tr(language, Msg::Decline)}
            </button>
        });
        Some(view! {
            <div class="answer" data-verdict=verdict.as_str() data-testid="answer" aria-live="polite">
                <p class="answer-head"><strong>{tr(language, Msg::Verdict(verdict))}</strong></p>
                <ul class="answer-lines">{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                {more}
                {make_room}
                <div class="actions">{counter}{decline}</div>
                {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
            </div>
        })
    }
}

/// The answer's figures as sentences: the weeks it changes (worst first), each deadline
/// it puts at risk or worsens, and the other warnings it would raise; then the weeks
/// past the first few, shown on request.
fn lines(
    language: Language,
    plan: &Plan,
    request: Option<&Commitment>,
    answer: &WhatIf,
) -> (Vec<String>, Vec<String>) {
    let mut lines: Vec<String> = answer
        .weeks
        .iter()
        .map(|week| {
            tr(
                language,
                Msg::AnswerWeek {
                    who: other_than_me(plan, Some(week.person)),
                    week: week.week,
                    before: week.before.load,
                    after: week.after.load,
                    capacity: week.after.capacity,
                    percent_before: week.percent_before,
                    percent_after: week.percent_after,
                },
            )
        })
        .collect();
    for deadline in &answer.deadlines {
        let titles = deadline
            .commitments
            .iter()
            .map(|id| quoted_among(language, plan, request, *id))
            .collect::<Vec<_>>()
            .join(", ");
        lines.push(tr(
            language,
            Msg::AnswerDeadline {
                who: other_than_me(plan, Some(deadline.person)),
                due: deadline.due,
                hard: deadline.hard,
                short_before: deadline.short_before,
                short_after: deadline.short_after,
                titles: &titles,
            },
        ));
    }
    let others: Vec<String> = answer
        .new_warnings
        .iter()
        .filter(|w| {
            !matches!(
                w.kind,
                plateful_core::WarningKind::Overload { .. }
                    | plateful_core::WarningKind::DeadlineAtRisk { .. }
            )
        })
        .map(|w| warning_among(language, plan, request, w))
        .collect();
    if !others.is_empty() {
        lines.push(tr(language, Msg::AlsoRaises(&others.join(" "))));
    }
    // Every week it changes is named; past the worst few, behind "more weeks".
    let weeks = answer.weeks.len();
    let more: Vec<String> = lines.drain(WEEKS_SHOWN.min(weeks)..weeks).collect();
    (lines, more)
}
