//! The Eisenhower matrix: important and urgent, in four quadrants; what a move in it
//! takes; and the week's big rocks.

use std::cmp::Ordering;

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::calendar::start_of_week;
use crate::command::Command;
use crate::commitment::{Commitment, Due, DueKind};
use crate::ids::CommitmentId;
use crate::order;
use crate::plan::Plan;
use crate::review::BIG_ROCKS_LIMIT;
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

/// How the matrix is laid out on screen: two by two where it fits (Do, Schedule on
/// top; Delegate, Drop below), or the four quadrants stacked in [`Quadrant::ALL`]
/// order on a narrow screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layout {
    Grid,
    Stacked,
}

/// An arrow key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Direction {
    pub const ALL: [Direction; 4] =
        [Direction::Left, Direction::Right, Direction::Up, Direction::Down];
}

/// The quadrant an arrow key leads to from `from`, as the matrix is laid out: in the
/// grid each key goes to the quadrant next to it that way; stacked, up and down go to
/// the quadrant before or after, and left and right go nowhere (nothing is beside).
pub fn neighbour(from: Quadrant, direction: Direction, layout: Layout) -> Option<Quadrant> {
    use Quadrant::*;
    match layout {
        Layout::Grid => match (from, direction) {
            (Do, Direction::Right) | (Drop, Direction::Up) => Some(Schedule),
            (Schedule, Direction::Left) | (Delegate, Direction::Up) => Some(Do),
            (Do, Direction::Down) | (Drop, Direction::Left) => Some(Delegate),
            (Schedule, Direction::Down) | (Delegate, Direction::Right) => Some(Drop),
            _ => None,
        },
        Layout::Stacked => {
            let index = Quadrant::ALL.iter().position(|q| *q == from)?;
            let to = match direction {
                Direction::Up => index.checked_sub(1)?,
                Direction::Down => index + 1,
                Direction::Left | Direction::Right => return None,
            };
            Quadrant::ALL.get(to).copied()
        }
    }
}

