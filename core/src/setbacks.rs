//! Setbacks: a rejection or a hard moment, written down with what was learned, what to
//! try next and a kinder way to see it. The dashboard answers a recent one with the
//! person's own evidence; one can become a commitment or move a milestone. Pure rules;
//! "now" and "today" are parameters. Sentences are the UI's.

use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::checkins::{self, latest_allowed_date, Accountability, Commitment, CommitmentDraft};
use crate::goals::{Goal, MilestonePatch};

/// The id prefix of a setback, for [`crate::ids::make_id`].
pub const PREFIX: &str = "sb";

/// How many days a setback stays "recent" for the dashboard.
pub const RECENT_DAYS: u64 = 14;

/// A milestone a setback moved or changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MilestoneRef {
    pub goal_id: String,
    pub milestone_id: String,
}

/// A rejection or setback, and what the person made of it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Setback {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub what_happened: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub how_it_felt: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub learned: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub try_next: String,
    /// A kinder, truer way to see it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reframe: String,
    /// The limiting belief (from the beliefs exercise) it touched, as written there.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub belief: String,
    /// The job-search application it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    /// The commitment made from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commitment_id: Option<String>,
    /// The milestone adjusted because of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone: Option<MilestoneRef>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}

/// What the person typed for a setback.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SetbackDraft {
    pub date: NaiveDate,
    pub what_happened: String,
    pub how_it_felt: String,
    pub learned: String,
    pub try_next: String,
    pub reframe: String,
    pub belief: String,
    pub application_id: Option<String>,
}

/// Something that stops a setback, or an action from it, from being saved. Worded in the UI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Empty,
    FutureDate(NaiveDate),
    MissingId,
    DuplicateId(String),
    /// No setback (or goal, or milestone) with that id.
    NotFound,
    /// The commitment made from it could not be added.
    Commitment(checkins::Problem),
}

fn tidy(s: &str) -> String {
    s.trim().to_owned()
}

impl Setback {
    fn apply(&mut self, d: SetbackDraft) {
        self.date = d.date;
        self.what_happened = tidy(&d.what_happened);
        self.how_it_felt = tidy(&d.how_it_felt);
        self.learned = tidy(&d.learned);
        self.try_next = tidy(&d.try_next);
        self.reframe = tidy(&d.reframe);
        self.belief = tidy(&d.belief);
        self.application_id = d.application_id.map(|s| tidy(&s)).filter(|s| !s.is_empty());
    }

    /// The draft that edits it.
    pub fn draft(&self) -> SetbackDraft {
        SetbackDraft {
            date: self.date,
            what_happened: self.what_happened.clone(),
            how_it_felt: self.how_it_felt.clone(),
            learned: self.learned.clone(),
            try_next: self.try_next.clone(),
            reframe: self.reframe.clone(),
            belief: self.belief.clone(),
            application_id: self.application_id.clone(),
        }
    }
}

fn draft_problems(d: &SetbackDraft, now: DateTime<Utc>) -> Vec<Problem> {
    let mut problems = Vec::new();
    if d.what_happened.trim().is_empty() {
        problems.push(Problem::Empty);
    }
    if d.date > latest_allowed_date(now) {
        problems.push(Problem::FutureDate(d.date));
    }
    problems
}

