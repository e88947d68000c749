//! The new-goal wizard: a title step, one step per SMART letter with its live check,
//! and a last look before "Create goal". The draft lives in signals (as typed), so
//! moving between steps loses nothing; it joins the workbook only when created.
//! Reads `?template=`, `?title=`, `?category=` and `?skill=` to start pre-filled.

use crate::ui::components::{use_go, A};
use chrono::Months;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use waymark_core::discover::latest_profile;
use waymark_core::goals::{
    self, link_suggestions, prefix, smart_check, template_goal, Category, Goal, LinkSuggestion,
    Links, Metric, SmartLetter, TemplateId, ACHIEVABLE_CONFIDENCE, TEMPLATES,
};

use super::common::{
    date_value, focus_soon, id_maker, parse_date, today, LetterCheck, LinkPicker, SmartBadge,
    SmartChecks,
};
use crate::store::{clock, drafts, ids, state::use_app};
use crate::ui::components::{Icon, PageHeader};
use serde::{Deserialize, Serialize};

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

/// Where an unfinished new goal is kept between visits.
const DRAFT: &str = "goal";

/// An unfinished new goal as kept on this device: every field as typed, and the step.
#[derive(Serialize, Deserialize)]
struct Kept {
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

/// The goal being written, field by field, exactly as typed.
#[derive(Clone, Copy)]
struct Draft {
    base: RwSignal<Goal>,
    title: RwSignal<String>,
    outcome: RwSignal<String>,
    category: RwSignal<Category>,
    skill: RwSignal<String>,
    metric_name: RwSignal<String>,
    metric_unit: RwSignal<String>,
    metric_start: RwSignal<String>,
    metric_target: RwSignal<String>,
    confidence: RwSignal<u8>,
    links: RwSignal<Links>,
    deadline: RwSignal<String>,
}

impl Draft {
    fn new() -> Draft {
        Draft {
            base: RwSignal::new(Goal::new(ids::new_id(prefix::GOAL), clock::now())),
            title: RwSignal::new(String::new()),
            outcome: RwSignal::new(String::new()),
            category: RwSignal::new(Category::Other),
            skill: RwSignal::new(String::new()),
            metric_name: RwSignal::new(String::new()),
            metric_unit: RwSignal::new(String::new()),
            metric_start: RwSignal::new(String::new()),
            metric_target: RwSignal::new(String::new()),
            confidence: RwSignal::new(goals::DEFAULT_CONFIDENCE),
            links: RwSignal::new(Links::default()),
            deadline: RwSignal::new(String::new()),
        }
    }

    /// Fills every field from a goal (a template's), keeping its steps and plans.
    fn load(&self, goal: Goal) {
        self.title.set(goal.title.clone());
        self.outcome.set(goal.outcome.clone());
        self.category.set(goal.category);
        self.skill.set(goal.skill.clone());
        let metric = goal.metric.clone().unwrap_or_default();
        self.metric_name.set(metric.name.clone());
        self.metric_unit.set(metric.unit.clone());
        self.metric_start.set(goals::show_number(metric.start));
        self.metric_target.set(goals::show_number(metric.target));
        self.confidence.set(goal.confidence);
        self.deadline.set(date_value(goal.deadline));
        self.base.set(goal);
    }

    fn snapshot(&self, step: Step) -> (Kept, bool) {
        let kept = Kept {
            base: self.base.get(),
            title: self.title.get(),
            outcome: self.outcome.get(),
            category: self.category.get(),
            skill: self.skill.get(),
            metric_name: self.metric_name.get(),
            metric_unit: self.metric_unit.get(),
            metric_start: self.metric_start.get(),
            metric_target: self.metric_target.get(),
            confidence: self.confidence.get(),
            links: self.links.get(),
            deadline: self.deadline.get(),
            step: step.index(),
        };
        let empty = [
            &kept.title,
            &kept.outcome,
            &kept.skill,
            &kept.metric_name,
            &kept.metric_unit,
            &kept.metric_start,
            &kept.metric_target,
        ]
        .iter()
        .all(|t| t.trim().is_empty());
        (kept, empty)
    }

