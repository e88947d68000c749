//! The wins journal (dated evidence of progress, the ground confidence stands on) and
//! notes from coaching sessions, whose agreed actions become commitments. Pure rules;
//! dates and "now" are parameters. Commitments themselves live in `checkins`.

use std::fmt;

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
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    pub updated_at: DateTime<Utc>,
}

/// Notes from a session with a coach.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SessionNote {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub date: NaiveDate,
    #[serde(default)]
    pub agenda: String,
    #[serde(default)]
    pub notes: String,
    /// Actions agreed in the session; each became a commitment when the note was saved.
    #[serde(default)]
    pub agreed_actions: Vec<String>,
    #[serde(default)]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
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

/// Something that stops a journal entry from being saved.
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

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::EmptyWin => write!(f, "Write what happened. Small wins count too."),
            Problem::EmptySession => write!(
                f,
                "Add an agenda, a note or an agreed action before saving this session."
            ),
            Problem::FutureDate(date) => write!(
                f,
                "This is dated {date}, which hasn't come yet. Date it today or earlier."
            ),
            Problem::MissingId => write!(f, "This entry has no id, so it can't be saved."),
            Problem::DuplicateId(id) => {
                write!(f, "There is already an entry with the id \"{id}\".")
            }
            Problem::ActionIdCountMismatch { actions, ids } => write!(
                f,
                "Each agreed action needs its own id: there are {actions} actions and {ids} ids."
            ),
            Problem::Commitment(p) => p.fmt(f),
        }
    }
}

