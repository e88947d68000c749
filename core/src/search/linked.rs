//! Goals whose metric counts the search for itself: "applications sent", "interviews"
//! or "conversations held" from a start day to the deadline. Their readings are made
//! from the records here, in one place, so progress, pace and the chart follow the
//! records with no typing. Goals not linked pass through untouched.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::stats::{conversation_days, interview_days, sent_days};
use super::Search;
use crate::goals::{Counted, CountedThing, Goal, MetricEntry};

/// The days of every record a linked metric counts.
fn days_of(search: &Search, what: CountedThing) -> Vec<NaiveDate> {
    match what {
        CountedThing::ApplicationsSent => sent_days(search).collect(),
        CountedThing::Interviews => interview_days(search).collect(),
        CountedThing::ConversationsHeld => conversation_days(search).collect(),
    }
}

/// The first day a linked goal counts: the day chosen, or the day the goal was made.
pub fn counting_from(goal: &Goal, counted: &Counted) -> NaiveDate {
    counted.from.unwrap_or_else(|| goal.created_at.date_naive())
}

/// The dated readings of a linked metric on `today`: the running count (on top of the
/// metric's start value) on the first day, on each day something counted happened,
/// and on the last day counted (today, or the deadline once it has passed). Records
/// after the deadline or after today are not counted. Empty before the first day.
pub fn counted_log(
    goal: &Goal,
    counted: &Counted,
    search: &Search,
    today: NaiveDate,
) -> Vec<MetricEntry> {
    let start_value = goal.metric.as_ref().map_or(0.0, |m| m.start);
    let from = counting_from(goal, counted);
    let until = goal.deadline.map_or(today, |d| d.min(today));
    if until < from {
        return Vec::new();
    }
    let mut days: Vec<NaiveDate> = days_of(search, counted.what)
        .into_iter()
        .filter(|d| (from..=until).contains(d))
        .collect();
    crate::sort::sort_by_key(&mut days, |d| *d);
    let entry = |date: NaiveDate, count: usize| MetricEntry {
        date,
        value: start_value + count as f64,
        note: String::new(),
    };
    let before_first = days.iter().filter(|d| **d == from).count();
    let mut log = vec![entry(from, before_first)];
    for (i, day) in days.iter().enumerate() {
        let count = i + 1;
        let is_last_of_day = days.get(i + 1) != Some(day);
        if *day > from && is_last_of_day {
            log.push(entry(*day, count));
        }
    }
    if until > log.last().map_or(from, |e| e.date) {
        log.push(entry(until, days.len()));
    }
    log
}

/// The goal as the pages should read it: a linked goal with its readings made from the
/// records; any other goal as it is (borrowed, nothing copied).
pub fn counted_goal<'a>(goal: &'a Goal, search: &Search, today: NaiveDate) -> Cow<'a, Goal> {
    match goal.metric.as_ref().and_then(|m| m.counts) {
        Some(counted) => {
            let mut linked = goal.clone();
            linked.metric_log = counted_log(goal, &counted, search, today);
            // Counting chosen to start after the goal was made: the pace starts there too
            // (an earlier start is already where the first reading is).
            let from = counting_from(goal, &counted);
            if from > goal.created_at.date_naive() {
                linked.created_at = from.and_time(chrono::NaiveTime::MIN).and_utc();
            }
            Cow::Owned(linked)
        }
        None => Cow::Borrowed(goal),
    }
}

