//! The wins journal (dated evidence of progress, the ground confidence stands on) and
//! notes from coaching sessions, whose agreed actions become commitments. Pure rules;
//! dates and "now" are parameters. Commitments themselves live in `checkins`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::checkins::{self, latest_allowed_date, Accountability, Commitment, CommitmentDraft};

/// Id prefixes for records made here, for [`crate::ids::make_id`].
pub mod prefix {
    pub const WIN: &str = "w";
    pub const SESSION: &str = "sn";
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Journal {
    #[serde(default)]
    pub wins: Vec<Win>,
    #[serde(default)]
    pub sessions: Vec<SessionNote>,
}

/// A dated piece of evidence that things are moving.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Win {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub what_happened: String,
    /// The skill or strength it shows.
    #[serde(default)]
    pub what_it_shows: String,
    #[serde(default)]
    pub goal_id: Option<String>,
    #[serde(default)]
    pub milestone_id: Option<String>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}

/// Notes from a session with a coach.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SessionNote {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub agenda: String,
    #[serde(default)]
    pub notes: String,
    /// Actions agreed in the session; each became a commitment when the note was saved.
    #[serde(default)]
    pub agreed_actions: Vec<String>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}

/// What the person typed for a win.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WinDraft {
    pub date: NaiveDate,
    pub what_happened: String,
    pub what_it_shows: String,
    pub goal_id: Option<String>,
    pub milestone_id: Option<String>,
}

impl WinDraft {
    /// A win prefilled for a milestone just completed, ready for the person to add to.
    pub fn for_milestone(
        goal_id: &str,
        milestone_id: &str,
        milestone_title: &str,
        date: NaiveDate,
    ) -> Self {
        WinDraft {
            date,
            what_happened: format!("I reached a milestone: {}", milestone_title.trim()),
            what_it_shows: String::new(),
            goal_id: Some(goal_id.to_owned()),
            milestone_id: Some(milestone_id.to_owned()),
        }
    }
}

/// What the person typed for a session note.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionDraft {
    pub date: NaiveDate,
    pub agenda: String,
    pub notes: String,
    /// One action per entry; blank entries are dropped.
    pub agreed_actions: Vec<String>,
}

/// Something that stops a journal entry from being saved. The UI words it
/// (`src/ui/words/forms.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    EmptyWin,
    EmptySession,
    FutureDate(NaiveDate),
    MissingId,
    DuplicateId(String),
    ActionIdCountMismatch {
        actions: usize,
        ids: usize,
    },
    /// A commitment made from an agreed action could not be added.
    Commitment(checkins::Problem),
}

/// One line of the journal: a win or a session note.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Entry<'a> {
    Win(&'a Win),
    Session(&'a SessionNote),
}

impl<'a> Entry<'a> {
    pub fn date(&self) -> NaiveDate {
        match self {
            Entry::Win(w) => w.date,
            Entry::Session(s) => s.date,
        }
    }

    pub fn id(&self) -> &'a str {
        match *self {
            Entry::Win(w) => &w.id,
            Entry::Session(s) => &s.id,
        }
    }

    fn created_at(&self) -> DateTime<Utc> {
        match self {
            Entry::Win(w) => w.created_at,
            Entry::Session(s) => s.created_at,
        }
    }
}

/// Newest first: later date, then later creation, then id, so the order never wobbles.
fn newest_first(a: &Entry<'_>, b: &Entry<'_>) -> std::cmp::Ordering {
    (b.date(), b.created_at(), b.id()).cmp(&(a.date(), a.created_at(), a.id()))
}

fn id_problem(id: &str, taken: impl IntoIterator<Item = bool>) -> Option<Problem> {
    if id.trim().is_empty() {
        Some(Problem::MissingId)
    } else if taken.into_iter().any(|t| t) {
        Some(Problem::DuplicateId(id.to_owned()))
    } else {
        None
    }
}

fn tidy(text: &str) -> String {
    text.trim().to_owned()
}

fn tidy_id(id: Option<String>) -> Option<String> {
    id.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
}

impl Journal {
    pub fn is_empty(&self) -> bool {
        self.wins.is_empty() && self.sessions.is_empty()
    }

    pub fn entry_count(&self) -> usize {
        self.wins.len() + self.sessions.len()
    }

    pub fn win(&self, id: &str) -> Option<&Win> {
        self.wins.iter().find(|w| w.id == id)
    }

    pub fn session(&self, id: &str) -> Option<&SessionNote> {
        self.sessions.iter().find(|s| s.id == id)
    }

    /// The goals at least one win is logged for: the journal's filter offers only these.
    pub fn goals_with_wins(&self) -> std::collections::BTreeSet<&str> {
        self.wins
            .iter()
            .filter_map(|w| w.goal_id.as_deref())
            .collect()
    }

    /// Whether a win has already been logged for this milestone, so the app doesn't offer twice.
    pub fn has_win_for_milestone(&self, milestone_id: &str) -> bool {
        self.wins
            .iter()
            .any(|w| w.milestone_id.as_deref() == Some(milestone_id))
    }

