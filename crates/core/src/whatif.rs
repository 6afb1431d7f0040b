//! "Can I say yes?" (SPEC 2.4): the plan as if a request were accepted, compared with
//! the plan as it is, in hours rather than levels. A week that is already over
//! capacity stays Over when it gets two more hours, and those two hours still do not
//! fit; so the verdict looks at every person-week the request adds hours to and at
//! every deadline whose shortfall it creates or grows. With the verdict come its
//! figures, the room that would make it fit and the earliest date at which it would.

use std::collections::HashSet;

use chrono::{Duration, NaiveDate};

use crate::assessment::Assessment;
use crate::calendar::{Calendar, PersonCalendar};
use crate::command::Command;
use crate::commitment::{Commitment, Due, DueKind, Effort, Status};
use crate::focus::ScoreContext;
use crate::ids::{CommitmentId, PersonId};
use crate::order;
use crate::plan::Plan;
use crate::projection::{allocate, LoadLevel, PersonLoad, Projection, WeekLoad};
use crate::relief::{relief_for, ReliefGoal, ReliefPlan};
use crate::settings::Thresholds;
use crate::warnings::{
    warnings, DeadlineCheck, DuePoint, Warning, WarningKind, DEADLINE_TOLERANCE_HOURS,
};

/// Hours a week's load may grow by and still count as unchanged: loads are sums of
/// shares, and summing them in another order moves the last digits.
pub const LOAD_TOLERANCE_HOURS: f64 = 1e-9;

/// Whether a request fits. Ordered: `DoesNotFit` is the greatest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// Every week it adds hours to stays under Full, and no deadline gets further out
    /// of reach.
    Fits,
    /// Some week it adds hours to ends Full (up to the Over threshold), none above.
    Tight,
    /// Some week it adds hours to ends above the Over threshold (or has no capacity),
    /// or some deadline's shortfall appears or grows.
    DoesNotFit,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [Verdict::Fits, Verdict::Tight, Verdict::DoesNotFit];

    /// A stable name, for data attributes and classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Fits => "fits",
            Verdict::Tight => "tight",
            Verdict::DoesNotFit => "does-not-fit",
        }
    }

    pub fn parse(text: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|verdict| verdict.as_str() == text)
    }

    /// What a week that gets more hours says, from its level once they are in.
    pub fn of_level(level: LoadLevel) -> Verdict {
        match level {
            LoadLevel::Ok => Verdict::Fits,
            LoadLevel::Full => Verdict::Tight,
            LoadLevel::Over | LoadLevel::Critical => Verdict::DoesNotFit,
        }
    }
}

/// One person-week the request adds hours to.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekChange {
    pub person: PersonId,
    /// The first day of the week.
    pub week: NaiveDate,
    /// Load and capacity as the plan stands, and with the request accepted (the
    /// capacity is the same: a request adds work, not time).
    pub before: WeekLoad,
    pub after: WeekLoad,
    /// Load in percent of capacity (100 is at capacity); `None` for a week without
    /// capacity.
    pub percent_before: Option<f64>,
    pub percent_after: Option<f64>,
    pub level_before: LoadLevel,
    pub level_after: LoadLevel,
    /// What this week alone says: [`Verdict::of_level`] of `level_after`.
    pub verdict: Verdict,
}

/// A due date by which someone would be short of hours, or shorter, with the request.
#[derive(Clone, Debug, PartialEq)]
pub struct DeadlineChange {
    pub person: PersonId,
    pub due: NaiveDate,
    /// Whether one of `commitments` has a hard due date.
    pub hard: bool,
    /// Hours short by `due` as the plan stands (0 when the work fits) and with the
    /// request accepted.
    pub short_before: f64,
    pub short_after: f64,
    /// With the request: hours of work due by then, and hours available until then
    /// (capacity from today less recurring work). `short_after = demand - supply`.
    pub demand: f64,
    pub supply: f64,
    /// The work at risk by that date, as the deadline warning would name it (the
    /// request among it when it is due by then), in deadline order.
    pub commitments: Vec<CommitmentId>,
}

/// The earliest schedule at which the request would fit, when it does not as asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CounterOffer {
    /// A one-off: "Yes, by `due`". `start` is set when the work must also begin later
    /// than asked (on that day, the first day of a week), so that it keeps out of weeks
    /// that are already full; `None` keeps the requested start.
    Due { due: Due, start: Option<NaiveDate> },
    /// Recurring work: "Yes, from `0`" (the first day of a week).
    Start(NaiveDate),
}

