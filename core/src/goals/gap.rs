//! Gap maps: for a target role, the skills, experience, credentials and connections it
//! needs, each with the person's current and needed level (0–4), and the one-step
//! conversions that turn a gap into a goal or into a milestone of an existing goal.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{lenient, prefix, tidy, touch, Category, Goal, Metric, Milestone};

/// The top of the 0–4 level scale.
pub const MAX_LEVEL: u8 = 4;

/// Words for each level, 0–4, for sliders and summaries.
pub fn level_label(level: u8) -> &'static str {
    match level {
        0 => "Not yet",
        1 => "Beginning",
        2 => "Some",
        3 => "Solid",
        _ => "Strong",
    }
}

fn clamp_level(level: i64) -> u8 {
    level.clamp(0, i64::from(MAX_LEVEL)) as u8
}

/// What a role asks for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    #[default]
    Skill,
    Experience,
    Credential,
    Network,
}

impl GapKind {
    pub const ALL: [GapKind; 4] = [
        GapKind::Skill,
        GapKind::Experience,
        GapKind::Credential,
        GapKind::Network,
    ];

    pub fn label(self) -> &'static str {
        match self {
            GapKind::Skill => "Skill",
            GapKind::Experience => "Experience",
            GapKind::Credential => "Credential",
            GapKind::Network => "Network",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            GapKind::Skill => "skill",
            GapKind::Experience => "experience",
            GapKind::Credential => "credential",
            GapKind::Network => "network",
        }
    }

    pub fn from_key(key: &str) -> Option<GapKind> {
        GapKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The goal category a gap of this kind becomes.
    pub fn category(self) -> Category {
        match self {
            GapKind::Skill | GapKind::Credential => Category::Skill,
            GapKind::Network => Category::Network,
            GapKind::Experience => Category::Other,
        }
    }

    /// A title for the goal or milestone that closes a gap called `name`.
    fn action_title(self, name: &str) -> String {
        match self {
            GapKind::Skill => format!("Build a skill: {name}"),
            GapKind::Experience => format!("Gain experience: {name}"),
            GapKind::Credential => format!("Earn a credential: {name}"),
            GapKind::Network => format!("Grow my network: {name}"),
        }
    }

    /// First steps suggested when a gap of this kind becomes a goal.
    fn starter_steps(self) -> [&'static str; 3] {
        match self {
            GapKind::Skill => [
                "Pick one course, book or person to learn from",
                "Practise on a real piece of work",
                "Ask someone you trust for feedback",
            ],
            GapKind::Experience => [
                "Find a project, stretch task or volunteer role that gives you this",
                "Agree what you'll do and how much time it takes",
                "Write down what you did and what you learned",
            ],
            GapKind::Credential => [
                "Check what it requires, costs and how long it takes",
                "Book the course or the exam",
                "Set aside a regular time each week to study",
            ],
            GapKind::Network => [
                "List five people who know this area",
                "Reach out to two of them for a short chat",
                "Follow up with a thank-you and stay in touch",
            ],
        }
    }
}

/// One thing a role asks for, with where the person is and where they need to be.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct GapItem {
    pub id: String,
    #[serde(default)]
    pub kind: GapKind,
    #[serde(default)]
    pub name: String,
    /// Where the person is now, 0–4.
    #[serde(default, deserialize_with = "lenient::level")]
    pub current: u8,
    /// What the role needs, 0–4.
    #[serde(default, deserialize_with = "lenient::level")]
    pub needed: u8,
    #[serde(default)]
    pub notes: String,
    /// The goal this gap became, or the goal it became a milestone of.
    #[serde(default)]
    pub goal_id: Option<String>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}

impl GapItem {
    /// How many levels short the person is; 0 when they already meet the need.
    pub fn gap(&self) -> u8 {
        self.needed.saturating_sub(self.current)
    }

    /// True when there is nothing left to close.
    pub fn is_closed(&self) -> bool {
        self.gap() == 0
    }

    /// The goal this item became (or became a step of), if it still exists.
    pub fn linked_goal<'a>(&self, goals: &'a [Goal]) -> Option<&'a Goal> {
        let id = self.goal_id.as_deref()?;
        goals.iter().find(|g| g.id == id)
    }
}

