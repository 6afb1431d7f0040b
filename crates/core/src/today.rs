//! Today's first screen (SPEC 3): how full this week is for me, the gauge with its
//! figures, and the hours left with the days they come from.

use chrono::{Duration, NaiveDate};

use crate::ids::PersonId;
use crate::projection::{Projection, WeekFigure};

/// Hours below this are rounding left by sums of shares, not free time or overload.
const HOURS_TOLERANCE: f64 = 1e-9;

/// This week for one person, as the Today gauge shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ThisWeek {
    /// Load, capacity, percent (0-100 scale) and level of the week of today.
    pub figure: WeekFigure,
    /// The hours left this week: what the open days from today on give. The week's
    /// capacity counts only those days, so this is `figure.capacity`, named for what
    /// the gauge says with it.
    pub hours_left: f64,
    /// The open days they come from: the person's working days from today (included)
    /// to the end of the week, less time off, in order. Empty when none is left.
    pub days: Vec<NaiveDate>,
    /// Hours left that no planned work takes (0 when full or over).
    pub free: f64,
    /// Hours planned beyond the hours left (0 when within them).
    pub over_by: f64,
}

impl ThisWeek {
    /// This week for `person`; `None` for someone who carries no work.
    pub fn of(projection: &Projection, person: PersonId) -> Option<ThisWeek> {
        let figure = projection.week_figures(person).into_iter().next()?;
        let load = projection.person(person)?;
        let calendar = &projection.calendar;
        let end = calendar.week_end(0);
        let days = (0..)
            .map(|offset| calendar.today + Duration::days(offset))
            .take_while(|day| *day <= end)
            .filter(|day| load.calendar.open_days(*day, *day) == 1)
            .collect();
        let room = figure.capacity - figure.load;
        let clean = |hours: f64| if hours > HOURS_TOLERANCE { hours } else { 0.0 };
        Some(ThisWeek {
            figure,
            hours_left: figure.capacity,
            days,
            free: clean(room),
            over_by: clean(-room),
        })
    }

    /// The first and last of the open days left ("Thu to Fri"); `None` when no day is
    /// left. Days off in between are in [`ThisWeek::days`].
    pub fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        Some((*self.days.first()?, *self.days.last()?))
    }
}
