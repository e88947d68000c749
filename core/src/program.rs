//! Coach programs: what a coach prepares for a client (welcome, exercises in order,
//! their own reflection questions, goal templates, a check-in rhythm), the rules that
//! keep one sensible, and how an accepted program sits in a workbook and guides the
//! person through it. Turning a program into a link is [`crate::share`]'s job.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::engagement::{Engagement, OutOfRange};
use crate::{checkins::Cadence, content, goals::TemplateId, Workbook};

/// The program shape this build writes into links.
/// The newest program shape this build reads from links. Version 2 added a why to the
/// coach's own goals and planned sessions; a link is written at the lowest version that
/// carries everything in it ([`Program::link_version`]), so a program with neither still
/// opens in a build from before them, and one with them is refused there by name
/// ("made with a newer version") instead of losing them quietly. Version 3 added the
/// goal templates for people who are retired or semi-retired and for portfolio careers.
pub const PROGRAM_VERSION: u32 = 3;

pub const MAX_COACH_NAME: usize = 80;
pub const MAX_CONTACT: usize = 160;
pub const MAX_WELCOME: usize = 1500;
pub const MAX_QUESTIONS: usize = 8;
pub const MAX_QUESTION: usize = 280;
pub const MAX_CUSTOM_GOALS: usize = 6;
pub const MAX_CUSTOM_GOAL: usize = 120;
/// The longest "why" a coach may give for one of their own goals.
pub const MAX_CUSTOM_GOAL_WHY: usize = 240;
/// The longest answer kept for one of the coach's questions.
pub const MAX_ANSWER: usize = 4000;

fn one() -> u32 {
    1
}

/// A program as a coach builds it and a link carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Program {
    /// The program shape version ([`PROGRAM_VERSION`] when written by this build).
    #[serde(default = "one")]
    pub version: u32,
    /// The coach's name, as they'd like to be called.
    #[serde(default)]
    pub coach: String,
    /// How to reach the coach (an email address, a phone number, a booking page).
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub welcome: String,
    /// Instrument ids (see [`crate::content`]) in the order to do them.
    #[serde(default)]
    pub instruments: Vec<String>,
    /// The coach's own reflection questions.
    #[serde(default)]
    pub questions: Vec<String>,
    /// Goal template keys (see [`TemplateId::key`]).
    #[serde(default)]
    pub templates: Vec<String>,
    /// Goals the coach suggests in their own words, each with an optional short why.
    #[serde(default)]
    pub custom_goals: Vec<CoachGoal>,
    /// The check-in rhythm the coach suggests, if any.
    #[serde(default)]
    pub cadence: Option<Cadence>,
    /// The sessions the coach plans with the client, if they set them out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engagement: Option<Engagement>,
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
}

/// A goal a coach suggests in their own words, with a short why (empty when none).
///
/// Older builds stored and sent a goal as its title alone; both shapes are read, and a
/// goal with no why is still written as its title alone, so a program reads, writes and
/// fingerprints the same as before.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(from = "CoachGoalShape", into = "CoachGoalShape")]
pub struct CoachGoal {
    pub title: String,
    pub why: String,
}

impl CoachGoal {
    /// A goal with a title and a why.
    pub fn new(title: impl Into<String>, why: impl Into<String>) -> Self {
        CoachGoal {
            title: title.into(),
            why: why.into(),
        }
    }

    fn is_blank(&self) -> bool {
        self.title.trim().is_empty() && self.why.trim().is_empty()
    }
}

impl From<&str> for CoachGoal {
    fn from(title: &str) -> Self {
        CoachGoal::new(title, "")
    }
}

/// The two shapes a coach's goal is written in: its title alone, or title and why.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
enum CoachGoalShape {
    Title(String),
    WithWhy {
        title: String,
        #[serde(default)]
        why: String,
    },
}

impl From<CoachGoalShape> for CoachGoal {
    fn from(shape: CoachGoalShape) -> Self {
        match shape {
            CoachGoalShape::Title(title) => CoachGoal::new(title, ""),
            CoachGoalShape::WithWhy { title, why } => CoachGoal { title, why },
        }
    }
}

