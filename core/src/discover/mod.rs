//! Self-discovery: one engine that runs every instrument (defined as data in
//! [`crate::content`]), keeps in-progress answers so a person can leave and resume,
//! scores finished sessions into dated results, and explains and compares them.
//!
//! It never decides what an instrument asks; content does. A typical page:
//! [`Discovery::set_answer`] after every answer (then save), [`Discovery::progress`] for
//! the bar, [`Discovery::resume_screen`] on return, [`Discovery::finish`] at the end,
//! then [`headline`], [`interpret`] and [`chart`] to show the result.

mod answers;
pub mod chart;
mod compare;
mod model;
mod report;
mod scoring;
mod summary;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use answers::{
    answer_for_key, is_answered, rank_pool, ranking_move, ranking_toggle, record_is_blank,
    scale_point_for_key, validate, Answer, AnswerError, RankPool, Record, MAX_TEXT,
};
pub use compare::{compare, CompareRow, Comparison};
pub use model::{
    Bands, ChoiceOption, Dimension, Field, Instrument, Item, ItemKind, Layout, QuadrantText, Scale,
    Scoring, Screen, Tips, PREFERENCE_OPTIONS,
};
pub use report::{headline, interpret, Average, Headline, Paragraph};
pub use scoring::{
    draft_statement, score, Band, BeliefRecord, Beliefs, DimensionScore, Outcome, Quadrant,
    Quadrants, Rating, Ratings, Scores, SkillPoint, Sorted, SortedGroup, Statement,
};
pub use summary::{
    latest_profile, overview, overview_row, Anchor, AnchorKind, BeliefsPart, InterestsPart, Named,
    NamedScore, OverviewRow, ProfileSummary, SkillsPart, StylePart, ValuesPart, VisionPart,
    WheelPart,
};

/// Everything a person has done in self-discovery: unfinished sessions and the
/// history of results, both keyed by instrument id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Discovery {
    /// In-progress answer sets. Finishing an instrument removes its session.
    #[serde(default)]
    pub sessions: BTreeMap<String, Session>,
    /// Results per instrument, oldest first (newest last).
    #[serde(default)]
    pub results: BTreeMap<String, Vec<InstrumentResult>>,
}

/// Answers so far for one instrument.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Session {
    /// Item id → answer.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc_opt")]
    pub started_at: Option<DateTime<Utc>>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc_opt")]
    pub updated_at: Option<DateTime<Utc>>,
}

/// A scored, dated result. The answers are kept so a retake can start from them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InstrumentResult {
    pub instrument: String,
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub taken_at: DateTime<Utc>,
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    pub outcome: Outcome,
}

/// Items answered out of all items (optional ones included).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    /// 0.0–1.0, for a progress bar.
    pub fn fraction(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.answered as f64 / self.total as f64
        }
    }
}

/// Why an instrument could not be finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FinishError {
    NotStarted,
    /// This item (the first one still open) needs an answer.
    Incomplete {
        item: &'static str,
    },
}

impl Session {
    pub fn answer(&self, item_id: &str) -> Option<&Answer> {
        self.answers.get(item_id)
    }

    pub fn progress(&self, inst: &Instrument) -> Progress {
        Progress {
            answered: inst
                .items
                .iter()
                .filter(|i| is_answered(inst, &self.answers, i))
                .count(),
            total: inst.items.len(),
        }
    }

