//! Goals flattened into the plain rows other modules take as input: milestone due
//! dates for the dashboard and the calendar export, and goals behind their pace.

use chrono::NaiveDate;

use super::{behind_pace, Goal, GoalStatus, MilestoneStatus};
use crate::dashboard::{GoalRef, ItemState, MilestoneDue};

/// Every milestone with a due date, from active goals only (paused, achieved and
/// dropped goals do not ask for attention), in goal order then milestone order.
pub fn milestones_due(goals: &[Goal]) -> Vec<MilestoneDue> {
    goals
        .iter()
        .filter(|g| g.status == GoalStatus::Active)
        .flat_map(|goal| {
            goal.milestones.iter().filter_map(move |m| {
                Some(MilestoneDue {
                    goal_id: goal.id.clone(),
                    goal_title: goal.title.clone(),
                    milestone_id: m.id.clone(),
                    title: m.title.clone(),
                    due: m.due?,
                    state: match m.status {
                        MilestoneStatus::Planned | MilestoneStatus::InProgress => ItemState::Open,
                        MilestoneStatus::Done => ItemState::Done,
                        MilestoneStatus::Dropped => ItemState::Dropped,
                    },
                })
            })
        })
        .collect()
}

/// Active goals behind their ideal pace on `today`, as the dashboard names them.
pub fn goals_behind(goals: &[Goal], today: NaiveDate) -> Vec<GoalRef> {
    behind_pace(goals, today)
        .into_iter()
        .map(|g| GoalRef {
            id: g.id.clone(),
            title: g.title.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goals::test_support::{at, day};
    use crate::goals::Metric;

    #[test]
    fn dated_milestones_of_active_goals_become_due_rows_with_their_state() {
        let now = at(2026, 1, 1);
        let mut active = Goal::new("g1".into(), now);
        active.set_title("Land my next role", now);
        active.add_milestone("m1".into(), "Update CV", Some(day(2026, 1, 10)), now);
        active.add_milestone("m2".into(), "Someday", None, now);
        active.add_milestone("m3".into(), "Apply", Some(day(2026, 1, 20)), now);
        active.set_milestone_status("m3", MilestoneStatus::Done, day(2026, 1, 5), now);
        let mut paused = Goal::new("g2".into(), now);
        paused.add_milestone("m4".into(), "Later", Some(day(2026, 1, 3)), now);
        paused.set_status(GoalStatus::Paused, day(2026, 1, 2), now);
        let rows = milestones_due(&[active, paused]);
        let view: Vec<(&str, &str, NaiveDate, ItemState)> = rows
            .iter()
            .map(|r| {
                (
                    r.goal_title.as_str(),
                    r.milestone_id.as_str(),
                    r.due,
                    r.state,
                )
            })
            .collect();
        assert_eq!(
            view,
            vec![
                ("Land my next role", "m1", day(2026, 1, 10), ItemState::Open),
                ("Land my next role", "m3", day(2026, 1, 20), ItemState::Done),
            ]
        );
    }

    #[test]
    fn goals_behind_pace_are_named_for_the_dashboard() {
        // 0 → 10 over 1–11 Jan 2026: on 6 Jan the line is at 5, the margin 1.
        let now = at(2026, 1, 1);
        let mut goal = Goal::new("g1".into(), now);
        goal.set_title("Call ten contacts", now);
        goal.set_metric(Some(Metric::new("Calls", "calls", 0.0, 10.0)), now);
        goal.set_deadline(Some(day(2026, 1, 11)), now);
        goal.log_metric(day(2026, 1, 6), 3.0, "", now);
        let refs = goals_behind(&[goal], day(2026, 1, 6));
        assert_eq!(
            refs,
            vec![GoalRef {
                id: "g1".into(),
                title: "Call ten contacts".into()
            }]
        );
    }
}
