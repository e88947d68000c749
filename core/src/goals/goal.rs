//! The goal record and its small parts: category, status, metric and its log, links to
//! what matters to the person, and obstacles with if-then plans. Setters keep values
//! in range and stamp `updated_at`; rules that read a goal live in `smart` and `pace`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{lenient, tidy, touch, Milestone};

/// The lowest confidence a goal can carry.
pub const MIN_CONFIDENCE: u8 = 1;
/// The highest confidence a goal can carry.
pub const MAX_CONFIDENCE: u8 = 10;
/// Confidence for a new goal until the person chooses: the middle of the scale.
pub const DEFAULT_CONFIDENCE: u8 = 5;

/// Pulls any whole number into the 1–10 confidence scale.
pub fn clamp_confidence(value: i64) -> u8 {
    value.clamp(i64::from(MIN_CONFIDENCE), i64::from(MAX_CONFIDENCE)) as u8
}

/// What kind of change a goal is about; used for filters, icons and the skills view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    JobSearch,
    Promotion,
    Skill,
    Network,
    ReturnToWork,
    Business,
    #[default]
    Other,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::JobSearch,
        Category::Promotion,
        Category::Skill,
        Category::Network,
        Category::ReturnToWork,
        Category::Business,
        Category::Other,
    ];

    /// A short label for chips and filters.
    pub fn label(self) -> &'static str {
        match self {
            Category::JobSearch => "Job search",
            Category::Promotion => "Promotion",
            Category::Skill => "Skill",
            Category::Network => "Network",
            Category::ReturnToWork => "Return to work",
            Category::Business => "Business",
            Category::Other => "Other",
        }
    }

    /// The stable key used in stored data and form values.
    pub fn key(self) -> &'static str {
        match self {
            Category::JobSearch => "job_search",
            Category::Promotion => "promotion",
            Category::Skill => "skill",
            Category::Network => "network",
            Category::ReturnToWork => "return_to_work",
            Category::Business => "business",
            Category::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Where a goal stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    #[default]
    Active,
    Achieved,
    Paused,
    Dropped,
}

impl GoalStatus {
    pub const ALL: [GoalStatus; 4] = [
        GoalStatus::Active,
        GoalStatus::Achieved,
        GoalStatus::Paused,
        GoalStatus::Dropped,
    ];

    pub fn label(self) -> &'static str {
        match self {
            GoalStatus::Active => "Active",
            GoalStatus::Achieved => "Achieved",
            GoalStatus::Paused => "Paused",
            GoalStatus::Dropped => "Dropped",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            GoalStatus::Active => "active",
            GoalStatus::Achieved => "achieved",
            GoalStatus::Paused => "paused",
            GoalStatus::Dropped => "dropped",
        }
    }

    pub fn from_key(key: &str) -> Option<GoalStatus> {
        GoalStatus::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One thing the person can count, with where they start and where they aim to be.
/// The target may be below the start (fewer hours of overtime, a shorter commute).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Metric {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub unit: String,
    #[serde(default, deserialize_with = "lenient::finite")]
    pub start: f64,
    #[serde(default, deserialize_with = "lenient::finite")]
    pub target: f64,
}

impl Metric {
    /// A metric with trimmed words; numbers that are not finite become 0.
    pub fn new(name: &str, unit: &str, start: f64, target: f64) -> Metric {
        Metric {
            name: tidy(name),
            unit: tidy(unit),
            start: finite_or_zero(start),
            target: finite_or_zero(target),
        }
    }

    /// True when it names a thing, a unit, and a target different from the start.
    pub fn is_complete(&self) -> bool {
        !self.name.trim().is_empty()
            && !self.unit.trim().is_empty()
            && self.start.is_finite()
            && self.target.is_finite()
            && self.target != self.start
    }

    /// How far `value` has come from start to target, 0 to 1. Works when the target
    /// is below the start. `None` when the metric has no distance to cover.
    pub fn fraction(&self, value: f64) -> Option<f64> {
        let distance = self.target - self.start;
        if !self.is_complete() || !value.is_finite() || distance == 0.0 {
            return None;
        }
        Some(((value - self.start) / distance).clamp(0.0, 1.0))
    }
}

