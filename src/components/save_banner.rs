//! The persistent banner that says when changes are not being saved.

use leptos::prelude::*;

use crate::i18n::save_error;
use crate::state::{use_store, SaveState};
use crate::views::data::ExportButton;

/// Shown for as long as the plan on screen is not in storage.
#[component]
pub fn SaveBanner() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    move || match store.save_state() {
        SaveState::Saved => None,
        SaveState::NotSaved(error) => {
            let language = language.get();
            let (text, detail) = save_error(language, error);
            Some(view! {
                <div class="banner banner-warning" role="alert" data-testid="save-banner">
                    <strong>{text}</strong>
                    {(!detail.is_empty()).then(|| view! { <span class="banner-detail">" (" {detail} ")"</span> })}
                    " "
                    <ExportButton/>
                </div>
            })
        }
    }
}
