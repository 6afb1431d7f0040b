//! Overload warnings (SPEC 2.3). Each warning is data: what, how bad, who, when, which
//! commitments, and the figures that explain it. The app words them.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};

use crate::calendar::{Calendar, PersonCalendar};
use crate::commitment::{Commitment, Due, DueKind, Effort, Status};
use crate::ids::{CommitmentId, PersonId};
use crate::order;
use crate::plan::Plan;
use crate::projection::{LoadLevel, PersonLoad, Projection};
use crate::review::BIG_ROCKS_LIMIT;

/// How urgent a warning is. Ordered: `Critical` is the greatest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Critical,
}

impl Severity {
    /// The name in a CSS class or a data attribute: `info`, `warning`, `critical`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Critical => "critical",
        }
    }
}

/// Inbox items older than this many days count towards InboxPiling.
pub const INBOX_AGE_DAYS: i64 = 3;
/// More old inbox items than this raise InboxPiling.
pub const INBOX_LIMIT: usize = 5;
/// A review is due when none was completed in this many days.
pub const REVIEW_INTERVAL_DAYS: i64 = 7;
/// An overload warning names its heaviest commitments, this many at most, and counts
/// the others (SPEC 3): a warning is read at a glance, and the three heaviest are where
/// room is made; the rest is one click away on the week it links to.
pub const OVERLOAD_NAMED: usize = 3;
/// Throughput for the Little's-law wait is measured over this many weeks.
pub const THROUGHPUT_WEEKS: i64 = 4;

/// What a warning is about, with its figures.
#[derive(Clone, Debug, PartialEq)]
pub enum WarningKind {
    /// A week's load against capacity; `commitments` names the heaviest
    /// ([`OVERLOAD_NAMED`] at most) and `others` counts the rest.
    Overload {
        level: LoadLevel,
        load: f64,
        capacity: f64,
        percent: Option<f64>,
        others: usize,
    },
    /// Deadline order cannot meet every due date up to `due`.
    DeadlineAtRisk {
        due: NaiveDate,
        demand: f64,
        supply: f64,
        short_by: f64,
    },
    Overdue {
        due: NaiveDate,
        days_overdue: i64,
    },
    /// More active one-offs than the limit; with throughput known, how long a new yes
    /// waits (Little's law: work in progress over finished work per week).
    TooMuchWip {
        active: usize,
        limit: u32,
        done_per_week: Option<f64>,
        wait_weeks: Option<f64>,
    },
    TooManyBigRocks {
        chosen: usize,
        limit: usize,
    },
    /// No progress logged since `since` (the last log, or the start of the work).
    TreadingWater {
        since: NaiveDate,
        days: i64,
        stale_weeks: u32,
    },
    /// No follow-up since `since` (the last follow-up, or when the wait began).
    WaitingTooLong {
        since: NaiveDate,
        days: i64,
        nudge_days: u32,
    },
    NoEstimate,
    /// The last review was on `last` (none yet when `None`), `days` ago.
    ReviewDue {
        last: Option<NaiveDate>,
        days: i64,
    },
    InboxPiling {
        count: usize,
        older_than_days: i64,
        limit: usize,
    },
}

impl WarningKind {
    /// A stable name, for ordering and for the app's lookup of sentences.
    pub fn name(&self) -> &'static str {
        match self {
            WarningKind::Overload { .. } => "overload",
            WarningKind::DeadlineAtRisk { .. } => "deadline_at_risk",
            WarningKind::Overdue { .. } => "overdue",
            WarningKind::TooMuchWip { .. } => "too_much_wip",
            WarningKind::TooManyBigRocks { .. } => "too_many_big_rocks",
            WarningKind::TreadingWater { .. } => "treading_water",
            WarningKind::WaitingTooLong { .. } => "waiting_too_long",
            WarningKind::NoEstimate => "no_estimate",
            WarningKind::ReviewDue { .. } => "review_due",
            WarningKind::InboxPiling { .. } => "inbox_piling",
        }
    }

    fn rank(&self) -> u8 {
        match self {
            WarningKind::Overload { .. } => 0,
            WarningKind::DeadlineAtRisk { .. } => 1,
            WarningKind::Overdue { .. } => 2,
            WarningKind::TooMuchWip { .. } => 3,
            WarningKind::TreadingWater { .. } => 4,
            WarningKind::WaitingTooLong { .. } => 5,
            WarningKind::TooManyBigRocks { .. } => 6,
            WarningKind::InboxPiling { .. } => 7,
            WarningKind::NoEstimate => 8,
            WarningKind::ReviewDue { .. } => 9,
        }
    }
}

