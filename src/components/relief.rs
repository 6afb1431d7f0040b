//! The relief plan, when one of my next weeks is over capacity: each action applicable
//! in one click.

use leptos::prelude::*;
use plateful_core::Notes;

use crate::i18n::{tr, Msg};
use crate::platform;
use crate::sentences::{percents, relief_action};
use crate::state::{use_assessed, use_store};

#[component]
pub fn ReliefPlanView() -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let language = store.language();
    let relief = Memo::new(move |_| assessed.0.with(|a| a.relief.clone()));
    let problem = RwSignal::new(None::<String>);
    let report = move |outcome: Result<(), plateful_core::DomainError>| match outcome {
        Ok(()) => problem.set(None),
        Err(error) => problem.set(Some(tr(language.get_untracked(), Msg::DomainError(&error)))),
    };
    let reason = move || Notes::parse(&tr(language.get_untracked(), Msg::DroppedByRelief));
    move || {
        let plan = relief.get()?;
        let language = language.get();
        let before = percents(language, &plan.percents_before);
        let still = plan
            .still_over
            .iter()
            .map(|(week, hours)| tr(language, Msg::StillOver { week: *week, hours: *hours }))
            .collect_view();
        let actions = plan
            .actions
            .iter()
            .map(|action| {
                let sentence = store.with_untracked(|p| relief_action(language, p, action));
                let action = action.clone();
                let apply = move |_| {
                    let reason = reason().unwrap_or_default();
                    let command = action.command(platform::today(), platform::now(), &reason);
                    report(store.dispatch(command));
                };
                view! {
                    <li>
                        <span>{sentence}</span>
                        " "
                        <button type="button" on:click=apply>{tr(language, Msg::Apply)}</button>
                    </li>
                }
            })
            .collect_view();
        let several = plan.actions.len() > 1;
        let apply_all = move |_| {
            let reason = reason().unwrap_or_default();
            let commands = plan.commands(platform::today(), platform::now(), &reason);
            report(store.dispatch_all(commands));
        };
        Some(view! {
            <section class="panel" aria-labelledby="relief-heading" data-testid="relief">
                <h2 id="relief-heading">{tr(language, Msg::ReliefHeading)}</h2>
                <p class="muted">{tr(language, Msg::ReliefIntro)} " " {before}</p>
                <ol class="relief">{actions}</ol>
                {several.then(|| view! {
                    <button type="button" class="apply-all" on:click=apply_all>{tr(language, Msg::ApplyAll)}</button>
                })}
                {still}
                {move || problem.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
            </section>
        })
    }
}
