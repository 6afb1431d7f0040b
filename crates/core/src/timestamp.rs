//! A commitment's timestamps in the file: RFC 3339, read the way chrono reads them, with
//! the form the app writes (`2026-11-26T09:30:00Z`, with or without a fraction of a
//! second) read directly.
//!
//! chrono reads a timestamp with its general parser (any offset, a space or a `t` for
//! the `T`, leap seconds), which took a third of the time a large plan takes to read:
//! two timestamps a commitment, 10,000 timestamps in a plan of 5,000. The direct reading
//! accepts only the form chrono writes for UTC and hands every other text to chrono, so
//! what a file means and every error it gets are chrono's (a property test compares the
//! two on any text).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::{de, Deserializer, Serialize, Serializer};

/// Writes as chrono does (`DateTime<Utc>`'s own `Serialize`).
pub fn serialize<S: Serializer>(at: &DateTime<Utc>, serializer: S) -> Result<S::Ok, S::Error> {
    at.serialize(serializer)
}

/// Reads what chrono's `Deserialize` for `DateTime<Utc>` reads, the same way.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
    deserializer.deserialize_str(Visitor)
}

struct Visitor;

impl de::Visitor<'_> for Visitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        // chrono's words, so that an error reads the same either way.
        formatter.write_str("an RFC 3339 formatted date and time string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<DateTime<Utc>, E> {
        parse(text).map_err(E::custom)
    }
}

/// A timestamp as chrono parses it (`text.parse::<DateTime<FixedOffset>>()`, in UTC).
pub fn parse(text: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    match utc(text.as_bytes()) {
        Some(at) => Ok(at),
        None => text.parse::<DateTime<FixedOffset>>().map(|at| at.with_timezone(&Utc)),
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.F{1,9}]Z` with every field in range, or `None` for anything
/// else (chrono then decides).
fn utc(text: &[u8]) -> Option<DateTime<Utc>> {
    let (&b'Z', text) = text.split_last()? else { return None };
    if text.len() < 19 {
        return None;
    }
    let (whole, fraction) = text.split_at(19);
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        whole[range].iter().try_fold(0u32, |value, &byte| {
            byte.is_ascii_digit().then(|| value * 10 + u32::from(byte - b'0'))
        })
    };
    let separators = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
    if separators.iter().any(|&(at, byte)| whole[at] != byte) {
        return None;
    }
    let year = i32::try_from(digits(0..4)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)?;
    let (hour, minute, second) = (digits(11..13)?, digits(14..16)?, digits(17..19)?);
    let nano = match fraction {
        [] => 0,
        [b'.', rest @ ..] if (1..=9).contains(&rest.len()) => {
            let value = rest.iter().try_fold(0u32, |value, &byte| {
                byte.is_ascii_digit().then(|| value * 10 + u32::from(byte - b'0'))
            })?;
            value * 10u32.pow(9 - rest.len() as u32)
        }
        _ => return None,
    };
    // A leap second (60) is not taken here: chrono reads it.
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nano)?;
    Some(NaiveDateTime::new(date, time).and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::SecondsFormat;
    use proptest::prelude::*;

    fn chrono(text: &str) -> Result<DateTime<Utc>, String> {
        serde_json::from_value::<DateTime<Utc>>(serde_json::Value::String(text.to_owned()))
            .map_err(|error| error.to_string())
    }

    #[derive(serde::Deserialize)]
    struct At(#[serde(with = "super")] DateTime<Utc>);

    fn ours(text: &str) -> Result<DateTime<Utc>, String> {
        serde_json::from_value::<At>(serde_json::Value::String(text.to_owned()))
            .map(|At(at)| at)
            .map_err(|error| error.to_string())
    }

    #[test]
    fn reads_what_the_app_writes() {
        assert_eq!(
            ours("2026-11-26T09:30:05Z"),
            Ok(NaiveDate::from_ymd_opt(2026, 11, 26)
                .unwrap()
                .and_hms_opt(9, 30, 5)
                .unwrap()
                .and_utc())
        );
        assert_eq!(
            ours("2026-11-26T09:30:05.25Z").map(|at| at.timestamp_subsec_nanos()),
            Ok(250_000_000)
        );
    }

    #[test]
    fn other_forms_and_errors_are_chronos() {
        for text in [
            "2026-11-26T09:30:05+01:00",
            "2026-11-26 09:30:05Z",
            "2026-11-26t09:30:05z",
            "2016-12-31T23:59:60Z",
            "2026-02-30T09:30:05Z",
            "2026-11-26T24:00:00Z",
            "2026-11-26T09:30:05.1234567891Z",
            "2026-11-26T09:30:05.Z",
            "2026-11-26T09:30Z",
            "2026-11-26",
            "",
            "not a time",
        ] {
            assert_eq!(ours(text), chrono(text), "{text:?}");
        }
        assert!(ours("2026-02-30T09:30:05Z").is_err());
        // Not a text at all: the same words as chrono's.
        let number = serde_json::json!(20261126);
        assert_eq!(
            serde_json::from_value::<At>(number.clone())
                .map(|At(at)| at)
                .map_err(|e| e.to_string()),
            serde_json::from_value::<DateTime<Utc>>(number).map_err(|e| e.to_string())
        );
    }

    /// Texts near the form: a valid timestamp with any one byte replaced, cut or
    /// lengthened, and timestamps chrono writes for any instant.
    fn near_timestamp() -> impl Strategy<Value = String> {
        let written = (0i64..=253_402_300_799, 0u32..1_000_000_000, 0usize..4).prop_map(
            |(seconds, nanos, digits)| {
                let at = DateTime::from_timestamp(seconds, nanos).unwrap();
                let format = [
                    SecondsFormat::Secs,
                    SecondsFormat::Millis,
                    SecondsFormat::Micros,
                    SecondsFormat::AutoSi,
                ][digits];
                at.to_rfc3339_opts(format, true)
            },
        );
        let bytes = prop::sample::select(b"0123456789-:T.Z+ tz9".to_vec());
        (written, any::<prop::sample::Index>(), bytes, 0u8..4).prop_map(
            |(text, index, byte, how)| {
                let mut text = text.into_bytes();
                let at = index.index(text.len());
                match how {
                    0 => {}
                    1 => text[at] = byte,
                    2 => text.truncate(at),
                    _ => text.insert(at, byte),
                }
                String::from_utf8(text).unwrap()
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]
        #[test]
        fn reads_every_text_as_chrono_does(text in near_timestamp()) {
            prop_assert_eq!(ours(&text), chrono(&text));
        }

        /// What the app writes is read back to the nanosecond, by the direct reading.
        #[test]
        fn reads_back_what_it_writes(seconds in 0i64..=253_402_300_799, nanos in 0u32..1_000_000_000) {
            let at = DateTime::from_timestamp(seconds, nanos).unwrap();
            let text = serde_json::to_string(&at).unwrap();
            prop_assert_eq!(serde_json::from_str::<At>(&text).map(|At(at)| at).ok(), Some(at));
            prop_assert_eq!(utc(text.trim_matches('"').as_bytes()), Some(at));
        }
    }
}
