//! The persistent banner that says when changes are not being saved.

use leptos::prelude::*;

use crate::components::export::ExportButton;
use crate::i18n::health;
use crate::state::use_store;

/// Shown for as long as the plan on screen is not in storage.
#[component]
pub fn SaveBanner() -> impl IntoView {
    let store = use_store();
    move || {
        let (text, detail) = health(store.language().get(), &store.health())?;
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
