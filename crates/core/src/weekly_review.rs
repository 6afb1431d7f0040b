//! The guided weekly review (SPEC 2.1 and 3): its steps, the draft that is kept while
//! it is under way (so that it can be left and resumed), what each step lists, and the
//! finish gate: next week at or below capacity, or an overload accepted in so many hours.
//!
//! Decisions change the plan as they are made (through [`Command::Decide`] and the
//! others), so that looking ahead already shows their effect; the draft only remembers
//! what was decided, for the record that finishing writes.
//!
//! [`Command::Decide`]: crate::Command::Decide

use std::fmt;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::calendar::{start_of_week, Calendar};
use crate::command::Command;
use crate::commitment::{Commitment, Status};
use crate::hours::{Hours, WeeklyHours};
use crate::ids::{CommitmentId, ReviewId};
use crate::plan::Plan;
use crate::projection::{Projection, WeekLoad};
use crate::review::{Pulse, Reflection, Review, ReviewEntry, WeekSnapshot, BIG_ROCKS_LIMIT};
use crate::warnings::{Warning, WarningKind};

/// How many weeks after this one the review looks ahead at, and records.
pub const LOOK_AHEAD_WEEKS: usize = 4;

/// The weeks Look ahead is about: the [`LOOK_AHEAD_WEEKS`] after the week of today,
/// each named by its first day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LookAhead {
    /// The first day of next week.
    pub from: NaiveDate,
    /// The first day of the last week looked at.
    pub to: NaiveDate,
}

impl LookAhead {
    /// The window seen from the calendar of a projection.
    pub fn of(calendar: &Calendar) -> Self {
        LookAhead { from: calendar.week_start(1), to: calendar.week_start(LOOK_AHEAD_WEEKS as i64) }
    }

    /// Whether the week starting on `week` is one of those looked at.
    pub fn contains(&self, week: NaiveDate) -> bool {
        self.from <= week && week <= self.to
    }

    /// Whether Look ahead lists a warning: one about a week of the window, or about no
    /// week in particular, but never "a review is due", which the review under way
    /// already answers.
    pub fn shows(&self, warning: &Warning) -> bool {
        match warning.week {
            _ if matches!(warning.kind, WarningKind::ReviewDue { .. }) => false,
            Some(week) => self.contains(week),
            None => true,
        }
    }
}

/// Overloads smaller than this (in hours) are rounding, not overload: figures are shown
/// to a tenth of an hour.
const HOURS_TOLERANCE: f64 = 0.05;

/// The steps of the review, in order.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Triage the inbox: accept, decline or someday.
    #[default]
    GetClear,
    /// Each Active and Waiting commitment of mine: log hours and decide.
    GetCurrent,
    /// What I wait for from others: follow up.
    WaitingFor,
    /// The next four weeks, their warnings and the relief plan.
    LookAhead,
    /// Next week's big rocks.
    BigRocks,
    /// Went well, slipped, to change, and the energy pulse.
    Reflect,
    /// The gate and the record.
    Finish,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::GetClear,
        Step::GetCurrent,
        Step::WaitingFor,
        Step::LookAhead,
        Step::BigRocks,
        Step::Reflect,
        Step::Finish,
    ];

    /// Its position, from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|step| *step == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|index| Step::ALL[index])
    }

    /// The name used in URLs and in the draft.
    pub fn as_str(self) -> &'static str {
        match self {
            Step::GetClear => "get-clear",
            Step::GetCurrent => "get-current",
            Step::WaitingFor => "waiting-for",
            Step::LookAhead => "look-ahead",
            Step::BigRocks => "big-rocks",
            Step::Reflect => "reflect",
            Step::Finish => "finish",
        }
    }
}

/// What the inbox triage decided for a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Triage {
    Accept,
    Decline,
    Someday,
}

