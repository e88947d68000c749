//! Words for the job search where it meets accountability: the dashboard's week, the
//! check-in's "since last time", in the person's locale.

use chrono::{NaiveDate, NaiveTime};
use waymark_core::search::{agenda::ContactDue, InterviewKind, KeepInTouch, Stage};

use crate::store::locale::Locale;

/// The kind of an interview, as a noun phrase.
pub fn interview_kind(kind: InterviewKind) -> &'static str {
    match kind {
        InterviewKind::Phone => "Phone interview",
        InterviewKind::Video => "Video interview",
        InterviewKind::OnSite => "Interview on site",
        InterviewKind::Task => "Task or assignment",
    }
}

/// "Service designer at Northwind", or whichever half the person wrote.
pub fn role_at(role: &str, organisation: &str) -> String {
    match (role.trim(), organisation.trim()) {
        ("", "") => "An application".to_owned(),
        (r, "") => r.to_owned(),
        ("", o) => o.to_owned(),
        (r, o) => format!("{r} at {o}"),
    }
}

/// "Interview: Service designer at Northwind".
pub fn interview_title(role: &str, organisation: &str) -> String {
    format!("Interview: {}", role_at(role, organisation))
}

/// "Video interview · First round" (the round as the person named it).
pub fn interview_context(kind: InterviewKind, round: &str) -> String {
    match round.trim() {
        "" => interview_kind(kind).to_owned(),
        r => format!("{} · Round: {r}", interview_kind(kind)),
    }
}

/// "Thu, Sep 25, 2026 at 2:30 PM (in 3 days)".
pub fn interview_when(l: &Locale, date: NaiveDate, time: Option<NaiveTime>, days: i64) -> String {
    let day = l.weekday_date(date);
    let phrase = waymark_core::dashboard::days_phrase(days);
    match time {
        Some(t) => format!("{day} at {} ({phrase})", l.time_of_day(t)),
        None => format!("{day} ({phrase})"),
    }
}

/// The next action's words, or a plain stand-in when the person left it blank.
pub fn next_action(action: &str) -> String {
    match action.trim() {
        "" => "Next step on this application".to_owned(),
        a => a.to_owned(),
    }
}

fn rhythm(keep: KeepInTouch) -> &'static str {
    match keep {
        KeepInTouch::None => "",
        KeepInTouch::Monthly => "every month",
        KeepInTouch::Quarterly => "every three months",
        KeepInTouch::TwiceAYear => "twice a year",
    }
}

/// "Time to be in touch (you chose every three months)".
pub fn contact_due_context(keep: KeepInTouch) -> String {
    match rhythm(keep) {
        "" => "Time to be in touch".to_owned(),
        r => format!("Time to be in touch (you chose {r})"),
    }
}

/// A contact's name, or a stand-in when the record has none.
pub fn contact_name(due: &ContactDue) -> String {
    match due.name.trim() {
        "" => "Someone in your network".to_owned(),
        n => n.to_owned(),
    }
}

/// "Moved to Interviewing on Sep 20" for a check-in's look back.
pub fn moved_to(l: &Locale, stage: Stage, on: NaiveDate) -> String {
    format!(
        "{} on {}",
        super::search::stage_name(stage),
        l.day_month(on)
    )
}

/// "1 interview" / "2 interviews".
pub fn interviews_count(l: &Locale, n: usize) -> String {
    super::count_of(l, n, "interview", "interviews")
}

/// A conversation line: "Sep 10 · Informational interview with Jordan Reyes".
pub fn conversation_line(
    l: &Locale,
    date: NaiveDate,
    with_whom: &str,
    informational: bool,
) -> String {
    let what = if informational {
        "Informational interview"
    } else {
        "Conversation"
    };
    match with_whom.trim() {
        "" => format!("{} · {what}", l.day_month(date)),
        who => format!("{} · {what} with {who}", l.day_month(date)),
    }
}
