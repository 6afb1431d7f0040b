//! The load chart: one bar per week of the horizon, coloured by ratio, with the
//! capacity line; figures on hover and on keyboard focus; a table as text alternative.

use leptos::prelude::*;

use crate::i18n::{tr, Msg};
use crate::state::{use_assessed, use_store};

const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 180.0;
/// Room under the bars for the week labels.
const LABELS: f64 = 18.0;

/// My load chart over the horizon, or over `take` weeks after the first `skip`.
#[component]
pub fn LoadChart(
    #[prop(optional)] skip: usize,
    #[prop(optional)] take: Option<usize>,
) -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let language = store.language();
    let focused = RwSignal::new(None::<usize>);
    let weeks = Memo::new(move |_| {
        let me = store.with(|plan| plan.me().map(|me| me.id));
        let thresholds = store.with(|plan| plan.settings.thresholds);
        assessed.0.with(|a| {
            let starts = a.projection.weeks();
            me.and_then(|me| a.projection.person(me))
                .map(|p| {
                    p.weeks
                        .iter()
                        .zip(starts)
                        .skip(skip)
                        .take(take.unwrap_or(usize::MAX))
                        .map(|(w, start)| (start, *w, w.level(&thresholds)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    move || {
        let language = language.get();
        let weeks = weeks.get();
        let top = weeks.iter().map(|(_, w, _)| w.load.max(w.capacity)).fold(1.0f64, f64::max) * 1.1;
        let slot = WIDTH / weeks.len().max(1) as f64;
        let y = move |hours: f64| HEIGHT - hours / top * HEIGHT;
        let bars = weeks.iter().enumerate().map(|(index, (start, load, lvl))| {
            let label = format!("{}, {}", tr(language, Msg::WeekLoad { week: *start, load: load.load, capacity: load.capacity, percent: load.percent() }), tr(language, Msg::Level(*lvl)));
            let title = label.clone();
            let short = crate::fmt::day_month(language, *start);
            let x = index as f64 * slot;
            let class = format!("bar level-{}", lvl.as_str());
            view! {
                <g
                    class=class
                    tabindex="0"
                    role="img"
                    aria-label=label
                    on:focus=move |_| focused.set(Some(index))
                    on:mouseenter=move |_| focused.set(Some(index))
                    on:blur=move |_| focused.set(None)
                    on:mouseleave=move |_| focused.set(None)
                >
                    <title>{title}</title>
                    <rect x=x + slot * 0.15 y=y(load.load) width=slot * 0.7 height=(HEIGHT - y(load.load)).max(0.0)></rect>
                    <line class="capacity" x1=x + slot * 0.05 x2=x + slot * 0.95 y1=y(load.capacity) y2=y(load.capacity)></line>
                    <text class="week-label" x=x + slot / 2.0 y=HEIGHT + 13.0 text-anchor="middle" aria-hidden="true">{short}</text>
                </g>
            }
        }).collect_view();
        let detail = weeks.clone();
        let rows = weeks
            .iter()
            .map(|(start, load, lvl)| {
                view! {
                    <tr>
                        <td>{crate::fmt::date(language, *start)}</td>
                        <td>{crate::fmt::hours(language, load.load)}</td>
                        <td>{crate::fmt::hours(language, load.capacity)}</td>
                        <td>{crate::fmt::percent(language, load.percent())}</td>
                        <td>{tr(language, Msg::Level(*lvl))}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <svg class="load-chart" viewBox=format!("0 0 {WIDTH} {}", HEIGHT + LABELS) role="group" aria-label=tr(language, Msg::ChartHeading)>
                {bars}
            </svg>
            <p class="chart-detail" aria-live="polite" data-testid="chart-detail">
                {move || focused.get().and_then(|i| detail.get(i).cloned()).map(|(start, load, lvl)| {
                    format!("{}, {}", tr(language, Msg::WeekLoad { week: start, load: load.load, capacity: load.capacity, percent: load.percent() }), tr(language, Msg::Level(lvl)))
                })}
            </p>
            <table class="visually-hidden">
                <caption>{tr(language, Msg::ChartHeading)}</caption>
                <thead><tr><th>{tr(language, Msg::Week)}</th><th>{tr(language, Msg::Planned)}</th><th>{tr(language, Msg::Available)}</th><th>"%"</th><th>{tr(language, Msg::LevelLabel)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    }
}
