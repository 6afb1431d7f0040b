//! What the reader of a plan file says is wrong, as something a translation can word.
//!
//! A refused file's message comes from several places: serde and serde_json (a missing
//! field, a value of the wrong type, broken JSON), chrono and uuid (a date or an id that
//! does not read), the plan's own types and checks. They all say it in English.
//! [`Detail::of`] recognises every message the reader gives and takes out its figures
//! and names, so that each language can say it its own way; the one it does not
//! recognise stays as it is ([`Detail::Other`]), never lost. The damaged-file test of
//! `tests/import.rs` checks that no refusal of the reader ends up there.

/// What a value of the file is, or has to be, in words a reader of the file knows
/// (serde says `f64`, `string`, `sequence`, `map`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    Number,
    Text,
    TrueFalse,
    List,
    Object,
    Null,
    /// Said otherwise: a type's own expectation ("a date YYYY-MM-DD"), as it is.
    Other(String),
}

impl Shape {
    /// What serde says was expected: a type's name, or words.
    fn expected(text: &str) -> Shape {
        match text {
            "f32" | "f64" | "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32"
            | "i64" | "isize" => Shape::Number,
            "a string" | "a borrowed string" | "a character" => Shape::Text,
            "a boolean" => Shape::TrueFalse,
            "a sequence" => Shape::List,
            "a map" => Shape::Object,
            "unit" => Shape::Null,
            other if other.starts_with("struct ") => Shape::Object,
            other => Shape::Other(other.to_owned()),
        }
    }
}

/// A value found where another belonged: its shape, and the value itself when it has
/// one to show (`30` of the text "30").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub shape: Shape,
    pub value: Option<String>,
}

impl Found {
    /// What serde says it found: `string "30"`, `integer `5``, `sequence`, `null`.
    fn of(text: &str) -> Found {
        let quoted = |rest: &str| {
            rest.strip_prefix('`').and_then(|r| r.strip_suffix('`')).map(str::to_owned)
        };
        let with = |shape, value| Found { shape, value };
        if let Some(rest) = text.strip_prefix("string ") {
            let value = rest.strip_prefix('"').and_then(|r| r.strip_suffix('"')).unwrap_or(rest);
            return with(Shape::Text, Some(value.to_owned()));
        }
        for (start, shape) in [
            ("integer ", Shape::Number),
            ("floating point ", Shape::Number),
            ("boolean ", Shape::TrueFalse),
            ("character ", Shape::Text),
        ] {
            if let Some(rest) = text.strip_prefix(start) {
                return with(shape, quoted(rest));
            }
        }
        match text {
            "null" | "unit value" | "Option value" => with(Shape::Null, None),
            "sequence" => with(Shape::List, None),
            "map" => with(Shape::Object, None),
            other => with(Shape::Other(other.to_owned()), None),
        }
    }
}

