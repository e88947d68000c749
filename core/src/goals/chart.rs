//! Geometry for the goal page's metric chart: the logged values as a line, the target
//! as a level line and the ideal pace as a straight line from start to deadline, all
//! in SVG user units inside a frame, with axis ticks and what its text alternative
//! says. Labels are dates and numbers as data: the UI writes them in the person's
//! locale and only draws what this returns. SVG's y axis points down.

use chrono::NaiveDate;

use super::Goal;
use crate::discover::chart::{num, Point};

/// The drawing area: the whole SVG size and the room kept for axis labels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl Frame {
    /// The frame the goal page uses.
    pub const GOAL_PAGE: Frame = Frame {
        width: 640.0,
        height: 300.0,
        left: 48.0,
        right: 20.0,
        top: 16.0,
        bottom: 36.0,
    };

    /// The frame for narrow screens (phones): drawn about life-size there, so its
    /// labels stay readable instead of shrinking with a wide chart.
    pub const NARROW: Frame = Frame {
        width: 340.0,
        height: 240.0,
        left: 40.0,
        right: 16.0,
        top: 14.0,
        bottom: 34.0,
    };

    /// Horizontal room a date label needs, so labels never sit on top of each other.
    const LABEL_ROOM: f64 = 70.0;

    fn plot_width(&self) -> f64 {
        (self.width - self.left - self.right).max(1.0)
    }

    fn plot_height(&self) -> f64 {
        (self.height - self.top - self.bottom).max(1.0)
    }
}

/// One logged value, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    pub at: Point,
    pub date: NaiveDate,
    pub value: f64,
}

/// A labelled position on an axis (x for dates, y for values).
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub pos: f64,
    pub label: TickLabel,
}

/// What an axis tick says; the UI writes it in the person's locale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TickLabel {
    /// A value on the y axis.
    Value(f64),
    /// A day on the x axis (day and month, e.g. "1 Jan").
    Day(NaiveDate),
    /// Today's mark on the x axis.
    Today,
}

/// Everything needed to draw the metric chart.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricChart {
    pub frame: Frame,
    pub points: Vec<ChartPoint>,
    /// The values as an SVG `points` attribute, in date order.
    pub line: String,
    /// The y of the target value.
    pub target_y: f64,
    /// The ideal pace line's two ends, when the goal has a deadline.
    pub pace: Option<(Point, Point)>,
    /// The x of today, when today is inside the chart's dates.
    pub today_x: Option<f64>,
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
}

/// A "nice" step (1, 2 or 5 times a power of ten) near `raw`.
fn nice_step(raw: f64) -> f64 {
    if !raw.is_finite() || raw <= 0.0 {
        return 1.0;
    }
    let power = 10f64.powf(raw.log10().floor());
    let m = raw / power;
    let nice = if m <= 1.0 {
        1.0
    } else if m <= 2.0 {
        2.0
    } else if m <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// Lower and upper bounds on nice steps around `lo..hi`, and the step.
fn nice_range(lo: f64, hi: f64) -> (f64, f64, f64) {
    let (lo, hi) = if hi - lo < 1e-9 {
        (lo - 1.0, hi + 1.0)
    } else {
        (lo, hi)
    };
    let step = nice_step((hi - lo) / 4.0);
    ((lo / step).floor() * step, (hi / step).ceil() * step, step)
}

/// The chart for a goal's metric on `today`. `None` without a complete metric, or
/// with no readings and no deadline (nothing to draw yet).
pub fn metric_chart(goal: &Goal, today: NaiveDate, frame: Frame) -> Option<MetricChart> {
    let metric = goal.metric.as_ref().filter(|m| m.is_complete())?;
    if goal.metric_log.is_empty() && goal.deadline.is_none() {
        return None;
    }
    let pace = goal.pace_line();
    let dates = goal
        .metric_log
        .iter()
        .map(|e| e.date)
        .chain(goal.deadline)
        .chain(pace.map(|((start, _), _)| start))
        .chain(std::iter::once(today));
    let first = dates.clone().min()?;
    let mut last = dates.max()?;
    if last <= first {
        last = first + chrono::Days::new(1);
    }
    let span = (last - first).num_days() as f64;

    let values = goal
        .metric_log
        .iter()
        .map(|e| e.value)
        .chain([metric.start, metric.target]);
    let lo = values.clone().fold(f64::INFINITY, f64::min);
    let hi = values.fold(f64::NEG_INFINITY, f64::max);
    let (lo, hi, step) = nice_range(lo, hi);

    let x =
        |date: NaiveDate| frame.left + (date - first).num_days() as f64 / span * frame.plot_width();
    let y = |value: f64| frame.top + (1.0 - (value - lo) / (hi - lo)) * frame.plot_height();

    let mut sorted: Vec<_> = goal.metric_log.iter().collect();
    crate::sort::sort_by_key(&mut sorted, |e| e.date);
    let points: Vec<ChartPoint> = sorted
        .iter()
        .map(|e| ChartPoint {
            at: Point {
                x: x(e.date),
                y: y(e.value),
            },
            date: e.date,
            value: e.value,
        })
        .collect();
    let line = points
        .iter()
        .map(|p| format!("{},{}", num(p.at.x), num(p.at.y)))
        .collect::<Vec<_>>()
        .join(" ");

    let mut y_ticks = Vec::new();
    let mut value = lo;
    while value <= hi + step / 2.0 && y_ticks.len() < 12 {
        y_ticks.push(Tick {
            pos: y(value),
            label: TickLabel::Value(value),
        });
        value += step;
    }
    let mut x_ticks = vec![Tick {
        pos: x(first),
        label: TickLabel::Day(first),
    }];
    let clear_of_ends =
        x(today) - x(first) >= Frame::LABEL_ROOM && x(last) - x(today) >= Frame::LABEL_ROOM;
    if first < today && today < last && clear_of_ends {
        x_ticks.push(Tick {
            pos: x(today),
            label: TickLabel::Today,
        });
    }
    x_ticks.push(Tick {
        pos: x(last),
        label: TickLabel::Day(last),
    });

    Some(MetricChart {
        frame,
        line,
        target_y: y(metric.target),
        pace: pace.map(|((d0, v0), (d1, v1))| {
            (Point { x: x(d0), y: y(v0) }, Point { x: x(d1), y: y(v1) })
        }),
        today_x: (first <= today && today <= last).then(|| x(today)),
        points,
        x_ticks,
        y_ticks,
    })
}

/// What the chart's text alternative says, as data: "Chart of {name} in {unit}: {n}
/// logged values, the latest {value} on {date}. Target {target} by {deadline}. The
/// steady-pace line is at {expected} today." The UI writes it in the person's locale.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSummary {
    pub name: String,
    pub unit: String,
    /// How many values are logged.
    pub logged: usize,
    /// The latest value and its day.
    pub latest: Option<(f64, NaiveDate)>,
    pub target: f64,
    pub deadline: Option<NaiveDate>,
    /// Where the steady-pace line is today, when there is one.
    pub expected: Option<f64>,
}

