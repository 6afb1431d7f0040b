//! Where a byte of a JSON text is: the path of the innermost value that holds it
//! (`plan.commitments[3].effort`), and the key it is part of, if any.
//!
//! The plan file is read by serde_json with one set of deserialisers; when it refuses
//! a value, [`crate::format::parse`] asks here where serde_json stopped. A small walk of
//! the text up to that byte, keeping the keys and indices of the objects and arrays it
//! is in, is all it takes: nothing on the way to a valid plan pays for it.
//!
//! The text has been read through once already (the file's header is read from the
//! whole text first), so it is JSON. Should it not be, the walk stops at the first byte
//! it does not expect and answers with the container it is in.

use std::borrow::Cow;

/// One step from a container to a value in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step<'a> {
    /// A key of an object, as written between its quotes.
    Key(&'a str),
    /// An element of an array.
    Index(usize),
}

/// What holds a byte of the text.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Place<'a> {
    /// The path to the innermost value that holds the byte: a string, number or literal
    /// that the byte is part of, or else the object or array whose own byte it is
    /// (a bracket, a comma, a colon, a blank, or a key).
    pub steps: Vec<Step<'a>>,
    /// When the byte is part of a key of that object, from its opening quote to the
    /// blanks before its colon: the key.
    pub key: Option<&'a str>,
}

/// What the walk expects next.
enum Next<'a> {
    /// A value, reached from its container by this step (none for the top).
    Value(Option<Step<'a>>),
    /// A key, or the end of the object.
    Key,
    /// The first element, or the end of the array.
    FirstElement,
    /// A comma or the end of the container, after a value.
    After,
}

/// The containers the walk is in.
struct Walk<'a> {
    /// The steps to them, outermost first: the top has none.
    steps: Vec<Step<'a>>,
    /// Each one, outermost first: `None` for an object, for an array the index of the
    /// element the walk is at.
    open: Vec<Option<usize>>,
}

impl<'a> Walk<'a> {
    /// The innermost container (or value, once its step is taken).
    fn here(self) -> Place<'a> {
        Place { steps: self.steps, key: None }
    }

    fn close(&mut self) -> Next<'a> {
        self.open.pop();
        if !self.open.is_empty() {
            self.steps.pop();
        }
        Next::After
    }
}

/// What holds the byte at `at` (see [`Place`]).
pub(crate) fn place(text: &str, at: usize) -> Place<'_> {
    let bytes = text.as_bytes();
    let mut walk = Walk { steps: Vec::new(), open: Vec::new() };
    let mut next = Next::Value(None);
    // Every byte before `i` is known not to be `at`.
    let mut i = 0;
    loop {
        // Blanks belong to the container they are in.
        i = skip_blanks(bytes, i);
        if at < i {
            return walk.here();
        }
        let Some(&byte) = bytes.get(i) else {
            return walk.here();
        };
        next = match next {
            Next::Value(step) => {
                let stepped = step.is_some();
                walk.steps.extend(step);
                if let b'{' | b'[' = byte {
                    if at == i {
                        return walk.here();
                    }
                    i += 1;
                    if byte == b'[' {
                        walk.open.push(Some(0));
                        Next::FirstElement
                    } else {
                        walk.open.push(None);
                        Next::Key
                    }
                } else {
                    i = if byte == b'"' { string_end(bytes, i) } else { literal_end(bytes, i) };
                    if at < i {
                        return walk.here();
                    }
                    if stepped {
                        walk.steps.pop();
                    }
                    Next::After
                }
            }
            Next::Key => match byte {
                b'"' => {
                    let end = string_end(bytes, i);
                    let colon = skip_blanks(bytes, end);
                    let key = text.get(i + 1..end.saturating_sub(1)).unwrap_or_default();
                    if at < colon {
                        return Place { steps: walk.steps, key: Some(key) };
                    }
                    if at == colon || bytes.get(colon) != Some(&b':') {
                        return walk.here();
                    }
                    i = colon + 1;
                    Next::Value(Some(Step::Key(key)))
                }
                b'}' if at != i => {
                    i += 1;
                    walk.close()
                }
                _ => return walk.here(),
            },
            Next::FirstElement => match byte {
                b']' if at != i => {
                    i += 1;
                    walk.close()
                }
                b']' => return walk.here(),
                _ => Next::Value(Some(Step::Index(0))),
            },
            Next::After => match (byte, walk.open.last_mut()) {
                (b',', Some(container)) if at != i => {
                    i += 1;
                    match container {
                        Some(index) => {
                            *index += 1;
                            Next::Value(Some(Step::Index(*index)))
                        }
                        None => Next::Key,
                    }
                }
                (b'}' | b']', Some(_)) if at != i => {
                    i += 1;
                    walk.close()
                }
                _ => return walk.here(),
            },
        };
    }
}

