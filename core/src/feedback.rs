//! A coach's feedback going back to the client, with no server: notes per goal, an
//! overall note and agreed actions, written while reviewing the client's backup. It
//! travels as a link (`#feedback=1.<payload>`, packed like a program link by
//! [`crate::share::pack`]: compact JSON, zlib-deflated, base64url, capped and
//! versioned) or as a small file holding the same text. Accepting it adds one session
//! note to the journal whose actions become commitments, and changes nothing else.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    forms, goals,
    journal::{self, SessionDraft},
    share::{self, LinkError, Unusable},
    Workbook,
};

/// The feedback shape this build writes.
pub const FEEDBACK_VERSION: u32 = 1;
/// The fragment parameter that carries feedback.
pub const PARAM: &str = "feedback";
/// What a feedback file says it is.
pub const FILE_FORMAT: &str = "waymark-feedback";

pub const MAX_COACH_NAME: usize = crate::program::MAX_COACH_NAME;
pub const MAX_OVERALL: usize = 3000;
pub const MAX_GOAL_NOTES: usize = 20;
pub const MAX_GOAL_NOTE: usize = 1500;
/// The goal's title as the coach saw it (kept so a goal since removed can be named).
pub const MAX_GOAL_TITLE: usize = 200;
pub const MAX_GOAL_ID: usize = 80;
pub const MAX_ACTIONS: usize = 10;
pub const MAX_ACTION: usize = 280;

/// What a coach sends back after reviewing a client's workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub version: u32,
    /// The coach's name, as they'd like to be called.
    pub coach: String,
    /// The day the feedback is about (usually the day of the review or session).
    pub date: NaiveDate,
    pub overall: String,
    /// Notes on the client's goals, each naming the goal by its id.
    pub goals: Vec<GoalNote>,
    /// Actions agreed; each becomes a commitment when the client accepts.
    pub actions: Vec<String>,
    /// When the actions are due, if the coach set a day.
    pub due: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
}

/// The coach's note on one of the client's goals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalNote {
    #[serde(rename = "i")]
    pub goal_id: String,
    /// The goal's title when the coach wrote the note.
    #[serde(rename = "t", default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(rename = "x")]
    pub note: String,
}

/// Which part of the feedback a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Coach,
    Overall,
    /// The note on the goal at this position.
    GoalNote(usize),
    GoalNotes,
    /// The action at this position.
    Action(usize),
    Actions,
    Whole,
}

/// What is wrong with a part of the feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    TooLong {
        chars: usize,
        max: usize,
    },
    TooMany {
        count: usize,
        max: usize,
    },
    Blank,
    /// A goal note without a goal to go with.
    NoGoal,
    /// Two notes on the same goal.
    RepeatedGoal,
    /// No note and no action: nothing to send.
    Nothing,
}

/// One thing wrong with the feedback: which part, and what (the UI words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: Field,
    pub issue: Issue,
}

fn too_long(text: &str, max: usize) -> Option<Issue> {
    let chars = text.chars().count();
    (chars > max).then_some(Issue::TooLong { chars, max })
}

impl Feedback {
    /// Empty feedback for the day `date`, started at `now`.
    pub fn new(date: NaiveDate, now: DateTime<Utc>) -> Self {
        Feedback {
            version: FEEDBACK_VERSION,
            coach: String::new(),
            date,
            overall: String::new(),
            goals: Vec::new(),
            actions: Vec::new(),
            due: None,
            created_at: now,
        }
    }

