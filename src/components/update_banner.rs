//! "Update available": shown when a new version is installed and waiting.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::pwa::{self, UpdateReady};
use crate::state::use_store;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let store = use_store();
    // Provided by the app before the shell renders; absent only outside the app.
    let ready = use_context::<UpdateReady>();
    move || {
        let ready = ready?;
        ready.0.get().then(|| {
            view! {
                <div class="banner banner-info" role="status" data-testid="update-banner">
                    <span>{store.t(Msg::UpdateAvailable)}</span>
                    " "
                    <button type="button" on:click=move |_| pwa::apply_update()>{store.t(Msg::UpdateNow)}</button>
                </div>
            }
        })
    }
}
