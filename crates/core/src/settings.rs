//! The user's settings. Every number in the spec that is "a default the user can
//! change" lives here, with its bounds.
//!
//! The bounds live in one table, [`SettingField::bounds`]. The file parser reads each
//! number through it, and [`Settings::check`] (which both [`crate::Plan::apply`] and
//! [`crate::Plan::check`] call) holds every number to it and the thresholds to their
//! order, so the app never accepts a value its own parser would refuse.
//!
//! The numbers are plain `f64` and `u32` rather than one bounded type each: the form
//! saves one field at a time, thresholds are only valid relative to each other, and a
//! refusal must name its field. [`Settings::with_field`] is that one step.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use crate::person::DayName;

/// Load ratios, in percent, at which a week becomes Full, Over and Critical: each
/// within [`SettingField`]'s bounds and strictly below the next.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    #[serde(deserialize_with = "full_percent")]
    pub full_percent: f64,
    #[serde(deserialize_with = "over_percent")]
    pub over_percent: f64,
    #[serde(deserialize_with = "critical_percent")]
    pub critical_percent: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { full_percent: 85.0, over_percent: 100.0, critical_percent: 125.0 }
    }
}

/// Whether load uses the factor learned from finished work or one the user set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CalibrationMode {
    Manual,
    Learned,
}

/// How estimates are scaled into load.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Calibration {
    pub mode: CalibrationMode,
    #[serde(deserialize_with = "calibration_factor")]
    pub manual_factor: f64,
}

impl Default for Calibration {
    fn default() -> Self {
        Calibration { mode: CalibrationMode::Manual, manual_factor: 1.0 }
    }
}

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    #[default]
    En,
    Fr,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::En, Language::Fr];

    pub fn as_str(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
        }
    }

    pub fn parse(text: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|language| language.as_str() == text)
    }
}

/// The colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    Light,
    Dark,
    #[default]
    System,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::System => "system",
        }
    }

    pub fn parse(text: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.as_str() == text)
    }
}

impl CalibrationMode {
    pub const ALL: [CalibrationMode; 2] = [CalibrationMode::Manual, CalibrationMode::Learned];

    pub fn as_str(self) -> &'static str {
        match self {
            CalibrationMode::Manual => "manual",
            CalibrationMode::Learned => "learned",
        }
    }

    pub fn parse(text: &str) -> Option<CalibrationMode> {
        CalibrationMode::ALL.into_iter().find(|mode| mode.as_str() == text)
    }
}

/// Everything the user can tune. Missing fields in a file take their defaults.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub week_start: DayName,
    /// Weeks shown and checked ahead, this week included.
    #[serde(deserialize_with = "horizon_weeks")]
    pub horizon_weeks: u32,
    pub thresholds: Thresholds,
    /// Active one-offs above which work in progress is too much.
    #[serde(deserialize_with = "wip_limit")]
    pub wip_limit: u32,
    pub calibration: Calibration,
    /// Weeks without logged progress after which an active one-off is treading water.
    #[serde(deserialize_with = "stale_weeks")]
    pub stale_weeks: u32,
    /// Days without a follow-up after which a waiting commitment deserves a nudge.
    #[serde(deserialize_with = "waiting_nudge_days")]
    pub waiting_nudge_days: u32,
    /// Days ahead within which a due date makes a commitment urgent.
    #[serde(deserialize_with = "urgent_window_days")]
    pub urgent_window_days: u32,
    pub language: Language,
    pub theme: Theme,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            week_start: DayName::Mon,
            horizon_weeks: 12,
            thresholds: Thresholds::default(),
            wip_limit: 5,
            calibration: Calibration::default(),
            stale_weeks: 2,
            waiting_nudge_days: 7,
            urgent_window_days: 7,
            language: Language::En,
            theme: Theme::System,
        }
    }
}

impl Settings {
    /// The value of a numeric setting.
    pub fn get(&self, field: SettingField) -> f64 {
        match field {
            SettingField::FullPercent => self.thresholds.full_percent,
            SettingField::OverPercent => self.thresholds.over_percent,
            SettingField::CriticalPercent => self.thresholds.critical_percent,
            SettingField::WipLimit => f64::from(self.wip_limit),
            SettingField::HorizonWeeks => f64::from(self.horizon_weeks),
            SettingField::StaleWeeks => f64::from(self.stale_weeks),
            SettingField::WaitingNudgeDays => f64::from(self.waiting_nudge_days),
            SettingField::UrgentWindowDays => f64::from(self.urgent_window_days),
            SettingField::CalibrationFactor => self.calibration.manual_factor,
        }
    }