    /// The first required item still open: where to resume. `None` when complete.
    pub fn first_unanswered(&self, inst: &Instrument) -> Option<&'static Item> {
        inst.items
            .iter()
            .find(|i| !i.optional && !is_answered(inst, &self.answers, i))
    }

    pub fn is_complete(&self, inst: &Instrument) -> bool {
        self.first_unanswered(inst).is_none()
    }

    /// The screen to show on return: the one holding the first open item, or the
    /// last screen (ready to finish) when everything is answered.
    pub fn resume_screen(&self, inst: &Instrument) -> usize {
        match self.first_unanswered(inst) {
            Some(item) => inst.screen_of(item.id).unwrap_or(0),
            None => inst.screens().len().saturating_sub(1),
        }
    }

    /// For a rank item: which cards may be ranked now, and how many.
    pub fn rank_pool(&self, inst: &Instrument, item_id: &str) -> Option<RankPool> {
        match inst.item(item_id)?.kind {
            ItemKind::Rank { count, from } => Some(rank_pool(inst, &self.answers, count, from)),
            _ => None,
        }
    }

    /// The statement the text answers so far would assemble into.
    pub fn draft_statement(&self, inst: &Instrument) -> String {
        draft_statement(inst, &self.answers)
    }
}

impl Discovery {
    /// True when nothing has been answered or finished.
    pub fn is_empty(&self) -> bool {
        self.results.values().all(Vec::is_empty)
            && self.sessions.values().all(|s| s.answers.is_empty())
    }

    /// How many results are stored across all instruments.
    pub fn result_count(&self) -> usize {
        self.results.values().map(Vec::len).sum()
    }

    pub fn session(&self, instrument_id: &str) -> Option<&Session> {
        self.sessions.get(instrument_id)
    }

    /// The in-progress answer to one item.
    pub fn answer(&self, inst: &Instrument, item_id: &str) -> Option<&Answer> {
        self.session(inst.id)?.answer(item_id)
    }

    /// Records an answer (starting a session if needed). Rejects answers that don't
    /// fit the item, leaving the session unchanged. Re-sorting a card drops it from
    /// any ranking it can no longer be in.
    pub fn set_answer(
        &mut self,
        inst: &Instrument,
        item_id: &str,
        answer: Answer,
        now: DateTime<Utc>,
    ) -> Result<(), AnswerError> {
        let item = inst
            .item(item_id)
            .ok_or_else(|| AnswerError::UnknownItem(item_id.to_string()))?;
        validate(inst, item, &answer)?;
        let session = self.sessions.entry(inst.id.to_string()).or_default();
        session.started_at.get_or_insert(now);
        session.updated_at = Some(now);
        session.answers.insert(item.id.to_string(), answer);
        if matches!(item.kind, ItemKind::Sort(_)) {
            prune_rankings(inst, session);
        }
        Ok(())
    }

    /// Removes one answer (for "clear" or going back on a choice).
    pub fn clear_answer(&mut self, inst: &Instrument, item_id: &str, now: DateTime<Utc>) {
        if let Some(session) = self.sessions.get_mut(inst.id) {
            if session.answers.remove(item_id).is_some() {
                session.updated_at = Some(now);
                if inst
                    .item(item_id)
                    .is_some_and(|i| matches!(i.kind, ItemKind::Sort(_)))
                {
                    prune_rankings(inst, session);
                }
            }
        }
    }

    /// Progress of the current session (0 of n when there is none).
    pub fn progress(&self, inst: &Instrument) -> Progress {
        self.session(inst.id).map_or(
            Progress {
                answered: 0,
                total: inst.items.len(),
            },
            |s| s.progress(inst),
        )
    }

