//! Commands: the only way a plan changes. [`Plan::apply`] validates a command against
//! the whole plan and either applies all of it or none of it.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::commitment::{Commitment, Due, DueKind, Effort, Party, ProgressEntry, Status};
use crate::hours::PositiveHours;
use crate::ids::{CommitmentId, PersonId, ReviewId};
use crate::order;
use crate::person::{Person, Role};
use crate::plan::{Plan, Tombstone};
use crate::review::{Decision, Review, WeekRocks, BIG_ROCKS_LIMIT};
use crate::settings::{SettingError, Settings};
use crate::text::{Notes, Tag, Title};

/// The fields of a commitment that the user edits in the form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommitmentFields {
    pub title: Title,
    pub notes: Notes,
    pub owner: PersonId,
    pub requested_by: Option<Party>,
    pub effort: Effort,
    pub start: Option<NaiveDate>,
    pub due: Option<Due>,
    pub important: bool,
    pub urgent: bool,
    pub tags: Vec<Tag>,
}

impl Commitment {
    /// A new commitment made of the fields, with no progress and not delegated.
    pub fn new(
        id: CommitmentId,
        fields: CommitmentFields,
        status: Status,
        at: DateTime<Utc>,
    ) -> Self {
        Commitment {
            id,
            title: fields.title,
            notes: fields.notes,
            owner: fields.owner,
            requested_by: fields.requested_by,
            status,
            effort: fields.effort,
            start: fields.start,
            due: fields.due,
            important: fields.important,
            urgent: fields.urgent,
            tags: fields.tags,
            delegated_by: None,
            created_at: at,
            updated_at: at,
            progress: Vec::new(),
        }
    }
}

impl CommitmentFields {
    /// The editable fields of an existing commitment.
    pub fn of(commitment: &Commitment) -> Self {
        CommitmentFields {
            title: commitment.title.clone(),
            notes: commitment.notes.clone(),
            owner: commitment.owner,
            requested_by: commitment.requested_by.clone(),
            effort: commitment.effort.clone(),
            start: commitment.start,
            due: commitment.due,
            important: commitment.important,
            urgent: commitment.urgent,
            tags: commitment.tags.clone(),
        }
    }
}

/// A change to the plan. Timestamps and ids come from the caller. Serialisable so that
/// a closing tab can leave its last changes for the next tab to apply (see
/// [`crate::sync`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Command {
    AddCommitment {
        id: CommitmentId,
        fields: CommitmentFields,
        status: Status,
        at: DateTime<Utc>,
    },
    EditCommitment {
        id: CommitmentId,
        fields: CommitmentFields,
        at: DateTime<Utc>,
    },
    /// Removes a commitment and leaves its tombstone, so that merging an older file
    /// does not bring it back.
    DeleteCommitment {
        id: CommitmentId,
        at: DateTime<Utc>,
    },
    SetStatus {
        id: CommitmentId,
        status: Status,
        at: DateTime<Utc>,
    },
    LogProgress {
        id: CommitmentId,
        entry: ProgressEntry,
        at: DateTime<Utc>,
    },
    /// Corrects the entry at `index` of a commitment's progress log (its date, hours or
    /// note), in place, so that the log keeps its order.
    EditProgress {
        id: CommitmentId,
        index: usize,
        entry: ProgressEntry,
        at: DateTime<Utc>,
    },
    /// Removes the entry at `index` of a commitment's progress log (hours logged by
    /// mistake, or twice).
    RemoveProgress {
        id: CommitmentId,
        index: usize,
        at: DateTime<Utc>,
    },
    /// Says no to a request (a Proposed commitment): it is dropped on `on` as declined
    /// and keeps who asked, so that their page shows it.
    Decline {
        id: CommitmentId,
        on: NaiveDate,
        at: DateTime<Utc>,
    },
    /// Hands a commitment to someone else who carries work. When I hand it over, it
    /// keeps `delegated_by = me` so that I still see it.
    Delegate {
        id: CommitmentId,
        to: PersonId,
        at: DateTime<Utc>,
    },
    /// Moves a commitment's start and due date (defer, renegotiate).
    Reschedule {
        id: CommitmentId,
        start: Option<NaiveDate>,
        due: Option<Due>,
        at: DateTime<Utc>,
    },
    /// Moves only the due date (renegotiate, or a review's defer).
    SetDue {
        id: CommitmentId,
        due: Option<Due>,
        at: DateTime<Utc>,
    },
    /// Sets the Eisenhower flags (a move in the matrix).
    SetFlags {
        id: CommitmentId,
        important: bool,
        urgent: bool,
        at: DateTime<Utc>,
    },
    AddPerson(Person),
    /// Replaces a person's details; the role of "me" cannot change.
    EditPerson(Person),
    /// Removes someone no commitment refers to.
    RemovePerson(PersonId),
    UpdateSettings(Settings),
    /// Chooses the big rocks of the week starting on `week` (at most three).
    SetBigRocks {
        week: NaiveDate,
        commitments: Vec<CommitmentId>,
    },
    /// A weekly review's decision on one Active or Waiting commitment, with the hours
    /// logged on it (if any), made on `today`: all of it or none of it.
    Decide {
        id: CommitmentId,
        hours: Option<PositiveHours>,
        decision: Decision,
        today: NaiveDate,
        at: DateTime<Utc>,
    },
    /// I asked after something I wait for: a Waiting commitment's last follow-up
    /// becomes `on`.
    FollowUp {
        id: CommitmentId,
        on: NaiveDate,
        at: DateTime<Utc>,
    },
    /// Records a finished weekly review.
    CompleteReview(Box<Review>),
}

