//! The job search in the person's accountability: what is due (next actions, interviews,
//! people to be in touch with), what happened since the last check-in, and the search's
//! dated events for the calendar export.

use chrono::{NaiveDate, NaiveTime};

use super::{people, Application, InterviewKind, KeepInTouch, Search, Stage};

/// A dated next action on an open application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    pub application_id: String,
    pub organisation: String,
    pub role: String,
    pub action: String,
    pub due: NaiveDate,
}

/// An interview on the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewDue {
    pub application_id: String,
    pub interview_id: String,
    pub organisation: String,
    pub role: String,
    pub round: String,
    pub kind: InterviewKind,
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
}

/// Someone the person meant to be in touch with by now (or soon).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactDue {
    pub contact_id: String,
    pub name: String,
    pub keep_in_touch: KeepInTouch,
    pub due: NaiveDate,
}

/// What the dashboard shows about the search for a week.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Agenda {
    /// Next actions due by the end of the week, overdue ones included, soonest first.
    pub follow_ups: Vec<FollowUp>,
    /// Interviews from today to the end of the week, soonest first.
    pub interviews: Vec<InterviewDue>,
    /// People due a conversation by the end of the week, longest waiting first.
    pub people: Vec<ContactDue>,
}

impl Agenda {
    pub fn is_empty(&self) -> bool {
        self.follow_ups.is_empty() && self.interviews.is_empty() && self.people.is_empty()
    }
}

fn name_of(app: &Application) -> (String, String) {
    (app.organisation.clone(), app.role.clone())
}

/// Every interview of every application, in date and time order.
pub fn interviews(search: &Search) -> Vec<InterviewDue> {
    let mut out: Vec<InterviewDue> = search
        .applications
        .iter()
        .flat_map(|app| {
            app.interviews.iter().map(move |iv| {
                let (organisation, role) = name_of(app);
                InterviewDue {
                    application_id: app.id.clone(),
                    interview_id: iv.id.clone(),
                    organisation,
                    role,
                    round: iv.round.clone(),
                    kind: iv.kind,
                    date: iv.date,
                    time: iv.time,
                }
            })
        })
        .collect();
    crate::sort::sort_by(&mut out, |a, b| {
        (a.date, a.time, &a.interview_id).cmp(&(b.date, b.time, &b.interview_id))
    });
    out
}

/// Every dated next action on an open application, soonest first.
pub fn follow_ups(search: &Search) -> Vec<FollowUp> {
    let mut out: Vec<FollowUp> = search
        .applications
        .iter()
        .filter(|a| a.stage.is_open() || a.stage == Stage::Accepted)
        .filter_map(|app| {
            let due = app.next_action_due?;
            let (organisation, role) = name_of(app);
            Some(FollowUp {
                application_id: app.id.clone(),
                organisation,
                role,
                action: app.next_action.trim().to_owned(),
                due,
            })
        })
        .collect();
    crate::sort::sort_by(&mut out, |a, b| {
        (a.due, &a.application_id).cmp(&(b.due, &b.application_id))
    });
    out
}

/// The dashboard's search items for the week ending `week_end` (inclusive).
pub fn agenda(search: &Search, today: NaiveDate, week_end: NaiveDate) -> Agenda {
    let follow_ups = follow_ups(search)
        .into_iter()
        .filter(|f| f.due <= week_end)
        .collect();
    let interviews = interviews(search)
        .into_iter()
        .filter(|iv| today <= iv.date && iv.date <= week_end)
        .collect();
    let talks = people::Talks::new(&search.conversations);
    let mut people: Vec<ContactDue> = search
        .contacts
        .iter()
        .filter_map(|c| {
            let due = talks.next_due(c)?;
            (due <= week_end).then(|| ContactDue {
                contact_id: c.id.clone(),
                name: c.name.trim().to_owned(),
                keep_in_touch: c.keep_in_touch,
                due,
            })
        })
        .collect();
    crate::sort::sort_by(&mut people, |a, b| {
        (a.due, &a.name, &a.contact_id).cmp(&(b.due, &b.name, &b.contact_id))
    });
    Agenda {
        follow_ups,
        interviews,
        people,
    }
}

/// An application's moves in a period, for the check-in's review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationMoves {
    pub application_id: String,
    pub organisation: String,
    pub role: String,
    /// The stages it moved to in the period, in order.
    pub moves: Vec<(NaiveDate, Stage)>,
    /// Interviews in the period.
    pub interviews: usize,
}

/// A conversation in a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationLine {
    pub conversation_id: String,
    pub date: NaiveDate,
    pub with_whom: String,
    pub informational: bool,
}

/// What happened in the search after `after` (exclusive; from the start when none) up to
/// `today` (inclusive): applications that moved or had interviews, and conversations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SinceLast {
    pub applications: Vec<ApplicationMoves>,
    pub conversations: Vec<ConversationLine>,
}

impl SinceLast {
    pub fn is_empty(&self) -> bool {
        self.applications.is_empty() && self.conversations.is_empty()
    }
}

/// The search since the last check-in (see [`SinceLast`]).
pub fn since(search: &Search, after: Option<NaiveDate>, today: NaiveDate) -> SinceLast {
    let within = |d: NaiveDate| after.is_none_or(|a| d > a) && d <= today;
    let mut applications: Vec<ApplicationMoves> = search
        .applications
        .iter()
        .filter_map(|app| {
            let moves: Vec<(NaiveDate, Stage)> = app
                .moves()
                .into_iter()
                .filter(|c| within(c.on))
                .map(|c| (c.on, c.stage))
                .collect();
            let interviews = app.interviews.iter().filter(|iv| within(iv.date)).count();
            (!moves.is_empty() || interviews > 0).then(|| ApplicationMoves {
                application_id: app.id.clone(),
                organisation: app.organisation.clone(),
                role: app.role.clone(),
                moves,
                interviews,
            })
        })
        .collect();
    crate::sort::sort_by(&mut applications, |a, b| {
        let last = |m: &ApplicationMoves| m.moves.last().map(|x| x.0);
        (last(b), &a.application_id).cmp(&(last(a), &b.application_id))
    });
    let mut conversations: Vec<ConversationLine> = search
        .conversations
        .iter()
        .filter(|c| within(c.date))
        .map(|c| ConversationLine {
            conversation_id: c.id.clone(),
            date: c.date,
            with_whom: c.with_whom.trim().to_owned(),
            informational: c.informational,
        })
        .collect();
    crate::sort::sort_by(&mut conversations, |a, b| {
        (b.date, &a.conversation_id).cmp(&(a.date, &b.conversation_id))
    });
    SinceLast {
        applications,
        conversations,
    }
}

/// Counts by stage, in board order, for summaries.
pub fn stage_counts(search: &Search) -> Vec<(Stage, usize)> {
    Stage::ALL
        .into_iter()
        .map(|s| {
            (
                s,
                search.applications.iter().filter(|a| a.stage == s).count(),
            )
        })
        .collect()
}
