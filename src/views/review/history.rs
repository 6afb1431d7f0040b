//! Finished reviews: the list, trends week by week, and each review with its Markdown
//! summary to copy. Figures come from the core (`trends`, the review's snapshot) and are
//! worded by the language; the charts are laid out by `trends::TrendChart`.

use leptos::prelude::*;
use leptos_router::components::A;
use plateful_core::trends::{trends, ChartFrame, Series, TrendChart};
use plateful_core::{Language, Plan, Review, ReviewId};

use crate::components::page::{use_id, PageTitle};
use crate::i18n::markdown::{entry_line, reflection_answers, title_of};
use crate::i18n::{markdown, tr, Msg};
use crate::state::{use_store, use_today};

/// Where each trend chart is drawn, in SVG units.
const FRAME: ChartFrame =
    ChartFrame { width: 300.0, height: 80.0, above: 14.0, below: 16.0, max_slot: 48.0 };

#[component]
pub fn HistoryView() -> impl IntoView {
    let store = use_store();
    let reviews = Memo::new(move |_| {
        let language = store.language().get();
        store.with(|plan| {
            let mut list: Vec<_> = plan
                .reviews
                .iter()
                .map(|r| {
                    let line = tr(
                        language,
                        Msg::ReviewHistoryLine {
                            completed: r.completed_at,
                            load_percent: r.snapshot.first().and_then(|w| w.percent()),
                            decisions: r.entries.len(),
                            pulse: r.pulse,
                        },
                    );
                    (r.id, tr(language, Msg::WeekOf(r.week)), line)
                })
                .collect();
            list.reverse();
            list
        })
    });
    let today = use_today();
    let points = Memo::new(move |_| {
        let today = today.0.get();
        store.with(|plan| trends(plan, today))
    });
    view! {
        <PageTitle text=Signal::derive(move || store.t(Msg::ReviewHistoryHeading))/>
        <h1>{move || store.t(Msg::ReviewHistoryHeading)}</h1>
        <p class="actions"><A href="/review">{move || store.t(Msg::ReviewHeading)}</A></p>
        <Show
            when=move || reviews.with(|r| !r.is_empty())
            fallback=move || view! { <p class="muted">{store.t(Msg::ReviewNoReviews)}</p> }
        >
            <section class="panel" aria-labelledby="trends-heading">
                <h2 id="trends-heading">{move || store.t(Msg::ReviewTrendsHeading)}</h2>
                <div class="trends" data-testid="trends">
                    {move || {
                        let language = store.language().get();
                        points.with(|points| Series::ALL.into_iter().map(|series| {
                            let chart = TrendChart::of(points, series, FRAME);
                            view! { <TrendChartView chart=chart language=language/> }
                        }).collect_view())
                    }}
                </div>
            </section>
            <section class="panel" aria-labelledby="past-heading">
                <h2 id="past-heading">{move || store.t(Msg::ReviewHistoryHeading)}</h2>
                <ul class="review-history" data-testid="review-history">
                    {move || reviews.get().into_iter().map(|(id, week, line)| view! {
                        <li>
                            <A href=format!("/review/history/{id}")>{week}</A>
                            <p class="muted">{line}</p>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// One trend as bars, one per reviewed week, with its figures as a table for screen
/// readers and on hover.
#[component]
fn TrendChartView(
    /// The bars, placed by the core.
    chart: TrendChart,
    language: Language,
) -> impl IntoView {
    let series = chart.series;
    let value = move |value| tr(language, Msg::ReviewTrendValue { series, value });
    let bars = chart
        .bars
        .iter()
        .map(|bar| {
            let label = tr(language, Msg::ReviewTrendBar { week: bar.week, series, value: bar.value });
            let tooltip = label.clone();
            view! {
                <g class="bar" tabindex="0" role="img" aria-label=label>
                    <title>{tooltip}</title>
                    <rect x=bar.x y=bar.y width=bar.width height=bar.height></rect>
                    <text class="figure" x=bar.middle y=bar.figure_y text-anchor="middle" aria-hidden="true">{value(bar.value)}</text>
                    <text class="week-label" x=bar.middle y=bar.label_y text-anchor="middle" aria-hidden="true">{tr(language, Msg::ReviewDayMonth(bar.week))}</text>
                </g>
            }
        })
        .collect_view();
    // 100% is the line not to cross.
    let limit = chart.limit_y.map(|y| {
        view! { <line class="capacity" x1="0" x2=chart.frame.width y1=y y2=y></line> }
    });
    let rows = chart
        .bars
        .iter()
        .map(|bar| view! { <tr><td>{tr(language, Msg::ReviewDate(bar.week))}</td><td>{value(bar.value)}</td></tr> })
        .collect_view();
    let title = tr(language, Msg::ReviewTrendTitle(series));
    view! {
        <figure class="trend" data-series=series.as_str()>
            <figcaption>{title.clone()}</figcaption>
            <svg class="trend-chart" viewBox=chart.view_box() role="group" aria-label=title.clone()>
                {bars}
                {limit}
            </svg>
            <table class="visually-hidden">
                <caption>{title}</caption>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}

/// One finished review, readable, with its summary to copy. Its heading takes the
/// focus when it opens (after Finish, keyboard and screen reader users land on it).
#[component]
pub fn ReviewRecordView() -> impl IntoView {
    let store = use_store();
    let id = use_id::<ReviewId>();
    let week = Memo::new(move |_| {
        let id = id.get()?;
        store.with(|plan| plan.reviews.iter().find(|r| r.id == id).map(|r| r.week))
    });
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |focused: Option<bool>| {
        // Once, when the heading first shows.
        if focused == Some(true) {
            return true;
        }
        match heading.get() {
            Some(heading) => heading.focus().is_ok(),
            None => false,
        }
    });
    let title = Signal::derive(move || match week.get() {
        Some(week) => store.t(Msg::WeekOf(week)),
        None => store.t(Msg::ReviewHistoryHeading),
    });
    view! {
        <PageTitle text=title/>
        <h1 tabindex="-1" node_ref=heading>
            {move || match week.get() {
                Some(week) => store.t(Msg::ReviewRecordTitle(week)),
                None => store.t(Msg::NotFound),
            }}
        </h1>
        <p class="actions"><A href="/review/history">{move || store.t(Msg::ReviewHistoryHeading)}</A></p>
        {move || {
            let language = store.language().get();
            let id = id.get()?;
            store.with(|plan| {
                let review = plan.reviews.iter().find(|r| r.id == id)?;
                Some(record(plan, review, language))
            })
        }}
    }
}

/// The record itself and its Markdown summary.
fn record(plan: &Plan, review: &Review, language: Language) -> impl IntoView {
    let copied = RwSignal::new(false);
    let markdown = markdown(language, plan, review);
    let title = |id| title_of(plan, id);
    let list =
        |heading: Msg, items: Vec<String>| {
            (!items.is_empty()).then(|| view! {
            <h3>{tr(language, heading)}</h3>
            <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul>
        })
        };
    let decisions = review.entries.iter().map(|e| entry_line(language, plan, e)).collect();
    let snapshot = review
        .snapshot
        .iter()
        .map(|w| {
            view! {
                <tr>
                    <td>{tr(language, Msg::ReviewDate(w.week))}</td>
                    <td>{tr(language, Msg::ReviewHours(w.load.get()))}</td>
                    <td>{tr(language, Msg::ReviewHours(w.capacity.get()))}</td>
                    <td>{tr(language, Msg::ReviewPercent(w.percent()))}</td>
                </tr>
            }
        })
        .collect_view();
    let [week, planned, available] =
        [Msg::Week, Msg::Planned, Msg::Available].map(|text| tr(language, text));
    let reflection = reflection_answers(review)
        .into_iter()
        .filter(|(_, text)| !text.is_empty())
        .map(|(question, text)| {
            let text = text.as_str().to_owned();
            view! { <dt>{tr(language, question)}</dt><dd>{text}</dd> }
        })
        .collect_view();
    let copy_text = markdown.clone();
    let copy = move |_| {
        let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
        if let Some(clipboard) = clipboard {
            let promise = clipboard.write_text(&copy_text);
            leptos::task::spawn_local(async move {
                if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                    copied.set(true);
                }
            });
        }
    };
    let completed =
        Msg::ReviewRecordHeading { completed: review.completed_at, pulse: review.pulse };
    view! {
        <section class="panel" data-testid="review-record" aria-labelledby="record-heading">
            <h2 id="record-heading">{tr(language, completed)}</h2>
            <div class="table-scroll">
                <table class="snapshot">
                    <caption>{tr(language, Msg::ReviewSnapshot)}</caption>
                    <thead><tr><th>{week}</th><th>{planned}</th><th>{available}</th><th>"%"</th></tr></thead>
                    <tbody>{snapshot}</tbody>
                </table>
            </div>
            {review.accepted_overload_hours.map(|h| view! { <p class="gate over">{tr(language, Msg::AcceptedOver(h.get()))}</p> })}
            {list(Msg::ReviewDecisions, decisions)}
            {list(Msg::ReviewTriaged, review.triaged.iter().map(|id| title(*id)).collect())}
            {list(Msg::ReviewFollowedUpList, review.followed_up.iter().map(|id| title(*id)).collect())}
            {list(Msg::ReviewBigRocks, review.big_rocks.iter().map(|id| title(*id)).collect())}
            <dl class="reflection">{reflection}</dl>
        </section>
        <section class="panel" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{tr(language, Msg::ReviewSummary)}</h2>
            <textarea class="summary" readonly rows="14" aria-labelledby="summary-heading" data-testid="summary">{markdown}</textarea>
            <p class="actions">
                <button type="button" on:click=copy>{tr(language, Msg::ReviewCopy)}</button>
                " "
                <span aria-live="polite">{move || copied.get().then(|| tr(language, Msg::ReviewCopied))}</span>
            </p>
        </section>
    }
}
