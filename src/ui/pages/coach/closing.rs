//! The closing review (`/report/closing`): where the person started and where they are
//! now — the wheel, confidence and energy, goals reached, wins and check-ins — on one
//! printable page. The comparison is `waymark_core::closing`'s.

use leptos::prelude::*;
use waymark_core::closing::{self, WheelThenNow};

use crate::store::{clock, locale, state::use_app};
use crate::ui::components::{Icon, PageHeader, A};
use crate::ui::words::{self, coaching};

#[component]
pub fn ClosingPage() -> impl IntoView {
    let app = use_app();
    let review = Memo::new(move |_| app.workbook.with(|wb| closing::closing(wb, clock::today())));
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            if w.print().is_err() {
                app.tell("Your browser didn't open the print dialog. Try its menu: Print.");
            }
        }
    };
    view! {
        <div class="page report closing">
            <div class="no-print">
                <PageHeader
                    title=words::pages::title("/report/closing")
                    lead=words::pages::lead("/report/closing")
                >
                    <button class="btn btn-primary" on:click=print>
                        <Icon name="print" />
                        " Print or save as PDF"
                    </button>
                    <A href="/report" attr:class="btn btn-secondary">"The whole report"</A>
                </PageHeader>
            </div>
            {move || {
                let c = review.get();
                let l = locale::current();
                let name = app.workbook.with(|wb| wb.profile.greeting_name().map(str::to_owned));
                view! {
                    <article class="report-sheet card closing-sheet" aria-labelledby="closing-title">
                        <header class="report-title">
                            <h2 id="closing-title">
                                {match name {
                                    Some(n) => view! { <bdi dir="auto">{n}</bdi>": where I started and where I am" }.into_any(),
                                    None => "Where I started and where I am".into_any(),
                                }}
                            </h2>
                            <p class="muted">{coaching::since(&l, c.since)}</p>
                        </header>
                        {c.since.date().map(|_| view! {
                            <section class="report-section" aria-labelledby="closing-wheel">
                                <h3 id="closing-wheel">"Satisfaction wheel"</h3>
                                <WheelPart wheel=c.wheel.clone() />
                            </section>
                            <section class="report-section" aria-labelledby="closing-confidence">
                                <h3 id="closing-confidence">"Confidence and energy"</h3>
                                {match (c.confidence, c.energy) {
                                    (None, None) => view! {
                                        <p>"No check-ins yet. A check-in asks how confident and how full of energy you feel, so you can see it change."</p>
                                        <A href="/checkins" attr:class="no-print">"Go to check-ins"</A>
                                    }.into_any(),
                                    (conf, energy) => view! {
                                        <ul class="closing-facts">
                                            {conf.map(|r| view! { <li>{coaching::then_now(&l, "Confidence", &r)}</li> })}
                                            {energy.map(|r| view! { <li>{coaching::then_now(&l, "Energy", &r)}</li> })}
                                        </ul>
                                    }.into_any(),
                                }}
                            </section>
                            <section class="report-section" aria-labelledby="closing-goals">
                                <h3 id="closing-goals">"Goals"</h3>
                                <p>{coaching::goals_line(&l, c.goals_done.len(), c.goals_set)}</p>
                                {(!c.goals_done.is_empty()).then(|| view! {
                                    <ul>
                                        {c.goals_done.iter().map(|g| view! {
                                            <li>
                                                <span dir="auto">{g.title.clone()}</span>
                                                <span class="muted">{format!(" — reached {}", l.medium_date(g.on))}</span>
                                            </li>
                                        }).collect_view()}
                                    </ul>
                                })}
                            </section>
                            <section class="report-section" aria-labelledby="closing-kept">
                                <h3 id="closing-kept">"Wins and check-ins"</h3>
                                <ul class="closing-facts">
                                    <li>{format!("{} logged since the start.", words::count_of(&l, c.wins, "win", "wins"))}</li>
                                    <li>{format!("{} since the start.", words::count_of(&l, c.checkins, "check-in", "check-ins"))}</li>
                                </ul>
                            </section>
                        })}
                    </article>
                }
            }}
        </div>
    }
}

/// The wheel at the start and now, area by area, or what's missing.
#[component]
fn WheelPart(wheel: WheelThenNow) -> impl IntoView {
    let l = locale::current();
    match wheel {
        WheelThenNow::None => view! {
            <p>"No satisfaction wheel yet. It takes about five minutes: rate eight areas of work from 1 to 10, then do it again later to see what moved."</p>
            <A href="/discover/wheel" attr:class="no-print">"Do the satisfaction wheel"</A>
        }
        .into_any(),
        WheelThenNow::One { on } => view! {
            <p>{format!("You did the wheel once, on {}. Do it again now to see what has moved since.", l.medium_date(on))}</p>
            <A href="/discover/wheel" attr:class="no-print closing-again">"Do the wheel again"</A>
        }
        .into_any(),
        WheelThenNow::Compared { start, now, rows } => {
            let (start_day, now_day) = (l.medium_date(start), l.medium_date(now));
            view! {
                <p class="closing-when muted">{coaching::wheel_days(&start_day, &now_day)}</p>
                <div class="table-wrap">
                    <table class="compare-table closing-wheel">
                        <caption class="visually-hidden">"Each area of the wheel at the start and now"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Area"</th>
                                <th scope="col">"Start"</th>
                                <th scope="col">"Now"</th>
                                <th scope="col">"Change"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|r| {
                                let cell = |v: Option<f64>| v.map_or_else(|| "—".to_string(), |v| l.number(v, 1));
                                let change = r.delta.map_or_else(|| "—".to_string(), |d| coaching::change(&l, d));
                                let up = r.delta.is_some_and(|d| d > 0.0);
                                let average = r.id == "average";
                                view! {
                                    <tr class:closing-average=average>
                                        <th scope="row">{r.label.clone()}</th>
                                        <td>{cell(r.before)}</td>
                                        <td>{cell(r.after)}</td>
                                        <td class:closing-up=up>{change}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    }
}