/// The chart's summary for its accessible name; `None` without a complete metric.
pub fn chart_summary(goal: &Goal, today: NaiveDate) -> Option<ChartSummary> {
    let metric = goal.metric.as_ref().filter(|m| m.is_complete())?;
    Some(ChartSummary {
        name: metric.name.trim().to_owned(),
        unit: metric.unit.trim().to_owned(),
        logged: goal.metric_log.len(),
        latest: goal.latest_entry().map(|e| (e.value, e.date)),
        target: metric.target,
        deadline: goal.deadline,
        expected: goal.expected_value(today),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goals::test_support::{at, day};
    use crate::goals::Metric;

    fn goal() -> Goal {
        crate::goals::test_support::measured()
    }

    const F: Frame = Frame::GOAL_PAGE;

    fn values(ticks: &[Tick]) -> Vec<f64> {
        ticks
            .iter()
            .map(|t| match t.label {
                TickLabel::Value(v) => v,
                other => panic!("not a value: {other:?}"),
            })
            .collect()
    }

    #[test]
    fn today_is_labelled_only_with_room_beside_the_ends() {
        let mut g = goal();
        g.log_metric(day(2026, 1, 1), 0.0, "", at(2026, 1, 1));
        let labels = |today, frame| -> Vec<TickLabel> {
            metric_chart(&g, today, frame)
                .map(|c| c.x_ticks.iter().map(|t| t.label).collect())
                .unwrap_or_default()
        };
        // Mid-way: first day, today, deadline, in both frames.
        for frame in [Frame::GOAL_PAGE, Frame::NARROW] {
            assert_eq!(
                labels(day(2026, 2, 20), frame),
                [
                    TickLabel::Day(day(2026, 1, 1)),
                    TickLabel::Today,
                    TickLabel::Day(day(2026, 4, 11))
                ]
            );
        }
        // Two days in: "Today" would sit on the first label in the narrow frame.
        assert!(!labels(day(2026, 1, 3), Frame::NARROW).contains(&TickLabel::Today));
        assert!(!labels(day(2026, 4, 9), Frame::NARROW).contains(&TickLabel::Today));
        // Every label keeps its room from the next one.
        for d in 1..100 {
            let today = day(2026, 1, 1) + chrono::Days::new(d);
            for frame in [Frame::GOAL_PAGE, Frame::NARROW] {
                if let Some(c) = metric_chart(&g, today, frame) {
                    for pair in c.x_ticks.windows(2) {
                        assert!(pair[1].pos - pair[0].pos >= 70.0 || c.x_ticks.len() == 2);
                    }
                }
            }
        }
    }

    #[test]
    fn nothing_to_draw_without_a_complete_metric() {
        let mut g = goal();
        g.set_metric(
            Some(Metric::new("Applications", "", 0.0, 20.0)),
            at(2026, 1, 1),
        );
        assert!(metric_chart(&g, day(2026, 1, 5), F).is_none());
        let mut g = goal();
        g.set_deadline(None, at(2026, 1, 1));
        assert!(
            metric_chart(&g, day(2026, 1, 5), F).is_none(),
            "no readings and no deadline"
        );
    }

    #[test]
    fn the_pace_line_runs_from_start_to_target_across_the_plot() {
        let chart = metric_chart(&goal(), day(2026, 1, 21), F).unwrap();
        let (a, b) = chart.pace.unwrap();
        assert_eq!(a.x, F.left, "starts at the left edge");
        assert_eq!(b.x, F.width - F.right, "ends at the right edge");
        assert_eq!(a.y, F.height - F.bottom, "start value 0 sits on the floor");
        assert_eq!(b.y, F.top, "target 20 touches the top");
        assert_eq!(chart.target_y, F.top);
        assert_eq!(chart.today_x, Some(F.left + 20.0 / 100.0 * (640.0 - 68.0)));
        let labels: Vec<TickLabel> = chart.x_ticks.iter().map(|t| t.label).collect();
        assert_eq!(
            labels,
            [
                TickLabel::Day(day(2026, 1, 1)),
                TickLabel::Today,
                TickLabel::Day(day(2026, 4, 11))
            ]
        );
        assert_eq!(values(&chart.y_ticks), [0.0, 5.0, 10.0, 15.0, 20.0]);
    }

    #[test]
    fn higher_values_sit_higher_and_the_line_follows_date_order() {
        let mut g = goal();
        g.log_metric(day(2026, 2, 1), 8.0, "", at(2026, 2, 1));
        g.log_metric(day(2026, 1, 10), 2.0, "", at(2026, 2, 1));
        let chart = metric_chart(&g, day(2026, 2, 2), F).unwrap();
        assert_eq!(chart.points.len(), 2);
        assert!(chart.points[0].at.x < chart.points[1].at.x);
        assert!(chart.points[1].at.y < chart.points[0].at.y);
        assert_eq!(chart.line.split(' ').count(), 2);
        for p in &chart.points {
            assert!(p.at.x >= F.left && p.at.x <= F.width - F.right);
            assert!(p.at.y >= F.top && p.at.y <= F.height - F.bottom);
        }
    }

    #[test]
    fn values_beyond_the_target_and_before_the_start_widen_the_chart() {
        let mut g = goal();
        g.log_metric(day(2025, 12, 1), -3.0, "", at(2026, 1, 1));
        g.log_metric(day(2026, 5, 1), 27.0, "", at(2026, 1, 1));
        let chart = metric_chart(&g, day(2026, 1, 5), F).unwrap();
        assert_eq!(
            chart.x_ticks.first().unwrap().label,
            TickLabel::Day(day(2025, 12, 1))
        );
        assert_eq!(
            chart.x_ticks.last().unwrap().label,
            TickLabel::Day(day(2026, 5, 1))
        );
        assert_eq!(values(&chart.y_ticks), [-10.0, 0.0, 10.0, 20.0, 30.0]);
        assert!(chart.target_y > F.top, "target is inside, below the top");
    }

    #[test]
    fn a_falling_target_puts_the_target_below_the_start() {
        let mut g = goal();
        g.set_metric(
            Some(Metric::new("Overtime", "hours", 15.0, 5.0)),
            at(2026, 1, 1),
        );
        let chart = metric_chart(&g, day(2026, 1, 5), F).unwrap();
        let (a, b) = chart.pace.unwrap();
        assert!(b.y > a.y, "the line goes down the page towards the target");
    }

    #[test]
    fn the_summary_names_the_latest_value_target_and_pace() {
        let mut g = goal();
        let mut expected = ChartSummary {
            name: "Applications".into(),
            unit: "applications".into(),
            logged: 0,
            latest: None,
            target: 20.0,
            deadline: Some(day(2026, 4, 11)),
            expected: Some(4.0),
        };
        assert_eq!(chart_summary(&g, day(2026, 1, 21)), Some(expected.clone()));
        g.log_metric(day(2026, 1, 20), 5.0, "", at(2026, 1, 20));
        expected.logged = 1;
        expected.latest = Some((5.0, day(2026, 1, 20)));
        assert_eq!(chart_summary(&g, day(2026, 1, 21)), Some(expected));
        g.set_metric(None, at(2026, 1, 21));
        assert_eq!(chart_summary(&g, day(2026, 1, 21)), None);
    }

    #[test]
    fn nice_steps_are_one_two_or_five() {
        assert_eq!(nice_step(3.0), 5.0);
        assert_eq!(nice_step(0.3), 0.5);
        assert_eq!(nice_step(12.0), 20.0);
        assert_eq!(nice_step(0.0), 1.0);
        assert_eq!(nice_range(5.0, 5.0), (4.0, 6.0, 0.5));
    }
}
