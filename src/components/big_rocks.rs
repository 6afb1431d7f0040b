//! This week's (or next week's) big rocks: at most three commitments to move forward.

use chrono::NaiveDate;
use leptos::prelude::*;
use plateful_core::priorities::BigRockChoice;
use plateful_core::{Command, CommitmentId, BIG_ROCKS_LIMIT};

use crate::components::field::CheckField;
use crate::components::page::use_announcer;
use crate::i18n::{tr, Msg};
use crate::state::{use_assessed, use_store};

/// One commitment that can be checked, as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Candidate {
    id: CommitmentId,
    title: String,
}

/// A week's big rocks (this week's unless told): check at most three.
#[component]
pub fn BigRocks(
    /// The first day of the week to choose for; this week when not given.
    #[prop(optional, into)]
    week: Option<Signal<NaiveDate>>,
) -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let announcer = use_announcer();
    // Another week than this one is next week's, chosen in the review.
    let (heading, help) = match week {
        Some(_) => (Msg::NextBigRocksHeading, Msg::NextBigRocksHelp),
        None => (Msg::BigRocksHeading, Msg::BigRocksHelp),
    };
    let week = week.unwrap_or_else(|| {
        Signal::derive(move || assessed.0.with(|a| a.projection.calendar.week0))
    });
    let problem = RwSignal::new(None::<String>);
    let candidates = Memo::new(move |_| {
        store.with(|plan| {
            let choice = BigRockChoice::of(plan, week.get());
            choice
                .candidates
                .iter()
                .map(|c| Candidate {
                    id: c.commitment.id,
                    title: c.commitment.title.as_str().to_owned(),
                })
                .collect::<Vec<_>>()
        })
    });
    // What is chosen, and what cannot be checked now (the week is full).
    let state = Memo::new(move |_| {
        store.with(|plan| {
            let choice = BigRockChoice::of(plan, week.get());
            let blocked: Vec<CommitmentId> = choice
                .candidates
                .iter()
                .map(|c| c.commitment.id)
                .filter(|id| !choice.can_toggle(*id))
                .collect();
            (choice.chosen, blocked)
        })
    });
    let chosen = Memo::new(move |_| state.with(|(chosen, _)| chosen.clone()));
    let toggle = move |id: CommitmentId, title: String, on: bool| {
        let language = store.language().get_untracked();
        let week = week.get_untracked();
        let commitments =
            store.with_untracked(|plan| BigRockChoice::of(plan, week).toggled(id, on));
        match store.dispatch(Command::SetBigRocks { week, commitments }) {
            Ok(()) => {
                problem.set(None);
                let said = if on { Msg::BigRockOn(&title) } else { Msg::BigRockOff(&title) };
                announcer.say(tr(language, said));
            }
            Err(error) => problem.set(Some(tr(language, Msg::DomainError(&error)))),
        }
    };
    view! {
        <section class="panel big-rocks" aria-labelledby="rocks-heading" data-testid="big-rocks">
            <h2 id="rocks-heading">{move || store.t(heading)}</h2>
            <p class="muted">
                {move || store.t(help)} " "
                <span data-testid="rocks-count">
                    {move || store.t(Msg::BigRocksChosen { chosen: chosen.with(Vec::len), limit: BIG_ROCKS_LIMIT })}
                </span>
            </p>
            <ul class="rocks">
                <For each=move || candidates.get() key=Candidate::clone let:candidate>
                    {
                        let Candidate { id, title } = candidate;
                        let on = Signal::derive(move || chosen.with(|c| c.contains(&id)));
                        let label = title.clone();
                        view! {
                            <li>
                                <CheckField
                                    id=format!("rock-{id}")
                                    label=label
                                    checked=on
                                    disabled=Signal::derive(move || state.with(|(_, blocked)| blocked.contains(&id)))
                                    on_toggle=Callback::new(move |checked| toggle(id, title.clone(), checked))
                                />
                            </li>
                        }
                    }
                </For>
            </ul>
            {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        </section>
    }
}
