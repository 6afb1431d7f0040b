//! Focus now: my top five, each with its signed reasons.

use leptos::prelude::*;

use crate::i18n::{tr, Msg};
use crate::state::{use_assessed, use_store};

#[component]
pub fn FocusNow() -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let language = store.language();
    let focus = Memo::new(move |_| assessed.0.with(|a| a.focus.clone()));
    move || {
        let language = language.get();
        let items = focus
            .get()
            .into_iter()
            .map(|scored| {
                let title = store
                    .with_untracked(|plan| {
                        plan.commitment(scored.commitment).map(|c| c.title.as_str().to_owned())
                    })
                    .unwrap_or_default();
                let reasons = scored
                    .reasons
                    .iter()
                    .map(|r| format!("{} {:+.1}", tr(language, Msg::Term(r.term)), r.points))
                    .collect::<Vec<_>>()
                    .join(", ");
                view! {
                    <li>
                        <strong>{title}</strong>
                        " "
                        <span class="score">{format!("{:.1}", scored.score)}</span>
                        <span class="muted reasons">{reasons}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="panel" aria-labelledby="focus-heading">
                <h2 id="focus-heading">{tr(language, Msg::FocusHeading)}</h2>
                <ol class="focus" data-testid="focus">{items}</ol>
            </section>
        }
    }
}