/// One warning.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    pub kind: WarningKind,
    pub severity: Severity,
    pub person: Option<PersonId>,
    /// The first day of the week it is about, when it is about one.
    pub week: Option<NaiveDate>,
    /// The commitments involved, the heaviest first where weight applies.
    pub commitments: Vec<CommitmentId>,
}

/// Every warning for the plan on `today`, most severe first.
pub fn warnings(plan: &Plan, projection: &Projection) -> Vec<Warning> {
    let mut found = Vec::new();
    let owned = load_by_person(plan, projection);
    overload(plan, projection, &owned, &mut found);
    deadlines(plan, projection, &owned, &mut found);
    per_commitment(plan, projection, &mut found);
    work_in_progress(plan, projection, &mut found);
    big_rocks(plan, projection, &mut found);
    review_due(plan, projection, &mut found);
    inbox(plan, projection, &mut found);
    sort(plan, &mut found);
    found
}

/// Most severe first; then by kind, week, person (plan order) and commitments.
pub fn sort(plan: &Plan, warnings: &mut Vec<Warning>) {
    let ranks: HashMap<PersonId, usize> =
        plan.people.iter().enumerate().map(|(rank, person)| (person.id, rank)).collect();
    // The keys are computed once per warning rather than at every comparison.
    let keys: Vec<_> = warnings
        .iter()
        .map(|w| {
            let person = w.person.and_then(|id| ranks.get(&id).copied()).unwrap_or(usize::MAX);
            (std::cmp::Reverse(w.severity), w.kind.rank(), w.week, person)
        })
        .collect();
    let mut order: Vec<usize> = (0..warnings.len()).collect();
    order::sort_by(&mut order, |&a, &b| {
        keys[a].cmp(&keys[b]).then_with(|| warnings[a].commitments.cmp(&warnings[b].commitments))
    });
    let mut slots: Vec<Option<Warning>> = warnings.drain(..).map(Some).collect();
    warnings.extend(order.into_iter().filter_map(|index| slots[index].take()));
}

/// For each person of the projection (same order), the indices in the plan of the
/// commitments they carry that count as load.
fn load_by_person(plan: &Plan, projection: &Projection) -> Vec<Vec<usize>> {
    let slots: HashMap<PersonId, usize> =
        projection.people.iter().enumerate().map(|(slot, person)| (person.person, slot)).collect();
    let mut owned = vec![Vec::new(); projection.people.len()];
    for (index, commitment) in plan.commitments.iter().enumerate() {
        if commitment.status.counts_as_load() {
            if let Some(slot) = slots.get(&commitment.owner) {
                owned[*slot].push(index);
            }
        }
    }
    owned
}

fn overload(plan: &Plan, projection: &Projection, owned: &[Vec<usize>], found: &mut Vec<Warning>) {
    let thresholds = &plan.settings.thresholds;
    for (person, mine) in projection.people.iter().zip(owned) {
        for (week, load) in person.weeks.iter().enumerate() {
            let level = load.level(thresholds);
            let severity = match level {
                LoadLevel::Ok => continue,
                LoadLevel::Full => Severity::Info,
                LoadLevel::Over => Severity::Warning,
                LoadLevel::Critical => Severity::Critical,
            };
            let mut involved: Vec<(f64, CommitmentId)> = mine
                .iter()
                .map(|index| (projection.allocation(*index, week), plan.commitments[*index].id))
                .filter(|(hours, _)| *hours > 0.0)
                .collect();
            let heaviest = |a: &(f64, CommitmentId), b: &(f64, CommitmentId)| {
                b.0.total_cmp(&a.0).then(a.1.cmp(&b.1))
            };
            let others = involved.len().saturating_sub(OVERLOAD_NAMED);
            order::sort_by(&mut involved, heaviest);
            involved.truncate(OVERLOAD_NAMED);
            found.push(Warning {
                kind: WarningKind::Overload {
                    level,
                    load: load.load,
                    capacity: load.capacity,
                    percent: load.percent(),
                    others,
                },
                severity,
                person: Some(person.person),
                week: Some(projection.calendar.week_start(week as i64)),
                commitments: involved.into_iter().map(|(_, id)| id).collect(),
            });
        }
    }
}

