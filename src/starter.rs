//! The plan a first visit starts from.

use plateful_core::{Person, PersonName, Plan, Role};

use crate::platform;

/// A plan with only me in it, named in the browser's language: the placeholder name
/// by which the core tells a first run (`plateful_core::first_run::is_first_run`).
pub fn starter_plan() -> Plan {
    let language = platform::browser_language();
    let name = plateful_core::first_run::placeholder_name(language);
    // "Me" and "Moi" are valid names; the fallback never runs.
    let name = PersonName::parse(name).unwrap_or_else(|_| unreachable!());
    let mut plan = Plan::new(Person::new(platform::new_person_id(), name, Role::Me));
    plan.settings.language = language;
    plan
}