    /// Saves a win; returns every problem and changes nothing if it can't.
    pub fn add_win(
        &mut self,
        id: String,
        draft: WinDraft,
        now: DateTime<Utc>,
    ) -> Result<(), Vec<Problem>> {
        let mut problems = Vec::new();
        if draft.what_happened.trim().is_empty() {
            problems.push(Problem::EmptyWin);
        }
        if draft.date > latest_allowed_date(now) {
            problems.push(Problem::FutureDate(draft.date));
        }
        problems.extend(id_problem(&id, self.wins.iter().map(|w| w.id == id)));
        if !problems.is_empty() {
            return Err(problems);
        }
        self.wins.push(Win {
            id,
            date: draft.date,
            what_happened: tidy(&draft.what_happened),
            what_it_shows: tidy(&draft.what_it_shows),
            goal_id: tidy_id(draft.goal_id),
            milestone_id: tidy_id(draft.milestone_id),
            created_at: now,
            updated_at: now,
        });
        Ok(())
    }

    /// Wins, newest first; with `goal`, only that goal's wins.
    pub fn wins_newest_first(&self, goal: Option<&str>) -> Vec<&Win> {
        let mut list: Vec<Entry<'_>> = self
            .wins
            .iter()
            .filter(|w| goal.is_none() || w.goal_id.as_deref() == goal)
            .map(Entry::Win)
            .collect();
        crate::sort::sort_by(&mut list, newest_first);
        list.into_iter()
            .filter_map(|e| match e {
                Entry::Win(w) => Some(w),
                Entry::Session(_) => None,
            })
            .collect()
    }

    /// Session notes, newest first.
    pub fn sessions_newest_first(&self) -> Vec<&SessionNote> {
        let mut list: Vec<&SessionNote> = self.sessions.iter().collect();
        crate::sort::sort_by(&mut list, |a, b| {
            newest_first(&Entry::Session(a), &Entry::Session(b))
        });
        list
    }

    /// Wins and session notes together, newest first. Filtering by `goal` keeps only that
    /// goal's wins: session notes belong to no single goal, so they are left out.
    pub fn entries_newest_first(&self, goal: Option<&str>) -> Vec<Entry<'_>> {
        let mut list: Vec<Entry<'_>> = self
            .wins
            .iter()
            .filter(|w| goal.is_none() || w.goal_id.as_deref() == goal)
            .map(Entry::Win)
            .collect();
        if goal.is_none() {
            list.extend(self.sessions.iter().map(Entry::Session));
        }
        crate::sort::sort_by(&mut list, newest_first);
        list
    }

    /// What would stop a session note from being saved (its commitments aside).
    fn session_problems(&self, id: &str, draft: &SessionDraft, now: DateTime<Utc>) -> Vec<Problem> {
        let mut problems = Vec::new();
        let nothing_written = draft.agenda.trim().is_empty()
            && draft.notes.trim().is_empty()
            && draft.agreed_actions.iter().all(|a| a.trim().is_empty());
        if nothing_written {
            problems.push(Problem::EmptySession);
        }
        if draft.date > latest_allowed_date(now) {
            problems.push(Problem::FutureDate(draft.date));
        }
        problems.extend(id_problem(id, self.sessions.iter().map(|s| s.id == id)));
        problems
    }
}

impl SessionNote {
    /// The commitments its agreed actions become: one per action, all due on `due`, made
    /// at `now`, taking `ids` in order. Fails if the ids don't match the actions one to one.
    pub fn agreed_commitments(
        &self,
        ids: &[String],
        due: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Vec<Commitment>, Problem> {
        let actions: Vec<&String> = self
            .agreed_actions
            .iter()
            .filter(|a| !a.trim().is_empty())
            .collect();
        if actions.len() != ids.len() {
            return Err(Problem::ActionIdCountMismatch {
                actions: actions.len(),
                ids: ids.len(),
            });
        }
        let origin = checkins::Origin::SessionNote(self.id.clone());
        Ok(actions
            .into_iter()
            .zip(ids)
            .map(|(text, id)| {
                let draft = CommitmentDraft {
                    text: text.clone(),
                    due,
                    goal_id: None,
                };
                Commitment::from_draft(id.clone(), draft, Some(origin.clone()), now)
            })
            .collect())
    }
}

/// Saves a session note and turns its agreed actions into open commitments due on `due`,
/// all at once: if anything is wrong, neither the journal nor the commitments change.
/// `commitment_ids` gives one fresh id per non-blank agreed action, in order.
pub fn record_session_note(
    journal: &mut Journal,
    acc: &mut Accountability,
    id: String,
    draft: SessionDraft,
    commitment_ids: &[String],
    due: NaiveDate,
    now: DateTime<Utc>,
) -> Result<(), Vec<Problem>> {
    let mut problems = journal.session_problems(&id, &draft, now);
    let note = SessionNote {
        id,
        date: draft.date,
        agenda: tidy(&draft.agenda),
        notes: tidy(&draft.notes),
        agreed_actions: draft
            .agreed_actions
            .iter()
            .map(|a| tidy(a))
            .filter(|a| !a.is_empty())
            .collect(),
        created_at: now,
        updated_at: now,
    };
    let commitments = match note.agreed_commitments(commitment_ids, due, now) {
        Ok(list) => {
            let found = acc.commitment_problems(&list);
            problems.extend(found.into_iter().map(Problem::Commitment));
            list
        }
        Err(p) => {
            problems.push(p);
            Vec::new()
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    acc.add_commitments(commitments)
        .map_err(|ps| ps.into_iter().map(Problem::Commitment).collect::<Vec<_>>())?;
    journal.sessions.push(note);
    Ok(())
}

#[cfg(test)]
mod tests;