    /// These settings with one number changed, or why it cannot be: outside the
    /// field's bounds, not a finite number, not whole where a count is expected, or a
    /// threshold not strictly between its neighbours. What it returns,
    /// `Command::UpdateSettings` accepts, so a form can save each field as soon as
    /// it is valid, and show the error next to the field otherwise. (An error about
    /// another field means these settings were invalid already, which a plan's never
    /// are.)
    pub fn with_field(&self, field: SettingField, value: f64) -> Result<Settings, SettingError> {
        let refuse = |problem| SettingError { field, problem };
        let value = field.check(value).map_err(refuse)?;
        if let Some(position) = SettingField::THRESHOLDS.iter().position(|t| *t == field) {
            if let Some(below) = position.checked_sub(1).map(|i| SettingField::THRESHOLDS[i]) {
                let neighbour = self.get(below);
                if value <= neighbour {
                    return Err(refuse(SettingProblem::MustBeAbove {
                        neighbour: below,
                        value: neighbour,
                    }));
                }
            }
            if let Some(&above) = SettingField::THRESHOLDS.get(position + 1) {
                let neighbour = self.get(above);
                if value >= neighbour {
                    return Err(refuse(SettingProblem::MustBeBelow {
                        neighbour: above,
                        value: neighbour,
                    }));
                }
            }
        }
        let mut next = self.clone();
        next.set(field, value);
        next.check()?;
        Ok(next)
    }

    /// Every number within its bounds (in the order of [`SettingField::ALL`]), then
    /// each threshold strictly above the one before; the first problem found. The
    /// bounds come first, so the comparisons below only ever see finite numbers.
    pub fn check(&self) -> Result<(), SettingError> {
        for field in SettingField::ALL {
            field.check(self.get(field)).map_err(|problem| SettingError { field, problem })?;
        }
        for pair in SettingField::THRESHOLDS.windows(2) {
            let (lower, upper) = (pair[0], pair[1]);
            if self.get(upper) <= self.get(lower) {
                return Err(SettingError {
                    field: upper,
                    problem: SettingProblem::MustBeAbove {
                        neighbour: lower,
                        value: self.get(lower),
                    },
                });
            }
        }
        Ok(())
    }

    /// Sets a number that [`SettingField::check`] accepted: a whole field holds a
    /// whole number within `u32`.
    fn set(&mut self, field: SettingField, value: f64) {
        let whole = value as u32;
        match field {
            SettingField::FullPercent => self.thresholds.full_percent = value,
            SettingField::OverPercent => self.thresholds.over_percent = value,
            SettingField::CriticalPercent => self.thresholds.critical_percent = value,
            SettingField::WipLimit => self.wip_limit = whole,
            SettingField::HorizonWeeks => self.horizon_weeks = whole,
            SettingField::StaleWeeks => self.stale_weeks = whole,
            SettingField::WaitingNudgeDays => self.waiting_nudge_days = whole,
            SettingField::UrgentWindowDays => self.urgent_window_days = whole,
            SettingField::CalibrationFactor => self.calibration.manual_factor = value,
        }
    }
}

/// A number the user sets in Settings. Each has its bounds ([`SettingField::bounds`]),
/// the one table that the file parser, [`Settings::check`] and the form all read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SettingField {
    FullPercent,
    OverPercent,
    CriticalPercent,
    WipLimit,
    HorizonWeeks,
    StaleWeeks,
    WaitingNudgeDays,
    UrgentWindowDays,
    CalibrationFactor,
}

/// Whether a setting counts (whole numbers) or measures (decimals).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberKind {
    Whole,
    Decimal,
}

/// The values a setting may take: `min..=max`, whole or decimal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SettingBounds {
    pub min: f64,
    pub max: f64,
    pub kind: NumberKind,
}

impl SettingField {
    pub const ALL: [SettingField; 9] = [
        SettingField::FullPercent,
        SettingField::OverPercent,
        SettingField::CriticalPercent,
        SettingField::WipLimit,
        SettingField::HorizonWeeks,
        SettingField::StaleWeeks,
        SettingField::WaitingNudgeDays,
        SettingField::UrgentWindowDays,
        SettingField::CalibrationFactor,
    ];

    /// The thresholds, lowest first: each must be strictly above the one before.
    pub const THRESHOLDS: [SettingField; 3] =
        [SettingField::FullPercent, SettingField::OverPercent, SettingField::CriticalPercent];

    /// The bounds of SPEC 2.1. Old files with values outside them are brought within by
    /// a migration of the file format, never by widening these.
    pub const fn bounds(self) -> SettingBounds {
        let (min, max, kind) = match self {
            SettingField::FullPercent
            | SettingField::OverPercent
            | SettingField::CriticalPercent => (1.0, 1000.0, NumberKind::Decimal),
            SettingField::WipLimit => (1.0, 100.0, NumberKind::Whole),
            SettingField::HorizonWeeks => (4.0, 52.0, NumberKind::Whole),
            SettingField::StaleWeeks => (1.0, 52.0, NumberKind::Whole),
            SettingField::WaitingNudgeDays => (1.0, 90.0, NumberKind::Whole),
            SettingField::UrgentWindowDays => (0.0, 60.0, NumberKind::Whole),
            SettingField::CalibrationFactor => (0.5, 5.0, NumberKind::Decimal),
        };
        SettingBounds { min, max, kind }
    }

