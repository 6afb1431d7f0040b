//! The root component: opens storage, then shows either the app or the recovery screen.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use plateful_core::{FormatError, Person, PersonName, Plan, Role};

use crate::components::save_banner::SaveBanner;
use crate::components::update_banner::UpdateBanner;
use crate::i18n::{tr, Text};
use crate::platform;
use crate::pwa::{self, UpdateReady};
use crate::state::{use_store, Assessed, PlanStore, SaveState};
use crate::storage::{self, Loaded, SaveError};
use crate::views::commitments::CommitmentsView;
use crate::views::data::DataView;
use crate::views::priorities::PrioritiesView;
use crate::views::recovery::RecoveryView;
use crate::views::review::{HistoryView, ReviewRecordView, ReviewView};
use crate::views::settings::SettingsView;
use crate::views::team::{PersonView, TeamView};
use crate::views::today::TodayView;

/// What the app is showing, decided by what storage held at start.
#[derive(Clone)]
enum Boot {
    Ready(PlanStore),
    Recovering { raw: String, error: FormatError },
}

/// A plan with only me in it, named in the browser's language.
pub fn starter_plan() -> Plan {
    let language = platform::browser_language();
    let name = match language {
        plateful_core::Language::En => "Me",
        plateful_core::Language::Fr => "Moi",
    };
    // "Me" and "Moi" are valid names; the fallback never runs.
    let name = PersonName::parse(name).unwrap_or_else(|_| unreachable!());
    let mut plan = Plan::new(Person::new(platform::new_person_id(), name, Role::Me));
    plan.settings.language = language;
    plan
}

fn boot() -> Boot {
    match storage::load() {
        Loaded::FirstRun => {
            // Written at once, so that a second tab opened now shares this plan (and its
            // "me") instead of starting one of its own.
            let store = PlanStore::new(starter_plan(), 0, SaveState::Saved, true);
            store.persist();
            Boot::Ready(store)
        }
        Loaded::Plan(envelope) => {
            // One backup generation per opening, kept once the first screen is up, and
            // in any case before the first save.
            let store = PlanStore::new(envelope.plan, envelope.revision, SaveState::Saved, true);
            store.back_up_soon();
            Boot::Ready(store)
        }
        Loaded::Corrupt { raw, error } => Boot::Recovering { raw, error },
        Loaded::Unavailable { reason } => Boot::Ready(PlanStore::new(
            starter_plan(),
            0,
            SaveState::NotSaved(SaveError::Unavailable(reason)),
            false,
        )),
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = RwSignal::new(boot());
    // The store must belong to the app, not to the recovery screen that asks for it:
    // that screen, and everything created under it, is disposed once the store exists.
    let owner = Owner::current();
    // Called once the unreadable value is set aside, with the plan to start from.
    let start_with = Callback::new(move |plan: Plan| {
        // The unreadable value has just been copied aside: the new plan goes over it,
        // based on the revision stored with it.
        let revision = storage::stored_revision().unwrap_or(0);
        let make = || PlanStore::new(plan, revision, SaveState::Saved, true);
        let store = match &owner {
            Some(owner) => owner.with(make),
            None => make(),
        };
        store.persist();
        state.set(Boot::Ready(store));
    });
    leptos::task::spawn_local(async {
        storage::request_persistence().await;
    });
    let update = UpdateReady(RwSignal::new(false));
    provide_context(update);
    pwa::register(update);
    move || match state.get() {
        Boot::Ready(store) => {
            provide_context(store);
            view! { <Shell/> }.into_any()
        }
        Boot::Recovering { raw, error } => {
            view! { <RecoveryView raw=raw error=error on_start=start_with/> }.into_any()
        }
    }
}

/// The app's frame: header, banner, navigation and the routed view.
#[component]
fn Shell() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    // Another tab saved: its revision key changes after its plan is written.
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(storage::REVISION_KEY) {
            store.sync_from_storage();
        }
    });
    // A page about to be hidden (tab switched, closed, phone locked) writes what waits.
    let hiding = window_event_listener(leptos::ev::pagehide, move |_| store.flush());
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| store.flush());
    on_cleanup(move || {
        listener.remove();
        hiding.remove();
        hidden.remove();
    });
    provide_context(Assessed::new(store));
    // The document follows the chosen language and theme.
    let look = Memo::new(move |_| store.with(|plan| (plan.settings.language, plan.settings.theme)));
    Effect::new(move |_| {
        let (language, theme) = look.get();
        if let Some(root) =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", language.as_str());
            let theme = match theme {
                plateful_core::Theme::Light => "light",
                plateful_core::Theme::Dark => "dark",
                plateful_core::Theme::System => "system",
            };
            let _ = root.set_attribute("data-theme", theme);
        }
    });
    view! {
        <Router>
            <header class="app-header">
                <div class="brand">
                    <span class="brand-name">"Plateful"</span>
                    <span class="tagline">{move || t(Text::Tagline)}</span>
                </div>
                <nav aria-label="Plateful">
                    <A href="/" exact=true>{move || t(Text::NavToday)}</A>
                    <A href="/commitments">{move || t(Text::NavCommitments)}</A>
                    <A href="/priorities">{move || t(Text::NavPriorities)}</A>
                    <A href="/review">{move || crate::i18n::review::rt(language.get(), crate::i18n::review::R::Nav)}</A>
                    <A href="/team">{move || t(Text::NavTeam)}</A>
                    <A href="/settings">{move || t(Text::NavSettings)}</A>
                    <A href="/data">{move || t(Text::NavData)}</A>
                </nav>
                <button
                    type="button"
                    class="undo"
                    disabled=move || !store.can_undo()
                    on:click=move |_| store.undo()
                >
                    {move || t(Text::Undo)}
                </button>
            </header>
            <UpdateBanner/>
            <SaveBanner/>
            <main id="main">
                <Routes fallback=move || view! { <p>{t(Text::NotFound)}</p> }>
                    <Route path=path!("/") view=TodayView/>
                    <Route path=path!("/commitments") view=CommitmentsView/>
                    <Route path=path!("/data") view=DataView/>
                    <Route path=path!("/priorities") view=PrioritiesView/>
                    <Route path=path!("/review") view=ReviewView/>
                    <Route path=path!("/review/history") view=HistoryView/>
                    <Route path=path!("/review/history/:id") view=ReviewRecordView/>
                    <Route path=path!("/team") view=TeamView/>
                    <Route path=path!("/team/:id") view=PersonView/>
                    <Route path=path!("/settings") view=SettingsView/>
                </Routes>
            </main>
        </Router>
    }
}
