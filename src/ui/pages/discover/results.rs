//! An exercise's results: the latest (or a chosen earlier) result with its chart,
//! the plain-language reading, next steps that can become goals, the history of
//! results, and a side-by-side comparison of any two.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::ui::components::A;
use waymark_core::content;
use waymark_core::discover::{
    headline, interpret, Instrument, InstrumentResult, Outcome, Scoring, MAX_TEXT,
};

use super::compare::CompareResults;
use super::outcome_chart::{chart, name};
use super::{
    date_label, goal_href, result_labels, results_href, start_retake, take_href, Sr,
    UnknownExercise,
};
use crate::store::{locale, state::use_app};
use crate::ui::components::EmptyState;
use crate::ui::words::{average_sentence, show_headline};

#[component]
pub fn ResultsPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    move || match content::instrument(&id.get()) {
        Some(inst) => view! { <Results inst /> }.into_any(),
        None => view! { <UnknownExercise /> }.into_any(),
    }
}

#[component]
fn Results(inst: &'static Instrument) -> impl IntoView {
    let app = use_app();
    let query = use_query_map();
    let len = Memo::new(move |_| app.workbook.with(|wb| wb.discovery.history(inst.id).len()));
    let selected = Memo::new(move |_| {
        let n = len.get();
        query
            .with(|q| q.get("at"))
            .and_then(|s| s.parse::<usize>().ok())
            .filter(|i| *i < n)
            .unwrap_or(n.saturating_sub(1))
    });
    let result = Memo::new(move |_| {
        let i = selected.get();
        app.workbook
            .with(|wb| wb.discovery.history(inst.id).get(i).cloned())
    });
    let in_progress = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.discovery
                .session(inst.id)
                .is_some_and(|s| !s.answers.is_empty())
        })
    });
    let retake = start_retake(inst);
    let is_latest = move || selected.get() + 1 == len.get();
    let taken = move || {
        result.with(|r| {
            r.as_ref()
                .map(|r| date_label(r.taken_at))
                .unwrap_or_default()
        })
    };

    view! {
        <div class="page disc-results">
            <header class="page-header">
                <p class="disc-crumb">
                    <A href="/discover" exact=true>"Discover"</A>
                </p>
                <h1>{format!("{}: your results", inst.title)}</h1>
                <p class="lead">
                    {move || {
                        if len.get() == 0 {
                            inst.purpose.to_string()
                        } else if is_latest() {
                            format!("Your latest result, from {}.", taken())
                        } else {
                            format!("An earlier result, from {}.", taken())
                        }
                    }}
                </p>
                <div class="page-actions">
                    {move || {
                        let retake = retake.clone();
                        if len.get() == 0 {
                            None
                        } else if in_progress.get() {
                            Some(
                                view! {
                                    <A href=take_href(inst.id) attr:class="btn btn-primary">"Continue your retake"</A>
                                }
                                    .into_any(),
                            )
                        } else {
                            Some(
                                view! {
                                    <button class="btn btn-secondary" type="button" on:click=move |_| retake()>
                                        "Retake"
                                    </button>
                                }
                                    .into_any(),
                            )
                        }
                    }}
                    <Show when=move || { !is_latest() && len.get() > 0 }>
                        <A href=results_href(inst.id) attr:class="btn btn-quiet">"Show the latest"</A>
                    </Show>
                </div>
            </header>
            <Show
                when=move || { len.get() > 0 }
                fallback=move || {
                    view! {
                        <EmptyState
                            icon="compass"
                            title="No results yet"
                            body="Once you finish this exercise, your results appear here with a chart and what they might mean. Earlier results stay, so you can compare them later."
                            action_href=take_href(inst.id)
                            action_label="Start the exercise"
                        />
                    }
                }
            >
                <Glance inst selected result />
                {move || {
                    result
                        .with(|r| r.as_ref().map(|r| interpretation(inst, r)))
                }}
                {move || result.with(|r| r.as_ref().and_then(|r| next_steps(inst, r)))}
                <History inst selected />
                <Show when=move || { len.get() >= 2 }>
                    <CompareResults inst len />
                </Show>
            </Show>
        </div>
    }
}

