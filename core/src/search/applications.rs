//! Rules for applications: starting one, moving it between stages (every move kept, going
//! back allowed), and when it was sent.

use chrono::{DateTime, NaiveDate, Utc};

use super::{Application, ClosedReason, Stage, StageChange};

impl Application {
    /// A new application at `stage` from `on`, with its first history entry.
    pub fn new(
        id: String,
        change_id: String,
        organisation: &str,
        role: &str,
        stage: Stage,
        on: NaiveDate,
        now: DateTime<Utc>,
    ) -> Application {
        Application {
            id,
            organisation: organisation.trim().to_owned(),
            role: role.trim().to_owned(),
            stage,
            history: vec![StageChange {
                id: change_id,
                stage,
                reason: None,
                on,
                at: now,
            }],
            created_at: now,
            updated_at: now,
            ..Application::default()
        }
    }

    /// Moves it to `stage` on `on` and keeps the move in its history. A closed stage takes
    /// its reason; other stages clear it. Moving to the stage it is in (with the same
    /// reason) changes nothing and returns false.
    pub fn move_to(
        &mut self,
        stage: Stage,
        reason: Option<ClosedReason>,
        on: NaiveDate,
        change_id: String,
        now: DateTime<Utc>,
    ) -> bool {
        let reason = if stage == Stage::Closed { reason } else { None };
        if stage == self.stage && reason == self.closed_reason {
            return false;
        }
        self.stage = stage;
        self.closed_reason = reason;
        self.history.push(StageChange {
            id: change_id,
            stage,
            reason,
            on,
            at: now,
        });
        self.updated_at = now;
        true
    }

    /// The history in the order the moves happened (by day, then by when recorded).
    pub fn moves(&self) -> Vec<&StageChange> {
        let mut moves: Vec<&StageChange> = self.history.iter().collect();
        moves.sort_by_key(|c| (c.on, c.at));
        moves
    }

    /// The first day it reached `stage`, if it ever did.
    pub fn first_reached(&self, stage: Stage) -> Option<NaiveDate> {
        self.history
            .iter()
            .filter(|c| c.stage == stage)
            .map(|c| c.on)
            .min()
    }

    /// The day it was sent: the first move to "applied" or any later stage short of
    /// closed. An application closed while still "interested" was never sent.
    pub fn applied_on(&self) -> Option<NaiveDate> {
        self.history
            .iter()
            .filter(|c| !matches!(c.stage, Stage::Interested | Stage::Closed))
            .map(|c| c.on)
            .min()
    }
}
