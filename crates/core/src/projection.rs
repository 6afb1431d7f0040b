//! Capacity and load, per person and week (SPEC 2.2).

use std::collections::HashMap;

use chrono::{NaiveDate, Weekday};

use crate::calendar::{Calendar, PersonCalendar};
use crate::calibration::{self, CalibrationInEffect};
use crate::commitment::{Commitment, Effort};
use crate::ids::PersonId;
use crate::plan::Plan;
use crate::settings::Thresholds;

/// How far ratios may miss a threshold and still count as on it, in percent: loads are
/// sums of shares, and 100.000000001 % is "at capacity", not "over".
pub const TOLERANCE_PERCENT: f64 = 1e-6;

/// How loaded a week is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LoadLevel {
    Ok,
    /// At or above the Full threshold (85 %).
    Full,
    /// Above the Over threshold (100 %).
    Over,
    /// Above the Critical threshold (125 %), or load with no capacity.
    Critical,
}

impl LoadLevel {
    pub const ALL: [LoadLevel; 4] =
        [LoadLevel::Ok, LoadLevel::Full, LoadLevel::Over, LoadLevel::Critical];

    /// A stable name, for data attributes and classes.
    pub fn as_str(self) -> &'static str {
        match self {
            LoadLevel::Ok => "ok",
            LoadLevel::Full => "full",
            LoadLevel::Over => "over",
            LoadLevel::Critical => "critical",
        }
    }

    pub fn parse(text: &str) -> Option<LoadLevel> {
        LoadLevel::ALL.into_iter().find(|level| level.as_str() == text)
    }
}

/// One person's capacity and load in one week.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeekLoad {
    pub capacity: f64,
    pub load: f64,
}

impl WeekLoad {
    /// Load over capacity, in percent; `None` when there is no capacity.
    pub fn percent(&self) -> Option<f64> {
        (self.capacity > 0.0).then(|| self.load / self.capacity * 100.0)
    }

    pub fn level(&self, thresholds: &Thresholds) -> LoadLevel {
        match self.percent() {
            None if self.load > 1e-9 => LoadLevel::Critical,
            None => LoadLevel::Ok,
            Some(percent) if percent > thresholds.critical_percent + TOLERANCE_PERCENT => {
                LoadLevel::Critical
            }
            Some(percent) if percent > thresholds.over_percent + TOLERANCE_PERCENT => {
                LoadLevel::Over
            }
            Some(percent) if percent >= thresholds.full_percent - TOLERANCE_PERCENT => {
                LoadLevel::Full
            }
            Some(_) => LoadLevel::Ok,
        }
    }

    /// Hours above capacity (0 when within it).
    pub fn excess(&self) -> f64 {
        (self.load - self.capacity).max(0.0)
    }
}

/// A person who carries work, week by week.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonLoad {
    pub person: PersonId,
    /// Index of the person in `plan.people`.
    pub index: usize,
    pub weeks: Vec<WeekLoad>,
    pub calendar: PersonCalendar,
}

/// One week of one person as every view shows it: when it starts, the hours planned
/// and available, the load in percent of capacity (100 is at capacity; `None` without
/// capacity) and its level against the user's thresholds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeekFigure {
    /// The first day of the week.
    pub start: NaiveDate,
    pub load: f64,
    pub capacity: f64,
    pub percent: Option<f64>,
    pub level: LoadLevel,
}

/// Capacity and load of everyone who carries work, over the horizon.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    pub calendar: Calendar,
    pub calibration: CalibrationInEffect,
    /// The thresholds the plan's weeks are judged by, so that every level read from
    /// the projection is the one the warnings gave.
    pub thresholds: Thresholds,
    /// In plan order; only people with a weekly capacity.
    pub people: Vec<PersonLoad>,
    /// `allocations[c * horizon + w]`: hours commitment `c` (plan order) puts in week `w`.
    allocations: Vec<f64>,
}

impl Projection {
    /// Projects the plan from `today`.
    pub fn compute(plan: &Plan, today: NaiveDate) -> Projection {
        let week_start: Weekday = plan.settings.week_start.into();
        let calendar = Calendar::new(today, week_start, plan.settings.horizon_weeks);
        let calibration = calibration::in_effect(plan);
        let horizon = calendar.horizon as usize;
        let mut people: Vec<PersonLoad> = plan
            .people
            .iter()
            .enumerate()
            .filter(|(_, person)| person.carries_work())
            .map(|(index, person)| {
                let person_calendar = PersonCalendar::new(person, &calendar);
                let weeks = (0..horizon as i64)
                    .map(|week| WeekLoad {
                        capacity: person_calendar.capacity_of_week(&calendar, week),
                        load: 0.0,
                    })
                    .collect();
                PersonLoad { person: person.id, index, weeks, calendar: person_calendar }
            })
            .collect();
        let slots: HashMap<PersonId, usize> =
            people.iter().enumerate().map(|(slot, person)| (person.person, slot)).collect();
        let mut allocations = vec![0.0; plan.commitments.len() * horizon];
        for (index, commitment) in plan.commitments.iter().enumerate() {
            if !commitment.status.counts_as_load() {
                continue;
            }
            let Some(owner) = slots.get(&commitment.owner).map(|slot| &mut people[*slot]) else {
                continue;
            };
            let row = &mut allocations[index * horizon..(index + 1) * horizon];
            allocate(
                commitment,
                &owner.calendar,
                &calendar,
                calibration.factor,
                Some(horizon as i64),
                &mut |week, hours| {
                    let week = week as usize;
                    row[week] += hours;
                    owner.weeks[week].load += hours;
                },
            );
        }
        Projection {
            calendar,
            calibration,
            thresholds: plan.settings.thresholds,
            people,
            allocations,
        }
    }

