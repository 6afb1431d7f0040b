//! Validated text newtypes. A value of one of these types is always within its
//! bounds, so code that holds one never checks again.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// Why a piece of text was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    /// Empty, or only whitespace.
    Empty,
    /// More characters than allowed (counted as Unicode scalar values).
    TooLong { max: usize, actual: usize },
    /// A tag contains whitespace.
    Whitespace,
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextError::Empty => f.write_str("must not be empty"),
            TextError::TooLong { max, actual } => {
                write!(f, "must be at most {max} characters (found {actual})")
            }
            TextError::Whitespace => f.write_str("must not contain spaces"),
        }
    }
}

impl std::error::Error for TextError {}

macro_rules! trimmed_text {
    ($(#[$doc:meta])* $name:ident, $max:expr) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(into = "String")]
        pub struct $name(String);

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::checked::text(deserializer, Self::parse)
            }
        }

        impl $name {
            /// The largest number of characters allowed after trimming.
            pub const MAX_CHARS: usize = $max;

            /// Trims surrounding whitespace, then checks the length.
            pub fn parse(raw: &str) -> Result<Self, TextError> {
                let trimmed = raw.trim();
                if trimmed.is_empty() {
                    return Err(TextError::Empty);
                }
                let actual = trimmed.chars().count();
                if actual > Self::MAX_CHARS {
                    return Err(TextError::TooLong { max: Self::MAX_CHARS, actual });
                }
                Ok(Self(trimmed.to_owned()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = TextError;
            fn try_from(raw: String) -> Result<Self, TextError> {
                Self::parse(&raw)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

trimmed_text!(
    /// A commitment's title: 1 to 200 characters after trimming.
    Title,
    200
);
trimmed_text!(
    /// A person's name: 1 to 80 characters after trimming.
    PersonName,
    80
);
trimmed_text!(
    /// Free text naming where a request came from or whom it waits on: 1 to 200 characters.
    Source,
    200
);

/// A tag: 1 to 40 characters, no whitespace, so the quick-add syntax can find its end.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "String")]
pub struct Tag(String);

impl<'de> Deserialize<'de> for Tag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::checked::text(deserializer, Self::parse)
    }
}

impl Tag {
    pub const MAX_CHARS: usize = 40;

    pub fn parse(raw: &str) -> Result<Self, TextError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(TextError::Empty);
        }
        if trimmed.chars().any(char::is_whitespace) {
            return Err(TextError::Whitespace);
        }
        let actual = trimmed.chars().count();
        if actual > Self::MAX_CHARS {
            return Err(TextError::TooLong { max: Self::MAX_CHARS, actual });
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Tag {
    type Error = TextError;
    fn try_from(raw: String) -> Result<Self, TextError> {
        Self::parse(&raw)
    }
}

impl From<Tag> for String {
    fn from(value: Tag) -> String {
        value.0
    }
}

/// Free-form notes: up to 10,000 characters, kept exactly as typed (may be empty).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(into = "String")]
pub struct Notes(String);

impl<'de> Deserialize<'de> for Notes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::checked::text(deserializer, Self::parse)
    }
}

impl Notes {
    pub const MAX_CHARS: usize = 10_000;

    pub fn parse(raw: &str) -> Result<Self, TextError> {
        let actual = raw.chars().count();
        if actual > Self::MAX_CHARS {
            return Err(TextError::TooLong { max: Self::MAX_CHARS, actual });
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl TryFrom<String> for Notes {
    type Error = TextError;
    fn try_from(raw: String) -> Result<Self, TextError> {
        Self::parse(&raw)
    }
}

impl From<Notes> for String {
    fn from(value: Notes) -> String {
        value.0
    }
}
