//! The core's findings as sentences: warnings, relief actions and the "can I say yes?"
//! answer. This module looks up the titles and names the findings refer to and hands
//! them, with the figures, to the translation table (`i18n`), which words them.

use plateful_core::relief::{ReliefAction, ReliefKind};
use plateful_core::warnings::{Warning, WarningKind};
use plateful_core::{Commitment, CommitmentId, Language, PersonId, Plan};

use crate::fmt;
use crate::i18n::{tr, Msg};

/// A commitment's title as it reads in a sentence, quoted the language's way, looked up in the plan or, for the request being asked
/// about (not in the plan yet), in `request`.
pub fn quoted_among(
    language: Language,
    plan: &Plan,
    request: Option<&Commitment>,
    id: CommitmentId,
) -> String {
    let title = match request {
        Some(request) if request.id == id => request.title.as_str(),
        _ => plan.commitment(id).map_or("–", |c| c.title.as_str()),
    };
    tr(language, Msg::Quoted(title))
}

/// Several titles, quoted, separated by commas.
fn titles(
    language: Language,
    plan: &Plan,
    request: Option<&Commitment>,
    ids: &[CommitmentId],
) -> String {
    ids.iter().map(|id| quoted_among(language, plan, request, *id)).collect::<Vec<_>>().join(", ")
}

/// Someone else's name; nothing for me.
pub fn other_than_me(plan: &Plan, person: Option<PersonId>) -> Option<&str> {
    let me = plan.me().map(|me| me.id);
    person.filter(|id| Some(*id) != me).and_then(|id| plan.person(id)).map(|p| p.name.as_str())
}

/// A person's name, or a dash for someone removed since.
pub fn name(plan: &Plan, person: PersonId) -> &str {
    plan.person(person).map_or("–", |p| p.name.as_str())
}

/// One warning as a sentence, figures included.
pub fn warning(language: Language, plan: &Plan, warning: &Warning) -> String {
    warning_among(language, plan, None, warning)
}

/// One warning as a sentence, where it may name `request`, not in the plan yet.
pub fn warning_among(
    language: Language,
    plan: &Plan,
    request: Option<&Commitment>,
    warning: &Warning,
) -> String {
    let who = other_than_me(plan, warning.person);
    let titles = titles(language, plan, request, &warning.commitments);
    let titles = titles.as_str();
    let msg = match &warning.kind {
        WarningKind::Overload { level, load, capacity, percent, others } => Msg::WarnOverload {
            who,
            week: warning.week.unwrap_or_default(),
            load: *load,
            capacity: *capacity,
            percent: *percent,
            level: *level,
            titles,
            others: *others,
        },
        WarningKind::DeadlineAtRisk { due, demand, supply, short_by } => Msg::WarnDeadline {
            who,
            due: *due,
            demand: *demand,
            supply: *supply,
            short: *short_by,
            titles,
        },
        WarningKind::Overdue { due, days_overdue } => {
            Msg::WarnOverdue { who, titles, due: *due, days: *days_overdue }
        }
        WarningKind::TooMuchWip { active, limit, done_per_week, wait_weeks } => Msg::WarnWip {
            active: *active,
            limit: *limit,
            per_week: *done_per_week,
            wait_weeks: *wait_weeks,
        },
        WarningKind::TooManyBigRocks { chosen, limit } => {
            Msg::WarnBigRocks { chosen: *chosen, limit: *limit }
        }
        WarningKind::TreadingWater { since, days, .. } => {
            Msg::WarnTreading { who, titles, since: *since, days: *days }
        }
        WarningKind::WaitingTooLong { since, days, .. } => {
            Msg::WarnWaiting { who, titles, since: *since, days: *days }
        }
        WarningKind::NoEstimate => Msg::WarnNoEstimate { who, titles },
        WarningKind::ReviewDue { last, days } => Msg::WarnReviewDue { last: *last, days: *days },
        WarningKind::InboxPiling { count, older_than_days, .. } => {
            Msg::WarnInbox { count: *count, older_than: *older_than_days }
        }
    };
    tr(language, msg)
}

/// What a relief action does, without its effect: "Delegate “Budget” to Alice".
pub fn relief_what(language: Language, plan: &Plan, action: &ReliefAction) -> String {
    let title = plan.commitment(action.commitment).map_or("–", |c| c.title.as_str());
    let msg = match &action.kind {
        ReliefKind::Delegate { to } => Msg::ReliefDelegate { title, to: name(plan, *to) },
        ReliefKind::Defer { start, due: Some(due), keeps_due: true } => {
            Msg::ReliefDeferKeeping { title, start: *start, due: due.date }
        }
        ReliefKind::Defer { start, due, .. } => {
            Msg::ReliefDefer { title, start: *start, due: due.map(|due| due.date) }
        }
        ReliefKind::Drop => Msg::ReliefDrop { title },
        ReliefKind::Renegotiate { due } => Msg::ReliefRenegotiate { title, due: due.date },
    };
    tr(language, msg)
}

/// One relief action, with what it frees and the ratios it leaves.
pub fn relief_action(language: Language, plan: &Plan, action: &ReliefAction) -> String {
    let what = relief_what(language, plan, action);
    let after = percents(language, &action.percents_after);
    tr(language, Msg::ReliefEffect { what: &what, frees: action.frees, after: &after })
}

/// Ratios week by week: "107% · 98% · 80%".
pub fn percents(language: Language, values: &[Option<f64>]) -> String {
    values.iter().map(|p| fmt::percent(language, *p)).collect::<Vec<_>>().join(" · ")
}
