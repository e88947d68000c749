//! Building a program and sharing it as one link (`/coach`).

use leptos::prelude::*;
use waymark_core::{
    checkins::Cadence,
    content,
    goals::TemplateId,
    program::{self, Field, Program},
    share,
};

use super::{
    app_address, review::ReviewOpener, use_coach, ProgramText, ProgramTextStoreFields, ProgramView,
};
use crate::store::clock;
use crate::ui::components::fields::{ErrorLine, LongTextField, TextField, TextRows};
use crate::ui::components::{Icon, PageHeader};
use crate::ui::form::{Draft, Form};
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
    let link = Memo::new(move |_| {
        problems
            .with(|ps| ps.is_empty())
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
                        <p class="muted small">"A goal title your client can start from in one step. Up to " {program::MAX_CUSTOM_GOALS} "."</p>
                        <TextRows
                            id="coach-goal"
                            rows=f.custom_goals()
                            row_label=words::coach_goal
                            remove_label=words::remove_coach_goal
                            add_label="Add a goal idea"
                            maxlength=program::MAX_CUSTOM_GOAL as u32
                            most=program::MAX_CUSTOM_GOALS
                            problem=Callback::new(move |at: usize| problem_for(Field::CustomGoal(at.saturating_sub(1))))
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
                    <StartAfresh form />
                </form>

                <div class="coach-side">
                    <section class="card coach-share" aria-labelledby="share-title">
                        <h2 id="share-title">"Share it"</h2>
                        {move || match link.get() {
                            Some(url) => view! { <ShareLink url=url /> }.into_any(),
                            None => view! {
                                <div class="message" role="status">
                                    <p>"The link appears here once the program is ready:"</p>
                                    <ul>
                                        {problems.get().iter().map(|p| view! { <li>{words::program_problem(p)}</li> }).collect_view()}
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

/// The link in a read-only field, its length, and a copy button with a fallback.
#[component]
fn ShareLink(url: String) -> impl IntoView {
    let field = NodeRef::<leptos::html::Input>::new();
    let status = RwSignal::new(String::new());
    let len = url.chars().count();
    let url2 = url.clone();
    let select_field = move || {
        if let Some(input) = field.get_untracked() {
            let _ = input.focus();
            input.select();
        }
    };
    let copy = move |_| {
        crate::ui::components::copy_text(url2.clone(), move |copied| match copied {
            Some(true) => {
                status.set("Copied. Paste it into an email or message to your client.".into())
            }
            Some(false) => {
                select_field();
                status.set("Your browser didn't allow copying. The link is selected: press Ctrl+C (or ⌘C) to copy it.".into());
            }
            None => {
                select_field();
                status.set("The link is selected: press Ctrl+C (or ⌘C) to copy it.".into());
            }
        });
    };
    view! {
        <div class="field">
            <label for="program-link">"Program link"</label>
            <input id="program-link" type="text" readonly prop:value=url.clone()
                aria-describedby="program-link-length"
                on:focus=move |_| select_field() />
            <p id="program-link-length" class="muted small">{format!("{len} characters — short enough for an email.")}</p>
        </div>
        <div class="actions">
            <button type="button" class="btn btn-primary" on:click=copy><Icon name="save" />" Copy link"</button>
        </div>
        <p role="status" class="coach-copy-status">{move || status.get()}</p>
        <p class="muted small">"The program travels inside the link itself. When your client opens it, Waymark shows them what's in it and asks before adding anything."</p>
    }
}