/// Hours by which demand may exceed supply and still count as met: both are sums of
/// shares, and a deadline met to the last 0.000000001 h is met.
pub const DEADLINE_TOLERANCE_HOURS: f64 = 1e-9;

/// The earliest-deadline-first check, exact for one person working alone: for each due
/// date, the remaining work due by then against the capacity left until then (less
/// recurring work). If deadline order cannot meet them, no order can.
pub fn deadlines(
    plan: &Plan,
    projection: &Projection,
    owned: &[Vec<usize>],
    found: &mut Vec<Warning>,
) {
    for (person, indices) in projection.people.iter().zip(owned) {
        deadlines_of(plan, projection, person, indices, found);
    }
}

fn deadlines_of(
    plan: &Plan,
    projection: &Projection,
    load: &PersonLoad,
    indices: &[usize],
    found: &mut Vec<Warning>,
) {
    let calendar = &projection.calendar;
    let check = DeadlineCheck::new(
        indices.iter().map(|index| &plan.commitments[*index]),
        &load.calendar,
        calendar.today,
        projection.calibration.factor,
    );
    for (point, at_risk) in check.shortfalls(&load.calendar, calendar) {
        let hard = at_risk.iter().any(|(due, _, _)| due.kind == DueKind::Hard);
        found.push(Warning {
            kind: WarningKind::DeadlineAtRisk {
                due: point.date,
                demand: point.demand,
                supply: point.supply,
                short_by: point.demand - point.supply,
            },
            severity: if hard { Severity::Critical } else { Severity::Warning },
            person: Some(load.person),
            week: Some(calendar.week_start(calendar.week_of(point.date))),
            commitments: at_risk.iter().map(|(_, id, _)| *id).collect(),
        });
    }
}

/// One person's deadline check (SPEC 2.3), ready to be asked at any date: their
/// remaining one-offs with a due date, in deadline order, and their recurring work.
/// The warnings ask it at each due date; the what-if asks it before and after a
/// request, at the dates that request could be due.
#[derive(Clone, Debug, PartialEq)]
pub struct DeadlineCheck {
    /// `(due, id, remaining hours times calibration)`, by date then id. Work with
    /// nothing left to do cannot be late and is not here.
    pub due: Vec<(Due, CommitmentId, f64)>,
    today: NaiveDate,
    /// `(day, change of the daily rate)` of recurring work, by day.
    recurring: Vec<(NaiveDate, f64)>,
}

/// The deadline check at one date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DuePoint {
    pub date: NaiveDate,
    /// Hours of work due on or before `date` (overdue work included).
    pub demand: f64,
    /// Hours available from today to `date`, less recurring work.
    pub supply: f64,
    /// How many entries of [`DeadlineCheck::due`] are due on or before `date`.
    pub due: usize,
}

impl DuePoint {
    /// Whether the work due by then cannot all be done in time.
    pub fn is_short(&self) -> bool {
        self.demand > self.supply + DEADLINE_TOLERANCE_HOURS
    }

    /// Hours short by `date` (0 when the work fits).
    pub fn short_by(&self) -> f64 {
        if self.is_short() {
            self.demand - self.supply
        } else {
            0.0
        }
    }
}

