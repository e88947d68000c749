//! Hostile input: reading stored or imported text must never panic or hang, whatever
//! it is — random text, damaged exports, odd values spliced into valid files, deep
//! nesting, odd Unicode. Over 100,000 generated cases in all, plus the regression
//! corpus in `tests/fuzz-regressions/` (inputs worth keeping, each checked on its own).

use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::Value;
use waymark_core::{
    sample,
    sync::{Log, Replica, SyncState},
    transfer,
};

fn base_text() -> String {
    let size = sample::Size {
        goals: 1,
        milestones_per_goal: 2,
        metric_values_per_goal: 2,
        checkins: 2,
        wins: 1,
        session_notes: 1,
        takes_per_instrument: 0,
        applications: 2,
        contacts: 1,
        conversations: 1,
    };
    let end = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let wb = sample::workbook(5, size, end);
    transfer::to_text(&wb, wb.updated_at, false)
}

/// Reads `text`; if it loads, what it loaded must survive a round trip.
fn survives(text: &str) {
    if let Ok(loaded) = transfer::read_text(text) {
        let again = transfer::to_text(&loaded.workbook, loaded.workbook.updated_at, false);
        let back = transfer::read_text(&again).expect("what loaded once loads again");
        assert_eq!(back.workbook, loaded.workbook);
    }
}

fn cases(n: u32) -> ProptestConfig {
    // Full counts in release builds (`make test` runs this file with --release); a quick
    // sample in debug builds. WAYMARK_FUZZ_SCALE overrides either.
    let default = if cfg!(debug_assertions) { 0.02 } else { 1.0 };
    let scale: f64 = std::env::var("WAYMARK_FUZZ_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases: ((n as f64) * scale).max(1.0) as u32,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null)),
        "\\PC{0,12}".prop_map(Value::from),
        Just(Value::from("2026-02-29")),
        Just(Value::from("2026-01-01T00:00:00Z")),
        Just(Value::from("\u{202e}\u{0}\u{feff}")),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,10}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every path to a value inside `v`, as JSON pointers.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, x)| pointers(x, format!("{at}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| pointers(x, format!("{at}/{i}"), out)),
        _ => {}
    }
}

proptest! {
    #![proptest_config(cases(30_000))]
    #[test]
    fn random_text_never_panics(text in "\\PC{0,200}") {
        survives(&text);
    }
}

proptest! {
    #![proptest_config(cases(40_000))]
    #[test]
    fn damaged_exports_never_panic(
        cut in 0usize..100_000,
        len in 0usize..64,
        insert in "\\PC{0,8}",
        mode in 0u8..4,
    ) {
        let base = base_text();
        let mut bytes = base.into_bytes();
        let at = cut % (bytes.len() + 1);
        match mode {
            0 => bytes.truncate(at),
            1 => { let end = (at + len).min(bytes.len()); bytes.drain(at..end); }
            2 => { bytes.splice(at..at, insert.bytes()); }
            _ => { let end = (at + len).min(bytes.len()); let copy = bytes[at..end].to_vec(); bytes.splice(at..at, copy); }
        }
        // Damage may split a UTF-8 sequence: read what a browser would decode.
        survives(&String::from_utf8_lossy(&bytes));
    }
}

proptest! {
    #![proptest_config(cases(30_000))]
    #[test]
    fn odd_values_in_any_field_never_panic(pick in any::<prop::sample::Index>(), value in json_value()) {
        let mut doc: Value = serde_json::from_str(&base_text()).unwrap();
        let mut paths = Vec::new();
        pointers(&doc, String::new(), &mut paths);
        let path = pick.get(&paths).clone();
        if let Some(slot) = doc.pointer_mut(&path) {
            *slot = value;
        }
        survives(&doc.to_string());
    }
}

/// A path into the workbook as change paths name it: list items by their `id`.
fn change_path(doc: &Value, pointer: &str) -> Vec<Value> {
    let mut at = doc;
    let mut out = Vec::new();
    for seg in pointer.split('/').skip(1) {
        let next = match at {
            Value::Array(list) => seg.parse::<usize>().ok().and_then(|i| list.get(i)),
            Value::Object(map) => map.get(seg),
            _ => None,
        };
        let Some(next) = next else { break };
        let name = match (at, next.get("id").and_then(Value::as_str)) {
            (Value::Array(_), Some(id)) => id.to_string(),
            _ => seg.to_string(),
        };
        out.push(Value::from(name));
        at = next;
    }
    out
}

