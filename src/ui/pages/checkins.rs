//! Check-ins: the cadence, the "check in now" form, the history with its trend chart,
//! open commitments and the calendar download. Also small helpers the other
//! accountability pages (home dashboard, journal, timeline, data) share.

mod cadence;
mod form;
mod history;
mod trend;

use crate::ui::components::A;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use waymark_core::{dashboard, goals, ics};

use crate::store::{clock, files, state::use_app};
use crate::ui::components::{Icon, Later, PageHeader};

/// A date as people read it, in their locale: "Mon, Jan 5, 2026" / "Mo., 5. Jan. 2026".
pub(crate) fn nice_date(date: NaiveDate) -> String {
    crate::store::locale::weekday_date(date)
}

pub(crate) use waymark_core::forms::{date_text as input_date, parse_date};

pub(crate) use crate::ui::components::focus_soon;

/// The goal page's address.
pub(crate) fn goal_href(goal_id: &str) -> String {
    format!("/goals/{goal_id}")
}

/// A goal's title as shown in lists; blank titles get a placeholder.
pub(crate) fn goal_label(title: &str) -> String {
    let t = title.trim();
    if t.is_empty() {
        "Untitled goal".to_string()
    } else {
        t.to_string()
    }
}

/// Words under the streak number.
pub(crate) fn streak_words(streak: u32) -> String {
    match streak {
        0 => "Your streak starts with your next check-in.".into(),
        1 => "check-in kept on time. A good start.".into(),
        n => format!("check-ins in a row, each on time. {}", cheer(n)),
    }
}

fn cheer(n: u32) -> &'static str {
    if n >= 8 {
        "That's a real habit."
    } else if n >= 4 {
        "You're building a habit."
    } else {
        "Keep it going."
    }
}

/// The "Download calendar (.ics)" offer: milestone due dates and the check-in schedule.
/// Offered only when there is at least one event to put in it.
/// The sessions planned with a coach, for the calendar.
fn sessions_of(wb: &waymark_core::Workbook) -> Option<ics::Sessions<'_>> {
    waymark_core::engagement::current(wb).map(|(p, engagement)| ics::Sessions {
        program_id: &p.id,
        coach: p.program.coach_label(),
        engagement,
    })
}

#[component]
pub fn CalendarDownload() -> impl IntoView {
    let app = use_app();
    // (milestone events, whether the check-in rhythm is in it, coaching sessions, job-search events)
    let count = Memo::new(move |_| {
        app.workbook.with(|wb| {
            let plan = wb.checkins.plan.as_ref();
            let all = ics::event_count(&goals::milestones_due(&wb.goals), plan);
            let sessions = ics::session_count(sessions_of(wb).as_ref());
            let search = ics::search_events(&wb.search).len();
            (
                all - usize::from(plan.is_some()),
                plan.is_some(),
                sessions,
                search,
            )
        })
    });
    let download = move |_| {
        let name = ics::file_name(clock::today());
        let text = app.workbook.with_untracked(|wb| {
            ics::calendar_with(
                &goals::milestones_due(&wb.goals),
                wb.checkins.plan.as_ref(),
                sessions_of(wb).as_ref(),
                &ics::search_events(&wb.search),
                clock::now(),
            )
        });
        match files::download(&name, ics::MIME_TYPE, &text) {
            Ok(()) => app.tell(format!(
                "Downloaded {name}. Open it with your calendar app to add the dates."
            )),
            Err(e) => app.tell(e),
        }
    };
    view! {
        <Show
            when=move || count.with(|(m, plan, sessions, search)| *m > 0 || *plan || *sessions > 0 || *search > 0)
            fallback=|| view! {
                <p class="muted">
                    "Once you choose how often to check in, or give a milestone a due date, you can add those dates to your calendar app from here."
                </p>
            }
        >
            <p>
                {move || {
                    let (milestones, plan, sessions, search) = count.get();
                    crate::ui::words::coaching::calendar_contents(
                        &crate::store::locale::current(),
                        plan,
                        sessions,
                        milestones,
                        search,
                    )
                }}
            </p>
            <p class="muted">"Download it again after you change dates: your calendar updates the same events rather than adding copies."</p>
            <button type="button" class="btn btn-secondary" on:click=download>
                <Icon name="calendar" />
                " Download calendar (.ics)"
            </button>
        </Show>
    }
}

