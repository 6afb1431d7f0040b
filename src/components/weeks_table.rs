//! Weeks as a table, a row each: the week, hours planned, hours available, and the
//! load with its level (a class for its colour, words for those who cannot see it).
//! The load chart's text alternative and a person's weeks.

use leptos::prelude::*;
use plateful_core::WeekFigure;

use crate::i18n::{tr, Msg};
use crate::state::use_store;

#[component]
pub fn WeeksTable(
    /// The weeks, in order.
    #[prop(into)]
    weeks: Signal<Vec<WeekFigure>>,
    /// The table's caption, where no heading outside names it.
    #[prop(optional)]
    caption: Option<Msg<'static>>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let store = use_store();
    let rows = move || {
        let language = store.language().get();
        let row = |week: WeekFigure| {
            let level = week.level.as_str();
            view! {
                <tr data-level=level>
                    <th scope="row">{tr(language, Msg::WeekHeading(week.start))}</th>
                    <td>{tr(language, Msg::HoursFigure(week.load))}</td>
                    <td>{tr(language, Msg::HoursFigure(week.capacity))}</td>
                    <td class=format!("cell level-{level}")>
                        {tr(language, Msg::PercentFigure(week.percent))}
                        <span class="visually-hidden">", " {tr(language, Msg::Level(week.level))}</span>
                    </td>
                </tr>
            }
        };
        weeks.get().into_iter().map(row).collect_view()
    };
    view! {
        <table class=class>
            {caption.map(|caption| view! { <caption>{move || store.t(caption)}</caption> })}
            <thead><tr>
                <th scope="col">{move || store.t(Msg::Week)}</th>
                <th scope="col">{move || store.t(Msg::Planned)}</th>
                <th scope="col">{move || store.t(Msg::Available)}</th>
                <th scope="col">{move || store.t(Msg::LoadColumn)}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
