//! Plain numbers about the search: what was sent, interviews and conversations held in
//! a date range, applications per week, replies and interviews per application, and the
//! days from the first application to the first offer. Counts and dates only; the UI
//! words them.

use chrono::{Datelike, Days, NaiveDate};

use super::{Application, ClosedReason, Search, Stage};

/// Applications sent between `from` and `to`, both days included.
pub fn applications_sent(search: &Search, from: NaiveDate, to: NaiveDate) -> usize {
    sent_days(search)
        .filter(|d| (from..=to).contains(d))
        .count()
}

/// Interviews dated between `from` and `to`, both days included.
pub fn interviews(search: &Search, from: NaiveDate, to: NaiveDate) -> usize {
    interview_days(search)
        .filter(|d| (from..=to).contains(d))
        .count()
}

/// Conversations dated between `from` and `to`, both days included.
pub fn conversations_held(search: &Search, from: NaiveDate, to: NaiveDate) -> usize {
    conversation_days(search)
        .filter(|d| (from..=to).contains(d))
        .count()
}

/// The day each application was sent (unsent ones left out).
pub fn sent_days(search: &Search) -> impl Iterator<Item = NaiveDate> + '_ {
    search
        .applications
        .iter()
        .filter_map(Application::applied_on)
}

/// The day of every interview, under every application.
pub fn interview_days(search: &Search) -> impl Iterator<Item = NaiveDate> + '_ {
    search
        .applications
        .iter()
        .flat_map(|a| a.interviews.iter().map(|i| i.date))
}

/// The day of every conversation.
pub fn conversation_days(search: &Search) -> impl Iterator<Item = NaiveDate> + '_ {
    search.conversations.iter().map(|c| c.date)
}

impl Application {
    /// True once the organisation answered: it reached interviewing, an offer or
    /// accepted, or it closed as rejected (a "no reply" or a withdrawal is no answer).
    pub fn got_reply(&self) -> bool {
        self.history.iter().any(|c| {
            matches!(
                c.stage,
                Stage::Interviewing | Stage::Offer | Stage::Accepted
            ) || (c.stage == Stage::Closed && c.reason == Some(ClosedReason::Rejected))
        }) || (self.stage == Stage::Closed && self.closed_reason == Some(ClosedReason::Rejected))
    }
}

/// Applications sent in one week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekCount {
    /// The week's first day (Monday).
    pub starts: NaiveDate,
    pub sent: usize,
}

/// The numbers the search page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchNumbers {
    /// Applications sent, ever.
    pub sent: usize,
    /// Of those, how many got a reply ([`Application::got_reply`]).
    pub replied: usize,
    /// Interviews recorded under sent applications.
    pub interviews: usize,
    /// The last weeks, oldest first, the current week last.
    pub weeks: Vec<WeekCount>,
    /// The first application's day and the first offer's day, when there was an offer.
    pub first_sent: Option<NaiveDate>,
    pub first_offer: Option<NaiveDate>,
}

impl SearchNumbers {
    /// Replies per application sent, 0 to 1; `None` before anything is sent.
    pub fn reply_rate(&self) -> Option<f64> {
        (self.sent > 0).then(|| self.replied as f64 / self.sent as f64)
    }

    /// Interviews per application sent; `None` before anything is sent.
    pub fn interviews_per_application(&self) -> Option<f64> {
        (self.sent > 0).then(|| self.interviews as f64 / self.sent as f64)
    }

    /// Days from the first application sent to the first offer (0 when on one day).
    pub fn days_to_first_offer(&self) -> Option<i64> {
        let (sent, offer) = (self.first_sent?, self.first_offer?);
        Some((offer - sent).num_days().max(0))
    }

    /// The most sent in any one of the weeks shown (for the chart's scale).
    pub fn busiest_week(&self) -> usize {
        self.weeks.iter().map(|w| w.sent).max().unwrap_or(0)
    }
}

/// How many weeks the chart shows.
pub const WEEKS_SHOWN: usize = 8;

