//! Browser tests of the localStorage adapter, in a real headless browser: the workbook
//! round-trips, and stored data that can't be read is kept aside, never overwritten.

use chrono::{DateTime, Utc};
use wasm_bindgen_test::*;
use waymark::store::storage::{self, LoadOutcome, BACKUP_KEY, KEPT_PREFIX, KEY};
use waymark_core::{transfer, Workbook};
use web_sys::Storage;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_790_000_000, 0).unwrap()
}

/// A clean localStorage for each test.
fn fresh() -> Storage {
    let s = storage::local_storage().expect("the test browser has localStorage");
    s.clear().unwrap();
    s
}

fn kept_keys(s: &Storage) -> Vec<String> {
    (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(KEPT_PREFIX))
        .collect()
}

#[wasm_bindgen_test]
fn nothing_stored_is_a_first_visit() {
    let s = fresh();
    assert!(matches!(storage::load_from(&s, now()), LoadOutcome::Fresh));
}

#[wasm_bindgen_test]
fn saved_workbook_loads_back_the_same() {
    let s = fresh();
    let mut wb = Workbook::new(now());
    wb.profile.name = "Zoë 王".into();
    wb.profile.welcomed = true;
    storage::save_to(&s, &wb, now()).unwrap();
    match storage::load_from(&s, now()) {
        LoadOutcome::Loaded {
            workbook,
            migrated_from,
        } => {
            assert_eq!(*workbook, wb);
            assert_eq!(migrated_from, None);
        }
        other => panic!("expected Loaded, got {other:?}"),
    }
    // A clean load refreshes the last-good copy.
    assert!(s.get_item(BACKUP_KEY).unwrap().is_some());
    assert!(storage::stored_bytes(&s) > 0);
}

#[wasm_bindgen_test]
fn corrupted_data_is_kept_aside_and_not_overwritten() {
    let s = fresh();
    let broken = "{\"format\":\"waymark.workbook\", \"workbook\": {\"schema_version\": 2, oops";
    s.set_item(KEY, broken).unwrap();
    let LoadOutcome::Unreadable(u) = storage::load_from(&s, now()) else {
        panic!("broken text must not load");
    };
    assert_eq!(u.raw, broken);
    assert!(
        u.reason.contains("line 1"),
        "reason says where: {}",
        u.reason
    );
    assert!(u.recovered.is_none());
    let kept = kept_keys(&s);
    assert_eq!(kept.len(), 1);
    assert_eq!(s.get_item(&kept[0]).unwrap().as_deref(), Some(broken));
    assert_eq!(u.kept_key.as_deref(), Some(kept[0].as_str()));
    // Loading never writes over the main key.
    assert_eq!(s.get_item(KEY).unwrap().as_deref(), Some(broken));
}

#[wasm_bindgen_test]
fn newer_schema_is_kept_aside_with_a_clear_reason() {
    let s = fresh();
    let mut v: serde_json::Value =
        serde_json::from_str(&transfer::to_text(&Workbook::new(now()), now(), false)).unwrap();
    v["workbook"]["schema_version"] = serde_json::Value::from(999);
    s.set_item(KEY, &v.to_string()).unwrap();
    let LoadOutcome::Unreadable(u) = storage::load_from(&s, now()) else {
        panic!("a newer workbook must not load");
    };
    assert!(u.reason.contains("newer version"), "{}", u.reason);
    assert_eq!(kept_keys(&s).len(), 1);
}

#[wasm_bindgen_test]
fn unreadable_data_falls_back_to_the_last_good_copy() {
    let s = fresh();
    let mut good = Workbook::new(now());
    good.profile.name = "Kept".into();
    storage::save_to(&s, &good, now()).unwrap();
    let _ = storage::load_from(&s, now()); // refreshes the backup
    s.set_item(KEY, "not json at all").unwrap();
    let LoadOutcome::Unreadable(u) = storage::load_from(&s, now()) else {
        panic!("expected Unreadable");
    };
    assert_eq!(
        u.recovered.map(|w| w.profile.name),
        Some("Kept".to_string())
    );
}

#[wasm_bindgen_test]
fn a_save_that_hits_the_real_quota_leaves_the_last_good_workbook_readable() {
    let s = fresh();
    let mut good = Workbook::new(now());
    good.profile.name = "Last good".into();
    storage::save_to(&s, &good, now()).unwrap();

    // Fill the rest of this origin's storage for real, down to about a kilobyte.
    let mut filled = 0;
    for chunk in [1 << 20, 1 << 16, 1 << 10] {
        let block = "x".repeat(chunk);
        while s.set_item(&format!("junk-{filled}"), &block).is_ok() {
            filled += 1;
        }
    }
    assert!(filled > 0, "the browser accepted no filler at all");

    let mut bigger = good.clone();
    bigger.profile.name = "y".repeat(200_000);
    let err = storage::save_to(&s, &bigger, now()).unwrap_err();
    assert!(err.contains("full"), "{err}");

    match storage::load_from(&s, now()) {
        LoadOutcome::Loaded { workbook, .. } => assert_eq!(workbook.profile.name, "Last good"),
        other => panic!("the last good workbook must still load, got {other:?}"),
    }
    s.clear().unwrap();
}

#[wasm_bindgen_test]
fn the_stored_schema_version_is_read_from_the_start_of_the_text() {
    let s = fresh();
    assert_eq!(storage::stored_schema_version(&s), None);
    let mut wb = Workbook::new(now());
    wb.profile.name = "Zoë 王".into();
    storage::save_to(&s, &wb, now()).unwrap();
    assert_eq!(storage::stored_schema_version(&s), Some(wb.schema_version));
    // A newer build's workbook, long enough that only its head is read.
    let newer = format!(
        r#"{{"format":"waymark.workbook","schema_version":99,"app_version":"9","written_at":"2030-01-01T00:00:00Z","workbook":{{"notes":"{}"}}}}"#,
        "é".repeat(5000)
    );
    s.set_item(KEY, &newer).unwrap();
    assert_eq!(storage::stored_schema_version(&s), Some(99));
    s.set_item(KEY, "not a workbook").unwrap();
    assert_eq!(storage::stored_schema_version(&s), None);
}
