//! Today leads with the answer: how full this week is (the gauge) and, when I am over,
//! what to do about it (the relief plan, right under it). Then focus now, the warnings
//! the gauge does not already state, the inbox and the weeks ahead. A plan nobody has
//! started shows the welcome instead; a plan with no work says how to add some.

mod focus;
mod gauge;

use leptos::prelude::*;
use leptos_router::components::A;
use plateful_core::filter::Query;

use crate::components::chart::LoadChart;
use crate::components::page::PageTitle;
use crate::components::relief::ReliefPlanView;
use crate::components::warnings::{list_href, WarningList};
use crate::i18n::Msg;
use crate::state::use_store;
use crate::views::first_run::{self, ExploreSample, SampleBanner, Welcome};
use focus::FocusNow;
use gauge::Gauge;

#[component]
pub fn TodayView() -> impl IntoView {
    let store = use_store();
    let first_run = Memo::new(move |_| store.with(plateful_core::first_run::is_first_run));
    let skipped = RwSignal::new(first_run::skipped());
    let welcome = move || first_run.get() && !skipped.get();
    let done = Callback::new(move |()| skipped.set(true));
    view! {
        <PageTitle text=Signal::derive(move || store.t(Msg::TodayHeading))/>
        <div class="today-head">
            <h1 id="today-heading" tabindex="-1">{move || store.t(Msg::TodayHeading)}</h1>
            <SampleBanner/>
        </div>
        {move || if welcome() {
            view! { <Welcome on_done=done/> }.into_any()
        } else {
            view! { <TodayBody/> }.into_any()
        }}
    }
}

/// Today once the welcome is behind: the answer first, the rest after.
#[component]
fn TodayBody() -> impl IntoView {
    let store = use_store();
    let empty = Memo::new(move |_| store.with(|plan| plan.commitments.is_empty()));
    let inbox = Memo::new(move |_| store.with(|plan| plan.inbox().len()));
    let rest = move || {
        if empty.get() {
            return view! {
                <section class="panel empty" data-testid="today-empty">
                    <p>{store.t(Msg::TodayEmpty)}</p>
                    <p class="actions">
                        <A href="/commitments">{store.t(Msg::AddFirstCommitment)}</A>
                        <ExploreSample/>
                    </p>
                </section>
            }
            .into_any();
        }
        view! {
            <FocusNow/>
            <WarningList beside_gauge=true/>
            <section class="panel" aria-labelledby="inbox-heading">
                <h2 id="inbox-heading">{move || store.t(Msg::InboxHeading)}</h2>
                <p data-testid="inbox-count">
                    <A href=list_href(&Query::inbox())>{move || store.t(Msg::InboxCount { count: inbox.get() })}</A>
                </p>
            </section>
            <section class="panel" aria-labelledby="chart-heading">
                <h2 id="chart-heading">{move || store.t(Msg::ChartHeading)}</h2>
                <LoadChart/>
            </section>
        }
        .into_any()
    };
    view! {
        <Gauge/>
        <ReliefPlanView/>
        {rest}
    }
}
