//! Chart geometry as pure numbers and SVG path strings: radar (hexagon) polygons,
//! satisfaction-wheel wedges and a spread-out 2×2 scatter. The UI only draws them.
//!
//! Angles start at the top and go clockwise; SVG's y axis points down.

use std::f64::consts::TAU;

/// A point in SVG user units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A number for SVG text: at most two decimals, no trailing zeros, no "-0".
pub fn num(x: f64) -> String {
    if !x.is_finite() {
        return "0".to_string();
    }
    let rounded = (x * 100.0).round() / 100.0;
    let rounded = if rounded == 0.0 { 0.0 } else { rounded };
    let text = format!("{rounded:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The point at `turn` of a full circle (0 = top, 0.25 = right) and distance `r`.
pub fn polar(cx: f64, cy: f64, r: f64, turn: f64) -> Point {
    let a = turn * TAU;
    Point {
        x: cx + r * a.sin(),
        y: cy - r * a.cos(),
    }
}

fn fraction(value: f64, max: f64) -> f64 {
    if !value.is_finite() || !max.is_finite() || max <= 0.0 {
        return 0.0;
    }
    (value / max).clamp(0.0, 1.0)
}

/// Corners of a radar polygon: one axis per value, the first at the top, each at
/// `value / max` of `radius` (clamped to 0..=1).
pub fn radar_points(values: &[f64], max: f64, cx: f64, cy: f64, radius: f64) -> Vec<Point> {
    let n = values.len().max(1) as f64;
    values
        .iter()
        .enumerate()
        .map(|(i, v)| polar(cx, cy, radius * fraction(*v, max), i as f64 / n))
        .collect()
}

/// Points as an SVG `points` attribute: "x,y x,y …".
pub fn points_attr(points: &[Point]) -> String {
    points
        .iter()
        .map(|p| format!("{},{}", num(p.x), num(p.y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `points` attribute of a radar polygon for these values.
pub fn radar_polygon(values: &[f64], max: f64, cx: f64, cy: f64, radius: f64) -> String {
    points_attr(&radar_points(values, max, cx, cy, radius))
}

/// A background ring of an `n`-axis radar at `level` (0..=1) of the radius.
pub fn radar_ring(n: usize, level: f64, cx: f64, cy: f64, radius: f64) -> String {
    radar_polygon(&vec![level; n], 1.0, cx, cy, radius)
}

/// The outer end of each axis (draw a line from the centre to each).
pub fn radar_spokes(n: usize, cx: f64, cy: f64, radius: f64) -> Vec<Point> {
    radar_points(&vec![1.0; n], 1.0, cx, cy, radius)
}

/// Where to put an axis label, `gap` beyond the radius, with its `text-anchor`.
pub fn radar_label(
    i: usize,
    n: usize,
    cx: f64,
    cy: f64,
    radius: f64,
    gap: f64,
) -> (Point, &'static str) {
    let turn = i as f64 / n.max(1) as f64;
    let p = polar(cx, cy, radius + gap, turn);
    let anchor = if (p.x - cx).abs() < 1e-6 * radius.max(1.0) {
        "middle"
    } else if p.x > cx {
        "start"
    } else {
        "end"
    };
    (p, anchor)
}

/// The SVG path of wedge `i` of `n` equal wedges, reaching `value / max` of `radius`.
/// Empty when the value is zero or less (nothing to draw).
pub fn wheel_wedge(
    i: usize,
    n: usize,
    value: f64,
    max: f64,
    cx: f64,
    cy: f64,
    radius: f64,
) -> String {
    let r = radius * fraction(value, max);
    if r <= 0.0 || n == 0 {
        return String::new();
    }
    if n == 1 {
        let top = polar(cx, cy, r, 0.0);
        let bottom = polar(cx, cy, r, 0.5);
        return format!(
            "M {} {} A {r} {r} 0 1 1 {} {} A {r} {r} 0 1 1 {} {} Z",
            num(top.x),
            num(top.y),
            num(bottom.x),
            num(bottom.y),
            num(top.x),
            num(top.y),
            r = num(r)
        );
    }
    let start = polar(cx, cy, r, i as f64 / n as f64);
    let end = polar(cx, cy, r, (i + 1) as f64 / n as f64);
    // Each wedge spans at most half a turn, so the small-arc flag is always right.
    format!(
        "M {} {} L {} {} A {r} {r} 0 0 1 {} {} Z",
        num(cx),
        num(cy),
        num(start.x),
        num(start.y),
        num(end.x),
        num(end.y),
        r = num(r)
    )
}

/// One wedge path per value (see [`wheel_wedge`]).
pub fn wheel_wedges(values: &[f64], max: f64, cx: f64, cy: f64, radius: f64) -> Vec<String> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| wheel_wedge(i, values.len(), *v, max, cx, cy, radius))
        .collect()
}

/// The middle of wedge `i` of `n` at distance `r`: where its label or value goes.
pub fn wheel_label(i: usize, n: usize, cx: f64, cy: f64, r: f64) -> Point {
    polar(cx, cy, r, (i as f64 + 0.5) / n.max(1) as f64)
}

/// Positions for (x, y) ratings on a `width` × `height` grid where each rating from
/// `min` to `max` owns an equal cell (x to the right, y upward). Points sharing a
/// cell are spread in a small grid inside it so none hide each other. Input order
/// is kept.
pub fn scatter_layout(
    points: &[(u8, u8)],
    min: u8,
    max: u8,
    width: f64,
    height: f64,
) -> Vec<Point> {
    let cells = f64::from(max.saturating_sub(min)) + 1.0;
    let (cw, ch) = (width / cells, height / cells);
    let index = |v: u8| f64::from(v.clamp(min, max) - min);
    points
        .iter()
        .enumerate()
        .map(|(k, &(x, y))| {
            let same: Vec<usize> = points
                .iter()
                .enumerate()
                .filter(|(_, p)| index(p.0) == index(x) && index(p.1) == index(y))
                .map(|(j, _)| j)
                .collect();
            let count = same.len();
            let slot = same.iter().position(|j| *j == k).unwrap_or(0);
            let cols = (count as f64).sqrt().ceil().max(1.0) as usize;
            let rows = count.div_ceil(cols);
            let (col, row) = (slot % cols, slot / cols);
            let dx = (col as f64 + 1.0) / (cols as f64 + 1.0) - 0.5;
            let dy = (row as f64 + 1.0) / (rows as f64 + 1.0) - 0.5;
            Point {
                x: (index(x) + 0.5 + dx) * cw,
                y: height - (index(y) + 0.5 - dy) * ch,
            }
        })
        .collect()
}

/// Where the 2×2 dividing lines go on a [`scatter_layout`] grid: the x of the
/// vertical line and the y of the horizontal line, at the start of `high_from`.
pub fn scatter_split(high_from: u8, min: u8, max: u8, width: f64, height: f64) -> Point {
    let cells = f64::from(max.saturating_sub(min)) + 1.0;
    let at = f64::from(high_from.clamp(min, max) - min);
    Point {
        x: at * width / cells,
        y: height - at * height / cells,
    }
}

/// The length of a bar for `value` out of `max` in `length` units.
pub fn bar_length(value: f64, max: f64, length: f64) -> f64 {
    length * fraction(value, max)
}
