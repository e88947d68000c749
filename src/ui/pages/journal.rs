//! The journal: wins (dated evidence of progress) and notes from coaching sessions,
//! newest first, filtered by goal. Arriving from a finished milestone
//! (`?win_goal=…&win_milestone=…`) opens a win already filled in, with a short celebration.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};
use waymark_core::goals;

use crate::ui::components::A;
use waymark_core::journal::{self, prefix, Entry, Problem, SessionDraft, WinDraft};

use super::checkins::{
    default_due, focus_soon, goal_href, goal_label, input_date, nice_date, parse_date,
};
use crate::store::{clock, drafts, ids::new_id, state::use_app};
use crate::ui::components::{EmptyState, Icon, PageHeader};
use serde::{Deserialize, Serialize};

const PAGE: usize = 15;

/// What the link from a finished milestone asks for.
#[derive(Clone, PartialEq)]
enum MilestoneOffer {
    /// Not logged yet: the form is open and filled in.
    Celebrate { title: String },
    /// A win for it is already in the journal.
    AlreadyLogged { title: String },
}

/// The journal's unfinished forms as kept on this device between visits.
#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
struct KeptWin {
    date: String,
    what_happened: String,
    what_it_shows: String,
    goal: String,
    milestone: Option<String>,
}

#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
struct KeptSession {
    date: String,
    agenda: String,
    notes: String,
    actions: Vec<String>,
    due: String,
}

#[derive(Clone, Copy)]
struct WinForm {
    date: RwSignal<String>,
    what_happened: RwSignal<String>,
    what_it_shows: RwSignal<String>,
    goal: RwSignal<String>,
    milestone: RwSignal<Option<String>>,
    date_error: RwSignal<Option<String>>,
    text_error: RwSignal<Option<String>>,
    other_errors: RwSignal<Vec<String>>,
}

impl WinForm {
    fn new() -> Self {
        WinForm {
            date: RwSignal::new(input_date(clock::today())),
            what_happened: RwSignal::new(String::new()),
            what_it_shows: RwSignal::new(String::new()),
            goal: RwSignal::new(String::new()),
            milestone: RwSignal::new(None),
            date_error: RwSignal::new(None),
            text_error: RwSignal::new(None),
            other_errors: RwSignal::new(Vec::new()),
        }
    }

    fn fill(&self, draft: WinDraft) {
        self.date.set(input_date(draft.date));
        self.what_happened.set(draft.what_happened);
        self.what_it_shows.set(draft.what_it_shows);
        self.goal.set(draft.goal_id.unwrap_or_default());
        self.milestone.set(draft.milestone_id);
    }

    fn clear_errors(&self) {
        self.date_error.set(None);
        self.text_error.set(None);
        self.other_errors.set(Vec::new());
    }

    fn snapshot(&self) -> (KeptWin, bool) {
        let kept = KeptWin {
            date: self.date.get(),
            what_happened: self.what_happened.get(),
            what_it_shows: self.what_it_shows.get(),
            goal: self.goal.get(),
            milestone: self.milestone.get(),
        };
        let empty = kept.what_happened.trim().is_empty() && kept.what_it_shows.trim().is_empty();
        (kept, empty)
    }

    /// Puts back an unsaved win from an earlier visit; true when there was one.
    fn restore(&self) -> bool {
        let Some(kept) = drafts::load::<KeptWin>("win") else {
            return false;
        };
        self.date.set(kept.date);
        self.what_happened.set(kept.what_happened);
        self.what_it_shows.set(kept.what_it_shows);
        self.goal.set(kept.goal);
        self.milestone.set(kept.milestone);
        true
    }

    fn clear(&self) {
        self.fill(WinDraft {
            date: clock::today(),
            ..Default::default()
        });
        self.clear_errors();
    }

    fn has_errors(&self) -> bool {
        self.date_error.with_untracked(Option::is_some)
            || self.text_error.with_untracked(Option::is_some)
            || self.other_errors.with_untracked(|e| !e.is_empty())
    }
}

#[derive(Clone, Copy)]
struct SessionForm {
    date: RwSignal<String>,
    agenda: RwSignal<String>,
    notes: RwSignal<String>,
    actions: RwSignal<Vec<(u32, RwSignal<String>)>>,
    next_key: StoredValue<u32>,
    due: RwSignal<String>,
    date_error: RwSignal<Option<String>>,
    due_error: RwSignal<Option<String>>,
    errors: RwSignal<Vec<String>>,
}

