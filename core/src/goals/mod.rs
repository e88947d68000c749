//! Goals and action planning: goals with SMART checks, milestones, metric logs and
//! pace, if-then plans, gap maps for a target role, templates and the list queries
//! the goals pages ask. Pure data and rules; "today" and "now" are always parameters.
//!
//! The UI never changes a goal's fields by hand: it calls the methods on [`Goal`]
//! (which keep values in range and stamp `updated_at`) or the collection helpers in
//! [`lists`] that find a goal by id.

mod chart;
mod feeds;
mod gap;
mod goal;
mod links;
mod lists;
mod metric;
mod milestones;
mod obstacle;
mod pace;
mod smart;
mod suggest;
mod templates;
mod words;

pub use chart::{
    chart_summary, metric_chart, ChartPoint, ChartSummary, Frame, MetricChart, Tick, TickLabel,
};
pub use feeds::{goals_behind, milestones_due};
pub use gap::{
    gap_item_to_goal, gap_item_to_milestone, level_label, turn_gap_item_into_goal,
    turn_gap_item_into_milestone, GapItem, GapItemPatch, GapKind, GapMap, MAX_LEVEL,
};
pub use goal::{
    clamp_confidence, Category, Goal, GoalStatus, DEFAULT_CONFIDENCE, MAX_CONFIDENCE,
    MIN_CONFIDENCE,
};
pub use links::{LinkKind, Links};
pub use lists::{
    add_gap_map, add_goal, behind_pace, delete_gap_map, delete_goal, filter_goals, find_gap_map,
    find_goal, restore_gap_map, restore_goal, skills_in_progress, sort_by_deadline, update_gap_map,
    update_goal, GoalFilter, SkillRow,
};
pub use metric::{Counted, CountedThing, Metric, MetricEntry};
pub use milestones::{Milestone, MilestonePatch, MilestoneStatus};
pub use obstacle::Obstacle;
pub use pace::{pace_status, ready_to_achieve, Pace, PACE_MARGIN};
pub use smart::{
    smart_check, Hint, SmartCheck, SmartLetter, SmartReport, ACHIEVABLE_CONFIDENCE,
    MIN_CONCRETE_WORDS, MIN_OUTCOME_WORDS,
};
pub use suggest::{
    link_choices, link_suggestions, why_groups, LinkChoice, LinkSuggestion, LinkTarget, WhyGroup,
};
pub use templates::{template_goal, templates_for, GoalTemplate, TemplateId, TEMPLATES};
pub use words::{
    deadline_words, milestone_cheer, pace_reading, parse_number, progress_summary, show_number,
    PaceReading, ProgressSummary,
};

/// Id prefixes for records made here, for [`crate::ids::make_id`].
pub mod prefix {
    pub const GOAL: &str = "g";
    pub const MILESTONE: &str = "ms";
    pub const OBSTACLE: &str = "ob";
    pub const GAP_MAP: &str = "gm";
    pub const GAP_ITEM: &str = "gi";
}

/// Lenient readers for numbers in stored data: out-of-range values are pulled back
/// into range and a missing or `null` number falls back to a default, so one odd
/// value never stops a whole workbook from loading.
mod lenient {
    use serde::{Deserialize, Deserializer};

    /// A finite number; `null` (what JSON writers make of NaN) reads as 0.
    pub fn finite<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        let value = Option::<f64>::deserialize(d)?;
        Ok(value.filter(|v| v.is_finite()).unwrap_or(0.0))
    }

    /// A confidence rating, clamped to 1–10.
    pub fn confidence<'de, D: Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
        let value = Option::<f64>::deserialize(d)?;
        Ok(match value {
            Some(v) if v.is_finite() => super::clamp_confidence(v.round() as i64),
            _ => super::DEFAULT_CONFIDENCE,
        })
    }

    /// A gap-map level, clamped to 0–4.
    pub fn level<'de, D: Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
        let value = Option::<f64>::deserialize(d)?;
        Ok(match value {
            Some(v) if v.is_finite() => v.round().clamp(0.0, f64::from(super::MAX_LEVEL)) as u8,
            _ => 0,
        })
    }

    pub fn default_confidence() -> u8 {
        super::DEFAULT_CONFIDENCE
    }
}

/// Moves `updated_at` forward to `now`, never backwards.
fn touch(updated_at: &mut chrono::DateTime<chrono::Utc>, now: chrono::DateTime<chrono::Utc>) {
    if now > *updated_at {
        *updated_at = now;
    }
}

/// Trimmed text, so stored titles never carry stray spaces.
fn tidy(text: &str) -> String {
    text.trim().to_owned()
}

#[cfg(test)]
pub(crate) mod test_support {
    use chrono::{DateTime, NaiveDate, TimeZone, Utc};

    pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    pub fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 9, 30, 0).single().unwrap()
    }

    /// A measured goal: 0 → 20 applications by 11 April 2026.
    pub fn measured() -> super::Goal {
        let now = at(2026, 1, 1);
        let mut goal = super::Goal::new("g".into(), now);
        goal.set_metric(
            Some(super::Metric::new(
                "Applications",
                "applications",
                0.0,
                20.0,
            )),
            now,
        );
        goal.set_deadline(Some(day(2026, 4, 11)), now);
        goal
    }

    /// An id maker that counts: "g-1", "ms-2", …
    pub fn counter() -> impl FnMut(&str) -> String {
        let mut n = 0;
        move |prefix: &str| {
            n += 1;
            format!("{prefix}-{n}")
        }
    }
}
