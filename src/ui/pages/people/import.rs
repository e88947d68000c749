//! Bringing in LinkedIn connections: pick `Connections.csv`, see what would be added and
//! what skipped, import, and undo it in one step. A file that can't be read changes
//! nothing and says which line is wrong.

use leptos::prelude::*;
use waymark_core::search::csv::{plan_import, read_connections, ImportPlan};
use waymark_core::search::{prefix, Contact};

use crate::store::{clock, files, ids::new_id, locale, state::use_app};
use crate::ui::components::focus_soon;
use crate::ui::words::people as words;

#[derive(Clone)]
enum Step {
    Idle,
    Reading,
    Failed { file: String, message: String },
    Preview { file: String, plan: ImportPlan },
}

#[component]
pub fn LinkedInImport() -> impl IntoView {
    let app = use_app();
    let step = RwSignal::new(Step::Idle);
    // The contacts as they were before the last import, for its Undo.
    let before = RwSignal::new(None::<(Vec<Contact>, usize)>);

    let on_pick = move |ev: leptos::ev::Event| {
        let Some(file) = crate::ui::components::picked_files(&ev).into_iter().next() else {
            return;
        };
        let name = file.name();
        step.set(Step::Reading);
        leptos::task::spawn_local(async move {
            let next = match files::read_text(file).await {
                Err(message) => Step::Failed {
                    file: name,
                    message,
                },
                Ok(text) => match read_connections(&text) {
                    Err(e) => Step::Failed {
                        file: name,
                        message: words::import_error(&locale::current(), &e),
                    },
                    Ok(people) => {
                        let plan = app
                            .workbook
                            .with_untracked(|wb| plan_import(people, &wb.search.contacts));
                        Step::Preview { file: name, plan }
                    }
                },
            };
            step.set(next);
            focus_soon("linkedin-result");
        });
    };

    let confirm = move |_| {
        let Step::Preview { plan, .. } = step.get_untracked() else {
            return;
        };
        let count = plan.new.len();
        let now = clock::now();
        let previous = app.workbook.with_untracked(|wb| wb.search.contacts.clone());
        let added: Vec<Contact> = plan
            .new
            .into_iter()
            .map(|p| {
                p.into_contact(
                    new_id(prefix::CONTACT),
                    words::LINKEDIN_HOW_WE_MET.into(),
                    now,
                )
            })
            .collect();
        app.update(|wb| wb.search.contacts.extend(added));
        before.set(Some((previous, count)));
        step.set(Step::Idle);
        app.tell(format!(
            "Added {} from LinkedIn.",
            crate::ui::words::count_of(&locale::current(), count, "contact", "contacts")
        ));
        focus_soon("undo-linkedin");
    };

    let undo = Callback::new(move |_: ()| {
        if let Some((previous, _)) = before.get_untracked() {
            app.update(|wb| wb.search.contacts = previous);
            before.set(None);
            app.tell("Import undone. Your contacts are as they were before.");
            focus_soon("linkedin-file");
        }
    });

    view! {
        <section class="card" aria-labelledby="linkedin-title">
            <h2 id="linkedin-title">"Bring in your LinkedIn connections"</h2>
            <p>
                "On LinkedIn, ask for a copy of your data (Settings, then Data privacy, then “Get a copy of your data”) and choose Connections. "
                "Pick the Connections.csv file from the download here. You'll see what would be added before anything changes, and people already in your contacts are skipped."
            </p>
            <div class="field">
                <label for="linkedin-file">"Connections file"</label>
                <input id="linkedin-file" type="file" accept=".csv,text/csv" on:change=on_pick />
            </div>
            <div id="linkedin-result" tabindex="-1">
                {move || match step.get() {
                    Step::Idle => ().into_any(),
                    Step::Reading => view! { <p role="status">"Reading the file…"</p> }.into_any(),
                    Step::Failed { file, message } => view! {
                        <div class="message message-error" role="alert" data-testid="linkedin-error">
                            <strong dir="auto">{format!("{file} wasn't imported.")}</strong>
                            <p>{message}</p>
                            <p>"Your contacts haven't changed."</p>
                        </div>
                    }.into_any(),
                    Step::Preview { file, plan } => {
                        let nothing = plan.new.is_empty();
                        let sample: Vec<String> = plan.new.iter().take(5).map(|p| {
                            if p.organisation.is_empty() { p.name.clone() } else { format!("{} ({})", p.name, p.organisation) }
                        }).collect();
                        let more = plan.new.len().saturating_sub(sample.len());
                        view! {
                            <div class="preview" role="region" aria-label="What the file would add">
                                <h3 dir="auto">{format!("In {file}")}</h3>
                                <p data-testid="linkedin-preview">{words::import_preview(&locale::current(), &plan)}</p>
                                {(!sample.is_empty()).then(|| view! {
                                    <ul class="people-sample">
                                        {sample.into_iter().map(|s| view! { <li dir="auto">{s}</li> }).collect_view()}
                                        {(more > 0).then(|| view! { <li class="muted">{format!("and {} more", locale::count(more))}</li> })}
                                    </ul>
                                })}
                                <div class="actions">
                                    {(!nothing).then(|| view! {
                                        <button class="btn btn-primary" on:click=confirm>"Add them to my contacts"</button>
                                    })}
                                    <button class="btn btn-quiet" on:click=move |_| { step.set(Step::Idle); focus_soon("linkedin-file"); }>
                                        {if nothing { "Close" } else { "Cancel" }}
                                    </button>
                                </div>
                            </div>
                        }.into_any()
                    }
                }}
            </div>
            {move || before.get().map(|(_, count)| view! {
                <super::UndoBar
                    id="undo-linkedin"
                    message=format!("Added {} from LinkedIn.", crate::ui::words::count_of(&locale::current(), count, "contact", "contacts"))
                    label="Undo import"
                    on_undo=undo
                />
            })}
        </section>
    }
}
