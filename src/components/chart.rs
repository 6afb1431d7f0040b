//! The load chart: one bar per week of the horizon, coloured by level, each week's
//! capacity as a dashed line, an hours axis and a legend. The bars are one tab stop:
//! the arrow keys move between weeks (a roving tabindex), and the week in focus or
//! under the pointer shows its figures. A table says the same for screen readers.
//!
//! The bars are drawn in an SVG stretched to the chart's box; the axis and the week
//! labels are HTML beside and under it, so that their text keeps its size on a phone
//! instead of shrinking with the drawing.

use leptos::prelude::*;
use plateful_core::axis::HourAxis;
use plateful_core::WeekFigure;
use wasm_bindgen::JsCast;

use crate::components::weeks_table::WeeksTable;
use crate::i18n::{tr, Msg};
use crate::state::{use_assessed, use_store};

/// The drawing's units per week across, and its height.
const SLOT: f64 = 10.0;
const HEIGHT: f64 = 100.0;

/// My load chart over the horizon, or over `take` weeks after the first `skip`.
#[component]
pub fn LoadChart(
    /// Weeks left out at the start (the review looks ahead from next week).
    #[prop(optional)]
    skip: usize,
    /// How many weeks to draw; all of the horizon when not given.
    #[prop(optional)]
    take: Option<usize>,
) -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let weeks = Memo::new(move |_| {
        let me = store.with(|plan| plan.me().map(|me| me.id));
        assessed.0.with(|a| {
            me.map(|me| a.projection.week_figures(me))
                .unwrap_or_default()
                .into_iter()
                .skip(skip)
                .take(take.unwrap_or(usize::MAX))
                .collect::<Vec<_>>()
        })
    });
    // The bar that takes the tab stop, and the week whose figures show.
    let active = RwSignal::new(0usize);
    let shown = RwSignal::new(None::<usize>);
    // A horizon made shorter since keeps a bar in the tab order.
    let tab_stop = move || active.get().min(weeks.with(Vec::len).saturating_sub(1));
    let plot = NodeRef::<leptos::svg::Svg>::new();
    let move_to = move |index: usize| {
        active.set(index);
        shown.set(Some(index));
        let bar = plot
            .get_untracked()
            .and_then(|svg| svg.query_selector_all("g.bar").ok())
            .and_then(|bars| bars.item(index as u32))
            .and_then(|bar| bar.dyn_into::<web_sys::SvgElement>().ok());
        if let Some(bar) = bar {
            bar.focus().ok();
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = weeks.with_untracked(Vec::len);
        let Some(last) = count.checked_sub(1) else { return };
        let current = active.get_untracked().min(last);
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => current.saturating_add(1).min(last),
            "ArrowLeft" | "ArrowUp" => current.saturating_sub(1),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        move_to(next);
    };
    let figures = move |language, week: &WeekFigure| {
        let WeekFigure { start, load, capacity, percent, level } = *week;
        tr(language, Msg::WeekLevel { week: start, load, capacity, percent, level })
    };
    let axis = Memo::new(move |_| {
        weeks.with(|weeks| HourAxis::fitting(weeks.iter().flat_map(|w| [w.load, w.capacity])))
    });
    let bars = move || {
        let language = store.language().get();
        let axis = axis.get();
        let y = move |hours: f64| HEIGHT - axis.share(hours) * HEIGHT;
        weeks.get().into_iter().enumerate().map(|(index, week)| {
            let x = index as f64 * SLOT;
            view! {
                <g class=format!("bar level-{}", week.level.as_str()) data-index=index
                    tabindex=move || if tab_stop() == index { "0" } else { "-1" }
                    role="img" aria-label=figures(language, &week)
                    on:focus=move |_| { active.set(index); shown.set(Some(index)) }
                    on:mouseenter=move |_| shown.set(Some(index))
                    on:click=move |_| { move_to(index); shown.set(Some(index)) }
                >
                    <rect x=x + SLOT * 0.15 y=y(week.load) width=SLOT * 0.7 height=HEIGHT - y(week.load)></rect>
                    <line class="capacity" vector-effect="non-scaling-stroke"
                        x1=x + SLOT * 0.05 x2=x + SLOT * 0.95 y1=y(week.capacity) y2=y(week.capacity)></line>
                </g>
            }
        }).collect_view()
    };
    let grid = move || {
        let axis = axis.get();
        let width = weeks.with(Vec::len) as f64 * SLOT;
        axis.ticks.iter().map(|tick| {
            let y = HEIGHT - axis.share(*tick) * HEIGHT;
            view! { <line class="grid" vector-effect="non-scaling-stroke" x1="0" x2=width y1=y y2=y></line> }
        }).collect_view()
    };
    let ticks = move || {
        let language = store.language().get();
        let axis = axis.get();
        axis.ticks.iter().map(|tick| {
            view! { <span class="tick" style=("--at", axis.share(*tick).to_string())>{tr(language, Msg::TickHours(*tick))}</span> }
        }).collect_view()
    };
    let labels = move || {
        let language = store.language().get();
        weeks
            .get()
            .iter()
            .map(|week| view! { <span>{crate::fmt::day_month(language, week.start)}</span> })
            .collect_view()
    };
    let detail = move || {
        let index = shown.get()?;
        weeks.with(|weeks| weeks.get(index).map(|week| figures(store.language().get(), week)))
    };
    let width = move || weeks.with(Vec::len).max(1) as f64 * SLOT;
    view! {
        // A mouse leaving hides the figures; a finger lifted is no leaving (a tap shows
        // them until another tap or the focus goes).
        <div class="chart" on:pointerleave=move |ev| if ev.pointer_type() == "mouse" { shown.set(None) }>
            <div class="chart-axis" aria-hidden="true">{ticks}</div>
            <svg class="load-chart" node_ref=plot viewBox=move || format!("0 0 {} {HEIGHT}", width()) preserveAspectRatio="none"
                role="group" aria-label=move || store.t(Msg::ChartHeading) aria-describedby="chart-keys"
                on:keydown=on_key on:focusout=move |_| shown.set(None)
            >
                {grid}
                {bars}
            </svg>
            <div class="chart-weeks" aria-hidden="true">{labels}</div>
        </div>
        <ul class="chart-legend">
            <li><span class="swatch planned" aria-hidden="true"></span>{move || store.t(Msg::LegendPlanned)}</li>
            <li><span class="swatch capacity" aria-hidden="true"></span>{move || store.t(Msg::LegendCapacity)}</li>
            <li class="muted" id="chart-keys">{move || store.t(Msg::ChartKeys)}</li>
        </ul>
        <p class="chart-detail" data-testid="chart-detail">{detail}</p>
        <ChartTable weeks=weeks/>
    }
}

/// The chart's text alternative, hidden from sight. The wrapper, not the table, is
/// shrunk to nothing: a table grows to fit its cells whatever its width says, and a
/// hidden one wider than a phone made the whole page scroll sideways.
#[component]
fn ChartTable(
    /// The weeks the chart draws.
    #[prop(into)]
    weeks: Signal<Vec<WeekFigure>>,
) -> impl IntoView {
    view! {
        <div class="visually-hidden">
            <WeeksTable weeks=weeks caption=Msg::ChartHeading/>
        </div>
    }
}
