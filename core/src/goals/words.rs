//! What the goals pages say about a goal — its progress, its pace, a kind word when a
//! step is done — and reading numbers as people type them. Sentences that carry a date
//! or a decimal number are returned as data ([`ProgressSummary`], [`PaceReading`]) so
//! the UI writes them in the person's locale; the rest is plain text tested here.

use chrono::NaiveDate;

use super::{Goal, MilestoneStatus};
use crate::discover::chart::num;

/// A number as typed: spaces ignored, a comma read as a decimal point ("2,5") unless
/// it is a thousands separator ("1,000" or "1,000.5"). `None` for empty text or
/// anything that is not a finite number.
pub fn parse_number(text: &str) -> Option<f64> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .collect();
    if compact.is_empty() {
        return None;
    }
    let commas = compact.matches(',').count();
    let normal = if commas == 0 {
        compact
    } else if compact.contains('.') || commas > 1 || is_thousands(&compact) {
        compact.replace(',', "")
    } else {
        compact.replace(',', ".")
    };
    normal.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// "1,000" style: digits, one comma, then exactly three digits.
fn is_thousands(text: &str) -> bool {
    let Some((head, tail)) = text.split_once(',') else {
        return false;
    };
    let head = head.trim_start_matches(['-', '+']);
    !head.is_empty()
        && head.chars().all(|c| c.is_ascii_digit())
        && tail.len() == 3
        && tail.chars().all(|c| c.is_ascii_digit())
}

/// A number for plain text that is read back (form fields, files): at most two
/// decimals, no trailing zeros ("20", "2.5"). What is shown to people goes through the
/// UI's locale instead.
pub fn show_number(value: f64) -> String {
    num(value)
}

/// Where a goal stands, for the UI to put in words (numbers in the person's locale).
/// Uses the metric when it is complete and has a reading, like [`Goal::progress`].
#[derive(Debug, Clone, PartialEq)]
pub enum ProgressSummary {
    /// A measure counted up from zero: "8 of 20 applications".
    Counted {
        latest: f64,
        target: f64,
        unit: String,
    },
    /// A measure from another start: "8 hours now, from 15 towards 5".
    Moving {
        latest: f64,
        start: f64,
        target: f64,
        unit: String,
    },
    /// Milestones: "2 of 5 steps done".
    Steps { done: usize, counted: usize },
    /// A measure with nothing logged yet.
    NoValues,
    /// Neither steps nor a measure.
    Nothing,
}

/// The goal's progress as data: see [`ProgressSummary`].
pub fn progress_summary(goal: &Goal) -> ProgressSummary {
    if let (Some(metric), Some(latest)) = (
        goal.metric.as_ref().filter(|m| m.is_complete()),
        goal.latest_entry(),
    ) {
        let unit = metric.unit.trim().to_owned();
        return if metric.start == 0.0 {
            ProgressSummary::Counted {
                latest: latest.value,
                target: metric.target,
                unit,
            }
        } else {
            ProgressSummary::Moving {
                latest: latest.value,
                start: metric.start,
                target: metric.target,
                unit,
            }
        };
    }
    let (done, counted) = goal.milestone_counts();
    if counted > 0 {
        return ProgressSummary::Steps { done, counted };
    }
    if goal.metric.as_ref().is_some_and(|m| m.is_complete()) {
        ProgressSummary::NoValues
    } else {
        ProgressSummary::Nothing
    }
}

/// A measurable goal's pace on a day, for the UI's sentence: "Behind pace: you're at
/// {latest} {unit}, and a steady pace would have you near {expected} by today."
#[derive(Debug, Clone, PartialEq)]
pub struct PaceReading {
    pub behind: bool,
    pub latest: f64,
    /// Where the steady line is today, rounded to one decimal (a fraction of a day's
    /// worth; one decimal is plenty).
    pub expected: f64,
    pub unit: String,
}

/// The pace as data, for a measurable goal with a reading. `None` when pace cannot be
/// worked out.
pub fn pace_reading(goal: &Goal, today: NaiveDate) -> Option<PaceReading> {
    let pace = goal.pace_status(today)?;
    let unit = goal
        .metric
        .as_ref()
        .map(|m| m.unit.trim().to_owned())
        .unwrap_or_default();
    Some(PaceReading {
        behind: pace.behind,
        latest: pace.latest,
        expected: (pace.expected * 10.0).round() / 10.0,
        unit,
    })
}

/// A brief, kind word when the milestone `id` is done: what was done and how many
/// steps that makes. `None` if there is no such milestone or it is not done.
pub fn milestone_cheer(goal: &Goal, id: &str) -> Option<String> {
    let milestone = goal.milestone(id)?;
    if milestone.status != MilestoneStatus::Done {
        return None;
    }
    let (done, counted) = goal.milestone_counts();
    let title = milestone.title.trim();
    Some(if done == counted {
        format!("\u{201c}{title}\u{201d} is done — that's every step. Well done.")
    } else {
        format!("\u{201c}{title}\u{201d} is done — {done} of {counted} steps. Nice work.")
    })
}

