//! The "check in now" form: last time's commitments, then your goals and their open
//! milestones, then the reflection and new commitments. Everything typed lives in a
//! [`Draft`] owned by the page, so a problem on saving never loses a word.

use std::collections::BTreeMap;

use crate::ui::components::A;
use leptos::prelude::*;
use waymark_core::checkins::{
    self, prefix, CheckInDraft, CheckInIds, CommitmentDraft, Problem, Review,
};

use super::{default_due, focus_soon, goal_href, goal_label, input_date, nice_date, parse_date};
use crate::store::{clock, drafts, ids::new_id, state::use_app};
use crate::ui::components::Icon;
use serde::{Deserialize, Serialize};

pub const FORM_HEADING_ID: &str = "checkin-form-title";
const SUMMARY_ID: &str = "checkin-problems";

/// One new commitment being typed.
#[derive(Clone, Copy)]
pub struct CommitmentRow {
    key: u32,
    text: RwSignal<String>,
    due: RwSignal<String>,
    goal: RwSignal<String>,
}

/// Problems found on saving, placed next to the fields they concern.
#[derive(Clone, Default, PartialEq)]
struct FormErrors {
    date: Option<String>,
    reflection: Option<String>,
    confidence: Option<String>,
    energy: Option<String>,
    /// By commitment row key.
    commitments: BTreeMap<u32, Vec<String>>,
    /// Everything, in order, for the summary at the top.
    all: Vec<String>,
}

impl FormErrors {
    fn is_empty(&self) -> bool {
        self.all.is_empty()
    }

    fn add_field(slot: &mut Option<String>, all: &mut Vec<String>, message: String) {
        all.push(message.clone());
        slot.get_or_insert(message);
    }
}

/// Where an unfinished check-in is kept between visits.
const DRAFT: &str = "checkin";

/// An unfinished check-in as kept on this device.
#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
struct Kept {
    date: String,
    did: String,
    blockers: String,
    next: String,
    confidence: u8,
    energy: u8,
    reviews: BTreeMap<String, Review>,
    progress: BTreeMap<String, String>,
    /// Text, due date and goal of each new commitment.
    commitments: Vec<(String, String, String)>,
}

/// Everything typed into the form, kept while the page is open and on this device
/// until it is saved.
#[derive(Clone, Copy)]
pub struct Draft {
    date: RwSignal<String>,
    did: RwSignal<String>,
    blockers: RwSignal<String>,
    next: RwSignal<String>,
    confidence: RwSignal<u8>,
    energy: RwSignal<u8>,
    reviews: RwSignal<BTreeMap<String, Review>>,
    progress: RwSignal<BTreeMap<String, String>>,
    commitments: RwSignal<Vec<CommitmentRow>>,
    next_key: StoredValue<u32>,
    errors: RwSignal<FormErrors>,
}

impl Draft {
    pub fn new() -> Self {
        Draft {
            date: RwSignal::new(input_date(clock::today())),
            did: RwSignal::new(String::new()),
            blockers: RwSignal::new(String::new()),
            next: RwSignal::new(String::new()),
            confidence: RwSignal::new(0),
            energy: RwSignal::new(0),
            reviews: RwSignal::new(BTreeMap::new()),
            progress: RwSignal::new(BTreeMap::new()),
            commitments: RwSignal::new(Vec::new()),
            next_key: StoredValue::new(1),
            errors: RwSignal::new(FormErrors::default()),
        }
    }

    /// What is typed, as kept on this device between visits, and whether it is empty.
    fn snapshot(&self) -> (Kept, bool) {
        let kept = Kept {
            date: self.date.get(),
            did: self.did.get(),
            blockers: self.blockers.get(),
            next: self.next.get(),
            confidence: self.confidence.get(),
            energy: self.energy.get(),
            reviews: self.reviews.get(),
            progress: self.progress.get(),
            commitments: self
                .commitments
                .get()
                .iter()
                .map(|r| (r.text.get(), r.due.get(), r.goal.get()))
                .collect(),
        };
        let empty = [&kept.did, &kept.blockers, &kept.next]
            .iter()
            .all(|t| t.trim().is_empty())
            && kept.confidence == 0
            && kept.energy == 0
            && kept.reviews.is_empty()
            && kept.progress.values().all(|t| t.trim().is_empty())
            && kept.commitments.iter().all(|(t, _, _)| t.trim().is_empty());
        (kept, empty)
    }