/// Changes to a gap item; `None` leaves a field as it is. Levels are clamped to 0–4.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GapItemPatch {
    pub kind: Option<GapKind>,
    pub name: Option<String>,
    pub current: Option<i64>,
    pub needed: Option<i64>,
    pub notes: Option<String>,
}

/// What a target role asks for, and how far the person is from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct GapMap {
    pub id: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub items: Vec<GapItem>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}

impl GapMap {
    /// An empty map for `role`.
    pub fn new(id: String, role: &str, now: DateTime<Utc>) -> GapMap {
        GapMap {
            id,
            role: tidy(role),
            notes: String::new(),
            items: Vec::new(),
            created_at: now,
            updated_at: now,
        }
    }

    pub fn touch(&mut self, now: DateTime<Utc>) {
        touch(&mut self.updated_at, now);
    }

    pub fn set_role(&mut self, role: &str, now: DateTime<Utc>) {
        self.role = tidy(role);
        self.touch(now);
    }

    pub fn set_notes(&mut self, notes: &str, now: DateTime<Utc>) {
        self.notes = notes.to_owned();
        self.touch(now);
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&GapItem> {
        self.items.iter().find(|i| i.id == id)
    }

    /// Adds an item (levels clamped to 0–4) and returns its id.
    pub fn add_item(
        &mut self,
        id: String,
        kind: GapKind,
        name: &str,
        current: i64,
        needed: i64,
        now: DateTime<Utc>,
    ) -> String {
        self.items.push(GapItem {
            id: id.clone(),
            kind,
            name: tidy(name),
            current: clamp_level(current),
            needed: clamp_level(needed),
            notes: String::new(),
            goal_id: None,
            created_at: now,
            updated_at: now,
        });
        self.touch(now);
        id
    }

    /// Applies a patch; false when there is no item with that id.
    pub fn edit_item(&mut self, id: &str, patch: GapItemPatch, now: DateTime<Utc>) -> bool {
        let Some(item) = self.items.iter_mut().find(|i| i.id == id) else {
            return false;
        };
        if let Some(kind) = patch.kind {
            item.kind = kind;
        }
        if let Some(name) = patch.name {
            item.name = tidy(&name);
        }
        if let Some(current) = patch.current {
            item.current = clamp_level(current);
        }
        if let Some(needed) = patch.needed {
            item.needed = clamp_level(needed);
        }
        if let Some(notes) = patch.notes {
            item.notes = notes;
        }
        touch(&mut item.updated_at, now);
        self.touch(now);
        true
    }

    /// Removes an item, returning where it was and what it was, for an undo.
    pub fn delete_item(&mut self, id: &str, now: DateTime<Utc>) -> Option<(usize, GapItem)> {
        let index = self.items.iter().position(|i| i.id == id)?;
        let item = self.items.remove(index);
        self.touch(now);
        Some((index, item))
    }

    /// Puts a deleted item back. False (and nothing changes) if its id is already there.
    pub fn restore_item(&mut self, index: usize, item: GapItem, now: DateTime<Utc>) -> bool {
        if self.item(&item.id).is_some() {
            return false;
        }
        let index = index.min(self.items.len());
        self.items.insert(index, item);
        self.touch(now);
        true
    }

    /// The sum of all gaps, in levels: one number for "how far from this role".
    pub fn total_gap(&self) -> u32 {
        self.items.iter().map(|i| u32::from(i.gap())).sum()
    }

    /// Items with a gap left, biggest gap first (ties keep the person's order).
    pub fn open_items(&self) -> Vec<&GapItem> {
        let mut open: Vec<&GapItem> = self.items.iter().filter(|i| !i.is_closed()).collect();
        crate::sort::sort_by_key(&mut open, |item| std::cmp::Reverse(item.gap()));
        open
    }

    /// How much of the role's needs are met, 0–1: levels held (up to what is needed)
    /// over levels needed. `None` when nothing is needed yet.
    pub fn readiness(&self) -> Option<f64> {
        let needed: u32 = self.items.iter().map(|i| u32::from(i.needed)).sum();
        let held: u32 = self
            .items
            .iter()
            .map(|i| u32::from(i.current.min(i.needed)))
            .sum();
        (needed > 0).then(|| f64::from(held) / f64::from(needed))
    }
}

/// Turns a gap into a new active goal: a title from the kind and name, an outcome
/// naming the role and levels, the level as its metric (current → needed, out of 4),
/// three suggested first steps as milestones, and, for skills, the skill name.
/// `ids` is called with a prefix from [`prefix`] for each id needed.
pub fn gap_item_to_goal(
    role: &str,
    item: &GapItem,
    ids: &mut impl FnMut(&str) -> String,
    now: DateTime<Utc>,
) -> Goal {
    let mut goal = Goal::new(ids(prefix::GOAL), now);
    let name = item.name.trim();
    goal.title = item.kind.action_title(name);
    let levels = format!(
        "move {name} from \"{}\" to \"{}\"",
        level_label(item.current).to_lowercase(),
        level_label(item.needed).to_lowercase()
    );
    goal.outcome = match role.trim() {
        "" => capitalise(&levels),
        role => format!("For the {role} role, {levels}"),
    };
    goal.category = item.kind.category();
    if item.kind == GapKind::Skill {
        goal.skill = name.to_owned();
    }
    goal.metric = Some(Metric::new(
        &format!("{name} level"),
        "out of 4",
        f64::from(item.current),
        f64::from(item.needed),
    ));
    goal.notes = item.notes.clone();
    for step in item.kind.starter_steps() {
        goal.add_milestone(ids(prefix::MILESTONE), step, None, now);
    }
    goal
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Turns a gap into one milestone for an existing goal, with the levels in its notes.
pub fn gap_item_to_milestone(item: &GapItem, id: String, now: DateTime<Utc>) -> Milestone {
    let mut milestone = Milestone::new(id, &item.kind.action_title(item.name.trim()), None, now);
    milestone.notes = format!(
        "From your gap map: \"{}\" now, \"{}\" needed.",
        level_label(item.current).to_lowercase(),
        level_label(item.needed).to_lowercase()
    );
    if !item.notes.trim().is_empty() {
        milestone.notes.push(' ');
        milestone.notes.push_str(item.notes.trim());
    }
    milestone
}

/// The one action behind "Make this a goal": builds the goal from the gap item, adds
/// it to `goals`, and remembers the goal on the item. Returns the new goal's id, or
/// `None` (changing nothing) when the map or item is not found.
pub fn turn_gap_item_into_goal(
    gap_maps: &mut [GapMap],
    goals: &mut Vec<Goal>,
    map_id: &str,
    item_id: &str,
    ids: &mut impl FnMut(&str) -> String,
    now: DateTime<Utc>,
) -> Option<String> {
    let map = gap_maps.iter_mut().find(|m| m.id == map_id)?;
    let role = map.role.clone();
    let item = map.items.iter_mut().find(|i| i.id == item_id)?;
    let goal = gap_item_to_goal(&role, item, ids, now);
    let goal_id = goal.id.clone();
    item.goal_id = Some(goal_id.clone());
    touch(&mut item.updated_at, now);
    map.touch(now);
    goals.push(goal);
    Some(goal_id)
}

/// The one action behind "Add as a step to a goal": adds the gap item as the last
/// milestone of `goal_id` and remembers that goal on the item. Returns the new
/// milestone's id, or `None` (changing nothing) when the map, item or goal is missing.
pub fn turn_gap_item_into_milestone(
    gap_maps: &mut [GapMap],
    goals: &mut [Goal],
    map_id: &str,
    item_id: &str,
    goal_id: &str,
    milestone_id: String,
    now: DateTime<Utc>,
) -> Option<String> {
    let map = gap_maps.iter_mut().find(|m| m.id == map_id)?;
    let item = map.items.iter_mut().find(|i| i.id == item_id)?;
    let goal = goals.iter_mut().find(|g| g.id == goal_id)?;
    let milestone = gap_item_to_milestone(item, milestone_id, now);
    let id = milestone.id.clone();
    if !goal.restore_milestone(goal.milestones.len(), milestone, now) {
        return None;
    }
    item.goal_id = Some(goal.id.clone());
    touch(&mut item.updated_at, now);
    map.touch(now);
    Some(id)
}

#[cfg(test)]
mod tests;
