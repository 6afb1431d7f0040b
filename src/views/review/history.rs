//! Finished reviews: the list, trends week by week, and each review with its Markdown
//! summary to copy.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use plateful_core::trends::trends;
use plateful_core::{Language, ReviewId};

use crate::components::page::PageTitle;
use crate::fmt;
use crate::i18n::markdown::{entry_line, reflection_answers, title_of};
use crate::i18n::{markdown, tr, Msg};
use crate::state::use_store;

const WIDTH: f64 = 300.0;
const HEIGHT: f64 = 80.0;
const LABELS: f64 = 16.0;
/// Room above the bars for their figures.
const FIGURES: f64 = 14.0;
/// The widest a week's slot gets, so that a few reviews do not make slabs.
const MAX_SLOT: f64 = 48.0;

#[component]
pub fn HistoryView() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let reviews = Memo::new(move |_| {
        store.with(|plan| {
            let mut list: Vec<_> = plan
                .reviews
                .iter()
                .map(|r| {
                    let next = r.snapshot.first().and_then(|w| w.percent());
                    (r.id, r.week, r.completed_at, next, r.pulse.map(|p| p.get()), r.entries.len())
                })
                .collect();
            list.reverse();
            list
        })
    });
    let points = Memo::new(move |_| store.with(trends));
    let series = move |language: Language| {
        let points = points.get();
        let pick = |f: &dyn Fn(&plateful_core::trends::TrendPoint) -> Option<f64>| {
            points.iter().map(|p| (p.week, f(p))).collect::<Vec<_>>()
        };
        vec![
            (tr(language, Msg::ReviewTrendLoad), pick(&|p| p.load_percent), Unit::Percent),
            (tr(language, Msg::ReviewTrendHours), pick(&|p| Some(p.hours_logged)), Unit::Hours),
            (tr(language, Msg::ReviewTrendDone), pick(&|p| Some(p.done as f64)), Unit::Count),
            (tr(language, Msg::ReviewTrendSlipped), pick(&|p| Some(p.slipped as f64)), Unit::Count),
            (tr(language, Msg::ReviewTrendPulse), pick(&|p| p.pulse.map(f64::from)), Unit::Count),
        ]
    };
    view! {
        <PageTitle text=Signal::derive(move || tr(language.get(), Msg::ReviewHistoryHeading))/>
        <h1>{move || tr(language.get(), Msg::ReviewHistoryHeading)}</h1>
        <p class="actions"><A href="/review">{move || tr(language.get(), Msg::ReviewHeading)}</A></p>
        <Show
            when=move || reviews.with(|r| !r.is_empty())
            fallback=move || view! { <p class="muted">{tr(language.get(), Msg::ReviewNoReviews)}</p> }
        >
            <section class="panel" aria-labelledby="trends-heading">
                <h2 id="trends-heading">{move || tr(language.get(), Msg::ReviewTrendsHeading)}</h2>
                <div class="trends" data-testid="trends">
                    {move || {
                        let language = language.get();
                        series(language).into_iter().map(|(title, points, unit)| view! {
                            <TrendChart title=title points=points unit=unit language=language/>
                        }).collect_view()
                    }}
                </div>
            </section>
            <section class="panel" aria-labelledby="past-heading">
                <h2 id="past-heading">{move || tr(language.get(), Msg::ReviewHistoryHeading)}</h2>
                <ul class="review-history" data-testid="review-history">
                    {move || {
                        let language = language.get();
                        reviews.get().into_iter().map(|(id, week, at, next, pulse, decisions)| {
                            let figures = format!(
                                "{} · {} {} · {} {} · {} {}",
                                tr(language, Msg::Completed(at)),
                                tr(language, Msg::ReviewTrendLoad), fmt::percent(language, next),
                                tr(language, Msg::ReviewDecisions), decisions,
                                tr(language, Msg::ReviewTrendPulse), pulse.map_or("–".to_owned(), |p| format!("{p}/5")),
                            );
                            view! {
                                <li>
                                    <A href=format!("/review/history/{id}")>{tr(language, Msg::WeekOf(week))}</A>
                                    <p class="muted">{figures}</p>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Unit {
    Percent,
    Hours,
    Count,
}

fn value_text(language: Language, unit: Unit, value: Option<f64>) -> String {
    match (unit, value) {
        (_, None) => "–".to_owned(),
        (Unit::Percent, value) => fmt::percent(language, value),
        (Unit::Hours, Some(value)) => fmt::hours(language, value),
        (Unit::Count, Some(value)) => format!("{value:.0}"),
    }
}

/// One trend as bars, one per reviewed week, with its figures as a table for screen
/// readers and on hover.
#[component]
fn TrendChart(
    title: String,
    points: Vec<(NaiveDate, Option<f64>)>,
    unit: Unit,
    language: Language,
) -> impl IntoView {
    let top = points.iter().filter_map(|(_, v)| *v).fold(0.0f64, f64::max).max(match unit {
        Unit::Percent => 100.0,
        _ => 1.0,
    }) * 1.1;
    let slot = (WIDTH / points.len().max(1) as f64).min(MAX_SLOT);
    let y = move |value: f64| FIGURES + HEIGHT - value / top * HEIGHT;
    let bars = points
        .iter()
        .enumerate()
        .map(|(index, (week, value))| {
            let label = format!("{}: {}", tr(language, Msg::WeekOf(*week)), value_text(language, unit, *value));
            let x = index as f64 * slot;
            let height = value.map_or(0.0, |v| FIGURES + HEIGHT - y(v));
            let tooltip = label.clone();
            let figure = value_text(language, unit, *value);
            view! {
                <g class="bar" tabindex="0" role="img" aria-label=label>
                    <title>{tooltip}</title>
                    <rect x=x + slot * 0.15 y=FIGURES + HEIGHT - height width=slot * 0.7 height=height></rect>
                    <text class="figure" x=x + slot / 2.0 y=FIGURES + HEIGHT - height - 3.0 text-anchor="middle" aria-hidden="true">{figure}</text>
                    <text class="week-label" x=x + slot / 2.0 y=FIGURES + HEIGHT + 12.0 text-anchor="middle" aria-hidden="true">{fmt::day_month(language, *week)}</text>
                </g>
            }
        })
        .collect_view();
    // 100% is the line not to cross.
    let limit = (unit == Unit::Percent).then(|| {
        view! { <line class="capacity" x1="0" x2=WIDTH y1=y(100.0) y2=y(100.0)></line> }
    });
    let rows = points
        .iter()
        .map(|(week, value)| {
            view! { <tr><td>{fmt::date(language, *week)}</td><td>{value_text(language, unit, *value)}</td></tr> }
        })
        .collect_view();
    let (caption, label) = (title.clone(), title.clone());
    view! {
        <figure class="trend">
            <figcaption>{caption}</figcaption>
            <svg class="trend-chart" viewBox=format!("0 0 {WIDTH} {}", FIGURES + HEIGHT + LABELS) role="group" aria-label=label>
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

/// One finished review, readable, with its summary to copy.
#[component]
pub fn ReviewRecordView() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let params = use_params_map();
    let id =
        Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<ReviewId>().ok())));
    let copied = RwSignal::new(false);
    move || {
        let language = language.get();
        let id = id.get()?;
        store.with(|plan| {
            let review = plan.reviews.iter().find(|r| r.id == id)?;
            let markdown = markdown(language, plan, review);
            let title = |id| title_of(plan, id);
            let list = |heading: Msg, items: Vec<String>| {
                (!items.is_empty()).then(|| view! {
                    <h3>{tr(language, heading)}</h3>
                    <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul>
                })
            };
            let decisions =
                review.entries.iter().map(|e| entry_line(language, plan, e)).collect();
            let snapshot = review
                .snapshot
                .iter()
                .map(|w| view! {
                    <tr>
                        <td>{fmt::date(language, w.week)}</td>
                        <td>{fmt::hours(language, w.load.get())}</td>
                        <td>{fmt::hours(language, w.capacity.get())}</td>
                        <td>{fmt::percent(language, w.percent())}</td>
                    </tr>
                })
                .collect_view();
            let [week, planned, available] = [tr(language, Msg::Week), tr(language, Msg::Planned), tr(language, Msg::Available)];
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
            Some(view! {
                <PageTitle text=tr(language, Msg::WeekOf(review.week))/>
                <h1>{format!("{}: {}", tr(language, Msg::ReviewHeading), tr(language, Msg::WeekOf(review.week)))}</h1>
                <p class="actions"><A href="/review/history">{tr(language, Msg::ReviewHistoryHeading)}</A></p>
                <section class="panel" data-testid="review-record" aria-labelledby="record-heading">
                    <h2 id="record-heading">{tr(language, Msg::Completed(review.completed_at))}
                        {review.pulse.map(|p| format!(" · {} {}/5", tr(language, Msg::ReviewTrendPulse), p.get()))}
                    </h2>
                    <table class="snapshot">
                        <caption>{tr(language, Msg::ReviewSnapshot)}</caption>
                        <thead><tr><th>{week}</th><th>{planned}</th><th>{available}</th><th>"%"</th></tr></thead>
                        <tbody>{snapshot}</tbody>
                    </table>
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
            })
        })
    }
}
