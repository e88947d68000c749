//! Words for coaching sessions: the series a program plans, where the person stands in
//! it, the closing review and the coach's group view.

use chrono::NaiveDate;
use waymark_core::closing::{Since, ThenNow};
use waymark_core::engagement::{Engagement, OutOfRange, Standing, MAX_SESSIONS, MAX_WEEKS};
use waymark_core::engagement::{MIN_SESSIONS, MIN_WEEKS};

use super::count_of;
use crate::store::locale::Locale;

/// Beside the first session's date when it isn't a date.
pub const NO_START_DATE: &str = "Choose the day of the first session.";

/// "Every week", "Every 3 weeks".
pub fn rhythm(weeks: u8) -> String {
    match weeks {
        1 => "Every week".into(),
        2 => "Every two weeks".into(),
        n => format!("Every {n} weeks"),
    }
}

/// The choices for the number of sessions: ("6", "6 sessions").
pub fn session_count_options(l: &Locale) -> Vec<(String, String)> {
    (MIN_SESSIONS..=MAX_SESSIONS)
        .map(|n| {
            (
                n.to_string(),
                count_of(l, usize::from(n), "session", "sessions"),
            )
        })
        .collect()
}

/// The choices for the gap between sessions: ("2", "Every two weeks").
pub fn rhythm_options() -> Vec<(String, String)> {
    (MIN_WEEKS..=MAX_WEEKS)
        .map(|n| (n.to_string(), rhythm(n)))
        .collect()
}

/// "6 sessions, every two weeks, from 5 Jan 2026 to 16 Mar 2026".
pub fn plan(l: &Locale, e: &Engagement) -> String {
    format!(
        "{}, {}, from {} to {}",
        count_of(l, usize::from(e.sessions), "session", "sessions"),
        rhythm(e.every_weeks).to_lowercase(),
        l.medium_date(e.start),
        l.medium_date(e.last_session()),
    )
}

/// Where the person stands: "Session 3 of 6 — next on 14 Jan".
pub fn standing(l: &Locale, s: &Standing, today: NaiveDate) -> String {
    match *s {
        Standing::NotStarted { first, total } => format!(
            "{} planned — the first on {}",
            count_of(l, usize::from(total), "session", "sessions"),
            l.day_month(first)
        ),
        Standing::Running {
            session,
            total,
            next: Some(next),
        } if next == today => format!("Session {session} of {total} — today"),
        Standing::Running {
            session,
            total,
            next: Some(next),
        } => format!(
            "Session {session} of {total} — next on {}",
            l.day_month(next)
        ),
        Standing::Running {
            session,
            total,
            next: None,
        } => format!("Session {session} of {total}"),
        Standing::Ended { last, total } => format!(
            "All {} done — the last on {}",
            count_of(l, usize::from(total), "session", "sessions"),
            l.medium_date(last)
        ),
    }
}

/// The next session, for the dashboard's big line: "Wed 14 Jan 2026" or "Today".
pub fn next_session_day(l: &Locale, next: NaiveDate, today: NaiveDate) -> String {
    if next == today {
        "Today".into()
    } else {
        l.weekday_date(next)
    }
}

/// Why the planned sessions can't be shared.
pub fn out_of_range(o: &OutOfRange) -> String {
    match o {
        OutOfRange::Sessions { count } => format!(
            "The program plans {count} sessions; choose between {MIN_SESSIONS} and {MAX_SESSIONS}."
        ),
        OutOfRange::Weeks { weeks } => format!(
            "Sessions {weeks} weeks apart can't be planned here; choose every {MIN_WEEKS} to {MAX_WEEKS} weeks."
        ),
    }
}

/// What the closing review counts from.
pub fn since(l: &Locale, s: Since) -> String {
    match s {
        Since::Engagement(d) => format!(
            "Comparing where you were at your first session, on {}, with where you are today.",
            l.long_date(d)
        ),
        Since::FirstRecords(d) => format!(
            "Comparing your first records, from {}, with where you are today.",
            l.long_date(d)
        ),
        Since::Nothing => "Nothing is written in your workbook yet. Once you've done the satisfaction wheel, a check-in or two and logged some wins, this page shows how far you've come.".into(),
    }
}

/// A change in points: "+2", "−1.5" (a true minus), "no change".
pub fn change(l: &Locale, delta: f64) -> String {
    if delta > 0.0 {
        format!("+{}", l.number(delta, 1))
    } else if delta < 0.0 {
        format!("\u{2212}{}", l.number(-delta, 1))
    } else {
        "no change".into()
    }
}

/// "Confidence: 3 → 7 (+4)", or the single reading.
pub fn then_now(l: &Locale, what: &str, r: &ThenNow) -> String {
    if r.is_one_reading() {
        format!(
            "{what}: {} out of 10 at your only check-in so far ({}).",
            r.now,
            l.medium_date(r.now_on)
        )
    } else {
        format!(
            "{what}: {} out of 10 on {}, {} out of 10 on {} ({}).",
            r.start,
            l.medium_date(r.start_on),
            r.now,
            l.medium_date(r.now_on),
            change(l, f64::from(r.change()))
        )
    }
}

/// "2 goals reached, of 3 set since the start".
pub fn goals_line(l: &Locale, done: usize, set: usize) -> String {
    format!(
        "{} reached; {} set since the start.",
        count_of(l, done, "goal", "goals"),
        count_of(l, set, "goal", "goals")
    )
}

/// On the group view: "2 on pace · 1 behind", or why there's nothing to say.
pub fn pace_cell(l: &Locale, on_pace: usize, behind: usize, active: usize) -> String {
    if active == 0 {
        "No active goals".into()
    } else if on_pace + behind == 0 {
        format!(
            "{} without a measure",
            count_of(l, active, "active goal", "active goals")
        )
    } else {
        format!(
            "{} on pace · {} behind",
            l.number(on_pace as f64, 0),
            l.number(behind as f64, 0)
        )
    }
}

/// A file that couldn't be read in the group view.
pub fn unreadable_file(file: &str, why: &str) -> String {
    format!("{file} couldn't be read: {why} The other files are shown.")
}

/// "6 in a row", for the group view's streak.
pub fn streak_cell(l: &Locale, n: u32) -> String {
    format!("{} in a row", l.number(f64::from(n), 0))
}

/// What the calendar file holds: "Your check-in rhythm, 6 coaching sessions and 2
/// milestone dates are ready to add to your calendar app. …"
pub fn calendar_contents(
    l: &Locale,
    plan: bool,
    sessions: usize,
    milestones: usize,
    search: usize,
) -> String {
    let mut parts = Vec::new();
    if plan {
        parts.push("your check-in rhythm".to_string());
    }
    if sessions > 0 {
        parts.push(count_of(
            l,
            sessions,
            "coaching session",
            "coaching sessions",
        ));
    }
    if milestones > 0 {
        parts.push(count_of(l, milestones, "milestone date", "milestone dates"));
    }
    if search > 0 {
        parts.push(count_of(l, search, "job-search date", "job-search dates"));
    }
    let one = parts.len() == 1 && (plan || sessions + milestones + search == 1);
    let list = match parts.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };
    let mut list = list;
    if let Some(first) = list.get(..1) {
        list = format!("{}{}", first.to_uppercase(), &list[1..]);
    }
    format!(
        "{list} {} ready to add to your calendar app. Most calendar apps can open the file.",
        if one { "is" } else { "are" }
    )
}

/// Above the wheel's table: which two readings it compares.
pub fn wheel_days(start: &str, now: &str) -> String {
    format!("Start: your wheel of {start}. Now: your wheel of {now}.")
}
