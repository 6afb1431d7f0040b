//! Importing a plan file: size check before reading, a preview, then Replace or Merge.

use leptos::prelude::*;
use plateful_core::merge::Summary;
use plateful_core::{format, Envelope};
use wasm_bindgen::JsCast;

use crate::fmt;
use crate::i18n::{tr, Msg};
use crate::state::use_store;

#[component]
pub fn ImportSection() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let preview = RwSignal::new(None::<Envelope>);
    let message = RwSignal::new(None::<(bool, String)>);

    let on_file = move |ev: leptos::ev::Event| {
        preview.set(None);
        message.set(None);
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
        let language = language.get_untracked();
        if plateful_core::format::too_large(file.size()) {
            message.set(Some((false, tr(language, Msg::FileTooLarge { bytes: file.size() }))));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let Some(text) = text.ok().and_then(|value| value.as_string()) else {
                message.set(Some((false, tr(language, Msg::StorageRefused).to_owned())));
                return;
            };
            match format::parse(&text) {
                Ok(envelope) => preview.set(Some(envelope)),
                Err(error) => message.set(Some((false, tr(language, Msg::ImportRefused(&error))))),
            }
        });
    };
    let replace = move |_| {
        if let Some(envelope) = preview.get_untracked() {
            store.replace(envelope.plan);
            preview.set(None);
            message.set(Some((true, t(Msg::Replaced).to_owned())));
        }
    };
    let merge = move |_| {
        if let Some(envelope) = preview.get_untracked() {
            let report = store.merge(&envelope.plan);
            preview.set(None);
            message.set(Some((true, tr(language.get_untracked(), Msg::Merged(&report)))));
        }
    };
    view! {
        <section class="panel" aria-labelledby="import-heading">
            <h2 id="import-heading">{move || t(Msg::ImportHeading)}</h2>
            <div class="field">
                <label for="import-file">{move || t(Msg::ImportLabel)}</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=on_file/>
            </div>
            {move || message.get().map(|(ok, text)| {
                let class = if ok { "notice" } else { "field-error" };
                view! { <p class=class role="alert" data-testid="import-message">{text}</p> }
            })}
            {move || preview.get().map(|envelope| view! {
                <Preview envelope=envelope/>
                <div class="actions">
                    <button type="button" on:click=replace>{move || t(Msg::Replace)}</button>
                    <button type="button" class="secondary" on:click=merge>{move || t(Msg::Merge)}</button>
                    <button type="button" class="secondary" on:click=move |_| preview.set(None)>{move || t(Msg::Cancel)}</button>
                </div>
                <p class="muted">{move || t(Msg::ReplaceNote)} " " {move || t(Msg::MergeNote)}</p>
            })}
        </section>
    }
}

/// What an imported file holds.
#[component]
fn Preview(envelope: Envelope) -> impl IntoView {
    let store = use_store();
    let language = store.language().get_untracked();
    let summary = Summary::of(&envelope.plan);
    let statuses = summary
        .by_status
        .iter()
        .filter(|(_, count)| *count > 0)
        .map(|(kind, count)| format!("{count} {}", tr(language, Msg::Status(*kind)).to_lowercase()))
        .collect::<Vec<_>>()
        .join(", ");
    let dates = summary
        .dates
        .map(|(first, last)| {
            format!("{} – {}", fmt::date(language, first), fmt::date(language, last))
        })
        .unwrap_or_default();
    view! {
        <div class="preview" data-testid="import-preview">
            <h3>{tr(language, Msg::ImportPreviewHeading)}</h3>
            <ul>
                <li>{format!("{} {}", summary.commitments, tr(language, Msg::CommitmentsHeading).to_lowercase())} {(!statuses.is_empty()).then(|| format!(" ({statuses})"))}</li>
                <li>{format!("{} {}", summary.people, tr(language, Msg::People))}</li>
                <li>{format!("{} {}", summary.reviews, tr(language, Msg::Reviews))}</li>
                <li>{format!("{}: {dates}", tr(language, Msg::Dates))}</li>
                <li>{format!("{}: {}", tr(language, Msg::SavedAt), fmt::timestamp(language, envelope.saved_at))}</li>
            </ul>
        </div>
    }
}
