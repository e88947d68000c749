//! Turning a setback into a next step: a commitment for the next check-in, or one of a
//! goal's open milestones moved or renamed, linked back to the setback.

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::checkins::CommitmentDraft;
use waymark_core::forms::{date_text, parse_date};
use waymark_core::setbacks::{self, Adjustment, MilestoneRef, Problem};

use crate::store::{clock, ids::new_id, locale, state::use_app};
use crate::ui::components::fields::{ChoiceField, DateField, ProblemSummary, TextField};
use crate::ui::components::{focus_soon, A};
use crate::ui::form::{Draft, Form, Problems};
use crate::ui::pages::checkins::goal_label;
use crate::ui::words::setbacks as words;

/// One action from a setback: a commitment, or a milestone moved or changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct ActionText {
    pub setback: String,
    /// "commitment" or "milestone".
    pub kind: String,
    pub text: String,
    pub due: String,
    /// `goal_id/milestone_id`.
    pub milestone: String,
    pub title: String,
}

impl Draft for ActionText {
    const KEY: &'static str = "setback-action";
    fn is_blank(&self) -> bool {
        self.setback.is_empty()
    }
}

fn split_milestone(key: &str) -> Option<MilestoneRef> {
    let (g, m) = key.split_once('/')?;
    Some(MilestoneRef {
        goal_id: g.to_owned(),
        milestone_id: m.to_owned(),
    })
}

/// The one action from a setback: a commitment, or a milestone moved.
#[component]
pub fn ActionForm(action: Form<ActionText>) -> impl IntoView {
    let app = use_app();
    let f = action.fields;
    let kinds = Signal::derive(|| {
        vec![
            (
                "commitment".to_string(),
                "A commitment for my next check-in".to_string(),
            ),
            (
                "milestone".to_string(),
                "Adjust a goal's milestone".to_string(),
            ),
        ]
    });
    let milestones = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.goals
                .iter()
                .flat_map(|g| {
                    g.milestones.iter().filter(|m| m.is_open()).map(move |m| {
                        (
                            format!("{}/{}", g.id, m.id),
                            format!("{} · {}", goal_label(&g.title), m.title),
                        )
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    // Choosing a milestone fills in its title and date, ready to change.
    Effect::new(move |prev: Option<String>| {
        let key = f.milestone().get();
        if prev.is_some_and(|p| p != key) || f.title().with_untracked(String::is_empty) {
            if let Some(target) = split_milestone(&key) {
                let found = app.workbook.with_untracked(|wb| {
                    wb.goals
                        .iter()
                        .find(|g| g.id == target.goal_id)
                        .and_then(|g| g.milestone(&target.milestone_id))
                        .map(|m| (m.title.clone(), m.due))
                });
                if let Some((title, due)) = found {
                    action.edit(|a| {
                        a.title = title;
                        if let Some(d) = due {
                            a.due = date_text(d);
                        }
                    });
                }
            }
        }
        key
    });
    let is_milestone = move || f.kind().with(|k| k == "milestone");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = action.value();
        let mut problems = Problems::default();
        let due = parse_date(&typed.due);
        let now = clock::now();
        let l = locale::current();
        let (mut list, mut acc, mut goals) = app
            .workbook
            .with_untracked(|wb| (wb.setbacks.clone(), wb.checkins.clone(), wb.goals.clone()));
        let result = if typed.kind == "milestone" {
            let target = split_milestone(&typed.milestone);
            if target.is_none() {
                problems.add("setback-action-milestone", words::PICK_MILESTONE);
            }
            target.map(|target| {
                setbacks::adjust_milestone(
                    &mut list,
                    &mut goals,
                    &typed.setback,
                    Adjustment {
                        target,
                        title: Some(typed.title.clone()),
                        due,
                        note: typed.text.clone(),
                    },
                    now,
                )
            })
        } else {
            if due.is_none() {
                problems.add("setback-action-due", words::PICK_COMMITMENT_DUE);
            }
            due.map(|due| {
                setbacks::make_commitment(
                    &mut list,
                    &mut acc,
                    &typed.setback,
                    new_id("k"),
                    CommitmentDraft {
                        text: typed.text.clone(),
                        due,
                        goal_id: None,
                    },
                    now,
                )
            })
        };
        if let Some(Err(found)) = &result {
            for p in found {
                let message = words::setback_problem(&l, p);
                match p {
                    Problem::Empty => problems.add("setback-action-name", message),
                    Problem::Commitment(_) => problems.add("setback-action-text", message),
                    _ => problems.add_general(message),
                }
            }
        }
        if !action.check(problems) {
            return;
        }
        let milestone = typed.kind == "milestone";
        app.update(|wb| {
            wb.setbacks = list;
            if milestone {
                wb.goals = goals;
            } else {
                wb.checkins = acc;
            }
        });
        let setback = typed.setback.clone();
        action.clear(ActionText::default());
        app.tell(if milestone {
            "Milestone adjusted. A new date is a plan, not a failure."
        } else {
            "It's a commitment now. You'll see it at your next check-in."
        });
        focus_soon(format!("setback-{setback}"));
    };
    view! {
        <div class="setback-action">
            <h4 id="setback-action-title" tabindex="-1">"Turn it into a next step"</h4>
            <form on:submit=submit novalidate>
                <ProblemSummary id=action.summary_id() problems=action.summary() />
                <ChoiceField id="setback-action-kind" label="As" value=f.kind() options=kinds />
                <Show when=is_milestone>
                    <Show
                        when=move || milestones.with(|m| !m.is_empty())
                        fallback=|| view! { <p class="muted">"None of your goals has an open milestone. " <A href="/goals">"Go to your goals"</A></p> }
                    >
                        <ChoiceField id="setback-action-milestone" label="Milestone" none="Choose a milestone" value=f.milestone() options=milestones />
                        <TextField id="setback-action-name" label="Its title" value=f.title() problem=action.problem("setback-action-name") />
                    </Show>
                </Show>
                {move || if is_milestone() {
                    view! {
                        <TextField id="setback-action-text" label="Note to add to it" optional=true maxlength=300 value=f.text() />
                        <DateField id="setback-action-due" label="New date" optional=true value=f.due() />
                    }.into_any()
                } else {
                    view! {
                        <TextField id="setback-action-text" label="What I'll do" maxlength=300 value=f.text() problem=action.problem("setback-action-text") />
                        <DateField id="setback-action-due" label="Do it by" value=f.due() problem=action.problem("setback-action-due") />
                    }.into_any()
                }}
                <div class="actions">
                    <button type="submit" class="btn btn-primary">"Save next step"</button>
                    <button type="button" class="btn btn-quiet" on:click=move |_| action.clear(ActionText::default())>"Not now"</button>
                </div>
            </form>
        </div>
    }
}