impl Command {
    /// The one commitment this command changes (or adds), when it changes nothing else
    /// in the plan: undoing it only needs that commitment as it was.
    pub fn changes_only(&self) -> Option<CommitmentId> {
        match self {
            Command::AddCommitment { id, .. }
            | Command::EditCommitment { id, .. }
            | Command::SetStatus { id, .. }
            | Command::LogProgress { id, .. }
            | Command::EditProgress { id, .. }
            | Command::RemoveProgress { id, .. }
            | Command::Decline { id, .. }
            | Command::Delegate { id, .. }
            | Command::Reschedule { id, .. }
            | Command::SetDue { id, .. }
            | Command::SetFlags { id, .. }
            | Command::Decide { id, .. }
            | Command::FollowUp { id, .. } => Some(*id),
            // Deleting also takes the commitment out of the big rocks and leaves a
            // tombstone.
            Command::DeleteCommitment { .. }
            | Command::AddPerson(_)
            | Command::EditPerson(_)
            | Command::RemovePerson(_)
            | Command::UpdateSettings(_)
            | Command::SetBigRocks { .. }
            | Command::CompleteReview(_) => None,
        }
    }
}

/// The name of a command, without its data: what Undo says it will undo.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommandKind {
    AddCommitment,
    EditCommitment,
    DeleteCommitment,
    SetStatus,
    LogProgress,
    Delegate,
    Reschedule,
    SetDue,
    SetFlags,
    AddPerson,
    EditPerson,
    RemovePerson,
    UpdateSettings,
    SetBigRocks,
    Decide,
    FollowUp,
    CompleteReview,
    Decline,
    EditProgress,
    RemoveProgress,
}

impl Command {
    pub fn kind(&self) -> CommandKind {
        match self {
            Command::AddCommitment { .. } => CommandKind::AddCommitment,
            Command::EditCommitment { .. } => CommandKind::EditCommitment,
            Command::DeleteCommitment { .. } => CommandKind::DeleteCommitment,
            Command::SetStatus { .. } => CommandKind::SetStatus,
            Command::LogProgress { .. } => CommandKind::LogProgress,
            Command::Delegate { .. } => CommandKind::Delegate,
            Command::Reschedule { .. } => CommandKind::Reschedule,
            Command::SetDue { .. } => CommandKind::SetDue,
            Command::SetFlags { .. } => CommandKind::SetFlags,
            Command::AddPerson(_) => CommandKind::AddPerson,
            Command::EditPerson(_) => CommandKind::EditPerson,
            Command::RemovePerson(_) => CommandKind::RemovePerson,
            Command::UpdateSettings(_) => CommandKind::UpdateSettings,
            Command::SetBigRocks { .. } => CommandKind::SetBigRocks,
            Command::Decide { .. } => CommandKind::Decide,
            Command::FollowUp { .. } => CommandKind::FollowUp,
            Command::CompleteReview(_) => CommandKind::CompleteReview,
            Command::Decline { .. } => CommandKind::Decline,
            Command::EditProgress { .. } => CommandKind::EditProgress,
            Command::RemoveProgress { .. } => CommandKind::RemoveProgress,
        }
    }

