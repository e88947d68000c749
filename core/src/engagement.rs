//! A coaching engagement: a start date, a number of sessions and how many weeks apart
//! they fall, as a coach's program carries it. The rules here answer the dates: every
//! session's day, "session N of M" on a given day, the next session and whether the
//! engagement has ended. Words and the calendar file are elsewhere.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::program::AcceptedProgram;
use crate::Workbook;

/// The fewest and most sessions an engagement may hold.
pub const MIN_SESSIONS: u8 = 3;
pub const MAX_SESSIONS: u8 = 12;
/// The shortest and longest gap between sessions, in weeks.
pub const MIN_WEEKS: u8 = 1;
pub const MAX_WEEKS: u8 = 4;
/// What the builder offers first: six sessions, two weeks apart.
pub const DEFAULT_SESSIONS: u8 = 6;
pub const DEFAULT_WEEKS: u8 = 2;

/// When sessions with the coach fall: the first on `start`, then one every
/// `every_weeks` weeks, `sessions` in all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Engagement {
    /// The day of the first session.
    #[serde(deserialize_with = "crate::stamps::date")]
    pub start: NaiveDate,
    /// How many sessions in all.
    pub sessions: u8,
    /// Weeks from one session to the next.
    pub every_weeks: u8,
}

/// Which part of an engagement is outside what a program may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutOfRange {
    /// The number of sessions.
    Sessions { count: u8 },
    /// The weeks between sessions.
    Weeks { weeks: u8 },
}

/// Where a person stands in an engagement on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// The first session is still ahead.
    NotStarted { first: NaiveDate, total: u8 },
    /// `session` is the latest session on or before today (1-based); `next` is the
    /// next session on or after today (today itself on a session day), `None` once the
    /// last one is behind.
    Running {
        session: u8,
        total: u8,
        next: Option<NaiveDate>,
    },
    /// The last session's day has passed.
    Ended { last: NaiveDate, total: u8 },
}

impl Engagement {
    pub fn new(start: NaiveDate, sessions: u8, every_weeks: u8) -> Self {
        Engagement {
            start,
            sessions,
            every_weeks,
        }
    }

    /// What is outside the allowed ranges, sessions first.
    pub fn problems(&self) -> Vec<OutOfRange> {
        let mut out = Vec::new();
        if !(MIN_SESSIONS..=MAX_SESSIONS).contains(&self.sessions) {
            out.push(OutOfRange::Sessions {
                count: self.sessions,
            });
        }
        if !(MIN_WEEKS..=MAX_WEEKS).contains(&self.every_weeks) {
            out.push(OutOfRange::Weeks {
                weeks: self.every_weeks,
            });
        }
        out
    }

    /// The day of session `n` (1-based); `None` outside `1..=sessions` or past the
    /// calendar's end.
    pub fn session_date(&self, n: u8) -> Option<NaiveDate> {
        if n == 0 || n > self.sessions {
            return None;
        }
        let days = u64::from(n - 1) * u64::from(self.every_weeks) * 7;
        self.start.checked_add_days(Days::new(days))
    }

    /// Every session's day, first to last.
    pub fn session_dates(&self) -> Vec<NaiveDate> {
        (1..=self.sessions)
            .map_while(|n| self.session_date(n))
            .collect()
    }

    /// The last session's day (the start when there are none).
    pub fn last_session(&self) -> NaiveDate {
        self.session_dates().last().copied().unwrap_or(self.start)
    }

    /// The first session on or after `today`, if any is left.
    pub fn next_session(&self, today: NaiveDate) -> Option<NaiveDate> {
        self.session_dates().into_iter().find(|d| *d >= today)
    }

    /// True once the last session's day is behind `today`.
    pub fn has_ended(&self, today: NaiveDate) -> bool {
        today > self.last_session()
    }

    /// Where the person stands on `today`.
    pub fn standing(&self, today: NaiveDate) -> Standing {
        let dates = self.session_dates();
        let total = self.sessions;
        let held = dates.iter().filter(|d| **d <= today).count();
        match (held, dates.last()) {
            (0, _) => Standing::NotStarted {
                first: self.start,
                total,
            },
            (_, Some(last)) if today > *last => Standing::Ended { last: *last, total },
            _ => Standing::Running {
                session: u8::try_from(held).unwrap_or(u8::MAX),
                total,
                next: dates.iter().copied().find(|d| *d >= today),
            },
        }
    }
}

