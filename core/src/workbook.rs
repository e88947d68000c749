//! The workbook: the one document that holds everything a person writes in Waymark.
//! It is plain serde data; every collection defaults to empty so older files still load.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    checkins, discover, goals, journal, outcomes, pitch, profile::Profile, program, schema, search,
    setbacks, stories,
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Workbook {
    /// The shape version of this document; see [`crate::schema`].
    pub schema_version: u32,
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
    #[serde(default)]
    pub profile: Profile,
    #[serde(default)]
    pub discovery: discover::Discovery,
    #[serde(default)]
    pub goals: Vec<goals::Goal>,
    #[serde(default)]
    pub gap_maps: Vec<goals::GapMap>,
    #[serde(default)]
    pub checkins: checkins::Accountability,
    #[serde(default)]
    pub journal: journal::Journal,
    /// The job search: applications, contacts and conversations.
    #[serde(default, skip_serializing_if = "search::Search::is_empty")]
    pub search: search::Search,
    /// The story bank: STAR stories with their practice (see [`crate::stories`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stories: Vec<stories::Story>,
    /// Versions of the person's value proposition: headline, pitch and "about me"
    /// (see [`crate::pitch`]); the latest is the one made last.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pitches: Vec<pitch::Pitch>,
    /// Setbacks and rejections, with what the person made of them (see [`crate::setbacks`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub setbacks: Vec<setbacks::Setback>,
    /// Where the person started, where they are now and the changes between
    /// (see [`crate::outcomes`]).
    #[serde(default, skip_serializing_if = "outcomes::Outcomes::is_empty")]
    pub outcomes: outcomes::Outcomes,
    /// Programs from a coach that the person added (see [`crate::program`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programs: Vec<program::AcceptedProgram>,
    /// Keys of deleted records and when they were deleted, so merging an older copy
    /// never brings them back. See [`crate::merge`].
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub deleted: BTreeMap<String, DateTime<Utc>>,
}

impl Workbook {
    /// A fresh, empty workbook created at `now`.
    pub fn new(now: DateTime<Utc>) -> Self {
        Workbook {
            schema_version: schema::CURRENT_VERSION,
            created_at: now,
            updated_at: now,
            profile: Profile::default(),
            discovery: Default::default(),
            goals: Vec::new(),
            gap_maps: Vec::new(),
            checkins: Default::default(),
            journal: Default::default(),
            search: Default::default(),
            stories: Vec::new(),
            pitches: Vec::new(),
            setbacks: Vec::new(),
            outcomes: Default::default(),
            programs: Vec::new(),
            deleted: BTreeMap::new(),
        }
    }

    /// Marks the workbook as changed at `now`.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        if now > self.updated_at {
            self.updated_at = now;
        }
    }

    /// True when nothing has been written yet beyond the welcome.
    pub fn is_blank(&self) -> bool {
        self.goals.is_empty()
            && self.gap_maps.is_empty()
            && self.discovery.is_empty()
            && self.checkins.is_empty()
            && self.journal.is_empty()
            && self.search.is_empty()
            && self.stories.is_empty()
            && self.pitches.is_empty()
            && self.setbacks.is_empty()
            && self.outcomes.is_empty()
    }

    /// Counts of what the workbook holds, for previews and summaries.
    pub fn summary(&self) -> Summary {
        Summary {
            name: self.profile.greeting_name().map(str::to_owned),
            results: self.discovery.result_count(),
            goals: self.goals.len(),
            milestones: self.goals.iter().map(|g| g.milestones.len()).sum(),
            checkins: self.checkins.checkin_count(),
            journal_entries: self.journal.entry_count(),
            updated_at: self.updated_at,
        }
    }
}

/// What a workbook contains, in counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub name: Option<String>,
    pub results: usize,
    pub goals: usize,
    pub milestones: usize,
    pub checkins: usize,
    pub journal_entries: usize,
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use chrono::TimeZone;

    pub fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 9, 30, 0).single().unwrap()
    }

    #[test]
    fn new_workbook_is_blank_and_current() {
        let wb = Workbook::new(at(2026, 1, 5));
        assert!(wb.is_blank());
        assert_eq!(wb.schema_version, schema::CURRENT_VERSION);
        assert_eq!(wb.created_at, wb.updated_at);
    }

    #[test]
    fn touch_never_moves_time_backwards() {
        let mut wb = Workbook::new(at(2026, 1, 5));
        wb.touch(at(2026, 1, 6));
        wb.touch(at(2026, 1, 4));
        assert_eq!(wb.updated_at, at(2026, 1, 6));
    }

    #[test]
    fn serde_round_trip_keeps_everything() {
        let mut wb = Workbook::new(at(2026, 2, 1));
        wb.profile.name = "Sam".into();
        let text = serde_json::to_string(&wb).unwrap();
        let back: Workbook = serde_json::from_str(&text).unwrap();
        assert_eq!(back, wb);
    }
}
