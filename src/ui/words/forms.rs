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

pub fn remove_coach_goal(position: usize) -> String {
    format!("Remove goal idea {position}")
}
