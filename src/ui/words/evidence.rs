//! The evidence view's and the brag document's words: what each group shows, its counts
//! over time in sentences, periods and the choices of time a brag document covers.

use chrono::NaiveDate;
use waymark_core::stories::brag;
use waymark_core::stories::evidence::{Period, Precision, Range, Shows, SpanProblem, Step};

use super::count_of;
use super::stories::skill_name;
use crate::store::locale::Locale;

pub const EMPTY_TITLE: &str = "Your evidence will gather here";
pub const EMPTY_BODY: &str = "When you doubt whether you're any good at something, this page answers with what you've actually done: your wins and stories, grouped by the skill or strength they show, and how often each comes up over time. Start by logging a win in your journal and saying what it shows, or by writing a story and choosing its skills.";
pub const UNTAGGED_HINT: &str = "These don't say what they show yet. Turn a win into a story and choose its skills, or say what a win shows when you log the next one.";
pub const BRAG_TITLE: &str = "Brag document";
pub const BRAG_LEAD: &str = "Your evidence for a stretch of time, grouped by skill and by period, as a Markdown file. Bring it to a performance review, or use it to make a case for a promotion or a raise.";
pub const BRAG_DOWNLOAD: &str = "Download brag document";
pub const SPAN_LEGEND: &str = "Which time should it cover?";

/// The choices of time a brag document covers: (key, words).
pub const SPANS: [(&str, &str); 4] = [
    ("half", "The last 6 months"),
    ("year", "The last year"),
    ("all", "Everything"),
    ("custom", "Choose the dates"),
];

/// What a group shows, as its heading.
pub fn shows(s: &Shows) -> String {
    match s {
        Shows::Skill(k) => skill_name(k),
        Shows::Own(text) => text.clone(),
        Shows::Untagged => "Not tagged with a skill yet".into(),
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A period's name: "Jan–Mar 2026" or "2026".
pub fn period(p: Period) -> String {
    match p.quarter {
        0 => p.year.to_string(),
        q => {
            let first = usize::from(q - 1) * 3;
            format!("{}–{} {}", MONTHS[first], MONTHS[first + 2], p.year)
        }
    }
}

/// Opens the list of a group's evidence: "See 2 wins and 1 story".
pub fn see(l: &Locale, wins: usize, stories: usize) -> String {
    format!("See {}", pieces(l, wins, stories))
}

/// "3 wins and 1 story".
pub fn pieces(l: &Locale, wins: usize, stories: usize) -> String {
    match (wins, stories) {
        (0, s) => count_of(l, s, "story", "stories"),
        (w, 0) => count_of(l, w, "win", "wins"),
        (w, s) => format!(
            "{} and {}",
            count_of(l, w, "win", "wins"),
            count_of(l, s, "story", "stories")
        ),
    }
}

/// A group's counts in a sentence: "3 wins and 1 story: 1 in 2025 and 3 in 2026."
pub fn group_counts(
    l: &Locale,
    wins: usize,
    stories: usize,
    periods: &[(Period, usize)],
) -> String {
    let total = pieces(l, wins, stories);
    let parts: Vec<String> = periods
        .iter()
        .map(|(p, n)| format!("{} in {}", l.number(*n as f64, 0), period(*p)))
        .collect();
    match parts.as_slice() {
        [] => format!("{total}."),
        [_] if periods.len() == 1 => format!("{total}, all in {}.", period(periods[0].0)),
        [rest @ .., last] => format!("{total}: {} and {last}.", rest.join(", ")),
    }
}

/// The whole view's counts in a sentence.
pub fn summary(l: &Locale, wins: usize, stories: usize, shown: usize) -> String {
    let what = count_of(l, shown, "skill or strength", "skills and strengths");
    match shown {
        0 => format!("You have {} so far.", pieces(l, wins, stories)),
        _ => format!(
            "You have {} so far, showing {what}.",
            pieces(l, wins, stories)
        ),
    }
}

/// What each bar stands for, and the time they cover.
pub fn counted_per(step: Step, first: Period, last: Period) -> String {
    let each = match step {
        Step::Quarter => "three months",
        Step::Year => "a year",
    };
    if first == last {
        format!("Counted for {}.", period(first))
    } else {
        format!(
            "Each bar is {each}, from {} to {}.",
            period(first),
            period(last)
        )
    }
}

/// A date known to a day, a month or a year.
pub fn date(l: &Locale, d: NaiveDate, precision: Precision) -> String {
    use chrono::Datelike;
    match precision {
        Precision::Day => l.medium_date(d),
        Precision::Month => l.month_year(d.year(), d.month()),
        Precision::Year => d.year().to_string(),
    }
}

/// What a brag document for this range would hold, before downloading it.
pub fn will_hold(l: &Locale, wins: usize, stories: usize) -> String {
    if wins + stories == 0 {
        "Nothing falls in that time yet: the file would only say so.".into()
    } else {
        format!("It will hold {}.", pieces(l, wins, stories))
    }
}

/// What is wrong with the dates chosen.
pub fn span_problem(p: SpanProblem) -> (&'static str, &'static str) {
    match p {
        SpanProblem::Backwards => (
            "brag-from",
            "The start date is after the end date. Choose a start on or before the end.",
        ),
        SpanProblem::FutureEnd => (
            "brag-to",
            "The end date is in the future. Choose today or earlier.",
        ),
    }
}

/// The words of a brag document, in the person's locale.
pub struct BragWords<'a> {
    pub locale: &'a Locale,
    /// The person's name, when they gave one.
    pub name: String,
}

impl brag::Words for BragWords<'_> {
    fn title(&self) -> String {
        if self.name.trim().is_empty() {
            "Brag document".into()
        } else {
            format!("Brag document: {}", self.name.trim())
        }
    }

    fn covers(&self, range: &Range, today: NaiveDate) -> String {
        let l = self.locale;
        let span = match range.from {
            Some(from) => format!(
                "From {} to {}",
                l.medium_date(from),
                l.medium_date(range.to)
            ),
            None => format!("Everything up to {}", l.medium_date(range.to)),
        };
        format!("{span}. Written with Waymark on {}.", l.medium_date(today))
    }

    fn summary(&self, wins: usize, stories: usize, shown: usize) -> String {
        let what = count_of(
            self.locale,
            shown,
            "skill or strength",
            "skills and strengths",
        );
        format!(
            "{} in this time, showing {what}. Each section below is one skill or strength, newest first.",
            pieces(self.locale, wins, stories)
        )
    }

    fn shows(&self, s: &Shows) -> String {
        shows(s)
    }

    fn group_counts(&self, wins: usize, stories: usize, periods: &[(Period, usize)]) -> String {
        group_counts(self.locale, wins, stories, periods)
    }

    fn period(&self, p: Period) -> String {
        period(p)
    }

    fn date(&self, d: NaiveDate, precision: Precision) -> String {
        date(self.locale, d, precision)
    }

    fn win(&self) -> String {
        "Win".into()
    }

    fn story(&self) -> String {
        "Story".into()
    }

    fn what_it_shows(&self) -> String {
        "what it shows".into()
    }

    fn nothing(&self) -> String {
        "Nothing is recorded for this time yet. Log wins in your journal as they happen, and this document fills itself.".into()
    }
}
