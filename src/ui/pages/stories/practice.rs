//! Rehearsing for an interview (`/stories/practice`): pick a theme and a question, take
//! a story Waymark suggests (or any other), tell it out loud with an optional timer, rate
//! how it went and note what to change; the practice is kept with the story.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::content::questions::{self, Theme};
use waymark_core::stories::{self, prefix, Practice};

use crate::store::{
    clock,
    ids::new_id,
    locale,
    state::{use_app, AppState},
};
use crate::ui::components::fields::{ErrorLine, LongTextField, ProblemSummary};
use crate::ui::components::{EmptyState, Icon, A};
use crate::ui::form::{Draft, Form, Problems};
use crate::ui::words::stories as w;

use super::form::skill_name;
use super::SubPageHeader;

/// A practice as it is being recorded.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct PracticeText {
    pub theme: String,
    pub question: String,
    pub story: String,
    /// 0 until chosen.
    pub rating: u8,
    pub change: String,
    pub seconds: Option<u32>,
    /// True once the person chose the story themselves (or came to practise it), so a
    /// new question no longer moves the choice to its best fit.
    pub picked: bool,
}

impl Draft for PracticeText {
    const KEY: &'static str = "practice";
    fn is_blank(&self) -> bool {
        self.rating == 0 && self.change.trim().is_empty() && self.seconds.is_none()
    }
}

impl PracticeText {
    fn fresh(story: Option<String>) -> Self {
        let theme = Theme::AboutYou;
        PracticeText {
            theme: theme.key().into(),
            question: theme.questions().next().map_or("", |q| q.id).into(),
            picked: story.is_some(),
            story: story.unwrap_or_default(),
            ..Default::default()
        }
    }
}

/// Chooses the story that fits the question best, unless the person chose one.
fn pre_pick(app: AppState, text: Store<PracticeText>) {
    let (question, chosen, by_person) =
        text.with_untracked(|t| (t.question.clone(), t.story.clone(), t.picked));
    let Some(question) = questions::find(&question) else {
        return;
    };
    let pick = app.workbook.with_untracked(|wb| {
        stories::pre_pick(question, &wb.stories, &chosen, by_person)
            .unwrap_or_default()
            .to_string()
    });
    if pick != chosen {
        text.story().set(pick);
    }
}

#[component]
pub fn PracticePage() -> impl IntoView {
    let app = use_app();
    let query = use_query_map();
    let wanted = query.with_untracked(|q| q.get("story"));
    let form: Form<PracticeText> =
        Form::new("practice-problems", PracticeText::fresh(wanted.clone()));
    if form.restore() {
        if let Some(id) = wanted {
            form.edit(|p| {
                p.story = id;
                p.picked = true;
            });
        }
    }
    pre_pick(app, form.fields);
    form.keep();
    let f = form.fields;
    let any = Memo::new(move |_| app.workbook.with(|wb| !wb.stories.is_empty()));

    view! {
        <div class="page stories">
            <SubPageHeader path="/stories/practice" />
            <Show
                when=move || any.get()
                fallback=|| view! {
                    <EmptyState icon="book" title=w::EMPTY_TITLE body=w::NO_STORIES_TO_PRACTISE action_href="/stories/new" action_label=w::ADD />
                }
            >
                <form class="practice" novalidate on:submit=move |ev| {
                    ev.prevent_default();
                    save(form);
                }>
                    <ProblemSummary id=form.summary_id() problems=form.summary() />
                    <QuestionPicker text=f />
                    <StoryPicker form />
                    <Rehearse form />
                </form>
            </Show>
        </div>
    }
}

fn save(form: Form<PracticeText>) {
    let app = use_app();
    let typed = form.value();
    let practice = Practice {
        id: new_id(prefix::PRACTICE),
        date: clock::today(),
        question: typed.question.clone(),
        rating: typed.rating,
        change: typed.change.trim().to_string(),
        seconds: typed.seconds,
    };
    let mut list = app.workbook.with_untracked(|wb| wb.stories.clone());
    let mut problems = Problems::default();
    if stories::find(&list, &typed.story).is_none() {
        problems.add("practice-story", "Choose the story you told.");
    }
    if let Err(found) = stories::add_practice(&mut list, &typed.story, practice, clock::now()) {
        for p in found {
            let field = match p {
                stories::Problem::Rating => "practice-rating",
                _ => "practice-question",
            };
            problems.add(field, w::problem(p));
        }
    }
    if !form.check(problems) {
        return;
    }
    app.update(|wb| wb.stories = list);
    form.clear(PracticeText {
        rating: 0,
        change: String::new(),
        seconds: None,
        ..typed
    });
    app.tell(w::PRACTICE_SAVED);
}

