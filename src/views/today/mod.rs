//! Today: this week's gauge, the load chart, warnings, focus now, the relief plan and
//! the inbox.

mod focus;

use leptos::prelude::*;
use leptos_router::components::A;
use plateful_core::Status;

use crate::components::chart::LoadChart;
use crate::components::page::PageTitle;
use crate::components::relief::ReliefPlanView;
use crate::components::warnings::WarningList;
use crate::i18n::{tr, Msg};
use crate::state::{use_assessed, use_store};
use focus::FocusNow;

#[component]
pub fn TodayView() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    let inbox = Memo::new(move |_| {
        store.with(|plan| plan.commitments.iter().filter(|c| c.status == Status::Proposed).count())
    });
    view! {
        <PageTitle text=Signal::derive(move || t(Msg::TodayHeading))/>
        <h1>{move || t(Msg::TodayHeading)}</h1>
        <Gauge/>
        <section class="panel" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{move || t(Msg::ChartHeading)}</h2>
            <LoadChart/>
        </section>
        <WarningList/>
        <ReliefPlanView/>
        <FocusNow/>
        <section class="panel" aria-labelledby="inbox-heading">
            <h2 id="inbox-heading">{move || t(Msg::InboxHeading)}</h2>
            <p data-testid="inbox-count">
                <A href="/commitments">{move || tr(language.get(), Msg::InboxCount { count: inbox.get() })}</A>
            </p>
        </section>
    }
}

/// This week, for me: load against capacity as a meter.
#[component]
fn Gauge() -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let language = store.language();
    let week = Memo::new(move |_| {
        let me = store.with(|plan| plan.me().map(|me| me.id))?;
        assessed.0.with(|a| {
            a.projection
                .person(me)
                .and_then(|p| p.weeks.first().copied())
                .map(|w| (a.projection.calendar.week0, w))
        })
    });
    move || {
        let (start, load) = week.get()?;
        let thresholds = store.with(|plan| plan.settings.thresholds);
        let current = load.level(&thresholds);
        let percent = load.percent();
        let class = format!("gauge level-{}", current.as_str());
        Some(view! {
            <section class="panel" aria-labelledby="gauge-heading">
                <h2 id="gauge-heading">{tr(language.get(), Msg::ThisWeek)}</h2>
                <div class=class>
                    <meter
                        min="0"
                        max="150"
                        low="85"
                        high="100"
                        optimum="50"
                        value=percent.unwrap_or(150.0).min(150.0)
                        aria-label=tr(language.get(), Msg::ThisWeek)
                    ></meter>
                    <p data-testid="gauge">{tr(language.get(), Msg::WeekLoad { week: start, load: load.load, capacity: load.capacity, percent })} ", " {tr(language.get(), Msg::Level(current))}</p>
                </div>
            </section>
        })
    }
}
