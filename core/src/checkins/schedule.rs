//! The schedule: each due date's period, which periods were kept or missed, the next
//! check-in owed, the streak, and changing or stopping the cadence.

use chrono::{DateTime, Days, NaiveDate, Utc};

use super::{Accountability, CadencePlan, RetiredPlan, EARLY_GRACE_DAYS};

/// Days of schedule computed beyond the dates asked about; longer than any period, so
/// every period's neighbours are known.
const MARGIN_DAYS: u64 = 70;

impl Accountability {
    /// Starts, changes or (with `None`) stops the check-in cadence on `today`. The old plan
    /// is kept in `earlier_plans` so past periods and the streak keep their meaning.
    pub fn set_plan(&mut self, plan: Option<CadencePlan>, today: NaiveDate, now: DateTime<Utc>) {
        if plan == self.plan {
            return;
        }
        if let Some(old) = self.plan {
            let until = match plan {
                Some(new) => new.start,
                None => self.stop_date(today),
            };
            self.earlier_plans.push(RetiredPlan { plan: old, until });
        }
        self.plan = plan;
        self.plan_changed_at = now;
    }

    /// Where the current plan ends when check-ins are turned off on `today`: after the
    /// period running today if it was kept, before it if not.
    fn stop_date(&self, today: NaiveDate) -> NaiveDate {
        let periods = outcomes(self, today);
        match periods.iter().find(|p| p.contains(today)) {
            Some(p) if p.kept_by.is_some() => p.closes,
            Some(p) => p.due,
            None => today,
        }
    }
}

/// Where one due date stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodState {
    /// A check-in fell inside the period.
    Kept,
    /// The period closed without a check-in.
    Missed,
    /// The period is running today and has no check-in yet (it may be overdue).
    Open,
    /// The period has not opened yet.
    Upcoming,
}

/// One due date of the schedule and the window of days that count for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduledCheckIn {
    pub due: NaiveDate,
    /// First day a check-in counts for this due date.
    pub opens: NaiveDate,
    /// First day it no longer counts (exclusive end).
    pub closes: NaiveDate,
    /// The earliest check-in inside the window.
    pub kept_by: Option<String>,
    pub state: PeriodState,
}

impl ScheduledCheckIn {
    fn contains(&self, date: NaiveDate) -> bool {
        self.opens <= date && date < self.closes
    }
}

/// The plans in order, each with the date its due dates must stay before.
fn segments(acc: &Accountability) -> Vec<(CadencePlan, Option<NaiveDate>)> {
    let mut plans: Vec<(CadencePlan, Option<NaiveDate>)> = acc
        .earlier_plans
        .iter()
        .map(|r| (r.plan, Some(r.until)))
        .collect();
    if let Some(plan) = acc.plan {
        plans.push((plan, None));
    }
    // A later plan overrides any earlier one from its start, even one started back-dated.
    let mut later_start: Option<NaiveDate> = None;
    for (plan, cutoff) in plans.iter_mut().rev() {
        if let Some(start) = later_start {
            *cutoff = Some(cutoff.map_or(start, |c| c.min(start)));
        }
        later_start = Some(later_start.map_or(plan.start, |s| s.min(plan.start)));
    }
    plans
}

fn minus_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days))
        .unwrap_or(NaiveDate::MIN)
}

fn plus_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

