//! Writing feedback back to a client while reviewing their file: notes per goal, an
//! overall note and agreed actions, sent as a link or a small file (no server). What is
//! typed stays in memory only, like the client's file.

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::{
    feedback::{self, Feedback, Field, GoalNote},
    forms::parse_date,
    Workbook,
};

use super::{app_address, share_link::ShareLink, use_coach, ProgramTextStoreFields};
use crate::store::clock;
use crate::ui::components::fields::{DateField, ErrorLine, LongTextField, TextField, TextRows};
use crate::ui::components::Icon;
use crate::ui::form::{Draft, Form, TextRow};
use crate::ui::words;

/// The coach's note on one of the client's goals, as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct NoteRow {
    goal_id: String,
    title: String,
    note: String,
}

/// The feedback as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
struct FeedbackText {
    coach: String,
    overall: String,
    notes: Vec<NoteRow>,
    actions: Vec<TextRow>,
    due: String,
}

impl Draft for FeedbackText {
    // Never kept on this device (no `keep`): it is about a client's file held in memory.
    const KEY: &'static str = "feedback";
    fn is_blank(&self) -> bool {
        self.overall.trim().is_empty()
            && self.notes.iter().all(|n| n.note.trim().is_empty())
            && self.actions.iter().all(|a| a.text.trim().is_empty())
    }
}

impl FeedbackText {
    fn feedback(&self, date: chrono::NaiveDate, now: chrono::DateTime<chrono::Utc>) -> Feedback {
        let mut f = Feedback::new(date, now);
        f.coach = self.coach.clone();
        f.overall = self.overall.clone();
        // A goal left without a note is simply not mentioned.
        f.goals = self
            .notes
            .iter()
            .filter(|n| !n.note.trim().is_empty())
            .map(|n| GoalNote {
                goal_id: n.goal_id.clone(),
                title: n.title.clone(),
                note: n.note.clone(),
            })
            .collect();
        f.actions = self.actions.iter().map(|a| a.text.clone()).collect();
        f.due = parse_date(&self.due);
        f
    }
}

