//! The pitch on the profile: the latest version in the person's own words, a builder
//! that sets their material beside each part (never writing for them), and the earlier
//! versions, each to read, copy back into the builder or delete (with Undo).

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::pitch::{self, Field, Hint, Material, Pitch, Source};

use crate::store::{clock, ids::new_id, locale, state::use_app};
use crate::ui::components::fields::{LongTextField, ProblemSummary, TextField};
use crate::ui::components::{focus_soon, Icon, UndoBar, A};
use crate::ui::form::{Draft, Form, Problems};
use crate::ui::words::profile as w;

/// A pitch as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct PitchText {
    pub headline: String,
    pub pitch: String,
    pub about: String,
}

impl Draft for PitchText {
    const KEY: &'static str = "pitch";
    fn is_blank(&self) -> bool {
        waymark_core::stories::nothing_written(&[&self.headline, &self.pitch, &self.about])
    }
}

impl From<&Pitch> for PitchText {
    fn from(p: &Pitch) -> Self {
        PitchText {
            headline: p.headline.clone(),
            pitch: p.pitch.clone(),
            about: p.about.clone(),
        }
    }
}

fn field_id(f: Field) -> &'static str {
    match f {
        Field::Headline => "pitch-headline",
        Field::Pitch => "pitch-pitch",
        Field::About => "pitch-about",
    }
}

fn text_of(p: &Pitch, f: Field) -> &str {
    match f {
        Field::Headline => &p.headline,
        Field::Pitch => &p.pitch,
        Field::About => &p.about,
    }
}

type PitchForm = Form<PitchText>;

