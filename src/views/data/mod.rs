//! Settings and data: export, import, backups, storage and erasing.

mod backups;
mod import;

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use crate::components::export::ExportButton;
use crate::components::page::{use_announcer, PageTitle};
use crate::i18n::{tr, Msg};
use crate::state::use_store;
use crate::storage;
use backups::BackupsSection;
use import::ImportSection;

/// How long after the app opens its opening backup is surely written (it waits 1.5 s,
/// see `state/saving.rs`): the page reads storage again then.
const AFTER_OPENING_BACKUP: Duration = Duration::from_secs(2);

#[component]
pub fn DataView() -> impl IntoView {
    let store = use_store();
    // Backups and storage use are read from storage, which changes with the plan and
    // once more when the opening backup is written.
    let looked = RwSignal::new(0u32);
    set_timeout(
        move || {
            looked.try_update(|count| *count += 1);
        },
        AFTER_OPENING_BACKUP,
    );
    let looked = Signal::from(looked);
    view! {
        <PageTitle text=Signal::derive(move || store.t(Msg::DataHeading))/>
        <h1>{move || store.t(Msg::DataHeading)}</h1>
        <section class="panel" aria-labelledby="export-heading">
            <h2 id="export-heading">{move || store.t(Msg::ExportHeading)}</h2>
            <p class="muted">{move || store.t(Msg::ExportNote)}</p>
            <ExportButton/>
        </section>
        <ImportSection/>
        <BackupsSection looked=looked/>
        <StorageSection looked=looked/>
        <EraseSection/>
    }
}

/// What the app's keys take of local storage against its limit (see
/// `plateful_core::quota` for the figure), and whether the browser keeps it for good.
#[component]
fn StorageSection(
    /// Changes when storage should be measured again, besides each change of the plan.
    #[prop(into)]
    looked: Signal<u32>,
) -> impl IntoView {
    let store = use_store();
    // Measured again after each change of the plan: an import or a restore writes at
    // once, and makes a backup.
    let usage = Memo::new(move |_| {
        looked.track();
        store.with(|_| ());
        storage::usage()
    });
    let persistent = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move {
        persistent.set(Some(storage::request_persistence().await));
    });
    view! {
        <section class="panel" aria-labelledby="storage-heading">
            <h2 id="storage-heading">{move || store.t(Msg::StorageHeading)}</h2>
            {move || usage.get().map(|usage| view! {
                <p data-testid="storage-usage">{store.t(Msg::StorageUsed(usage))}</p>
                // The sentence says it; the bar shows it at a glance.
                <meter class="storage-meter" aria-hidden="true" min="0" max=usage.limit value=usage.used></meter>
            })}
            <p class="muted" data-testid="persistence">
                {move || persistent.get().map(|yes| if yes { store.t(Msg::Persistent) } else { store.t(Msg::NotPersistent) })}
            </p>
        </section>
    }
}

/// Erases everything after an explicit confirmation, then starts again as on a first
/// visit: Today, with its welcome.
#[component]
fn EraseSection() -> impl IntoView {
    let store = use_store();
    let announcer = use_announcer();
    // Kept aside so that the handlers stay copyable inside `Show`.
    let navigate = StoredValue::new_local(use_navigate());
    let confirming = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let erase = move |_| {
        confirming.set(false);
        match store.erase() {
            Ok(()) => {
                announcer.say(tr(store.language().get_untracked(), Msg::Erased));
                navigate.with_value(|navigate| navigate("/", Default::default()));
                focus_soon("main h1");
            }
            Err(error) => {
                problem.set(Some(tr(store.language().get_untracked(), Msg::StoreError(&error))))
            }
        }
    };
    let confirm = NodeRef::<leptos::html::Button>::new();
    // The question takes the focus so that the keyboard answers it at once.
    Effect::new(move |_| {
        if let Some(button) = confirm.get() {
            button.focus().ok();
        }
    });
    view! {
        <section class="panel" aria-labelledby="erase-heading">
            <h2 id="erase-heading">{move || store.t(Msg::EraseHeading)}</h2>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="danger" id="erase-button" on:click=move |_| confirming.set(true)>{move || store.t(Msg::EraseButton)}</button>
                }
            >
                <p id="erase-question">{move || store.t(Msg::EraseConfirm)}</p>
                <div class="actions" role="group" aria-labelledby="erase-question">
                    <button type="button" class="danger" node_ref=confirm on:click=erase>{move || store.t(Msg::EraseYes)}</button>
                    <button type="button" class="secondary" on:click=move |_| {
                        confirming.set(false);
                        focus_soon("#erase-button");
                    }>{move || store.t(Msg::Cancel)}</button>
                </div>
            </Show>
            {move || problem.get().map(|text| view! { <p class="problem" role="alert">{text}</p> })}
        </section>
    }
}

/// Puts the focus on the element `selector` finds once the page is drawn (the next
/// page's heading, the button back in place), rather than leaving it on the body when
/// the control that had it is gone.
fn focus_soon(selector: &'static str) {
    request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.query_selector(selector).ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            // A heading takes the focus only when told it may; it does not become a
            // stop of the Tab order.
            if !element.has_attribute("tabindex") && element.tag_name() == "H1" {
                element.set_attribute("tabindex", "-1").ok();
            }
            element.focus().ok();
        }
    });
}
