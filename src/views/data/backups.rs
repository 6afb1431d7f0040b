//! The backup generations, each restorable.

use leptos::prelude::*;
use plateful_core::merge::Summary;

use crate::fmt;
use crate::i18n::{tr, Msg};
use crate::state::use_store;
use crate::storage;

#[component]
pub fn BackupsSection() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    // Re-read after each change of the plan: a replace or restore makes a new backup.
    let backups = Memo::new(move |_| {
        store.with(|_| ());
        storage::backups()
    });
    let restored = RwSignal::new(false);
    view! {
        <section class="panel" aria-labelledby="backups-heading">
            <h2 id="backups-heading">{move || t(Msg::BackupsHeading)}</h2>
            {move || {
                let list = backups.get();
                if list.is_empty() {
                    return view! { <p class="muted">{t(Msg::BackupsNone)}</p> }.into_any();
                }
                let language = language.get();
                view! {
                    <ul class="backups">
                        {list.into_iter().enumerate().map(|(index, backup)| {
                            let name = if index == 0 { tr(language, Msg::BackupNewest) } else { tr(language, Msg::BackupOlder) };
                            match backup {
                                Ok(envelope) => {
                                    let summary = Summary::of(&envelope.plan);
                                    let label = format!("{name}: {}, {} {}", fmt::timestamp(language, envelope.saved_at), summary.commitments, tr(language, Msg::CommitmentsHeading).to_lowercase());
                                    let plan = envelope.plan;
                                    view! {
                                        <li>
                                            <span>{label.clone()}</span>
                                            " "
                                            <button type="button" class="secondary" aria-label=format!("{} {label}", tr(language, Msg::Restore)) on:click=move |_| {
                                                store.replace(plan.clone());
                                                restored.set(true);
                                            }>{tr(language, Msg::Restore)}</button>
                                        </li>
                                    }.into_any()
                                }
                                Err(error) => view! {
                                    <li>{format!("{name}: {} ({})", tr(language, Msg::Unreadable), tr(language, Msg::FormatError(&error)))}</li>
                                }.into_any(),
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {move || restored.get().then(|| view! { <p role="status">{t(Msg::Restored)}</p> })}
        </section>
    }
}
