//! The timeline: milestones and check-ins of one month on a time axis, with today
//! marked, paged month by month (`/timeline?month=2026-03`), and the same events as a list.

use crate::ui::components::A;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use waymark_core::checkins::PeriodState;
use waymark_core::discover::chart::num;
use waymark_core::goals;
use waymark_core::timeline::{self, EventKind, Month, TimelineEvent};

use super::checkins::{goal_href, nice_date};
use crate::store::{clock, locale, state::use_app};
use crate::ui::components::{Icon, PageHeader};

const DAY_W: f64 = 40.0;
const PAD_X: f64 = 16.0;
const AXIS_Y: f64 = 128.0;
const HEIGHT: f64 = 172.0;
const STACK: f64 = 26.0;
const MAX_STACK: usize = 4;

#[derive(Clone, PartialEq)]
struct MonthView {
    month: Month,
    today: NaiveDate,
    events: Vec<TimelineEvent>,
    label: String,
}

#[component]
pub fn TimelinePage() -> impl IntoView {
    let app = use_app();
    let query = use_query_map();
    let today = clock::today();
    let month = Memo::new(move |_| {
        query
            .with(|q| q.get("month"))
            .and_then(|k| Month::from_key(&k))
            .unwrap_or_else(|| Month::containing(today))
    });
    let data = Memo::new(move |_| {
        let m = month.get();
        app.workbook.with(|wb| {
            let milestones = goals::milestones_due(&wb.goals);
            let events = timeline::timeline(
                &milestones,
                &wb.checkins,
                m.first_day(),
                m.last_day(),
                today,
            );
            let label = crate::ui::words::month_label(
                &locale::current(),
                m.year(),
                m.number(),
                &timeline::month_counts(&events),
            );
            MonthView {
                month: m,
                today,
                events,
                label,
            }
        })
    });
    let link = |m: Month| format!("/timeline?month={}", m.key());
    // On narrow screens the chart scrolls sideways: bring today into view.
    Effect::new(move |_| {
        let position = month.get().position(today).unwrap_or(0.0);
        request_animation_frame(move || {
            let Some(frame) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(".timeline-frame").ok().flatten())
            else {
                return;
            };
            let room = frame.scroll_width() - frame.client_width();
            if room > 0 {
                let centre = position * f64::from(frame.scroll_width())
                    - f64::from(frame.client_width()) / 2.0;
                frame.set_scroll_left(centre.clamp(0.0, f64::from(room)) as i32);
            }
        });
    });

    view! {
        <div class="page accountability">
            <PageHeader
                title=crate::ui::words::pages::title("/timeline")
                lead=crate::ui::words::pages::lead("/timeline")
            >
                <A href="/checkins" attr:class="btn btn-quiet">"Back to check-ins"</A>
            </PageHeader>
            <section class="card timeline" aria-labelledby="month-title">
                <nav class="month-nav" aria-label="Months">
                    <A href=move || link(month.get().prev()) attr:class="btn btn-quiet">
                        <Icon name="chevron-left" />
                        <span>{move || format!("Earlier: {}", month_name(month.get().prev()))}</span>
                    </A>
                    <h2 id="month-title" aria-live="polite">{move || month_name(month.get())}</h2>
                    <A href=move || link(month.get().next()) attr:class="btn btn-quiet">
                        <span>{move || format!("Later: {}", month_name(month.get().next()))}</span>
                        <Icon name="chevron-right" />
                    </A>
                </nav>
                <Show when=move || !month.get().contains(today)>
                    <p class="month-today">
                        <A href=link(Month::containing(today))>"Back to this month"</A>
                    </p>
                </Show>
                <TimelineLegend />
                <div class="timeline-frame" role="region" aria-label="Timeline chart (scrolls sideways)" tabindex="0">
                    {move || data.with(|d| view! { <TimelineChart data=d.clone() /> })}
                </div>
                <h3 class="timeline-list-title">"In words"</h3>
                {move || data.with(|d| view! { <TimelineList data=d.clone() /> })}
            </section>
        </div>
    }
}

#[component]
fn TimelineLegend() -> impl IntoView {
    view! {
        <ul class="legend" aria-hidden="true">
            <li><svg viewBox="0 0 16 16" width="16" height="16"><path d=diamond(8.0, 8.0, 6.0) class="mark-milestone" /></svg>"Milestone due"</li>
            <li><svg viewBox="0 0 16 16" width="16" height="16"><path d=diamond(8.0, 8.0, 6.0) class="mark-milestone done" /></svg>"Milestone done"</li>
            <li><svg viewBox="0 0 16 16" width="16" height="16"><circle cx="8" cy="8" r="6" class="mark-checkin" /></svg>"Check-in done"</li>
            <li><svg viewBox="0 0 16 16" width="16" height="16"><circle cx="8" cy="8" r="5.5" class="mark-due" /></svg>"Check-in due"</li>
            <li><svg viewBox="0 0 16 16" width="16" height="16"><circle cx="8" cy="8" r="5.5" class="mark-due missed" /></svg>"Check-in missed"</li>
        </ul>
    }
}

fn diamond(cx: f64, cy: f64, r: f64) -> String {
    format!(
        "M{} {}L{} {}L{} {}L{} {}Z",
        num(cx),
        num(cy - r),
        num(cx + r),
        num(cy),
        num(cx),
        num(cy + r),
        num(cx - r),
        num(cy)
    )
}

