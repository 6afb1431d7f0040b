//! The invariants of ARCHITECTURE.md that the compiler cannot check, checked on the
//! source text the way rust-analyzer's `tidy` test does: each rule names the file and
//! line that breaks it.
//!
//! - Views and shared widgets do no arithmetic on figures and format no figure: the
//!   core computes, `src/fmt.rs` formats, `src/i18n` words.
//! - Views assemble no sentence: `format!` there builds ids, classes and addresses,
//!   never prose (which belongs to one place, the translation table).
//! - No command's result is dropped with `let _ =`.
//! - Only `src/storage.rs` names localStorage.
//! - No CSS class or data attribute is made from translated text.

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// A source file split into code (string literals and comments blanked out, lines
/// kept) and its string literals with their lines and the code just before each.
struct Source {
    path: PathBuf,
    code: String,
    strings: Vec<Literal>,
}

struct Literal {
    line: usize,
    text: String,
    /// The code right before the literal, on its line (to tell `format!(` apart).
    before: String,
}

fn read(path: &Path) -> Source {
    let text = fs::read_to_string(path).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let mut code = String::with_capacity(text.len());
    let mut strings = Vec::new();
    let (mut i, mut line) = (0, 1);
    let mut line_start = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && next == Some('*') {
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                if chars[i] == '\n' {
                    code.push('\n');
                    line += 1;
                    line_start = code.len();
                }
                i += 1;
            }
            i += 2;
            continue;
        }
        let raw = c == 'r' && (next == Some('"') || next == Some('#'));
        let is_char = c == '\'' && chars.get(i + 2) == Some(&'\'');
        if is_char {
            code.push_str("' '");
            i += 3;
            continue;
        }
        if c == '"'
            || (raw
                && !chars.get(i.wrapping_sub(1)).is_some_and(|p| p.is_alphanumeric() || *p == '_'))
        {
            let hashes = if raw {
                let mut n = 0;
                while chars.get(i + 1 + n) == Some(&'#') {
                    n += 1;
                }
                i += 1 + n;
                n
            } else {
                0
            };
            if chars.get(i) != Some(&'"') {
                code.push(c);
                i += 1;
                continue;
            }
            i += 1;
            let (start_line, before) = (line, code[line_start..].to_owned());
            let mut literal = String::new();
            while let Some(&ch) = chars.get(i) {
                if !raw && ch == '\\' {
                    literal.push(ch);
                    literal.push(chars.get(i + 1).copied().unwrap_or(' '));
                    i += 2;
                    continue;
                }
                if ch == '"' && (0..hashes).all(|k| chars.get(i + 1 + k) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                if ch == '\n' {
                    line += 1;
                }
                literal.push(ch);
                i += 1;
            }
            code.push_str("\"\"");
            for _ in 0..literal.matches('\n').count() {
                code.push('\n');
                line_start = code.len();
            }
            strings.push(Literal { line: start_line, text: literal, before });
            continue;
        }
        if c == '\n' {
            line += 1;
            code.push('\n');
            line_start = code.len();
        } else {
            code.push(c);
        }
        i += 1;
    }
    Source { path: path.to_path_buf(), code, strings }
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root()).unwrap_or(path).display().to_string()
}

/// Identifiers that hold figures: hours, loads, capacities, percentages.
const FIGURES: [&str; 12] = [
    "hours",
    "load",
    "capacity",
    "percent",
    "ratio",
    "frees",
    "remaining",
    "estimate",
    "spent",
    "over_by",
    "short_by",
    "demand",
];

fn figure_arithmetic(code_line: &str) -> bool {
    let tokens: Vec<&str> = code_line
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || "+-*/".contains(c)))
        .filter(|t| !t.is_empty())
        .collect();
    let operators = [" + ", " - ", " * ", " / ", " += ", " -= ", " *= ", " /= "];
    if !operators.iter().any(|op| code_line.contains(op)) {
        return false;
    }
    let figure = |token: &str| {
        let last = token.rsplit('.').next().unwrap_or(token);
        FIGURES.iter().any(|name| last == *name || last.ends_with(&format!("_{name}")))
    };
    // An operator with a figure on either side, read as tokens around each operator.
    operators.iter().any(|op| {
        code_line.match_indices(op).any(|(at, _)| {
            let left = code_line[..at].split_whitespace().last().unwrap_or("");
            let right = code_line[at + op.len()..].split_whitespace().next().unwrap_or("");
            let clean = |t: &str| {
                t.trim_matches(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).to_owned()
            };
            figure(&clean(left)) || figure(&clean(right))
        })
    }) && !tokens.is_empty()
}

fn views_and_widgets() -> Vec<Source> {
    let root = root();
    let mut files = rust_files(&root.join("src/views"));
    files.extend(rust_files(&root.join("src/components")));
    files.iter().map(|path| read(path)).collect()
}

