//! A program as the client sees it, in the builder's preview and the program dialog.

use leptos::prelude::*;
use waymark_core::program::Program;

/// A program as the client sees it: who it's from, the welcome and every step.
#[component]
pub(super) fn ProgramView(
    program: Program,
    #[prop(default = 2)] heading_level: u8,
) -> impl IntoView {
    let h = move |text: String| -> AnyView {
        if heading_level <= 2 {
            view! { <h3>{text}</h3> }.into_any()
        } else {
            view! { <h4>{text}</h4> }.into_any()
        }
    };
    let from = format!("From {}", program.coach_label());
    let exercises = program.known_instruments();
    let templates = program.known_templates();
    view! {
        <div class="program-view">
            <p class="program-from"><strong dir="auto">{from}</strong></p>
            {(!program.contact.is_empty()).then(|| view! { <p class="muted" dir="auto">{program.contact.clone()}</p> })}
            {(!program.welcome.is_empty()).then(|| view! { <p class="program-welcome" dir="auto">{program.welcome.clone()}</p> })}
            {(!exercises.is_empty()).then(|| view! {
                {h("Exercises".into())}
                <ol>{exercises.iter().map(|i| view! { <li>{i.title}<span class="muted">{format!(" · about {} min", i.minutes)}</span></li> }).collect_view()}</ol>
            })}
            {(!program.questions.is_empty()).then(|| view! {
                {h("Questions to reflect on".into())}
                <ul>{program.questions.iter().map(|q| view! { <li dir="auto">{q.clone()}</li> }).collect_view()}</ul>
            })}
            {(!templates.is_empty() || !program.custom_goals.is_empty()).then(|| view! {
                {h("Goals to consider".into())}
                <ul>
                    {templates.iter().map(|t| view! { <li>{t.template().label}</li> }).collect_view()}
                    {program.custom_goals.iter().map(|g| view! {
                        <li>
                            <span dir="auto">{g.title.clone()}</span>
                            {(!g.why.is_empty()).then(|| view! { <span class="program-goal-why muted" dir="auto">{g.why.clone()}</span> })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {program.cadence.map(|c| view! {
                {h("Check-ins".into())}
                <p>{format!("Suggested rhythm: {}", c.label().to_lowercase())}</p>
            })}
            {program.engagement.map(|e| view! {
                {h("Sessions together".into())}
                <super::sessions::SessionsPlan engagement=e />
            })}
            {program.has_no_steps().then(|| view! { <p class="muted">"No steps yet. Choose exercises, questions, goals or a check-in rhythm."</p> })}
        </div>
    }
}