impl CounterOffer {
    /// The request's start and due date as counter-offered.
    pub fn schedule(&self, request: &Commitment) -> (Option<NaiveDate>, Option<Due>) {
        match *self {
            CounterOffer::Due { due, start } => (start.or(request.start), Some(due)),
            CounterOffer::Start(start) => (Some(start), request.due),
        }
    }

    /// The request with the counter-offered dates (its status unchanged).
    pub fn applied(&self, request: &Commitment) -> Commitment {
        let mut applied = request.clone();
        (applied.start, applied.due) = self.schedule(request);
        applied
    }

    /// Accepts a request of the plan on the counter-offered dates: rescheduled, then
    /// Active.
    pub fn accept(&self, request: &Commitment, at: chrono::DateTime<chrono::Utc>) -> [Command; 2] {
        let (start, due) = self.schedule(request);
        [
            Command::Reschedule { id: request.id, start, due, at },
            Command::SetStatus { id: request.id, status: Status::Active, at },
        ]
    }
}

/// The answer, with everything it is based on, for the app to word.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatIf {
    pub verdict: Verdict,
    /// Every person-week the request adds hours to, worst first: by level after, then
    /// percent after (no capacity first), then week, then person (plan order). The
    /// first is the week that decides the verdict on load, and the one to name when
    /// there is room for only one.
    pub weeks: Vec<WeekChange>,
    /// Every deadline whose shortfall the request creates or grows, earliest first
    /// (then person, plan order). Any one makes the verdict `DoesNotFit`.
    pub deadlines: Vec<DeadlineChange>,
    /// Warnings that accepting would add, of every kind (only load and deadlines
    /// decide the verdict).
    pub new_warnings: Vec<Warning>,
    /// When Tight or DoesNotFit: what would bring the owner's weeks that the request
    /// fills under Full, never touching the request. `None` when it fits, or when
    /// only a deadline stands in the way.
    pub relief: Option<ReliefPlan>,
    /// When Tight or DoesNotFit: the earliest date within the horizon at which it
    /// would fit; `None` when it fits, or when no date within the horizon does.
    pub counter_offer: Option<CounterOffer>,
}

/// Assesses `request` as if it were Active (replacing the commitment with the same id,
/// if the plan has one).
pub fn what_if(plan: &Plan, today: NaiveDate, request: &Commitment) -> WhatIf {
    let before = Projection::compute(plan, today);
    let before_warnings = warnings(plan, &before);
    weigh(plan, &before, &before_warnings, request)
}

/// [`what_if`] against the assessment of `plan` that the caller already holds (it must
/// be `assess(plan, today)` of this very plan), which spares computing it again: about
/// a third of the time on a large plan, on every keystroke.
pub fn what_if_assessed(plan: &Plan, assessment: &Assessment, request: &Commitment) -> WhatIf {
    weigh(plan, &assessment.projection, &assessment.warnings, request)
}

fn weigh(
    plan: &Plan,
    before: &Projection,
    before_warnings: &[Warning],
    request: &Commitment,
) -> WhatIf {
    let today = before.calendar.today;
    let mut accepted = plan.clone();
    let mut active = request.clone();
    active.status = Status::Active;
    let replaced = match accepted.commitments.iter_mut().find(|c| c.id == request.id) {
        Some(existing) => Some(std::mem::replace(existing, active)),
        None => {
            accepted.commitments.push(active);
            None
        }
    };
    let after = Projection::compute(&accepted, today);
    let after_warnings = warnings(&accepted, &after);

    let weeks = week_changes(plan, before, &after);
    // Only the people whose work changes can have a deadline change: the owner, and
    // whoever carried the commitment the request replaces.
    let mut touched = vec![request.owner];
    if let Some(old) = replaced.filter(|old| old.status.counts_as_load()) {
        if old.owner != request.owner {
            touched.push(old.owner);
        }
    }
    order::sort_by_key(&mut touched, |id| plan.people.iter().position(|p| p.id == *id));
    let mut deadlines: Vec<DeadlineChange> = touched
        .iter()
        .filter_map(|id| Some((before.person(*id)?, after.person(*id)?)))
        .flat_map(|(old, new)| deadline_changes(plan, before, old, &accepted, &after, new))
        .collect();
    // Earliest first; people stay in plan order within a day (the sort is stable).
    order::sort_by_key(&mut deadlines, |change| change.due);

    let verdict = weeks
        .iter()
        .map(|week| week.verdict)
        .chain(deadlines.iter().map(|_| Verdict::DoesNotFit))
        .max()
        .unwrap_or(Verdict::Fits);
    let said: HashSet<Said> = before_warnings.iter().map(Said::of).collect();
    let new_warnings: Vec<Warning> =
        after_warnings.iter().filter(|w| !said.contains(&Said::of(w))).cloned().collect();
    let (relief, counter_offer) = if verdict == Verdict::Fits {
        (None, None)
    } else {
        let scores = ScoreContext::new(&accepted, &after, &after_warnings);
        let mut filled: Vec<usize> = weeks
            .iter()
            .filter(|w| w.person == request.owner && w.level_after >= LoadLevel::Full)
            .map(|w| after.calendar.week_of(w.week) as usize)
            .collect();
        order::sort(&mut filled);
        let relief = relief_for(
            &accepted,
            &after,
            &scores,
            request.owner,
            &filled,
            ReliefGoal::BelowFull,
            Some(request.id),
        );
        (relief, counter_offer(plan, before, request))
    };
    WhatIf { verdict, weeks, deadlines, new_warnings, relief, counter_offer }
}

