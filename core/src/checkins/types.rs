//! The stored records: the cadence and its plans, check-ins and commitments, and the
//! questions asked of them.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::CommitmentDraft;

/// How often check-ins fall due.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    #[default]
    Weekly,
    Fortnightly,
    Monthly,
}

impl Cadence {
    pub const ALL: [Cadence; 3] = [Cadence::Weekly, Cadence::Fortnightly, Cadence::Monthly];

    /// A short label for a picker.
    pub fn label(self) -> &'static str {
        match self {
            Cadence::Weekly => "Every week",
            Cadence::Fortnightly => "Every two weeks",
            Cadence::Monthly => "Every month",
        }
    }

    /// The stable key used in stored data and form values.
    pub fn key(self) -> &'static str {
        match self {
            Cadence::Weekly => "weekly",
            Cadence::Fortnightly => "fortnightly",
            Cadence::Monthly => "monthly",
        }
    }

    pub fn from_key(key: &str) -> Option<Cadence> {
        Cadence::ALL.into_iter().find(|c| c.key() == key)
    }

    fn step_days(self) -> Option<u64> {
        match self {
            Cadence::Weekly => Some(7),
            Cadence::Fortnightly => Some(14),
            Cadence::Monthly => None,
        }
    }
}

/// A cadence and the date of its first check-in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CadencePlan {
    #[serde(default)]
    pub cadence: Cadence,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::date")]
    pub start: NaiveDate,
}

impl CadencePlan {
    pub fn new(cadence: Cadence, start: NaiveDate) -> Self {
        CadencePlan { cadence, start }
    }

    /// The `n`th due date, counting the start as 0; `None` past the calendar's end.
    pub fn due(&self, n: u32) -> Option<NaiveDate> {
        match self.cadence.step_days() {
            Some(step) => self.start.checked_add_days(Days::new(step * u64::from(n))),
            None => self.start.checked_add_months(Months::new(n)),
        }
    }

    /// The index of the first due date on or after `date`.
    pub(super) fn first_index_on_or_after(&self, date: NaiveDate) -> u32 {
        if date <= self.start {
            return 0;
        }
        let mut n = match self.cadence.step_days() {
            Some(step) => {
                let days = (date - self.start).num_days();
                let step = step as i64;
                let whole = days / step;
                whole + i64::from(days % step != 0)
            }
            None => {
                let months = i64::from(date.year() - self.start.year()) * 12
                    + i64::from(date.month0())
                    - i64::from(self.start.month0());
                months - 1
            }
        };
        n = n.clamp(0, i64::from(u32::MAX));
        let mut n = u32::try_from(n).unwrap_or(u32::MAX);
        // Only monthly plans can start one short; the loop runs at most twice.
        while let Some(due) = self.due(n) {
            if due >= date {
                break;
            }
            match n.checked_add(1) {
                Some(next) => n = next,
                None => break,
            }
        }
        n
    }

    /// The first due date on or after `date`.
    pub fn next_due_on_or_after(&self, date: NaiveDate) -> Option<NaiveDate> {
        self.due(self.first_index_on_or_after(date))
    }
}

/// A plan that was replaced or turned off. It governed due dates before `until`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RetiredPlan {
    #[serde(default)]
    pub plan: CadencePlan,
    /// The first day this plan no longer governed (exclusive end).
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::date")]
    pub until: NaiveDate,
}

/// Everything about accountability that the workbook keeps.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Accountability {
    /// The cadence in force now; `None` when check-ins are off or not set up yet.
    #[serde(default)]
    pub plan: Option<CadencePlan>,
    /// Earlier plans, oldest first, so past periods keep their meaning after a change.
    #[serde(default)]
    pub earlier_plans: Vec<RetiredPlan>,
    /// When the plan was last changed, so a merge can keep the newer plan.
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub plan_changed_at: DateTime<Utc>,
    #[serde(default)]
    pub checkins: Vec<CheckIn>,
    #[serde(default)]
    pub commitments: Vec<Commitment>,
}

/// One check-in: a short reflection and how things feel.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CheckIn {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::date")]
    pub date: NaiveDate,
    /// What I did.
    #[serde(default)]
    pub did: String,
    /// What got in the way.
    #[serde(default)]
    pub blockers: String,
    /// What I will do next.
    #[serde(default)]
    pub next: String,
    /// 1 (shaky) to 10 (sure).
    #[serde(default)]
    pub confidence: u8,
    /// 1 (drained) to 10 (full of energy).
    #[serde(default)]
    pub energy: u8,
    /// Progress notes by goal id.
    #[serde(default)]
    pub progress: BTreeMap<String, String>,
    /// Ids of the commitments made at this check-in.
    #[serde(default)]
    pub commitments_made: Vec<String>,
    /// How earlier commitments turned out, reviewed at this check-in (commitment id → outcome).
    #[serde(default)]
    pub reviews: BTreeMap<String, Review>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}

/// Where a commitment is in its life.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CommitmentStatus {
    #[default]
    Open,
    Kept,
    Missed,
    Dropped,
}

