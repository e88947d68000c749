//! Self-discovery pages: the list of exercises (`/discover`), taking one
//! (`/discover/:id`) and its results (`/discover/:id/results`). The engine and
//! every word about results come from `waymark_core::discover`.

pub mod charts;
mod compare;
mod items;
mod outcome_chart;
mod rank;
mod records;
pub mod results;
pub mod take;

use crate::ui::components::{use_go, A};
use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use leptos::prelude::*;
use waymark_core::content;
use waymark_core::discover::{overview_row, Instrument};

use crate::store::{clock, state::use_app};
use crate::ui::components::{PageHeader, PageNote, ProgressBar};

/// The person's local wall-clock time for a stored instant.
fn local(at: DateTime<Utc>) -> NaiveDateTime {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.timestamp_millis() as f64
    ));
    let offset = date.get_timezone_offset();
    let minutes = if offset.is_finite() { offset as i64 } else { 0 };
    (at - TimeDelta::minutes(minutes)).naive_utc()
}

/// "3 March 2026", in the person's time zone.
pub(crate) fn date_label(at: DateTime<Utc>) -> String {
    crate::store::locale::local_date(at)
}

/// "3 Mar 2026, 14:05": tells apart results taken on the same day.
pub(crate) fn date_time_label(at: DateTime<Utc>) -> String {
    crate::store::locale::date_time(at)
}

/// Labels that tell results apart: date and time, with seconds (and then a number)
/// only where two would otherwise read the same.
pub(crate) fn result_labels(times: &[DateTime<Utc>]) -> Vec<String> {
    let minutes: Vec<String> = times.iter().map(|t| date_time_label(*t)).collect();
    let mut labels: Vec<String> = times
        .iter()
        .zip(&minutes)
        .map(|(t, m)| {
            if minutes.iter().filter(|x| *x == m).count() > 1 {
                format!("{m} ({:02}s)", chrono::Timelike::second(&local(*t)))
            } else {
                m.clone()
            }
        })
        .collect();
    let plain = labels.clone();
    for (i, label) in labels.iter_mut().enumerate() {
        let same = plain.iter().filter(|x| *x == label).count();
        if same > 1 {
            let n = plain[..=i].iter().filter(|x| *x == label).count();
            label.push_str(&format!(" ({n})"));
        }
    }
    labels
}

/// A link that opens the goal wizard with a title (and category, and skill) filled in.
pub(crate) fn goal_href(title: &str, category: &str, skill: Option<&str>) -> String {
    let enc = |s: &str| String::from(js_sys::encode_uri_component(s));
    let mut href = format!("/goals/new?title={}&category={}", enc(title), enc(category));
    if let Some(skill) = skill {
        href.push_str("&skill=");
        href.push_str(&enc(skill));
    }
    href
}

pub(crate) fn take_href(id: &str) -> String {
    format!("/discover/{id}")
}

pub(crate) fn results_href(id: &str) -> String {
    format!("/discover/{id}/results")
}

/// Starts a retake from the latest answers and opens its first page.
pub(crate) fn start_retake(inst: &'static Instrument) -> impl Fn() + Clone {
    let app = use_app();
    let navigate = use_go();
    move || {
        app.update(|wb| {
            wb.discovery.retake_from_latest(inst, clock::now());
        });
        navigate(&format!("{}?screen=1", take_href(inst.id)));
    }
}

/// Text for screen readers only (names which exercise a repeated link is for).
#[component]
pub(crate) fn Sr(#[prop(into)] text: String) -> impl IntoView {
    view! { <span class="disc-sr">{text}</span> }
}

#[component]
pub fn DiscoverPage() -> impl IntoView {
    let app = use_app();
    let finished = Memo::new(move |_| {
        app.workbook.with(|wb| {
            content::ALL
                .iter()
                .filter(|i| !wb.discovery.history(i.id).is_empty())
                .count()
        })
    });
    let started = Memo::new(move |_| app.workbook.with(|wb| !wb.discovery.is_empty()));
    let suggestion = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.profile.situation.map(|s| s.suggested_start()).unwrap_or(
                "Not sure where to begin? The work values sort is a friendly first step: it takes about ten minutes and shapes everything after it.",
            )
        })
    });

    view! {
        <div class="page disc-overview">
            <PageHeader
                title=crate::ui::words::pages::title("/discover")
                lead=crate::ui::words::pages::lead("/discover")
            />
            <PageNote path="/discover" />
            <Show
                when=move || !started.get()
                fallback=move || {
                    view! {
                        <div class="disc-tally">
                            <ProgressBar
                                fraction=Signal::derive(move || finished.get() as f64 / content::ALL.len() as f64)
                                label=Signal::derive(move || format!("{} of {} exercises finished", finished.get(), content::ALL.len()))
                            />
                        </div>
                    }
                }
            >
                <section class="card disc-suggest" aria-labelledby="suggest-title">
                    <h2 id="suggest-title">"Where to start"</h2>
                    <p>{move || suggestion.get()}</p>
                </section>
            </Show>
            <ul class="disc-cards">
                {content::ALL.iter().map(|inst| view! { <InstrumentCard inst=*inst /> }).collect_view()}
            </ul>
        </div>
    }
}

