//! The plan: everything the user has, and the invariants that hold across it.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};

use serde::{Deserialize, Serialize};

use crate::commitment::{Commitment, Effort, Party, Status};
use crate::ids::{CommitmentId, PersonId};
use crate::order;
use crate::person::{Person, Role};
use crate::review::{Review, WeekRocks};
use crate::settings::Settings;

/// A user's whole plan. Its invariants (see [`Plan::check`]) hold for every plan
/// that [`crate::format::parse`] returns and that [`Plan::apply`] leaves behind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub people: Vec<Person>,
    #[serde(default)]
    pub commitments: Vec<Commitment>,
    #[serde(default, deserialize_with = "crate::format::object")]
    pub settings: Settings,
    /// Each week's big rocks, one entry per week.
    #[serde(default)]
    pub big_rocks: Vec<WeekRocks>,
    /// Completed weekly reviews, oldest first.
    #[serde(default)]
    pub reviews: Vec<Review>,
    /// What is left of deleted commitments, in the order the deletions were recorded,
    /// so that merging an older file does not bring them back.
    #[serde(default)]
    pub tombstones: Vec<Tombstone>,
}

/// What is left of a deleted commitment: its id and when it was deleted. A merge
/// brings the commitment back only from a file that changed it after that.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tombstone {
    pub id: CommitmentId,
    pub deleted_at: DateTime<Utc>,
}

/// A broken cross-reference, with where it is in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// A path like `plan.commitments[3].owner`.
    pub path: String,
    pub message: String,
}

impl Plan {
    /// A plan with only me in it.
    pub fn new(me: Person) -> Self {
        Plan {
            people: vec![me],
            commitments: Vec::new(),
            settings: Settings::default(),
            big_rocks: Vec::new(),
            reviews: Vec::new(),
            tombstones: Vec::new(),
        }
    }

