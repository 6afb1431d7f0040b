//! The plan a first visit starts from.

use plateful_core::{Person, PersonName, Plan, Role};

use crate::platform;

/// A plan with only me in it, named in the browser's language.
pub fn starter_plan() -> Plan {
    let language = platform::browser_language();
    let name = match language {
        plateful_core::Language::En => "Me",
        plateful_core::Language::Fr => "Moi",
    };
    // "Me" and "Moi" are valid names; the fallback never runs.
    let name = PersonName::parse(name).unwrap_or_else(|_| unreachable!());
    let mut plan = Plan::new(Person::new(platform::new_person_id(), name, Role::Me));
    plan.settings.language = language;
    plan
}
