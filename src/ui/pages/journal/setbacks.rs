//! The journal's setbacks: writing one down (what happened, how it felt, what I learned,
//! what I'll try next, a reframe, and the belief or application it touched), editing and
//! deleting it with Undo, and turning it into a commitment or an adjusted milestone.
//! Arriving with `?setback_app=<id>` (an application closed as rejected) opens the form
//! linked to that application.

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::discover::Outcome;
use waymark_core::forms::{date_text, default_due, parse_date};
use waymark_core::paging;
use waymark_core::setbacks::{self, Problem, Setback, SetbackDraft};

use super::setback_action::{ActionForm, ActionText};
use crate::store::{clock, ids::new_id, locale, state::use_app};
use crate::ui::components::fields::{
    ChoiceField, DateField, FormActions, LongTextField, ProblemSummary, TextField,
};
use crate::ui::components::{focus_soon, linked_id, Icon, ShowMore, UndoBar, A};
use crate::ui::form::{Draft, Form, Problems};
use crate::ui::pages::checkins::{goal_href, input_date, nice_date};
use crate::ui::words::agenda::role_at;
use crate::ui::words::setbacks as words;

/// A setback as typed; `editing` names the setback being changed, if any.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct SetbackText {
    pub date: String,
    pub what_happened: String,
    pub how_it_felt: String,
    pub learned: String,
    pub try_next: String,
    pub reframe: String,
    pub belief: String,
    pub application: String,
    pub editing: Option<String>,
}

impl Draft for SetbackText {
    const KEY: &'static str = "setback";
    fn is_blank(&self) -> bool {
        [
            &self.what_happened,
            &self.how_it_felt,
            &self.learned,
            &self.try_next,
            &self.reframe,
        ]
        .iter()
        .all(|t| t.trim().is_empty())
    }
}

impl SetbackText {
    pub fn fresh() -> Self {
        SetbackText {
            date: date_text(clock::today()),
            ..Default::default()
        }
    }

    fn of(s: &Setback) -> Self {
        let d = s.draft();
        SetbackText {
            date: date_text(d.date),
            what_happened: d.what_happened,
            how_it_felt: d.how_it_felt,
            learned: d.learned,
            try_next: d.try_next,
            reframe: d.reframe,
            belief: d.belief,
            application: d.application_id.unwrap_or_default(),
            editing: Some(s.id.clone()),
        }
    }
}

/// Saves the form into a copy of the setbacks; on a problem, says what and where.
fn save(form: Form<SetbackText>, mut list: Vec<Setback>) -> Option<Vec<Setback>> {
    let typed = form.value();
    let mut problems = Problems::default();
    let date = parse_date(&typed.date);
    if date.is_none() {
        problems.add("setback-date", words::PICK_SETBACK_DATE);
    }
    let draft = SetbackDraft {
        date: date.unwrap_or_else(clock::today),
        what_happened: typed.what_happened,
        how_it_felt: typed.how_it_felt,
        learned: typed.learned,
        try_next: typed.try_next,
        reframe: typed.reframe,
        belief: typed.belief,
        application_id: Some(typed.application).filter(|a| !a.is_empty()),
    };
    let now = clock::now();
    let result = match &typed.editing {
        Some(id) => setbacks::edit_setback(&mut list, id, draft, now),
        None => setbacks::add_setback(&mut list, new_id(setbacks::PREFIX), draft, now),
    };
    if let Err(found) = result {
        let l = locale::current();
        for p in found {
            let message = words::setback_problem(&l, &p);
            match p {
                Problem::Empty => problems.add("setback-what", message),
                Problem::FutureDate(_) => problems.add("setback-date", message),
                _ => problems.add_general(message),
            }
        }
    }
    form.check(problems).then_some(list)
}

/// A setback as the list shows it, with its links resolved to names.
#[derive(Clone, PartialEq)]
struct SetbackRow {
    setback: Setback,
    application: Option<String>,
    commitment: Option<String>,
    milestone: Option<(String, String)>,
}

/// Setbacks drawn at first; older ones on request.
const PAGE: usize = 5;

