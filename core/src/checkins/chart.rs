//! Geometry for the check-in trend chart: confidence and energy placed in a plot area,
//! beside the goal page's chart (`goals::chart`) and the discovery charts
//! (`discover::chart`). SVG's y axis points down.

use chrono::NaiveDate;

use super::{Trend, TrendPoint, RATING_RANGE};

/// A rating placed on a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartPoint {
    pub x: f64,
    pub y: f64,
    pub date: NaiveDate,
    pub value: u8,
}

/// The two trend lines placed in a plot area.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrendChart {
    pub confidence: Vec<ChartPoint>,
    pub energy: Vec<ChartPoint>,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
}

/// Plot units each check-in's marker needs to stay apart from the next.
pub const MARKER_ROOM: f64 = 10.0;

impl TrendChart {
    /// Whether each check-in gets a marker on a plot `width` units wide: only while the
    /// markers have room, on average, to stand apart; more (years of weekly check-ins)
    /// would pile into a band that hides the lines, and the lines alone show the trend.
    pub fn markers_fit(&self, width: f64) -> bool {
        let most = self.confidence.len().max(self.energy.len());
        most <= 1 || most as f64 * MARKER_ROOM <= width
    }
}

/// The height on a chart of a 1–10 rating, with 10 at `top` and 1 at `top + height`.
pub fn rating_y(value: u8, top: f64, height: f64) -> f64 {
    let v = f64::from(value.clamp(*RATING_RANGE.start(), *RATING_RANGE.end()));
    top + height * (10.0 - v) / 9.0
}

/// Places the trend in the plot area starting at (`left`, `top`): time runs left to right
/// from the first check-in to the last (a single day sits in the middle), ratings bottom
/// (1) to top (10).
pub fn trend_chart(trend: &Trend, left: f64, top: f64, width: f64, height: f64) -> TrendChart {
    let dates = trend.confidence.iter().chain(&trend.energy).map(|p| p.date);
    let first = dates.clone().min();
    let last = dates.max();
    let span = match (first, last) {
        (Some(a), Some(b)) => (b - a).num_days(),
        _ => 0,
    };
    let place = |points: &[TrendPoint]| {
        points
            .iter()
            .map(|p| {
                let x = match first {
                    Some(f) if span > 0 => {
                        left + width * (p.date - f).num_days() as f64 / span as f64
                    }
                    _ => left + width / 2.0,
                };
                ChartPoint {
                    x,
                    y: rating_y(p.value, top, height),
                    date: p.date,
                    value: p.value,
                }
            })
            .collect()
    };
    TrendChart {
        confidence: place(&trend.confidence),
        energy: place(&trend.energy),
        first,
        last,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkins::test_support::*;
    use crate::checkins::{trend, Accountability};

    #[test]
    fn markers_are_drawn_only_while_they_have_room() {
        let point = |i: usize| ChartPoint {
            x: i as f64,
            y: 0.0,
            date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            value: 5,
        };
        let chart = |n: usize| TrendChart {
            confidence: (0..n).map(point).collect(),
            energy: (0..n / 2).map(point).collect(),
            ..TrendChart::default()
        };
        assert!(chart(0).markers_fit(100.0));
        assert!(chart(1).markers_fit(5.0));
        assert!(chart(57).markers_fit(572.0));
        assert!(!chart(58).markers_fit(572.0));
        assert!(!chart(260).markers_fit(572.0));
    }

    #[test]
    fn the_trend_chart_spreads_dates_across_and_ratings_up() {
        let mut acc = with_checkins(
            Accountability::default(),
            &[d(2026, 1, 1), d(2026, 1, 11), d(2026, 1, 21)],
        );
        acc.checkins[0].confidence = 1;
        acc.checkins[2].confidence = 10;
        let chart = trend_chart(&trend(&acc), 40.0, 10.0, 200.0, 90.0);
        let xy: Vec<(f64, f64)> = chart.confidence.iter().map(|p| (p.x, p.y)).collect();
        assert_eq!(xy, [(40.0, 100.0), (140.0, 50.0), (240.0, 10.0)]);
        assert_eq!(chart.first, Some(d(2026, 1, 1)));
        assert_eq!(chart.last, Some(d(2026, 1, 21)));
        assert_eq!(chart.energy.len(), 3);
    }

    #[test]
    fn a_single_checkin_sits_in_the_middle_of_the_chart() {
        let acc = with_checkins(Accountability::default(), &[d(2026, 1, 1)]);
        let chart = trend_chart(&trend(&acc), 0.0, 0.0, 100.0, 90.0);
        assert_eq!(chart.confidence[0].x, 50.0);
        assert_eq!(rating_y(6, 0.0, 90.0), 40.0);
        assert!(trend_chart(&Trend::default(), 0.0, 0.0, 100.0, 90.0)
            .confidence
            .is_empty());
    }
}
