//! Today's first screen (SPEC 3): how full this week is for me, the gauge with its
//! figures, and the hours left with the days they come from.

use chrono::{Duration, NaiveDate};

use crate::ids::PersonId;
use crate::projection::{Projection, WeekFigure};
use crate::warnings::{Warning, WarningKind};

/// Hours below this are rounding left by sums of shares, not free time or overload.
const HOURS_TOLERANCE: f64 = 1e-9;

/// The gauge's scale runs from 0 to this percent of capacity, so that 100 % sits at a
/// fixed mark four fifths along the bar and a week over capacity shows past the mark
/// by as much as it is over: 107 % fills 85.6 % of the bar (a scale to 150 % drew it
/// at 71 %, where it read as a week with room).
pub const GAUGE_TOP_PERCENT: f64 = 125.0;

/// Where the 100 % mark sits, in percent of the gauge's length.
pub const GAUGE_MARK: f64 = 100.0 / GAUGE_TOP_PERCENT * 100.0;

/// How the gauge draws a week: the share of the bar filled and whether the load runs
/// past the end of the scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gauge {
    /// The filled length, in percent of the bar (0 to 100).
    pub fill: f64,
    /// The load is beyond the scale (over [`GAUGE_TOP_PERCENT`], or work with no
    /// capacity): the bar is full and says so.
    pub beyond: bool,
}

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

    /// How the gauge draws this week.
    pub fn gauge(&self) -> Gauge {
        match self.figure.percent {
            Some(percent) => Gauge {
                fill: (percent / GAUGE_TOP_PERCENT * 100.0).clamp(0.0, 100.0),
                beyond: percent > GAUGE_TOP_PERCENT,
            },
            // No capacity left: any work at all is beyond the scale.
            None => {
                let loaded = self.figure.load > HOURS_TOLERANCE;
                Gauge { fill: if loaded { 100.0 } else { 0.0 }, beyond: loaded }
            }
        }
    }

    /// Whether there is room to speak of: an hour left, or hours planned over them.
    /// Without either ("0 h left" and nothing planned), "all of them planned" would be
    /// said of nothing.
    pub fn has_room_to_say(&self) -> bool {
        self.hours_left > 0.0 || self.over_by > 0.0
    }

    /// Whether the open days left follow each other with no day between them, so that
    /// they read as a span ("Wednesday to Friday") rather than a list.
    pub fn days_in_a_row(&self) -> bool {
        self.days.windows(2).all(|pair| pair[1] - pair[0] == Duration::days(1))
    }

    /// The first and last of the open days left ("Thu to Fri"); `None` when no day is
    /// left. Days off in between are in [`ThisWeek::days`].
    pub fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        Some((*self.days.first()?, *self.days.last()?))
    }
}

/// Whether `warning` states what the gauge does: my overload this week. Under the
/// gauge, Today says that warning by its heaviest work alone, so that the first
/// warning is news rather than the gauge's figures again.
pub fn stated_by_gauge(warning: &Warning, me: PersonId, week0: NaiveDate) -> bool {
    matches!(warning.kind, WarningKind::Overload { .. })
        && warning.person == Some(me)
        && warning.week == Some(week0)
}