/// The headline and chart (or, for the vision, the statement to edit).
#[component]
fn Glance(
    inst: &'static Instrument,
    selected: Memo<usize>,
    result: Memo<Option<InstrumentResult>>,
) -> impl IntoView {
    let app = use_app();
    if matches!(inst.scoring, Scoring::Statement) {
        // Rebuilt only when another result is chosen, never while typing.
        return (move || {
            let index = selected.get();
            view! { <VisionEditor inst index /> }
        })
        .into_any();
    }
    // Earlier wheels (up to three before the one shown), for the outlines.
    let earlier = Memo::new(move |_| {
        let i = selected.get();
        app.workbook.with(|wb| {
            let history = wb.discovery.history(inst.id);
            let labels = result_labels(&history.iter().map(|r| r.taken_at).collect::<Vec<_>>());
            let end = i.min(history.len());
            let start = end.saturating_sub(3);
            history[start..end]
                .iter()
                .zip(&labels[start..end])
                .filter_map(|(r, label)| match &r.outcome {
                    Outcome::Ratings(w) => Some((
                        label.clone(),
                        w.scores
                            .iter()
                            .map(|s| f64::from(s.value))
                            .collect::<Vec<_>>(),
                    )),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
    });
    (move || {
        result.with(|r| {
            r.as_ref().map(|r| {
                view! {
                    <section class="card disc-glance" aria-labelledby="glance-title">
                        <h2 id="glance-title">"At a glance"</h2>
                        <p class="disc-big" dir="auto">{show_headline(&headline(r))}</p>
                        {chart(inst, r, earlier.get())}
                    </section>
                }
            })
        })
    })
    .into_any()
}

/// The reading of a result in plain words (beliefs and the vision speak for
/// themselves above).
fn interpretation(inst: &'static Instrument, r: &InstrumentResult) -> Option<AnyView> {
    if matches!(r.outcome, Outcome::Beliefs(_) | Outcome::Statement(_)) {
        return None;
    }
    let blocks = interpret(r)
        .into_iter()
        .map(|p| {
            let list = (!p.list.is_empty()).then(|| {
                view! { <ul>{p.list.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul> }
            });
            view! {
                <div class="disc-para">
                    <h3>{p.heading}</h3>
                    {p.average.map(|a| view! { <p>{average_sentence(&locale::current(), &a)}</p> })}
                    {(!p.body.is_empty()).then(|| view! { <p>{p.body}</p> })}
                    {list}
                </div>
            }
        })
        .collect_view();
    let _ = inst;
    Some(
        view! {
            <section class="card disc-reading" aria-labelledby="reading-title">
                <h2 id="reading-title">"What it might mean"</h2>
                {blocks}
                <p class="muted disc-small">{inst.note}</p>
            </section>
        }
        .into_any(),
    )
}

/// Growth areas from the skills map, each one step from a skill goal.
fn next_steps(inst: &'static Instrument, r: &InstrumentResult) -> Option<AnyView> {
    let Outcome::Quadrants(q) = &r.outcome else {
        return None;
    };
    if q.growth_areas.is_empty() {
        return None;
    }
    let items = q
        .growth_areas
        .iter()
        .map(|id| {
            let skill = name(inst, id);
            let href = goal_href(&format!("Build my skill: {skill}"), "skill", Some(&skill));
            view! {
                <li>
                    <span>{skill.clone()}</span>
                    <A href=href attr:class="btn btn-secondary">
                        "Make it a goal"
                        <Sr text=format!(" for {skill}") />
                    </A>
                </li>
            }
        })
        .collect_view();
    Some(
        view! {
            <section class="card disc-next" aria-labelledby="next-title">
                <h2 id="next-title">"Turn a growth area into a goal"</h2>
                <p>"You enjoy these and could get better at them. Picking one to practise is a good first skill goal."</p>
                <ul class="disc-goal-list">{items}</ul>
            </section>
        }
        .into_any(),
    )
}

/// Every result of this exercise, newest first, each one a link to show it.
#[component]
fn History(inst: &'static Instrument, selected: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let rows = Memo::new(move |_| {
        app.workbook.with(|wb| {
            let history = wb.discovery.history(inst.id);
            let labels = result_labels(&history.iter().map(|r| r.taken_at).collect::<Vec<_>>());
            history
                .iter()
                .zip(labels)
                .enumerate()
                .map(|(i, (r, label))| (i, label, show_headline(&headline(r))))
                .rev()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card disc-history" aria-labelledby="history-title">
            <h2 id="history-title">"History"</h2>
            <p class="muted">"Each time you finish this exercise, the result is kept here with its date."</p>
            <ol reversed>
                <For each=move || rows.get() key=|row| row.clone() let:row>
                    {
                        let (i, when, line) = row;
                        let showing = move || selected.get() == i;
                        view! {
                            <li class:is-current=showing>
                                <span class="history-date">{when.clone()}</span>
                                <span class="history-line" dir="auto">{line}</span>
                                {move || {
                                    let when = when.clone();
                                    if showing() {
                                        view! { <span class="history-showing">"Showing"</span> }.into_any()
                                    } else {
                                        view! {
                                            <A href=format!("{}?at={i}", results_href(inst.id))>
                                                "Show"
                                                <Sr text=format!(" the result from {when}") />
                                            </A>
                                        }
                                            .into_any()
                                    }
                                }}
                            </li>
                        }
                    }
                </For>
            </ol>
        </section>
    }
}

/// The vision statement, editable; saves as you type. Clearing it brings the draft back.
#[component]
fn VisionEditor(inst: &'static Instrument, index: usize) -> impl IntoView {
    let app = use_app();
    let (initial, draft) = app.workbook.with_untracked(|wb| {
        match wb.discovery.history(inst.id).get(index).map(|r| &r.outcome) {
            Some(Outcome::Statement(s)) => (s.statement.clone(), s.draft.clone()),
            _ => (String::new(), String::new()),
        }
    });
    let text = RwSignal::new(initial);
    let save = move |value: String| {
        app.update(|wb| {
            wb.discovery.edit_statement(inst.id, index, &value);
        });
    };
    let draft_again = draft.clone();
    view! {
        <section class="card disc-glance" aria-labelledby="vision-title">
            <h2 id="vision-title">"Your vision statement"</h2>
            <div class="field">
                <label for="vision-edit">"Edit it until it sounds like you"</label>
                <p class="item-detail" id="vision-hint">
                    "Changes save as you type. If you clear it completely, the draft made from your answers comes back."
                </p>
                <textarea
                    id="vision-edit"
                    class="disc-vision"
                    rows="8"
                    dir="auto"
                    maxlength=MAX_TEXT
                    aria-describedby="vision-hint"
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        text.set(value.clone());
                        save(value);
                    }
                ></textarea>
            </div>
            <details class="disc-draft-details">
                <summary>"See the draft made from your answers"</summary>
                <p dir="auto">{draft.clone()}</p>
                <button
                    class="btn btn-quiet"
                    type="button"
                    on:click=move |_| {
                        text.set(draft_again.clone());
                        save(draft_again.clone());
                        app.tell("The draft is back in your statement.");
                    }
                >
                    "Use the draft again"
                </button>
            </details>
        </section>
    }
}
