//! The Export button, wherever the plan may need to leave the browser.

use leptos::prelude::*;

use crate::files;
use crate::i18n::Msg;
use crate::platform;
use crate::state::use_store;

/// Downloads the plan as `plateful-YYYY-MM-DD.json`. Works whether or not storage does.
#[component]
pub fn ExportButton() -> impl IntoView {
    let store = use_store();
    let failed = RwSignal::new(None::<String>);
    let export = move |_| {
        let name = format!("plateful-{}.json", platform::today());
        if let Err(reason) = files::download(&name, &store.export()) {
            failed.set(Some(reason));
        }
    };
    view! {
        <button type="button" class="secondary" on:click=export>{move || store.t(Msg::Export)}</button>
        {move || failed.get().map(|reason| view! { <span class="field-error" role="alert">{reason}</span> })}
    }
}
