//! Questions asked of the whole list of goals (filters, deadline order, behind pace,
//! the skills view) and the helpers that change the workbook's goal and gap-map lists
//! by id, so the pages never search or splice vectors themselves.

use chrono::NaiveDate;

use super::{Category, GapMap, Goal, GoalStatus};

/// Which goals to show; `None` means any.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GoalFilter {
    pub status: Option<GoalStatus>,
    pub category: Option<Category>,
}

impl GoalFilter {
    pub fn matches(&self, goal: &Goal) -> bool {
        self.status.is_none_or(|s| goal.status == s)
            && self.category.is_none_or(|c| goal.category == c)
    }
}

/// The goals that match `filter`, in their stored order.
pub fn filter_goals<'a>(goals: &'a [Goal], filter: &GoalFilter) -> Vec<&'a Goal> {
    goals.iter().filter(|g| filter.matches(g)).collect()
}

/// Sorts by deadline, soonest first; goals without a deadline go last. Ties are
/// ordered by title (ignoring case), then id, so the order never flickers.
pub fn sort_by_deadline(goals: &mut [&Goal]) {
    crate::sort::sort_by(goals, |a, b| {
        let deadline = match (a.deadline, b.deadline) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        };
        deadline
            .then_with(|| a.title.to_lowercase().cmp(&b.title.to_lowercase()))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// Active goals whose metric trails its ideal pace on `today` (see [`Goal::pace_status`]),
/// in stored order. The dashboard's "goals at risk".
pub fn behind_pace(goals: &[Goal], today: NaiveDate) -> Vec<&Goal> {
    goals
        .iter()
        .filter(|g| g.status == GoalStatus::Active)
        .filter(|g| g.pace_status(today).is_some_and(|p| p.behind))
        .collect()
}

/// One line of the skills view: a skill being built, the goal building it, and how
/// far that goal has come.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillRow {
    pub skill: String,
    pub goal_id: String,
    pub goal_title: String,
    /// The goal's progress, 0–1, or `None` when there is nothing to measure yet.
    pub progress: Option<f64>,
    /// True when the goal's metric is behind its ideal pace today.
    pub behind: bool,
}

/// Every skill being built, from active and paused goals: a goal's own `skill`, the
/// growth areas and strengths it is linked to, and, for a skill goal naming none of
/// these, its title. Each skill appears once per goal (ignoring case). Sorted by
/// skill, then goal title.
pub fn skills_in_progress(goals: &[Goal], today: NaiveDate) -> Vec<SkillRow> {
    let mut rows = Vec::new();
    for goal in goals
        .iter()
        .filter(|g| matches!(g.status, GoalStatus::Active | GoalStatus::Paused))
    {
        let mut skills: Vec<&str> = Vec::new();
        let named = std::iter::once(goal.skill.as_str())
            .chain(goal.links.growth_areas.iter().map(String::as_str))
            .chain(goal.links.strengths.iter().map(String::as_str));
        for skill in named.map(str::trim).filter(|s| !s.is_empty()) {
            if !skills
                .iter()
                .any(|s| s.to_lowercase() == skill.to_lowercase())
            {
                skills.push(skill);
            }
        }
        if skills.is_empty() && goal.category == Category::Skill && !goal.title.trim().is_empty() {
            skills.push(goal.title.trim());
        }
        let progress = goal.progress();
        let behind = goal.pace_status(today).is_some_and(|p| p.behind);
        rows.extend(skills.into_iter().map(|skill| SkillRow {
            skill: skill.to_owned(),
            goal_id: goal.id.clone(),
            goal_title: goal.title.clone(),
            progress,
            behind,
        }));
    }
    crate::sort::sort_by(&mut rows, |a, b| {
        a.skill
            .to_lowercase()
            .cmp(&b.skill.to_lowercase())
            .then_with(|| {
                a.goal_title
                    .to_lowercase()
                    .cmp(&b.goal_title.to_lowercase())
            })
    });
    rows
}

// ----- the workbook's goal list -----

/// The goal with this id.
pub fn find_goal<'a>(goals: &'a [Goal], id: &str) -> Option<&'a Goal> {
    goals.iter().find(|g| g.id == id)
}

/// Adds a goal at the end. False (and nothing changes) if its id is already taken.
pub fn add_goal(goals: &mut Vec<Goal>, goal: Goal) -> bool {
    if find_goal(goals, &goal.id).is_some() {
        return false;
    }
    goals.push(goal);
    true
}

/// Runs `change` on the goal with this id and returns its result, or `None` when
/// there is no such goal. Use the goal's own methods inside, which stamp the time:
/// `update_goal(&mut wb.goals, id, |g| g.set_title(text, now))`.
pub fn update_goal<R>(
    goals: &mut [Goal],
    id: &str,
    change: impl FnOnce(&mut Goal) -> R,
) -> Option<R> {
    goals.iter_mut().find(|g| g.id == id).map(change)
}

/// Removes a goal, returning where it was and the goal itself, for an undo.
pub fn delete_goal(goals: &mut Vec<Goal>, id: &str) -> Option<(usize, Goal)> {
    let index = goals.iter().position(|g| g.id == id)?;
    Some((index, goals.remove(index)))
}