/// The values serde lists as expected: "`a`, `b` or `c`", "one of `a`, `b`".
fn choices(text: &str) -> Vec<String> {
    text.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

/// One message of the file reader, recognised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    // serde: the shape of the file.
    /// "missing field `title`".
    MissingField(String),
    /// "unknown field `hours`, expected one of …": the field's name.
    UnknownField(String),
    /// "duplicate field `version`".
    DuplicateField(String),
    /// "unknown variant `x`, expected one of `a`, `b`": what was found, and the values
    /// that may be there (`a`, `b`).
    UnknownValue { found: String, expected: Vec<String> },
    /// "invalid type: string \"x\", expected f64": a text where a number belongs.
    WrongType { found: Found, expected: Shape },
    /// "invalid value: …, expected …" and "invalid length …, expected …".
    WrongValue { found: String, expected: String },
    /// A value of a tagged shape without a field its kind needs: "a done status needs
    /// `on`" (`kind` is "done status").
    Needs { kind: String, field: String },
    /// "a done status has no `reason`".
    HasNo { kind: String, field: String },
    /// "a one_off effort has only `estimate_hours`".
    HasOnly { kind: String, field: String },
    /// "an unestimated effort has no figures".
    NoFigures,

    // Dates and ids.
    /// A date that does not exist, or out of the calendar's range.
    DateOutOfRange,
    /// Not a date (or an instant) in the file's form.
    NotADate,
    /// Not a UUID.
    NotAnId,

    // The values' own rules.
    /// "must not be empty".
    Empty,
    /// "must be at most 200 characters (found 201)".
    TooLong { max: String, found: String },
    /// "must not contain spaces".
    Spaces,
    /// "must be a finite number".
    NotFinite,
    /// "must be greater than 0".
    NotPositive,
    /// "must not be negative".
    Negative,
    /// "must be at most 100000".
    AtMost(String),
    /// "must be between 1 and 52".
    Between { min: String, max: String },
    /// "must be a whole number".
    NotWhole,
    /// "must be greater than full_percent (130)": a setting and its neighbour's value.
    Above { field: String, value: String },
    /// "must be less than over_percent (100)".
    Below { field: String, value: String },
    /// "lists \"mon\" more than once".
    ListedMoreThanOnce(String),
    /// "ends (2026-12-01) before it starts (2026-12-05)".
    EndsBeforeStart { end: String, start: String },

    // The file's version.
    /// "must be a whole number of at least 1".
    NotAVersion,
    /// "is not part of version 2".
    NotInVersion(String),

    // The plan's checks.
    /// "exactly one person must have the role \"me\" (found 0)".
    OneMe { found: String },
    /// "<id> is used by another person" (or commitment, review).
    UsedTwice { id: String, by: Holder },
    /// "must be set for \"me\"".
    CapacityForMe,
    /// "no person has the id <id>".
    NoSuchPerson(String),
    /// "no commitment has the id <id>".
    NoSuchCommitment(String),
    /// "Alice has no weekly capacity, so cannot own work".
    CannotOwnWork(String),
    /// "2026-12-01 is before the start date 2026-12-05".
    BeforeStart { date: String, start: String },
    /// "the week of 2026-11-30 is listed twice".
    WeekListedTwice(String),
    /// "<id> is listed twice".
    ListedTwice(String),
    /// "<id> is deleted, yet still a commitment of the plan".
    DeletedYetThere(String),

    // Broken JSON (serde_json's syntax errors).
    /// The text ends before the JSON does ("EOF while parsing …").
    EndsEarly,
    /// "expected value", "expected ident": something that is no JSON value.
    ExpectedValue,
    /// "expected `,` or `}`" and the like: the punctuation expected.
    Expected(String),
    /// "trailing comma".
    TrailingComma,
    /// "trailing characters": more after the JSON.
    TrailingCharacters,
    /// "key must be a string".
    KeyNotAString,
    /// "invalid number", "number out of range".
    BadNumber,
    /// A string with a control character, a bad escape or bad Unicode.
    BadString,
    /// "recursion limit exceeded": nested too deep.
    TooDeep,

    /// A message not recognised: said as it is.
    Other(String),
}

/// What holds the ids that must be unique.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holder {
    Person,
    Commitment,
    Review,
}

/// chrono's `ParseError` texts for a text that is not a date at all.
const NOT_A_DATE: [&str; 6] = [
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
    "input is not enough for unique date and time",
    "no possible date and time matching input",
    "bad or unsupported format string",
];

impl Detail {
    /// The message recognised; [`Detail::Other`] when it is none the reader gives.
    pub fn of(message: &str) -> Detail {
        let text = |s: &str| s.to_owned();
        if let Some(field) = between(message, "missing field `", "`") {
            return Detail::MissingField(text(field));
        }
        if let Some(rest) = message.strip_prefix("unknown field `") {
            if let Some((field, _)) = rest.split_once('`') {
                return Detail::UnknownField(text(field));
            }
        }
        if let Some(field) = between(message, "duplicate field `", "`") {
            return Detail::DuplicateField(text(field));
        }
        if let Some(rest) = message.strip_prefix("unknown variant `") {
            if let Some((found, expected)) = rest.split_once("`, expected ") {
                return Detail::UnknownValue { found: text(found), expected: choices(expected) };
            }
        }
        if let Some((found, expected)) = pair(message, "invalid type: ", ", expected ") {
            return Detail::WrongType {
                found: Found::of(&found),
                expected: Shape::expected(&expected),
            };
        }
        for start in ["invalid value: ", "invalid length "] {
            if let Some((found, expected)) = pair(message, start, ", expected ") {
                return Detail::WrongValue { found, expected };
            }
        }
        if let Some(rest) = message.strip_prefix("a ").or_else(|| message.strip_prefix("an ")) {
            for (marker, make) in [
                (" needs `", Detail::needs as fn(String, String) -> Detail),
                (" has no `", Detail::has_no),
                (" has only `", Detail::has_only),
            ] {
                if let Some((kind, field)) = rest.split_once(marker) {
                    if let Some(field) = field.strip_suffix('`') {
                        return make(text(kind), text(field));
                    }
                }
            }
            // "a recurring effort has `hours_per_week`, not `estimate_hours`"
            if let Some((kind, fields)) = rest.split_once(" has `") {
                let instead = fields.split_once("`, not `").map(|(_, field)| field);
                if let Some(field) = instead.and_then(|field| field.strip_suffix('`')) {
                    return Detail::HasNo { kind: text(kind), field: text(field) };
                }
            }
            if rest.ends_with(" effort has no figures") {
                return Detail::NoFigures;
            }
        }
        if message == "`hours_per_week` must be greater than 0" {
            return Detail::NotPositive;
        }
        if message == "input is out of range" {
            return Detail::DateOutOfRange;
        }
        if NOT_A_DATE.contains(&message) {
            return Detail::NotADate;
        }
        let id = message.strip_prefix("UUID parsing failed: ").unwrap_or(message);
        if ["invalid character: ", "invalid length: ", "invalid group count: ", "invalid group "]
            .iter()
            .any(|start| id.starts_with(start))
        {
            return Detail::NotAnId;
        }
        if let Some(detail) = Detail::of_value_rule(message) {
            return detail;
        }
        if let Some(detail) = Detail::of_check(message) {
            return detail;
        }
        Detail::of_syntax(message).unwrap_or_else(|| Detail::Other(text(message)))
    }