    pub fn horizon(&self) -> usize {
        self.calendar.horizon as usize
    }

    /// The first day of each week of the horizon.
    pub fn weeks(&self) -> Vec<NaiveDate> {
        self.calendar.weeks()
    }

    pub fn person(&self, id: PersonId) -> Option<&PersonLoad> {
        self.people.iter().find(|person| person.person == id)
    }

    /// The level of a week against the plan's thresholds.
    pub fn level(&self, week: &WeekLoad) -> LoadLevel {
        week.level(&self.thresholds)
    }

    /// A person's weeks over the horizon, each with its start, figures and level: the
    /// Today gauge and chart, the review's look ahead, the heatmap and the person's
    /// page all read these. Empty for someone who carries no work.
    pub fn week_figures(&self, person: PersonId) -> Vec<WeekFigure> {
        let Some(load) = self.person(person) else {
            return Vec::new();
        };
        load.weeks
            .iter()
            .enumerate()
            .map(|(index, week)| WeekFigure {
                start: self.calendar.week_start(index as i64),
                load: week.load,
                capacity: week.capacity,
                percent: week.percent(),
                level: self.level(week),
            })
            .collect()
    }

    /// Hours the commitment at `index` in the plan puts in week `week` of the horizon.
    pub fn allocation(&self, index: usize, week: usize) -> f64 {
        self.allocations.get(index * self.horizon() + week).copied().unwrap_or(0.0)
    }

    /// The row of weekly allocations of the commitment at `index` in the plan.
    pub fn allocations_of(&self, index: usize) -> &[f64] {
        let horizon = self.horizon();
        self.allocations.get(index * horizon..(index + 1) * horizon).unwrap_or(&[])
    }
}

/// Spreads one commitment's hours over its owner's weeks, calling `emit(week, hours)`
/// for each week with a share (week 0 is the week of today). With `limit`, only weeks
/// before it are emitted; without, a one-off's shares are all emitted and add up to
/// its remaining hours times `factor`. Recurring work always stops at the horizon.
///
/// - Recurring: `hours_per_week` times the share of the week's working days that are
///   open and inside `[max(start, today), until]`.
/// - One-off: `remaining * factor` spread evenly over the open days from
///   `max(start, today)` to the due date; overdue work all in week 0; no due date,
///   over the four weeks from the start; no open day left, all on the due date's week.
pub fn allocate(
    commitment: &Commitment,
    person: &PersonCalendar,
    calendar: &Calendar,
    factor: f64,
    limit: Option<i64>,
    emit: &mut impl FnMut(i64, f64),
) {
    let today = calendar.today;
    let from = commitment.start.map_or(today, |start| start.max(today));
    match commitment.effort {
        Effort::Unestimated => {}
        Effort::Recurring { hours_per_week, until } => {
            let per_day = match person.working_days_per_week() {
                0 => return,
                days => hours_per_week.get() / days as f64,
            };
            let horizon = i64::from(calendar.horizon);
            let last = limit.unwrap_or(horizon).min(horizon);
            let first = calendar.week_of(from).max(0);
            let last = match until {
                Some(until) if until < from => return,
                Some(until) => last.min(calendar.week_of(until) + 1),
                None => last,
            };
            for week in first..last {
                let start = calendar.week_start(week);
                let end = calendar.week_end(week);
                let open = if from <= start && until.is_none_or(|until| until >= end) {
                    person.open_days_of_week(calendar, week)
                } else {
                    person.open_days(from.max(start), until.map_or(end, |until| until.min(end)))
                };
                if open > 0 {
                    emit(week, per_day * open as f64);
                }
            }
        }
        Effort::OneOff { .. } => {
            let remaining = commitment.remaining_hours().unwrap_or(0.0) * factor;
            if remaining <= 0.0 {
                return;
            }
            let within = |week: i64| limit.is_none_or(|limit| week < limit);
            let (to, fallback) = match commitment.due {
                Some(due) if due.date < today => {
                    if within(0) {
                        emit(0, remaining);
                    }
                    return;
                }
                Some(due) => (due.date, calendar.week_of(due.date)),
                None => (calendar.week_end(calendar.week_of(from) + 3), calendar.week_of(from)),
            };
            let total = person.open_days(from, to);
            if total == 0 {
                if within(fallback) {
                    emit(fallback, remaining);
                }
                return;
            }
            let first = calendar.week_of(from);
            let last = calendar.week_of(to);
            let last = limit.map_or(last, |limit| last.min(limit - 1));
            let per_day = remaining / total as f64;
            for week in first..=last {
                let start = calendar.week_start(week);
                let end = calendar.week_end(week);
                let open = if from <= start.max(today) && to >= end {
                    person.open_days_of_week(calendar, week)
                } else {
                    person.open_days(from.max(start), to.min(end))
                };
                if open > 0 {
                    emit(week, per_day * open as f64);
                }
            }
        }
    }
}
