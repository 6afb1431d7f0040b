//! The relief plan (SPEC 2.4): when any of my next four weeks is over capacity, which
//! commitments to delegate, defer, drop or renegotiate to bring each such week back to
//! capacity, cheapest first, each with the load it frees and the ratios it leaves.
//! The what-if asks the same question of the weeks a request would fill, for whoever
//! owns it, with a lower line: under Full, so that the request then fits.

use chrono::{Duration, NaiveDate};

use crate::calendar::PersonCalendar;
use crate::command::Command;
use crate::commitment::{Commitment, Due, DueKind, Effort, Status};
use crate::focus::ScoreContext;
use crate::ids::{CommitmentId, PersonId};
use crate::person::Role;
use crate::plan::Plan;
use crate::projection::{allocate, LoadLevel, Projection, WeekLoad};
use crate::settings::Thresholds;
use crate::text::Notes;

/// How many weeks, this one included, the relief plan looks at.
pub const RELIEF_WEEKS: usize = 4;

/// What to do with one commitment.
#[derive(Clone, Debug, PartialEq)]
pub enum ReliefKind {
    /// Hand it to the report with the most free capacity, who stays within capacity.
    Delegate { to: PersonId },
    /// Start it after the overloaded weeks; a soft due date moves by as much.
    Defer { start: NaiveDate, due: Option<Due> },
    /// Let it go: only ever proposed for work neither important nor urgent.
    Drop,
    /// Ask for more time on a hard due date.
    Renegotiate { due: Due },
}

/// One proposed action and its effect.
#[derive(Clone, Debug, PartialEq)]
pub struct ReliefAction {
    pub commitment: CommitmentId,
    pub kind: ReliefKind,
    /// Hours taken out of the weeks that were too full when it was chosen.
    pub frees: f64,
    /// The load in percent of capacity for each of the plan's weeks after this action
    /// (and the ones before it); `None` for a week without capacity.
    pub percents_after: Vec<Option<f64>>,
}

/// What a relief plan brings its weeks down to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReliefGoal {
    /// Each week at or under the Over threshold: the Today view's relief plan.
    WithinCapacity,
    /// Each week under the Full threshold: the room a request needs to fit.
    BelowFull,
}

impl ReliefGoal {
    /// Whether a week still needs relief.
    pub fn too_full(self, load: &WeekLoad, thresholds: &Thresholds) -> bool {
        match self {
            ReliefGoal::WithinCapacity => load.level(thresholds) >= LoadLevel::Over,
            ReliefGoal::BelowFull => load.level(thresholds) >= LoadLevel::Full,
        }
    }

    /// The percent of capacity a week must come down to (the Over or Full threshold).
    pub fn line_percent(self, thresholds: &Thresholds) -> f64 {
        match self {
            ReliefGoal::WithinCapacity => thresholds.over_percent,
            ReliefGoal::BelowFull => thresholds.full_percent,
        }
    }
}

/// The whole plan of relief.
#[derive(Clone, Debug, PartialEq)]
pub struct ReliefPlan {
    /// Whose weeks it relieves: me on Today, the owner of the request in a what-if.
    pub person: PersonId,
    pub goal: ReliefGoal,
    /// The first day of each week it looks at: my next four on Today; in a what-if,
    /// the weeks the request would fill, in order.
    pub weeks: Vec<NaiveDate>,
    /// The person's load in percent of capacity in each of `weeks`; `None` for a week
    /// without capacity.
    pub percents_before: Vec<Option<f64>>,
    pub actions: Vec<ReliefAction>,
    /// Weeks still too full after every action, with the hours above the goal's line
    /// (the Over threshold, or the Full threshold for a what-if). Empty when the plan
    /// succeeds.
    pub still_over: Vec<(NaiveDate, f64)>,
}

impl ReliefPlan {
    pub fn succeeds(&self) -> bool {
        self.still_over.is_empty()
    }

    /// The commands that carry out the plan; dropped work records `drop_reason`.
    pub fn commands(
        &self,
        today: NaiveDate,
        at: chrono::DateTime<chrono::Utc>,
        drop_reason: &Notes,
    ) -> Vec<Command> {
        self.actions.iter().map(|action| action.command(today, at, drop_reason)).collect()
    }
}

impl ReliefAction {
    /// The command that carries out this action.
    pub fn command(
        &self,
        today: NaiveDate,
        at: chrono::DateTime<chrono::Utc>,
        drop_reason: &Notes,
    ) -> Command {
        let id = self.commitment;
        match &self.kind {
            ReliefKind::Delegate { to } => Command::Delegate { id, to: *to, at },
            ReliefKind::Defer { start, due } => {
                Command::Reschedule { id, start: Some(*start), due: *due, at }
            }
            ReliefKind::Drop => Command::SetStatus {
                id,
                status: Status::Dropped { on: today, reason: drop_reason.clone(), declined: false },
                at,
            },
            ReliefKind::Renegotiate { due } => Command::SetDue { id, due: Some(*due), at },
        }
    }
}