pub(super) fn finite_or_zero(value: f64) -> f64 {
    if value.is_finite() {
        value
    } else {
        0.0
    }
}

/// One dated reading of a goal's metric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MetricEntry {
    pub date: NaiveDate,
    #[serde(default, deserialize_with = "lenient::finite")]
    pub value: f64,
    #[serde(default)]
    pub note: String,
}

/// Which kind of discovery result a goal is linked to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    Value,
    Strength,
    Interest,
    GrowthArea,
}

/// What makes a goal matter to the person: ids or labels of values, strengths,
/// interests and growth areas from discovery, and whether it serves their vision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Links {
    #[serde(default)]
    pub values: Vec<String>,
    #[serde(default)]
    pub strengths: Vec<String>,
    #[serde(default)]
    pub interests: Vec<String>,
    /// Skills the person enjoys but has not yet mastered (from motivated skills).
    #[serde(default)]
    pub growth_areas: Vec<String>,
    #[serde(default)]
    pub vision: bool,
}

impl Links {
    /// True when at least one link is set.
    pub fn any(&self) -> bool {
        self.vision
            || [
                &self.values,
                &self.strengths,
                &self.interests,
                &self.growth_areas,
            ]
            .iter()
            .any(|list| list.iter().any(|s| !s.trim().is_empty()))
    }

    fn list(&self, kind: LinkKind) -> &Vec<String> {
        match kind {
            LinkKind::Value => &self.values,
            LinkKind::Strength => &self.strengths,
            LinkKind::Interest => &self.interests,
            LinkKind::GrowthArea => &self.growth_areas,
        }
    }

    fn list_mut(&mut self, kind: LinkKind) -> &mut Vec<String> {
        match kind {
            LinkKind::Value => &mut self.values,
            LinkKind::Strength => &mut self.strengths,
            LinkKind::Interest => &mut self.interests,
            LinkKind::GrowthArea => &mut self.growth_areas,
        }
    }

    /// True when `label` is linked under `kind`.
    pub fn contains(&self, kind: LinkKind, label: &str) -> bool {
        self.list(kind).iter().any(|s| s == label.trim())
    }

    /// Links `label` if it was not linked, unlinks it if it was. Returns whether it
    /// is linked afterwards. Blank labels are ignored (and reported as not linked).
    pub fn toggle(&mut self, kind: LinkKind, label: &str) -> bool {
        let label = label.trim();
        if label.is_empty() {
            return false;
        }
        let list = self.list_mut(kind);
        if let Some(pos) = list.iter().position(|s| s == label) {
            list.remove(pos);
            false
        } else {
            list.push(label.to_owned());
            true
        }
    }
}

/// Something that could get in the way, and what the person will do if it does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Obstacle {
    pub id: String,
    #[serde(default)]
    pub if_this: String,
    #[serde(default)]
    pub then_i_will: String,
}

impl Obstacle {
    /// A plan from the two halves, with any "If" / "then I will" the person typed
    /// themselves taken off so it is not said twice.
    pub fn new(id: String, if_this: &str, then_i_will: &str) -> Obstacle {
        Obstacle {
            id,
            if_this: strip_lead(if_this, &["if"]),
            then_i_will: strip_lead(then_i_will, &["then i will", "then i'll", "i will", "i'll"]),
        }
    }

    /// The plan as one sentence: "If I miss a week, then I will book a slot on Monday."
    /// Empty when either half is missing.
    pub fn sentence(&self) -> String {
        let when = self.if_this.trim().trim_end_matches(['.', ',']);
        let then = self.then_i_will.trim().trim_end_matches(['.', ',']);
        if when.is_empty() || then.is_empty() {
            return String::new();
        }
        format!("If {when}, then I will {then}.")
    }
}

/// Trims `text`, then removes the first matching lead-in word(s) (case-insensitive,
/// whole words only) and a comma or full stop at the end.
fn strip_lead(text: &str, leads: &[&str]) -> String {
    let text = text.trim();
    let mut rest = text;
    for lead in leads {
        let head_matches = text
            .get(..lead.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(lead));
        let after = text.get(lead.len()..).unwrap_or_default();
        if head_matches && (after.is_empty() || after.starts_with(char::is_whitespace)) {
            rest = after;
            break;
        }
    }
    rest.trim()
        .trim_end_matches(['.', ','])
        .trim_end()
        .to_owned()
}

