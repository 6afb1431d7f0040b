//! The plan file: one envelope for export, import and the stored value.
//!
//! ```json
//! {"format": "plateful-plan", "version": 3, "saved_at": "...", "revision": 7, "plan": {...}}
//! ```
//!
//! Parsing never panics and never half-succeeds: it returns a whole checked plan or an
//! error that names the place in the file.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::json_path;
use crate::plan::Plan;
use crate::sync::SyncMeta;

/// The value of the envelope's `format` field.
pub const FORMAT: &str = "plateful-plan";

/// The largest plan file an import reads, in bytes: 5 MB, as the app says (not 5 MiB).
pub const MAX_FILE_BYTES: f64 = 5_000_000.0;

/// Whether a file of `bytes` is refused before it is read.
pub fn too_large(bytes: f64) -> bool {
    bytes > MAX_FILE_BYTES
}

/// The version this build writes, and the newest it reads.
pub const CURRENT_VERSION: u32 = 3;

/// A plan with its file metadata.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    pub format: String,
    pub version: u32,
    pub saved_at: DateTime<Utc>,
    /// Counts saves to storage, so that a tab can tell a newer copy from its own.
    #[serde(default)]
    pub revision: u64,
    /// Which tabs wrote the stored copy and how much of each one's work it holds (see
    /// [`crate::sync`]). Only the stored value has it; files people keep do not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync: Option<SyncMeta>,
    pub plan: Plan,
}

impl Envelope {
    /// Wraps a plan in the current format.
    pub fn new(plan: Plan, saved_at: DateTime<Utc>, revision: u64) -> Self {
        Envelope {
            format: FORMAT.to_owned(),
            version: CURRENT_VERSION,
            saved_at,
            revision,
            sync: None,
            plan,
        }
    }

    /// Compact JSON, for storage.
    pub fn to_json(&self) -> String {
        write(&self.plan, self.saved_at, self.revision, Layout::Compact)
    }

    /// Indented JSON, for files people may read.
    pub fn to_pretty_json(&self) -> String {
        write(&self.plan, self.saved_at, self.revision, Layout::Indented)
    }
}

/// How [`write`] lays out the JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// One line, for storage.
    Compact,
    /// Indented by two spaces, for files.
    Indented,
}

/// The envelope as [`Envelope`] writes it, borrowing the plan: saving after every
/// change must not copy the whole plan first.
#[derive(Serialize)]
struct EnvelopeRef<'a> {
    format: &'static str,
    version: u32,
    saved_at: DateTime<Utc>,
    revision: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    sync: Option<&'a SyncMeta>,
    plan: &'a Plan,
}

/// Writes a plan in the current format.
pub fn write(plan: &Plan, saved_at: DateTime<Utc>, revision: u64, layout: Layout) -> String {
    write_envelope(
        EnvelopeRef {
            format: FORMAT,
            version: CURRENT_VERSION,
            saved_at,
            revision,
            sync: None,
            plan,
        },
        layout,
    )
}

/// Writes a plan for storage, with what the tabs need to keep each other's changes.
pub fn write_stored(
    plan: &Plan,
    saved_at: DateTime<Utc>,
    revision: u64,
    sync: &SyncMeta,
) -> String {
    let envelope = EnvelopeRef {
        format: FORMAT,
        version: CURRENT_VERSION,
        saved_at,
        revision,
        sync: Some(sync),
        plan,
    };
    write_envelope(envelope, Layout::Compact)
}

fn write_envelope(envelope: EnvelopeRef<'_>, layout: Layout) -> String {
    let written = match layout {
        Layout::Compact => serde_json::to_string(&envelope),
        Layout::Indented => serde_json::to_string_pretty(&envelope),
    };
    // Every key is a string and every number finite (the newtypes see to it), so
    // serde_json cannot fail here.
    written.unwrap_or_else(|error| unreachable!("{error}"))
}

