//! Reading and writing workbooks as text: the versioned envelope used for both
//! localStorage and exported files, and the validation every incoming text goes through.

use std::fmt::{self, Write as _};

mod parts;
pub use parts::{PartRead, STEP_BYTES};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{
    schema::{self, MigrateError},
    sync::{Lineage, SyncState},
    Workbook, APP_VERSION,
};

/// The `format` marker of every file and stored copy Waymark writes.
pub const FORMAT: &str = "waymark.workbook";

/// Files larger than this are refused before they are parsed.
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;

/// The outer layer of a stored or exported workbook.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Envelope {
    pub format: String,
    pub schema_version: u32,
    pub app_version: String,
    /// When this copy was written (saved or exported).
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub written_at: DateTime<Utc>,
    pub workbook: Workbook,
}

/// The envelope as it is written: the same fields in the same order as [`Envelope`],
/// borrowing the workbook so a save never copies years of data before serialising it.
#[derive(Serialize)]
struct EnvelopeRef<'a> {
    format: &'a str,
    schema_version: u32,
    app_version: &'a str,
    written_at: DateTime<Utc>,
    /// Only in this browser's stored copy, never in a file: see [`crate::sync`].
    #[serde(skip_serializing_if = "Option::is_none")]
    sync: Option<&'a SyncState>,
    workbook: &'a Workbook,
}

/// Serialises a workbook inside its envelope. `pretty` for files people may open.
pub fn to_text(workbook: &Workbook, written_at: DateTime<Utc>, pretty: bool) -> String {
    envelope_text(workbook, None, written_at, pretty)
}

/// The text stored in this browser: the workbook and, before it, its sync state (its
/// lineage first, so [`peek_lineage`] finds it in the first few hundred characters).
pub fn to_stored_text(workbook: &Workbook, sync: &SyncState, written_at: DateTime<Utc>) -> String {
    one_byte_form(envelope_text(workbook, Some(sync), written_at, false))
}

/// The same JSON written so a browser can keep it in one byte per character, when that
/// takes fewer bytes.
///
/// Chromium keeps a stored text in one byte per character only while every character is
/// at most U+00FF, and in two bytes per character as soon as one is not: a single en dash
/// or curly apostrophe doubles the bytes it loads from disk on every visit (about 30 ms
/// more for five years of entries on a laptop, four times that on a phone). Written as a
/// JSON escape (`\u2013`), such a character takes six one-byte characters instead, and
/// every reader gets back exactly the same text. The escapes are used only when they make
/// the whole text smaller to keep: writing mostly in Greek, Cyrillic or Chinese keeps the
/// characters as they are. Outside strings, serialised JSON has only ASCII, so every
/// escape lands inside a string.
pub fn one_byte_form(json: String) -> String {
    // Most saves: nothing to look at character by character.
    if json.is_ascii() {
        return json;
    }
    // Bytes kept as written (two per UTF-16 unit) against bytes with escapes (one per
    // character, six per escaped UTF-16 unit).
    let (mut as_is, mut escaped, mut wide) = (0usize, 0usize, false);
    for c in json.chars() {
        let units = c.len_utf16();
        as_is += 2 * units;
        if u32::from(c) <= 0xFF {
            escaped += 1;
        } else {
            escaped += 6 * units;
            wide = true;
        }
    }
    if !wide || escaped >= as_is {
        return json;
    }
    let mut out = String::with_capacity(escaped);
    let mut units = [0u16; 2];
    for c in json.chars() {
        if u32::from(c) <= 0xFF {
            out.push(c);
        } else {
            for unit in c.encode_utf16(&mut units) {
                // Writing to a String cannot fail.
                let _ = write!(out, "\\u{unit:04x}");
            }
        }
    }
    out
}

fn envelope_text(
    workbook: &Workbook,
    sync: Option<&SyncState>,
    written_at: DateTime<Utc>,
    pretty: bool,
) -> String {
    let envelope = EnvelopeRef {
        format: FORMAT,
        schema_version: workbook.schema_version,
        app_version: APP_VERSION,
        written_at,
        sync,
        workbook,
    };
    let result = if pretty {
        serde_json::to_string_pretty(&envelope)
    } else {
        serde_json::to_string(&envelope)
    };
    // Serialising plain data with string keys cannot fail.
    result.unwrap_or_default()
}

/// The file name for an export written on `today` (an ISO date).
pub fn export_file_name(today: &str) -> String {
    format!("waymark-workbook-{today}.json")
}