    /// Puts back a draft kept from an earlier visit; true when there was one.
    pub fn restore(&self) -> bool {
        let Some(kept) = drafts::load::<Kept>(DRAFT) else {
            return false;
        };
        self.date.set(kept.date);
        self.did.set(kept.did);
        self.blockers.set(kept.blockers);
        self.next.set(kept.next);
        self.confidence.set(kept.confidence.min(10));
        self.energy.set(kept.energy.min(10));
        self.reviews.set(kept.reviews);
        self.progress.set(kept.progress);
        for (text, due, goal) in kept.commitments {
            let key = self.add_commitment(due);
            if let Some(row) = self
                .commitments
                .with_untracked(|l| l.iter().find(|r| r.key == key).copied())
            {
                row.text.set(text);
                row.goal.set(goal);
            }
        }
        true
    }

    /// Keeps what is typed on this device as it changes, until the check-in is saved.
    pub fn keep(self) {
        drafts::keep(DRAFT, move || self.snapshot());
    }

    fn clear(&self) {
        self.date.set(input_date(clock::today()));
        for s in [self.did, self.blockers, self.next] {
            s.set(String::new());
        }
        self.confidence.set(0);
        self.energy.set(0);
        self.reviews.set(BTreeMap::new());
        self.progress.set(BTreeMap::new());
        self.commitments.set(Vec::new());
        self.errors.set(FormErrors::default());
    }

    fn add_commitment(&self, due: String) -> u32 {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        let row = CommitmentRow {
            key,
            text: RwSignal::new(String::new()),
            due: RwSignal::new(due),
            goal: RwSignal::new(String::new()),
        };
        self.commitments.update(|list| list.push(row));
        key
    }
}

#[derive(Clone, PartialEq)]
struct ToReview {
    id: String,
    text: String,
    due: chrono::NaiveDate,
}

