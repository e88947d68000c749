//! Sentences the pages compose from the core's data, with dates and numbers written in
//! the person's locale (`store::locale`). The wording is English; the numbers and
//! dates inside it follow the browser ("3 Mar 2026" in en-GB, "Mar 3, 2026" in en-US,
//! "6,3" in German). Every function takes the locale, so the browser tests can render
//! the same data under several.

pub mod agenda;
pub mod coaching;
pub mod evidence;
pub mod forms;
pub mod nav;
pub mod pages;
pub mod people;
pub mod profile;
pub mod search;
pub mod setbacks;
pub mod stories;
pub use forms::*;

use waymark_core::checkins::TrendSummary;
use waymark_core::discover::{Average, CompareRow, Headline};
use waymark_core::goals::{
    ChartSummary, Goal, Hint, PaceReading, ProgressSummary, SmartCheck, TickLabel,
};
use waymark_core::timeline::MonthCounts;
use waymark_core::transfer::{ReadError, MAX_IMPORT_BYTES};
use waymark_core::workbook::Summary;

use crate::store::locale::{self, Locale};

/// A count with its noun, singular or plural by the plural rules of the words'
/// language (`Intl.PluralRules`), the number in the person's locale: "1 goal",
/// "2 goals", "1,234 goals" / "1.234 goals".
pub fn count_of(l: &Locale, count: usize, one: &str, other: &str) -> String {
    format!("{} {}", l.number(count as f64, 0), noun(count, one, other))
}

/// Under a list drawn a part at a time: "30 of 214 shown."
pub fn shown_of(l: &Locale, shown: usize, total: usize) -> String {
    format!(
        "{} of {} shown.",
        l.number(shown as f64, 0),
        l.number(total as f64, 0)
    )
}

/// `one` or `other` for `count`, by the plural rules of the words' language.
pub fn noun<'a>(count: usize, one: &'a str, other: &'a str) -> &'a str {
    let category = Locale::new(locale::WORDS_LANGUAGE).plural_category(count as f64);
    if category == "one" {
        one
    } else {
        other
    }
}

/// What a workbook holds, in a sentence's words: "3 exercise results, 1 goal with 4
/// milestones, 1 check-in, 2 journal entries".
pub fn workbook_counts(l: &Locale, s: &Summary) -> String {
    format!(
        "{}, {} with {}, {}, {}",
        count_of(l, s.results, "exercise result", "exercise results"),
        count_of(l, s.goals, "goal", "goals"),
        count_of(l, s.milestones, "milestone", "milestones"),
        count_of(l, s.checkins, "check-in", "check-ins"),
        count_of(l, s.journal_entries, "journal entry", "journal entries"),
    )
}

/// A metric value: at most two decimals.
fn value(l: &Locale, v: f64) -> String {
    l.number(v, 2)
}

/// "8 of 20 applications", "2 of 5 steps done", or what there is to do first.
pub fn progress_summary(l: &Locale, s: &ProgressSummary) -> String {
    match s {
        ProgressSummary::Counted {
            latest,
            target,
            unit,
        } => format!("{} of {} {unit}", value(l, *latest), value(l, *target)),
        ProgressSummary::Moving {
            latest,
            start,
            target,
            unit,
        } => format!(
            "{} {unit} now, from {} towards {}",
            value(l, *latest),
            value(l, *start),
            value(l, *target)
        ),
        ProgressSummary::Steps { done, counted } => {
            let steps = noun(*counted, "step", "steps");
            format!(
                "{} of {} {steps} done",
                l.number(*done as f64, 0),
                l.number(*counted as f64, 0)
            )
        }
        ProgressSummary::NoValues => "No values logged yet".to_owned(),
        ProgressSummary::Nothing => "No steps or measure yet".to_owned(),
    }
}

/// Progress as a whole percentage with the summary: "40% · 8 of 20 applications".
pub fn progress_label(l: &Locale, progress: Option<f64>, s: &ProgressSummary) -> String {
    match progress {
        Some(p) => format!(
            "{} · {}",
            l.percent(p.clamp(0.0, 1.0)),
            progress_summary(l, s)
        ),
        None => progress_summary(l, s),
    }
}

/// A goal's progress label in the person's locale (see [`progress_label`]).
pub fn goal_progress_label(goal: &Goal) -> String {
    progress_label(
        &locale::current(),
        goal.progress(),
        &waymark_core::goals::progress_summary(goal),
    )
}

/// "On track: you're at 5 applications, and a steady pace would have you near 4 by today."
pub fn pace_sentence(l: &Locale, r: &PaceReading) -> String {
    let latest = value(l, r.latest);
    let expected = l.number(r.expected, 1);
    let unit = &r.unit;
    if r.behind {
        format!(
            "Behind pace: you're at {latest} {unit}, and a steady pace would have you near {expected} by today. A smaller next step, or a later deadline, can help you catch up."
        )
    } else {
        format!(
            "On track: you're at {latest} {unit}, and a steady pace would have you near {expected} by today."
        )
    }
}

/// A metric chart axis label: a value, a day ("1 Jan" / "Jan 1") or "Today".
pub fn tick_label(l: &Locale, t: TickLabel) -> String {
    match t {
        TickLabel::Value(v) => value(l, v),
        TickLabel::Day(d) => l.day_month(d),
        TickLabel::Today => "Today".to_owned(),
    }
}

