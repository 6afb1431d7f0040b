//! Settings and data: export, import, backups, storage and erasing.

mod backups;
mod import;

use leptos::prelude::*;

use crate::components::export::ExportButton;
use crate::components::page::PageTitle;
use crate::i18n::{tr, Msg};
use crate::state::use_store;
use crate::storage;
use backups::BackupsSection;
use import::ImportSection;

#[component]
pub fn DataView() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    view! {
        <PageTitle text=Signal::derive(move || t(Msg::DataHeading))/>
        <h1>{move || t(Msg::DataHeading)}</h1>
        <section class="panel" aria-labelledby="export-heading">
            <h2 id="export-heading">{move || t(Msg::ExportHeading)}</h2>
            <p class="muted">{move || t(Msg::ExportNote)}</p>
            <ExportButton/>
        </section>
        <ImportSection/>
        <BackupsSection/>
        <StorageSection/>
        <EraseSection/>
    }
}

/// Storage used against the quota, and whether it is persistent.
#[component]
fn StorageSection() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let usage = RwSignal::new(None::<(f64, f64)>);
    let persistent = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move {
        usage.set(storage::estimate().await);
        persistent.set(Some(storage::request_persistence().await));
    });
    view! {
        <section class="panel" aria-labelledby="storage-heading">
            <h2 id="storage-heading">{move || t(Msg::StorageHeading)}</h2>
            <p data-testid="storage-usage">
                {move || usage.get().map(|(used, quota)| tr(language.get(), Msg::StorageUsage { used, quota }))}
            </p>
            <p class="muted">
                {move || persistent.get().map(|yes| if yes { t(Msg::Persistent) } else { t(Msg::NotPersistent) })}
            </p>
        </section>
    }
}

/// Erases everything after an explicit confirmation.
#[component]
fn EraseSection() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let confirming = RwSignal::new(false);
    let outcome = RwSignal::new(None::<String>);
    let erase = move |_| {
        match store.erase() {
            Ok(()) => outcome.set(Some(t(Msg::Erased).to_owned())),
            Err(error) => outcome.set(Some(tr(language.get_untracked(), Msg::StoreError(&error)))),
        }
        confirming.set(false);
    };
    view! {
        <section class="panel" aria-labelledby="erase-heading">
            <h2 id="erase-heading">{move || t(Msg::EraseHeading)}</h2>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="danger" on:click=move |_| confirming.set(true)>{move || t(Msg::EraseButton)}</button>
                }
            >
                <p role="alert">{move || t(Msg::EraseConfirm)}</p>
                <div class="actions">
                    <button type="button" class="danger" on:click=erase>{move || t(Msg::EraseYes)}</button>
                    <button type="button" class="secondary" on:click=move |_| confirming.set(false)>{move || t(Msg::Cancel)}</button>
                </div>
            </Show>
            {move || outcome.get().map(|text| view! { <p role="status">{text}</p> })}
        </section>
    }
}