#[component]
pub fn CheckInForm(draft: Draft, open: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let to_review = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.checkins
                .commitments_to_review()
                .into_iter()
                .map(|c| ToReview {
                    id: c.id.clone(),
                    text: c.text.clone(),
                    due: c.due,
                })
                .collect::<Vec<_>>()
        })
    });
    let goals = Memo::new(move |_| app.workbook.with(|wb| checkins::goals_to_review(&wb.goals)));
    let goal_options = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.goals
                .iter()
                .filter(|g| g.status == waymark_core::goals::GoalStatus::Active)
                .map(|g| (g.id.clone(), goal_label(&g.title)))
                .collect::<Vec<_>>()
        })
    });
    let errors = draft.errors;

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let today = clock::today();
        let now = clock::now();
        let mut errs = FormErrors::default();
        let date = parse_date(&draft.date.get_untracked());
        if date.is_none() {
            FormErrors::add_field(
                &mut errs.date,
                &mut errs.all,
                "Pick the date of this check-in.".into(),
            );
        }
        let date = date.unwrap_or(today);
        let rows = draft.commitments.get_untracked();
        let mut new_commitments = Vec::with_capacity(rows.len());
        for (i, row) in rows.iter().enumerate() {
            let text = row.text.get_untracked();
            let due = parse_date(&row.due.get_untracked());
            if due.is_none() && !text.trim().is_empty() {
                let message = format!("Pick a due date for commitment {}.", i + 1);
                errs.all.push(message.clone());
                errs.commitments.entry(row.key).or_default().push(message);
            }
            let goal = row.goal.get_untracked();
            new_commitments.push(CommitmentDraft {
                text,
                due: due.unwrap_or(date),
                goal_id: (!goal.is_empty()).then_some(goal),
            });
        }
        let checkin = CheckInDraft {
            date,
            did: draft.did.get_untracked(),
            blockers: draft.blockers.get_untracked(),
            next: draft.next.get_untracked(),
            confidence: draft.confidence.get_untracked(),
            energy: draft.energy.get_untracked(),
            progress: draft.progress.get_untracked(),
        };
        let ids = CheckInIds {
            checkin: new_id(prefix::CHECKIN),
            commitments: rows.iter().map(|_| new_id(prefix::COMMITMENT)).collect(),
        };
        let reviews = draft.reviews.get_untracked();
        let mut acc = app.workbook.with_untracked(|wb| wb.checkins.clone());
        if let Err(problems) =
            checkins::record_checkin(&mut acc, checkin, new_commitments, reviews, ids, now)
        {
            for p in problems {
                let message = p.to_string();
                match p {
                    Problem::ConfidenceOutOfRange(_) => {
                        FormErrors::add_field(&mut errs.confidence, &mut errs.all, message)
                    }
                    Problem::EnergyOutOfRange(_) => {
                        FormErrors::add_field(&mut errs.energy, &mut errs.all, message)
                    }
                    Problem::EmptyReflection => {
                        FormErrors::add_field(&mut errs.reflection, &mut errs.all, message)
                    }
                    Problem::FutureDate(_) => {
                        FormErrors::add_field(&mut errs.date, &mut errs.all, message)
                    }
                    Problem::BlankCommitment { position }
                    | Problem::CommitmentDueBeforeCheckIn { position, .. } => {
                        errs.all.push(message.clone());
                        if let Some(row) = rows.get(position.saturating_sub(1)) {
                            errs.commitments.entry(row.key).or_default().push(message);
                        }
                    }
                    _ => errs.all.push(message),
                }
            }
        }
        if errs.is_empty() {
            app.update(|wb| wb.checkins = acc);
            draft.clear();
            open.set(false);
            app.tell("Check-in saved. Thank you for making the time.");
            focus_soon("history-title");
        } else {
            errors.set(errs);
            focus_soon(SUMMARY_ID);
        }
    };

    let cancel = move |_| {
        open.set(false);
        focus_soon("rhythm-title");
    };
    let add_commitment = move |_| {
        let due = app.workbook.with_untracked(|wb| {
            input_date(default_due(wb.checkins.plan.as_ref(), clock::today()))
        });
        let key = draft.add_commitment(due);
        request_animation_frame(move || {
            use wasm_bindgen::JsCast;
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&format!("commitment-text-{key}")))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        });
    };

    view! {
        <section class="card checkin-form" aria-labelledby=FORM_HEADING_ID>
            <h2 id=FORM_HEADING_ID tabindex="-1">"Check in"</h2>
            <p class="muted">"Take your time. Only the reflection and the two ratings are needed; everything else is there if it helps."</p>
            <form on:submit=submit novalidate>
                <Show when=move || errors.with(|e| !e.is_empty())>
                    <div id=SUMMARY_ID class="message message-error" role="alert" tabindex="-1">
                        <strong>"A few things to look at before saving:"</strong>
                        <ul>
                            {move || errors.with(|e| e.all.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view())}
                        </ul>
                        <p>"Everything you typed is still here."</p>
                    </div>
                </Show>

                <fieldset class="step">
                    <legend><span class="step-number" aria-hidden="true">"1"</span>" Last time's commitments"</legend>
                    <Show
                        when=move || to_review.with(|l| !l.is_empty())
                        fallback=|| view! { <p class="muted">"Nothing to look back on yet. You can make a commitment or two at the end of this check-in."</p> }
                    >
                        <p class="muted">"How did each one go? There's no wrong answer; letting something go on purpose is a decision too."</p>
                        <For each=move || to_review.get() key=|c| c.id.clone() let:c>
                            <ReviewChoice draft=draft id=c.id.clone() text=c.text.clone() due=c.due />
                        </For>
                    </Show>
                </fieldset>

                <fieldset class="step">
                    <legend><span class="step-number" aria-hidden="true">"2"</span>" Your goals"</legend>
                    <Show
                        when=move || goals.with(|g| !g.is_empty())
                        fallback=|| view! {
                            <p class="muted">
                                "You have no active goals yet. "
                                <A href="/goals">"Set a goal"</A>
                                " and its milestones will show here at your next check-in."
                            </p>
                        }
                    >
                        <p class="muted">"A quick look at what's still open. Add a note on any goal if you like."</p>
                        <For each=move || goals.get() key=|g| g.id.clone() let:g>
                            <GoalProgress draft=draft goal=g />
                        </For>
                    </Show>
                </fieldset>

                <fieldset class="step">
                    <legend><span class="step-number" aria-hidden="true">"3"</span>" Your reflection"</legend>
                    <div class="field">
                        <label for="checkin-date">"Date of this check-in"</label>
                        <input
                            id="checkin-date"
                            type="date"
                            aria-describedby="checkin-date-error"
                            aria-invalid=move || errors.with(|e| e.date.is_some()).to_string()
                            prop:value=move || draft.date.get()
                            on:input=move |ev| draft.date.set(event_target_value(&ev))
                        />
                        <FieldError id="checkin-date-error" message=Signal::derive(move || errors.with(|e| e.date.clone())) />
                    </div>
                    <div
                        class="reflection"
                        role="group"
                        aria-labelledby="reflection-label"
                        aria-describedby="reflection-error"
                    >
                        <p id="reflection-label" class="group-label">"Write a line or two for at least one of these."</p>
                        <FieldError id="reflection-error" message=Signal::derive(move || errors.with(|e| e.reflection.clone())) />
                        <TextArea id="checkin-did" label="What did I do?" value=draft.did invalid=Signal::derive(move || errors.with(|e| e.reflection.is_some())) />
                        <TextArea id="checkin-blockers" label="What got in the way?" value=draft.blockers invalid=Signal::derive(move || errors.with(|e| e.reflection.is_some())) />
                        <TextArea id="checkin-next" label="What will I do next?" value=draft.next invalid=Signal::derive(move || errors.with(|e| e.reflection.is_some())) />
                    </div>
                    <RatingScale
                        id="confidence"
                        legend="How confident do you feel about reaching your goals?"
                        low="1: shaky"
                        high="10: sure"
                        value=draft.confidence
                        error=Signal::derive(move || errors.with(|e| e.confidence.clone()))
                    />
                    <RatingScale
                        id="energy"
                        legend="How much energy do you have for them right now?"
                        low="1: drained"
                        high="10: full of energy"
                        value=draft.energy
                        error=Signal::derive(move || errors.with(|e| e.energy.clone()))
                    />
                </fieldset>

                <fieldset class="step">
                    <legend><span class="step-number" aria-hidden="true">"4"</span>" New commitments"</legend>
                    <p class="muted">"Small, dated promises to yourself: one or two is plenty. You'll look back at them next time."</p>
                    <ol class="commitment-rows">
                        <For each=move || draft.commitments.get() key=|r| r.key let:row>
                            <CommitmentFields draft=draft row=row goal_options=goal_options errors=errors />
                        </For>
                    </ol>
                    <button type="button" class="btn btn-quiet" on:click=add_commitment>
                        <Icon name="plus" />
                        " Add a commitment"
                    </button>
                </fieldset>

                <div class="actions">
                    <button type="submit" class="btn btn-primary">"Save check-in"</button>
                    <button type="button" class="btn btn-quiet" on:click=cancel>"Not now"</button>
                </div>
                <p class="muted small">"\"Not now\" keeps what you've typed until you leave this page."</p>
            </form>
        </section>
    }
}