#[component]
pub fn CheckinsPage() -> impl IntoView {
    let app = use_app();
    let query = use_query_map();
    let draft = form::checkin_form();
    let form_open = RwSignal::new(false);
    // A check-in started earlier (and not saved) is waiting: open it as it was left.
    if draft.restore() {
        form_open.set(true);
        app.tell("Your unfinished check-in is just as you left it.");
    }
    draft.keep();
    // Arriving from the dashboard's "Check in now" opens the form straight away.
    if query.with_untracked(|q| q.get("checkin").as_deref() == Some("now")) {
        form_open.set(true);
        focus_soon(form::FORM_HEADING_ID);
    }
    let open_form = move |_| {
        form_open.set(true);
        focus_soon(form::FORM_HEADING_ID);
    };
    let checkin_count = Memo::new(move |_| app.workbook.with(|wb| wb.checkins.checkin_count()));

    view! {
        <div class="page accountability">
            <PageHeader
                title=crate::ui::words::pages::title("/checkins")
                lead=crate::ui::words::pages::lead("/checkins")
            >
                <Show when=move || !form_open.get()>
                    <button type="button" class="btn btn-primary" on:click=open_form>
                        <Icon name="check" />
                        " Check in now"
                    </button>
                </Show>
                <A href="/timeline" attr:class="btn btn-quiet">
                    <Icon name="map" />
                    " See the timeline"
                </A>
            </PageHeader>

            <Show when=move || form_open.get()>
                <form::CheckInFormView form=draft open=form_open />
            </Show>

            <cadence::RhythmCard />

            // Below the first screen, each part in a task of its own (years of
            // check-ins to go through, or a new workbook's page on a slow phone; none of
            // it is in the kept top, and the footer waits unseen: style/main.css).
            <Later><OpenCommitments /></Later>

            <Later>
                <Show when=move || { checkin_count.get() > 0 }>
                    <trend::TrendSection />
                </Show>
            </Later>

            <Later><history::HistorySection open_form=form_open /></Later>

            <Later>
                <section class="card" aria-labelledby="calendar-title">
                    <h2 id="calendar-title">"Add to your calendar"</h2>
                    <CalendarDownload />
                </section>
            </Later>
        </div>
    }
}

/// Open commitments: what you promised yourself, soonest first.
#[component]
fn OpenCommitments() -> impl IntoView {
    let app = use_app();
    #[derive(Clone, PartialEq)]
    struct Row {
        id: String,
        text: String,
        due: NaiveDate,
        when: String,
        overdue: bool,
        goal: Option<(String, String)>,
    }
    let rows = Memo::new(move |_| {
        let today = clock::today();
        app.workbook.with(|wb| {
            wb.checkins
                .commitments_to_review()
                .into_iter()
                .map(|c| Row {
                    id: c.id.clone(),
                    text: c.text.clone(),
                    due: c.due,
                    when: dashboard::days_phrase((c.due - today).num_days()),
                    overdue: c.is_overdue(today),
                    goal: c.goal_id.as_deref().and_then(|gid| {
                        goals::find_goal(&wb.goals, gid)
                            .map(|g| (g.id.clone(), goal_label(&g.title)))
                    }),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            <section class="card" aria-labelledby="commitments-title">
                <h2 id="commitments-title">"Your open commitments"</h2>
                <p class="muted">"Small promises you made to yourself. You'll look back at them at your next check-in."</p>
                <ul class="item-list">
                    <For each=move || rows.get() key=|r| r.id.clone() let:row>
                        <li class="item" class:item-overdue=row.overdue>
                            <span class="item-title" dir="auto">{row.text.clone()}</span>
                            <span class="item-meta">
                                {format!("Due {} ({})", nice_date(row.due), row.when)}
                                {row.overdue.then_some(" · past its date")}
                                {row.goal.clone().map(|(id, title)| view! {
                                    " · " <A href=goal_href(&id)><span dir="auto">{title}</span></A>
                                })}
                            </span>
                        </li>
                    </For>
                </ul>
            </section>
        </Show>
    }
}
