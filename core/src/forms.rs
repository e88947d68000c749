//! Rules the app's forms share, applied to text exactly as typed: a date field's value,
//! a number field, a measure made of four typed parts, and a sensible default due date.
//! A form keeps what the person typed as text until it is saved; these rules decide what
//! that text means, so every form reads it the same way.

use chrono::{Days, NaiveDate};

use crate::checkins::CadencePlan;
use crate::goals::{parse_number, Metric};

/// The date in a date field's value (`YYYY-MM-DD`); `None` when empty or not a date.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    // Read by hand rather than with a format string: chrono's format-string reader is
    // sizeable code in the first download, and this is the only shape a date field writes.
    let mut parts = text.trim().splitn(3, '-');
    let mut number = |most: usize| {
        parts
            .next()
            .filter(|p| !p.is_empty() && p.len() <= most && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let year = i32::try_from(number(6)?).ok()?;
    let month = number(2)?;
    let day = number(2)?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// A date as a date field's value.
pub fn date_text(date: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// The time in a time field's value (`HH:MM`); `None` when empty or not a time.
pub fn parse_time(text: &str) -> Option<chrono::NaiveTime> {
    let (h, m) = text.trim().split_once(':')?;
    let two = |p: &str| {
        (!p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    chrono::NaiveTime::from_hms_opt(two(h)?, two(m)?, 0)
}

/// A time of day as a time field's value (`HH:MM`).
pub fn time_text(time: chrono::NaiveTime) -> String {
    use chrono::Timelike;
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// An optional date as a date field's value (empty when there is none).
pub fn optional_date_text(date: Option<NaiveDate>) -> String {
    date.map(date_text).unwrap_or_default()
}

/// A sensible due date for something promised today: the next check-in after today,
/// or a week out when there is no rhythm.
pub fn default_due(plan: Option<&CadencePlan>, today: NaiveDate) -> NaiveDate {
    let tomorrow = today.checked_add_days(Days::new(1)).unwrap_or(today);
    plan.and_then(|p| p.next_due_on_or_after(tomorrow))
        .or_else(|| today.checked_add_days(Days::new(7)))
        .unwrap_or(today)
}

/// True when a number field holds something that is not a number (empty is fine).
pub fn is_not_a_number(text: &str) -> bool {
    !text.trim().is_empty() && parse_number(text).is_none()
}

/// The measure a goal form describes with four typed parts. All four empty means no
/// measure; a start that isn't a number counts from zero, and a target that isn't a
/// number yet means "no distance to cover" (the SMART check then says what is missing).
pub fn metric_from_text(name: &str, unit: &str, start: &str, target: &str) -> Option<Metric> {
    if [name, unit, start, target]
        .iter()
        .all(|t| t.trim().is_empty())
    {
        return None;
    }
    let from = parse_number(start).unwrap_or(0.0);
    let to = parse_number(target).unwrap_or(from);
    Some(Metric::new(name, unit, from, to))
}

/// The four typed parts of a measure, for a form that starts from an existing one.
pub fn metric_text(metric: Option<&Metric>) -> [String; 4] {
    match metric {
        Some(m) => [
            m.name.clone(),
            m.unit.clone(),
            crate::goals::show_number(m.start),
            crate::goals::show_number(m.target),
        ],
        None => Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkins::Cadence;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_read_and_write_as_a_date_field_does() {
        assert_eq!(parse_date(" 2026-02-28 "), Some(day(2026, 2, 28)));
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("28/02/2026"), None);
        assert_eq!(parse_date("2026-02"), None);
        assert_eq!(parse_date("2026-02-28-01"), None);
        assert_eq!(parse_date("2026-+2-28"), None);
        assert_eq!(parse_date("2026-02-2x"), None);
        assert_eq!(parse_date("0999-12-31"), Some(day(999, 12, 31)));
        assert_eq!(date_text(day(999, 1, 2)), "0999-01-02");
        assert_eq!(
            parse_time(" 09:05 "),
            chrono::NaiveTime::from_hms_opt(9, 5, 0)
        );
        assert_eq!(parse_time("23:59").map(time_text).as_deref(), Some("23:59"));
        for bad in ["24:00", "9", "09:60", "", "ab:cd", "09:05:00", "-1:30"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
        assert_eq!(date_text(day(2026, 3, 1)), "2026-03-01");
        assert_eq!(optional_date_text(None), "");
        for d in [day(1999, 12, 31), day(2026, 1, 1), day(2040, 2, 29)] {
            assert_eq!(parse_date(&date_text(d)), Some(d));
        }
    }

    #[test]
    fn the_default_due_date_is_the_next_check_in_or_a_week_out() {
        let today = day(2026, 11, 30);
        assert_eq!(default_due(None, today), day(2026, 12, 7));
        let plan = CadencePlan {
            cadence: Cadence::Weekly,
            start: day(2026, 11, 2),
        };
        // Due on Mondays: today is one, so the next one after today.
        assert_eq!(default_due(Some(&plan), today), day(2026, 12, 7));
        assert_eq!(default_due(Some(&plan), day(2026, 12, 2)), day(2026, 12, 7));
    }

    #[test]
    fn a_number_field_complains_only_about_text_that_is_not_a_number() {
        assert!(!is_not_a_number(""));
        assert!(!is_not_a_number("  "));
        assert!(!is_not_a_number("12"));
        assert!(!is_not_a_number("2.5"));
        assert!(is_not_a_number("twelve"));
    }

    #[test]
    fn a_measure_comes_from_its_four_typed_parts() {
        assert_eq!(metric_from_text("", " ", "", ""), None);
        let m = metric_from_text(" Applications ", "applications", "", "20").unwrap();
        assert_eq!(
            (m.name.as_str(), m.start, m.target),
            ("Applications", 0.0, 20.0)
        );
        // A target that isn't a number yet covers no distance.
        let m = metric_from_text("Hours", "hours", "5", "soon").unwrap();
        assert_eq!((m.start, m.target), (5.0, 5.0));
        assert!(!m.is_complete());
        let back = metric_text(Some(
            &metric_from_text("Hours", "hours", "2.5", "10").unwrap(),
        ));
        assert_eq!(back, ["Hours", "hours", "2.5", "10"].map(String::from));
        assert_eq!(metric_text(None), <[String; 4]>::default());
    }
}