/// The Monday of the week `day` is in.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// The search's numbers on `today`, with the last `weeks` weeks (this one included).
pub fn numbers(search: &Search, today: NaiveDate, weeks: usize) -> SearchNumbers {
    let this_week = week_start(today);
    let first_week = this_week - Days::new(7 * weeks.saturating_sub(1) as u64);
    let mut counts = vec![0usize; weeks];
    let mut sent = 0;
    let mut replied = 0;
    let mut interviews = 0;
    let mut first_sent: Option<NaiveDate> = None;
    for app in &search.applications {
        let Some(on) = app.applied_on() else {
            continue;
        };
        sent += 1;
        if app.got_reply() {
            replied += 1;
        }
        interviews += app.interviews.len();
        first_sent = Some(first_sent.map_or(on, |f| f.min(on)));
        if on >= first_week && on <= today {
            let index = ((week_start(on) - first_week).num_days() / 7) as usize;
            if let Some(slot) = counts.get_mut(index) {
                *slot += 1;
            }
        }
    }
    let first_offer = search
        .applications
        .iter()
        .filter_map(|a| {
            a.first_reached(Stage::Offer)
                .or(a.first_reached(Stage::Accepted))
        })
        .min();
    SearchNumbers {
        sent,
        replied,
        interviews,
        weeks: counts
            .into_iter()
            .enumerate()
            .map(|(i, sent)| WeekCount {
                starts: first_week + Days::new(7 * i as u64),
                sent,
            })
            .collect(),
        first_sent,
        first_offer,
    }
}

/// A bar of the weekly chart, placed in a plot area (SVG's y axis points down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub week: WeekCount,
}

