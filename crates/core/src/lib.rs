//! The pure domain of Plateful.
//!
//! This crate holds the plan, the commands that change it and the file format. It
//! depends on no browser crate, reads no clock and draws no random number: `today`,
//! timestamps and ids are arguments, so every function here is deterministic and
//! testable natively.

pub mod assessment;
pub mod axis;
pub mod calendar;
pub mod calibration;
mod checked;
pub mod command;
pub mod commitment;
pub mod detail;
pub mod filter;
pub mod first_run;
pub mod focus;
pub mod format;
pub mod hours;
pub mod ids;
pub mod input;
pub mod item;
mod json_path;
pub mod merge;
pub mod order;
pub mod person;
pub mod plan;
pub mod priorities;
pub mod projection;
pub mod quick;
pub mod quota;
pub mod relief;
pub mod review;
pub mod sample_plan;
pub mod settings;
pub mod sync;
pub mod team;
pub mod text;
mod timestamp;
pub mod today;
pub mod trends;
pub mod undo;
pub mod warnings;
pub mod weekly_review;
pub mod whatif;
pub mod window;

pub use assessment::{assess, Assessment};
pub use command::{Command, CommandKind, CommitmentFields, DomainError, Field};
pub use commitment::{
    Commitment, Due, DueKind, Effort, EffortKind, Party, ProgressEntry, Status, StatusKind, Waiting,
};
pub use format::{Envelope, FormatError, CURRENT_VERSION, FORMAT};
pub use hours::{Hours, NumberError, PositiveHours, WeeklyHours};
pub use ids::{CommitmentId, PersonId, ReviewId};
pub use person::{DateRange, DayName, Person, Role, WorkingDays};
pub use plan::{Plan, Tombstone, Violation};
pub use projection::{LoadLevel, PersonLoad, Projection, WeekFigure, WeekLoad};
pub use review::{
    Decision, DecisionKind, Pulse, Reflection, Review, ReviewEntry, WeekRocks, WeekSnapshot,
    BIG_ROCKS_LIMIT,
};
pub use settings::{
    Calibration, CalibrationMode, Language, NumberKind, SettingBounds, SettingError, SettingField,
    SettingProblem, Settings, Theme, Thresholds,
};
pub use text::{Notes, PersonName, Source, Tag, TextError, Title};
pub use warnings::{Severity, Warning, WarningKind};
pub use weekly_review::{DraftEntry, FinishError, Gate, LookAhead, ReviewDraft, Step, Triage};
