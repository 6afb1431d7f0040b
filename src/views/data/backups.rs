//! The backup generations, each restorable; a restore can be undone.

use leptos::prelude::*;
use plateful_core::merge::Summary;

use crate::components::toast::use_toast;
use crate::i18n::{tr, Msg};
use crate::state::use_store;
use crate::storage;

#[component]
pub fn BackupsSection(
    /// Changes when storage should be read again, besides each change of the plan.
    #[prop(into)]
    looked: Signal<u32>,
) -> impl IntoView {
    let store = use_store();
    let toast = use_toast();
    // Re-read after each change of the plan: a replace or restore makes a new backup.
    let backups = Memo::new(move |_| {
        looked.track();
        store.with(|_| ());
        storage::backups()
    });
    view! {
        <section class="panel" aria-labelledby="backups-heading">
            <h2 id="backups-heading">{move || store.t(Msg::BackupsHeading)}</h2>
            {move || {
                let list = backups.get();
                if list.is_empty() {
                    return view! { <p class="muted">{store.t(Msg::BackupsNone)}</p> }.into_any();
                }
                let language = store.language().get();
                view! {
                    <ul class="backups" data-testid="backups">
                        {list.into_iter().enumerate().map(|(index, backup)| {
                            let newest = index == 0;
                            match backup {
                                Ok(envelope) => {
                                    let commitments = Summary::of(&envelope.plan).commitments;
                                    let saved_at = envelope.saved_at;
                                    let label = tr(language, Msg::BackupLine { newest, saved_at, commitments });
                                    let plan = envelope.plan;
                                    let restore = move |_| {
                                        store.replace(plan.clone());
                                        toast.done(tr(language, Msg::BackupRestored(saved_at)));
                                    };
                                    view! {
                                        <li>
                                            <span>{label.clone()}</span>
                                            " "
                                            <button type="button" class="secondary" aria-label=tr(language, Msg::RestoreBackup(&label)) on:click=restore>
                                                {tr(language, Msg::Restore)}
                                            </button>
                                        </li>
                                    }.into_any()
                                }
                                Err(error) => view! {
                                    <li>{tr(language, Msg::BackupUnreadableLine { newest, error: &error })}</li>
                                }.into_any(),
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