/// A goal: what the person wants to be true, how they will know, by when, and why it
/// matters to them, with the steps (milestones) and plans that get them there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Goal {
    pub id: String,
    pub title: String,
    /// What will be true when the goal is reached, in the person's words.
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub category: Category,
    /// The skill this goal builds, when it builds one (shown in the skills view).
    #[serde(default)]
    pub skill: String,
    #[serde(default)]
    pub metric: Option<Metric>,
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    /// How sure the person feels they can do it, 1–10.
    #[serde(
        default = "lenient::default_confidence",
        deserialize_with = "lenient::confidence"
    )]
    pub confidence: u8,
    #[serde(default)]
    pub links: Links,
    #[serde(default)]
    pub status: GoalStatus,
    /// The day the goal was marked achieved; cleared if it is reopened.
    #[serde(default)]
    pub achieved_on: Option<NaiveDate>,
    #[serde(default)]
    pub notes: String,
    /// The steps, in the order the person chose.
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// Dated readings of the metric, kept in date order.
    #[serde(default)]
    pub metric_log: Vec<MetricEntry>,
    #[serde(default)]
    pub obstacles: Vec<Obstacle>,
    #[serde(default)]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    pub updated_at: DateTime<Utc>,
}

impl Goal {
    /// An empty, active goal created at `now`: the starting point of the wizard.
    pub fn new(id: String, now: DateTime<Utc>) -> Goal {
        Goal {
            id,
            title: String::new(),
            outcome: String::new(),
            category: Category::Other,
            skill: String::new(),
            metric: None,
            deadline: None,
            confidence: DEFAULT_CONFIDENCE,
            links: Links::default(),
            status: GoalStatus::Active,
            achieved_on: None,
            notes: String::new(),
            milestones: Vec::new(),
            metric_log: Vec::new(),
            obstacles: Vec::new(),
            created_at: now,
            updated_at: now,
        }
    }

    /// Marks the goal as changed at `now` (never moving the time backwards).
    pub fn touch(&mut self, now: DateTime<Utc>) {
        touch(&mut self.updated_at, now);
    }

    pub fn set_title(&mut self, title: &str, now: DateTime<Utc>) {
        self.title = tidy(title);
        self.touch(now);
    }

    pub fn set_outcome(&mut self, outcome: &str, now: DateTime<Utc>) {
        self.outcome = tidy(outcome);
        self.touch(now);
    }

    pub fn set_category(&mut self, category: Category, now: DateTime<Utc>) {
        self.category = category;
        self.touch(now);
    }

    pub fn set_skill(&mut self, skill: &str, now: DateTime<Utc>) {
        self.skill = tidy(skill);
        self.touch(now);
    }

    /// Sets or clears the metric; numbers that are not finite become 0.
    pub fn set_metric(&mut self, metric: Option<Metric>, now: DateTime<Utc>) {
        self.metric = metric.map(|m| Metric::new(&m.name, &m.unit, m.start, m.target));
        self.touch(now);
    }

    pub fn set_deadline(&mut self, deadline: Option<NaiveDate>, now: DateTime<Utc>) {
        self.deadline = deadline;
        self.touch(now);
    }

    /// Sets confidence, pulling anything outside 1–10 to the nearest end.
    pub fn set_confidence(&mut self, confidence: i64, now: DateTime<Utc>) {
        self.confidence = clamp_confidence(confidence);
        self.touch(now);
    }

    /// Changes status. Achieving records `today` as the day; any other status clears it.
    pub fn set_status(&mut self, status: GoalStatus, today: NaiveDate, now: DateTime<Utc>) {
        if status == GoalStatus::Achieved {
            if self.status != GoalStatus::Achieved || self.achieved_on.is_none() {
                self.achieved_on = Some(today);
            }
        } else {
            self.achieved_on = None;
        }
        self.status = status;
        self.touch(now);
    }

    pub fn set_notes(&mut self, notes: &str, now: DateTime<Utc>) {
        self.notes = notes.to_owned();
        self.touch(now);
    }

    pub fn set_links(&mut self, links: Links, now: DateTime<Utc>) {
        self.links = links;
        self.touch(now);
    }