    /// The commitment the command is about, if it is about one.
    pub fn commitment(&self) -> Option<CommitmentId> {
        match self {
            Command::DeleteCommitment { id, .. } => Some(*id),
            other => other.changes_only(),
        }
    }
}

/// A field of the commitment form: what a refusal is about, so that its message shows
/// next to that field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    /// One-off, recurring or unestimated.
    Effort,
    /// The estimate, or the hours per week.
    Hours,
    /// The last day of recurring work.
    Until,
    Start,
    Due,
    Owner,
    RequestedBy,
    Tags,
    Notes,
    /// Who a waiting commitment waits on.
    Status,
}

impl Field {
    pub const ALL: [Field; 11] = [
        Field::Title,
        Field::Effort,
        Field::Hours,
        Field::Until,
        Field::Start,
        Field::Due,
        Field::Owner,
        Field::RequestedBy,
        Field::Tags,
        Field::Notes,
        Field::Status,
    ];

    /// A stable name, for element ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Effort => "effort",
            Field::Hours => "hours",
            Field::Until => "until",
            Field::Start => "start",
            Field::Due => "due",
            Field::Owner => "owner",
            Field::RequestedBy => "requested-by",
            Field::Tags => "tags",
            Field::Notes => "notes",
            Field::Status => "status",
        }
    }

    pub fn parse(text: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|field| field.as_str() == text)
    }
}

/// Why a command was refused. The plan is unchanged when one is returned.
#[derive(Clone, Debug, PartialEq)]
pub enum DomainError {
    UnknownCommitment(CommitmentId),
    /// The id is taken by a commitment of the plan, or by the tombstone of a deleted
    /// one.
    DuplicateCommitment(CommitmentId),
    UnknownPerson {
        field: Field,
        id: PersonId,
    },
    /// The owner has no weekly capacity (a peer or a stakeholder).
    OwnerCannotCarryWork(PersonId),
    DueBeforeStart {
        start: NaiveDate,
        due: NaiveDate,
    },
    RecurringEndsBeforeStart {
        start: NaiveDate,
        until: NaiveDate,
    },
    TooManyBigRocks {
        chosen: usize,
    },
    RepeatedBigRock(CommitmentId),
    DuplicatePerson(PersonId),
    /// There is exactly one "me": it cannot be added, removed or change role.
    OnlyOneMe,
    /// The person is referred to by this many commitments.
    PersonInUse {
        commitments: usize,
    },
    /// The person would stop carrying work (no weekly capacity, as a peer or a
    /// stakeholder has) while they own this many commitments, finished ones included.
    StillOwnsWork {
        commitments: usize,
    },
    /// A setting out of its bounds or its order, with the field it belongs next to.
    Setting(SettingError),
    /// A review decision on a commitment that is not Active or Waiting.
    NotUnderReview(CommitmentId),
    /// Only a request (a Proposed commitment) can be declined.
    NotARequest(CommitmentId),
    DuplicateReview(ReviewId),
    /// The progress log has no entry at this index (it was removed meanwhile, or never
    /// was).
    UnknownProgress {
        id: CommitmentId,
        index: usize,
    },
}

impl DomainError {
    /// The form field the error belongs next to, if any.
    pub fn field(&self) -> Option<Field> {
        match self {
            DomainError::UnknownCommitment(_) | DomainError::DuplicateCommitment(_) => None,
            DomainError::UnknownPerson { field, .. } => Some(*field),
            DomainError::OwnerCannotCarryWork(_) => Some(Field::Owner),
            DomainError::DueBeforeStart { .. } => Some(Field::Due),
            DomainError::RecurringEndsBeforeStart { .. } => Some(Field::Until),
            DomainError::TooManyBigRocks { .. }
            | DomainError::RepeatedBigRock(_)
            | DomainError::DuplicatePerson(_)
            | DomainError::OnlyOneMe
            | DomainError::PersonInUse { .. }
            | DomainError::StillOwnsWork { .. }
            | DomainError::Setting(_)
            | DomainError::NotUnderReview(_)
            | DomainError::NotARequest(_)
            | DomainError::DuplicateReview(_)
            | DomainError::UnknownProgress { .. } => None,
        }
    }
}

