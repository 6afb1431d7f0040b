//! The relief plan (SPEC 2.4): when any of my next four weeks is over capacity, which
//! commitments to delegate, defer, drop or renegotiate to bring each such week back to
//! capacity, cheapest first, each with the load it frees and the ratios it leaves.

use std::collections::HashSet;

use chrono::{Duration, NaiveDate};

use crate::calendar::{Calendar, PersonCalendar};
use crate::command::Command;
use crate::commitment::{Commitment, Due, DueKind, Effort, Status};
use crate::focus::ScoreContext;
use crate::ids::{CommitmentId, PersonId};
use crate::person::Role;
use crate::plan::Plan;
use crate::projection::{allocate, LoadLevel, Projection, WeekLoad};
use crate::settings::Thresholds;
use crate::text::Notes;
use crate::warnings::{
    by_due_date, due_work, earliest_deadline_first, recurring_rate, DueWork, RecurringRate,
};

/// How many weeks, this one included, the relief plan looks at.
pub const RELIEF_WEEKS: usize = 4;

/// What to do with one commitment.
#[derive(Clone, Debug, PartialEq)]
pub enum ReliefKind {
    /// Hand it to the report with the most free capacity in the relief weeks, who stays
    /// within capacity in every week that receives the work: one-off work and recurring
    /// duties alike.
    Delegate { to: PersonId },
    /// Start it later. `due` is its due date afterwards. Without a hard due date, the
    /// start moves past the overloaded weeks and a soft due date by as much; with one,
    /// the start moves past the overloaded weeks before that date and the date stays
    /// where it was promised (`keeps_due`), only when the work still fits before it.
    Defer { start: NaiveDate, due: Option<Due>, keeps_due: bool },
    /// Let it go: only ever proposed for work neither important nor urgent.
    Drop,
    /// Ask for more time on a hard due date, when its start cannot be deferred without
    /// missing it.
    Renegotiate { due: Due },
}

/// One proposed action and its effect.
#[derive(Clone, Debug, PartialEq)]
pub struct ReliefAction {
    pub commitment: CommitmentId,
    pub kind: ReliefKind,
    /// My hours taken out of the weeks that were over when it was chosen.
    pub frees: f64,
    /// My load in percent of capacity for each relief week after this action (and the
    /// ones before it); `None` for a week without capacity.
    pub percents_after: Vec<Option<f64>>,
}

/// The whole plan of relief.
#[derive(Clone, Debug, PartialEq)]
pub struct ReliefPlan {
    /// The first day of each relief week.
    pub weeks: Vec<NaiveDate>,
    pub percents_before: Vec<Option<f64>>,
    pub actions: Vec<ReliefAction>,
    /// Weeks still over capacity after every action, with the hours above the Over
    /// threshold. Empty when the plan succeeds.
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
            ReliefKind::Defer { start, due, .. } => {
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

fn percents(loads: &[WeekLoad]) -> Vec<Option<f64>> {
    loads.iter().take(RELIEF_WEEKS).map(WeekLoad::percent).collect()
}

/// A person's load that the plan changes as it goes.
struct Carrier<'a> {
    /// Who carries the load.
    id: PersonId,
    calendar: &'a PersonCalendar,
    weeks: Vec<WeekLoad>,
    /// The first report whose days spread work the same way (this one's own position
    /// if none before): a commitment's row is the same for both.
    spreads_like: usize,
}

impl Carrier<'_> {
    /// Whether `row` can be added without any week that receives hours going over.
    fn takes(&self, row: &[f64], thresholds: &Thresholds) -> bool {
        row.iter().zip(&self.weeks).all(|(hours, load)| {
            *hours <= 0.0
                || !is_over(
                    &WeekLoad { capacity: load.capacity, load: load.load + hours },
                    thresholds,
                )
        })
    }

    /// Capacity left in the first `span` weeks (negative when over).
    fn free(&self, span: usize) -> f64 {
        self.weeks[..span].iter().map(|load| load.capacity - load.load).sum()
    }
}