/// Every period whose due date lies in `[lower, upper]`, with its window and outcome.
/// Windows near `lower` may be slightly off, so callers pass a margin.
fn periods(
    acc: &Accountability,
    lower: NaiveDate,
    upper: NaiveDate,
    today: NaiveDate,
) -> Vec<ScheduledCheckIn> {
    let segs = segments(acc);
    // (due, next due of the same plan, the plan's cutoff)
    let mut dues: Vec<(NaiveDate, Option<NaiveDate>, Option<NaiveDate>)> = Vec::new();
    for (plan, cutoff) in &segs {
        let mut n = plan.first_index_on_or_after(lower);
        while let Some(due) = plan.due(n) {
            if due > upper || cutoff.is_some_and(|c| due >= c) {
                break;
            }
            let next = n.checked_add(1).and_then(|m| plan.due(m));
            dues.push((due, next, *cutoff));
            match n.checked_add(1) {
                Some(m) => n = m,
                None => break,
            }
        }
    }
    let opens: Vec<NaiveDate> = dues
        .iter()
        .enumerate()
        .map(|(i, (due, _, _))| {
            let early = minus_days(*due, EARLY_GRACE_DAYS);
            match i.checked_sub(1).and_then(|j| dues.get(j)) {
                // Never let the early grace reach back over the previous due date.
                Some((prev, _, _)) => early.max(plus_days(*prev, 1)),
                None => early,
            }
        })
        .collect();

    let mut dates: Vec<(NaiveDate, &str)> = acc
        .checkins
        .iter()
        .map(|c| (c.date, c.id.as_str()))
        .collect();
    crate::sort::sort_by(&mut dates, Ord::cmp);

    dues.iter()
        .zip(&opens)
        .enumerate()
        .map(|(i, ((due, next, cutoff), &opens_on))| {
            let mut closes = next.map_or(NaiveDate::MAX, |n| minus_days(n, EARLY_GRACE_DAYS));
            if let Some(c) = cutoff {
                closes = closes.min(*c);
            }
            if let Some(o) = opens.get(i + 1) {
                closes = closes.min(*o);
            }
            let first = dates.partition_point(|(d, _)| *d < opens_on);
            let kept_by = dates
                .get(first)
                .filter(|(d, _)| *d < closes)
                .map(|(_, id)| (*id).to_owned());
            let state = if kept_by.is_some() {
                PeriodState::Kept
            } else if closes <= today {
                PeriodState::Missed
            } else if opens_on <= today {
                PeriodState::Open
            } else {
                PeriodState::Upcoming
            };
            ScheduledCheckIn {
                due: *due,
                opens: opens_on,
                closes,
                kept_by,
                state,
            }
        })
        .collect()
}

/// Periods around today, reaching back far enough to cover every check-in.
fn outcomes(acc: &Accountability, today: NaiveDate) -> Vec<ScheduledCheckIn> {
    let earliest = acc
        .checkins
        .iter()
        .map(|c| c.date)
        .min()
        .map_or(today, |d| d.min(today));
    periods(
        acc,
        minus_days(earliest, MARGIN_DAYS),
        plus_days(today, MARGIN_DAYS),
        today,
    )
}

/// The due dates in `[from, to]`, with their windows and outcomes as of `today`; for the
/// timeline and the history list.
pub fn schedule(
    acc: &Accountability,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Vec<ScheduledCheckIn> {
    periods(
        acc,
        minus_days(from, MARGIN_DAYS),
        plus_days(to, MARGIN_DAYS),
        today,
    )
    .into_iter()
    .filter(|p| from <= p.due && p.due <= to)
    .collect()
}

/// How a due date stands against today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueStatus {
    Upcoming { days: i64 },
    Today,
    Overdue { days: i64 },
}

/// The next check-in the person owes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextCheckIn {
    pub due: NaiveDate,
    pub status: DueStatus,
}

impl NextCheckIn {
    pub fn new(due: NaiveDate, today: NaiveDate) -> Self {
        let days = (due - today).num_days();
        let status = match days {
            0 => DueStatus::Today,
            d if d > 0 => DueStatus::Upcoming { days: d },
            d => DueStatus::Overdue { days: -d },
        };
        NextCheckIn { due, status }
    }

    /// Days from today to the due date; negative when overdue.
    pub fn days_until(&self) -> i64 {
        match self.status {
            DueStatus::Upcoming { days } => days,
            DueStatus::Today => 0,
            DueStatus::Overdue { days } => -days,
        }
    }

