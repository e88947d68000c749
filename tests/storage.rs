//! Browser tests of the localStorage adapter, in a real headless browser: the workbook
//! round-trips with its sync state, tabs' logs round-trip, stored data that can't be
//! read is kept aside once (never overwritten), and the meter counts every key.

use chrono::{DateTime, Utc};
use wasm_bindgen_test::*;
use waymark::store::{
    storage::{self, LoadOutcome},
    writer,
};
use waymark_core::{
    sync::{Replica, SyncState},
    transfer, Workbook,
};
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

const KEY: &str = "waymark.workbook";

fn kept_keys(s: &Storage) -> Vec<String> {
    (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with("waymark.kept."))
        .collect()
}

fn save(s: &Storage, wb: &Workbook) -> Result<(), String> {
    let text = writer::stored_text(wb, &SyncState::default(), now()).unwrap();
    storage::save_text(s, &text)
}

#[wasm_bindgen_test]
fn nothing_stored_is_a_first_visit() {
    let s = fresh();
    assert!(matches!(storage::load_from(&s), LoadOutcome::Fresh));
}

#[wasm_bindgen_test]
async fn saved_workbook_loads_back_the_same() {
    let s = fresh();
    let mut wb = Workbook::new(now());
    wb.profile.name = "Zoë 王".into();
    wb.profile.welcomed = true;
    save(&s, &wb).unwrap();
    // A copy an earlier build kept in localStorage.
    s.set_item("waymark.workbook.backup", "an older copy")
        .unwrap();
    match storage::load_from(&s) {
        LoadOutcome::Loaded(loaded, last_good) => {
            assert_eq!(loaded.workbook, wb);
            assert_eq!(loaded.migrated_from, None);
            // A clean load gives the text to keep as the last good copy: in IndexedDB,
            // and the older copy leaves localStorage.
            last_good.keep(s.clone()).await;
        }
        other => panic!("expected Loaded, got {other:?}"),
    }
    assert!(s.get_item("waymark.workbook.backup").unwrap().is_none());
    assert_eq!(
        waymark::store::copies::read("waymark.workbook.backup").await,
        s.get_item(KEY).unwrap()
    );
    // The meter counts what is in localStorage: the workbook (and its key).
    let text = s.get_item(KEY).unwrap().unwrap();
    assert_eq!(storage::used_chars(&s), text.chars().count() + KEY.len());
    // Erasing removes the copy too.
    assert!(storage::remove_last_good().await);
    assert_eq!(
        waymark::store::copies::read("waymark.workbook.backup").await,
        None
    );
}

