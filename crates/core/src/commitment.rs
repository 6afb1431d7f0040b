//! Commitments: what I said yes to (or was asked), for whom, how much, by when.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::de::{self, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use crate::hours::{PositiveHours, WeeklyHours};
use crate::ids::{CommitmentId, PersonId};
use crate::text::{Notes, Source, Tag, Title};

/// Someone in the plan, or a free-text description of someone outside it, written
/// `{"person": "<id>"}` or `{"text": "..."}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Person(PersonId),
    Text(Source),
}

/// The key of a [`Party`] object.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum PartyKey {
    Person,
    Text,
}

/// Read as an object of one key rather than as serde's externally tagged enum, which
/// serde_json refuses in words of its parser ("expected value") and places badly: a
/// second key right after the first one's value, as if that value were wrong, and a
/// `"person"` written as a string wherever the parser was when the error reached the
/// commitment. Here a refusal is placed at the object, or at the value of its key.
impl<'de> Deserialize<'de> for Party {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PartyVisitor;

        impl<'de> Visitor<'de> for PartyVisitor {
            type Value = Party;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object with one key, `person` or `text`")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Party, A::Error> {
                let party = match map.next_key()? {
                    Some(PartyKey::Person) => Party::Person(map.next_value()?),
                    Some(PartyKey::Text) => Party::Text(map.next_value()?),
                    None => return Err(de::Error::invalid_length(0, &self)),
                };
                let mut keys = 1;
                while map.next_key::<IgnoredAny>()?.is_some() {
                    map.next_value::<IgnoredAny>()?;
                    keys += 1;
                }
                if keys > 1 {
                    return Err(de::Error::invalid_length(keys, &self));
                }
                Ok(party)
            }
        }

        deserializer.deserialize_map(PartyVisitor)
    }
}

/// Where a commitment stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(into = "StatusRepr")]
pub enum Status {
    /// Asked of me, not accepted yet: the inbox.
    Proposed,
    Active,
    /// Blocked on someone; the work still exists and still counts as load.
    Waiting(Waiting),
    Someday,
    Done {
        on: NaiveDate,
    },
    /// Closed without doing it. `declined` marks a request I said no to (it was
    /// Proposed and keeps who asked), so that a person's page can show what I declined
    /// for them; the reason is the user's own note, possibly empty.
    Dropped {
        on: NaiveDate,
        reason: Notes,
        declined: bool,
    },
}

/// What a waiting commitment waits for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waiting {
    pub on: Party,
    pub since: NaiveDate,
    pub last_follow_up: Option<NaiveDate>,
}

/// The name of a status, without its data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusKind {
    Proposed,
    Active,
    Waiting,
    Someday,
    Done,
    Dropped,
}

impl StatusKind {
    pub const ALL: [StatusKind; 6] = [
        StatusKind::Proposed,
        StatusKind::Active,
        StatusKind::Waiting,
        StatusKind::Someday,
        StatusKind::Done,
        StatusKind::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StatusKind::Proposed => "proposed",
            StatusKind::Active => "active",
            StatusKind::Waiting => "waiting",
            StatusKind::Someday => "someday",
            StatusKind::Done => "done",
            StatusKind::Dropped => "dropped",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == s)
    }
}

impl Status {
    pub fn kind(&self) -> StatusKind {
        match self {
            Status::Proposed => StatusKind::Proposed,
            Status::Active => StatusKind::Active,
            Status::Waiting(_) => StatusKind::Waiting,
            Status::Someday => StatusKind::Someday,
            Status::Done { .. } => StatusKind::Done,
            Status::Dropped { .. } => StatusKind::Dropped,
        }
    }

    /// Active and Waiting work occupies its owner's capacity.
    pub fn counts_as_load(&self) -> bool {
        matches!(self, Status::Active | Status::Waiting(_))
    }

    /// Done and Dropped commitments are closed.
    pub fn is_closed(&self) -> bool {
        matches!(self, Status::Done { .. } | Status::Dropped { .. })
    }

