//! Damaged plan files: valid plan files broken in one place each, every one with what
//! opening it must give. Each kind of damage is applied at every place of a file where
//! it makes sense (or, for cuts and flipped bytes, at spread-out bytes), so that the
//! files are all different and each says something of its own about the parser.

use std::collections::HashSet;

use plateful_core::CURRENT_VERSION;
use serde_json::{json, Value};

/// What was done to the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Nothing left but whitespace, or nothing at all.
    Emptied,
    /// Cut short at a byte.
    CutShort,
    /// One bit of one byte flipped.
    ByteFlipped,
    /// A field taken out of an object.
    FieldRemoved,
    /// A value replaced by one of another JSON type.
    WrongType,
    /// A number, a text or a date outside what its field allows.
    OutOfRange,
    /// A setting at the least or the greatest value its field allows, or written as
    /// the other kind of number (a count as `12.0`, a percent as `85`): still within
    /// its bounds, so the file opens as it says.
    AtTheBound,
    /// In a file of an older version, a setting that version 3 no longer allows (out
    /// of its bounds, or thresholds not strictly in order): the migration brings it to
    /// its nearest bound, or the thresholds to their defaults, and the file opens so.
    OlderSettingOutOfBounds,
    /// A field that the format does not have.
    UnknownField,
    /// An id given to a second person or commitment, a week or rock listed twice, a
    /// deleted commitment's tombstone listed twice or given the id of a commitment.
    DuplicateId,
    /// An id that names no one, where it must name someone.
    DanglingReference,
    /// Values fine one by one that contradict each other.
    Inconsistent,
    /// A version newer than this build reads.
    NewerVersion,
    /// Another value of `format`.
    WrongFormat,
    /// JSON that is not an object at the top.
    NotAnObject,
    /// Something after the end of the plan.
    TrailingText,
}

impl Kind {
    pub const ALL: [Kind; 16] = [
        Kind::Emptied,
        Kind::CutShort,
        Kind::ByteFlipped,
        Kind::FieldRemoved,
        Kind::WrongType,
        Kind::OutOfRange,
        Kind::AtTheBound,
        Kind::OlderSettingOutOfBounds,
        Kind::UnknownField,
        Kind::DuplicateId,
        Kind::DanglingReference,
        Kind::Inconsistent,
        Kind::NewerVersion,
        Kind::WrongFormat,
        Kind::NotAnObject,
        Kind::TrailingText,
    ];
}

/// How an error message must read.
#[derive(Clone, Debug)]
pub enum Message {
    Exact(String),
    Contains(String),
    /// Only that there is one.
    Any,
}

/// What opening a damaged file must give.
#[derive(Clone, Debug)]
pub enum Expect {
    /// Refused as empty.
    Empty,
    /// Not JSON, with the error exactly here.
    NotJsonAt {
        line: usize,
        column: usize,
    },
    /// Not JSON, with the error at the damage or after it, and within the text.
    NotJsonFrom {
        line: usize,
        column: usize,
    },
    NotAPlan(Option<String>),
    NewerVersion(u64),
    /// Refused, naming exactly this place.
    Invalid {
        path: String,
        message: Message,
    },
    /// The damage left a valid file: it opens exactly as this other text does (the
    /// removed field written out with its documented default), or is refused the same.
    SameAs(String),
    /// The damage left a valid file, which opens as this plan file (as the app writes it).
    Opens(Value),
    /// A value changed by a flipped bit: either a valid file that opens as exactly what
    /// it now says, or refused at one of these places (the changed value, what contains
    /// it, or what referred to it).
    OpensOrInvalid {
        opens: Option<Value>,
        paths: Vec<String>,
    },
}

/// One damaged file.
pub struct Damaged {
    pub kind: Kind,
    pub text: String,
    pub expect: Expect,
    /// The damage in words, for a failure message.
    pub what: String,
}

/// A valid plan file to damage.
pub struct Base {
    pub name: &'static str,
    pub text: String,
    /// The file as JSON.
    pub value: Value,
    /// The plan it opens to, as the app writes it back (migrated to the current version).
    pub written: Value,
}

/// One step of a path into a JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// The JSON pointer of a path, for `Value::pointer`.
pub fn pointer(path: &[Seg]) -> String {
    path.iter()
        .map(|seg| match seg {
            Seg::Key(key) => format!("/{key}"),
            Seg::Index(index) => format!("/{index}"),
        })
        .collect()
}

/// A path as the parser names it: `plan.commitments[3].effort`, or `.` for the top.
pub fn dotted(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(key) if out.is_empty() => out.push_str(key),
            Seg::Key(key) => {
                out.push('.');
                out.push_str(key);
            }
            Seg::Index(index) => out.push_str(&format!("[{index}]")),
        }
    }
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

fn key(name: &str) -> Seg {
    Seg::Key(name.into())
}

fn with_key(path: &[Seg], name: &str) -> Vec<Seg> {
    let mut path = path.to_vec();
    path.push(key(name));
    path
}

