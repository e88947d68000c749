//! The wizard's steps: the title, one per SMART letter with its live check, and the
//! last look before "Create goal". Each edits the one [`GoalText`] draft.

use chrono::Months;
use leptos::prelude::*;
use waymark_core::discover::latest_profile;
use waymark_core::goals::{
    self, link_suggestions, templates_for, Category, Goal, LinkSuggestion, SmartLetter,
    ACHIEVABLE_CONFIDENCE,
};

use super::super::common::{date_value, today, LetterCheck, LinkPicker, SmartBadge, SmartChecks};
use super::{go_to, load_template, GoalForm, GoalTextStoreFields, Step};
use crate::store::state::use_app;
use crate::ui::components::fields::{LongTextField, NumberField, TextField};
use crate::ui::components::A;

/// The heading every step starts with; focus moves here when the step changes.
#[component]
pub(super) fn StepTitle(#[prop(into)] text: String, #[prop(into)] lead: String) -> impl IntoView {
    view! {
        <h2 id="wizard-step-title" tabindex="-1">{text}</h2>
        <p class="muted">{lead}</p>
    }
}

#[component]
pub(super) fn TitleStep(
    form: GoalForm,
    from_template: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let f = form.fields;
    let show_templates = f
        .with_untracked(|d| d.title.trim().is_empty() && d.outcome.trim().is_empty())
        && from_template.get_untracked().is_none();
    let today = today();
    let situation = use_app().workbook.with_untracked(|wb| wb.profile.situation);
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
                    {templates_for(situation)
                        .into_iter()
                        .map(|(t, suggested)| {
                            let id = t.id;
                            view! {
                                <li>
                                    <button type="button" class="btn btn-quiet" on:click=move |_| {
                                        load_template(form, id, today);
                                        from_template.set(Some(id.template().label));
                                    }>
                                        {t.label}
                                        {suggested.then(|| view! { <span class="template-fit-note">" (suggested for you)"</span> })}
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
pub(super) fn SpecificStep(
    form: GoalForm,
    report: Memo<waymark_core::goals::SmartReport>,
) -> impl IntoView {
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
pub(super) fn MeasurableStep(
    form: GoalForm,
    report: Memo<waymark_core::goals::SmartReport>,
) -> impl IntoView {
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
pub(super) fn AchievableStep(
    form: GoalForm,
    report: Memo<waymark_core::goals::SmartReport>,
) -> impl IntoView {
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
pub(super) fn RelevantStep(
    form: GoalForm,
    report: Memo<waymark_core::goals::SmartReport>,
) -> impl IntoView {
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
pub(super) fn TimeStep(
    form: GoalForm,
    report: Memo<waymark_core::goals::SmartReport>,
) -> impl IntoView {
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
pub(super) fn ReviewStep(
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