    /// A request I declined.
    pub fn is_declined(&self) -> bool {
        matches!(self, Status::Dropped { declined: true, .. })
    }
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::checked::shaped::<D, StatusRepr, Status>(deserializer, "StatusRepr")
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusRepr {
    state: StatusKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    waiting_on: Option<Party>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    since: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last_follow_up: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reason: Option<Notes>,
    /// Written only when true: `"declined": true`; absent means false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    declined: Option<bool>,
}

/// A status object that lacks a field its state requires, or has one it must not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusShapeError(String);

impl fmt::Display for StatusShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<StatusRepr> for Status {
    type Error = StatusShapeError;
    fn try_from(repr: StatusRepr) -> Result<Self, StatusShapeError> {
        let state = repr.state.as_str();
        let missing = |field: &str| StatusShapeError(format!("a {state} status needs `{field}`"));
        let allowed: &[&str] = match repr.state {
            StatusKind::Proposed | StatusKind::Active | StatusKind::Someday => &[],
            StatusKind::Waiting => &["waiting_on", "since", "last_follow_up"],
            StatusKind::Done => &["on"],
            StatusKind::Dropped => &["on", "reason", "declined"],
        };
        let present = [
            ("waiting_on", repr.waiting_on.is_some()),
            ("since", repr.since.is_some()),
            ("last_follow_up", repr.last_follow_up.is_some()),
            ("on", repr.on.is_some()),
            ("reason", repr.reason.is_some()),
            ("declined", repr.declined.is_some()),
        ];
        if let Some((field, _)) =
            present.iter().find(|(name, here)| *here && !allowed.contains(name))
        {
            return Err(StatusShapeError(format!("a {state} status has no `{field}`")));
        }
        Ok(match repr.state {
            StatusKind::Proposed => Status::Proposed,
            StatusKind::Active => Status::Active,
            StatusKind::Someday => Status::Someday,
            StatusKind::Waiting => Status::Waiting(Waiting {
                on: repr.waiting_on.ok_or_else(|| missing("waiting_on"))?,
                since: repr.since.ok_or_else(|| missing("since"))?,
                last_follow_up: repr.last_follow_up,
            }),
            StatusKind::Done => Status::Done { on: repr.on.ok_or_else(|| missing("on"))? },
            StatusKind::Dropped => Status::Dropped {
                on: repr.on.ok_or_else(|| missing("on"))?,
                reason: repr.reason.unwrap_or_default(),
                declined: repr.declined.unwrap_or(false),
            },
        })
    }
}

impl From<Status> for StatusRepr {
    fn from(status: Status) -> Self {
        let mut repr = StatusRepr {
            state: status.kind(),
            waiting_on: None,
            since: None,
            last_follow_up: None,
            on: None,
            reason: None,
            declined: None,
        };
        match status {
            Status::Proposed | Status::Active | Status::Someday => {}
            Status::Waiting(waiting) => {
                repr.waiting_on = Some(waiting.on);
                repr.since = Some(waiting.since);
                repr.last_follow_up = waiting.last_follow_up;
            }
            Status::Done { on } => repr.on = Some(on),
            Status::Dropped { on, reason, declined } => {
                repr.on = Some(on);
                repr.reason = Some(reason);
                repr.declined = declined.then_some(true);
            }
        }
        repr
    }
}

/// How much work a commitment is.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "EffortRepr")]
pub enum Effort {
    /// A piece of work with an end: remaining = max(0, estimate - hours logged).
    OneOff { estimate_hours: PositiveHours },
    /// A standing cost every week (meetings, 1:1s, on-call), optionally until a date.
    Recurring { hours_per_week: WeeklyHours, until: Option<NaiveDate> },
    /// Not estimated yet: counts as no load, and says so.
    Unestimated,
}

/// The name of an effort kind, without its figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EffortKind {
    OneOff,
    Recurring,
    Unestimated,
}

impl EffortKind {
    pub const ALL: [EffortKind; 3] =
        [EffortKind::OneOff, EffortKind::Recurring, EffortKind::Unestimated];

    pub fn parse(text: &str) -> Option<EffortKind> {
        EffortKind::ALL.into_iter().find(|kind| kind.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            EffortKind::OneOff => "one_off",
            EffortKind::Recurring => "recurring",
            EffortKind::Unestimated => "unestimated",
        }
    }
}

impl Effort {
    pub fn kind(&self) -> EffortKind {
        match self {
            Effort::OneOff { .. } => EffortKind::OneOff,
            Effort::Recurring { .. } => EffortKind::Recurring,
            Effort::Unestimated => EffortKind::Unestimated,
        }
    }
}

impl<'de> Deserialize<'de> for Effort {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::checked::shaped::<D, EffortRepr, Effort>(deserializer, "EffortRepr")
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EffortRepr {
    kind: EffortKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    estimate_hours: Option<PositiveHours>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "recurring_hours"
    )]
    hours_per_week: Option<WeeklyHours>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    until: Option<NaiveDate>,
}

