//! The closing review: where a person started and where they are now. "The start" is
//! the first session of their coaching engagement, or, without one, the day of their
//! first records. It compares the satisfaction wheel and check-in confidence at the
//! start with the latest, and counts what happened since: goals done, wins, check-ins.

use chrono::NaiveDate;

use crate::checkins::CheckIn;
use crate::discover::{compare, CompareRow, InstrumentResult};
use crate::goals::GoalStatus;
use crate::{content, engagement, Workbook};

/// Where the comparison starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    /// The first session of the engagement, on this day.
    Engagement(NaiveDate),
    /// The day of the person's first records.
    FirstRecords(NaiveDate),
    /// Nothing written yet.
    Nothing,
}

impl Since {
    /// The day counted from, if any.
    pub fn date(self) -> Option<NaiveDate> {
        match self {
            Since::Engagement(d) | Since::FirstRecords(d) => Some(d),
            Since::Nothing => None,
        }
    }
}

/// The wheel then and now.
#[derive(Debug, Clone, PartialEq)]
pub enum WheelThenNow {
    /// No wheel yet.
    None,
    /// One reading only (nothing to compare it with yet), on this day.
    One { on: NaiveDate },
    /// The reading at the start and the latest: one row per area, then the average.
    Compared {
        start: NaiveDate,
        now: NaiveDate,
        rows: Vec<CompareRow>,
    },
}

impl WheelThenNow {
    /// The average's change, when there are two readings.
    pub fn average_change(&self) -> Option<f64> {
        match self {
            WheelThenNow::Compared { rows, .. } => rows
                .iter()
                .find(|r| r.id == "average")
                .and_then(|r| r.delta),
            _ => None,
        }
    }
}

/// A 1–10 reading at the start and the latest, with their days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThenNow {
    pub start: u8,
    pub start_on: NaiveDate,
    pub now: u8,
    pub now_on: NaiveDate,
}

impl ThenNow {
    /// Now minus the start.
    pub fn change(&self) -> i16 {
        i16::from(self.now) - i16::from(self.start)
    }

    /// True when both readings are the same check-in.
    pub fn is_one_reading(&self) -> bool {
        self.start_on == self.now_on
    }
}

/// A goal reached since the start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalDone {
    pub id: String,
    pub title: String,
    pub on: NaiveDate,
}

/// Everything the closing review shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Closing {
    pub since: Since,
    /// True once the engagement's last session has passed.
    pub engagement_ended: bool,
    pub wheel: WheelThenNow,
    pub confidence: Option<ThenNow>,
    pub energy: Option<ThenNow>,
    /// Goals marked achieved since the start, oldest first.
    pub goals_done: Vec<GoalDone>,
    /// Goals set since the start (achieved or not).
    pub goals_set: usize,
    /// Wins dated since the start, up to today.
    pub wins: usize,
    /// Check-ins dated since the start, up to today.
    pub checkins: usize,
}

/// The day of the person's first records: the earliest wheel or exercise result,
/// check-in, goal or win.
pub fn first_record_day(wb: &Workbook) -> Option<NaiveDate> {
    let results = wb
        .discovery
        .results
        .values()
        .flatten()
        .map(|r| r.taken_at.date_naive());
    let checkins = wb.checkins.checkins.iter().map(|c| c.date);
    let goals = wb.goals.iter().map(|g| g.created_at.date_naive());
    let wins = wb.journal.wins.iter().map(|w| w.date);
    results
        .chain(checkins)
        .chain(goals)
        .chain(wins)
        .filter(|d| *d > NaiveDate::default())
        .min()
}

/// Where the review counts from: the engagement's first session, else the first records.
pub fn since(wb: &Workbook) -> Since {
    if let Some((_, e)) = engagement::current(wb) {
        return Since::Engagement(e.start);
    }
    first_record_day(wb).map_or(Since::Nothing, Since::FirstRecords)
}

