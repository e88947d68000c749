//! The search's plain numbers: applications sent per week as a small bar chart (with
//! its words for screen readers), and the rates in sentences.

use leptos::prelude::*;
use waymark_core::search::stats::{numbers, week_bars, WEEKS_SHOWN};

use crate::store::{clock, locale, state::use_app};
use crate::ui::words::search as w;

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 120.0;
const LEFT: f64 = 8.0;
const TOP: f64 = 18.0;
const PLOT_HEIGHT: f64 = 78.0;

#[component]
pub fn Numbers() -> impl IntoView {
    let app = use_app();
    let today = clock::today();
    let data = Memo::new(move |_| {
        app.workbook
            .with(|wb| numbers(&wb.search, today, WEEKS_SHOWN))
    });
    view! {
        <section class="card search-numbers" aria-labelledby="numbers-title">
            <h2 id="numbers-title">"Your numbers"</h2>
            <div class="numbers-body">
                {move || {
                    let n = data.get();
                    let l = locale::current();
                    let description = w::weeks_description(&l, &n);
                    let bars = week_bars(&n.weeks, LEFT, TOP, WIDTH - 2.0 * LEFT, PLOT_HEIGHT);
                    let base = TOP + PLOT_HEIGHT;
                    view! {
                        <figure class="weeks-chart">
                            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="weeks-chart-title">
                                <title id="weeks-chart-title">{description}</title>
                                <line class="chart-axis" x1=LEFT x2=WIDTH - LEFT y1=base y2=base aria-hidden="true" />
                                {bars.iter().map(|b| {
                                    let cx = b.x + b.width / 2.0;
                                    view! {
                                        <rect class="week-bar" x=b.x y=b.y width=b.width height=b.height.max(0.0) rx="2" />
                                        <text class="bar-value" x=cx y=b.y - 4.0 text-anchor="middle" aria-hidden="true">{l.number(b.week.sent as f64, 0)}</text>
                                        <text class="bar-label" x=cx y=base + 16.0 text-anchor="middle" aria-hidden="true">{l.day_month(b.week.starts)}</text>
                                    }
                                }).collect_view()}
                            </svg>
                            <figcaption class="muted small">"Applications sent each week, the last eight weeks (the week starting on the day shown)."</figcaption>
                        </figure>
                        <ul class="number-lines">
                            {w::number_lines(&l, &n).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                        </ul>
                    }
                }}
            </div>
        </section>
    }
}
