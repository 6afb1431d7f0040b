//! The screen shown when the stored value is not a plan this build can open. It
//! never writes over that value.

use leptos::prelude::*;
use plateful_core::{FormatError, Plan};

use crate::components::page::PageTitle;
use crate::files;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::storage;

/// Explains what is wrong with the stored value and offers ways out that keep it.
#[component]
pub fn RecoveryView(
    /// The stored value, exactly as found.
    raw: String,
    /// Why it could not be opened.
    error: FormatError,
    /// Called once the value has been set aside, with the plan to start from: a new
    /// one, or a backup.
    on_start: Callback<Plan>,
) -> impl IntoView {
    // The plan's language is in the value that cannot be read: the browser's is the
    // best guess (the shell sets the page's `lang` to it too).
    let language = platform::browser_language();
    let t = move |text| tr(language, text);
    let problem = RwSignal::new(None::<String>);
    let raw = StoredValue::new(raw);
    let download = move |_| {
        let name = format!("plateful-unreadable-{}.json", platform::today());
        if let Err(reason) = raw.with_value(|raw| files::download(&name, raw)) {
            problem.set(Some(reason));
        }
    };
    let start_from = move |plan: Plan| {
        let stamp = platform::stamp();
        match raw.with_value(|raw| storage::set_aside(raw, &stamp)) {
            Ok(_) => on_start.run(plan),
            Err(error) => problem.set(Some(tr(language, Msg::StoreError(&error)))),
        }
    };
    let backups: Vec<(String, Plan)> = storage::backups()
        .into_iter()
        .enumerate()
        .filter_map(|(index, backup)| {
            let envelope = backup.ok()?;
            let label = tr(
                language,
                Msg::BackupLine {
                    newest: index == 0,
                    saved_at: envelope.saved_at,
                    commitments: envelope.plan.commitments.len(),
                },
            );
            Some((label, envelope.plan))
        })
        .collect();
    let characters = raw.with_value(|raw| raw.chars().count());
    let stored = tr(language, Msg::RecoveryStoredValue { key: storage::PLAN_KEY, characters });
    view! {
        <PageTitle text=t(Msg::RecoveryHeading)/>
        <main id="main" class="recovery" data-testid="recovery">
            <h1>{t(Msg::RecoveryHeading)}</h1>
            <p>{t(Msg::RecoveryBody)}</p>
            <h2>{t(Msg::RecoveryProblem)}</h2>
            <p class="recovery-error"><code>{tr(language, Msg::FormatError(&error))}</code></p>
            <p class="muted">{stored}</p>
            <div class="actions">
                <button type="button" on:click=download>{t(Msg::RecoveryDownload)}</button>
                <button type="button" class="secondary" on:click=move |_| start_from(crate::starter::starter_plan())>
                    {t(Msg::RecoveryStartFresh)}
                </button>
            </div>
            {(!backups.is_empty()).then(|| view! {
                <h2>{t(Msg::BackupsHeading)}</h2>
                <ul class="backups">
                    {backups.into_iter().enumerate().map(|(index, (label, plan))| {
                        let plan = StoredValue::new(plan);
                        let id = format!("recovery-backup-{index}");
                        view! {
                            <li>
                                <span id=id.clone()>{label}</span>
                                " "
                                <button type="button" aria-describedby=id on:click=move |_| start_from(plan.get_value())>
                                    {t(Msg::RecoveryRestore)}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            <p class="muted">{t(Msg::RecoveryStartFreshNote)}</p>
            {move || problem.get().map(|text| view! { <p role="alert" class="field-error">{text}</p> })}
        </main>
    }
}