impl fmt::Display for DomainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DomainError::UnknownCommitment(id) => write!(f, "no commitment has the id {id}"),
            DomainError::DuplicateCommitment(id) => {
                write!(f, "a commitment with the id {id} already exists")
            }
            DomainError::UnknownPerson { id, .. } => write!(f, "no person has the id {id}"),
            DomainError::OwnerCannotCarryWork(id) => {
                write!(f, "person {id} has no weekly capacity, so cannot own work")
            }
            DomainError::DueBeforeStart { start, due } => {
                write!(f, "the due date {due} is before the start date {start}")
            }
            DomainError::RecurringEndsBeforeStart { start, until } => {
                write!(f, "the recurring work ends ({until}) before it starts ({start})")
            }
            DomainError::TooManyBigRocks { chosen } => {
                write!(f, "a week has at most {BIG_ROCKS_LIMIT} big rocks ({chosen} chosen)")
            }
            DomainError::RepeatedBigRock(id) => write!(f, "{id} is chosen twice as a big rock"),
            DomainError::DuplicatePerson(id) => {
                write!(f, "a person with the id {id} already exists")
            }
            DomainError::OnlyOneMe => f.write_str("the plan has exactly one \"me\""),
            DomainError::PersonInUse { commitments } => {
                write!(f, "{commitments} commitments refer to this person: reassign them first")
            }
            DomainError::StillOwnsWork { commitments } => write!(
                f,
                "this person still owns {commitments} commitments, so must keep a weekly capacity"
            ),
            DomainError::Setting(error) => write!(f, "the setting {error}"),
            DomainError::NotUnderReview(id) => {
                write!(f, "{id} is neither active nor waiting, so the review does not decide on it")
            }
            DomainError::NotARequest(id) => {
                write!(f, "{id} is not a request awaiting an answer, so it cannot be declined")
            }
            DomainError::DuplicateReview(id) => {
                write!(f, "a review with the id {id} is already recorded")
            }
            DomainError::UnknownProgress { id, index } => {
                write!(f, "the progress log of {id} has no entry {index}")
            }
        }
    }
}

impl std::error::Error for DomainError {}

impl From<SettingError> for DomainError {
    fn from(error: SettingError) -> Self {
        DomainError::Setting(error)
    }
}