/// The reading at the start: the latest on or before `since`, else the first after it.
fn at_start<T>(list: &[T], since: NaiveDate, day: impl Fn(&T) -> NaiveDate) -> Option<&T> {
    list.iter()
        .filter(|x| day(x) <= since)
        .max_by_key(|x| day(x))
        .or_else(|| list.iter().min_by_key(|x| day(x)))
}

/// The wheel at the start and the latest one, up to `today`.
pub fn wheel(wb: &Workbook, since: NaiveDate, today: NaiveDate) -> WheelThenNow {
    let day = |r: &InstrumentResult| r.taken_at.date_naive();
    let list: Vec<InstrumentResult> = wb
        .discovery
        .history(content::WHEEL_ID)
        .iter()
        .filter(|r| day(r) <= today)
        .cloned()
        .collect();
    let (Some(start), Some(now)) = (
        at_start(&list, since, day),
        list.iter().max_by_key(|r| r.taken_at),
    ) else {
        return WheelThenNow::None;
    };
    if start.taken_at >= now.taken_at {
        return WheelThenNow::One { on: day(now) };
    }
    let rows = compare(start, now)
        .rows
        .into_iter()
        .filter(|r| r.before.is_some() || r.after.is_some())
        .collect();
    WheelThenNow::Compared {
        start: day(start),
        now: day(now),
        rows,
    }
}

/// A check-in reading (confidence or energy) at the start and the latest, up to
/// `today`; readings outside 1–10 (missing in old files) are left out.
fn reading(
    list: &[CheckIn],
    since: NaiveDate,
    today: NaiveDate,
    value: fn(&CheckIn) -> u8,
) -> Option<ThenNow> {
    let usable: Vec<&CheckIn> = list
        .iter()
        .filter(|c| c.date <= today && (1..=10).contains(&value(c)))
        .collect();
    let start = at_start(&usable, since, |c| c.date)?;
    let now = usable.iter().max_by_key(|c| (c.date, c.created_at))?;
    Some(ThenNow {
        start: value(start),
        start_on: start.date,
        now: value(now),
        now_on: now.date,
    })
}

