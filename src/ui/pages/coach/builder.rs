//! Building a program and sharing it as one link (`/coach`).

use leptos::prelude::*;
use waymark_core::{
    checkins::Cadence,
    content,
    goals::TemplateId,
    program::{self, Field, Program},
    share,
};

use super::sessions::{SessionsPicker, SessionsTextStoreFields};
use super::{
    app_address, review::ReviewOpener, share_link::ShareLink, use_coach, GoalRow, ProgramText,
    ProgramTextStoreFields, ProgramView,
};
use crate::store::clock;
use crate::ui::components::fields::{ErrorLine, LongTextField, TextField, TextRows};
use crate::ui::components::{Icon, PageHeader};
use crate::ui::form::{next_key, position, Draft, Form};
use crate::ui::words;
#[component]
pub fn CoachPage() -> impl IntoView {
    let coach = use_coach();
    let form = coach.draft;
    let f = form.fields;
    let program = Memo::new(move |_| f.with(ProgramText::program));
    // created_at changes on every edit; the link uses a stable time per page visit.
    let started = StoredValue::new(clock::now());
    let shared = Memo::new(move |_| {
        let mut p = program.get().tidied();
        p.created_at = started.get_value();
        p
    });
    let problems = Memo::new(move |_| shared.with(|p| p.problems()));
    let raw_problems = Memo::new(move |_| program.with(|p| p.problems()));
    // What is wrong with one part, as the core words it; `None` when nothing is.
    let problem_for = move |part: Field| {
        raw_problems.with(|ps| {
            let found: Vec<String> = ps
                .iter()
                .filter(|p| p.field == part)
                .map(words::program_problem)
                .collect();
            (!found.is_empty()).then(|| found.join(" "))
        })
    };
    let problem = move |part: Field| Signal::derive(move || problem_for(part));
    // A first session's day that isn't a date: the program's own rules can't see it.
    let sessions_problem = Memo::new(move |_| f.sessions().with(|s| s.problem()));
    let link = Memo::new(move |_| {
        (problems.with(|ps| ps.is_empty()) && sessions_problem.with(Option::is_none))
            .then(|| share::link(&app_address(), &shared.get()))
    });

    view! {
        <div class="page coach-page">
            <PageHeader
                title=crate::ui::words::pages::title("/coach")
                lead=crate::ui::words::pages::lead("/coach")
            />
            <div class="coach-layout">
                <form class="card coach-builder" aria-labelledby="builder-title" on:submit=|ev| ev.prevent_default()>
                    <h2 id="builder-title">"Build a program"</h2>
                    <TextField id="coach-name" label="Your name" value=f.coach() autocomplete="name" maxlength=120 problem=problem(Field::Coach) />
                    <TextField
                        id="coach-contact"
                        label="How clients can reach you"
                        optional=true
                        value=f.contact()
                        maxlength=200
                        placeholder="An email address, a phone number or a booking page"
                        problem=problem(Field::Contact)
                    />
                    <LongTextField id="coach-welcome" label="Welcome message" value=f.welcome() rows=5 described_by_also="coach-welcome-count" problem=problem(Field::Welcome) />
                    <p id="coach-welcome-count" class="muted small">
                        {move || format!("{} of {} characters", f.welcome().with(|w| w.chars().count()), program::MAX_WELCOME)}
                    </p>
                    <InstrumentPicker instruments=f.instruments() />
                    <fieldset class="field coach-questions">
                        <legend>"Your own reflection questions"</legend>
                        <p class="muted small">"Your client answers these in their workbook. Up to " {program::MAX_QUESTIONS} "."</p>
                        <TextRows
                            id="coach-q"
                            rows=f.questions()
                            row_label=words::coach_question
                            remove_label=words::remove_coach_question
                            add_label="Add a question"
                            maxlength=400
                            most=program::MAX_QUESTIONS
                            problem=Callback::new(move |at: usize| problem_for(Field::Question(at.saturating_sub(1))))
                        />
                        <ErrorLine id="coach-questions-error" message=problem(Field::Questions) />
                    </fieldset>
                    <fieldset class="field choices">
                        <legend>"Goal templates to suggest"</legend>
                        {TemplateId::ALL.into_iter().map(|t| {
                            let key = t.key().to_string();
                            let k2 = key.clone();
                            view! {
                                <label class="choice">
                                    <input type="checkbox"
                                        prop:checked=move || f.templates().with(|l| l.contains(&key))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            f.templates().update(|l| {
                                                l.retain(|x| x != &k2);
                                                if on {
                                                    l.push(k2.clone());
                                                }
                                            });
                                        } />
                                    <span>{t.template().label}</span>
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <fieldset class="field coach-questions">
                        <legend>"Goals in your own words"</legend>
                        <p class="muted small">"A goal title your client can start from in one step, and a line on why it could matter to them. Up to " {program::MAX_CUSTOM_GOALS} "."</p>
                        <GoalRows
                            rows=f.custom_goals()
                            problem=Callback::new(move |part: Field| problem_for(part))
                        />
                        <ErrorLine id="coach-goals-error" message=problem(Field::CustomGoals) />
                    </fieldset>
                    <fieldset class="field choices">
                        <legend>"Suggested check-in rhythm"</legend>
                        <label class="choice">
                            <input type="radio" name="coach-cadence"
                                prop:checked=move || f.cadence().get().is_none()
                                on:change=move |_| f.cadence().set(None) />
                            <span>"No suggestion"</span>
                        </label>
                        {Cadence::ALL.into_iter().map(|c| view! {
                            <label class="choice">
                                <input type="radio" name="coach-cadence" value=c.key()
                                    prop:checked=move || f.cadence().get() == Some(c)
                                    on:change=move |_| f.cadence().set(Some(c)) />
                                <span>{c.label()}</span>
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <SessionsPicker
                        on=f.sessions().on()
                        start=f.sessions().start()
                        count=f.sessions().count()
                        weeks=f.sessions().weeks()
                        planned=Signal::derive(move || program.with(|p| p.engagement))
                        problem=Signal::derive(move || sessions_problem.get().map(str::to_string).or_else(|| problem_for(Field::Engagement)))
                    />
                    <StartAfresh form />
                </form>

                <div class="coach-side">
                    <section class="card coach-share" aria-labelledby="share-title">
                        <h2 id="share-title">"Share it"</h2>
                        {move || match link.get() {
                            Some(url) => view! { <ShareLink url=url id="program-link" label="Program link" /> }.into_any(),
                            None => view! {
                                <div class="message" role="status">
                                    <p>"The link appears here once the program is ready:"</p>
                                    <ul>
                                        {problems.get().iter().map(|p| view! { <li>{words::program_problem(p)}</li> }).collect_view()}
                                        {sessions_problem.get().map(|p| view! { <li>{p}</li> })}
                                    </ul>
                                </div>
                            }.into_any(),
                        }}
                    </section>
                    <section class="card coach-preview" aria-labelledby="preview-title">
                        <h2 id="preview-title">"What your client will see"</h2>
                        {move || view! { <ProgramView program=shared.get() /> }}
                    </section>
                </div>
            </div>
            <ReviewOpener />
        </div>
    }
}

/// The coach's own goals: per row a title, a why and a remove button; a button adds a
/// row and puts the cursor in its title. Row `k`'s fields are `coach-goal-<k>` and
/// `coach-goal-<k>-why`.
#[component]
fn GoalRows(
    #[prop(into)] rows: reactive_stores::Field<Vec<GoalRow>>,
    /// What is wrong with a part of the program, if anything.
    problem: Callback<Field, Option<String>>,
) -> impl IntoView {
    let add = move |_| {
        let mut key = 0;
        rows.update(|r| {
            key = next_key(r);
            r.push(GoalRow {
                key,
                ..GoalRow::default()
            });
        });
        crate::ui::components::focus_soon(format!("coach-goal-{key}"));
    };
    let edit = move |key: u32, change: &dyn Fn(&mut GoalRow)| {
        rows.update(|r| {
            if let Some(row) = r.iter_mut().find(|x| x.key == key) {
                change(row);
            }
        });
    };
    let read = move |key: u32, part: fn(&GoalRow) -> &String| {
        rows.with(|r| r.iter().find(|x| x.key == key).map(|x| part(x).clone()))
            .unwrap_or_default()
    };
    view! {
        <ol class="text-rows coach-goal-rows">
            <For each=move || rows.with(|r| r.iter().map(|row| row.key).collect::<Vec<_>>()) key=|k| *k let:key>
                {
                    let id = format!("coach-goal-{key}");
                    let why_id = format!("{id}-why");
                    let at = move || rows.with(|r| position(r, key)).saturating_sub(1);
                    let title_problem = Signal::derive(move || problem.run(Field::CustomGoal(at())));
                    let why_problem = Signal::derive(move || problem.run(Field::CustomGoalWhy(at())));
                    let (title_error, why_error) = (format!("{id}-error"), format!("{why_id}-error"));
                    let (te, we) = (title_error.clone(), why_error.clone());
                    view! {
                        <li class="coach-goal-row">
                            <div class="text-row">
                                <label for=id.clone() class="visually-hidden">{move || words::coach_goal(at() + 1)}</label>
                                <input id=id.clone() type="text" dir="auto" maxlength=program::MAX_CUSTOM_GOAL as u32
                                    aria-describedby=move || title_problem.with(Option::is_some).then(|| te.clone())
                                    aria-invalid=move || title_problem.with(Option::is_some).then_some("true")
                                    prop:value=move || read(key, |g| &g.text)
                                    on:input=move |ev| { let t = event_target_value(&ev); edit(key, &|g| g.text = t.clone()); } />
                                <button type="button" class="btn btn-quiet" on:click=move |_| rows.update(|r| r.retain(|x| x.key != key))>
                                    <Icon name="trash" />
                                    <span class="visually-hidden">{move || words::remove_coach_goal(at() + 1)}</span>
                                </button>
                            </div>
                            <ErrorLine id=title_error message=title_problem />
                            <div class="field coach-goal-why">
                                <label for=why_id.clone()>{move || words::coach_goal_why(at() + 1)}</label>
                                <input id=why_id.clone() type="text" dir="auto" maxlength=300
                                    aria-describedby=move || why_problem.with(Option::is_some).then(|| we.clone())
                                    aria-invalid=move || why_problem.with(Option::is_some).then_some("true")
                                    prop:value=move || read(key, |g| &g.why)
                                    on:input=move |ev| { let t = event_target_value(&ev); edit(key, &|g| g.why = t.clone()); } />
                                <ErrorLine id=why_error message=why_problem />
                            </div>
                        </li>
                    }
                }
            </For>
        </ol>
        <button type="button" class="btn btn-quiet" on:click=add disabled=move || rows.with(|r| r.len() >= program::MAX_CUSTOM_GOALS)>
            <Icon name="plus" />
            " Add a goal idea"
        </button>
    }
}

#[component]
fn InstrumentPicker(
    #[prop(into)] instruments: reactive_stores::Field<Vec<String>>,
) -> impl IntoView {
    let move_by = move |id: String, delta: isize| {
        instruments.update(|l| {
            if let Some(i) = l.iter().position(|x| *x == id) {
                let j = i as isize + delta;
                if j >= 0 && (j as usize) < l.len() {
                    l.swap(i, j as usize);
                }
            }
        });
    };
    view! {
        <fieldset class="field choices">
            <legend>"Exercises, in the order to do them"</legend>
            {content::ALL.iter().map(|inst| {
                let id = inst.id.to_string();
                let id2 = id.clone();
                view! {
                    <label class="choice">
                        <input type="checkbox"
                            prop:checked=move || instruments.with(|l| l.contains(&id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                instruments.update(|l| {
                                    l.retain(|x| x != &id2);
                                    if on {
                                        l.push(id2.clone());
                                    }
                                });
                            } />
                        <span>{inst.title}<span class="muted">{format!(" · about {} min", inst.minutes)}</span></span>
                    </label>
                }
            }).collect_view()}
            <Show when=move || instruments.with(|l| l.len() > 1)>
                <p class="muted small" id="order-help">"Your order:"</p>
                <ol class="coach-order" aria-describedby="order-help">
                    <For each=move || instruments.get() key=|id| id.clone() let:id>
                        {
                            let title = content::instrument(&id).map_or("", |i| i.title);
                            let (up, down) = (id.clone(), id.clone());
                            let first = { let id = id.clone(); move || instruments.with(|l| l.first() == Some(&id)) };
                            let last = { let id = id.clone(); move || instruments.with(|l| l.last() == Some(&id)) };
                            view! {
                                <li>
                                    <span class="coach-order-title">{title}</span>
                                    <button type="button" class="btn btn-quiet icon-btn" aria-label=format!("Move {title} earlier")
                                        disabled=first on:click=move |_| move_by(up.clone(), -1)><Icon name="up" /></button>
                                    <button type="button" class="btn btn-quiet icon-btn" aria-label=format!("Move {title} later")
                                        disabled=last on:click=move |_| move_by(down.clone(), 1)><Icon name="down" /></button>
                                </li>
                            }
                        }
                    </For>
                </ol>
            </Show>
            <p class="field-error">{move || {
                let l = instruments.get();
                let mut p = Program::new(clock::now());
                p.instruments = l;
                p.problems().iter().filter(|x| x.field == Field::Instruments).map(words::program_problem).collect::<Vec<_>>().join(" ")
            }}</p>
        </fieldset>
    }
}

/// Empties the builder for the next client's program, after asking; the program as it
/// was can be brought back straight afterwards.
#[component]
fn StartAfresh(form: Form<ProgramText>) -> impl IntoView {
    let asking = RwSignal::new(false);
    let previous = RwSignal::new(None::<ProgramText>);
    let clear = move |_| {
        let before = form.value();
        form.clear(ProgramText::default());
        previous.set(Some(before));
        asking.set(false);
        crate::ui::components::focus_soon("undo-afresh");
    };
    let undo = move |_| {
        if let Some(p) = previous.get_untracked() {
            form.fields.set(p);
        }
        previous.set(None);
        crate::ui::components::focus_soon("start-afresh");
    };
    // Only whether the builder is empty, so typing doesn't redraw this part.
    let empty = Memo::new(move |_| form.fields.with(ProgramText::is_blank));
    view! {
        <div class="coach-afresh">
            {move || {
                if previous.with(Option::is_some) {
                    view! {
                        <div class="message undo-bar">
                            <p>"The builder is empty and ready for the next program."</p>
                            <button id="undo-afresh" type="button" class="btn btn-secondary" on:click=undo><Icon name="undo" />" Undo"</button>
                        </div>
                    }.into_any()
                } else if asking.get() {
                    view! {
                        <div class="message" role="group" aria-label="Start a new program">
                            <p>"Clear everything in this program to start a new one? Links you already shared keep working."</p>
                            <div class="actions">
                                <button id="confirm-afresh" type="button" class="btn btn-danger" on:click=clear>"Yes, clear it"</button>
                                <button type="button" class="btn btn-quiet" on:click=move |_| {
                                    asking.set(false);
                                    crate::ui::components::focus_soon("start-afresh");
                                }>"Keep it"</button>
                            </div>
                        </div>
                    }.into_any()
                } else if empty.get() {
                    view! {
                        <p class="muted">"What you put together here is kept on this device until you clear it."</p>
                    }.into_any()
                } else {
                    view! {
                        <p class="muted">"What you put together here is kept on this device until you clear it."</p>
                        <button id="start-afresh" type="button" class="btn btn-quiet" on:click=move |_| {
                            asking.set(true);
                            crate::ui::components::focus_soon("confirm-afresh");
                        }>"Start a new program…"</button>
                    }.into_any()
                }
            }}
        </div>
    }
}
