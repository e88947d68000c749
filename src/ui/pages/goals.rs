//! Goals: the list of goals with progress and pace, filtered and sorted by deadline,
//! and an empty state that offers the templates. The wizard, the goal page, gap maps
//! and the skills view live in the submodules.

mod common;
mod detail;
mod gaps;
mod metric;
mod milestones;
mod obstacles;
mod skills;
mod wizard;

pub use detail::GoalPage;
pub use gaps::{GapMapPage, GapMapsPage};
pub use skills::SkillsPage;
pub use wizard::NewGoalPage;

use crate::ui::components::A;
use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;
use waymark_core::goals::{
    self, filter_goals, smart_check, sort_by_deadline, templates_for, Category, GoalFilter,
    GoalStatus,
};

use crate::store::state::use_app;
use crate::ui::components::{Icon, Later, PageHeader, ProgressBar, ShowMore, UndoBar};
use common::{deleted_goal, focus_soon, today};
pub use common::{dom_id, DeletedGoal};
use waymark_core::search::linked::counted_goals;

/// One goal as the list shows it.
#[derive(Debug, Clone, PartialEq)]
struct GoalRow {
    id: String,
    updated: DateTime<Utc>,
    title: String,
    category: Category,
    status: GoalStatus,
    deadline: Option<NaiveDate>,
    progress: Option<f64>,
    progress_label: String,
    behind: bool,
    smart: u8,
}

/// How many goal cards the list draws at first, and how many more each "Show more goals"
/// adds: years of goals would otherwise take a long moment to draw all at once.
const GOALS_PER_PAGE: usize = 30;

/// The goals that match the filters (all of them counted), and the first few as cards.
#[derive(Debug, Clone, PartialEq, Default)]
struct Listing {
    matching: usize,
    rows: Vec<GoalRow>,
}