/// Every node of a value with its path, parents before children.
pub fn places(value: &Value) -> Vec<(Vec<Seg>, &Value)> {
    fn walk<'a>(value: &'a Value, path: &mut Vec<Seg>, out: &mut Vec<(Vec<Seg>, &'a Value)>) {
        out.push((path.clone(), value));
        match value {
            Value::Object(map) => {
                for (name, child) in map {
                    path.push(key(name));
                    walk(child, path, out);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    path.push(Seg::Index(index));
                    walk(child, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, &mut Vec::new(), &mut out);
    out
}

/// The kinds of object of the plan file, told by where they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Object {
    Envelope,
    Plan,
    Person,
    DateRange,
    Commitment,
    Party,
    Status,
    Effort,
    Due,
    Progress,
    Settings,
    Thresholds,
    Calibration,
    WeekRocks,
    Review,
    Entry,
    Decision,
    Reflection,
    Snapshot,
    Tombstone,
}

fn object_at(path: &[Seg]) -> Object {
    let name = |seg: Option<&Seg>| match seg {
        Some(Seg::Key(name)) => name.clone(),
        _ => String::new(),
    };
    let last = path.last();
    let before = if path.len() >= 2 { path.get(path.len() - 2) } else { None };
    match (name(before).as_str(), last) {
        (_, None) => Object::Envelope,
        ("people", Some(Seg::Index(_))) => Object::Person,
        ("time_off", Some(Seg::Index(_))) => Object::DateRange,
        ("commitments", Some(Seg::Index(_))) => Object::Commitment,
        ("progress", Some(Seg::Index(_))) => Object::Progress,
        ("big_rocks", Some(Seg::Index(_))) => Object::WeekRocks,
        ("reviews", Some(Seg::Index(_))) => Object::Review,
        ("entries", Some(Seg::Index(_))) => Object::Entry,
        ("snapshot", Some(Seg::Index(_))) => Object::Snapshot,
        ("tombstones", Some(Seg::Index(_))) => Object::Tombstone,
        (_, Some(Seg::Key(last))) => match last.as_str() {
            "plan" => Object::Plan,
            "requested_by" | "waiting_on" => Object::Party,
            "status" => Object::Status,
            "effort" => Object::Effort,
            "due" => Object::Due,
            "settings" => Object::Settings,
            "thresholds" => Object::Thresholds,
            "calibration" => Object::Calibration,
            "decision" => Object::Decision,
            "reflection" => Object::Reflection,
            other => panic!("no object is called {other}"),
        },
        (other, _) => panic!("no list of objects is called {other}"),
    }
}

/// The documented default of a field that may be left out (SPEC 2.1 and the format's
/// schema), or `None` for a field that must be there.
fn default_of(object: Object, field: &str) -> Option<Value> {
    let value = match (object, field) {
        (Object::Envelope, "revision") => json!(0),
        (Object::Plan, "commitments" | "big_rocks" | "reviews" | "tombstones") => json!([]),
        (Object::Plan, "settings") => json!({}),
        (Object::Person, "weekly_capacity") => Value::Null,
        (Object::Person, "working_days") => json!(["mon", "tue", "wed", "thu", "fri"]),
        (Object::Person, "time_off") => json!([]),
        (Object::Commitment, "notes") => json!(""),
        (Object::Commitment, "requested_by" | "start" | "due" | "delegated_by") => Value::Null,
        (Object::Commitment, "important" | "urgent") => json!(false),
        (Object::Commitment, "tags" | "progress") => json!([]),
        (Object::Status, "last_follow_up") => Value::Null,
        (Object::Status, "reason") => json!(""),
        (Object::Status, "declined") => json!(false),
        (Object::Effort, "until") => Value::Null,
        (Object::Progress, "note") => json!(""),
        (Object::Settings, "week_start") => json!("mon"),
        (Object::Settings, "horizon_weeks") => json!(12),
        (Object::Settings, "thresholds") => {
            json!({"full_percent": 85.0, "over_percent": 100.0, "critical_percent": 125.0})
        }
        (Object::Settings, "wip_limit") => json!(5),
        (Object::Settings, "calibration") => json!({"mode": "manual", "manual_factor": 1.0}),
        (Object::Settings, "stale_weeks") => json!(2),
        (Object::Settings, "waiting_nudge_days" | "urgent_window_days") => json!(7),
        (Object::Settings, "language") => json!("en"),
        (Object::Settings, "theme") => json!("system"),
        (Object::Review, "entries" | "followed_up" | "triaged" | "big_rocks" | "snapshot") => {
            json!([])
        }
        (Object::Review, "reflection") => json!({}),
        (Object::Review, "pulse" | "accepted_overload_hours") => Value::Null,
        (Object::Reflection, _) => json!(""),
        _ => return None,
    };
    Some(value)
}

/// What a missing required field is called in the message.
fn missing_message(object: Object, field: &str, parent: &Value) -> Message {
    let state = parent.get("state").and_then(Value::as_str).unwrap_or("");
    let kind = parent.get("kind").and_then(Value::as_str).unwrap_or("");
    Message::Exact(match (object, field) {
        (Object::Status, "state") | (Object::Effort | Object::Decision, "kind") => {
            format!("missing field `{field}`")
        }
        (Object::Status, _) => format!("a {state} status needs `{field}`"),
        (Object::Effort, _) => format!("a {kind} effort needs `{field}`"),
        (Object::Decision, _) => format!("a {kind} decision needs `{field}`"),
        // An externally tagged enum left with no variant at all.
        (Object::Party, _) => return Message::Any,
        _ => format!("missing field `{field}`"),
    })
}

/// A copy of `value` with the node at `path` replaced.
fn replaced(value: &Value, path: &[Seg], new: Value) -> Value {
    let mut value = value.clone();
    *value.pointer_mut(&pointer(path)).expect("the place exists") = new;
    value
}

/// A copy of `value` with `field` taken out of the object at `path`.
fn removed(value: &Value, path: &[Seg], field: &str) -> Value {
    let mut value = value.clone();
    let object = value.pointer_mut(&pointer(path)).and_then(Value::as_object_mut);
    object.expect("an object").remove(field);
    value
}

/// A copy of `value` with `field` set in the object at `path`.
fn inserted(value: &Value, path: &[Seg], field: &str, new: Value) -> Value {
    let mut value = value.clone();
    let object = value.pointer_mut(&pointer(path)).and_then(Value::as_object_mut);
    object.expect("an object").insert(field.into(), new);
    value
}

/// The line and column (1-based, in bytes, as serde_json counts) of byte `at`.
pub fn position(text: &str, at: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..at];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|b| *b == b'\n').map_or(0, |n| n + 1);
    (line, at - line_start + 1)
}

/// Where serde_json says a text ends: the last line, and how many bytes it has.
pub fn end_of(text: &str) -> (usize, usize) {
    let line = text.bytes().filter(|b| *b == b'\n').count() + 1;
    let column = text.len() - text.rfind('\n').map_or(0, |n| n + 1);
    (line, column)
}

/// A small deterministic source of numbers (xorshift), so the damage is the same on
/// every run.
struct Bits(u64);

impl Bits {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Collects damaged files, in order of kind.
pub struct Damages<'a> {
    bases: &'a [Base],
    pub files: Vec<Damaged>,
}

impl<'a> Damages<'a> {
    pub fn new(bases: &'a [Base]) -> Self {
        Damages { bases, files: Vec::new() }
    }

    fn push(&mut self, kind: Kind, text: String, expect: Expect, what: String) {
        self.files.push(Damaged { kind, text, expect, what });
    }

    /// A damage made on the JSON value of a base, written back compactly.
    fn push_value(
        &mut self,
        kind: Kind,
        base: &Base,
        damaged: &Value,
        expect: Expect,
        what: String,
    ) {
        let what = format!("{what} (in the {})", base.name);
        self.push(kind, damaged.to_string(), expect, what);
    }

    /// Every field of every object taken out in turn.
    pub fn fields_removed(&mut self) {
        let bases = self.bases;
        for base in bases.iter().filter(|base| base.distinct_value()) {
            for (path, node) in places(&base.value) {
                let Value::Object(map) = node else { continue };
                let object = object_at(&path);
                for field in map.keys() {
                    let damaged = removed(&base.value, &path, field);
                    let what = format!("{} without `{field}`", dotted(&path));
                    let expect = match (object, field.as_str()) {
                        (Object::Envelope, "format") => Expect::NotAPlan(None),
                        (Object::Envelope, "version") => bad_version(),
                        _ => match default_of(object, field) {
                            Some(default) => Expect::SameAs(
                                replaced(&base.value, &with_key(&path, field), default).to_string(),
                            ),
                            None => Expect::Invalid {
                                path: dotted(&path),
                                message: missing_message(object, field, node),
                            },
                        },
                    };
                    self.push_value(Kind::FieldRemoved, base, &damaged, expect, what);
                }
            }
        }
    }

    /// Every value replaced by one of another JSON type.
    pub fn wrong_types(&mut self) {
        let bases = self.bases;
        for base in bases.iter().filter(|base| base.distinct_value()) {
            for (path, node) in places(&base.value).into_iter().skip(1) {
                let new = match node {
                    Value::Object(_) => json!([]),
                    Value::Array(_) => json!({}),
                    Value::String(_) => json!(7),
                    Value::Number(_) => json!("7"),
                    Value::Bool(_) => json!("yes"),
                    Value::Null => json!(true),
                };
                let damaged = replaced(&base.value, &path, new.clone());
                let what = format!("{} = {new} instead of {}", dotted(&path), short(node));
                let expect = match pointer(&path).as_str() {
                    // A null `format` is no format at all.
                    "/format" if new.is_null() => Expect::NotAPlan(None),
                    "/format" => Expect::NotAPlan(Some(new.to_string())),
                    "/version" => bad_version(),
                    _ => Expect::Invalid { path: dotted(&path), message: Message::Any },
                };
                self.push_value(Kind::WrongType, base, &damaged, expect, what);
            }
        }
    }

    /// Numbers, texts and dates just or far outside their bounds, wherever they occur
    /// (but the numbers of the settings, which [`Damages::settings`] takes).
    pub fn out_of_range(&mut self) {
        let bases = self.bases;
        let long = |n: usize| json!("x".repeat(n));
        for base in bases.iter().filter(|base| base.distinct_value()) {
            for (path, node) in places(&base.value) {
                let Some(Seg::Key(field)) = path.last() else {
                    self.out_of_range_in_list(base, &path, node);
                    continue;
                };
                let in_object = object_at(&path[..path.len() - 1]);
                let positive = "must be greater than 0";
                let at_most = |max: &str| format!("must be at most {max}");
                let between = |min: &str, max: &str| format!("must be between {min} and {max}");
                let cases: Vec<(Value, String)> = match (in_object, field.as_str()) {
                    (Object::Effort, "estimate_hours") | (Object::Progress, "hours") => vec![
                        (json!(0), positive.into()),
                        (json!(-1.5), positive.into()),
                        (json!(100000.25), at_most("100000")),
                    ],
                    (Object::Effort, "hours_per_week") => vec![
                        (json!(0), positive.into()),
                        (json!(-1), "must not be negative".into()),
                        (json!(168.5), at_most("168")),
                    ],
                    (Object::Person, "weekly_capacity") if !node.is_null() => vec![
                        (json!(-1), "must not be negative".into()),
                        (json!(168.25), at_most("168")),
                        (json!(1000), at_most("168")),
                    ],
                    (Object::Entry, "hours_logged") => vec![
                        (json!(-0.5), "must not be negative".into()),
                        (json!(169), at_most("168")),
                    ],
                    (Object::Snapshot, "capacity" | "load")
                    | (Object::Review, "accepted_overload_hours") => {
                        vec![
                            (json!(-2), "must not be negative".into()),
                            (json!(100001), at_most("100000")),
                        ]
                    }
                    (Object::Review, "pulse") => vec![
                        (json!(0), between("1", "5")),
                        (json!(6), between("1", "5")),
                        (json!(-3), between("1", "5")),
                    ],
                    (Object::Envelope, "revision") => {
                        vec![(json!(-1), "invalid value: integer `-1`, expected u64".into())]
                    }
                    (Object::Commitment, "title") => vec![
                        (json!(""), "must not be empty".into()),
                        (json!(" \t "), "must not be empty".into()),
                        (long(201), "must be at most 200 characters (found 201)".into()),
                    ],
                    (Object::Person, "name") => vec![
                        (json!("  "), "must not be empty".into()),
                        (long(81), "must be at most 80 characters (found 81)".into()),
                    ],
                    (Object::Party, "text") => vec![
                        (json!(""), "must not be empty".into()),
                        (long(201), "must be at most 200 characters (found 201)".into()),
                    ],
                    (Object::Commitment, "notes")
                    | (Object::Progress, "note")
                    | (Object::Status | Object::Decision, "reason")
                    | (Object::Reflection, _) => {
                        vec![(
                            long(10_001),
                            "must be at most 10000 characters (found 10001)".into(),
                        )]
                    }
                    (
                        Object::Commitment | Object::Status | Object::Due | Object::Progress,
                        "start" | "date" | "since" | "last_follow_up" | "on",
                    )
                    | (Object::DateRange, _)
                    | (Object::WeekRocks | Object::Review | Object::Snapshot, "week")
                    | (Object::Effort, "until")
                    | (Object::Decision, "new_due")
                        if node.is_string() =>
                    {
                        vec![
                            (json!("2026-02-30"), "input is out of range".into()),
                            (json!("2026-13-01"), "input is out of range".into()),
                        ]
                    }
                    (Object::Commitment, "created_at" | "updated_at")
                    | (Object::Envelope, "saved_at")
                    | (Object::Review, "completed_at")
                    | (Object::Tombstone, "deleted_at") => vec![
                        (json!("2026-11-31T09:00:00Z"), "input is out of range".into()),
                        (json!("2026-11-20T24:30:00Z"), "input is out of range".into()),
                    ],
                    _ => Vec::new(),
                };
                for (new, message) in cases {
                    let damaged = replaced(&base.value, &path, new.clone());
                    let what = format!("{} = {}", dotted(&path), short(&new));
                    let path = dotted(&path);
                    let message = if message.contains("out of range") {
                        Message::Contains(message)
                    } else {
                        Message::Exact(message)
                    };
                    let expect = Expect::Invalid { path, message };
                    self.push_value(Kind::OutOfRange, base, &damaged, expect, what);
                }
            }
        }
    }

    /// Tags that are not tags.
    fn out_of_range_in_list(&mut self, base: &Base, path: &[Seg], node: &Value) {
        let in_tags = path.len() >= 2 && path[path.len() - 2] == key("tags");
        if !in_tags || !node.is_string() {
            return;
        }
        let cases = [
            (json!("two words"), "must not contain spaces".to_owned()),
            (json!(""), "must not be empty".into()),
            (json!("t".repeat(41)), "must be at most 40 characters (found 41)".into()),
        ];
        for (new, message) in cases {
            let damaged = replaced(&base.value, path, new.clone());
            let what = format!("{} = {}", dotted(path), short(&new));
            let expect = Expect::Invalid { path: dotted(path), message: Message::Exact(message) };
            self.push_value(Kind::OutOfRange, base, &damaged, expect, what);
        }
    }

    /// Each number of the settings at its bounds, beyond them (just, far, and too large
    /// for a number at all), as a fraction, written as the other kind of number, and
    /// each threshold at and across the value of each other threshold.
    pub fn settings(&mut self) {
        let bases = self.bases;
        for base in bases.iter().filter(|base| base.distinct_value()) {
            for setting in &SETTINGS {
                let at = setting.at();
                let Some(node) = base.value.pointer(&pointer(&at)) else { continue };
                let old = node.as_f64().expect("a setting of a base is a number");
                let (min, max) = (setting.min, setting.max);
                let mut values = vec![min, max, min - 1.0, min - 0.5, min - 100.0];
                values.extend([max + 0.5, max + 1.0, max * 10.0, 1e15, -1e15]);
                if setting.whole {
                    // A fraction within the bounds.
                    values.push(old + 0.5);
                }
                if let Some(index) = setting.threshold() {
                    for (other, _) in THRESHOLDS.iter().enumerate().filter(|(i, _)| *i != index) {
                        let figure = threshold_of(&base.value, other);
                        values.extend([figure, figure - 0.5, figure + 0.5]);
                    }
                }
                let mut seen = vec![old];
                for value in values {
                    if seen.contains(&value) {
                        continue;
                    }
                    seen.push(value);
                    let (kind, expect) = setting_changed(base, setting, value);
                    // A value that keeps the thresholds in order is no damage, unless it
                    // is a bound.
                    if kind == Kind::AtTheBound && value != min && value != max {
                        continue;
                    }
                    let damaged = replaced(&base.value, &at, number(value));
                    let what = format!("{} = {}", dotted(&at), number(value));
                    self.push_value(kind, base, &damaged, expect, what);
                }
                // The same number written as the other kind: `12.0` for 12, `85` for 85.0.
                let other_kind = if node.is_f64() { json!(old as i64) } else { json!(old) };
                if old.fract() == 0.0 {
                    let damaged = replaced(&base.value, &at, other_kind.clone());
                    let (kind, expect) = setting_changed(base, setting, old);
                    assert_eq!(kind, Kind::AtTheBound, "{} opens as it was", dotted(&at));
                    let what = format!("{} = {other_kind} for {node}", dotted(&at));
                    self.push_value(kind, base, &damaged, expect, what);
                }
                // Numbers too large for a 64-bit float. The current version names the
                // field; an older one is read as JSON first, for its migration, and that
                // stops at the number.
                for huge in ["1e400", "-1e400"] {
                    let marker = "\"the number\"";
                    let text = replaced(&base.value, &at, json!("the number")).to_string();
                    let text = text.replacen(marker, huge, 1);
                    let expect = if base.version() < u64::from(CURRENT_VERSION) {
                        let last = text.find(huge).expect("the number is there") + huge.len() - 1;
                        let (line, column) = position(&text, last);
                        Expect::NotJsonAt { line, column }
                    } else {
                        Expect::Invalid {
                            path: dotted(&at),
                            message: Message::Exact("number out of range".into()),
                        }
                    };
                    let what = format!("{} = {huge} (in the {})", dotted(&at), base.name);
                    self.push(Kind::OutOfRange, text, expect, what);
                }
            }
        }
    }

    /// A field the format does not have, added to every object.
    pub fn unknown_fields(&mut self) {
        let bases = self.bases;
        for base in bases.iter().filter(|base| base.distinct_value()) {
            for (n, (path, node)) in places(&base.value).into_iter().enumerate() {
                if !node.is_object() {
                    continue;
                }
                let names = ["colour", "Title", "due_date", "estimate", "priority"];
                for name in [names[n % names.len()], "x-comment"] {
                    let damaged = inserted(&base.value, &path, name, json!(1));
                    let what = format!("{} with `{name}`", dotted(&path));
                    let expect = match object_at(&path) {
                        // An enum written as an object with one key: a second key is
                        // not a field, the object is no such enum.
                        Object::Party => {
                            Expect::Invalid { path: dotted(&path), message: Message::Any }
                        }
                        _ => Expect::Invalid {
                            path: dotted(&with_key(&path, name)),
                            message: Message::Contains(format!("unknown field `{name}`")),
                        },
                    };
                    self.push_value(Kind::UnknownField, base, &damaged, expect, what);
                }
            }
        }
    }

    /// Ids given twice: people, commitments, reviews; weeks and rocks listed twice.
    pub fn duplicate_ids(&mut self) {
        let bases = self.bases;
        for base in bases.iter().filter(|base| base.distinct_value()) {
            for (list, message) in [
                ("people", "is used by another person"),
                ("commitments", "is used by another commitment"),
            ] {
                let items = base.value["plan"][list].as_array().map_or(0, Vec::len);
                for later in 1..items {
                    for earlier in 0..later {
                        let id = base.value["plan"][list][earlier]["id"].clone();
                        let path = [key("plan"), key(list), Seg::Index(later), key("id")];
                        let damaged = replaced(&base.value, &path, id);
                        let what = format!("{} = the id of {list}[{earlier}]", dotted(&path));
                        let message = Message::Contains(message.into());
                        let expect = Expect::Invalid { path: dotted(&path), message };
                        self.push_value(Kind::DuplicateId, base, &damaged, expect, what);
                    }
                }
            }
            self.duplicate_tombstones(base);
            let plan = &base.value["plan"];
            if let Some(review) = plan["reviews"].get(0) {
                let mut damaged = base.value.clone();
                let reviews = damaged["plan"]["reviews"].as_array_mut().expect("a list");
                reviews.push(review.clone());
                let at = reviews.len() - 1;
                let expect = Expect::Invalid {
                    path: format!("plan.reviews[{at}].id"),
                    message: Message::Contains("is used by another review".into()),
                };
                let what = "the first review repeated".into();
                self.push_value(Kind::DuplicateId, base, &damaged, expect, what);
            }
            if let Some(rocks) = plan["big_rocks"].get(0) {
                let mut damaged = base.value.clone();
                let weeks = damaged["plan"]["big_rocks"].as_array_mut().expect("a list");
                weeks.push(rocks.clone());
                let at = weeks.len() - 1;
                let expect = Expect::Invalid {
                    path: format!("plan.big_rocks[{at}].week"),
                    message: Message::Contains("is listed twice".into()),
                };
                let what = "a week of big rocks repeated".into();
                self.push_value(Kind::DuplicateId, base, &damaged, expect, what);
                let chosen = rocks["commitments"].as_array().map_or(0, Vec::len);
                for later in 1..chosen {
                    let path = [
                        key("plan"),
                        key("big_rocks"),
                        Seg::Index(0),
                        key("commitments"),
                        Seg::Index(later),
                    ];
                    let damaged = replaced(&base.value, &path, rocks["commitments"][0].clone());
                    let expect = Expect::Invalid {
                        path: dotted(&path),
                        message: Message::Contains("is listed twice".into()),
                    };
                    let what = format!("{} = the first rock again", dotted(&path));
                    self.push_value(Kind::DuplicateId, base, &damaged, expect, what);
                }
            }
        }
    }

    /// A deletion listed twice, and the tombstone of a commitment that is still there,
    /// in the tombstone's place or as one more.
    fn duplicate_tombstones(&mut self, base: &Base) {
        let plan = &base.value["plan"];
        let Some(tombstones) = plan["tombstones"].as_array() else { return };
        let id_of = |n: usize| [key("plan"), key("tombstones"), Seg::Index(n), key("id")];
        let refused = |at: [Seg; 4], message: String| Expect::Invalid {
            path: dotted(&at),
            message: Message::Exact(message),
        };
        let twice = |id: &Value| format!("{} is listed twice", id.as_str().expect("an id"));
        for later in 1..tombstones.len() {
            for (earlier, tombstone) in tombstones[..later].iter().enumerate() {
                let id = &tombstone["id"];
                let damaged = replaced(&base.value, &id_of(later), id.clone());
                let what = format!("{} = the id of tombstones[{earlier}]", dotted(&id_of(later)));
                let expect = refused(id_of(later), twice(id));
                self.push_value(Kind::DuplicateId, base, &damaged, expect, what);
            }
        }
        let with_one_more = |tombstone: Value| {
            let mut damaged = base.value.clone();
            damaged["plan"]["tombstones"].as_array_mut().expect("a list").push(tombstone);
            damaged
        };
        for (n, tombstone) in tombstones.iter().enumerate() {
            let damaged = with_one_more(tombstone.clone());
            let expect = refused(id_of(tombstones.len()), twice(&tombstone["id"]));
            let what = format!("tombstones[{n}] repeated");
            self.push_value(Kind::DuplicateId, base, &damaged, expect, what);
        }
        for (i, commitment) in plan["commitments"].as_array().into_iter().flatten().enumerate() {
            let id = &commitment["id"];
            let still = format!(
                "{} is deleted, yet still a commitment of the plan",
                id.as_str().expect("an id")
            );
            if !tombstones.is_empty() {
                let damaged = replaced(&base.value, &id_of(0), id.clone());
                let what = format!("tombstones[0] the id of commitments[{i}]");
                let expect = refused(id_of(0), still.clone());
                self.push_value(Kind::DuplicateId, base, &damaged, expect, what);
            }
            let tombstone = json!({"id": id, "deleted_at": commitment["updated_at"]});
            let damaged = with_one_more(tombstone);
            let what = format!("commitments[{i}] deleted, and still there");
            let expect = refused(id_of(tombstones.len()), still);
            self.push_value(Kind::DuplicateId, base, &damaged, expect, what);
        }
    }

    /// References to ids that no one has. Those of the plan must name someone; those of
    /// a review are history, which may name work deleted since, so they still open.
    pub fn dangling_references(&mut self) {
        let bases = self.bases;
        for base in bases.iter().filter(|base| base.distinct_value()) {
            let mut n = 0;
            for (path, node) in places(&base.value) {
                let Some(id) = node.as_str() else { continue };
                if uuid::Uuid::parse_str(id).is_err() || path.last() == Some(&key("id")) {
                    continue;
                }
                let in_review = path.contains(&key("reviews"));
                let names_person = matches!(
                    path.last(),
                    Some(Seg::Key(k)) if ["owner", "person", "delegated_by", "to"].contains(&k.as_str())
                );
                n += 1;
                let nobody = format!("00000000-0000-4000-8000-{n:012}");
                let damaged = replaced(&base.value, &path, json!(nobody));
                let what = format!("{} = {nobody}, whom no one has", dotted(&path));
                let expect = if in_review {
                    Expect::Opens(replaced(&base.written, &path, json!(nobody)))
                } else {
                    let whose = if names_person { "person" } else { "commitment" };
                    Expect::Invalid {
                        path: dotted(&path),
                        message: Message::Exact(format!("no {whose} has the id {nobody}")),
                    }
                };
                self.push_value(Kind::DanglingReference, base, &damaged, expect, what);
            }
        }
    }

    /// A damage made on the value of a base that must be refused at `path`.
    fn refused(
        &mut self,
        kind: Kind,
        base: &Base,
        damaged: Value,
        path: &str,
        message: Message,
        what: String,
    ) {
        let expect = Expect::Invalid { path: path.into(), message };
        self.push_value(kind, base, &damaged, expect, what);
    }

    /// Values that are fine one by one and contradict each other or the version (and
    /// thresholds out of order, made with the other settings by [`Damages::settings`]).
    pub fn inconsistent(&mut self) {
        let bases = self.bases;
        for base in bases.iter().filter(|base| base.distinct_value()) {
            self.inconsistent_people(base);
            self.inconsistent_commitments(base);
            self.inconsistent_reviews(base);
            self.inconsistent_versions(base);
        }
    }

    /// No me or two; me without a capacity; a day worked twice; time off backwards.
    fn inconsistent_people(&mut self, base: &Base) {
        let kind = Kind::Inconsistent;
        let people = base.value["plan"]["people"].as_array().expect("people");
        let me = people.iter().position(|p| p["role"] == "me").expect("a me");
        let person = |i: usize| vec![key("plan"), key("people"), Seg::Index(i)];
        let found = |n: usize| {
            Message::Exact(format!("exactly one person must have the role \"me\" (found {n})"))
        };
        let damaged = replaced(&base.value, &with_key(&person(me), "role"), json!("report"));
        self.refused(kind, base, damaged, "plan.people", found(0), "no me".into());
        for i in (0..people.len()).filter(|i| *i != me) {
            let damaged = replaced(&base.value, &with_key(&person(i), "role"), json!("me"));
            self.refused(
                kind,
                base,
                damaged,
                "plan.people",
                found(2),
                format!("people[{i}] a second me"),
            );
        }
        let capacity = with_key(&person(me), "weekly_capacity");
        let damaged = replaced(&base.value, &capacity, Value::Null);
        let message = Message::Exact("must be set for \"me\"".into());
        self.refused(
            kind,
            base,
            damaged,
            &dotted(&capacity),
            message,
            "me without a capacity".into(),
        );
        for (i, someone) in people.iter().enumerate() {
            if let Some(first) = someone["working_days"].get(0) {
                let mut days = someone["working_days"].clone();
                days.as_array_mut().expect("days").push(first.clone());
                let path = dotted(&with_key(&person(i), "working_days"));
                let damaged = replaced(&base.value, &with_key(&person(i), "working_days"), days);
                let message = Message::Contains("more than once".into());
                self.refused(kind, base, damaged, &path, message, format!("{path} repeats a day"));
            }
            for (k, range) in someone["time_off"].as_array().into_iter().flatten().enumerate() {
                if range["from"] == range["to"] {
                    continue;
                }
                let reversed = json!({"from": range["to"], "to": range["from"]});
                let at = [person(i), vec![key("time_off"), Seg::Index(k)]].concat();
                let damaged = replaced(&base.value, &at, reversed);
                let message = Message::Contains("before it starts".into());
                let path = dotted(&at);
                self.refused(kind, base, damaged, &path, message, format!("{path} reversed"));
            }
        }
    }

    /// Work owned by a peer; a start after the due date or the end of recurring work; a
    /// field of another status or effort.
    fn inconsistent_commitments(&mut self, base: &Base) {
        let kind = Kind::Inconsistent;
        let plan = &base.value["plan"];
        let people = plan["people"].as_array().expect("people");
        let peers: Vec<&Value> = people.iter().filter(|p| p["weekly_capacity"].is_null()).collect();
        for (i, commitment) in plan["commitments"].as_array().into_iter().flatten().enumerate() {
            let at = [key("plan"), key("commitments"), Seg::Index(i)];
            let field = |name: &str| dotted(&with_key(&at, name));
            if let Some(peer) = peers.get(i % peers.len().max(1)) {
                let damaged = replaced(&base.value, &with_key(&at, "owner"), peer["id"].clone());
                let name = peer["name"].as_str().expect("a name");
                let message =
                    Message::Exact(format!("{name} has no weekly capacity, so cannot own work"));
                self.refused(
                    kind,
                    base,
                    damaged,
                    &field("owner"),
                    message,
                    format!("{} owned by {name}", dotted(&at)),
                );
            }
            let due = commitment["due"]["date"].as_str().map(date);
            let until = commitment["effort"]["until"].as_str().map(date);
            let mut starts: Vec<chrono::NaiveDate> = [due, until]
                .into_iter()
                .flatten()
                .map(|end| end + chrono::Duration::days(1))
                .collect();
            starts.dedup();
            for start in starts {
                let damaged =
                    replaced(&base.value, &with_key(&at, "start"), json!(start.to_string()));
                // The due date is checked first.
                let (place, end) = match due {
                    Some(due) if due < start => ("due.date", due),
                    _ => ("effort.until", until.expect("an end")),
                };
                let message = Message::Exact(format!("{end} is before the start date {start}"));
                self.refused(
                    kind,
                    base,
                    damaged,
                    &field(place),
                    message,
                    format!("{} starts on {start}", dotted(&at)),
                );
            }
            let state = commitment["status"]["state"].as_str().expect("a state");
            // A field of another state: `on` belongs to done and dropped, `since` to waiting.
            let extra = if ["done", "dropped"].contains(&state) { "since" } else { "on" };
            let damaged =
                inserted(&base.value, &with_key(&at, "status"), extra, json!("2026-11-02"));
            let message = Message::Exact(format!("a {state} status has no `{extra}`"));
            self.refused(
                kind,
                base,
                damaged,
                &field("status"),
                message,
                format!("a {state} status with `{extra}`"),
            );
            // Declined is for a dropped request, and only from version 3 on.
            let older = base.version() < u64::from(CURRENT_VERSION);
            for declined in [true, false].into_iter().filter(|_| state != "dropped" || older) {
                let status = with_key(&at, "status");
                let damaged = inserted(&base.value, &status, "declined", json!(declined));
                let expect = match not_in_version(&damaged, base.version()) {
                    Some(expect) => expect,
                    None => Expect::Invalid {
                        path: dotted(&status),
                        message: Message::Exact(format!("a {state} status has no `declined`")),
                    },
                };
                let what = format!("a {state} status with `\"declined\": {declined}`");
                self.push_value(kind, base, &damaged, expect, what);
            }
            let (extra, message) = match commitment["effort"]["kind"].as_str().expect("a kind") {
                "one_off" => ("hours_per_week", "a one_off effort has only `estimate_hours`"),
                "recurring" => (
                    "estimate_hours",
                    "a recurring effort has `hours_per_week`, not `estimate_hours`",
                ),
                _ => ("estimate_hours", "an unestimated effort has no figures"),
            };
            let damaged = inserted(&base.value, &with_key(&at, "effort"), extra, json!(3.5));
            let what = format!("{} with `{extra}`", field("effort"));
            self.refused(
                kind,
                base,
                damaged,
                &field("effort"),
                Message::Exact(message.into()),
                what,
            );
        }
    }

    /// A field of another decision.
    fn inconsistent_reviews(&mut self, base: &Base) {
        let kind = Kind::Inconsistent;
        let plan = &base.value["plan"];
        for (r, review) in plan["reviews"].as_array().into_iter().flatten().enumerate() {
            for (e, entry) in review["entries"].as_array().into_iter().flatten().enumerate() {
                let decision = entry["decision"]["kind"].as_str().expect("a kind");
                let (extra, value) = match decision {
                    "defer" | "renegotiate" => ("to", entry["decision"]["new_due"].clone()),
                    "delegate" => ("reason", json!("")),
                    _ => ("new_due", json!("2026-12-04")),
                };
                let at = [
                    key("plan"),
                    key("reviews"),
                    Seg::Index(r),
                    key("entries"),
                    Seg::Index(e),
                    key("decision"),
                ];
                let damaged = inserted(&base.value, &at, extra, value);
                let message = Message::Exact(format!("a {decision} decision has no `{extra}`"));
                self.refused(
                    kind,
                    base,
                    damaged,
                    &dotted(&at),
                    message,
                    format!("a {decision} decision with `{extra}`"),
                );
            }
        }
    }

    /// A file that says it is of an older version than the fields it has: each older
    /// version written in its header, and each field of a later version added to a
    /// file of an older one.
    fn inconsistent_versions(&mut self, base: &Base) {
        let version = base.version();
        for older in 1..version {
            let damaged = replaced(&base.value, &[key("version")], json!(older));
            let expect = not_in_version(&damaged, older).expect("a base has its version's fields");
            let what = format!("version {older}");
            self.push_value(Kind::Inconsistent, base, &damaged, expect, what);
            // Without its tombstones, a version 3 file said to be of version 2 is still
            // refused for its declined request.
            if older == 2 && damaged["plan"].get("tombstones").is_some() {
                let damaged = removed(&damaged, &[key("plan")], "tombstones");
                if let Some(expect) = not_in_version(&damaged, older) {
                    let what = format!("version {older}, without tombstones");
                    self.push_value(Kind::Inconsistent, base, &damaged, expect, what);
                }
            }
        }
        let tombstone = json!({
            "id": "9d0e1f2a-3b4c-4d5e-8f6a-8b9c0d1e2f3a",
            "deleted_at": "2026-11-23T08:40:00Z",
        });
        for (field, value) in [
            ("big_rocks", json!([])),
            ("reviews", json!([])),
            ("tombstones", json!([])),
            ("tombstones", json!([tombstone])),
        ] {
            if base.value["plan"].get(field).is_some() {
                continue;
            }
            let damaged = inserted(&base.value, &[key("plan")], field, value.clone());
            let expect = not_in_version(&damaged, version).expect("a field of a later version");
            let what = format!("version {version} with {field} = {value}");
            self.push_value(Kind::Inconsistent, base, &damaged, expect, what);
        }
    }

    /// Versions this build does not read yet, written as the app writes them and, in the
    /// original layout, by hand.
    pub fn newer_versions(&mut self) {
        let bases = self.bases;
        let next = u64::from(CURRENT_VERSION) + 1;
        let versions = [next, next + 1, 9, 10, 42, 99, 100, 1000, 65_535, 1 << 32, u64::MAX];
        for base in bases {
            for version in versions {
                let expect = Expect::NewerVersion(version);
                if base.distinct_value() {
                    let damaged = replaced(&base.value, &[key("version")], json!(version));
                    self.push_value(
                        Kind::NewerVersion,
                        base,
                        &damaged,
                        expect.clone(),
                        format!("version {version}"),
                    );
                }
                let written = base.value["version"].to_string();
                let text = base.text.replacen(
                    &format!("\"version\":{written}"),
                    &format!("\"version\":{version}"),
                    1,
                );
                let text = text.replacen(
                    &format!("\"version\": {written}"),
                    &format!("\"version\": {version}"),
                    1,
                );
                assert_ne!(text, base.text, "the version is found in the {}", base.name);
                self.push(
                    Kind::NewerVersion,
                    text,
                    expect,
                    format!("version {version} (in the {})", base.name),
                );
            }
        }
    }

    /// Other values of `format`: near misses, other files' and other types.
    pub fn wrong_formats(&mut self) {
        let bases = self.bases;
        let formats = [
            json!("plateful-plans"),
            json!("Plateful-plan"),
            json!("plateful_plan"),
            json!("plateful"),
            json!(" plateful-plan"),
            json!("plateful-plan\n"),
            json!(""),
            json!("todo-list"),
            json!("sunsama-export"),
            json!(2),
            json!(null),
            json!(true),
            json!(["plateful-plan"]),
            json!({"name": "plateful-plan"}),
        ];
        for base in bases.iter().filter(|base| base.distinct_value()) {
            for format in &formats {
                let damaged = replaced(&base.value, &[key("format")], format.clone());
                let found = Some(format.to_string()).filter(|_| !format.is_null());
                let expect = Expect::NotAPlan(found);
                self.push_value(
                    Kind::WrongFormat,
                    base,
                    &damaged,
                    expect,
                    format!("format = {format}"),
                );
            }
        }
    }

    /// Files with nothing in them, or nothing but whitespace: blanks alone and in pairs,
    /// long runs of them, and other Unicode spaces.
    pub fn emptied(&mut self) {
        let blanks = [" ", "\n", "\t", "\r\n"];
        let mut texts = vec![String::new()];
        for first in blanks {
            texts.push(first.into());
            texts.extend(blanks.map(|second| format!("{first}{second}")));
            texts.extend([1000, 100_000].map(|n| first.repeat(n)));
        }
        texts.extend(["\u{a0}", "\u{2003}", "\u{3000}", "\u{c}"].map(String::from));
        for text in texts {
            let start: String = text.chars().take(4).collect();
            let what = format!("{} bytes of whitespace, from {start:?}", text.len());
            self.push(Kind::Emptied, text, Expect::Empty, what);
        }
    }

    /// JSON that is not an object: the plan in an array, and other values.
    pub fn not_objects(&mut self) {
        let bases = self.bases;
        for base in bases {
            for (text, what) in [
                (format!("[{}]", base.text), "the file in an array"),
                (format!("[{0},{0}]", base.text), "the file twice in an array"),
                (format!("  \n[\n{}\n]\n", base.text), "the file in an array, after blank lines"),
            ] {
                self.push(
                    Kind::NotAnObject,
                    text,
                    Expect::NotAPlan(None),
                    format!("{what} (the {})", base.name),
                );
            }
            if base.distinct_value() {
                let text = format!("[{}, null]", base.value["plan"]);
                let what = format!("the plan alone in an array (the {})", base.name);
                self.push(Kind::NotAnObject, text, Expect::NotAPlan(None), what);
            }
        }
        for text in [
            "[]",
            "[1, 2, 3]",
            "null",
            "true",
            "false",
            "42",
            "-0.5",
            "\"plateful-plan\"",
            "\"\"",
            "[{\"format\": \"plateful-plan\", \"version\": 2}]",
            "[[[]]]",
            "\n\t\"a plan\"\n",
        ] {
            self.push(
                Kind::NotAnObject,
                text.into(),
                Expect::NotAPlan(None),
                format!("the file {text:?}"),
            );
        }
    }

    /// Something after the plan's last brace.
    pub fn trailing_text(&mut self) {
        let bases = self.bases;
        for base in bases {
            let end = base.text.trim_end().len();
            for tail in
                ["x", "}", "{}", ",", "]", "\n\n// the end", "null", "\"", "0", "\n{\"format\": 1}"]
            {
                let text = format!("{}{tail}", base.text);
                let first =
                    end + text[end..].find(|c: char| !c.is_whitespace()).expect("the tail shows");
                let (line, column) = position(&text, first);
                let what = format!("{tail:?} after the {}", base.name);
                self.push(Kind::TrailingText, text, Expect::NotJsonAt { line, column }, what);
            }
            let text = format!("{}{}", base.text, base.text);
            let first =
                end + text[end..].find(|c: char| !c.is_whitespace()).expect("the tail shows");
            let (line, column) = position(&text, first);
            self.push(
                Kind::TrailingText,
                text,
                Expect::NotJsonAt { line, column },
                format!("the {} twice", base.name),
            );
        }
    }

    /// The texts cut short at `count` bytes spread over all the bases, each before the
    /// last closing brace (after it, only whitespace would be lost) and after what the
    /// base has in common with the bases before it (the same cut twice is one file).
    pub fn cut_short(&mut self, count: usize) {
        let bases = self.bases;
        let ranges: Vec<(usize, usize)> = bases
            .iter()
            .enumerate()
            .map(|(n, base)| {
                let shared = bases[..n]
                    .iter()
                    .map(|other| common_prefix(&base.text, &other.text))
                    .max()
                    .unwrap_or(0);
                (shared + 1, last_brace(&base.text))
            })
            .collect();
        let total: usize = ranges.iter().map(|(from, to)| to - from).sum();
        let mut left = count;
        for (n, (base, (from, to))) in bases.iter().zip(&ranges).enumerate() {
            let share = if n + 1 == bases.len() { left } else { count * (to - from) / total };
            left -= share;
            for k in 0..share {
                // Spread evenly over from..to, so that every part of the file is cut.
                let at = from + k * (to - from) / share;
                let text = base.text[..at].to_owned();
                let (line, column) = end_of(&text);
                let what = format!("the {} cut after byte {at}", base.name);
                self.push(Kind::CutShort, text, Expect::NotJsonAt { line, column }, what);
            }
        }
    }

    /// `count` single-bit flips, at bytes and bits drawn without repeat.
    pub fn bytes_flipped(&mut self, count: usize) {
        let bases = self.bases;
        let mut bits = Bits(0x2545_F491_4F6C_DD1D);
        let mut seen = HashSet::new();
        let mut made = 0;
        while made < count {
            let base = &bases[bits.below(bases.len())];
            let at = bits.below(base.text.len());
            let mask = 1u8 << bits.below(7);
            if !seen.insert((base.name, at, mask)) {
                continue;
            }
            let mut bytes = base.text.clone().into_bytes();
            bytes[at] ^= mask;
            // Only ASCII is flipped, within ASCII, so the text stays UTF-8.
            let text = String::from_utf8(bytes).expect("the bases are ASCII");
            // serde_json names the last byte it read, which for a control character in
            // a string is the byte before it.
            let (line, column) = position(&text, at.saturating_sub(1));
            let what = format!(
                "byte {at} (line {line}, column {column}) of the {} flipped from {:?} to {:?}",
                base.name,
                base.text.as_bytes()[at] as char,
                text.as_bytes()[at] as char,
            );
            let expect = flip_expectation(base, &text, line, column);
            self.push(Kind::ByteFlipped, text, expect, what);
            made += 1;
        }
    }
}

impl Base {
    /// Whether this base's JSON value differs from those before it; damage made on the
    /// value is made once per value, not once per layout of the same file.
    pub fn distinct_value(&self) -> bool {
        !self.name.ends_with("(compact)")
    }

    /// The version the file says it is.
    pub fn version(&self) -> u64 {
        self.value["version"].as_u64().expect("a base has a version")
    }
}

/// A number of the settings: where it is under `plan.settings`, and its bounds in
/// version 3 (SPEC 2.1), written out here rather than read from the code under test.
pub struct Setting {
    pub path: &'static [&'static str],
    pub min: f64,
    pub max: f64,
    /// A count, which must be whole.
    pub whole: bool,
}