/// Why a text is not a plan this build can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// Nothing but whitespace: an empty file, or one that was never written. Said as
    /// such rather than as JSON that ends too early.
    Empty,
    /// Not JSON at all, or cut short.
    NotJson { line: usize, column: usize, message: String },
    /// JSON, but not a Plateful plan file.
    NotAPlan { found: Option<String> },
    /// Written by a newer Plateful.
    NewerVersion { found: u64, supported: u32 },
    /// A value that is missing, of the wrong type or out of range, at `path`.
    Invalid { path: String, message: String },
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Empty => f.write_str("the file is empty"),
            FormatError::NotJson { line, column, message } => {
                write!(f, "not valid JSON at line {line}, column {column}: {message}")
            }
            FormatError::NotAPlan { found: None } => {
                write!(f, "not a Plateful plan: the \"format\" field is missing")
            }
            FormatError::NotAPlan { found: Some(found) } => {
                write!(f, "not a Plateful plan: \"format\" is {found}, expected \"{FORMAT}\"")
            }
            FormatError::NewerVersion { found, supported } => write!(
                f,
                "written by a newer version of Plateful (file version {found}, this one reads up to {supported})"
            ),
            FormatError::Invalid { path, message } => write!(f, "{path}: {message}"),
        }
    }
}

impl std::error::Error for FormatError {}

/// Only the fields needed to decide how to read the rest.
#[derive(Deserialize)]
struct Header {
    format: Option<Value>,
    version: Option<Value>,
}

/// Reads a plan file of any supported version, migrating older ones, and checks it.
pub fn parse(text: &str) -> Result<Envelope, FormatError> {
    // A file of this version, as the app stores and exports it, is read in one pass;
    // anything else (an older version, another file, an error to name) is read header
    // first. Both give the same result on any text (a property test).
    // (A derived struct also reads a JSON array, which is not a plan: only an object is
    // read this way.)
    if text.trim_start().starts_with('{') {
        if let Ok(envelope) = serde_json::from_str::<Envelope>(text) {
            if envelope.format == FORMAT && envelope.version == CURRENT_VERSION {
                return checked(envelope);
            }
        }
    }
    parse_by_header(text)
}

/// Reads the header (format and version) first, to say what a file is before reading
/// the rest, and migrates an older version.
fn parse_by_header(text: &str) -> Result<Envelope, FormatError> {
    if text.trim().is_empty() {
        return Err(FormatError::Empty);
    }
    // A derived struct also accepts a JSON array, so the top level is checked first.
    if !text.trim_start().starts_with('{') {
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Ok(_) => FormatError::NotAPlan { found: None },
            Err(error) => json_error(&error),
        });
    }
    let header: Header = serde_json::from_str(text).map_err(|error| json_error(&error))?;
    match &header.format {
        Some(Value::String(format)) if format == FORMAT => {}
        Some(other) => return Err(FormatError::NotAPlan { found: Some(other.to_string()) }),
        None => return Err(FormatError::NotAPlan { found: None }),
    }
    let version = match &header.version {
        Some(Value::Number(number)) => number.as_u64().filter(|v| *v >= 1),
        _ => None,
    }
    .ok_or_else(|| FormatError::Invalid {
        path: "version".into(),
        message: "must be a whole number of at least 1".into(),
    })?;
    if version > u64::from(CURRENT_VERSION) {
        return Err(FormatError::NewerVersion { found: version, supported: CURRENT_VERSION });
    }
    let envelope: Envelope = if version == u64::from(CURRENT_VERSION) {
        serde_json::from_str(text).map_err(|error| path_error(text, &error))?
    } else {
        let mut value: Value = serde_json::from_str(text).map_err(|error| json_error(&error))?;
        migrate(&mut value, version)?;
        // Reading the migrated value back from text, rather than from the `Value`, keeps
        // a single copy of the deserialisation code in the wasm. Old files are rare.
        let migrated = value.to_string();
        serde_json::from_str(&migrated).map_err(|error| path_error(&migrated, &error))?
    };
    checked(envelope)
}