    /// A stable name, for keys and element ids.
    pub fn as_str(self) -> &'static str {
        match self {
            SettingField::FullPercent => "full_percent",
            SettingField::OverPercent => "over_percent",
            SettingField::CriticalPercent => "critical_percent",
            SettingField::WipLimit => "wip_limit",
            SettingField::HorizonWeeks => "horizon_weeks",
            SettingField::StaleWeeks => "stale_weeks",
            SettingField::WaitingNudgeDays => "waiting_nudge_days",
            SettingField::UrgentWindowDays => "urgent_window_days",
            SettingField::CalibrationFactor => "calibration_factor",
        }
    }

    /// The field named by [`SettingField::as_str`].
    pub fn parse(text: &str) -> Option<SettingField> {
        SettingField::ALL.into_iter().find(|field| field.as_str() == text)
    }

    /// Where the field is in the plan file, under `plan.settings`.
    pub fn path(self) -> &'static str {
        match self {
            SettingField::FullPercent => "thresholds.full_percent",
            SettingField::OverPercent => "thresholds.over_percent",
            SettingField::CriticalPercent => "thresholds.critical_percent",
            SettingField::CalibrationFactor => "calibration.manual_factor",
            other => other.as_str(),
        }
    }

    /// The value, if it is a finite number within the bounds, and whole where the
    /// field counts. Only the bounds: the thresholds' order is [`Settings::check`]'s.
    pub fn check(self, value: f64) -> Result<f64, SettingProblem> {
        let SettingBounds { min, max, kind } = self.bounds();
        if !value.is_finite() {
            return Err(SettingProblem::NotFinite);
        }
        if value < min || value > max {
            return Err(SettingProblem::OutOfRange { min, max });
        }
        if kind == NumberKind::Whole && value.fract() != 0.0 {
            return Err(SettingProblem::NotWhole);
        }
        Ok(value)
    }
}

/// A setting refused, with the field it belongs next to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SettingError {
    pub field: SettingField,
    pub problem: SettingProblem,
}

/// What is wrong with a setting's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SettingProblem {
    /// NaN or infinite (`1e400` reads as infinity).
    NotFinite,
    /// A fraction where the field counts (weeks, days, commitments).
    NotWhole,
    /// Outside the field's bounds, which it names.
    OutOfRange { min: f64, max: f64 },
    /// A threshold not strictly above the one before it (`value` is that one's).
    MustBeAbove { neighbour: SettingField, value: f64 },
    /// A threshold not strictly below the one after it (`value` is that one's).
    MustBeBelow { neighbour: SettingField, value: f64 },
}

impl fmt::Display for SettingProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingProblem::NotFinite => f.write_str("must be a finite number"),
            SettingProblem::NotWhole => f.write_str("must be a whole number"),
            SettingProblem::OutOfRange { min, max } => {
                write!(f, "must be between {min} and {max}")
            }
            SettingProblem::MustBeAbove { neighbour, value } => {
                write!(f, "must be greater than {} ({value})", neighbour.as_str())
            }
            SettingProblem::MustBeBelow { neighbour, value } => {
                write!(f, "must be less than {} ({value})", neighbour.as_str())
            }
        }
    }
}

impl fmt::Display for SettingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.field.as_str(), self.problem)
    }
}

impl std::error::Error for SettingError {}

/// Reads a setting from the file through the same check as [`Settings::check`], so
/// that the error names the exact field.
fn read<'de, D: Deserializer<'de>>(deserializer: D, field: SettingField) -> Result<f64, D::Error> {
    crate::checked::number(deserializer, |value| field.check(value))
}

/// A whole setting: [`SettingField::check`] has made sure it fits a `u32`.
fn read_whole<'de, D: Deserializer<'de>>(
    deserializer: D,
    field: SettingField,
) -> Result<u32, D::Error> {
    read(deserializer, field).map(|value| value as u32)
}

fn full_percent<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
    read(deserializer, SettingField::FullPercent)
}

fn over_percent<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
    read(deserializer, SettingField::OverPercent)
}

fn critical_percent<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
    read(deserializer, SettingField::CriticalPercent)
}

fn calibration_factor<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
    read(deserializer, SettingField::CalibrationFactor)
}

fn wip_limit<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    read_whole(deserializer, SettingField::WipLimit)
}

fn horizon_weeks<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    read_whole(deserializer, SettingField::HorizonWeeks)
}

fn stale_weeks<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    read_whole(deserializer, SettingField::StaleWeeks)
}

fn waiting_nudge_days<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    read_whole(deserializer, SettingField::WaitingNudgeDays)
}

fn urgent_window_days<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    read_whole(deserializer, SettingField::UrgentWindowDays)
}