    /// Puts back an unfinished goal from an earlier visit and returns its step.
    fn restore(&self) -> Option<Step> {
        let kept = drafts::load::<Kept>(DRAFT)?;
        self.base.set(kept.base);
        self.title.set(kept.title);
        self.outcome.set(kept.outcome);
        self.category.set(kept.category);
        self.skill.set(kept.skill);
        self.metric_name.set(kept.metric_name);
        self.metric_unit.set(kept.metric_unit);
        self.metric_start.set(kept.metric_start);
        self.metric_target.set(kept.metric_target);
        self.confidence.set(kept.confidence);
        self.links.set(kept.links);
        self.deadline.set(kept.deadline);
        Some(STEPS.get(kept.step).copied().unwrap_or(Step::Title))
    }

    fn is_blank(&self) -> bool {
        self.title.with_untracked(|t| t.trim().is_empty())
            && self.outcome.with_untracked(|t| t.trim().is_empty())
    }

    /// The draft as a goal, through the goal's own setters (which tidy the text).
    fn build(&self) -> Goal {
        let now = clock::now();
        let mut goal = self.base.get();
        goal.set_title(&self.title.get(), now);
        goal.set_outcome(&self.outcome.get(), now);
        goal.set_category(self.category.get(), now);
        goal.set_skill(&self.skill.get(), now);
        let (name, unit) = (self.metric_name.get(), self.metric_unit.get());
        let (start, target) = (self.metric_start.get(), self.metric_target.get());
        let metric = if [&name, &unit, &start, &target]
            .iter()
            .all(|t| t.trim().is_empty())
        {
            None
        } else {
            let from = goals::parse_number(&start).unwrap_or(0.0);
            // A target that isn't a number yet counts as "no distance to cover".
            let to = goals::parse_number(&target).unwrap_or(from);
            Some(Metric::new(&name, &unit, from, to))
        };
        goal.set_metric(metric, now);
        goal.set_confidence(i64::from(self.confidence.get()), now);
        goal.set_links(self.links.get(), now);
        goal.set_deadline(parse_date(&self.deadline.get()), now);
        goal
    }
}

fn number_error(text: &str) -> Option<&'static str> {
    (!text.trim().is_empty() && goals::parse_number(text).is_none())
        .then_some("Please write a number, such as 0, 12 or 2.5.")
}

