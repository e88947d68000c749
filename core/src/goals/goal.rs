//! The goal record: what the person wants to be true, its category and status, and the
//! setters that keep its values in range and stamp `updated_at`. Its parts live beside
//! it (`metric`, `links`, `obstacle`, `milestones`); rules that read a goal live in
//! `smart` and `pace`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{lenient, tidy, touch, LinkKind, Links, Metric, MetricEntry, Milestone, Obstacle};

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
    #[serde(deserialize_with = "crate::stamps::date_opt")]
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
    #[serde(deserialize_with = "crate::stamps::date_opt")]
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
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
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
        self.metric = metric.map(|m| Metric {
            counts: m.counts,
            ..Metric::new(&m.name, &m.unit, m.start, m.target)
        });
        self.touch(now);
    }

    /// Links the metric to the job-search records (or unlinks it with `None`); nothing
    /// changes without a metric.
    pub fn set_counts(&mut self, counts: Option<super::Counted>, now: DateTime<Utc>) {
        if let Some(metric) = self.metric.as_mut() {
            metric.counts = counts;
            self.touch(now);
        }
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
mod tests;
