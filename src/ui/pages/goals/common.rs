//! Pieces the goals pages share: the SMART badge and checks, the picker for what a
//! goal is linked to, reading and changing one goal by id, dates from form fields,
//! moving focus after a change, and the goal kept for "Undo" after a delete.

use crate::ui::components::A;
use chrono::NaiveDate;
use leptos::prelude::*;
use waymark_core::discover::{latest_profile, ProfileSummary};
use waymark_core::goals::{
    self, link_choices, Goal, LinkSuggestion, LinkTarget, Links, SmartReport,
};
use waymark_core::search::linked::counted_goal;

use crate::store::{clock, ids, state::AppState};
use crate::ui::components::Icon;

/// An id maker for the core's `ids` parameters.
pub fn id_maker() -> impl FnMut(&str) -> String {
    |prefix: &str| ids::new_id(prefix)
}

pub use waymark_core::forms::{optional_date_text as date_value, parse_date};

/// A value of the goal with this id, re-read whenever the workbook changes but only
/// passed on when it differs. `None` once the goal is gone. A goal whose metric counts
/// the job search is read with its readings made from the records.
pub fn goal_memo<T>(
    app: AppState,
    id: &str,
    read: impl Fn(&Goal) -> T + Send + Sync + 'static,
) -> Memo<Option<T>>
where
    T: PartialEq + Send + Sync + 'static,
{
    let id = id.to_owned();
    Memo::new(move |_| {
        app.workbook.with(|wb| {
            goals::find_goal(&wb.goals, &id)
                .map(|g| read(&counted_goal(g, &wb.search, clock::today())))
        })
    })
}

/// The latest discovery results as one summary (for "my why" and link suggestions).
/// The discovery part is copied and compared on each change, which is cheap; the
/// summary is only rebuilt when that part really changed, not on every goal edit.
pub fn profile_memo(app: AppState) -> Memo<ProfileSummary> {
    let discovery = Memo::new(move |_| app.workbook.with(|wb| wb.discovery.clone()));
    Memo::new(move |_| discovery.with(latest_profile))
}

/// Changes the goal with this id through its own methods (which stamp the time).
/// Returns what `change` returned, or `None` if the goal is gone.
pub fn change_goal<R>(app: AppState, id: &str, change: impl FnOnce(&mut Goal) -> R) -> Option<R> {
    let mut out = None;
    app.update(|wb| out = goals::update_goal(&mut wb.goals, id, change));
    out
}

pub use crate::ui::components::focus_soon;

/// The goal deleted last and where it was, so the goals list can offer "Undo".
/// Provided by the app shell, because deleting moves from the goal page to the list.
#[derive(Clone, Copy)]
pub struct DeletedGoal(pub RwSignal<Option<(usize, Goal)>>);

pub fn deleted_goal() -> RwSignal<Option<(usize, Goal)>> {
    expect_context::<DeletedGoal>().0
}

/// A goal id made safe for element ids.
pub fn dom_id(prefix: &str, id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("{prefix}-{safe}")
}

/// "SMART 3/5" with the five letters, the met ones ticked. The letters repeat what
/// the checks list says, so they are hidden from screen readers.
#[component]
pub fn SmartBadge(#[prop(into)] report: Signal<SmartReport>) -> impl IntoView {
    let score = move || report.with(|r| r.score());
    view! {
        <p class="smart-badge" class:smart-complete=move || score() == 5>
            <span class="smart-score">{move || format!("SMART {}/5", score())}</span>
            <span class="smart-letters" aria-hidden="true">
                {move || {
                    report
                        .with(|r| {
                            r.checks()
                                .iter()
                                .map(|c| {
                                    let pass = c.pass;
                                    view! {
                                        <span class="smart-letter" class:pass=pass>
                                            {c.letter.letter()}
                                        </span>
                                    }
                                })
                                .collect_view()
                        })
                }}
            </span>
        </p>
    }
}