/// Every person-week whose load grows, worst first.
fn week_changes(plan: &Plan, before: &Projection, after: &Projection) -> Vec<WeekChange> {
    let thresholds = &plan.settings.thresholds;
    let mut changes: Vec<(usize, usize, WeekChange)> = Vec::new();
    for (old, new) in before.people.iter().zip(&after.people) {
        debug_assert_eq!(old.person, new.person, "the same people in the same order");
        for (index, (b, a)) in old.weeks.iter().zip(&new.weeks).enumerate() {
            if a.load <= b.load + LOAD_TOLERANCE_HOURS {
                continue;
            }
            let level_after = a.level(thresholds);
            changes.push((
                old.index,
                index,
                WeekChange {
                    person: old.person,
                    week: before.calendar.week_start(index as i64),
                    before: *b,
                    after: *a,
                    percent_before: b.percent(),
                    percent_after: a.percent(),
                    level_before: b.level(thresholds),
                    level_after,
                    verdict: Verdict::of_level(level_after),
                },
            ));
        }
    }
    let percent = |change: &WeekChange| change.percent_after.unwrap_or(f64::INFINITY);
    order::sort_by(&mut changes, |(person_a, week_a, a), (person_b, week_b, b)| {
        b.level_after
            .cmp(&a.level_after)
            .then(percent(b).total_cmp(&percent(a)))
            .then(week_a.cmp(week_b))
            .then(person_a.cmp(person_b))
    });
    changes.into_iter().map(|(_, _, change)| change).collect()
}

/// The work one person carries in a plan, as the deadline check takes it.
fn deadline_check(plan: &Plan, projection: &Projection, person: &PersonLoad) -> DeadlineCheck {
    DeadlineCheck::new(
        plan.commitments.iter().filter(|c| c.owner == person.person && c.status.counts_as_load()),
        &person.calendar,
        projection.calendar.today,
        projection.calibration.factor,
    )
}

/// One person's due dates (with the request) whose shortfall appears or grows, each
/// with the work at risk by then as the deadline warning would name it.
fn deadline_changes(
    plan: &Plan,
    before: &Projection,
    old: &PersonLoad,
    accepted: &Plan,
    after: &Projection,
    new: &PersonLoad,
) -> Vec<DeadlineChange> {
    let old_check = deadline_check(plan, before, old);
    let new_check = deadline_check(accepted, after, new);
    let mut old_walk = old_check.walk(&old.calendar, &before.calendar);
    let mut new_walk = new_check.walk(&new.calendar, &after.calendar);
    let mut covered = new_check.overdue();
    let mut changes = Vec::new();
    for date in new_check.dates() {
        let (was, will) = (old_walk.at(date), new_walk.at(date));
        let at_risk = if will.is_short() && covered < will.due {
            let group = &new_check.due[covered..will.due];
            covered = will.due;
            group
        } else {
            &[]
        };
        if will.short_by() > was.short_by() + DEADLINE_TOLERANCE_HOURS {
            changes.push(DeadlineChange {
                person: new.person,
                due: date,
                hard: at_risk.iter().any(|(due, _, _)| due.kind == DueKind::Hard),
                short_before: was.short_by(),
                short_after: will.short_by(),
                demand: will.demand,
                supply: will.supply,
                commitments: at_risk.iter().map(|(_, id, _)| *id).collect(),
            });
        }
    }
    changes
}

