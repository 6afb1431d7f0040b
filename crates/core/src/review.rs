//! Weekly reviews and the week's big rocks.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::de::{self, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

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
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(into = "DecisionRepr")]
pub enum Decision {
    Keep,
    Done,
    Defer { new_due: NaiveDate },
    Renegotiate { new_due: NaiveDate },
    Delegate { to: PersonId },
    Drop { reason: Notes },
}

/// The name of a decision, as the file writes it in `kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum DecisionKind {
    Keep,
    Done,
    Defer,
    Renegotiate,
    Delegate,
    Drop,
}

impl DecisionKind {
    fn as_str(self) -> &'static str {
        match self {
            DecisionKind::Keep => "keep",
            DecisionKind::Done => "done",
            DecisionKind::Defer => "defer",
            DecisionKind::Renegotiate => "renegotiate",
            DecisionKind::Delegate => "delegate",
            DecisionKind::Drop => "drop",
        }
    }
}

/// A decision as the file writes it: `{"kind": "defer", "new_due": "2026-12-04"}`.
/// Read through a flat struct, as statuses and efforts are, rather than as an
/// internally tagged enum: serde lets such an enum's unit variants (`keep`, `done`)
/// carry any unknown field, and names only the decision, not the field, in errors.
impl<'de> Deserialize<'de> for Decision {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::checked::shaped::<D, DecisionRepr, Decision>(deserializer, "DecisionRepr")
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DecisionRepr {
    kind: DecisionKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    new_due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to: Option<PersonId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reason: Option<Notes>,
}

/// A decision object that lacks a field its kind requires, or has one it must not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionShapeError(String);

impl fmt::Display for DecisionShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<DecisionRepr> for Decision {
    type Error = DecisionShapeError;
    fn try_from(repr: DecisionRepr) -> Result<Self, DecisionShapeError> {
        let kind = repr.kind.as_str();
        let allowed = match repr.kind {
            DecisionKind::Keep | DecisionKind::Done => "",
            DecisionKind::Defer | DecisionKind::Renegotiate => "new_due",
            DecisionKind::Delegate => "to",
            DecisionKind::Drop => "reason",
        };
        let present = [
            ("new_due", repr.new_due.is_some()),
            ("to", repr.to.is_some()),
            ("reason", repr.reason.is_some()),
        ];
        if let Some((field, _)) = present.iter().find(|(name, here)| *here && *name != allowed) {
            return Err(DecisionShapeError(format!("a {kind} decision has no `{field}`")));
        }
        let missing = || DecisionShapeError(format!("a {kind} decision needs `{allowed}`"));
        Ok(match repr.kind {
            DecisionKind::Keep => Decision::Keep,
            DecisionKind::Done => Decision::Done,
            DecisionKind::Defer => Decision::Defer { new_due: repr.new_due.ok_or_else(missing)? },
            DecisionKind::Renegotiate => {
                Decision::Renegotiate { new_due: repr.new_due.ok_or_else(missing)? }
            }
            DecisionKind::Delegate => Decision::Delegate { to: repr.to.ok_or_else(missing)? },
            DecisionKind::Drop => Decision::Drop { reason: repr.reason.ok_or_else(missing)? },
        })
    }
}

impl From<Decision> for DecisionRepr {
    fn from(decision: Decision) -> Self {
        let mut repr =
            DecisionRepr { kind: DecisionKind::Keep, new_due: None, to: None, reason: None };
        match decision {
            Decision::Keep => {}
            Decision::Done => repr.kind = DecisionKind::Done,
            Decision::Defer { new_due } => {
                repr.kind = DecisionKind::Defer;
                repr.new_due = Some(new_due);
            }
            Decision::Renegotiate { new_due } => {
                repr.kind = DecisionKind::Renegotiate;
                repr.new_due = Some(new_due);
            }
            Decision::Delegate { to } => {
                repr.kind = DecisionKind::Delegate;
                repr.to = Some(to);
            }
            Decision::Drop { reason } => {
                repr.kind = DecisionKind::Drop;
                repr.reason = Some(reason);
            }
        }
        repr
    }
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(into = "u8")]
pub struct Pulse(u8);

/// Read as a whole number and checked as it is read (see `checked`).
impl<'de> Deserialize<'de> for Pulse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PulseVisitor;

        impl Visitor<'_> for PulseVisitor {
            type Value = Pulse;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("i64")
            }

            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Pulse, E> {
                Pulse::new(value).map_err(E::custom)
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Pulse, E> {
                match i64::try_from(value) {
                    Ok(value) => self.visit_i64(value),
                    Err(_) => Err(E::invalid_value(Unexpected::Unsigned(value), &self)),
                }
            }
        }

        deserializer.deserialize_i64(PulseVisitor)
    }
}

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
    /// Load in percent of capacity, on the scale of `WeekLoad::percent` (100 is at
    /// capacity); `None` when there was no capacity.
    pub fn percent(&self) -> Option<f64> {
        (self.capacity.get() > 0.0).then(|| self.load.get() / self.capacity.get() * 100.0)
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
