//! The first run (SPEC 3): how a plan that nobody has started yet is recognised, and
//! the welcome's answers (my name, weekly capacity and working days) as the one
//! command that records them.
//!
//! A first run is read from the plan itself, not from a flag kept beside it, so that
//! it shows again after "Erase everything" and after the sample plan is removed from a
//! plan the user never started: only me, under the name a first visit gives, and
//! nothing else at all.

use crate::command::Command;
use crate::input::{self, InputError};
use crate::person::{Person, WorkingDays};
use crate::plan::Plan;
use crate::settings::Language;
use crate::text::{PersonName, TextError};

/// The name a first visit gives me, in the browser's language, until I give mine.
pub fn placeholder_name(language: Language) -> &'static str {
    match language {
        Language::En => "Me",
        Language::Fr => "Moi",
    }
}

/// Whether `name` is one a first visit gives, in any language.
pub fn is_placeholder_name(name: &str) -> bool {
    [Language::En, Language::Fr].into_iter().any(|language| placeholder_name(language) == name)
}

/// Whether the plan is one nobody has started: only me, still under the placeholder
/// name, and no commitment, deletion, review or big rock.
pub fn is_first_run(plan: &Plan) -> bool {
    let named = plan.me().is_some_and(|me| !is_placeholder_name(me.name.as_str()));
    plan.people.len() == 1
        && !named
        && plan.commitments.is_empty()
        && plan.tombstones.is_empty()
        && plan.reviews.is_empty()
        && plan.big_rocks.is_empty()
}

/// What is wrong with the welcome's answers, field by field.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WelcomeProblems {
    pub name: Option<TextError>,
    pub capacity: Option<InputError>,
    /// No working day was chosen: capacity would have no day to come from.
    pub no_working_day: bool,
}

/// The welcome's answers as the command that records them on `me`: the name and the
/// weekly capacity as typed, the working days as chosen. Everything else about me
/// (time off, the role) stays.
pub fn welcome(
    me: &Person,
    name: &str,
    capacity: &str,
    working_days: WorkingDays,
) -> Result<Command, WelcomeProblems> {
    let name = PersonName::parse(name);
    let capacity = input::weekly_hours(capacity);
    let no_working_day = working_days.count() == 0;
    match (name, capacity) {
        (Ok(name), Ok(capacity)) if !no_working_day => {
            let mut next = me.clone();
            next.name = name;
            next.weekly_capacity = Some(capacity);
            next.working_days = working_days;
            Ok(Command::EditPerson(next))
        }
        (name, capacity) => {
            Err(WelcomeProblems { name: name.err(), capacity: capacity.err(), no_working_day })
        }
    }
}