/// The owner's side of the plan without the request, against which each schedule the
/// counter-offer tries is weighed: the weeks and the deadline check as they stand
/// (`before`) and without any version of the request (`base`). The two differ only
/// when the request replaces work that already counts.
struct Room<'a> {
    calendar: &'a Calendar,
    person: &'a PersonCalendar,
    thresholds: &'a Thresholds,
    before: &'a [WeekLoad],
    base: Vec<WeekLoad>,
    factor: f64,
}

impl Room<'_> {
    /// Whether `probe` (Active, owned by the owner) adds hours to no week that then
    /// ends Full or above.
    fn weeks_fit(&self, probe: &Commitment) -> bool {
        let mut row = vec![0.0; self.base.len()];
        allocate(
            probe,
            self.person,
            self.calendar,
            self.factor,
            Some(self.base.len() as i64),
            &mut |week, hours| row[week as usize] += hours,
        );
        row.iter().enumerate().all(|(week, hours)| {
            let after =
                WeekLoad { capacity: self.base[week].capacity, load: self.base[week].load + hours };
            after.load <= self.before[week].load + LOAD_TOLERANCE_HOURS
                || after.level(self.thresholds) < LoadLevel::Full
        })
    }
}

/// How many hours the owner can add to the demand by a date without any deadline's
/// shortfall appearing or growing: the shortfall as the plan stands less the excess of
/// demand over supply without the request. A one-off due on `d` adds its hours to the
/// demand at `d` and at every due date after it, so it must fit under the least
/// allowance from `d` on; recurring work takes its hours out of the supply at every
/// due date after its start, each against that date's allowance.
struct Allowances {
    /// The owner's due dates from today on, without the request.
    dates: Vec<NaiveDate>,
    /// The allowance at each of `dates`, and the least from each on.
    at: Vec<f64>,
    least_from: Vec<f64>,
}

/// The allowance at one date (see [`Allowances`]).
fn allowance(before: &DuePoint, base: &DuePoint) -> f64 {
    before.short_by() - (base.demand - base.supply)
}

