//! Writing a story: the STAR form with a live hint beside each part, the skills and
//! values it shows, its links back to a win or a goal, and (for a saved story) its
//! practice history. `/stories/new` (optionally `?win=<id>`) and `/stories/:id`.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::content::{questions, SKILLS, VALUES};
use waymark_core::stories::{self, hints, prefix, spoken_seconds, Part, Story, StoryHint};

use crate::store::{clock, drafts, ids::new_id, locale, state::use_app};
use crate::ui::components::fields::{LongTextField, ProblemSummary, TextField};
use crate::ui::components::{Icon, PageHeader, A};
use crate::ui::form::{Draft, Form, Problems};
use crate::ui::words::stories as w;

/// A story as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct StoryText {
    /// The story being edited; `None` for a new one.
    pub id: Option<String>,
    pub title: String,
    pub situation: String,
    pub task: String,
    pub action: String,
    pub result: String,
    pub measure: String,
    pub when: String,
    pub skills: Vec<String>,
    pub values: Vec<String>,
    pub win_ids: Vec<String>,
    pub goal_ids: Vec<String>,
}

impl Draft for StoryText {
    const KEY: &'static str = "story";
    fn is_blank(&self) -> bool {
        stories::nothing_written(&[
            &self.title,
            &self.situation,
            &self.task,
            &self.action,
            &self.result,
        ])
    }
}

impl From<&Story> for StoryText {
    fn from(s: &Story) -> Self {
        StoryText {
            id: (!s.id.is_empty()).then(|| s.id.clone()),
            title: s.title.clone(),
            situation: s.situation.clone(),
            task: s.task.clone(),
            action: s.action.clone(),
            result: s.result.clone(),
            measure: s.measure.clone(),
            when: s.when.clone(),
            skills: s.skills.clone(),
            values: s.values.clone(),
            win_ids: s.win_ids.clone(),
            goal_ids: s.goal_ids.clone(),
        }
    }
}

impl StoryText {
    fn to_story(&self) -> Story {
        Story {
            id: self.id.clone().unwrap_or_else(|| new_id(prefix::STORY)),
            title: self.title.trim().to_string(),
            situation: self.situation.trim().to_string(),
            task: self.task.trim().to_string(),
            action: self.action.trim().to_string(),
            result: self.result.trim().to_string(),
            measure: self.measure.trim().to_string(),
            when: self.when.trim().to_string(),
            skills: self.skills.clone(),
            values: self.values.clone(),
            win_ids: self.win_ids.clone(),
            goal_ids: self.goal_ids.clone(),
            ..Default::default()
        }
    }
}

/// What the page opens with: a story to edit, a win to start from, or a blank one.
fn starting_text(id: Option<String>, win: Option<String>) -> (StoryText, Option<&'static str>) {
    let app = use_app();
    app.workbook.with_untracked(|wb| match (id, win) {
        (Some(id), _) => match stories::find(&wb.stories, &id) {
            Some(s) => (StoryText::from(s), None),
            None => (StoryText::default(), Some(w::NOT_FOUND)),
        },
        (None, Some(win)) => match wb.journal.win(&win) {
            Some(found) => (
                StoryText::from(&stories::from_win(found)),
                Some(w::FROM_WIN),
            ),
            None => (StoryText::default(), Some(w::WIN_GONE)),
        },
        (None, None) => (StoryText::default(), None),
    })
}

