//! The "check in now" form: last time's commitments, then your goals and their open
//! milestones, then the reflection and new commitments. Everything typed lives in one
//! [`CheckInText`] draft owned by the page, so a problem on saving never loses a word.

use crate::ui::components::A;
use leptos::prelude::*;
use waymark_core::checkins::{self, Review};
use waymark_core::forms::{date_text, default_due};
use waymark_core::search::agenda;

use super::{focus_soon, goal_href, goal_label, nice_date};
use crate::store::{clock, locale, state::use_app};
use crate::ui::components::fields::{DateField, ErrorLine, ProblemSummary};
use crate::ui::components::Icon;
use crate::ui::form::{next_key, position};
use crate::ui::words::agenda as words;

pub const FORM_HEADING_ID: &str = "checkin-form-title";

mod draft;

pub use draft::{checkin_form, CheckInForm, CheckInText, CheckInTextStoreFields};
use draft::{commitment_field, save, CommitmentRow};

#[derive(Clone, PartialEq)]
struct ToReview {
    id: String,
    text: String,
    due: chrono::NaiveDate,
}

#[component]
pub fn CheckInFormView(form: CheckInForm, open: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let f = form.fields;
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

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let acc = app.workbook.with_untracked(|wb| wb.checkins.clone());
        if let Some(acc) = save(form, acc) {
            app.update(|wb| wb.checkins = acc);
            form.clear(CheckInText::fresh());
            open.set(false);
            app.tell("Check-in saved. Thank you for making the time.");
            focus_soon("history-title");
        }
    };

    let cancel = move |_| {
        open.set(false);
        focus_soon("rhythm-title");
    };
    let add_commitment = move |_| {
        let due = app
            .workbook
            .with_untracked(|wb| date_text(default_due(wb.checkins.plan.as_ref(), clock::today())));
        let mut key = 0;
        f.commitments().update(|rows| {
            key = next_key(rows);
            rows.push(CommitmentRow {
                key,
                due,
                ..Default::default()
            });
        });
        focus_soon(commitment_field(key));
    };
    let reflection_problem = form.problem("reflection");
    let reflection_invalid = Signal::derive(move || reflection_problem.with(Option::is_some));

    view! {
        <section class="card checkin-form" aria-labelledby=FORM_HEADING_ID>
            <h2 id=FORM_HEADING_ID tabindex="-1">"Check in"</h2>
            <p class="muted">"Take your time. Only the reflection and the two ratings are needed; everything else is there if it helps."</p>
            <form on:submit=submit novalidate>
                <ProblemSummary id=form.summary_id() problems=form.summary() heading="A few things to look at before saving:" />

                <fieldset class="step">
                    <legend><span class="step-number" aria-hidden="true">"1"</span>" Last time's commitments"</legend>
                    <Show
                        when=move || to_review.with(|l| !l.is_empty())
                        fallback=|| view! { <p class="muted">"Nothing to look back on yet. You can make a commitment or two at the end of this check-in."</p> }
                    >
                        <p class="muted">"How did each one go? There's no wrong answer; letting something go on purpose is a decision too."</p>
                        <For each=move || to_review.get() key=|c| c.id.clone() let:c>
                            <ReviewChoice form id=c.id.clone() text=c.text.clone() due=c.due />
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
                            <GoalProgress form goal=g />
                        </For>
                    </Show>
                    <SearchSinceLast />
                </fieldset>

                <fieldset class="step">
                    <legend><span class="step-number" aria-hidden="true">"3"</span>" Your reflection"</legend>
                    <DateField id="checkin-date" label="Date of this check-in" value=f.date() problem=form.problem("checkin-date") />
                    <div
                        class="reflection"
                        role="group"
                        aria-labelledby="reflection-label"
                        aria-describedby="reflection-error"
                    >
                        <p id="reflection-label" class="group-label">"Write a line or two for at least one of these."</p>
                        <ErrorLine id="reflection-error" message=reflection_problem />
                        <Reflection id="checkin-did" label="What did I do?" value=f.did() invalid=reflection_invalid />
                        <Reflection id="checkin-blockers" label="What got in the way?" value=f.blockers() invalid=reflection_invalid />
                        <Reflection id="checkin-next" label="What will I do next?" value=f.next() invalid=reflection_invalid />
                    </div>
                    <RatingScale
                        id="confidence"
                        legend="How confident do you feel about reaching your goals?"
                        low="1: shaky"
                        high="10: sure"
                        value=f.confidence()
                        error=form.problem("confidence")
                    />
                    <RatingScale
                        id="energy"
                        legend="How much energy do you have for them right now?"
                        low="1: drained"
                        high="10: full of energy"
                        value=f.energy()
                        error=form.problem("energy")
                    />
                </fieldset>

                <fieldset class="step">
                    <legend><span class="step-number" aria-hidden="true">"4"</span>" New commitments"</legend>
                    <p class="muted">"Small, dated promises to yourself: one or two is plenty. You'll look back at them next time."</p>
                    <ol class="commitment-rows">
                        <For each=move || f.commitments().with(|r| r.iter().map(|c| c.key).collect::<Vec<_>>()) key=|k| *k let:key>
                            <CommitmentFields form key goal_options />
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

/// One of the three reflection questions: a long text that shares the group's error.
#[component]
fn Reflection(
    id: &'static str,
    label: &'static str,
    #[prop(into)] value: reactive_stores::Field<String>,
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
    #[prop(into)] value: reactive_stores::Field<u8>,
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
            <ErrorLine id=error_id message=error />
        </fieldset>
    }
}