    /// The one person whose role is `Me`. Every checked plan has exactly one.
    pub fn me(&self) -> Option<&Person> {
        self.people.iter().find(|person| person.role == Role::Me)
    }

    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|person| person.id == id)
    }

    pub fn commitment(&self, id: CommitmentId) -> Option<&Commitment> {
        self.commitments.iter().find(|commitment| commitment.id == id)
    }

    /// The big rocks of the week starting on `week`.
    pub fn big_rocks_of(&self, week: NaiveDate) -> &[CommitmentId] {
        self.big_rocks
            .iter()
            .find(|rocks| rocks.week == week)
            .map(|rocks| rocks.commitments.as_slice())
            .unwrap_or(&[])
    }

    pub fn commitment_index(&self, id: CommitmentId) -> Option<usize> {
        self.commitments.iter().position(|commitment| commitment.id == id)
    }

    /// The tombstone of a deleted commitment.
    pub fn tombstone(&self, id: CommitmentId) -> Option<&Tombstone> {
        self.tombstones.iter().find(|tombstone| tombstone.id == id)
    }

    /// The inbox: requests not accepted yet (Proposed), whoever would own them, oldest
    /// first (then by id), whatever the order of the plan. Today counts them; the
    /// review's Get clear triages them.
    pub fn inbox(&self) -> Vec<&Commitment> {
        let mut inbox: Vec<&Commitment> =
            self.commitments.iter().filter(|c| c.status == Status::Proposed).collect();
        order::sort_by_key(&mut inbox, |c| (c.created_at, c.id));
        inbox
    }

    /// The day the last weekly review was completed (the UTC date of its completion
    /// time), if there was one.
    pub fn last_review(&self) -> Option<NaiveDate> {
        self.reviews.iter().map(|review| review.completed_at.date_naive()).max()
    }

    /// The requests `person` asked of me that I declined, in plan order.
    pub fn declined_for(&self, person: PersonId) -> impl Iterator<Item = &Commitment> + '_ {
        self.commitments.iter().filter(move |commitment| {
            commitment.status.is_declined()
                && commitment.requested_by == Some(Party::Person(person))
        })
    }

    /// Checks what the types alone cannot: exactly one `me`, unique ids, that every
    /// reference points at someone who exists and can hold it, and that no commitment
    /// is also deleted. Returns the first violation, in file order.
    pub fn check(&self) -> Result<(), Violation> {
        let violation = |path: String, message: String| Err(Violation { path, message });
        let mes = self.people.iter().filter(|person| person.role == Role::Me).count();
        if mes != 1 {
            return violation(
                "plan.people".into(),
                format!("exactly one person must have the role \"me\" (found {mes})"),
            );
        }
        let mut person_ids = HashSet::new();
        for (index, person) in self.people.iter().enumerate() {
            if !person_ids.insert(person.id) {
                return violation(
                    format!("plan.people[{index}].id"),
                    format!("{} is used by another person", person.id),
                );
            }
            if person.role.needs_capacity() && person.weekly_capacity.is_none() {
                return violation(
                    format!("plan.people[{index}].weekly_capacity"),
                    "must be set for \"me\"".into(),
                );
            }
        }
        let mut commitment_ids = HashSet::new();
        for (index, commitment) in self.commitments.iter().enumerate() {
            let at = |field: &str| format!("plan.commitments[{index}].{field}");
            if !commitment_ids.insert(commitment.id) {
                return violation(
                    at("id"),
                    format!("{} is used by another commitment", commitment.id),
                );
            }
            match self.person(commitment.owner) {
                None => return violation(at("owner"), unknown_person(commitment.owner)),
                Some(owner) if !owner.carries_work() => {
                    return violation(
                        at("owner"),
                        format!("{} has no weekly capacity, so cannot own work", owner.name),
                    )
                }
                Some(_) => {}
            }
            if let Some(Party::Person(id)) = commitment.requested_by {
                if self.person(id).is_none() {
                    return violation(at("requested_by.person"), unknown_person(id));
                }
            }
            if let Status::Waiting(waiting) = &commitment.status {
                if let Party::Person(id) = waiting.on {
                    if self.person(id).is_none() {
                        return violation(at("status.waiting_on.person"), unknown_person(id));
                    }
                }
            }
            if let Some(id) = commitment.delegated_by {
                if self.person(id).is_none() {
                    return violation(at("delegated_by"), unknown_person(id));
                }
            }
            if let (Some(start), Some(due)) = (commitment.start, commitment.due) {
                if due.date < start {
                    return violation(
                        at("due.date"),
                        format!("{} is before the start date {start}", due.date),
                    );
                }
            }
            if let (Some(start), Effort::Recurring { until: Some(until), .. }) =
                (commitment.start, &commitment.effort)
            {
                if *until < start {
                    return violation(
                        at("effort.until"),
                        format!("{until} is before the start date {start}"),
                    );
                }
            }
        }
        let mut weeks = HashSet::new();
        for (index, rocks) in self.big_rocks.iter().enumerate() {
            if !weeks.insert(rocks.week) {
                return violation(
                    format!("plan.big_rocks[{index}].week"),
                    format!("the week of {} is listed twice", rocks.week),
                );
            }
            let mut seen = HashSet::new();
            for (position, id) in rocks.commitments.iter().enumerate() {
                let at = format!("plan.big_rocks[{index}].commitments[{position}]");
                if !commitment_ids.contains(id) {
                    return violation(at, format!("no commitment has the id {id}"));
                }
                if !seen.insert(*id) {
                    return violation(at, format!("{id} is listed twice"));
                }
            }
        }
        let mut review_ids = HashSet::new();
        for (index, review) in self.reviews.iter().enumerate() {
            if !review_ids.insert(review.id) {
                return violation(
                    format!("plan.reviews[{index}].id"),
                    format!("{} is used by another review", review.id),
                );
            }
        }
        let mut deleted = HashSet::new();
        for (index, tombstone) in self.tombstones.iter().enumerate() {
            let at = format!("plan.tombstones[{index}].id");
            if !deleted.insert(tombstone.id) {
                return violation(at, format!("{} is listed twice", tombstone.id));
            }
            if commitment_ids.contains(&tombstone.id) {
                return violation(
                    at,
                    format!("{} is deleted, yet still a commitment of the plan", tombstone.id),
                );
            }
        }
        if let Err(error) = self.settings.check() {
            return violation(
                format!("plan.settings.{}", error.field.path()),
                error.problem.to_string(),
            );
        }
        Ok(())
    }
}

fn unknown_person(id: PersonId) -> String {
    format!("no person has the id {id}")
}