    /// The first required item still open; the first item when nothing is started.
    pub fn first_unanswered(&self, inst: &Instrument) -> Option<&'static Item> {
        match self.session(inst.id) {
            Some(s) => s.first_unanswered(inst),
            None => inst.items.iter().find(|i| !i.optional),
        }
    }

    /// The screen to open: where the person left off (0 when not started).
    pub fn resume_screen(&self, inst: &Instrument) -> usize {
        self.session(inst.id).map_or(0, |s| s.resume_screen(inst))
    }

    pub fn is_complete(&self, inst: &Instrument) -> bool {
        self.session(inst.id).is_some_and(|s| s.is_complete(inst))
    }

    /// Throws away the in-progress answers. Finished results are kept.
    pub fn restart(&mut self, instrument_id: &str) {
        self.sessions.remove(instrument_id);
    }

    /// Starts a retake from the latest result's answers (still valid ones only),
    /// replacing any session. False when there is no earlier result.
    pub fn retake_from_latest(&mut self, inst: &Instrument, now: DateTime<Utc>) -> bool {
        let Some(latest) = self.latest(inst.id) else {
            return false;
        };
        let answers = valid_answers(inst, &latest.answers);
        self.sessions.insert(
            inst.id.to_string(),
            Session {
                answers,
                started_at: Some(now),
                updated_at: Some(now),
            },
        );
        true
    }

    /// Scores the complete session into a result dated `now`, adds it to the
    /// history (kept in date order) and closes the session.
    pub fn finish(
        &mut self,
        inst: &Instrument,
        now: DateTime<Utc>,
    ) -> Result<&InstrumentResult, FinishError> {
        let session = self.sessions.get(inst.id).ok_or(FinishError::NotStarted)?;
        if let Some(item) = session.first_unanswered(inst) {
            return Err(FinishError::Incomplete { item: item.id });
        }
        let answers = valid_answers(inst, &session.answers);
        let outcome = score(inst, &answers);
        self.sessions.remove(inst.id);
        let history = self.results.entry(inst.id.to_string()).or_default();
        let at = history.partition_point(|r| r.taken_at <= now);
        history.insert(
            at,
            InstrumentResult {
                instrument: inst.id.to_string(),
                taken_at: now,
                answers,
                outcome,
            },
        );
        Ok(&history[at])
    }

    /// Every result of an instrument, oldest first.
    pub fn history(&self, instrument_id: &str) -> &[InstrumentResult] {
        self.results.get(instrument_id).map_or(&[], Vec::as_slice)
    }

    pub fn latest(&self, instrument_id: &str) -> Option<&InstrumentResult> {
        self.history(instrument_id).last()
    }

    /// Two results of an instrument (by history index) side by side, earlier first
    /// whichever order they are given in.
    pub fn compare(&self, instrument_id: &str, a: usize, b: usize) -> Option<Comparison> {
        let history = self.history(instrument_id);
        let (x, y) = (history.get(a)?, history.get(b)?);
        Some(if x.taken_at <= y.taken_at {
            compare(x, y)
        } else {
            compare(y, x)
        })
    }

    /// Replaces a statement result's text with the person's edit. A blank edit
    /// goes back to the draft. False when there is no such statement result.
    pub fn edit_statement(&mut self, instrument_id: &str, index: usize, text: &str) -> bool {
        let Some(result) = self
            .results
            .get_mut(instrument_id)
            .and_then(|h| h.get_mut(index))
        else {
            return false;
        };
        let Outcome::Statement(s) = &mut result.outcome else {
            return false;
        };
        let text = text.trim();
        s.statement = if text.is_empty() {
            s.draft.clone()
        } else {
            text.chars().take(MAX_TEXT).collect()
        };
        true
    }

    /// Deletes one result and returns it.
    pub fn delete_result(&mut self, instrument_id: &str, index: usize) -> Option<InstrumentResult> {
        let history = self.results.get_mut(instrument_id)?;
        (index < history.len()).then(|| history.remove(index))
    }
}

/// The answers that belong to items of `inst` and still fit them.
fn valid_answers(
    inst: &Instrument,
    answers: &BTreeMap<String, Answer>,
) -> BTreeMap<String, Answer> {
    answers
        .iter()
        .filter(|(id, a)| inst.item(id).is_some_and(|i| validate(inst, i, a).is_ok()))
        .map(|(id, a)| (id.clone(), a.clone()))
        .collect()
}

/// Drops ranked cards that the current sort no longer allows.
fn prune_rankings(inst: &Instrument, session: &mut Session) {
    for item in inst.items {
        if let ItemKind::Rank { count, from } = item.kind {
            let pool = rank_pool(inst, &session.answers, count, from);
            if let Some(Answer::Ranking(r)) = session.answers.get_mut(item.id) {
                r.retain(|id| pool.contains(id));
            }
        }
    }
}
