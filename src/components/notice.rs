//! What happened in another tab that the user should know: changes that could not be
//! kept, an erase, an undo refused.

use leptos::prelude::*;

use crate::i18n::{tr, Msg};
use crate::state::use_store;
use crate::state::Notice;

#[component]
pub fn NoticeBanner() -> impl IntoView {
    let store = use_store();
    move || {
        let text = notice(store.language().get(), &store.notice()?);

        Some(view! {
            <div class="banner banner-notice" role="status" data-testid="notice">
                <span>{text}</span>
                " "
                <button type="button" class="secondary" on:click=move |_| store.dismiss_notice()>
                    {tr(store.language().get_untracked(), Msg::Dismiss)}
                </button>
            </div>
        })
    }
}

/// A notice about other tabs, as one sentence.
fn notice(language: plateful_core::Language, notice: &Notice) -> String {
    match notice {
        Notice::ErasedElsewhere => tr(language, Msg::NoticeErased),
        Notice::Lost(lost) => {
            let what: Vec<String> = lost
                .iter()
                .map(|(label, _)| tr(language, Msg::UndoWhat { label: *label, subject: None }))
                .collect();
            tr(language, Msg::NoticeLost { what: &what.join(", ") })
        }
        Notice::UndoRefused(label, subject) => {
            let what = tr(language, Msg::UndoWhat { label: *label, subject: subject.as_deref() });
            tr(language, Msg::NoticeUndoRefused { what: &what })
        }
    }
}