const fn setting(path: &'static [&'static str], min: f64, max: f64, whole: bool) -> Setting {
    Setting { path, min, max, whole }
}

pub const SETTINGS: [Setting; 9] = [
    setting(&["thresholds", "full_percent"], 1.0, 1000.0, false),
    setting(&["thresholds", "over_percent"], 1.0, 1000.0, false),
    setting(&["thresholds", "critical_percent"], 1.0, 1000.0, false),
    setting(&["wip_limit"], 1.0, 100.0, true),
    setting(&["horizon_weeks"], 4.0, 52.0, true),
    setting(&["stale_weeks"], 1.0, 52.0, true),
    setting(&["waiting_nudge_days"], 1.0, 90.0, true),
    setting(&["urgent_window_days"], 0.0, 60.0, true),
    setting(&["calibration", "manual_factor"], 0.5, 5.0, false),
];

/// The thresholds, lowest first (each must be strictly above the one before), with
/// their defaults.
const THRESHOLDS: [(&str, f64); 3] =
    [("full_percent", 85.0), ("over_percent", 100.0), ("critical_percent", 125.0)];

impl Setting {
    /// Its place in the plan file.
    fn at(&self) -> Vec<Seg> {
        let mut at = vec![key("plan"), key("settings")];
        at.extend(self.path.iter().map(|name| key(name)));
        at
    }

