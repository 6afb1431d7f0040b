//! One commitment as the list and its page show it: the figures of its effort, who owns
//! it and who asked, the controls that fit its status (each with the command it sends),
//! and its progress log as a form reads an entry.

use chrono::{DateTime, NaiveDate, Utc};

use crate::command::Command;
use crate::commitment::{Commitment, Effort, Party, ProgressEntry, Status, StatusKind};
use crate::ids::CommitmentId;
use crate::input::{self, InputError, Problem};
use crate::plan::Plan;
use crate::text::Notes;

/// The figures of a commitment's effort, as a row or a page shows them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figures {
    /// A one-off: its estimate, the hours logged and what is left (never below zero).
    OneOff { estimate: f64, spent: f64, remaining: f64 },
    /// Recurring work: hours per week, until when; hours logged, if any.
    Recurring { per_week: f64, until: Option<NaiveDate>, spent: f64 },
    /// Not estimated; hours logged, if any.
    Unestimated { spent: f64 },
}

impl Figures {
    pub fn of(commitment: &Commitment) -> Figures {
        let spent = commitment.hours_spent();
        match commitment.effort {
            Effort::OneOff { estimate_hours } => Figures::OneOff {
                estimate: estimate_hours.get(),
                spent,
                remaining: commitment.remaining_hours().unwrap_or_default(),
            },
            Effort::Recurring { hours_per_week, until } => {
                Figures::Recurring { per_week: hours_per_week.get(), until, spent }
            }
            Effort::Unestimated => Figures::Unestimated { spent },
        }
    }

    /// Hours logged so far.
    pub fn spent(self) -> f64 {
        match self {
            Figures::OneOff { spent, .. }
            | Figures::Recurring { spent, .. }
            | Figures::Unestimated { spent } => spent,
        }
    }
}

/// The owner's name when it is not me: a row names someone else's work, not mine.
pub fn owner_other_than_me<'p>(plan: &'p Plan, commitment: &Commitment) -> Option<&'p str> {
    let me = plan.me().map(|me| me.id);
    (Some(commitment.owner) != me)
        .then(|| plan.person(commitment.owner).map(|p| p.name.as_str()))
        .flatten()
}

/// The name of a party: the person's name, or the text as typed. `None` for a person
/// who is no longer in the plan.
pub fn party_name<'p>(plan: &'p Plan, party: &'p Party) -> Option<&'p str> {
    match party {
        Party::Person(id) => plan.person(*id).map(|p| p.name.as_str()),
        Party::Text(source) => Some(source.as_str()),
    }
}

/// A change of status in one click, each with its command.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Move {
    /// A request said yes to: Proposed to Active.
    Accept,
    /// A request said no to (dropped as declined, keeping who asked).
    Decline,
    /// Active or Waiting work finished today.
    Done,
    /// Asked after what a Waiting commitment waits for, today.
    FollowedUp,
    /// Waiting work unblocked: back to Active.
    Resume,
    /// Someday work started: Active.
    Start,
    /// Done or dropped work opened again: Active.
    Reopen,
}

impl Move {
    pub const ALL: [Move; 7] = [
        Move::Accept,
        Move::Decline,
        Move::Done,
        Move::FollowedUp,
        Move::Resume,
        Move::Start,
        Move::Reopen,
    ];

    /// A stable name, for test ids and classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Move::Accept => "accept",
            Move::Decline => "decline",
            Move::Done => "done",
            Move::FollowedUp => "followed-up",
            Move::Resume => "resume",
            Move::Start => "start",
            Move::Reopen => "reopen",
        }
    }

    /// The command that makes the move on `today`.
    pub fn command(self, id: CommitmentId, today: NaiveDate, at: DateTime<Utc>) -> Command {
        let set = |status| Command::SetStatus { id, status, at };
        match self {
            Move::Accept | Move::Resume | Move::Start | Move::Reopen => set(Status::Active),
            Move::Done => set(Status::Done { on: today }),
            Move::Decline => Command::Decline { id, on: today, at },
            Move::FollowedUp => Command::FollowUp { id, on: today, at },
        }
    }
}

/// What a row offers besides editing and deleting, which every status has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Control {
    /// A move in one click.
    Move(Move),
    /// "Can I say yes?": the what-if of a request.
    Weigh,
    /// Hours spent, logged on today.
    LogHours,
    /// Marks it Waiting, once it says on whom.
    Wait,
}

