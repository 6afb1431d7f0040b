//! Quick add: one line of text to a draft commitment.
//!
//! `Talk at the meetup 12h by 2027-03-15 @claire !` reads as the title "Talk at the
//! meetup", 12 hours of one-off work, due 15 March 2027, asked by Claire, important.
//! Tokens may come in any order after the first word of the title:
//!
//! - `12h`, `2.5h`, `90m`: a one-off estimate; `3h/w`: recurring hours per week;
//! - `by 2026-12-15`, `by fri`, `by today`, `by tomorrow`: the due date (a weekday is
//!   the next one after today);
//! - `@name`: who asked (a person of the plan whose name starts with it), or who will
//!   own it when that person carries work and the word is `@@name`;
//! - `!`: important; `#tag`: a tag.

use std::fmt;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::commitment::{Due, DueKind, Effort, Party};
use crate::hours::{PositiveHours, WeeklyHours};
use crate::ids::PersonId;
use crate::plan::Plan;
use crate::text::{Source, Tag, TextError, Title};

/// What one line says.
#[derive(Clone, Debug, PartialEq)]
pub struct QuickDraft {
    pub title: Title,
    pub effort: Effort,
    pub due: Option<Due>,
    pub requested_by: Option<Party>,
    /// A person named with `@@`, who will own the work.
    pub owner: Option<PersonId>,
    pub important: bool,
    pub tags: Vec<Tag>,
}

/// Why a line cannot be read, with the word at fault.
#[derive(Clone, Debug, PartialEq)]
pub enum QuickError {
    /// No title left once the tokens are taken out.
    Title(TextError),
    /// A date that does not exist (`by 2026-02-30`).
    BadDate(String),
    /// Hours that are zero, too many, or not a number.
    BadHours(String),
    /// `@name` that matches nobody, or several people.
    UnknownPerson(String),
    AmbiguousPerson(String),
    /// `@@name` for someone who cannot carry work.
    CannotOwn(String),
    BadTag(String),
}

impl fmt::Display for QuickError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuickError::Title(error) => write!(f, "the title {error}"),
            QuickError::BadDate(word) => {
                write!(f, "\"{word}\" is not a date (try 2026-12-15 or fri)")
            }
            QuickError::BadHours(word) => {
                write!(f, "\"{word}\" is not a number of hours (try 12h or 3h/w)")
            }
            QuickError::UnknownPerson(name) => write!(f, "nobody in the plan is called \"{name}\""),
            QuickError::AmbiguousPerson(name) => write!(f, "several people match \"{name}\""),
            QuickError::CannotOwn(name) => {
                write!(f, "{name} has no weekly capacity, so cannot own work")
            }
            QuickError::BadTag(tag) => write!(f, "\"{tag}\" is not a tag"),
        }
    }
}

impl std::error::Error for QuickError {}

/// Reads one line. `today` resolves relative dates; `plan` resolves names.
pub fn parse(line: &str, today: NaiveDate, plan: &Plan) -> Result<QuickDraft, QuickError> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut title: Vec<&str> = Vec::new();
    let mut draft_effort = None;
    let mut due = None;
    let mut requested_by = None;
    let mut owner = None;
    let mut important = false;
    let mut tags = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let word = words[index];
        let first = title.is_empty();
        // "by" followed by a date sets the due date; otherwise it is a word of the
        // title ("organised by Claire").
        if !first && word.eq_ignore_ascii_case("by") {
            if let Some(next) = words.get(index + 1) {
                if let Some(date) = date(next, today) {
                    due = Some(Due { date, kind: DueKind::Soft });
                    index += 2;
                    continue;
                }
                if looks_like_iso_date(next) {
                    return Err(QuickError::BadDate((*next).to_owned()));
                }
            }
        }
        if !first {
            if let Some(effort) = hours(word)? {
                draft_effort = Some(effort);
                index += 1;
                continue;
            }
        }
        if word == "!" || (!first && word == "!!") {
            important = true;
        } else if let Some(name) = word.strip_prefix("@@") {
            let person = person(plan, name)?;
            if !plan.person(person).is_some_and(|p| p.carries_work()) {
                return Err(QuickError::CannotOwn(name.to_owned()));
            }
            owner = Some(person);
        } else if let Some(name) = word.strip_prefix('@').filter(|name| !name.is_empty()) {
            requested_by = Some(match person(plan, name) {
                Ok(id) => Party::Person(id),
                Err(QuickError::UnknownPerson(_)) => Party::Text(
                    Source::parse(name).map_err(|_| QuickError::UnknownPerson(name.to_owned()))?,
                ),
                Err(other) => return Err(other),
            });
        } else if let Some(tag) = word.strip_prefix('#').filter(|tag| !tag.is_empty() && !first) {
            tags.push(Tag::parse(tag).map_err(|_| QuickError::BadTag(tag.to_owned()))?);
        } else {
            title.push(word);
        }
        index += 1;
    }
    let title = Title::parse(&title.join(" ")).map_err(QuickError::Title)?;
    Ok(QuickDraft {
        title,
        effort: draft_effort.unwrap_or(Effort::Unestimated),
        due,
        requested_by,
        owner,
        important,
        tags,
    })
}

