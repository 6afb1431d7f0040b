//! Everything about one commitment, field by field, on its page.

use leptos::prelude::*;
use plateful_core::item::party_name;
use plateful_core::{Commitment, Language, Plan};

use super::item::{effort_text, status_text};
use crate::i18n::{tr, Msg};
use crate::state::use_store;

#[component]
pub fn Facts(
    /// The commitment shown.
    #[prop(into)]
    commitment: Signal<Option<Commitment>>,
) -> impl IntoView {
    let store = use_store();
    move || {
        let language = store.language().get();
        let c = commitment.get()?;
        let rows = store.with(|plan| rows(language, plan, &c));
        let kind = c.status.kind();
        let timestamps =
            tr(language, Msg::Timestamps { created: c.created_at, updated: c.updated_at });
        Some(view! {
            <dl class="facts">
                <dt>{tr(language, Msg::StatusLabel)}</dt>
                <dd>
                    <span class="badge" data-status=kind.as_str()>{tr(language, Msg::Status(kind))}</span>
                    {store.with(|plan| status_text(language, plan, &c.status)).map(|text| view! { " " <span>{text}</span> })}
                </dd>
                {rows.into_iter().map(|(label, value, class)| view! {
                    <dt>{label}</dt>
                    <dd class=class>{value}</dd>
                }).collect_view()}
            </dl>
            <p class="muted timestamps">{timestamps}</p>
        })
    }
}

/// The fields after the status: label, value and the value's class.
fn rows(language: Language, plan: &Plan, c: &Commitment) -> Vec<(String, String, &'static str)> {
    let t = |msg| tr(language, msg);
    let none = || t(Msg::NoneYet);
    let owner = plan.person(c.owner).map_or_else(none, |p| p.name.as_str().to_owned());
    let owner = match c.delegated_by.and_then(|id| plan.person(id)) {
        Some(by) => t(Msg::DelegatedOwner { owner: &owner, by: by.name.as_str() }),
        None => owner,
    };
    let asked = c.requested_by.as_ref().and_then(|party| party_name(plan, party));
    let flags: Vec<String> = [(c.important, Msg::Important), (c.urgent, Msg::Urgent)]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, flag)| t(flag))
        .collect();
    let tags: Vec<String> = c.tags.iter().map(|tag| t(Msg::TagName(tag.as_str()))).collect();
    let list = |items: Vec<String>| if items.is_empty() { none() } else { items.join(", ") };
    let due = c.due.map(|due| {
        let hard = due.kind == plateful_core::DueKind::Hard;
        t(Msg::DueDateValue { date: due.date, hard })
    });
    let notes = c.notes.as_str();
    vec![
        (t(Msg::Owner), owner, "owner"),
        (t(Msg::RequestedBy), asked.map_or_else(|| t(Msg::Nobody), str::to_owned), "asked"),
        (t(Msg::Effort), effort_text(language, c), "effort"),
        (t(Msg::StartDate), c.start.map_or_else(none, |on| t(Msg::PlainDate(on))), "start"),
        (t(Msg::DueDate), due.unwrap_or_else(none), "due"),
        (t(Msg::Flags), list(flags), "flags"),
        (t(Msg::TagsHeading), list(tags), "tags"),
        (t(Msg::Notes), if notes.is_empty() { none() } else { notes.to_owned() }, "notes"),
    ]
}