fn is_over(load: &WeekLoad, thresholds: &Thresholds) -> bool {
    load.level(thresholds) >= LoadLevel::Over
}

fn percents(loads: &[WeekLoad], weeks: &[usize]) -> Vec<Option<f64>> {
    weeks.iter().map(|week| loads[*week].percent()).collect()
}

/// A person's load that the plan changes as it goes.
struct Carrier<'a> {
    /// Who carries the load.
    id: PersonId,
    calendar: &'a PersonCalendar,
    weeks: Vec<WeekLoad>,
}

/// Proposes actions until each of my relief weeks is at or under the Over threshold,
/// or there is nothing left to propose. `None` when no relief week is over. `keep`
/// is never touched.
pub fn relief_plan(
    plan: &Plan,
    projection: &Projection,
    scores: &ScoreContext,
    keep: Option<CommitmentId>,
) -> Option<ReliefPlan> {
    let me = plan.me()?;
    let weeks: Vec<usize> = (0..RELIEF_WEEKS.min(projection.horizon())).collect();
    relief_for(plan, projection, scores, me.id, &weeks, ReliefGoal::WithinCapacity, keep)
}

/// Proposes actions on `person`'s work until each of `weeks` (indices in the horizon,
/// in order) meets `goal`, or there is nothing left to propose. `None` when every
/// one of them already does. `keep` is never touched (the request a what-if makes
/// room for). Work is delegated only to reports other than `person`.
pub fn relief_for(
    plan: &Plan,
    projection: &Projection,
    scores: &ScoreContext,
    person: PersonId,
    weeks: &[usize],
    goal: ReliefGoal,
    keep: Option<CommitmentId>,
) -> Option<ReliefPlan> {
    let carrier = projection.person(person)?;
    let thresholds = &plan.settings.thresholds;
    let calendar = &projection.calendar;
    let horizon = projection.horizon();
    let weeks: Vec<usize> = weeks.iter().copied().filter(|week| *week < horizon).collect();
    let too_full = |load: &WeekLoad| goal.too_full(load, thresholds);
    if !weeks.iter().any(|week| too_full(&carrier.weeks[*week])) {
        return None;
    }
    let mut me_now =
        Carrier { id: person, calendar: &carrier.calendar, weeks: carrier.weeks.clone() };
    let percents_before = percents(&me_now.weeks, &weeks);
    let mut reports: Vec<Carrier> = projection
        .people
        .iter()
        .filter(|p| plan.people[p.index].role == Role::Report && p.person != person)
        .map(|p| Carrier { id: p.person, calendar: &p.calendar, weeks: p.weeks.clone() })
        .collect();

    // Cheapest first: the lowest score per hour it weighs on the relief weeks.
    let mut candidates: Vec<(usize, &Commitment, f64, f64)> = plan
        .commitments
        .iter()
        .enumerate()
        .filter(|(_, c)| c.owner == person && c.status.counts_as_load() && Some(c.id) != keep)
        .filter_map(|(index, c)| {
            let row = projection.allocations_of(index);
            let weight: f64 = weeks.iter().map(|week| row[*week]).sum();
            (weight > 0.0).then(|| (index, c, scores.score(c).score / weight, weight))
        })
        .collect();
    candidates.sort_by(|a, b| {
        a.2.total_cmp(&b.2)
            .then(b.3.total_cmp(&a.3))
            .then_with(|| a.1.title.as_str().cmp(b.1.title.as_str()))
            .then(a.1.id.cmp(&b.1.id))
    });

    let factor = projection.calibration.factor;
    let allocation_of = |commitment: &Commitment, carrier: &PersonCalendar| {
        let mut row = vec![0.0; horizon];
        allocate(
            commitment,
            carrier,
            calendar,
            factor,
            Some(horizon as i64),
            &mut |week, hours| {
                row[week as usize] += hours;
            },
        );
        row
    };
    let mut actions = Vec::new();
    for (index, commitment, _, _) in candidates {
        let over: Vec<usize> =
            weeks.iter().copied().filter(|w| too_full(&me_now.weeks[*w])).collect();
        let Some(&last_over) = over.last() else {
            break;
        };
        let old = projection.allocations_of(index);
        if over.iter().all(|w| old[*w] <= 0.0) {
            continue;
        }
        let after_overload = calendar.week_start(last_over as i64 + 1);
        let Some(Choice { kind, mine: new_row, delegate }) = choose(
            commitment,
            after_overload,
            calendar.today,
            &reports,
            thresholds,
            &weeks,
            &allocation_of,
            me_now.calendar,
            horizon,
        ) else {
            continue;
        };
        let frees: f64 = over.iter().map(|w| old[*w] - new_row[*w]).sum();
        if frees <= 1e-9 {
            continue;
        }
        for (week, load) in me_now.weeks.iter_mut().enumerate() {
            load.load += new_row[week] - old[week];
        }
        if let Some((report, row)) = delegate {
            for (week, load) in reports[report].weeks.iter_mut().enumerate() {
                load.load += row[week];
            }
        }
        actions.push(ReliefAction {
            commitment: commitment.id,
            kind,
            frees,
            percents_after: percents(&me_now.weeks, &weeks),
        });
    }
    let line = goal.line_percent(thresholds);
    let still_over = weeks
        .iter()
        .filter(|w| too_full(&me_now.weeks[**w]))
        .map(|w| {
            let load = me_now.weeks[*w];
            (calendar.week_start(*w as i64), load.load - load.capacity * line / 100.0)
        })
        .collect();
    Some(ReliefPlan {
        person,
        goal,
        weeks: weeks.iter().map(|w| calendar.week_start(*w as i64)).collect(),
        percents_before,
        actions,
        still_over,
    })
}