impl DeadlineCheck {
    /// The check of the commitments one person carries (those that count as load),
    /// with remaining one-off hours multiplied by `factor`.
    pub fn new<'a>(
        commitments: impl IntoIterator<Item = &'a Commitment>,
        person: &PersonCalendar,
        today: NaiveDate,
        factor: f64,
    ) -> Self {
        let per_day = 1.0 / person.working_days_per_week().max(1) as f64;
        let mut due = Vec::new();
        let mut recurring = Vec::new();
        for c in commitments {
            match (&c.effort, c.due) {
                (Effort::OneOff { .. }, Some(date)) => {
                    let hours = c.remaining_hours().unwrap_or(0.0) * factor;
                    if hours > 0.0 {
                        due.push((date, c.id, hours));
                    }
                }
                (Effort::Recurring { hours_per_week, until }, _) => {
                    let from = c.start.unwrap_or(today).max(today);
                    if until.is_some_and(|until| until < from) {
                        continue;
                    }
                    let rate = hours_per_week.get() * per_day;
                    recurring.push((from, rate));
                    if let Some(until) = until {
                        recurring.push((*until + Duration::days(1), -rate));
                    }
                }
                _ => {}
            }
        }
        order::sort_by(&mut due, |a: &(Due, CommitmentId, f64), b| {
            a.0.date.cmp(&b.0.date).then(a.1.cmp(&b.1))
        });
        order::sort_by_key(&mut recurring, |change| change.0);
        DeadlineCheck { due, today, recurring }
    }

    /// How many entries of `due` are overdue (due before today).
    pub fn overdue(&self) -> usize {
        self.due.partition_point(|(due, _, _)| due.date < self.today)
    }

    /// The distinct due dates from today on, in order.
    pub fn dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        let mut last = None;
        self.due[self.overdue()..].iter().map(|(due, _, _)| due.date).filter(move |date| {
            let new = last != Some(*date);
            last = Some(*date);
            new
        })
    }

    /// Each due date where the work due by then cannot all be done, with the work due
    /// by then that no earlier date covers. A date covers the work due by it when the
    /// check passes there (done in deadline order, all of it is done in time, whatever
    /// comes later) or when it was reported already. Overdue work is reported as
    /// Overdue, not at risk, but it still comes first in deadline order: its hours are
    /// owed before any later due date. What is covered is always a prefix.
    pub fn shortfalls<'a>(
        &'a self,
        person: &'a PersonCalendar,
        calendar: &'a Calendar,
    ) -> impl Iterator<Item = (DuePoint, &'a [(Due, CommitmentId, f64)])> + 'a {
        let mut covered = self.overdue();
        let mut walk = self.walk(person, calendar);
        self.dates().filter_map(move |date| {
            let point = walk.at(date);
            if !point.is_short() {
                covered = point.due;
                return None;
            }
            if covered == point.due {
                return None;
            }
            let at_risk = &self.due[covered..point.due];
            covered = point.due;
            Some((point, at_risk))
        })
    }

    /// The commitments the check puts at risk.
    pub fn at_risk<'a>(
        &'a self,
        person: &'a PersonCalendar,
        calendar: &'a Calendar,
    ) -> impl Iterator<Item = CommitmentId> + 'a {
        self.shortfalls(person, calendar).flat_map(|(_, work)| work.iter().map(|(_, id, _)| *id))
    }

    /// Asks the check at dates in increasing order, each in time proportional to
    /// what lies between it and the previous one.
    pub fn walk<'a>(
        &'a self,
        person: &'a PersonCalendar,
        calendar: &'a Calendar,
    ) -> DeadlineWalk<'a> {
        DeadlineWalk {
            check: self,
            person,
            calendar,
            next_due: 0,
            demand: 0.0,
            recurring: RecurringLoad {
                changes: &self.recurring,
                next: 0,
                done: 0.0,
                from: self.today,
                rate: 0.0,
            },
        }
    }
}

/// A [`DeadlineCheck`] asked at dates in increasing order.
pub struct DeadlineWalk<'a> {
    check: &'a DeadlineCheck,
    person: &'a PersonCalendar,
    calendar: &'a Calendar,
    next_due: usize,
    demand: f64,
    recurring: RecurringLoad<'a>,
}