/// The setbacks part of the journal.
#[component]
pub fn SetbacksPart() -> impl IntoView {
    let app = use_app();
    let form = Form::new("setback-problems", SetbackText::fresh());
    let action = Form::new("setback-action-problems", ActionText::default());
    let open = RwSignal::new(false);
    let deleted = RwSignal::new(None::<(usize, Setback)>);

    let query = leptos_router::hooks::use_query_map();
    if let Some(app_id) = query.with_untracked(|q| q.get("setback_app")) {
        let known = app
            .workbook
            .with_untracked(|wb| wb.search.applications.iter().any(|a| a.id == app_id));
        if known {
            form.clear(SetbackText {
                application: app_id,
                ..SetbackText::fresh()
            });
            open.set(true);
            focus_soon("setback-form-title");
        }
    }
    if !open.get_untracked() && form.restore() {
        open.set(true);
    }
    action.restore();
    form.keep();
    action.keep();

    let beliefs = Memo::new(move |_| {
        app.workbook.with(|wb| {
            let latest = wb.discovery.latest(waymark_core::content::BELIEFS_ID);
            match latest.map(|r| &r.outcome) {
                Some(Outcome::Beliefs(b)) => b
                    .records
                    .iter()
                    .map(|r| r.belief.trim().to_owned())
                    .filter(|b| !b.is_empty())
                    .map(|b| (b.clone(), b))
                    .collect::<Vec<_>>(),
                _ => Vec::new(),
            }
        })
    });
    let applications = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.search
                .applications
                .iter()
                .map(|a| (a.id.clone(), role_at(&a.role, &a.organisation)))
                .collect::<Vec<_>>()
        })
    });
    // The latest few, then older ones on request; a link to one (`#setback-…`, from the
    // home page) draws enough to include it.
    let linked = linked_id("setback-").and_then(|id| {
        app.workbook.with_untracked(|wb| {
            setbacks::newest_first(&wb.setbacks)
                .iter()
                .position(|s| s.id == id)
        })
    });
    let shown = RwSignal::new(paging::shown_to_include(linked, PAGE));
    let total = Memo::new(move |_| app.workbook.with(|wb| wb.setbacks.len()));
    let rows = Memo::new(move |_| {
        let limit = shown.get();
        app.workbook.with(|wb| {
            setbacks::newest_first(&wb.setbacks)
                .into_iter()
                .take(limit)
                .map(|s| SetbackRow {
                    application: s.application_id.as_deref().and_then(|id| {
                        wb.search
                            .applications
                            .iter()
                            .find(|a| a.id == id)
                            .map(|a| role_at(&a.role, &a.organisation))
                    }),
                    commitment: s.commitment_id.as_deref().and_then(|id| {
                        wb.checkins
                            .commitments
                            .iter()
                            .find(|c| c.id == id)
                            .map(|c| c.text.clone())
                    }),
                    milestone: s.milestone.as_ref().and_then(|m| {
                        let goal = wb.goals.iter().find(|g| g.id == m.goal_id)?;
                        let ms = goal.milestone(&m.milestone_id)?;
                        Some((goal.id.clone(), ms.title.clone()))
                    }),
                    setback: s.clone(),
                })
                .collect::<Vec<_>>()
        })
    });

    let show_more = move |()| {
        let first_new = shown.get_untracked();
        shown.update(|n| *n += PAGE);
        // Keyboard focus moves to the first setback just added to the list.
        if let Some(id) = rows.with_untracked(|r| r.get(first_new).map(|r| r.setback.id.clone())) {
            focus_soon(format!("setback-{id}"));
        }
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let list = app.workbook.with_untracked(|wb| wb.setbacks.clone());
        let editing = form.fields.with_untracked(|f| f.editing.clone());
        let Some(list) = save(form, list) else {
            return;
        };
        app.update(|wb| wb.setbacks = list);
        form.clear(SetbackText::fresh());
        open.set(false);
        app.tell(if editing.is_some() {
            "Setback updated."
        } else {
            "Written down. That took some courage. Your own evidence is waiting on the home page."
        });
        focus_soon("setbacks-title");
    };

    let start = move |_| {
        form.clear(SetbackText::fresh());
        open.set(true);
        focus_soon("setback-form-title");
    };
    let edit = Callback::new(move |s: Setback| {
        form.clear(SetbackText::of(&s));
        open.set(true);
        focus_soon("setback-form-title");
    });
    let delete = Callback::new(move |id: String| {
        let mut removed = None;
        app.update(|wb| {
            if let Some(i) = wb.setbacks.iter().position(|s| s.id == id) {
                removed = Some((i, wb.setbacks.remove(i)));
            }
        });
        if removed.is_some() {
            deleted.set(removed);
            focus_soon("undo-delete-setback");
        }
    });
    let undo = move |_| {
        if let Some((i, s)) = deleted.get_untracked() {
            app.update(|wb| {
                if !wb.setbacks.iter().any(|x| x.id == s.id) {
                    let at = i.min(wb.setbacks.len());
                    wb.setbacks.insert(at, s);
                }
            });
            deleted.set(None);
            focus_soon("setbacks-title");
        }
    };

    view! {
        // Kept for the next visit's page shell when it follows the journal's first-run card
        // (src/ui/page_tops.rs); its form's dates start from today.
        <section class="card setbacks" aria-labelledby="setbacks-title" data-shell="today">
            <div class="entries-head">
                <h2 id="setbacks-title" tabindex="-1"><Icon name="compass" />" Setbacks"</h2>
                <Show when=move || !open.get()>
                    <button type="button" class="btn btn-secondary" on:click=start>
                        " Write about a setback"
                    </button>
                </Show>
            </div>
            <p class="muted">
                "A rejection or a hard week is part of every career. Writing it down, with what you learned and what you'll try next, helps you move on from it, and your home page will remind you of what you've already done."
            </p>
            {move || deleted.get().map(|(_, s)| view! {
                <UndoBar
                    message=format!("Deleted the setback from {}.", nice_date(s.date))
                    id="undo-delete-setback"
                    on_undo=Callback::new(undo)
                    on_dismiss=Callback::new(move |_| deleted.set(None))
                />
            })}
            <Show when=move || open.get()>
                <SetbackForm form open beliefs applications on_submit />
            </Show>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=|| view! { <p class="muted">"No setbacks written down. When one comes, this is a calm place to think it through."</p> }
            >
                <ol class="entry-list">
                    <For each=move || rows.get() key=|r| (r.setback.id.clone(), r.setback.updated_at, r.commitment.clone(), r.milestone.clone()) let:row>
                        <SetbackView row edit delete action />
                    </For>
                </ol>
                <ShowMore
                    id="setback-more-count"
                    shown=Signal::derive(move || rows.with(|r| r.len()))
                    total=total
                    label="Show older setbacks"
                    on_more=Callback::new(show_more)
                />
            </Show>
        </section>
    }
}

