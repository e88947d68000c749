//! The new-goal wizard: a title step, one step per SMART letter with its live check,
//! and a last look before "Create goal". The draft is one [`GoalText`] (as typed, with
//! its step) on the shared form model, so moving between steps, reloading or leaving
//! loses nothing; it joins the workbook only when created.
//! Reads `?template=`, `?title=`, `?category=` and `?skill=` to start pre-filled.

use crate::ui::components::{use_go, A};
use chrono::Months;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use waymark_core::discover::latest_profile;
use waymark_core::goals::{
    self, link_suggestions, prefix, smart_check, template_goal, Category, Goal, LinkSuggestion,
    Links, SmartLetter, TemplateId, ACHIEVABLE_CONFIDENCE, TEMPLATES,
};

use super::common::{
    date_value, focus_soon, id_maker, parse_date, today, LetterCheck, LinkPicker, SmartBadge,
    SmartChecks,
};
use crate::store::{clock, ids, state::use_app};
use crate::ui::components::fields::{LongTextField, NumberField, ProblemSummary, TextField};
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
        ["template", "title", "category", "skill"]
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

/// The heading every step starts with; focus moves here when the step changes.
#[component]
fn StepTitle(#[prop(into)] text: String, #[prop(into)] lead: String) -> impl IntoView {
    view! {
        <h2 id="wizard-step-title" tabindex="-1">{text}</h2>
        <p class="muted">{lead}</p>
    }
}