/// The weekly bars across a plot `width` wide and `height` tall from (`left`, `top`),
/// scaled to the busiest week (an all-zero chart has flat bars).
pub fn week_bars(weeks: &[WeekCount], left: f64, top: f64, width: f64, height: f64) -> Vec<Bar> {
    let most = weeks.iter().map(|w| w.sent).max().unwrap_or(0).max(1) as f64;
    let slot = width / weeks.len().max(1) as f64;
    let bar = slot * 0.6;
    weeks
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let h = height * w.sent as f64 / most;
            Bar {
                x: left + slot * i as f64 + (slot - bar) / 2.0,
                y: top + height - h,
                width: bar,
                height: h,
                week: *w,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Conversation, Interview};
    use chrono::{DateTime, TimeZone, Utc};

    pub(crate) fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn at(m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, m, d, 9, 0, 0).single().unwrap()
    }

    /// An application begun on `start` and moved through `moves`.
    fn app(
        id: &str,
        start: NaiveDate,
        moves: &[(Stage, Option<ClosedReason>, NaiveDate)],
    ) -> Application {
        let now = at(start.month(), start.day());
        let mut a = Application::new(
            id.into(),
            "s".into(),
            "Org",
            "Role",
            Stage::Interested,
            start,
            now,
        );
        for (i, (stage, reason, on)) in moves.iter().enumerate() {
            a.move_to(*stage, *reason, *on, format!("s{i}"), now);
        }
        a
    }

    fn sample() -> Search {
        let mut s = Search::default();
        // Sent 2 Mar, interviewed, offer on 20 Mar.
        let mut a = app(
            "a",
            day(3, 1),
            &[
                (Stage::Applied, None, day(3, 2)),
                (Stage::Interviewing, None, day(3, 9)),
                (Stage::Offer, None, day(3, 20)),
            ],
        );
        for (i, d) in [day(3, 10), day(3, 16)].into_iter().enumerate() {
            a.add_interview(
                Interview {
                    id: format!("i{i}"),
                    date: d,
                    ..Default::default()
                },
                at(3, 9),
            );
        }
        s.applications.push(a);
        // Sent 4 Mar, rejected.
        s.applications.push(app(
            "b",
            day(3, 4),
            &[
                (Stage::Applied, None, day(3, 4)),
                (Stage::Closed, Some(ClosedReason::Rejected), day(3, 11)),
            ],
        ));
        // Sent 11 Mar, no answer.
        s.applications.push(app(
            "c",
            day(3, 11),
            &[
                (Stage::Applied, None, day(3, 11)),
                (Stage::Closed, Some(ClosedReason::NoReply), day(3, 25)),
            ],
        ));
        // Never sent.
        s.applications.push(app(
            "d",
            day(3, 11),
            &[(Stage::Closed, Some(ClosedReason::Withdrew), day(3, 12))],
        ));
        for (i, d) in [day(2, 27), day(3, 3), day(3, 5)].into_iter().enumerate() {
            s.conversations.push(Conversation {
                id: format!("c{i}"),
                date: d,
                ..Default::default()
            });
        }
        s
    }

    #[test]
    fn counts_in_a_date_range_include_both_ends() {
        let s = sample();
        assert_eq!(applications_sent(&s, day(3, 2), day(3, 4)), 2);
        assert_eq!(
            applications_sent(&s, day(3, 1), day(3, 31)),
            3,
            "d was never sent"
        );
        assert_eq!(interviews(&s, day(3, 10), day(3, 15)), 1);
        assert_eq!(interviews(&s, day(3, 10), day(3, 16)), 2);
        assert_eq!(conversations_held(&s, day(3, 1), day(3, 5)), 2);
        assert_eq!(
            conversations_held(&s, day(3, 6), day(3, 1)),
            0,
            "an empty range"
        );
    }

    #[test]
    fn replies_count_answers_not_silence_or_withdrawals() {
        let s = sample();
        let replied: Vec<bool> = s.applications.iter().map(Application::got_reply).collect();
        assert_eq!(replied, [true, true, false, false]);
    }

    #[test]
    fn the_numbers_per_application_and_to_the_first_offer() {
        let n = numbers(&sample(), day(3, 26), WEEKS_SHOWN);
        assert_eq!((n.sent, n.replied, n.interviews), (3, 2, 2));
        assert_eq!(n.reply_rate(), Some(2.0 / 3.0));
        assert_eq!(n.interviews_per_application(), Some(2.0 / 3.0));
        assert_eq!(n.days_to_first_offer(), Some(18));
    }

    #[test]
    fn applications_per_week_for_the_last_weeks_oldest_first() {
        // 26 Mar 2026 is a Thursday; its week starts on Monday 23 Mar.
        let n = numbers(&sample(), day(3, 26), 4);
        let weeks: Vec<(NaiveDate, usize)> = n.weeks.iter().map(|w| (w.starts, w.sent)).collect();
        assert_eq!(
            weeks,
            [
                (day(3, 2), 2),
                (day(3, 9), 1),
                (day(3, 16), 0),
                (day(3, 23), 0)
            ]
        );
        assert_eq!(n.busiest_week(), 2);
    }

    #[test]
    fn nothing_sent_gives_no_rates() {
        let n = numbers(&Search::default(), day(3, 26), WEEKS_SHOWN);
        assert_eq!(n.weeks.len(), WEEKS_SHOWN);
        assert_eq!(n.reply_rate(), None);
        assert_eq!(n.interviews_per_application(), None);
        assert_eq!(n.days_to_first_offer(), None);
    }

    #[test]
    fn bars_scale_to_the_busiest_week_and_stay_in_the_plot() {
        let n = numbers(&sample(), day(3, 26), 4);
        let bars = week_bars(&n.weeks, 10.0, 5.0, 400.0, 100.0);
        assert_eq!(bars.len(), 4);
        assert!((bars[0].height - 100.0).abs() < 1e-9);
        assert!((bars[1].height - 50.0).abs() < 1e-9);
        assert_eq!(bars[2].height, 0.0);
        for b in &bars {
            assert!(b.x >= 10.0 && b.x + b.width <= 410.0);
            assert!((b.y + b.height - 105.0).abs() < 1e-9);
        }
    }
}