/// Whether a commitment is urgent: flagged so, or due within the urgent window
/// (overdue included).
pub fn is_urgent(commitment: &Commitment, today: NaiveDate, settings: &Settings) -> bool {
    commitment.urgent
        || commitment.due.is_some_and(|due| due.date < first_day_not_urgent(today, settings))
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

/// The first due date outside the urgent window: the earliest day a due date no longer
/// makes a commitment urgent on `today`.
pub fn first_day_not_urgent(today: NaiveDate, settings: &Settings) -> NaiveDate {
    today + Duration::days(i64::from(settings.urgent_window_days) + 1)
}

/// Open work in order: by due date (none last), then title, then id, so that a list
/// does not depend on the order of the plan.
pub(crate) fn by_due_then_title(a: &Commitment, b: &Commitment) -> Ordering {
    let due = |c: &Commitment| c.due.map(|due| due.date);
    match (due(a), due(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
    .then_with(|| a.title.as_str().cmp(b.title.as_str()))
    .then_with(|| a.id.cmp(&b.id))
}

/// One quadrant of the matrix and my open work in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell<'p> {
    pub quadrant: Quadrant,
    /// By due date (none last), then title.
    pub commitments: Vec<&'p Commitment>,
}

/// The first day of the week of `today`: the week whose big rocks the matrix weighs.
pub fn week_of(today: NaiveDate, settings: &Settings) -> NaiveDate {
    start_of_week(today, settings.week_start.into())
}

/// Whether `commitment` is one of the big rocks of the week of `today`.
pub fn is_big_rock(plan: &Plan, commitment: &Commitment, today: NaiveDate) -> bool {
    plan.big_rocks_of(week_of(today, &plan.settings)).contains(&commitment.id)
}

/// The quadrant the matrix shows `commitment` in on `today`. A big rock of the week is
/// important whatever its flag says: it was chosen as what matters most this week, so
/// it is never shown in Delegate or Drop (with a hard deadline, "Drop" would read as
/// breaking a promise one has just put first).
pub fn matrix_quadrant(plan: &Plan, commitment: &Commitment, today: NaiveDate) -> Quadrant {
    let at = quadrant(commitment, today, &plan.settings);
    if !is_big_rock(plan, commitment, today) {
        return at;
    }
    match at {
        Quadrant::Delegate => Quadrant::Do,
        Quadrant::Drop => Quadrant::Schedule,
        important => important,
    }
}

/// The matrix: my open work (neither Done nor Dropped) in each quadrant on `today`
/// ([`matrix_quadrant`]), the quadrants in [`Quadrant::ALL`] order.
pub fn cells(plan: &Plan, today: NaiveDate) -> Vec<Cell<'_>> {
    let me = plan.me().map(|me| me.id);
    let mut cells: Vec<Cell<'_>> = Quadrant::ALL
        .into_iter()
        .map(|quadrant| Cell { quadrant, commitments: Vec::new() })
        .collect();
    for commitment in &plan.commitments {
        if Some(commitment.owner) != me || commitment.status.is_closed() {
            continue;
        }
        let at = matrix_quadrant(plan, commitment, today);
        if let Some(cell) = cells.iter_mut().find(|cell| cell.quadrant == at) {
            cell.commitments.push(commitment);
        }
    }
    for cell in &mut cells {
        order::sort_by(&mut cell.commitments, |a, b| by_due_then_title(a, b));
    }
    cells
}

/// What moving a commitment to a quadrant of the matrix takes.
///
/// Urgency comes from the urgent flag *or* from a due date within the urgent window,
/// so a commitment due soon cannot leave Do or Delegate by its flags alone: its due
/// date has to move first. Likewise a big rock of the week is important by being one,
/// so it leaves Do or Schedule only by leaving the week's big rocks. The matrix then
/// says why the commitment stays, and offers what would move it, in one click.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Setting these flags puts the commitment in the quadrant.
    Flags { important: bool, urgent: bool },
    /// Its due date keeps it urgent: with these flags it lands in the quadrant only
    /// once the due date is `earliest` or later (the first day outside the urgent
    /// window). `due_kind` is the kind of the date that would move: a hard date is a
    /// promise, to be agreed before it moves. `off_big_rocks` is the week whose big
    /// rocks it must leave too, when it is one of them.
    NeedsLaterDue {
        earliest: NaiveDate,
        due_kind: DueKind,
        important: bool,
        urgent: bool,
        off_big_rocks: Option<NaiveDate>,
    },
    /// It is one of the big rocks of the week starting on `week`, which keeps it
    /// important: with these flags it lands in the quadrant once it is no longer one.
    NeedsOffBigRocks { week: NaiveDate, important: bool, urgent: bool },
}

impl Move {
    /// Whether the move happens by its flags alone, with nothing else to agree to.
    pub fn is_direct(&self) -> bool {
        matches!(self, Move::Flags { .. })
    }

    /// The commands that carry the move out on `plan`, in order, as one change
    /// ([`Plan::apply_all`]): the flags, then the due date when it has to move (kept
    /// hard or soft as it was), then the week's big rocks without it when it has to
    /// leave them.
    pub fn commands(&self, plan: &Plan, id: CommitmentId, at: DateTime<Utc>) -> Vec<Command> {
        let off = |week: NaiveDate| Command::SetBigRocks {
            week,
            commitments: plan.big_rocks_of(week).iter().copied().filter(|c| *c != id).collect(),
        };
        match *self {
            Move::Flags { important, urgent } => {
                vec![Command::SetFlags { id, important, urgent, at }]
            }
            Move::NeedsLaterDue { earliest, due_kind, important, urgent, off_big_rocks } => {
                let mut commands = vec![
                    Command::SetFlags { id, important, urgent, at },
                    Command::SetDue { id, due: Some(Due { date: earliest, kind: due_kind }), at },
                ];
                commands.extend(off_big_rocks.map(off));
                commands
            }
            Move::NeedsOffBigRocks { week, important, urgent } => {
                vec![Command::SetFlags { id, important, urgent, at }, off(week)]
            }
        }
    }
}