#[component]
fn TitleStep(form: GoalForm, from_template: RwSignal<Option<&'static str>>) -> impl IntoView {
    let f = form.fields;
    let show_templates = f
        .with_untracked(|d| d.title.trim().is_empty() && d.outcome.trim().is_empty())
        && from_template.get_untracked().is_none();
    let today = today();
    view! {
        <StepTitle text="What's your goal?" lead="Give it a short title you'll recognise at a glance. You'll say exactly what it means in the next step." />
        <TextField id="goal-title" label="Goal title" value=f.title() problem=form.problem("goal-title") />
        <div class="field">
            <label for="goal-category">"Kind of goal"</label>
            <select
                id="goal-category"
                on:change=move |ev| {
                    if let Some(c) = Category::from_key(&event_target_value(&ev)) {
                        f.category().set(c);
                    }
                }
            >
                {Category::ALL
                    .into_iter()
                    .map(|c| view! { <option value=c.key() prop:selected=move || f.category().get() == c>{c.label()}</option> })
                    .collect_view()}
            </select>
        </div>
        <TextField
            id="goal-skill"
            label="Skill this builds"
            optional=true
            maxlength=80
            value=f.skill()
            hint="If this goal builds a skill, name it and it will appear in your skills view."
        />
        {show_templates.then(|| view! {
            <details class="template-picker">
                <summary>"Or start from a template"</summary>
                <ul class="template-buttons">
                    {TEMPLATES
                        .iter()
                        .map(|t| {
                            let id = t.id;
                            view! {
                                <li>
                                    <button type="button" class="btn btn-quiet" on:click=move |_| {
                                        load_template(form, id, today);
                                        from_template.set(Some(id.template().label));
                                    }>
                                        {t.label}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        })}
    }
}

#[component]
fn SpecificStep(form: GoalForm, report: Memo<waymark_core::goals::SmartReport>) -> impl IntoView {
    let check = move || report.with(|r| r.specific.clone());
    view! {
        <StepTitle text="S — Specific" lead="Picture the day you've done it. What will be true then that isn't true now?" />
        <LongTextField
            id="goal-outcome"
            label="The outcome, in a sentence"
            value=form.fields.outcome()
            maxlength=600
            hint="For example: \u{201c}Accept an offer for a junior data analyst role in a health charity.\u{201d}"
        />
        <LetterCheck pass=Signal::derive(move || check().pass) hint=Signal::derive(move || crate::ui::words::hint(&check())) />
    }
}

#[component]
fn MeasurableStep(form: GoalForm, report: Memo<waymark_core::goals::SmartReport>) -> impl IntoView {
    let check = move || report.with(|r| r.measurable.clone());
    let f = form.fields;
    view! {
        <StepTitle text="M — Measurable" lead="Choose one thing you can count, so you and the app can see your progress." />
        <div class="field-grid">
            <TextField id="metric-name" label="What you'll measure" value=f.metric_name() hint="Such as applications sent, hours practised, people met." />
            <TextField id="metric-unit" label="Unit" value=f.metric_unit() hint="Such as applications, hours, people." />
            <NumberField id="metric-start" label="Where you start" value=f.metric_start() />
            <NumberField id="metric-target" label="Your target" value=f.metric_target() />
        </div>
        <LetterCheck pass=Signal::derive(move || check().pass) hint=Signal::derive(move || crate::ui::words::hint(&check())) />
    }
}

fn confidence_words(value: u8) -> &'static str {
    match value {
        1..=2 => "not sure at all",
        3..=4 => "unsure",
        5..=6 => "somewhat sure",
        7..=8 => "fairly sure",
        _ => "very sure",
    }
}

#[component]
fn AchievableStep(form: GoalForm, report: Memo<waymark_core::goals::SmartReport>) -> impl IntoView {
    let check = move || report.with(|r| r.achievable.clone());
    let confidence = form.fields.confidence();
    let low = move || confidence.get() < ACHIEVABLE_CONFIDENCE;
    view! {
        <StepTitle text="A — Achievable" lead="Be honest — this is for you. How sure are you that you can do this by your deadline?" />
        <ConfidenceInput id="goal-confidence" value=confidence />
        <LetterCheck pass=Signal::derive(move || check().pass) hint=Signal::derive(move || crate::ui::words::hint(&check())) />
        <Show when=low>
            <div class="message scale-down">
                <h3>"Below 7? Make it easier to reach"</h3>
                <p>"Goals you feel sure about are the ones that get done. You could scale it down — a smaller target or more time — or split it into two goals and start with the first part."</p>
                <div class="actions">
                    <button type="button" class="btn btn-quiet" on:click=move |_| go_to(form, Step::Letter(SmartLetter::Measurable))>"Choose a smaller target"</button>
                    <button type="button" class="btn btn-quiet" on:click=move |_| go_to(form, Step::Letter(SmartLetter::TimeBound))>"Give it more time"</button>
                </div>
            </div>
        </Show>
    }
}

/// A 1–10 slider with the number and a word for it.
#[component]
pub fn ConfidenceInput(
    id: &'static str,
    #[prop(into)] value: reactive_stores::Field<u8>,
    /// Called when the person lets go (or after each arrow key).
    #[prop(optional, into)]
    on_commit: Option<Callback<u8>>,
) -> impl IntoView {
    let out_id = format!("{id}-value");
    view! {
        <div class="field confidence">
            <label for=id>"Confidence, from 1 (not sure at all) to 10 (very sure)"</label>
            <div class="confidence-row">
                <input
                    id=id
                    type="range"
                    min="1"
                    max="10"
                    step="1"
                    aria-describedby=out_id.clone()
                    aria-valuetext=move || format!("{} out of 10, {}", value.get(), confidence_words(value.get()))
                    prop:value=move || value.get().to_string()
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                            value.set(v.clamp(1, 10));
                        }
                    }
                    on:change=move |ev| {
                        if let (Some(cb), Ok(v)) = (on_commit, event_target_value(&ev).parse::<u8>()) {
                            cb.run(v.clamp(1, 10));
                        }
                    }
                />
                <output id=out_id for=id class="confidence-value">
                    <strong>{move || format!("{}/10", value.get())}</strong>
                    " "
                    <span class="muted">{move || confidence_words(value.get())}</span>
                </output>
            </div>
        </div>
    }
}

#[component]
fn RelevantStep(form: GoalForm, report: Memo<waymark_core::goals::SmartReport>) -> impl IntoView {
    let app = use_app();
    let check = move || report.with(|r| r.relevant.clone());
    let suggestions = Memo::new(move |_| {
        app.workbook
            .with(|wb| link_suggestions(&latest_profile(&wb.discovery)))
    });
    view! {
        <StepTitle text="R — Relevant" lead="Why does this goal matter to you? Tick what it serves — it's a good reminder on harder days." />
        <LinkPicker
            links=form.fields.links()
            suggestions=suggestions
            on_toggle=Callback::new(move |s: LinkSuggestion| {
                form.fields.links().update(|l| {
                    l.toggle_suggestion(&s);
                });
            })
            on_add=Callback::new(move |text: String| {
                form.fields.links().update(|l| {
                    l.add_own_words(&text);
                });
            })
            id_prefix="wizard-links"
        />
        <LetterCheck pass=Signal::derive(move || check().pass) hint=Signal::derive(move || crate::ui::words::hint(&check())) />
    }
}

#[component]
fn TimeStep(form: GoalForm, report: Memo<waymark_core::goals::SmartReport>) -> impl IntoView {
    let check = move || report.with(|r| r.time_bound.clone());
    let today = today();
    let quick = [(1u32, "In a month"), (3, "In 3 months"), (6, "In 6 months")];
    view! {
        <StepTitle text="T — Time-bound" lead="Pick a date to aim for. Far enough to be realistic, near enough to start this week." />
        <div class="field">
            <label for="goal-deadline">"Deadline"</label>
            <input
                id="goal-deadline"
                type="date"
                prop:value=move || form.fields.deadline().get()
                on:input=move |ev| form.fields.deadline().set(event_target_value(&ev))
                on:change=move |ev| form.fields.deadline().set(event_target_value(&ev))
            />
        </div>
        <div class="quick-dates" role="group" aria-label="Quick deadlines">
            {quick
                .into_iter()
                .map(|(months, label)| {
                    view! {
                        <button type="button" class="btn btn-quiet" on:click=move |_| {
                            if let Some(d) = today.checked_add_months(Months::new(months)) {
                                form.fields.deadline().set(date_value(Some(d)));
                            }
                        }>{label}</button>
                    }
                })
                .collect_view()}
        </div>
        <LetterCheck pass=Signal::derive(move || check().pass) hint=Signal::derive(move || crate::ui::words::hint(&check())) />
    }
}

#[component]
fn ReviewStep(
    form: GoalForm,
    goal: Memo<Goal>,
    report: Memo<waymark_core::goals::SmartReport>,
) -> impl IntoView {
    let app = use_app();
    let score = move || report.with(|r| r.score());
    let vision = Memo::new(move |_| {
        app.workbook.with(|wb| {
            latest_profile(&wb.discovery)
                .vision
                .as_ref()
                .map(|v| v.statement.clone())
        })
    });
    let why = move || {
        let groups = goal.with(|g| vision.with(|v| goals::why_groups(&g.links, v.as_deref())));
        if groups.is_empty() {
            return "(none yet)".to_string();
        }
        groups
            .iter()
            .map(|g| format!("{}: {}", g.target.short_label(), g.labels.join(", ")))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let field = move |read: fn(&Goal) -> String| move || goal.with(read);
    view! {
        <StepTitle text="Your goal, at a glance" lead="Check it over. You can change any of it later on the goal's own page." />
        <SmartBadge report=report />
        <p class="muted">
            {move || if score() == 5 {
                "All five letters are met. This is a goal you can aim at.".to_string()
            } else {
                format!("{} of 5 letters met. You can create it now and finish the rest later, or go back to a step.", score())
            }}
        </p>
        <SmartChecks report=report />
        <dl class="review-list">
            <div><dt>"Title"</dt><dd dir="auto">{field(|g| if g.title.is_empty() { "(none yet)".into() } else { g.title.clone() })}</dd></div>
            <div><dt>"Outcome"</dt><dd dir="auto">{field(|g| if g.outcome.is_empty() { "(none yet)".into() } else { g.outcome.clone() })}</dd></div>
            <div><dt>"Kind"</dt><dd>{field(|g| g.category.label().to_string())}</dd></div>
            <div><dt>"Why it matters"</dt><dd dir="auto">{why}</dd></div>
            <div><dt>"Measure"</dt><dd dir="auto">{field(|g| match &g.metric {
                Some(m) if m.is_complete() => format!("{}: from {} to {} {}", m.name, crate::store::locale::number(m.start), crate::store::locale::number(m.target), m.unit),
                _ => "(none yet)".into(),
            })}</dd></div>
            <div><dt>"Confidence"</dt><dd>{field(|g| format!("{}/10", g.confidence))}</dd></div>
            <div><dt>"Deadline"</dt><dd>{field(|g| g.deadline.map(crate::store::locale::medium_date).unwrap_or_else(|| "(none yet)".into()))}</dd></div>
        </dl>
        {move || {
            let steps: Vec<String> = goal.with(|g| g.milestones.iter().map(|m| m.title.clone()).collect());
            (!steps.is_empty()).then(|| view! {
                <h3>"Steps to start with"</h3>
                <ol class="review-steps">
                    {steps.into_iter().map(|s| view! { <li dir="auto">{s}</li> }).collect_view()}
                </ol>
            })
        }}
        {move || {
            let plans: Vec<String> = goal.with(|g| g.obstacles.iter().map(|o| o.sentence()).filter(|s| !s.is_empty()).collect());
            (!plans.is_empty()).then(|| view! {
                <h3>"If something gets in the way"</h3>
                <ul class="review-steps">
                    {plans.into_iter().map(|s| view! { <li dir="auto">{s}</li> }).collect_view()}
                </ul>
            })
        }}
        <Show when=move || goal.with(|g| g.title.trim().is_empty())>
            <p class="field-error">
                "Your goal needs a title. "
                <button type="button" class="btn-link" on:click=move |_| go_to(form, Step::Title)>"Add a title"</button>
            </p>
        </Show>
        <p class="muted">"Nothing is saved until you choose Create goal. " <A href="/goals">"Back to goals"</A></p>
    }
}
