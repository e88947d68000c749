//! Small SVG charts drawn from the core's geometry: a radar (interests), a wheel
//! with earlier wheels as outlines, a 2×2 skills map and labelled bars. Each
//! carries a text alternative; the numbers are also shown as text beside it.

use leptos::prelude::*;

use crate::store::locale;
use waymark_core::discover::chart::{
    bar_length, num, radar_label, radar_points, radar_polygon, radar_ring, radar_spokes,
    scatter_layout, scatter_split, wheel_label, wheel_wedges,
};

/// One labelled number on a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartValue {
    pub label: String,
    pub value: f64,
}

fn summary(values: &[ChartValue], max: f64) -> String {
    values
        .iter()
        .map(|v| {
            format!(
                "{} {} of {}",
                v.label,
                locale::number(v.value),
                locale::number(max)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A radar (hexagon for six values) with rings at quarters and a label per axis.
#[component]
pub fn RadarChart(#[prop(into)] title: String, values: Vec<ChartValue>, max: f64) -> impl IntoView {
    let (w, h, cx, cy, r) = (460.0, 300.0, 230.0, 150.0, 108.0);
    let n = values.len();
    let numbers: Vec<f64> = values.iter().map(|v| v.value).collect();
    let label = format!("{title}: {}.", summary(&values, max));
    let rings = [0.25, 0.5, 0.75, 1.0]
        .into_iter()
        .map(|lvl| view! { <polygon class="chart-grid" points=radar_ring(n, lvl, cx, cy, r) /> })
        .collect_view();
    let spokes = radar_spokes(n, cx, cy, r)
        .into_iter()
        .map(|p| {
            view! { <line class="chart-grid" x1=num(cx) y1=num(cy) x2=num(p.x) y2=num(p.y) /> }
        })
        .collect_view();
    let dots = radar_points(&numbers, max, cx, cy, r)
        .into_iter()
        .map(|p| view! { <circle class="chart-dot" cx=num(p.x) cy=num(p.y) r="4.5" /> })
        .collect_view();
    let labels = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (p, anchor) = radar_label(i, n, cx, cy, r, 16.0);
            // Labels at the top sit above the point; at the bottom, below it.
            let dy = if (p.y - cy).abs() < r * 0.6 {
                0.0
            } else if p.y < cy {
                -10.0
            } else {
                8.0
            };
            view! {
                <text class="chart-label" x=num(p.x) y=num(p.y + dy) text-anchor=anchor>
                    <tspan class="chart-label-name">{v.label.clone()}</tspan>
                    <tspan class="chart-label-value" x=num(p.x) dy="1.15em">{locale::number(v.value)}</tspan>
                </text>
            }
        })
        .collect_view();
    let aria = label.clone();
    view! {
        <svg
            class="chart chart-radar"
            viewBox=format!("0 0 {w} {h}")
            role="img"
            aria-label=aria
        >
            <title>{label.clone()}</title>
            {rings}
            {spokes}
            <polygon class="chart-shape" points=radar_polygon(&numbers, max, cx, cy, r) />
            {dots}
            {labels}
        </svg>
    }
}

/// A satisfaction wheel: one wedge per area reaching its rating, with earlier
/// wheels drawn as dashed outlines on top.
#[component]
pub fn WheelChart(
    #[prop(into)] title: String,
    values: Vec<ChartValue>,
    max: f64,
    /// Earlier wheels (their date label and values, same order), oldest first.
    #[prop(optional)]
    earlier: Vec<(String, Vec<f64>)>,
) -> impl IntoView {
    let (w, h, cx, cy, r) = (500.0, 390.0, 250.0, 195.0, 140.0);
    let n = values.len();
    let numbers: Vec<f64> = values.iter().map(|v| v.value).collect();
    let mut label = format!("{title}: {}.", summary(&values, max));
    if !earlier.is_empty() {
        let dates: Vec<&str> = earlier.iter().map(|(d, _)| d.as_str()).collect();
        label.push_str(&format!(
            " Dashed outlines show earlier wheels from {}.",
            dates.join(", ")
        ));
    }
    let rings = (1..=5)
        .map(|k| {
            view! { <circle class="chart-grid" cx=num(cx) cy=num(cy) r=num(r * f64::from(k) / 5.0) /> }
        })
        .collect_view();
    // Wedge borders: the same directions as a radar's axes.
    let spokes = radar_spokes(n, cx, cy, r)
        .into_iter()
        .map(|p| {
            view! { <line class="chart-grid" x1=num(cx) y1=num(cy) x2=num(p.x) y2=num(p.y) /> }
        })
        .collect_view();
    let wedges = wheel_wedges(&numbers, max, cx, cy, r)
        .into_iter()
        .filter(|d| !d.is_empty())
        .map(|d| view! { <path class="wheel-wedge" d=d /> })
        .collect_view();
    let count = earlier.len();
    let outlines = earlier
        .iter()
        .enumerate()
        .map(|(k, (_, vals))| {
            // The most recent earlier wheel is the most visible.
            let class = if k + 1 == count {
                "wheel-earlier is-recent"
            } else {
                "wheel-earlier"
            };
            wheel_wedges(vals, max, cx, cy, r)
                .into_iter()
                .filter(|d| !d.is_empty())
                .map(|d| view! { <path class=class d=d /> })
                .collect_view()
        })
        .collect_view();
    let labels = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let p = wheel_label(i, n, cx, cy, r + 16.0);
            let anchor = if (p.x - cx).abs() < 2.0 {
                "middle"
            } else if p.x > cx {
                "start"
            } else {
                "end"
            };
            let dy = if p.y < cy - r * 0.7 {
                -6.0
            } else if p.y > cy + r * 0.7 {
                10.0
            } else {
                4.0
            };
            view! {
                <text class="chart-label" x=num(p.x) y=num(p.y + dy) text-anchor=anchor>
                    <tspan class="chart-label-name">{v.label.clone()}</tspan>
                    " "
                    <tspan class="chart-label-value">{locale::number(v.value)}</tspan>
                </text>
            }
        })
        .collect_view();
    let aria = label.clone();
    view! {
        <svg class="chart chart-wheel" viewBox=format!("0 0 {w} {h}") role="img" aria-label=aria>
            <title>{label.clone()}</title>
            {rings}
            {wedges}
            {spokes}
            {outlines}
            {labels}
        </svg>
    }
}

