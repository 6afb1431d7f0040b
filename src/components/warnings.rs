//! Warnings, most severe first, each with its sentence and, where one fits, an action.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;
use plateful_core::warnings::{Warning, WarningKind};
use plateful_core::Command;

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
) -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let language = store.language();
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
        let language = language.get();
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
                <h2 id="warnings-heading">{tr(language, Msg::WarningsHeading)} " (" {total} ")"</h2>
                {warnings.is_empty().then(|| view! { <p class="muted">{tr(language, Msg::NoWarnings)}</p> })}
                <ul class="warnings" data-testid="warnings">
                    {warnings.into_iter().take(shown).map(|w| view! { <WarningItem warning=w/> }).collect_view()}
                </ul>
                {toggle}
            </section>
        }
    }
}

#[component]
fn WarningItem(warning: Warning) -> impl IntoView {
    let store = use_store();
    let language = store.language().get_untracked();
    let sentence = store.with_untracked(|plan| crate::sentences::warning(language, plan, &warning));
    let class = format!(
        "warning severity-{}",
        tr(plateful_core::Language::En, Msg::Severity(warning.severity)).to_lowercase()
    );
    let action = match &warning.kind {
        WarningKind::WaitingTooLong { .. } => warning.commitments.first().copied().map(|id| {
            let follow_up = move |_| {
                let _ = store.dispatch(Command::FollowUp { id, on: platform::today(), at: platform::now() });
            };
            view! { <button type="button" class="secondary" on:click=follow_up>{tr(language, Msg::FollowedUp)}</button> }.into_any()
        }),
        WarningKind::Overload { .. } => None,
        WarningKind::ReviewDue { .. } => Some(
            view! { <A href="/review">{tr(language, Msg::ReviewStart)}</A> }.into_any(),
        ),
        WarningKind::TooManyBigRocks { .. } => {
            Some(view! { <A href="/priorities">{tr(language, Msg::NavPriorities)}</A> }.into_any())
        }
        _ => Some(view! { <A href="/commitments">{tr(language, Msg::Open)}</A> }.into_any()),
    };
    view! {
        <li class=class>
            <span class="badge">{tr(language, Msg::Severity(warning.severity))}</span>
            " "
            <span class="sentence">{sentence}</span>
            " "
            {action}
        </li>
    }
}