/// The earliest schedule at which the request would fit (see [`CounterOffer`]).
///
/// One-off work tries the due date asked for (wherever it lies, even past the horizon:
/// the best answer keeps it), then each of the owner's open days after it (or from
/// the start) to the end of the horizon, stepping by day because a due date is a day
/// one promises. For each, it starts as asked, then on the first day of each later
/// week up to the due date's (within the horizon), because the load is judged by the
/// week and a week that is already full can only be kept out of by starting after it.
/// A day off is never offered as a new due date: it adds no hour and reads badly. No
/// schedule asks for more hours a day than the owner has. Weeks past the horizon are
/// not weighed, as for the verdict itself; every deadline is.
///
/// Recurring work tries the first day of each week after the requested start: a
/// weekly duty begins with a week, and a start in mid-week differs only in its first,
/// partial week. Its end (and due date, if any) stays as asked.
///
/// Each try is weighed against the owner's weeks and deadline check computed once,
/// so the search costs a row of allocation per try rather than an assessment.
fn counter_offer(plan: &Plan, before: &Projection, request: &Commitment) -> Option<CounterOffer> {
    let owner = before.person(request.owner)?;
    let calendar = &before.calendar;
    let today = calendar.today;
    let horizon = before.horizon();
    let factor = before.calibration.factor;
    let others = || {
        plan.commitments
            .iter()
            .filter(|c| c.owner == owner.person && c.status.counts_as_load() && c.id != request.id)
    };
    // The owner's weeks without the request, summed in plan order as the projection
    // does, so that they equal `before` to the last digit when the request is new.
    let mut base: Vec<WeekLoad> =
        owner.weeks.iter().map(|w| WeekLoad { capacity: w.capacity, load: 0.0 }).collect();
    for c in others() {
        allocate(c, &owner.calendar, calendar, factor, Some(horizon as i64), &mut |week, hours| {
            base[week as usize].load += hours
        });
    }
    let room = Room {
        calendar,
        person: &owner.calendar,
        thresholds: &plan.settings.thresholds,
        before: &owner.weeks,
        base,
        factor,
    };
    let base_check = DeadlineCheck::new(others(), &owner.calendar, today, factor);
    let before_check = deadline_check(plan, before, owner);
    let allowances = {
        let dates: Vec<NaiveDate> = base_check.dates().collect();
        let mut base_walk = base_check.walk(&owner.calendar, calendar);
        let mut before_walk = before_check.walk(&owner.calendar, calendar);
        let at: Vec<f64> = dates
            .iter()
            .map(|date| allowance(&before_walk.at(*date), &base_walk.at(*date)))
            .collect();
        let mut least_from = at.clone();
        for index in (0..least_from.len().saturating_sub(1)).rev() {
            least_from[index] = least_from[index].min(least_from[index + 1]);
        }
        Allowances { dates, least_from, at }
    };
    let last_day = calendar.week_end(horizon as i64 - 1);
    let from = request.start.map_or(today, |start| start.max(today));
    let mut probe = request.clone();
    probe.status = Status::Active;
    match request.effort {
        Effort::Unestimated => None,
        Effort::OneOff { .. } => {
            let hours = request.remaining_hours().unwrap_or(0.0) * factor;
            let kind = request.due.map_or(DueKind::Soft, |due| due.kind);
            // The date asked for first (kept, with a later start), wherever it lies;
            // then each open day after it (or from the start) within the horizon.
            let asked = request.due.map(|due| due.date).filter(|date| *date >= from);
            let first_open = asked.map_or(from, |date| date + Duration::days(1));
            let open_days = std::iter::successors(Some(first_open), |day| {
                Some(*day + Duration::days(1)).filter(|day| *day <= last_day)
            })
            .filter(|day| *day <= last_day && owner.calendar.open_days(*day, *day) == 1);
            let mut base_walk = base_check.walk(&owner.calendar, calendar);
            let mut before_walk = before_check.walk(&owner.calendar, calendar);
            for date in asked.into_iter().chain(open_days) {
                let later = allowances.dates.partition_point(|d| *d < date);
                let room_left = allowances
                    .least_from
                    .get(later)
                    .copied()
                    .unwrap_or(f64::INFINITY)
                    .min(allowance(&before_walk.at(date), &base_walk.at(date)));
                if hours > room_left + DEADLINE_TOLERANCE_HOURS {
                    continue;
                }
                let due = Due { date, kind };
                let last_start = calendar.week_of(date).min(horizon as i64 - 1);
                let starts = std::iter::once(from).chain(
                    (calendar.week_of(from) + 1..=last_start).map(|week| calendar.week_start(week)),
                );
                for start in starts {
                    // A schedule one offers must be one a person can keep: never more
                    // hours a day than the owner has, whatever the weeks say.
                    let days = owner.calendar.open_days(start, date) as f64;
                    if hours > owner.calendar.hours_per_day() * days + LOAD_TOLERANCE_HOURS {
                        continue;
                    }
                    probe.start = if start == from { request.start } else { Some(start) };
                    probe.due = Some(due);
                    if room.weeks_fit(&probe) {
                        return Some(CounterOffer::Due {
                            due,
                            start: probe.start.filter(|_| start != from),
                        });
                    }
                }
            }
            None
        }
        Effort::Recurring { hours_per_week, until } => {
            let per_day =
                hours_per_week.get() / owner.calendar.working_days_per_week().max(1) as f64;
            let latest = [until, request.due.map(|due| due.date), Some(last_day)]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(last_day);
            for week in calendar.week_of(from) + 1..horizon as i64 {
                let start = calendar.week_start(week);
                if start > latest {
                    break;
                }
                let deadlines_hold =
                    allowances.dates.iter().zip(&allowances.at).all(|(date, allowance)| {
                        let end = until.map_or(*date, |until| until.min(*date));
                        let extra = per_day * owner.calendar.open_days(start, end) as f64;
                        extra <= allowance + DEADLINE_TOLERANCE_HOURS
                    });
                probe.start = Some(start);
                if deadlines_hold && room.weeks_fit(&probe) {
                    return Some(CounterOffer::Start(start));
                }
            }
            None
        }
    }
}

/// What a warning says, figures aside: two warnings with the same are the same
/// warning, before and after a request. Same kind, person and week; the same level
/// for overload (whose named commitments change with every hour); the same
/// commitments otherwise. Hashed, so that comparing thousands of warnings before and
/// after is linear.
#[derive(PartialEq, Eq, Hash)]
struct Said<'a> {
    kind: &'static str,
    person: Option<PersonId>,
    week: Option<NaiveDate>,
    level: Option<LoadLevel>,
    commitments: &'a [CommitmentId],
}

impl<'a> Said<'a> {
    fn of(warning: &'a Warning) -> Self {
        let (level, commitments) = match warning.kind {
            WarningKind::Overload { level, .. } => (Some(level), &[][..]),
            _ => (None, warning.commitments.as_slice()),
        };
        Said {
            kind: warning.kind.name(),
            person: warning.person,
            week: warning.week,
            level,
            commitments,
        }
    }
}
