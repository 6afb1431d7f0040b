//! The persistent banner that says when changes are not being saved.

use leptos::prelude::*;

use crate::components::export::ExportButton;
use crate::i18n::{health, Msg};
use crate::state::use_store;
use plateful_core::sync::Health;

/// Shown for as long as the plan on screen is not in storage.
#[component]
pub fn SaveBanner() -> impl IntoView {
    let store = use_store();
    move || {
        let health_now = store.health();
        let (text, detail) = health(store.language().get(), &health_now)?;
        // Only a failing write can succeed by trying again; a stopped tab does not write.
        let failing = matches!(health_now, Health::Failing(_));
        Some(view! {
            <div class="banner banner-warning" role="alert" data-testid="save-banner">
                <strong>{text}</strong>
                {(!detail.is_empty()).then(|| view! { <span class="banner-detail">" (" {detail} ")"</span> })}
                " "
                {failing.then(|| view! {
                    <button type="button" class="secondary" on:click=move |_| store.save_locked()>
                        {store.t(Msg::SaveAgain)}
                    </button>
                    " "
                })}
                <ExportButton/>
            </div>
        })
    }
}