/// The envelope if its plan keeps the plan's rules, or the first rule it breaks.
fn checked(envelope: Envelope) -> Result<Envelope, FormatError> {
    envelope.plan.check().map_err(|violation| FormatError::Invalid {
        path: violation.path,
        message: violation.message,
    })?;
    Ok(envelope)
}

/// One migration step: turns a file of version `n` into one of version `n + 1`, or
/// names (by its path) a field that version `n` does not have.
type Migration = fn(&mut Value) -> Result<(), NotInVersion>;

/// The path of a field that a later version added, found in a file of an older one.
/// [`migrate`] says which version the file claims, whichever step found the field: a
/// version 1 file with tombstones is told that version 1 has none, not version 2.
struct NotInVersion(String);

/// `MIGRATIONS[n - 1]` takes version `n` to `n + 1`, so there is one step fewer than
/// versions.
const MIGRATIONS: [Migration; CURRENT_VERSION as usize - 1] = [v1_to_v2, v2_to_v3];

/// The envelope's plan, as an object.
fn plan_of(value: &mut Value) -> Option<&mut Map<String, Value>> {
    value.get_mut("plan").and_then(Value::as_object_mut)
}

/// Version 2 adds the week's big rocks and the weekly reviews, both empty for a plan
/// written before they existed.
fn v1_to_v2(value: &mut Value) -> Result<(), NotInVersion> {
    // Without a plan object there is nothing to migrate: reading the file then says
    // what is wrong in the same words as for a file of the current version.
    let Some(plan) = plan_of(value) else {
        return Ok(());
    };
    for field in ["big_rocks", "reviews"] {
        if plan.contains_key(field) {
            return Err(NotInVersion(format!("plan.{field}")));
        }
        plan.insert(field.into(), Value::Array(Vec::new()));
    }
    Ok(())
}

/// What the weekly review of versions 1 and 2 wrote as the reason of a request it
/// declined, in English and in French. Version 3 says it with `"declined": true`.
const DECLINED_IN_REVIEW: [&str; 2] =
    ["Declined in the weekly review", "Refusé pendant la revue hebdomadaire"];

/// Version 3 adds the tombstones of deleted commitments (none for an older plan) and
/// the `declined` mark of a dropped request (set on the requests the weekly review
/// declined), and holds settings within the bounds of SPEC 2.1, which version 2 did
/// not: each value out of range becomes its nearest bound, and thresholds that are not
/// strictly in order become the defaults.
fn v2_to_v3(value: &mut Value) -> Result<(), NotInVersion> {
    let Some(plan) = plan_of(value) else {
        return Ok(());
    };
    if plan.contains_key("tombstones") {
        return Err(NotInVersion("plan.tombstones".into()));
    }
    plan.insert("tombstones".into(), Value::Array(Vec::new()));
    if let Some(commitments) = plan.get_mut("commitments").and_then(Value::as_array_mut) {
        for (index, commitment) in commitments.iter_mut().enumerate() {
            let Some(status) = commitment.get_mut("status").and_then(Value::as_object_mut) else {
                continue;
            };
            if status.contains_key("declined") {
                return Err(NotInVersion(format!("plan.commitments[{index}].status.declined")));
            }
            let dropped = status.get("state").and_then(Value::as_str) == Some("dropped");
            let reason = status.get("reason").and_then(Value::as_str);
            if dropped && reason.is_some_and(|reason| DECLINED_IN_REVIEW.contains(&reason)) {
                status.insert("reason".into(), Value::String(String::new()));
                status.insert("declined".into(), Value::Bool(true));
            }
        }
    }
    if let Some(settings) = plan.get_mut("settings").and_then(Value::as_object_mut) {
        settings_within_v3_bounds(settings);
    }
    Ok(())
}

