//! A goal's metric: one thing the person can count, from a start towards a target, and
//! its dated readings.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{lenient, tidy};

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
    /// When set, the readings are counted from the job-search records instead of typed
    /// (see `crate::search::linked`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counts: Option<Counted>,
}

/// What a linked metric counts from the job-search records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CountedThing {
    /// Applications sent (their first move to "applied" or beyond).
    ApplicationsSent,
    /// Interviews, by their date.
    Interviews,
    /// Conversations held, by their date.
    ConversationsHeld,
}

impl CountedThing {
    pub const ALL: [CountedThing; 3] = [
        CountedThing::ApplicationsSent,
        CountedThing::Interviews,
        CountedThing::ConversationsHeld,
    ];

    pub fn key(self) -> &'static str {
        match self {
            CountedThing::ApplicationsSent => "applications_sent",
            CountedThing::Interviews => "interviews",
            CountedThing::ConversationsHeld => "conversations_held",
        }
    }

    pub fn from_key(key: &str) -> Option<CountedThing> {
        CountedThing::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// A metric linked to the records: what it counts, and from which day (the goal's
/// creation day when none is chosen) up to the goal's deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Counted {
    pub what: CountedThing,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::stamps::date_opt")]
    pub from: Option<NaiveDate>,
}

impl Metric {
    /// A metric with trimmed words; numbers that are not finite become 0.
    pub fn new(name: &str, unit: &str, start: f64, target: f64) -> Metric {
        Metric {
            name: tidy(name),
            unit: tidy(unit),
            start: finite_or_zero(start),
            target: finite_or_zero(target),
            counts: None,
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
    #[serde(deserialize_with = "crate::stamps::date")]
    pub date: NaiveDate,
    #[serde(default, deserialize_with = "lenient::finite")]
    pub value: f64,
    #[serde(default)]
    pub note: String,
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
