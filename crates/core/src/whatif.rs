//! "Can I say yes?" (SPEC 2.4): the plan as if a request were accepted, compared with
//! the plan as it is.

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::commitment::{Commitment, Status};
use crate::focus::ScoreContext;
use crate::ids::CommitmentId;
use crate::plan::Plan;
use crate::projection::{LoadLevel, Projection, WeekLoad};
use crate::relief::{relief_plan, ReliefPlan, RELIEF_WEEKS};
use crate::warnings::{warnings, Warning, WarningKind};

/// Whether a request fits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// No week gets fuller than Ok, and no deadline is put at risk.
    Fits,
    /// Some week becomes Full, none goes Over.
    Tight,
    /// Some week goes Over or Critical, or a deadline is put at risk.
    DoesNotFit,
}

/// The answer, with what it is based on.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatIf {
    pub verdict: Verdict,
    /// Warnings that accepting would add (of every kind; only load and deadlines
    /// decide the verdict).
    pub new_warnings: Vec<Warning>,
    /// The owner's first weeks before and after, for the figures.
    pub weeks: Vec<NaiveDate>,
    pub before: Vec<WeekLoad>,
    pub after: Vec<WeekLoad>,
    /// What would make room for it, when my weeks would go over.
    pub relief: Option<ReliefPlan>,
}

/// Assesses `request` as if it were Active (replacing the commitment with the same id,
/// if the plan has one).
pub fn what_if(plan: &Plan, today: NaiveDate, request: &Commitment) -> WhatIf {
    let before_projection = Projection::compute(plan, today);
    let before_warnings = warnings(plan, &before_projection);

    let mut accepted = plan.clone();
    let mut active = request.clone();
    active.status = Status::Active;
    match accepted.commitments.iter_mut().find(|c| c.id == request.id) {
        Some(existing) => *existing = active,
        None => accepted.commitments.push(active),
    }
    let after_projection = Projection::compute(&accepted, today);
    let after_warnings = warnings(&accepted, &after_projection);

    let thresholds = &plan.settings.thresholds;
    let mut verdict = Verdict::Fits;
    for after in &after_projection.people {
        let Some(before) = before_projection.person(after.person) else {
            continue;
        };
        for (old, new) in before.weeks.iter().zip(&after.weeks) {
            let (old, new) = (old.level(thresholds), new.level(thresholds));
            if new > old {
                verdict = verdict.max(match new {
                    LoadLevel::Over | LoadLevel::Critical => Verdict::DoesNotFit,
                    LoadLevel::Full => Verdict::Tight,
                    LoadLevel::Ok => Verdict::Fits,
                });
            }
        }
    }
    let at_risk = |found: &[Warning]| -> HashSet<CommitmentId> {
        found
            .iter()
            .filter(|w| matches!(w.kind, WarningKind::DeadlineAtRisk { .. }))
            .flat_map(|w| w.commitments.iter().copied())
            .collect()
    };
    let (risk_before, risk_after) = (at_risk(&before_warnings), at_risk(&after_warnings));
    if risk_after.iter().any(|id| !risk_before.contains(id)) {
        verdict = Verdict::DoesNotFit;
    }

    let new_warnings: Vec<Warning> = after_warnings
        .iter()
        .filter(|w| !before_warnings.iter().any(|old| same(old, w)))
        .cloned()
        .collect();
    let span = RELIEF_WEEKS.min(after_projection.horizon());
    let loads = |projection: &Projection| {
        projection.person(request.owner).map(|p| p.weeks[..span].to_vec()).unwrap_or_default()
    };
    let scores = ScoreContext::new(&accepted, &after_projection, &after_warnings);
    let relief = if verdict == Verdict::DoesNotFit {
        relief_plan(&accepted, &after_projection, &scores, Some(request.id))
    } else {
        None
    };
    WhatIf {
        verdict,
        new_warnings,
        weeks: after_projection.weeks()[..span].to_vec(),
        before: loads(&before_projection),
        after: loads(&after_projection),
        relief,
    }
}

/// Whether two warnings say the same thing (figures aside): same kind, person and
/// week; the same level for overload; the same commitments otherwise.
fn same(a: &Warning, b: &Warning) -> bool {
    if a.kind.name() != b.kind.name() || a.person != b.person || a.week != b.week {
        return false;
    }
    match (&a.kind, &b.kind) {
        (WarningKind::Overload { level: x, .. }, WarningKind::Overload { level: y, .. }) => x == y,
        _ => a.commitments == b.commitments,
    }
}
