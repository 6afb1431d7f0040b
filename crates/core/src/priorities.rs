//! The Eisenhower matrix: important and urgent, in four quadrants.

use chrono::{Duration, NaiveDate};

use crate::commitment::Commitment;
use crate::settings::Settings;

/// A quadrant of the matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Quadrant {
    /// Important and urgent.
    Do,
    /// Important, not urgent.
    Schedule,
    /// Urgent, not important.
    Delegate,
    /// Neither.
    Drop,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] =
        [Quadrant::Do, Quadrant::Schedule, Quadrant::Delegate, Quadrant::Drop];

    pub fn as_str(self) -> &'static str {
        match self {
            Quadrant::Do => "do",
            Quadrant::Schedule => "schedule",
            Quadrant::Delegate => "delegate",
            Quadrant::Drop => "drop",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.as_str() == text)
    }

    /// The flags that put a commitment in this quadrant.
    pub fn flags(self) -> (bool, bool) {
        match self {
            Quadrant::Do => (true, true),
            Quadrant::Schedule => (true, false),
            Quadrant::Delegate => (false, true),
            Quadrant::Drop => (false, false),
        }
    }
}

/// Whether a commitment is urgent: flagged so, or due within the urgent window
/// (overdue included).
pub fn is_urgent(commitment: &Commitment, today: NaiveDate, settings: &Settings) -> bool {
    let window = Duration::days(i64::from(settings.urgent_window_days));
    commitment.urgent || commitment.due.is_some_and(|due| due.date <= today + window)
}

/// The quadrant of a commitment on `today`.
pub fn quadrant(commitment: &Commitment, today: NaiveDate, settings: &Settings) -> Quadrant {
    match (commitment.important, is_urgent(commitment, today, settings)) {
        (true, true) => Quadrant::Do,
        (true, false) => Quadrant::Schedule,
        (false, true) => Quadrant::Delegate,
        (false, false) => Quadrant::Drop,
    }
}