/// One exercise on the overview: what it is for, how long, where you are, what next.
#[component]
fn InstrumentCard(inst: &'static Instrument) -> impl IntoView {
    let app = use_app();
    let row = Memo::new(move |_| {
        app.workbook
            .with(|wb| Some(overview_row(&wb.discovery, inst)))
    });
    let in_progress = Memo::new(move |_| row.with(|r| r.as_ref().and_then(|r| r.in_progress)));
    let results = Memo::new(move |_| row.with(|r| r.as_ref().map_or(0, |r| r.results)));
    let status = move || {
        row.with(|r| {
            let Some(r) = r else {
                return String::new();
            };
            match (r.in_progress, r.last_taken) {
                (Some(p), Some(at)) => format!(
                    "Done on {}. Retake in progress: {} of {}",
                    date_label(at),
                    p.answered,
                    p.total
                ),
                (Some(p), None) => format!("In progress: {} of {}", p.answered, p.total),
                (None, Some(at)) => format!("Done on {}", date_label(at)),
                (None, None) => "Not started".to_string(),
            }
        })
    };
    let headline = move || {
        row.with(|r| {
            r.as_ref()
                .and_then(|r| r.headline.as_ref().map(crate::ui::words::show_headline))
        })
    };
    let retake = start_retake(inst);

    view! {
        <li class="card disc-card">
            <h2>{inst.title}</h2>
            <p class="disc-purpose">{inst.purpose}</p>
            <p class="disc-meta">
                <span class="disc-time">{format!("About {} minutes", inst.minutes)}</span>
                <span
                    class="disc-status"
                    class:is-done=move || { results.get() > 0 }
                    class:is-going=move || in_progress.get().is_some()
                >
                    {status}
                </span>
            </p>
            {move || {
                in_progress
                    .get()
                    .map(|p| {
                        view! {
                            <div class="disc-card-progress" aria-hidden="true">
                                <div class="progress-track">
                                    <div
                                        class="progress-fill"
                                        style:width=format!("{}%", (p.fraction() * 100.0).round())
                                    ></div>
                                </div>
                            </div>
                        }
                    })
            }}
            {move || {
                headline()
                    .map(|h| {
                        view! {
                            <p class="disc-headline" dir="auto">
                                <span class="disc-sr">"Latest result: "</span>
                                {h}
                            </p>
                        }
                    })
            }}
            <div class="actions">
                {move || {
                    let retake = retake.clone();
                    let name = inst.title.to_lowercase();
                    let the = format!(" the {name}");
                    let of_the = format!(" of the {name}");
                    match (in_progress.get().is_some(), results.get() > 0) {
                        (true, has_results) => {
                            view! {
                                <A href=take_href(inst.id) attr:class="btn btn-primary">
                                    "Continue"
                                    <Sr text=the.clone() />
                                </A>
                                {has_results
                                    .then(|| {
                                        view! {
                                            <A href=results_href(inst.id) attr:class="btn btn-secondary">
                                                "See results"
                                                <Sr text=of_the.clone() />
                                            </A>
                                        }
                                    })}
                            }
                                .into_any()
                        }
                        (false, true) => {
                            view! {
                                <A href=results_href(inst.id) attr:class="btn btn-primary">
                                    "See results"
                                    <Sr text=of_the.clone() />
                                </A>
                                <button class="btn btn-quiet" type="button" on:click=move |_| retake()>
                                    "Retake"
                                    <Sr text=the.clone() />
                                </button>
                            }
                                .into_any()
                        }
                        (false, false) => {
                            view! {
                                <A href=take_href(inst.id) attr:class="btn btn-primary">
                                    "Start"
                                    <Sr text=the.clone() />
                                </A>
                            }
                                .into_any()
                        }
                    }
                }}
            </div>
        </li>
    }
}

/// For an address like `/discover/nonsense`.
#[component]
pub(crate) fn UnknownExercise() -> impl IntoView {
    view! {
        <div class="page">
            <PageHeader
                title="We couldn't find that exercise"
                lead="The link may be out of date. Every exercise is listed on the Discover page."
            >
                <A href="/discover" attr:class="btn btn-primary">"See all exercises"</A>
            </PageHeader>
        </div>
    }
}