/// What it takes to move `commitment` of `plan` to quadrant `to` on `today`: the flags
/// of the quadrant; when the target is not urgent but the due date falls within the
/// urgent window (or is past), the earliest due date that lets it go there; and when
/// the target is not important but it is a big rock of the week, leaving the week's
/// big rocks.
pub fn plan_move(plan: &Plan, commitment: &Commitment, to: Quadrant, today: NaiveDate) -> Move {
    let (important, urgent) = to.flags();
    let earliest = first_day_not_urgent(today, &plan.settings);
    let week = week_of(today, &plan.settings);
    let off_big_rocks = (!important && is_big_rock(plan, commitment, today)).then_some(week);
    match commitment.due {
        // The start is never after the due date, so it is before `earliest` too: the
        // new date is always one the plan accepts.
        Some(due) if !urgent && due.date < earliest => {
            Move::NeedsLaterDue { earliest, due_kind: due.kind, important, urgent, off_big_rocks }
        }
        _ => match off_big_rocks {
            Some(week) => Move::NeedsOffBigRocks { week, important, urgent },
            None => Move::Flags { important, urgent },
        },
    }
}

/// One commitment that can be chosen as a big rock, and whether it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BigRockCandidate<'p> {
    pub commitment: &'p Commitment,
    pub chosen: bool,
}

/// A week's big rocks: what can be chosen, what is, and what a check or an uncheck
/// makes of the choice.
#[derive(Clone, Debug, PartialEq)]
pub struct BigRockChoice<'p> {
    /// The first day of the week.
    pub week: NaiveDate,
    /// My Active and Waiting work, and whatever is chosen already (finished or handed
    /// over since, it must stay listed so that it can be unchecked), by due date then
    /// title: checking one does not move the others.
    pub candidates: Vec<BigRockCandidate<'p>>,
    /// The week's big rocks, in the order they were chosen.
    pub chosen: Vec<CommitmentId>,
}

impl<'p> BigRockChoice<'p> {
    /// The choice for the week starting on `week`.
    pub fn of(plan: &'p Plan, week: NaiveDate) -> Self {
        let me = plan.me().map(|me| me.id);
        let chosen = plan.big_rocks_of(week).to_vec();
        let mut candidates: Vec<BigRockCandidate<'p>> = plan
            .commitments
            .iter()
            .filter(|c| {
                chosen.contains(&c.id) || (Some(c.owner) == me && c.status.counts_as_load())
            })
            .map(|commitment| BigRockCandidate {
                commitment,
                chosen: chosen.contains(&commitment.id),
            })
            .collect();
        order::sort_by(&mut candidates, |a, b| by_due_then_title(a.commitment, b.commitment));
        BigRockChoice { week, candidates, chosen }
    }

    /// Whether the week has all the big rocks it may have.
    pub fn is_full(&self) -> bool {
        self.chosen.len() >= BIG_ROCKS_LIMIT
    }

    /// Whether `id` can be checked or unchecked: a chosen one always, another while
    /// the week is not full.
    pub fn can_toggle(&self, id: CommitmentId) -> bool {
        self.chosen.contains(&id) || !self.is_full()
    }

    /// The week's big rocks once `id` is checked (`on`) or unchecked, for
    /// [`Command::SetBigRocks`]: a newly checked one comes last.
    pub fn toggled(&self, id: CommitmentId, on: bool) -> Vec<CommitmentId> {
        let mut chosen: Vec<CommitmentId> =
            self.chosen.iter().copied().filter(|chosen| *chosen != id).collect();
        if on {
            chosen.push(id);
        }
        chosen
    }
}
