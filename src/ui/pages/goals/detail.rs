//! One goal's page: everything about it, editable in place — the words, measure,
//! deadline, confidence, status and notes; its "why"; its milestones, metric log and
//! if-then plans; the SMART check; an offer to mark it achieved when it looks done;
//! and deleting it (asked first, undoable from the goals list).

use crate::ui::components::{use_go, A};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use waymark_core::goals::{
    self, link_suggestions, smart_check, Category, Goal, GoalStatus, LinkSuggestion, Metric,
};

use super::common::{
    change_goal, date_value, deleted_goal, focus_soon, goal_memo, parse_date, profile_memo, today,
    LinkPicker, SmartBadge, SmartChecks, WhyList,
};
use super::metric::MetricLog;
use super::milestones::Milestones;
use super::obstacles::Obstacles;
use super::wizard::ConfidenceInput;
use crate::store::{clock, state::use_app};
use crate::ui::components::{AskFirst, Icon, Later, ProgressBar};

#[component]
pub fn GoalPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    // A fresh page for each goal id.
    move || {
        let id = id.get();
        view! { <GoalView id /> }
    }
}

#[component]
fn GoalView(id: String) -> impl IntoView {
    let app = use_app();
    let exists = goal_memo(app, &id, |_| ());
    view! {
        <div class="page goals-area goal-page">
            <Show when=move || exists.get().is_some() fallback=GoalNotFound>
                <GoalBody id=id.clone() />
            </Show>
        </div>
    }
}

#[component]
fn GoalNotFound() -> impl IntoView {
    view! {
        <section class="empty card">
            <div class="empty-icon" aria-hidden="true"><Icon name="flag" /></div>
            <h1>"We couldn't find that goal"</h1>
            <p>"It may have been deleted, or the link may be from another browser. Your goals are all on the goals page."</p>
            <A href="/goals" attr:class="btn btn-primary">"Go to your goals"</A>
        </section>
    }
}

#[component]
fn GoalBody(id: String) -> impl IntoView {
    let app = use_app();
    let today = today();
    let title = goal_memo(app, &id, |g| g.title.clone());
    let status = goal_memo(app, &id, |g| g.status);
    let achieved_on = goal_memo(app, &id, |g| g.achieved_on);
    let progress = goal_memo(app, &id, |g| {
        (g.progress(), crate::ui::words::goal_progress_label(g))
    });
    let report = goal_memo(app, &id, move |g| smart_check(g, today));
    let report = Signal::derive(move || {
        report
            .get()
            .unwrap_or_else(|| smart_check(&Goal::new(String::new(), clock::now()), today))
    });
    let ready = goal_memo(app, &id, Goal::ready_to_achieve);
    let ready_dismissed = RwSignal::new(false);
    let heading = move || {
        title
            .get()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| "Untitled goal".into())
    };
    let id_mark = id.clone();
    let mark_achieved = move |_| {
        let now = clock::now();
        change_goal(app, &id_mark, |g| {
            g.set_status(GoalStatus::Achieved, today, now)
        });
        app.tell("Marked as achieved. Well done — take a moment to notice what you did.");
    };
    let win_href = format!("/journal?win_goal={}", id);
    let (id_milestones, id_metric, id_obstacles, id_aside) =
        (id.clone(), id.clone(), id.clone(), id.clone());

    view! {
        // Kept for the next visit's page shell (src/ui/page_tops.rs): its SMART check
        // and progress are as of today.
        <header class="page-header goal-header" data-shell="today">
            <p class="breadcrumb"><A href="/goals" exact=true>"Goals"</A></p>
            <h1 dir="auto">{heading}</h1>
            <div class="goal-header-row">
                <SmartBadge report=report />
                <span class="goal-chip">{move || status.get().map(|s| s.label()).unwrap_or_default()}</span>
            </div>
            {move || progress.get().map(|(fraction, label)| view! {
                <ProgressBar fraction=Signal::derive(move || fraction.unwrap_or(0.0)) label=Signal::derive(move || label.clone()) />
            })}
        </header>

        <Show when=move || ready.get() == Some(true) && !ready_dismissed.get()>
            <section class="card goal-ready" aria-labelledby="ready-title" data-shell="">
                <h2 id="ready-title"><Icon name="sparkle" />" It looks like you've done it"</h2>
                <p>"Every step is done or you've reached your target. Would you like to mark this goal achieved?"</p>
                <div class="actions">
                    <button class="btn btn-primary" on:click=mark_achieved.clone()>"Mark as achieved"</button>
                    <button class="btn btn-quiet" on:click=move |_| ready_dismissed.set(true)>"Not yet"</button>
                </div>
            </section>
        </Show>
        {move || achieved_on.get().flatten().map(|day| view! {
            <section class="card goal-achieved" role="status" data-shell="">
                <p>
                    <Icon name="sparkle" />
                    <strong>{format!(" Achieved on {}.", crate::store::locale::medium_date(day))}</strong>
                    " That's worth remembering. "
                    <A href=win_href.clone()>"Log it as a win"</A>
                </p>
            </section>
        })}

        // The page shell of the next visit paints the goal's header and its About card
        // (src/ui/page_tops.rs).
        <div class="goal-layout" data-shell="open">
            <div class="goal-main" data-shell="open">
                <AboutGoal id=id.clone() />
                // Below the first screen: each drawn in a task of its own.
                <Later><Milestones goal_id=id_milestones.clone() /></Later>
                <Later><MetricLog goal_id=id_metric.clone() /></Later>
                <Later><Obstacles goal_id=id_obstacles.clone() /></Later>
            </div>
            <aside class="goal-aside" aria-label="About this goal">
                <Later>
                    <section class="card" aria-labelledby="smart-title">
                        <h2 id="smart-title">"SMART check"</h2>
                        <SmartChecks report=report />
                    </section>
                    <WhySection id=id_aside.clone() />
                    <DeleteGoal id=id_aside.clone() />
                </Later>
            </aside>
        </div>
    }
}