    fn needs(kind: String, field: String) -> Detail {
        Detail::Needs { kind, field }
    }

    fn has_no(kind: String, field: String) -> Detail {
        Detail::HasNo { kind, field }
    }

    fn has_only(kind: String, field: String) -> Detail {
        Detail::HasOnly { kind, field }
    }

    /// The rules of texts, numbers, settings, days and the version.
    fn of_value_rule(message: &str) -> Option<Detail> {
        let text = |s: &str| s.to_owned();
        let fixed = match message {
            "must not be empty" => Some(Detail::Empty),
            "must not contain spaces" => Some(Detail::Spaces),
            "must be a finite number" => Some(Detail::NotFinite),
            "must be greater than 0" => Some(Detail::NotPositive),
            "must not be negative" => Some(Detail::Negative),
            "must be a whole number" => Some(Detail::NotWhole),
            "must be a whole number of at least 1" => Some(Detail::NotAVersion),
            "must be set for \"me\"" => Some(Detail::CapacityForMe),
            _ => None,
        };
        if fixed.is_some() {
            return fixed;
        }
        if let Some((max, found)) = pair(message, "must be at most ", " characters (found ") {
            let found = found.strip_suffix(')')?.to_owned();
            return Some(Detail::TooLong { max, found });
        }
        if let Some(max) = message.strip_prefix("must be at most ") {
            return Some(Detail::AtMost(text(max)));
        }
        if let Some((min, max)) = pair(message, "must be between ", " and ") {
            return Some(Detail::Between { min, max });
        }
        for (start, above) in [("must be greater than ", true), ("must be less than ", false)] {
            if let Some((field, value)) = pair(message, start, " (") {
                let value = value.strip_suffix(')')?.to_owned();
                return Some(if above {
                    Detail::Above { field, value }
                } else {
                    Detail::Below { field, value }
                });
            }
        }
        if let Some(day) = between(message, "lists ", " more than once") {
            return Some(Detail::ListedMoreThanOnce(text(day.trim_matches('"'))));
        }
        if let Some((end, start)) = pair(message, "ends (", ") before it starts (") {
            let start = start.strip_suffix(')')?.to_owned();
            return Some(Detail::EndsBeforeStart { end, start });
        }
        if let Some(version) = message.strip_prefix("is not part of version ") {
            return Some(Detail::NotInVersion(text(version)));
        }
        None
    }

    /// The plan's own checks (`Plan::check`).
    fn of_check(message: &str) -> Option<Detail> {
        let text = |s: &str| s.to_owned();
        if let Some(found) =
            between(message, "exactly one person must have the role \"me\" (found ", ")")
        {
            return Some(Detail::OneMe { found: text(found) });
        }
        for (end, by) in [
            (" is used by another person", Holder::Person),
            (" is used by another commitment", Holder::Commitment),
            (" is used by another review", Holder::Review),
        ] {
            if let Some(id) = message.strip_suffix(end) {
                return Some(Detail::UsedTwice { id: text(id), by });
            }
        }
        if let Some(id) = message.strip_prefix("no person has the id ") {
            return Some(Detail::NoSuchPerson(text(id)));
        }
        if let Some(id) = message.strip_prefix("no commitment has the id ") {
            return Some(Detail::NoSuchCommitment(text(id)));
        }
        if let Some(name) = message.strip_suffix(" has no weekly capacity, so cannot own work") {
            return Some(Detail::CannotOwnWork(text(name)));
        }
        if let Some((date, start)) = message.split_once(" is before the start date ") {
            return Some(Detail::BeforeStart { date: text(date), start: text(start) });
        }
        if let Some(week) = between(message, "the week of ", " is listed twice") {
            return Some(Detail::WeekListedTwice(text(week)));
        }
        if let Some(id) = message.strip_suffix(" is listed twice") {
            return Some(Detail::ListedTwice(text(id)));
        }
        if let Some(id) = message.strip_suffix(" is deleted, yet still a commitment of the plan") {
            return Some(Detail::DeletedYetThere(text(id)));
        }
        None
    }

