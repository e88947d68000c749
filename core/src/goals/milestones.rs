//! Milestones: the ordered steps under a goal, and every change the goal page makes to
//! them (add, edit, status, reorder by keyboard or drag, delete with undo).
//! The order of the vector is the order the person sees.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{tidy, touch, Goal};

/// Where a milestone stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MilestoneStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl MilestoneStatus {
    pub const ALL: [MilestoneStatus; 4] = [
        MilestoneStatus::Planned,
        MilestoneStatus::InProgress,
        MilestoneStatus::Done,
        MilestoneStatus::Dropped,
    ];

    pub fn label(self) -> &'static str {
        match self {
            MilestoneStatus::Planned => "Planned",
            MilestoneStatus::InProgress => "In progress",
            MilestoneStatus::Done => "Done",
            MilestoneStatus::Dropped => "Dropped",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            MilestoneStatus::Planned => "planned",
            MilestoneStatus::InProgress => "in_progress",
            MilestoneStatus::Done => "done",
            MilestoneStatus::Dropped => "dropped",
        }
    }

    pub fn from_key(key: &str) -> Option<MilestoneStatus> {
        MilestoneStatus::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One step towards a goal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Milestone {
    pub id: String,
    pub title: String,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::date_opt")]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub status: MilestoneStatus,
    /// The day it was marked done; only set while the status is done.
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::date_opt")]
    pub done_on: Option<NaiveDate>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}

impl Milestone {
    /// A planned milestone with a trimmed title.
    pub fn new(id: String, title: &str, due: Option<NaiveDate>, now: DateTime<Utc>) -> Milestone {
        Milestone {
            id,
            title: tidy(title),
            due,
            status: MilestoneStatus::Planned,
            done_on: None,
            notes: String::new(),
            created_at: now,
            updated_at: now,
        }
    }

    /// Still to do: planned or in progress.
    pub fn is_open(&self) -> bool {
        matches!(
            self.status,
            MilestoneStatus::Planned | MilestoneStatus::InProgress
        )
    }

    /// Open and due before `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_open() && self.due.is_some_and(|due| due < today)
    }
}

/// Changes to a milestone's words and date; `None` leaves a field as it is.
/// `due: Some(None)` clears the due date.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MilestonePatch {
    pub title: Option<String>,
    pub due: Option<Option<NaiveDate>>,
    pub notes: Option<String>,
}

impl Goal {
    /// The milestone with this id.
    pub fn milestone(&self, id: &str) -> Option<&Milestone> {
        self.milestones.iter().find(|m| m.id == id)
    }

    fn milestone_index(&self, id: &str) -> Option<usize> {
        self.milestones.iter().position(|m| m.id == id)
    }

    /// Adds a planned milestone at the end and returns its id.
    pub fn add_milestone(
        &mut self,
        id: String,
        title: &str,
        due: Option<NaiveDate>,
        now: DateTime<Utc>,
    ) -> String {
        let milestone = Milestone::new(id, title, due, now);
        let id = milestone.id.clone();
        self.milestones.push(milestone);
        self.touch(now);
        id
    }

    /// Applies a patch; false when there is no milestone with that id.
    pub fn edit_milestone(&mut self, id: &str, patch: MilestonePatch, now: DateTime<Utc>) -> bool {
        let Some(index) = self.milestone_index(id) else {
            return false;
        };
        let milestone = &mut self.milestones[index];
        if let Some(title) = patch.title {
            milestone.title = tidy(&title);
        }
        if let Some(due) = patch.due {
            milestone.due = due;
        }
        if let Some(notes) = patch.notes {
            milestone.notes = notes;
        }
        touch(&mut milestone.updated_at, now);
        self.touch(now);
        true
    }

