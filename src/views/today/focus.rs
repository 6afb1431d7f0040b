//! Focus now: my top five, each with its reasons in words ("due Friday", "this week's
//! big rock"), and the score's signed terms on request.

use leptos::prelude::*;
use leptos_router::components::A;
use plateful_core::focus::{Because, Scored};
use plateful_core::Party;

use crate::components::warnings::list_href;
use crate::i18n::{tr, Msg};
use crate::state::{use_assessed, use_store};

#[component]
pub fn FocusNow() -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let focus = Memo::new(move |_| assessed.0.with(|a| a.focus.clone()));
    let inbox = Memo::new(move |_| store.with(|plan| plan.inbox().len()));
    move || {
        let language = store.language().get();
        let items = focus.get();
        let empty = items.is_empty().then(|| {
            view! {
                <p class="empty" data-testid="focus-empty">
                    {tr(language, Msg::FocusEmpty)} " "
                    <A href="/commitments">{tr(language, Msg::AddWork)}</A>
                    {(inbox.get() > 0).then(|| view! {
                        " · " <A href=list_href(&plateful_core::filter::Query::inbox())>{tr(language, Msg::OpenInbox)}</A>
                    })}
                </p>
            }
        });
        view! {
            <section class="panel" aria-labelledby="focus-heading">
                <h2 id="focus-heading">{tr(language, Msg::FocusHeading)}</h2>
                {empty}
                <ol class="focus" data-testid="focus">
                    {items.into_iter().map(|scored| view! { <FocusItem scored=scored/> }).collect_view()}
                </ol>
            </section>
        }
    }
}

/// One commitment in focus: its title (a link to its page), why in words, and the
/// score's terms behind a disclosure.
#[component]
fn FocusItem(
    /// The commitment with its score and reasons.
    scored: Scored,
) -> impl IntoView {
    let store = use_store();
    let language = store.language().get_untracked();
    let id = scored.commitment;
    let title = store.title(id);
    let because = store.with_untracked(|plan| {
        scored
            .because
            .iter()
            .map(|because| {
                let who = match because {
                    Because::Waiting { on: Party::Person(person), .. } => {
                        plan.person(*person).map(|p| p.name.as_str())
                    }
                    Because::Waiting { on: Party::Text(text), .. } => Some(text.as_str()),
                    _ => None,
                };
                tr(language, Msg::Because { because, who })
            })
            .collect::<Vec<_>>()
            .join(" · ")
    });
    let terms = if scored.reasons.is_empty() {
        tr(language, Msg::NoTerms)
    } else {
        scored
            .reasons
            .iter()
            .map(|r| tr(language, Msg::Points { term: r.term, points: r.points }))
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <li>
            <A href=format!("/commitments/{id}")><strong>{title}</strong></A>
            <span class="reasons" data-testid="because">{because}</span>
            <details class="score">
                <summary>{tr(language, Msg::ScoreDetails)}</summary>
                <span class="terms">{tr(language, Msg::ScoreTotal(scored.score))} " " {terms}</span>
            </details>
        </li>
    }
}
