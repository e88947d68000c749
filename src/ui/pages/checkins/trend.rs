//! How confidence and energy moved across check-ins: a line chart (SVG), a sentence
//! saying what it shows, and every number in a table for anyone who can't see the chart.

use leptos::prelude::*;
use waymark_core::checkins::{self, ChartPoint, TrendChart, RATING_RANGE};
use waymark_core::discover::chart::num;

use super::nice_date;
use crate::store::state::use_app;

/// The chart's frame in SVG units. Phones get a narrower frame, so its text stays readable.
#[derive(Clone, Copy, PartialEq)]
struct Frame {
    width: f64,
    height: f64,
    left: f64,
    top: f64,
    plot_w: f64,
    plot_h: f64,
}

const WIDE: Frame = Frame {
    width: 640.0,
    height: 250.0,
    left: 44.0,
    top: 16.0,
    plot_w: 572.0,
    plot_h: 180.0,
};

const NARROW: Frame = Frame {
    width: 340.0,
    height: 236.0,
    left: 30.0,
    top: 14.0,
    plot_w: 290.0,
    plot_h: 170.0,
};

fn is_narrow() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < 600.0)
}

#[derive(Clone, PartialEq)]
struct TrendView {
    chart: TrendChart,
    summary: String,
    /// Newest first: (date, confidence, energy).
    table: Vec<(chrono::NaiveDate, u8, u8)>,
}

fn polyline(points: &[ChartPoint]) -> String {
    points
        .iter()
        .map(|p| format!("{},{}", num(p.x), num(p.y)))
        .collect::<Vec<_>>()
        .join(" ")
}

#[component]
pub fn TrendSection() -> impl IntoView {
    let app = use_app();
    let narrow = RwSignal::new(is_narrow());
    let listener = window_event_listener(leptos::ev::resize, move |_| {
        let now = is_narrow();
        if narrow.get_untracked() != now {
            narrow.set(now);
        }
    });
    on_cleanup(move || listener.remove());
    let frame = Memo::new(move |_| if narrow.get() { NARROW } else { WIDE });
    let view_model = Memo::new(move |_| {
        let f = frame.get();
        app.workbook.with(|wb| {
            let trend = checkins::trend(&wb.checkins);
            TrendView {
                chart: checkins::trend_chart(&trend, f.left, f.top, f.plot_w, f.plot_h),
                summary: trend
                    .summary()
                    .map(|t| crate::ui::words::trend_summary(&crate::store::locale::current(), &t))
                    .unwrap_or_default(),
                table: wb
                    .checkins
                    .checkins_newest_first()
                    .into_iter()
                    .map(|c| (c.date, c.confidence, c.energy))
                    .collect(),
            }
        })
    });
    let label = move || {
        view_model.with(|v| match (v.chart.first, v.chart.last) {
            (Some(a), Some(b)) if a != b => format!(
                "Line chart of your confidence and energy, from 1 to 10, at each check-in from {} to {}.",
                nice_date(a),
                nice_date(b)
            ),
            (Some(a), _) => format!(
                "Chart of your confidence and energy, from 1 to 10, at your check-in on {}.",
                nice_date(a)
            ),
            _ => "Chart of your confidence and energy.".to_string(),
        })
    };
    let grid = [1u8, 4, 7, 10];
    let table_opened = RwSignal::new(false);

    view! {
        <section class="card trend" aria-labelledby="trend-title">
            <h2 id="trend-title">"How you've been feeling"</h2>
            <p>{move || view_model.with(|v| v.summary.clone())}</p>
            <ul class="legend" aria-hidden="true">
                <li>
                    <svg viewBox="0 0 36 12" width="36" height="12">
                        <line x1="2" y1="6" x2="34" y2="6" class="line-confidence" />
                        <circle cx="18" cy="6" r="4" class="dot-confidence" />
                    </svg>
                    "Confidence"
                </li>
                <li>
                    <svg viewBox="0 0 36 12" width="36" height="12">
                        <line x1="2" y1="6" x2="34" y2="6" class="line-energy" />
                        <rect x="14" y="2" width="8" height="8" class="dot-energy" />
                    </svg>
                    "Energy"
                </li>
            </ul>
            <div class="chart-frame">
                <svg
                    class="trend-chart"
                    viewBox=move || frame.with(|f| format!("0 0 {} {}", num(f.width), num(f.height)))
                    role="img"
                    aria-label=label
                    preserveAspectRatio="xMidYMid meet"
                >
                    {move || {
                        let f = frame.get();
                        grid.into_iter()
                            .map(|v| {
                                let y = num(checkins::rating_y(v, f.top, f.plot_h));
                                view! {
                                    <line x1=num(f.left) x2=num(f.left + f.plot_w) y1=y.clone() y2=y.clone() class="grid" />
                                    <text x=num(f.left - 10.0) y=y class="axis-label" text-anchor="end" dominant-baseline="middle">{v}</text>
                                }
                            })
                            .collect_view()
                    }}
                    {move || {
                        let f = frame.get();
                        view_model.with(|v| {
                            let c = &v.chart;
                            let first = c.first.map(crate::store::locale::medium_date);
                            let last = c.last.filter(|l| Some(*l) != c.first).map(crate::store::locale::medium_date);
                            let base = num(f.top + f.plot_h + 28.0);
                            view! {
                                <polyline points=polyline(&c.energy) class="line-energy" fill="none" />
                                <polyline points=polyline(&c.confidence) class="line-confidence" fill="none" />
                                {c.markers_fit(f.plot_w).then(|| view! {
                                    {c.energy.iter().map(|p| view! {
                                        <rect x=num(p.x - 4.5) y=num(p.y - 4.5) width="9" height="9" class="dot-energy" />
                                    }).collect_view()}
                                    {c.confidence.iter().map(|p| view! {
                                        <circle cx=num(p.x) cy=num(p.y) r="5" class="dot-confidence" />
                                    }).collect_view()}
                                })}
                                {match last {
                                    Some(l) => view! {
                                        <text x=num(f.left) y=base.clone() class="axis-label" text-anchor="start">{first.unwrap_or_default()}</text>
                                        <text x=num(f.left + f.plot_w) y=base class="axis-label" text-anchor="end">{l}</text>
                                    }.into_any(),
                                    None => view! {
                                        <text x=num(f.left + f.plot_w / 2.0) y=base class="axis-label" text-anchor="middle">{first.unwrap_or_default()}</text>
                                    }.into_any(),
                                }}
                            }
                        })
                    }}
                </svg>
            </div>
            // The rows are drawn when the table is first opened (years of check-ins are
            // hundreds of rows, and every date is formatted for the reader's locale).
            <details class="numbers" on:toggle=move |_| table_opened.set(true)>
                <summary>"See every rating as a table"</summary>
                <table>
                    <caption class="visually-hidden">"Confidence and energy at each check-in, newest first"</caption>
                    <thead>
                        <tr><th scope="col">"Date"</th><th scope="col">"Confidence"</th><th scope="col">"Energy"</th></tr>
                    </thead>
                    <tbody>
                        {move || table_opened.get().then(|| view_model.with(|v| v.table.iter().map(|(d, c, e)| view! {
                            <tr>
                                <th scope="row">{nice_date(*d)}</th>
                                <td>{rating_text(*c)}</td>
                                <td>{rating_text(*e)}</td>
                            </tr>
                        }).collect_view()))}
                    </tbody>
                </table>
            </details>
        </section>
    }
}

fn rating_text(value: u8) -> String {
    if RATING_RANGE.contains(&value) {
        format!("{value} of 10")
    } else {
        "Not recorded".to_string()
    }
}
