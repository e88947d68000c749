//! What the forms say when something stops them from saving. The core finds the
//! problems and hands them over as data; the sentences, with dates in the person's
//! locale, are written here.

use waymark_core::checkins::Problem as CheckInProblem;
use waymark_core::journal::Problem as JournalProblem;

use crate::store::locale::Locale;

/// Under a number field holding something else.
pub const NOT_A_NUMBER: &str = "Please write a number, such as 0, 12 or 2.5.";
pub const PICK_WIN_DATE: &str = "Pick the date of this win.";
pub const PICK_SESSION_DATE: &str = "Pick the date of this session.";
pub const PICK_ACTIONS_DUE: &str = "Pick when the agreed actions are due.";
pub const PICK_CHECKIN_DATE: &str = "Pick the date of this check-in.";
pub const GOAL_NEEDS_TITLE: &str = "Your goal needs a title before it can be saved.";
pub const GOAL_NOT_SAVED: &str = "Something went wrong saving this goal. Please try again.";

/// A new commitment with words but no due date.
pub fn commitment_needs_due(position: usize) -> String {
    format!("Pick a due date for commitment {position}.")
}

/// "Agreed action 2", the label of a row in the session form.
pub fn agreed_action(position: usize) -> String {
    format!("Agreed action {position}")
}

pub fn remove_agreed_action(position: usize) -> String {
    format!("Remove agreed action {position}")
}

/// Why a check-in or a commitment can't be saved.
pub fn checkin_problem(l: &Locale, p: &CheckInProblem) -> String {
    use CheckInProblem as P;
    match p {
        P::ConfidenceOutOfRange(0) => "Choose how confident you feel, from 1 to 10.".into(),
        P::ConfidenceOutOfRange(n) => format!(
            "Confidence is a number from 1 to 10, and {n} is outside that. Pick the number that feels closest."
        ),
        P::EnergyOutOfRange(0) => "Choose how much energy you have, from 1 to 10.".into(),
        P::EnergyOutOfRange(n) => format!(
            "Energy is a number from 1 to 10, and {n} is outside that. Pick the number that feels closest."
        ),
        P::EmptyReflection => {
            "Write a line or two first: what you did, what got in the way, or what you'll do next."
                .into()
        }
        P::FutureDate(date) => future_date(l, *date),
        P::MissingId => "This record has no id, so it can't be saved.".into(),
        P::DuplicateId(id) => format!("There is already a record with the id \"{id}\"."),
        P::BlankCommitment { position } => {
            format!("Commitment {position} is blank. Write what you'll do, or remove it.")
        }
        P::CommitmentDueBeforeCheckIn { position, due } => format!(
            "Commitment {position} is due on {}, before this check-in. Pick a date on or after the check-in.",
            l.medium_date(*due)
        ),
        P::IdCountMismatch { commitments, ids } => format!(
            "Each new commitment needs its own id: there are {commitments} commitments and {ids} ids."
        ),
        P::UnknownCommitment(id) => {
            format!("There is no commitment with the id \"{id}\" to review.")
        }
    }
}

/// Why a win or session note can't be saved.
pub fn journal_problem(l: &Locale, p: &JournalProblem) -> String {
    use JournalProblem as P;
    match p {
        P::EmptyWin => "Write what happened. Small wins count too.".into(),
        P::EmptySession => {
            "Add an agenda, a note or an agreed action before saving this session.".into()
        }
        P::FutureDate(date) => future_date(l, *date),
        P::MissingId => "This entry has no id, so it can't be saved.".into(),
        P::DuplicateId(id) => format!("There is already an entry with the id \"{id}\"."),
        P::ActionIdCountMismatch { actions, ids } => format!(
            "Each agreed action needs its own id: there are {actions} actions and {ids} ids."
        ),
        P::Commitment(p) => checkin_problem(l, p),
    }
}

fn future_date(l: &Locale, date: chrono::NaiveDate) -> String {
    format!(
        "This is dated {}, which hasn't come yet. Date it today or earlier.",
        l.medium_date(date)
    )
}

/// "Question 2", the label of a row in the coach's questions.
pub fn coach_question(position: usize) -> String {
    format!("Question {position}")
}

pub fn remove_coach_question(position: usize) -> String {
    format!("Remove question {position}")
}

/// "Sam suggests checking in every month.", above the rhythm choices.
pub fn coach_suggests_rhythm(coach: &str, cadence: waymark_core::checkins::Cadence) -> String {
    let coach = if coach.is_empty() {
        "Your coach"
    } else {
        coach
    };
    format!(
        "{coach} suggests checking in {}. You can choose another rhythm.",
        cadence.label().to_lowercase()
    )
}

