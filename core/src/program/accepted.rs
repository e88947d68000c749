//! A program on the person's side: how an accepted program sits in their workbook, the
//! rhythm it suggests, accepting one, and how far through it they are.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::*;

/// A program the person has added to their workbook, with their answers to the
/// coach's questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AcceptedProgram {
    /// [`Program::fingerprint`] of the program.
    pub id: String,
    pub program: Program,
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub accepted_at: DateTime<Utc>,
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
    /// One answer per question, by position (missing or empty = not answered yet).
    #[serde(default)]
    pub answers: Vec<String>,
}

impl AcceptedProgram {
    /// The answer to question `index`, or "" when there is none.
    pub fn answer(&self, index: usize) -> &str {
        self.answers.get(index).map_or("", String::as_str)
    }
}

/// The check-in rhythm a coach suggested, from the latest accepted program that suggests
/// one, with the coach's name (empty when they left it out).
pub fn suggested_cadence(wb: &Workbook) -> Option<(Cadence, String)> {
    wb.programs
        .iter()
        .filter(|p| p.program.cadence.is_some())
        .max_by_key(|p| p.accepted_at)
        .and_then(|p| Some((p.program.cadence?, p.program.coach.trim().to_string())))
}

/// What accepting a program did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accepted {
    Added {
        id: String,
    },
    /// The same program was already in the workbook; nothing changed.
    AlreadyThere {
        id: String,
    },
}

/// Adds `program` to the workbook, changing nothing else. Adding the same program
/// again changes nothing.
pub fn accept(wb: &mut Workbook, program: &Program, now: DateTime<Utc>) -> Accepted {
    let id = program.fingerprint();
    if wb.programs.iter().any(|p| p.id == id) {
        return Accepted::AlreadyThere { id };
    }
    wb.programs.push(AcceptedProgram {
        id: id.clone(),
        program: program.clone(),
        accepted_at: now,
        updated_at: now,
        answers: Vec::new(),
    });
    Accepted::Added { id }
}

/// Why an answer could not be kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    NoSuchProgram,
    NoSuchQuestion,
    TooLong { chars: usize },
}

/// Keeps the person's answer to question `index` of program `id`.
pub fn set_answer(
    wb: &mut Workbook,
    id: &str,
    index: usize,
    text: &str,
    now: DateTime<Utc>,
) -> Result<(), AnswerError> {
    let p = wb
        .programs
        .iter_mut()
        .find(|p| p.id == id)
        .ok_or(AnswerError::NoSuchProgram)?;
    if index >= p.program.questions.len() {
        return Err(AnswerError::NoSuchQuestion);
    }
    let chars = text.chars().count();
    if chars > MAX_ANSWER {
        return Err(AnswerError::TooLong { chars });
    }
    if p.answers.len() <= index {
        p.answers.resize(index + 1, String::new());
    }
    p.answers[index] = text.trim().to_string();
    p.updated_at = now.max(p.updated_at);
    Ok(())
}

/// Takes a program out of the workbook (the answers go with it).
pub fn remove(wb: &mut Workbook, id: &str) -> bool {
    let before = wb.programs.len();
    wb.programs.retain(|p| p.id != id);
    wb.programs.len() != before
}

/// One exercise of a program and whether the person has a result for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseStep {
    pub id: &'static str,
    pub title: &'static str,
    pub minutes: u8,
    pub done: bool,
}

/// The next thing a program asks of the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextStep {
    /// Do this exercise (the first listed one without a result).
    Exercise {
        id: &'static str,
        title: &'static str,
    },
    /// Answer the coach's questions.
    Questions,
    /// Choose a check-in rhythm (the coach suggests this one).
    Cadence(Cadence),
    /// Set a first goal (from a suggested template, if any).
    Goal,
    /// Everything the program asks for is under way.
    Done,
}

/// Where the person stands in a program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgramProgress {
    pub exercises: Vec<ExerciseStep>,
    pub questions_answered: usize,
    pub questions_total: usize,
    /// True when a check-in rhythm is set (whichever one).
    pub cadence_set: bool,
    pub has_goals: bool,
    pub next: NextStep,
    /// Steps done and steps in all, for a progress bar.
    pub done: usize,
    pub total: usize,
}

/// How far the person is through `accepted`, given their workbook.
pub fn progress(accepted: &AcceptedProgram, wb: &Workbook) -> ProgramProgress {
    let program = &accepted.program;
    let exercises: Vec<ExerciseStep> = program
        .known_instruments()
        .into_iter()
        .map(|i| ExerciseStep {
            id: i.id,
            title: i.title,
            minutes: i.minutes,
            done: wb.discovery.latest(i.id).is_some(),
        })
        .collect();
    let questions_total = program.questions.len();
    let questions_answered = (0..questions_total)
        .filter(|i| !accepted.answer(*i).trim().is_empty())
        .count();
    let cadence_set = wb.checkins.plan.is_some();
    let has_goals = !wb.goals.is_empty();
    let wants_goal = !program.templates.is_empty() || !program.custom_goals.is_empty();

    let next = if let Some(e) = exercises.iter().find(|e| !e.done) {
        NextStep::Exercise {
            id: e.id,
            title: e.title,
        }
    } else if questions_answered < questions_total {
        NextStep::Questions
    } else if let (Some(c), false) = (program.cadence, cadence_set) {
        NextStep::Cadence(c)
    } else if wants_goal && !has_goals {
        NextStep::Goal
    } else {
        NextStep::Done
    };

    let mut done = exercises.iter().filter(|e| e.done).count() + questions_answered;
    let mut total = exercises.len() + questions_total;
    if program.cadence.is_some() {
        total += 1;
        done += usize::from(cadence_set);
    }
    if wants_goal {
        total += 1;
        done += usize::from(has_goals);
    }
    ProgramProgress {
        exercises,
        questions_answered,
        questions_total,
        cadence_set,
        has_goals,
        next,
        done,
        total,
    }
}
