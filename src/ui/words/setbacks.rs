//! Words for setbacks and outcomes: what stops a form, the names of outcome events and
//! fields, and the sentences that describe a change. Warm and plain; no clinical claims.

use waymark_core::outcomes::{AreaDelta, EventKind, Field, Problem as OutcomeProblem};
use waymark_core::setbacks::Problem as SetbackProblem;

use crate::store::locale::Locale;

pub const PICK_SETBACK_DATE: &str = "Pick the date it happened.";
pub const PICK_COMMITMENT_DUE: &str = "Pick when you'd like to have done it.";
pub const PICK_MILESTONE: &str = "Choose the milestone to adjust.";
pub const PICK_SNAPSHOT_DATE: &str = "Pick the day this describes, or leave it empty.";
pub const PICK_EVENT_DATE: &str = "Pick the date of this change.";
pub const CONFIDENCE_NUMBER: &str = "Confidence is a whole number from 1 to 10.";

/// Why a setback, or an action from it, can't be saved.
pub fn setback_problem(l: &Locale, p: &SetbackProblem) -> String {
    use SetbackProblem as P;
    match p {
        P::Empty => "Write a few words about what happened. A sentence is enough.".into(),
        P::FutureDate(d) => format!(
            "This is dated {}, which hasn't come yet. Date it today or earlier.",
            l.medium_date(*d)
        ),
        P::MissingId => "This setback has no id, so it can't be saved.".into(),
        P::DuplicateId(id) => format!("There is already a setback with the id \"{id}\"."),
        P::NotFound => {
            "That is no longer in your workbook. It may have been deleted in another tab.".into()
        }
        P::Commitment(c) => super::checkin_problem(l, c),
    }
}

/// Why a snapshot or an event can't be saved.
pub fn outcome_problem(l: &Locale, p: &OutcomeProblem) -> String {
    use OutcomeProblem as P;
    match p {
        P::Empty => "Write at least one thing here before saving.".into(),
        P::ConfidenceOutOfRange => CONFIDENCE_NUMBER.into(),
        P::FutureDate(d) => format!(
            "This is dated {}, which hasn't come yet. Date it today or earlier.",
            l.medium_date(*d)
        ),
        P::MissingId => "This has no id, so it can't be saved.".into(),
        P::DuplicateId(id) => format!("There is already an entry with the id \"{id}\"."),
    }
}

pub fn event_kind(k: EventKind) -> &'static str {
    match k {
        EventKind::Promotion => "Promotion",
        EventKind::Offer => "Offer",
        EventKind::Raise => "Raise",
        EventKind::RoleChange => "Role change",
        EventKind::Other => "Another change",
    }
}

pub fn field_name(f: Field) -> &'static str {
    match f {
        Field::Title => "Role",
        Field::Pay => "Pay",
        Field::Hours => "Hours",
        Field::Confidence => "Confidence",
        Field::Wheel => "Satisfaction wheel",
    }
}

/// "+3", "−1", "no change", or "new" / "not rated now".
pub fn area_change(a: &AreaDelta) -> String {
    match (a.start, a.now, a.change()) {
        (_, _, Some(0)) => "no change".into(),
        (_, _, Some(n)) if n > 0 => format!("+{n}"),
        (_, _, Some(n)) => format!("\u{2212}{}", -n),
        (None, Some(_), None) => "new".into(),
        _ => "not rated now".into(),
    }
}

/// A value as typed, or a dash when nothing was written.
pub fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "\u{2014}".into()
    } else {
        s.trim().into()
    }
}

/// Confidence as "7 out of 10", or a dash.
pub fn confidence(c: Option<u8>) -> String {
    c.map_or_else(|| "\u{2014}".into(), |c| format!("{c} out of 10"))
}