/// "Goal idea 2", the label of a coach's own goal in the builder.
pub fn coach_goal(position: usize) -> String {
    format!("Goal idea {position}")
}

pub fn coach_goal_why(position: usize) -> String {
    format!("Why goal idea {position} could matter (optional)")
}

pub fn remove_coach_goal(position: usize) -> String {
    format!("Remove goal idea {position}")
}

/// What is wrong with part of a coach's program.
pub fn program_problem(p: &waymark_core::program::Problem) -> String {
    use waymark_core::program::{Field as F, Issue as I};
    let part = match p.field {
        F::Coach => "Your name".to_string(),
        F::Contact => "The contact line".to_string(),
        F::Welcome => "The welcome message".to_string(),
        F::Question(i) => format!("Question {}", i + 1),
        F::CustomGoal(i) => format!("Goal idea {}", i + 1),
        F::CustomGoalWhy(i) => format!("The why of goal idea {}", i + 1),
        F::Instruments
        | F::Questions
        | F::Templates
        | F::CustomGoals
        | F::Engagement
        | F::Whole => "This part".to_string(),
    };
    match &p.issue {
        I::TooLong { chars, max } => {
            format!("{part} is {chars} characters; please keep it to {max}.")
        }
        I::Blank => format!("{part} is empty: write it or remove it."),
        I::UnknownExercise(id) => {
            format!("\"{id}\" isn't an exercise this version of Waymark knows.")
        }
        I::RepeatedExercise(id) => format!("An exercise is listed twice ({id}); keep it once."),
        I::UnknownTemplate(key) => {
            format!("\"{key}\" isn't a goal template this version of Waymark knows.")
        }
        I::RepeatedTemplate(key) => {
            format!("A goal template is listed twice ({key}); keep it once.")
        }
        I::TooMany { count, max } if p.field == F::CustomGoals => {
            format!("There are {count} goals of your own; a program can hold up to {max}.")
        }
        I::TooMany { count, max } => {
            format!("There are {count} questions; a program can hold up to {max}.")
        }
        I::Engagement(o) => super::coaching::out_of_range(o),
        I::NoSteps => {
            "The program is empty. Add at least one exercise, question, goal or check-in rhythm."
                .into()
        }
    }
}

/// What a coach's link carries, for naming it in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Program,
    Feedback,
}

/// Why a program link can't be opened, and what to do.
pub fn link_error(e: &waymark_core::share::LinkError) -> String {
    link_error_for(LinkKind::Program, e)
}

/// Why a coach's link (a program or feedback) can't be opened, and what to do: the same
/// answers for both, naming which it is.
pub fn link_error_for(kind: LinkKind, e: &waymark_core::share::LinkError) -> String {
    use waymark_core::share::{LinkError as E, Unusable as U};
    let (noun, newest) = match kind {
        LinkKind::Program => ("program", waymark_core::program::PROGRAM_VERSION),
        LinkKind::Feedback => ("feedback", waymark_core::feedback::FEEDBACK_VERSION),
    };
    match e {
        E::Empty => format!("This {noun} link is empty. Ask your coach to copy the whole link again."),
        E::TooLong { chars } => format!(
            "This {noun} link is far longer than any {noun} ({chars} characters), so it wasn't opened. Ask your coach for a fresh link."
        ),
        E::Newer { found } => format!(
            "This {noun} was made with a newer version of Waymark ({noun} format {found}; this version reads format {newest}). Reload the page to get the newest version, or ask your coach."
        ),
        E::Truncated => format!("This {noun} link seems to be cut short — part of it is missing. This often happens when a long link is copied or wrapped in an email. Ask your coach to send it again, or copy the whole link."),
        E::Damaged => format!("This {noun} link has been changed or damaged on the way, so it can't be read. Ask your coach to send it again."),
        E::Invalid(why) => {
            let why = match why {
                U::Shape => "its contents aren't in the expected shape.".to_string(),
                U::Date => "its date isn't a real date.".to_string(),
                U::Program(p) => program_problem(p),
                U::Feedback(p) => feedback_problem(p),
            };
            format!("This {noun} link can't be used: {why} Ask your coach for a fresh link.")
        }
    }
}

