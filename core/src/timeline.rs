//! The timeline: calendar months to page through, and the dated events of a stretch of
//! days (milestones, check-ins done, check-ins due) on one axis. Pure; "today" is always a
//! parameter. The schedule itself is worked out in `checkins`.

use chrono::{Datelike, Months, NaiveDate};

use crate::checkins::{self, Accountability, PeriodState};
use crate::dashboard::{ItemState, MilestoneDue};

/// One calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    first: NaiveDate,
}

impl Month {
    /// The month a date falls in.
    pub fn containing(date: NaiveDate) -> Month {
        Month {
            first: date.with_day(1).unwrap_or(date),
        }
    }

    /// The month for a year and month number (1–12), if it exists.
    pub fn new(year: i32, month: u32) -> Option<Month> {
        NaiveDate::from_ymd_opt(year, month, 1).map(|first| Month { first })
    }

    pub fn year(&self) -> i32 {
        self.first.year()
    }

    /// 1 for January.
    pub fn number(&self) -> u32 {
        self.first.month()
    }

    pub fn first_day(&self) -> NaiveDate {
        self.first
    }

    pub fn last_day(&self) -> NaiveDate {
        self.next()
            .first
            .pred_opt()
            .filter(|d| *d >= self.first)
            .unwrap_or(NaiveDate::MAX)
    }

    /// How many days the month has.
    pub fn days(&self) -> u32 {
        self.last_day().day()
    }

    /// The month after; the last month of the calendar stays put.
    pub fn next(&self) -> Month {
        self.first
            .checked_add_months(Months::new(1))
            .map_or(*self, |first| Month { first })
    }

    /// The month before; the first month of the calendar stays put.
    pub fn prev(&self) -> Month {
        self.first
            .checked_sub_months(Months::new(1))
            .map_or(*self, |first| Month { first })
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.first <= date && date <= self.last_day()
    }

    /// A key for links and form values, such as `2026-03`.
    pub fn key(&self) -> String {
        format!("{:04}-{:02}", self.year(), self.number())
    }

    /// Reads a key made by [`Month::key`]; anything else is `None`.
    pub fn from_key(key: &str) -> Option<Month> {
        let (year, month) = key.trim().split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        Month::new(year.parse().ok()?, month.parse().ok()?)
    }

    /// Where a date sits across the month, from 0 (left edge) to 1 (right edge), at the
    /// middle of its day; `None` outside the month.
    pub fn position(&self, date: NaiveDate) -> Option<f64> {
        self.contains(date)
            .then(|| (f64::from(date.day()) - 0.5) / f64::from(self.days()))
    }
}

/// The days of `month` on which a week begins, for a locale whose weeks start on
/// `first_day` (the caller asks the browser which day that is; this stays locale-free).
pub fn week_starts(month: Month, first_day: chrono::Weekday) -> Vec<NaiveDate> {
    (1..=month.days())
        .filter_map(|d| month.first_day().with_day(d))
        .filter(|d| d.weekday() == first_day)
        .collect()
}

/// What happens on a day of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    /// A milestone due that day (open or done; dropped ones are left out).
    Milestone {
        goal_id: String,
        goal_title: String,
        milestone_id: String,
        title: String,
        done: bool,
    },
    /// A check-in written that day.
    CheckIn { id: String },
    /// A check-in due that day and not kept: missed, open now, or still to come.
    CheckInDue { state: PeriodState },
}

/// One dated event on the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEvent {
    pub date: NaiveDate,
    pub kind: EventKind,
}

impl TimelineEvent {
    fn rank(&self) -> u8 {
        match self.kind {
            EventKind::CheckIn { .. } => 0,
            EventKind::CheckInDue { .. } => 1,
            EventKind::Milestone { .. } => 2,
        }
    }

    fn sort_text(&self) -> &str {
        match &self.kind {
            EventKind::Milestone { title, .. } => title,
            EventKind::CheckIn { id } => id,
            EventKind::CheckInDue { .. } => "",
        }
    }