impl Triage {
    /// Every triage, in the order the inbox offers them.
    pub const ALL: [Triage; 3] = [Triage::Accept, Triage::Decline, Triage::Someday];

    /// The command that carries out the triage of request `id` on `today`: accepting
    /// or keeping for someday sets its status; declining is [`Command::Decline`], which
    /// keeps who asked.
    pub fn command(self, id: CommitmentId, today: NaiveDate, at: DateTime<Utc>) -> Command {
        match self {
            Triage::Accept => Command::SetStatus { id, status: Status::Active, at },
            Triage::Decline => Command::Decline { id, on: today, at },
            Triage::Someday => Command::SetStatus { id, status: Status::Someday, at },
        }
    }
}

/// A review under way. It is kept apart from the plan (the plan records finished
/// reviews only) and survives a reload.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewDraft {
    pub id: ReviewId,
    /// The first day of the week the review covers.
    pub week: NaiveDate,
    pub started_at: DateTime<Utc>,
    #[serde(default)]
    pub step: Step,
    #[serde(default)]
    pub triaged: Vec<(CommitmentId, Triage)>,
    #[serde(default)]
    pub entries: Vec<DraftEntry>,
    #[serde(default)]
    pub followed_up: Vec<CommitmentId>,
    #[serde(default)]
    pub big_rocks: Vec<CommitmentId>,
    #[serde(default)]
    pub reflection: Reflection,
    #[serde(default)]
    pub pulse: Option<Pulse>,
}

/// A decision noted in the draft, with the time it was made: the decision holds while
/// its commitment has not gone back to a state older than that (Undo restores the
/// commitment as it was, `updated_at` included), so an undone decision is neither shown
/// as made nor recorded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftEntry {
    pub entry: ReviewEntry,
    pub at: DateTime<Utc>,
}

impl DraftEntry {
    fn holds(&self, plan: &Plan) -> bool {
        plan.commitment(self.entry.commitment).is_some_and(|c| c.updated_at >= self.at)
    }
}

/// Next week's load against capacity, and what finishing asks for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gate {
    /// The first day of next week.
    pub week: NaiveDate,
    pub load: WeekLoad,
    /// Hours over capacity, rounded to a tenth; 0 when within it.
    pub over_by: f64,
}

impl Gate {
    pub fn is_open(&self) -> bool {
        self.over_by <= 0.0
    }
}

/// Why a review cannot be finished yet.
#[derive(Clone, Debug, PartialEq)]
pub enum FinishError {
    /// Next week is over capacity and no overload (or a smaller one) was accepted.
    OverCapacity { over_by: f64, accepted: Option<f64> },
    /// The plan has no "me" to review.
    NoOneToReview,
}

impl fmt::Display for FinishError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FinishError::OverCapacity { over_by, accepted: None } => write!(
                f,
                "next week is over capacity by {over_by:.1} h: make room, or accept being over"
            ),
            FinishError::OverCapacity { over_by, accepted: Some(accepted) } => write!(
                f,
                "next week is over capacity by {over_by:.1} h, more than the {accepted:.1} h accepted"
            ),
            FinishError::NoOneToReview => f.write_str("the plan has no \"me\" to review"),
        }
    }
}

impl std::error::Error for FinishError {}

impl ReviewDraft {
    /// A review of the week that contains `today`.
    pub fn start(plan: &Plan, id: ReviewId, today: NaiveDate, at: DateTime<Utc>) -> Self {
        ReviewDraft {
            id,
            week: start_of_week(today, plan.settings.week_start.into()),
            started_at: at,
            step: Step::GetClear,
            triaged: Vec::new(),
            entries: Vec::new(),
            followed_up: Vec::new(),
            big_rocks: Vec::new(),
            reflection: Reflection::default(),
            pulse: None,
        }
    }