    /// Which threshold it is, if it is one.
    fn threshold(&self) -> Option<usize> {
        match self.path {
            ["thresholds", name] => THRESHOLDS.iter().position(|(field, _)| field == name),
            _ => None,
        }
    }
}

fn thresholds_at() -> Vec<Seg> {
    vec![key("plan"), key("settings"), key("thresholds")]
}

/// The value of threshold `index` in a plan file, or its default.
fn threshold_of(file: &Value, index: usize) -> f64 {
    let (name, default) = THRESHOLDS[index];
    file.pointer(&pointer(&with_key(&thresholds_at(), name)))
        .and_then(Value::as_f64)
        .unwrap_or(default)
}

/// The setting at a place of the plan file, if a setting is there.
fn setting_at(path: &[Seg]) -> Option<&'static Setting> {
    SETTINGS.iter().find(|setting| setting.at() == path)
}

/// A number as JSON: whole ones as integers, as counts are written.
fn number(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        json!(n as i64)
    } else {
        json!(n)
    }
}

/// What a base must give with the number of one setting changed to `value`, and what
/// kind of damage that is. Out of the bounds, or a fraction where a count is expected:
/// refused at the field. Thresholds not strictly in order: refused at the higher one of
/// the first pair out of order, naming the lower one and its value. Otherwise it opens
/// as it says. A file of an older version is brought within version 3 first: a number
/// out of the bounds (unless a fraction of a count) takes its nearest bound, and
/// thresholds that are then not strictly in order all take their defaults.
fn setting_changed(base: &Base, setting: &Setting, value: f64) -> (Kind, Expect) {
    let at = setting.at();
    let refused = |kind, path: &[Seg], message: String| {
        (kind, Expect::Invalid { path: dotted(path), message: Message::Exact(message) })
    };
    let older = base.version() < u64::from(CURRENT_VERSION);
    let fraction = setting.whole && value.fract() != 0.0;
    let beyond = value < setting.min || value > setting.max;
    if beyond && (fraction || !older) {
        let message = format!("must be between {} and {}", setting.min, setting.max);
        return refused(Kind::OutOfRange, &at, message);
    }
    if fraction {
        return refused(Kind::OutOfRange, &at, "must be a whole number".into());
    }
    let within = value.clamp(setting.min, setting.max);
    let mut kind = if within == value { Kind::AtTheBound } else { Kind::OlderSettingOutOfBounds };
    let mut opens = replaced(&base.written, &at, number(within));
    if let Some(index) = setting.threshold() {
        let mut figures: Vec<f64> = (0..3).map(|i| threshold_of(&base.value, i)).collect();
        figures[index] = within;
        if let Some(higher) = (1..3).find(|&i| figures[i] <= figures[i - 1]) {
            if !older {
                let (name, _) = THRESHOLDS[higher];
                let (lower, _) = THRESHOLDS[higher - 1];
                let message = format!("must be greater than {lower} ({})", figures[higher - 1]);
                return refused(Kind::Inconsistent, &with_key(&thresholds_at(), name), message);
            }
            let defaults = THRESHOLDS.iter().map(|(name, value)| (name.to_string(), json!(value)));
            opens = replaced(&base.written, &thresholds_at(), Value::Object(defaults.collect()));
            kind = Kind::OlderSettingOutOfBounds;
        }
    }
    (kind, Expect::Opens(opens))
}

