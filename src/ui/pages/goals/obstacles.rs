//! A goal's if-then plans: what could get in the way, and what you'll do if it does.
//! Add, edit in place, delete with undo.

use leptos::prelude::*;
use waymark_core::goals::{prefix, Obstacle};

use super::common::{change_goal, dom_id, focus_soon, goal_memo};
use crate::store::{clock, ids, state::use_app};
use crate::ui::components::Icon;

#[component]
pub fn Obstacles(goal_id: String) -> impl IntoView {
    let app = use_app();
    let plans = goal_memo(app, &goal_id, |g| g.obstacles.clone());
    let gid = StoredValue::new(goal_id);
    let if_text = RwSignal::new(String::new());
    let then_text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let removed = RwSignal::new(None::<(usize, Obstacle)>);
    let editing = RwSignal::new(None::<String>);

    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (when, then) = (if_text.get_untracked(), then_text.get_untracked());
        if when.trim().is_empty() || then.trim().is_empty() {
            error.set(Some(
                "Fill in both halves: what might happen, and what you'll do then.",
            ));
            return;
        }
        error.set(None);
        change_goal(app, &gid.get_value(), |g| {
            g.add_obstacle(ids::new_id(prefix::OBSTACLE), &when, &then, clock::now())
        });
        if_text.set(String::new());
        then_text.set(String::new());
        app.tell("Plan added.");
        focus_soon("plan-if");
    };
    let undo = move |_| {
        if let Some((index, plan)) = removed.get_untracked() {
            change_goal(app, &gid.get_value(), |g| {
                g.restore_obstacle(index, plan, clock::now())
            });
            removed.set(None);
            app.tell("The plan is back.");
        }
    };

    view! {
        <section class="card goal-obstacles" aria-labelledby="plans-title">
            <h2 id="plans-title">"If something gets in the way"</h2>
            <p class="muted">"Deciding now what you'll do when a snag comes makes it much easier to keep going."</p>
            <Show when=move || removed.with(Option::is_some)>
                <div class="message undo-bar">
                    <p>"Plan deleted."</p>
                    <button id="undo-plan" class="btn btn-secondary" on:click=undo><Icon name="undo" />" Undo"</button>
                </div>
            </Show>
            <ul class="plan-list">
                <For
                    each=move || plans.get().unwrap_or_default()
                    key=|p| (p.id.clone(), p.if_this.clone(), p.then_i_will.clone())
                    children=move |plan| {
                        let id = plan.id.clone();
                        let is_editing = {
                            let id = id.clone();
                            move || editing.with(|e| e.as_deref() == Some(id.as_str()))
                        };
                        let sentence = plan.sentence();
                        let edit_btn = dom_id("plan-edit", &id);
                        let delete_id = id.clone();
                        let short = plan.if_this.clone();
                        view! {
                            <li class="plan">
                                <Show
                                    when=is_editing.clone()
                                    fallback={
                                        let (id, edit_btn, delete_id, sentence, short) = (id.clone(), edit_btn.clone(), delete_id.clone(), sentence.clone(), short.clone());
                                        move || {
                                            let (id, delete_id, short2) = (id.clone(), delete_id.clone(), short.clone());
                                            view! {
                                                <p dir="auto">{sentence.clone()}</p>
                                                <div class="plan-tools">
                                                    <button id=edit_btn.clone() type="button" class="btn btn-quiet icon-btn"
                                                        aria-label=format!("Edit the plan for \u{201c}{short}\u{201d}")
                                                        on:click=move |_| editing.set(Some(id.clone()))>
                                                        <Icon name="edit" />
                                                    </button>
                                                    <button type="button" class="btn btn-quiet icon-btn"
                                                        aria-label=format!("Delete the plan for \u{201c}{short2}\u{201d}")
                                                        on:click=move |_| {
                                                            let gone = change_goal(app, &gid.get_value(), |g| g.delete_obstacle(&delete_id, clock::now())).flatten();
                                                            if gone.is_some() {
                                                                removed.set(gone);
                                                                focus_soon("undo-plan");
                                                            }
                                                        }>
                                                        <Icon name="trash" />
                                                    </button>
                                                </div>
                                            }
                                        }
                                    }
                                >
                                    <EditPlan plan=plan.clone() gid editing />
                                </Show>
                            </li>
                        }
                    }
                />
            </ul>
            <form class="plan-form" on:submit=add>
                <h3>"Add a plan"</h3>
                <div class="field">
                    <label for="plan-if">"If…"</label>
                    <input id="plan-if" type="text" dir="auto" maxlength="200" placeholder="I miss a week"
                        aria-describedby=move || error.get().map(|_| "plan-error")
                        prop:value=move || if_text.get() on:input=move |ev| if_text.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="plan-then">"then I will…"</label>
                    <input id="plan-then" type="text" dir="auto" maxlength="200" placeholder="book a slot on Monday morning"
                        aria-describedby=move || error.get().map(|_| "plan-error")
                        prop:value=move || then_text.get() on:input=move |ev| then_text.set(event_target_value(&ev)) />
                </div>
                {move || error.get().map(|e| view! { <p class="field-error" id="plan-error">{e}</p> })}
                <button type="submit" class="btn btn-secondary"><Icon name="plus" />" Add plan"</button>
            </form>
        </section>
    }
}

#[component]
fn EditPlan(
    plan: Obstacle,
    gid: StoredValue<String>,
    editing: RwSignal<Option<String>>,
) -> impl IntoView {
    let app = use_app();
    let when = RwSignal::new(plan.if_this.clone());
    let then = RwSignal::new(plan.then_i_will.clone());
    let error = RwSignal::new(None::<&'static str>);
    let (w_id, t_id, e_id) = (
        dom_id("plan-if", &plan.id),
        dom_id("plan-then", &plan.id),
        dom_id("plan-err", &plan.id),
    );
    let e_id2 = e_id.clone();
    focus_soon(w_id.clone());
    let id = plan.id.clone();
    let cancel_focus = dom_id("plan-edit", &plan.id);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (w, t) = (when.get_untracked(), then.get_untracked());
        if w.trim().is_empty() || t.trim().is_empty() {
            error.set(Some("Fill in both halves of the plan."));
            return;
        }
        change_goal(app, &gid.get_value(), |g| {
            g.edit_obstacle(&id, &w, &t, clock::now())
        });
        editing.set(None);
        focus_soon(dom_id("plan-edit", &id));
    };
    view! {
        <form class="plan-edit" on:submit=save>
            <div class="field">
                <label for=w_id.clone()>"If…"</label>
                <input id=w_id type="text" dir="auto" maxlength="200" aria-describedby=move || error.get().map(|_| e_id.clone())
                    prop:value=move || when.get() on:input=move |ev| when.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for=t_id.clone()>"then I will…"</label>
                <input id=t_id type="text" dir="auto" maxlength="200"
                    prop:value=move || then.get() on:input=move |ev| then.set(event_target_value(&ev)) />
            </div>
            {move || error.get().map(|e| view! { <p class="field-error" id=e_id2.clone()>{e}</p> })}
            <div class="actions">
                <button type="submit" class="btn btn-primary">"Save plan"</button>
                <button type="button" class="btn btn-quiet" on:click=move |_| {
                    editing.set(None);
                    focus_soon(cancel_focus.clone());
                }>"Cancel"</button>
            </div>
        </form>
    }
}