/// The five checks with their hints, each marked "Met" or "Not yet" in words and icon.
#[component]
pub fn SmartChecks(#[prop(into)] report: Signal<SmartReport>) -> impl IntoView {
    view! {
        <ul class="smart-checks">
            {move || {
                report
                    .with(|r| {
                        r.checks()
                            .iter()
                            .map(|c| {
                                let pass = c.pass;
                                view! {
                                    <li class:pass=pass>
                                        <span class="smart-check-mark" aria-hidden="true">
                                            <Icon name=if pass { "check" } else { "circle" } />
                                        </span>
                                        <span>
                                            <span class="smart-state">
                                                {if pass { "Met" } else { "Not yet" }}
                                            </span>
                                            " "
                                            {crate::ui::words::hint(c)}
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()
                    })
            }}
        </ul>
    }
}

/// The one live check for a wizard step: the hint, with "Met" or "Not yet".
#[component]
pub fn LetterCheck(
    #[prop(into)] pass: Signal<bool>,
    #[prop(into)] hint: Signal<String>,
) -> impl IntoView {
    view! {
        <div class="letter-check" class:pass=move || pass.get() aria-live="polite">
            <span class="smart-check-mark" aria-hidden="true">
                {move || view! { <Icon name=if pass.get() { "check" } else { "circle" } /> }}
            </span>
            <p>
                <span class="smart-state">{move || if pass.get() { "Met" } else { "Not yet" }}</span>
                " "
                {move || hint.get()}
            </p>
        </div>
    }
}

/// Check boxes for what a goal is linked to: discovery's suggestions, grouped, plus
/// the person's own words. Used by the wizard's Relevant step and the goal page.
#[component]
pub fn LinkPicker(
    #[prop(into)] links: Signal<Links>,
    #[prop(into)] suggestions: Signal<Vec<LinkSuggestion>>,
    #[prop(into)] on_toggle: Callback<LinkSuggestion>,
    #[prop(into)] on_add: Callback<String>,
    /// Makes element ids unique on the page.
    id_prefix: &'static str,
) -> impl IntoView {
    // Own words added here stay listed (unticked) if unticked, so focus stays put.
    let added = RwSignal::new(Vec::<String>::new());
    let own_text = RwSignal::new(String::new());
    let own_error = RwSignal::new(None::<&'static str>);
    let offered = Memo::new(move |_| {
        let mut all = suggestions.get();
        for word in added.get() {
            let s = LinkSuggestion::new(LinkTarget::Kind(goals::LinkKind::Value), &word);
            if !all.contains(&s) {
                all.push(s);
            }
        }
        all
    });
    let targets = Memo::new(move |_| {
        let choices = links.with(|l| offered.with(|o| link_choices(l, o)));
        LinkTarget::ALL
            .into_iter()
            .filter(|t| choices.iter().any(|c| c.suggestion.target == *t))
            .collect::<Vec<_>>()
    });
    let add = move || {
        let text = own_text.get_untracked();
        let text = text.trim().to_owned();
        if text.is_empty() {
            own_error.set(Some("Write a word or two about what matters to you first."));
            return;
        }
        own_error.set(None);
        if !links.with_untracked(|l| l.contains(goals::LinkKind::Value, &text)) {
            on_add.run(text.clone());
        }
        added.update(|a| {
            if !a.contains(&text) {
                a.push(text);
            }
        });
        own_text.set(String::new());
    };
    let own_id = format!("{id_prefix}-own");
    let own_error_id = format!("{id_prefix}-own-error");
    let own_error_id2 = own_error_id.clone();
    view! {
        <div class="link-picker">
            <Show when=move || suggestions.with(Vec::is_empty)>
                <p class="muted">
                    "When you've done the Discover exercises, your values, strengths, growth areas, interests and vision will be suggested here. "
                    <A href="/discover">"Go to Discover"</A>
                </p>
            </Show>
            <For
                each=move || targets.get()
                key=|t| t.key()
                children=move |target| {
                    let choices = Memo::new(move |_| {
                        links
                            .with(|l| offered.with(|o| link_choices(l, o)))
                            .into_iter()
                            .filter(|c| c.suggestion.target == target)
                            .map(|c| c.suggestion)
                            .collect::<Vec<_>>()
                    });
                    view! {
                        <fieldset class="field choices link-group">
                            <legend>{target.group_label()}</legend>
                            <For
                                each=move || choices.get()
                                key=|s| s.label.clone()
                                children=move |s| {
                                    let label = s.label.clone();
                                    let check = s.clone();
                                    view! {
                                        <label class="choice">
                                            <input
                                                type="checkbox"
                                                prop:checked=move || links.with(|l| l.has(check.target, &check.label))
                                                on:change=move |_| on_toggle.run(s.clone())
                                            />
                                            <span dir="auto">{label}</span>
                                        </label>
                                    }
                                }
                            />
                        </fieldset>
                    }
                }
            />
            <div class="field own-words">
                <label for=own_id.clone()>"Something else that matters to you " <span class="optional">"(in your own words)"</span></label>
                <div class="inline-form">
                    <input
                        id=own_id
                        type="text"
                        maxlength="80"
                        dir="auto"
                        aria-describedby=move || own_error.get().map(|_| own_error_id.clone())
                        prop:value=move || own_text.get()
                        on:input=move |ev| own_text.set(event_target_value(&ev))
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                                add();
                            }
                        }
                    />
                    <button type="button" class="btn btn-secondary" on:click=move |_| add()>"Add"</button>
                </div>
                {move || own_error.get().map(|e| view! { <p class="field-error" id=own_error_id2.clone()>{e}</p> })}
            </div>
        </div>
    }
}

/// The goal's "why": what it is linked to, grouped, or an invitation to link it.
#[component]
pub fn WhyList(
    #[prop(into)] links: Signal<Links>,
    #[prop(into)] vision: Signal<Option<String>>,
) -> impl IntoView {
    let groups = move || links.with(|l| vision.with(|v| goals::why_groups(l, v.as_deref())));
    view! {
        {move || {
            let groups = groups();
            if groups.is_empty() {
                view! {
                    <p class="muted">"Not linked to anything yet. Linking a goal to what matters to you makes it easier to keep going when it gets hard."</p>
                }
                    .into_any()
            } else {
                view! {
                    <dl class="why-list">
                        {groups
                            .into_iter()
                            .map(|g| {
                                view! {
                                    <div>
                                        <dt>{g.target.short_label()}</dt>
                                        <dd dir="auto">{g.labels.join(", ")}</dd>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </dl>
                }
                    .into_any()
            }
        }}
    }
}

/// Today and now, for changes.
pub fn today() -> NaiveDate {
    clock::today()
}
