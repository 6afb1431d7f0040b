//! Team: a heatmap of everyone's load week by week, the people editor, and a page per
//! person.

mod people;
mod person;

use leptos::prelude::*;
use leptos_router::components::A;
use plateful_core::team::Heatmap;
use plateful_core::LoadLevel;

use crate::components::page::PageTitle;
use crate::i18n::{tr, Msg};
use crate::state::{use_assessed, use_store};
pub use people::PeopleSection;
pub use person::PersonView;

#[component]
pub fn TeamView() -> impl IntoView {
    let store = use_store();
    view! {
        <PageTitle text=Signal::derive(move || store.t(Msg::TeamHeading))/>
        <h1>{move || store.t(Msg::TeamHeading)}</h1>
        <HeatmapPanel/>
        <PeopleSection/>
    }
}

/// People (rows) by weeks (columns), each cell coloured by its level, with its figures
/// in its name. Wider than a phone, it scrolls inside its own box, names kept in view.
#[component]
fn HeatmapPanel() -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let heatmap = Memo::new(move |_| assessed.0.with(|a| Heatmap::of(&a.projection)));
    move || {
        let language = store.language().get();
        let Heatmap { columns, rows } = heatmap.get();
        let header = columns
            .into_iter()
            .map(|column| {
                let year = column.year.map(|year| {
                    view! { " " <span class="year">{tr(language, Msg::YearHeading(year))}</span> }
                });
                view! { <th scope="col">{tr(language, Msg::WeekHeading(column.start))}{year}</th> }
            })
            .collect_view();
        let rows = rows
            .into_iter()
            .map(|row| {
                let name = store
                    .with_untracked(|plan| plan.person(row.person).map(|p| p.name.as_str().to_owned()))
                    .unwrap_or_default();
                let cells = row
                    .weeks
                    .into_iter()
                    .map(|week| {
                        let label = tr(
                            language,
                            Msg::HeatmapCell {
                                who: &name,
                                week: week.start,
                                load: week.load,
                                capacity: week.capacity,
                                percent: week.percent,
                                level: week.level,
                            },
                        );
                        let level = week.level.as_str();
                        view! {
                            <td class=format!("cell level-{level}") data-level=level title=label.clone() aria-label=label>
                                {tr(language, Msg::PercentFigure(week.percent))}
                            </td>
                        }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row"><A href=format!("/team/{}", row.person)>{name.clone()}</A></th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        let legend = LoadLevel::ALL
            .into_iter()
            .map(|level| {
                view! {
                    <li class=format!("level-{}", level.as_str())>
                        <span class="swatch" aria-hidden="true"></span>
                        {tr(language, Msg::Level(level))}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="panel heatmap-panel" aria-labelledby="heatmap-heading">
                <h2 id="heatmap-heading">{tr(language, Msg::HeatmapHeading)}</h2>
                <div class="table-scroll heatmap-scroll" data-testid="heatmap-scroll" tabindex="0" role="region" aria-labelledby="heatmap-heading">
                    <table class="heatmap" data-testid="heatmap">
                        <thead><tr><th scope="col" class="who">{tr(language, Msg::Name)}</th>{header}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <ul class="legend" aria-label=tr(language, Msg::HeatmapLegend)>{legend}</ul>
            </section>
        }
    }
}
