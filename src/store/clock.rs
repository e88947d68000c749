//! The browser's clock: the current instant (UTC) and the person's local calendar date.

use chrono::{DateTime, NaiveDate, Utc};

/// The current instant.
pub fn now() -> DateTime<Utc> {
    let ms = js_sys::Date::now();
    DateTime::from_timestamp_millis(ms as i64).unwrap_or_default()
}

/// Today's date where the person is (their local calendar, not UTC).
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_else(|| now().date_naive())
}

/// Milliseconds since the epoch, for ids.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}