/// The first field of a plan file that `version` does not have, in the order the
/// migrations look for them, refused with the version the file says it is.
fn not_in_version(file: &Value, version: u64) -> Option<Expect> {
    let plan = &file["plan"];
    let mut path = None;
    if version < 2 {
        let field = ["big_rocks", "reviews"].into_iter().find(|field| plan.get(field).is_some());
        path = field.map(|field| format!("plan.{field}"));
    }
    if path.is_none() && version < 3 {
        path = if plan.get("tombstones").is_some() {
            Some("plan.tombstones".into())
        } else {
            let commitments = plan["commitments"].as_array().into_iter().flatten();
            let declined = commitments
                .map(|commitment| commitment["status"].get("declined").is_some())
                .position(|declined| declined);
            declined.map(|i| format!("plan.commitments[{i}].status.declined"))
        };
    }
    let message = Message::Exact(format!("is not part of version {version}"));
    path.map(|path| Expect::Invalid { path, message })
}

fn bad_version() -> Expect {
    Expect::Invalid {
        path: "version".into(),
        message: Message::Exact("must be a whole number of at least 1".into()),
    }
}

fn date(text: &str) -> chrono::NaiveDate {
    text.parse().expect("a date of the base")
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

fn last_brace(text: &str) -> usize {
    text.rfind('}').expect("an object")
}

fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.len() > 40 {
        format!("{}... ({} characters)", &text[..20], text.len())
    } else {
        text
    }
}

