//! A goal's metric log: log dated values, see them as a line chart against the target
//! and the steady pace to the deadline (with the numbers as a table too), read
//! whether you're on track, and remove a value with undo.

use leptos::prelude::*;
use waymark_core::goals::{
    self, chart_summary, metric_chart, Counted, CountedThing, Frame, MetricEntry,
};
use waymark_core::search::linked::counting_from;

use super::common::{
    change_goal, date_value, focus_soon, goal_memo, parse_date, profile_memo, today,
};
use crate::store::{clock, locale, state::use_app};
use crate::ui::components::{Icon, A};
use crate::ui::words;

/// How many of the latest values the table shows until "Show all" is pressed.
const LATEST_SHOWN: usize = 5;

#[component]
pub fn MetricLog(goal_id: String) -> impl IntoView {
    let app = use_app();
    let today = today();
    let metric = goal_memo(app, &goal_id, |g| {
        g.metric.clone().filter(|m| m.is_complete())
    });
    let has_metric = move || metric.with(|m| matches!(m, Some(Some(_))));
    let unit = move || metric.with(|m| m.clone().flatten().map(|m| m.unit).unwrap_or_default());
    let name = move || metric.with(|m| m.clone().flatten().map(|m| m.name).unwrap_or_default());
    let log = goal_memo(app, &goal_id, |g| g.metric_log.clone());
    let pace = goal_memo(app, &goal_id, move |g| {
        goals::pace_reading(g, today)
            .map(|r| (r.behind, words::pace_sentence(&locale::current(), &r)))
    });
    let chart = goal_memo(app, &goal_id, move |g| {
        metric_chart(g, today, chart_frame())
    });
    let description = goal_memo(app, &goal_id, move |g| {
        chart_summary(g, today)
            .map(|s| words::chart_description(&locale::current(), &s))
            .unwrap_or_default()
    });
    let profile = profile_memo(app);
    let why = Memo::new(move |_| profile.with(|p| p.my_why()));

    let date = RwSignal::new(date_value(Some(today)));
    let value = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let removed = RwSignal::new(None::<MetricEntry>);
    let show_all = RwSignal::new(false);
    let logged = move || log.with(|l| l.as_ref().map_or(0, Vec::len));
    let counted = goal_memo(app, &goal_id, |g| {
        g.metric
            .as_ref()
            .and_then(|m| m.counts)
            .map(|c| (c.what, counting_from(g, &c)))
    });
    let typed = move || counted.with(|c| !matches!(c, Some(Some(_))));
    let counted_note = move || {
        counted.get().flatten().map(|(what, from)| {
            // The latest reading is the count on top of the start value.
            let start = metric.with(|m| m.clone().flatten().map_or(0.0, |m| m.start));
            let latest = log.with(|l| l.as_ref().and_then(|l| l.last().map(|e| e.value)));
            let n = (latest.unwrap_or(start) - start).max(0.0).round() as usize;
            words::search::counted_note(&locale::current(), what, from, n)
        })
    };

    let gid = StoredValue::new(goal_id.clone());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(day) = parse_date(&date.get_untracked()) else {
            error.set(Some("Please choose the date of this value."));
            return;
        };
        let Some(number) = goals::parse_number(&value.get_untracked()) else {
            error.set(Some(
                "Please write the value as a number, such as 3 or 2.5.",
            ));
            focus_soon("log-value");
            return;
        };
        error.set(None);
        let text = note.get_untracked();
        change_goal(app, &gid.get_value(), |g| {
            g.log_metric(day, number, &text, clock::now())
        });
        value.set(String::new());
        note.set(String::new());
        app.tell(format!(
            "Logged {} for {}.",
            crate::store::locale::number(number),
            crate::store::locale::medium_date(day)
        ));
    };
    let undo = move |_| {
        if let Some(entry) = removed.get_untracked() {
            change_goal(app, &gid.get_value(), |g| {
                g.log_metric(entry.date, entry.value, &entry.note, clock::now())
            });
            removed.set(None);
            app.tell("The value is back.");
        }
    };

    view! {
        <section class="card goal-metric" aria-labelledby="metric-title">
            <h2 id="metric-title">"Progress log"</h2>
            <Show
                when=has_metric
                fallback=|| view! {
                    <p class="muted">"Add a measure under \u{201c}About this goal\u{201d} — what you'll count, a unit, where you start and your target — to log values here and see them on a chart."</p>
                }
            >
                <p class="muted" dir="auto">{move || format!("{} ({})", name(), unit())}</p>
                {move || pace.get().flatten().map(|(behind, text)| view! {
                    <div class="pace-line" class:is-behind=behind>
                        <Icon name=if behind { "clock" } else { "check" } />
                        <p>{text}</p>
                    </div>
                    {behind.then(|| why.get().map(|w| view! {
                        <p class="my-why" dir="auto"><strong>"Remember why: "</strong>{w}</p>
                    }))}
                })}
                {move || chart.get().flatten().map(|c| view! { <MetricChartView chart=c description=description.get().unwrap_or_default() /> })}
                <CountFromSearch goal_id=gid.get_value() />
                <Show when=typed fallback=move || view! {
                    <p class="message counted-note" id="counted-note">
                        <Icon name="check" />
                        " "
                        {counted_note}
                        " "
                        <A href="/search">"Open the job search"</A>
                    </p>
                }>
                <form class="log-form" on:submit=add>
                    <h3>"Log a value"</h3>
                    <div class="field-grid">
                        <div class="field">
                            <label for="log-date">"Date"</label>
                            <input id="log-date" type="date" prop:value=move || date.get()
                                on:input=move |ev| date.set(event_target_value(&ev))
                                on:change=move |ev| date.set(event_target_value(&ev)) />
                        </div>
                        <div class="field">
                            <label for="log-value">{move || format!("Value ({})", unit())}</label>
                            <input id="log-value" type="text" inputmode="decimal"
                                aria-describedby=move || error.get().map(|_| "log-error")
                                aria-invalid=move || error.get().map(|_| "true")
                                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
                        </div>
                        <div class="field">
                            <label for="log-note">"Note " <span class="optional">"(optional)"</span></label>
                            <input id="log-note" type="text" dir="auto" maxlength="200"
                                prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev)) />
                        </div>
                    </div>
                    {move || error.get().map(|e| view! { <p class="field-error" id="log-error">{e}</p> })}
                    <button type="submit" class="btn btn-secondary"><Icon name="plus" />" Log value"</button>
                </form>
                <Show when=move || removed.with(Option::is_some)>
                    <div class="message undo-bar">
                        <p>{move || removed.with(|r| r.as_ref().map(|e| format!("Removed {} from {}.", crate::store::locale::number(e.value), crate::store::locale::medium_date(e.date))).unwrap_or_default())}</p>
                        <button id="undo-metric" class="btn btn-secondary" on:click=undo><Icon name="undo" />" Undo"</button>
                    </div>
                </Show>
                <Show when=move || log.with(|l| l.as_ref().is_some_and(|l| !l.is_empty()))>
                    <div class="table-wrap">
                        <table class="metric-table" id="metric-table">
                            <caption>
                                {move || {
                                    let n = logged();
                                    if n > LATEST_SHOWN && !show_all.get() {
                                        format!("Logged values: the latest {LATEST_SHOWN} of {n}")
                                    } else {
                                        "Logged values".to_string()
                                    }
                                }}
                            </caption>
                            <thead>
                                <tr>
                                    <th scope="col">"Date"</th>
                                    <th scope="col">{move || format!("Value ({})", unit())}</th>
                                    <th scope="col">"Note"</th>
                                    <th scope="col"><span class="goal-sr">"Remove"</span></th>
                                </tr>
                            </thead>
                            <tbody>
                                {move || {
                                    let shown = if show_all.get() { usize::MAX } else { LATEST_SHOWN };
                                    log.get()
                                        .unwrap_or_default()
                                        .into_iter()
                                        .enumerate()
                                        .rev()
                                        .take(shown)
                                        .map(|(index, entry)| {
                                            let label = format!("Remove {} from {}", crate::store::locale::number(entry.value), crate::store::locale::medium_date(entry.date));
                                            view! {
                                                <tr>
                                                    <td>{crate::store::locale::medium_date(entry.date)}</td>
                                                    <td>{crate::store::locale::number(entry.value)}</td>
                                                    <td dir="auto">{entry.note.clone()}</td>
                                                    <td>
                                                        <button type="button" class="btn btn-quiet icon-btn" aria-label=label on:click=move |_| {
                                                            let gone = change_goal(app, &gid.get_value(), |g| g.remove_metric_entry(index, clock::now())).flatten();
                                                            if gone.is_some() {
                                                                removed.set(gone);
                                                                focus_soon("undo-metric");
                                                            }
                                                        }>
                                                            <Icon name="trash" />
                                                        </button>
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()
                                }}
                            </tbody>
                        </table>
                    </div>
                    <Show when=move || { logged() > LATEST_SHOWN }>
                        <p class="metric-more">
                            <button type="button" class="btn btn-quiet" aria-controls="metric-table"
                                aria-expanded=move || show_all.get().to_string()
                                on:click=move |_| show_all.update(|all| *all = !*all)>
                                {move || if show_all.get() {
                                    format!("Show the latest {LATEST_SHOWN} values")
                                } else {
                                    format!("Show all {} values", logged())
                                }}
                            </button>
                        </p>
                    </Show>
                </Show>
                </Show>
            </Show>
        </section>
    }
}

/// "Count it for me from my job search": links the metric to applications sent,
/// interviews or conversations held, counted from the goal's day or a chosen one.
#[component]
fn CountFromSearch(goal_id: String) -> impl IntoView {
    let app = use_app();
    let counts = goal_memo(app, &goal_id, |g| g.metric.as_ref().and_then(|m| m.counts));
    let made = goal_memo(app, &goal_id, |g| g.created_at.date_naive());
    let gid = StoredValue::new(goal_id);
    let current = move || counts.get().flatten();
    let set = move |c: Option<Counted>| {
        change_goal(app, &gid.get_value(), |g| g.set_counts(c, clock::now()));
    };
    let on_what = move |ev: leptos::ev::Event| {
        let what = CountedThing::from_key(&event_target_value(&ev));
        let from = current().and_then(|c| c.from);
        set(what.map(|what| Counted { what, from }));
        if what.is_some() {
            app.tell("This goal now counts itself from your job search.");
        }
    };
    let on_from = move |ev: leptos::ev::Event| {
        if let Some(c) = current() {
            let from = parse_date(&event_target_value(&ev));
            set(Some(Counted { from, ..c }));
        }
    };
    let made_words = move || {
        made.get()
            .map(|d| {
                format!(
                    "Leave it empty to count from the day you made this goal, {}.",
                    locale::medium_date(d)
                )
            })
            .unwrap_or_default()
    };
    view! {
        <div class="count-from-search">
            <div class="field">
                <label for="counts-what">"Count it for me from my job search"</label>
                <p class="hint" id="counts-what-hint">"Waymark can count these from your records, so the values follow them with no typing."</p>
                <select id="counts-what" aria-describedby="counts-what-hint" on:change=on_what
                    prop:value=move || current().map(|c| c.what.key()).unwrap_or_default()>
                    <option value="" selected=move || current().is_none()>"No, I'll type the values myself"</option>
                    {CountedThing::ALL.into_iter().map(|w| view! {
                        <option value=w.key() selected=move || current().is_some_and(|c| c.what == w)>
                            {words::search::counted_name(w)}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <Show when=move || current().is_some()>
                <div class="field">
                    <label for="counts-from">"Count from " <span class="optional">"(optional)"</span></label>
                    <p class="hint" id="counts-from-hint">{made_words}</p>
                    <input id="counts-from" type="date" aria-describedby="counts-from-hint"
                        prop:value=move || date_value(current().and_then(|c| c.from))
                        on:change=on_from />
                </div>
            </Show>
        </div>
    }
}

/// The narrow frame on phone-sized screens, so the chart's labels are drawn near
/// life-size instead of shrinking with a wide chart.
fn chart_frame() -> Frame {
    let width = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(1024.0);
    if width < 600.0 {
        Frame::NARROW
    } else {
        Frame::GOAL_PAGE
    }
}

/// The SVG chart: grid and labels, the target, the steady pace, today, the values.
#[component]
fn MetricChartView(chart: goals::MetricChart, description: String) -> impl IntoView {
    let f = chart.frame;
    let (x0, x1) = (f.left, f.width - f.right);
    let (y0, y1) = (f.top, f.height - f.bottom);
    let view_box = format!("0 0 {} {}", f.width, f.height);
    let target_y = chart.target_y;
    let locale = locale::current();
    view! {
        <figure class="metric-chart">
            <svg viewBox=view_box role="img" aria-labelledby="metric-chart-title" preserveAspectRatio="xMidYMid meet">
                <title id="metric-chart-title">{description}</title>
                <g class="chart-grid" aria-hidden="true">
                    {chart.y_ticks.iter().map(|t| view! {
                        <line x1=x0 x2=x1 y1=t.pos y2=t.pos />
                        <text x=x0 - 8.0 y=t.pos + 4.0 text-anchor="end">{words::tick_label(&locale, t.label)}</text>
                    }).collect_view()}
                    {chart.x_ticks.iter().enumerate().map(|(i, t)| {
                        let anchor = if i == 0 { "start" } else if t.pos >= x1 - 1.0 { "end" } else { "middle" };
                        view! { <text x=t.pos y=y1 + 22.0 text-anchor=anchor>{words::tick_label(&locale, t.label)}</text> }
                    }).collect_view()}
                    <line class="chart-axis" x1=x0 x2=x1 y1=y1 y2=y1 />
                </g>
                {chart.today_x.map(|x| view! { <line class="chart-today" x1=x x2=x y1=y0 y2=y1 /> })}
                <line class="chart-target" x1=x0 x2=x1 y1=target_y y2=target_y />
                {chart.pace.map(|(a, b)| view! { <line class="chart-pace" x1=a.x y1=a.y x2=b.x y2=b.y /> })}
                {(!chart.points.is_empty()).then(|| view! { <polyline class="chart-values" points=chart.line.clone() /> })}
                {chart.points.iter().map(|p| view! { <circle class="chart-point" cx=p.at.x cy=p.at.y r="5" /> }).collect_view()}
            </svg>
            <figcaption>
                <ul class="chart-legend">
                    <li><span class="swatch swatch-values" aria-hidden="true"></span>"Your values (solid line, dots)"</li>
                    <li><span class="swatch swatch-target" aria-hidden="true"></span>"Target (dashed)"</li>
                    <li><span class="swatch swatch-pace" aria-hidden="true"></span>"Steady pace to the deadline (dotted)"</li>
                </ul>
            </figcaption>
        </figure>
    }
}
