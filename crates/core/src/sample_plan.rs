//! The sample plan a first run offers (SPEC 3): a realistically overcommitted manager
//! to explore, and taken out again in one click without touching anything the user
//! added.
//!
//! The plan ships as a plan file beside the app (fetched only when asked, so it costs
//! the app nothing to carry). Its dates are those of the week it was written, and
//! [`open`] moves them to the week of today. Every id in it begins with
//! [`SAMPLE_ID_PREFIX`], which no id the app draws has (a random id would need 48
//! chosen bits): what belongs to the sample is read from the plan itself, whatever
//! happened since (a reload, another tab, an export merged back), and
//! [`without_sample`] takes out exactly that.

use std::collections::HashSet;

use chrono::{DateTime, Datelike, Duration, NaiveDate, SecondsFormat, Utc};
use serde_json::Value;
use uuid::Uuid;

use crate::commitment::{Party, Status};
use crate::format::{self, FormatError};
use crate::ids::PersonId;
use crate::person::Role;
use crate::plan::Plan;

/// The first six bytes of every id of the sample plan.
pub const SAMPLE_ID_PREFIX: [u8; 6] = [0x5a, 0x3b, 0x1e, 0x00, 0x00, 0x00];

/// Whether an id is one of the sample plan's.
pub fn is_sample(id: &Uuid) -> bool {
    id.as_bytes()[..SAMPLE_ID_PREFIX.len()] == SAMPLE_ID_PREFIX
}

/// What of the sample plan a plan holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SampleContents {
    pub people: usize,
    pub commitments: usize,
    pub reviews: usize,
}

impl SampleContents {
    pub fn of(plan: &Plan) -> SampleContents {
        SampleContents {
            people: plan.people.iter().filter(|p| is_sample(&p.id.0)).count(),
            commitments: plan.commitments.iter().filter(|c| is_sample(&c.id.0)).count(),
            reviews: plan.reviews.iter().filter(|r| is_sample(&r.id.0)).count(),
        }
    }

    /// Whether the plan holds nothing of the sample.
    pub fn is_empty(&self) -> bool {
        *self == SampleContents::default()
    }
}

/// The Monday of the week of `day`.
fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// How many days the dates of a plan written on `written` move so that its week
/// becomes the week of `today`: whole weeks, so that work due on a Friday is still due
/// on a Friday and a review's week still starts on its Monday.
pub fn days_moved(written: NaiveDate, today: NaiveDate) -> i64 {
    (monday_of(today) - monday_of(written)).num_days()
}

/// The sample plan file `text`, with every date of its plan moved by
/// [`days_moved`] from the day it was saved (its `saved_at`) to `today`. Timestamps
/// move the same way and are never later than `now`: the sample's history happened
/// before today, and what it changed last was not changed in the future.
pub fn open(text: &str, today: NaiveDate, now: DateTime<Utc>) -> Result<Plan, FormatError> {
    let written = format::parse(text)?.saved_at.date_naive();
    let days = Duration::days(days_moved(written, today));
    let mut value: Value = serde_json::from_str(text).map_err(|error| FormatError::NotJson {
        line: error.line(),
        column: error.column(),
        message: error.to_string(),
    })?;
    if let Some(plan) = value.get_mut("plan") {
        move_dates(plan, days, now);
    }
    format::parse(&value.to_string()).map(|envelope| envelope.plan)
}

/// Moves every date (`2026-01-05`) and timestamp (RFC 3339) found in a value of the
/// plan. Every other string (ids, titles, names) is none of these.
fn move_dates(value: &mut Value, days: Duration, now: DateTime<Utc>) {
    match value {
        Value::String(text) => {
            if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
                *text = (date + days).format("%Y-%m-%d").to_string();
            } else if let Ok(at) = DateTime::parse_from_rfc3339(text) {
                let moved = (at.with_timezone(&Utc) + days).min(now);
                *text = moved.to_rfc3339_opts(SecondsFormat::AutoSi, true);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| move_dates(item, days, now)),
        Value::Object(fields) => fields.values_mut().for_each(|item| move_dates(item, days, now)),
        _ => {}
    }
}

/// The plan without the sample: its commitments, reviews and people go, and so do its
/// big rocks and the tombstones of sample work deleted one by one, so that the sample
/// can be explored again later. No tombstone is left for the sample: it was never the
/// user's work, and a file holding it brings back only what this function removes
/// again.
///
/// What the user added stays, and with it every person it refers to: a commitment of
/// theirs handed to a sample report keeps that report, who is theirs from then on.
/// "Me" always stays, even one that came from the sample file itself.
pub fn without_sample(plan: &Plan) -> Plan {
    let mut kept = plan.clone();
    kept.commitments.retain(|c| !is_sample(&c.id.0));
    kept.reviews.retain(|r| !is_sample(&r.id.0));
    kept.tombstones.retain(|t| !is_sample(&t.id.0));
    for rocks in &mut kept.big_rocks {
        rocks.commitments.retain(|id| !is_sample(&id.0));
    }
    kept.big_rocks.retain(|rocks| !rocks.commitments.is_empty());
    let referred: HashSet<PersonId> = kept
        .commitments
        .iter()
        .flat_map(|c| {
            let asked = match &c.requested_by {
                Some(Party::Person(id)) => Some(*id),
                _ => None,
            };
            let waits_on = match &c.status {
                Status::Waiting(waiting) => match waiting.on {
                    Party::Person(id) => Some(id),
                    Party::Text(_) => None,
                },
                _ => None,
            };
            [Some(c.owner), asked, waits_on, c.delegated_by]
        })
        .flatten()
        .collect();
    kept.people.retain(|p| !is_sample(&p.id.0) || p.role == Role::Me || referred.contains(&p.id));
    kept
}
