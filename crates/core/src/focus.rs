//! Focus now: my active work ranked by an explainable score (SPEC 2.4), in the spirit
//! of Taskwarrior's urgency. Every point of a score comes with the term that gave it.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate};

use crate::commitment::{Commitment, Status};
use crate::ids::CommitmentId;
use crate::plan::Plan;
use crate::projection::Projection;
use crate::warnings::{Warning, WarningKind};

/// How many commitments Focus now shows.
pub const FOCUS_SIZE: usize = 5;

/// One term of a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Term {
    BigRock,
    /// Due date: `12 * f(days overdue)`.
    Due,
    Important,
    Urgent,
    DeadlineAtRisk,
    /// Progress logged in the last seven days.
    Momentum,
    TreadingWater,
    Waiting,
}

impl Term {
    /// The fixed points of a term; the due term varies and is computed apart.
    pub fn points(self) -> f64 {
        match self {
            Term::BigRock => 15.0,
            Term::Due => 12.0,
            Term::Important => 6.0,
            Term::Urgent => 4.0,
            Term::DeadlineAtRisk => 5.0,
            Term::Momentum => 2.0,
            Term::TreadingWater => 2.0,
            Term::Waiting => -3.0,
        }
    }
}

/// A signed term of a score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reason {
    pub term: Term,
    pub points: f64,
}

/// A commitment with its score and the reasons for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    pub commitment: CommitmentId,
    pub score: f64,
    pub reasons: Vec<Reason>,
}

/// The due factor `f(d)`, `d` the days overdue (negative when due in the future):
/// 1.0 from a week overdue, 0.2 from two weeks ahead, linear between.
pub fn due_factor(days_overdue: i64) -> f64 {
    match days_overdue {
        d if d >= 7 => 1.0,
        d if d < -14 => 0.2,
        d => (d as f64 + 14.0) * 0.8 / 21.0 + 0.2,
    }
}

/// What the score needs to know beyond the commitment itself.
pub struct ScoreContext {
    today: NaiveDate,
    big_rocks: HashSet<CommitmentId>,
    at_risk: HashSet<CommitmentId>,
    treading: HashSet<CommitmentId>,
}

impl ScoreContext {
    pub fn new(plan: &Plan, projection: &Projection, warnings: &[Warning]) -> Self {
        let mut at_risk = HashSet::new();
        let mut treading = HashSet::new();
        for warning in warnings {
            match warning.kind {
                WarningKind::DeadlineAtRisk { .. } => {
                    at_risk.extend(warning.commitments.iter().copied())
                }
                WarningKind::TreadingWater { .. } => {
                    treading.extend(warning.commitments.iter().copied())
                }
                _ => {}
            }
        }
        ScoreContext {
            today: projection.calendar.today,
            big_rocks: plan.big_rocks_of(projection.calendar.week0).iter().copied().collect(),
            at_risk,
            treading,
        }
    }

    /// The score of one commitment, with its reasons in a fixed order.
    pub fn score(&self, commitment: &Commitment) -> Scored {
        let mut reasons = Vec::new();
        let mut add = |term: Term, points: f64| reasons.push(Reason { term, points });
        if self.big_rocks.contains(&commitment.id) {
            add(Term::BigRock, Term::BigRock.points());
        }
        if let Some(due) = commitment.due {
            let overdue = (self.today - due.date).num_days();
            add(Term::Due, Term::Due.points() * due_factor(overdue));
        }
        if commitment.important {
            add(Term::Important, Term::Important.points());
        }
        if commitment.urgent {
            add(Term::Urgent, Term::Urgent.points());
        }
        if self.at_risk.contains(&commitment.id) {
            add(Term::DeadlineAtRisk, Term::DeadlineAtRisk.points());
        }
        let week_ago = self.today - Duration::days(7);
        if commitment.progress.iter().any(|entry| entry.date > week_ago && entry.date <= self.today)
        {
            add(Term::Momentum, Term::Momentum.points());
        }
        if self.treading.contains(&commitment.id) {
            add(Term::TreadingWater, Term::TreadingWater.points());
        }
        if matches!(commitment.status, Status::Waiting(_)) {
            add(Term::Waiting, Term::Waiting.points());
        }
        let score = reasons.iter().map(|reason| reason.points).sum();
        Scored { commitment: commitment.id, score, reasons }
    }
}

/// Highest score first; ties by due date (none last), then title, then id.
pub fn rank(plan: &Plan, scored: &mut [Scored]) {
    let wanted: HashSet<CommitmentId> = scored.iter().map(|s| s.commitment).collect();
    let keys: HashMap<CommitmentId, (Option<NaiveDate>, &str)> = plan
        .commitments
        .iter()
        .filter(|c| wanted.contains(&c.id))
        .map(|c| (c.id, (c.due.map(|due| due.date), c.title.as_str())))
        .collect();
    let key = |id: &CommitmentId| keys.get(id).copied().unwrap_or((None, ""));
    scored.sort_by(|a, b| {
        let (due_a, title_a) = key(&a.commitment);
        let (due_b, title_b) = key(&b.commitment);
        b.score
            .total_cmp(&a.score)
            .then_with(|| match (due_a, due_b) {
                (Some(a), Some(b)) => a.cmp(&b),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            .then_with(|| title_a.cmp(title_b))
            .then_with(|| a.commitment.cmp(&b.commitment))
    });
}

/// My active and waiting commitments, ranked; the first [`FOCUS_SIZE`].
pub fn focus_now(plan: &Plan, context: &ScoreContext) -> Vec<Scored> {
    let Some(me) = plan.me().map(|me| me.id) else {
        return Vec::new();
    };
    let mut scored: Vec<Scored> = plan
        .commitments
        .iter()
        .filter(|c| c.owner == me && matches!(c.status, Status::Active | Status::Waiting(_)))
        .map(|c| context.score(c))
        .collect();
    rank(plan, &mut scored);
    scored.truncate(FOCUS_SIZE);
    scored
}