/// The closing review of `wb` on `today`.
pub fn closing(wb: &Workbook, today: NaiveDate) -> Closing {
    let since = since(wb);
    let engagement_ended = engagement::current(wb).is_some_and(|(_, e)| e.has_ended(today));
    let Some(from) = since.date() else {
        return Closing {
            since,
            engagement_ended,
            wheel: WheelThenNow::None,
            confidence: None,
            energy: None,
            goals_done: Vec::new(),
            goals_set: 0,
            wins: 0,
            checkins: 0,
        };
    };
    let within = |d: NaiveDate| d >= from && d <= today;
    let mut goals_done: Vec<GoalDone> = wb
        .goals
        .iter()
        .filter(|g| g.status == GoalStatus::Achieved)
        .filter_map(|g| {
            let on = g.achieved_on.filter(|d| within(*d))?;
            Some(GoalDone {
                id: g.id.clone(),
                title: g.title.clone(),
                on,
            })
        })
        .collect();
    crate::sort::sort_by(&mut goals_done, |a, b| (a.on, &a.id).cmp(&(b.on, &b.id)));
    Closing {
        since,
        engagement_ended,
        wheel: wheel(wb, from, today),
        confidence: reading(&wb.checkins.checkins, from, today, |c| c.confidence),
        energy: reading(&wb.checkins.checkins, from, today, |c| c.energy),
        goals_done,
        goals_set: wb
            .goals
            .iter()
            .filter(|g| within(g.created_at.date_naive()))
            .count(),
        wins: wb.journal.wins.iter().filter(|w| within(w.date)).count(),
        checkins: wb
            .checkins
            .checkins
            .iter()
            .filter(|c| within(c.date))
            .count(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::discover::{Outcome, Rating, Ratings};
    use crate::engagement::Engagement;
    use crate::goals::Goal;
    use crate::journal::Win;
    use crate::program::{accept, tests::typical};
    use chrono::{DateTime, TimeZone, Utc};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn at(date: NaiveDate) -> DateTime<Utc> {
        Utc.from_utc_datetime(&date.and_hms_opt(10, 0, 0).unwrap())
    }

    /// The wheel's areas, in content order.
    fn areas() -> Vec<&'static str> {
        content::WHEEL
            .items
            .iter()
            .filter(|i| matches!(i.kind, crate::discover::ItemKind::Rating(_)))
            .map(|i| i.id)
            .collect()
    }

    /// A wheel result on `date` with these eight ratings.
    pub fn wheel_on(date: NaiveDate, values: [u8; 8]) -> InstrumentResult {
        let total: u32 = values.iter().map(|v| u32::from(*v)).sum();
        InstrumentResult {
            instrument: content::WHEEL_ID.into(),
            taken_at: at(date),
            answers: Default::default(),
            outcome: Outcome::Ratings(Ratings {
                scores: areas()
                    .into_iter()
                    .zip(values)
                    .map(|(id, value)| Rating {
                        id: id.into(),
                        value,
                    })
                    .collect(),
                average: (f64::from(total) / 8.0 * 10.0).round() / 10.0,
                lowest: Vec::new(),
                focus: None,
            }),
        }
    }

    pub fn checkin_on(date: NaiveDate, confidence: u8, energy: u8) -> CheckIn {
        CheckIn {
            id: format!("k-{date}"),
            date,
            did: "Something".into(),
            confidence,
            energy,
            created_at: at(date),
            updated_at: at(date),
            ..Default::default()
        }
    }

    pub fn win_on(date: NaiveDate) -> Win {
        Win {
            id: format!("w-{date}"),
            date,
            what_happened: "A step".into(),
            ..Default::default()
        }
    }

    pub fn achieved(id: &str, created: NaiveDate, on: Option<NaiveDate>) -> Goal {
        let mut g = Goal::new(id.into(), at(created));
        g.title = format!("Goal {id}");
        if let Some(on) = on {
            g.status = GoalStatus::Achieved;
            g.achieved_on = Some(on);
        }
        g
    }

    /// A person coached from 5 January 2026 (six sessions, two weeks apart).
    fn coached() -> Workbook {
        let mut wb = Workbook::new(at(d(2025, 11, 1)));
        let mut p = typical();
        p.engagement = Some(Engagement::new(d(2026, 1, 5), 6, 2));
        accept(&mut wb, &p, at(d(2026, 1, 1)));
        wb.discovery.results.insert(
            content::WHEEL_ID.into(),
            vec![
                wheel_on(d(2025, 11, 10), [3; 8]),
                wheel_on(d(2026, 1, 2), [4, 4, 4, 4, 4, 4, 4, 4]),
                wheel_on(d(2026, 3, 10), [6, 5, 7, 4, 6, 5, 6, 5]),
            ],
        );
        wb.checkins.checkins = vec![
            checkin_on(d(2025, 12, 20), 3, 5),
            checkin_on(d(2026, 1, 12), 4, 5),
            checkin_on(d(2026, 3, 9), 7, 6),
        ];
        wb.journal.wins = vec![
            win_on(d(2025, 12, 1)),
            win_on(d(2026, 1, 20)),
            win_on(d(2026, 2, 20)),
        ];
        wb.goals = vec![
            achieved("old", d(2025, 11, 2), Some(d(2025, 12, 15))),
            achieved("new", d(2026, 1, 6), Some(d(2026, 3, 1))),
            achieved("open", d(2026, 1, 6), None),
        ];
        wb
    }

    #[test]
    fn the_engagement_start_is_compared_with_the_latest() {
        let c = closing(&coached(), d(2026, 3, 20));
        assert_eq!(c.since, Since::Engagement(d(2026, 1, 5)));
        assert!(c.engagement_ended);
        let WheelThenNow::Compared { start, now, rows } = &c.wheel else {
            panic!("{:?}", c.wheel)
        };
        // The reading just before the start, not the very first one.
        assert_eq!((*start, *now), (d(2026, 1, 2), d(2026, 3, 10)));
        let growth = rows.iter().find(|r| r.id == "growth").unwrap();
        assert_eq!(
            (growth.before, growth.after, growth.delta),
            (Some(4.0), Some(7.0), Some(3.0))
        );
        assert_eq!(rows.len(), 9, "eight areas and the average");
        assert_eq!(c.wheel.average_change(), Some(1.5));
        let conf = c.confidence.unwrap();
        assert_eq!(
            (conf.start, conf.start_on, conf.now),
            (3, d(2025, 12, 20), 7)
        );
        assert_eq!(conf.change(), 4);
        assert_eq!(c.energy.unwrap().change(), 1);
        assert_eq!(c.goals_done.len(), 1);
        assert_eq!(c.goals_done[0].id, "new");
        assert_eq!(c.goals_set, 2);
        assert_eq!(c.wins, 2);
        assert_eq!(c.checkins, 2);
    }

    #[test]
    fn before_the_last_session_the_review_is_not_yet_due() {
        let c = closing(&coached(), d(2026, 3, 16));
        assert!(!c.engagement_ended);
        // Readings after today are not counted.
        let c = closing(&coached(), d(2026, 3, 1));
        assert_eq!(c.wheel, WheelThenNow::One { on: d(2026, 1, 2) });
        assert_eq!(c.confidence.unwrap().now, 4);
    }

    #[test]
    fn without_an_engagement_the_first_records_are_the_start() {
        let mut wb = coached();
        wb.programs.clear();
        let c = closing(&wb, d(2026, 3, 20));
        assert_eq!(c.since, Since::FirstRecords(d(2025, 11, 2)));
        assert!(!c.engagement_ended);
        assert!(
            matches!(c.wheel, WheelThenNow::Compared { start, .. } if start == d(2025, 11, 10))
        );
        assert_eq!(c.wheel.average_change(), Some(2.5));
        assert_eq!(c.goals_done.len(), 2);
        assert_eq!(c.wins, 3);
    }

    #[test]
    fn one_reading_is_shown_as_one_and_missing_readings_as_none() {
        let mut wb = Workbook::new(at(d(2026, 1, 1)));
        let c = closing(&wb, d(2026, 3, 1));
        assert_eq!(c.since, Since::Nothing);
        assert_eq!(c.wheel, WheelThenNow::None);
        assert_eq!(c.confidence, None);
        assert_eq!(c.wins, 0);
        wb.discovery.results.insert(
            content::WHEEL_ID.into(),
            vec![wheel_on(d(2026, 1, 3), [5; 8])],
        );
        wb.checkins.checkins = vec![checkin_on(d(2026, 1, 4), 6, 0)];
        let c = closing(&wb, d(2026, 3, 1));
        assert_eq!(c.wheel, WheelThenNow::One { on: d(2026, 1, 3) });
        assert_eq!(c.wheel.average_change(), None);
        let conf = c.confidence.unwrap();
        assert!(conf.is_one_reading());
        assert_eq!(conf.change(), 0);
        assert_eq!(c.energy, None, "an energy of 0 is a missing reading");
    }

    #[test]
    fn a_start_before_any_reading_compares_the_first_with_the_latest() {
        let mut wb = coached();
        wb.programs.clear();
        let mut p = typical();
        p.engagement = Some(Engagement::new(d(2025, 10, 1), 3, 4));
        accept(&mut wb, &p, at(d(2025, 9, 30)));
        let c = closing(&wb, d(2026, 3, 20));
        assert!(
            matches!(c.wheel, WheelThenNow::Compared { start, .. } if start == d(2025, 11, 10))
        );
        assert_eq!(c.confidence.unwrap().start, 3);
    }
}