    /// The same feedback with surrounding spaces trimmed and blank notes and actions
    /// left out, as it should be sent.
    pub fn tidied(&self) -> Feedback {
        Feedback {
            version: self.version,
            coach: self.coach.trim().to_string(),
            date: self.date,
            overall: self.overall.trim().to_string(),
            goals: self
                .goals
                .iter()
                .filter(|g| !g.note.trim().is_empty())
                .map(|g| GoalNote {
                    goal_id: g.goal_id.trim().to_string(),
                    title: g.title.trim().to_string(),
                    note: g.note.trim().to_string(),
                })
                .collect(),
            actions: self
                .actions
                .iter()
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty())
                .collect(),
            due: self.due,
            created_at: self.created_at,
        }
    }

    /// True when there is nothing written to send.
    pub fn is_empty(&self) -> bool {
        self.overall.trim().is_empty()
            && self.goals.iter().all(|g| g.note.trim().is_empty())
            && self.actions.iter().all(|a| a.trim().is_empty())
    }

    /// Everything that stops this feedback being sent, in the order of the form.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut push = |field, issue: Option<Issue>| {
            if let Some(issue) = issue {
                out.push(Problem { field, issue });
            }
        };
        push(Field::Coach, too_long(&self.coach, MAX_COACH_NAME));
        push(Field::Overall, too_long(&self.overall, MAX_OVERALL));
        if self.goals.len() > MAX_GOAL_NOTES {
            push(
                Field::GoalNotes,
                Some(Issue::TooMany {
                    count: self.goals.len(),
                    max: MAX_GOAL_NOTES,
                }),
            );
        }
        let mut seen = BTreeSet::new();
        for (i, g) in self.goals.iter().enumerate() {
            let id = g.goal_id.trim();
            let issue = if id.is_empty() || id.chars().count() > MAX_GOAL_ID {
                Some(Issue::NoGoal)
            } else if !seen.insert(id) {
                Some(Issue::RepeatedGoal)
            } else if g.note.trim().is_empty() {
                Some(Issue::Blank)
            } else {
                too_long(&g.note, MAX_GOAL_NOTE).or_else(|| too_long(&g.title, MAX_GOAL_TITLE))
            };
            push(Field::GoalNote(i), issue);
        }
        if self.actions.len() > MAX_ACTIONS {
            push(
                Field::Actions,
                Some(Issue::TooMany {
                    count: self.actions.len(),
                    max: MAX_ACTIONS,
                }),
            );
        }
        for (i, a) in self.actions.iter().enumerate() {
            let issue = if a.trim().is_empty() {
                Some(Issue::Blank)
            } else {
                too_long(a, MAX_ACTION)
            };
            push(Field::Action(i), issue);
        }
        if self.is_empty() {
            push(Field::Whole, Some(Issue::Nothing));
        }
        out
    }

    /// "your coach" when the coach left their name out.
    pub fn coach_label(&self) -> &str {
        let name = self.coach.trim();
        if name.is_empty() {
            "your coach"
        } else {
            name
        }
    }

    /// A stable id for this feedback's content: the same feedback always gets the same
    /// id, so accepting it twice is noticed.
    pub fn id(&self) -> String {
        // FNV-1a over the wire JSON: stable across builds and platforms.
        let text = serde_json::to_vec(&Wire::from(self)).unwrap_or_default();
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for b in text {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        format!("fb-{hash:016x}")
    }

    /// The id of the session note accepting this feedback adds.
    pub fn session_id(&self) -> String {
        format!("{}-{}", journal::prefix::SESSION, self.id())
    }

    /// Each goal note with the client's goal it is about, or `None` when that goal is no
    /// longer in the workbook.
    pub fn matched<'a>(&'a self, wb: &'a Workbook) -> Vec<(&'a GoalNote, Option<&'a goals::Goal>)> {
        self.goals
            .iter()
            .map(|n| (n, wb.goals.iter().find(|g| g.id == n.goal_id)))
            .collect()
    }
}

/// The wire form: short keys keep links short. Never reorder or rename these.
#[derive(Serialize, Deserialize)]
struct Wire {
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    coach: String,
    #[serde(rename = "d")]
    #[serde(deserialize_with = "crate::stamps::date")]
    date: NaiveDate,
    #[serde(rename = "o", default, skip_serializing_if = "String::is_empty")]
    overall: String,
    #[serde(rename = "g", default, skip_serializing_if = "Vec::is_empty")]
    goals: Vec<GoalNote>,
    #[serde(rename = "a", default, skip_serializing_if = "Vec::is_empty")]
    actions: Vec<String>,
    #[serde(rename = "u", default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::stamps::date_opt")]
    due: Option<NaiveDate>,
    /// Creation time, seconds since 1970.
    #[serde(rename = "at")]
    created_at: i64,
}

impl From<&Feedback> for Wire {
    fn from(f: &Feedback) -> Self {
        Wire {
            coach: f.coach.clone(),
            date: f.date,
            overall: f.overall.clone(),
            goals: f.goals.clone(),
            actions: f.actions.clone(),
            due: f.due,
            created_at: f.created_at.timestamp(),
        }
    }
}

