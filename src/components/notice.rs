//! What happened in another tab that the user should know: changes that could not be
//! kept, an erase, an undo refused.

use leptos::prelude::*;

use crate::i18n::{notice, tr, Text};
use crate::state::use_store;

#[component]
pub fn NoticeBanner() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    move || {
        let text = notice(language.get(), &store.notice()?);
        Some(view! {
            <div class="banner banner-notice" role="status" data-testid="notice">
                <span>{text}</span>
                " "
                <button type="button" class="secondary" on:click=move |_| store.dismiss_notice()>
                    {tr(language.get_untracked(), Text::Dismiss)}
                </button>
            </div>
        })
    }
}