/// "Send feedback" under a client's workbook in review mode.
#[component]
pub(super) fn FeedbackWriter(workbook: Workbook, who: String) -> impl IntoView {
    let coach = use_coach();
    let fresh = FeedbackText {
        coach: coach.draft.fields.coach().get_untracked(),
        notes: workbook
            .goals
            .iter()
            .map(|g| NoteRow {
                goal_id: g.id.clone(),
                title: g.title.clone(),
                note: String::new(),
            })
            .collect(),
        ..FeedbackText::default()
    };
    let form = Form::new("feedback-problems", fresh);
    let f = form.fields;
    let today = clock::today();
    let started = StoredValue::new(clock::now());
    let typed = Memo::new(move |_| f.with(|t| t.feedback(today, started.get_value())));
    let shared = Memo::new(move |_| typed.with(Feedback::tidied));
    let problems = Memo::new(move |_| shared.with(Feedback::problems));
    let raw_problems = Memo::new(move |_| typed.with(Feedback::problems));
    let problem_for = move |part: Field| {
        raw_problems.with(|ps| {
            let found: Vec<String> = ps
                .iter()
                .filter(|p| p.field == part)
                .map(words::feedback_problem)
                .collect();
            (!found.is_empty()).then(|| found.join(" "))
        })
    };
    let problem = move |part: Field| Signal::derive(move || problem_for(part));
    let link = Memo::new(move |_| {
        problems
            .with(Vec::is_empty)
            .then(|| feedback::link(&app_address(), &shared.get()))
    });
    let download_status = RwSignal::new(String::new());
    let download = move |_| {
        let text = feedback::file_text(&shared.get_untracked());
        let name = format!(
            "waymark-feedback-{}.json",
            waymark_core::forms::date_text(today)
        );
        download_status.set(
            match crate::store::files::download(&name, "application/json", &text) {
                Ok(()) => format!(
                    "Downloaded {name}. Send it to your client; they open it on their Data page."
                ),
                Err(e) => e,
            },
        );
    };
    let has_goals = !workbook.goals.is_empty();

    view! {
        <section class="card feedback-writer" aria-labelledby="feedback-title">
            <h2 id="feedback-title"><Icon name="people" />" Feedback for " <span dir="auto">{who}</span></h2>
            <p class="muted">"Write what you'd like them to keep from this review. They get it as a link or a small file, see it first, and choose to add it: it becomes a session note in their journal, and each agreed action a commitment for their next check-in."</p>
            <form on:submit=|ev| ev.prevent_default() novalidate>
                <TextField id="feedback-coach" label="Your name" value=f.coach() autocomplete="name" maxlength=120 problem=problem(Field::Coach) />
                <LongTextField id="feedback-overall" label="Overall" rows=4 value=f.overall() maxlength=feedback::MAX_OVERALL as u32 problem=problem(Field::Overall) />
                {has_goals.then(|| view! {
                    <fieldset class="field feedback-goals">
                        <legend>"On their goals"</legend>
                        <p class="muted small">"Leave a goal's note empty to say nothing about it."</p>
                        <For each=move || f.notes().with(|n| n.iter().enumerate().map(|(i, r)| (i, r.goal_id.clone(), r.title.clone())).collect::<Vec<_>>())
                            key=|(_, id, _)| id.clone() let:row>
                            {
                                let (i, goal_id, title) = row;
                                let id = format!("feedback-goal-{i}");
                                let error_id = format!("{id}-error");
                                let message = Signal::derive({
                                    let goal_id = goal_id.clone();
                                    move || {
                                        // The note's position among the notes written so far.
                                        let at = typed.with(|t| t.goals.iter().position(|g| g.goal_id == goal_id));
                                        at.and_then(|at| problem_for(Field::GoalNote(at)))
                                    }
                                });
                                let described = error_id.clone();
                                let gid = goal_id.clone();
                                view! {
                                    <div class="field">
                                        <label for=id.clone() dir="auto">{title}</label>
                                        <textarea id=id rows="2" dir="auto" maxlength=feedback::MAX_GOAL_NOTE
                                            aria-describedby=move || message.with(Option::is_some).then(|| described.clone())
                                            prop:value=move || f.notes().with(|n| n.iter().find(|r| r.goal_id == goal_id).map(|r| r.note.clone()).unwrap_or_default())
                                            on:input=move |ev| {
                                                let text = event_target_value(&ev);
                                                f.notes().update(|n| {
                                                    if let Some(r) = n.iter_mut().find(|r| r.goal_id == gid) {
                                                        r.note = text;
                                                    }
                                                });
                                            }></textarea>
                                        <ErrorLine id=error_id message />
                                    </div>
                                }
                            }
                        </For>
                    </fieldset>
                })}
                <fieldset class="field">
                    <legend>"Actions you agreed on"</legend>
                    <p class="muted small">"Each becomes a commitment in their next check-in. Up to " {feedback::MAX_ACTIONS} "."</p>
                    <TextRows
                        id="feedback-action"
                        rows=f.actions()
                        row_label=words::agreed_action
                        remove_label=words::remove_agreed_action
                        add_label="Add an action"
                        maxlength=feedback::MAX_ACTION as u32
                        most=feedback::MAX_ACTIONS
                        problem=Callback::new(move |at: usize| problem_for(Field::Action(at.saturating_sub(1))))
                    />
                    <ErrorLine id="feedback-actions-error" message=problem(Field::Actions) />
                </fieldset>
                <DateField id="feedback-due" label="Actions due by" optional=true value=f.due()
                    hint="If you leave this empty, they fall due at your client's next check-in." />
            </form>
            <div class="feedback-send" aria-live="polite">
                <h3>"Send it back"</h3>
                {move || match link.get() {
                    Some(url) => view! {
                        <ShareLink url=url id="feedback-link" label="Feedback link"
                            note="The feedback travels inside the link itself; nothing is sent anywhere. Your client sees it before anything is added to their workbook." />
                        <div class="actions">
                            <button type="button" class="btn btn-secondary" on:click=download><Icon name="save" />" Download as a file"</button>
                        </div>
                        <p role="status" class="muted small">{move || download_status.get()}</p>
                    }.into_any(),
                    None => view! {
                        <div class="message">
                            <p>"The link appears here once there is something to send:"</p>
                            <ul>
                                {problems.get().iter().map(|p| view! { <li>{words::feedback_problem(p)}</li> }).collect_view()}
                            </ul>
                        </div>
                    }.into_any(),
                }}
            </div>
        </section>
    }
}