/// Proposes actions until each of my relief weeks is at or under the Over threshold,
/// or there is nothing left to propose. `None` when no relief week is over. `keep`
/// is never touched (the request a what-if makes room for).
pub fn relief_plan(
    plan: &Plan,
    projection: &Projection,
    scores: &ScoreContext,
    keep: Option<CommitmentId>,
) -> Option<ReliefPlan> {
    let me = plan.me()?;
    let mine = projection.person(me.id)?;
    let thresholds = &plan.settings.thresholds;
    let calendar = &projection.calendar;
    let horizon = projection.horizon();
    let span = RELIEF_WEEKS.min(horizon);
    if !mine.weeks[..span].iter().any(|load| is_over(load, thresholds)) {
        return None;
    }
    let percents_before = percents(&mine.weeks);
    let mut reports: Vec<Carrier> = Vec::new();
    for person in &projection.people {
        if plan.people[person.index].role != Role::Report {
            continue;
        }
        let spreads_like = reports
            .iter()
            .position(|report| report.calendar.spreads_like(&person.calendar))
            .map_or(reports.len(), |position| reports[position].spreads_like);
        reports.push(Carrier {
            id: person.person,
            calendar: &person.calendar,
            weeks: person.weeks.clone(),
            spreads_like,
        });
    }

    // Cheapest first: the lowest score per hour it weighs on the relief weeks.
    let factor = projection.calibration.factor;
    let mut deadlines = Deadlines::default();
    let mut candidates: Vec<(usize, &Commitment, f64, f64)> = Vec::new();
    for (index, c) in plan.commitments.iter().enumerate() {
        if c.owner != me.id || !c.status.counts_as_load() {
            continue;
        }
        deadlines.add(c, calendar.today, &mine.calendar, factor);
        if Some(c.id) == keep {
            continue;
        }
        let weight: f64 = projection.allocations_of(index)[..span].iter().sum();
        if weight > 0.0 {
            candidates.push((index, c, scores.score(c).score / weight, weight));
        }
    }
    candidates.sort_by(|a, b| {
        a.2.total_cmp(&b.2)
            .then(b.3.total_cmp(&a.3))
            .then_with(|| a.1.title.as_str().cmp(b.1.title.as_str()))
            .then(a.1.id.cmp(&b.1.id))
    });

    let mut relief = Relief {
        thresholds,
        calendar,
        factor,
        horizon,
        span,
        me: Carrier {
            id: me.id,
            calendar: &mine.calendar,
            weeks: mine.weeks.clone(),
            spreads_like: 0,
        },
        reports,
        deadlines,
    };
    let mut actions = Vec::new();
    for (index, commitment, _, _) in candidates {
        let over: Vec<usize> =
            (0..span).filter(|w| is_over(&relief.me.weeks[*w], thresholds)).collect();
        if over.is_empty() {
            break;
        }
        let old = projection.allocations_of(index);
        if over.iter().all(|w| old[*w] <= 0.0) {
            continue;
        }
        let Some(choice) = relief.choose(commitment, old, &over) else {
            continue;
        };
        let frees: f64 = over.iter().map(|w| old[*w] - choice.mine[*w]).sum();
        if frees <= 1e-9 {
            continue;
        }
        relief.carry_out(commitment.id, old, &choice);
        actions.push(ReliefAction {
            commitment: commitment.id,
            kind: choice.kind,
            frees,
            percents_after: percents(&relief.me.weeks),
        });
    }
    let still_over = (0..span)
        .filter(|w| is_over(&relief.me.weeks[*w], thresholds))
        .map(|w| {
            let load = relief.me.weeks[w];
            (
                calendar.week_start(w as i64),
                load.load - load.capacity * thresholds.over_percent / 100.0,
            )
        })
        .collect();
    Some(ReliefPlan {
        weeks: calendar.weeks()[..span].to_vec(),
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

/// The plan being made: my weeks, my reports' weeks and my deadlines as the actions
/// chosen so far leave them.
struct Relief<'a> {
    thresholds: &'a Thresholds,
    calendar: &'a Calendar,
    factor: f64,
    horizon: usize,
    span: usize,
    me: Carrier<'a>,
    reports: Vec<Carrier<'a>>,
    deadlines: Deadlines,
}

impl Relief<'_> {
    /// The first action that applies, in the order Delegate, Defer, Drop, Renegotiate.
    /// A hard due date is a promise: its start is deferred (the date kept) when the
    /// work still fits before it, and only otherwise is a later date asked for.
    fn choose(&mut self, commitment: &Commitment, old: &[f64], over: &[usize]) -> Option<Choice> {
        if let Some(choice) = self.delegate(commitment) {
            return Some(choice);
        }
        // The first day after the last week over.
        let after_overload = self.calendar.week_start(*over.last()? as i64 + 1);
        let hard = commitment.due.filter(|due| due.kind == DueKind::Hard);
        let deferred = match hard {
            Some(due) => self.defer_keeping_due(commitment, due, old, over),
            None => self.defer(commitment, after_overload),
        };
        if deferred.is_some() {
            return deferred;
        }
        if !commitment.important && !commitment.urgent {
            return Some(Choice {
                kind: ReliefKind::Drop,
                mine: vec![0.0; self.horizon],
                delegate: None,
            });
        }
        let due = moved_due(hard?, self.shift(commitment, after_overload), after_overload);
        let mut moved = commitment.clone();
        moved.due = Some(due);
        let row = self.allocation_of(&moved, self.me.calendar);
        Some(Choice { kind: ReliefKind::Renegotiate { due }, mine: row, delegate: None })
    }

    /// To the report with the most free capacity in the relief weeks (the first in plan
    /// order on a tie) among those who stay within capacity in every week that
    /// receives the work, one-off or recurring.
    fn delegate(&self, commitment: &Commitment) -> Option<Choice> {
        let mut order: Vec<(usize, f64)> = self
            .reports
            .iter()
            .enumerate()
            .map(|(position, report)| (position, report.free(self.span)))
            .collect();
        order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        // Reports whose days are alike get the same row: it is computed once.
        let mut rows: Vec<Option<Row>> = vec![None; self.reports.len()];
        for (position, _) in order {
            let report = &self.reports[position];
            let row = rows[report.spreads_like]
                .get_or_insert_with(|| self.allocation_of(commitment, report.calendar));
            // Work that would land in none of their weeks (no open day to do it on) is
            // not handed over: it would only vanish from the figures.
            let carried = row.iter().any(|hours| *hours > 0.0);
            if carried && report.takes(row, self.thresholds) {
                return Some(Choice {
                    kind: ReliefKind::Delegate { to: report.id },
                    mine: vec![0.0; self.horizon],
                    delegate: Some((position, row.clone())),
                });
            }
        }
        None
    }

    /// Work without a hard due date starts after the overload; a soft due date moves
    /// by as much, so that the work keeps its pace.
    fn defer(&self, commitment: &Commitment, after_overload: NaiveDate) -> Option<Choice> {
        if ends_before(commitment, after_overload) {
            return None;
        }
        let shift = self.shift(commitment, after_overload);
        let due = commitment.due.map(|due| moved_due(due, shift, after_overload));
        let mut moved = commitment.clone();
        moved.start = Some(after_overload);
        moved.due = due;
        let row = self.allocation_of(&moved, self.me.calendar);
        Some(Choice {
            kind: ReliefKind::Defer { start: after_overload, due, keeps_due: false },
            mine: row,
            delegate: None,
        })
    }

    /// Work with a hard due date starts after the last week over that ends before the
    /// date, and stays due on the same day, when that keeps the promise: one-off work
    /// needs an open day between the new start and the date, no week it moves into may
    /// go over, and the deadline check must not put it at risk (as the actions before
    /// leave my work). Weeks over after the date do not concern it.
    fn defer_keeping_due(
        &mut self,
        commitment: &Commitment,
        due: Due,
        old: &[f64],
        over: &[usize],
    ) -> Option<Choice> {
        let today = self.calendar.today;
        let from = commitment.start.map_or(today, |start| start.max(today));
        let start = over
            .iter()
            .rev()
            .map(|week| self.calendar.week_start(*week as i64 + 1))
            .find(|start| *start <= due.date)
            .filter(|start| *start > from)?;
        if ends_before(commitment, start) {
            return None;
        }
        let mut moved = commitment.clone();
        moved.start = Some(start);
        let row = self.allocation_of(&moved, self.me.calendar);
        if matches!(commitment.effort, Effort::OneOff { .. }) {
            if self.me.calendar.open_days(start, due.date) == 0 {
                return None;
            }
            let moved_in: Row =
                row.iter().zip(old).map(|(new, old)| (new - old).max(0.0)).collect();
            if !self.me.takes(&moved_in, self.thresholds) {
                return None;
            }
            if self.deadlines.at_risk(self.calendar, self.me.calendar, commitment.id) {
                return None;
            }
        }
        Some(Choice {
            kind: ReliefKind::Defer { start, due: Some(due), keeps_due: true },
            mine: row,
            delegate: None,
        })
    }

    /// Days from the commitment's first day (today at the earliest) to the first day
    /// after the overload.
    fn shift(&self, commitment: &Commitment, after_overload: NaiveDate) -> i64 {
        let today = self.calendar.today;
        let from = commitment.start.map_or(today, |start| start.max(today));
        (after_overload - from).num_days().max(0)
    }

    fn allocation_of(&self, commitment: &Commitment, carrier: &PersonCalendar) -> Row {
        let mut row = vec![0.0; self.horizon];
        allocate(
            commitment,
            carrier,
            self.calendar,
            self.factor,
            Some(self.horizon as i64),
            &mut |week, hours| {
                row[week as usize] += hours;
            },
        );
        row
    }

    /// Takes a chosen action into my weeks, the delegate's and my deadlines.
    fn carry_out(&mut self, id: CommitmentId, old: &[f64], choice: &Choice) {
        for (week, load) in self.me.weeks.iter_mut().enumerate() {
            load.load += choice.mine[week] - old[week];
        }
        if let Some((report, row)) = &choice.delegate {
            for (week, load) in self.reports[*report].weeks.iter_mut().enumerate() {
                load.load += row[week];
            }
        }
        self.deadlines.carry_out(id, &choice.kind, self.calendar.today);
    }
}

/// Recurring work that ends before `day` cannot start on it.
fn ends_before(commitment: &Commitment, day: NaiveDate) -> bool {
    matches!(commitment.effort, Effort::Recurring { until: Some(until), .. } if until < day)
}

/// My work as the deadline check of `warnings` sees it, kept up to date with the
/// actions chosen so far.
#[derive(Default)]
struct Deadlines {
    /// One-offs with a due date and hours left; sorted again before each check.
    due: Vec<DueWork>,
    /// Recurring commitments: when they run and their hours per open day.
    recurring: Vec<(CommitmentId, RecurringRate)>,
    /// What the check puts at risk, until an action changes the work.
    at_risk: Option<HashSet<CommitmentId>>,
}

impl Deadlines {
    fn add(
        &mut self,
        commitment: &Commitment,
        today: NaiveDate,
        mine: &PersonCalendar,
        factor: f64,
    ) {
        self.due.extend(due_work(commitment, factor));
        if let Some(rate) = recurring_rate(commitment, today, mine) {
            self.recurring.push((commitment.id, rate));
        }
    }

    fn at_risk(&mut self, calendar: &Calendar, mine: &PersonCalendar, id: CommitmentId) -> bool {
        let at_risk = self.at_risk.get_or_insert_with(|| {
            self.due.sort_by(by_due_date);
            let mut at_risk = HashSet::new();
            earliest_deadline_first(
                calendar,
                mine,
                &self.due,
                self.recurring.iter().map(|(_, rate)| *rate),
                |_, _, _, work| at_risk.extend(work.iter().map(|(_, id, _)| *id)),
            );
            at_risk
        });
        at_risk.contains(&id)
    }

    fn carry_out(&mut self, id: CommitmentId, kind: &ReliefKind, today: NaiveDate) {
        match kind {
            ReliefKind::Delegate { .. } | ReliefKind::Drop => {
                self.due.retain(|(_, other, _)| *other != id);
                self.recurring.retain(|(other, _)| *other != id);
            }
            ReliefKind::Defer { start, due, .. } => {
                if let (Some(due), Some(work)) =
                    (due, self.due.iter_mut().find(|(_, other, _)| *other == id))
                {
                    work.0 = *due;
                }
                if let Some((_, rate)) = self.recurring.iter_mut().find(|(other, _)| *other == id) {
                    rate.0 = (*start).max(today);
                }
            }
            ReliefKind::Renegotiate { due } => {
                if let Some(work) = self.due.iter_mut().find(|(_, other, _)| *other == id) {
                    work.0 = *due;
                }
            }
        }
        self.at_risk = None;
    }
}

/// A due date moved by `shift` days, so that the work keeps its pace; work already
/// overdue gets the first week after the overload (to its fifth day).
fn moved_due(due: Due, shift: i64, after_overload: NaiveDate) -> Due {
    Due {
        date: (due.date + Duration::days(shift)).max(after_overload + Duration::days(4)),
        kind: due.kind,
    }
}