/// The session note a coach's feedback becomes: "Feedback from …" and the notes, each
/// goal note under the goal's name now (or the coach's name for it, when the goal is no
/// longer in the workbook).
pub fn feedback_note_words(
    feedback: &waymark_core::feedback::Feedback,
    wb: &waymark_core::Workbook,
) -> waymark_core::feedback::NoteWords {
    let mut parts = Vec::new();
    if !feedback.overall.trim().is_empty() {
        parts.push(feedback.overall.trim().to_string());
    }
    for (note, goal) in feedback.matched(wb) {
        let line = match goal {
            Some(g) => format!(
                "On \u{201c}{}\u{201d}: {}",
                g.title.trim(),
                note.note.trim()
            ),
            None if !note.title.trim().is_empty() => format!(
                "On \u{201c}{}\u{201d} (a goal no longer in your workbook): {}",
                note.title.trim(),
                note.note.trim()
            ),
            None => format!("On a goal no longer in your workbook: {}", note.note.trim()),
        };
        parts.push(line);
    }
    waymark_core::feedback::NoteWords {
        agenda: format!("Feedback from {}", feedback.coach_label()),
        notes: parts.join("\n\n"),
    }
}

/// A file picked as coach's feedback that isn't one.
pub fn not_a_feedback_file(name: &str) -> String {
    format!("{name} isn't a feedback file from a coach. Feedback files are small and named like waymark-feedback-2026-11-30.json; a backup goes under \u{201c}Bring back a backup\u{201d} instead.")
}

/// Why a link can't be shown as a QR code.
pub fn qr_problem(p: &waymark_core::qr::QrProblem) -> String {
    match p {
        waymark_core::qr::QrProblem::TooLong { chars, max } => format!(
            "This link is too long for a QR code a phone can read ({chars} characters; a QR code here holds up to {max}). Share the link itself instead, or shorten the welcome message or notes."
        ),
    }
}

/// What is wrong with part of a coach's feedback.
pub fn feedback_problem(p: &waymark_core::feedback::Problem) -> String {
    use waymark_core::feedback::{Field as F, Issue as I};
    let part = match p.field {
        F::Coach => "Your name".to_string(),
        F::Overall => "The overall note".to_string(),
        F::GoalNote(i) => format!("The note on goal {}", i + 1),
        F::Action(i) => format!("Action {}", i + 1),
        F::GoalNotes | F::Actions | F::Whole => "This part".to_string(),
    };
    match &p.issue {
        I::TooLong { chars, max } => {
            format!("{part} is {chars} characters; please keep it to {max}.")
        }
        I::TooMany { count, max } if p.field == F::Actions => {
            format!("There are {count} actions; feedback can hold up to {max}.")
        }
        I::TooMany { count, max } => {
            format!("There are notes on {count} goals; feedback can hold up to {max}.")
        }
        I::Blank => format!("{part} is empty: write it or remove it."),
        I::NoGoal => format!("{part} isn't about any goal."),
        I::RepeatedGoal => format!("{part} is about a goal that already has a note."),
        I::Nothing => "Nothing is written yet. Add a note or an agreed action.".into(),
    }
}

/// Why an answer to a coach's question wasn't kept.
pub fn answer_error(e: &waymark_core::program::AnswerError) -> String {
    use waymark_core::program::{AnswerError as E, MAX_ANSWER};
    match e {
        E::NoSuchProgram => "That program is no longer in your workbook.".into(),
        E::NoSuchQuestion => "That question is no longer in the program.".into(),
        E::TooLong { chars } => {
            format!("Your answer is {chars} characters; please keep it to {MAX_ANSWER}.")
        }
    }
}

/// Why an answer in an exercise wasn't taken.
pub fn exercise_answer_error(e: &waymark_core::discover::AnswerError) -> String {
    use waymark_core::discover::AnswerError as E;
    match e {
        E::UnknownItem(id) => format!("There is no question \"{id}\" here."),
        E::WrongKind => "That answer doesn't fit this question.".into(),
        E::OutOfRange { min, max } => format!("Please pick a number from {min} to {max}."),
        E::UnknownOption(id) => format!("\"{id}\" isn't one of the choices."),
        E::NotRankable(id) => format!("\"{id}\" can't be ranked here, or is already in the list."),
        E::TooMany { max } => format!("There is room for {max} here."),
        E::TooLong { max } => format!("That's longer than we can keep ({max} characters)."),
        E::UnknownField(id) => format!("There is no field \"{id}\" here."),
    }
}

/// Why an exercise can't be finished yet.
pub fn finish_error(e: &waymark_core::discover::FinishError) -> &'static str {
    use waymark_core::discover::FinishError as E;
    match e {
        E::NotStarted => "There are no answers to score yet.",
        E::Incomplete { .. } => "A few questions still need an answer before you can finish.",
    }
}