/// The goal's words and settings, each saved when the field is left (or changed).
#[component]
fn AboutGoal(id: String) -> impl IntoView {
    let app = use_app();
    let today = today();
    let stored = goal_memo(app, &id, Clone::clone);
    // One memo per field: a change to another field (from this tab or another one)
    // leaves a field being typed in as it is.
    let read = move |f: fn(&Goal) -> String| {
        let field = Memo::new(move |_| stored.with(|g| g.as_ref().map(f).unwrap_or_default()));
        move || field.get()
    };
    let title_error = RwSignal::new(None::<&'static str>);
    // A store of one value, so the slider shared with the wizard can edit it.
    let confidence = reactive_stores::Store::new(
        stored.with_untracked(|g| g.as_ref().map(|g| g.confidence).unwrap_or(5)),
    );
    Effect::new(move |_| {
        if let Some(c) = stored.with(|g| g.as_ref().map(|g| g.confidence)) {
            confidence.set(c);
        }
    });

    // The measure's four fields, kept as typed until all of them read well.
    let metric = stored.with_untracked(|g| g.as_ref().and_then(|g| g.metric.clone()));
    let m_name = RwSignal::new(metric.as_ref().map(|m| m.name.clone()).unwrap_or_default());
    let m_unit = RwSignal::new(metric.as_ref().map(|m| m.unit.clone()).unwrap_or_default());
    let m_start = RwSignal::new(
        metric
            .as_ref()
            .map(|m| goals::show_number(m.start))
            .unwrap_or_default(),
    );
    let m_target = RwSignal::new(
        metric
            .as_ref()
            .map(|m| goals::show_number(m.target))
            .unwrap_or_default(),
    );
    let m_error = RwSignal::new(None::<&'static str>);
    let save_metric = {
        let id = id.clone();
        move || {
            let (name, unit) = (m_name.get_untracked(), m_unit.get_untracked());
            let (start, target) = (m_start.get_untracked(), m_target.get_untracked());
            if [&name, &unit, &start, &target]
                .iter()
                .all(|t| t.trim().is_empty())
            {
                m_error.set(None);
                change_goal(app, &id, |g| g.set_metric(None, clock::now()));
                return;
            }
            let from = if start.trim().is_empty() {
                Some(0.0)
            } else {
                goals::parse_number(&start)
            };
            let to = goals::parse_number(&target);
            match (from, to) {
                (Some(from), Some(to)) => {
                    m_error.set(None);
                    change_goal(app, &id, |g| {
                        // A metric counted from the records stays counted.
                        let counts = g.metric.as_ref().and_then(|m| m.counts);
                        let metric = Metric {
                            counts,
                            ..Metric::new(&name, &unit, from, to)
                        };
                        g.set_metric(Some(metric), clock::now())
                    });
                }
                (None, _) => m_error.set(Some(
                    "Where you start needs to be a number, such as 0 or 2.5.",
                )),
                (_, None) => {
                    m_error.set(Some("Your target needs to be a number, such as 20 or 2.5."))
                }
            }
        }
    };
    let on_metric = {
        let save = save_metric.clone();
        move |_| save()
    };

    let id_title = id.clone();
    let id_outcome = id.clone();
    let id_category = id.clone();
    let id_skill = id.clone();
    let id_deadline = id.clone();
    let id_conf = id.clone();
    let id_status = id.clone();
    let id_notes = id.clone();
    let deadline_error = RwSignal::new(None::<&'static str>);

    view! {
        <section class="card goal-about" aria-labelledby="about-title" data-shell="">
            <h2 id="about-title">"About this goal"</h2>
            <p class="muted">"Changes are saved as you leave each field."</p>
            <div class="field">
                <label for="edit-title">"Title"</label>
                <input
                    id="edit-title"
                    type="text"
                    dir="auto"
                    maxlength="160"
                    aria-describedby=move || title_error.get().map(|_| "edit-title-error")
                    aria-invalid=move || title_error.get().map(|_| "true")
                    prop:value=read(|g| g.title.clone())
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        if text.trim().is_empty() {
                            title_error.set(Some("Your goal needs a title. The one you had is still saved."));
                        } else {
                            title_error.set(None);
                            change_goal(app, &id_title, |g| g.set_title(&text, clock::now()));
                        }
                    }
                />
                {move || title_error.get().map(|e| view! { <p class="field-error" id="edit-title-error">{e}</p> })}
            </div>
            <div class="field">
                <label for="edit-outcome">"Outcome — what will be true when you've done it"</label>
                <textarea
                    id="edit-outcome"
                    dir="auto"
                    rows="3"
                    prop:value=read(|g| g.outcome.clone())
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        change_goal(app, &id_outcome, |g| g.set_outcome(&text, clock::now()));
                    }
                ></textarea>
            </div>
            <div class="field-grid">
                <div class="field">
                    <label for="edit-category">"Kind of goal"</label>
                    <select
                        id="edit-category"
                        on:change=move |ev| {
                            if let Some(c) = Category::from_key(&event_target_value(&ev)) {
                                change_goal(app, &id_category, |g| g.set_category(c, clock::now()));
                            }
                        }
                    >
                        {Category::ALL.into_iter().map(|c| view! { <option value=c.key() prop:selected=move || stored.with(|g| g.as_ref().map(|g| g.category)) == Some(c)>{c.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="edit-status">"Status"</label>
                    <select
                        id="edit-status"
                        on:change=move |ev| {
                            if let Some(s) = GoalStatus::from_key(&event_target_value(&ev)) {
                                change_goal(app, &id_status, |g| g.set_status(s, today, clock::now()));
                            }
                        }
                    >
                        {GoalStatus::ALL.into_iter().map(|s| view! { <option value=s.key() prop:selected=move || stored.with(|g| g.as_ref().map(|g| g.status)) == Some(s)>{s.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="edit-skill">"Skill this builds " <span class="optional">"(optional)"</span></label>
                    <input
                        id="edit-skill"
                        type="text"
                        dir="auto"
                        maxlength="80"
                        prop:value=read(|g| g.skill.clone())
                        on:change=move |ev| {
                            let text = event_target_value(&ev);
                            change_goal(app, &id_skill, |g| g.set_skill(&text, clock::now()));
                        }
                    />
                </div>
                <div class="field">
                    <label for="edit-deadline">"Deadline"</label>
                    <input
                        id="edit-deadline"
                        type="date"
                        aria-describedby=move || deadline_error.get().map(|_| "edit-deadline-error")
                        prop:value=read(|g| date_value(g.deadline))
                        on:change=move |ev| {
                            let text = event_target_value(&ev);
                            if text.trim().is_empty() {
                                deadline_error.set(None);
                                change_goal(app, &id_deadline, |g| g.set_deadline(None, clock::now()));
                            } else if let Some(d) = parse_date(&text) {
                                deadline_error.set(None);
                                change_goal(app, &id_deadline, |g| g.set_deadline(Some(d), clock::now()));
                            } else {
                                deadline_error.set(Some("That date couldn't be read. Please pick one from the calendar."));
                            }
                        }
                    />
                    {move || deadline_error.get().map(|e| view! { <p class="field-error" id="edit-deadline-error">{e}</p> })}
                </div>
            </div>
            <fieldset class="field metric-fields">
                <legend>"Measure"</legend>
                <p class="field-help" id="metric-help">"One thing you can count. Leave all four empty if you'd rather track this goal by its milestones."</p>
                <div class="field-grid">
                    <div class="field">
                        <label for="edit-metric-name">"What you'll measure"</label>
                        <input id="edit-metric-name" type="text" dir="auto" maxlength="80" prop:value=move || m_name.get()
                            on:input=move |ev| m_name.set(event_target_value(&ev)) on:change=on_metric.clone() />
                    </div>
                    <div class="field">
                        <label for="edit-metric-unit">"Unit"</label>
                        <input id="edit-metric-unit" type="text" dir="auto" maxlength="40" prop:value=move || m_unit.get()
                            on:input=move |ev| m_unit.set(event_target_value(&ev)) on:change=on_metric.clone() />
                    </div>
                    <div class="field">
                        <label for="edit-metric-start">"Where you started"</label>
                        <input id="edit-metric-start" type="text" inputmode="decimal" prop:value=move || m_start.get()
                            aria-describedby=move || m_error.get().map(|_| "edit-metric-error")
                            on:input=move |ev| m_start.set(event_target_value(&ev)) on:change=on_metric.clone() />
                    </div>
                    <div class="field">
                        <label for="edit-metric-target">"Target"</label>
                        <input id="edit-metric-target" type="text" inputmode="decimal" prop:value=move || m_target.get()
                            aria-describedby=move || m_error.get().map(|_| "edit-metric-error")
                            on:input=move |ev| m_target.set(event_target_value(&ev)) on:change=on_metric.clone() />
                    </div>
                </div>
                {move || m_error.get().map(|e| view! { <p class="field-error" id="edit-metric-error">{e}</p> })}
            </fieldset>
            <ConfidenceInput
                id="edit-confidence"
                value=confidence
                on_commit=Callback::new(move |v: u8| {
                    change_goal(app, &id_conf, |g| g.set_confidence(i64::from(v), clock::now()));
                })
            />
            <Show when=move || confidence.get() < goals::ACHIEVABLE_CONFIDENCE>
                <p class="message scale-down">
                    "Below 7 out of 10? Consider scaling it down — a smaller target or a later deadline — or splitting it into two goals and starting with the first."
                </p>
            </Show>
            <div class="field">
                <label for="edit-notes">"Notes " <span class="optional">"(optional)"</span></label>
                <textarea
                    id="edit-notes"
                    dir="auto"
                    rows="4"
                    prop:value=read(|g| g.notes.clone())
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        change_goal(app, &id_notes, |g| g.set_notes(&text, clock::now()));
                    }
                ></textarea>
            </div>
        </section>
    }
}

/// Why this goal matters: its links, and a picker to change them.
#[component]
fn WhySection(id: String) -> impl IntoView {
    let app = use_app();
    let links = goal_memo(app, &id, |g| g.links.clone());
    let links = Signal::derive(move || links.get().unwrap_or_default());
    let profile = profile_memo(app);
    let vision =
        Signal::derive(move || profile.with(|p| p.vision.as_ref().map(|v| v.statement.clone())));
    let suggestions = Signal::derive(move || profile.with(link_suggestions));
    let id_toggle = id.clone();
    let id_add = id.clone();
    let opened = RwSignal::new(false);
    view! {
        <section class="card goal-why" aria-labelledby="why-title">
            <h2 id="why-title">"Why this matters to you"</h2>
            <WhyList links=links vision=vision />
            // The picker is drawn the first time it is opened, not with the page.
            <details class="why-edit" on:toggle=move |_| opened.set(true)>
                <summary>"Change what this goal is linked to"</summary>
                <Show when=move || opened.get()>
                    <LinkPicker
                        links=links
                        suggestions=suggestions
                        on_toggle=Callback::new({
                            let id = id_toggle.clone();
                            move |s: LinkSuggestion| {
                                change_goal(app, &id, |g| g.toggle_suggestion(&s, clock::now()));
                            }
                        })
                        on_add=Callback::new({
                            let id = id_add.clone();
                            move |text: String| {
                                change_goal(app, &id, |g| g.link_own_words(&text, clock::now()));
                            }
                        })
                        id_prefix="goal-links"
                    />
                </Show>
            </details>
        </section>
    }
}

/// Deleting asks first; afterwards the goals list offers "Undo".
#[component]
fn DeleteGoal(id: String) -> impl IntoView {
    let app = use_app();
    let navigate = use_go();
    let title = goal_memo(app, &id, |g| g.title.clone());
    let deleted = deleted_goal();
    let delete = move |_: ()| {
        let mut removed = None;
        app.update(|wb| removed = goals::delete_goal(&mut wb.goals, &id));
        if let Some(removed) = removed {
            let name = removed.1.title.clone();
            deleted.set(Some(removed));
            navigate("/goals");
            app.tell(format!(
                "Deleted \u{201c}{name}\u{201d}. You can undo this at the top of the list."
            ));
            focus_soon("undo-delete-goal");
        }
    };
    view! {
        <section class="card goal-delete" aria-labelledby="delete-title">
            <h2 id="delete-title">"Delete this goal"</h2>
            <AskFirst
                id="delete-goal"
                label="Delete goal…"
                note="Removes the goal with its milestones, logged values and plans."
                question=Signal::derive(move || format!("Delete \u{201c}{}\u{201d} and everything under it? You can undo straight afterwards.", title.get().unwrap_or_default()))
                yes="Yes, delete it"
                on_yes=Callback::new(delete)
            />
        </section>
    }
}
