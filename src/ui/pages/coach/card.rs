//! The program card on the home dashboard.

use leptos::prelude::*;
use waymark_core::program::{self, NextStep, Program};

use crate::store::{clock, state::use_app};
use crate::ui::components::{Icon, ProgressBar, A};
#[derive(Clone, PartialEq)]
struct CardData {
    id: String,
    program: Program,
    progress: program::ProgramProgress,
    answers: Vec<String>,
}

/// "Your program from …" on the home dashboard: the next step, the coach's questions,
/// suggested goals and rhythm. Shows nothing when no program has been added.
#[component]
pub fn ProgramCards() -> impl IntoView {
    let app = use_app();
    let cards = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.programs
                .iter()
                .map(|a| CardData {
                    id: a.id.clone(),
                    program: a.program.clone(),
                    progress: program::progress(a, wb),
                    answers: (0..a.program.questions.len())
                        .map(|i| a.answer(i).to_string())
                        .collect(),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <For each=move || cards.get() key=|c| c.id.clone() let:c>
            <ProgramCard id=c.id.clone() cards=cards />
        </For>
    }
}

#[component]
fn ProgramCard(id: String, cards: Memo<Vec<CardData>>) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let data =
        Memo::new(move |_| cards.with(|l| l.iter().find(|c| c.id == id.get_value()).cloned()));
    let title_id = format!("program-{}", id.get_value());
    let labelled = title_id.clone();
    let static_part = data.get_untracked().map(|c| c.program);
    let Some(program) = static_part else {
        return ().into_any();
    };
    let coach = program.coach_label().to_string();
    let questions = program.questions.clone();
    let templates = program.known_templates();
    let own_goals = program.custom_goals.clone();
    let cadence = program.cadence;
    let done = Memo::new(move |_| {
        data.with(|d| {
            d.as_ref()
                .map_or((0, 0), |d| (d.progress.done, d.progress.total))
        })
    });
    let next = Memo::new(move |_| data.with(|d| d.as_ref().map(|d| d.progress.next.clone())));
    let exercises = Memo::new(move |_| {
        data.with(|d| {
            d.as_ref()
                .map(|d| d.progress.exercises.clone())
                .unwrap_or_default()
        })
    });
    let cadence_set =
        Memo::new(move |_| data.with(|d| d.as_ref().is_some_and(|d| d.progress.cadence_set)));
    let drafts: Vec<RwSignal<String>> = data
        .get_untracked()
        .map(|d| d.answers)
        .unwrap_or_default()
        .into_iter()
        .map(RwSignal::new)
        .collect();
    let drafts = StoredValue::new(drafts);
    let answers_status = RwSignal::new(String::new());
    let save_answers = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let texts: Vec<String> =
            drafts.with_value(|d| d.iter().map(|s| s.get_untracked()).collect());
        let mut error = None;
        app.update(|wb| {
            for (i, t) in texts.iter().enumerate() {
                if let Err(e) = program::set_answer(wb, &id.get_value(), i, t, clock::now()) {
                    error = Some(crate::ui::words::answer_error(&e));
                }
            }
        });
        answers_status
            .set(error.unwrap_or_else(|| "Your answers are saved in your workbook.".into()));
    };

    view! {
        <section class="card program-card" aria-labelledby=labelled>
            <h2 id=title_id.clone()><Icon name="people" />" Your program from " <span dir="auto">{coach.clone()}</span></h2>
            <Show when=move || done.with(|(_, t)| *t > 0)>
                <ProgressBar
                    fraction=Signal::derive(move || { let (d, t) = done.get(); if t == 0 { 0.0 } else { d as f64 / t as f64 } })
                    label=Signal::derive(move || { let (d, t) = done.get(); format!("{d} of {t} steps under way") })
                />
            </Show>
            {program.engagement.map(|e| view! { <super::sessions::SessionsLine engagement=e /> })}
            <div class="program-next">
                {move || match next.get() {
                    Some(NextStep::Exercise { id, title }) => view! {
                        <p><strong>"Next: "</strong>{title}</p>
                        <A href=format!("/discover/{id}") attr:class="btn btn-primary">{format!("Start {title}")}</A>
                    }.into_any(),
                    Some(NextStep::Questions) => view! {
                        <p><strong>"Next: "</strong>"answer your coach's questions below."</p>
                    }.into_any(),
                    Some(NextStep::Cadence(c)) => view! {
                        <p><strong>"Next: "</strong>{format!("choose a check-in rhythm — your coach suggests {}.", c.label().to_lowercase())}</p>
                        <A href="/checkins" attr:class="btn btn-primary">"Plan check-ins"</A>
                    }.into_any(),
                    Some(NextStep::Goal) => view! {
                        <p><strong>"Next: "</strong>"set your first goal, perhaps from one your coach suggests below."</p>
                    }.into_any(),
                    Some(NextStep::Done) | None => view! {
                        <p>"Every step is under way. Well done — keep going at your own pace."</p>
                    }.into_any(),
                }}
            </div>
            <Show when=move || exercises.with(|e| !e.is_empty())>
                <h3>"Exercises"</h3>
                <ol class="program-steps">
                    <For each=move || exercises.get() key=|e| (e.id, e.done) let:e>
                        <li class:done=e.done>
                            <span aria-hidden="true">{if e.done { "✓ " } else { "○ " }}</span>
                            <A href=format!("/discover/{}", e.id)>{e.title}</A>
                            <span class="muted">{if e.done { " — done" } else { " — to do" }}</span>
                        </li>
                    </For>
                </ol>
            </Show>
            {(!questions.is_empty()).then(|| {
                let list = questions.clone();
                view! {
                    <form class="program-questions" on:submit=save_answers>
                        <h3>"Your coach's questions"</h3>
                        {list.into_iter().enumerate().map(|(i, q)| {
                            let field_id = format!("{}-a{i}", id.get_value());
                            let draft = drafts.with_value(|d| d.get(i).copied()).unwrap_or_else(|| RwSignal::new(String::new()));
                            view! {
                                <div class="field">
                                    <label for=field_id.clone() dir="auto">{q}</label>
                                    <textarea id=field_id rows="3" maxlength="4000"
                                        prop:value=move || draft.get()
                                        on:input=move |ev| draft.set(event_target_value(&ev))></textarea>
                                </div>
                            }
                        }).collect_view()}
                        <div class="actions">
                            <button type="submit" class="btn btn-secondary">"Save my answers"</button>
                        </div>
                        <p role="status" class="muted small">{move || answers_status.get()}</p>
                    </form>
                }
            })}
            {(!templates.is_empty() || !own_goals.is_empty()).then(move || view! {
                <h3>"Goals your coach suggests"</h3>
                <ul class="program-templates">
                    {templates.into_iter().map(|t| view! {
                        <li><A href=format!("/goals/new?template={}", t.key())>{t.template().label}</A></li>
                    }).collect_view()}
                    {own_goals.into_iter().map(|g| {
                        let encode = |t: &str| String::from(js_sys::encode_uri_component(t));
                        let mut href = format!("/goals/new?title={}", encode(&g.title));
                        if !g.why.is_empty() {
                            href.push_str(&format!("&why={}", encode(&g.why)));
                        }
                        view! {
                            <li>
                                <A href=href><span dir="auto">{g.title.clone()}</span></A>
                                {(!g.why.is_empty()).then(|| view! { <span class="program-goal-why muted" dir="auto">{g.why.clone()}</span> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            {cadence.map(|c| view! {
                <p>
                    {format!("Suggested check-ins: {}. ", c.label().to_lowercase())}
                    {move || if cadence_set.get() { "You've set a rhythm. " } else { "" }}
                    <A href="/checkins">"Go to check-ins"</A>
                </p>
            })}
            {(!program.contact.is_empty()).then(|| view! {
                <p class="muted small">"Reach " <span dir="auto">{coach.clone()}</span> ": " <span dir="auto">{program.contact.clone()}</span></p>
            })}
            {(!program.welcome.is_empty()).then(|| view! {
                <details class="program-welcome-again">
                    <summary>"Read the welcome message again"</summary>
                    <p dir="auto">{program.welcome.clone()}</p>
                </details>
            })}
        </section>
    }
    .into_any()
}
