//! This week, for me: how full it is, on a bar whose 100 % mark does not move, and the
//! hours left with the days they come from.

use leptos::prelude::*;
use plateful_core::today::{ThisWeek, GAUGE_MARK};

use crate::i18n::{tr, Msg};
use crate::state::{use_assessed, use_store};

#[component]
pub fn Gauge() -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let me = Memo::new(move |_| store.with(|plan| plan.me().map(|me| me.id)));
    let week = Memo::new(move |_| assessed.0.with(|a| ThisWeek::of(&a.projection, me.get()?)));
    move || {
        let week = week.get()?;
        let language = store.language().get();
        let figure = week.figure;
        let gauge = week.gauge();
        let load = tr(
            language,
            Msg::GaugeLoad {
                load: figure.load,
                capacity: figure.capacity,
                percent: figure.percent,
                level: figure.level,
            },
        );
        let left = tr(
            language,
            Msg::HoursLeft {
                hours: week.hours_left,
                days: &week.days,
                in_a_row: week.days_in_a_row(),
            },
        );
        let room = if week.has_room_to_say() {
            tr(language, Msg::WeekRoom { free: week.free, over_by: week.over_by })
        } else {
            String::new()
        };
        Some(view! {
            <section class="panel gauge-panel" aria-labelledby="gauge-heading">
                <h2 id="gauge-heading" tabindex="-1">{tr(language, Msg::ThisWeek)}</h2>
                <div class=format!("gauge level-{}", figure.level.as_str()) class:beyond=gauge.beyond aria-hidden="true">
                    <svg class="gauge-bar" viewBox="0 0 100 10" preserveAspectRatio="none">
                        <rect class="gauge-track" x="0" y="0" width="100" height="10"></rect>
                        <rect class="gauge-fill" x="0" y="0" width=gauge.fill height="10"></rect>
                        <line class="gauge-mark" vector-effect="non-scaling-stroke" x1=GAUGE_MARK x2=GAUGE_MARK y1="0" y2="10"></line>
                    </svg>
                    <div class="gauge-scale">
                        <span class="gauge-mark-label" style=("--at", GAUGE_MARK.to_string())>{tr(language, Msg::GaugeMark)}</span>
                    </div>
                </div>
                <p class="gauge-load" data-testid="gauge">{load}</p>
                <p class="hours-left" data-testid="hours-left">{left} " " {room}</p>
            </section>
        })
    }
}
