//! A goal's milestones: add, edit, mark done (with a brief, kind celebration and a
//! link to log it as a win), reorder by drag and drop or by keyboard (move up/down,
//! with focus kept on the moved step), and delete with undo.

use crate::ui::components::A;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use waymark_core::goals::{self, prefix, Milestone, MilestonePatch, MilestoneStatus};

use super::common::{change_goal, date_value, dom_id, focus_soon, goal_memo, parse_date, today};
use crate::store::{clock, ids, state::use_app};
use crate::ui::components::{rows_in_two_steps, Icon};

/// What the list is doing right now, shared by its rows.
#[derive(Clone, Copy)]
struct ListState {
    goal_id: StoredValue<String>,
    celebrate: RwSignal<Option<String>>,
    deleted: RwSignal<Option<(usize, Milestone)>>,
    dragging: RwSignal<Option<String>>,
    drop_at: RwSignal<Option<usize>>,
    announce: RwSignal<String>,
}

/// The steps drawn with the section; the rest follow in a task of their own.
const FIRST_ROWS: usize = 5;

#[component]
pub fn Milestones(goal_id: String) -> impl IntoView {
    let app = use_app();
    let ids_memo = goal_memo(app, &goal_id, |g| {
        g.milestones
            .iter()
            .map(|m| m.id.clone())
            .collect::<Vec<_>>()
    });
    let counts = goal_memo(app, &goal_id, |g| g.milestone_counts());
    // Each step is a row of controls: a long plan's later steps are built in a task of
    // their own, after its first few.
    let rows = rows_in_two_steps(FIRST_ROWS);
    let state = ListState {
        goal_id: StoredValue::new(goal_id.clone()),
        celebrate: RwSignal::new(None),
        deleted: RwSignal::new(None),
        dragging: RwSignal::new(None),
        drop_at: RwSignal::new(None),
        announce: RwSignal::new(String::new()),
    };
    let new_title = RwSignal::new(String::new());
    let new_due = RwSignal::new(String::new());
    let add_error = RwSignal::new(None::<&'static str>);
    let add = move || {
        let title = new_title.get_untracked();
        if title.trim().is_empty() {
            state.announce.set(String::new());
            add_error.set(Some("Give the milestone a short name first."));
            focus_soon("new-milestone-title");
            return;
        }
        let due_text = new_due.get_untracked();
        let due = parse_date(&due_text);
        if !due_text.trim().is_empty() && due.is_none() {
            add_error.set(Some(
                "That date couldn't be read. Please pick one from the calendar.",
            ));
            return;
        }
        add_error.set(None);
        let gid = state.goal_id.get_value();
        change_goal(app, &gid, |g| {
            g.add_milestone(ids::new_id(prefix::MILESTONE), &title, due, clock::now())
        });
        new_title.set(String::new());
        new_due.set(String::new());
        state
            .announce
            .set(format!("Added \u{201c}{}\u{201d}.", title.trim()));
        focus_soon("new-milestone-title");
    };
    let undo = move |_| {
        if let Some((index, milestone)) = state.deleted.get_untracked() {
            let name = milestone.title.clone();
            let gid = state.goal_id.get_value();
            change_goal(app, &gid, |g| {
                g.restore_milestone(index, milestone, clock::now())
            });
            state.deleted.set(None);
            state
                .announce
                .set(format!("\u{201c}{name}\u{201d} is back."));
        }
    };

    view! {
        <section class="card goal-milestones" aria-labelledby="milestones-title">
            <div class="section-head">
                <h2 id="milestones-title">"Milestones"</h2>
                <p class="muted">
                    {move || match counts.get() {
                        Some((_, 0)) | None => "The steps that get you there.".to_string(),
                        Some((done, total)) => format!("{done} of {total} done"),
                    }}
                </p>
            </div>
            <Celebration state />
            <Show when=move || state.deleted.with(Option::is_some)>
                <div class="message undo-bar">
                    <p dir="auto">{move || state.deleted.with(|d| d.as_ref().map(|(_, m)| format!("Deleted \u{201c}{}\u{201d}.", m.title)).unwrap_or_default())}</p>
                    <button id="undo-milestone" class="btn btn-secondary" on:click=undo>
                        <Icon name="undo" />
                        " Undo"
                    </button>
                </div>
            </Show>
            <Show
                when=move || ids_memo.with(|i| i.as_ref().is_some_and(|i| !i.is_empty()))
                fallback=|| view! {
                    <p class="muted">"No milestones yet. Break the goal into a few small steps — the first one can be tiny."</p>
                }
            >
                <p class="muted reorder-help" id="reorder-help">
                    "Drag a step by its handle, or use the arrow buttons, to change the order."
                </p>
                <ol class="milestone-list">
                    <For
                        each=move || {
                            let shown = rows.get();
                            ids_memo.with(|ids| ids.iter().flatten().take(shown).cloned().collect::<Vec<_>>())
                        }
                        key=|id| id.clone()
                        children=move |ms_id| view! { <MilestoneRow ms_id state /> }
                    />
                </ol>
            </Show>
            <p class="goal-sr" aria-live="polite">{move || state.announce.get()}</p>
            <form class="add-milestone" on:submit=move |ev| {
                ev.prevent_default();
                add();
            }>
                <h3>"Add a milestone"</h3>
                <div class="field-grid">
                    <div class="field">
                        <label for="new-milestone-title">"New milestone"</label>
                        <input
                            id="new-milestone-title"
                            type="text"
                            dir="auto"
                            maxlength="160"
                            aria-describedby=move || add_error.get().map(|_| "new-milestone-error")
                            prop:value=move || new_title.get()
                            on:input=move |ev| new_title.set(event_target_value(&ev))
                        />
                    </div>
                    <div class="field">
                        <label for="new-milestone-due">"Due " <span class="optional">"(optional)"</span></label>
                        <input
                            id="new-milestone-due"
                            type="date"
                            prop:value=move || new_due.get()
                            on:input=move |ev| new_due.set(event_target_value(&ev))
                            on:change=move |ev| new_due.set(event_target_value(&ev))
                        />
                    </div>
                </div>
                {move || add_error.get().map(|e| view! { <p class="field-error" id="new-milestone-error">{e}</p> })}
                <button type="submit" class="btn btn-secondary">
                    <Icon name="plus" />
                    " Add milestone"
                </button>
            </form>
        </section>
    }
}

/// The brief "well done" after a step is marked done, with the win link.
#[component]
fn Celebration(state: ListState) -> impl IntoView {
    let app = use_app();
    let gid = state.goal_id.get_value();
    let cheer = Memo::new(move |_| {
        let ms = state.celebrate.get()?;
        app.workbook.with(|wb| {
            goals::find_goal(&wb.goals, &gid)
                .and_then(|g| goals::milestone_cheer(g, &ms).map(|text| (ms.clone(), text)))
        })
    });
    view! {
        <div role="status" class="celebration-slot">
            {move || cheer.get().map(|(ms, text)| {
                let href = format!(
                    "/journal?win_goal={}&win_milestone={}",
                    js_sys::encode_uri_component(&state.goal_id.get_value()),
                    js_sys::encode_uri_component(&ms)
                );
                view! {
                    <div class="celebration">
                        <span class="celebration-mark" aria-hidden="true"><Icon name="sparkle" /></span>
                        <div>
                            <p dir="auto"><strong>{text}</strong></p>
                            <p class="actions">
                                <A href=href attr:class="btn btn-secondary">"Log this as a win"</A>
                                <button class="btn btn-quiet" on:click=move |_| {
                                    state.celebrate.set(None);
                                    focus_soon(dom_id("ms-done", &ms));
                                }>"Close"</button>
                            </p>
                        </div>
                    </div>
                }
            })}
        </div>
    }
}

/// Sets drag data so every browser treats this as a real drag (no extra web-sys features).
fn start_drag(ev: &leptos::ev::DragEvent, id: &str) {
    let Ok(transfer) = js_sys::Reflect::get(ev, &JsValue::from_str("dataTransfer")) else {
        return;
    };
    if transfer.is_undefined() || transfer.is_null() {
        return;
    }
    let _ = js_sys::Reflect::set(&transfer, &"effectAllowed".into(), &"move".into());
    if let Ok(set_data) = js_sys::Reflect::get(&transfer, &"setData".into()) {
        if let Ok(f) = wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(set_data) {
            let _ = f.call2(&transfer, &"text/plain".into(), &JsValue::from_str(id));
        }
    }
}

#[component]
fn MilestoneRow(ms_id: String, state: ListState) -> impl IntoView {
    let app = use_app();
    let today = today();
    let gid = state.goal_id.get_value();
    let ms = {
        let (gid, ms_id) = (gid.clone(), ms_id.clone());
        Memo::new(move |_| {
            app.workbook.with(|wb| {
                goals::find_goal(&wb.goals, &gid).and_then(|g| g.milestone(&ms_id).cloned())
            })
        })
    };
    let place = {
        let (gid, ms_id) = (gid.clone(), ms_id.clone());
        Memo::new(move |_| {
            app.workbook.with(|wb| {
                goals::find_goal(&wb.goals, &gid)
                    .and_then(|g| {
                        g.milestones
                            .iter()
                            .position(|m| m.id == ms_id)
                            .map(|i| (i, g.milestones.len()))
                    })
                    .unwrap_or((0, 0))
            })
        })
    };
    let title = move || ms.with(|m| m.as_ref().map(|m| m.title.clone()).unwrap_or_default());
    let status = move || ms.with(|m| m.as_ref().map(|m| m.status).unwrap_or_default());
    let editing = RwSignal::new(false);

    let up_id = dom_id("ms-up", &ms_id);
    let down_id = dom_id("ms-down", &ms_id);
    let done_id = dom_id("ms-done", &ms_id);
    let edit_id = dom_id("ms-edit", &ms_id);

    let set_status = {
        let (gid, ms_id) = (gid.clone(), ms_id.clone());
        move |next: MilestoneStatus| {
            let was = status();
            // An earlier "Added …" or "moved" no longer describes what just happened.
            state.announce.set(String::new());
            change_goal(app, &gid, |g| {
                g.set_milestone_status(&ms_id, next, today, clock::now())
            });
            if next == MilestoneStatus::Done && was != MilestoneStatus::Done {
                state.celebrate.set(Some(ms_id.clone()));
            } else if state.celebrate.get_untracked().as_deref() == Some(ms_id.as_str()) {
                state.celebrate.set(None);
            }
        }
    };
    let toggle_done = {
        let set_status = set_status.clone();
        move |ev: leptos::ev::Event| {
            let checked = event_target_checked(&ev);
            set_status(if checked {
                MilestoneStatus::Done
            } else {
                MilestoneStatus::Planned
            });
        }
    };
    let move_by = {
        let (gid, ms_id, up_id, down_id) =
            (gid.clone(), ms_id.clone(), up_id.clone(), down_id.clone());
        move |up: bool| {
            let moved = change_goal(app, &gid, |g| {
                if up {
                    g.move_milestone_up(&ms_id, clock::now())
                } else {
                    g.move_milestone_down(&ms_id, clock::now())
                }
            })
            .unwrap_or(false);
            let (index, len) = place.get_untracked();
            if moved {
                state.announce.set(format!(
                    "\u{201c}{}\u{201d} moved to position {} of {}.",
                    title(),
                    index + 1,
                    len
                ));
            } else {
                state.announce.set(format!(
                    "\u{201c}{}\u{201d} is already {}.",
                    title(),
                    if up { "first" } else { "last" }
                ));
            }
            // Keep focus on the same button of the moved step (it stays focusable at
            // the ends, where pressing it again just says so).
            let target = if up { up_id.clone() } else { down_id.clone() };
            focus_soon(target);
        }
    };
    let move_up = {
        let move_by = move_by.clone();
        move |_| move_by(true)
    };
    let move_down = move |_| move_by(false);
    let delete = {
        let (gid, ms_id) = (gid.clone(), ms_id.clone());
        move |_| {
            let removed =
                change_goal(app, &gid, |g| g.delete_milestone(&ms_id, clock::now())).flatten();
            if let Some(removed) = removed {
                state.announce.set(String::new());
                if state.celebrate.get_untracked().as_deref() == Some(ms_id.as_str()) {
                    state.celebrate.set(None);
                }
                state.deleted.set(Some(removed));
                focus_soon("undo-milestone");
            }
        }
    };
    let on_drop = {
        let gid = gid.clone();
        move |ev: leptos::ev::DragEvent| {
            ev.prevent_default();
            let Some(dragged) = state.dragging.get_untracked() else {
                return;
            };
            let (to, _) = place.get_untracked();
            let moved = change_goal(app, &gid, |g| {
                g.move_milestone_to(&dragged, to, clock::now())
            })
            .unwrap_or(false);
            if moved {
                state.announce.set(format!("Moved to position {}.", to + 1));
            }
            state.dragging.set(None);
            state.drop_at.set(None);
        }
    };
    let drag_id = ms_id.clone();
    let own_id = ms_id.clone();

    view! {
        <li
            class="milestone"
            class:is-done=move || status() == MilestoneStatus::Done
            class:is-dropped=move || status() == MilestoneStatus::Dropped
            class:is-dragging={
                let own_id = own_id.clone();
                move || state.dragging.with(|d| d.as_deref() == Some(own_id.as_str()))
            }
            class:drop-here=move || state.drop_at.get() == Some(place.get().0) && state.dragging.with(Option::is_some)
            draggable=move || (!editing.get()).then_some("true")
            on:dragstart=move |ev| {
                start_drag(&ev, &drag_id);
                state.dragging.set(Some(drag_id.clone()));
            }
            on:dragover=move |ev| {
                if state.dragging.with_untracked(Option::is_some) {
                    ev.prevent_default();
                    state.drop_at.set(Some(place.get_untracked().0));
                }
            }
            on:drop=on_drop
            on:dragend=move |_| {
                state.dragging.set(None);
                state.drop_at.set(None);
            }
        >
            <div class="milestone-row">
                <span class="drag-handle" aria-hidden="true" title="Drag to reorder"><Icon name="grip" /></span>
                <input
                    id=done_id.clone()
                    class="milestone-check"
                    type="checkbox"
                    prop:checked=move || status() == MilestoneStatus::Done
                    on:change=toggle_done
                />
                <label for=done_id class="milestone-title" dir="auto">
                    <span class="goal-sr">"Done: "</span>
                    {title}
                </label>
                <div class="milestone-tools">
                    <button
                        id=up_id
                        type="button"
                        class="btn btn-quiet icon-btn"
                        aria-label=move || format!("Move \u{201c}{}\u{201d} up", title())
                        aria-disabled=move || (place.get().0 == 0).then_some("true")
                        on:click=move_up
                    >
                        <Icon name="up" />
                    </button>
                    <button
                        id=down_id
                        type="button"
                        class="btn btn-quiet icon-btn"
                        aria-label=move || format!("Move \u{201c}{}\u{201d} down", title())
                        aria-disabled=move || { let (i, n) = place.get(); (i + 1 >= n).then_some("true") }
                        on:click=move_down
                    >
                        <Icon name="down" />
                    </button>
                    <button
                        id=edit_id.clone()
                        type="button"
                        class="btn btn-quiet icon-btn"
                        aria-label=move || format!("Edit \u{201c}{}\u{201d}", title())
                        aria-expanded=move || editing.get().to_string()
                        on:click=move |_| editing.update(|e| *e = !*e)
                    >
                        <Icon name="edit" />
                    </button>
                    <button
                        type="button"
                        class="btn btn-quiet icon-btn"
                        aria-label=move || format!("Delete \u{201c}{}\u{201d}", title())
                        on:click=delete
                    >
                        <Icon name="trash" />
                    </button>
                </div>
            </div>
            <p class="milestone-meta">
                <span class="goal-chip" class:goal-chip-quiet=move || status() != MilestoneStatus::InProgress>
                    {move || status().label()}
                </span>
                {move || ms.with(|m| m.as_ref().and_then(|m| {
                    if m.status == MilestoneStatus::Done {
                        // The chip already says "Done": the date is enough beside it.
                        m.done_on.map(|d| format!("on {}", crate::store::locale::medium_date(d)))
                    } else {
                        m.due.map(|d| {
                            if m.is_overdue(today) {
                                format!("Was due {} — pick a new date when you're ready", crate::store::locale::medium_date(d))
                            } else {
                                format!("Due {}", crate::store::locale::medium_date(d))
                            }
                        })
                    }
                })).map(|t| view! { <span class="muted">{t}</span> })}
                {move || ms.with(|m| m.as_ref().map(|m| m.notes.trim().to_owned()).filter(|n| !n.is_empty()))
                    .map(|n| view! { <span class="milestone-notes" dir="auto">{n}</span> })}
            </p>
            <Show when=move || editing.get()>
                <EditMilestone ms=ms ms_id=ms_id.clone() state editing edit_button=edit_id.clone() on_status=set_status.clone() />
            </Show>
        </li>
    }
}

#[component]
fn EditMilestone<F>(
    ms: Memo<Option<Milestone>>,
    ms_id: String,
    state: ListState,
    editing: RwSignal<bool>,
    edit_button: String,
    on_status: F,
) -> impl IntoView
where
    F: Fn(MilestoneStatus) + Clone + Send + Sync + 'static,
{
    let app = use_app();
    let current = ms.get_untracked();
    let title = RwSignal::new(
        current
            .as_ref()
            .map(|m| m.title.clone())
            .unwrap_or_default(),
    );
    let due = RwSignal::new(date_value(current.as_ref().and_then(|m| m.due)));
    let notes = RwSignal::new(
        current
            .as_ref()
            .map(|m| m.notes.clone())
            .unwrap_or_default(),
    );
    let status = RwSignal::new(current.as_ref().map(|m| m.status).unwrap_or_default());
    let error = RwSignal::new(None::<&'static str>);
    let fid = |name: &str| dom_id(&format!("ms-{name}"), &ms_id);
    let (t_id, d_id, n_id, s_id, e_id) = (
        fid("title"),
        fid("due"),
        fid("notes"),
        fid("status"),
        fid("error"),
    );
    let e_id2 = e_id.clone();
    focus_soon(t_id.clone());
    let cancel_focus = edit_button.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = title.get_untracked();
        if text.trim().is_empty() {
            error.set(Some("A milestone needs a name."));
            return;
        }
        let due_text = due.get_untracked();
        let due_date = parse_date(&due_text);
        if !due_text.trim().is_empty() && due_date.is_none() {
            error.set(Some(
                "That date couldn't be read. Please pick one from the calendar.",
            ));
            return;
        }
        let patch = MilestonePatch {
            title: Some(text),
            due: Some(due_date),
            notes: Some(notes.get_untracked()),
        };
        let gid = state.goal_id.get_value();
        change_goal(app, &gid, |g| g.edit_milestone(&ms_id, patch, clock::now()));
        state.announce.set(String::new());
        let next = status.get_untracked();
        if ms.with_untracked(|m| m.as_ref().map(|m| m.status)) != Some(next) {
            on_status(next);
        }
        editing.set(false);
        focus_soon(edit_button.clone());
    };
    view! {
        <form class="milestone-edit" on:submit=save>
            <div class="field">
                <label for=t_id.clone()>"Milestone"</label>
                <input id=t_id type="text" dir="auto" maxlength="160"
                    aria-describedby=move || error.get().map(|_| e_id.clone())
                    prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev)) />
            </div>
            <div class="field-grid">
                <div class="field">
                    <label for=d_id.clone()>"Due date"</label>
                    <input id=d_id type="date" prop:value=move || due.get()
                        on:input=move |ev| due.set(event_target_value(&ev))
                        on:change=move |ev| due.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for=s_id.clone()>"Milestone status"</label>
                    <select id=s_id on:change=move |ev| {
                        if let Some(s) = MilestoneStatus::from_key(&event_target_value(&ev)) {
                            status.set(s);
                        }
                    }>
                        {MilestoneStatus::ALL.into_iter().map(|s| view! {
                            <option value=s.key() prop:selected=move || status.get() == s>{s.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="field">
                <label for=n_id.clone()>"Notes " <span class="optional">"(optional)"</span></label>
                <textarea id=n_id dir="auto" rows="2" prop:value=move || notes.get() on:input=move |ev| notes.set(event_target_value(&ev))></textarea>
            </div>
            {move || error.get().map(|e| view! { <p class="field-error" id=e_id2.clone()>{e}</p> })}
            <div class="actions">
                <button type="submit" class="btn btn-primary">"Save"</button>
                <button type="button" class="btn btn-quiet" on:click=move |_| {
                    editing.set(false);
                    focus_soon(cancel_focus.clone());
                }>"Cancel"</button>
            </div>
        </form>
    }
}
