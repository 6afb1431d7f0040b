//! This week's (or next week's) big rocks: at most three commitments to move forward.

use chrono::NaiveDate;
use leptos::prelude::*;
use plateful_core::{Command, CommitmentId, BIG_ROCKS_LIMIT};

use crate::i18n::{tr, Msg};
use crate::state::{use_assessed, use_store};

/// A week's big rocks (this week's unless told): check at most three.
#[component]
pub fn BigRocks(#[prop(optional, into)] week: Option<Signal<NaiveDate>>) -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    // Another week than this one is next week's, chosen in the review.
    let (heading, help) = match week {
        Some(_) => (Msg::NextBigRocksHeading, Msg::NextBigRocksHelp),
        None => (Msg::BigRocksHeading, Msg::BigRocksHelp),
    };
    let week = week.unwrap_or_else(|| {
        Signal::derive(move || assessed.0.with(|a| a.projection.calendar.week0))
    });
    let candidates = Memo::new(move |_| {
        store.with(|plan| {
            let me = plan.me().map(|me| me.id);
            let chosen = plan.big_rocks_of(week.get()).to_vec();
            let list: Vec<(CommitmentId, String, bool)> = plan
                .commitments
                .iter()
                .filter(|c| Some(c.owner) == me && c.status.counts_as_load())
                .map(|c| (c.id, c.title.as_str().to_owned(), chosen.contains(&c.id)))
                .collect();
            (list, chosen)
        })
    });
    let toggle = move |id: CommitmentId, on: bool| {
        let (_, mut chosen) = candidates.get_untracked();
        chosen.retain(|c| *c != id);
        if on {
            chosen.push(id);
        }
        let _ = store
            .dispatch(Command::SetBigRocks { week: week.get_untracked(), commitments: chosen });
    };
    view! {
        <section class="panel" aria-labelledby="rocks-heading">
            <h2 id="rocks-heading">{move || t(heading)}</h2>
            <p class="muted">{move || t(help)}</p>
            <ul class="rocks">
                {move || {
                    let (list, chosen) = candidates.get();
                    let full = chosen.len() >= BIG_ROCKS_LIMIT;
                    list.into_iter().map(|(id, title, on)| view! {
                        <li>
                            <label class="check">
                                <input type="checkbox" checked=on disabled=full && !on
                                    on:change=move |ev| toggle(id, event_target_checked(&ev))/>
                                {title}
                            </label>
                        </li>
                    }).collect_view()
                }}
            </ul>
        </section>
    }
}
