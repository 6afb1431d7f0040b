//! The relief plan (SPEC 2.4): when any of my next four weeks is over capacity, which
//! commitments to delegate, defer, drop or renegotiate to bring each such week back to
//! capacity, cheapest first, each with the load it frees and the ratios it leaves.
//! The what-if asks the same question of the weeks a request would fill, for whoever
//! owns it, with a lower line: under Full, so that the request then fits.

use std::collections::HashSet;

use chrono::{Duration, NaiveDate};

use crate::calendar::{Calendar, PersonCalendar};
use crate::command::Command;
use crate::commitment::{Commitment, Due, DueKind, Effort, Status};
use crate::focus::ScoreContext;
use crate::ids::{CommitmentId, PersonId};
use crate::order;
use crate::person::Role;
use crate::plan::Plan;
use crate::projection::{allocate, LoadLevel, Projection, WeekLoad};
use crate::settings::Thresholds;
use crate::text::Notes;
use crate::warnings::DeadlineCheck;

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
    /// missing it: the first date, a week at a time past the overload, at which the
    /// work spread out pushes no week over.
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

fn percents(loads: &[WeekLoad], weeks: &[usize]) -> Vec<Option<f64>> {
    weeks.iter().map(|week| loads[*week].percent()).collect()
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

    /// Capacity left in `weeks` (negative when over).
    fn free(&self, weeks: &[usize]) -> f64 {
        weeks.iter().map(|week| self.weeks[*week].capacity - self.weeks[*week].load).sum()
    }
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
    let percents_before = percents(&carrier.weeks, &weeks);
    let mut reports: Vec<Carrier> = Vec::new();
    for other in &projection.people {
        if plan.people[other.index].role != Role::Report || other.person == person {
            continue;
        }
        let spreads_like = reports
            .iter()
            .position(|report| report.calendar.spreads_like(&other.calendar))
            .map_or(reports.len(), |position| reports[position].spreads_like);
        reports.push(Carrier {
            id: other.person,
            calendar: &other.calendar,
            weeks: other.weeks.clone(),
            spreads_like,
        });
    }

    // Cheapest first: the lowest score per hour it weighs on the relief weeks.
    let factor = projection.calibration.factor;
    let mut mine = Vec::new();
    let mut candidates: Vec<(usize, &Commitment, f64, f64)> = Vec::new();
    for (index, c) in plan.commitments.iter().enumerate() {
        if c.owner != person || !c.status.counts_as_load() {
            continue;
        }
        mine.push(c.clone());
        if Some(c.id) == keep {
            continue;
        }
        let row = projection.allocations_of(index);
        let weight: f64 = weeks.iter().map(|week| row[*week]).sum();
        if weight > 0.0 {
            candidates.push((index, c, scores.score(c).score / weight, weight));
        }
    }
    order::sort_by(&mut candidates, |a, b| {
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
        weeks: &weeks,
        me: Carrier {
            id: person,
            calendar: &carrier.calendar,
            weeks: carrier.weeks.clone(),
            spreads_like: 0,
        },
        reports,
        deadlines: Deadlines { work: mine, at_risk: None },
    };
    let mut actions = Vec::new();
    // Work moved later (deferred, renegotiated) that still weighs on a week over, as
    // the move left it.
    let mut moved_but_mine: Vec<(Commitment, Row)> = Vec::new();
    for (index, commitment, _, _) in candidates {
        let over: Vec<usize> =
            weeks.iter().copied().filter(|w| too_full(&relief.me.weeks[*w])).collect();
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
        if let Some(moved) = moved(commitment, &choice.kind) {
            moved_but_mine.push((moved, choice.mine.clone()));
        }
        actions.push(ReliefAction {
            commitment: commitment.id,
            kind: choice.kind,
            frees,
            percents_after: percents(&relief.me.weeks, &weeks),
        });
    }
    // What a move left in a week still over may be handed over now: a report who could
    // not take the whole work in its old dates may take it in its new ones (a hard date
    // moved a week later spreads the same hours thinner).
    for (commitment, row) in moved_but_mine {
        let over: Vec<usize> =
            weeks.iter().copied().filter(|w| too_full(&relief.me.weeks[*w])).collect();
        if over.is_empty() {
            break;
        }
        if over.iter().all(|w| row[*w] <= 0.0) {
            continue;
        }
        // Only a report under the line in one of the weeks still over can take a share
        // of them (a cheap test before working out each report's row).
        let room = |report: &Carrier| over.iter().any(|w| !is_over(&report.weeks[*w], thresholds));
        if !relief.reports.iter().any(room) {
            continue;
        }
        let Some(choice) = relief.delegate(&commitment) else {
            continue;
        };
        let frees: f64 = over.iter().map(|w| row[*w] - choice.mine[*w]).sum();
        relief.carry_out(commitment.id, &row, &choice);
        actions.push(ReliefAction {
            commitment: commitment.id,
            kind: choice.kind,
            frees,
            percents_after: percents(&relief.me.weeks, &weeks),
        });
    }
    let line = goal.line_percent(thresholds);
    let still_over = weeks
        .iter()
        .filter(|w| too_full(&relief.me.weeks[**w]))
        .map(|w| {
            let load = relief.me.weeks[*w];
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

/// The plan being made: the relieved person's weeks, the reports' weeks and the
/// relieved person's deadlines as the actions chosen so far leave them.
struct Relief<'a> {
    thresholds: &'a Thresholds,
    calendar: &'a Calendar,
    factor: f64,
    horizon: usize,
    /// The weeks it relieves, and whose free capacity ranks the reports.
    weeks: &'a [usize],
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
            None => self.defer(commitment, old, after_overload),
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
        self.renegotiate(commitment, hard?, old, after_overload)
    }

    /// A later date for a hard deadline: moved by as long as the overload lasts, past
    /// it, or further, to the first week from which the work it spreads out pushes no
    /// week over. None when no date within the horizon does.
    fn renegotiate(
        &self,
        commitment: &Commitment,
        hard: Due,
        old: &[f64],
        after_overload: NaiveDate,
    ) -> Option<Choice> {
        self.first_week_with_room(old, after_overload, |past| {
            let due = moved_due(hard, self.shift(commitment, past), past);
            let mut moved = commitment.clone();
            moved.due = Some(due);
            Some((moved, ReliefKind::Renegotiate { due }))
        })
    }

    /// The first week, from the one starting `after_overload` to the horizon's end,
    /// whose first day `moved` turns into the commitment moved (and the action that
    /// moves it) without the work it moves pushing any of my weeks over.
    fn first_week_with_room(
        &self,
        old: &[f64],
        after_overload: NaiveDate,
        moved: impl Fn(NaiveDate) -> Option<(Commitment, ReliefKind)>,
    ) -> Option<Choice> {
        let first = self.calendar.week_of(after_overload);
        (first..self.horizon as i64).find_map(|week| {
            let (commitment, kind) = moved(self.calendar.week_start(week))?;
            let row = self.allocation_of(&commitment, self.me.calendar);
            self.me.takes(&moved_in(&row, old), self.thresholds).then_some(Choice {
                kind,
                mine: row,
                delegate: None,
            })
        })
    }

    /// To the report with the most free capacity in the relief weeks (the first in plan
    /// order on a tie) among those who stay within capacity in every week that
    /// receives the work, one-off or recurring.
    fn delegate(&self, commitment: &Commitment) -> Option<Choice> {
        let mut order: Vec<(usize, f64)> = self
            .reports
            .iter()
            .enumerate()
            .map(|(position, report)| (position, report.free(self.weeks)))
            .collect();
        order::sort_by(&mut order, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
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
    /// by as much, so that the work keeps its pace. It starts at the first week after
    /// the overload from which the work it moves pushes no week over (a week already
    /// full may come next): deferring into another overload would only move it.
    fn defer(
        &self,
        commitment: &Commitment,
        old: &[f64],
        after_overload: NaiveDate,
    ) -> Option<Choice> {
        self.first_week_with_room(old, after_overload, |start| {
            if ends_before(commitment, start) {
                return None;
            }
            let shift = self.shift(commitment, start);
            let due = commitment.due.map(|due| moved_due(due, shift, start));
            let mut moved = commitment.clone();
            moved.start = Some(start);
            moved.due = due;
            Some((moved, ReliefKind::Defer { start, due, keeps_due: false }))
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
            if !self.me.takes(&moved_in(&row, old), self.thresholds) {
                return None;
            }
            if self.deadlines.at_risk(self.calendar, self.me.calendar, commitment.id, self.factor) {
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
        self.deadlines.carry_out(id, &choice.kind);
    }
}

/// Gives the commitment the dates a deferral or a renegotiation sets; false for an
/// action that takes it off my hands (it stays as it was).
fn move_dates(commitment: &mut Commitment, kind: &ReliefKind) -> bool {
    match kind {
        ReliefKind::Defer { start, due, .. } => {
            commitment.start = Some(*start);
            commitment.due = *due;
        }
        ReliefKind::Renegotiate { due } => commitment.due = Some(*due),
        ReliefKind::Delegate { .. } | ReliefKind::Drop => return false,
    }
    true
}

/// The commitment as a deferral or a renegotiation leaves it in my hands; none for an
/// action that takes it off them.
fn moved(commitment: &Commitment, kind: &ReliefKind) -> Option<Commitment> {
    let mut moved = commitment.clone();
    move_dates(&mut moved, kind).then_some(moved)
}

/// Recurring work that ends before `day` cannot start on it.
/// The hours a moved commitment adds to each week (its new row less its old, where more).
fn moved_in(row: &[f64], old: &[f64]) -> Row {
    row.iter().zip(old).map(|(new, old)| (new - old).max(0.0)).collect()
}

fn ends_before(commitment: &Commitment, day: NaiveDate) -> bool {
    matches!(commitment.effort, Effort::Recurring { until: Some(until), .. } if until < day)
}

/// The relieved person's work as the deadline check of `warnings` sees it, kept up to
/// date with the actions chosen so far.
struct Deadlines {
    /// Their work that counts as load, as the actions so far leave it.
    work: Vec<Commitment>,
    /// What the check puts at risk, until an action changes the work.
    at_risk: Option<HashSet<CommitmentId>>,
}

impl Deadlines {
    fn at_risk(
        &mut self,
        calendar: &Calendar,
        mine: &PersonCalendar,
        id: CommitmentId,
        factor: f64,
    ) -> bool {
        let work = &self.work;
        let at_risk = self.at_risk.get_or_insert_with(|| {
            let check = DeadlineCheck::new(work, mine, calendar.today, factor);
            check.at_risk(mine, calendar).collect()
        });
        at_risk.contains(&id)
    }

    fn carry_out(&mut self, id: CommitmentId, kind: &ReliefKind) {
        // Work moved stays mine with its new dates; work handed over or dropped goes.
        self.work.retain_mut(|c| c.id != id || move_dates(c, kind));
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