impl std::error::Error for Problem {}

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
mod tests {
    use super::*;
    use crate::checkins::{CommitmentStatus, Origin};
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn at(y: i32, m: u32, day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, day, 9, 30, 0).single().unwrap()
    }

    fn win(date: NaiveDate, what: &str, goal: Option<&str>) -> WinDraft {
        WinDraft {
            date,
            what_happened: what.into(),
            what_it_shows: "Persistence".into(),
            goal_id: goal.map(str::to_owned),
            milestone_id: None,
        }
    }

    fn session(date: NaiveDate, actions: &[&str]) -> SessionDraft {
        SessionDraft {
            date,
            agenda: "Interview nerves".into(),
            notes: "Practise the first two minutes out loud.".into(),
            agreed_actions: actions.iter().map(|a| (*a).to_owned()).collect(),
        }
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_saved_win_is_tidied_and_counted() {
        let mut j = Journal::default();
        let draft = WinDraft {
            what_happened: "  Gave my first talk ".into(),
            goal_id: Some(" ".into()),
            ..win(d(2026, 1, 8), "", None)
        };
        assert_eq!(j.add_win("w1".into(), draft, at(2026, 1, 8)), Ok(()));
        let w = j.win("w1").unwrap();
        assert_eq!(w.what_happened, "Gave my first talk");
        assert_eq!(w.goal_id, None);
        assert_eq!(w.created_at, at(2026, 1, 8));
        assert_eq!(j.entry_count(), 1);
        assert!(!j.is_empty());
    }

    #[test]
    fn a_win_needs_words_a_free_id_and_a_date_not_in_the_future() {
        let mut j = Journal::default();
        j.add_win(
            "w1".into(),
            win(d(2026, 1, 8), "Talk", None),
            at(2026, 1, 8),
        )
        .unwrap();
        let problems = j
            .add_win(
                "w1".into(),
                win(d(2026, 1, 12), "  ", None),
                at(2026, 1, 10),
            )
            .unwrap_err();
        assert_eq!(
            problems,
            [
                Problem::EmptyWin,
                Problem::FutureDate(d(2026, 1, 12)),
                Problem::DuplicateId("w1".into())
            ]
        );
        assert_eq!(
            problems[0].to_string(),
            "Write what happened. Small wins count too."
        );
        assert_eq!(j.entry_count(), 1);
    }

    #[test]
    fn a_milestone_win_is_prefilled_and_remembered() {
        let mut j = Journal::default();
        let draft = WinDraft::for_milestone("g1", "m1", " Portfolio live ", d(2026, 2, 1));
        assert_eq!(draft.what_happened, "I reached a milestone: Portfolio live");
        assert!(!j.has_win_for_milestone("m1"));
        j.add_win("w1".into(), draft, at(2026, 2, 1)).unwrap();
        assert!(j.has_win_for_milestone("m1"));
        assert_eq!(j.wins_newest_first(Some("g1")).len(), 1);
    }

    #[test]
    fn wins_list_newest_first_and_filter_by_goal() {
        let mut j = Journal::default();
        j.add_win(
            "w1".into(),
            win(d(2026, 1, 5), "Old", Some("g1")),
            at(2026, 1, 5),
        )
        .unwrap();
        j.add_win(
            "w2".into(),
            win(d(2026, 1, 20), "New", Some("g2")),
            at(2026, 1, 20),
        )
        .unwrap();
        j.add_win(
            "w3".into(),
            win(d(2026, 1, 12), "Middle", Some("g1")),
            at(2026, 1, 12),
        )
        .unwrap();
        let all: Vec<_> = j
            .wins_newest_first(None)
            .iter()
            .map(|w| w.id.as_str())
            .collect();
        assert_eq!(all, ["w2", "w3", "w1"]);
        let g1: Vec<_> = j
            .wins_newest_first(Some("g1"))
            .iter()
            .map(|w| w.id.as_str())
            .collect();
        assert_eq!(g1, ["w3", "w1"]);
        assert!(j.wins_newest_first(Some("g9")).is_empty());
    }

    #[test]
    fn wins_on_the_same_day_list_the_later_written_first() {
        let mut j = Journal::default();
        j.add_win(
            "a".into(),
            win(d(2026, 1, 5), "Morning", None),
            at(2026, 1, 5),
        )
        .unwrap();
        j.add_win(
            "b".into(),
            win(d(2026, 1, 5), "Evening", None),
            at(2026, 1, 6),
        )
        .unwrap();
        let order: Vec<_> = j
            .wins_newest_first(None)
            .iter()
            .map(|w| w.id.as_str())
            .collect();
        assert_eq!(order, ["b", "a"]);
    }

    #[test]
    fn the_journal_mixes_wins_and_sessions_but_a_goal_filter_shows_only_wins() {
        let mut j = Journal::default();
        let mut acc = Accountability::default();
        j.add_win(
            "w1".into(),
            win(d(2026, 1, 5), "Old", Some("g1")),
            at(2026, 1, 5),
        )
        .unwrap();
        record_session_note(
            &mut j,
            &mut acc,
            "s1".into(),
            session(d(2026, 1, 9), &[]),
            &[],
            d(2026, 1, 16),
            at(2026, 1, 9),
        )
        .unwrap();
        let all: Vec<_> = j
            .entries_newest_first(None)
            .iter()
            .map(|e| e.id())
            .collect();
        assert_eq!(all, ["s1", "w1"]);
        let g1: Vec<_> = j
            .entries_newest_first(Some("g1"))
            .iter()
            .map(|e| e.id())
            .collect();
        assert_eq!(g1, ["w1"]);
        assert_eq!(j.sessions_newest_first()[0].id, "s1");
    }

    #[test]
    fn agreed_actions_become_open_commitments_linked_to_the_session() {
        let mut j = Journal::default();
        let mut acc = Accountability::default();
        let draft = session(d(2026, 1, 9), &["Rehearse my intro", "  ", "Email Sam"]);
        let result = record_session_note(
            &mut j,
            &mut acc,
            "s1".into(),
            draft,
            &ids(&["c1", "c2"]),
            d(2026, 1, 16),
            at(2026, 1, 9),
        );
        assert_eq!(result, Ok(()));
        let note = j.session("s1").unwrap();
        assert_eq!(note.agreed_actions, ["Rehearse my intro", "Email Sam"]);
        let c = acc.commitment("c2").unwrap();
        assert_eq!(c.text, "Email Sam");
        assert_eq!(c.due, d(2026, 1, 16));
        assert_eq!(c.status, CommitmentStatus::Open);
        assert_eq!(c.origin, Some(Origin::SessionNote("s1".into())));
        assert_eq!(acc.commitments_to_review().len(), 2);
    }

    #[test]
    fn agreed_commitments_need_one_id_per_action() {
        let note = SessionNote {
            id: "s1".into(),
            agreed_actions: ids(&["One", "Two"]),
            ..Default::default()
        };
        assert_eq!(
            note.agreed_commitments(&ids(&["c1"]), d(2026, 1, 16), at(2026, 1, 9)),
            Err(Problem::ActionIdCountMismatch { actions: 2, ids: 1 })
        );
        let made = note
            .agreed_commitments(&ids(&["c1", "c2"]), d(2026, 1, 16), at(2026, 1, 9))
            .unwrap();
        assert_eq!(made[0].text, "One");
        assert_eq!(made[1].id, "c2");
    }

    #[test]
    fn a_session_that_cannot_be_saved_changes_neither_journal_nor_commitments() {
        let mut j = Journal::default();
        let mut acc = Accountability::default();
        record_session_note(
            &mut j,
            &mut acc,
            "s1".into(),
            session(d(2026, 1, 2), &["First"]),
            &ids(&["c1"]),
            d(2026, 1, 9),
            at(2026, 1, 2),
        )
        .unwrap();
        let (j_before, acc_before) = (j.clone(), acc.clone());
        // The commitment id is taken and the note says nothing.
        let empty = SessionDraft {
            date: d(2026, 1, 9),
            agreed_actions: ids(&["Again"]),
            ..Default::default()
        };
        let problems = record_session_note(
            &mut j,
            &mut acc,
            "s2".into(),
            empty,
            &ids(&["c1"]),
            d(2026, 1, 16),
            at(2026, 1, 9),
        )
        .unwrap_err();
        assert_eq!(
            problems,
            [Problem::Commitment(checkins::Problem::DuplicateId(
                "c1".into()
            ))]
        );
        let blank = SessionDraft {
            date: d(2026, 1, 9),
            agreed_actions: ids(&[" "]),
            ..Default::default()
        };
        let problems = record_session_note(
            &mut j,
            &mut acc,
            "s1".into(),
            blank,
            &[],
            d(2026, 1, 16),
            at(2026, 1, 9),
        )
        .unwrap_err();
        assert_eq!(
            problems,
            [Problem::EmptySession, Problem::DuplicateId("s1".into())]
        );
        assert_eq!((j, acc), (j_before, acc_before));
    }

    #[test]
    fn repeated_ids_among_new_actions_are_refused() {
        let mut j = Journal::default();
        let mut acc = Accountability::default();
        let problems = record_session_note(
            &mut j,
            &mut acc,
            "s1".into(),
            session(d(2026, 1, 9), &["One", "Two"]),
            &ids(&["c1", "c1"]),
            d(2026, 1, 16),
            at(2026, 1, 9),
        )
        .unwrap_err();
        assert_eq!(
            problems,
            [Problem::Commitment(checkins::Problem::DuplicateId(
                "c1".into()
            ))]
        );
        assert!(j.is_empty() && acc.is_empty());
    }

    #[test]
    fn an_older_file_without_journal_fields_loads_empty_and_round_trips() {
        let j: Journal = serde_json::from_str("{}").unwrap();
        assert!(j.is_empty());
        let mut j = Journal::default();
        j.add_win(
            "w1".into(),
            win(d(2026, 1, 5), "Talk", Some("g1")),
            at(2026, 1, 5),
        )
        .unwrap();
        j.sessions.push(SessionNote {
            id: "s1".into(),
            date: d(2026, 1, 9),
            agreed_actions: ids(&["Call, then write; done"]),
            ..Default::default()
        });
        let back: Journal = serde_json::from_str(&serde_json::to_string(&j).unwrap()).unwrap();
        assert_eq!(back, j);
    }
}