/// "November 2026", in the person's locale.
fn month_name(m: Month) -> String {
    locale::current().month_year(m.year(), m.number())
}

/// Where a day's middle sits on the axis.
fn day_x(month: Month, date: NaiveDate) -> f64 {
    PAD_X + DAY_W * f64::from(month.days()) * month.position(date).unwrap_or(0.0)
}

#[component]
fn TimelineChart(data: MonthView) -> impl IntoView {
    let m = data.month;
    let days = m.days();
    let width = PAD_X * 2.0 + DAY_W * f64::from(days);
    let mut stacks: std::collections::BTreeMap<u32, usize> = Default::default();
    let marks = data
        .events
        .iter()
        .filter_map(|e| {
            let level = stacks.entry(e.date.day()).or_insert(0);
            let i = *level;
            *level += 1;
            if i > MAX_STACK {
                return None;
            }
            let x = day_x(m, e.date);
            let y = AXIS_Y - 22.0 - STACK * i as f64;
            if i == MAX_STACK {
                return Some(
                    view! { <text x=num(x) y=num(y + 4.0) class="axis-label" text-anchor="middle">"+"</text> }
                        .into_any(),
                );
            }
            Some(match &e.kind {
                EventKind::Milestone { done, .. } => view! {
                    <path d=diamond(x, y, 9.5) class="mark-milestone" class:done=*done />
                }
                .into_any(),
                EventKind::CheckIn { .. } => {
                    view! { <circle cx=num(x) cy=num(y) r="8.5" class="mark-checkin" /> }.into_any()
                }
                EventKind::CheckInDue { state } => view! {
                    <circle cx=num(x) cy=num(y) r="8" class="mark-due" class:missed=*state == PeriodState::Missed />
                }
                .into_any(),
            })
        })
        .collect_view();
    // Weeks start on the locale's first day: a faint line before each, and the
    // weekday's short name under that day's number.
    let loc = locale::current();
    let first_weekday = loc.first_weekday();
    let week_starts = timeline::week_starts(m, first_weekday);
    let first_name = loc.weekday_name(first_weekday, false);
    let ticks = (1..=days)
        .filter_map(|d| m.first_day().with_day(d))
        .map(|date| {
            let xf = day_x(m, date);
            let x = num(xf);
            let weekend = date.weekday().number_from_monday() >= 6;
            let week_start = week_starts.contains(&date).then(|| {
                let sx = num(xf - DAY_W / 2.0);
                view! {
                    <line x1=sx.clone() x2=sx y1=num(AXIS_Y - 40.0) y2=num(AXIS_Y + 40.0) class="week-start" />
                    <text x=x.clone() y=num(AXIS_Y + 38.0) class="axis-label weekday" text-anchor="middle">{first_name.clone()}</text>
                }
            });
            view! {
                {week_start}
                <line x1=x.clone() x2=x.clone() y1=num(AXIS_Y - 4.0) y2=num(AXIS_Y + 4.0) class="tick" />
                <text x=x y=num(AXIS_Y + 22.0) class="axis-label day" class:weekend=weekend text-anchor="middle">{locale::current().number(f64::from(date.day()), 0)}</text>
            }
        })
        .collect_view();
    let today_mark = m.contains(data.today).then(|| {
        let x = num(day_x(m, data.today));
        view! {
            <line x1=x.clone() x2=x.clone() y1="18" y2=num(AXIS_Y + 8.0) class="today-line" />
            <text x=x y="12" class="today-label" text-anchor="middle">"Today"</text>
        }
    });
    view! {
        <svg
            class="timeline-chart"
            viewBox=format!("0 0 {} {HEIGHT}", num(width))
            style:min-width=format!("{}px", num(width.clamp(640.0, 960.0)))
            role="img"
            aria-label=data.label.clone()
        >
            <line x1=num(PAD_X) x2=num(width - PAD_X) y1=num(AXIS_Y) y2=num(AXIS_Y) class="axis" />
            {ticks}
            {today_mark}
            {marks}
        </svg>
    }
}

#[component]
fn TimelineList(data: MonthView) -> impl IntoView {
    if data.events.is_empty() {
        return view! {
            <p class="muted">
                "Nothing is dated this month. Milestones with due dates and your check-ins will show up here. "
                <A href="/goals">"Plan a milestone"</A>
                " or "
                <A href="/checkins">"choose a check-in rhythm"</A>
                "."
            </p>
        }
        .into_any();
    }
    // Group by day, keeping date order.
    let mut days: Vec<(NaiveDate, Vec<TimelineEvent>)> = Vec::new();
    for e in data.events {
        match days.last_mut() {
            Some((d, list)) if *d == e.date => list.push(e),
            _ => days.push((e.date, vec![e])),
        }
    }
    let today = data.today;
    view! {
        <ol class="timeline-list">
            {days
                .into_iter()
                .map(|(date, events)| view! {
                    <li class:is-today=date == today>
                        <span class="timeline-date">
                            {nice_date(date)}
                            {(date == today).then_some(" (today)")}
                        </span>
                        <ul class="plain-list">
                            {events.into_iter().map(|e| {
                                let text = e.describe();
                                match e.kind {
                                    EventKind::Milestone { goal_id, .. } => view! {
                                        <li dir="auto"><A href=goal_href(&goal_id)>{text}</A></li>
                                    }.into_any(),
                                    _ => view! { <li>{text}</li> }.into_any(),
                                }
                            }).collect_view()}
                        </ul>
                    </li>
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}
