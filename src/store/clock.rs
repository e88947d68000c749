//! The browser's clock: the current instant (UTC) and the person's local calendar date.
//! Record times never fall behind a change already seen from another tab or file (the
//! floor), so a later edit here is always stamped later, even after a fast clock's.

use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, NaiveDate, Utc};

static FLOOR_MS: AtomicU64 = AtomicU64::new(0);

/// The current instant: the wall clock, or the floor when that is later.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(now_ms() as i64).unwrap_or_default()
}

/// Today's date where the person is (their local calendar, not UTC).
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_else(|| now().date_naive())
}

/// The wall clock in milliseconds since the epoch.
pub fn wall_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Milliseconds since the epoch, never below the floor (for ids and record times).
pub fn now_ms() -> u64 {
    wall_ms().max(FLOOR_MS.load(Ordering::Relaxed))
}

/// Raises the floor to `ms` (the latest change seen, from the sync clock).
pub fn raise_floor(ms: u64) {
    FLOOR_MS.fetch_max(ms, Ordering::Relaxed);
}