/// A workbook read from text, and whether it had to be upgraded on the way.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub workbook: Workbook,
    pub migrated_from: Option<u32>,
    /// The sync state of a copy stored in this browser (default for files).
    pub sync: SyncState,
    /// Records that shared an id with another (or had none) and were given a new one.
    pub repaired_ids: usize,
}

/// Why a text is not a workbook this build can use. Each says what to do in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    Empty,
    TooLarge { bytes: usize },
    NotJson { line: usize, column: usize },
    NotWorkbook,
    Newer { found: u32 },
    WrongShape { at: String, problem: String },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Empty => write!(f, "The file is empty."),
            ReadError::TooLarge { bytes } => write!(
                f,
                "The file is {:.1} MB, larger than the {} MB a workbook can be. Check that you picked a Waymark export.",
                *bytes as f64 / 1_048_576.0,
                MAX_IMPORT_BYTES / 1_048_576
            ),
            ReadError::NotJson { line, column } => write!(
                f,
                "This isn't a readable workbook file: the text stops making sense at line {line}, column {column}. It may be damaged or not a Waymark export."
            ),
            ReadError::NotWorkbook => write!(
                f,
                "This file is valid JSON but not a Waymark workbook. Pick a file exported from Waymark's Data page."
            ),
            ReadError::Newer { found } => write!(
                f,
                "This workbook was saved by a newer version of Waymark (format {found}; this version reads up to {}). Open it in the newer version, or update this one.",
                schema::CURRENT_VERSION
            ),
            ReadError::WrongShape { at, problem } => write!(
                f,
                "Part of this workbook isn't in the expected shape ({problem} at {at}). Nothing was changed."
            ),
        }
    }
}

/// Reads a workbook from stored or imported text: checks size, JSON, envelope,
/// version, migrates older shapes and validates every field.
pub fn read_text(text: &str) -> Result<Loaded, ReadError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ReadError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    // This build's own shape (what every start reads from storage) in one typed pass;
    // anything else (older files, damage, duplicate keys) takes the careful road below,
    // which migrates and names what is wrong.
    if peek_schema_version(text) == Some(schema::CURRENT_VERSION) {
        if let Ok(env) = serde_json::from_str::<CurrentEnvelope>(text) {
            if env.format == FORMAT
                && env.schema_version == schema::CURRENT_VERSION
                && env.workbook.schema_version == schema::CURRENT_VERSION
            {
                let mut workbook = env.workbook;
                let repaired_ids = crate::ids::repair_ids(&mut workbook);
                return Ok(Loaded {
                    workbook,
                    migrated_from: None,
                    sync: env.sync.unwrap_or_default(),
                    repaired_ids,
                });
            }
        }
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ReadError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    read_value(value)
}

/// An envelope of the current shape, for the one-pass read.
#[derive(Deserialize)]
struct CurrentEnvelope {
    format: String,
    schema_version: u32,
    #[serde(default)]
    sync: Option<SyncState>,
    workbook: Workbook,
}