type Row = Vec<f64>;

/// An action with my new allocation row and, for a delegation, the report's position
/// and row.
struct Choice {
    kind: ReliefKind,
    mine: Row,
    delegate: Option<(usize, Row)>,
}

/// The first action that applies, in the order Delegate, Defer, Drop, Renegotiate, with
/// my new allocation row and, for a delegation, the report's index and row.
#[allow(clippy::too_many_arguments)]
fn choose(
    commitment: &Commitment,
    after_overload: NaiveDate,
    today: NaiveDate,
    reports: &[Carrier],
    thresholds: &Thresholds,
    weeks: &[usize],
    allocation_of: &impl Fn(&Commitment, &PersonCalendar) -> Row,
    mine: &PersonCalendar,
    mine_weeks: usize,
) -> Option<Choice> {
    let horizon = mine_weeks;
    if matches!(commitment.effort, Effort::OneOff { .. }) {
        let mut best: Option<(usize, Row, f64)> = None;
        for (position, report) in reports.iter().enumerate() {
            let row = allocation_of(commitment, report.calendar);
            let fits = row.iter().zip(&report.weeks).all(|(hours, load)| {
                *hours <= 0.0
                    || !is_over(
                        &WeekLoad { capacity: load.capacity, load: load.load + hours },
                        thresholds,
                    )
            });
            if !fits {
                continue;
            }
            let free: f64 =
                weeks.iter().map(|w| report.weeks[*w].capacity - report.weeks[*w].load).sum();
            if best.as_ref().is_none_or(|(_, _, best_free)| free > *best_free) {
                best = Some((position, row, free));
            }
        }
        if let Some((position, row, _)) = best {
            let zero = vec![0.0; horizon];
            return Some(Choice {
                kind: ReliefKind::Delegate { to: reports[position].id },
                mine: zero,
                delegate: Some((position, row)),
            });
        }
    }
    let from = commitment.start.map_or(today, |start| start.max(today));
    let shift = (after_overload - from).num_days().max(0);
    let hard = commitment.due.is_some_and(|due| due.kind == DueKind::Hard);
    let recurring_ends_first = matches!(
        commitment.effort,
        Effort::Recurring { until: Some(until), .. } if until < after_overload
    );
    if !hard && !recurring_ends_first {
        let due = commitment.due.map(|due| moved_due(due, shift, after_overload));
        let mut moved = commitment.clone();
        moved.start = Some(after_overload);
        moved.due = due;
        let row = allocation_of(&moved, mine);
        return Some(Choice {
            kind: ReliefKind::Defer { start: after_overload, due },
            mine: row,
            delegate: None,
        });
    }
    if !commitment.important && !commitment.urgent {
        return Some(Choice { kind: ReliefKind::Drop, mine: vec![0.0; horizon], delegate: None });
    }
    let due = commitment.due.filter(|_| hard)?;
    let due = moved_due(due, shift, after_overload);
    let mut moved = commitment.clone();
    moved.due = Some(due);
    let row = allocation_of(&moved, mine);
    Some(Choice { kind: ReliefKind::Renegotiate { due }, mine: row, delegate: None })
}

/// A due date moved by `shift` days, so that the work keeps its pace; work already
/// overdue gets the first week after the overload (to its fifth day).
fn moved_due(due: Due, shift: i64, after_overload: NaiveDate) -> Due {
    Due {
        date: (due.date + Duration::days(shift)).max(after_overload + Duration::days(4)),
        kind: due.kind,
    }
}
