//! Importing a plan file: size check before reading, a preview, then Replace or Merge,
//! either of which can be undone. A refused file is named next to the control, and
//! changes nothing.

use leptos::prelude::*;
use plateful_core::merge::Summary;
use plateful_core::{format, Envelope};
use wasm_bindgen::JsCast;

use crate::components::toast::use_toast;
use crate::i18n::{tr, Msg};
use crate::state::use_store;

#[component]
pub fn ImportSection() -> impl IntoView {
    let store = use_store();
    let toast = use_toast();
    let preview = RwSignal::new(None::<Envelope>);
    let refused = RwSignal::new(None::<String>);

    let on_file = move |ev: leptos::ev::Event| {
        preview.set(None);
        refused.set(None);
        let Some(input) =
            ev.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Clearing the input lets the same file be chosen again after a fix.
        input.set_value("");
        let language = store.language().get_untracked();
        if format::too_large(file.size()) {
            refused.set(Some(tr(language, Msg::FileTooLarge { bytes: file.size() })));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let Some(text) = text.ok().and_then(|value| value.as_string()) else {
                refused.set(Some(tr(language, Msg::ImportFileUnreadable)));
                return;
            };
            match format::parse(&text) {
                Ok(envelope) => preview.set(Some(envelope)),
                Err(error) => refused.set(Some(tr(language, Msg::ImportRefused(&error)))),
            }
        });
    };
    let replace = move |_| {
        if let Some(envelope) = preview.get_untracked() {
            store.replace(envelope.plan);
            preview.set(None);
            toast.done(tr(store.language().get_untracked(), Msg::Replaced));
        }
    };
    let merge = move |_| {
        if let Some(envelope) = preview.get_untracked() {
            let report = store.merge(&envelope.plan);
            preview.set(None);
            toast.done(tr(store.language().get_untracked(), Msg::Merged(&report)));
        }
    };
    view! {
        <section class="panel" aria-labelledby="import-heading">
            <h2 id="import-heading">{move || store.t(Msg::ImportHeading)}</h2>
            <div class="field">
                <label for="import-file">{move || store.t(Msg::ImportLabel)}</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=on_file
                    aria-describedby="import-message" aria-invalid=move || refused.with(Option::is_some).to_string()/>
                <p class="field-error" id="import-message" role="alert" data-testid="import-message">{move || refused.get()}</p>
            </div>
            {move || preview.get().map(|envelope| view! {
                <Preview envelope=envelope/>
                <div class="actions">
                    <button type="button" on:click=replace>{move || store.t(Msg::Replace)}</button>
                    <button type="button" class="secondary" on:click=merge>{move || store.t(Msg::Merge)}</button>
                    <button type="button" class="secondary" on:click=move |_| preview.set(None)>{move || store.t(Msg::Cancel)}</button>
                </div>
                <p class="muted">{move || store.t(Msg::ReplaceNote)} " " {move || store.t(Msg::MergeNote)}</p>
            })}
        </section>
    }
}

/// What an imported file holds.
#[component]
fn Preview(
    /// The file as read, not yet applied.
    envelope: Envelope,
) -> impl IntoView {
    let store = use_store();
    let summary = Summary::of(&envelope.plan);
    let saved_at = envelope.saved_at;
    view! {
        <div class="preview" data-testid="import-preview">
            <h3>{move || store.t(Msg::ImportPreviewHeading)}</h3>
            <ul>
                <li>{let summary = summary.clone(); move || store.t(Msg::PreviewCommitments(&summary))}</li>
                <li>{move || store.t(Msg::PreviewPeople(summary.people))}</li>
                <li>{move || store.t(Msg::PreviewReviews(summary.reviews))}</li>
                <li>{move || store.t(Msg::PreviewDates(summary.dates))}</li>
                <li>{move || store.t(Msg::PreviewSavedAt(saved_at))}</li>
            </ul>
        </div>
    }
}