/// Puts a deleted goal back at `index` (or last, if the list is now shorter).
/// False (and nothing changes) if a goal with that id is already there.
pub fn restore_goal(goals: &mut Vec<Goal>, index: usize, goal: Goal) -> bool {
    if find_goal(goals, &goal.id).is_some() {
        return false;
    }
    let index = index.min(goals.len());
    goals.insert(index, goal);
    true
}

// ----- the workbook's gap maps -----

/// The gap map with this id.
pub fn find_gap_map<'a>(maps: &'a [GapMap], id: &str) -> Option<&'a GapMap> {
    maps.iter().find(|m| m.id == id)
}

/// Adds a gap map at the end. False (and nothing changes) if its id is already taken.
pub fn add_gap_map(maps: &mut Vec<GapMap>, map: GapMap) -> bool {
    if find_gap_map(maps, &map.id).is_some() {
        return false;
    }
    maps.push(map);
    true
}

/// Runs `change` on the gap map with this id; `None` when there is no such map.
pub fn update_gap_map<R>(
    maps: &mut [GapMap],
    id: &str,
    change: impl FnOnce(&mut GapMap) -> R,
) -> Option<R> {
    maps.iter_mut().find(|m| m.id == id).map(change)
}

/// Removes a gap map, returning where it was and the map, for an undo.
pub fn delete_gap_map(maps: &mut Vec<GapMap>, id: &str) -> Option<(usize, GapMap)> {
    let index = maps.iter().position(|m| m.id == id)?;
    Some((index, maps.remove(index)))
}

