//! The root component: opens storage, then shows either the app or the recovery screen.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use plateful_core::sync::{Opening, Tab};
use plateful_core::{FormatError, Plan};

use crate::components::notice::NoticeBanner;
use crate::components::page::{Announcer, LiveRegion};
use crate::components::save_banner::SaveBanner;
use crate::components::shortcuts::{undo_and_say, Shortcuts};
use crate::components::toast::{Toast, ToastView};
use crate::components::update_banner::UpdateBanner;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::pwa::{self, UpdateReady};
use crate::state::{use_store, Assessed, PlanStore, Today};
use crate::storage::{self, LocalStore};
use crate::views::commitments::{CommitmentPage, CommitmentsView};
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

/// Opens the stored plan as this page's tab in the cross-tab protocol.
fn open(starter: impl FnOnce() -> Plan) -> Boot {
    match Tab::open(platform::new_tab_id(), &LocalStore, starter) {
        Opening::Ready(tab) => {
            let first_run = tab.revision() == 0;
            let unsaved = tab.unsaved();
            let store = PlanStore::new(*tab);
            if !first_run {
                // One backup generation per opening, kept once the first screen is up,
                // and in any case before the first save.
                store.back_up_soon();
            }
            if unsaved {
                // A first run is written at once, so that a second tab opened now
                // shares this plan (and its "me"); so is what a closed page left.
                store.save_locked();
            }
            Boot::Ready(store)
        }
        Opening::Corrupt { raw, error } => Boot::Recovering { raw, error },
    }
}

#[component]
pub fn App() -> impl IntoView {
    // Every screen speaks a language, the recovery screen included: the browser's until
    // the plan says otherwise.
    if let Some(root) = document().document_element() {
        root.set_attribute("lang", platform::browser_language().as_str()).ok();
    }
    let state = RwSignal::new(open(crate::starter::starter_plan));
    // The store must belong to the app, not to the recovery screen that asks for it:
    // that screen, and everything created under it, is disposed once the store exists.
    let owner = Owner::current();
    // Called once the unreadable value is set aside, with the plan to start from.
    let start_with = Callback::new(move |plan: Plan| {
        let make = || open(move || plan);
        let boot = match &owner {
            Some(owner) => owner.with(make),
            None => make(),
        };
        state.set(boot);
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

/// Today's date as a signal that moves to the next day at local midnight, and is checked
/// again whenever the page becomes visible (a laptop that slept past midnight).
fn keep_today() -> Today {
    let today = Today(RwSignal::new(platform::today()));
    fn check(today: Today) {
        let now = platform::today();
        if today.0.get_untracked() != now {
            today.0.set(now);
        }
    }
    fn at_midnight(today: Today) {
        let wait = std::time::Duration::from_millis(platform::until_midnight() as u64 + 50);
        set_timeout(
            move || {
                check(today);
                at_midnight(today);
            },
            wait,
        );
    }
    at_midnight(today);
    let visible = window_event_listener(leptos::ev::visibilitychange, move |_| check(today));
    on_cleanup(move || visible.remove());
    today
}

/// The app's frame: header, banner, navigation and the routed view.
#[component]
fn Shell() -> impl IntoView {
    let store = use_store();
    // Another tab wrote the plan (or erased everything: a cleared storage names no key).
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        let key = event.key();
        let ours = match key.as_deref() {
            None => true,
            Some(key) => key == storage::PLAN_KEY || key == storage::REVISION_KEY,
        };
        if ours {
            store.on_storage_event();
        }
        // Any change to storage may have freed the space a failed save needed.
        store.retry_if_failing();
    });
    // A page being hidden saves under the lock if it can; a page being closed cannot
    // wait for it, and leaves its unwritten changes for the next save of any tab.
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
        if hidden && store.unsaved() {
            store.save_locked();
        }
    });
    let hiding = window_event_listener(leptos::ev::pagehide, move |_| store.hide());
    on_cleanup(move || {
        listener.remove();
        hiding.remove();
        hidden.remove();
    });
    let today = keep_today();
    provide_context(today);
    let announcer = Announcer::default();
    provide_context(announcer);
    provide_context(Toast::default());
    provide_context(crate::views::commitments::ListPlace::new());
    provide_context(Assessed::new(store, today));
    // The document follows the chosen language and theme.
    let look = Memo::new(move |_| store.with(|plan| (plan.settings.language, plan.settings.theme)));
    Effect::new(move |_| {
        let (language, theme) = look.get();
        if let Some(root) =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
        {
            root.set_attribute("lang", language.as_str()).ok();
            let theme = match theme {
                plateful_core::Theme::Light => "light",
                plateful_core::Theme::Dark => "dark",
                plateful_core::Theme::System => "system",
            };
            root.set_attribute("data-theme", theme).ok();
        }
    });
    view! {
        <Router>
            <a class="skip-link" href="#main">{move || store.t(Msg::SkipToContent)}</a>
            <header class="app-header">
                <div class="brand">
                    <A href="/" attr:class="brand-name">"Plateful"</A>
                    <span class="tagline">{move || store.t(Msg::Tagline)}</span>
                </div>
                <nav aria-label=move || store.t(Msg::MainNavigation)>
                    <A href="/" exact=true>{move || store.t(Msg::NavToday)}</A>
                    <A href="/commitments">{move || store.t(Msg::NavCommitments)}</A>
                    <A href="/priorities">{move || store.t(Msg::NavPriorities)}</A>
                    <A href="/review">{move || store.t(Msg::ReviewNav)}</A>
                    <A href="/team">{move || store.t(Msg::NavTeam)}</A>
                    <A href="/settings">{move || store.t(Msg::NavSettings)}</A>
                    <A href="/data">{move || store.t(Msg::NavData)}</A>
                </nav>
                <button
                    type="button"
                    class="undo"
                    disabled=move || !store.can_undo()
                    title=move || undo_title(store.language().get(), store)
                    aria-label=move || undo_title(store.language().get(), store)
                    on:click=move |_| undo_and_say(store, announcer)
                >
                    {move || store.t(Msg::Undo)}
                </button>
            </header>
            <Shortcuts/>
            <UpdateBanner/>
            <SaveBanner/>
            <NoticeBanner/>
            <ToastView/>
            <LiveRegion/>
            <main id="main" tabindex="-1">
                <Routes fallback=move || view! { <p>{store.t(Msg::NotFound)}</p> }>
                    <Route path=path!("/") view=TodayView/>
                    <Route path=path!("/commitments") view=CommitmentsView/>
                    <Route path=path!("/commitments/:id") view=CommitmentPage/>
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

/// What the Undo button will take back, in words; just "Undo" when nothing.
fn undo_title(language: plateful_core::Language, store: PlanStore) -> String {
    match store.undo_label() {
        Some((label, subject)) => {
            tr(language, Msg::UndoWhat { label, subject: subject.as_deref() })
        }
        None => tr(language, Msg::Undo).to_owned(),
    }
}
