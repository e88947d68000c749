//! Native timings of the five-year workbook: serialise, parse, migrate, merge and the
//! deletion bookkeeping every change does. Prints one JSON object (medians in ms).
//! `cargo run -p waymark-core --release --example bench [runs]` (used by `make bench`).

use std::time::Instant;

use chrono::{NaiveDate, TimeZone, Utc};
use serde_json::Value;
use waymark_core::{merge, sample, schema, sync, transfer};

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let m = xs.len() / 2;
    if xs.len() % 2 == 1 {
        xs[m]
    } else {
        (xs[m - 1] + xs[m]) / 2.0
    }
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    // One warm-up run, then the median of the rest.
    std::hint::black_box(f());
    let samples = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    (median(samples) * 1000.0).round() / 1000.0
}

fn main() {
    let runs = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let end = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
    let wb = sample::workbook(2026, sample::Size::FIVE_YEARS, end);
    let now = Utc
        .with_ymd_and_hms(2026, 11, 22, 12, 0, 0)
        .single()
        .unwrap_or(wb.updated_at);
    let text = transfer::to_text(&wb, now, false);
    // The same workbook as the first preview build wrote it (version 1), to time the
    // migration path.
    let v1 = {
        let mut doc: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        let inner = &mut doc["workbook"];
        inner["schema_version"] = Value::from(1);
        let name = inner["profile"]["name"].clone();
        if let Some(p) = inner["profile"].as_object_mut() {
            p.remove("name");
            p.remove("welcomed");
            p.insert("first_name".into(), name);
            p.insert("situation".into(), Value::from("changing careers"));
        }
        doc.to_string()
    };
    let v1_doc: Value =
        serde_json::from_str::<Value>(&v1).unwrap_or(Value::Null)["workbook"].clone();
    // Another device's copy: a tenth of the goals edited later.
    let mut other = wb.clone();
    for g in other.goals.iter_mut().step_by(10) {
        g.title.push_str(" (edited)");
        g.updated_at = now;
    }

    let mut edit = wb.clone();
    let mut tracker = merge::KeyTracker::default();
    // Deletion bookkeeping with the key tracker, given the workbook before each edit
    // (the app has that copy anyway, for the diff).
    let tracked_ms = {
        let mut seen = edit.clone();
        time(runs, || {
            edit.goals[7].title.push('.');
            tracker.settle(&seen, &mut edit, now);
            seen.goals[7].title.push('.');
        })
    };
    let out = serde_json::json!({
        "bytes": text.len(),
        "runs": runs,
        "serialise_ms": time(runs, || transfer::to_text(&wb, now, false)),
        "parse_ms": time(runs, || transfer::read_text(&text).map(|l| l.workbook.goals.len())),
        "migrate_only_ms": time(runs, || schema::migrate(v1_doc.clone(), 1).is_ok()),
        "parse_v1_and_migrate_ms": time(runs, || transfer::read_text(&v1).map(|l| l.workbook.goals.len())),
        "merge_ms": time(runs, || merge::merge(&wb, &other).goals.len()),
        // What every change in the app costs for deletion bookkeeping: the full way
        // (every key before and after) and with the key tracker (an edit that adds or
        // removes nothing, the usual case).
        "edit_bookkeeping_full_ms": time(runs, || {
            let before = merge::record_keys(&edit);
            edit.goals[7].title.push('.');
            merge::note_deletions(&before, &mut edit, now);
        }),
        "edit_bookkeeping_tracked_ms": tracked_ms,
        // What a change costs to become field-level changes: the copy taken before the
        // change, and the comparison (a milestone ticked in a five-year workbook).
        "change_copy_ms": time(runs, || edit.clone().goals.len()),
        "change_diff_ms": time(runs, || {
            let before = edit.clone();
            edit.goals[7].milestones[0].notes.push('.');
            sync::doc::diff(&before, &edit).len()
        }),
        // Taking in another tab's change, in order and late (a replay of the tail).
        "take_change_ms": time(runs, || {
            let mut replica = sync::Replica::start("bench", &wb, Default::default(), 1);
            let mut theirs = sync::Replica::start("other", &wb, Default::default(), 1);
            let mut after = wb.clone();
            after.goals[3].title.push('!');
            theirs.record(&wb, &after, 2);
            let mut mine = wb.clone();
            replica.receive(&mut mine, &theirs.log(2), 3).changed
        }),
        "fold_ms": time(runs, || {
            let mut replica = sync::Replica::start("bench", &wb, Default::default(), 1);
            replica.record(&wb, &other, 2);
            transfer::to_stored_text(&other, &replica.fold(), now).len()
        }),
    });
    println!("{out}");
}
