//! The job search's words: stages, reasons, kinds of interview, what a linked goal
//! counts, and the sentences around the search's numbers, dates in the person's locale.

use chrono::NaiveDate;
use waymark_core::goals::CountedThing;
use waymark_core::search::applications::{ApplicationProblem, Due};
use waymark_core::search::stats::SearchNumbers;
use waymark_core::search::{Application, ClosedReason, InterviewKind, Stage, Workplace};

use super::count_of;
use crate::store::locale::Locale;

pub fn stage_name(stage: Stage) -> &'static str {
    match stage {
        Stage::Interested => "Interested",
        Stage::Applied => "Applied",
        Stage::Interviewing => "Interviewing",
        Stage::Offer => "Offer",
        Stage::Accepted => "Accepted",
        Stage::Closed => "Closed",
    }
}

/// What one stage means, under its column on the board.
pub fn stage_hint(stage: Stage) -> &'static str {
    match stage {
        Stage::Interested => "Roles you're weighing up.",
        Stage::Applied => "Sent and waiting to hear.",
        Stage::Interviewing => "Talking with them.",
        Stage::Offer => "An offer to consider.",
        Stage::Accepted => "Yes, you took it.",
        Stage::Closed => "Finished, for whatever reason.",
    }
}

pub fn reason_name(reason: ClosedReason) -> &'static str {
    match reason {
        ClosedReason::Rejected => "They said no",
        ClosedReason::Withdrew => "I withdrew",
        ClosedReason::NoReply => "No reply",
        ClosedReason::RoleFilled => "The role was filled",
    }
}

pub fn workplace_name(w: Workplace) -> &'static str {
    match w {
        Workplace::NotSaid => "Not said",
        Workplace::OnSite => "On site",
        Workplace::Hybrid => "Hybrid",
        Workplace::Remote => "Remote",
    }
}

pub fn interview_kind_name(k: InterviewKind) -> &'static str {
    match k {
        InterviewKind::Phone => "Phone",
        InterviewKind::Video => "Video",
        InterviewKind::OnSite => "On site",
        InterviewKind::Task => "A task",
    }
}

/// What a linked goal counts, as the choice reads.
pub fn counted_name(what: CountedThing) -> &'static str {
    match what {
        CountedThing::ApplicationsSent => "Applications sent",
        CountedThing::Interviews => "Interviews",
        CountedThing::ConversationsHeld => "Conversations held",
    }
}

/// "3 applications sent", "1 interview", "2 conversations held".
pub fn counted_count(l: &Locale, what: CountedThing, n: usize) -> String {
    match what {
        CountedThing::ApplicationsSent => count_of(l, n, "application sent", "applications sent"),
        CountedThing::Interviews => count_of(l, n, "interview", "interviews"),
        CountedThing::ConversationsHeld => {
            count_of(l, n, "conversation held", "conversations held")
        }
    }
}

/// What the person's readings say when the goal counts the search itself.
pub fn counted_note(l: &Locale, what: CountedThing, from: NaiveDate, n: usize) -> String {
    format!(
        "These values follow your job search records: {} since {}. There's nothing to type: record them on the Job search page and this goal moves by itself.",
        counted_count(l, what, n),
        l.medium_date(from)
    )
}

/// "Designer at Acme", or whichever of the two is given.
pub fn application_title(app: &Application) -> String {
    let (role, org) = (app.role.trim(), app.organisation.trim());
    match (role.is_empty(), org.is_empty()) {
        (false, false) => format!("{role} at {org}"),
        (false, true) => role.to_owned(),
        (true, false) => org.to_owned(),
        (true, true) => "An application".to_owned(),
    }
}

/// "Move to Applied".
pub fn move_to(stage: Stage) -> String {
    format!("Move to {}", stage_name(stage))
}

/// When the next action falls: "Due today", "Overdue: due 3 Mar 2026", "Due 12 Mar 2026".
pub fn due_words(l: &Locale, due: NaiveDate, today: NaiveDate) -> String {
    if due == today {
        "Due today".to_owned()
    } else if due < today {
        format!("Overdue: due {}", l.medium_date(due))
    } else {
        format!("Due {}", l.medium_date(due))
    }
}

pub fn due_filter_name(due: Due) -> &'static str {
    match due {
        Due::Any => "Any time",
        Due::Overdue => "Overdue",
        Due::ThisWeek => "Due within a week",
    }
}

pub fn problem(p: ApplicationProblem) -> &'static str {
    match p {
        ApplicationProblem::Unnamed => "Please write the organisation or the role (one is enough).",
    }
}

pub const BAD_DATE: &str = "Please choose a date from the calendar, or leave it empty.";
pub const BAD_INTERVIEW_DATE: &str = "Please choose the day of the interview.";
pub const BAD_TIME: &str =
    "Please write the time as hours and minutes, such as 14:30, or leave it empty.";

/// The stage history line: "Applied on 3 Mar 2026" / "Closed (No reply) on 3 Mar 2026".
pub fn history_line(
    l: &Locale,
    stage: Stage,
    reason: Option<ClosedReason>,
    on: NaiveDate,
) -> String {
    match reason {
        Some(r) if stage == Stage::Closed => {
            format!("Closed ({}) on {}", reason_name(r), l.medium_date(on))
        }
        _ => format!("{} on {}", stage_name(stage), l.medium_date(on)),
    }
}

/// The numbers in sentences, each its own line.
pub fn number_lines(l: &Locale, n: &SearchNumbers) -> Vec<String> {
    let mut lines = Vec::new();
    if n.sent == 0 {
        lines.push("Nothing sent yet. Once you move an application to \u{201c}Applied\u{201d}, your numbers start here.".to_owned());
        return lines;
    }
    let this_week = n.weeks.last().map_or(0, |w| w.sent);
    lines.push(format!(
        "You've sent {} so far, {} this week.",
        count_of(l, n.sent, "application", "applications"),
        l.number(this_week as f64, 0)
    ));
    lines.push(format!(
        "{} of them got a reply ({}).",
        l.number(n.replied as f64, 0),
        l.percent(n.reply_rate().unwrap_or(0.0))
    ));
    if let Some(per) = n.interviews_per_application() {
        lines.push(format!(
            "{} in all: {} per application.",
            count_of(l, n.interviews, "interview", "interviews"),
            l.number(per, 2)
        ));
    }
    match n.days_to_first_offer() {
        Some(days) => lines.push(format!(
            "Your first offer came {} after your first application.",
            count_of(l, days.max(0) as usize, "day", "days")
        )),
        None => lines.push(
            "No offer yet. Searches often take months; steady effort counts more than any one week."
                .to_owned(),
        ),
    }
    lines
}

/// The weekly chart's text alternative.
pub fn weeks_description(l: &Locale, n: &SearchNumbers) -> String {
    let parts: Vec<String> = n
        .weeks
        .iter()
        .map(|w| {
            format!(
                "week of {}: {}",
                l.medium_date(w.starts),
                l.number(w.sent as f64, 0)
            )
        })
        .collect();
    format!(
        "Applications sent per week for the last {} weeks, {}.",
        n.weeks.len(),
        parts.join(", ")
    )
}
