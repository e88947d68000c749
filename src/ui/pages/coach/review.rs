//! Reading a client's backup file, read-only and from memory only (`/coach/review`).

use leptos::prelude::*;
use waymark_core::report;

use super::{feedback_writer::FeedbackWriter, use_coach, Review};
use crate::store::clock;
use crate::ui::components::{use_go, Icon, PageHeader, A};
#[component]
pub(super) fn ReviewOpener() -> impl IntoView {
    let coach = use_coach();
    let go = use_go();
    let error = RwSignal::new(None::<(String, String)>);
    let reading = RwSignal::new(false);
    let on_pick = move |ev: leptos::ev::Event| {
        let Some((name, read)) = crate::ui::components::picked_workbook(&ev) else {
            return;
        };
        error.set(None);
        reading.set(true);
        let go = go.clone();
        leptos::task::spawn_local(async move {
            let result = read.await;
            reading.set(false);
            match result {
                Ok(loaded) => {
                    coach.review.set(Some(Review {
                        file: name,
                        workbook: loaded.workbook,
                    }));
                    go("/coach/review");
                }
                Err(m) => error.set(Some((name, m))),
            }
        });
    };
    view! {
        <section class="card coach-review-open" aria-labelledby="review-open-title">
            <h2 id="review-open-title"><Icon name="book" />" Review a client's file"</h2>
            <p>"Open a backup file a client sent you to read their profile, goals and check-ins. It's shown read-only and kept only while you look at it: it isn't saved here and never mixes with your own workbook."</p>
            <div class="field">
                <label for="review-file">"Client's backup file"</label>
                <input id="review-file" type="file" accept=".json,application/json" on:change=on_pick />
            </div>
            {move || reading.get().then(|| view! { <p role="status">"Reading the file…"</p> })}
            <p>"Coaching several people? " <A href="/coach/group">"See your clients side by side"</A></p>
            {move || error.get().map(|(file, message)| view! {
                <div class="message message-error" role="alert">
                    <strong>{format!("{file} couldn't be opened.")}</strong>
                    <p>{message}</p>
                    <p>"Nothing was changed."</p>
                </div>
            })}
        </section>
    }
}

/// `/coach/review`: a client's workbook, read-only, from memory only.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let coach = use_coach();
    let go = use_go();
    // Leaving review mode (any navigation away) forgets the client's file.
    on_cleanup(move || coach.review.set(None));
    let close = {
        let go = go.clone();
        move |_| {
            coach.review.set(None);
            go("/coach");
        }
    };
    view! {
        <div class="page review-page">
            {move || match coach.review.get() {
                None => view! {
                    <PageHeader title="Review a client's file" lead="No file is open. Open a client's backup file from the coach page to read it here." />
                    <A href="/coach" attr:class="btn btn-primary">"Go to the coach page"</A>
                }.into_any(),
                Some(r) => {
                    let summary = r.workbook.summary();
                    let who = summary.name.clone().unwrap_or_else(|| "Your client".into());
                    let built = report::build_with(&r.workbook, clock::today(), report::Scope::Everything);
                    let programs = r.workbook.programs.clone();
                    view! {
                        <div class="review-banner" role="region" aria-label="Review mode">
                            <Icon name="info" />
                            <p>
                                <strong>"Reviewing " <span dir="auto">{who.clone()}</span>"'s workbook. "</strong>
                                "Read-only — not saved to your workbook."
                            </p>
                            <button type="button" class="btn btn-secondary" on:click=close.clone()>"Close review"</button>
                        </div>
                        <header class="page-header">
                            <h1><span dir="auto">{who.clone()}</span>"'s workbook"</h1>
                            <p class="lead">
                                {format!(
                                    "From {}, last changed {}. {}.",
                                    r.file,
                                    crate::store::locale::local_date(summary.updated_at),
                                    crate::ui::words::workbook_counts(&crate::store::locale::current(), &summary)
                                )}
                            </p>
                        </header>
                        <article class="report-sheet card" aria-label="Client's workbook">
                            <header class="report-title">
                                <h2 dir="auto">{built.title.clone()}</h2>
                            </header>
                            {built.sections.into_iter().map(|s| view! {
                                <section class="report-section">
                                    <h3>{s.heading}</h3>
                                    {s.blocks.into_iter().map(crate::ui::pages::report::render_block).collect_view()}
                                </section>
                            }).collect_view()}
                            {programs.into_iter().map(|a| {
                                let answers: Vec<(String, String)> = a.program.questions.iter().enumerate()
                                    .map(|(i, q)| (q.clone(), a.answer(i).to_string())).collect();
                                view! {
                                    <section class="report-section">
                                        <h3>"Answers for the program from " <span dir="auto">{a.program.coach_label().to_string()}</span></h3>
                                        {answers.is_empty().then(|| view! { <p class="muted">"No questions in this program."</p> })}
                                        <dl class="review-answers">
                                            {answers.into_iter().map(|(q, ans)| view! {
                                                <dt dir="auto">{q}</dt>
                                                <dd dir="auto">{if ans.is_empty() { "Not answered yet".to_string() } else { ans }}</dd>
                                            }).collect_view()}
                                        </dl>
                                    </section>
                                }
                            }).collect_view()}
                        </article>
                        <FeedbackWriter workbook=r.workbook.clone() who=who.clone() />
                        <div class="actions">
                            <button type="button" class="btn btn-primary" on:click=close.clone()>"Close review"</button>
                        </div>
                    }.into_any()
                }
            }}
        </div>
    }
}