impl From<CoachGoal> for CoachGoalShape {
    fn from(goal: CoachGoal) -> Self {
        if goal.why.is_empty() {
            CoachGoalShape::Title(goal.title)
        } else {
            CoachGoalShape::WithWhy {
                title: goal.title,
                why: goal.why,
            }
        }
    }
}

/// Which part of a program a problem is about, for showing it next to its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Coach,
    Contact,
    Welcome,
    Instruments,
    /// The question at this position.
    Question(usize),
    Questions,
    Templates,
    /// The custom goal at this position.
    CustomGoal(usize),
    /// The why of the custom goal at this position.
    CustomGoalWhy(usize),
    CustomGoals,
    /// The planned sessions.
    Engagement,
    Whole,
}

/// One thing wrong with a program: which part, and what (the UI words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: Field,
    pub issue: Issue,
}

impl Problem {
    fn at(field: Field, issue: Issue) -> Problem {
        Problem { field, issue }
    }
}

/// What is wrong with a part of a program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    /// The text has `chars` characters where `max` are allowed.
    TooLong {
        chars: usize,
        max: usize,
    },
    /// An exercise id this build doesn't know.
    UnknownExercise(String),
    RepeatedExercise(String),
    /// More entries than the program may hold.
    TooMany {
        count: usize,
        max: usize,
    },
    /// A question or goal idea with no words.
    Blank,
    UnknownTemplate(String),
    RepeatedTemplate(String),
    /// Nothing for the person to do.
    NoSteps,
    /// The sessions' number or spacing is outside what a program may hold.
    Engagement(OutOfRange),
}

/// What is wrong with a list of texts (questions, goal ideas): too many, blank, too long.
fn list_problems(
    list: &[String],
    (whole, one): (Field, fn(usize) -> Field),
    most: usize,
    longest: usize,
) -> Vec<Problem> {
    let mut out = Vec::new();
    if list.len() > most {
        out.push(Problem {
            field: whole,
            issue: Issue::TooMany {
                count: list.len(),
                max: most,
            },
        });
    }
    for (i, text) in list.iter().enumerate() {
        let issue = if text.trim().is_empty() {
            Some(Issue::Blank)
        } else {
            too_long(text, longest)
        };
        out.extend(issue.map(|issue| Problem {
            field: one(i),
            issue,
        }));
    }
    out
}

fn too_long(text: &str, max: usize) -> Option<Issue> {
    let chars = text.chars().count();
    (chars > max).then_some(Issue::TooLong { chars, max })
}

impl Program {
    /// The lowest link version that carries everything in this program: 3 with a
    /// template added in version 3, 2 once a coach goal has a why or sessions are
    /// planned, else 1.
    pub fn link_version(&self) -> u32 {
        let whys = self.custom_goals.iter().any(|g| !g.why.trim().is_empty());
        let newer_templates = self
            .templates
            .iter()
            .any(|t| matches!(t.as_str(), "meaningful_work" | "portfolio_career"));
        if newer_templates {
            3
        } else if whys || self.engagement.is_some() {
            2
        } else {
            1
        }
    }

    /// An empty program started at `now`.
    pub fn new(now: DateTime<Utc>) -> Self {
        Program {
            version: PROGRAM_VERSION,
            coach: String::new(),
            contact: String::new(),
            welcome: String::new(),
            instruments: Vec::new(),
            questions: Vec::new(),
            templates: Vec::new(),
            custom_goals: Vec::new(),
            cadence: None,
            engagement: None,
            created_at: now,
        }
    }

    /// The same program with surrounding spaces trimmed and blank questions and goals
    /// left out, as it should be shared.
    pub fn tidied(&self) -> Program {
        let clean = |list: &[String]| -> Vec<String> {
            list.iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        };
        Program {
            version: self.version,
            coach: self.coach.trim().to_string(),
            contact: self.contact.trim().to_string(),
            welcome: self.welcome.trim().to_string(),
            instruments: self.instruments.clone(),
            questions: clean(&self.questions),
            templates: self.templates.clone(),
            custom_goals: self
                .custom_goals
                .iter()
                .filter(|g| !g.is_blank())
                .map(|g| CoachGoal::new(g.title.trim(), g.why.trim()))
                .collect(),
            cadence: self.cadence,
            engagement: self.engagement,
            created_at: self.created_at,
        }
    }

