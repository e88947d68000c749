//! Progress and pace: how far a goal has come (from its metric or its milestones),
//! where its metric "should" be today on a straight line to the deadline, whether it
//! is behind, and whether it is ready to be marked achieved.
//!
//! The ideal pace line runs from the metric's start value on the *start date* to the
//! target value on the deadline. The start date is the goal's created date, or the
//! date of the first reading if that is earlier (someone may log older readings); a
//! goal from an old file without a created time uses the first reading's date. The
//! created date is the UTC calendar date of `created_at`, which can differ from the
//! person's local date by one day; for a line spanning weeks that is negligible.

use chrono::{DateTime, NaiveDate, Utc};

use super::{Goal, GoalStatus, MilestoneStatus};

/// A goal is behind when its latest reading trails the ideal pace by more than this
/// share of the whole distance from start to target (10%).
pub const PACE_MARGIN: f64 = 0.10;

/// Where a measurable goal stands against its ideal pace on a given day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pace {
    /// The value the straight line from start to target reaches on that day.
    pub expected: f64,
    /// The most recent reading on or before that day.
    pub latest: f64,
    /// True when `latest` trails `expected` by more than [`PACE_MARGIN`] of the distance.
    pub behind: bool,
}

impl Goal {
    /// The metric, when it is complete enough to measure progress with.
    fn measurable_metric(&self) -> Option<&super::Metric> {
        self.metric.as_ref().filter(|m| m.is_complete())
    }

    /// How far along the goal is, from 0 to 1. Uses the metric when it is complete
    /// and has at least one reading ((latest − start) / (target − start), kept within
    /// 0–1, so it works for falling targets too); otherwise the share of milestones
    /// done, leaving dropped ones out. `None` when there is nothing to measure yet.
    pub fn progress(&self) -> Option<f64> {
        if let (Some(metric), Some(latest)) = (self.measurable_metric(), self.latest_entry()) {
            return metric.fraction(latest.value);
        }
        self.milestone_progress()
    }

    /// Done milestones as a share of those not dropped; `None` when there are none.
    pub fn milestone_progress(&self) -> Option<f64> {
        let (done, counted) = self.milestone_counts();
        (counted > 0).then(|| done as f64 / counted as f64)
    }

    /// (done, not dropped) milestone counts, for "3 of 5 steps done".
    pub fn milestone_counts(&self) -> (usize, usize) {
        let counted = self
            .milestones
            .iter()
            .filter(|m| m.status != MilestoneStatus::Dropped);
        let (mut done, mut total) = (0, 0);
        for m in counted {
            total += 1;
            if m.status == MilestoneStatus::Done {
                done += 1;
            }
        }
        (done, total)
    }

    /// The day the ideal pace line starts (see the module note). `None` for a goal
    /// from an old file with no created time and no readings.
    pub fn pace_start_date(&self) -> Option<NaiveDate> {
        let created =
            (self.created_at != DateTime::<Utc>::UNIX_EPOCH).then(|| self.created_at.date_naive());
        let first_reading = self.metric_log.iter().map(|e| e.date).min();
        match (created, first_reading) {
            (Some(c), Some(f)) => Some(c.min(f)),
            (c, f) => c.or(f),
        }
    }

    /// The two ends of the ideal pace line, (start date, start value) and
    /// (deadline, target), for drawing it. `None` without a complete metric, a
    /// deadline or a start date.
    pub fn pace_line(&self) -> Option<((NaiveDate, f64), (NaiveDate, f64))> {
        let metric = self.measurable_metric()?;
        let deadline = self.deadline?;
        let start = self.pace_start_date()?;
        Some(((start, metric.start), (deadline, metric.target)))
    }

    /// The value the ideal pace line reaches on `date`: the start value up to the
    /// start date, the target from the deadline on, and a straight line between,
    /// counted in whole days.
    pub fn expected_value(&self, date: NaiveDate) -> Option<f64> {
        let ((start, from), (deadline, to)) = self.pace_line()?;
        if date <= start {
            return Some(from);
        }
        if date >= deadline {
            return Some(to);
        }
        let elapsed = (date - start).num_days() as f64;
        let total = (deadline - start).num_days() as f64;
        Some(from + (to - from) * elapsed / total)
    }