#[component]
pub fn StoryPage() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let query = use_query_map();
    let navigate = use_navigate();
    let id = params.with_untracked(|p| p.get("id"));
    let win = query.with_untracked(|q| q.get("win"));
    let (start, note) = starting_text(id.clone(), win.clone());
    let form: Form<StoryText> = Form::new("story-problems", start.clone());
    // A draft kept for this same story (or this same win) comes back as it was left.
    if let Some(kept) = drafts::load::<StoryText>(StoryText::KEY) {
        let same = kept.id == start.id && (start.id.is_some() || kept.win_ids == start.win_ids);
        if same && !kept.is_blank() && kept != start {
            form.fields.set(kept);
            app.tell("What you were writing is just as you left it.");
        }
    }
    form.keep();
    let editing = id.clone();
    let title = if editing.is_some() {
        "Edit story"
    } else {
        "New story"
    };

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let story = form.value().to_story();
        let story_id = story.id.clone();
        let kept = StoryText::from(&story);
        let mut list = app.workbook.with_untracked(|wb| wb.stories.clone());
        let mut problems = Problems::default();
        if let Err(found) = stories::save(&mut list, story, clock::now()) {
            for p in found {
                problems.add("story-title", w::problem(p));
            }
        }
        if !form.check(problems) {
            return;
        }
        app.update(|wb| wb.stories = list);
        // The page stays on (or moves to) this story, so the form shows it as saved.
        form.clear(kept);
        app.tell(w::SAVED);
        navigate(&format!("/stories/{story_id}"), Default::default());
    };

    let f = form.fields;
    let hints_now = Memo::new(move |_| {
        let t = f.get();
        hints(&t.situation, &t.task, &t.action, &t.result, &t.measure)
    });
    let seconds = Memo::new(move |_| {
        let t = f.get();
        spoken_seconds(&[&t.situation, &t.task, &t.action, &t.result])
    });
    let part = move |part: Part, id: &'static str| {
        let value = match part {
            Part::Situation => f.situation(),
            Part::Task => f.task(),
            Part::Action => f.action(),
            Part::Result => f.result(),
        };
        let hint_id = format!("{id}-live");
        view! {
            <div class="story-part">
                <LongTextField id=id label=w::part_label(part) value rows=3 described_by_also=hint_id.clone() />
                <PartHints id=hint_id part hints=hints_now />
            </div>
        }
    };

    view! {
        <div class="page stories">
            <PageHeader title=title lead=w::FORM_LEAD />
            {note.map(|n| view! { <p class="message" role="status">{n}</p> })}
            <section class="card story-form" aria-labelledby="story-form-title">
                <h2 id="story-form-title" tabindex="-1">{w::FORM_TITLE}</h2>
                <form on:submit=save novalidate>
                    <ProblemSummary id=form.summary_id() problems=form.summary() />
                    <TextField id="story-title" label="A short title" value=f.title() problem=form.problem("story-title") hint="Something that brings it back to mind, such as \u{201c}The Monday queue\u{201d}." />
                    <TextField id="story-when" label="When it happened" optional=true value=f.when() maxlength=40 hint="A date, a month or a year, as you like." />
                    {part(Part::Situation, "story-situation")}
                    {part(Part::Task, "story-task")}
                    {part(Part::Action, "story-action")}
                    {part(Part::Result, "story-result")}
                    <TextField id="story-measure" label="A number or measure, if there is one" optional=true value=f.measure() maxlength=80 hint="Such as \u{201c}from 9 days to 2\u{201d} or \u{201c}40 families\u{201d}." />
                    <p class="story-length" aria-live="polite">
                        <Icon name="clock" />" "
                        {move || w::spoken(&locale::current(), seconds.get())}
                    </p>
                    <LengthHint hints=hints_now />
                    <KeyChecks legend="Skills it shows" id="story-skill" items=skill_items() chosen=f.skills() />
                    <KeyChecks legend="Values it touches" id="story-value" items=value_items() chosen=f.values() />
                    <Links text=f />
                    <div class="actions">
                        <button type="submit" class="btn btn-primary">"Save story"</button>
                        <A href="/stories" attr:class="btn btn-quiet">"Back to your stories"</A>
                    </div>
                </form>
            </section>
            {editing.map(|id| view! { <History id /> })}
        </div>
    }
}

/// The live hints for one part, beside it.
#[component]
fn PartHints(id: String, part: Part, hints: Memo<Vec<StoryHint>>) -> impl IntoView {
    let mine = move || {
        hints
            .get()
            .into_iter()
            .filter(|h| h.part() == Some(part) && !matches!(h, StoryHint::Missing(_)))
            .collect::<Vec<_>>()
    };
    let missing = move || hints.with(|h| h.contains(&StoryHint::Missing(part)));
    view! {
        <div id=id class="story-hint" aria-live="polite">
            {move || {
                let l = locale::current();
                let found = mine();
                if !found.is_empty() {
                    found.iter().map(|h| view! {
                        <p class="story-hint-text"><Icon name="info" />" " {w::hint(&l, h)}</p>
                    }).collect_view().into_any()
                } else if missing() {
                    view! { <p class="hint">{w::hint(&l, &StoryHint::Missing(part))}</p> }.into_any()
                } else {
                    view! { <p class="story-hint-ok"><Icon name="check" />" " {w::part_name(part)} " reads well."</p> }.into_any()
                }
            }}
        </div>
    }
}

/// The whole story's length hint, when it runs long.
#[component]
fn LengthHint(hints: Memo<Vec<StoryHint>>) -> impl IntoView {
    move || {
        hints.get().into_iter().find(|h| h.part().is_none()).map(|h| {
            view! { <p class="story-hint-text"><Icon name="info" />" " {w::hint(&locale::current(), &h)}</p> }
        })
    }
}

/// `(group name, [(key, name)])` for every motivated skill.
fn skill_items() -> Vec<(String, Vec<(String, String)>)> {
    SKILLS
        .dimensions
        .iter()
        .map(|d| {
            let items = SKILLS
                .items
                .iter()
                .filter(|i| i.dimension == d.id)
                .map(|i| (i.id.to_string(), i.text.to_string()))
                .collect();
            (d.name.to_string(), items)
        })
        .collect()
}

