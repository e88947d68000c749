//! The skills view: every skill you're building, the goal building it and how far
//! that goal has come; or, before there are any, where skill goals come from.

use crate::ui::components::A;
use leptos::prelude::*;
use waymark_core::goals::skills_in_progress;

use super::common::today;
use crate::store::state::use_app;
use crate::ui::components::{Icon, PageHeader, ProgressBar};

#[component]
pub fn SkillsPage() -> impl IntoView {
    let app = use_app();
    let today = today();
    let rows = Memo::new(move |_| app.workbook.with(|wb| skills_in_progress(&wb.goals, today)));
    view! {
        <div class="page goals-area skills-page">
            <p class="breadcrumb"><A href="/goals" exact=true>"Goals"</A></p>
            <PageHeader
                title=crate::ui::words::pages::title("/goals/skills")
                lead=crate::ui::words::pages::lead("/goals/skills")
            >
                <A href="/goals/new?category=skill" attr:class="btn btn-primary"><Icon name="plus" />" New skill goal"</A>
            </PageHeader>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=|| view! {
                    <section class="empty card">
                        <div class="empty-icon" aria-hidden="true"><Icon name="skill" /></div>
                        <h2>"No skills in progress yet"</h2>
                        <p>"Skills you enjoy but haven't built yet are good places to start. Your growth areas from the motivated skills exercise show them; any one of them can become a skill goal with learning steps."</p>
                        <div class="actions actions-center">
                            <A href="/discover/skills" attr:class="btn btn-secondary">"See your growth areas"</A>
                            <A href="/goals/new?category=skill" attr:class="btn btn-primary">"Create a skill goal"</A>
                        </div>
                    </section>
                }
            >
                <ul class="skill-list">
                    {move || rows.get().into_iter().map(|row| {
                        let fraction = row.progress.unwrap_or(0.0);
                        let label = match row.progress {
                            Some(p) => format!("{} along", crate::store::locale::percent(p)),
                            None => "Nothing measured yet".to_string(),
                        };
                        view! {
                            <li class="card skill-row">
                                <h2 dir="auto">{row.skill.clone()}</h2>
                                <p class="muted">
                                    "Built by "
                                    <A href=format!("/goals/{}", row.goal_id) attr:dir="auto">{row.goal_title.clone()}</A>
                                </p>
                                <ProgressBar fraction=Signal::derive(move || fraction) label=Signal::derive(move || label.clone()) />
                                {row.behind.then(|| view! {
                                    <p class="goal-behind"><Icon name="clock" /><strong>" Behind pace"</strong></p>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}
