//! The team: the heatmap of everyone's weeks, one person's page (SPEC 3: what they
//! carry, what I delegated to them, what I owe them), who work can be handed to, and
//! the edits the people editor makes to a person.

use std::cmp::Ordering;

use chrono::{Datelike, NaiveDate};

use crate::commitment::{Commitment, Due, Effort, Party, Status, StatusKind};
use crate::ids::{CommitmentId, PersonId};
use crate::order;
use crate::person::{DateRange, Person, Role};
use crate::plan::Plan;
use crate::priorities::by_due_then_title;
use crate::projection::{Projection, WeekFigure};
use crate::text::Title;

/// One commitment on a person's page, with the figures the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: CommitmentId,
    pub title: Title,
    pub status: StatusKind,
    /// Who does the work (on "what I owe them", me or the report I handed it to).
    pub owner: PersonId,
    pub due: Option<Due>,
    /// For a one-off, the hours still to do as estimated (the estimate less the hours
    /// logged, before calibration); `None` for other efforts.
    pub remaining_hours: Option<f64>,
    /// For recurring work, its hours per week; `None` for other efforts.
    pub hours_per_week: Option<f64>,
    /// Hours it puts in its owner's load this week (calibrated; 0 when it is not
    /// load: proposed, someday or closed).
    pub this_week: f64,
    /// Hours it puts in its owner's load over the horizon.
    pub planned: f64,
    /// The day it was finished or dropped (declined), for closed work.
    pub closed_on: Option<NaiveDate>,
}

impl Item {
    fn of(commitment: &Commitment, allocations: &[f64]) -> Item {
        Item {
            id: commitment.id,
            title: commitment.title.clone(),
            status: commitment.status.kind(),
            owner: commitment.owner,
            due: commitment.due,
            remaining_hours: commitment.remaining_hours(),
            hours_per_week: match commitment.effort {
                Effort::Recurring { hours_per_week, .. } => Some(hours_per_week.get()),
                Effort::OneOff { .. } | Effort::Unestimated => None,
            },
            this_week: allocations.first().copied().unwrap_or(0.0),
            planned: allocations.iter().fold(0.0, |sum, hours| sum + hours),
            closed_on: match commitment.status {
                Status::Done { on } | Status::Dropped { on, .. } => Some(on),
                _ => None,
            },
        }
    }
}

/// Everything a person's page shows about them.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonSummary {
    pub person: PersonId,
    /// The open work they own (neither done nor dropped), by due date then title.
    pub carries: Vec<Item>,
    /// Of that, what I handed over to them (never on my own page).
    pub delegated: Vec<Item>,
    /// What I owe them: accepted work they asked me for that is still open (Active,
    /// Waiting, Someday), done by me or handed by me to a report: delegating a promise
    /// does not release me from it.
    pub owed: Vec<Item>,
    /// What they asked that awaits my answer: their requests still in the inbox.
    pub asked: Vec<Item>,
    /// What I declined for them ([`Plan::declined_for`]), the latest first.
    pub declined: Vec<Item>,
    /// Their weeks over the horizon (empty when they carry no work).
    pub weeks: Vec<WeekFigure>,
}

impl PersonSummary {
    /// The page of `person`, from the plan and its projection (computed from this very
    /// plan); `None` when the person is not in it.
    pub fn of(plan: &Plan, person: PersonId, projection: &Projection) -> Option<PersonSummary> {
        plan.person(person)?;
        let me = plan.me().map(|me| me.id);
        let asked_by = Some(Party::Person(person));
        let (mut carries, mut delegated, mut owed, mut asked) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (index, c) in plan.commitments.iter().enumerate() {
            if c.owner == person && !c.status.is_closed() {
                carries.push(index);
                if me.is_some_and(|me| c.delegated_by == Some(me) && me != person) {
                    delegated.push(index);
                }
            }
            if c.requested_by != asked_by {
                continue;
            }
            let mine = me.is_some_and(|me| c.owner == me || c.delegated_by == Some(me));
            match c.status {
                Status::Active | Status::Waiting(_) | Status::Someday if mine => owed.push(index),
                Status::Proposed => asked.push(index),
                _ => {}
            }
        }
        let items = |mut indices: Vec<usize>, order: fn(&Commitment, &Commitment) -> Ordering| {
            order::sort_by(&mut indices, |a, b| {
                order(&plan.commitments[*a], &plan.commitments[*b])
            });
            indices
                .into_iter()
                .map(|index| Item::of(&plan.commitments[index], projection.allocations_of(index)))
                .collect()
        };
        Some(PersonSummary {
            person,
            carries: items(carries, by_due_then_title),
            delegated: items(delegated, by_due_then_title),
            owed: items(owed, by_due_then_title),
            asked: items(asked, by_due_then_title),
            declined: declined(plan, person),
            weeks: projection.week_figures(person),
        })
    }

