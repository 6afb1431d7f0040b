//! The user's settings. Every number in the spec that is "a default the user can
//! change" lives here.

use serde::{Deserialize, Serialize};

use crate::hours::{check_range, Bounded, NumberError};
use crate::person::DayName;

/// Load ratios, in percent, at which a week becomes Full, Over and Critical.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    #[serde(deserialize_with = "percent")]
    pub full_percent: f64,
    #[serde(deserialize_with = "percent")]
    pub over_percent: f64,
    #[serde(deserialize_with = "percent")]
    pub critical_percent: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { full_percent: 85.0, over_percent: 100.0, critical_percent: 125.0 }
    }
}

fn percent<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
    let value = f64::deserialize(deserializer)?;
    check_range(value, 1.0, 1000.0).map_err(serde::de::Error::custom)
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
    #[serde(deserialize_with = "factor")]
    pub manual_factor: f64,
}

impl Calibration {
    pub const MIN_FACTOR: f64 = 0.1;
    pub const MAX_FACTOR: f64 = 10.0;

    pub fn check_factor(value: f64) -> Result<f64, NumberError> {
        check_range(value, Self::MIN_FACTOR, Self::MAX_FACTOR)
    }
}

impl Default for Calibration {
    fn default() -> Self {
        Calibration { mode: CalibrationMode::Manual, manual_factor: 1.0 }
    }
}

fn factor<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
    let value = f64::deserialize(deserializer)?;
    Calibration::check_factor(value).map_err(serde::de::Error::custom)
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
    pub fn as_str(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
        }
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

/// Everything the user can tune. Missing fields in a file take their defaults.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub week_start: DayName,
    /// Weeks shown and checked ahead, this week included.
    pub horizon_weeks: Bounded<1, 52>,
    pub thresholds: Thresholds,
    /// Active one-offs above which work in progress is too much.
    pub wip_limit: Bounded<1, 100>,
    pub calibration: Calibration,
    /// Weeks without logged progress after which an active one-off is treading water.
    pub stale_weeks: Bounded<1, 52>,
    /// Days without a follow-up after which a waiting commitment deserves a nudge.
    pub waiting_nudge_days: Bounded<1, 365>,
    /// Days ahead within which a due date makes a commitment urgent.
    pub urgent_window_days: Bounded<0, 365>,
    pub language: Language,
    pub theme: Theme,
}

impl Default for Settings {
    fn default() -> Self {
        // The literals are within the bounds of their types.
        Settings {
            week_start: DayName::Mon,
            horizon_weeks: Bounded::new(12).unwrap_or_else(|_| unreachable!()),
            thresholds: Thresholds::default(),
            wip_limit: Bounded::new(5).unwrap_or_else(|_| unreachable!()),
            calibration: Calibration::default(),
            stale_weeks: Bounded::new(2).unwrap_or_else(|_| unreachable!()),
            waiting_nudge_days: Bounded::new(7).unwrap_or_else(|_| unreachable!()),
            urgent_window_days: Bounded::new(7).unwrap_or_else(|_| unreachable!()),
            language: Language::En,
            theme: Theme::System,
        }
    }
}