/// Adds a setback; every problem and no change if it can't.
pub fn add_setback(
    list: &mut Vec<Setback>,
    id: String,
    draft: SetbackDraft,
    now: DateTime<Utc>,
) -> Result<(), Vec<Problem>> {
    let mut problems = draft_problems(&draft, now);
    if id.trim().is_empty() {
        problems.push(Problem::MissingId);
    } else if list.iter().any(|s| s.id == id) {
        problems.push(Problem::DuplicateId(id.clone()));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut s = Setback {
        id,
        created_at: now,
        updated_at: now,
        ..Default::default()
    };
    s.apply(draft);
    list.push(s);
    Ok(())
}

/// Changes what a setback says, keeping its links.
pub fn edit_setback(
    list: &mut [Setback],
    id: &str,
    draft: SetbackDraft,
    now: DateTime<Utc>,
) -> Result<(), Vec<Problem>> {
    let mut problems = draft_problems(&draft, now);
    let found = list.iter().position(|s| s.id == id);
    if found.is_none() {
        problems.push(Problem::NotFound);
    }
    match found {
        Some(i) if problems.is_empty() => {
            let s = &mut list[i];
            s.apply(draft);
            s.updated_at = s.updated_at.max(now);
            Ok(())
        }
        _ => Err(problems),
    }
}

/// Setbacks, newest first (date, then when written, then id).
pub fn newest_first(list: &[Setback]) -> Vec<&Setback> {
    let mut out: Vec<&Setback> = list.iter().collect();
    crate::sort::sort_by(&mut out, |a, b| {
        (b.date, b.created_at, &b.id).cmp(&(a.date, a.created_at, &a.id))
    });
    out
}

/// The newest setback dated within the last [`RECENT_DAYS`] days of `today` (a date a
/// day ahead counts too: a local date can run ahead of UTC), if there is one.
pub fn recent_setback(list: &[Setback], today: NaiveDate) -> Option<&Setback> {
    let from = today.checked_sub_days(Days::new(RECENT_DAYS))?;
    let to = today.succ_opt().unwrap_or(today);
    newest_first(list)
        .into_iter()
        .find(|s| s.date >= from && s.date <= to)
}

/// Makes a commitment from a setback (its text as typed, usually what to try next) and
/// keeps the link on the setback. Nothing changes if anything is wrong.
pub fn make_commitment(
    setbacks: &mut [Setback],
    acc: &mut Accountability,
    setback_id: &str,
    commitment_id: String,
    draft: CommitmentDraft,
    now: DateTime<Utc>,
) -> Result<(), Vec<Problem>> {
    let Some(setback) = setbacks.iter_mut().find(|s| s.id == setback_id) else {
        return Err(vec![Problem::NotFound]);
    };
    let c = Commitment::from_draft(commitment_id.clone(), draft, None, now);
    acc.add_commitments(vec![c])
        .map_err(|ps| ps.into_iter().map(Problem::Commitment).collect::<Vec<_>>())?;
    setback.commitment_id = Some(commitment_id);
    setback.updated_at = setback.updated_at.max(now);
    Ok(())
}

/// A change to a milestone made from a setback.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Adjustment {
    pub target: MilestoneRef,
    /// A new title, or `None` to keep it.
    pub title: Option<String>,
    /// The new date (`None`: no date).
    pub due: Option<NaiveDate>,
    /// Added to the milestone's notes (usually what to try next).
    pub note: String,
}

/// Moves a goal's milestone to a new date (and renames it when asked), adding the note to
/// its notes, and keeps the link on the setback. Nothing changes if the setback, goal or
/// milestone is not there, or the new title is blank.
pub fn adjust_milestone(
    setbacks: &mut [Setback],
    goals: &mut [Goal],
    setback_id: &str,
    change: Adjustment,
    now: DateTime<Utc>,
) -> Result<(), Vec<Problem>> {
    let Adjustment {
        target,
        title,
        due,
        note,
    } = change;
    let setback = setbacks.iter_mut().find(|s| s.id == setback_id);
    let goal = goals.iter_mut().find(|g| g.id == target.goal_id);
    let (Some(setback), Some(goal)) = (setback, goal) else {
        return Err(vec![Problem::NotFound]);
    };
    let Some(old) = goal.milestone(&target.milestone_id) else {
        return Err(vec![Problem::NotFound]);
    };
    if title.as_deref().is_some_and(|t| t.trim().is_empty()) {
        return Err(vec![Problem::Empty]);
    }
    let note = note.trim();
    let notes = match (old.notes.trim(), note) {
        (_, "") => None,
        ("", n) => Some(n.to_owned()),
        (old, n) => Some(format!("{old}\n\n{n}")),
    };
    goal.edit_milestone(
        &target.milestone_id,
        MilestonePatch {
            title,
            due: Some(due),
            notes,
        },
        now,
    );
    setback.milestone = Some(target);
    setback.updated_at = setback.updated_at.max(now);
    Ok(())
}

/// How many wins and stories the dashboard offers after a setback.
pub const EVIDENCE_SHOWN: usize = 3;

/// What the dashboard answers a recent setback with: the person's own latest wins and
/// stories, and the goals they are working towards (whose "why" it shows).
#[derive(Debug, Clone, PartialEq)]
pub struct Comeback<'a> {
    pub setback: &'a Setback,
    pub wins: Vec<&'a crate::journal::Win>,
    pub stories: Vec<&'a crate::stories::Story>,
    pub goals: Vec<&'a Goal>,
}

/// The answer to a setback in the last [`RECENT_DAYS`] days, if there is one.
pub fn comeback(wb: &crate::Workbook, today: NaiveDate) -> Option<Comeback<'_>> {
    let setback = recent_setback(&wb.setbacks, today)?;
    let wins = wb
        .journal
        .wins_newest_first(None)
        .into_iter()
        .take(EVIDENCE_SHOWN)
        .collect();
    let mut stories: Vec<&crate::stories::Story> = wb.stories.iter().collect();
    crate::sort::sort_by(&mut stories, |a, b| {
        (b.updated_at, &b.id).cmp(&(a.updated_at, &a.id))
    });
    stories.truncate(EVIDENCE_SHOWN);
    let goals = wb
        .goals
        .iter()
        .filter(|g| g.status == crate::goals::GoalStatus::Active)
        .take(EVIDENCE_SHOWN)
        .collect();
    Some(Comeback {
        setback,
        wins,
        stories,
        goals,
    })
}

#[cfg(test)]
mod tests;