/// One skill on the 2×2 map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapPoint {
    pub label: String,
    pub x: u8,
    pub y: u8,
}

/// The skills map: how skilled (→) against how much you enjoy it (↑), split at
/// `high_from` into four quadrants named in `names` (strengths, burnout risks,
/// growth areas, the rest).
#[component]
pub fn SkillsMap(
    #[prop(into)] title: String,
    points: Vec<MapPoint>,
    min: u8,
    max: u8,
    high_from: u8,
    names: [String; 4],
    counts: [usize; 4],
) -> impl IntoView {
    // Quadrant names sit outside the plot (above it and below the ticks), so no
    // name ever covers a dot.
    let (left, top, size) = (56.0, 30.0, 320.0);
    let (w, h) = (left + size + 16.0, top + size + 76.0);
    let pairs: Vec<(u8, u8)> = points.iter().map(|p| (p.x, p.y)).collect();
    let placed = scatter_layout(&pairs, min, max, size, size);
    let split = scatter_split(high_from, min, max, size, size);
    let label = format!(
        "{title}. {}: {}. {}: {}. {}: {}. {}: {}.",
        names[0], counts[0], names[1], counts[1], names[2], counts[2], names[3], counts[3]
    );
    let cells = f64::from(max.saturating_sub(min)) + 1.0;
    let ticks = (min..=max)
        .map(|v| {
            let at = (f64::from(v - min) + 0.5) * size / cells;
            view! {
                <text class="chart-tick" x=num(left + at) y=num(top + size + 18.0) text-anchor="middle">{v.to_string()}</text>
                <text class="chart-tick" x=num(left - 10.0) y=num(top + size - at + 4.0) text-anchor="end">{v.to_string()}</text>
            }
        })
        .collect_view();
    let dots = points
        .iter()
        .zip(placed)
        .map(|(p, at)| {
            view! {
                <circle class="chart-dot" cx=num(left + at.x) cy=num(top + at.y) r="6">
                    <title>{format!("{}: skill {}, enjoyment {}", p.label, p.x, p.y)}</title>
                </circle>
            }
        })
        .collect_view();
    let (sx, sy) = (left + split.x, top + split.y);
    let corner = |x: f64, y: f64, anchor: &'static str, text: String| {
        view! { <text class="chart-quadrant" x=num(x) y=num(y) text-anchor=anchor>{text}</text> }
    };
    let aria = label.clone();
    view! {
        <svg class="chart chart-map" viewBox=format!("0 0 {} {}", num(w), num(h)) role="img" aria-label=aria>
            <title>{label.clone()}</title>
            <rect class="map-cell is-strength" x=num(sx) y=num(top) width=num(left + size - sx) height=num(sy - top) />
            <rect class="map-cell" x=num(left) y=num(top) width=num(sx - left) height=num(sy - top) />
            <rect class="map-cell" x=num(sx) y=num(sy) width=num(left + size - sx) height=num(top + size - sy) />
            <rect class="map-cell" x=num(left) y=num(sy) width=num(sx - left) height=num(top + size - sy) />
            <line class="chart-axis" x1=num(sx) y1=num(top) x2=num(sx) y2=num(top + size) />
            <line class="chart-axis" x1=num(left) y1=num(sy) x2=num(left + size) y2=num(sy) />
            <rect class="chart-frame" x=num(left) y=num(top) width=num(size) height=num(size) />
            {corner(left + size, top - 10.0, "end", format!("↗ {}", names[0]))}
            {corner(left + size, top + size + 40.0, "end", format!("↘ {}", names[1]))}
            {corner(left, top - 10.0, "start", format!("↖ {}", names[2]))}
            {corner(left, top + size + 40.0, "start", format!("↙ {}", names[3]))}
            {dots}
            {ticks}
            <text class="chart-axis-label" x=num(left + size / 2.0) y=num(top + size + 66.0) text-anchor="middle">"How skilled →"</text>
            <text
                class="chart-axis-label"
                x="0"
                y="0"
                text-anchor="middle"
                transform=format!("translate(18 {}) rotate(-90)", num(top + size / 2.0))
            >
                "How much you enjoy it →"
            </text>
        </svg>
    }
}

/// One bar: a name, a score out of `max`, and words for each end.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: u8,
    pub max: u8,
    pub low: String,
    pub high: String,
}

/// Horizontal bars with the number and both ends written out.
#[component]
pub fn Bars(bars: Vec<Bar>) -> impl IntoView {
    view! {
        <ul class="bars">
            {bars
                .into_iter()
                .map(|b| {
                    let fill = bar_length(f64::from(b.value), f64::from(b.max), 100.0);
                    view! {
                        <li class="bar-row">
                            <div class="bar-head">
                                <span class="bar-name">{b.label.clone()}</span>
                                <span class="bar-value">{format!("{} of {}", locale::count(b.value.into()), locale::count(b.max.into()))}</span>
                            </div>
                            <svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect class="bar-track" x="0" y="0" width="100" height="8" rx="4" />
                                <rect class="bar-fill" x="0" y="0" width=num(fill) height="8" rx="4" />
                            </svg>
                            {(!b.low.is_empty() || !b.high.is_empty())
                                .then(|| {
                                    view! {
                                        <div class="bar-poles">
                                            <span>{b.low.clone()}</span>
                                            <span>{b.high.clone()}</span>
                                        </div>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