    /// The event in words, for the list beside the chart.
    pub fn describe(&self) -> String {
        match &self.kind {
            EventKind::Milestone {
                goal_title,
                title,
                done,
                ..
            } => {
                let goal = goal_title.trim();
                let goal = if goal.is_empty() {
                    String::new()
                } else {
                    format!(" ({goal})")
                };
                let state = if *done { "done" } else { "due" };
                format!("Milestone {state}: {}{goal}", title.trim())
            }
            EventKind::CheckIn { .. } => "Check-in done".into(),
            EventKind::CheckInDue { state } => match state {
                PeriodState::Missed => "Check-in that didn't happen".into(),
                PeriodState::Open => "Check-in due now".into(),
                PeriodState::Upcoming | PeriodState::Kept => "Check-in planned".into(),
            },
        }
    }
}

/// Everything dated between `from` and `to` (both included), by date: check-ins written,
/// check-in due dates not kept, and milestones that are open or done.
pub fn timeline(
    milestones: &[MilestoneDue],
    acc: &Accountability,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Vec<TimelineEvent> {
    if to < from {
        return Vec::new();
    }
    let within = |d: NaiveDate| from <= d && d <= to;
    let mut events: Vec<TimelineEvent> = milestones
        .iter()
        .filter(|m| m.state != ItemState::Dropped && within(m.due))
        .map(|m| TimelineEvent {
            date: m.due,
            kind: EventKind::Milestone {
                goal_id: m.goal_id.clone(),
                goal_title: m.goal_title.clone(),
                milestone_id: m.milestone_id.clone(),
                title: m.title.clone(),
                done: m.state == ItemState::Done,
            },
        })
        .collect();
    events.extend(
        acc.checkins
            .iter()
            .filter(|c| within(c.date))
            .map(|c| TimelineEvent {
                date: c.date,
                kind: EventKind::CheckIn { id: c.id.clone() },
            }),
    );
    events.extend(
        checkins::schedule(acc, from, to, today)
            .into_iter()
            .filter(|p| p.state != PeriodState::Kept)
            .map(|p| TimelineEvent {
                date: p.due,
                kind: EventKind::CheckInDue { state: p.state },
            }),
    );
    crate::sort::sort_by(&mut events, |a, b| {
        (a.date, a.rank(), a.sort_text()).cmp(&(b.date, b.rank(), b.sort_text()))
    });
    events
}

/// How many events of each kind a month has, for the chart's label (the UI names the
/// month in the person's locale and writes the counts).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MonthCounts {
    pub milestones: usize,
    pub checkins_done: usize,
    pub checkins_due: usize,
}

impl MonthCounts {
    /// True when nothing is dated in the month.
    pub fn is_empty(&self) -> bool {
        self.milestones + self.checkins_done + self.checkins_due == 0
    }
}

