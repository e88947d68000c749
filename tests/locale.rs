//! Browser tests of the locale formatters, in Chromium and Firefox: the same dates and
//! numbers under en-US, en-GB, de-DE and ar, through the browser's own `Intl`.

use chrono::{NaiveDate, Weekday};
use wasm_bindgen_test::*;
use waymark::store::locale::Locale;

wasm_bindgen_test_configure!(run_in_browser);

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

#[wasm_bindgen_test]
fn numeric_dates_follow_each_locale() {
    assert_eq!(Locale::new("en-US").short_date(day()), "11/22/2026");
    assert_eq!(Locale::new("en-GB").short_date(day()), "22/11/2026");
    assert_eq!(Locale::new("de-DE").short_date(day()), "22.11.2026");
}

#[wasm_bindgen_test]
fn written_dates_use_the_locales_words_and_order() {
    assert_eq!(
        Locale::new("en-US").full_date(day()),
        "Sunday, November 22, 2026"
    );
    // CLDR versions differ on the comma after the weekday in British English.
    let gb = Locale::new("en-GB").full_date(day());
    assert!(
        gb.starts_with("Sunday") && gb.ends_with(" 22 November 2026"),
        "{gb:?}"
    );
    assert_eq!(
        Locale::new("de-DE").full_date(day()),
        "Sonntag, 22. November 2026"
    );
    assert_eq!(Locale::new("en-US").long_date(day()), "November 22, 2026");
    assert_eq!(Locale::new("en-GB").long_date(day()), "22 November 2026");
    assert_eq!(Locale::new("de-DE").long_date(day()), "22. November 2026");
    assert_eq!(Locale::new("en-US").month_year(2026, 11), "November 2026");
    assert_eq!(Locale::new("de-DE").month_year(2026, 3), "März 2026");
    assert_eq!(
        Locale::new("de-DE").weekday_name(Weekday::Mon, true),
        "Montag"
    );
    assert_eq!(
        Locale::new("en-GB").weekday_name(Weekday::Sun, false),
        "Sun"
    );
}

#[wasm_bindgen_test]
fn arabic_dates_are_written_in_arabic() {
    let ar = Locale::new("ar");
    let long = ar.long_date(day());
    assert_ne!(long, Locale::new("en-US").long_date(day()));
    // The month's Arabic name, or the year in Arabic-Indic digits (engines differ in
    // which numbering system they default to; both are Arabic, neither is English).
    assert!(
        long.contains("نوفمبر") || long.contains("٢٠٢٦"),
        "expected Arabic in {long:?}"
    );
    assert!(!long.contains("November"), "{long:?}");
    let month = ar.month_year(2026, 11);
    assert!(
        month.contains("نوفمبر"),
        "expected the Arabic month name in {month:?}"
    );
}

#[wasm_bindgen_test]
fn weeks_start_on_the_locales_first_day() {
    assert_eq!(Locale::new("en-US").first_weekday(), Weekday::Sun);
    assert_eq!(Locale::new("en-GB").first_weekday(), Weekday::Mon);
    assert_eq!(Locale::new("de-DE").first_weekday(), Weekday::Mon);
    assert_eq!(Locale::new("en-US").week()[0], Weekday::Sun);
    assert_eq!(Locale::new("de-DE").week()[6], Weekday::Sun);
}

#[wasm_bindgen_test]
fn numbers_are_grouped_the_locales_way() {
    assert_eq!(Locale::new("en-US").number(1234.5, 2), "1,234.5");
    assert_eq!(Locale::new("de-DE").number(1234.5, 2), "1.234,5");
    assert_eq!(Locale::new("en-GB").number(2.0, 2), "2");
    assert_eq!(Locale::new("en-US").number(0.125, 1), "0.1");
    assert_eq!(Locale::new("en-US").percent(0.42), "42%");
    assert_ne!(Locale::new("ar").number(42.0, 0), "");
}

#[wasm_bindgen_test]
fn a_nonsense_tag_falls_back_without_breaking() {
    let bad = Locale::new("not a locale!!");
    assert_eq!(bad.short_date(day()), "2026-11-22");
    assert_eq!(bad.number(2.5, 2), "2.5");
    assert_eq!(bad.first_weekday(), Weekday::Mon);
}