impl DeadlineWalk<'_> {
    /// Demand and supply by `date`, which must not be before the date asked last.
    pub fn at(&mut self, date: NaiveDate) -> DuePoint {
        let due = &self.check.due;
        while self.next_due < due.len() && due[self.next_due].0.date <= date {
            self.demand += due[self.next_due].2;
            self.next_due += 1;
        }
        let capacity = self.person.capacity_between(self.calendar, self.check.today, date);
        let supply = capacity - self.recurring.until(self.person, date);
        DuePoint { date, demand: self.demand, supply, due: self.next_due }
    }
}

/// Recurring hours from today to a date, for dates asked in increasing order: the
/// daily rate changes only where a recurring commitment starts or ends, so the total
/// is walked forward from one change to the next.
struct RecurringLoad<'a> {
    /// (day, change of the daily rate), sorted by day.
    changes: &'a [(NaiveDate, f64)],
    next: usize,
    /// Hours from today up to the day before `from`.
    done: f64,
    from: NaiveDate,
    rate: f64,
}

impl RecurringLoad<'_> {
    /// Recurring hours on open days from today to `date`, inclusive.
    fn until(&mut self, calendar: &PersonCalendar, date: NaiveDate) -> f64 {
        while let Some(&(day, change)) = self.changes.get(self.next) {
            if day > date {
                break;
            }
            if day > self.from {
                self.done +=
                    self.rate * calendar.open_days(self.from, day - Duration::days(1)) as f64;
                self.from = day;
            }
            self.rate += change;
            self.next += 1;
        }
        self.done + self.rate * calendar.open_days(self.from, date) as f64
    }
}

/// Overdue, treading water, waiting too long and no estimate: one commitment each.
fn per_commitment(plan: &Plan, projection: &Projection, found: &mut Vec<Warning>) {
    let today = projection.calendar.today;
    let stale_weeks = plan.settings.stale_weeks;
    let nudge_days = plan.settings.waiting_nudge_days;
    for commitment in &plan.commitments {
        let one = |kind, severity| Warning {
            kind,
            severity,
            person: Some(commitment.owner),
            week: None,
            commitments: vec![commitment.id],
        };
        if let Some(due) = commitment.due {
            if due.date < today && !commitment.status.is_closed() {
                let days_overdue = (today - due.date).num_days();
                found.push(one(
                    WarningKind::Overdue { due: due.date, days_overdue },
                    Severity::Warning,
                ));
            }
        }
        match (&commitment.status, &commitment.effort) {
            (Status::Active, Effort::OneOff { .. }) => {
                let since =
                    commitment.progress.iter().map(|entry| entry.date).max().unwrap_or_else(|| {
                        let created = commitment.created_at.date_naive();
                        commitment.start.map_or(created, |start| start.max(created))
                    });
                let days = (today - since).num_days();
                if days >= i64::from(stale_weeks) * 7 {
                    found.push(one(
                        WarningKind::TreadingWater { since, days, stale_weeks },
                        Severity::Warning,
                    ));
                }
            }
            (Status::Waiting(waiting), _) => {
                let since = waiting.last_follow_up.unwrap_or(waiting.since).max(waiting.since);
                let days = (today - since).num_days();
                if days >= i64::from(nudge_days) {
                    found.push(one(
                        WarningKind::WaitingTooLong { since, days, nudge_days },
                        Severity::Info,
                    ));
                }
            }
            _ => {}
        }
        if commitment.effort == Effort::Unestimated
            && matches!(commitment.status, Status::Active | Status::Proposed)
        {
            found.push(one(WarningKind::NoEstimate, Severity::Info));
        }
    }
}