#[component]
pub fn NewGoalPage() -> impl IntoView {
    let app = use_app();
    let today = today();
    let query = use_query_map();
    let draft = Draft::new();
    let step = RwSignal::new(Step::Title);
    let create_error = RwSignal::new(None::<&'static str>);
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
            let goal = template_goal(t, today, clock::now(), &mut id_maker());
            draft.load(goal);
            from_template.set(Some(t.template().label));
        }
        if let Some(title) = q.get("title").filter(|t| !t.trim().is_empty()) {
            draft.title.set(title.chars().take(120).collect());
        }
        if let Some(c) = q.get("category").and_then(|k| Category::from_key(&k)) {
            draft.category.set(c);
        }
        if let Some(skill) = q.get("skill").filter(|s| !s.trim().is_empty()) {
            draft.skill.set(skill.chars().take(80).collect());
            if q.get("category").is_none() {
                draft.category.set(Category::Skill);
            }
        }
    };
    let first = query.with_untracked(|q| {
        apply(q);
        signature(q)
    });
    // Opened plainly (not from a template or another page): a goal left unfinished
    // earlier comes back as it was, at the same step.
    if first.chars().all(|c| c == '\u{1f}') {
        if let Some(at) = draft.restore() {
            step.set(at);
            app.tell("Your unfinished goal is just as you left it.");
        }
    }
    drafts::keep(DRAFT, move || draft.snapshot(step.get()));
    Effect::new(move |last: Option<String>| {
        let now = query.with(signature);
        let last = last.unwrap_or_else(|| first.clone());
        if now != last {
            query.with_untracked(apply);
        }
        now
    });

    let goal = Memo::new(move |_| draft.build());
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
        let i = step.get_untracked().index() as i32 + delta;
        if let Some(s) = STEPS.get(i.clamp(0, STEPS.len() as i32 - 1) as usize) {
            step.set(*s);
        }
    };

    let navigate = use_go();
    let create = move || {
        let goal = draft.build();
        if goal.title.trim().is_empty() {
            create_error.set(Some("Your goal needs a title before it can be saved."));
            return;
        }
        create_error.set(None);
        let id = goal.id.clone();
        let mut added = false;
        app.update(|wb| added = goals::add_goal(&mut wb.goals, goal));
        if added {
            drafts::forget(DRAFT);
            app.tell("Your goal is saved. Here it is — add or change anything as you go.");
            navigate(&format!("/goals/{id}"));
        } else {
            create_error.set(Some(
                "Something went wrong saving this goal. Please try again.",
            ));
        }
    };

    view! {
        <div class="page goals-area wizard-page">
            <PageHeader
                title="New goal"
                lead="A few short steps to a goal you can aim at: what it is, how you'll know, whether it's within reach, why it matters and by when."
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
                                            on:click=move |_| step.set(s)
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
                    {move || match step.get() {
                        Step::Title => view! { <TitleStep draft from_template /> }.into_any(),
                        Step::Letter(SmartLetter::Specific) => view! { <SpecificStep draft report /> }.into_any(),
                        Step::Letter(SmartLetter::Measurable) => view! { <MeasurableStep draft report /> }.into_any(),
                        Step::Letter(SmartLetter::Achievable) => view! { <AchievableStep draft report step /> }.into_any(),
                        Step::Letter(SmartLetter::Relevant) => view! { <RelevantStep draft report /> }.into_any(),
                        Step::Letter(SmartLetter::TimeBound) => view! { <TimeStep draft report /> }.into_any(),
                        Step::Review => view! { <ReviewStep goal report step /> }.into_any(),
                    }}
                    {move || create_error.get().map(|e| view! {
                        <p class="message message-error" role="alert">{e}</p>
                    })}
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

/// A text field bound to a draft signal, with an optional error under it.
#[component]
fn TextField(
    id: &'static str,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    #[prop(optional)] multiline: bool,
    #[prop(optional, into)] help: Option<String>,
    #[prop(optional, into)] error: Option<Signal<Option<&'static str>>>,
    #[prop(optional)] inputmode: Option<&'static str>,
) -> impl IntoView {
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let has_help = help.is_some();
    let described = {
        let (help_id, error_id) = (help_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_help {
                ids.push(help_id.clone());
            }
            if error.is_some_and(|e| e.get().is_some()) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let input = if multiline {
        view! {
            <textarea
                id=id
                dir="auto"
                rows="3"
                maxlength="600"
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id
                type="text"
                dir="auto"
                maxlength="160"
                inputmode=inputmode
                aria-describedby=described
                aria-invalid=move || error.is_some_and(|e| e.get().is_some()).then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {help.map(|h| view! { <p class="field-help" id=help_id.clone()>{h}</p> })}
            {input}
            {move || error.and_then(|e| e.get()).map(|e| view! { <p class="field-error" id=error_id.clone()>{e}</p> })}
        </div>
    }
}

#[component]
fn TitleStep(draft: Draft, from_template: RwSignal<Option<&'static str>>) -> impl IntoView {
    let show_templates = draft.is_blank() && from_template.get_untracked().is_none();
    let today = today();
    view! {
        <StepTitle text="What's your goal?" lead="Give it a short title you'll recognise at a glance. You'll say exactly what it means in the next step." />
        <TextField id="goal-title" label="Goal title" value=draft.title />
        <div class="field">
            <label for="goal-category">"Kind of goal"</label>
            <select
                id="goal-category"
                on:change=move |ev| {
                    if let Some(c) = Category::from_key(&event_target_value(&ev)) {
                        draft.category.set(c);
                    }
                }
            >
                {Category::ALL
                    .into_iter()
                    .map(|c| view! { <option value=c.key() prop:selected=move || draft.category.get() == c>{c.label()}</option> })
                    .collect_view()}
            </select>
        </div>
        <TextField
            id="goal-skill"
            label="Skill this builds (optional)"
            value=draft.skill
            help="If this goal builds a skill, name it and it will appear in your skills view."
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
                                        draft.load(template_goal(id, today, clock::now(), &mut id_maker()));
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
fn SpecificStep(draft: Draft, report: Memo<waymark_core::goals::SmartReport>) -> impl IntoView {
    let check = move || report.with(|r| r.specific.clone());
    view! {
        <StepTitle text="S — Specific" lead="Picture the day you've done it. What will be true then that isn't true now?" />
        <TextField
            id="goal-outcome"
            label="The outcome, in a sentence"
            value=draft.outcome
            multiline=true
            help="For example: \u{201c}Accept an offer for a junior data analyst role in a health charity.\u{201d}"
        />
        <LetterCheck pass=Signal::derive(move || check().pass) hint=Signal::derive(move || crate::ui::words::hint(&check())) />
    }
}

#[component]
fn MeasurableStep(draft: Draft, report: Memo<waymark_core::goals::SmartReport>) -> impl IntoView {
    let check = move || report.with(|r| r.measurable.clone());
    let start_error = Signal::derive(move || number_error(&draft.metric_start.get()));
    let target_error = Signal::derive(move || number_error(&draft.metric_target.get()));
    view! {
        <StepTitle text="M — Measurable" lead="Choose one thing you can count, so you and the app can see your progress." />
        <div class="field-grid">
            <TextField id="metric-name" label="What you'll measure" value=draft.metric_name help="Such as applications sent, hours practised, people met." />
            <TextField id="metric-unit" label="Unit" value=draft.metric_unit help="Such as applications, hours, people." />
            <TextField id="metric-start" label="Where you start" value=draft.metric_start error=start_error inputmode="decimal" />
            <TextField id="metric-target" label="Your target" value=draft.metric_target error=target_error inputmode="decimal" />
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
fn AchievableStep(
    draft: Draft,
    report: Memo<waymark_core::goals::SmartReport>,
    step: RwSignal<Step>,
) -> impl IntoView {
    let check = move || report.with(|r| r.achievable.clone());
    let low = move || draft.confidence.get() < ACHIEVABLE_CONFIDENCE;
    view! {
        <StepTitle text="A — Achievable" lead="Be honest — this is for you. How sure are you that you can do this by your deadline?" />
        <ConfidenceInput id="goal-confidence" value=draft.confidence />
        <LetterCheck pass=Signal::derive(move || check().pass) hint=Signal::derive(move || crate::ui::words::hint(&check())) />
        <Show when=low>
            <div class="message scale-down">
                <h3>"Below 7? Make it easier to reach"</h3>
                <p>"Goals you feel sure about are the ones that get done. You could scale it down — a smaller target or more time — or split it into two goals and start with the first part."</p>
                <div class="actions">
                    <button type="button" class="btn btn-quiet" on:click=move |_| step.set(Step::Letter(SmartLetter::Measurable))>"Choose a smaller target"</button>
                    <button type="button" class="btn btn-quiet" on:click=move |_| step.set(Step::Letter(SmartLetter::TimeBound))>"Give it more time"</button>
                </div>
            </div>
        </Show>
    }
}

/// A 1–10 slider with the number and a word for it.
#[component]
pub fn ConfidenceInput(
    id: &'static str,
    value: RwSignal<u8>,
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
fn RelevantStep(draft: Draft, report: Memo<waymark_core::goals::SmartReport>) -> impl IntoView {
    let app = use_app();
    let check = move || report.with(|r| r.relevant.clone());
    let suggestions = Memo::new(move |_| {
        app.workbook
            .with(|wb| link_suggestions(&latest_profile(&wb.discovery)))
    });
    view! {
        <StepTitle text="R — Relevant" lead="Why does this goal matter to you? Tick what it serves — it's a good reminder on harder days." />
        <LinkPicker
            links=draft.links
            suggestions=suggestions
            on_toggle=Callback::new(move |s: LinkSuggestion| {
                draft.links.update(|l| {
                    l.toggle_suggestion(&s);
                });
            })
            on_add=Callback::new(move |text: String| {
                draft.links.update(|l| {
                    l.add_own_words(&text);
                });
            })
            id_prefix="wizard-links"
        />
        <LetterCheck pass=Signal::derive(move || check().pass) hint=Signal::derive(move || crate::ui::words::hint(&check())) />
    }
}

#[component]
fn TimeStep(draft: Draft, report: Memo<waymark_core::goals::SmartReport>) -> impl IntoView {
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
                prop:value=move || draft.deadline.get()
                on:input=move |ev| draft.deadline.set(event_target_value(&ev))
                on:change=move |ev| draft.deadline.set(event_target_value(&ev))
            />
        </div>
        <div class="quick-dates" role="group" aria-label="Quick deadlines">
            {quick
                .into_iter()
                .map(|(months, label)| {
                    view! {
                        <button type="button" class="btn btn-quiet" on:click=move |_| {
                            if let Some(d) = today.checked_add_months(Months::new(months)) {
                                draft.deadline.set(date_value(Some(d)));
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
    goal: Memo<Goal>,
    report: Memo<waymark_core::goals::SmartReport>,
    step: RwSignal<Step>,
) -> impl IntoView {
    let score = move || report.with(|r| r.score());
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
                <button type="button" class="btn-link" on:click=move |_| step.set(Step::Title)>"Add a title"</button>
            </p>
        </Show>
        <p class="muted">"Nothing is saved until you choose Create goal. " <A href="/goals">"Back to goals"</A></p>
    }
}
