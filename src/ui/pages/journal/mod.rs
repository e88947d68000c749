//! The journal: wins (dated evidence of progress) and notes from coaching sessions,
//! newest first, filtered by goal. Arriving from a finished milestone
//! (`?win_goal=…&win_milestone=…`) opens a win already filled in, with a short celebration.
//! Setbacks have their own part below (`setbacks`).

mod entries;
mod session;
mod setback_action;
mod setbacks;
mod win;

use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};
use waymark_core::forms::{date_text, default_due};
use waymark_core::goals;
use waymark_core::journal::{Entry, WinDraft};
use waymark_core::paging;

use crate::store::{clock, state::use_app};
use crate::ui::components::{focus_soon, linked_id, EmptyState, Icon, Later, PageHeader, A};
use crate::ui::pages::checkins::goal_label;
use entries::{EntryView, Row};
use session::{save_session, session_form, SessionFormView, SessionText};
use win::{save_win, win_form, WinFormView, WinText};

const PAGE: usize = 15;

/// What the link from a finished milestone asks for.
#[derive(Clone, PartialEq)]
enum MilestoneOffer {
    /// Not logged yet: the form is open and filled in.
    Celebrate { title: String },
    /// A win for it is already in the journal.
    AlreadyLogged { title: String },
}

#[component]
pub fn JournalPage() -> impl IntoView {
    let app = use_app();
    let query = use_query_map();
    let navigate = use_navigate();
    let win = win_form();
    let session = session_form();
    let win_open = RwSignal::new(false);
    let session_open = RwSignal::new(false);
    let filter = RwSignal::new(String::new());
    // A link to one win (`#win-…`, from a story or the evidence page) draws enough of
    // the list to include it.
    let linked = linked_id("win-").and_then(|id| {
        app.workbook.with_untracked(|wb| {
            wb.journal
                .entries_newest_first(None)
                .iter()
                .position(|e| matches!(e, Entry::Win(w) if w.id == id))
        })
    });
    let shown = RwSignal::new(paging::shown_to_include(linked, PAGE));

    // A link from a finished milestone: offer the win once, filled in.
    let offer = RwSignal::new(None::<MilestoneOffer>);
    let (goal_q, milestone_q) =
        query.with_untracked(|q| (q.get("win_goal"), q.get("win_milestone")));
    if let (Some(goal_id), Some(milestone_id)) = (goal_q, milestone_q) {
        let found = app.workbook.with_untracked(|wb| {
            goals::find_goal(&wb.goals, &goal_id)
                .and_then(|g| g.milestones.iter().find(|m| m.id == milestone_id))
                .map(|m| {
                    (
                        m.title.clone(),
                        wb.journal.has_win_for_milestone(&milestone_id),
                    )
                })
        });
        match found {
            Some((title, true)) => offer.set(Some(MilestoneOffer::AlreadyLogged { title })),
            Some((title, false)) => {
                win.fields.set(WinText::from(WinDraft::for_milestone(
                    &goal_id,
                    &milestone_id,
                    &title,
                    clock::today(),
                )));
                win_open.set(true);
                offer.set(Some(MilestoneOffer::Celebrate { title }));
                focus_soon("celebrate-title");
            }
            None => {}
        }
    }
    // Forms left unfinished on an earlier visit open again as they were (a win offered
    // by a finished milestone's link comes first).
    let mut restored = false;
    if offer.with_untracked(Option::is_none) && win.restore() {
        win_open.set(true);
        restored = true;
    }
    if session.restore() {
        session_open.set(true);
        restored = true;
    }
    if restored {
        app.tell("What you were writing is just as you left it.");
    }
    win.keep();
    session.keep();

    let goal_options = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.goals
                .iter()
                .map(|g| (g.id.clone(), goal_label(&g.title)))
                .collect::<Vec<_>>()
        })
    });
    // The filter offers the goals that have wins (and the one chosen, should its last win
    // go): hundreds of goals would be hundreds of options with nothing behind them.
    let filter_options = Memo::new(move |_| {
        let chosen = filter.get();
        app.workbook.with(|wb| {
            let with_wins = wb.journal.goals_with_wins();
            goal_options.with(|all| {
                all.iter()
                    .filter(|(id, _)| with_wins.contains(id.as_str()) || *id == chosen)
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    let total = Memo::new(move |_| {
        let goal = filter.get();
        app.workbook.with(|wb| {
            let goal = (!goal.is_empty()).then_some(goal.as_str());
            wb.journal.entries_newest_first(goal).len()
        })
    });
    let any_entries = Memo::new(move |_| app.workbook.with(|wb| !wb.journal.is_empty()));
    let any_wins = Memo::new(move |_| app.workbook.with(|wb| !wb.journal.wins.is_empty()));
    let rows = Memo::new(move |_| {
        let goal = filter.get();
        let limit = shown.get();
        app.workbook.with(|wb| {
            let goal = (!goal.is_empty()).then_some(goal.as_str());
            wb.journal
                .entries_newest_first(goal)
                .into_iter()
                .take(limit)
                .map(|e| match e {
                    Entry::Win(w) => Row::Win {
                        id: w.id.clone(),
                        date: w.date,
                        what_happened: w.what_happened.clone(),
                        what_it_shows: w.what_it_shows.clone(),
                        goal: w.goal_id.as_deref().map(|gid| {
                            let title = goals::find_goal(&wb.goals, gid)
                                .map(|g| goal_label(&g.title))
                                .unwrap_or_else(|| "A goal no longer in your workbook".into());
                            (gid.to_string(), title)
                        }),
                    },
                    Entry::Session(s) => Row::Session {
                        id: s.id.clone(),
                        date: s.date,
                        agenda: s.agenda.clone(),
                        notes: s.notes.clone(),
                        actions: s.agreed_actions.clone(),
                    },
                })
                .collect::<Vec<_>>()
        })
    });

    let save_win = {
        let navigate = navigate.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let journal = app.workbook.with_untracked(|wb| wb.journal.clone());
            let Some(journal) = save_win(win, journal) else {
                return;
            };
            let from_milestone = win.fields.with_untracked(|w| w.milestone.is_some());
            app.update(|wb| wb.journal = journal);
            win.clear(WinText::fresh());
            win_open.set(false);
            filter.set(String::new());
            app.tell("Win saved. Nicely done.");
            if from_milestone {
                offer.set(None);
                navigate(
                    "/journal",
                    NavigateOptions {
                        replace: true,
                        ..Default::default()
                    },
                );
            }
            focus_soon("entries-title");
        }
    };

    let save_session = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let records = app
            .workbook
            .with_untracked(|wb| (wb.journal.clone(), wb.checkins.clone()));
        let Some((journal, acc, action_count)) = save_session(session, records) else {
            return;
        };
        app.update(|wb| {
            wb.journal = journal;
            wb.checkins = acc;
        });
        session.clear(SessionText::fresh());
        session_open.set(false);
        filter.set(String::new());
        app.tell(match action_count {
            0 => "Session notes saved.".to_string(),
            1 => "Session notes saved. The agreed action is now a commitment on your check-ins page.".to_string(),
            n => format!("Session notes saved. The {n} agreed actions are now commitments on your check-ins page."),
        });
        focus_soon("entries-title");
    };

    let open_win = move |_| {
        win_open.set(true);
        focus_soon("win-form-title");
    };
    let open_session = move |_| {
        if session.fields.with_untracked(|s| s.due.is_empty()) {
            let due = app.workbook.with_untracked(|wb| {
                date_text(default_due(wb.checkins.plan.as_ref(), clock::today()))
            });
            session.edit(|s| s.due = due);
        }
        session_open.set(true);
        focus_soon("session-form-title");
    };

    view! {
        <div class="page accountability">
            <PageHeader
                title=crate::ui::words::pages::title("/journal")
                lead=crate::ui::words::pages::lead("/journal")
            >
                <Show when=move || !win_open.get()>
                    <button type="button" class="btn btn-primary" on:click=open_win>
                        <Icon name="star" />
                        " Log a win"
                    </button>
                </Show>
                <Show when=move || !session_open.get()>
                    <button type="button" class="btn btn-secondary" on:click=open_session>
                        <Icon name="people" />
                        " Add session notes"
                    </button>
                </Show>
            </PageHeader>

            {move || offer.get().map(|o| match o {
                MilestoneOffer::Celebrate { title } => view! {
                    <section class="card celebrate" role="status" aria-labelledby="celebrate-title">
                        <div class="celebrate-mark" aria-hidden="true"><Icon name="sparkle" /></div>
                        <div>
                            <h2 id="celebrate-title" tabindex="-1">"Milestone reached"</h2>
                            <p>
                                "You finished “" <span dir="auto">{title}</span> "”. That's real progress. "
                                "Take a moment to write down what it shows about you: it's evidence you can come back to."
                            </p>
                        </div>
                    </section>
                }.into_any(),
                MilestoneOffer::AlreadyLogged { title } => view! {
                    <section class="card message" role="status">
                        <p>
                            "You've already logged a win for “" <span dir="auto">{title}</span> "”. It's in your journal below."
                        </p>
                    </section>
                }.into_any(),
            })}

            <Show when=move || win_open.get()>
                <WinFormView form=win open=win_open goal_options=goal_options on_submit=save_win.clone() />
            </Show>
            <Show when=move || session_open.get()>
                <SessionFormView form=session open=session_open on_submit=save_session />
            </Show>

            // The entries, then the setbacks, each drawn in a task of its own (dates
            // in the reader's locale, years of entries to sort), in page order so
            // nothing moves; a new journal, whose top is kept, is drawn at once.
            <Later at_once=!any_entries.get_untracked()>
            <Show
                when=move || any_entries.get()
                fallback=|| view! {
                    <EmptyState
                        icon="book"
                        title="Your journal is empty"
                        body="Wins you log and notes from sessions with a coach gather here, newest first. Start with something small you did this week: it counts."
                    />
                }
            >
                <section class="card entries" aria-labelledby="entries-title">
                    <div class="entries-head">
                        <h2 id="entries-title" tabindex="-1">"Your entries"</h2>
                        <div class="field filter">
                            <label for="journal-filter">"Show"</label>
                            <select
                                id="journal-filter"
                                prop:value=move || filter.get()
                                on:change=move |ev| {
                                    filter.set(event_target_value(&ev));
                                    shown.set(PAGE);
                                }
                            >
                                <option value="">"Everything"</option>
                                {move || filter_options.get().into_iter().map(|(id, title)| {
                                    let selected = filter.get_untracked() == id;
                                    view! { <option value=id selected=selected dir="auto">{format!("Wins for: {title}")}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    </div>
                    <Show when=move || any_wins.get()>
                        <p class="entries-evidence">
                            <A href="/stories/evidence"><Icon name="chart" />" See what your wins show, skill by skill"</A>
                        </p>
                    </Show>
                    <Show when=move || filter.with(|f| !f.is_empty())>
                        <p class="muted">"Session notes aren't tied to one goal, so they're hidden while you look at one goal's wins."</p>
                    </Show>
                    <Show
                        when=move || { total.get() > 0 }
                        fallback=|| view! { <p class="muted">"No wins for this goal yet. When something moves it forward, however small, log it here."</p> }
                    >
                        <ol class="entry-list">
                            <For each=move || rows.get() key=Row::key let:row>
                                <EntryView row=row />
                            </For>
                        </ol>
                    </Show>
                    <Show when=move || { total.get() > shown.get() }>
                        <button type="button" class="btn btn-quiet" on:click=move |_| shown.update(|n| *n += PAGE)>
                            {move || format!("Show older entries ({} more)", total.get().saturating_sub(shown.get()))}
                        </button>
                    </Show>
                </section>
            </Show>
            </Later>
            <Later at_once=!any_entries.get_untracked()><setbacks::SetbacksPart /></Later>
        </div>
    }
}
