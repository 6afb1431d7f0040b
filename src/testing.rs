//! Mounting views on their own, for the browser tests of components that hold logic.
//! Not used by the app.

use leptos::prelude::*;
use leptos_router::components::Router;
use plateful_core::Plan;

use crate::state::{Assessed, PlanStore, Today};
use plateful_core::sync::{StoreError, Tab};

/// What a mounted view works on: the plan can be read back after the view changed it.
pub struct Mounted {
    store: PlanStore,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl Mounted {
    pub fn plan(&self) -> Plan {
        self.store.with_untracked(Plan::clone)
    }
}

/// Which view to mount.
#[derive(Clone, Copy)]
pub enum Screen {
    /// The load chart of Today.
    Chart,
    Priorities,
    Team,
    /// The weekly review, resuming the draft in storage if there is one.
    Review,
    /// The warnings of Today.
    Warnings,
}

/// A finished review as the Markdown summary the app offers to copy.
pub fn review_markdown(
    language: plateful_core::Language,
    plan: &Plan,
    review: &plateful_core::Review,
) -> String {
    crate::i18n::markdown(language, plan, review)
}

/// Mounts `screen` on `plan` inside `parent`, with storage left alone (nothing is
/// written).
pub fn mount(parent: web_sys::HtmlElement, plan: Plan, screen: Screen) -> Mounted {
    let owner = Owner::new();
    let tab = Tab::in_memory(
        crate::platform::new_tab_id(),
        plan,
        StoreError::Unavailable("mounted alone".into()),
    );
    let store = owner.with(|| PlanStore::new(tab));
    let today = owner.with(|| Today(RwSignal::new(crate::platform::today())));
    let handle = owner.with(|| {
        leptos::mount::mount_to(parent, move || {
            provide_context(store);
            provide_context(today);
            provide_context(crate::components::page::Announcer::default());
            provide_context(crate::components::toast::Toast::default());
            provide_context(Assessed::new(store, today));
            let view = match screen {
                Screen::Chart => view! { <crate::components::chart::LoadChart/> }.into_any(),
                Screen::Priorities => {
                    view! { <crate::views::priorities::PrioritiesView/> }.into_any()
                }
                Screen::Team => view! { <crate::views::team::TeamView/> }.into_any(),
                Screen::Review => view! { <crate::views::review::ReviewView/> }.into_any(),
                Screen::Warnings => {
                    view! { <crate::components::warnings::WarningList/> }.into_any()
                }
            };
            view! { <Router>{view}</Router> }.into_any()
        })
    });
    Mounted { store, _handle: handle }
}