/// The path as the file's errors name it: `plan.commitments[3].effort`, `.` for the
/// top. A key written with escapes is named as it reads.
pub(crate) fn dotted(steps: &[Step<'_>]) -> String {
    let mut path = String::new();
    for step in steps {
        match step {
            Step::Index(index) => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
            Step::Key(key) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&unescaped(key));
            }
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

fn unescaped(key: &str) -> Cow<'_, str> {
    if !key.contains('\\') {
        return Cow::Borrowed(key);
    }
    match serde_json::from_str::<String>(&format!("\"{key}\"")) {
        Ok(key) => Cow::Owned(key),
        Err(_) => Cow::Borrowed(key),
    }
}

fn skip_blanks(bytes: &[u8], mut i: usize) -> usize {
    while matches!(bytes.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// The byte after the string that starts at `i`.
fn string_end(bytes: &[u8], mut i: usize) -> usize {
    i += 1;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The byte after the number, `true`, `false` or `null` that starts at `i`.
fn literal_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(&byte) = bytes.get(i) {
        if matches!(byte, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
            break;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path of what holds each byte of `text`, with ` -> key` for a key.
    fn places(text: &str) -> Vec<String> {
        (0..text.len())
            .map(|at| {
                let place = place(text, at);
                match place.key {
                    Some(key) => format!("{} -> {key}", dotted(&place.steps)),
                    None => dotted(&place.steps),
                }
            })
            .collect()
    }

    #[test]
    fn each_byte_belongs_to_the_innermost_value_that_holds_it() {
        let text = r#"{"a": [1, {"b": "x,]}"}], "c" : {}}"#;
        let expected: Vec<(&str, &str)> = vec![
            ("{", "."),
            ("\"a\"", ". -> a"),
            (":", "."),
            (" ", "."),
            ("[", "a"),
            ("1", "a[0]"),
            (",", "a"),
            (" ", "a"),
            ("{", "a[1]"),
            ("\"b\"", "a[1] -> b"),
            (":", "a[1]"),
            (" ", "a[1]"),
            ("\"x,]}\"", "a[1].b"),
            ("}", "a[1]"),
            ("]", "a"),
            (",", "."),
            (" ", "."),
            ("\"c\" ", ". -> c"),
            (":", "."),
            (" ", "."),
            ("{}", "c"),
            ("}", "."),
        ];
        let mut want = Vec::new();
        for (bytes, path) in &expected {
            want.extend(std::iter::repeat_n(path.to_string(), bytes.len()));
        }
        assert_eq!(expected.iter().map(|(bytes, _)| *bytes).collect::<String>(), text);
        assert_eq!(places(text), want);
    }

    #[test]
    fn keys_are_named_as_they_read() {
        let text = r#"{"x\"y": {"\u0041": [true]}}"#;
        let at = text.find("true").unwrap();
        assert_eq!(dotted(&place(text, at).steps), "x\"y.A[0]");
        assert_eq!(dotted(&[]), ".");
        assert_eq!(dotted(&[Step::Index(2), Step::Key("a")]), "[2].a");
    }

    #[test]
    fn text_that_is_not_json_is_walked_without_a_panic() {
        let text = r#"{"a": [1, {"b": "x\"", "c": null}], "d": tru"#;
        for end in 0..=text.len() {
            let cut = &text[..end];
            for at in 0..end + 2 {
                place(cut, at);
            }
        }
        for broken in ["}", "]]", "{,}", "[,1]", "{\"a\" 1}", "{\"a\":}", "\"\\", "{\"a\":1 2}"] {
            for at in 0..broken.len() + 2 {
                place(broken, at);
            }
        }
    }
}
