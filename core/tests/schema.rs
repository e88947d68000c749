//! The published JSON Schema of Waymark's export files (`docs/workbook.schema.json`)
//! is generated from the types themselves; this test fails when the two drift apart.
//! Run with `WAYMARK_BLESS=1` to rewrite the file after an intended change.
#![cfg(feature = "schema")]

use waymark_core::{schema::CURRENT_VERSION, transfer::Envelope};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/workbook.schema.json");

fn generated() -> String {
    let mut schema = schemars::schema_for!(Envelope);
    let obj = schema.as_object_mut().expect("a schema object");
    obj.insert(
        "$id".into(),
        format!("https://waymark.invalid/schema/workbook-v{CURRENT_VERSION}.json").into(),
    );
    obj.insert(
        "title".into(),
        format!("Waymark workbook export, schema version {CURRENT_VERSION}").into(),
    );
    obj.insert(
        "description".into(),
        "A Waymark workbook as written by 'Download backup' and kept in localStorage: an envelope (format, versions, time written) around the workbook.".into(),
    );
    serde_json::to_string_pretty(&schema).expect("schemas serialise") + "\n"
}

#[test]
fn published_schema_matches_the_types() {
    let fresh = generated();
    if std::env::var_os("WAYMARK_BLESS").is_some() {
        std::fs::write(PATH, &fresh).expect("write the schema");
        return;
    }
    let published = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        published == fresh,
        "docs/workbook.schema.json is out of date: run `WAYMARK_BLESS=1 cargo test -p waymark-core --features schema --test schema`"
    );
}

/// The small sample workbook the end-to-end tests load (`tests/e2e/data/small.json`).
#[test]
fn e2e_sample_matches_the_generator() {
    use chrono::NaiveDate;
    use waymark_core::{sample, transfer};
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/e2e/data/small.json");
    let end = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let wb = sample::workbook(2026, sample::Size::SMALL, end);
    let fresh = transfer::to_text(&wb, wb.updated_at, true) + "\n";
    if std::env::var_os("WAYMARK_BLESS").is_some() {
        std::fs::write(path, &fresh).expect("write the sample");
        return;
    }
    assert!(
        std::fs::read_to_string(path).unwrap_or_default() == fresh,
        "tests/e2e/data/small.json is out of date: run `make schema`"
    );
}
