//! The coach's group view: one summary row per client's workbook — goals on pace or
//! behind, the last check-in and the streak, the wheel's change since their start and
//! this month's wins. Pure: the workbooks come from files the coach opened.

use chrono::{Datelike, NaiveDate};

use crate::goals::GoalStatus;
use crate::{checkins, closing, Workbook};

/// One client at a glance.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientRow {
    /// The name they gave, if any.
    pub name: Option<String>,
    /// Active goals with a pace to measure that are on it.
    pub on_pace: usize,
    /// Active goals behind their pace.
    pub behind: usize,
    /// Active goals in all (some have no pace to measure).
    pub active: usize,
    pub last_checkin: Option<NaiveDate>,
    /// Check-in periods kept in a row, up to today.
    pub streak: u32,
    /// The wheel average's change since their start, when there are two readings.
    pub wheel_change: Option<f64>,
    /// Wins dated this calendar month, up to today.
    pub wins_this_month: usize,
}

/// The row for one client's workbook on `today`.
pub fn summarise(wb: &Workbook, today: NaiveDate) -> ClientRow {
    // Goals that count from the job search read their readings from the records.
    let goals = crate::search::linked::counted_goals(&wb.goals, &wb.search, today);
    let active: Vec<_> = goals
        .iter()
        .filter(|g| g.status == GoalStatus::Active)
        .collect();
    let paces: Vec<bool> = active
        .iter()
        .filter_map(|g| g.pace_status(today).map(|p| p.behind))
        .collect();
    let behind = paces.iter().filter(|b| **b).count();
    let wheel_change = closing::since(wb)
        .date()
        .and_then(|from| closing::wheel(wb, from, today).average_change());
    ClientRow {
        name: wb.profile.greeting_name().map(str::to_owned),
        on_pace: paces.len() - behind,
        behind,
        active: active.len(),
        last_checkin: wb
            .checkins
            .checkins
            .iter()
            .map(|c| c.date)
            .filter(|d| *d <= today)
            .max(),
        streak: checkins::streak(&wb.checkins, today),
        wheel_change,
        wins_this_month: wb
            .journal
            .wins
            .iter()
            .filter(|w| {
                w.date <= today && w.date.year() == today.year() && w.date.month() == today.month()
            })
            .count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkins::{Cadence, CadencePlan};
    use crate::closing::tests::{checkin_on, wheel_on, win_on};
    use crate::content;
    use crate::goals::{Goal, Metric, MetricEntry};
    use chrono::{TimeZone, Utc};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn measured(id: &str, latest: f64) -> Goal {
        let created = Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).single().unwrap();
        let mut g = Goal::new(id.into(), created);
        g.title = id.into();
        g.metric = Some(Metric::new("Applications", "applications", 0.0, 20.0));
        g.deadline = Some(d(2026, 1, 21));
        g.metric_log = vec![MetricEntry {
            date: d(2026, 1, 11),
            value: latest,
            note: String::new(),
        }];
        g
    }

    #[test]
    fn a_client_row_counts_pace_check_ins_wheel_and_this_months_wins() {
        let mut wb = Workbook::new(Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).single().unwrap());
        wb.profile.name = "Noor".into();
        let mut plain = Goal::new("plain".into(), wb.created_at);
        plain.title = "No measure".into();
        wb.goals = vec![measured("ok", 10.0), measured("slow", 2.0), plain];
        wb.checkins.plan = Some(CadencePlan::new(Cadence::Weekly, d(2026, 1, 5)));
        wb.checkins.checkins = vec![
            checkin_on(d(2026, 1, 5), 5, 5),
            checkin_on(d(2026, 1, 12), 6, 5),
        ];
        wb.discovery.results.insert(
            content::WHEEL_ID.into(),
            vec![
                wheel_on(d(2026, 1, 1), [4; 8]),
                wheel_on(d(2026, 1, 10), [5; 8]),
            ],
        );
        wb.journal.wins = vec![
            win_on(d(2025, 12, 30)),
            win_on(d(2026, 1, 3)),
            win_on(d(2026, 1, 13)),
        ];
        let row = summarise(&wb, d(2026, 1, 13));
        assert_eq!(row.name.as_deref(), Some("Noor"));
        assert_eq!((row.on_pace, row.behind, row.active), (1, 1, 3));
        assert_eq!(row.last_checkin, Some(d(2026, 1, 12)));
        assert_eq!(row.streak, 2);
        assert_eq!(row.wheel_change, Some(1.0));
        assert_eq!(row.wins_this_month, 2);
    }

    #[test]
    fn an_empty_workbook_gives_an_empty_row_not_a_panic() {
        let wb = Workbook::new(Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).single().unwrap());
        let row = summarise(&wb, d(2026, 1, 13));
        assert_eq!(
            row,
            ClientRow {
                name: None,
                on_pace: 0,
                behind: 0,
                active: 0,
                last_checkin: None,
                streak: 0,
                wheel_change: None,
                wins_this_month: 0,
            }
        );
    }
}
