//! The story bank (`/stories`): stories grouped by the skills they show, which motivated
//! strengths have no story yet, and deleting with undo. Writing a story is in [`form`],
//! rehearsing one for a question in [`practice`].

mod evidence;
mod form;
mod practice;

pub use evidence::EvidencePage;
pub use form::StoryPage;
pub use practice::PracticePage;

use leptos::prelude::*;
use waymark_core::discover::latest_profile;
use waymark_core::stories::{self, Story};

use crate::store::{locale, state::use_app};
use crate::ui::components::{EmptyState, Icon, PageHeader, A};
use crate::ui::words::stories as w;
use form::skill_name;

/// The header of a page under the story bank: its title, what it is for and the way back.
#[component]
fn SubPageHeader(path: &'static str) -> impl IntoView {
    view! {
        <PageHeader
            title=crate::ui::words::pages::title(path)
            lead=crate::ui::words::pages::lead(path)
        >
            <A href="/stories" attr:class="btn btn-quiet"><Icon name="chevron-left" />" Your stories"</A>
        </PageHeader>
    }
}

/// One story as the list shows it.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Card {
    id: String,
    title: String,
    when: String,
    seconds: u32,
    practised: usize,
}

impl From<&Story> for Card {
    fn from(s: &Story) -> Self {
        Card {
            id: s.id.clone(),
            title: if s.title.is_empty() {
                "Untitled story".into()
            } else {
                s.title.clone()
            },
            when: s.when.clone(),
            seconds: s.spoken_seconds(),
            practised: s.practice.len(),
        }
    }
}

#[component]
pub fn StoriesPage() -> impl IntoView {
    let app = use_app();
    let deleted = RwSignal::new(None::<(usize, Story)>);
    let any = Memo::new(move |_| app.workbook.with(|wb| !wb.stories.is_empty()));
    let has_wins = Memo::new(move |_| app.workbook.with(|wb| !wb.journal.wins.is_empty()));
    let groups = Memo::new(move |_| {
        app.workbook.with(|wb| {
            stories::by_skill(&wb.stories)
                .into_iter()
                .map(|(key, list)| {
                    let name = key.map_or_else(|| w::NO_SKILL_GROUP.to_string(), skill_name);
                    (
                        key.unwrap_or("none").to_string(),
                        name,
                        list.into_iter().map(Card::from).collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    // `None` until the skills exercise is done.
    let uncovered = Memo::new(move |_| {
        app.workbook.with(|wb| {
            latest_profile(&wb.discovery).skills.map(|part| {
                let keys: Vec<String> = part.strengths.iter().map(|n| n.id.clone()).collect();
                stories::uncovered(&keys, &wb.stories)
                    .into_iter()
                    .map(skill_name)
                    .collect::<Vec<_>>()
            })
        })
    });

    let delete = move |id: String| {
        app.update(|wb| {
            if let Some(i) = wb.stories.iter().position(|s| s.id == id) {
                deleted.set(Some((i, wb.stories.remove(i))));
            }
        });
        crate::ui::components::focus_soon("undo-story");
    };
    let undo = move |_| {
        if let Some((i, story)) = deleted.get_untracked() {
            let title = story.title.clone();
            app.update(|wb| {
                let at = i.min(wb.stories.len());
                wb.stories.insert(at, story);
            });
            deleted.set(None);
            app.tell(format!("\u{201c}{title}\u{201d} is back."));
        }
    };

    view! {
        <div class="page stories">
            <PageHeader
                title=crate::ui::words::pages::title("/stories")
                lead=crate::ui::words::pages::lead("/stories")
            >
                <A href="/stories/new" attr:class="btn btn-primary"><Icon name="plus" />" " {w::ADD}</A>
                <Show when=move || any.get()>
                    <A href="/stories/practice" attr:class="btn btn-secondary"><Icon name="people" />" " {w::PRACTISE}</A>
                </Show>
                <Show when=move || any.get() || has_wins.get()>
                    <A href="/stories/evidence" attr:class="btn btn-secondary"><Icon name="chart" />" " {w::EVIDENCE}</A>
                </Show>
            </PageHeader>
            <Show when=move || deleted.with(Option::is_some)>
                <div class="message undo-bar">
                    <p dir="auto">{move || deleted.with(|d| d.as_ref().map(|(_, s)| format!("Deleted \u{201c}{}\u{201d}.", s.title)).unwrap_or_default())}</p>
                    <button id="undo-story" class="btn btn-secondary" on:click=undo><Icon name="undo" />" Undo"</button>
                </div>
            </Show>
            <Show
                when=move || any.get()
                fallback=|| view! {
                    <EmptyState icon="book" title=w::EMPTY_TITLE body=w::EMPTY_BODY action_href="/stories/new" action_label=w::ADD />
                }
            >
                <section class="card story-groups" aria-labelledby="stories-title">
                    <h2 id="stories-title">"Your stories by skill"</h2>
                    <For each=move || groups.get() key=|(key, _, cards)| (key.clone(), cards.clone()) let:group>
                        <section class="story-group" aria-label=group.1.clone()>
                            <h3>{group.1.clone()}</h3>
                            <ul class="story-list">
                                {group.2.into_iter().map(|card| {
                                    let id = card.id.clone();
                                    let href = format!("/stories/{}", card.id);
                                    let title = card.title.clone();
                                    let named = format!(" \u{201c}{}\u{201d}", card.title);
                                    let l = locale::current();
                                    let meta = [
                                        w::when(&l, &card.when),
                                        w::spoken_short(&l, card.seconds),
                                        w::practised(&l, card.practised),
                                    ]
                                    .into_iter()
                                    .filter(|s| !s.is_empty())
                                    .collect::<Vec<_>>()
                                    .join(" · ");
                                    view! {
                                        <li class="story-card">
                                            <div class="story-card-text">
                                                <A href=href><span dir="auto">{title}</span></A>
                                                <p class="item-meta">{meta}</p>
                                            </div>
                                            <button type="button" class="btn btn-quiet btn-small" on:click=move |_| delete(id.clone())>
                                                <Icon name="trash" />" Delete" <span class="visually-hidden" dir="auto">{named}</span>
                                            </button>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </section>
                    </For>
                </section>
            </Show>
            <section class="card coverage" aria-labelledby="coverage-title">
                <h2 id="coverage-title">{w::COVERAGE_TITLE}</h2>
                {move || match uncovered.get() {
                    None => view! {
                        <p class="muted">{w::COVERAGE_NO_SKILLS} " " <A href="/discover/skills">"Open the skills exercise"</A></p>
                    }.into_any(),
                    Some(list) if list.is_empty() => view! { <p>{w::COVERAGE_DONE}</p> }.into_any(),
                    Some(list) => view! {
                        <p class="muted">{w::COVERAGE_LEAD}</p>
                        <ul class="coverage-list">
                            {list.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
                        </ul>
                    }.into_any(),
                }}
            </section>
        </div>
    }
}