/// `12h`, `2,5h`, `90m` (one-off) or `3h/w` (recurring); `None` when the word is not
/// about hours at all.
fn hours(word: &str) -> Result<Option<Effort>, QuickError> {
    let lower = word.to_ascii_lowercase();
    let bad = || QuickError::BadHours(word.to_owned());
    let number = |text: &str| -> Option<f64> {
        let text = text.replace(',', ".");
        (!text.is_empty() && text.chars().all(|c| c.is_ascii_digit() || c == '.'))
            .then(|| text.parse().ok())?
    };
    if let Some(per_week) = lower.strip_suffix("h/w").or_else(|| lower.strip_suffix("h/week")) {
        let Some(value) = number(per_week) else {
            return Ok(None);
        };
        let hours = WeeklyHours::new(value).ok().filter(|h| h.get() > 0.0).ok_or_else(bad)?;
        return Ok(Some(Effort::Recurring { hours_per_week: hours, until: None }));
    }
    let (value, scale) = if let Some(h) = lower.strip_suffix('h') {
        (number(h), 1.0)
    } else if let Some(m) = lower.strip_suffix("min").or_else(|| lower.strip_suffix('m')) {
        (number(m), 1.0 / 60.0)
    } else {
        return Ok(None);
    };
    let Some(value) = value else {
        return Ok(None);
    };
    let estimate = PositiveHours::new(value * scale).map_err(|_| bad())?;
    Ok(Some(Effort::OneOff { estimate_hours: estimate }))
}

/// `2026-12-15`, `today`, `tomorrow`, or a weekday (`fri`, `friday`): the next one after
/// today.
fn date(word: &str, today: NaiveDate) -> Option<NaiveDate> {
    let lower = word.to_ascii_lowercase();
    if let Ok(date) = NaiveDate::parse_from_str(&lower, "%Y-%m-%d") {
        return Some(date);
    }
    match lower.as_str() {
        "today" => return Some(today),
        "tomorrow" => return Some(today + Duration::days(1)),
        _ => {}
    }
    let weekday = [
        ("mon", Weekday::Mon),
        ("tue", Weekday::Tue),
        ("wed", Weekday::Wed),
        ("thu", Weekday::Thu),
        ("fri", Weekday::Fri),
        ("sat", Weekday::Sat),
        ("sun", Weekday::Sun),
    ]
    .into_iter()
    .find(|(short, _)| lower.len() >= 3 && lower.starts_with(short))?
    .1;
    let ahead = (7 + weekday.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    Some(today + Duration::days(if ahead == 0 { 7 } else { i64::from(ahead) }))
}

/// The one person whose name (or first name) starts with `name`, ignoring case.
fn person(plan: &Plan, name: &str) -> Result<PersonId, QuickError> {
    let wanted = name.to_lowercase();
    let matches: Vec<PersonId> = plan
        .people
        .iter()
        .filter(|p| {
            let full = p.name.as_str().to_lowercase();
            full.starts_with(&wanted)
                || full.split_whitespace().any(|part| part.starts_with(&wanted))
        })
        .map(|p| p.id)
        .collect();
    match matches.as_slice() {
        [one] => Ok(*one),
        [] => Err(QuickError::UnknownPerson(name.to_owned())),
        _ => Err(QuickError::AmbiguousPerson(name.to_owned())),
    }
}

/// `dddd-dd-dd`: meant as a date, even if the calendar has no such day.
fn looks_like_iso_date(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}
