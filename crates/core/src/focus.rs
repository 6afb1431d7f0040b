//! Focus now: my active work ranked by an explainable score (SPEC 2.4), in the spirit
//! of Taskwarrior's urgency. Every point of a score comes with the term that gave it.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate};

use crate::commitment::{Commitment, DueKind, Party, Status};
use crate::ids::CommitmentId;
use crate::order;
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

/// Why a commitment is in focus, as data a sentence is made from ("due Friday",
/// "this week's big rock") with no arithmetic left: each term of the score, said with
/// its facts rather than its points.
#[derive(Clone, Debug, PartialEq)]
pub enum Because {
    /// One of this week's big rocks.
    BigRock,
    /// Due in `days` days (0 is today) on `date`.
    DueIn {
        days: i64,
        date: NaiveDate,
        kind: DueKind,
    },
    /// Due `days` days ago (at least 1), on `date`.
    Overdue {
        days: i64,
        date: NaiveDate,
        kind: DueKind,
    },
    Important,
    /// Flagged urgent by hand.
    Urgent,
    /// The deadline check finds the work due by `by` short by `short_by` hours.
    DeadlineAtRisk {
        by: NaiveDate,
        short_by: f64,
    },
    /// Progress logged in the last seven days, last on `last`.
    Momentum {
        last: NaiveDate,
    },
    /// No progress logged since `since`.
    TreadingWater {
        since: NaiveDate,
    },
    /// Waiting on someone since `since`: it counts against focus.
    Waiting {
        on: Party,
        since: NaiveDate,
    },
}

impl Because {
    /// The term of the score this reason stands for.
    pub fn term(&self) -> Term {
        match self {
            Because::BigRock => Term::BigRock,
            Because::DueIn { .. } | Because::Overdue { .. } => Term::Due,
            Because::Important => Term::Important,
            Because::Urgent => Term::Urgent,
            Because::DeadlineAtRisk { .. } => Term::DeadlineAtRisk,
            Because::Momentum { .. } => Term::Momentum,
            Because::TreadingWater { .. } => Term::TreadingWater,
            Because::Waiting { .. } => Term::Waiting,
        }
    }
}

/// A commitment with its score and the reasons for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    pub commitment: CommitmentId,
    pub score: f64,
    /// The signed terms, in a fixed order: the score on request.
    pub reasons: Vec<Reason>,
    /// The same reasons in words' data, the one that weighs most first (and waiting,
    /// which counts against, last): what Focus now says.
    pub because: Vec<Because>,
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
    /// The due date by which the work is short, and by how many hours.
    at_risk: HashMap<CommitmentId, (NaiveDate, f64)>,
    /// Since when no progress was logged.
    treading: HashMap<CommitmentId, NaiveDate>,
}

impl ScoreContext {
    pub fn new(plan: &Plan, projection: &Projection, warnings: &[Warning]) -> Self {
        let mut at_risk = HashMap::new();
        let mut treading = HashMap::new();
        for warning in warnings {
            match warning.kind {
                WarningKind::DeadlineAtRisk { due, short_by, .. } => {
                    // Each piece of work is in one deadline warning at most: the first
                    // date by which it is short.
                    for id in &warning.commitments {
                        at_risk.entry(*id).or_insert((due, short_by));
                    }
                }
                WarningKind::TreadingWater { since, .. } => {
                    treading.extend(warning.commitments.iter().map(|id| (*id, since)))
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

    /// The score of one commitment, with its terms in a fixed order and the same
    /// reasons in words, the weightiest first.
    pub fn score(&self, commitment: &Commitment) -> Scored {
        let mut terms: Vec<(Reason, Because)> = Vec::new();
        let mut add = |term: Term, points: f64, because: Because| {
            terms.push((Reason { term, points }, because))
        };
        if self.big_rocks.contains(&commitment.id) {
            add(Term::BigRock, Term::BigRock.points(), Because::BigRock);
        }
        if let Some(due) = commitment.due {
            let overdue = (self.today - due.date).num_days();
            let because = if overdue > 0 {
                Because::Overdue { days: overdue, date: due.date, kind: due.kind }
            } else {
                Because::DueIn { days: -overdue, date: due.date, kind: due.kind }
            };
            add(Term::Due, Term::Due.points() * due_factor(overdue), because);
        }
        if commitment.important {
            add(Term::Important, Term::Important.points(), Because::Important);
        }
        if commitment.urgent {
            add(Term::Urgent, Term::Urgent.points(), Because::Urgent);
        }
        if let Some((by, short_by)) = self.at_risk.get(&commitment.id) {
            let because = Because::DeadlineAtRisk { by: *by, short_by: *short_by };
            add(Term::DeadlineAtRisk, Term::DeadlineAtRisk.points(), because);
        }
        let week_ago = self.today - Duration::days(7);
        let recent = commitment
            .progress
            .iter()
            .map(|entry| entry.date)
            .filter(|date| *date > week_ago && *date <= self.today)
            .max();
        if let Some(last) = recent {
            add(Term::Momentum, Term::Momentum.points(), Because::Momentum { last });
        }
        if let Some(since) = self.treading.get(&commitment.id) {
            let because = Because::TreadingWater { since: *since };
            add(Term::TreadingWater, Term::TreadingWater.points(), because);
        }
        if let Status::Waiting(waiting) = &commitment.status {
            let because = Because::Waiting { on: waiting.on.clone(), since: waiting.since };
            add(Term::Waiting, Term::Waiting.points(), because);
        }
        // From +0.0: an empty sum of f64 is -0.0, which would read "-0.0".
        let score = terms.iter().fold(0.0, |sum, (reason, _)| sum + reason.points);
        let reasons = terms.iter().map(|(reason, _)| *reason).collect();
        // A stable sort: equal weights keep the terms' order.
        order::sort_by(&mut terms, |(a, _), (b, _)| b.points.total_cmp(&a.points));
        let because = terms.into_iter().map(|(_, because)| because).collect();
        Scored { commitment: commitment.id, score, reasons, because }
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
    order::sort_by(scored, |a, b| {
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