    pub fn days_overdue(&self) -> i64 {
        match self.status {
            DueStatus::Overdue { days } => days,
            _ => 0,
        }
    }

    pub fn is_overdue(&self) -> bool {
        matches!(self.status, DueStatus::Overdue { .. })
    }

    /// One friendly sentence for the dashboard.
    pub fn summary(&self) -> String {
        match self.status {
            DueStatus::Upcoming { days: 1 } => "Your next check-in is tomorrow.".into(),
            DueStatus::Upcoming { days } => format!("Your next check-in is in {days} days."),
            DueStatus::Today => "Your check-in is due today.".into(),
            DueStatus::Overdue { days: 1 } => {
                "Your check-in was due yesterday. Whenever you're ready.".into()
            }
            DueStatus::Overdue { days } => {
                format!("Your check-in was due {days} days ago. Whenever you're ready.")
            }
        }
    }
}

/// The check-in owed next: the one running today if it isn't kept yet (possibly
/// overdue), else the next due date. `None` when no cadence is set.
pub fn next_checkin(acc: &Accountability, today: NaiveDate) -> Option<NextCheckIn> {
    acc.plan?;
    let list = outcomes(acc, today);
    let from = match list.iter().position(|p| p.contains(today)) {
        Some(i) if list[i].kept_by.is_none() => return Some(NextCheckIn::new(list[i].due, today)),
        Some(i) => i + 1,
        None => list.partition_point(|p| p.opens <= today),
    };
    list.get(from..)
        .unwrap_or_default()
        .iter()
        .find(|p| p.kept_by.is_none())
        .map(|p| NextCheckIn::new(p.due, today))
}

