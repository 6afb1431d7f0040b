//! Every sentence the user reads, in English and French: one key space ([`Msg`]), one
//! function per language ([`en::say`], [`fr::say`]), each an exhaustive match, so that
//! a message without its translation does not compile. Figures inside messages go
//! through `crate::fmt` with the language's conventions; names and titles come in as
//! data. Views ask [`tr`] for words; `sentences.rs` turns the core's findings (warnings,
//! relief, verdicts) into messages.

mod en;
mod fr;
pub mod markdown;
mod msg;

pub use markdown::markdown;
pub use msg::Msg;

use plateful_core::sync::{Health, Stop};
use plateful_core::Language;

/// The message in the language.
pub fn tr(language: Language, msg: Msg) -> String {
    match language {
        Language::En => en::say(msg),
        Language::Fr => fr::say(msg),
    }
}

/// A field's problem, worded: the commitment form's, the log's, the review's.
pub fn problem(language: Language, problem: &plateful_core::input::Problem) -> String {
    use plateful_core::input::Problem;
    match problem {
        Problem::Text(error) => tr(language, Msg::TextError(error)),
        Problem::Input(error) => tr(language, Msg::InputError(error)),
        Problem::Domain(error) => tr(language, Msg::DomainError(error)),
    }
}

/// What the storage banner says while the plan on screen is not in storage, and the
/// browser's own words when it gave some; nothing when it is saved.
pub fn health(language: Language, health: &Health) -> Option<(String, String)> {
    match health {
        Health::Saved => None,
        Health::Failing(error) | Health::Stopped(Stop::Unavailable(error)) => {
            let detail = match error {
                plateful_core::sync::StoreError::Unavailable(words)
                | plateful_core::sync::StoreError::Refused(words) => words.clone(),
                plateful_core::sync::StoreError::Full => String::new(),
            };
            Some((tr(language, Msg::StoreError(error)), detail))
        }
        Health::Stopped(Stop::Unreadable(_)) => {
            Some((tr(language, Msg::StorageUnreadable), String::new()))
        }
    }
}
