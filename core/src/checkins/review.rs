//! The goals a check-in walks through: active goals and their open milestones.

use chrono::NaiveDate;

use crate::goals::{Goal, GoalStatus, MilestoneStatus};

/// A milestone still to do, as the check-in form lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenMilestone {
    pub id: String,
    pub title: String,
    pub due: Option<NaiveDate>,
    pub in_progress: bool,
}

/// An active goal and its open milestones, for a progress note at a check-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalToReview {
    pub id: String,
    pub title: String,
    pub open_milestones: Vec<OpenMilestone>,
}

/// Active goals, in the person's order, each with its open milestones in their order.
pub fn goals_to_review(goals: &[Goal]) -> Vec<GoalToReview> {
    goals
        .iter()
        .filter(|g| g.status == GoalStatus::Active)
        .map(|g| GoalToReview {
            id: g.id.clone(),
            title: g.title.clone(),
            open_milestones: g
                .milestones
                .iter()
                .filter(|m| m.is_open())
                .map(|m| OpenMilestone {
                    id: m.id.clone(),
                    title: m.title.clone(),
                    due: m.due,
                    in_progress: m.status == MilestoneStatus::InProgress,
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checkin_walks_through_active_goals_and_their_open_milestones() {
        use crate::goals::test_support::{at as goal_at, day};
        let now = goal_at(2026, 1, 1);
        let mut active = Goal::new("g1".into(), now);
        active.set_title("Land my next role", now);
        active.add_milestone("m1".into(), "Update CV", Some(day(2026, 1, 10)), now);
        active.add_milestone("m2".into(), "Apply", None, now);
        active.set_milestone_status("m1", MilestoneStatus::Done, day(2026, 1, 5), now);
        active.set_milestone_status("m2", MilestoneStatus::InProgress, day(2026, 1, 5), now);
        let mut paused = Goal::new("g2".into(), now);
        paused.set_status(GoalStatus::Paused, day(2026, 1, 2), now);
        let list = goals_to_review(&[active, paused]);
        assert_eq!(
            list,
            [GoalToReview {
                id: "g1".into(),
                title: "Land my next role".into(),
                open_milestones: vec![OpenMilestone {
                    id: "m2".into(),
                    title: "Apply".into(),
                    due: None,
                    in_progress: true,
                }],
            }]
        );
    }
}