/// Puts a deleted gap map back. False (and nothing changes) if its id is already there.
pub fn restore_gap_map(maps: &mut Vec<GapMap>, index: usize, map: GapMap) -> bool {
    if find_gap_map(maps, &map.id).is_some() {
        return false;
    }
    let index = index.min(maps.len());
    maps.insert(index, map);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goals::test_support::{at, day};
    use crate::goals::{LinkKind, Metric, MilestoneStatus};

    fn goal(id: &str, title: &str, deadline: Option<NaiveDate>) -> Goal {
        let now = at(2026, 1, 1);
        let mut g = Goal::new(id.into(), now);
        g.set_title(title, now);
        g.set_deadline(deadline, now);
        g
    }

    fn titles(goals: &[&Goal]) -> Vec<String> {
        goals.iter().map(|g| g.title.clone()).collect()
    }

    #[test]
    fn filters_by_status_and_category_together() {
        let now = at(2026, 1, 1);
        let mut a = goal("a", "A", None);
        a.set_category(Category::Skill, now);
        let mut b = goal("b", "B", None);
        b.set_category(Category::Skill, now);
        b.set_status(GoalStatus::Paused, day(2026, 1, 1), now);
        let c = goal("c", "C", None);
        let goals = vec![a, b, c];
        let skill = GoalFilter {
            category: Some(Category::Skill),
            ..Default::default()
        };
        assert_eq!(titles(&filter_goals(&goals, &skill)), vec!["A", "B"]);
        let active_skill = GoalFilter {
            status: Some(GoalStatus::Active),
            category: Some(Category::Skill),
        };
        assert_eq!(titles(&filter_goals(&goals, &active_skill)), vec!["A"]);
        assert_eq!(filter_goals(&goals, &GoalFilter::default()).len(), 3);
    }

    #[test]
    fn deadline_order_puts_soonest_first_and_undated_last() {
        let goals = [
            goal("1", "No date", None),
            goal("2", "March", Some(day(2026, 3, 1))),
            goal("3", "beta Feb", Some(day(2026, 2, 1))),
            goal("4", "Alpha Feb", Some(day(2026, 2, 1))),
            goal("5", "Another undated", None),
        ];
        let mut list: Vec<&Goal> = goals.iter().collect();
        sort_by_deadline(&mut list);
        assert_eq!(
            titles(&list),
            vec![
                "Alpha Feb",
                "beta Feb",
                "March",
                "Another undated",
                "No date"
            ]
        );
    }

    fn measured(id: &str, latest: f64) -> Goal {
        // 0 → 30 from 1 Jan to 31 Jan 2026: one a day, margin 3.
        let now = at(2026, 1, 1);
        let mut g = goal(id, id, Some(day(2026, 1, 31)));
        g.set_metric(Some(Metric::new("Calls", "calls", 0.0, 30.0)), now);
        g.log_metric(day(2026, 1, 16), latest, "", now);
        g
    }

    #[test]
    fn behind_pace_lists_only_active_goals_trailing_beyond_the_margin() {
        let mut paused = measured("paused", 1.0);
        paused.set_status(GoalStatus::Paused, day(2026, 1, 2), at(2026, 1, 2));
        let goals = vec![
            measured("ok", 13.0),
            measured("behind", 11.0),
            paused,
            goal("plain", "plain", None),
        ];
        let ids: Vec<&str> = behind_pace(&goals, day(2026, 1, 16))
            .iter()
            .map(|g| g.id.as_str())
            .collect();
        assert_eq!(ids, vec!["behind"]);
    }

    #[test]
    fn skills_view_lists_each_skill_with_its_goal_and_progress() {
        let now = at(2026, 1, 1);
        let mut sql = goal("g1", "Build a skill: SQL", None);
        sql.set_category(Category::Skill, now);
        sql.set_skill("SQL", now);
        sql.toggle_link(LinkKind::GrowthArea, "sql", now);
        sql.toggle_link(LinkKind::GrowthArea, "Data storytelling", now);
        sql.add_milestone("m1".into(), "Course", None, now);
        sql.add_milestone("m2".into(), "Project", None, now);
        sql.set_milestone_status("m1", MilestoneStatus::Done, day(2026, 1, 3), now);
        let mut speaking = goal("g2", "Speak at a meetup", None);
        speaking.set_category(Category::Skill, now);
        let mut job = goal("g3", "Land my next role", None);
        job.toggle_link(LinkKind::Strength, "Writing", now);
        let mut dropped = goal("g4", "Old plan", None);
        dropped.set_category(Category::Skill, now);
        dropped.set_status(GoalStatus::Dropped, day(2026, 1, 2), now);
        let rows = skills_in_progress(&[sql, speaking, job, dropped], day(2026, 1, 5));
        let view: Vec<(&str, &str, Option<f64>)> = rows
            .iter()
            .map(|r| (r.skill.as_str(), r.goal_id.as_str(), r.progress))
            .collect();
        assert_eq!(
            view,
            vec![
                ("Data storytelling", "g1", Some(0.5)),
                ("Speak at a meetup", "g2", None),
                ("SQL", "g1", Some(0.5)),
                ("Writing", "g3", None),
            ]
        );
        assert_eq!(rows[0].goal_title, "Build a skill: SQL");
    }

    #[test]
    fn skills_view_marks_goals_behind_pace() {
        let now = at(2026, 1, 1);
        let mut g = measured("g", 5.0);
        g.set_skill("Cold calling", now);
        let rows = skills_in_progress(&[g], day(2026, 1, 16));
        assert_eq!(rows.len(), 1);
        assert!(rows[0].behind);
    }

    #[test]
    fn goals_are_added_updated_deleted_and_restored_by_id() {
        let mut goals = vec![
            goal("a", "A", None),
            goal("b", "B", None),
            goal("c", "C", None),
        ];
        assert!(
            !add_goal(&mut goals, goal("a", "again", None)),
            "ids stay unique"
        );
        assert!(add_goal(&mut goals, goal("d", "D", None)));
        let later = at(2026, 2, 1);
        assert_eq!(
            update_goal(&mut goals, "b", |g| g.set_title("Bee", later)),
            Some(())
        );
        assert_eq!(
            find_goal(&goals, "b").map(|g| (g.title.as_str(), g.updated_at)),
            Some(("Bee", later))
        );
        assert_eq!(
            update_goal(&mut goals, "zz", |g| g.set_title("x", later)),
            None
        );
        let (index, removed) = delete_goal(&mut goals, "b").unwrap();
        assert_eq!((index, goals.len()), (1, 3));
        assert!(delete_goal(&mut goals, "b").is_none());
        assert!(restore_goal(&mut goals, index, removed.clone()));
        let ids: Vec<&str> = goals.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids, vec!["a", "b", "c", "d"]);
        assert!(
            !restore_goal(&mut goals, index, removed),
            "undo twice changes nothing"
        );
    }

    #[test]
    fn restoring_past_the_end_puts_the_goal_last() {
        let mut goals = vec![goal("a", "A", None), goal("b", "B", None)];
        let (index, removed) = delete_goal(&mut goals, "b").unwrap();
        delete_goal(&mut goals, "a");
        assert!(restore_goal(&mut goals, index, removed));
        assert_eq!(goals[0].id, "b");
    }

    #[test]
    fn gap_maps_are_added_updated_deleted_and_restored_by_id() {
        let now = at(2026, 1, 1);
        let mut maps = Vec::new();
        assert!(add_gap_map(
            &mut maps,
            GapMap::new("m1".into(), "Designer", now)
        ));
        assert!(!add_gap_map(
            &mut maps,
            GapMap::new("m1".into(), "Other", now)
        ));
        assert!(add_gap_map(
            &mut maps,
            GapMap::new("m2".into(), "Analyst", now)
        ));
        let renamed = update_gap_map(&mut maps, "m1", |m| m.set_role("UX designer", now));
        assert_eq!(renamed, Some(()));
        assert_eq!(
            find_gap_map(&maps, "m1").map(|m| m.role.as_str()),
            Some("UX designer")
        );
        let (index, map) = delete_gap_map(&mut maps, "m1").unwrap();
        assert_eq!(maps.len(), 1);
        assert!(restore_gap_map(&mut maps, index, map.clone()));
        assert_eq!(maps[0].id, "m1");
        assert!(!restore_gap_map(&mut maps, 0, map));
        assert!(update_gap_map(&mut maps, "nope", |_| ()).is_none());
    }
}
