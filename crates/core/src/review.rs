//! Weekly reviews and the week's big rocks.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::hours::{Hours, NumberError, WeeklyHours};
use crate::ids::{CommitmentId, PersonId, ReviewId};
use crate::text::Notes;

/// How many big rocks a week may have.
pub const BIG_ROCKS_LIMIT: usize = 3;

/// The few commitments that matter most in a week.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeekRocks {
    /// The first day of the week.
    pub week: NaiveDate,
    pub commitments: Vec<CommitmentId>,
}

/// What the review decided for one commitment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Decision {
    Keep,
    Done,
    Defer { new_due: NaiveDate },
    Renegotiate { new_due: NaiveDate },
    Delegate { to: PersonId },
    Drop { reason: Notes },
}

impl Decision {
    /// Defer and Renegotiate move a due date: the week's plan slipped.
    pub fn slips(&self) -> bool {
        matches!(self, Decision::Defer { .. } | Decision::Renegotiate { .. })
    }
}

/// One commitment gone through in the review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewEntry {
    pub commitment: CommitmentId,
    /// Hours logged during the review (0 when none).
    pub hours_logged: WeeklyHours,
    pub decision: Decision,
}

/// The energy pulse, 1 (drained) to 5 (full of energy).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct Pulse(u8);

impl Pulse {
    pub fn new(value: i64) -> Result<Self, NumberError> {
        match u8::try_from(value) {
            Ok(value @ 1..=5) => Ok(Pulse(value)),
            _ => Err(NumberError::OutOfRange { min: 1.0, max: 5.0 }),
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<i64> for Pulse {
    type Error = NumberError;
    fn try_from(value: i64) -> Result<Self, NumberError> {
        Pulse::new(value)
    }
}

impl From<Pulse> for u8 {
    fn from(pulse: Pulse) -> u8 {
        pulse.0
    }
}

/// The three reflection questions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Reflection {
    pub went_well: Notes,
    pub slipped: Notes,
    pub to_change: Notes,
}

/// My capacity and load for one week, as they stood when a review was completed.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeekSnapshot {
    pub week: NaiveDate,
    pub capacity: Hours,
    pub load: Hours,
}

impl WeekSnapshot {
    /// Load over capacity, `None` when there was no capacity.
    pub fn ratio(&self) -> Option<f64> {
        (self.capacity.get() > 0.0).then(|| self.load.get() / self.capacity.get())
    }
}

/// A completed weekly review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub id: ReviewId,
    /// The first day of the week the review covers.
    pub week: NaiveDate,
    pub completed_at: DateTime<Utc>,
    #[serde(default)]
    pub entries: Vec<ReviewEntry>,
    /// Waiting commitments followed up during the review.
    #[serde(default)]
    pub followed_up: Vec<CommitmentId>,
    /// Proposed commitments triaged during the review.
    #[serde(default)]
    pub triaged: Vec<CommitmentId>,
    /// Next week's big rocks, at most three.
    #[serde(default)]
    pub big_rocks: Vec<CommitmentId>,
    #[serde(default, deserialize_with = "crate::format::object")]
    pub reflection: Reflection,
    #[serde(default)]
    pub pulse: Option<Pulse>,
    /// My capacity and load for the next four weeks at completion.
    #[serde(default)]
    pub snapshot: Vec<WeekSnapshot>,
    /// Hours over capacity next week that I accepted to finish the review, if any.
    #[serde(default)]
    pub accepted_overload_hours: Option<Hours>,
}