#[test]
fn views_and_widgets_do_no_arithmetic_on_figures() {
    let mut found = Vec::new();
    for source in views_and_widgets() {
        for (number, line) in source.code.lines().enumerate() {
            if figure_arithmetic(line) {
                found.push(format!("{}:{}: {}", relative(&source.path), number + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "arithmetic on figures belongs in the core:\n{}", found.join("\n"));
}

#[test]
fn views_and_widgets_format_no_figure_and_assemble_no_sentence() {
    let mut found = Vec::new();
    for source in views_and_widgets() {
        for literal in &source.strings {
            let formatting = ["format!(", "write!(", "writeln!("]
                .iter()
                .any(|mac| literal.before.trim_end().ends_with(mac));
            if !formatting {
                continue;
            }
            let text = &literal.text;
            // Ids, class lists, addresses and SVG geometry: words joined by - / . # ? = &
            // and placeholders; a placeholder next to a space is a sentence being built
            // (but for a viewBox's numbers).
            let geometry = literal.before.contains("viewBox");
            let spaced = text.contains("} ") || text.contains(" {");
            let plain = text.chars().all(|c| c.is_alphanumeric() || "-_/.#?=&{} ".contains(c))
                && (!spaced || geometry);
            if !plain {
                found.push(format!(
                    "{}:{}: format!(\"{}\")",
                    relative(&source.path),
                    literal.line,
                    text
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "sentences and figures are worded by src/i18n through src/fmt, not assembled in views:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_command_result_is_dropped() {
    let mut found = Vec::new();
    for path in rust_files(&root().join("src")) {
        let source = read(&path);
        let code = source.code.replace('\n', " ");
        for (at, _) in code.match_indices("let _ =") {
            let statement = code[at..].split(';').next().unwrap_or("");
            if ["dispatch", ".apply(", ".undo(", ".erase("]
                .iter()
                .any(|call| statement.contains(call))
            {
                found.push(format!("{}: {}", relative(&path), statement.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "a refused command must be shown, not dropped:\n{}",
        found.join("\n")
    );
}

#[test]
fn only_the_storage_module_names_local_storage() {
    let mut found = Vec::new();
    for path in rust_files(&root().join("src")) {
        if path.ends_with("src/storage.rs") {
            continue;
        }
        let source = read(&path);
        for (number, line) in source.code.lines().enumerate() {
            if line.contains("local_storage") || line.contains("LocalStorage") {
                found.push(format!("{}:{}: {}", relative(&path), number + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "only src/storage.rs touches localStorage:\n{}", found.join("\n"));
}

/// The expression an attribute is set to in a `view!`, after its `=`: a closure's body
/// or a plain expression, up to the whitespace or `>` that ends it.
fn attribute_value(rest: &str) -> &str {
    let mut start = 0;
    for prefix in ["move ||", "||"] {
        if rest.starts_with(prefix) {
            start = prefix.len();
            break;
        }
    }
    let rest = &rest[start..];
    let rest = rest.trim_start();
    let mut depth = 0i32;
    for (at, c) in rest.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            c if depth <= 0 && (c.is_whitespace() || c == '>') => return &rest[..at],
            _ => {}
        }
    }
    rest
}

#[test]
fn no_class_or_data_attribute_comes_from_translated_text() {
    let mut found = Vec::new();
    for source in views_and_widgets() {
        for (number, line) in source.code.lines().enumerate() {
            for attribute in ["class=", "data-"] {
                for (at, _) in line.match_indices(attribute) {
                    let Some(equals) = line[at..].find('=') else { continue };
                    let value = attribute_value(&line[at + equals + 1..]);
                    let translated = value.match_indices("tr(").any(|(at, _)| {
                        !value[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
                    }) || value.contains("t(Msg");
                    if translated {
                        found.push(format!("{}:{}: {}", relative(&source.path), number + 1, value));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "classes and data attributes come from as_str():\n{}",
        found.join("\n")
    );
}

#[test]
fn the_rules_catch_what_they_are_about() {
    // Each rule, fed a line that breaks it, finds it: a tidy test that cannot fail
    // would be worse than none.
    assert!(figure_arithmetic("let left = capacity - load;"));
    assert!(figure_arithmetic("let p = week.load / week.capacity * 100.0;"));
    assert!(!figure_arithmetic("let next = index + 1;"));
    assert!(!figure_arithmetic("let range = 0..len;"));
    assert_eq!(
        attribute_value("move || tr(language.get(), Msg::X)>{x}"),
        "tr(language.get(), Msg::X)"
    );
    assert_eq!(attribute_value("level.as_str() title=x"), "level.as_str()");
    let sample =
        read_text("let s = format!(\"{}: {} h\", a, b);\nlet id = format!(\"{prefix}-{}\", f);");
    assert_eq!(sample.strings.len(), 2);
    assert_eq!(sample.strings[0].text, "{}: {} h");
    assert!(sample.strings[0].before.trim_end().ends_with("format!("));
}

fn read_text(text: &str) -> Source {
    let path = std::env::temp_dir().join(format!("tidy-sample-{}.rs", std::process::id()));
    fs::write(&path, text).unwrap();
    let source = read(&path);
    fs::remove_file(&path).ok();
    source
}