#[component]
fn FieldError(#[prop(into)] id: String, message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p id=id class="field-error">
            {move || message.get().map(|m| view! { <Icon name="warn" /> " " {m} })}
        </p>
    }
}

#[component]
fn TextArea(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    invalid: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <textarea
                id=id
                rows="3"
                dir="auto"
                aria-describedby="reflection-error"
                aria-invalid=move || invalid.get().to_string()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
        </div>
    }
}

/// A 1–10 rating as a row of radio buttons: arrows move, the number is the label.
#[component]
fn RatingScale(
    id: &'static str,
    legend: &'static str,
    low: &'static str,
    high: &'static str,
    value: RwSignal<u8>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described_by = format!("{hint_id} {error_id}");
    view! {
        <fieldset
            class="field rating"
            aria-describedby=described_by
            aria-invalid=move || error.with(Option::is_some).to_string()
        >
            <legend id=format!("{id}-legend")>{legend}</legend>
            <p id=hint_id class="hint">{format!("{low}, {high}")}</p>
            <div class="rating-scale">
                {checkins::RATING_RANGE
                    .map(|n| view! {
                        <label class="rating-option">
                            <input
                                type="radio"
                                name=id
                                value=n.to_string()
                                prop:checked=move || value.get() == n
                                on:change=move |_| value.set(n)
                            />
                            <span>{n}</span>
                        </label>
                    })
                    .collect_view()}
            </div>
            <FieldError id=error_id message=error />
        </fieldset>
    }
}