/// One change between two JSON values that differ by one flipped byte.
enum Change {
    None,
    /// A key renamed in the object at the path.
    Key {
        object: Vec<Seg>,
        old: String,
        new: String,
    },
    /// A value changed at the path.
    Value {
        at: Vec<Seg>,
        old: Value,
        new: Value,
    },
}

fn change(old: &Value, new: &Value, path: &mut Vec<Seg>) -> Change {
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            let gone: Vec<&String> = a.keys().filter(|k| !b.contains_key(*k)).collect();
            let came: Vec<&String> = b.keys().filter(|k| !a.contains_key(*k)).collect();
            match (gone.as_slice(), came.as_slice()) {
                ([], []) => {}
                ([old], [new]) => {
                    return Change::Key {
                        object: path.clone(),
                        old: (*old).clone(),
                        new: (*new).clone(),
                    }
                }
                // Renamed onto a key the object already has: JSON keeps the last one.
                ([old], []) => {
                    return Change::Key {
                        object: path.clone(),
                        old: (*old).clone(),
                        new: String::new(),
                    }
                }
                _ => panic!("one flipped byte renamed more than one key"),
            }
            for (name, child) in a {
                path.push(key(name));
                let found = change(child, &b[name], path);
                path.pop();
                if !matches!(found, Change::None) {
                    return found;
                }
            }
            Change::None
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (index, (x, y)) in a.iter().zip(b).enumerate() {
                path.push(Seg::Index(index));
                let found = change(x, y, path);
                path.pop();
                if !matches!(found, Change::None) {
                    return found;
                }
            }
            Change::None
        }
        _ if old == new => Change::None,
        _ => Change::Value { at: path.clone(), old: old.clone(), new: new.clone() },
    }
}

