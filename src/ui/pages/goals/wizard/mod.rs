//! The new-goal wizard: a title step, one step per SMART letter with its live check,
//! and a last look before "Create goal". The draft is one [`GoalText`] (as typed, with
//! its step) on the shared form model, so moving between steps, reloading or leaving
//! loses nothing; it joins the workbook only when created.
//! Reads `?template=`, `?title=`, `?why=`, `?category=` and `?skill=` to start pre-filled.

use crate::ui::components::use_go;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use waymark_core::goals::{
    self, prefix, smart_check, template_goal, Category, Goal, Links, SmartLetter, TemplateId,
};

mod steps;

pub use steps::ConfidenceInput;
use steps::*;

use super::common::{date_value, focus_soon, id_maker, parse_date, today, SmartBadge};
use crate::store::{clock, ids, state::use_app};
use crate::ui::components::fields::ProblemSummary;
use crate::ui::components::{Icon, PageHeader};
use crate::ui::form::{Draft, Form, Problems};
use crate::ui::words;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::forms::{metric_from_text, metric_text};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Title,
    Letter(SmartLetter),
    Review,
}

const STEPS: [Step; 7] = [
    Step::Title,
    Step::Letter(SmartLetter::Specific),
    Step::Letter(SmartLetter::Measurable),
    Step::Letter(SmartLetter::Achievable),
    Step::Letter(SmartLetter::Relevant),
    Step::Letter(SmartLetter::TimeBound),
    Step::Review,
];

impl Step {
    fn name(self) -> &'static str {
        match self {
            Step::Title => "Title",
            Step::Letter(l) => l.label(),
            Step::Review => "Review",
        }
    }

    fn mark(self) -> &'static str {
        match self {
            Step::Title => "1",
            Step::Letter(l) => l.letter(),
            Step::Review => "✓",
        }
    }

    fn index(self) -> usize {
        STEPS.iter().position(|s| *s == self).unwrap_or(0)
    }
}

/// An unfinished new goal as typed: every field exactly as written, and the step it is
/// at. `base` carries what a template brings (steps, plans) and the goal's id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Store)]
pub struct GoalText {
    base: Goal,
    title: String,
    outcome: String,
    category: Category,
    skill: String,
    metric_name: String,
    metric_unit: String,
    metric_start: String,
    metric_target: String,
    confidence: u8,
    links: Links,
    deadline: String,
    step: usize,
}

impl Draft for GoalText {
    const KEY: &'static str = "goal";
    fn is_blank(&self) -> bool {
        [
            &self.title,
            &self.outcome,
            &self.skill,
            &self.metric_name,
            &self.metric_unit,
            &self.metric_start,
            &self.metric_target,
        ]
        .iter()
        .all(|t| t.trim().is_empty())
    }
}

impl GoalText {
    /// An empty new goal at the first step.
    fn fresh() -> Self {
        GoalText::from_goal(Goal::new(ids::new_id(prefix::GOAL), clock::now()))
    }

    /// Every field filled from a goal (a template's), keeping its steps and plans.
    fn from_goal(goal: Goal) -> Self {
        let [metric_name, metric_unit, metric_start, metric_target] =
            metric_text(goal.metric.as_ref());
        GoalText {
            title: goal.title.clone(),
            outcome: goal.outcome.clone(),
            category: goal.category,
            skill: goal.skill.clone(),
            metric_name,
            metric_unit,
            metric_start,
            metric_target,
            confidence: goal.confidence,
            links: Links::default(),
            deadline: date_value(goal.deadline),
            step: 0,
            base: goal,
        }
    }

    /// The draft as a goal, through the goal's own setters (which tidy the text).
    fn build(&self) -> Goal {
        let now = clock::now();
        let mut goal = self.base.clone();
        goal.set_title(&self.title, now);
        goal.set_outcome(&self.outcome, now);
        goal.set_category(self.category, now);
        goal.set_skill(&self.skill, now);
        goal.set_metric(
            metric_from_text(
                &self.metric_name,
                &self.metric_unit,
                &self.metric_start,
                &self.metric_target,
            ),
            now,
        );
        goal.set_confidence(i64::from(self.confidence), now);
        goal.set_links(self.links.clone(), now);
        goal.set_deadline(parse_date(&self.deadline), now);
        goal
    }
}

