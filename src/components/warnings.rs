//! Warnings, most severe first, each with its sentence and what to do about it: the
//! relief plan on the same page for my overloaded weeks, the commitment's own page,
//! or the list filtered to what the warning is about.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;
use plateful_core::filter::{Filter, Query, Sort, StatusFilter};
use plateful_core::today::stated_by_gauge;
use plateful_core::warnings::{Warning, WarningKind, OVERLOAD_NAMED};
use plateful_core::{Command, PersonId, StatusKind};

use crate::components::page::Announcer;
use crate::components::relief::{focus_first, show_relief_plan};
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::state::{use_assessed, use_store};

/// How many warnings show before "Show all".
const SHOWN_WARNINGS: usize = 10;

/// The warnings, or only those about the weeks from `from` to `to` (and those about no
/// week in particular).
#[component]
pub fn WarningList(
    #[prop(optional)] from: Option<NaiveDate>,
    #[prop(optional)] to: Option<NaiveDate>,
    /// Shown inside the weekly review, which the "review due" warning would only ask for.
    #[prop(optional)]
    in_review: bool,
    /// Shown under this week's gauge, which already states my load this week: my
    /// overload this week is said shortly, with the gauge's figures and its heaviest work.
    #[prop(optional)]
    beside_gauge: bool,
) -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let within = move |warning: &Warning| match warning.week {
        _ if in_review && matches!(warning.kind, WarningKind::ReviewDue { .. }) => false,
        Some(week) => from.is_none_or(|from| week >= from) && to.is_none_or(|to| week <= to),
        None => true,
    };
    let list = Memo::new(move |_| {
        assessed.0.with(|a| a.warnings.iter().filter(|w| within(w)).cloned().collect::<Vec<_>>())
    });
    // A large plan can raise hundreds of warnings: the most severe come first, the rest
    // on request (rendering them all would also slow the start down).
    let all = RwSignal::new(false);
    move || {
        let language = store.language().get();
        let warnings = list.get();
        let total = warnings.len();
        let shown = if all.get() { total } else { total.min(SHOWN_WARNINGS) };
        let toggle = (total > SHOWN_WARNINGS).then(|| {
            let label = if all.get() {
                tr(language, Msg::FewerWarnings { shown: SHOWN_WARNINGS })
            } else {
                tr(language, Msg::AllWarnings { total })
            };
            view! {
                <button type="button" class="secondary" aria-expanded=all.get().to_string() on:click=move |_| all.update(|all| *all = !*all)>
                    {label}
                </button>
            }
        });
        view! {
            <section class="panel" aria-labelledby="warnings-heading">
                <h2 id="warnings-heading" tabindex="-1">{tr(language, Msg::WarningsHeading)} " (" {total} ")"</h2>
                {warnings.is_empty().then(|| view! { <p class="muted">{tr(language, Msg::NoWarnings)}</p> })}
                <ul class="warnings" data-testid="warnings">
                    {warnings.into_iter().take(shown).map(|w| view! { <WarningItem warning=w beside_gauge=beside_gauge/> }).collect_view()}
                </ul>
                {toggle}
            </section>
        }
    }
}

/// The list's address for a query: `/commitments?status=proposed`.
pub fn list_href(query: &Query) -> String {
    match query.to_query_string() {
        text if text.is_empty() => "/commitments".to_owned(),
        text => format!("/commitments?{text}"),
    }
}

/// Someone's open work in the list, the heaviest first.
fn work_of(person: PersonId) -> String {
    let filter = Filter { owner: Some(person), ..Filter::default() };
    list_href(&Query { filter, sort: Sort::Load })
}