proptest! {
    #![proptest_config(cases(10_000))]
    #[test]
    fn hostile_logs_from_another_tab_never_panic_and_leave_a_readable_workbook(
        picks in prop::collection::vec(any::<prop::sample::Index>(), 1..4),
        values in prop::collection::vec(json_value(), 1..4),
        remove in any::<bool>(),
        cut in 0usize..4_000,
    ) {
        let doc: Value = serde_json::from_str(&base_text()).unwrap();
        let workbook = doc["workbook"].clone();
        let mut paths = Vec::new();
        pointers(&workbook, String::new(), &mut paths);
        let changes: Vec<Value> = picks.iter().zip(values).enumerate().map(|(i, (pick, v))| {
            let mut c = serde_json::json!({
                "s": format!("{:013}-{:04x}-other", 1_900_000_000_000u64 + i as u64, 0),
                "p": change_path(&workbook, pick.get(&paths).as_str()),
                "v": v,
            });
            if remove && i == 0 { c["rm"] = Value::from(true); }
            c
        }).collect();
        let log = serde_json::json!({"node": "other", "lineage": "root", "schema": 2, "written_ms": 0, "changes": changes}).to_string();
        let loaded = transfer::read_text(&base_text()).unwrap();
        let mut wb = loaded.workbook.clone();
        let mut replica = Replica::start("me", &wb, SyncState::default(), 1_000);
        // The whole log, and the log cut short (a torn write, or another build's text).
        let torn: String = log.chars().take(cut).collect();
        for text in [log.as_str(), torn.as_str()] {
            if let Ok(parsed) = serde_json::from_str::<Log>(text) {
                replica.receive(&mut wb, &parsed, 2_000);
            }
        }
        let sync = replica.fold();
        let stored = transfer::to_stored_text(&wb, &sync, wb.updated_at);
        let back = transfer::read_text(&stored).expect("a workbook changed by a log still reads");
        prop_assert_eq!(back.workbook, wb);
        prop_assert_eq!(back.sync, sync);
    }
}

/// The field path a path-tracking deserialiser (serde_path_to_error, which the app no
/// longer ships) gives for the first problem in `workbook`; `None` when it reads.
fn tracked_path(workbook: Value) -> Option<String> {
    serde_path_to_error::deserialize::<_, waymark_core::Workbook>(workbook)
        .err()
        .map(|e| {
            let at = e.path().to_string();
            if at == "." {
                "the top".into()
            } else {
                at
            }
        })
}

proptest! {
    #![proptest_config(cases(10_000))]
    #[test]
    fn a_wrong_field_is_named_by_its_path(
        pick in any::<prop::sample::Index>(),
        value in json_value(),
        remove in any::<bool>(),
    ) {
        let mut doc: Value = serde_json::from_str(&base_text()).unwrap();
        let mut paths = Vec::new();
        pointers(&doc["workbook"], "/workbook".into(), &mut paths);
        let path = pick.get(&paths).clone();
        // The version decides how the rest is read (or migrated): other tests cover it.
        prop_assume!(path != "/workbook/schema_version" && path != "/workbook");
        if remove {
            let (parent, key) = path.rsplit_once('/').unwrap();
            if let Some(Value::Object(m)) = doc.pointer_mut(parent) {
                m.remove(key);
            }
        } else if let Some(slot) = doc.pointer_mut(&path) {
            *slot = value;
        }
        let expected = tracked_path(doc["workbook"].clone());
        match transfer::read_text(&doc.to_string()) {
            Err(transfer::ReadError::WrongShape { at, .. }) => prop_assert_eq!(Some(at), expected),
            Ok(_) => prop_assert_eq!(None, expected),
            Err(other) => prop_assert!(false, "{:?} but the tracker says {:?}", other, expected),
        }
    }
}