type GoalForm = Form<GoalText>;

/// Fills the wizard from a template, keeping what was linked and the step.
fn load_template(form: GoalForm, template: TemplateId, today: chrono::NaiveDate) {
    let goal = template_goal(template, today, clock::now(), &mut id_maker());
    form.edit(|d| {
        let (links, step) = (std::mem::take(&mut d.links), d.step);
        *d = GoalText::from_goal(goal);
        d.links = links;
        d.step = step;
    });
}

/// The step the wizard is at.
fn step_of(form: GoalForm) -> Step {
    STEPS
        .get(form.fields.step().get())
        .copied()
        .unwrap_or(Step::Title)
}

fn go_to(form: GoalForm, step: Step) {
    form.fields.step().set(step.index());
}

#[component]
pub fn NewGoalPage() -> impl IntoView {
    let app = use_app();
    let today = today();
    let query = use_query_map();
    let form: GoalForm = Form::new("goal-problems", GoalText::fresh());
    let f = form.fields;
    let step = Memo::new(move |_| step_of(form));
    let from_template = RwSignal::new(None::<&'static str>);

    // Start from the address: a template, or a title / category / skill handed over
    // by another page. Read now, so the first view is already filled in, and again
    // if the address changes while the wizard is open.
    let signature = move |q: &leptos_router::params::ParamsMap| {
        ["template", "title", "why", "category", "skill"]
            .map(|k| q.get(k).unwrap_or_default())
            .join("\u{1f}")
    };
    let apply = move |q: &leptos_router::params::ParamsMap| {
        if let Some(t) = q.get("template").and_then(|k| TemplateId::from_key(&k)) {
            load_template(form, t, today);
            from_template.set(Some(t.template().label));
        }
        if let Some(title) = q.get("title").filter(|t| !t.trim().is_empty()) {
            f.title().set(title.chars().take(120).collect());
        }
        // A coach's why for a goal they suggest: linked in the person's own words (the
        // "why does this matter to you" step), where they can keep or untick it.
        if let Some(why) = q.get("why").filter(|w| !w.trim().is_empty()) {
            let why: String = why
                .chars()
                .take(waymark_core::program::MAX_CUSTOM_GOAL_WHY)
                .collect();
            f.links().update(|l| {
                l.add_own_words(&why);
            });
        }
        if let Some(c) = q.get("category").and_then(|k| Category::from_key(&k)) {
            f.category().set(c);
        }
        if let Some(skill) = q.get("skill").filter(|s| !s.trim().is_empty()) {
            f.skill().set(skill.chars().take(80).collect());
            if q.get("category").is_none() {
                f.category().set(Category::Skill);
            }
        }
    };
    let first = query.with_untracked(|q| {
        apply(q);
        signature(q)
    });
    // Opened plainly (not from a template or another page): a goal left unfinished
    // earlier comes back as it was, at the same step.
    if first.chars().all(|c| c == '\u{1f}') && form.restore() {
        app.tell("Your unfinished goal is just as you left it.");
    }
    form.keep();
    Effect::new(move |last: Option<String>| {
        let now = query.with(signature);
        let last = last.unwrap_or_else(|| first.clone());
        if now != last {
            query.with_untracked(apply);
        }
        now
    });

    let goal = Memo::new(move |_| f.with(GoalText::build));
    let report = Memo::new(move |_| goal.with(|g| smart_check(g, today)));

    // Move focus to the new step's heading, so keyboard and screen-reader users
    // start at the top of it.
    Effect::new(move |prev: Option<Step>| {
        let now = step.get();
        if prev.is_some() && prev != Some(now) {
            focus_soon("wizard-step-title");
        }
        now
    });

    let go = move |delta: i32| {
        let i = f.step().get_untracked() as i32 + delta;
        f.step().set(i.clamp(0, STEPS.len() as i32 - 1) as usize);
    };

    let navigate = use_go();
    let create = move || {
        let goal = f.with_untracked(GoalText::build);
        let mut problems = Problems::default();
        if goal.title.trim().is_empty() {
            problems.add("goal-title", words::GOAL_NEEDS_TITLE);
        }
        if !form.check(problems) {
            return;
        }
        let id = goal.id.clone();
        let mut added = false;
        app.update(|wb| added = goals::add_goal(&mut wb.goals, goal));
        if added {
            form.clear(GoalText::fresh());
            app.tell("Your goal is saved. Here it is — add or change anything as you go.");
            navigate(&format!("/goals/{id}"));
        } else {
            let mut problems = Problems::default();
            problems.add_general(words::GOAL_NOT_SAVED);
            form.check(problems);
        }
    };

    view! {
        <div class="page goals-area wizard-page">
            <PageHeader
                title=crate::ui::words::pages::title("/goals/new")
                lead=crate::ui::words::pages::lead("/goals/new")
            />
            {move || from_template.get().map(|label| view! {
                <p class="message wizard-template-note">
                    {format!("Started from the \u{201c}{label}\u{201d} template. Change anything to make it yours.")}
                </p>
            })}
            <div class="wizard">
                <nav class="wizard-nav" aria-label="Goal steps">
                    <ol class="wizard-steps">
                        {STEPS
                            .into_iter()
                            .map(|s| {
                                let pass = move || match s {
                                    Step::Letter(l) => Some(report.with(|r| r.get(l).pass)),
                                    _ => None,
                                };
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            class="wizard-step"
                                            class:current=move || step.get() == s
                                            class:pass=move || pass() == Some(true)
                                            aria-current=move || (step.get() == s).then_some("step")
                                            on:click=move |_| go_to(form, s)
                                        >
                                            <span class="wizard-step-mark" aria-hidden="true">{s.mark()}</span>
                                            <span class="wizard-step-name">{s.name()}</span>
                                            <span class="goal-sr">
                                                {move || match pass() {
                                                    Some(true) => ", met",
                                                    Some(false) => ", not yet",
                                                    None => "",
                                                }}
                                            </span>
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                    <SmartBadge report=report />
                </nav>
                // A form, so Enter in a one-line field moves on (or creates, at the end).
                <form class="card wizard-step-body" aria-labelledby="wizard-step-title" on:submit={
                    let create = create.clone();
                    move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        if step.get_untracked() == Step::Review {
                            create();
                        } else {
                            go(1);
                        }
                    }
                }>
                    <p class="wizard-progress muted">
                        {move || format!("Step {} of {}", step.get().index() + 1, STEPS.len())}
                    </p>
                    <ProblemSummary id=form.summary_id() problems=form.summary() />
                    {move || match step.get() {
                        Step::Title => view! { <TitleStep form from_template /> }.into_any(),
                        Step::Letter(SmartLetter::Specific) => view! { <SpecificStep form report /> }.into_any(),
                        Step::Letter(SmartLetter::Measurable) => view! { <MeasurableStep form report /> }.into_any(),
                        Step::Letter(SmartLetter::Achievable) => view! { <AchievableStep form report /> }.into_any(),
                        Step::Letter(SmartLetter::Relevant) => view! { <RelevantStep form report /> }.into_any(),
                        Step::Letter(SmartLetter::TimeBound) => view! { <TimeStep form report /> }.into_any(),
                        Step::Review => view! { <ReviewStep form goal report /> }.into_any(),
                    }}
                    <div class="actions wizard-actions">
                        <Show when=move || step.get() != Step::Title>
                            <button type="button" class="btn btn-quiet" on:click=move |_| go(-1)>"Back"</button>
                        </Show>
                        <Show
                            when=move || step.get() == Step::Review
                            fallback=move || view! {
                                <button type="submit" class="btn btn-primary">
                                    {move || if step.get() == Step::Letter(SmartLetter::TimeBound) { "Review" } else { "Next" }}
                                </button>
                            }
                        >
                            <button type="submit" class="btn btn-primary">
                                <Icon name="check" />
                                " Create goal"
                            </button>
                        </Show>
                    </div>
                </form>
            </div>
        </div>
    }
}