/// Brings a settings object within the bounds of version 3. The bounds are written
/// out here rather than taken from [`crate::settings`]: a migration says what version 3
/// allowed, and stays so when later versions move the bounds. Values that are not
/// numbers, and counts that are not whole, are left for the parser to name.
fn settings_within_v3_bounds(settings: &mut Map<String, Value>) {
    const COUNTS: [(&str, i64, i64); 5] = [
        ("horizon_weeks", 4, 52),
        ("wip_limit", 1, 100),
        ("stale_weeks", 1, 52),
        ("waiting_nudge_days", 1, 90),
        ("urgent_window_days", 0, 60),
    ];
    const THRESHOLDS: [(&str, f64); 3] =
        [("full_percent", 85.0), ("over_percent", 100.0), ("critical_percent", 125.0)];
    for (field, min, max) in COUNTS {
        // Only a whole count takes a bound: no version ever allowed a fraction there, so
        // 2.5 weeks is left for the parser to name, as 5.5 is, rather than opening as 4.
        let count = settings
            .get_mut(field)
            .filter(|count| count.as_f64().is_some_and(|n| n.fract() == 0.0));
        if let Some(count) = count {
            clamp(count, min as f64, max as f64, |bound| Value::from(bound as i64));
        }
    }
    if let Some(thresholds) = settings.get_mut("thresholds").and_then(Value::as_object_mut) {
        let mut figures = Vec::new();
        for (field, _) in THRESHOLDS {
            if let Some(percent) = thresholds.get_mut(field) {
                clamp(percent, 1.0, 1000.0, Value::from);
                figures.extend(percent.as_f64());
            }
        }
        if let [full, over, critical] = figures[..] {
            if !(full < over && over < critical) {
                for (field, default) in THRESHOLDS {
                    thresholds.insert(field.into(), Value::from(default));
                }
            }
        }
    }
    if let Some(calibration) = settings.get_mut("calibration").and_then(Value::as_object_mut) {
        if let Some(factor) = calibration.get_mut("manual_factor") {
            clamp(factor, 0.5, 5.0, Value::from);
        }
    }
}

/// Replaces a number below `min` or above `max` by that bound, written by `bound`.
fn clamp(number: &mut Value, min: f64, max: f64, bound: fn(f64) -> Value) {
    match number.as_f64() {
        Some(n) if n < min => *number = bound(min),
        Some(n) if n > max => *number = bound(max),
        _ => {}
    }
}

/// Brings a file of an older version up to [`CURRENT_VERSION`], one version at a time.
/// Each step is a pure function of the JSON value and has a fixture test.
fn migrate(value: &mut Value, from: u64) -> Result<(), FormatError> {
    let first = usize::try_from(from.saturating_sub(1)).unwrap_or(usize::MAX);
    for step in MIGRATIONS.iter().skip(first) {
        step(value).map_err(|NotInVersion(path)| FormatError::Invalid {
            path,
            message: format!("is not part of version {from}"),
        })?;
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), CURRENT_VERSION.into());
    }
    Ok(())
}

fn json_error(error: &serde_json::Error) -> FormatError {
    // serde_json appends " at line L column C"; the fields carry that already.
    let message = without_position(error.to_string());
    if error.is_data() {
        // The header accepts any object, so a data error means that a `format` or
        // `version` key appears twice. Said as the typed parse says it of any other key
        // (the root is "."), not as a missing `format`, which would be untrue.
        return FormatError::Invalid { path: ".".into(), message };
    }
    FormatError::NotJson { line: error.line(), column: error.column(), message }
}