/// How long until (or since) a deadline, in words: "Due in 12 days", "Due today",
/// "3 days past the deadline".
pub fn deadline_words(deadline: NaiveDate, today: NaiveDate) -> String {
    let days = (deadline - today).num_days();
    match days {
        0 => "Due today".to_owned(),
        1 => "Due tomorrow".to_owned(),
        d if d > 1 => format!("Due in {d} days"),
        -1 => "1 day past the deadline".to_owned(),
        d => format!("{} days past the deadline", -d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goals::test_support::{at, day};
    use crate::goals::Metric;

    #[test]
    fn numbers_are_read_as_people_type_them() {
        assert_eq!(parse_number("20"), Some(20.0));
        assert_eq!(parse_number(" 2.5 "), Some(2.5));
        assert_eq!(parse_number("2,5"), Some(2.5));
        assert_eq!(parse_number("1,000"), Some(1000.0));
        assert_eq!(parse_number("1,000.5"), Some(1000.5));
        assert_eq!(parse_number("1 000"), Some(1000.0));
        assert_eq!(parse_number("-3"), Some(-3.0));
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("  "), None);
        assert_eq!(parse_number("ten"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("NaN"), None);
    }

    #[test]
    fn numbers_for_fields_show_simply() {
        assert_eq!(show_number(20.0), "20");
        assert_eq!(show_number(2.50), "2.5");
    }

    fn measured() -> Goal {
        crate::goals::test_support::measured()
    }

    #[test]
    fn progress_speaks_of_the_metric_when_there_is_a_reading() {
        let mut goal = measured();
        assert_eq!(progress_summary(&goal), ProgressSummary::NoValues);
        goal.log_metric(day(2026, 1, 10), 8.0, "", at(2026, 1, 10));
        assert_eq!(
            progress_summary(&goal),
            ProgressSummary::Counted {
                latest: 8.0,
                target: 20.0,
                unit: "applications".into()
            }
        );
        assert_eq!(goal.progress(), Some(0.4));
        goal.set_metric(
            Some(Metric::new("Overtime", " hours ", 15.0, 5.0)),
            at(2026, 1, 10),
        );
        assert_eq!(
            progress_summary(&goal),
            ProgressSummary::Moving {
                latest: 8.0,
                start: 15.0,
                target: 5.0,
                unit: "hours".into()
            }
        );
    }

    #[test]
    fn progress_speaks_of_steps_without_a_metric() {
        let now = at(2026, 1, 1);
        let mut goal = Goal::new("g".into(), now);
        assert_eq!(progress_summary(&goal), ProgressSummary::Nothing);
        let a = goal.add_milestone("a".into(), "One", None, now);
        assert_eq!(
            progress_summary(&goal),
            ProgressSummary::Steps {
                done: 0,
                counted: 1
            }
        );
        goal.add_milestone("b".into(), "Two", None, now);
        goal.set_milestone_status(&a, MilestoneStatus::Done, day(2026, 1, 2), now);
        assert_eq!(
            progress_summary(&goal),
            ProgressSummary::Steps {
                done: 1,
                counted: 2
            }
        );
        assert_eq!(goal.progress(), Some(0.5));
    }

    #[test]
    fn pace_reading_says_behind_or_on_track_with_the_numbers() {
        let mut goal = measured();
        // 100 days from 1 Jan to 11 Apr; by 21 Jan (day 20) the line is at 4.
        assert_eq!(pace_reading(&goal, day(2026, 1, 21)), None);
        goal.log_metric(day(2026, 1, 20), 5.0, "", at(2026, 1, 20));
        let reading = pace_reading(&goal, day(2026, 1, 21)).unwrap();
        assert_eq!(
            reading,
            PaceReading {
                behind: false,
                latest: 5.0,
                expected: 4.0,
                unit: "applications".into()
            }
        );
        goal.log_metric(day(2026, 1, 21), 1.0, "", at(2026, 1, 21));
        let reading = pace_reading(&goal, day(2026, 1, 21)).unwrap();
        assert!(reading.behind);
        assert_eq!(reading.latest, 1.0);
        // On 23 Jan the line is at 4.4; one decimal is kept.
        let reading = pace_reading(&goal, day(2026, 1, 23)).unwrap();
        assert_eq!(reading.expected, 4.4);
    }

    #[test]
    fn a_done_milestone_gets_a_kind_word_with_the_count() {
        let now = at(2026, 1, 1);
        let mut goal = Goal::new("g".into(), now);
        let a = goal.add_milestone("a".into(), "Update CV", None, now);
        let b = goal.add_milestone("b".into(), "Apply", None, now);
        assert_eq!(milestone_cheer(&goal, &a), None, "not done yet");
        goal.set_milestone_status(&a, MilestoneStatus::Done, day(2026, 1, 2), now);
        assert_eq!(
            milestone_cheer(&goal, &a).unwrap(),
            "\u{201c}Update CV\u{201d} is done — 1 of 2 steps. Nice work."
        );
        goal.set_milestone_status(&b, MilestoneStatus::Done, day(2026, 1, 3), now);
        assert!(milestone_cheer(&goal, &b)
            .unwrap()
            .ends_with("that's every step. Well done."));
        assert_eq!(milestone_cheer(&goal, "nope"), None);
    }

    #[test]
    fn deadline_words_count_days_either_way() {
        let today = day(2026, 2, 27);
        assert_eq!(deadline_words(day(2026, 2, 27), today), "Due today");
        assert_eq!(deadline_words(day(2026, 2, 28), today), "Due tomorrow");
        assert_eq!(deadline_words(day(2026, 3, 2), today), "Due in 3 days");
        assert_eq!(
            deadline_words(day(2026, 2, 26), today),
            "1 day past the deadline"
        );
        assert_eq!(
            deadline_words(day(2026, 2, 20), today),
            "7 days past the deadline"
        );
    }
}
