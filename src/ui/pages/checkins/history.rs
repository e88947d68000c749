//! Past check-ins, newest first: the reflection, the ratings, notes on goals, the
//! commitments made and how earlier ones turned out.

use crate::ui::components::A;
use chrono::NaiveDate;
use leptos::prelude::*;
use waymark_core::{checkins::CommitmentStatus, goals};

use super::{focus_soon, goal_href, goal_label, nice_date};
use crate::store::state::use_app;

/// How many check-ins show at first, and how many more each "show more" adds.
const PAGE: usize = 10;

#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    date: NaiveDate,
    did: String,
    blockers: String,
    next: String,
    confidence: u8,
    energy: u8,
    /// (goal id, goal title, note)
    progress: Vec<(String, String, String)>,
    /// (text, due, status)
    made: Vec<(String, NaiveDate, CommitmentStatus)>,
    /// (text, how it went)
    reviewed: Vec<(String, &'static str)>,
}

#[component]
pub fn HistorySection(open_form: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let shown = RwSignal::new(PAGE);
    let total = Memo::new(move |_| app.workbook.with(|wb| wb.checkins.checkin_count()));
    let rows = Memo::new(move |_| {
        let limit = shown.get();
        app.workbook.with(|wb| {
            let acc = &wb.checkins;
            let title_of = |gid: &str| {
                goals::find_goal(&wb.goals, gid)
                    .map(|g| goal_label(&g.title))
                    .unwrap_or_else(|| "A goal no longer in your workbook".into())
            };
            acc.checkins_newest_first()
                .into_iter()
                .take(limit)
                .map(|c| Row {
                    id: c.id.clone(),
                    date: c.date,
                    did: c.did.clone(),
                    blockers: c.blockers.clone(),
                    next: c.next.clone(),
                    confidence: c.confidence,
                    energy: c.energy,
                    progress: c
                        .progress
                        .iter()
                        .map(|(gid, note)| (gid.clone(), title_of(gid), note.clone()))
                        .collect(),
                    made: c
                        .commitments_made
                        .iter()
                        .filter_map(|id| acc.commitment(id))
                        .map(|m| (m.text.clone(), m.due, m.status))
                        .collect(),
                    reviewed: c
                        .reviews
                        .iter()
                        .filter_map(|(id, review)| {
                            acc.commitment(id).map(|m| (m.text.clone(), review.label()))
                        })
                        .collect(),
                })
                .collect::<Vec<_>>()
        })
    });

    view! {
        <section class="card history" aria-labelledby="history-title">
            <h2 id="history-title" tabindex="-1">"Past check-ins"</h2>
            <Show
                when=move || { total.get() > 0 }
                fallback=move || view! {
                    <div class="empty-inline">
                        <p>"Your check-ins will gather here, newest first, so you can look back and see how far you've come."</p>
                        <button type="button" class="btn btn-secondary" on:click=move |_| {
                            open_form.set(true);
                            focus_soon(super::form::FORM_HEADING_ID);
                        }>"Do your first check-in"</button>
                    </div>
                }
            >
                <ol class="history-list">
                    <For each=move || rows.get() key=|r| r.id.clone() let:row>
                        <HistoryItem row=row />
                    </For>
                </ol>
                <Show when=move || { total.get() > shown.get() }>
                    <button type="button" class="btn btn-quiet" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {move || format!("Show older check-ins ({} more)", total.get().saturating_sub(shown.get()))}
                    </button>
                </Show>
            </Show>
        </section>
    }
}

#[component]
fn HistoryItem(row: Row) -> impl IntoView {
    let answers = [
        ("What I did", row.did),
        ("What got in the way", row.blockers),
        ("What I'll do next", row.next),
    ];
    view! {
        <li class="history-item" id=format!("checkin-{}", row.id)>
            <article aria-labelledby=format!("checkin-{}-title", row.id)>
                <header class="history-head">
                    <h3 id=format!("checkin-{}-title", row.id)>{nice_date(row.date)}</h3>
                    <p class="ratings">
                        <span class="rating-chip">{format!("Confidence {}/10", row.confidence)}</span>
                        <span class="rating-chip energy">{format!("Energy {}/10", row.energy)}</span>
                    </p>
                </header>
                <dl class="answers">
                    {answers
                        .into_iter()
                        .filter(|(_, text)| !text.trim().is_empty())
                        .map(|(label, text)| view! {
                            <div>
                                <dt>{label}</dt>
                                <dd dir="auto">{text}</dd>
                            </div>
                        })
                        .collect_view()}
                </dl>
                {(!row.progress.is_empty()).then(|| view! {
                    <h4>"Notes on goals"</h4>
                    <ul class="plain-list">
                        {row.progress.into_iter().map(|(gid, title, note)| view! {
                            <li>
                                <A href=goal_href(&gid)><span dir="auto">{title}</span></A>
                                ": " <span dir="auto">{note}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                })}
                {(!row.reviewed.is_empty()).then(|| view! {
                    <h4>"Looking back at earlier commitments"</h4>
                    <ul class="plain-list">
                        {row.reviewed.into_iter().map(|(text, how)| view! {
                            <li><span dir="auto">{text}</span>" — "{how}</li>
                        }).collect_view()}
                    </ul>
                })}
                {(!row.made.is_empty()).then(|| view! {
                    <h4>"Commitments made"</h4>
                    <ul class="plain-list">
                        {row.made.into_iter().map(|(text, due, status)| view! {
                            <li>
                                <span dir="auto">{text}</span>
                                <span class="item-meta">{format!(" · by {} · {}", nice_date(due), status_words(status))}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                })}
            </article>
        </li>
    }
}

fn status_words(status: CommitmentStatus) -> &'static str {
    match status {
        CommitmentStatus::Open => "still open",
        CommitmentStatus::Kept => "done",
        CommitmentStatus::Missed => "didn't happen",
        CommitmentStatus::Dropped => "let go",
    }
}