    /// Expected against latest on `today`. `None` without a complete metric, a
    /// deadline, or a reading dated on or before `today`.
    pub fn pace_status(&self, today: NaiveDate) -> Option<Pace> {
        let metric = self.measurable_metric()?;
        let expected = self.expected_value(today)?;
        let latest = self.latest_entry_by(today)?.value;
        let distance = metric.target - metric.start;
        // Positive when the reading is short of the line in the target's direction.
        let trailing = (expected - latest) * distance.signum();
        let behind = trailing > PACE_MARGIN * distance.abs() + 1e-9;
        Some(Pace {
            expected,
            latest,
            behind,
        })
    }

    /// True when an active goal looks done: every milestone that is not dropped is
    /// done (and there is at least one), or the latest reading has reached the target.
    /// The goal page uses it to offer "Mark as achieved?".
    pub fn ready_to_achieve(&self) -> bool {
        if self.status != GoalStatus::Active {
            return false;
        }
        let (done, counted) = self.milestone_counts();
        let milestones_done = counted > 0 && done == counted;
        let target_hit = match (self.measurable_metric(), self.latest_entry()) {
            (Some(metric), Some(latest)) => metric.fraction(latest.value) == Some(1.0),
            _ => false,
        };
        milestones_done || target_hit
    }
}

/// Free-function form of [`Goal::pace_status`].
pub fn pace_status(goal: &Goal, today: NaiveDate) -> Option<Pace> {
    goal.pace_status(today)
}