#[component]
pub fn GoalsPage() -> impl IntoView {
    let app = use_app();
    let today = today();
    let status = RwSignal::new(None::<GoalStatus>);
    let category = RwSignal::new(None::<Category>);
    let limit = RwSignal::new(GOALS_PER_PAGE);
    let total = Memo::new(move |_| app.workbook.with(|wb| wb.goals.len()));
    let listing = Memo::new(move |_| {
        let filter = GoalFilter {
            status: status.get(),
            category: category.get(),
        };
        let limit = limit.get();
        app.workbook.with(|wb| {
            let goals = counted_goals(&wb.goals, &wb.search, today);
            // Filtering and sorting see every goal; only the shown ones become rows.
            let mut list = filter_goals(&goals, &filter);
            sort_by_deadline(&mut list);
            let matching = list.len();
            let rows = list
                .into_iter()
                .take(limit)
                .map(|g| GoalRow {
                    id: g.id.clone(),
                    updated: g.updated_at,
                    title: g.title.clone(),
                    category: g.category,
                    status: g.status,
                    deadline: g.deadline,
                    progress: g.progress(),
                    progress_label: crate::ui::words::goal_progress_label(g),
                    behind: g.status == GoalStatus::Active
                        && g.pace_status(today).is_some_and(|p| p.behind),
                    smart: smart_check(g, today).score(),
                })
                .collect::<Vec<_>>();
            Listing { matching, rows }
        })
    });
    let matching = Memo::new(move |_| listing.with(|l| l.matching));
    let show_more = move |()| {
        let first_new = limit.get_untracked();
        limit.set(first_new + GOALS_PER_PAGE);
        // Keyboard focus moves to the first goal that was just added to the list.
        if let Some(id) = listing.with_untracked(|l| l.rows.get(first_new).map(|r| r.id.clone())) {
            focus_soon(dom_id("goal-link", &id));
        }
    };
    let behind_count = Memo::new(move |_| {
        app.workbook.with(|wb| {
            goals::behind_pace(&counted_goals(&wb.goals, &wb.search, today), today).len()
        })
    });

    view! {
        <div class="page goals-area goals-page">
            <PageHeader
                title=crate::ui::words::pages::title("/goals")
                lead=crate::ui::words::pages::lead("/goals")
            >
                <A href="/goals/new" attr:class="btn btn-primary">
                    <Icon name="plus" />
                    " New goal"
                </A>
                <A href="/goals/gaps" attr:class="btn btn-secondary">
                    <Icon name="map" />
                    " Gap maps"
                </A>
                <A href="/goals/skills" attr:class="btn btn-secondary">
                    <Icon name="skill" />
                    " Skills you're building"
                </A>
            </PageHeader>
            <UndoDelete />
            <Show when=move || { total.get() > 0 } fallback=NoGoals>
                <Show when=move || { behind_count.get() > 0 }>
                    <div class="message goal-behind-note" role="note">
                        <Icon name="clock" />
                        <p>
                            {move || match behind_count.get() {
                                1 => "One goal is behind its pace. That happens — open it to see the numbers and choose a smaller next step.".to_string(),
                                n => format!("{n} goals are behind their pace. That happens — open one to see the numbers and choose a smaller next step."),
                            }}
                        </p>
                    </div>
                </Show>
                <section class="card goal-filters" aria-labelledby="filters-title">
                    <h2 id="filters-title" class="goal-sr">"Filter goals"</h2>
                    <div class="filter-row">
                        <div class="field">
                            <label for="filter-status">"Status"</label>
                            <select
                                id="filter-status"
                                on:change=move |ev| {
                                    limit.set(GOALS_PER_PAGE);
                                    status.set(GoalStatus::from_key(&event_target_value(&ev)));
                                }
                            >
                                <option value="all" prop:selected=move || status.get().is_none()>"All"</option>
                                {GoalStatus::ALL
                                    .into_iter()
                                    .map(|s| view! { <option value=s.key() prop:selected=move || status.get() == Some(s)>{s.label()}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="filter-category">"Kind of goal"</label>
                            <select
                                id="filter-category"
                                on:change=move |ev| {
                                    limit.set(GOALS_PER_PAGE);
                                    category.set(Category::from_key(&event_target_value(&ev)));
                                }
                            >
                                <option value="all" prop:selected=move || category.get().is_none()>"All kinds"</option>
                                {Category::ALL
                                    .into_iter()
                                    .map(|c| view! { <option value=c.key() prop:selected=move || category.get() == Some(c)>{c.label()}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                    </div>
                    <p class="muted goal-count" aria-live="polite">
                        {move || {
                            let shown = matching.get();
                            let all = total.get();
                            if shown == all {
                                format!("{all} {}, soonest deadline first.", if all == 1 { "goal" } else { "goals" })
                            } else {
                                format!("Showing {shown} of {all} goals, soonest deadline first.")
                            }
                        }}
                    </p>
                </section>
                // The list, in a task of its own after the first screen.
                <Later>
                <Show
                    when=move || listing.with(|l| !l.rows.is_empty())
                    fallback=move || view! {
                        <div class="card">
                            <p>"No goals match these filters."</p>
                            <button class="btn btn-quiet" on:click=move |_| {
                                status.set(None);
                                category.set(None);
                            }>"Show all goals"</button>
                        </div>
                    }
                >
                    <ul class="goal-list">
                        <For
                            each=move || listing.with(|l| l.rows.clone())
                            key=|r| (r.id.clone(), r.updated)
                            children=move |row| view! { <GoalCard row today /> }
                        />
                    </ul>
                    <ShowMore
                        id="goal-more-count"
                        shown=Signal::derive(move || listing.with(|l| l.rows.len()))
                        total=Signal::derive(move || listing.with(|l| l.matching))
                        label="Show more goals"
                        on_more=Callback::new(show_more)
                    />
                </Show>
                </Later>
            </Show>
        </div>
    }
}

#[component]
fn GoalCard(row: GoalRow, today: NaiveDate) -> impl IntoView {
    let href = format!("/goals/{}", row.id);
    let title = if row.title.trim().is_empty() {
        "Untitled goal".to_string()
    } else {
        row.title.clone()
    };
    let progress = row.progress.unwrap_or(0.0);
    let label = row.progress_label.clone();
    view! {
        <li class="card goal-card" class:is-behind=row.behind>
            <div class="goal-card-head">
                <h2 class="goal-card-title">
                    <A href=href attr:id=dom_id("goal-link", &row.id) attr:dir="auto">{title}</A>
                </h2>
                <span class="smart-mini" title="How many SMART letters this goal meets">
                    {format!("SMART {}/5", row.smart)}
                </span>
            </div>
            <p class="goal-meta">
                <span class="goal-chip">{row.category.label()}</span>
                <span class="goal-chip" class:goal-chip-quiet=row.status != GoalStatus::Active>{row.status.label()}</span>
                <span class="goal-deadline">
                    <Icon name="calendar" />
                    {match row.deadline {
                        Some(d) if row.status == GoalStatus::Active => format!(" {} · {}", crate::store::locale::medium_date(d), goals::deadline_words(d, today)),
                        Some(d) => format!(" {}", crate::store::locale::medium_date(d)),
                        None => " No deadline yet".to_string(),
                    }}
                </span>
            </p>
            <ProgressBar fraction=Signal::derive(move || progress) label=Signal::derive(move || label.clone()) />
            {row.behind.then(|| view! {
                <p class="goal-behind">
                    <Icon name="clock" />
                    <strong>" Behind pace."</strong>
                    <span class="muted">" The latest value is below the steady line to the deadline."</span>
                </p>
            })}
        </li>
    }
}

/// The first visit: what goals are for, the templates (those for the person's situation
/// first), and a blank start.
#[component]
fn NoGoals() -> impl IntoView {
    // Templates that fit the person's situation come first.
    let situation = use_app().workbook.with_untracked(|wb| wb.profile.situation);
    view! {
        <section class="card goal-empty" aria-labelledby="no-goals-title" data-shell="">
            <div class="empty-icon" aria-hidden="true"><Icon name="flag" /></div>
            <h2 id="no-goals-title">"No goals yet"</h2>
            <p>
                "A goal here is something specific you want to reach by a date you choose, with steps along the way. Start from one of these, or from a blank page — you can change everything as you go."
            </p>
            <ul class="template-grid">
                {templates_for(situation)
                    .into_iter()
                    .map(|(t, suggested)| {
                        view! {
                            <li class="template-card" class:suggested=suggested>
                                {suggested.then(|| view! { <p class="template-fit"><Icon name="star" />" Suggested for you"</p> })}
                                <h3>{t.label}</h3>
                                <p>{t.blurb}</p>
                                <A href=format!("/goals/new?template={}", t.key) attr:class="btn btn-secondary">
                                    {format!("Start: {}", t.label)}
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="goal-empty-blank">
                <A href="/goals/new" attr:class="btn btn-primary">
                    <Icon name="plus" />
                    " Start a blank goal"
                </A>
            </p>
        </section>
    }
}

/// "Undo" for the goal deleted last, on the list it was deleted to.
#[component]
fn UndoDelete() -> impl IntoView {
    let app = use_app();
    let deleted = deleted_goal();
    on_cleanup(move || deleted.set(None));
    let undo = move |_| {
        if let Some((index, goal)) = deleted.get_untracked() {
            let name = goal.title.clone();
            app.update(|wb| {
                goals::restore_goal(&mut wb.goals, index, goal);
            });
            deleted.set(None);
            app.tell(format!("\u{201c}{name}\u{201d} is back."));
        }
    };
    view! {
        <Show when=move || deleted.with(Option::is_some)>
            <UndoBar
                message=Signal::derive(move || deleted.with(|d| d.as_ref().map(|(_, g)| format!("You deleted \u{201c}{}\u{201d}.", g.title)).unwrap_or_default()))
                id="undo-delete-goal"
                on_undo=Callback::new(undo)
                on_dismiss=Callback::new(move |_| deleted.set(None))
            />
        </Show>
    }
}