/// What a flipped bit must give. Invalid JSON is refused as such, at the flipped byte
/// or after it. Valid JSON changed one key or one value: the header's answers are known
/// exactly; elsewhere the file either opens as exactly what it now says or is refused
/// at the changed place, what contains it, or what referred to the old value.
fn flip_expectation(base: &Base, text: &str, line: usize, column: usize) -> Expect {
    let Ok(flipped) = serde_json::from_str::<Value>(text) else {
        return Expect::NotJsonFrom { line, column };
    };
    match change(&base.value, &flipped, &mut Vec::new()) {
        Change::None => Expect::Opens(base.written.clone()),
        Change::Key { object, old, new } => {
            if object.is_empty() && old == "format" {
                return Expect::NotAPlan(None);
            }
            if object.is_empty() && old == "version" {
                return bad_version();
            }
            let mut paths = Vec::new();
            if !new.is_empty() {
                paths.push(dotted(&with_key(&object, &new)));
            }
            paths.push(dotted(&object));
            Expect::OpensOrInvalid { opens: None, paths }
        }
        Change::Value { at, old, new } => {
            match pointer(&at).as_str() {
                "/format" => {
                    return Expect::NotAPlan(Some(new.to_string()).filter(|_| !new.is_null()))
                }
                "/version" => {
                    return match new.as_u64().filter(|v| *v >= 1) {
                        Some(v) if v > u64::from(CURRENT_VERSION) => Expect::NewerVersion(v),
                        // Read as that version: refused at what it does not have, or
                        // migrated to the same plan.
                        Some(v) => not_in_version(&base.value, v)
                            .unwrap_or_else(|| Expect::Opens(base.written.clone())),
                        None => bad_version(),
                    };
                }
                _ => {}
            }
            if let (Some(setting), Some(new)) = (setting_at(&at), new.as_f64()) {
                return setting_changed(base, setting, new).1;
            }
            let mut paths = vec![dotted(&at)];
            // What contains the value, down from the person, commitment, setting or review.
            for depth in 3..at.len() {
                paths.push(dotted(&at[..depth]));
            }
            // What referred to an id that changed.
            for (other, node) in places(&base.value) {
                let id = old.as_str().is_some_and(|old| uuid::Uuid::parse_str(old).is_ok());
                if *node == old && other != at && id {
                    paths.push(dotted(&other));
                }
            }
            // A start date is checked against the due date and the end of recurring work.
            if at.last() == Some(&key("start")) {
                let commitment = &at[..at.len() - 1];
                paths.push(dotted(&[commitment, &[key("due"), key("date")]].concat()));
                paths.push(dotted(&[commitment, &[key("effort"), key("until")]].concat()));
            }
            Expect::OpensOrInvalid { opens: Some(replaced(&base.written, &at, new)), paths }
        }
    }
}
