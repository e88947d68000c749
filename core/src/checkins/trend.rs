//! Trends: confidence and energy over time, and the latest ratings in a sentence.

use chrono::NaiveDate;

use super::{Accountability, CheckIn, RATING_RANGE};

/// One point of a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrendPoint {
    pub date: NaiveDate,
    pub value: u8,
}

/// Confidence and energy over time, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Trend {
    pub confidence: Vec<TrendPoint>,
    pub energy: Vec<TrendPoint>,
}

/// Confidence and energy from every check-in, oldest first; ratings outside 1–10 (from a
/// damaged file) are left out.
pub fn trend(acc: &Accountability) -> Trend {
    let mut list: Vec<&CheckIn> = acc.checkins.iter().collect();
    crate::sort::sort_by(&mut list, |a, b| {
        (a.date, a.created_at, &a.id).cmp(&(b.date, b.created_at, &b.id))
    });
    let series = |pick: fn(&CheckIn) -> u8| {
        list.iter()
            .map(|c| TrendPoint {
                date: c.date,
                value: pick(c),
            })
            .filter(|p| RATING_RANGE.contains(&p.value))
            .collect()
    };
    Trend {
        confidence: series(|c| c.confidence),
        energy: series(|c| c.energy),
    }
}

/// The latest ratings and how confidence moved since the first check-in, for the UI's
/// sentence: "At your latest check-in ({date}) your confidence was {confidence} and your
/// energy {energy}, out of 10. Your confidence is up {change} since {first}."
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrendSummary {
    pub date: NaiveDate,
    pub confidence: u8,
    pub energy: u8,
    /// The first check-in's day and how far confidence moved since (when there was an
    /// earlier one).
    pub since: Option<(NaiveDate, i16)>,
}

impl Trend {
    /// The latest ratings and the change since the first check-in; `None` before any
    /// check-in.
    pub fn summary(&self) -> Option<TrendSummary> {
        let (Some(c), Some(e)) = (self.confidence.last(), self.energy.last()) else {
            return None;
        };
        let since = self
            .confidence
            .first()
            .filter(|f| f.date < c.date)
            .map(|first| (first.date, i16::from(c.value) - i16::from(first.value)));
        Some(TrendSummary {
            date: c.date,
            confidence: c.value,
            energy: e.value,
            since,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkins::test_support::*;

    #[test]
    fn trend_lists_confidence_and_energy_oldest_first_without_bad_ratings() {
        let mut acc = with_checkins(
            Accountability::default(),
            &[d(2026, 1, 19), d(2026, 1, 5), d(2026, 1, 12)],
        );
        acc.checkins[0].confidence = 8;
        acc.checkins[1].energy = 3;
        acc.checkins[2].confidence = 0; // damaged
        let t = trend(&acc);
        assert_eq!(
            t.confidence,
            [
                TrendPoint {
                    date: d(2026, 1, 5),
                    value: 6
                },
                TrendPoint {
                    date: d(2026, 1, 19),
                    value: 8
                }
            ]
        );
        let energy: Vec<_> = t.energy.iter().map(|p| (p.date, p.value)).collect();
        assert_eq!(
            energy,
            [(d(2026, 1, 5), 3), (d(2026, 1, 12), 6), (d(2026, 1, 19), 6)]
        );
    }

    #[test]
    fn the_trend_summary_names_the_latest_ratings_and_the_change() {
        assert_eq!(trend(&Accountability::default()).summary(), None);
        let mut acc = with_checkins(Accountability::default(), &[d(2026, 1, 5)]);
        assert_eq!(
            trend(&acc).summary().unwrap(),
            TrendSummary {
                date: d(2026, 1, 5),
                confidence: 6,
                energy: 6,
                since: None
            }
        );
        acc = with_checkins(acc, &[d(2026, 1, 12), d(2026, 1, 19)]);
        acc.checkins[2].confidence = 8;
        acc.checkins[2].energy = 4;
        assert_eq!(
            trend(&acc).summary().unwrap(),
            TrendSummary {
                date: d(2026, 1, 19),
                confidence: 8,
                energy: 4,
                since: Some((d(2026, 1, 5), 2))
            }
        );
        acc.checkins[2].confidence = 3;
        assert_eq!(
            trend(&acc).summary().unwrap().since,
            Some((d(2026, 1, 5), -3))
        );
    }
}