/// The theme and question, each a select, and the question itself.
#[component]
fn QuestionPicker(text: Store<PracticeText>) -> impl IntoView {
    let app = use_app();
    let theme = move || Theme::from_key(&text.theme().get()).unwrap_or(Theme::AboutYou);
    let question = move || questions::find(&text.question().get());
    view! {
        <section class="card practice-question" aria-labelledby="question-title">
            <h2 id="question-title">"1. The question"</h2>
            <div class="practice-selects">
                <div class="field">
                    <label for="practice-theme">"Theme"</label>
                    <select id="practice-theme" prop:value=move || text.theme().get() on:change=move |ev| {
                        let key = event_target_value(&ev);
                        let first = Theme::from_key(&key).and_then(|t| t.questions().next()).map_or("", |q| q.id);
                        text.question().set(first.to_string());
                        text.theme().set(key);
                        pre_pick(app, text);
                    }>
                        {Theme::ALL.into_iter().map(|t| view! { <option value=t.key()>{w::theme(t)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="practice-question">"Question"</label>
                    <select id="practice-question" prop:value=move || text.question().get() on:change=move |ev| {
                        text.question().set(event_target_value(&ev));
                        pre_pick(app, text);
                    }>
                        {move || theme().questions().map(|q| view! { <option value=q.id selected=text.question().get_untracked() == q.id>{q.text}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <blockquote class="question-text">{move || question().map_or("", |q| q.text)}</blockquote>
        </section>
    }
}

/// The stories that fit the question (best first), then the rest, as radio buttons.
#[component]
fn StoryPicker(form: Form<PracticeText>) -> impl IntoView {
    let app = use_app();
    let text = form.fields;
    // (id, title, shared skill names, fits)
    let options = Memo::new(move |_| {
        let q = questions::find(&text.question().get());
        app.workbook.with(|wb| {
            let fits: Vec<(String, String, Vec<String>, bool)> = q
                .map(|q| stories::suggest(q, &wb.stories))
                .unwrap_or_default()
                .into_iter()
                .map(|f| {
                    let shared = f.shared.iter().map(|k| skill_name(k)).collect();
                    (f.story.id.clone(), f.story.title.clone(), shared, true)
                })
                .collect();
            let rest = wb
                .stories
                .iter()
                .filter(|s| !fits.iter().any(|f| f.0 == s.id))
                .map(|s| (s.id.clone(), s.title.clone(), Vec::new(), false))
                .collect::<Vec<_>>();
            fits.into_iter().chain(rest).collect::<Vec<_>>()
        })
    });
    let any_fit = Memo::new(move |_| options.with(|o| o.iter().any(|x| x.3)));
    let wanted_skills = move || {
        questions::find(&text.question().get())
            .map(|q| {
                q.skills
                    .iter()
                    .map(|k| skill_name(k))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default()
    };
    let chosen = Memo::new(move |_| {
        let id = text.story().get();
        app.workbook
            .with(|wb| stories::find(&wb.stories, &id).cloned())
    });
    view! {
        <section class="card practice-stories" aria-labelledby="stories-pick-title">
            <h2 id="stories-pick-title">"2. A story to tell"</h2>
            <Show when=move || !any_fit.get()>
                <p class="muted">{w::NO_FIT} " " {wanted_skills} "."</p>
            </Show>
            <fieldset class="field story-choices" aria-describedby="practice-story-error">
                <legend class="visually-hidden">"Choose a story"</legend>
                {move || {
                    let opts = options.get();
                    let fits = opts.iter().filter(|o| o.3).count();
                    opts.into_iter().enumerate().map(|(i, (id, title, shared, fit))| {
                        let input_id = format!("practice-story-{id}");
                        let for_id = input_id.clone();
                        let heading = (i == 0 && fit).then_some(w::SUGGESTED)
                            .or((i == fits && fits > 0).then_some("Your other stories"));
                        let value = id.clone();
                        view! {
                            {heading.map(|h| view! { <p class="key-group">{h}</p> })}
                            <label class="story-choice" for=for_id>
                                <input type="radio" name="practice-story" id=input_id value=id.clone()
                                    prop:checked=move || text.story().get() == id
                                    on:change=move |_| {
                                        text.story().set(value.clone());
                                        text.picked().set(true);
                                    } />
                                <span>
                                    <span class="story-choice-title" dir="auto">{title}</span>
                                    {(!shared.is_empty()).then(|| view! { <span class="item-meta">{format!(" · shows {}", shared.join(", "))}</span> })}
                                </span>
                            </label>
                        }
                    }).collect_view()
                }}
                <ErrorLine id="practice-story-error" message=form.problem("practice-story") />
            </fieldset>
            {move || chosen.get().map(|s| {
                let l = locale::current();
                view! {
                    <details class="story-recap">
                        <summary>{format!("Remind me of \u{201c}{}\u{201d}", s.title)}</summary>
                        <dl>
                            <dt>"Situation"</dt><dd dir="auto">{s.situation.clone()}</dd>
                            <dt>"Task"</dt><dd dir="auto">{s.task.clone()}</dd>
                            <dt>"Action"</dt><dd dir="auto">{s.action.clone()}</dd>
                            <dt>"Result"</dt><dd dir="auto">{s.result.clone()} {(!s.measure.is_empty()).then(|| format!(" ({})", s.measure))}</dd>
                        </dl>
                    </details>
                    <p class="story-length" id="practice-estimate"><Icon name="clock" />" " {w::spoken(&l, s.spoken_seconds())}</p>
                }
            })}
        </section>
    }
}

/// The timer, the rating and what to change.
#[component]
fn Rehearse(form: Form<PracticeText>) -> impl IntoView {
    let f = form.fields;
    let started = RwSignal::new(None::<u64>);
    let tick = RwSignal::new(0u64);
    let handle = StoredValue::new(None::<IntervalHandle>);
    let elapsed = move || {
        tick.get();
        started
            .get()
            .map(|s| ((clock::now_ms().saturating_sub(s)) / 1000) as u32)
    };
    let toggle = move |_| match started.get_untracked() {
        None => {
            started.set(Some(clock::now_ms()));
            f.seconds().set(None);
            if let Ok(h) = set_interval_with_handle(
                move || tick.update(|t| *t += 1),
                std::time::Duration::from_millis(500),
            ) {
                handle.set_value(Some(h));
            }
        }
        Some(s) => {
            let secs = ((clock::now_ms().saturating_sub(s)) / 1000) as u32;
            f.seconds().set(Some(secs));
            started.set(None);
            if let Some(h) = handle.get_value() {
                h.clear();
            }
            handle.set_value(None);
        }
    };
    on_cleanup(move || {
        if let Some(h) = handle.get_value() {
            h.clear();
        }
    });
    let clock_text = move || {
        let l = locale::current();
        match (elapsed(), f.seconds().get()) {
            (Some(s), _) => format!("Timing: {}", w::duration(&l, s)),
            (None, Some(s)) => format!("You took {}.", w::duration(&l, s)),
            (None, None) => "The timer is optional.".to_string(),
        }
    };
    let rating_error = form.problem("practice-rating");
    view! {
        <section class="card practice-rehearse" aria-labelledby="rehearse-title">
            <h2 id="rehearse-title">"3. Tell it out loud"</h2>
            <p class="muted">"Say it as you would in the room. Aim for about two minutes."</p>
            <div class="timer">
                <button type="button" id="practice-timer" class="btn btn-secondary" on:click=toggle>
                    <Icon name="clock" />
                    {move || if started.with(Option::is_some) { " Stop timer" } else { " Start timer" }}
                </button>
                <p class="timer-reading" aria-live=move || if started.with(Option::is_some) { "off" } else { "polite" }>{clock_text}</p>
            </div>
            <fieldset class="field rating" id="practice-rating" aria-describedby="practice-rating-error" aria-invalid=move || rating_error.with(Option::is_some).to_string()>
                <legend>"How did it go?"</legend>
                <div class="rating-scale">
                    {(1u8..=5).map(|n| view! {
                        <label class="rating-option practice-rating-option">
                            <input type="radio" name="practice-rating" value=n.to_string()
                                prop:checked=move || f.rating().get() == n
                                on:change=move |_| f.rating().set(n) />
                            <span>{w::rating(n)}</span>
                        </label>
                    }).collect_view()}
                </div>
                <ErrorLine id="practice-rating-error" message=rating_error />
            </fieldset>
            <LongTextField id="practice-change" label="What will you change next time?" optional=true value=f.change() rows=2 hint="Such as \u{201c}start with the result\u{201d} or \u{201c}say more about my part\u{201d}." />
            <div class="actions">
                <button type="submit" class="btn btn-primary">"Save practice"</button>
                {move || {
                    let id = f.story().get();
                    (!id.is_empty()).then(|| view! { <A href=format!("/stories/{id}") attr:class="btn btn-quiet">"See this story's practice"</A> })
                }}
            </div>
        </section>
    }
}