    /// Links or unlinks one value, strength, interest or growth area; returns whether
    /// it is linked afterwards.
    pub fn toggle_link(&mut self, kind: LinkKind, label: &str, now: DateTime<Utc>) -> bool {
        let linked = self.links.toggle(kind, label);
        self.touch(now);
        linked
    }

    pub fn set_vision_link(&mut self, linked: bool, now: DateTime<Utc>) {
        self.links.vision = linked;
        self.touch(now);
    }

    // ----- metric log -----

    /// Adds a reading, keeping the log in date order (a second reading on the same
    /// day goes after the first, so it counts as the latest). Returns false, changing
    /// nothing, when `value` is not a finite number.
    pub fn log_metric(
        &mut self,
        date: NaiveDate,
        value: f64,
        note: &str,
        now: DateTime<Utc>,
    ) -> bool {
        if !value.is_finite() {
            return false;
        }
        let pos = self.metric_log.partition_point(|e| e.date <= date);
        self.metric_log.insert(
            pos,
            MetricEntry {
                date,
                value,
                note: tidy(note),
            },
        );
        self.touch(now);
        true
    }

    /// Replaces the reading at `index` (as listed in `metric_log`) and re-sorts.
    /// Returns false when there is no such reading or the value is not finite.
    pub fn edit_metric_entry(
        &mut self,
        index: usize,
        date: NaiveDate,
        value: f64,
        note: &str,
        now: DateTime<Utc>,
    ) -> bool {
        if index >= self.metric_log.len() || !value.is_finite() {
            return false;
        }
        self.metric_log.remove(index);
        self.log_metric(date, value, note, now)
    }

    /// Removes and returns the reading at `index`, for an undo; log it again to restore.
    pub fn remove_metric_entry(&mut self, index: usize, now: DateTime<Utc>) -> Option<MetricEntry> {
        if index >= self.metric_log.len() {
            return None;
        }
        let entry = self.metric_log.remove(index);
        self.touch(now);
        Some(entry)
    }

    /// The most recent reading (by date; the later-added one on a tie).
    pub fn latest_entry(&self) -> Option<&MetricEntry> {
        latest(self.metric_log.iter())
    }

    /// The most recent reading dated on or before `today` (readings dated in the
    /// future, perhaps typed by mistake, are left out of pace).
    pub fn latest_entry_by(&self, today: NaiveDate) -> Option<&MetricEntry> {
        latest(self.metric_log.iter().filter(|e| e.date <= today))
    }

    // ----- obstacles -----

    /// Adds an if-then plan and returns its id.
    pub fn add_obstacle(
        &mut self,
        id: String,
        if_this: &str,
        then_i_will: &str,
        now: DateTime<Utc>,
    ) -> String {
        let obstacle = Obstacle::new(id, if_this, then_i_will);
        let id = obstacle.id.clone();
        self.obstacles.push(obstacle);
        self.touch(now);
        id
    }

    /// Rewrites a plan; false when there is no plan with that id.
    pub fn edit_obstacle(
        &mut self,
        id: &str,
        if_this: &str,
        then_i_will: &str,
        now: DateTime<Utc>,
    ) -> bool {
        let Some(obstacle) = self.obstacles.iter_mut().find(|o| o.id == id) else {
            return false;
        };
        *obstacle = Obstacle::new(obstacle.id.clone(), if_this, then_i_will);
        self.touch(now);
        true
    }

    /// Removes a plan, returning where it was and what it was, for an undo.
    pub fn delete_obstacle(&mut self, id: &str, now: DateTime<Utc>) -> Option<(usize, Obstacle)> {
        let index = self.obstacles.iter().position(|o| o.id == id)?;
        let obstacle = self.obstacles.remove(index);
        self.touch(now);
        Some((index, obstacle))
    }

    /// Puts a deleted plan back where it was. False (and nothing changes) if a plan
    /// with that id is already there.
    pub fn restore_obstacle(
        &mut self,
        index: usize,
        obstacle: Obstacle,
        now: DateTime<Utc>,
    ) -> bool {
        if self.obstacles.iter().any(|o| o.id == obstacle.id) {
            return false;
        }
        let index = index.min(self.obstacles.len());
        self.obstacles.insert(index, obstacle);
        self.touch(now);
        true
    }
}