#[wasm_bindgen_test]
fn corrupted_data_is_kept_aside_and_not_overwritten() {
    let s = fresh();
    let broken = "{\"format\":\"waymark.workbook\", \"workbook\": {\"schema_version\": 2, oops";
    s.set_item(KEY, broken).unwrap();
    let LoadOutcome::Unreadable(u) = storage::load_from(&s) else {
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
    let LoadOutcome::Unreadable(u) = storage::load_from(&s) else {
        panic!("a newer workbook must not load");
    };
    assert!(u.reason.contains("newer version"), "{}", u.reason);
    assert_eq!(kept_keys(&s).len(), 1);
}

#[wasm_bindgen_test]
async fn unreadable_data_falls_back_to_the_last_good_copy() {
    let s = fresh();
    let mut good = Workbook::new(now());
    good.profile.name = "Kept".into();
    save(&s, &good).unwrap();
    let LoadOutcome::Loaded(_, last_good) = storage::load_from(&s) else {
        panic!("expected Loaded");
    };
    last_good.keep(s.clone()).await; // as the app does once the page is idle
    s.set_item(KEY, "not json at all").unwrap();
    let outcome = storage::load_from(&s);
    // Not in localStorage: looked for in IndexedDB, as start-up does.
    assert!(outcome.may_recover());
    let LoadOutcome::Unreadable(u) = storage::recover(outcome).await else {
        panic!("expected Unreadable");
    };
    assert_eq!(
        u.recovered.map(|l| l.workbook.profile.name),
        Some("Kept".to_string())
    );
    // A copy an earlier build kept in localStorage is found at once.
    s.set_item(
        "waymark.workbook.backup",
        &transfer::to_text(&good, now(), false),
    )
    .unwrap();
    let LoadOutcome::Unreadable(u) = storage::load_from(&s) else {
        panic!("expected Unreadable");
    };
    assert!(u.recovered.is_some());
    storage::remove_last_good().await;
}

#[wasm_bindgen_test]
fn a_save_that_hits_the_real_quota_leaves_the_last_good_workbook_readable() {
    let s = fresh();
    let mut good = Workbook::new(now());
    good.profile.name = "Last good".into();
    save(&s, &good).unwrap();

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
    let err = save(&s, &bigger).unwrap_err();
    assert!(err.contains("full"), "{err}");

    match storage::load_from(&s) {
        LoadOutcome::Loaded(l, _) => assert_eq!(l.workbook.profile.name, "Last good"),
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
    save(&s, &wb).unwrap();
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

#[wasm_bindgen_test]
fn the_same_damaged_text_is_kept_aside_once_however_often_it_is_loaded() {
    let s = fresh();
    s.set_item(KEY, "{ damaged").unwrap();
    for _ in 0..3 {
        assert!(matches!(storage::load_from(&s), LoadOutcome::Unreadable(_)));
    }
    assert_eq!(kept_keys(&s).len(), 1);
    s.set_item(KEY, "{ damaged differently").unwrap();
    let _ = storage::load_from(&s);
    assert_eq!(kept_keys(&s).len(), 2);
}

#[wasm_bindgen_test]
fn a_tabs_log_and_the_sync_state_round_trip_through_storage() {
    let s = fresh();
    let wb = Workbook::new(now());
    let mut replica = Replica::start("tab1", &wb, SyncState::default(), 1_000);
    let mut after = wb.clone();
    after.profile.name = "Ana".into();
    assert_eq!(replica.record(&wb, &after, 2_000), 1);
    let text = writer::log_text(&replica.log(2_000)).unwrap();
    storage::write_log(&s, "tab1", &text).unwrap();
    let logs = storage::read_logs(&s);
    assert_eq!(logs, vec![replica.log(2_000)]);
    assert!(storage::is_log_key("waymark.log.tab1"));

    let sync = replica.fold();
    let text = writer::stored_text(&after, &sync, now()).unwrap();
    storage::save_text(&s, &text).unwrap();
    let head = storage::stored_head(&s).unwrap();
    assert_eq!(transfer::peek_lineage(&head), Some(sync.lineage.clone()));
    let LoadOutcome::Loaded(loaded, _) = storage::load_from(&s) else {
        panic!("expected Loaded");
    };
    assert_eq!(loaded.workbook, after);
    assert_eq!(loaded.sync, sync);
    storage::remove_log(&s, "tab1");
    assert!(storage::read_logs(&s).is_empty());
}

#[wasm_bindgen_test]
fn the_quota_is_measured_once_and_covers_what_is_stored() {
    let s = fresh();
    save(&s, &Workbook::new(now())).unwrap();
    let quota = storage::quota_chars(&s).expect("measurable");
    // Every browser here gives at least a few million characters.
    assert!(quota > 2_000_000, "{quota}");
    assert!(quota > storage::used_chars(&s));
    assert_eq!(
        s.get_item("waymark.probe").unwrap(),
        None,
        "the probe is removed"
    );
    assert_eq!(storage::quota_chars(&s), Some(quota), "remembered");
    s.clear().unwrap();
}

#[wasm_bindgen_test]
fn safari_is_told_from_its_user_agent() {
    use waymark::store::browser::is_safari_agent;
    let safari_mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
    let safari_iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    let webkitgtk = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15";
    let chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
    let chrome_iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1";
    let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0";
    let android = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.0.0 Mobile Safari/537.36";
    for agent in [safari_mac, safari_iphone, webkitgtk] {
        assert!(is_safari_agent(agent), "{agent}");
    }
    for agent in [chrome, chrome_iphone, firefox, android] {
        assert!(!is_safari_agent(agent), "{agent}");
    }
}

#[wasm_bindgen_test]
fn stored_text_crosses_into_the_app_unchanged_whatever_its_characters() {
    let s = fresh();
    let texts = [
        String::new(),
        "plain ascii".repeat(1000),
        format!("{}é", "a".repeat(4095)),
        format!("🎉{}", "b".repeat(100)),
        "a🎉b日本語 Zoë\u{2028}".repeat(777),
        format!("{}{}", "x".repeat(10_000), "王".repeat(10_000)),
    ];
    for text in texts {
        s.set_item(KEY, &text).unwrap();
        match storage::read_raw(&s) {
            storage::Raw::Text { text: read, .. } => assert_eq!(read, text),
            _ => panic!("expected the stored text"),
        }
    }
    s.clear().unwrap();
}