#[component]
fn ReviewChoice(draft: Draft, id: String, text: String, due: chrono::NaiveDate) -> impl IntoView {
    let key = StoredValue::new(id.clone());
    let name = format!("review-{id}");
    let current = move || key.with_value(|k| draft.reviews.with(|r| r.get(k).copied()));
    let set = move |choice: Option<Review>| {
        key.with_value(|k| {
            draft.reviews.update(|r| match choice {
                Some(c) => {
                    r.insert(k.clone(), c);
                }
                None => {
                    r.remove(k);
                }
            })
        });
    };
    let options: Vec<(Option<Review>, &'static str)> = Review::ALL
        .into_iter()
        .map(|r| (Some(r), r.label()))
        .chain([(None, "Still on it: keep it open")])
        .collect();
    view! {
        <fieldset class="field choices review">
            <legend>
                <span dir="auto">{text}</span>
                <span class="item-meta">{format!(" (due {})", nice_date(due))}</span>
            </legend>
            <div class="review-options">
                {options
                    .into_iter()
                    .map(|(choice, label)| {
                        let name = name.clone();
                        view! {
                            <label class="choice">
                                <input
                                    type="radio"
                                    name=name
                                    prop:checked=move || current() == choice
                                    on:change=move |_| set(choice)
                                />
                                <span>{label}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn GoalProgress(draft: Draft, goal: checkins::GoalToReview) -> impl IntoView {
    let goal_id = StoredValue::new(goal.id.clone());
    let field_id = format!("progress-{}", goal.id);
    let title = goal_label(&goal.title);
    let note_label = format!("A note on how “{title}” is going");
    let value = move || {
        goal_id.with_value(|g| {
            draft
                .progress
                .with(|p| p.get(g).cloned().unwrap_or_default())
        })
    };
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        goal_id.with_value(|g| {
            draft.progress.update(|p| {
                p.insert(g.clone(), text);
            })
        });
    };
    let open = goal.open_milestones.clone();
    view! {
        <div class="goal-review">
            <h3 dir="auto"><A href=goal_href(&goal.id)>{title}</A></h3>
            {if open.is_empty() {
                view! { <p class="muted">"No open milestones on this goal."</p> }.into_any()
            } else {
                view! {
                    <ul class="milestone-list">
                        {open
                            .into_iter()
                            .map(|m| view! {
                                <li>
                                    <span dir="auto">{m.title.clone()}</span>
                                    <span class="item-meta">
                                        {m.due.map(|d| format!(" · due {}", nice_date(d)))}
                                        {m.in_progress.then_some(" · in progress")}
                                    </span>
                                </li>
                            })
                            .collect_view()}
                    </ul>
                }.into_any()
            }}
            <div class="field">
                <label for=field_id.clone()>
                    {note_label}
                    " " <span class="optional">"(optional)"</span>
                </label>
                <textarea
                    id=field_id
                    rows="2"
                    dir="auto"
                    prop:value=value
                    on:input=on_input
                ></textarea>
            </div>
        </div>
    }
}

#[component]
fn CommitmentFields(
    draft: Draft,
    row: CommitmentRow,
    goal_options: Memo<Vec<(String, String)>>,
    errors: RwSignal<FormErrors>,
) -> impl IntoView {
    let key = row.key;
    let text_id = format!("commitment-text-{key}");
    let due_id = format!("commitment-due-{key}");
    let goal_id = format!("commitment-goal-{key}");
    let error_id = format!("commitment-error-{key}");
    let position = move || {
        draft
            .commitments
            .with(|l| l.iter().position(|r| r.key == key).map_or(0, |i| i + 1))
    };
    let messages = move || errors.with(|e| e.commitments.get(&key).cloned().unwrap_or_default());
    let invalid = move || (!messages().is_empty()).to_string();
    let remove = move |_| {
        draft.commitments.update(|l| l.retain(|r| r.key != key));
        errors.update(|e| {
            e.commitments.remove(&key);
        });
    };
    view! {
        <li class="commitment-row">
            <div class="field">
                <label for=text_id.clone()>{move || format!("Commitment {}: what will you do?", position())}</label>
                <input
                    id=text_id
                    type="text"
                    dir="auto"
                    maxlength="200"
                    aria-describedby=error_id.clone()
                    aria-invalid=invalid
                    prop:value=move || row.text.get()
                    on:input=move |ev| row.text.set(event_target_value(&ev))
                />
            </div>
            <div class="commitment-row-meta">
                <div class="field">
                    <label for=due_id.clone()>"By when?"</label>
                    <input
                        id=due_id
                        type="date"
                        aria-describedby=error_id.clone()
                        aria-invalid=invalid
                        prop:value=move || row.due.get()
                        on:input=move |ev| row.due.set(event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for=goal_id.clone()>"For a goal " <span class="optional">"(optional)"</span></label>
                    <select
                        id=goal_id
                        prop:value=move || row.goal.get()
                        on:change=move |ev| row.goal.set(event_target_value(&ev))
                    >
                        <option value="">"No particular goal"</option>
                        {move || goal_options.get().into_iter().map(|(id, title)| {
                            let selected = row.goal.get_untracked() == id;
                            view! { <option value=id selected=selected dir="auto">{title}</option> }
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <p id=error_id class="field-error">
                {move || messages().into_iter().map(|m| view! { <span><Icon name="warn" />" "{m}</span> }).collect_view()}
            </p>
            <button type="button" class="btn btn-quiet btn-small" on:click=remove>
                {move || format!("Remove commitment {}", position())}
            </button>
        </li>
    }
}