/// Names the place in `text` of a value that serde_json refused.
///
/// serde_json says where it stopped reading, as a line and column; the walk of
/// [`json_path`] turns that into the path of the value there. serde_json stops right
/// after the value an error is about: after the last byte of a string, number or
/// literal (every validated type is checked as it is read, see `checked`), after the
/// closing brace of an object that lacks a field or whose fields do not fit together,
/// after the key of an unknown or repeated field. The one exception is an object or an
/// array where a value of another kind was expected: serde_json refuses it before
/// reading its first byte (a syntax error, by contrast, is placed on its byte).
fn path_error(text: &str, error: &serde_json::Error) -> FormatError {
    let message = without_position(error.to_string());
    let after = byte_after(text, error.line(), error.column());
    let at = match text.as_bytes().get(after) {
        Some(b'{' | b'[') if error.is_data() => after,
        _ => after.saturating_sub(1),
    };
    let json_path::Place { mut steps, key } = json_path::place(text, at);
    // An unknown field is named itself; a repeated field, or an object of one key that
    // has a key it cannot have, is the object's fault.
    if let Some(key) = key.filter(|_| message.starts_with("unknown field")) {
        steps.push(json_path::Step::Key(key));
    }
    FormatError::Invalid { path: json_path::dotted(&steps), message }
}

/// The byte after the one serde_json places an error at: `line` counts from 1, `column`
/// counts the bytes of that line read so far.
fn byte_after(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(newline) => start += newline + 1,
            None => return text.len(),
        }
    }
    (start + column).min(text.len())
}

fn without_position(message: String) -> String {
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    }
}

/// Reads a struct from a JSON object only, for the structs whose fields all have
/// defaults. A derived struct also accepts a JSON array, taking its elements in field
/// order and the defaults for the rest: `"settings": []` would open as the default
/// settings and drop the user's own without a word.
pub(crate) fn object<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Object<T>(std::marker::PhantomData<T>);

    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Object<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::deserialize(serde::de::value::MapAccessDeserializer::new(map))
        }
    }

    deserializer.deserialize_map(Object(std::marker::PhantomData))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const FILES: [&str; 3] = [
        include_str!("../tests/fixtures/plan-v1.json"),
        include_str!("../tests/fixtures/plan-v2.json"),
        include_str!("../tests/fixtures/plan-v3.json"),
    ];

    #[test]
    fn a_current_file_is_read_in_one_pass_as_by_its_header() {
        for text in FILES {
            assert_eq!(parse(text), parse_by_header(text));
        }
        assert!(parse(FILES[2]).is_ok());
        // Another format with the same fields is still not a plan.
        let other = FILES[2].replacen("\"plateful-plan\"", "\"plateful-list\"", 1);
        assert_eq!(parse(&other), parse_by_header(&other));
        assert!(matches!(parse(&other), Err(FormatError::NotAPlan { .. })), "{:?}", parse(&other));
        // The envelope's fields in order, as an array: serde would read it, it is no plan.
        let Value::Object(fields) = serde_json::from_str::<Value>(FILES[2]).unwrap() else {
            panic!("a plan file is an object")
        };
        let order = ["format", "version", "saved_at", "revision", "sync", "plan"];
        let array = Value::Array(
            order.iter().map(|key| fields.get(*key).cloned().unwrap_or(Value::Null)).collect(),
        )
        .to_string();
        assert_eq!(parse(&array), Err(FormatError::NotAPlan { found: None }));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]
        /// Any file, of any version, changed at one byte (replaced, cut there or
        /// lengthened): the one-pass reading gives what the header-first reading gives,
        /// the plan or the same error.
        #[test]
        fn reads_any_text_as_by_its_header(
            file in 0usize..3,
            at in any::<prop::sample::Index>(),
            byte in prop::sample::select(b"0123456789{}[]\",:. \\nabcdefghijklmnopqrstuvwxyz-".to_vec()),
            how in 0u8..3,
        ) {
            let mut text = FILES[file].as_bytes().to_vec();
            let at = at.index(text.len());
            match how {
                0 => text[at] = byte,
                1 => text.truncate(at),
                _ => text.insert(at, byte),
            }
            let text = String::from_utf8_lossy(&text);
            prop_assert_eq!(parse(&text), parse_by_header(&text));
        }
    }
}