#[component]
pub fn PitchSection() -> impl IntoView {
    let app = use_app();
    let latest = Memo::new(move |_| app.workbook.with(|wb| pitch::latest(&wb.pitches).cloned()));
    let earlier = Memo::new(move |_| {
        app.workbook.with(|wb| {
            pitch::newest_first(&wb.pitches)
                .into_iter()
                .skip(1)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let form: PitchForm = Form::new("pitch-problems", PitchText::default());
    // Words left in the builder come back open, just as they were.
    let open = RwSignal::new(form.restore());
    form.keep();
    let deleted = RwSignal::new(None::<(usize, Pitch)>);
    on_cleanup(move || deleted.set(None));

    let start = move |_| {
        if form.value().is_blank() {
            if let Some(p) = latest.get_untracked() {
                form.edit(|d| *d = PitchText::from(&p));
            }
        }
        open.set(true);
        focus_soon("pitch-headline");
    };
    let copy_back = Callback::new(move |p: Pitch| {
        form.edit(|d| *d = PitchText::from(&p));
        form.problems.set(Problems::default());
        open.set(true);
        app.tell(w::VERSION_USED);
        focus_soon("pitch-headline");
    });
    let delete = Callback::new(move |id: String| {
        app.update(|wb| {
            if let Some(i) = wb.pitches.iter().position(|p| p.id == id) {
                deleted.set(Some((i, wb.pitches.remove(i))));
            }
        });
        focus_soon("undo-delete-pitch");
    });
    let undo = move |_| {
        if let Some((i, p)) = deleted.get_untracked() {
            app.update(|wb| {
                let at = i.min(wb.pitches.len());
                wb.pitches.insert(at, p);
            });
            deleted.set(None);
            app.tell("That version is back.");
        }
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = form.value();
        let mut list = app.workbook.with_untracked(|wb| wb.pitches.clone());
        let mut problems = Problems::default();
        if let Err(p) = pitch::save_version(
            &mut list,
            new_id(pitch::PREFIX),
            &typed.headline,
            &typed.pitch,
            &typed.about,
            clock::now(),
        ) {
            problems.add_general(w::problem(p));
        }
        if !form.check(problems) {
            return;
        }
        app.update(|wb| wb.pitches = list);
        form.clear(PitchText::default());
        open.set(false);
        app.tell(w::BUILDER_SAVED);
        focus_soon("pitch-title");
    };
    let close = move |_| {
        // Words that are just the latest version again need no keeping.
        let same = latest.with_untracked(|l| l.as_ref().map(PitchText::from)) == Some(form.value());
        if same {
            form.clear(PitchText::default());
        }
        open.set(false);
        focus_soon("pitch-start");
    };

    view! {
        <section class="card profile-pitch" aria-labelledby="pitch-title">
            <h2 id="pitch-title" tabindex="-1">{w::PITCH_TITLE}</h2>
            <p class="muted">{w::PITCH_LEAD}</p>
            {move || match latest.get() {
                Some(p) => view! { <Latest pitch=p delete /> }.into_any(),
                None => view! { <p class="pitch-empty">{w::PITCH_EMPTY}</p> }.into_any(),
            }}
            <Show when=move || deleted.with(Option::is_some)>
                <UndoBar
                    message=Signal::derive(move || deleted.with(|d| d.as_ref().map(|(_, p)| w::deleted(&locale::local_date(p.created_at))).unwrap_or_default()))
                    id="undo-delete-pitch"
                    on_undo=Callback::new(undo)
                    on_dismiss=Callback::new(move |_| deleted.set(None))
                />
            </Show>
            <Show
                when=move || open.get()
                fallback=move || view! {
                    <p>
                        <button id="pitch-start" type="button" class="btn btn-primary" on:click=start>
                            <Icon name="edit" />
                            " " {move || if latest.with(Option::is_some) { w::PITCH_NEW } else { w::PITCH_START }}
                        </button>
                    </p>
                }
            >
                <Builder form save close />
            </Show>
            <Show when=move || earlier.with(|e| !e.is_empty())>
                <div class="pitch-versions">
                    <h3>{w::VERSIONS_TITLE}</h3>
                    <ul>
                        <For each=move || earlier.get() key=|p| (p.id.clone(), p.updated_at) let:p>
                            <Version pitch=p copy_back delete />
                        </For>
                    </ul>
                </div>
            </Show>
        </section>
    }
}

/// The words of a version, part by part (blank parts left out).
fn version_text(p: &Pitch) -> impl IntoView {
    let parts = Field::ALL
        .into_iter()
        .filter(|f| !text_of(p, *f).trim().is_empty())
        .map(|f| {
            view! {
                <div>
                    <dt>{w::name(f)}</dt>
                    <dd dir="auto">{text_of(p, f).to_string()}</dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="pitch-words">{parts}</dl> }
}

/// The latest version, as it shows on the profile.
#[component]
fn Latest(pitch: Pitch, delete: Callback<String>) -> impl IntoView {
    let id = pitch.id.clone();
    view! {
        <div class="pitch-latest">
            <p class="muted">{format!("{} · {}", w::LATEST, w::saved_on(&locale::local_date(pitch.created_at)))}</p>
            {(!pitch.headline.trim().is_empty()).then(|| view! { <p class="pitch-headline" dir="auto">{pitch.headline.clone()}</p> })}
            {(!pitch.pitch.trim().is_empty()).then(|| view! {
                <div>
                    <h3 class="pitch-part-name">{w::name(Field::Pitch)}</h3>
                    <p class="pitch-body" dir="auto">{pitch.pitch.clone()}</p>
                </div>
            })}
            {(!pitch.about.trim().is_empty()).then(|| view! {
                <div>
                    <h3 class="pitch-part-name">{w::name(Field::About)}</h3>
                    <p class="pitch-body" dir="auto">{pitch.about.clone()}</p>
                </div>
            })}
            <p class="pitch-latest-actions">
                <button type="button" class="btn btn-quiet" on:click=move |_| delete.run(id.clone())>
                    <Icon name="trash" />
                    " " {w::VERSION_DELETE}
                    <span class="visually-hidden">" the latest version"</span>
                </button>
            </p>
        </div>
    }
}

/// An earlier version: its date and headline, opening to its words and actions.
#[component]
fn Version(pitch: Pitch, copy_back: Callback<Pitch>, delete: Callback<String>) -> impl IntoView {
    let date = locale::local_date(pitch.created_at);
    let first = Field::ALL
        .into_iter()
        .map(|f| text_of(&pitch, f).trim().to_string())
        .find(|t| !t.is_empty())
        .unwrap_or_default();
    let (kept, id) = (pitch.clone(), pitch.id.clone());
    let label = w::saved_on(&date);
    view! {
        <li class="pitch-version">
            <details>
                <summary>
                    <strong>{label.clone()}</strong>
                    <span class="pitch-version-first" dir="auto">{first}</span>
                </summary>
                {version_text(&pitch)}
                <div class="actions">
                    <button type="button" class="btn btn-secondary" on:click=move |_| copy_back.run(kept.clone())>
                        {w::VERSION_USE}
                        <span class="visually-hidden">{format!(" ({label})")}</span>
                    </button>
                    <button type="button" class="btn btn-quiet" on:click=move |_| delete.run(id.clone())>
                        <Icon name="trash" />
                        " " {w::VERSION_DELETE}
                        <span class="visually-hidden">{format!(" the version {}", date.to_lowercase())}</span>
                    </button>
                </div>
            </details>
        </li>
    }
}

/// The builder: each part with its prompts and live hints, and the person's own
/// material beside it.
#[component]
fn Builder<S, C>(form: PitchForm, save: S, close: C) -> impl IntoView
where
    S: Fn(leptos::ev::SubmitEvent) + 'static,
    C: Fn(leptos::ev::MouseEvent) + 'static,
{
    let app = use_app();
    let material = Memo::new(move |_| app.workbook.with(pitch::material));
    let f = form.fields;
    let hints = Memo::new(move |_| {
        let t = f.get();
        pitch::hints(&t.headline, &t.pitch, &t.about)
    });
    let seconds = Memo::new(move |_| f.pitch().with(|p| pitch::pitch_seconds(p)));
    let part = move |field: Field| {
        let id = field_id(field);
        let live = format!("{id}-live");
        let hint = format!("Try: {}.", w::prompts(field).join(" · "));
        let control = match field {
            Field::Headline => view! {
                <TextField id=id label=w::label(field) optional=true maxlength=200 value=f.headline() hint />
            }
            .into_any(),
            Field::Pitch => view! {
                <LongTextField id=id label=w::label(field) optional=true rows=5 value=f.pitch() hint described_by_also=live.clone() />
            }
            .into_any(),
            Field::About => view! {
                <LongTextField id=id label=w::label(field) optional=true rows=7 value=f.about() hint described_by_also=live.clone() />
            }
            .into_any(),
        };
        view! {
            <div class="pitch-part">
                <div class="pitch-write">
                    {control}
                    <div id=live class="story-hint" aria-live="polite">
                        {(field == Field::Pitch).then(|| view! {
                            <p class="story-length"><Icon name="clock" />" " {move || w::pitch_length(&locale::current(), seconds.get())}</p>
                        })}
                        {move || {
                            let l = locale::current();
                            hints
                                .get()
                                .into_iter()
                                .filter(|h: &Hint| h.field() == field)
                                .map(|h| view! { <p class="story-hint-text"><Icon name="info" />" " {w::hint(&l, &h)}</p> })
                                .collect_view()
                        }}
                    </div>
                </div>
                <aside class="pitch-material" aria-label=format!("{} for the {}", w::FROM_YOUR_WORKBOOK, w::name(field).to_lowercase())>
                    <h4>{w::FROM_YOUR_WORKBOOK}</h4>
                    {move || material.with(|m| material_view(m, field))}
                </aside>
            </div>
        }
    };

    view! {
        <form class="pitch-builder" on:submit=save novalidate aria-labelledby="builder-title">
            <h3 id="builder-title">{w::BUILDER_TITLE}</h3>
            <p class="muted">{w::BUILDER_LEAD}</p>
            <ProblemSummary id=form.summary_id() problems=form.summary() />
            {Field::ALL.into_iter().map(part).collect_view()}
            <div class="actions">
                <button type="submit" class="btn btn-primary">{w::BUILDER_SAVE}</button>
                <button type="button" class="btn btn-quiet" on:click=close>"Not now"</button>
            </div>
        </form>
    }
}

/// The person's material for one field, and where to find what is missing.
fn material_view(m: &Material, field: Field) -> AnyView {
    let l = locale::current();
    let present = m
        .for_field(field)
        .into_iter()
        .map(|s| {
            let body = match s {
                Source::Values => tags(&m.values),
                Source::Strengths => tags(&m.strengths),
                Source::Interests => m
                    .code
                    .as_ref()
                    .map(|(code, names)| {
                        view! { <p><strong>{code.clone()}</strong>{format!(": {}", names.join(", "))}</p> }.into_any()
                    })
                    .unwrap_or_else(|| ().into_any()),
                Source::Vision => view! {
                    <blockquote dir="auto">{m.vision.clone().unwrap_or_default()}</blockquote>
                }
                .into_any(),
                Source::Stories => view! {
                    <ul class="pitch-stories">
                        {m.stories.iter().map(|s| {
                            let result = match (s.result.is_empty(), s.measure.is_empty()) {
                                (false, false) => format!("{} ({})", s.result, s.measure),
                                (false, true) => s.result.clone(),
                                (true, false) => s.measure.clone(),
                                (true, true) => String::new(),
                            };
                            let practice = w::story_practice(&l, s.best_rating, s.practised);
                            let title = s.title.clone();
                            view! {
                                <li>
                                    <A href=format!("/stories/{}", s.id)><span dir="auto">{title}</span></A>
                                    {(!result.is_empty()).then(|| view! { <span class="pitch-story-result" dir="auto">{result}</span> })}
                                    {practice.map(|p| view! { <span class="muted">{p}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any(),
            };
            view! {
                <div class="pitch-source">
                    <h5>{w::source(s)}</h5>
                    {body}
                </div>
            }
        })
        .collect_view();
    let missing = m
        .missing_for(field)
        .into_iter()
        .map(|s| {
            let (text, link, href) = w::source_missing(s);
            view! { <li>{text} " " <A href=href>{link}</A></li> }
        })
        .collect_view();
    let any_missing = !m.missing_for(field).is_empty();
    view! {
        {present}
        {any_missing.then(|| view! { <ul class="pitch-missing muted">{missing}</ul> })}
    }
    .into_any()
}

fn tags(names: &[String]) -> AnyView {
    view! {
        <ul class="pitch-tags">
            {names.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}
