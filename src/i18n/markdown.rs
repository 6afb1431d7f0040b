//! A finished review as Markdown, to paste into notes for one's own manager or a 1:1.

use std::fmt::Write as _;

use plateful_core::{CommitmentId, Decision, Language, Plan, Review};

use super::{tr, Msg};
use crate::fmt;

/// A commitment's title, or a dash for one deleted since.
pub fn title_of(plan: &Plan, id: CommitmentId) -> String {
    plan.commitment(id).map(|c| c.title.as_str().to_owned()).unwrap_or_else(|| "–".to_owned())
}

/// How a decision reads once made: "Defer to 4 Dec 2026, 2 h logged".
pub fn decided(language: Language, plan: &Plan, entry: &plateful_core::ReviewEntry) -> String {
    let to = match &entry.decision {
        Decision::Delegate { to } => plan.person(*to).map(|p| p.name.as_str()),
        _ => None,
    };
    let logged = entry.hours_logged.get();
    tr(language, Msg::Decided { decision: &entry.decision, to, logged })
}

/// How a review's decision on one commitment reads: "Vendor evaluation: Keep, 4 h logged".
pub fn entry_line(language: Language, plan: &Plan, entry: &plateful_core::ReviewEntry) -> String {
    let decided = decided(language, plan, entry);
    let title = title_of(plan, entry.commitment);
    tr(language, Msg::AtField { field: &title, problem: &decided })
}

/// The three reflection questions with the review's answers.
pub fn reflection_answers(review: &Review) -> [(Msg<'static>, &plateful_core::Notes); 3] {
    [
        (Msg::ReviewWentWell, &review.reflection.went_well),
        (Msg::ReviewSlipped, &review.reflection.slipped),
        (Msg::ReviewToChange, &review.reflection.to_change),
    ]
}

/// The review as Markdown.
pub fn markdown(language: Language, plan: &Plan, review: &Review) -> String {
    let t = |msg: Msg| tr(language, msg);
    let title = |id: CommitmentId| title_of(plan, id);
    let mut out = String::new();
    let (name, week) = (t(Msg::ReviewHeading), t(Msg::WeekOf(review.week)));
    let heading = t(Msg::AtField { field: &name, problem: &week });
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(format!("# {heading}"));
    let mut finished = format!("\n{}", t(Msg::Completed(review.completed_at)));
    if let Some(pulse) = review.pulse {
        write!(finished, " · {} {}/5", t(Msg::ReviewTrendPulse), pulse.get()).ok();
    }
    line(finished);
    line(format!("\n## {}\n", t(Msg::ReviewSnapshot)));
    line(format!(
        "| {} | {} | {} | % |\n|---|---:|---:|---:|",
        t(Msg::Week),
        t(Msg::Planned),
        t(Msg::Available)
    ));
    for snapshot in &review.snapshot {
        line(format!(
            "| {} | {} | {} | {} |",
            fmt::date(language, snapshot.week),
            fmt::hours(language, snapshot.load.get()),
            fmt::hours(language, snapshot.capacity.get()),
            fmt::percent(language, snapshot.percent())
        ));
    }
    if let Some(over) = review.accepted_overload_hours {
        line(format!("\n{}", t(Msg::AcceptedOver(over.get()))));
    }
    let lists = [
        (
            Msg::ReviewDecisions,
            review.entries.iter().map(|e| entry_line(language, plan, e)).collect::<Vec<_>>(),
        ),
        (Msg::ReviewTriaged, review.triaged.iter().map(|id| title(*id)).collect()),
        (Msg::ReviewFollowedUpList, review.followed_up.iter().map(|id| title(*id)).collect()),
        (Msg::ReviewBigRocks, review.big_rocks.iter().map(|id| title(*id)).collect()),
    ];
    for (heading, items) in lists {
        if items.is_empty() {
            continue;
        }
        line(format!("\n## {}\n", t(heading)));
        for item in items {
            line(format!("- {item}"));
        }
    }
    let reflection = reflection_answers(review);
    if reflection.iter().any(|(_, text)| !text.is_empty()) {
        line(format!("\n## {}", t(Msg::ReviewReflection)));
        for (question, answer) in reflection.iter().filter(|(_, text)| !text.is_empty()) {
            line(format!("\n**{}**\n{}", t(*question), answer.as_str()));
        }
    }
    out
}