#[component]
fn SetbackForm<F>(
    form: Form<SetbackText>,
    open: RwSignal<bool>,
    beliefs: Memo<Vec<(String, String)>>,
    applications: Memo<Vec<(String, String)>>,
    on_submit: F,
) -> impl IntoView
where
    F: Fn(leptos::ev::SubmitEvent) + 'static,
{
    let f = form.fields;
    let title = move || {
        if f.editing().with(Option::is_some) {
            "Edit this setback"
        } else {
            "Write about a setback"
        }
    };
    view! {
        <div class="journal-form setback-form">
            <h3 id="setback-form-title" tabindex="-1">{title}</h3>
            <p class="muted">"Only what happened is needed. Take the rest at your own pace."</p>
            <form on:submit=on_submit novalidate>
                <ProblemSummary id=form.summary_id() problems=form.summary() />
                <DateField id="setback-date" label="When" value=f.date() problem=form.problem("setback-date") />
                <LongTextField id="setback-what" label="What happened?" value=f.what_happened() problem=form.problem("setback-what") hint="A rejection, a no, a plan that didn't work out." />
                <LongTextField id="setback-felt" label="How did it feel?" optional=true value=f.how_it_felt() rows=2 />
                <LongTextField id="setback-learned" label="What did I learn?" optional=true value=f.learned() rows=2 />
                <TextField id="setback-next" label="What will I try next?" optional=true maxlength=300 value=f.try_next() hint="One small step. You can make it a commitment afterwards." />
                <LongTextField id="setback-reframe" label="Another way to see it" optional=true value=f.reframe() rows=2 hint="What would you say to a friend this happened to?" />
                <Show when=move || beliefs.with(|b| !b.is_empty())>
                    <ChoiceField id="setback-belief" label="Did it touch a belief you've written about?" optional=true none="No" value=f.belief() options=beliefs />
                </Show>
                <Show when=move || applications.with(|a| !a.is_empty())>
                    <ChoiceField id="setback-application" label="From an application" optional=true none="None" value=f.application() options=applications />
                </Show>
                <FormActions save="Save setback" open />
            </form>
        </div>
    }
}