/// A week's hours of recurring work: within a week, and more than none. Checked here
/// rather than with the rest of the effort so that a 0 is named at
/// `effort.hours_per_week`, as a 0 estimate is at `effort.estimate_hours`.
fn recurring_hours<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<WeeklyHours>, D::Error> {
    crate::checked::number(deserializer, |value| {
        let hours = WeeklyHours::new(value)?;
        if hours.get() <= 0.0 {
            return Err(crate::hours::NumberError::NotPositive);
        }
        Ok(Some(hours))
    })
}

/// An effort object that lacks a field its kind requires, or has one it must not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EffortShapeError(&'static str);

impl fmt::Display for EffortShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl TryFrom<EffortRepr> for Effort {
    type Error = EffortShapeError;
    fn try_from(repr: EffortRepr) -> Result<Self, EffortShapeError> {
        match repr.kind {
            EffortKind::OneOff => {
                if repr.hours_per_week.is_some() || repr.until.is_some() {
                    return Err(EffortShapeError("a one_off effort has only `estimate_hours`"));
                }
                let estimate_hours = repr
                    .estimate_hours
                    .ok_or(EffortShapeError("a one_off effort needs `estimate_hours`"))?;
                Ok(Effort::OneOff { estimate_hours })
            }
            EffortKind::Recurring => {
                if repr.estimate_hours.is_some() {
                    return Err(EffortShapeError(
                        "a recurring effort has `hours_per_week`, not `estimate_hours`",
                    ));
                }
                let hours_per_week = repr
                    .hours_per_week
                    .ok_or(EffortShapeError("a recurring effort needs `hours_per_week`"))?;
                if hours_per_week.get() <= 0.0 {
                    return Err(EffortShapeError("`hours_per_week` must be greater than 0"));
                }
                Ok(Effort::Recurring { hours_per_week, until: repr.until })
            }
            EffortKind::Unestimated => {
                if repr.estimate_hours.is_some()
                    || repr.hours_per_week.is_some()
                    || repr.until.is_some()
                {
                    return Err(EffortShapeError("an unestimated effort has no figures"));
                }
                Ok(Effort::Unestimated)
            }
        }
    }
}

impl From<Effort> for EffortRepr {
    fn from(effort: Effort) -> Self {
        let kind = effort.kind();
        let mut repr = EffortRepr { kind, estimate_hours: None, hours_per_week: None, until: None };
        match effort {
            Effort::OneOff { estimate_hours } => repr.estimate_hours = Some(estimate_hours),
            Effort::Recurring { hours_per_week, until } => {
                repr.hours_per_week = Some(hours_per_week);
                repr.until = until;
            }
            Effort::Unestimated => {}
        }
        repr
    }
}

/// Whether missing a due date breaks a promise (`Hard`) or only a wish (`Soft`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DueKind {
    Hard,
    Soft,
}

impl DueKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DueKind::Hard => "hard",
            DueKind::Soft => "soft",
        }
    }
}

/// A due date and how firm it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Due {
    pub date: NaiveDate,
    pub kind: DueKind,
}

/// Hours spent on a commitment on a day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressEntry {
    pub date: NaiveDate,
    pub hours: PositiveHours,
    #[serde(default)]
    pub note: Notes,
}

/// Something I said yes to, or was asked to do.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    pub id: CommitmentId,
    pub title: Title,
    #[serde(default)]
    pub notes: Notes,
    /// Who does the work; always a person who carries work (has a capacity).
    pub owner: PersonId,
    #[serde(default)]
    pub requested_by: Option<Party>,
    pub status: Status,
    pub effort: Effort,
    #[serde(default)]
    pub start: Option<NaiveDate>,
    #[serde(default)]
    pub due: Option<Due>,
    #[serde(default)]
    pub important: bool,
    #[serde(default)]
    pub urgent: bool,
    #[serde(default)]
    pub tags: Vec<Tag>,
    /// Set when I handed this over to a report, so that I keep seeing it.
    #[serde(default)]
    pub delegated_by: Option<PersonId>,
    #[serde(with = "crate::timestamp")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "crate::timestamp")]
    pub updated_at: DateTime<Utc>,
    #[serde(default)]
    pub progress: Vec<ProgressEntry>,
}

impl Commitment {
    /// Hours logged so far.
    pub fn hours_spent(&self) -> f64 {
        self.progress.iter().map(|entry| entry.hours.get()).sum()
    }

    /// Hours still to do on a one-off (never negative); `None` for other efforts.
    pub fn remaining_hours(&self) -> Option<f64> {
        match self.effort {
            Effort::OneOff { estimate_hours } => {
                Some((estimate_hours.get() - self.hours_spent()).max(0.0))
            }
            Effort::Recurring { .. } | Effort::Unestimated => None,
        }
    }
}