/// Reading in parts, step by step, gives exactly what reading the whole text gives.
fn parts_match_whole(text: &str) -> Result<(), TestCaseError> {
    let whole = transfer::read_text(text);
    let mut parts = transfer::PartRead::new(text.to_string());
    let mut steps = 0;
    while parts.step() {
        steps += 1;
        prop_assert!(steps < 10_000, "steps never end");
    }
    match (whole, parts.finish()) {
        (Ok(a), Ok(b)) => {
            prop_assert_eq!(a.workbook, b.workbook);
            prop_assert_eq!(a.sync, b.sync);
            prop_assert_eq!(a.migrated_from, b.migrated_from);
            prop_assert_eq!(a.repaired_ids, b.repaired_ids);
        }
        (Err(a), Err(b)) => prop_assert_eq!(a, b),
        (a, b) => prop_assert!(false, "whole: {:?}, in parts: {:?}", a.err(), b.err()),
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(4_000))]
    #[test]
    fn reading_in_parts_gives_what_reading_whole_gives(
        pick in any::<prop::sample::Index>(),
        value in json_value(),
        remove in any::<bool>(),
        stored in any::<bool>(),
    ) {
        let mut doc: Value = serde_json::from_str(&base_text()).unwrap();
        if stored {
            // A stored copy carries its sync state, read as part of the envelope.
            let wb: waymark_core::Workbook = serde_json::from_value(doc["workbook"].clone()).unwrap();
            doc = serde_json::from_str(&transfer::to_stored_text(&wb, &SyncState::default(), wb.updated_at)).unwrap();
        }
        let mut paths = Vec::new();
        pointers(&doc, String::new(), &mut paths);
        let path = pick.get(&paths).clone();
        if remove {
            if let Some((parent, key)) = path.rsplit_once('/') {
                match doc.pointer_mut(parent) {
                    Some(Value::Object(m)) => { m.remove(key); }
                    Some(Value::Array(a)) => { if let Ok(i) = key.parse::<usize>() { if i < a.len() { a.remove(i); } } }
                    _ => {}
                }
            }
        } else if let Some(slot) = doc.pointer_mut(&path) {
            *slot = value;
        }
        parts_match_whole(&doc.to_string())?;
    }
}

#[test]
fn a_five_year_workbook_is_read_in_many_parts_to_the_same_result() {
    let end = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let wb = sample::workbook(7, sample::Size::FIVE_YEARS, end);
    let text = transfer::to_stored_text(&wb, &SyncState::default(), wb.updated_at);
    let mut parts = transfer::PartRead::new(text.clone());
    let mut steps = 1;
    while parts.step() {
        steps += 1;
    }
    // Goals, applications, contacts and conversations in slices, check-ins and journal.
    assert!(
        steps >= text.len() / transfer::STEP_BYTES / 2,
        "{steps} steps for {} bytes",
        text.len()
    );
    assert_eq!(
        parts.finish().unwrap().workbook,
        transfer::read_text(&text).unwrap().workbook
    );
    // Repeated keys are left to the careful read, which refuses them as it always did.
    let doubled = text.replacen("\"goals\":", "\"goals\":[],\"goals\":", 1);
    parts_match_whole(&doubled).unwrap();
}

proptest! {
    #![proptest_config(cases(500))]
    #[test]
    fn deep_nesting_is_refused_not_a_crash(depth in 1usize..50_000, object in any::<bool>()) {
        let text = if object {
            format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth))
        } else {
            format!("{}{}", "[".repeat(depth), "]".repeat(depth))
        };
        prop_assert!(transfer::read_text(&text).is_err());
    }
}

#[test]
fn text_over_the_limit_is_refused_quickly() {
    let text = format!("{{\"a\":\"{}\"}}", "x".repeat(transfer::MAX_IMPORT_BYTES));
    assert!(matches!(
        transfer::read_text(&text),
        Err(transfer::ReadError::TooLarge { .. })
    ));
}

#[test]
fn regression_corpus_is_read_as_expected() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz-regressions");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("ok-") {
            // Odd but valid: must load and come back exactly the same.
            assert!(transfer::read_text(&text).is_ok(), "{name} should load");
            survives(&text);
        } else {
            // Broken in some way: must be refused with a message, never loaded.
            let result = transfer::read_text(&text);
            assert!(result.is_err(), "{name} loaded but should not");
            assert!(!result.unwrap_err().to_string().is_empty());
        }
        seen += 1;
    }
    assert!(seen >= 9);
}