#[component]
fn ReviewChoice(
    form: CheckInForm,
    id: String,
    text: String,
    due: chrono::NaiveDate,
) -> impl IntoView {
    let key = StoredValue::new(id.clone());
    let name = format!("review-{id}");
    let current = move || key.with_value(|k| form.fields.reviews().with(|r| r.get(k).copied()));
    let set = move |choice: Option<Review>| {
        key.with_value(|k| {
            form.fields.reviews().update(|r| match choice {
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
fn GoalProgress(form: CheckInForm, goal: checkins::GoalToReview) -> impl IntoView {
    let goal_id = StoredValue::new(goal.id.clone());
    let field_id = format!("progress-{}", goal.id);
    let title = goal_label(&goal.title);
    let note_label = format!("A note on how “{title}” is going");
    let value = move || {
        goal_id.with_value(|g| {
            form.fields
                .progress()
                .with(|p| p.get(g).cloned().unwrap_or_default())
        })
    };
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        goal_id.with_value(|g| {
            form.fields.progress().update(|p| {
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

/// One new commitment: what, by when, and for which goal.
#[component]
fn CommitmentFields(
    form: CheckInForm,
    key: u32,
    goal_options: Memo<Vec<(String, String)>>,
) -> impl IntoView {
    let rows = form.fields.commitments();
    let text_id = commitment_field(key);
    let due_id = format!("commitment-due-{key}");
    let goal_id = format!("commitment-goal-{key}");
    let error_id = format!("commitment-error-{key}");
    let at = move || rows.with(|l| position(l, key));
    let read = move |part: fn(&CommitmentRow) -> &String| {
        move || {
            rows.with(|l| {
                l.iter()
                    .find(|r| r.key == key)
                    .map(|r| part(r).clone())
                    .unwrap_or_default()
            })
        }
    };
    let write = move |part: fn(&mut CommitmentRow) -> &mut String| {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            rows.update(|l| {
                if let Some(r) = l.iter_mut().find(|r| r.key == key) {
                    *part(r) = value;
                }
            });
        }
    };
    let message = form.problem(text_id.clone());
    let invalid = move || message.with(Option::is_some).to_string();
    let remove = move |_| {
        rows.update(|l| l.retain(|r| r.key != key));
        form.problems
            .update(|p| p.drop_field(&commitment_field(key)));
    };
    view! {
        <li class="commitment-row">
            <div class="field">
                <label for=text_id.clone()>{move || format!("Commitment {}: what will you do?", at())}</label>
                <input
                    id=text_id
                    type="text"
                    dir="auto"
                    maxlength="200"
                    aria-describedby=error_id.clone()
                    aria-invalid=invalid
                    prop:value=read(|r| &r.text)
                    on:input=write(|r| &mut r.text)
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
                        prop:value=read(|r| &r.due)
                        on:input=write(|r| &mut r.due)
                    />
                </div>
                <div class="field">
                    <label for=goal_id.clone()>"For a goal " <span class="optional">"(optional)"</span></label>
                    <select
                        id=goal_id
                        prop:value=read(|r| &r.goal)
                        on:change=write(|r| &mut r.goal)
                    >
                        <option value="">"No particular goal"</option>
                        {move || goal_options.get().into_iter().map(|(id, title)| {
                            let selected = read(|r| &r.goal)() == id;
                            view! { <option value=id selected=selected dir="auto">{title}</option> }
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <ErrorLine id=error_id message />
            <button type="button" class="btn btn-quiet btn-small" on:click=remove>
                {move || format!("Remove commitment {}", at())}
            </button>
        </li>
    }
}

/// The job search since the last check-in, to review beside the commitments: what moved
/// and which conversations were held. Shown only when something happened.
#[component]
fn SearchSinceLast() -> impl IntoView {
    let app = use_app();
    // (key, link, title, detail) for each line.
    let rows = Memo::new(move |_| {
        let l = locale::current();
        app.workbook.with(|wb| {
            let after = wb.checkins.last_checkin().map(|c| c.date);
            let since = agenda::since(&wb.search, after, clock::today());
            let moved = since.applications.iter().map(|a| {
                let mut facts: Vec<String> = a
                    .moves
                    .iter()
                    .map(|(on, stage)| words::moved_to(&l, *stage, *on))
                    .collect();
                if a.interviews > 0 {
                    facts.push(words::interviews_count(&l, a.interviews));
                }
                (
                    a.application_id.clone(),
                    format!("/search/{}", a.application_id),
                    words::role_at(&a.role, &a.organisation),
                    facts.join(" · "),
                )
            });
            let talked = since.conversations.iter().map(|c| {
                (
                    c.conversation_id.clone(),
                    "/people".to_string(),
                    words::conversation_line(&l, c.date, &c.with_whom, c.informational),
                    String::new(),
                )
            });
            moved.chain(talked).collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            <div class="search-since">
                <h3>"Your job search since last time"</h3>
                <ul class="item-list">
                    <For each=move || rows.get() key=|r| r.0.clone() let:r>
                        <li class="item">
                            <A href=r.1.clone() attr:class="item-title"><span dir="auto">{r.2.clone()}</span></A>
                            {(!r.3.is_empty()).then(|| view! { <span class="item-meta">{r.3.clone()}</span> })}
                        </li>
                    </For>
                </ul>
            </div>
        </Show>
    }
}