impl CommitmentStatus {
    pub fn label(self) -> &'static str {
        match self {
            CommitmentStatus::Open => "Open",
            CommitmentStatus::Kept => "Kept",
            CommitmentStatus::Missed => "Missed",
            CommitmentStatus::Dropped => "Let go",
        }
    }
}

/// How a commitment turned out, as told at a check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Review {
    Kept,
    Missed,
    Dropped,
}

impl Review {
    pub const ALL: [Review; 3] = [Review::Kept, Review::Missed, Review::Dropped];

    /// The answer as the person would give it.
    pub fn label(self) -> &'static str {
        match self {
            Review::Kept => "I did it",
            Review::Missed => "It didn't happen",
            Review::Dropped => "I let it go on purpose",
        }
    }
}

impl From<Review> for CommitmentStatus {
    fn from(review: Review) -> Self {
        match review {
            Review::Kept => CommitmentStatus::Kept,
            Review::Missed => CommitmentStatus::Missed,
            Review::Dropped => CommitmentStatus::Dropped,
        }
    }
}

/// Where a commitment was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Origin {
    CheckIn(String),
    SessionNote(String),
}

/// A small, dated promise, reviewed at the next check-in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Commitment {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::date")]
    pub due: NaiveDate,
    #[serde(default)]
    pub goal_id: Option<String>,
    #[serde(default)]
    pub status: CommitmentStatus,
    #[serde(default)]
    pub origin: Option<Origin>,
    /// The check-in at which it was last reviewed.
    #[serde(default)]
    pub reviewed_in: Option<String>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}

impl Commitment {
    /// A new open commitment made from a draft.
    pub fn from_draft(
        id: String,
        draft: CommitmentDraft,
        origin: Option<Origin>,
        now: DateTime<Utc>,
    ) -> Self {
        Commitment {
            id,
            text: draft.text.trim().to_owned(),
            due: draft.due,
            goal_id: draft.goal_id.filter(|g| !g.trim().is_empty()),
            status: CommitmentStatus::Open,
            origin,
            reviewed_in: None,
            created_at: now,
            updated_at: now,
        }
    }

    pub fn is_open(&self) -> bool {
        self.status == CommitmentStatus::Open
    }

    /// Still open and its due date has passed.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_open() && self.due < today
    }
}

impl Accountability {
    /// True when nothing has been set up or written.
    pub fn is_empty(&self) -> bool {
        self.plan.is_none()
            && self.earlier_plans.is_empty()
            && self.checkins.is_empty()
            && self.commitments.is_empty()
    }

    pub fn checkin_count(&self) -> usize {
        self.checkins.len()
    }

    pub fn checkin(&self, id: &str) -> Option<&CheckIn> {
        self.checkins.iter().find(|c| c.id == id)
    }

    pub fn commitment(&self, id: &str) -> Option<&Commitment> {
        self.commitments.iter().find(|c| c.id == id)
    }

    /// Check-ins, the most recent first.
    pub fn checkins_newest_first(&self) -> Vec<&CheckIn> {
        let mut list: Vec<&CheckIn> = self.checkins.iter().collect();
        crate::sort::sort_by(&mut list, |a, b| {
            (b.date, b.created_at, &b.id).cmp(&(a.date, a.created_at, &a.id))
        });
        list
    }

    /// The most recent check-in.
    pub fn last_checkin(&self) -> Option<&CheckIn> {
        self.checkins_newest_first().into_iter().next()
    }

