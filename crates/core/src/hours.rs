//! Validated numbers: hours and capacities. Settings have bounds of their own, in
//! `settings.rs`.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// Why a number was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum NumberError {
    NotFinite,
    NotPositive,
    Negative,
    TooLarge { max: f64 },
    OutOfRange { min: f64, max: f64 },
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumberError::NotFinite => f.write_str("must be a finite number"),
            NumberError::NotPositive => f.write_str("must be greater than 0"),
            NumberError::Negative => f.write_str("must not be negative"),
            NumberError::TooLarge { max } => write!(f, "must be at most {max}"),
            NumberError::OutOfRange { min, max } => {
                write!(f, "must be between {min} and {max}")
            }
        }
    }
}

impl std::error::Error for NumberError {}

/// The largest number of hours a single value may hold (about eleven years of work):
/// anything above is a typing mistake, not a plan.
pub const MAX_HOURS: f64 = 100_000.0;

/// A number of hours greater than 0: an estimate, a week's share of a recurring
/// commitment, hours logged.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize)]
#[serde(into = "f64")]
pub struct PositiveHours(f64);

impl<'de> Deserialize<'de> for PositiveHours {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::checked::number(deserializer, Self::new)
    }
}

impl PositiveHours {
    pub fn new(value: f64) -> Result<Self, NumberError> {
        if !value.is_finite() {
            return Err(NumberError::NotFinite);
        }
        if value <= 0.0 {
            return Err(NumberError::NotPositive);
        }
        if value > MAX_HOURS {
            return Err(NumberError::TooLarge { max: MAX_HOURS });
        }
        Ok(Self(value))
    }

    pub fn get(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for PositiveHours {
    type Error = NumberError;
    fn try_from(value: f64) -> Result<Self, NumberError> {
        Self::new(value)
    }
}

impl From<PositiveHours> for f64 {
    fn from(value: PositiveHours) -> f64 {
        value.0
    }
}

/// A number of hours, 0 or more: a load, a capacity summed over weeks.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize)]
#[serde(into = "f64")]
pub struct Hours(f64);

impl<'de> Deserialize<'de> for Hours {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::checked::number(deserializer, Self::new)
    }
}

impl Hours {
    pub fn new(value: f64) -> Result<Self, NumberError> {
        if !value.is_finite() {
            return Err(NumberError::NotFinite);
        }
        if value < 0.0 {
            return Err(NumberError::Negative);
        }
        if value > MAX_HOURS {
            return Err(NumberError::TooLarge { max: MAX_HOURS });
        }
        Ok(Self(value))
    }

    pub fn get(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for Hours {
    type Error = NumberError;
    fn try_from(value: f64) -> Result<Self, NumberError> {
        Self::new(value)
    }
}

impl From<Hours> for f64 {
    fn from(value: Hours) -> f64 {
        value.0
    }
}

/// Hours in one week: from 0 to 168 (0 by default).
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd, Serialize)]
#[serde(into = "f64")]
pub struct WeeklyHours(f64);

impl<'de> Deserialize<'de> for WeeklyHours {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::checked::number(deserializer, Self::new)
    }
}

impl WeeklyHours {
    pub const MAX: f64 = 168.0;

    pub fn new(value: f64) -> Result<Self, NumberError> {
        if !value.is_finite() {
            return Err(NumberError::NotFinite);
        }
        if value < 0.0 {
            return Err(NumberError::Negative);
        }
        if value > Self::MAX {
            return Err(NumberError::TooLarge { max: Self::MAX });
        }
        Ok(Self(value))
    }

    pub fn get(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for WeeklyHours {
    type Error = NumberError;
    fn try_from(value: f64) -> Result<Self, NumberError> {
        Self::new(value)
    }
}

impl From<WeeklyHours> for f64 {
    fn from(value: WeeklyHours) -> f64 {
        value.0
    }
}

/// How many decimals a percentage of capacity is written with: none, unless rounding
/// would show a load over capacity as exactly 100% (100.2% is over; "100%" would read
/// as at capacity next to a verdict that says it does not fit). Then as many as it
/// takes, up to three.
pub fn percent_decimals(value: f64) -> usize {
    if value <= 100.0 {
        return 0;
    }
    (0..=3)
        .find(|decimals| {
            let scale = 10f64.powi(*decimals as i32);
            (value * scale).round() / scale > 100.0
        })
        .unwrap_or(3)
}

#[cfg(test)]
mod percent_tests {
    use super::percent_decimals;

    #[test]
    fn a_load_over_capacity_never_reads_as_100_percent() {
        assert_eq!(percent_decimals(100.0), 0, "at capacity");
        assert_eq!(percent_decimals(99.7), 0, "rounds up to 100: at capacity is right");
        assert_eq!(percent_decimals(100.2), 1, "100.2%");
        assert_eq!(percent_decimals(100.04), 2, "100.04%");
        assert_eq!(percent_decimals(100.6), 0, "101%");
        assert_eq!(percent_decimals(115.0), 0);
        assert_eq!(percent_decimals(100.0001), 3, "at most three decimals");
    }
}