/// How many periods in a row, up to today, had a check-in. The period running today
/// counts once kept and does not break the streak while still open.
pub fn streak(acc: &Accountability, today: NaiveDate) -> u32 {
    let list = outcomes(acc, today);
    let mut past = list.iter().rev().skip_while(|p| p.opens > today).peekable();
    if past.peek().is_some_and(|p| p.state == PeriodState::Open) {
        past.next();
    }
    let kept = past.take_while(|p| p.kept_by.is_some()).count();
    u32::try_from(kept).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkins::test_support::*;
    use crate::checkins::Cadence;

    #[test]
    fn no_cadence_means_no_next_checkin() {
        assert_eq!(
            next_checkin(&Accountability::default(), d(2026, 1, 5)),
            None
        );
    }

    #[test]
    fn before_the_start_the_first_due_date_is_next() {
        let acc = weekly_from(d(2026, 1, 5));
        let next = next_checkin(&acc, d(2025, 12, 29)).unwrap();
        assert_eq!(next.due, d(2026, 1, 5));
        assert_eq!(next.status, DueStatus::Upcoming { days: 7 });
    }

    #[test]
    fn on_the_due_date_the_checkin_is_due_today() {
        let acc = weekly_from(d(2026, 1, 5));
        let next = next_checkin(&acc, d(2026, 1, 5)).unwrap();
        assert_eq!(next.status, DueStatus::Today);
        assert_eq!(next.summary(), "Your check-in is due today.");
    }

    #[test]
    fn a_missed_due_date_is_overdue_by_whole_days() {
        let acc = weekly_from(d(2026, 1, 5));
        let next = next_checkin(&acc, d(2026, 1, 8)).unwrap();
        assert_eq!(next.due, d(2026, 1, 5));
        assert_eq!(next.status, DueStatus::Overdue { days: 3 });
        assert_eq!(next.days_overdue(), 3);
        assert_eq!(next.days_until(), -3);
        assert!(next.is_overdue());
    }

    #[test]
    fn a_checkin_after_the_due_date_moves_next_to_the_following_week() {
        let acc = with_checkins(weekly_from(d(2026, 1, 5)), &[d(2026, 1, 6)]);
        let next = next_checkin(&acc, d(2026, 1, 8)).unwrap();
        assert_eq!(next.due, d(2026, 1, 12));
        assert_eq!(next.status, DueStatus::Upcoming { days: 4 });
        assert_eq!(next.summary(), "Your next check-in is in 4 days.");
    }

    #[test]
    fn an_unkept_week_stops_nagging_once_the_next_window_opens() {
        // Due Monday 5 Jan; by Saturday 10 Jan the window for Monday 12 Jan is open.
        let acc = weekly_from(d(2026, 1, 5));
        let next = next_checkin(&acc, d(2026, 1, 10)).unwrap();
        assert_eq!(next.due, d(2026, 1, 12));
        assert_eq!(next.status, DueStatus::Upcoming { days: 2 });
    }

    #[test]
    fn checking_in_two_days_early_counts_for_the_coming_due_date() {
        let acc = with_checkins(weekly_from(d(2026, 1, 5)), &[d(2026, 1, 10)]);
        let next = next_checkin(&acc, d(2026, 1, 11)).unwrap();
        assert_eq!(next.due, d(2026, 1, 19));
    }

    #[test]
    fn checking_in_three_days_early_still_belongs_to_the_week_before() {
        let acc = with_checkins(weekly_from(d(2026, 1, 5)), &[d(2026, 1, 9)]);
        let next = next_checkin(&acc, d(2026, 1, 11)).unwrap();
        assert_eq!(next.due, d(2026, 1, 12));
        assert_eq!(next.summary(), "Your next check-in is tomorrow.");
        let periods = schedule(&acc, d(2026, 1, 1), d(2026, 1, 12), d(2026, 1, 11));
        assert_eq!(periods[0].kept_by.as_deref(), Some("k1"));
        assert_eq!(periods[0].opens, d(2026, 1, 3));
        assert_eq!(periods[0].closes, d(2026, 1, 10));
    }

    #[test]
    fn monthly_checkins_across_month_ends_keep_the_schedule() {
        // Due 31 Jan, 28 Feb, 31 Mar, 30 Apr. Windows open two days early.
        let acc = with_checkins(
            monthly_from(d(2026, 1, 31)),
            &[d(2026, 2, 2), d(2026, 2, 27), d(2026, 3, 30)],
        );
        let today = d(2026, 4, 1);
        let next = next_checkin(&acc, today).unwrap();
        assert_eq!(next.due, d(2026, 4, 30));
        assert_eq!(next.status, DueStatus::Upcoming { days: 29 });
        assert_eq!(streak(&acc, today), 3);
        let periods = schedule(&acc, d(2026, 1, 1), d(2026, 4, 30), today);
        assert_eq!(
            dues(&periods),
            [
                d(2026, 1, 31),
                d(2026, 2, 28),
                d(2026, 3, 31),
                d(2026, 4, 30)
            ]
        );
        assert_eq!(periods[1].opens, d(2026, 2, 26));
        assert_eq!(periods[1].closes, d(2026, 3, 29));
        assert_eq!(periods[3].state, PeriodState::Upcoming);
    }

    #[test]
    fn monthly_checkin_is_due_on_29_february_in_a_leap_year() {
        let acc = with_checkins(monthly_from(d(2028, 1, 31)), &[d(2028, 1, 31)]);
        let on_the_day = next_checkin(&acc, d(2028, 2, 29)).unwrap();
        assert_eq!(on_the_day.due, d(2028, 2, 29));
        assert_eq!(on_the_day.status, DueStatus::Today);
        let after = next_checkin(&acc, d(2028, 3, 1)).unwrap();
        assert_eq!(after.status, DueStatus::Overdue { days: 1 });
        assert_eq!(
            after.summary(),
            "Your check-in was due yesterday. Whenever you're ready."
        );
    }

    #[test]
    fn monthly_checkin_is_due_on_28_february_in_other_years() {
        let acc = monthly_from(d(2027, 1, 31));
        let next = next_checkin(&acc, d(2027, 3, 2)).unwrap();
        assert_eq!(next.due, d(2027, 2, 28));
        assert_eq!(next.status, DueStatus::Overdue { days: 2 });
    }

    #[test]
    fn streak_counts_each_week_with_a_checkin() {
        // Due Mondays from 5 Jan; the Saturday check-in is early for 26 Jan.
        let acc = with_checkins(
            weekly_from(d(2026, 1, 5)),
            &[
                d(2026, 1, 5),
                d(2026, 1, 13),
                d(2026, 1, 20),
                d(2026, 1, 24),
            ],
        );
        assert_eq!(streak(&acc, d(2026, 1, 28)), 4);
    }

    #[test]
    fn a_missed_week_breaks_the_streak() {
        let acc = with_checkins(
            weekly_from(d(2026, 1, 5)),
            &[d(2026, 1, 5), d(2026, 1, 20), d(2026, 1, 24)],
        );
        assert_eq!(streak(&acc, d(2026, 1, 28)), 2);
    }

    #[test]
    fn the_week_still_running_does_not_break_the_streak() {
        let acc = with_checkins(
            weekly_from(d(2026, 1, 5)),
            &[d(2026, 1, 5), d(2026, 1, 13), d(2026, 1, 20)],
        );
        assert_eq!(streak(&acc, d(2026, 1, 28)), 3);
    }

    #[test]
    fn the_streak_ends_once_an_unkept_week_closes() {
        let acc = with_checkins(
            weekly_from(d(2026, 1, 5)),
            &[d(2026, 1, 5), d(2026, 1, 13), d(2026, 1, 20)],
        );
        // The window for 26 Jan closed on Saturday 31 Jan with no check-in.
        assert_eq!(streak(&acc, d(2026, 2, 1)), 0);
    }

    #[test]
    fn two_checkins_in_one_week_count_once() {
        let acc = with_checkins(weekly_from(d(2026, 1, 5)), &[d(2026, 1, 5), d(2026, 1, 6)]);
        assert_eq!(streak(&acc, d(2026, 1, 14)), 1);
    }

    #[test]
    fn no_cadence_and_no_history_means_no_streak() {
        let acc = with_checkins(Accountability::default(), &[d(2026, 1, 5)]);
        assert_eq!(streak(&acc, d(2026, 1, 14)), 0);
    }

    #[test]
    fn changing_cadence_keeps_the_old_plan_until_the_new_start() {
        let acc = weekly_then_monthly();
        assert_eq!(acc.earlier_plans.len(), 1);
        assert_eq!(acc.earlier_plans[0].until, d(2026, 2, 1));
        assert_eq!(acc.plan_changed_at, at(2026, 1, 21));
        let periods = schedule(&acc, d(2026, 1, 1), d(2026, 3, 31), d(2026, 1, 21));
        assert_eq!(
            dues(&periods),
            [
                d(2026, 1, 5),
                d(2026, 1, 12),
                d(2026, 1, 19),
                d(2026, 1, 26),
                d(2026, 2, 1),
                d(2026, 3, 1)
            ]
        );
        // The last weekly window gives way to the first monthly one.
        assert_eq!(periods[3].closes, d(2026, 1, 30));
        assert_eq!(periods[4].opens, d(2026, 1, 30));
        let next = next_checkin(&acc, d(2026, 1, 21)).unwrap();
        assert_eq!(next.due, d(2026, 1, 26));
    }

    #[test]
    fn the_streak_carries_across_a_cadence_change() {
        let acc = with_checkins(weekly_then_monthly(), &[d(2026, 1, 27), d(2026, 2, 3)]);
        let today = d(2026, 2, 10);
        assert_eq!(streak(&acc, today), 5);
        let next = next_checkin(&acc, today).unwrap();
        assert_eq!(next.due, d(2026, 3, 1));
        assert_eq!(next.status, DueStatus::Upcoming { days: 19 });
    }

    #[test]
    fn a_back_dated_new_plan_overrides_the_old_one_from_its_start() {
        let mut acc = weekly_from(d(2026, 1, 5));
        acc.set_plan(
            Some(CadencePlan::new(Cadence::Fortnightly, d(2026, 1, 12))),
            d(2026, 1, 21),
            at(2026, 1, 21),
        );
        let periods = schedule(&acc, d(2026, 1, 1), d(2026, 2, 9), d(2026, 1, 21));
        assert_eq!(
            dues(&periods),
            [d(2026, 1, 5), d(2026, 1, 12), d(2026, 1, 26), d(2026, 2, 9)]
        );
    }

    #[test]
    fn setting_the_same_plan_again_changes_nothing() {
        let mut acc = weekly_from(d(2026, 1, 5));
        let before = acc.clone();
        acc.set_plan(acc.plan, d(2026, 1, 21), at(2026, 1, 21));
        assert_eq!(acc, before);
    }

    #[test]
    fn turning_checkins_off_drops_the_unkept_week_and_keeps_the_streak() {
        let mut acc = with_checkins(weekly_from(d(2026, 1, 5)), &[d(2026, 1, 5), d(2026, 1, 12)]);
        acc.set_plan(None, d(2026, 1, 21), at(2026, 1, 21));
        assert_eq!(acc.plan, None);
        assert_eq!(acc.earlier_plans[0].until, d(2026, 1, 19));
        assert_eq!(next_checkin(&acc, d(2026, 2, 20)), None);
        assert_eq!(streak(&acc, d(2026, 2, 20)), 2);
    }

    #[test]
    fn turning_checkins_off_after_checking_in_keeps_that_week() {
        let mut acc = with_checkins(
            weekly_from(d(2026, 1, 5)),
            &[d(2026, 1, 5), d(2026, 1, 12), d(2026, 1, 20)],
        );
        acc.set_plan(None, d(2026, 1, 21), at(2026, 1, 21));
        assert_eq!(acc.earlier_plans[0].until, d(2026, 1, 24));
        assert_eq!(streak(&acc, d(2026, 2, 20)), 3);
    }

    #[test]
    fn a_pause_between_plans_does_not_break_the_streak() {
        let mut acc = with_checkins(weekly_from(d(2026, 1, 5)), &[d(2026, 1, 5), d(2026, 1, 12)]);
        acc.set_plan(None, d(2026, 1, 21), at(2026, 1, 21));
        acc.set_plan(
            Some(CadencePlan::new(Cadence::Weekly, d(2026, 3, 2))),
            d(2026, 2, 20),
            at(2026, 2, 20),
        );
        assert_eq!(acc.earlier_plans.len(), 1);
        let acc = with_checkins(acc, &[d(2026, 3, 2)]);
        assert_eq!(streak(&acc, d(2026, 3, 4)), 3);
        assert_eq!(
            next_checkin(&acc, d(2026, 3, 4)).unwrap().due,
            d(2026, 3, 9)
        );
    }

    #[test]
    fn schedule_marks_kept_missed_open_and_upcoming_periods() {
        let acc = with_checkins(weekly_from(d(2026, 1, 5)), &[d(2026, 1, 6)]);
        let periods = schedule(&acc, d(2026, 1, 1), d(2026, 1, 31), d(2026, 1, 20));
        let states: Vec<_> = periods.iter().map(|p| p.state).collect();
        assert_eq!(
            states,
            [
                PeriodState::Kept,
                PeriodState::Missed,
                PeriodState::Open,
                PeriodState::Upcoming
            ]
        );
    }

    #[test]
    fn a_start_date_centuries_ago_is_still_quick_and_correct() {
        let acc = with_checkins(weekly_from(d(1, 1, 1)), &[d(2026, 1, 6)]);
        // 1 Jan of year 1 was a Monday, so every Monday is a due date.
        let next = next_checkin(&acc, d(2026, 1, 7)).unwrap();
        assert_eq!(next.due, d(2026, 1, 12));
        assert_eq!(streak(&acc, d(2026, 1, 7)), 1);
    }
}