    /// Sets a milestone's status. Becoming done records `today` as the done date;
    /// leaving done clears it; staying done keeps the first date. False when there is
    /// no milestone with that id.
    pub fn set_milestone_status(
        &mut self,
        id: &str,
        status: MilestoneStatus,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> bool {
        let Some(index) = self.milestone_index(id) else {
            return false;
        };
        let milestone = &mut self.milestones[index];
        if status == MilestoneStatus::Done {
            if milestone.status != MilestoneStatus::Done || milestone.done_on.is_none() {
                milestone.done_on = Some(today);
            }
        } else {
            milestone.done_on = None;
        }
        milestone.status = status;
        touch(&mut milestone.updated_at, now);
        self.touch(now);
        true
    }

    /// Moves a milestone one place earlier. Returns whether anything moved (false at
    /// the top, or for an unknown id).
    pub fn move_milestone_up(&mut self, id: &str, now: DateTime<Utc>) -> bool {
        match self.milestone_index(id) {
            Some(index) if index > 0 => self.move_milestone_to(id, index - 1, now),
            _ => false,
        }
    }

    /// Moves a milestone one place later. Returns whether anything moved (false at
    /// the bottom, or for an unknown id).
    pub fn move_milestone_down(&mut self, id: &str, now: DateTime<Utc>) -> bool {
        match self.milestone_index(id) {
            Some(index) => self.move_milestone_to(id, index + 1, now),
            None => false,
        }
    }

    /// Moves a milestone so it ends up at position `to` (0 is first); a position past
    /// the end means last. Used by drag and drop. Returns whether the order changed.
    pub fn move_milestone_to(&mut self, id: &str, to: usize, now: DateTime<Utc>) -> bool {
        let Some(from) = self.milestone_index(id) else {
            return false;
        };
        let to = to.min(self.milestones.len() - 1);
        if from == to {
            return false;
        }
        let milestone = self.milestones.remove(from);
        self.milestones.insert(to, milestone);
        self.touch(now);
        true
    }

    /// Removes a milestone, returning where it was and what it was, for an undo.
    pub fn delete_milestone(&mut self, id: &str, now: DateTime<Utc>) -> Option<(usize, Milestone)> {
        let index = self.milestone_index(id)?;
        let milestone = self.milestones.remove(index);
        self.touch(now);
        Some((index, milestone))
    }

    /// Puts a milestone back at `index` (or last, if the list is now shorter). Also
    /// used to add a ready-made milestone, such as one from a gap map. False (and
    /// nothing changes) when a milestone with that id is already there.
    pub fn restore_milestone(
        &mut self,
        index: usize,
        milestone: Milestone,
        now: DateTime<Utc>,
    ) -> bool {
        if self.milestone_index(&milestone.id).is_some() {
            return false;
        }
        let index = index.min(self.milestones.len());
        self.milestones.insert(index, milestone);
        self.touch(now);
        true
    }

    /// The first open milestone in the person's order: "what's next".
    pub fn next_milestone(&self) -> Option<&Milestone> {
        self.milestones.iter().find(|m| m.is_open())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goals::test_support::{at, day};
    use proptest::prelude::*;

    fn goal_with(titles: &[&str]) -> Goal {
        let now = at(2026, 1, 1);
        let mut goal = Goal::new("g".into(), now);
        for (i, title) in titles.iter().enumerate() {
            goal.add_milestone(format!("m{i}"), title, None, now);
        }
        goal
    }

    fn order(goal: &Goal) -> Vec<&str> {
        goal.milestones.iter().map(|m| m.title.as_str()).collect()
    }

    #[test]
    fn a_milestone_with_only_id_and_title_still_loads() {
        let m: Milestone = serde_json::from_str(r#"{"id":"m","title":"Call Ana"}"#).unwrap();
        assert_eq!(m.status, MilestoneStatus::Planned);
        assert_eq!(m.due, None);
        assert_eq!(m.created_at, DateTime::<Utc>::UNIX_EPOCH);
    }

    #[test]
    fn added_milestones_go_last_with_trimmed_titles() {
        let mut goal = goal_with(&["A"]);
        let id = goal.add_milestone("m9".into(), "  B  ", Some(day(2026, 2, 1)), at(2026, 1, 2));
        assert_eq!(id, "m9");
        assert_eq!(order(&goal), vec!["A", "B"]);
        assert_eq!(goal.updated_at, at(2026, 1, 2));
    }

    #[test]
    fn editing_changes_only_the_fields_given() {
        let mut goal = goal_with(&["A"]);
        goal.milestones[0].due = Some(day(2026, 3, 1));
        let patch = MilestonePatch {
            notes: Some("ask Jo first".into()),
            ..Default::default()
        };
        assert!(goal.edit_milestone("m0", patch, at(2026, 1, 3)));
        let m = &goal.milestones[0];
        assert_eq!(
            (m.title.as_str(), m.due, m.notes.as_str()),
            ("A", Some(day(2026, 3, 1)), "ask Jo first")
        );
        assert_eq!(m.updated_at, at(2026, 1, 3));
        let clear = MilestonePatch {
            due: Some(None),
            title: Some(" A2 ".into()),
            ..Default::default()
        };
        assert!(goal.edit_milestone("m0", clear, at(2026, 1, 3)));
        assert_eq!(
            (goal.milestones[0].title.as_str(), goal.milestones[0].due),
            ("A2", None)
        );
        assert!(!goal.edit_milestone("missing", MilestonePatch::default(), at(2026, 1, 3)));
    }

    #[test]
    fn marking_done_records_today_and_leaving_done_clears_it() {
        let mut goal = goal_with(&["A"]);
        let now = at(2026, 1, 5);
        assert!(goal.set_milestone_status("m0", MilestoneStatus::InProgress, day(2026, 1, 5), now));
        assert_eq!(goal.milestones[0].done_on, None);
        assert!(goal.set_milestone_status("m0", MilestoneStatus::Done, day(2026, 1, 6), now));
        assert_eq!(goal.milestones[0].done_on, Some(day(2026, 1, 6)));
        goal.set_milestone_status("m0", MilestoneStatus::Done, day(2026, 1, 9), now);
        assert_eq!(
            goal.milestones[0].done_on,
            Some(day(2026, 1, 6)),
            "saying done again keeps the day"
        );
        goal.set_milestone_status("m0", MilestoneStatus::Planned, day(2026, 1, 10), now);
        assert_eq!(goal.milestones[0].done_on, None);
        assert!(!goal.set_milestone_status("zz", MilestoneStatus::Done, day(2026, 1, 10), now));
    }

    #[test]
    fn keyboard_moves_shift_one_place_and_stop_at_the_ends() {
        let now = at(2026, 1, 2);
        let mut goal = goal_with(&["A", "B", "C"]);
        assert!(goal.move_milestone_up("m2", now));
        assert_eq!(order(&goal), vec!["A", "C", "B"]);
        assert!(goal.move_milestone_down("m0", now));
        assert_eq!(order(&goal), vec!["C", "A", "B"]);
        assert!(!goal.move_milestone_up("m2", now), "already first");
        assert!(!goal.move_milestone_down("m1", now), "already last");
        assert!(!goal.move_milestone_up("missing", now));
        assert_eq!(order(&goal), vec!["C", "A", "B"]);
    }

    #[test]
    fn dragging_places_the_milestone_at_the_drop_position() {
        let now = at(2026, 1, 2);
        let mut goal = goal_with(&["A", "B", "C", "D"]);
        assert!(goal.move_milestone_to("m0", 2, now));
        assert_eq!(order(&goal), vec!["B", "C", "A", "D"]);
        assert!(goal.move_milestone_to("m3", 0, now));
        assert_eq!(order(&goal), vec!["D", "B", "C", "A"]);
        assert!(goal.move_milestone_to("m1", 99, now));
        assert_eq!(order(&goal), vec!["D", "C", "A", "B"]);
        assert!(!goal.move_milestone_to("m1", 3, now), "already there");
    }

    #[test]
    fn deleting_and_undoing_puts_the_milestone_back_in_place() {
        let now = at(2026, 1, 2);
        let mut goal = goal_with(&["A", "B", "C"]);
        let (index, removed) = goal.delete_milestone("m1", now).unwrap();
        assert_eq!((index, order(&goal)), (1, vec!["A", "C"]));
        assert!(goal.restore_milestone(index, removed.clone(), now));
        assert_eq!(order(&goal), vec!["A", "B", "C"]);
        assert!(!goal.restore_milestone(0, removed, now), "no duplicate ids");
        assert!(goal.delete_milestone("missing", now).is_none());
    }

    #[test]
    fn next_milestone_skips_done_and_dropped() {
        let now = at(2026, 1, 2);
        let mut goal = goal_with(&["A", "B", "C"]);
        goal.set_milestone_status("m0", MilestoneStatus::Done, day(2026, 1, 2), now);
        goal.set_milestone_status("m1", MilestoneStatus::Dropped, day(2026, 1, 2), now);
        assert_eq!(goal.next_milestone().map(|m| m.id.as_str()), Some("m2"));
    }

    #[test]
    fn overdue_means_open_and_due_before_today() {
        let mut m = Milestone::new("m".into(), "A", Some(day(2026, 2, 28)), at(2026, 1, 1));
        assert!(!m.is_overdue(day(2026, 2, 28)));
        assert!(m.is_overdue(day(2026, 3, 1)));
        m.status = MilestoneStatus::Done;
        assert!(!m.is_overdue(day(2026, 3, 1)));
    }

    proptest! {
        #[test]
        fn any_move_keeps_every_milestone_exactly_once(n in 1usize..8, pick in 0usize..8, to in 0usize..10) {
            let titles: Vec<String> = (0..n).map(|i| format!("T{i}")).collect();
            let refs: Vec<&str> = titles.iter().map(String::as_str).collect();
            let mut goal = goal_with(&refs);
            let id = format!("m{}", pick % n);
            goal.move_milestone_to(&id, to, at(2026, 1, 2));
            let mut ids: Vec<String> = goal.milestones.iter().map(|m| m.id.clone()).collect();
            prop_assert_eq!(goal.milestones[to.min(n - 1)].id.clone(), id);
            ids.sort();
            let mut expected: Vec<String> = (0..n).map(|i| format!("m{i}")).collect();
            expected.sort();
            prop_assert_eq!(ids, expected);
        }
    }
}