/// Every goal as the pages should read it (see [`counted_goal`]); the list itself when
/// no goal is linked.
pub fn counted_goals<'a>(goals: &'a [Goal], search: &Search, today: NaiveDate) -> Cow<'a, [Goal]> {
    if goals
        .iter()
        .any(|g| g.metric.as_ref().is_some_and(|m| m.counts.is_some()))
    {
        Cow::Owned(
            goals
                .iter()
                .map(|g| counted_goal(g, search, today).into_owned())
                .collect(),
        )
    } else {
        Cow::Borrowed(goals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goals::Metric;
    use crate::search::{Application, Stage};
    use chrono::{DateTime, Datelike, TimeZone, Utc};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn at(m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, m, d, 9, 0, 0).single().unwrap()
    }

    /// 0 → 10 applications, made on 1 March, due 31 March, counted from the records.
    fn linked(from: Option<NaiveDate>) -> Goal {
        let mut g = Goal::new("g".into(), at(3, 1));
        g.set_metric(
            Some(Metric::new("Applications", "applications", 0.0, 10.0)),
            at(3, 1),
        );
        g.set_deadline(Some(day(3, 31)), at(3, 1));
        g.set_counts(
            Some(Counted {
                what: CountedThing::ApplicationsSent,
                from,
            }),
            at(3, 1),
        );
        g
    }

    fn sent_on(search: &mut Search, days: &[NaiveDate]) {
        for (i, d) in days.iter().enumerate() {
            let id = format!("a{}", search.applications.len() + i);
            search.applications.push(Application::new(
                id,
                "s".into(),
                "Org",
                "Role",
                Stage::Applied,
                *d,
                at(d.month(), d.day()),
            ));
        }
    }

    fn readings(log: &[MetricEntry]) -> Vec<(NaiveDate, f64)> {
        log.iter().map(|e| (e.date, e.value)).collect()
    }

    #[test]
    fn the_log_is_a_running_count_from_the_first_day_to_today() {
        let mut s = Search::default();
        // One before the goal, two on the 5th, one on the 9th, one after today.
        sent_on(
            &mut s,
            &[day(2, 20), day(3, 5), day(3, 5), day(3, 9), day(3, 20)],
        );
        let g = linked(None);
        let Some(counted) = g.metric.as_ref().and_then(|m| m.counts) else {
            panic!("linked");
        };
        let log = counted_log(&g, &counted, &s, day(3, 12));
        assert_eq!(
            readings(&log),
            [
                (day(3, 1), 0.0),
                (day(3, 5), 2.0),
                (day(3, 9), 3.0),
                (day(3, 12), 3.0)
            ]
        );
    }

    #[test]
    fn a_chosen_start_day_counts_from_there_and_the_deadline_ends_it() {
        let mut s = Search::default();
        sent_on(&mut s, &[day(2, 20), day(3, 5), day(3, 31), day(4, 2)]);
        let g = linked(Some(day(2, 15)));
        let counted = g.metric.as_ref().and_then(|m| m.counts).unwrap();
        let log = counted_log(&g, &counted, &s, day(4, 10));
        assert_eq!(
            readings(&log),
            [
                (day(2, 15), 0.0),
                (day(2, 20), 1.0),
                (day(3, 5), 2.0),
                (day(3, 31), 3.0)
            ]
        );
        assert_eq!(
            counted_goal(&g, &s, day(4, 10)).pace_start_date(),
            Some(day(2, 15))
        );
    }

    #[test]
    fn nothing_is_read_before_the_first_day() {
        let g = linked(Some(day(3, 20)));
        let counted = g.metric.as_ref().and_then(|m| m.counts).unwrap();
        assert!(counted_log(&g, &counted, &Search::default(), day(3, 10)).is_empty());
    }

    #[test]
    fn interviews_and_conversations_count_by_their_own_dates() {
        let mut s = Search::default();
        sent_on(&mut s, &[day(3, 2)]);
        s.applications[0].interviews.push(crate::search::Interview {
            id: "i".into(),
            date: day(3, 8),
            ..Default::default()
        });
        s.conversations.push(crate::search::Conversation {
            id: "c".into(),
            date: day(3, 3),
            ..Default::default()
        });
        for (what, expected) in [
            (CountedThing::Interviews, day(3, 8)),
            (CountedThing::ConversationsHeld, day(3, 3)),
        ] {
            let mut g = linked(None);
            g.set_counts(Some(Counted { what, from: None }), at(3, 1));
            let log = counted_goal(&g, &s, day(3, 10)).metric_log.clone();
            assert_eq!(log[1].date, expected);
            assert_eq!(log.last().map(|e| e.value), Some(1.0));
        }
    }

    #[test]
    fn progress_and_pace_follow_the_records() {
        let g = linked(None);
        let mut s = Search::default();
        let today = day(3, 16);
        let before = counted_goal(&g, &s, today);
        assert_eq!(before.progress(), Some(0.0));
        assert!(before.pace_status(today).is_some_and(|p| p.behind));
        sent_on(
            &mut s,
            &[day(3, 3), day(3, 6), day(3, 9), day(3, 12), day(3, 15)],
        );
        let after = counted_goal(&g, &s, today);
        assert_eq!(after.progress(), Some(0.5));
        let pace = after.pace_status(today).unwrap();
        assert_eq!(pace.latest, 5.0);
        assert!(!pace.behind);
        // The stored goal never changes: nothing was typed.
        assert!(g.metric_log.is_empty());
    }

    #[test]
    fn goals_not_linked_are_passed_through_without_a_copy() {
        let mut plain = linked(None);
        plain.set_counts(None, at(3, 1));
        let goals = vec![plain];
        assert!(matches!(
            counted_goals(&goals, &Search::default(), day(3, 10)),
            Cow::Borrowed(_)
        ));
        let goals = vec![linked(None)];
        let read = counted_goals(&goals, &Search::default(), day(3, 10));
        assert!(matches!(read, Cow::Owned(_)));
        assert_eq!(read[0].metric_log.len(), 2);
    }

    #[test]
    fn the_report_reads_a_linked_goal_from_the_records() {
        let mut wb = crate::Workbook::new(at(3, 1));
        wb.goals.push(linked(None));
        sent_on(&mut wb.search, &[day(3, 3), day(3, 4)]);
        let report = crate::report::build(&wb, day(3, 10));
        let progress: Vec<Option<u8>> = report
            .sections
            .iter()
            .flat_map(|s| &s.blocks)
            .filter_map(|b| match b {
                crate::report::Block::Goal(g) => Some(g.progress),
                _ => None,
            })
            .collect();
        assert_eq!(progress, [Some(20)]);
    }

    #[test]
    fn a_later_start_day_starts_the_pace_there() {
        let g = linked(Some(day(3, 11)));
        let read = counted_goal(&g, &Search::default(), day(3, 12));
        assert_eq!(read.pace_start_date(), Some(day(3, 11)));
        assert_eq!(read.expected_value(day(3, 11)), Some(0.0));
    }
}