    /// Open commitments to walk through at the next check-in, earliest due first.
    pub fn commitments_to_review(&self) -> Vec<&Commitment> {
        let mut list: Vec<&Commitment> = self.commitments.iter().filter(|c| c.is_open()).collect();
        crate::sort::sort_by(&mut list, |a, b| {
            (a.due, a.created_at, &a.id).cmp(&(b.due, b.created_at, &b.id))
        });
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkins::test_support::*;

    #[test]
    fn weekly_and_fortnightly_plans_step_by_seven_and_fourteen_days() {
        let weekly = CadencePlan::new(Cadence::Weekly, d(2026, 1, 5));
        assert_eq!(weekly.due(0), Some(d(2026, 1, 5)));
        assert_eq!(weekly.due(1), Some(d(2026, 1, 12)));
        assert_eq!(weekly.due(4), Some(d(2026, 2, 2)));
        let fortnightly = CadencePlan::new(Cadence::Fortnightly, d(2026, 1, 5));
        assert_eq!(fortnightly.due(1), Some(d(2026, 1, 19)));
        assert_eq!(fortnightly.due(2), Some(d(2026, 2, 2)));
    }

    #[test]
    fn monthly_plan_from_the_31st_lands_on_each_months_last_day() {
        let plan = CadencePlan::new(Cadence::Monthly, d(2026, 1, 31));
        let dates: Vec<_> = (0..5).filter_map(|n| plan.due(n)).collect();
        assert_eq!(
            dates,
            [
                d(2026, 1, 31),
                d(2026, 2, 28),
                d(2026, 3, 31),
                d(2026, 4, 30),
                d(2026, 5, 31)
            ]
        );
        assert_eq!(plan.due(11), Some(d(2026, 12, 31)));
    }

    #[test]
    fn monthly_plan_meets_29_february_in_a_leap_year() {
        let from_31st = CadencePlan::new(Cadence::Monthly, d(2028, 1, 31));
        assert_eq!(from_31st.due(1), Some(d(2028, 2, 29)));
        let from_29th = CadencePlan::new(Cadence::Monthly, d(2028, 2, 29));
        assert_eq!(from_29th.due(1), Some(d(2028, 3, 29)));
        assert_eq!(from_29th.due(12), Some(d(2029, 2, 28)));
        assert_eq!(from_29th.due(13), Some(d(2029, 3, 29)));
        assert_eq!(from_29th.due(48), Some(d(2032, 2, 29)));
    }

    #[test]
    fn next_due_on_or_after_finds_the_right_due_date() {
        let monthly = CadencePlan::new(Cadence::Monthly, d(2026, 1, 31));
        assert_eq!(
            monthly.next_due_on_or_after(d(2026, 2, 1)),
            Some(d(2026, 2, 28))
        );
        assert_eq!(
            monthly.next_due_on_or_after(d(2026, 2, 28)),
            Some(d(2026, 2, 28))
        );
        assert_eq!(
            monthly.next_due_on_or_after(d(2026, 3, 1)),
            Some(d(2026, 3, 31))
        );
        let weekly = CadencePlan::new(Cadence::Weekly, d(2026, 1, 5));
        assert_eq!(
            weekly.next_due_on_or_after(d(2025, 12, 1)),
            Some(d(2026, 1, 5))
        );
        assert_eq!(
            weekly.next_due_on_or_after(d(2026, 1, 6)),
            Some(d(2026, 1, 12))
        );
        assert_eq!(
            weekly.next_due_on_or_after(d(2026, 1, 12)),
            Some(d(2026, 1, 12))
        );
    }

    #[test]
    fn cadence_keys_round_trip_and_unknown_keys_are_none() {
        for c in Cadence::ALL {
            assert_eq!(Cadence::from_key(c.key()), Some(c));
        }
        assert_eq!(Cadence::from_key("daily"), None);
    }

    #[test]
    fn commitments_to_review_are_the_open_ones_earliest_due_first() {
        let mut acc = Accountability::default();
        acc.commitments
            .push(commitment("late", "Later", d(2026, 1, 20)));
        acc.commitments
            .push(commitment("soon", "Sooner", d(2026, 1, 8)));
        let mut done = commitment("done", "Done already", d(2026, 1, 1));
        done.status = CommitmentStatus::Kept;
        acc.commitments.push(done);
        let ids: Vec<_> = acc
            .commitments_to_review()
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["soon", "late"]);
    }

    #[test]
    fn an_open_commitment_past_its_date_is_overdue() {
        let mut c = commitment("c1", "Update my CV", d(2026, 1, 10));
        assert!(!c.is_overdue(d(2026, 1, 10)));
        assert!(c.is_overdue(d(2026, 1, 11)));
        c.status = CommitmentStatus::Dropped;
        assert!(!c.is_overdue(d(2026, 1, 11)));
    }

    #[test]
    fn checkins_list_newest_first() {
        let acc = with_checkins(
            Accountability::default(),
            &[d(2026, 1, 5), d(2026, 1, 19), d(2026, 1, 12)],
        );
        let ids: Vec<_> = acc
            .checkins_newest_first()
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["k2", "k3", "k1"]);
        assert_eq!(acc.last_checkin().map(|c| c.id.as_str()), Some("k2"));
    }

    #[test]
    fn an_older_file_without_accountability_fields_loads_empty() {
        let acc: Accountability = serde_json::from_str("{}").unwrap();
        assert!(acc.is_empty());
        let partial: Accountability =
            serde_json::from_str(r#"{"checkins":[{"id":"k1","date":"2026-01-05"}]}"#).unwrap();
        assert_eq!(partial.checkins[0].created_at, DateTime::<Utc>::default());
        assert_eq!(partial.checkins[0].confidence, 0);
    }

    #[test]
    fn accountability_survives_a_json_round_trip() {
        let mut acc = weekly_then_monthly();
        let mut c = commitment("c1", "Update my CV", d(2026, 1, 10));
        c.origin = Some(Origin::SessionNote("s1".into()));
        acc.commitments.push(c);
        acc.checkins[0].reviews.insert("c1".into(), Review::Dropped);
        let text = serde_json::to_string(&acc).unwrap();
        assert!(text.contains(r#""origin":{"kind":"session_note","id":"s1"}"#));
        assert!(text.contains(r#""cadence":"monthly""#));
        let back: Accountability = serde_json::from_str(&text).unwrap();
        assert_eq!(back, acc);
    }
}