    /// The requests still in the inbox ([`Plan::inbox`]).
    pub fn inbox<'p>(&self, plan: &'p Plan) -> Vec<&'p Commitment> {
        plan.inbox()
    }

    /// My Active and Waiting commitments, each with the decision already made on it in
    /// this review, if any. Those decided Done, Dropped or delegated stay listed, so the
    /// step shows all it went through.
    pub fn current<'p>(&self, plan: &'p Plan) -> Vec<(&'p Commitment, Option<&ReviewEntry>)> {
        let Some(me) = plan.me().map(|me| me.id) else {
            return Vec::new();
        };
        plan.commitments
            .iter()
            .filter_map(|c| {
                let entry = self.entry(plan, c.id);
                let open = c.owner == me && matches!(c.status, Status::Active | Status::Waiting(_));
                (open || entry.is_some()).then_some((c, entry))
            })
            .collect()
    }

    /// What I wait for from others: my Waiting commitments, and the open work I
    /// delegated.
    pub fn waiting_for<'p>(&self, plan: &'p Plan) -> Vec<&'p Commitment> {
        let Some(me) = plan.me().map(|me| me.id) else {
            return Vec::new();
        };
        plan.commitments
            .iter()
            .filter(|c| match c.status {
                Status::Waiting(_) => c.owner == me || c.delegated_by == Some(me),
                Status::Active => c.delegated_by == Some(me) && c.owner != me,
                _ => false,
            })
            .collect()
    }

    /// The decision made on a commitment in this review, unless it was undone since.
    pub fn entry(&self, plan: &Plan, id: CommitmentId) -> Option<&ReviewEntry> {
        self.entries
            .iter()
            .find(|noted| noted.entry.commitment == id && noted.holds(plan))
            .map(|noted| &noted.entry)
    }

    pub fn triage_of(&self, id: CommitmentId) -> Option<Triage> {
        self.triaged.iter().find(|(c, _)| *c == id).map(|(_, triage)| *triage)
    }

    /// Notes a triage (a later one for the same request replaces it).
    pub fn record_triage(&mut self, id: CommitmentId, triage: Triage) {
        self.triaged.retain(|(c, _)| *c != id);
        self.triaged.push((id, triage));
    }

    /// Forgets the decisions and triages undone since they were made. Called before a
    /// new decision, since the new one makes the commitment newer again.
    pub fn forget_undone(&mut self, plan: &Plan) {
        self.entries.retain(|noted| noted.holds(plan));
        self.triaged
            .retain(|(id, _)| plan.commitment(*id).is_some_and(|c| c.status != Status::Proposed));
    }

    /// Notes a decision made at `at`. A later one for the same commitment replaces it,
    /// adding the hours logged (forget the undone ones first).
    pub fn record_decision(&mut self, entry: ReviewEntry, at: DateTime<Utc>) {
        let mut entry = entry;
        let id = entry.commitment;
        if let Some(previous) = self.entries.iter().position(|e| e.entry.commitment == id) {
            let earlier = self.entries.remove(previous);
            let total = earlier.entry.hours_logged.get() + entry.hours_logged.get();
            entry.hours_logged = WeeklyHours::new(total).unwrap_or(entry.hours_logged);
        }
        self.entries.push(DraftEntry { entry, at });
    }

    pub fn record_follow_up(&mut self, id: CommitmentId) {
        if !self.followed_up.contains(&id) {
            self.followed_up.push(id);
        }
    }

    /// What is still to be gone through in `step`, in the order the step lists it: the
    /// requests in the inbox, my work not yet decided on, the waits not yet followed up.
    /// Other steps have no list of their own.
    pub fn open_items(&self, plan: &Plan, step: Step) -> Vec<CommitmentId> {
        match step {
            Step::GetClear => self.inbox(plan).iter().map(|c| c.id).collect(),
            Step::GetCurrent => self
                .current(plan)
                .into_iter()
                .filter(|(_, entry)| entry.is_none())
                .map(|(c, _)| c.id)
                .collect(),
            Step::WaitingFor => self
                .waiting_for(plan)
                .into_iter()
                .map(|c| c.id)
                .filter(|id| !self.followed_up.contains(id))
                .collect(),
            Step::LookAhead | Step::BigRocks | Step::Reflect | Step::Finish => Vec::new(),
        }
    }

    /// Next week against capacity, on the plan as it is now.
    pub fn gate(projection: &Projection, plan: &Plan) -> Option<Gate> {
        let me = plan.me()?;
        let load = *projection.person(me.id)?.weeks.get(1)?;
        let over_by = round_tenth(load.excess());
        let over_by = if over_by < HOURS_TOLERANCE { 0.0 } else { over_by };
        Some(Gate { week: projection.calendar.week_start(1), load, over_by })
    }

    /// The record of the finished review: the decisions that still apply to the plan,
    /// and my capacity and load for the next four weeks. Refused while next week is
    /// over capacity by more than `accepted` hours.
    pub fn finish(
        &self,
        plan: &Plan,
        projection: &Projection,
        accepted: Option<Hours>,
        at: DateTime<Utc>,
    ) -> Result<Review, FinishError> {
        let gate = Self::gate(projection, plan).ok_or(FinishError::NoOneToReview)?;
        let accepted = accepted.map(Hours::get);
        if !gate.is_open() && accepted.is_none_or(|hours| hours + HOURS_TOLERANCE < gate.over_by) {
            return Err(FinishError::OverCapacity { over_by: gate.over_by, accepted });
        }
        let exists = |id: &CommitmentId| plan.commitment(*id).is_some();
        let me = plan.me().ok_or(FinishError::NoOneToReview)?;
        let weeks = projection.person(me.id).map(|p| p.weeks.as_slice()).unwrap_or_default();
        let snapshot = weeks
            .iter()
            .enumerate()
            .skip(1)
            .take(LOOK_AHEAD_WEEKS)
            .filter_map(|(index, week)| {
                Some(WeekSnapshot {
                    week: projection.calendar.week_start(index as i64),
                    capacity: Hours::new(week.capacity).ok()?,
                    load: Hours::new(week.load).ok()?,
                })
            })
            .collect();
        Ok(Review {
            id: self.id,
            week: self.week,
            completed_at: at,
            entries: self
                .entries
                .iter()
                .filter(|noted| noted.holds(plan))
                .map(|noted| noted.entry.clone())
                .collect(),
            followed_up: self.followed_up.iter().copied().filter(exists).collect(),
            // A request put back in the inbox (its triage undone) was not triaged.
            triaged: self
                .triaged
                .iter()
                .map(|(id, _)| *id)
                .filter(|id| plan.commitment(*id).is_some_and(|c| c.status != Status::Proposed))
                .collect(),
            big_rocks: self
                .big_rocks
                .iter()
                .copied()
                .filter(exists)
                .take(BIG_ROCKS_LIMIT)
                .collect(),
            reflection: self.reflection.clone(),
            pulse: self.pulse,
            snapshot,
            accepted_overload_hours: if gate.is_open() {
                None
            } else {
                Hours::new(gate.over_by).ok()
            },
        })
    }

    /// The first day of the week after the reviewed one: the week big rocks are for.
    pub fn next_week(&self) -> NaiveDate {
        self.week + Duration::days(7)
    }
}

/// Where the keyboard goes once `done` is dealt with: the first item still open that
/// came after it in the step's list as it was (`before`), else the first item still
/// open (`after`), else none, and the step is through.
pub fn next_open(
    before: &[CommitmentId],
    after: &[CommitmentId],
    done: CommitmentId,
) -> Option<CommitmentId> {
    let later = before.iter().skip_while(|id| **id != done).skip(1);
    later.copied().find(|id| after.contains(id)).or_else(|| after.first().copied())
}

fn round_tenth(hours: f64) -> f64 {
    (hours * 10.0).round() / 10.0
}
