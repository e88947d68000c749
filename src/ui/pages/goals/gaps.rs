//! Gap maps: for a target role, what it asks for (skills, experience, credentials,
//! network), where you are now against what's needed, how ready you are overall, and
//! one action to turn any gap into a goal or into a milestone of a goal you have.

use crate::ui::components::{use_go, A};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use waymark_core::goals::{
    self, level_label, prefix, GapItem, GapItemPatch, GapKind, GapMap, GoalStatus, MAX_LEVEL,
};

use super::common::{dom_id, focus_soon, id_maker};
use crate::store::{clock, ids, state::use_app, state::AppState};
use crate::ui::components::{AskFirst, Icon, PageHeader, ProgressBar};

fn readiness_label(readiness: Option<f64>, items: usize) -> String {
    match readiness {
        Some(r) => format!("{} ready", crate::store::locale::percent(r)),
        None if items == 0 => "Nothing listed yet".to_string(),
        None => "Set the levels the role needs".to_string(),
    }
}

#[component]
pub fn GapMapsPage() -> impl IntoView {
    let app = use_app();
    let navigate = use_go();
    let role = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let maps = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.gap_maps
                .iter()
                .map(|m| {
                    (
                        m.id.clone(),
                        m.role.clone(),
                        m.items.len(),
                        m.open_items().len(),
                        m.readiness(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = role.get_untracked();
        if text.trim().is_empty() {
            error.set(Some(
                "Name the role you're aiming for, such as \u{201c}UX researcher\u{201d}.",
            ));
            focus_soon("new-map-role");
            return;
        }
        error.set(None);
        let map = GapMap::new(ids::new_id(prefix::GAP_MAP), &text, clock::now());
        let id = map.id.clone();
        app.update(|wb| {
            goals::add_gap_map(&mut wb.gap_maps, map);
        });
        role.set(String::new());
        navigate(&format!("/goals/gaps/{id}"));
    };
    view! {
        <div class="page goals-area gaps-page">
            <p class="breadcrumb"><A href="/goals" exact=true>"Goals"</A></p>
            <PageHeader
                title=crate::ui::words::pages::title("/goals/gaps")
                lead=crate::ui::words::pages::lead("/goals/gaps")
            />
            <section class="card" aria-labelledby="new-map-title">
                <h2 id="new-map-title">"Map a role"</h2>
                <form class="inline-create" on:submit=create>
                    <div class="field">
                        <label for="new-map-role">"Target role"</label>
                        <input id="new-map-role" type="text" dir="auto" maxlength="120"
                            aria-describedby=move || error.get().map(|_| "new-map-error")
                            prop:value=move || role.get() on:input=move |ev| role.set(event_target_value(&ev)) />
                    </div>
                    {move || error.get().map(|e| view! { <p class="field-error" id="new-map-error">{e}</p> })}
                    <button type="submit" class="btn btn-primary"><Icon name="map" />" Create gap map"</button>
                </form>
            </section>
            <Show
                when=move || maps.with(|m| !m.is_empty())
                fallback=|| view! {
                    <section class="empty card">
                        <div class="empty-icon" aria-hidden="true"><Icon name="map" /></div>
                        <h2>"No gap maps yet"</h2>
                        <p>"Name a role above. Then list what it asks for — skills, experience, credentials, people to know — and how close you are to each. Any gap can become a goal in one step."</p>
                    </section>
                }
            >
                <ul class="gap-map-list">
                    {move || maps.get().into_iter().map(|(id, role, items, open, readiness)| {
                        let label = readiness_label(readiness, items);
                        view! {
                            <li class="card">
                                <h2><A href=format!("/goals/gaps/{id}") attr:dir="auto">{if role.is_empty() { "Untitled role".to_string() } else { role }}</A></h2>
                                <p class="muted">{format!("{items} {} listed, {open} still to close", if items == 1 { "need" } else { "needs" })}</p>
                                <ProgressBar fraction=Signal::derive(move || readiness.unwrap_or(0.0)) label=Signal::derive(move || label.clone()) />
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}

#[component]
pub fn GapMapPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    move || {
        let id = id.get();
        view! { <GapMapView id /> }
    }
}

fn map_memo<T: PartialEq + Send + Sync + 'static>(
    app: AppState,
    id: &str,
    read: impl Fn(&GapMap) -> T + Send + Sync + 'static,
) -> Memo<Option<T>> {
    let id = id.to_owned();
    Memo::new(move |_| {
        app.workbook
            .with(|wb| goals::find_gap_map(&wb.gap_maps, &id).map(&read))
    })
}

fn change_map<R>(app: AppState, id: &str, change: impl FnOnce(&mut GapMap) -> R) -> Option<R> {
    let mut out = None;
    app.update(|wb| out = goals::update_gap_map(&mut wb.gap_maps, id, change));
    out
}

fn level_options(selected: u8) -> impl IntoView {
    (0..=MAX_LEVEL)
        .map(|l| view! { <option value=l.to_string() selected=l == selected>{format!("{l} — {}", level_label(l))}</option> })
        .collect_view()
}

#[component]
fn GapMapView(id: String) -> impl IntoView {
    let app = use_app();
    let role = map_memo(app, &id, |m| m.role.clone());
    let navigate = use_go();
    view! {
        <div class="page goals-area gap-map-page">
            <p class="breadcrumb"><A href="/goals" exact=true>"Goals"</A>" / "<A href="/goals/gaps" exact=true>"Gap maps"</A></p>
            {move || match role.get() {
                None => view! {
                    <section class="empty card">
                        <div class="empty-icon" aria-hidden="true"><Icon name="map" /></div>
                        <h1>"We couldn't find that gap map"</h1>
                        <p>"It may have been deleted, or the link may be from another browser."</p>
                        <A href="/goals/gaps" attr:class="btn btn-primary">"See your gap maps"</A>
                    </section>
                }.into_any(),
                Some(_) => view! { <GapMapBody id=id.clone() navigate=navigate.clone() /> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn GapMapBody<N>(id: String, navigate: N) -> impl IntoView
where
    N: Fn(&str) + Clone + Send + Sync + 'static,
{
    let app = use_app();
    // Read once: the role field is edited in place and must not be reset while typing.
    let role_now = map_memo(app, &id, |m| m.role.clone());
    let role_text = role_now.get_untracked().unwrap_or_default();
    let heading = move || {
        role_now
            .get()
            .filter(|r| !r.is_empty())
            .unwrap_or_else(|| "Untitled role".into())
    };
    let summary = map_memo(app, &id, |m| (m.readiness(), m.items.len(), m.total_gap()));
    let item_ids = map_memo(app, &id, |m| {
        m.items.iter().map(|i| i.id.clone()).collect::<Vec<_>>()
    });
    let map_id = StoredValue::new(id.clone());
    let removed = RwSignal::new(None::<(usize, GapItem)>);

    let kind = RwSignal::new(GapKind::Skill);
    let name = RwSignal::new(String::new());
    let current = RwSignal::new(0u8);
    let needed = RwSignal::new(3u8);
    let error = RwSignal::new(None::<&'static str>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = name.get_untracked();
        if text.trim().is_empty() {
            error.set(Some("Name what the role asks for, such as \u{201c}SQL\u{201d} or \u{201c}leading a small team\u{201d}."));
            focus_soon("gap-name");
            return;
        }
        error.set(None);
        change_map(app, &map_id.get_value(), |m| {
            m.add_item(
                ids::new_id(prefix::GAP_ITEM),
                kind.get_untracked(),
                &text,
                i64::from(current.get_untracked()),
                i64::from(needed.get_untracked()),
                clock::now(),
            )
        });
        name.set(String::new());
        app.tell(format!("Added \u{201c}{}\u{201d}.", text.trim()));
        focus_soon("gap-name");
    };
    let undo = move |_| {
        if let Some((index, item)) = removed.get_untracked() {
            change_map(app, &map_id.get_value(), |m| {
                m.restore_item(index, item, clock::now())
            });
            removed.set(None);
            app.tell("It's back on the map.");
        }
    };
    let delete_map = move |_: ()| {
        let mut gone = None;
        app.update(|wb| gone = goals::delete_gap_map(&mut wb.gap_maps, &map_id.get_value()));
        if let Some((_, map)) = gone {
            app.tell(format!(
                "Deleted the gap map for \u{201c}{}\u{201d}.",
                map.role
            ));
            navigate("/goals/gaps");
        }
    };

    view! {
        <header class="page-header">
            <h1 dir="auto">{move || format!("Gap map: {}", heading())}</h1>
            <p class="lead">"What this role asks for and where you are now. Start with the biggest gap that you'd also enjoy closing."</p>
        </header>
        <section class="card gap-summary" aria-labelledby="gap-summary-title">
            <h2 id="gap-summary-title">"How ready you are"</h2>
            {move || summary.get().map(|(readiness, items, total)| {
                let label = readiness_label(readiness, items);
                view! {
                    <ProgressBar fraction=Signal::derive(move || readiness.unwrap_or(0.0)) label=Signal::derive(move || label.clone()) />
                    <p class="muted">{match (items, total) {
                        (0, _) => "Add what the role asks for below.".to_string(),
                        (_, 0) => "You already meet everything listed. Time to apply?".to_string(),
                        (_, t) => format!("{t} {} to go across everything listed.", if t == 1 { "level" } else { "levels" }),
                    }}</p>
                }
            })}
            <div class="field">
                <label for="gap-role">"Target role"</label>
                <input id="gap-role" type="text" dir="auto" maxlength="120" value=role_text
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        if !text.trim().is_empty() {
                            change_map(app, &map_id.get_value(), |m| m.set_role(&text, clock::now()));
                        }
                    } />
            </div>
        </section>

        <section class="card" aria-labelledby="gap-items-title">
            <h2 id="gap-items-title">"What the role asks for"</h2>
            <Show when=move || removed.with(Option::is_some)>
                <div class="message undo-bar">
                    <p dir="auto">{move || removed.with(|r| r.as_ref().map(|(_, i)| format!("Removed \u{201c}{}\u{201d}.", i.name)).unwrap_or_default())}</p>
                    <button id="undo-gap-item" class="btn btn-secondary" on:click=undo><Icon name="undo" />" Undo"</button>
                </div>
            </Show>
            <Show
                when=move || item_ids.with(|i| i.as_ref().is_some_and(|i| !i.is_empty()))
                fallback=|| view! { <p class="muted">"Nothing listed yet. Think of a job advert for this role: which skills, experience, qualifications and contacts does it ask for?"</p> }
            >
                <ul class="gap-items">
                    <For
                        each=move || item_ids.get().unwrap_or_default()
                        key=|i| i.clone()
                        children=move |item_id| view! { <GapItemRow map_id item_id removed /> }
                    />
                </ul>
            </Show>
            <form class="gap-add" on:submit=add>
                <h3>"Add a need"</h3>
                <div class="field-grid">
                    <div class="field">
                        <label for="gap-kind">"Kind"</label>
                        <select id="gap-kind" on:change=move |ev| {
                            if let Some(k) = GapKind::from_key(&event_target_value(&ev)) {
                                kind.set(k);
                            }
                        }>
                            {GapKind::ALL.into_iter().map(|k| view! { <option value=k.key() prop:selected=move || kind.get() == k>{k.label()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="gap-name">"What it is"</label>
                        <input id="gap-name" type="text" dir="auto" maxlength="120"
                            aria-describedby=move || error.get().map(|_| "gap-name-error")
                            prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for="gap-current">"Where you are now"</label>
                        <select id="gap-current" on:change=move |ev| current.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {(0..=MAX_LEVEL).map(|l| view! { <option value=l.to_string() prop:selected=move || current.get() == l>{format!("{l} — {}", level_label(l))}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="gap-needed">"What the role needs"</label>
                        <select id="gap-needed" on:change=move |ev| needed.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {(0..=MAX_LEVEL).map(|l| view! { <option value=l.to_string() prop:selected=move || needed.get() == l>{format!("{l} — {}", level_label(l))}</option> }).collect_view()}
                        </select>
                    </div>
                </div>
                {move || error.get().map(|e| view! { <p class="field-error" id="gap-name-error">{e}</p> })}
                <button type="submit" class="btn btn-secondary"><Icon name="plus" />" Add to the map"</button>
            </form>
        </section>

        <section class="card goal-delete" aria-labelledby="delete-map-title">
            <h2 id="delete-map-title">"Delete this gap map"</h2>
            <AskFirst
                id="delete-map"
                label="Delete gap map…"
                note="Goals you made from it stay."
                question=Signal::derive(|| "Delete this gap map and everything listed on it? Goals you made from it stay.".to_string())
                yes="Yes, delete it"
                on_yes=Callback::new(delete_map)
            />
        </section>
    }
}

/// Current against needed as four dots: filled for levels you have, ringed for the
/// levels still to gain. The words beside it say the same for everyone.
#[component]
fn LevelDots(current: u8, needed: u8) -> impl IntoView {
    view! {
        <span class="level-dots" aria-hidden="true">
            {(1..=MAX_LEVEL).map(|l| {
                let class = if l <= current { "dot have" } else if l <= needed { "dot need" } else { "dot" };
                view! { <span class=class></span> }
            }).collect_view()}
        </span>
    }
}

#[component]
fn GapItemRow(
    map_id: StoredValue<String>,
    item_id: String,
    removed: RwSignal<Option<(usize, GapItem)>>,
) -> impl IntoView {
    let app = use_app();
    let item = {
        let item_id = item_id.clone();
        Memo::new(move |_| {
            app.workbook.with(|wb| {
                goals::find_gap_map(&wb.gap_maps, &map_id.get_value())
                    .and_then(|m| m.item(&item_id).cloned())
            })
        })
    };
    let linked = {
        let item_id = item_id.clone();
        Memo::new(move |_| {
            app.workbook.with(|wb| {
                goals::find_gap_map(&wb.gap_maps, &map_id.get_value())
                    .and_then(|m| m.item(&item_id))
                    .and_then(|i| i.linked_goal(&wb.goals))
                    .map(|g| (g.id.clone(), g.title.clone()))
            })
        })
    };
    let goal_choices = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.goals
                .iter()
                .filter(|g| g.status == GoalStatus::Active)
                .map(|g| (g.id.clone(), g.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let pick = RwSignal::new(String::new());
    let pick_error = RwSignal::new(None::<&'static str>);
    let item_key = StoredValue::new(item_id.clone());
    let name = move || item.with(|i| i.as_ref().map(|i| i.name.clone()).unwrap_or_default());

    let make_goal = move |_| {
        let mut made = None;
        app.update(|wb| {
            made = goals::turn_gap_item_into_goal(
                &mut wb.gap_maps,
                &mut wb.goals,
                &map_id.get_value(),
                &item_key.get_value(),
                &mut id_maker(),
                clock::now(),
            );
        });
        if made.is_some() {
            app.tell(format!("\u{201c}{}\u{201d} is now a goal, with three first steps. Open it from here when you're ready.", name()));
            focus_soon(dom_id("gap-linked", &item_key.get_value()));
        }
    };
    let add_step = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let goal_id = pick.get_untracked();
        if goal_id.is_empty() {
            pick_error.set(Some("Choose which goal to add it to."));
            return;
        }
        pick_error.set(None);
        let mut made = None;
        app.update(|wb| {
            made = goals::turn_gap_item_into_milestone(
                &mut wb.gap_maps,
                &mut wb.goals,
                &map_id.get_value(),
                &item_key.get_value(),
                &goal_id,
                ids::new_id(prefix::MILESTONE),
                clock::now(),
            );
        });
        if made.is_some() {
            app.tell(format!("Added \u{201c}{}\u{201d} as a milestone.", name()));
            focus_soon(dom_id("gap-linked", &item_key.get_value()));
        }
    };
    let set_level = move |current: bool, value: String| {
        let Ok(level) = value.parse::<i64>() else {
            return;
        };
        let patch = if current {
            GapItemPatch {
                current: Some(level),
                ..Default::default()
            }
        } else {
            GapItemPatch {
                needed: Some(level),
                ..Default::default()
            }
        };
        change_map(app, &map_id.get_value(), |m| {
            m.edit_item(&item_key.get_value(), patch, clock::now())
        });
    };
    let delete = move |_| {
        let gone = change_map(app, &map_id.get_value(), |m| {
            m.delete_item(&item_key.get_value(), clock::now())
        })
        .flatten();
        if gone.is_some() {
            removed.set(gone);
            focus_soon("undo-gap-item");
        }
    };
    let cur_id = dom_id("gap-cur", &item_id);
    let need_id = dom_id("gap-need", &item_id);
    let pick_id = dom_id("gap-pick", &item_id);
    let pick_err_id = dom_id("gap-pick-err", &item_id);
    let linked_id = dom_id("gap-linked", &item_id);
    let (cur0, need0) =
        item.with_untracked(|i| i.as_ref().map(|i| (i.current, i.needed)).unwrap_or((0, 0)));

    view! {
        <li class="gap-item">
            <div class="gap-item-head">
                <span class="goal-chip">{move || item.with(|i| i.as_ref().map(|i| i.kind.label()).unwrap_or_default())}</span>
                <h3 dir="auto">{name}</h3>
                <button type="button" class="btn btn-quiet icon-btn" aria-label=move || format!("Remove \u{201c}{}\u{201d}", name()) on:click=delete>
                    <Icon name="trash" />
                </button>
            </div>
            {move || item.get().map(|i| view! {
                <p class="gap-levels">
                    <LevelDots current=i.current needed=i.needed />
                    <span>{format!("Now: {} ({} of 4) · Needed: {} ({} of 4)", level_label(i.current), i.current, level_label(i.needed), i.needed)}</span>
                    <strong class="gap-words">{match i.gap() {
                        0 => "You already meet this".to_string(),
                        1 => "1 level to go".to_string(),
                        n => format!("{n} levels to go"),
                    }}</strong>
                </p>
            })}
            <details class="gap-edit">
                <summary>"Change the levels"</summary>
                <div class="field-grid">
                    <div class="field">
                        <label for=cur_id.clone()>"Your level now"</label>
                        <select id=cur_id on:change=move |ev| set_level(true, event_target_value(&ev))>{level_options(cur0)}</select>
                    </div>
                    <div class="field">
                        <label for=need_id.clone()>"Level needed"</label>
                        <select id=need_id on:change=move |ev| set_level(false, event_target_value(&ev))>{level_options(need0)}</select>
                    </div>
                </div>
            </details>
            <p class="gap-linked" id=linked_id tabindex="-1">
                {move || linked.get().map(|(gid, title)| view! {
                    <Icon name="flag" />
                    " Linked to "
                    <A href=format!("/goals/{gid}") attr:dir="auto">{title}</A>
                })}
            </p>
            <div class="gap-actions">
                <button type="button" class="btn btn-secondary" on:click=make_goal>
                    <Icon name="flag" />
                    " Make it a goal"
                </button>
                <Show when=move || goal_choices.with(|g| !g.is_empty())>
                    <form class="gap-to-step" on:submit=add_step>
                        <label for=pick_id.clone()>"Add as a milestone to…"</label>
                        <div class="inline-form">
                            <select id=pick_id.clone()
                                aria-describedby={
                                    let pick_err_id = pick_err_id.clone();
                                    move || pick_error.get().map(|_| pick_err_id.clone())
                                }
                                on:change=move |ev| pick.set(event_target_value(&ev))>
                                <option value="">"Choose a goal"</option>
                                {move || goal_choices.get().into_iter().map(|(id, title)| view! {
                                    <option value=id.clone() prop:selected=move || pick.get() == id dir="auto">{title}</option>
                                }).collect_view()}
                            </select>
                            <button type="submit" class="btn btn-quiet">"Add"</button>
                        </div>
                        {
                            let pick_err_id = pick_err_id.clone();
                            move || pick_error.get().map(|e| view! { <p class="field-error" id=pick_err_id.clone()>{e}</p> })
                        }
                    </form>
                </Show>
            </div>
        </li>
    }
}