    /// Hours planned for them this week.
    pub fn planned_this_week(&self) -> f64 {
        self.weeks.first().map_or(0.0, |week| week.load)
    }
}

/// What I declined for `person`, the latest first. Declined work is closed and puts
/// nothing in anyone's load.
fn declined(plan: &Plan, person: PersonId) -> Vec<Item> {
    let mut declined: Vec<Item> =
        plan.declined_for(person).map(|commitment| Item::of(commitment, &[])).collect();
    order::sort_by(&mut declined, |a, b| {
        b.closed_on
            .cmp(&a.closed_on)
            .then_with(|| a.title.cmp(&b.title))
            .then_with(|| a.id.cmp(&b.id))
    });
    declined
}

/// Who `commitment` can be handed to: everyone who carries work (has a weekly
/// capacity, as [`crate::Command::Delegate`] requires), except its owner, in plan
/// order. For my own work that is my reports (and anyone else with a capacity); for a
/// report's, it includes me, taking it back.
pub fn delegation_candidates<'p>(plan: &'p Plan, commitment: &Commitment) -> Vec<&'p Person> {
    plan.people
        .iter()
        .filter(|person| person.carries_work() && person.id != commitment.owner)
        .collect()
}

/// A column of the heatmap: a week, and its year when the heading should say it (the
/// first column, and the first week of a new year), so that twelve headings do not
/// repeat the same year twelve times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// The first day of the week.
    pub start: NaiveDate,
    pub year: Option<i32>,
}

/// One row of the heatmap: a person who carries work and their weeks.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub person: PersonId,
    pub weeks: Vec<WeekFigure>,
}

/// The heatmap of people by weeks: everyone who carries work, in plan order, and the
/// weeks of the horizon.
#[derive(Clone, Debug, PartialEq)]
pub struct Heatmap {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

impl Heatmap {
    /// The heatmap of the plan whose projection this is.
    pub fn of(projection: &Projection) -> Heatmap {
        let mut last_year = None;
        let columns = projection
            .weeks()
            .into_iter()
            .map(|start| {
                let year = start.year();
                let shown = (last_year != Some(year)).then_some(year);
                last_year = Some(year);
                Column { start, year: shown }
            })
            .collect();
        let rows = projection
            .people
            .iter()
            .map(|load| Row { person: load.person, weeks: projection.week_figures(load.person) })
            .collect();
        Heatmap { columns, rows }
    }
}

impl Person {
    /// The person with another role. A report who becomes a peer or a stakeholder
    /// stops carrying work (no weekly capacity; [`crate::Command::EditPerson`] refuses
    /// it while they still own some), and one who becomes a report keeps the capacity
    /// they had or gets the default week. Between two roles of the same kind the
    /// capacity stays as it was. "Me" never changes role: it is returned as it is.
    pub fn with_role(&self, role: Role) -> Person {
        let mut next = self.clone();
        if self.role == Role::Me || role == Role::Me {
            return next;
        }
        let carries = |role: Role| role.default_capacity().is_some();
        match (carries(self.role), carries(role)) {
            (false, true) => {
                next.weekly_capacity = self.weekly_capacity.or(role.default_capacity());
            }
            (true, false) => next.weekly_capacity = None,
            _ => {}
        }
        next.role = role;
        next
    }

    /// The person with `range` added to their time off, in date order (by first day,
    /// then last); a range they have already is not added twice.
    pub fn with_time_off(&self, range: DateRange) -> Person {
        let mut next = self.clone();
        if !next.time_off.contains(&range) {
            next.time_off.push(range);
            order::sort_by_key(&mut next.time_off, |range| (range.from(), range.to()));
        }
        next
    }

    /// The person without the time off `range`.
    pub fn without_time_off(&self, range: DateRange) -> Person {
        let mut next = self.clone();
        next.time_off.retain(|kept| *kept != range);
        next
    }
}
