//! What the home page shows, worked out from the workbook: the dated items due this week
//! and overdue, the job search's week, goals behind pace, recent wins, the streak and the
//! answer to a recent setback.

use chrono::NaiveDate;
use waymark_core::checkins::NextCheckIn;
use waymark_core::dashboard::{self, DueItem, DueKind, GoalRef, JourneyProgress};
use waymark_core::home::Home;
use waymark_core::search::agenda::Agenda;
use waymark_core::{discover, setbacks};

use crate::store::locale;
use crate::ui::pages::checkins::{goal_href, goal_label, nice_date};
use crate::ui::words::agenda as words;

/// One dated item on the dashboard, ready to show.
#[derive(Clone, PartialEq)]
pub(super) struct DueRow {
    pub(super) key: String,
    pub(super) title: String,
    pub(super) context: String,
    pub(super) when: String,
    pub(super) href: String,
}

#[derive(Clone, PartialEq)]
pub(super) struct WinRow {
    pub(super) id: String,
    pub(super) date: NaiveDate,
    pub(super) text: String,
    pub(super) goal: Option<String>,
}

/// Everything the home page shows after the welcome.
#[derive(Clone, PartialEq)]
pub(super) struct HomeData {
    pub(super) quiet: bool,
    pub(super) journey: JourneyProgress,
    pub(super) due_this_week: Vec<DueRow>,
    pub(super) overdue: Vec<DueRow>,
    pub(super) next_checkin: Option<NextCheckIn>,
    pub(super) goals_behind: Vec<GoalRef>,
    /// Filled only when a goal is behind: `Some(None)` means nothing to remind of yet.
    pub(super) my_why: Option<Option<String>>,
    pub(super) recent_wins: Vec<WinRow>,
    pub(super) streak: u32,
    /// The job search's week: interviews, next actions, people to be in touch with.
    pub(super) search_week: Vec<DueRow>,
    /// After a recent setback: the person's own evidence and why.
    pub(super) comeback: Option<Comeback>,
}

/// What the home page answers a recent setback with.
#[derive(Clone, PartialEq)]
pub(super) struct Comeback {
    pub(super) setback_id: String,
    pub(super) date: NaiveDate,
    pub(super) try_next: String,
    pub(super) wins: Vec<WinRow>,
    /// Story ids and titles.
    pub(super) stories: Vec<(String, String)>,
    /// Values and vision, from discovery.
    pub(super) why: Option<String>,
    /// Active goals: id, title and what will be true when reached.
    pub(super) goals: Vec<(String, String, String)>,
}

fn comeback_rows(c: &setbacks::Comeback<'_>, wb: &waymark_core::Workbook) -> Comeback {
    Comeback {
        setback_id: c.setback.id.clone(),
        date: c.setback.date,
        try_next: c.setback.try_next.clone(),
        wins: c
            .wins
            .iter()
            .map(|w| WinRow {
                id: w.id.clone(),
                date: w.date,
                text: w.what_happened.clone(),
                goal: None,
            })
            .collect(),
        stories: c
            .stories
            .iter()
            .map(|s| (s.id.clone(), s.title.clone()))
            .collect(),
        why: discover::latest_profile(&wb.discovery).my_why(),
        goals: c
            .goals
            .iter()
            .map(|g| {
                (
                    g.id.clone(),
                    goal_label(&g.title),
                    g.outcome.trim().to_owned(),
                )
            })
            .collect(),
    }
}

/// "Due today", "Due Nov 3 (in 2 days)", "Was due Oct 1 (4 days ago)".
fn due_words(due: NaiveDate, days_from_today: i64) -> String {
    match days_from_today {
        0 => "Due today".to_string(),
        d if d < 0 => format!("Was due {} ({})", nice_date(due), dashboard::days_phrase(d)),
        d => format!("Due {} ({})", nice_date(due), dashboard::days_phrase(d)),
    }
}

fn due_row(item: &DueItem, goal_titles: &[(String, String)]) -> DueRow {
    let goal_title = item.goal_id.as_deref().and_then(|gid| {
        goal_titles
            .iter()
            .find(|(id, _)| id == gid)
            .map(|(_, t)| t.clone())
    });
    let (kind, href) = match item.kind {
        DueKind::Milestone => (
            "Milestone",
            item.goal_id
                .as_deref()
                .map_or_else(|| "/goals".to_string(), goal_href),
        ),
        DueKind::Commitment => ("Commitment", "/checkins".to_string()),
    };
    let context = match goal_title {
        Some(t) => format!("{kind} · {t}"),
        None => kind.to_string(),
    };
    let when = due_words(item.due, item.days_from_today);
    DueRow {
        key: format!("{:?}:{}", item.kind, item.id),
        title: item.title.clone(),
        context,
        when,
        href,
    }
}

/// The job search's rows for the week: interviews, then next actions (overdue ones
/// included), then people due a conversation.
fn search_rows(week: &Agenda, today: NaiveDate) -> Vec<DueRow> {
    let l = locale::current();
    let days = |d: NaiveDate| (d - today).num_days();
    let interviews = week.interviews.iter().map(|iv| DueRow {
        key: format!("interview:{}", iv.interview_id),
        title: words::interview_title(&iv.role, &iv.organisation),
        context: words::interview_context(iv.kind, &iv.round),
        when: words::interview_when(&l, iv.date, iv.time, days(iv.date)),
        href: format!("/search/{}", iv.application_id),
    });
    let follow_ups = week.follow_ups.iter().map(|f| DueRow {
        key: format!("follow-up:{}", f.application_id),
        title: words::next_action(&f.action),
        context: words::role_at(&f.role, &f.organisation),
        when: due_words(f.due, days(f.due)),
        href: format!("/search/{}", f.application_id),
    });
    let people = week.people.iter().map(|p| DueRow {
        key: format!("contact:{}", p.contact_id),
        title: words::contact_name(p),
        context: words::contact_due_context(p.keep_in_touch),
        when: due_words(p.due, days(p.due)),
        href: "/people".to_string(),
    });
    interviews.chain(follow_ups).chain(people).collect()
}

pub(super) fn home_data(wb: &waymark_core::Workbook, today: NaiveDate) -> HomeData {
    let home = Home::of(wb, today);
    let quiet = home.is_quiet();
    let Home {
        dashboard: dash,
        search_week,
        comeback,
        journey,
    } = home;
    let goal_titles: Vec<(String, String)> = wb
        .goals
        .iter()
        .map(|g| (g.id.clone(), goal_label(&g.title)))
        .collect();
    let title_of = |gid: &str| {
        goal_titles
            .iter()
            .find(|(id, _)| id == gid)
            .map(|(_, t)| t.clone())
    };
    HomeData {
        quiet,
        comeback: comeback.map(|c| comeback_rows(&c, wb)),
        search_week: search_rows(&search_week, today),
        journey,
        due_this_week: dash
            .due_this_week
            .iter()
            .map(|i| due_row(i, &goal_titles))
            .collect(),
        overdue: dash
            .overdue
            .iter()
            .map(|i| due_row(i, &goal_titles))
            .collect(),
        next_checkin: dash.next_checkin,
        my_why: dash
            .show_my_why()
            .then(|| discover::latest_profile(&wb.discovery).my_why()),
        goals_behind: dash.goals_behind,
        recent_wins: dash
            .recent_wins
            .iter()
            .map(|w| WinRow {
                id: w.id.clone(),
                date: w.date,
                text: w.what_happened.clone(),
                goal: w.goal_id.as_deref().and_then(title_of),
            })
            .collect(),
        streak: dash.streak,
    }
}