/// The metric chart in one or two sentences, for its accessible name.
pub fn chart_description(l: &Locale, s: &ChartSummary) -> String {
    let mut text = format!("Chart of {} in {}", s.name, s.unit);
    match s.latest {
        Some((latest, date)) => {
            let readings = noun(s.logged, "value", "values");
            text.push_str(&format!(
                ": {} logged {readings}, the latest {} on {}.",
                l.number(s.logged as f64, 0),
                value(l, latest),
                l.medium_date(date)
            ));
        }
        None => text.push_str(": nothing logged yet."),
    }
    text.push_str(&format!(" Target {}", value(l, s.target)));
    if let Some(deadline) = s.deadline {
        text.push_str(&format!(" by {}", l.medium_date(deadline)));
    }
    text.push('.');
    if let Some(expected) = s.expected {
        text.push_str(&format!(
            " The steady-pace line is at {} today.",
            value(l, expected)
        ));
    }
    text
}

/// A SMART letter's hint: "Time-bound: due 30 June 2026, 112 days from today".
pub fn smart_hint(l: &Locale, c: &SmartCheck) -> String {
    match &c.hint {
        Hint::Text(text) => text.clone(),
        Hint::Track {
            name,
            start,
            target,
            unit,
        } => format!(
            "{}: you'll track {name} from {} to {} {unit}",
            c.letter.label(),
            value(l, *start),
            value(l, *target)
        ),
        Hint::Due { deadline, days } => {
            let plural = noun(
                usize::try_from(days.unsigned_abs()).unwrap_or(usize::MAX),
                "day",
                "days",
            );
            format!(
                "{}: due {}, {} {plural} from today",
                c.letter.label(),
                l.long_date(*deadline),
                l.number(*days as f64, 0)
            )
        }
    }
}

/// [`smart_hint`] in the person's locale.
pub fn hint(c: &SmartCheck) -> String {
    smart_hint(&locale::current(), c)
}

/// The timeline chart's label: "January 2026: 2 milestones, 1 check-in done, 3
/// check-ins due." with the month named in the person's locale.
pub fn month_label(l: &Locale, year: i32, month: u32, counts: &MonthCounts) -> String {
    let name = l.month_year(year, month);
    if counts.is_empty() {
        return format!("{name}: nothing dated this month.");
    }
    let parts = [
        count_of(l, counts.milestones, "milestone", "milestones"),
        count_of(l, counts.checkins_done, "check-in done", "check-ins done"),
        count_of(l, counts.checkins_due, "check-in due", "check-ins due"),
    ];
    format!("{name}: {}.", parts.join(", "))
}

/// One or two sentences about the latest check-in ratings and how confidence moved.
pub fn trend_summary(l: &Locale, t: &TrendSummary) -> String {
    let n = |v: i64| l.number(v as f64, 0);
    let mut text = format!(
        "At your latest check-in ({}) your confidence was {} and your energy {}, out of {}.",
        l.medium_date(t.date),
        n(t.confidence.into()),
        n(t.energy.into()),
        n(10)
    );
    if let Some((first, change)) = t.since {
        let since = l.medium_date(first);
        text.push(' ');
        text.push_str(&match change {
            0 => format!("Your confidence is where it was on {since}."),
            c if c > 0 => format!("Your confidence is up {} since {since}.", n(c.into())),
            c => format!("Your confidence is down {} since {since}.", n((-c).into())),
        });
    }
    text
}

/// A result's headline: "Top value: Autonomy", "Average 6.3 / 10".
pub fn headline(l: &Locale, h: &Headline) -> String {
    match h {
        Headline::Text(text) => text.clone(),
        Headline::Average(a) => format!(
            "Average {} / {}",
            l.one_decimal(a.value),
            l.number(f64::from(a.max), 0)
        ),
    }
}

/// [`headline`] in the person's locale.
pub fn show_headline(h: &Headline) -> String {
    headline(&locale::current(), h)
}

/// "Your average is 6.3 out of 10."
pub fn average_sentence(l: &Locale, a: &Average) -> String {
    format!(
        "Your average is {} out of {}.",
        l.one_decimal(a.value),
        l.number(f64::from(a.max), 0)
    )
}

/// A comparison cell: the number in the person's locale, or the row's text.
pub fn compare_cell(l: &Locale, number: Option<f64>, text: &str) -> String {
    match number {
        Some(v) => l.number(v, 1),
        None => text.to_owned(),
    }
}

/// A comparison row's change: "+2" or "−1.5" (a true minus sign) in the person's
/// locale, or the row's words ("No change", "Changed", "Same").
pub fn compare_change(l: &Locale, row: &CompareRow) -> String {
    match row.delta {
        Some(d) if d > 0.0 => format!("+{}", l.number(d, 1)),
        Some(d) if d < 0.0 => format!("\u{2212}{}", l.number(-d, 1)),
        _ => row.change(),
    }
}

/// A file picked while the part of Waymark that reads workbooks could not be fetched.
pub const READER_MISSING: &str = "Part of Waymark didn't arrive (the connection may have dropped), so this file can't be read yet. Check your connection and pick it again.";

/// Why a file can't be read, with a file size in the person's locale ("12.5 MB",
/// "12,5 MB"); the other reasons read as the core words them.
pub fn read_error(l: &Locale, e: &ReadError) -> String {
    match e {
        ReadError::TooLarge { bytes } => format!(
            "The file is {} MB, larger than the {} MB a workbook can be. Check that you picked a Waymark export.",
            l.one_decimal(*bytes as f64 / 1_048_576.0),
            l.number((MAX_IMPORT_BYTES / 1_048_576) as f64, 0)
        ),
        other => other.to_string(),
    }
}

/// The import preview's note when records in the file shared an id.
pub fn repaired_ids_note(count: usize) -> String {
    match count {
        1 => "One item in this file shared its id with another. It will come in as an item of its own, so nothing is dropped.".into(),
        n => format!("{n} items in this file shared an id with another. They will come in as items of their own, so nothing is dropped."),
    }
}
