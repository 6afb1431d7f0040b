//! A small JSON Schema checker for the keywords the schemas in `docs/format/` use,
//! so that the documented schema is tested against the files the app really writes.
//! Unknown keywords fail loudly rather than pass silently.

use serde_json::Value;

/// Returns one line per violation, each starting with its JSON pointer.
pub fn validate(schema: &Value, instance: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    check(schema, schema, instance, "", &mut errors);
    errors
}

const KNOWN: &[&str] = &[
    "$schema",
    "$id",
    "title",
    "description",
    "$defs",
    "$ref",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "oneOf",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "uniqueItems",
];

fn check(root: &Value, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    let Some(schema) = schema.as_object() else {
        errors.push(format!("{at}: schema is not an object"));
        return;
    };
    for key in schema.keys() {
        assert!(KNOWN.contains(&key.as_str()), "the checker does not know the keyword {key}");
    }
    let mut fail = |message: String| errors.push(format!("{at}: {message}"));
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.strip_prefix("#/$defs/").expect("local references only");
        let target = &root["$defs"][name];
        check(root, target, value, at, errors);
        return;
    }
    if let Some(expected) = schema.get("const") {
        if value != expected {
            fail(format!("expected {expected}, found {value}"));
        }
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array) {
        if !options.contains(value) {
            fail(format!("{value} is not one of {options:?}"));
        }
    }
    if let Some(expected) = schema.get("type").and_then(Value::as_str) {
        let fits = match expected {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "number" => value.is_number(),
            "integer" => value.as_f64().is_some_and(|n| n.fract() == 0.0),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            other => panic!("unknown type {other}"),
        };
        if !fits {
            fail(format!("expected {expected}, found {value}"));
            return;
        }
    }
    if let Some(options) = schema.get("oneOf").and_then(Value::as_array) {
        let matching = options
            .iter()
            .filter(|option| {
                let mut inner = Vec::new();
                check(root, option, value, at, &mut inner);
                inner.is_empty()
            })
            .count();
        if matching != 1 {
            fail(format!("matches {matching} of the oneOf alternatives, expected exactly 1"));
        }
    }
    if let Some(number) = value.as_f64() {
        let bound = |key: &str| schema.get(key).and_then(Value::as_f64);
        if bound("minimum").is_some_and(|min| number < min) {
            fail(format!("{number} is below the minimum"));
        }
        if bound("maximum").is_some_and(|max| number > max) {
            fail(format!("{number} is above the maximum"));
        }
        if bound("exclusiveMinimum").is_some_and(|min| number <= min) {
            fail(format!("{number} must be greater than the exclusive minimum"));
        }
    }
    if let Some(text) = value.as_str() {
        let length = text.chars().count() as u64;
        if schema.get("minLength").and_then(Value::as_u64).is_some_and(|min| length < min) {
            fail(format!("{text:?} is too short"));
        }
        if schema.get("maxLength").and_then(Value::as_u64).is_some_and(|max| length > max) {
            fail("text is too long".into());
        }
        if schema.get("pattern").and_then(Value::as_str) == Some("^\\S+$")
            && (text.is_empty() || text.chars().any(char::is_whitespace))
        {
            fail(format!("{text:?} contains whitespace"));
        }
        let well_formed = match schema.get("format").and_then(Value::as_str) {
            Some("date") => chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok(),
            Some("date-time") => chrono::DateTime::parse_from_rfc3339(text).is_ok(),
            Some("uuid") => uuid::Uuid::parse_str(text).is_ok(),
            Some(other) => panic!("unknown format {other}"),
            None => true,
        };
        if !well_formed {
            fail(format!("{text:?} is not a well-formed {}", schema["format"]));
        }
    }
    if let Some(items) = value.as_array() {
        if schema.get("uniqueItems") == Some(&Value::Bool(true)) {
            for (index, item) in items.iter().enumerate() {
                if items[..index].contains(item) {
                    fail(format!("item {index} repeats an earlier item"));
                }
            }
        }
        if let Some(item_schema) = schema.get("items") {
            for (index, item) in items.iter().enumerate() {
                check(root, item_schema, item, &format!("{at}/{index}"), errors);
            }
        }
    }
    if let Some(object) = value.as_object() {
        let properties = schema.get("properties").and_then(Value::as_object);
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for name in required.iter().filter_map(Value::as_str) {
                if !object.contains_key(name) {
                    errors.push(format!("{at}: missing required property {name}"));
                }
            }
        }
        for (name, field) in object {
            match properties.and_then(|properties| properties.get(name)) {
                Some(field_schema) => {
                    check(root, field_schema, field, &format!("{at}/{name}"), errors)
                }
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{at}: unexpected property {name}"));
                }
                None => {}
            }
        }
    }
}