fn value_items() -> Vec<(String, Vec<(String, String)>)> {
    vec![(
        String::new(),
        VALUES
            .items
            .iter()
            .map(|i| (i.id.to_string(), i.text.to_string()))
            .collect(),
    )]
}

pub use crate::ui::words::stories::skill_name;

/// Check boxes for keys, in optional groups; the chosen keys are a field of the draft.
#[component]
fn KeyChecks(
    legend: &'static str,
    id: &'static str,
    items: Vec<(String, Vec<(String, String)>)>,
    #[prop(into)] chosen: reactive_stores::Field<Vec<String>>,
) -> impl IntoView {
    let count = move || chosen.with(Vec::len);
    view! {
        <details class="key-checks">
            <summary>
                {legend} " " <span class="optional">"(optional)"</span>
                <span class="muted">{move || match count() { 0 => String::new(), n => format!(" · {n} chosen") }}</span>
            </summary>
            <fieldset>
                <legend class="visually-hidden">{legend}</legend>
                {items.into_iter().map(|(group, keys)| view! {
                    {(!group.is_empty()).then(|| view! { <p class="key-group">{group}</p> })}
                    <div class="key-grid">
                        {keys.into_iter().map(|(key, name)| {
                            let input_id = format!("{id}-{key}");
                            let for_id = input_id.clone();
                            let k = key.clone();
                            let k2 = key.clone();
                            view! {
                                <label class="check" for=for_id>
                                    <input
                                        type="checkbox"
                                        id=input_id
                                        prop:checked=move || chosen.with(|c| c.contains(&k))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            chosen.update(|c| {
                                                c.retain(|x| x != &k2);
                                                if on {
                                                    c.push(k2.clone());
                                                }
                                            });
                                        }
                                    />
                                    " " {name}
                                </label>
                            }
                        }).collect_view()}
                    </div>
                }).collect_view()}
            </fieldset>
        </details>
    }
}

/// Where the story came from: its wins and goals, as links.
#[component]
fn Links(text: Store<StoryText>) -> impl IntoView {
    let app = use_app();
    let links = Memo::new(move |_| {
        let (wins, goals) = text.with(|t| (t.win_ids.clone(), t.goal_ids.clone()));
        app.workbook.with(|wb| {
            let l = locale::current();
            let mut out: Vec<(String, String)> = wins
                .iter()
                .filter_map(|id| {
                    wb.journal.win(id).map(|win| {
                        (
                            format!("/journal#win-{id}"),
                            format!("Win on {}: {}", l.medium_date(win.date), win.what_happened),
                        )
                    })
                })
                .collect();
            out.extend(goals.iter().filter_map(|id| {
                waymark_core::goals::find_goal(&wb.goals, id)
                    .map(|g| (format!("/goals/{id}"), format!("Goal: {}", g.title)))
            }));
            out
        })
    });
    move || {
        (!links.with(Vec::is_empty)).then(|| {
            view! {
                <div class="story-links">
                    <p class="muted">"Where it came from"</p>
                    <ul class="plain-list">
                        {links.get().into_iter().map(|(href, label)| view! {
                            <li><A href=href><span dir="auto">{label}</span></A></li>
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// A saved story's practice, newest first.
#[component]
fn History(id: String) -> impl IntoView {
    let app = use_app();
    let story_id = id.clone();
    let entries = Memo::new(move |_| {
        app.workbook.with(|wb| {
            stories::find(&wb.stories, &story_id)
                .map(|s| s.practice.iter().rev().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let practise_href = format!("/stories/practice?story={id}");
    view! {
        <section class="card story-history" aria-labelledby="history-title">
            <h2 id="history-title">{w::HISTORY_TITLE}</h2>
            <Show when=move || !entries.with(Vec::is_empty) fallback=|| view! { <p class="muted">{w::HISTORY_EMPTY}</p> }>
                <ol class="history-list">
                    {move || {
                        let l = locale::current();
                        entries.get().into_iter().map(|p| {
                            let question = questions::find(&p.question).map_or("", |q| q.text);
                            view! {
                                <li class="history-entry">
                                    <p class="item-meta">
                                        <time datetime=waymark_core::forms::date_text(p.date)>{l.medium_date(p.date)}</time>
                                        " · " {w::rating(p.rating)}
                                        {p.seconds.map(|s| format!(" · timed at {}", w::duration(&l, s)))}
                                    </p>
                                    <p class="history-question">{question}</p>
                                    {(!p.change.is_empty()).then(|| view! {
                                        <p><span class="muted">"Next time: "</span><span dir="auto">{p.change.clone()}</span></p>
                                    })}
                                </li>
                            }
                        }).collect_view()
                    }}
                </ol>
            </Show>
            <A href=practise_href attr:class="btn btn-secondary">{w::PRACTISE}</A>
        </section>
    }
}
