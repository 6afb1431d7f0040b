//! Team: the people, a heatmap of their load week by week, and a page per person.

mod people;
mod person;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::page::PageTitle;
use crate::i18n::{tr, Msg};
use crate::state::{use_assessed, use_store};
pub use people::PeopleSection;
pub use person::PersonView;

#[component]
pub fn TeamView() -> impl IntoView {
    let store = use_store();
    let language = store.language();
    let t = move |text| tr(language.get(), text);
    view! {
        <PageTitle text=Signal::derive(move || t(Msg::TeamHeading))/>
        <h1>{move || t(Msg::TeamHeading)}</h1>
        <Heatmap/>
        <PeopleSection/>
    }
}

/// People (rows) by weeks (columns), each cell coloured by load ratio.
#[component]
fn Heatmap() -> impl IntoView {
    let store = use_store();
    let assessed = use_assessed();
    let language = store.language();
    move || {
        let language = language.get();
        let thresholds = store.with(|plan| plan.settings.thresholds);
        assessed.0.with(|a| {
            let weeks = a.projection.weeks();
            let header = weeks.iter().map(|w| view! { <th scope="col">{crate::fmt::date(language, *w)}</th> }).collect_view();
            let rows = a.projection.people.iter().map(|person| {
                let name = store.with_untracked(|plan| plan.person(person.person).map(|p| p.name.as_str().to_owned())).unwrap_or_default();
                let cells = person.weeks.iter().zip(&weeks).map(|(load, week)| {
                    let lvl = load.level(&thresholds);
                    let label = format!("{name}, {}, {}", tr(language, Msg::WeekLoad { week: *week, load: load.load, capacity: load.capacity, percent: load.percent() }), tr(language, Msg::Level(lvl)));
                    view! {
                        <td class=format!("cell level-{}", lvl.as_str()) data-level=lvl.as_str() title=label.clone() aria-label=label>
                            {crate::fmt::percent(language, load.percent())}
                        </td>
                    }
                }).collect_view();
                view! {
                    <tr>
                        <th scope="row"><A href=format!("/team/{}", person.person)>{name.clone()}</A></th>
                        {cells}
                    </tr>
                }
            }).collect_view();
            view! {
                <section class="panel" aria-labelledby="heatmap-heading">
                    <h2 id="heatmap-heading">{tr(language, Msg::HeatmapHeading)}</h2>
                    <div class="table-scroll">
                        <table class="heatmap" data-testid="heatmap">
                            <thead><tr><th scope="col">{tr(language, Msg::Name)}</th>{header}</tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </section>
            }
        })
    }
}