impl Plan {
    /// Applies a command, or returns why it cannot be applied and leaves the plan as it
    /// was.
    pub fn apply(&mut self, command: Command) -> Result<(), DomainError> {
        match command {
            Command::AddCommitment { id, fields, status, at } => {
                if self.commitment(id).is_some() || self.tombstone(id).is_some() {
                    return Err(DomainError::DuplicateCommitment(id));
                }
                self.check_fields(&fields)?;
                self.check_status(&status)?;
                // A new commitment was never asked of me, so it cannot be declined yet.
                if status.is_declined() {
                    return Err(DomainError::NotARequest(id));
                }
                self.commitments.push(Commitment::new(id, fields, status, at));
                Ok(())
            }
            Command::EditCommitment { id, fields, at } => {
                let index = self.existing(id)?;
                self.check_fields(&fields)?;
                let commitment = &mut self.commitments[index];
                commitment.title = fields.title;
                commitment.notes = fields.notes;
                commitment.owner = fields.owner;
                commitment.requested_by = fields.requested_by;
                commitment.effort = fields.effort;
                commitment.start = fields.start;
                commitment.due = fields.due;
                commitment.important = fields.important;
                commitment.urgent = fields.urgent;
                commitment.tags = fields.tags;
                touch(commitment, at);
                Ok(())
            }
            Command::DeleteCommitment { id, at } => {
                let index = self.existing(id)?;
                let deleted = self.commitments.remove(index);
                // Not before the commitment's last change, whatever the caller's clock
                // says: a file holding this very copy must not bring it back.
                let deleted_at = deleted.updated_at.max(at);
                self.tombstones.push(Tombstone { id, deleted_at });
                self.forget_big_rock(id);
                Ok(())
            }
            Command::SetStatus { id, status, at } => {
                let index = self.existing(id)?;
                self.check_status(&status)?;
                if status.is_declined() && self.commitments[index].status != Status::Proposed {
                    return Err(DomainError::NotARequest(id));
                }
                let commitment = &mut self.commitments[index];
                commitment.status = status;
                touch(commitment, at);
                Ok(())
            }
            Command::LogProgress { id, entry, at } => {
                let index = self.existing(id)?;
                let commitment = &mut self.commitments[index];
                commitment.progress.push(entry);
                touch(commitment, at);
                Ok(())
            }
            Command::EditProgress { id, index, entry, at } => {
                let commitment = self.progress_entry(id, index)?;
                commitment.progress[index] = entry;
                touch(commitment, at);
                Ok(())
            }
            Command::RemoveProgress { id, index, at } => {
                let commitment = self.progress_entry(id, index)?;
                commitment.progress.remove(index);
                touch(commitment, at);
                Ok(())
            }
            Command::Decline { id, on, at } => {
                let index = self.existing(id)?;
                let commitment = &mut self.commitments[index];
                if commitment.status != Status::Proposed {
                    return Err(DomainError::NotARequest(id));
                }
                commitment.status =
                    Status::Dropped { on, reason: Notes::default(), declined: true };
                touch(commitment, at);
                Ok(())
            }
            Command::Delegate { id, to, at } => {
                let index = self.existing(id)?;
                let delegate = self
                    .person(to)
                    .ok_or(DomainError::UnknownPerson { field: Field::Owner, id: to })?;
                if !delegate.carries_work() {
                    return Err(DomainError::OwnerCannotCarryWork(to));
                }
                let me = self.me().map(|me| me.id);
                let commitment = &mut self.commitments[index];
                if Some(commitment.owner) == me && Some(to) != me {
                    commitment.delegated_by = me;
                } else if Some(to) == me {
                    commitment.delegated_by = None;
                }
                commitment.owner = to;
                touch(commitment, at);
                Ok(())
            }
            Command::Reschedule { id, start, due, at } => {
                let index = self.existing(id)?;
                let mut fields = CommitmentFields::of(&self.commitments[index]);
                fields.start = start;
                fields.due = due;
                self.check_fields(&fields)?;
                let commitment = &mut self.commitments[index];
                commitment.start = start;
                commitment.due = due;
                touch(commitment, at);
                Ok(())
            }
            Command::SetDue { id, due, at } => {
                let index = self.existing(id)?;
                let mut fields = CommitmentFields::of(&self.commitments[index]);
                fields.due = due;
                self.check_fields(&fields)?;
                let commitment = &mut self.commitments[index];
                commitment.due = due;
                touch(commitment, at);
                Ok(())
            }
            Command::SetFlags { id, important, urgent, at } => {
                let index = self.existing(id)?;
                let commitment = &mut self.commitments[index];
                commitment.important = important;
                commitment.urgent = urgent;
                touch(commitment, at);
                Ok(())
            }
            Command::AddPerson(person) => {
                if self.person(person.id).is_some() {
                    return Err(DomainError::DuplicatePerson(person.id));
                }
                if person.role == Role::Me {
                    return Err(DomainError::OnlyOneMe);
                }
                self.people.push(person);
                Ok(())
            }
            Command::EditPerson(person) => {
                let index = self
                    .people
                    .iter()
                    .position(|p| p.id == person.id)
                    .ok_or(DomainError::UnknownPerson { field: Field::Owner, id: person.id })?;
                if (self.people[index].role == Role::Me) != (person.role == Role::Me) {
                    return Err(DomainError::OnlyOneMe);
                }
                if person.role.needs_capacity() && person.weekly_capacity.is_none() {
                    return Err(DomainError::OwnerCannotCarryWork(person.id));
                }
                if !person.carries_work() {
                    let owned = self.commitments.iter().filter(|c| c.owner == person.id).count();
                    if owned > 0 {
                        return Err(DomainError::StillOwnsWork { commitments: owned });
                    }
                }
                self.people[index] = person;
                Ok(())
            }
            Command::RemovePerson(id) => {
                let index = self
                    .people
                    .iter()
                    .position(|p| p.id == id)
                    .ok_or(DomainError::UnknownPerson { field: Field::Owner, id })?;
                if self.people[index].role == Role::Me {
                    return Err(DomainError::OnlyOneMe);
                }
                let uses = self.commitments.iter().filter(|c| refers_to(c, id)).count();
                if uses > 0 {
                    return Err(DomainError::PersonInUse { commitments: uses });
                }
                self.people.remove(index);
                Ok(())
            }
            Command::UpdateSettings(settings) => {
                settings.check()?;
                self.settings = settings;
                Ok(())
            }
            Command::SetBigRocks { week, commitments } => {
                if commitments.len() > BIG_ROCKS_LIMIT {
                    return Err(DomainError::TooManyBigRocks { chosen: commitments.len() });
                }
                for (position, id) in commitments.iter().enumerate() {
                    self.existing(*id)?;
                    if commitments[..position].contains(id) {
                        return Err(DomainError::RepeatedBigRock(*id));
                    }
                }
                self.big_rocks.retain(|rocks| rocks.week != week);
                if !commitments.is_empty() {
                    self.big_rocks.push(WeekRocks { week, commitments });
                    order::sort_by_key(&mut self.big_rocks, |rocks| rocks.week);
                }
                Ok(())
            }
            Command::Decide { id, hours, decision, today, at } => {
                self.decide(id, hours, decision, today, at)
            }
            Command::FollowUp { id, on, at } => {
                let index = self.existing(id)?;
                let commitment = &mut self.commitments[index];
                if let Status::Waiting(waiting) = &mut commitment.status {
                    waiting.last_follow_up = Some(on);
                }
                touch(commitment, at);
                Ok(())
            }
            Command::CompleteReview(review) => {
                if self.reviews.iter().any(|r| r.id == review.id) {
                    return Err(DomainError::DuplicateReview(review.id));
                }
                if review.big_rocks.len() > BIG_ROCKS_LIMIT {
                    return Err(DomainError::TooManyBigRocks { chosen: review.big_rocks.len() });
                }
                self.reviews.push(*review);
                order::sort_by_key(&mut self.reviews, |review| review.completed_at);
                Ok(())
            }
        }
    }