/// The engagement in force: the one in the latest accepted program that carries one,
/// with that program.
pub fn current(wb: &Workbook) -> Option<(&AcceptedProgram, Engagement)> {
    wb.programs
        .iter()
        .filter_map(|p| Some((p, p.program.engagement?)))
        .max_by_key(|(p, _)| p.accepted_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Six sessions, two weeks apart, from Monday 5 January 2026.
    fn six_fortnightly() -> Engagement {
        Engagement::new(d(2026, 1, 5), 6, 2)
    }

    #[test]
    fn sessions_fall_every_n_weeks_from_the_start() {
        assert_eq!(
            six_fortnightly().session_dates(),
            [
                d(2026, 1, 5),
                d(2026, 1, 19),
                d(2026, 2, 2),
                d(2026, 2, 16),
                d(2026, 3, 2),
                d(2026, 3, 16)
            ]
        );
        let monthly = Engagement::new(d(2026, 12, 28), 3, 4);
        assert_eq!(
            monthly.session_dates(),
            [d(2026, 12, 28), d(2027, 1, 25), d(2027, 2, 22)]
        );
        assert_eq!(six_fortnightly().last_session(), d(2026, 3, 16));
        assert_eq!(six_fortnightly().session_date(0), None);
        assert_eq!(six_fortnightly().session_date(7), None);
    }

    #[test]
    fn before_the_start_the_first_session_is_next() {
        let e = six_fortnightly();
        assert_eq!(
            e.standing(d(2025, 12, 30)),
            Standing::NotStarted {
                first: d(2026, 1, 5),
                total: 6
            }
        );
        assert_eq!(e.next_session(d(2025, 12, 30)), Some(d(2026, 1, 5)));
        assert!(!e.has_ended(d(2025, 12, 30)));
    }

    #[test]
    fn on_a_session_day_that_session_is_current_and_next_is_today() {
        let e = six_fortnightly();
        assert_eq!(
            e.standing(d(2026, 1, 5)),
            Standing::Running {
                session: 1,
                total: 6,
                next: Some(d(2026, 1, 5))
            }
        );
        assert_eq!(
            e.standing(d(2026, 2, 2)),
            Standing::Running {
                session: 3,
                total: 6,
                next: Some(d(2026, 2, 2))
            }
        );
    }

    #[test]
    fn between_sessions_the_last_one_held_counts_and_the_next_is_ahead() {
        let e = six_fortnightly();
        assert_eq!(
            e.standing(d(2026, 2, 3)),
            Standing::Running {
                session: 3,
                total: 6,
                next: Some(d(2026, 2, 16))
            }
        );
        assert_eq!(e.next_session(d(2026, 1, 6)), Some(d(2026, 1, 19)));
    }

    #[test]
    fn the_last_session_day_is_still_running_and_the_day_after_has_ended() {
        let e = six_fortnightly();
        assert_eq!(
            e.standing(d(2026, 3, 16)),
            Standing::Running {
                session: 6,
                total: 6,
                next: Some(d(2026, 3, 16))
            }
        );
        assert!(!e.has_ended(d(2026, 3, 16)));
        assert_eq!(
            e.standing(d(2026, 3, 17)),
            Standing::Ended {
                last: d(2026, 3, 16),
                total: 6
            }
        );
        assert!(e.has_ended(d(2026, 3, 17)));
        assert_eq!(e.next_session(d(2026, 3, 17)), None);
    }

    #[test]
    fn sessions_and_weeks_outside_the_ranges_are_named() {
        assert!(six_fortnightly().problems().is_empty());
        assert!(Engagement::new(d(2026, 1, 5), 3, 1).problems().is_empty());
        assert!(Engagement::new(d(2026, 1, 5), 12, 4).problems().is_empty());
        assert_eq!(
            Engagement::new(d(2026, 1, 5), 2, 5).problems(),
            [
                OutOfRange::Sessions { count: 2 },
                OutOfRange::Weeks { weeks: 5 }
            ]
        );
        assert_eq!(
            Engagement::new(d(2026, 1, 5), 13, 0).problems(),
            [
                OutOfRange::Sessions { count: 13 },
                OutOfRange::Weeks { weeks: 0 }
            ]
        );
    }

    #[test]
    fn an_engagement_at_the_calendars_end_never_panics() {
        let e = Engagement::new(NaiveDate::MAX, 6, 4);
        assert_eq!(e.session_dates(), [NaiveDate::MAX]);
        assert!(matches!(
            e.standing(NaiveDate::MAX),
            Standing::Running { session: 1, .. }
        ));
        let none = Engagement::new(d(2026, 1, 5), 0, 2);
        assert!(matches!(
            none.standing(d(2026, 1, 5)),
            Standing::NotStarted { .. }
        ));
    }

    #[test]
    fn the_latest_accepted_program_with_an_engagement_is_in_force() {
        use crate::program::{accept, tests::typical};
        use crate::workbook::tests::at;
        let mut wb = Workbook::new(at(2026, 1, 1));
        assert!(current(&wb).is_none());
        let mut first = typical();
        first.engagement = Some(six_fortnightly());
        accept(&mut wb, &first, at(2026, 1, 2));
        let mut plain = typical();
        plain.welcome = "No engagement here".into();
        accept(&mut wb, &plain, at(2026, 1, 3));
        assert_eq!(current(&wb).map(|(_, e)| e), Some(six_fortnightly()));
        let mut later = typical();
        later.engagement = Some(Engagement::new(d(2026, 4, 1), 3, 4));
        accept(&mut wb, &later, at(2026, 3, 20));
        assert_eq!(current(&wb).map(|(_, e)| e.start), Some(d(2026, 4, 1)));
    }
}