impl SessionForm {
    fn new() -> Self {
        let form = SessionForm {
            date: RwSignal::new(input_date(clock::today())),
            agenda: RwSignal::new(String::new()),
            notes: RwSignal::new(String::new()),
            actions: RwSignal::new(Vec::new()),
            next_key: StoredValue::new(1),
            due: RwSignal::new(String::new()),
            date_error: RwSignal::new(None),
            due_error: RwSignal::new(None),
            errors: RwSignal::new(Vec::new()),
        };
        form.add_action();
        form
    }

    fn add_action(&self) -> u32 {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        self.actions
            .update(|a| a.push((key, RwSignal::new(String::new()))));
        key
    }

    fn snapshot(&self) -> (KeptSession, bool) {
        let kept = KeptSession {
            date: self.date.get(),
            agenda: self.agenda.get(),
            notes: self.notes.get(),
            actions: self.actions.get().iter().map(|(_, a)| a.get()).collect(),
            due: self.due.get(),
        };
        let empty = kept.agenda.trim().is_empty()
            && kept.notes.trim().is_empty()
            && kept.actions.iter().all(|a| a.trim().is_empty());
        (kept, empty)
    }

    /// Puts back unsaved session notes from an earlier visit; true when there were some.
    fn restore(&self) -> bool {
        let Some(kept) = drafts::load::<KeptSession>("session") else {
            return false;
        };
        self.date.set(kept.date);
        self.agenda.set(kept.agenda);
        self.notes.set(kept.notes);
        self.due.set(kept.due);
        self.actions.set(Vec::new());
        for text in kept.actions {
            let key = self.add_action();
            if let Some((_, row)) = self
                .actions
                .with_untracked(|a| a.iter().find(|(k, _)| *k == key).copied())
            {
                row.set(text);
            }
        }
        if self.actions.with_untracked(Vec::is_empty) {
            self.add_action();
        }
        true
    }

    fn clear(&self) {
        self.date.set(input_date(clock::today()));
        self.agenda.set(String::new());
        self.notes.set(String::new());
        self.actions.set(Vec::new());
        self.add_action();
        self.date_error.set(None);
        self.due_error.set(None);
        self.errors.set(Vec::new());
    }
}

#[derive(Clone, PartialEq)]
enum Row {
    Win {
        id: String,
        date: NaiveDate,
        what_happened: String,
        what_it_shows: String,
        goal: Option<(String, String)>,
    },
    Session {
        id: String,
        date: NaiveDate,
        agenda: String,
        notes: String,
        actions: Vec<String>,
    },
}

impl Row {
    fn key(&self) -> String {
        match self {
            Row::Win { id, .. } => format!("w:{id}"),
            Row::Session { id, .. } => format!("s:{id}"),
        }
    }
}

