//! The relief plan, when one of my next weeks is over capacity: each action applicable
//! in one click.

use leptos::prelude::*;
use plateful_core::Notes;

use crate::i18n::{tr, Text};
use crate::platform;
use crate::sentences::{percent, relief_action};
use crate::state::{use_assessed, use_store};

#[component]
pub fn ReliefPlanView() -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let language = store.language();
    let relief = Memo::new(move |_| assessed.0.with(|a| a.relief.clone()));
    move || {
        let plan = relief.get()?;
        let language = language.get();
        let before =
            plan.percents_before.iter().map(|p| percent(*p)).collect::<Vec<_>>().join(" · ");
        let still = plan
            .still_over
            .iter()
            .map(|(week, hours)| crate::i18n::still_over(language, *week, *hours))
            .collect_view();
        let actions = plan
            .actions
            .iter()
            .map(|action| {
                let sentence = store.with_untracked(|p| relief_action(language, p, action));
                let action = action.clone();
                let apply = move |_| {
                    let reason =
                        Notes::parse(tr(language, Text::DroppedByRelief)).unwrap_or_default();
                    let _ =
                        store.dispatch(action.command(platform::today(), platform::now(), &reason));
                };
                view! {
                    <li>
                        <span>{sentence}</span>
                        " "
                        <button type="button" on:click=apply>{tr(language, Text::Apply)}</button>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="panel" aria-labelledby="relief-heading" data-testid="relief">
                <h2 id="relief-heading">{tr(language, Text::ReliefHeading)}</h2>
                <p class="muted">{tr(language, Text::ReliefIntro)} " " {before}</p>
                <ol class="relief">{actions}</ol>
                {still}
            </section>
        })
    }
}