/// Free-function form of [`Goal::ready_to_achieve`].
pub fn ready_to_achieve(goal: &Goal) -> bool {
    goal.ready_to_achieve()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goals::test_support::{at, day};
    use crate::goals::Metric;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    /// Created 1 Jan 2026, 0 → 20 applications by 1 Mar 2026 (59 days).
    fn applications() -> Goal {
        let now = at(2026, 1, 1);
        let mut goal = Goal::new("g".into(), now);
        goal.set_metric(
            Some(Metric::new("Applications", "applications", 0.0, 20.0)),
            now,
        );
        goal.set_deadline(Some(day(2026, 3, 1)), now);
        goal
    }

    fn with_milestones(statuses: &[MilestoneStatus]) -> Goal {
        let now = at(2026, 1, 1);
        let mut goal = Goal::new("g".into(), now);
        for (i, status) in statuses.iter().enumerate() {
            let id = goal.add_milestone(format!("m{i}"), "step", None, now);
            goal.set_milestone_status(&id, *status, day(2026, 1, 2), now);
        }
        goal
    }

    // ----- progress -----

    #[test]
    fn progress_is_none_with_nothing_to_measure() {
        assert_eq!(Goal::new("g".into(), at(2026, 1, 1)).progress(), None);
        assert_eq!(
            applications().progress(),
            None,
            "a metric with no readings yet"
        );
        assert_eq!(
            with_milestones(&[MilestoneStatus::Dropped]).progress(),
            None
        );
    }

    #[test]
    fn progress_from_milestones_leaves_dropped_ones_out() {
        use MilestoneStatus::*;
        let goal = with_milestones(&[Done, Done, InProgress, Planned, Dropped]);
        assert_eq!(goal.milestone_counts(), (2, 4));
        assert_eq!(goal.progress(), Some(0.5));
    }

    #[test]
    fn progress_from_the_metric_wins_once_there_is_a_reading() {
        let mut goal = applications();
        goal.add_milestone("m".into(), "step", None, at(2026, 1, 1));
        goal.set_milestone_status("m", MilestoneStatus::Done, day(2026, 1, 2), at(2026, 1, 2));
        assert_eq!(goal.progress(), Some(1.0), "milestones until a reading");
        goal.log_metric(day(2026, 1, 20), 5.0, "", at(2026, 1, 20));
        assert_eq!(goal.progress(), Some(0.25));
    }

    #[test]
    fn progress_works_for_a_falling_target_and_is_clamped() {
        let now = at(2026, 1, 1);
        let mut goal = Goal::new("g".into(), now);
        goal.set_metric(Some(Metric::new("Commute", "minutes", 90.0, 30.0)), now);
        goal.log_metric(day(2026, 1, 5), 75.0, "", now);
        assert!(close(goal.progress().unwrap(), 0.25));
        goal.log_metric(day(2026, 1, 6), 20.0, "", now);
        assert_eq!(goal.progress(), Some(1.0));
        goal.log_metric(day(2026, 1, 7), 120.0, "", now);
        assert_eq!(goal.progress(), Some(0.0));
    }

    #[test]
    fn an_incomplete_metric_falls_back_to_milestones() {
        let mut goal = with_milestones(&[MilestoneStatus::Done, MilestoneStatus::Planned]);
        goal.metric = Some(Metric::new("Hours", "", 0.0, 10.0));
        goal.log_metric(day(2026, 1, 3), 5.0, "", at(2026, 1, 3));
        assert_eq!(goal.progress(), Some(0.5));
    }

    // ----- pace -----

    #[test]
    fn expected_value_follows_a_straight_line_by_whole_days() {
        let goal = applications();
        // 59 days from 1 Jan to 1 Mar 2026; 31 Jan is day 30.
        assert!(close(
            goal.expected_value(day(2026, 1, 31)).unwrap(),
            20.0 * 30.0 / 59.0
        ));
        assert_eq!(goal.expected_value(day(2025, 12, 1)), Some(0.0));
        assert_eq!(goal.expected_value(day(2026, 1, 1)), Some(0.0));
        assert_eq!(goal.expected_value(day(2026, 3, 1)), Some(20.0));
        assert_eq!(goal.expected_value(day(2026, 9, 1)), Some(20.0));
    }

    #[test]
    fn expected_value_crosses_a_month_end_evenly() {
        // 0 → 30 over 30 days: 15 Jan 2026 → 14 Feb 2026, one a day.
        let now = Utc
            .with_ymd_and_hms(2026, 1, 15, 23, 59, 0)
            .single()
            .unwrap();
        let mut goal = Goal::new("g".into(), now);
        goal.set_metric(Some(Metric::new("Pages", "pages", 0.0, 30.0)), now);
        goal.set_deadline(Some(day(2026, 2, 14)), now);
        assert_eq!(goal.expected_value(day(2026, 1, 31)), Some(16.0));
        assert_eq!(goal.expected_value(day(2026, 2, 1)), Some(17.0));
        assert_eq!(goal.expected_value(day(2026, 2, 13)), Some(29.0));
    }

    #[test]
    fn expected_value_counts_the_leap_day() {
        // 2028 is a leap year: 1 Feb → 1 Mar is 29 days, and 29 Feb is day 28.
        let now = at(2028, 2, 1);
        let mut goal = Goal::new("g".into(), now);
        goal.set_metric(Some(Metric::new("Hours", "hours", 0.0, 29.0)), now);
        goal.set_deadline(Some(day(2028, 3, 1)), now);
        assert_eq!(goal.expected_value(day(2028, 2, 28)), Some(27.0));
        assert_eq!(goal.expected_value(day(2028, 2, 29)), Some(28.0));
        assert_eq!(goal.expected_value(day(2028, 3, 1)), Some(29.0));
        // The same span in 2027 has 28 days, so 28 Feb is the deadline's eve.
        let now = at(2027, 2, 1);
        let mut plain = Goal::new("g".into(), now);
        plain.set_metric(Some(Metric::new("Hours", "hours", 0.0, 28.0)), now);
        plain.set_deadline(Some(day(2027, 3, 1)), now);
        assert_eq!(plain.expected_value(day(2027, 2, 28)), Some(27.0));
    }

    #[test]
    fn pace_line_starts_at_the_earlier_of_created_and_first_reading() {
        let mut goal = applications();
        assert_eq!(goal.pace_start_date(), Some(day(2026, 1, 1)));
        goal.log_metric(day(2025, 12, 20), 0.0, "logged late", at(2026, 1, 2));
        assert_eq!(goal.pace_start_date(), Some(day(2025, 12, 20)));
        let line = goal.pace_line().unwrap();
        assert_eq!(line, ((day(2025, 12, 20), 0.0), (day(2026, 3, 1), 20.0)));
    }

    #[test]
    fn a_goal_from_an_old_file_starts_its_pace_at_the_first_reading() {
        let mut goal: Goal = serde_json::from_str(
            r#"{"id":"g","title":"t","metric":{"name":"Calls","unit":"calls","start":0,"target":10},
                "deadline":"2026-01-11"}"#,
        )
        .unwrap();
        assert_eq!(goal.pace_start_date(), None);
        assert_eq!(goal.pace_status(day(2026, 1, 5)), None);
        goal.metric_log.push(crate::goals::MetricEntry {
            date: day(2026, 1, 1),
            value: 0.0,
            note: String::new(),
        });
        assert_eq!(goal.pace_start_date(), Some(day(2026, 1, 1)));
        assert_eq!(goal.expected_value(day(2026, 1, 6)), Some(5.0));
    }

    #[test]
    fn on_track_within_the_margin_and_behind_beyond_it() {
        // On 31 Jan the line is at 10.169…; the margin is 2 (10% of 20).
        let mut goal = applications();
        goal.log_metric(day(2026, 1, 30), 9.0, "", at(2026, 1, 30));
        let pace = goal.pace_status(day(2026, 1, 31)).unwrap();
        assert!(close(pace.expected, 20.0 * 30.0 / 59.0));
        assert_eq!(pace.latest, 9.0);
        assert!(!pace.behind, "1.17 short is within 2");
        goal.log_metric(day(2026, 1, 31), 8.0, "", at(2026, 1, 31));
        assert!(
            goal.pace_status(day(2026, 1, 31)).unwrap().behind,
            "2.17 short is beyond 2"
        );
    }

    #[test]
    fn being_ahead_is_never_behind() {
        let mut goal = applications();
        goal.log_metric(day(2026, 1, 10), 15.0, "", at(2026, 1, 10));
        let pace = goal.pace_status(day(2026, 1, 10)).unwrap();
        assert!(!pace.behind);
    }

    #[test]
    fn a_falling_target_is_behind_when_the_value_is_too_high() {
        // 90 → 30 minutes from 1 Jan to 31 Jan 2026 (30 days): 2 minutes less a day.
        let now = at(2026, 1, 1);
        let mut goal = Goal::new("g".into(), now);
        goal.set_metric(Some(Metric::new("Commute", "minutes", 90.0, 30.0)), now);
        goal.set_deadline(Some(day(2026, 1, 31)), now);
        goal.log_metric(day(2026, 1, 16), 66.0, "", now);
        let pace = goal.pace_status(day(2026, 1, 16)).unwrap();
        assert_eq!(pace.expected, 60.0);
        assert!(!pace.behind, "6 over, margin 6 — not more than the margin");
        goal.log_metric(day(2026, 1, 16), 67.0, "", now);
        assert!(goal.pace_status(day(2026, 1, 16)).unwrap().behind);
        goal.log_metric(day(2026, 1, 16), 50.0, "", now);
        assert!(!goal.pace_status(day(2026, 1, 16)).unwrap().behind, "ahead");
    }

    #[test]
    fn past_the_deadline_the_line_is_the_target() {
        let mut goal = applications();
        goal.log_metric(day(2026, 2, 20), 17.0, "", at(2026, 2, 20));
        let pace = goal.pace_status(day(2026, 3, 15)).unwrap();
        assert_eq!(pace.expected, 20.0);
        assert!(pace.behind, "3 short of the target after the deadline");
    }

    #[test]
    fn pace_ignores_readings_dated_after_today() {
        let mut goal = applications();
        goal.log_metric(day(2026, 1, 10), 1.0, "", at(2026, 1, 10));
        goal.log_metric(day(2026, 2, 28), 20.0, "typo", at(2026, 1, 10));
        assert_eq!(goal.pace_status(day(2026, 1, 31)).unwrap().latest, 1.0);
        assert_eq!(
            goal.pace_status(day(2026, 1, 5)),
            None,
            "no reading yet by then"
        );
    }

    #[test]
    fn pace_needs_a_metric_a_deadline_and_a_reading() {
        let mut goal = applications();
        assert_eq!(goal.pace_status(day(2026, 1, 31)), None);
        goal.log_metric(day(2026, 1, 10), 1.0, "", at(2026, 1, 10));
        goal.deadline = None;
        assert_eq!(goal.pace_status(day(2026, 1, 31)), None);
        assert_eq!(goal.pace_line(), None);
        let mut no_metric = with_milestones(&[MilestoneStatus::Planned]);
        no_metric.deadline = Some(day(2026, 3, 1));
        assert_eq!(pace_status(&no_metric, day(2026, 1, 31)), None);
    }

    #[test]
    fn a_deadline_before_the_start_gives_the_target_straight_away() {
        let mut goal = applications();
        goal.deadline = Some(day(2025, 12, 1));
        assert_eq!(goal.expected_value(day(2026, 1, 1)), Some(0.0));
        assert_eq!(goal.expected_value(day(2026, 1, 2)), Some(20.0));
    }

    // ----- ready to achieve -----

    #[test]
    fn ready_when_every_kept_milestone_is_done() {
        use MilestoneStatus::*;
        assert!(with_milestones(&[Done, Dropped, Done]).ready_to_achieve());
        assert!(!with_milestones(&[Done, InProgress]).ready_to_achieve());
        assert!(
            !with_milestones(&[Dropped]).ready_to_achieve(),
            "nothing was done"
        );
        assert!(!with_milestones(&[]).ready_to_achieve());
    }

    #[test]
    fn ready_when_the_latest_reading_reaches_the_target() {
        let mut goal = applications();
        goal.log_metric(day(2026, 2, 1), 19.0, "", at(2026, 2, 1));
        assert!(!ready_to_achieve(&goal));
        goal.log_metric(day(2026, 2, 2), 21.0, "", at(2026, 2, 2));
        assert!(ready_to_achieve(&goal));
    }

    #[test]
    fn not_offered_again_once_achieved_or_for_paused_goals() {
        let mut goal = with_milestones(&[MilestoneStatus::Done]);
        goal.set_status(GoalStatus::Achieved, day(2026, 1, 3), at(2026, 1, 3));
        assert!(!goal.ready_to_achieve());
        goal.set_status(GoalStatus::Paused, day(2026, 1, 3), at(2026, 1, 3));
        assert!(!goal.ready_to_achieve());
    }

    proptest! {
        #[test]
        fn progress_always_stays_between_zero_and_one(
            start in -1000.0f64..1000.0,
            target in -1000.0f64..1000.0,
            value in -5000.0f64..5000.0,
        ) {
            let now = at(2026, 1, 1);
            let mut goal = Goal::new("g".into(), now);
            goal.set_metric(Some(Metric::new("n", "u", start, target)), now);
            goal.log_metric(day(2026, 1, 2), value, "", now);
            if let Some(p) = goal.progress() {
                prop_assert!((0.0..=1.0).contains(&p));
            }
        }

        #[test]
        fn expected_value_stays_between_start_and_target(
            start in -100.0f64..100.0,
            target in -100.0f64..100.0,
            span in 1i64..2000,
            offset in -100i64..2500,
        ) {
            let now = at(2026, 1, 1);
            let mut goal = Goal::new("g".into(), now);
            goal.set_metric(Some(Metric::new("n", "u", start, target)), now);
            let first = day(2026, 1, 1);
            goal.set_deadline(Some(first + chrono::Days::new(span as u64)), now);
            let date = if offset >= 0 {
                first + chrono::Days::new(offset as u64)
            } else {
                first - chrono::Days::new(offset.unsigned_abs())
            };
            if let Some(v) = goal.expected_value(date) {
                let (lo, hi) = (start.min(target), start.max(target));
                prop_assert!(v >= lo - 1e-9 && v <= hi + 1e-9);
            }
        }
    }
}
