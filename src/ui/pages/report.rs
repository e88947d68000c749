//! Report: the whole workbook on one printable page (print or save as PDF), and the
//! same content as a Markdown file for notes apps. Both come from `core::report`.

use leptos::prelude::*;
use waymark_core::report::{self, Block, GoalBlock};

use crate::store::{clock, files, locale, state::use_app};
use crate::ui::components::{EmptyState, Icon, ProgressBar};
use crate::ui::words::show_headline;

#[component]
pub fn ReportPage() -> impl IntoView {
    let app = use_app();
    let blank = Memo::new(move |_| app.workbook.with(report::is_empty));
    // Names of the people in the job search show only when the person asks, each time.
    let named = RwSignal::new(false);
    let has_talks = Memo::new(move |_| app.workbook.with(|wb| !wb.search.conversations.is_empty()));
    let built = Memo::new(move |_| {
        let people = if named.get() {
            report::People::Named
        } else {
            report::People::Unnamed
        };
        app.workbook
            .with(|wb| report::build_for(wb, clock::today(), report::Scope::Recent, people))
    });

    let print = move |_| {
        if let Some(w) = web_sys::window() {
            if w.print().is_err() {
                app.tell("Your browser didn't open the print dialog. Try its menu: Print.");
            }
        }
    };
    let markdown = move |_| {
        let text = built.with_untracked(report::to_markdown);
        let name = report::markdown_file_name(clock::today());
        match files::download(&name, "text/markdown", &text) {
            Ok(()) => app.tell(format!("Downloaded {name}.")),
            Err(e) => app.tell(e),
        }
    };

    view! {
        <div class="page report">
            <header class="page-header no-print">
                <h1>"Report"</h1>
                <p class="lead">
                    "Your workbook on one page, to print, save as a PDF, or share with a coach. Only you decide who sees it."
                </p>
                <div class="page-actions">
                    <button class="btn btn-primary" on:click=print disabled=move || blank.get()>
                        <Icon name="print" />
                        " Print or save as PDF"
                    </button>
                    <button class="btn btn-secondary" on:click=markdown disabled=move || blank.get()>
                        <Icon name="save" />
                        " Download as Markdown"
                    </button>
                </div>
                <Show when=move || has_talks.get()>
                    <label class="choice report-names">
                        <input
                            type="checkbox"
                            prop:checked=move || named.get()
                            on:change=move |ev| named.set(event_target_checked(&ev))
                        />
                        " Include the names of people I talked with"
                    </label>
                </Show>
            </header>
            <Show
                when=move || !blank.get()
                fallback=|| view! {
                    <EmptyState
                        icon="print"
                        title="Nothing to print yet"
                        body="Once you've taken an exercise or set a goal, a tidy summary will be ready here to print or save as a PDF."
                        action_href="/discover"
                        action_label="Start with Discover"
                    />
                }
            >
                <article class="report-sheet card" aria-label="Workbook report">
                    {move || {
                        let r = built.get();
                        view! {
                            <header class="report-title">
                                <h2 dir="auto">{r.title.clone()}</h2>
                                <p class="muted">{format!("Written by Waymark on {}", locale::long_date(r.generated_on))}</p>
                            </header>
                            {r.sections
                                .into_iter()
                                .map(|s| view! {
                                    <section class="report-section">
                                        <h3>{s.heading}</h3>
                                        {s.blocks.into_iter().map(render_block).collect_view()}
                                    </section>
                                })
                                .collect_view()}
                        }
                    }}
                </article>
            </Show>
        </div>
    }
}

pub(crate) fn render_block(block: Block) -> AnyView {
    match block {
        Block::Text(t) => view! { <p dir="auto">{t}</p> }.into_any(),
        Block::Fact(label, value) => view! {
            <p class="fact"><strong>{label}": "</strong><span dir="auto">{show_headline(&value)}</span></p>
        }
        .into_any(),
        Block::List(items) => view! {
            <ul>{items.into_iter().map(|i| view! { <li dir="auto">{i}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Block::Dated(items) => view! {
            <ul>
                {items.into_iter().map(|(date, text)| view! {
                    <li>
                        <time datetime=date.to_string()>{locale::medium_date(date)}</time>
                        ": "
                        <span dir="auto">{text}</span>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any(),
        Block::Entry { date, lines } => view! {
            <div class="report-entry">
                <h4><time datetime=date.to_string()>{locale::full_date(date)}</time></h4>
                <ul>{lines.into_iter().map(|l| view! { <li dir="auto">{l}</li> }).collect_view()}</ul>
            </div>
        }
        .into_any(),
        Block::Goal(g) => render_goal(g),
    }
}

fn render_goal(g: GoalBlock) -> AnyView {
    let facts = {
        let mut f = vec![g.status.clone()];
        if let Some(d) = g.deadline {
            f.push(format!("by {}", locale::medium_date(d)));
        }
        f.join(" · ")
    };
    view! {
        <div class="report-goal">
            <h4 dir="auto">{g.title.clone()}</h4>
            <p class="muted">{facts}</p>
            {g.progress.map(|p| view! {
                <ProgressBar
                    fraction=Signal::derive(move || f64::from(p) / 100.0)
                    label=Signal::derive(move || format!("{} done", locale::percent(f64::from(p) / 100.0)))
                />
            })}
            {(!g.outcome.trim().is_empty()).then(|| view! { <p dir="auto">{g.outcome.clone()}</p> })}
            {(!g.why.is_empty()).then(|| view! {
                <p class="fact"><strong>"Why it matters: "</strong><span dir="auto">{g.why.join(", ")}</span></p>
            })}
            {(!g.milestones.is_empty()).then(|| view! {
                <ul class="report-milestones">
                    {g.milestones.into_iter().map(|m| {
                        let due = m.due.map(|d| format!(" — due {}", locale::medium_date(d))).unwrap_or_default();
                        view! {
                            <li class:done=m.done>
                                <span class="mark" aria-hidden="true">{if m.done { "✓" } else { "○" }}</span>
                                <span dir="auto">{m.title}</span>
                                <span class="muted">{format!(" ({}){due}", m.status)}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            {(!g.plans.is_empty()).then(|| view! {
                <ul class="report-plans">{g.plans.into_iter().map(|p| view! { <li dir="auto">{p}</li> }).collect_view()}</ul>
            })}
        </div>
    }
    .into_any()
}