#[component]
fn WarningItem(
    warning: Warning,
    /// Under the gauge: my overload this week is said by its heaviest work alone.
    beside_gauge: bool,
) -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let language = store.language().get_untracked();
    let problem = RwSignal::new(None::<String>);
    let stated = beside_gauge
        && assessed.0.with_untracked(|a| {
            let me = store.with_untracked(|plan| plan.me().map(|me| me.id));
            me.is_some_and(|me| stated_by_gauge(&warning, me, a.projection.calendar.week0))
        });
    let sentence = if stated {
        view! { <Heaviest warning=warning.clone()/> }.into_any()
    } else {
        let words =
            store.with_untracked(|plan| crate::sentences::warning(language, plan, &warning));
        view! { <span class="sentence">{words}</span> }.into_any()
    };
    let class = format!("warning severity-{}", warning.severity.as_str());
    let link = |href: String, text: String| view! { <A href=href>{text}</A> }.into_any();
    let open_each = |ids: &[plateful_core::CommitmentId]| {
        ids.iter()
            .take(OVERLOAD_NAMED)
            .map(|id| {
                let title = store.title(*id);
                link(format!("/commitments/{id}"), tr(language, Msg::OpenTitle(&title)))
            })
            .collect_view()
            .into_any()
    };
    let action = match &warning.kind {
        WarningKind::Overload { .. } => {
            let relieved = assessed.0.with_untracked(|a| {
                a.relief.as_ref().is_some_and(|relief| {
                    Some(relief.person) == warning.person
                        && warning.week.is_some_and(|week| relief.weeks.contains(&week))
                })
            });
            if relieved {
                let go = move |ev: leptos::ev::MouseEvent| {
                    ev.prevent_default();
                    show_relief_plan();
                };
                Some(view! { <a href="#relief-plan" on:click=go>{tr(language, Msg::SeeReliefPlan)}</a> }.into_any())
            } else {
                warning.person.map(|person| {
                    let text = store.with_untracked(|plan| {
                        match crate::sentences::other_than_me(plan, Some(person)) {
                            Some(name) => tr(language, Msg::SeeTheirWork(name)),
                            None => tr(language, Msg::SeeMyWork),
                        }
                    });
                    link(work_of(person), text)
                })
            }
        }
        WarningKind::WaitingTooLong { .. } => warning.commitments.first().copied().map(|id| {
            let follow_up = move |_| {
                let outcome =
                    store.dispatch(Command::FollowUp { id, on: platform::today(), at: platform::now() });
                match outcome {
                    Ok(()) => {
                        problem.set(None);
                        let title = store.title(id);
                        if let Some(announcer) = use_context::<Announcer>() {
                            announcer.say(tr(language, Msg::FollowedUpOn(&title)));
                        }
                        // The warning is gone with its button: the list keeps the focus.
                        focus_first(&["#warnings-heading"]);
                    }
                    Err(error) => problem.set(Some(tr(language, Msg::DomainError(&error)))),
                }
            };

            view! {
                <button type="button" class="secondary" on:click=follow_up>{tr(language, Msg::FollowedUp)}</button>
                " "
                {open_each(&warning.commitments)}
            }
            .into_any()
        }),
        WarningKind::ReviewDue { .. } => Some(link("/review".into(), tr(language, Msg::ReviewStart))),
        WarningKind::TooManyBigRocks { .. } => {
            Some(link("/priorities".into(), tr(language, Msg::NavPriorities)))
        }
        WarningKind::InboxPiling { .. } => {
            Some(link(list_href(&Query::inbox()), tr(language, Msg::OpenInbox)))
        }
        WarningKind::TooMuchWip { .. } => {
            let filter = Filter { status: StatusFilter::Only(StatusKind::Active), ..Filter::default() };
            let query = Query { filter, sort: Sort::default() };
            Some(link(list_href(&query), tr(language, Msg::SeeActiveWork)))
        }
        WarningKind::DeadlineAtRisk { .. }
        | WarningKind::Overdue { .. }
        | WarningKind::TreadingWater { .. }
        | WarningKind::NoEstimate => Some(open_each(&warning.commitments)),
    };
    view! {
        <li class=class>
            <span class="badge">{tr(language, Msg::Severity(warning.severity))}</span>
            " "
            {sentence}
            " "
            <span class="warning-actions">{action}</span>
            {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        </li>
    }
}

/// My week over capacity said with its figures (those of the gauge above) and by its
/// heaviest work, each a link to its page.
#[component]
fn Heaviest(
    /// My overload warning for this week, which names its heaviest work.
    warning: Warning,
) -> impl IntoView {
    let store = use_store();
    let language = store.language().get_untracked();
    let WarningKind::Overload { level, load, capacity, percent, others } = warning.kind else {
        return ().into_any();
    };
    let links = warning
        .commitments
        .iter()
        .enumerate()
        .map(|(index, id)| {
            let title = store.title(*id);
            let separator = if index == 0 { "" } else { ", " };
            view! { {separator} <A href=format!("/commitments/{id}")>{tr(language, Msg::Quoted(&title))}</A> }
        })
        .collect_view();
    view! {
        <span class="sentence" data-testid="heaviest">
            {tr(language, Msg::HeaviestThisWeek { level, load, capacity, percent })} " " {links}
            {(others > 0).then(|| view! { " " {tr(language, Msg::AndMore(others))} })} "."
        </span>
    }
    .into_any()
}