    /// serde_json's syntax errors.
    fn of_syntax(message: &str) -> Option<Detail> {
        if message.starts_with("EOF while parsing") {
            return Some(Detail::EndsEarly);
        }
        let detail = match message {
            "expected value" | "expected ident" => Detail::ExpectedValue,
            "trailing comma" => Detail::TrailingComma,
            "trailing characters" => Detail::TrailingCharacters,
            "key must be a string" => Detail::KeyNotAString,
            "invalid number" | "number out of range" => Detail::BadNumber,
            "recursion limit exceeded" => Detail::TooDeep,
            "invalid escape"
            | "invalid unicode code point"
            | "lone leading surrogate in hex escape"
            | "unexpected end of hex escape"
            | "control character (\\u0000-\\u001F) found while parsing a string" => {
                Detail::BadString
            }
            _ => {
                let expected = message.strip_prefix("expected ")?;
                return Some(Detail::Expected(expected.to_owned()));
            }
        };
        Some(detail)
    }
}

/// The text between `start` (at the beginning of `message`) and the last `end`.
fn between<'a>(message: &'a str, start: &str, end: &str) -> Option<&'a str> {
    message.strip_prefix(start)?.strip_suffix(end)
}

/// The two parts of `message` after `start`, around the first `separator`.
fn pair(message: &str, start: &str, separator: &str) -> Option<(String, String)> {
    let (first, second) = message.strip_prefix(start)?.split_once(separator)?;
    Some((first.to_owned(), second.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::NumberError;
    use crate::text::TextError;

    #[test]
    fn the_value_rules_are_recognised_from_their_own_words() {
        let said = |error: &dyn std::fmt::Display| Detail::of(&error.to_string());
        assert_eq!(said(&TextError::Empty), Detail::Empty);
        assert_eq!(
            said(&TextError::TooLong { max: 200, actual: 201 }),
            Detail::TooLong { max: "200".into(), found: "201".into() }
        );
        assert_eq!(said(&TextError::Whitespace), Detail::Spaces);
        assert_eq!(said(&NumberError::NotFinite), Detail::NotFinite);
        assert_eq!(said(&NumberError::NotPositive), Detail::NotPositive);
        assert_eq!(said(&NumberError::Negative), Detail::Negative);
        assert_eq!(said(&NumberError::TooLarge { max: 100000.0 }), Detail::AtMost("100000".into()));
        assert_eq!(
            said(&NumberError::OutOfRange { min: 1.0, max: 52.0 }),
            Detail::Between { min: "1".into(), max: "52".into() }
        );
    }

    #[test]
    fn serde_chrono_and_uuid_messages_are_recognised() {
        assert_eq!(Detail::of("missing field `title`"), Detail::MissingField("title".into()));
        assert_eq!(
            Detail::of("unknown field `hours`, expected one of `kind`, `estimate_hours`"),
            Detail::UnknownField("hours".into())
        );
        assert_eq!(
            Detail::of("unknown variant `later`, expected one of `soft`, `hard`"),
            Detail::UnknownValue {
                found: "later".into(),
                expected: vec!["soft".into(), "hard".into()]
            }
        );
        assert_eq!(
            Detail::of("unknown variant `de`, expected `en` or `fr`"),
            Detail::UnknownValue { found: "de".into(), expected: vec!["en".into(), "fr".into()] }
        );
        assert_eq!(
            Detail::of("invalid type: string \"30\", expected f64"),
            Detail::WrongType {
                found: Found { shape: Shape::Text, value: Some("30".into()) },
                expected: Shape::Number
            }
        );
        assert_eq!(
            Detail::of("invalid type: integer `5`, expected a string"),
            Detail::WrongType {
                found: Found { shape: Shape::Number, value: Some("5".into()) },
                expected: Shape::Text
            }
        );
        assert_eq!(
            Detail::of("invalid type: null, expected struct Commitment"),
            Detail::WrongType {
                found: Found { shape: Shape::Null, value: None },
                expected: Shape::Object
            }
        );
        assert_eq!(Detail::of("input is out of range"), Detail::DateOutOfRange);
        assert_eq!(Detail::of("premature end of input"), Detail::NotADate);
        let not_an_id = "x".parse::<uuid::Uuid>().unwrap_err().to_string();
        assert_eq!(Detail::of(&not_an_id), Detail::NotAnId, "{not_an_id}");
        let bad_date = "2026-02-31".parse::<chrono::NaiveDate>().unwrap_err().to_string();
        assert_eq!(Detail::of(&bad_date), Detail::DateOutOfRange, "{bad_date}");
        assert_eq!(Detail::of("EOF while parsing a string"), Detail::EndsEarly);
        assert_eq!(Detail::of("expected `,` or `}`"), Detail::Expected("`,` or `}`".into()));
        assert_eq!(Detail::of("something new"), Detail::Other("something new".into()));
    }
}