fn read_value(value: Value) -> Result<Loaded, ReadError> {
    let Value::Object(mut root) = value else {
        return Err(ReadError::NotWorkbook);
    };
    // A stored copy's sync state; one that can't be read only costs the recent history.
    let sync = root
        .remove("sync")
        .and_then(|v| SyncState::deserialize(v).ok())
        .unwrap_or_default();
    // Current files are enveloped; the first preview stored the bare workbook.
    let doc = if root.get("format").and_then(Value::as_str) == Some(FORMAT) {
        root.remove("workbook").ok_or(ReadError::NotWorkbook)?
    } else if root.contains_key("schema_version") && root.contains_key("created_at") {
        Value::Object(root)
    } else {
        return Err(ReadError::NotWorkbook);
    };
    let version = doc
        .get("schema_version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or(ReadError::NotWorkbook)?;
    let doc = schema::migrate(doc, version).map_err(|e| match e {
        MigrateError::Newer { found } => ReadError::Newer { found },
        MigrateError::Unknown { .. } => ReadError::NotWorkbook,
        MigrateError::Malformed(problem) => ReadError::WrongShape {
            at: "the workbook".into(),
            problem,
        },
    })?;
    // The typed read goes through the (canonical) text of the migrated document, so
    // that a wrong field can be named from the error's line and column: one copy of the
    // deserialisation code, where a path-tracking wrapper would double it in the app.
    let canonical = doc.to_string();
    let mut workbook: Workbook = serde_json::from_str(&canonical).map_err(|e| {
        let message = e.to_string();
        let at = path_at(&canonical, e.line(), e.column(), &message);
        ReadError::WrongShape {
            at: if at.is_empty() { "the top".into() } else { at },
            problem: plain_serde_problem(&message),
        }
    })?;
    let repaired_ids = crate::ids::repair_ids(&mut workbook);
    Ok(Loaded {
        workbook,
        migrated_from: (version != schema::CURRENT_VERSION).then_some(version),
        sync,
        repaired_ids,
    })
}

/// The envelope's schema version, read from the first few hundred characters only (it
/// is written second), so a save can check cheaply that it isn't overwriting a newer
/// build's workbook. `None` when it isn't there.
pub fn peek_schema_version(text: &str) -> Option<u32> {
    let head: String = text.chars().take(300).collect();
    let at = head.find("\"schema_version\"")? + "\"schema_version\"".len();
    let rest = head[at..].trim_start().strip_prefix(':')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The lineage of a stored copy, read from its first few hundred characters.
pub fn peek_lineage(text: &str) -> Option<Lineage> {
    let head: String = text.chars().take(600).collect();
    let at = head.find("\"lineage\"")? + "\"lineage\"".len();
    let rest = head[at..].trim_start().strip_prefix(':')?;
    let end = rest.find('}')? + 1;
    serde_json::from_str(&rest[..end]).ok()
}

/// Where in `text` (valid JSON) an error at `line`/`column` (serde_json's: the count of
/// bytes read on that line) sits, as a field path such as `goals[3].title`; empty at the
/// top. serde_json reports an error about a whole object or list (a missing field) after
/// its closing bracket, so the path names that object or list.
fn path_at(text: &str, line: usize, column: usize, message: &str) -> String {
    enum Frame {
        Object {
            key: Option<String>,
            wants_key: bool,
        },
        List {
            index: usize,
            started: bool,
        },
    }
    if line == 0 {
        return String::new();
    }
    let line_start = if line == 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    let bytes = text.as_bytes();
    // "expected value" and "trailing ..." are placed just after the character serde_json
    // peeked at (for a trailing element, the first character of that element).
    let trailing =
        message.starts_with("trailing characters") || message.starts_with("trailing comma");
    let peeked = usize::from(message.starts_with("expected value") || trailing);
    let end = (line_start + column)
        .saturating_sub(peeked)
        .min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => {
                if let Some(Frame::List { started, .. }) = stack.last_mut() {
                    *started = true;
                }
                stack.push(Frame::Object {
                    key: None,
                    wants_key: true,
                });
            }
            b'[' => {
                if let Some(Frame::List { started, .. }) = stack.last_mut() {
                    *started = true;
                }
                stack.push(Frame::List {
                    index: 0,
                    started: false,
                });
            }
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, wants_key }) => {
                    *key = None;
                    *wants_key = true;
                }
                Some(Frame::List { index, started }) => {
                    *index += 1;
                    *started = false;
                }
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { wants_key, .. }) = stack.last_mut() {
                    *wants_key = false;
                }
            }
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                match stack.last_mut() {
                    Some(Frame::Object {
                        key,
                        wants_key: true,
                    }) => {
                        let raw = text.get(start..(i + 1).min(text.len())).unwrap_or("");
                        *key = Some(serde_json::from_str::<String>(raw).unwrap_or_default());
                    }
                    Some(Frame::List { started, .. }) => *started = true,
                    _ => {}
                }
            }
            b' ' | b'\n' | b'\r' | b'\t' => {}
            _ => {
                if let Some(Frame::List { started, .. }) = stack.last_mut() {
                    *started = true;
                }
            }
        }
        i += 1;
    }
    if let Some(Frame::List { started, .. }) = stack.last_mut() {
        if trailing {
            // More elements than a fixed-size record takes: the list itself is wrong.
            *started = false;
        } else if bytes
            .get(end)
            .is_some_and(|b| !matches!(b, b']' | b',' | b'}'))
        {
            // A value that serde_json only peeked at is the list element being read.
            *started = true;
        }
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            // A key whose value was not reached yet is itself the problem (a map key or
            // an enum variant): the path names the object holding it.
            Frame::Object {
                key: Some(key),
                wants_key: false,
            } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::List {
                index,
                started: true,
            } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
            _ => {}
        }
    }
    path
}