#[component]
fn SetbackView(
    row: SetbackRow,
    edit: Callback<Setback>,
    delete: Callback<String>,
    action: Form<ActionText>,
) -> impl IntoView {
    let s = row.setback.clone();
    let id = s.id.clone();
    let part = |label: &'static str, text: &str| {
        (!text.is_empty()).then(|| {
            view! {
                <p class="setback-part"><span class="muted">{label}</span>" " <span dir="auto" class="pre">{text.to_owned()}</span></p>
            }
        })
    };
    let open_action = {
        let id = id.clone();
        move || action.fields.with(|a| a.setback == id)
    };
    let app = use_app();
    let start_action = {
        let s = s.clone();
        move |_| {
            let due = app.workbook.with_untracked(|wb| {
                date_text(default_due(wb.checkins.plan.as_ref(), clock::today()))
            });
            action.clear(ActionText {
                setback: s.id.clone(),
                kind: "commitment".into(),
                text: s.try_next.clone(),
                due,
                ..Default::default()
            });
            focus_soon("setback-action-title");
        }
    };
    let linked = row.commitment.is_some() || row.milestone.is_some();
    let s_edit = s.clone();
    let id_delete = id.clone();
    view! {
        <li class="entry entry-setback" id=format!("setback-{id}") tabindex="-1">
            <article aria-label=format!("Setback on {}", nice_date(s.date))>
                <p class="entry-kind"><Icon name="compass" />" Setback · " <time datetime=input_date(s.date)>{nice_date(s.date)}</time></p>
                <p class="entry-text pre" dir="auto">{s.what_happened.clone()}</p>
                {part("How it felt:", &s.how_it_felt)}
                {part("What I learned:", &s.learned)}
                {part("What I'll try next:", &s.try_next)}
                {(!s.reframe.is_empty()).then(|| view! {
                    <p class="setback-reframe"><span class="muted">"Another way to see it: "</span><span dir="auto" class="pre">{s.reframe.clone()}</span></p>
                })}
                {part("The belief it touched:", &s.belief)}
                {row.application.clone().map(|a| view! {
                    <p class="item-meta">"From the application: " <A href=format!("/search/{}", s.application_id.clone().unwrap_or_default())><span dir="auto">{a}</span></A></p>
                })}
                {row.commitment.clone().map(|c| view! {
                    <p class="setback-link"><Icon name="check" />" Made into a commitment: " <A href="/checkins"><span dir="auto">{c}</span></A></p>
                })}
                {row.milestone.clone().map(|(gid, title)| view! {
                    <p class="setback-link"><Icon name="flag" />" Adjusted the milestone: " <A href=goal_href(&gid)><span dir="auto">{title}</span></A></p>
                })}
                <p class="entry-actions">
                    {(!linked).then(|| view! {
                        <button type="button" class="btn btn-quiet" on:click=start_action>
                            <Icon name="flag" />" Turn into a next step"
                        </button>
                    })}
                    <button type="button" class="btn btn-quiet" on:click=move |_| edit.run(s_edit.clone())>"Edit"</button>
                    <button type="button" class="btn btn-quiet" on:click=move |_| delete.run(id_delete.clone())>
                        <Icon name="trash" />" Delete"
                    </button>
                </p>
                <Show when=open_action.clone()>
                    <ActionForm action />
                </Show>
            </article>
        </li>
    }
}
