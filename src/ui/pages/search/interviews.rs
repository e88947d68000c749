//! An application's interviews (on `/search/:id`): added, changed and removed, each as a
//! form whose half-typed text is kept as a draft until it is saved or let go.

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::forms::{date_text, parse_date};
use waymark_core::search::{prefix, Interview, InterviewKind};

use super::detail::app_memo;
use crate::store::{clock, ids::new_id, locale, state::use_app};
use crate::ui::components::fields::{
    ChoiceField, DateField, LongTextField, ProblemSummary, TextField,
};
use crate::ui::components::{focus_soon, Icon};
use crate::ui::form::{Draft, Form, Problems};
use crate::ui::pages::goals::dom_id;
use crate::ui::words::search as w;

/// An interview as typed; `editing` names the one being changed (none when adding) and
/// `application` the application it belongs to, so a kept draft returns to its page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct InterviewText {
    pub application: String,
    pub editing: Option<String>,
    pub round: String,
    pub date: String,
    pub time: String,
    pub kind: String,
    pub with_whom: String,
    pub preparation: String,
    pub questions: String,
    pub how_it_went: String,
    pub follow_up_sent: bool,
}

impl Draft for InterviewText {
    const KEY: &'static str = "interview";
    fn is_blank(&self) -> bool {
        [
            &self.round,
            &self.with_whom,
            &self.preparation,
            &self.questions,
            &self.how_it_went,
        ]
        .iter()
        .all(|t| t.trim().is_empty())
    }
}

impl InterviewText {
    fn fresh(application: &str) -> Self {
        InterviewText {
            application: application.to_owned(),
            date: date_text(clock::today()),
            kind: InterviewKind::default().key().into(),
            ..Default::default()
        }
    }

    fn of(application: &str, i: &Interview) -> Self {
        InterviewText {
            application: application.to_owned(),
            editing: Some(i.id.clone()),
            round: i.round.clone(),
            date: date_text(i.date),
            time: i
                .time
                .map(waymark_core::forms::time_text)
                .unwrap_or_default(),
            kind: i.kind.key().into(),
            with_whom: i.with_whom.clone(),
            preparation: i.preparation.clone(),
            questions: i.questions.clone(),
            how_it_went: i.how_it_went.clone(),
            follow_up_sent: i.follow_up_sent,
        }
    }
}

/// The interview from the form, or `None` with the problems shown.
fn checked_interview(form: Form<InterviewText>) -> Option<Interview> {
    let t = form.value();
    let mut problems = Problems::default();
    let date = parse_date(&t.date);
    if date.is_none() {
        problems.add("iv-date", w::BAD_INTERVIEW_DATE);
    }
    let time = if t.time.trim().is_empty() {
        None
    } else {
        let parsed = waymark_core::forms::parse_time(&t.time);
        if parsed.is_none() {
            problems.add("iv-time", w::BAD_TIME);
        }
        parsed
    };
    if !form.check(problems) {
        return None;
    }
    Some(Interview {
        id: t
            .editing
            .clone()
            .unwrap_or_else(|| new_id(prefix::INTERVIEW)),
        round: t.round.trim().to_owned(),
        date: date.unwrap_or_else(clock::today),
        time,
        kind: InterviewKind::from_key(&t.kind).unwrap_or_default(),
        with_whom: t.with_whom.trim().to_owned(),
        preparation: t.preparation.trim().to_owned(),
        questions: t.questions.trim().to_owned(),
        how_it_went: t.how_it_went.trim().to_owned(),
        follow_up_sent: t.follow_up_sent,
    })
}

#[derive(Clone, Debug, PartialEq)]
struct InterviewRow {
    interview: Interview,
}