/// My active one-offs against the WIP limit.
fn work_in_progress(plan: &Plan, projection: &Projection, found: &mut Vec<Warning>) {
    let Some(me) = plan.me() else {
        return;
    };
    let today = projection.calendar.today;
    let limit = plan.settings.wip_limit;
    let mut active: Vec<usize> = plan
        .commitments
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.owner == me.id
                && c.status == Status::Active
                && matches!(c.effort, Effort::OneOff { .. })
        })
        .map(|(index, _)| index)
        .collect();
    order::sort_by(&mut active, |a, b| by_title(plan, *a, *b));
    let active: Vec<CommitmentId> =
        active.into_iter().map(|index| plan.commitments[index].id).collect();
    if active.len() <= limit as usize {
        return;
    }
    let window_start = today - Duration::weeks(THROUGHPUT_WEEKS);
    let done = plan
        .commitments
        .iter()
        .filter(|c| c.owner == me.id && matches!(c.effort, Effort::OneOff { .. }))
        .filter(|c| matches!(c.status, Status::Done { on } if on >= window_start && on < today))
        .count();
    let done_per_week = (done > 0).then(|| done as f64 / THROUGHPUT_WEEKS as f64);
    found.push(Warning {
        kind: WarningKind::TooMuchWip {
            active: active.len(),
            limit,
            done_per_week,
            wait_weeks: done_per_week.map(|rate| active.len() as f64 / rate),
        },
        severity: Severity::Warning,
        person: Some(me.id),
        week: None,
        commitments: active,
    });
}

fn big_rocks(plan: &Plan, projection: &Projection, found: &mut Vec<Warning>) {
    let week = projection.calendar.week0;
    let rocks = plan.big_rocks_of(week);
    if rocks.len() > BIG_ROCKS_LIMIT {
        found.push(Warning {
            kind: WarningKind::TooManyBigRocks { chosen: rocks.len(), limit: BIG_ROCKS_LIMIT },
            severity: Severity::Info,
            person: plan.me().map(|me| me.id),
            week: Some(week),
            commitments: rocks.to_vec(),
        });
    }
}

/// No review in the last seven days, once the plan has been in use for a week (its
/// first use is its oldest commitment or review).
fn review_due(plan: &Plan, projection: &Projection, found: &mut Vec<Warning>) {
    let today = projection.calendar.today;
    let last = plan.last_review();
    let first_use = plan.commitments.iter().map(|c| c.created_at.date_naive()).chain(last).min();
    let Some(first_use) = first_use else {
        return;
    };
    if (today - first_use).num_days() < REVIEW_INTERVAL_DAYS {
        return;
    }
    let days = (today - last.unwrap_or(first_use)).num_days();
    if days >= REVIEW_INTERVAL_DAYS {
        found.push(Warning {
            kind: WarningKind::ReviewDue { last, days },
            severity: Severity::Info,
            person: plan.me().map(|me| me.id),
            week: None,
            commitments: Vec::new(),
        });
    }
}

fn inbox(plan: &Plan, projection: &Projection, found: &mut Vec<Warning>) {
    let today = projection.calendar.today;
    let mut old: Vec<usize> = plan
        .commitments
        .iter()
        .enumerate()
        .filter(|(_, c)| c.status == Status::Proposed)
        .filter(|(_, c)| (today - c.created_at.date_naive()).num_days() > INBOX_AGE_DAYS)
        .map(|(index, _)| index)
        .collect();
    order::sort_by(&mut old, |a, b| by_title(plan, *a, *b));
    let old: Vec<CommitmentId> = old.into_iter().map(|index| plan.commitments[index].id).collect();
    if old.len() > INBOX_LIMIT {
        found.push(Warning {
            kind: WarningKind::InboxPiling {
                count: old.len(),
                older_than_days: INBOX_AGE_DAYS,
                limit: INBOX_LIMIT,
            },
            severity: Severity::Info,
            person: plan.me().map(|me| me.id),
            week: None,
            commitments: old,
        });
    }
}

/// Orders commitments (by index in the plan) by title, then id, so that lists do not
/// depend on the order of the plan.
fn by_title(plan: &Plan, a: usize, b: usize) -> std::cmp::Ordering {
    let (a, b) = (&plan.commitments[a], &plan.commitments[b]);
    a.title.as_str().cmp(b.title.as_str()).then(a.id.cmp(&b.id))
}
