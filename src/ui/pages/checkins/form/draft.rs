//! The check-in as typed ([`CheckInText`]), kept between visits, and saving it: the
//! core records it or says what stops it, and each problem goes beside its field.

use std::collections::BTreeMap;

use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::checkins::{
    self, prefix, CheckInDraft, CheckInIds, CommitmentDraft, Problem, Review,
};
use waymark_core::forms::{date_text, parse_date};

use crate::store::{clock, ids::new_id, locale};
use crate::ui::form::{renumber, Draft, Form, Keyed, Problems};
use crate::ui::words;

/// One new commitment as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "KeptCommitment")]
pub struct CommitmentRow {
    pub key: u32,
    pub text: String,
    pub due: String,
    /// A goal's id, or empty for none.
    pub goal: String,
}

/// A commitment as kept: older builds kept (text, due, goal) without a key.
#[derive(Deserialize)]
#[serde(untagged)]
enum KeptCommitment {
    Tuple(String, String, String),
    Row {
        #[serde(default)]
        key: u32,
        #[serde(default)]
        text: String,
        #[serde(default)]
        due: String,
        #[serde(default)]
        goal: String,
    },
}

impl From<KeptCommitment> for CommitmentRow {
    fn from(kept: KeptCommitment) -> Self {
        match kept {
            KeptCommitment::Tuple(text, due, goal) => CommitmentRow {
                key: 0,
                text,
                due,
                goal,
            },
            KeptCommitment::Row {
                key,
                text,
                due,
                goal,
            } => CommitmentRow {
                key,
                text,
                due,
                goal,
            },
        }
    }
}

impl Keyed for CommitmentRow {
    fn key(&self) -> u32 {
        self.key
    }
    fn set_key(&mut self, key: u32) {
        self.key = key;
    }
}

/// A check-in as typed. Ratings are 0 until chosen.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct CheckInText {
    pub date: String,
    pub did: String,
    pub blockers: String,
    pub next: String,
    pub confidence: u8,
    pub energy: u8,
    /// How each of last time's commitments went, by commitment id.
    pub reviews: BTreeMap<String, Review>,
    /// A note per goal, by goal id.
    pub progress: BTreeMap<String, String>,
    pub commitments: Vec<CommitmentRow>,
}

impl Draft for CheckInText {
    const KEY: &'static str = "checkin";
    fn is_blank(&self) -> bool {
        [&self.did, &self.blockers, &self.next]
            .iter()
            .all(|t| t.trim().is_empty())
            && self.confidence == 0
            && self.energy == 0
            && self.reviews.is_empty()
            && self.progress.values().all(|t| t.trim().is_empty())
            && self.commitments.iter().all(|c| c.text.trim().is_empty())
    }
    fn restored(&mut self) {
        self.confidence = self.confidence.min(10);
        self.energy = self.energy.min(10);
        renumber(&mut self.commitments);
    }
}

impl CheckInText {
    /// An empty check-in dated today.
    pub fn fresh() -> Self {
        CheckInText {
            date: date_text(clock::today()),
            ..Default::default()
        }
    }
}

pub type CheckInForm = Form<CheckInText>;

pub fn checkin_form() -> CheckInForm {
    Form::new("checkin-problems", CheckInText::fresh())
}

/// The field id of a commitment row's words (its other fields follow the same pattern).
pub(super) fn commitment_field(key: u32) -> String {
    format!("commitment-text-{key}")
}

/// Records the check-in in a copy of the check-ins; on a problem, says what and where.
pub(super) fn save(
    form: CheckInForm,
    mut acc: checkins::Accountability,
) -> Option<checkins::Accountability> {
    let typed = form.value();
    let today = clock::today();
    let l = locale::current();
    let mut problems = Problems::default();
    let date = parse_date(&typed.date);
    if date.is_none() {
        problems.add("checkin-date", words::PICK_CHECKIN_DATE);
    }
    let date = date.unwrap_or(today);
    let mut new_commitments = Vec::with_capacity(typed.commitments.len());
    for (i, row) in typed.commitments.iter().enumerate() {
        let due = parse_date(&row.due);
        if due.is_none() && !row.text.trim().is_empty() {
            problems.add(
                commitment_field(row.key),
                words::commitment_needs_due(i + 1),
            );
        }
        new_commitments.push(CommitmentDraft {
            text: row.text.clone(),
            due: due.unwrap_or(date),
            goal_id: (!row.goal.is_empty()).then(|| row.goal.clone()),
        });
    }
    let checkin = CheckInDraft {
        date,
        did: typed.did,
        blockers: typed.blockers,
        next: typed.next,
        confidence: typed.confidence,
        energy: typed.energy,
        progress: typed.progress,
    };
    let ids = CheckInIds {
        checkin: new_id(prefix::CHECKIN),
        commitments: typed
            .commitments
            .iter()
            .map(|_| new_id(prefix::COMMITMENT))
            .collect(),
    };
    if let Err(found) = checkins::record_checkin(
        &mut acc,
        checkin,
        new_commitments,
        typed.reviews,
        ids,
        clock::now(),
    ) {
        for p in found {
            let message = words::checkin_problem(&l, &p);
            match p {
                Problem::ConfidenceOutOfRange(_) => problems.add("confidence", message),
                Problem::EnergyOutOfRange(_) => problems.add("energy", message),
                Problem::EmptyReflection => problems.add("reflection", message),
                Problem::FutureDate(_) => problems.add("checkin-date", message),
                Problem::BlankCommitment { position }
                | Problem::CommitmentDueBeforeCheckIn { position, .. } => {
                    match typed.commitments.get(position.saturating_sub(1)) {
                        Some(row) => problems.add(commitment_field(row.key), message),
                        None => problems.add_general(message),
                    }
                }
                _ => problems.add_general(message),
            }
        }
    }
    form.check(problems).then_some(acc)
}
