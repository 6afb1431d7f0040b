//! The persistent banner that says when changes are not being saved.

use leptos::prelude::*;

use crate::i18n::{tr, Text};
use crate::state::{use_store, SaveState};
use crate::storage::SaveError;
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
            let (text, detail) = match error {
                SaveError::Unavailable(reason) => (tr(language, Text::StorageUnavailable), reason),
                SaveError::Full => (tr(language, Text::StorageFull), String::new()),
                SaveError::Refused(reason) => (tr(language, Text::StorageRefused), reason),
                SaveError::StoredValueUnreadable => {
                    (tr(language, Text::StorageUnreadable), String::new())
                }
            };
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