/// The counts of a month's events.
pub fn month_counts(events: &[TimelineEvent]) -> MonthCounts {
    let count = |pick: fn(&EventKind) -> bool| events.iter().filter(|e| pick(&e.kind)).count();
    MonthCounts {
        milestones: count(|k| matches!(k, EventKind::Milestone { .. })),
        checkins_done: count(|k| matches!(k, EventKind::CheckIn { .. })),
        checkins_due: count(|k| matches!(k, EventKind::CheckInDue { .. })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkins::{Cadence, CadencePlan, CheckIn};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn months_know_their_days_neighbours_and_names() {
        let feb = Month::containing(d(2024, 2, 17));
        assert_eq!(feb.first_day(), d(2024, 2, 1));
        assert_eq!(feb.last_day(), d(2024, 2, 29));
        assert_eq!(feb.days(), 29);
        assert_eq!(Month::containing(d(2026, 2, 3)).days(), 28);
        assert_eq!(feb.next(), Month::containing(d(2024, 3, 1)));
        assert_eq!(Month::containing(d(2026, 1, 9)).prev().key(), "2025-12");
        assert_eq!(Month::containing(d(2025, 12, 31)).next().key(), "2026-01");
        assert_eq!((feb.year(), feb.number()), (2024, 2));
        assert!(feb.contains(d(2024, 2, 29)));
        assert!(!feb.contains(d(2024, 3, 1)));
    }

    #[test]
    fn weeks_start_on_the_day_the_caller_names() {
        // November 2026 begins on a Sunday.
        let nov = Month::containing(d(2026, 11, 22));
        let sundays = week_starts(nov, chrono::Weekday::Sun);
        assert_eq!(
            sundays,
            vec![
                d(2026, 11, 1),
                d(2026, 11, 8),
                d(2026, 11, 15),
                d(2026, 11, 22),
                d(2026, 11, 29)
            ]
        );
        let mondays = week_starts(nov, chrono::Weekday::Mon);
        assert_eq!(mondays.first(), Some(&d(2026, 11, 2)));
        assert_eq!(mondays.len(), 5);
        // Saturday-first weeks (common in Arabic-speaking regions).
        assert_eq!(
            week_starts(nov, chrono::Weekday::Sat).first(),
            Some(&d(2026, 11, 7))
        );
    }

    #[test]
    fn month_keys_round_trip_and_nonsense_is_refused() {
        let m = Month::new(2026, 3).unwrap();
        assert_eq!(m.key(), "2026-03");
        assert_eq!(Month::from_key("2026-03"), Some(m));
        for bad in [
            "",
            "2026-13",
            "2026-3",
            "march",
            "26-03",
            "2026-00",
            "2026-03-01",
        ] {
            assert_eq!(Month::from_key(bad), None, "{bad}");
        }
    }

    #[test]
    fn positions_run_across_the_month_at_the_middle_of_each_day() {
        let m = Month::new(2026, 4).unwrap(); // 30 days
        assert_eq!(m.position(d(2026, 4, 1)), Some(0.5 / 30.0));
        assert_eq!(m.position(d(2026, 4, 30)), Some(29.5 / 30.0));
        assert_eq!(m.position(d(2026, 5, 1)), None);
    }

    fn milestone(id: &str, due: NaiveDate, state: ItemState) -> MilestoneDue {
        MilestoneDue {
            goal_id: "g1".into(),
            goal_title: "Land a research role".into(),
            milestone_id: id.into(),
            title: format!("Step {id}"),
            due,
            state,
        }
    }

    fn sample() -> (Vec<MilestoneDue>, Accountability) {
        let milestones = vec![
            milestone("m1", d(2026, 1, 12), ItemState::Open),
            milestone("m2", d(2026, 1, 20), ItemState::Done),
            milestone("m3", d(2026, 1, 21), ItemState::Dropped),
            milestone("m4", d(2026, 2, 2), ItemState::Open),
        ];
        let acc = Accountability {
            plan: Some(CadencePlan::new(Cadence::Weekly, d(2026, 1, 5))),
            checkins: vec![CheckIn {
                id: "k1".into(),
                date: d(2026, 1, 6),
                confidence: 6,
                energy: 6,
                ..Default::default()
            }],
            ..Default::default()
        };
        (milestones, acc)
    }

    #[test]
    fn the_timeline_merges_milestones_checkins_and_due_dates_by_date() {
        let (ms, acc) = sample();
        let events = timeline(&ms, &acc, d(2026, 1, 1), d(2026, 1, 31), d(2026, 1, 20));
        let view: Vec<(NaiveDate, String)> =
            events.iter().map(|e| (e.date, e.describe())).collect();
        assert_eq!(
            view,
            [
                (d(2026, 1, 6), "Check-in done".to_string()),
                (d(2026, 1, 12), "Check-in that didn't happen".into()),
                (
                    d(2026, 1, 12),
                    "Milestone due: Step m1 (Land a research role)".into()
                ),
                (d(2026, 1, 19), "Check-in due now".into()),
                (
                    d(2026, 1, 20),
                    "Milestone done: Step m2 (Land a research role)".into()
                ),
                (d(2026, 1, 26), "Check-in planned".into()),
            ]
        );
    }

    #[test]
    fn an_empty_or_backwards_range_has_no_events() {
        let (ms, acc) = sample();
        assert!(timeline(&ms, &acc, d(2026, 1, 31), d(2026, 1, 1), d(2026, 1, 20)).is_empty());
        let none = timeline(
            &[],
            &Accountability::default(),
            d(2026, 1, 1),
            d(2026, 1, 31),
            d(2026, 1, 20),
        );
        assert!(none.is_empty());
        assert!(month_counts(&none).is_empty());
    }

    #[test]
    fn a_month_is_described_in_counts() {
        let (ms, acc) = sample();
        let events = timeline(&ms, &acc, d(2026, 1, 1), d(2026, 1, 31), d(2026, 1, 20));
        let counts = month_counts(&events);
        assert_eq!(
            counts,
            MonthCounts {
                milestones: 2,
                checkins_done: 1,
                checkins_due: 3
            }
        );
        assert!(!counts.is_empty());
    }
}
