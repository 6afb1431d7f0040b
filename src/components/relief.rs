//! The relief plan, when one of my next weeks is over capacity: each action says what
//! it does and what it frees, and applies in one click; "Apply all" applies the whole
//! plan as one step of Undo. Compact enough that its first actions show on the first
//! screen of Today, on a phone too.

use leptos::prelude::*;
use plateful_core::relief::{ReliefAction, ReliefKind};
use plateful_core::{DomainError, Notes};
use wasm_bindgen::JsCast;

use crate::components::page::Announcer;
use crate::components::toast::Toast;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::sentences::{percents, relief_what};
use crate::state::{use_assessed, use_store};

/// Moves the focus (and so the view) to the relief plan's heading: where a warning's
/// "See the relief plan" leads.
pub fn show_relief_plan() {
    focus_first(&["#relief-heading"]);
}

/// Focuses the first element that exists among `selectors`, once the page has caught
/// up with the last change: after an action, its button is often gone, and the focus
/// must not fall back to the page itself.
pub fn focus_first(selectors: &'static [&'static str]) {
    request_animation_frame(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let target = selectors
            .iter()
            .find_map(|selector| document.query_selector(selector).ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(target) = target {
            target.focus().ok();
        }
    });
}

/// After an action: the next one, else the plan's heading, else the page's heading.
const AFTER_APPLY: &[&str] = &["#relief-plan li button", "#relief-heading", "main h1"];

#[component]
pub fn ReliefPlanView() -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let relief = Memo::new(move |_| assessed.0.with(|a| a.relief.clone()));
    let problem = RwSignal::new(None::<String>);
    // The shell provides both; a view mounted alone for a test may not.
    let toast = use_context::<Toast>();
    let announcer = use_context::<Announcer>();
    // What was applied, said aloud, or with Undo when work was dropped.
    let report = move |outcome: Result<(), DomainError>, done: String, dropped: bool| match outcome
    {
        Ok(()) => {
            problem.set(None);
            match (toast, announcer) {
                (Some(toast), _) if dropped => toast.done(done),
                (_, announcer) => {
                    if let Some(announcer) = announcer {
                        announcer.say(done);
                    }
                    focus_first(AFTER_APPLY);
                }
            }
        }
        Err(error) => {
            problem.set(Some(tr(store.language().get_untracked(), Msg::DomainError(&error))))
        }
    };
    let reason = move || Notes::parse(&tr(store.language().get_untracked(), Msg::DroppedByRelief));
    move || {
        let plan = relief.get()?;
        let language = store.language().get();
        let before = percents(language, &plan.percents_before);
        let still = plan
            .still_over
            .iter()
            .map(|(week, hours)| tr(language, Msg::StillOver { week: *week, hours: *hours }))
            .collect_view();
        let actions = plan
            .actions
            .iter()
            .enumerate()
            .map(|(index, action)| {
                let what = store.with_untracked(|p| relief_what(language, p, action));
                let effect = tr(
                    language,
                    Msg::ReliefFrees {
                        frees: action.frees,
                        after: &percents(language, &action.percents_after),
                    },
                );
                let id = format!("relief-what-{index}");
                let action = action.clone();
                let done = tr(language, Msg::ReliefApplied(&what));
                let apply = move |_| {
                    let reason = reason().unwrap_or_default();
                    let command = action.command(platform::today(), platform::now(), &reason);
                    report(store.dispatch(command), done.clone(), drops(&action));
                };
                view! {
                    <li>
                        <span class="relief-what" id=id.clone()>{what}</span>
                        <button type="button" aria-describedby=id on:click=apply>{tr(language, Msg::Apply)}</button>
                        <span class="relief-effect muted">{effect}</span>
                    </li>
                }
            })
            .collect_view();
        let several = plan.actions.len() > 1;
        let dropped = plan.actions.iter().any(drops);
        let done = tr(language, Msg::ReliefAllApplied(plan.actions.len()));
        let apply_all = move |_| {
            let reason = reason().unwrap_or_default();
            let commands = plan.commands(platform::today(), platform::now(), &reason);
            report(store.dispatch_all(commands), done.clone(), dropped);
        };
        Some(view! {
            <section class="panel relief-plan" id="relief-plan" aria-labelledby="relief-heading" data-testid="relief">
                <h2 id="relief-heading" tabindex="-1">{tr(language, Msg::ReliefHeading)}</h2>
                <p class="muted relief-intro">{tr(language, Msg::ReliefIntro)} " " {before}</p>
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

/// Whether an action drops work: that one comes with Undo at hand.
fn drops(action: &ReliefAction) -> bool {
    matches!(action.kind, ReliefKind::Drop)
}