/// serde's messages carry Rust type names; keep the readable first clause.
fn plain_serde_problem(message: &str) -> String {
    let first = message.split(" at line ").next().unwrap_or(message);
    first.replace("invalid type: ", "")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_one_pass_read_of_a_current_copy_gives_what_the_careful_read_gives() {
        use crate::sample::{workbook, Size};
        let end = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let written = DateTime::from_timestamp(1_790_000_000, 0).unwrap();
        for (seed, size) in [(1, Size::SMALL), (7, Size::FIVE_YEARS), (42, Size::SMALL)] {
            let wb = workbook(seed, size, end);
            let text = to_stored_text(&wb, &SyncState::default(), written);
            let fast = read_text(&text).unwrap();
            let careful = read_value(serde_json::from_str(&text).unwrap()).unwrap();
            assert_eq!(fast.workbook, careful.workbook);
            assert_eq!(fast.workbook, wb);
            assert_eq!(fast.migrated_from, careful.migrated_from);
            assert_eq!(fast.repaired_ids, careful.repaired_ids);
            assert_eq!(
                serde_json::to_string(&fast.sync).unwrap(),
                serde_json::to_string(&careful.sync).unwrap()
            );
        }
    }

    use super::*;
    use crate::workbook::tests::at;

    fn sample() -> Workbook {
        let mut wb = Workbook::new(at(2026, 5, 1));
        wb.profile.name = "Noor".into();
        wb
    }

    /// Bytes a browser keeping one or two bytes per character needs for `text`.
    fn kept_bytes(text: &str) -> usize {
        if text.chars().all(|c| u32::from(c) <= 0xFF) {
            text.chars().count()
        } else {
            2 * text.encode_utf16().count()
        }
    }

    #[test]
    fn a_few_wide_characters_are_written_as_escapes_and_read_back_the_same() {
        let mut wb = sample();
        wb.profile.name = format!("Zoë – “Noor” 🌱 {}", "designer — researcher ".repeat(40));
        let text = to_stored_text(&wb, &SyncState::default(), at(2026, 5, 2));
        assert!(text.chars().all(|c| u32::from(c) <= 0xFF), "{text}");
        assert!(text.contains(r#"Zoë \u2013 \u201cNoor\u201d \ud83c\udf31 designer \u2014"#));
        assert_eq!(read_text(&text).unwrap().workbook, wb);
        let plain = envelope_text(&wb, Some(&SyncState::default()), at(2026, 5, 2), false);
        assert!(kept_bytes(&text) < kept_bytes(&plain));
    }

    #[test]
    fn text_mostly_in_a_wide_script_is_kept_as_it_is() {
        let mut wb = sample();
        wb.profile.name = "Σχεδιάζω υπηρεσίες για ανθρώπους και ομάδες. ".repeat(200);
        let plain = envelope_text(&wb, Some(&SyncState::default()), at(2026, 5, 2), false);
        let text = to_stored_text(&wb, &SyncState::default(), at(2026, 5, 2));
        assert_eq!(text, plain);
        assert_eq!(read_text(&text).unwrap().workbook, wb);
    }

    proptest::proptest! {
        #[test]
        fn the_one_byte_form_is_the_same_json_and_never_costs_more(
            texts in proptest::collection::vec(proptest::prelude::any::<String>(), 0..8),
            padding in 0usize..400,
        ) {
            let mut texts = texts;
            texts.push("a".repeat(padding));
            let json = serde_json::to_string(&texts).unwrap();
            let form = one_byte_form(json.clone());
            let back: Vec<String> = serde_json::from_str(&form).unwrap();
            proptest::prop_assert_eq!(&back, &texts);
            proptest::prop_assert!(kept_bytes(&form) <= kept_bytes(&json));
            if form != json {
                proptest::prop_assert!(form.chars().all(|c| u32::from(c) <= 0xFF));
            }
        }
    }

    #[test]
    fn export_then_read_gives_the_same_workbook() {
        let wb = sample();
        let text = to_text(&wb, at(2026, 5, 2), true);
        let loaded = read_text(&text).unwrap();
        assert_eq!(loaded.workbook, wb);
        assert_eq!(loaded.migrated_from, None);
    }

    #[test]
    fn envelope_names_format_versions_and_time() {
        let text = to_text(&sample(), at(2026, 5, 2), false);
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["format"], FORMAT);
        assert_eq!(v["schema_version"], schema::CURRENT_VERSION);
        assert_eq!(v["app_version"], APP_VERSION);
        assert_eq!(v["written_at"], "2026-05-02T09:30:00Z");
    }

    #[test]
    fn written_text_is_exactly_the_envelope_serialised() {
        // The borrowed envelope must write what the owned one reads back, byte for byte,
        // with `schema_version` near the start where `peek_schema_version` looks.
        let wb = sample();
        let owned = Envelope {
            format: FORMAT.into(),
            schema_version: wb.schema_version,
            app_version: APP_VERSION.into(),
            written_at: at(2026, 5, 2),
            workbook: wb.clone(),
        };
        for pretty in [false, true] {
            let expected = if pretty {
                serde_json::to_string_pretty(&owned).unwrap()
            } else {
                serde_json::to_string(&owned).unwrap()
            };
            let text = to_text(&wb, at(2026, 5, 2), pretty);
            assert_eq!(text, expected);
            assert_eq!(peek_schema_version(&text), Some(wb.schema_version));
        }
    }

    #[test]
    fn not_json_says_where() {
        let err = read_text("{\n  \"format\": oops\n}").unwrap_err();
        assert_eq!(
            err,
            ReadError::NotJson {
                line: 2,
                column: 13
            }
        );
        assert!(err.to_string().contains("line 2, column 13"));
    }

    #[test]
    fn empty_text_is_refused() {
        assert_eq!(read_text("  \n").unwrap_err(), ReadError::Empty);
    }

    #[test]
    fn other_json_is_not_a_workbook() {
        assert_eq!(read_text("[1,2,3]").unwrap_err(), ReadError::NotWorkbook);
        assert_eq!(
            read_text(r#"{"name":"a shopping list"}"#).unwrap_err(),
            ReadError::NotWorkbook
        );
    }

    #[test]
    fn newer_schema_is_refused_with_versions_named() {
        let mut v: Value =
            serde_json::from_str(&to_text(&sample(), at(2026, 5, 2), false)).unwrap();
        v["workbook"]["schema_version"] = Value::from(99);
        let err = read_text(&v.to_string()).unwrap_err();
        assert_eq!(err, ReadError::Newer { found: 99 });
        assert!(err.to_string().contains("newer version"));
    }

    #[test]
    fn wrong_shape_names_the_field() {
        let mut v: Value =
            serde_json::from_str(&to_text(&sample(), at(2026, 5, 2), false)).unwrap();
        v["workbook"]["profile"]["name"] = Value::from(42);
        match read_text(&v.to_string()).unwrap_err() {
            ReadError::WrongShape { at, .. } => assert_eq!(at, "profile.name"),
            other => panic!("expected WrongShape, got {other:?}"),
        }
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Pair {
        a: String,
        b: String,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Holder {
        g: Option<Pair>,
    }

    #[test]
    fn a_record_given_as_a_too_long_list_is_named_itself() {
        // serde reads a record from a list of its fields; an extra element of any kind
        // (a list or an object too, whose first bracket serde_json peeks at) is a
        // problem with the list, not with that element.
        for extra in ["[]", "{}", "1", "\"x\""] {
            let text = format!(r#"{{"g":["a","b",{extra}]}}"#);
            let e = serde_json::from_str::<Holder>(&text).unwrap_err();
            let at = path_at(&text, e.line(), e.column(), &e.to_string());
            assert_eq!(at, "g", "{extra}: {e}");
        }
    }

    #[test]
    fn oversized_text_is_refused_before_parsing() {
        let big = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert!(matches!(read_text(&big), Err(ReadError::TooLarge { .. })));
    }

    #[test]
    fn bare_v1_workbook_is_migrated_on_read() {
        let text = include_str!("../tests/fixtures/workbook-v1.json");
        let loaded = read_text(text).unwrap();
        assert_eq!(loaded.migrated_from, Some(1));
        assert_eq!(loaded.workbook.profile.name, "Ada");
    }

    #[test]
    fn schema_version_is_peeked_from_the_start() {
        let text = to_text(&sample(), at(2026, 5, 2), false);
        assert_eq!(peek_schema_version(&text), Some(schema::CURRENT_VERSION));
        assert_eq!(
            peek_schema_version("{\"schema_version\" : 99, \"x\":1}"),
            Some(99)
        );
        assert_eq!(peek_schema_version("not json"), None);
    }

    #[test]
    fn export_file_name_has_the_date() {
        assert_eq!(
            export_file_name("2026-11-22"),
            "waymark-workbook-2026-11-22.json"
        );
    }
}