    /// True when there is nothing for the person to do.
    pub fn has_no_steps(&self) -> bool {
        self.instruments.is_empty()
            && self.questions.iter().all(|q| q.trim().is_empty())
            && self.templates.is_empty()
            && self.custom_goals.iter().all(|g| g.title.trim().is_empty())
            && self.cadence.is_none()
            && self.engagement.is_none()
    }

    /// Everything that stops this program being shared, in the order of the form.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        for (field, text, max) in [
            (Field::Coach, &self.coach, MAX_COACH_NAME),
            (Field::Contact, &self.contact, MAX_CONTACT),
            (Field::Welcome, &self.welcome, MAX_WELCOME),
        ] {
            if let Some(issue) = too_long(text, max) {
                out.push(Problem::at(field, issue));
            }
        }
        let mut seen = BTreeSet::new();
        for id in &self.instruments {
            if content::instrument(id).is_none() {
                out.push(Problem::at(
                    Field::Instruments,
                    Issue::UnknownExercise(id.clone()),
                ));
            } else if !seen.insert(id.as_str()) {
                out.push(Problem::at(
                    Field::Instruments,
                    Issue::RepeatedExercise(id.clone()),
                ));
            }
        }
        out.extend(list_problems(
            &self.questions,
            (Field::Questions, Field::Question),
            MAX_QUESTIONS,
            MAX_QUESTION,
        ));
        let mut seen = BTreeSet::new();
        for key in &self.templates {
            if TemplateId::from_key(key).is_none() {
                out.push(Problem::at(
                    Field::Templates,
                    Issue::UnknownTemplate(key.clone()),
                ));
            } else if !seen.insert(key.as_str()) {
                out.push(Problem::at(
                    Field::Templates,
                    Issue::RepeatedTemplate(key.clone()),
                ));
            }
        }
        let titles: Vec<String> = self.custom_goals.iter().map(|g| g.title.clone()).collect();
        let goal_problems = list_problems(
            &titles,
            (Field::CustomGoals, Field::CustomGoal),
            MAX_CUSTOM_GOALS,
            MAX_CUSTOM_GOAL,
        );
        out.extend(goal_problems);
        for (i, goal) in self.custom_goals.iter().enumerate() {
            if let Some(issue) = too_long(&goal.why, MAX_CUSTOM_GOAL_WHY) {
                out.push(Problem::at(Field::CustomGoalWhy(i), issue));
            }
        }
        for issue in self.engagement.iter().flat_map(Engagement::problems) {
            out.push(Problem::at(Field::Engagement, Issue::Engagement(issue)));
        }
        if self.has_no_steps() {
            out.push(Problem::at(Field::Whole, Issue::NoSteps));
        }
        out
    }

    /// A stable id for this program's content: the same program always gets the same
    /// id, so accepting it twice is noticed.
    pub fn fingerprint(&self) -> String {
        // FNV-1a over the canonical JSON: stable across builds and platforms.
        let text = serde_json::to_string(self).unwrap_or_default();
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for b in text.bytes() {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        format!("prog-{hash:016x}")
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

    /// The programs's exercises that this build knows, in order.
    pub fn known_instruments(&self) -> Vec<&'static crate::discover::Instrument> {
        self.instruments
            .iter()
            .filter_map(|id| content::instrument(id))
            .collect()
    }

    /// The program's goal templates that this build knows, in order.
    pub fn known_templates(&self) -> Vec<TemplateId> {
        self.templates
            .iter()
            .filter_map(|k| TemplateId::from_key(k))
            .collect()
    }
}

mod accepted;
pub use accepted::*;

#[cfg(test)]
pub(crate) mod tests;