#[component]
pub fn JournalPage() -> impl IntoView {
    let app = use_app();
    let query = use_query_map();
    let navigate = use_navigate();
    let win = WinForm::new();
    let session = SessionForm::new();
    let win_open = RwSignal::new(false);
    let session_open = RwSignal::new(false);
    let filter = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE);

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
                win.fill(WinDraft::for_milestone(
                    &goal_id,
                    &milestone_id,
                    &title,
                    clock::today(),
                ));
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
    drafts::keep("win", move || win.snapshot());
    drafts::keep("session", move || session.snapshot());

    let goal_options = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.goals
                .iter()
                .map(|g| (g.id.clone(), goal_label(&g.title)))
                .collect::<Vec<_>>()
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
            win.clear_errors();
            let date = parse_date(&win.date.get_untracked());
            if date.is_none() {
                win.date_error
                    .set(Some("Pick the date of this win.".into()));
            }
            let draft = WinDraft {
                date: date.unwrap_or_else(clock::today),
                what_happened: win.what_happened.get_untracked(),
                what_it_shows: win.what_it_shows.get_untracked(),
                goal_id: Some(win.goal.get_untracked()).filter(|g| !g.is_empty()),
                milestone_id: win.milestone.get_untracked(),
            };
            let mut journal = app.workbook.with_untracked(|wb| wb.journal.clone());
            if let Err(problems) = journal.add_win(new_id(prefix::WIN), draft, clock::now()) {
                for p in problems {
                    let message = p.to_string();
                    match p {
                        Problem::EmptyWin => win.text_error.set(Some(message)),
                        Problem::FutureDate(_) => win.date_error.set(Some(message)),
                        _ => win.other_errors.update(|e| e.push(message)),
                    }
                }
            }
            if win.has_errors() {
                focus_soon("win-problems");
                return;
            }
            let from_milestone = win.milestone.get_untracked().is_some();
            app.update(|wb| wb.journal = journal);
            win.clear();
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
        session.date_error.set(None);
        session.due_error.set(None);
        session.errors.set(Vec::new());
        let today = clock::today();
        let date = parse_date(&session.date.get_untracked());
        if date.is_none() {
            session
                .date_error
                .set(Some("Pick the date of this session.".into()));
        }
        let actions: Vec<String> = session
            .actions
            .get_untracked()
            .iter()
            .map(|(_, a)| a.get_untracked())
            .collect();
        let action_count = actions.iter().filter(|a| !a.trim().is_empty()).count();
        let due = parse_date(&session.due.get_untracked());
        if due.is_none() && action_count > 0 {
            session
                .due_error
                .set(Some("Pick when the agreed actions are due.".into()));
        }
        let draft = SessionDraft {
            date: date.unwrap_or(today),
            agenda: session.agenda.get_untracked(),
            notes: session.notes.get_untracked(),
            agreed_actions: actions,
        };
        let ids: Vec<String> = (0..action_count)
            .map(|_| new_id(waymark_core::checkins::prefix::COMMITMENT))
            .collect();
        let (mut journal, mut acc) = app
            .workbook
            .with_untracked(|wb| (wb.journal.clone(), wb.checkins.clone()));
        if let Err(problems) = journal::record_session_note(
            &mut journal,
            &mut acc,
            new_id(prefix::SESSION),
            draft,
            &ids,
            due.unwrap_or(today),
            clock::now(),
        ) {
            for p in problems {
                let message = p.to_string();
                match p {
                    Problem::FutureDate(_) => session.date_error.set(Some(message)),
                    _ => session.errors.update(|e| e.push(message)),
                }
            }
        }
        let failed = session.date_error.with_untracked(Option::is_some)
            || session.due_error.with_untracked(Option::is_some)
            || session.errors.with_untracked(|e| !e.is_empty());
        if failed {
            focus_soon("session-problems");
            return;
        }
        app.update(|wb| {
            wb.journal = journal;
            wb.checkins = acc;
        });
        session.clear();
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
        if session.due.with_untracked(String::is_empty) {
            let due = app.workbook.with_untracked(|wb| {
                input_date(default_due(wb.checkins.plan.as_ref(), clock::today()))
            });
            session.due.set(due);
        }
        session_open.set(true);
        focus_soon("session-form-title");
    };

    view! {
        <div class="page accountability">
            <PageHeader
                title="Journal"
                lead="Your wins, big and small, and notes from coaching sessions. Looking back at real progress is one of the best ways to grow your confidence."
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
                                {move || goal_options.get().into_iter().map(|(id, title)| {
                                    let selected = filter.get_untracked() == id;
                                    view! { <option value=id selected=selected dir="auto">{format!("Wins for: {title}")}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    </div>
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
        </div>
    }
}

/// The list of what stops a form from saving, shown above it; nothing when all is well.
#[component]
fn ProblemSummary(#[prop(into)] id: String, problems: Signal<Vec<String>>) -> impl IntoView {
    view! {
        <Show when=move || problems.with(|p| !p.is_empty())>
            <div id=id.clone() class="message message-error" role="alert" tabindex="-1">
                <strong>"Before saving:"</strong>
                <ul>{move || problems.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                <p>"Everything you typed is still here."</p>
            </div>
        </Show>
    }
}

#[component]
fn ErrorLine(#[prop(into)] id: String, message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p id=id class="field-error">
            {move || message.get().map(|m| view! { <Icon name="warn" /> " " {m} })}
        </p>
    }
}

#[component]
fn WinFormView<F>(
    form: WinForm,
    open: RwSignal<bool>,
    goal_options: Memo<Vec<(String, String)>>,
    on_submit: F,
) -> impl IntoView
where
    F: Fn(leptos::ev::SubmitEvent) + 'static,
{
    let summary = move || {
        let mut all = Vec::new();
        all.extend(form.date_error.get());
        all.extend(form.text_error.get());
        all.extend(form.other_errors.get());
        all
    };
    view! {
        <section class="card journal-form" aria-labelledby="win-form-title">
            <h2 id="win-form-title" tabindex="-1">"Log a win"</h2>
            <p class="muted">"Anything that moved you forward counts: a conversation, a draft, a brave email, a lesson learned."</p>
            <form on:submit=on_submit novalidate>
                <ProblemSummary id="win-problems" problems=Signal::derive(summary) />
                <div class="field">
                    <label for="win-date">"When"</label>
                    <input
                        id="win-date"
                        type="date"
                        aria-describedby="win-date-error"
                        aria-invalid=move || form.date_error.with(Option::is_some).to_string()
                        prop:value=move || form.date.get()
                        on:input=move |ev| form.date.set(event_target_value(&ev))
                    />
                    <ErrorLine id="win-date-error" message=Signal::derive(move || form.date_error.get()) />
                </div>
                <div class="field">
                    <label for="win-what">"What happened?"</label>
                    <textarea
                        id="win-what"
                        rows="3"
                        dir="auto"
                        aria-describedby="win-what-error"
                        aria-invalid=move || form.text_error.with(Option::is_some).to_string()
                        prop:value=move || form.what_happened.get()
                        on:input=move |ev| form.what_happened.set(event_target_value(&ev))
                    ></textarea>
                    <ErrorLine id="win-what-error" message=Signal::derive(move || form.text_error.get()) />
                </div>
                <div class="field">
                    <label for="win-shows">"What does it show about you? " <span class="optional">"(optional)"</span></label>
                    <input
                        id="win-shows"
                        type="text"
                        dir="auto"
                        maxlength="300"
                        aria-describedby="win-shows-hint"
                        prop:value=move || form.what_it_shows.get()
                        on:input=move |ev| form.what_it_shows.set(event_target_value(&ev))
                    />
                    <p id="win-shows-hint" class="hint">"A skill, a strength or a quality, such as patience, courage or clear writing."</p>
                </div>
                <div class="field">
                    <label for="win-goal">"For a goal " <span class="optional">"(optional)"</span></label>
                    <select
                        id="win-goal"
                        prop:value=move || form.goal.get()
                        on:change=move |ev| form.goal.set(event_target_value(&ev))
                    >
                        <option value="">"No particular goal"</option>
                        {move || goal_options.get().into_iter().map(|(id, title)| {
                            let selected = form.goal.get_untracked() == id;
                            view! { <option value=id selected=selected dir="auto">{title}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="actions">
                    <button type="submit" class="btn btn-primary">"Save win"</button>
                    <button type="button" class="btn btn-quiet" on:click=move |_| {
                        open.set(false);
                        focus_soon("main");
                    }>"Not now"</button>
                </div>
            </form>
        </section>
    }
}

#[component]
fn SessionFormView<F>(form: SessionForm, open: RwSignal<bool>, on_submit: F) -> impl IntoView
where
    F: Fn(leptos::ev::SubmitEvent) + 'static,
{
    let summary = move || {
        let mut all = Vec::new();
        all.extend(form.date_error.get());
        all.extend(form.errors.get());
        all.extend(form.due_error.get());
        all
    };
    let add = move |_| {
        let key = form.add_action();
        request_animation_frame(move || {
            use wasm_bindgen::JsCast;
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&format!("action-{key}")))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        });
    };
    view! {
        <section class="card journal-form" aria-labelledby="session-form-title">
            <h2 id="session-form-title" tabindex="-1">"Session notes"</h2>
            <p class="muted">"For sessions with a coach or mentor. Actions you agree on become commitments you'll look back at in your next check-in."</p>
            <form on:submit=on_submit novalidate>
                <ProblemSummary id="session-problems" problems=Signal::derive(summary) />
                <div class="field">
                    <label for="session-date">"Date of the session"</label>
                    <input
                        id="session-date"
                        type="date"
                        aria-describedby="session-date-error"
                        aria-invalid=move || form.date_error.with(Option::is_some).to_string()
                        prop:value=move || form.date.get()
                        on:input=move |ev| form.date.set(event_target_value(&ev))
                    />
                    <ErrorLine id="session-date-error" message=Signal::derive(move || form.date_error.get()) />
                </div>
                <div class="field">
                    <label for="session-agenda">"What you planned to talk about"</label>
                    <textarea id="session-agenda" rows="2" dir="auto"
                        prop:value=move || form.agenda.get()
                        on:input=move |ev| form.agenda.set(event_target_value(&ev))
                    ></textarea>
                </div>
                <div class="field">
                    <label for="session-notes">"Notes"</label>
                    <textarea id="session-notes" rows="4" dir="auto"
                        prop:value=move || form.notes.get()
                        on:input=move |ev| form.notes.set(event_target_value(&ev))
                    ></textarea>
                </div>
                <fieldset class="field">
                    <legend>"Actions you agreed on"</legend>
                    <ol class="action-rows">
                        <For each=move || form.actions.get() key=|(k, _)| *k let:item>
                            {
                                let (key, text) = item;
                                let position = move || form.actions.with(|a| a.iter().position(|(k, _)| *k == key).map_or(0, |i| i + 1));
                                view! {
                                    <li class="action-row">
                                        <label for=format!("action-{key}") class="visually-hidden">{move || format!("Agreed action {}", position())}</label>
                                        <input
                                            id=format!("action-{key}")
                                            type="text"
                                            dir="auto"
                                            maxlength="200"
                                            prop:value=move || text.get()
                                            on:input=move |ev| text.set(event_target_value(&ev))
                                        />
                                        <button type="button" class="btn btn-quiet" on:click=move |_| form.actions.update(|a| a.retain(|(k, _)| *k != key))>
                                            <span class="visually-hidden">{move || format!("Remove agreed action {}", position())}</span>
                                            <span aria-hidden="true">"Remove"</span>
                                        </button>
                                    </li>
                                }
                            }
                        </For>
                    </ol>
                    <button type="button" class="btn btn-quiet" on:click=add>
                        <Icon name="plus" />
                        " Add an action"
                    </button>
                </fieldset>
                <div class="field">
                    <label for="session-due">"Agreed actions are due by"</label>
                    <input
                        id="session-due"
                        type="date"
                        aria-describedby="session-due-hint session-due-error"
                        aria-invalid=move || form.due_error.with(Option::is_some).to_string()
                        prop:value=move || form.due.get()
                        on:input=move |ev| form.due.set(event_target_value(&ev))
                    />
                    <p id="session-due-hint" class="hint">"Each action becomes a commitment due on this day."</p>
                    <ErrorLine id="session-due-error" message=Signal::derive(move || form.due_error.get()) />
                </div>
                <div class="actions">
                    <button type="submit" class="btn btn-primary">"Save session notes"</button>
                    <button type="button" class="btn btn-quiet" on:click=move |_| {
                        open.set(false);
                        focus_soon("main");
                    }>"Not now"</button>
                </div>
            </form>
        </section>
    }
}

#[component]
fn EntryView(row: Row) -> impl IntoView {
    match row {
        Row::Win {
            id,
            date,
            what_happened,
            what_it_shows,
            goal,
        } => view! {
            <li class="entry entry-win" id=format!("win-{id}")>
                <article aria-label=format!("Win on {}", nice_date(date))>
                    <p class="entry-kind"><Icon name="star" />" Win · " <time datetime=input_date(date)>{nice_date(date)}</time></p>
                    <p class="entry-text" dir="auto">{what_happened}</p>
                    {(!what_it_shows.is_empty()).then(|| view! {
                        <p class="entry-shows"><span class="muted">"What it shows: "</span><span dir="auto">{what_it_shows}</span></p>
                    })}
                    {goal.map(|(gid, title)| view! {
                        <p class="item-meta">"Goal: " <A href=goal_href(&gid)><span dir="auto">{title}</span></A></p>
                    })}
                </article>
            </li>
        }
        .into_any(),
        Row::Session {
            id,
            date,
            agenda,
            notes,
            actions,
        } => view! {
            <li class="entry entry-session" id=format!("session-{id}")>
                <article aria-label=format!("Session notes from {}", nice_date(date))>
                    <p class="entry-kind"><Icon name="people" />" Coaching session · " <time datetime=input_date(date)>{nice_date(date)}</time></p>
                    {(!agenda.is_empty()).then(|| view! {
                        <p><span class="muted">"Agenda: "</span><span dir="auto" class="pre">{agenda}</span></p>
                    })}
                    {(!notes.is_empty()).then(|| view! { <p class="entry-text pre" dir="auto">{notes}</p> })}
                    {(!actions.is_empty()).then(|| view! {
                        <p class="muted">"Agreed actions (now commitments):"</p>
                        <ul class="plain-list">
                            {actions.into_iter().map(|a| view! { <li dir="auto">{a}</li> }).collect_view()}
                        </ul>
                    })}
                </article>
            </li>
        }
        .into_any(),
    }
}