    /// Applies commands in order as one change ("Apply all" of the relief plan): all of
    /// them, or, if one is refused, none, with the error of the first refused.
    pub fn apply_all(
        &mut self,
        commands: impl IntoIterator<Item = Command>,
    ) -> Result<(), DomainError> {
        let mut changed = self.clone();
        for command in commands {
            changed.apply(command)?;
        }
        *self = changed;
        Ok(())
    }

    /// Checks the whole decision first, then makes it: the plan is never half changed.
    fn decide(
        &mut self,
        id: CommitmentId,
        hours: Option<PositiveHours>,
        decision: Decision,
        today: NaiveDate,
        at: DateTime<Utc>,
    ) -> Result<(), DomainError> {
        let index = self.existing(id)?;
        if !matches!(self.commitments[index].status, Status::Active | Status::Waiting(_)) {
            return Err(DomainError::NotUnderReview(id));
        }
        let mut fields = CommitmentFields::of(&self.commitments[index]);
        match &decision {
            Decision::Defer { new_due } | Decision::Renegotiate { new_due } => {
                let kind = fields.due.map_or(DueKind::Soft, |due| due.kind);
                fields.due = Some(Due { date: *new_due, kind });
                self.check_fields(&fields)?;
            }
            Decision::Delegate { to } => {
                let delegate = self
                    .person(*to)
                    .ok_or(DomainError::UnknownPerson { field: Field::Owner, id: *to })?;
                if !delegate.carries_work() {
                    return Err(DomainError::OwnerCannotCarryWork(*to));
                }
            }
            Decision::Keep | Decision::Done | Decision::Drop { .. } => {}
        }
        if let Some(hours) = hours {
            let note = Notes::default();
            self.commitments[index].progress.push(ProgressEntry { date: today, hours, note });
        }
        match decision {
            Decision::Keep => {}
            Decision::Done => self.commitments[index].status = Status::Done { on: today },
            Decision::Defer { .. } | Decision::Renegotiate { .. } => {
                self.commitments[index].due = fields.due;
            }
            Decision::Delegate { to } => return self.apply(Command::Delegate { id, to, at }),
            Decision::Drop { reason } => {
                self.commitments[index].status =
                    Status::Dropped { on: today, reason, declined: false };
            }
        }
        touch(&mut self.commitments[index], at);
        Ok(())
    }