#[component]
pub(super) fn Interviews(id: String) -> impl IntoView {
    let app = use_app();
    let list = app_memo(&id, |a| {
        a.interviews_in_order()
            .into_iter()
            .map(|i| InterviewRow {
                interview: i.clone(),
            })
            .collect::<Vec<_>>()
    });
    let form: Form<InterviewText> = Form::new("iv-problems", InterviewText::fresh(&id));
    let restored = form.restore() && form.value().application == id;
    if !restored {
        form.fields.set(InterviewText::fresh(&id));
    }
    form.keep();
    let open = RwSignal::new(restored);
    let removed = RwSignal::new(None::<(usize, Interview)>);
    let key = StoredValue::new(id);
    let start_adding = move |_| {
        key.with_value(|id| form.clear(InterviewText::fresh(id)));
        open.set(true);
        focus_soon("iv-form-title");
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(interview) = checked_interview(form) else {
            return;
        };
        let editing = form.value().editing.is_some();
        let now = clock::now();
        let iv_id = interview.id.clone();
        key.with_value(|id| {
            app.update(|wb| {
                if let Some(a) = wb.search.application_mut(id) {
                    if editing {
                        a.update_interview(interview, now);
                    } else {
                        a.add_interview(interview, now);
                    }
                }
            });
            form.clear(InterviewText::fresh(id));
        });
        open.set(false);
        app.tell(if editing {
            "Saved the interview."
        } else {
            "Added the interview."
        });
        focus_soon(dom_id("iv-edit", &iv_id));
    };
    let undo = move |_| {
        if let Some((index, interview)) = removed.get_untracked() {
            let iv_id = interview.id.clone();
            key.with_value(|id| {
                app.update(|wb| {
                    if let Some(a) = wb.search.application_mut(id) {
                        let index = index.min(a.interviews.len());
                        a.interviews.insert(index, interview);
                        a.updated_at = clock::now();
                    }
                })
            });
            removed.set(None);
            app.tell("The interview is back.");
            focus_soon(dom_id("iv-edit", &iv_id));
        }
    };
    let f = form.fields;
    let kinds = Signal::derive(|| {
        InterviewKind::ALL
            .iter()
            .map(|k| (k.key().to_owned(), w::interview_kind_name(*k).to_owned()))
            .collect::<Vec<_>>()
    });
    view! {
        <section class="card interviews" aria-labelledby="interviews-title">
            <h2 id="interviews-title" tabindex="-1">"Interviews"</h2>
            <Show when=move || removed.with(Option::is_some)>
                <div class="message undo-bar" role="status">
                    <p>"You removed an interview."</p>
                    <button id="undo-interview" class="btn btn-secondary" on:click=undo><Icon name="undo" />" Undo"</button>
                </div>
            </Show>
            <Show when=move || list.with(|l| l.as_ref().is_none_or(Vec::is_empty)) && !open.get()>
                <p class="muted">"No interviews yet. When one is booked, add it here with its day and time, and keep your preparation beside it."</p>
            </Show>
            <ul class="interview-list">
                <For each=move || list.get().unwrap_or_default() key=|r| format!("{:?}", r.interview) let:row>
                    {
                        let i = row.interview;
                        let l = locale::current();
                        let when = match i.time {
                            Some(t) => format!("{}, {}", l.medium_date(i.date), waymark_core::forms::time_text(t)),
                            None => l.medium_date(i.date),
                        };
                        let name = if i.round.trim().is_empty() { "Interview".to_owned() } else { format!("Round: {}", i.round.trim()) };
                        let (edit_id, iv_id) = (dom_id("iv-edit", &i.id), i.id.clone());
                        let editing = i.clone();
                        view! {
                            <li class="interview">
                                <h3 dir="auto">{name.clone()}</h3>
                                <p class="small">{when}" · "{w::interview_kind_name(i.kind)}
                                    {(!i.with_whom.is_empty()).then(|| format!(" · with {}", i.with_whom))}</p>
                                {(!i.preparation.is_empty()).then(|| view! { <p class="small" dir="auto"><strong>"Preparation: "</strong>{i.preparation.clone()}</p> })}
                                {(!i.questions.is_empty()).then(|| view! { <p class="small" dir="auto"><strong>"Questions asked: "</strong>{i.questions.clone()}</p> })}
                                {(!i.how_it_went.is_empty()).then(|| view! { <p class="small" dir="auto"><strong>"How it went: "</strong>{i.how_it_went.clone()}</p> })}
                                <p class="small">{if i.follow_up_sent { "Follow-up sent." } else { "No follow-up sent yet." }}</p>
                                <div class="actions">
                                    <button type="button" id=edit_id class="btn btn-quiet btn-small" on:click=move |_| {
                                        key.with_value(|id| form.fields.set(InterviewText::of(id, &editing)));
                                        open.set(true);
                                        focus_soon("iv-form-title");
                                    }><Icon name="edit" />" Edit" <span class="visually-hidden">{name.clone()}</span></button>
                                    <button type="button" class="btn btn-quiet btn-small" on:click=move |_| {
                                        let mut gone = None;
                                        key.with_value(|id| app.update(|wb| {
                                            if let Some(a) = wb.search.application_mut(id) {
                                                gone = a.remove_interview(&iv_id, clock::now());
                                            }
                                        }));
                                        if gone.is_some() {
                                            removed.set(gone);
                                            focus_soon("undo-interview");
                                        }
                                    }><Icon name="trash" />" Remove" <span class="visually-hidden">{name.clone()}</span></button>
                                </div>
                            </li>
                        }
                    }
                </For>
            </ul>
            <Show when=move || open.get() fallback=move || view! {
                <button type="button" id="add-interview" class="btn btn-secondary" on:click=start_adding>
                    <Icon name="plus" />" Add an interview"
                </button>
            }>
                <form class="interview-form" on:submit=save novalidate aria-labelledby="iv-form-title">
                    <h3 id="iv-form-title" tabindex="-1">{move || if f.editing().with(Option::is_some) { "Change the interview" } else { "Add an interview" }}</h3>
                    <ProblemSummary id=form.summary_id() problems=form.summary() />
                    <div class="field-grid">
                        <TextField id="iv-round" label="Round" value=f.round() optional=true hint="Such as \u{201c}first\u{201d} or \u{201c}final\u{201d}." />
                        <ChoiceField id="iv-kind" label="Kind" value=f.kind() options=kinds />
                    </div>
                    <div class="field-grid">
                        <DateField id="iv-date" label="Day" value=f.date() problem=form.problem("iv-date") />
                        <TextField id="iv-time" label="Time" value=f.time() optional=true problem=form.problem("iv-time")
                            hint="Hours and minutes, such as 14:30." maxlength=5 />
                    </div>
                    <TextField id="iv-with" label="With whom" value=f.with_whom() optional=true />
                    <LongTextField id="iv-prep" label="Preparation notes" value=f.preparation() optional=true />
                    <LongTextField id="iv-questions" label="Questions they asked" value=f.questions() optional=true />
                    <LongTextField id="iv-went" label="How it went" value=f.how_it_went() optional=true />
                    <div class="field checkbox-field">
                        <input id="iv-follow" type="checkbox"
                            prop:checked=move || f.follow_up_sent().get()
                            on:change=move |ev| f.follow_up_sent().set(event_target_checked(&ev)) />
                        <label for="iv-follow">"I've sent a thank-you or follow-up"</label>
                    </div>
                    <div class="actions">
                        <button type="submit" class="btn btn-primary">"Save interview"</button>
                        <button type="button" class="btn btn-quiet" on:click=move |_| {
                            open.set(false);
                            focus_soon("add-interview");
                        }>"Not now"</button>
                    </div>
                </form>
            </Show>
        </section>
    }
}
