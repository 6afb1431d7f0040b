//! One person's page (`/team/:id`): their load and capacity week by week, what they
//! carry, what I delegated to them, what I owe them, what they asked that waits for my
//! answer and what I declined for them, each item with its figures and a link to its
//! page; and the way back to Team.

use leptos::prelude::*;
use leptos_router::components::A;
use plateful_core::team::{Item, PersonSummary};
use plateful_core::{DueKind, PersonId, WeekFigure};

use crate::components::page::{use_id, PageTitle};
use crate::components::weeks_table::WeeksTable;
use crate::i18n::{tr, Msg};
use crate::state::{use_assessed, use_store};

#[component]
pub fn PersonView() -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let id = use_id::<PersonId>();
    let summary = Memo::new(move |_| {
        let id = id.get()?;
        store.with(|plan| assessed.0.with(|a| PersonSummary::of(plan, id, &a.projection)))
    });
    let person = Memo::new(move |_| {
        let id = id.get()?;
        store.with(|plan| plan.person(id).map(|p| (p.name.as_str().to_owned(), p.role)))
    });
    let is_me = move || person.with(|p| matches!(p, Some((_, plateful_core::Role::Me))));
    let title = Signal::derive(move || {
        person.get().map_or_else(|| store.t(Msg::PersonNotFound), |(name, _)| name)
    });
    let list = move |testid: &'static str,
                     heading: Msg<'static>,
                     pick: fn(&PersonSummary) -> &Vec<Item>| {
        let items = Signal::derive(move || {
            summary.with(|s| s.as_ref().map(|s| pick(s).clone()).unwrap_or_default())
        });
        // What I owe may be done by a report I handed it to: each item says who.
        let doer = testid == "owed";
        view! { <ItemList testid=testid heading=Signal::derive(move || store.t(heading)) items=items doer=doer/> }
    };
    view! {
        <PageTitle text=title/>
        <p class="back"><A href="/team"><span aria-hidden="true">"← "</span>{move || store.t(Msg::BackToTeam)}</A></p>
        {move || match person.get() {
            None => view! { <h1>{store.t(Msg::PersonNotFound)}</h1> }.into_any(),
            Some((name, role)) => view! {
                <h1>{name} " " <span class="badge">{store.t(Msg::Role(role))}</span></h1>
            }.into_any(),
        }}
        <Show when=move || person.with(Option::is_some)>
            <PersonWeeks weeks=Signal::derive(move || summary.with(|s| s.as_ref().map(|s| s.weeks.clone()).unwrap_or_default()))/>
            // My own page lists what I carry: what I delegated to, owe or declined for
            // someone are the others' pages.
            <Show when=move || !is_me()
                fallback=move || list("carries", Msg::ICarry, |s| &s.carries)>
                {list("carries", Msg::Carries, |s| &s.carries)}
                {list("delegated", Msg::Delegated, |s| &s.delegated)}
                {list("owed", Msg::Owed, |s| &s.owed)}
                {list("asked", Msg::AskedWaiting, |s| &s.asked)}
                {list("declined", Msg::DeclinedFor, |s| &s.declined)}
            </Show>
        </Show>
    }
}

/// This week's figures and the weeks of the horizon, each with its level.
#[component]
fn PersonWeeks(
    /// Their weeks; none for someone who carries no work.
    #[prop(into)]
    weeks: Signal<Vec<WeekFigure>>,
) -> impl IntoView {
    let store = use_store();
    move || {
        let language = store.language().get();
        let Some(first) = weeks.with(|weeks| weeks.first().copied()) else {
            return view! { <p class="panel muted" data-testid="weeks">{tr(language, Msg::CarriesNoWork)}</p> }.into_any();
        };
        let this_week = Msg::PersonThisWeek {
            load: first.load,
            capacity: first.capacity,
            percent: first.percent,
        };
        view! {
            <section class="panel" aria-labelledby="weeks-heading" data-testid="weeks">
                <h2 id="weeks-heading">{tr(language, Msg::PersonWeeksHeading)}</h2>
                <p class="this-week" data-testid="this-week">{tr(language, this_week)}</p>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="weeks-heading">
                    <WeeksTable weeks=weeks class="person-weeks"/>
                </div>
            </section>
        }
        .into_any()
    }
}

/// One list of the page: each commitment with its figures and a link to its page.
#[component]
fn ItemList(
    /// The section's test id ("carries", "delegated", "owed", "asked", "declined").
    testid: &'static str,
    #[prop(into)] heading: Signal<String>,
    #[prop(into)] items: Signal<Vec<Item>>,
    /// Whether each item names who does it, when that is not me.
    #[prop(optional)]
    doer: bool,
) -> impl IntoView {
    let store = use_store();
    let heading_id = format!("{testid}-heading");
    let me = store.with_untracked(|plan| plan.me().map(|me| me.id));
    move || {
        let language = store.language().get();
        let items = items.get();
        let body = if items.is_empty() {
            view! { <p class="muted">{tr(language, Msg::Nothing)}</p> }.into_any()
        } else {
            let lines = items.into_iter().map(|item| {
                let figures = match item.closed_on {
                    Some(on) => tr(language, Msg::DeclinedOn(on)),
                    None => tr(language, Msg::ItemFigures {
                        remaining: item.remaining_hours,
                        per_week: item.hours_per_week,
                        this_week: item.this_week,
                        due: item.due.map(|due| due.date),
                        hard: item.due.is_some_and(|due| due.kind == DueKind::Hard),
                    }),
                };
                let by = (doer && Some(item.owner) != me)
                    .then(|| store.with_untracked(|plan| plan.person(item.owner).map(|p| p.name.as_str().to_owned())))
                    .flatten()
                    .map(|who| view! { <span class="muted">{tr(language, Msg::DelegatedTo(&who))}</span> });
                view! {
                    <li>
                        <A href=format!("/commitments/{}", item.id)>{item.title.as_str().to_owned()}</A>
                        " " <span class="badge">{tr(language, Msg::Status(item.status))}</span>
                        <span class="figures">{figures} {by}</span>
                    </li>
                }
            }).collect_view();
            view! { <ul class="person-items">{lines}</ul> }.into_any()
        };
        view! {
            <section class="panel" aria-labelledby=heading_id.clone() data-testid=testid>
                <h2 id=heading_id.clone()>{heading.get()}</h2>
                {body}
            </section>
        }
    }
}