/// The controls that fit a status, in the order a row shows them: what one does next
/// with work in that state.
pub fn controls(status: StatusKind) -> &'static [Control] {
    match status {
        StatusKind::Proposed => {
            &[Control::Move(Move::Accept), Control::Weigh, Control::Move(Move::Decline)]
        }
        StatusKind::Active => &[Control::LogHours, Control::Move(Move::Done), Control::Wait],
        StatusKind::Waiting => &[Control::Move(Move::FollowedUp), Control::Move(Move::Resume)],
        StatusKind::Someday => &[Control::Move(Move::Start)],
        StatusKind::Done | StatusKind::Dropped => &[Control::Move(Move::Reopen)],
    }
}

/// The status a plain choice of the status menu sets on `today`: Done and Dropped are
/// dated today (dropped with no reason, not declined). `None` for Waiting, which needs
/// to know on whom.
pub fn chosen_status(kind: StatusKind, today: NaiveDate) -> Option<Status> {
    match kind {
        StatusKind::Proposed => Some(Status::Proposed),
        StatusKind::Active => Some(Status::Active),
        StatusKind::Someday => Some(Status::Someday),
        StatusKind::Done => Some(Status::Done { on: today }),
        StatusKind::Dropped => {
            Some(Status::Dropped { on: today, reason: Notes::default(), declined: false })
        }
        StatusKind::Waiting => None,
    }
}

/// A field of a progress entry's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryField {
    Date,
    Hours,
    Note,
}

impl EntryField {
    pub const ALL: [EntryField; 3] = [EntryField::Date, EntryField::Hours, EntryField::Note];

    /// A stable name, for element ids.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryField::Date => "date",
            EntryField::Hours => "hours",
            EntryField::Note => "note",
        }
    }
}

/// What is wrong with a field of a progress entry's form.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryError {
    pub field: EntryField,
    pub problem: Problem,
}

/// The hours of `log` on `date`, but the entry at `replacing` (the one being corrected).
pub fn logged_on(log: &[ProgressEntry], date: NaiveDate, replacing: Option<usize>) -> f64 {
    log.iter()
        .enumerate()
        .filter(|(index, entry)| Some(*index) != replacing && entry.date == date)
        .map(|(_, entry)| entry.hours.get())
        .sum()
}

/// A progress entry as typed: date, hours and note, read by [`EntryInput::read`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntryInput {
    pub date: String,
    pub hours: String,
    pub note: String,
}

impl EntryInput {
    /// A new entry on `today`.
    pub fn blank(today: NaiveDate) -> Self {
        EntryInput { date: today.format("%Y-%m-%d").to_string(), ..EntryInput::default() }
    }

    /// An entry of the log, to correct; `number` writes hours the user's way.
    pub fn of(entry: &ProgressEntry, number: impl Fn(f64) -> String) -> Self {
        EntryInput {
            date: entry.date.format("%Y-%m-%d").to_string(),
            hours: number(entry.hours.get()),
            note: entry.note.as_str().to_owned(),
        }
    }

    /// The entry, or what is wrong with each field: a day after `today`, or more hours
    /// than a day holds next to those `logged` that day already, is refused.
    pub fn read(
        &self,
        today: NaiveDate,
        logged: impl Fn(NaiveDate) -> f64,
    ) -> Result<ProgressEntry, Vec<EntryError>> {
        let date = input::optional_date(&self.date)
            .and_then(|date| date.ok_or(InputError::Missing))
            .and_then(|date| if date > today { Err(InputError::AfterToday) } else { Ok(date) })
            .map_err(|error| (EntryField::Date, Problem::Input(error)));
        let before = date.as_ref().map_or(0.0, |date| logged(*date));
        let hours = input::hours_in_day(&self.hours, before)
            .map_err(|error| (EntryField::Hours, Problem::Input(error)));
        let note =
            Notes::parse(&self.note).map_err(|error| (EntryField::Note, Problem::Text(error)));
        match (date, hours, note) {
            (Ok(date), Ok(hours), Ok(note)) => Ok(ProgressEntry { date, hours, note }),
            (date, hours, note) => Err([date.err(), hours.err(), note.err()]
                .into_iter()
                .flatten()
                .map(|(field, problem)| EntryError { field, problem })
                .collect()),
        }
    }
}