    /// Takes a commitment that is no longer in the plan out of every week's big rocks.
    pub(crate) fn forget_big_rock(&mut self, id: CommitmentId) {
        for rocks in &mut self.big_rocks {
            rocks.commitments.retain(|rock| *rock != id);
        }
        self.big_rocks.retain(|rocks| !rocks.commitments.is_empty());
    }

    /// The commitment `id`, once it is known to have a progress entry at `index`.
    fn progress_entry(
        &mut self,
        id: CommitmentId,
        index: usize,
    ) -> Result<&mut Commitment, DomainError> {
        let position = self.existing(id)?;
        let commitment = &mut self.commitments[position];
        if index >= commitment.progress.len() {
            return Err(DomainError::UnknownProgress { id, index });
        }
        Ok(commitment)
    }

    fn existing(&self, id: CommitmentId) -> Result<usize, DomainError> {
        self.commitment_index(id).ok_or(DomainError::UnknownCommitment(id))
    }

    /// Whether the fields fit this plan: an owner who can carry work, who asked among
    /// its people, a due date not before the start, a recurring end not before it.
    pub fn check_fields(&self, fields: &CommitmentFields) -> Result<(), DomainError> {
        let owner = self
            .person(fields.owner)
            .ok_or(DomainError::UnknownPerson { field: Field::Owner, id: fields.owner })?;
        if !owner.carries_work() {
            return Err(DomainError::OwnerCannotCarryWork(owner.id));
        }
        self.check_party(fields.requested_by.as_ref(), Field::RequestedBy)?;
        let until = match fields.effort {
            Effort::Recurring { until, .. } => until,
            _ => None,
        };
        match dates_out_of_order(fields.start, fields.due.map(|due| due.date), until).next() {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    fn check_status(&self, status: &Status) -> Result<(), DomainError> {
        match status {
            Status::Waiting(waiting) => self.check_party(Some(&waiting.on), Field::Status),
            _ => Ok(()),
        }
    }

    fn check_party(&self, party: Option<&Party>, field: Field) -> Result<(), DomainError> {
        match party {
            Some(Party::Person(id)) if self.person(*id).is_none() => {
                Err(DomainError::UnknownPerson { field, id: *id })
            }
            _ => Ok(()),
        }
    }
}

/// Records a change. `updated_at` never goes backwards, even if the caller's clock did,
/// because merging plans trusts it to pick the newer copy.
/// What is wrong with the order of a commitment's dates: a due date before the start,
/// a recurring end (`until`) before it. The plan's check and the form's reading both
/// ask here.
pub fn dates_out_of_order(
    start: Option<NaiveDate>,
    due: Option<NaiveDate>,
    until: Option<NaiveDate>,
) -> impl Iterator<Item = DomainError> {
    let due_before = match (start, due) {
        (Some(start), Some(due)) if due < start => Some(DomainError::DueBeforeStart { start, due }),
        _ => None,
    };
    let ends_before = match (start, until) {
        (Some(start), Some(until)) if until < start => {
            Some(DomainError::RecurringEndsBeforeStart { start, until })
        }
        _ => None,
    };
    due_before.into_iter().chain(ends_before)
}

fn touch(commitment: &mut Commitment, at: DateTime<Utc>) {
    commitment.updated_at = commitment.updated_at.max(at);
}

/// Whether a commitment names the person anywhere.
fn refers_to(commitment: &Commitment, id: PersonId) -> bool {
    let party = |party: &Party| matches!(party, Party::Person(p) if *p == id);
    commitment.owner == id
        || commitment.delegated_by == Some(id)
        || commitment.requested_by.as_ref().is_some_and(party)
        || matches!(&commitment.status, Status::Waiting(waiting) if party(&waiting.on))
}