fn latest<'a>(entries: impl Iterator<Item = &'a MetricEntry>) -> Option<&'a MetricEntry> {
    entries
        .enumerate()
        .max_by_key(|(i, e)| (e.date, *i))
        .map(|(_, e)| e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goals::test_support::{at, day};

    #[test]
    fn a_goal_with_only_id_title_and_milestones_still_loads() {
        let goal: Goal = serde_json::from_str(
            r#"{"id":"g-1","title":"Find a new role","milestones":[{"id":"m-1","title":"Update CV"}]}"#,
        )
        .unwrap();
        assert_eq!(goal.title, "Find a new role");
        assert_eq!(goal.milestones.len(), 1);
        assert_eq!(goal.status, GoalStatus::Active);
        assert_eq!(goal.category, Category::Other);
        assert_eq!(goal.confidence, DEFAULT_CONFIDENCE);
        assert_eq!(goal.created_at, DateTime::<Utc>::UNIX_EPOCH);
        assert_eq!(goal.updated_at, DateTime::<Utc>::UNIX_EPOCH);
        assert!(goal.metric.is_none() && goal.deadline.is_none());
    }

    #[test]
    fn a_full_goal_survives_a_round_trip() {
        let now = at(2026, 3, 1);
        let mut goal = Goal::new("g-1".into(), now);
        goal.set_title("  Land a analyst role ", now);
        goal.set_metric(
            Some(Metric::new("Applications", "applications", 0.0, 20.0)),
            now,
        );
        goal.set_deadline(Some(day(2026, 6, 1)), now);
        goal.toggle_link(LinkKind::Value, "learning", now);
        goal.log_metric(day(2026, 3, 5), 3.0, "first week", now);
        goal.add_obstacle("ob-1".into(), "I lose a week", "restart on Monday", now);
        let text = serde_json::to_string(&goal).unwrap();
        let back: Goal = serde_json::from_str(&text).unwrap();
        assert_eq!(back, goal);
        assert_eq!(back.title, "Land a analyst role");
    }

    #[test]
    fn confidence_out_of_range_in_a_file_is_pulled_into_range() {
        let high: Goal = serde_json::from_str(r#"{"id":"a","title":"t","confidence":42}"#).unwrap();
        let low: Goal = serde_json::from_str(r#"{"id":"a","title":"t","confidence":0}"#).unwrap();
        let null: Goal =
            serde_json::from_str(r#"{"id":"a","title":"t","confidence":null}"#).unwrap();
        assert_eq!(high.confidence, 10);
        assert_eq!(low.confidence, 1);
        assert_eq!(null.confidence, DEFAULT_CONFIDENCE);
    }

    #[test]
    fn a_metric_value_written_as_null_reads_as_zero_instead_of_failing() {
        let goal: Goal = serde_json::from_str(
            r#"{"id":"a","title":"t","metric":{"name":"Hours","unit":"h","start":null,"target":10},
                "metric_log":[{"date":"2026-01-02","value":null}]}"#,
        )
        .unwrap();
        assert_eq!(goal.metric.as_ref().map(|m| m.start), Some(0.0));
        assert_eq!(goal.metric_log[0].value, 0.0);
    }

    #[test]
    fn confidence_setter_clamps_both_ends() {
        let now = at(2026, 1, 1);
        let mut goal = Goal::new("g".into(), now);
        goal.set_confidence(0, now);
        assert_eq!(goal.confidence, 1);
        goal.set_confidence(11, now);
        assert_eq!(goal.confidence, 10);
        goal.set_confidence(7, now);
        assert_eq!(goal.confidence, 7);
    }

    #[test]
    fn setters_move_updated_at_forward_only() {
        let mut goal = Goal::new("g".into(), at(2026, 1, 5));
        goal.set_title("New", at(2026, 1, 6));
        assert_eq!(goal.updated_at, at(2026, 1, 6));
        goal.set_notes("older clock", at(2026, 1, 4));
        assert_eq!(goal.updated_at, at(2026, 1, 6));
        assert_eq!(goal.created_at, at(2026, 1, 5));
    }

    #[test]
    fn achieving_records_the_day_and_reopening_clears_it() {
        let now = at(2026, 4, 1);
        let mut goal = Goal::new("g".into(), now);
        goal.set_status(GoalStatus::Achieved, day(2026, 4, 2), now);
        assert_eq!(goal.achieved_on, Some(day(2026, 4, 2)));
        goal.set_status(GoalStatus::Achieved, day(2026, 4, 9), now);
        assert_eq!(
            goal.achieved_on,
            Some(day(2026, 4, 2)),
            "re-saying achieved keeps the first day"
        );
        goal.set_status(GoalStatus::Active, day(2026, 4, 10), now);
        assert_eq!(goal.achieved_on, None);
        assert_eq!(goal.status, GoalStatus::Active);
    }

    #[test]
    fn metric_setter_turns_non_numbers_into_zero() {
        let now = at(2026, 1, 1);
        let mut goal = Goal::new("g".into(), now);
        goal.set_metric(
            Some(Metric {
                name: " Hours ".into(),
                unit: "h".into(),
                start: f64::NAN,
                target: f64::INFINITY,
            }),
            now,
        );
        let metric = goal.metric.unwrap();
        assert_eq!(
            (metric.name.as_str(), metric.start, metric.target),
            ("Hours", 0.0, 0.0)
        );
    }

    #[test]
    fn metric_fraction_works_for_rising_and_falling_targets() {
        let up = Metric::new("Applications", "applications", 0.0, 20.0);
        assert_eq!(up.fraction(5.0), Some(0.25));
        assert_eq!(up.fraction(30.0), Some(1.0));
        assert_eq!(up.fraction(-4.0), Some(0.0));
        let down = Metric::new("Overtime", "hours a week", 15.0, 5.0);
        assert_eq!(down.fraction(12.0), Some(0.3));
        assert_eq!(down.fraction(5.0), Some(1.0));
        assert_eq!(down.fraction(18.0), Some(0.0));
        let flat = Metric::new("Overtime", "hours", 5.0, 5.0);
        assert_eq!(flat.fraction(5.0), None);
    }

    #[test]
    fn log_keeps_date_order_and_same_day_reading_counts_as_latest() {
        let now = at(2026, 1, 1);
        let mut goal = Goal::new("g".into(), now);
        assert!(goal.log_metric(day(2026, 1, 10), 4.0, "", now));
        assert!(goal.log_metric(day(2026, 1, 3), 1.0, "", now));
        assert!(goal.log_metric(day(2026, 1, 10), 5.0, "evening", now));
        let dates: Vec<_> = goal.metric_log.iter().map(|e| (e.date, e.value)).collect();
        assert_eq!(
            dates,
            vec![
                (day(2026, 1, 3), 1.0),
                (day(2026, 1, 10), 4.0),
                (day(2026, 1, 10), 5.0)
            ]
        );
        assert_eq!(goal.latest_entry().map(|e| e.value), Some(5.0));
    }

    #[test]
    fn a_non_number_reading_is_refused() {
        let now = at(2026, 1, 1);
        let mut goal = Goal::new("g".into(), now);
        assert!(!goal.log_metric(day(2026, 1, 2), f64::NAN, "", now));
        assert!(goal.metric_log.is_empty());
    }

    #[test]
    fn latest_reading_is_by_date_even_in_an_unsorted_file() {
        let mut goal = Goal::new("g".into(), at(2026, 1, 1));
        goal.metric_log = vec![
            MetricEntry {
                date: day(2026, 2, 1),
                value: 9.0,
                note: String::new(),
            },
            MetricEntry {
                date: day(2026, 1, 1),
                value: 2.0,
                note: String::new(),
            },
        ];
        assert_eq!(goal.latest_entry().map(|e| e.value), Some(9.0));
        assert_eq!(
            goal.latest_entry_by(day(2026, 1, 20)).map(|e| e.value),
            Some(2.0)
        );
        assert!(goal.latest_entry_by(day(2025, 12, 31)).is_none());
    }

    #[test]
    fn editing_and_removing_readings() {
        let now = at(2026, 1, 1);
        let mut goal = Goal::new("g".into(), now);
        goal.log_metric(day(2026, 1, 3), 1.0, "", now);
        goal.log_metric(day(2026, 1, 10), 4.0, "", now);
        assert!(goal.edit_metric_entry(0, day(2026, 1, 12), 6.0, "moved", now));
        assert_eq!(goal.metric_log[1].value, 6.0);
        assert!(!goal.edit_metric_entry(5, day(2026, 1, 12), 6.0, "", now));
        let removed = goal.remove_metric_entry(0, now).unwrap();
        assert_eq!(removed.value, 4.0);
        assert_eq!(goal.metric_log.len(), 1);
        assert!(goal.remove_metric_entry(3, now).is_none());
    }

    #[test]
    fn if_then_plan_reads_as_one_sentence_without_doubled_words() {
        let plan = Obstacle::new(
            "ob".into(),
            "If I get a rejection,",
            "then I will ask for feedback.",
        );
        assert_eq!(plan.if_this, "I get a rejection");
        assert_eq!(plan.then_i_will, "ask for feedback");
        assert_eq!(
            plan.sentence(),
            "If I get a rejection, then I will ask for feedback."
        );
        let plain = Obstacle::new("ob".into(), "iffy weather stops my run", "walk instead");
        assert_eq!(
            plain.if_this, "iffy weather stops my run",
            "only a whole word 'if' is removed"
        );
        assert_eq!(Obstacle::new("ob".into(), "", "rest").sentence(), "");
    }

    #[test]
    fn obstacles_add_edit_delete_and_undo() {
        let now = at(2026, 1, 1);
        let mut goal = Goal::new("g".into(), now);
        goal.add_obstacle("ob-1".into(), "I feel tired", "do ten minutes", now);
        goal.add_obstacle(
            "ob-2".into(),
            "work runs late",
            "move it to the morning",
            now,
        );
        assert!(goal.edit_obstacle("ob-1", "I feel flat", "do five minutes", now));
        assert!(!goal.edit_obstacle("nope", "a", "b", now));
        assert_eq!(goal.obstacles[0].then_i_will, "do five minutes");
        let (index, removed) = goal.delete_obstacle("ob-1", now).unwrap();
        assert_eq!((index, goal.obstacles.len()), (0, 1));
        assert!(goal.restore_obstacle(index, removed.clone(), now));
        assert_eq!(goal.obstacles[0].id, "ob-1");
        assert!(!goal.restore_obstacle(0, removed, now), "no duplicates");
    }

    #[test]
    fn links_toggle_on_and_off_and_ignore_blanks() {
        let mut links = Links::default();
        assert!(!links.any());
        assert!(links.toggle(LinkKind::Strength, " Writing "));
        assert!(links.contains(LinkKind::Strength, "Writing"));
        assert!(links.any());
        assert!(!links.toggle(LinkKind::Strength, "Writing"));
        assert!(!links.any());
        assert!(!links.toggle(LinkKind::Value, "   "));
        assert!(links.values.is_empty());
        links.vision = true;
        assert!(links.any());
    }

    proptest::proptest! {
        #[test]
        // Numbers as people type them: up to two decimal places. (serde_json without
        // its `float_roundtrip` feature may change the last bit of longer fractions.)
        fn any_goal_survives_saving_and_loading(
            title in ".{0,40}",
            start in -100_000_000_i64..100_000_000,
            target in -100_000_000_i64..100_000_000,
            confidence in -5i64..20,
            values in proptest::collection::vec((0u64..3000, -100_000_000_i64..100_000_000), 0..6),
        ) {
            let now = at(2026, 1, 1);
            let cents = |n: i64| n as f64 / 100.0;
            let mut goal = Goal::new("g".into(), now);
            goal.set_title(&title, now);
            goal.set_metric(Some(Metric::new("n", "u", cents(start), cents(target))), now);
            goal.set_confidence(confidence, now);
            for (offset, value) in values {
                goal.log_metric(day(2026, 1, 1) + chrono::Days::new(offset), cents(value), "", now);
            }
            let text = serde_json::to_string(&goal).unwrap();
            let back: Goal = serde_json::from_str(&text).unwrap();
            proptest::prop_assert_eq!(back, goal);
        }
    }

    #[test]
    fn category_and_status_keys_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::from_key(c.key()), Some(c));
        }
        for s in GoalStatus::ALL {
            assert_eq!(GoalStatus::from_key(s.key()), Some(s));
        }
        assert_eq!(Category::from_key("nope"), None);
    }
}