/// The feedback as the text after `#feedback=` (`1.<payload>`).
pub fn encode(feedback: &Feedback) -> String {
    // Plain data with string keys always serialises.
    let json = serde_json::to_vec(&Wire::from(feedback)).unwrap_or_default();
    share::pack(FEEDBACK_VERSION, &json)
}

/// The app address `base` (any fragment dropped) with the feedback attached.
pub fn link(base: &str, feedback: &Feedback) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}#{PARAM}={}", encode(feedback))
}

/// The feedback text in a location hash (`#feedback=…`), if the hash carries one.
pub fn find_in_hash(hash: &str) -> Option<&str> {
    share::find_param(hash, PARAM)
}

/// Reads the text after `#feedback=` back into feedback, checking it on the way, with
/// the same answers as a program link for text that is cut, changed or hostile.
pub fn decode(text: &str) -> Result<Feedback, LinkError> {
    let (version, json) = share::unpack(text, FEEDBACK_VERSION)?;
    let wire: Wire = share::read_json(&json)?;
    let created_at = DateTime::<Utc>::from_timestamp(wire.created_at, 0)
        .ok_or(LinkError::Invalid(Unusable::Date))?;
    let feedback = Feedback {
        version,
        coach: wire.coach,
        date: wire.date,
        overall: wire.overall,
        goals: wire.goals,
        actions: wire.actions,
        due: wire.due,
        created_at,
    };
    if let Some(problem) = feedback.problems().into_iter().next() {
        return Err(LinkError::Invalid(Unusable::Feedback(problem)));
    }
    Ok(feedback)
}

/// A feedback file: what it is, and the same text a link carries.
#[derive(Serialize, Deserialize)]
struct File {
    format: String,
    feedback: String,
}

/// The text of a small file carrying the feedback (the same text as the link).
pub fn file_text(feedback: &Feedback) -> String {
    let file = File {
        format: FILE_FORMAT.into(),
        feedback: encode(feedback),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// The feedback text in a feedback file, or `None` when the text isn't one. Only looks;
/// [`decode`] does the checking.
pub fn text_in_file(text: &str) -> Option<String> {
    if text.len() > share::MAX_LINK_CHARS * 2 {
        return None;
    }
    let file: File = serde_json::from_str(text).ok()?;
    (file.format == FILE_FORMAT).then_some(file.feedback)
}

/// What accepting feedback did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accepted {
    /// A session note was added, with this many commitments.
    Added {
        session_id: String,
        commitments: usize,
    },
    /// The same feedback was accepted before; nothing changed.
    AlreadyThere { session_id: String },
}

/// The session note's words, written by the UI in the person's language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoteWords {
    pub agenda: String,
    pub notes: String,
}

/// When the feedback's actions fall due: the coach's day if it is still ahead, else
/// the next check-in (or a week out).
pub fn due_date(feedback: &Feedback, wb: &Workbook, today: NaiveDate) -> NaiveDate {
    feedback
        .due
        .filter(|d| *d >= today)
        .unwrap_or_else(|| forms::default_due(wb.checkins.plan.as_ref(), today))
}

/// Adds the feedback to the workbook as one session note (`words`, dated the
/// feedback's day, or today if that is later than today) whose actions become open
/// commitments, and changes nothing else. `commitment_ids` gives one fresh id per
/// action. Accepting the same feedback again changes nothing.
pub fn accept(
    wb: &mut Workbook,
    feedback: &Feedback,
    words: NoteWords,
    commitment_ids: &[String],
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Accepted, Vec<journal::Problem>> {
    let session_id = feedback.session_id();
    if wb.journal.sessions.iter().any(|s| s.id == session_id) {
        return Ok(Accepted::AlreadyThere { session_id });
    }
    let due = due_date(feedback, wb, today);
    let draft = SessionDraft {
        date: feedback.date.min(today),
        agenda: words.agenda,
        notes: words.notes,
        agreed_actions: feedback.actions.clone(),
    };
    journal::record_session_note(
        &mut wb.journal,
        &mut wb.checkins,
        session_id.clone(),
        draft,
        commitment_ids,
        due,
        now,
    )?;
    Ok(Accepted::Added {
        session_id,
        commitments: commitment_ids.len(),
    })
}

#[cfg(test)]
mod tests;
