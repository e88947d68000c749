//! Accountability: the check-in cadence and the schedule it makes, check-ins, and the
//! small dated commitments made at one check-in and reviewed at the next. Pure rules:
//! "today" and "now" are always parameters. Goals and milestones live in `goals`.
//!
//! # How the schedule works
//! A [`CadencePlan`] makes due dates: its start date, then every week, every two weeks or
//! every month after it. Monthly dates are always counted from the start, keeping its day
//! of the month and clamping to the month's last day when that day does not exist: a
//! plan from 31 January is due on 28 (or 29) February, 31 March, 30 April.
//!
//! Each due date owns a *period*: from [`EARLY_GRACE_DAYS`] days before it (so checking in
//! a little early counts) until the next period opens. A check-in dated inside a period
//! keeps that due date, however late in the period it comes. A period with no check-in
//! is missed once it closes. The *streak* is the number of kept periods in a row, counted
//! back from the latest one; the period running today does not break the streak while it
//! is still open.
//!
//! When the cadence changes, the old plan keeps governing until the new plan's start, so
//! earlier periods (and the streak) keep their meaning. Turning check-ins off ends the old
//! plan at the current period: a period already kept still counts, one not yet kept is
//! simply dropped.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::goals::{Goal, GoalStatus, MilestoneStatus};

/// How many days before a due date a check-in already counts for that due date.
pub const EARLY_GRACE_DAYS: u64 = 2;

/// Id prefixes for records made here, for [`crate::ids::make_id`].
pub mod prefix {
    pub const CHECKIN: &str = "ci";
    pub const COMMITMENT: &str = "cm";
}

/// Lowest and highest accepted confidence and energy ratings.
pub const RATING_RANGE: std::ops::RangeInclusive<u8> = 1..=10;

/// Days of schedule computed beyond the dates asked about; longer than any period, so
/// every period's neighbours are known.
const MARGIN_DAYS: u64 = 70;

// ---------------------------------------------------------------------------------------
// Cadence and plans
// ---------------------------------------------------------------------------------------

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
    fn first_index_on_or_after(&self, date: NaiveDate) -> u32 {
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
    pub until: NaiveDate,
}

// ---------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------

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
    pub created_at: DateTime<Utc>,
    #[serde(default)]
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
    pub created_at: DateTime<Utc>,
    #[serde(default)]
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

/// What the person typed for a new commitment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommitmentDraft {
    pub text: String,
    pub due: NaiveDate,
    pub goal_id: Option<String>,
}

/// What the person typed for a check-in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckInDraft {
    pub date: NaiveDate,
    pub did: String,
    pub blockers: String,
    pub next: String,
    pub confidence: u8,
    pub energy: u8,
    /// Progress notes by goal id; blank notes are dropped.
    pub progress: BTreeMap<String, String>,
}

/// Fresh ids for a check-in and for each new commitment, in the drafts' order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckInIds {
    pub checkin: String,
    pub commitments: Vec<String>,
}

/// Something that stops a check-in or commitment from being saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    ConfidenceOutOfRange(u8),
    EnergyOutOfRange(u8),
    EmptyReflection,
    FutureDate(NaiveDate),
    MissingId,
    DuplicateId(String),
    /// Positions count from 1, as the person sees them.
    BlankCommitment {
        position: usize,
    },
    CommitmentDueBeforeCheckIn {
        position: usize,
        due: NaiveDate,
    },
    IdCountMismatch {
        commitments: usize,
        ids: usize,
    },
    UnknownCommitment(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::ConfidenceOutOfRange(0) => {
                write!(f, "Choose how confident you feel, from 1 to 10.")
            }
            Problem::ConfidenceOutOfRange(n) => write!(
                f,
                "Confidence is a number from 1 to 10, and {n} is outside that. Pick the number that feels closest."
            ),
            Problem::EnergyOutOfRange(0) => {
                write!(f, "Choose how much energy you have, from 1 to 10.")
            }
            Problem::EnergyOutOfRange(n) => write!(
                f,
                "Energy is a number from 1 to 10, and {n} is outside that. Pick the number that feels closest."
            ),
            Problem::EmptyReflection => write!(
                f,
                "Write a line or two first: what you did, what got in the way, or what you'll do next."
            ),
            Problem::FutureDate(date) => write!(
                f,
                "This is dated {date}, which hasn't come yet. Date it today or earlier."
            ),
            Problem::MissingId => write!(f, "This record has no id, so it can't be saved."),
            Problem::DuplicateId(id) => {
                write!(f, "There is already a record with the id \"{id}\".")
            }
            Problem::BlankCommitment { position } => write!(
                f,
                "Commitment {position} is blank. Write what you'll do, or remove it."
            ),
            Problem::CommitmentDueBeforeCheckIn { position, due } => write!(
                f,
                "Commitment {position} is due on {due}, before this check-in. Pick a date on or after the check-in."
            ),
            Problem::IdCountMismatch { commitments, ids } => write!(
                f,
                "Each new commitment needs its own id: there are {commitments} commitments and {ids} ids."
            ),
            Problem::UnknownCommitment(id) => {
                write!(f, "There is no commitment with the id \"{id}\" to review.")
            }
        }
    }
}

impl std::error::Error for Problem {}

/// The latest date a record may carry when written at `now`: the UTC date plus one day,
/// because a person's local date can run a day ahead of UTC.
pub(crate) fn latest_allowed_date(now: DateTime<Utc>) -> NaiveDate {
    let today = now.date_naive();
    today.succ_opt().unwrap_or(today)
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

    /// Starts, changes or (with `None`) stops the check-in cadence on `today`. The old plan
    /// is kept in `earlier_plans` so past periods and the streak keep their meaning.
    pub fn set_plan(&mut self, plan: Option<CadencePlan>, today: NaiveDate, now: DateTime<Utc>) {
        if plan == self.plan {
            return;
        }
        if let Some(old) = self.plan {
            let until = match plan {
                Some(new) => new.start,
                None => self.stop_date(today),
            };
            self.earlier_plans.push(RetiredPlan { plan: old, until });
        }
        self.plan = plan;
        self.plan_changed_at = now;
    }

    /// Where the current plan ends when check-ins are turned off on `today`: after the
    /// period running today if it was kept, before it if not.
    fn stop_date(&self, today: NaiveDate) -> NaiveDate {
        let periods = outcomes(self, today);
        match periods.iter().find(|p| p.contains(today)) {
            Some(p) if p.kept_by.is_some() => p.closes,
            Some(p) => p.due,
            None => today,
        }
    }

    /// What would stop these commitments from being added.
    pub fn commitment_problems(&self, list: &[Commitment]) -> Vec<Problem> {
        let mut problems = self.new_id_problems(list.iter().map(|c| c.id.as_str()));
        for (i, c) in list.iter().enumerate() {
            if c.text.trim().is_empty() {
                problems.push(Problem::BlankCommitment { position: i + 1 });
            }
        }
        problems
    }

    /// Blank ids, and ids already taken by a commitment or repeated among `ids`.
    fn new_id_problems<'a>(&self, ids: impl Iterator<Item = &'a str>) -> Vec<Problem> {
        let mut seen: BTreeSet<&str> = self.commitments.iter().map(|c| c.id.as_str()).collect();
        let mut problems = Vec::new();
        for id in ids {
            if id.trim().is_empty() {
                problems.push(Problem::MissingId);
            } else if !seen.insert(id) {
                problems.push(Problem::DuplicateId(id.to_owned()));
            }
        }
        problems
    }

    /// Adds commitments made elsewhere (a session note, say); all or none.
    pub fn add_commitments(&mut self, list: Vec<Commitment>) -> Result<(), Vec<Problem>> {
        let problems = self.commitment_problems(&list);
        if !problems.is_empty() {
            return Err(problems);
        }
        self.commitments.extend(list);
        Ok(())
    }

    /// Records how commitments turned out; all or none. A commitment already reviewed
    /// may be reviewed again, which corrects it.
    pub fn apply_reviews(
        &mut self,
        reviews: &BTreeMap<String, Review>,
        reviewed_in: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), Vec<Problem>> {
        let problems = self.review_problems(reviews);
        if !problems.is_empty() {
            return Err(problems);
        }
        for c in &mut self.commitments {
            if let Some(review) = reviews.get(&c.id) {
                c.status = (*review).into();
                c.reviewed_in = reviewed_in.map(str::to_owned);
                c.updated_at = now;
            }
        }
        Ok(())
    }

    fn review_problems(&self, reviews: &BTreeMap<String, Review>) -> Vec<Problem> {
        reviews
            .keys()
            .filter(|id| self.commitment(id).is_none())
            .map(|id| Problem::UnknownCommitment(id.clone()))
            .collect()
    }
}

/// Saves a check-in with the commitments made at it and the reviews of earlier ones, all
/// at once: if anything is wrong, nothing changes and every problem is returned.
pub fn record_checkin(
    acc: &mut Accountability,
    draft: CheckInDraft,
    commitments: Vec<CommitmentDraft>,
    reviews: BTreeMap<String, Review>,
    ids: CheckInIds,
    now: DateTime<Utc>,
) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    if !RATING_RANGE.contains(&draft.confidence) {
        problems.push(Problem::ConfidenceOutOfRange(draft.confidence));
    }
    if !RATING_RANGE.contains(&draft.energy) {
        problems.push(Problem::EnergyOutOfRange(draft.energy));
    }
    if [&draft.did, &draft.blockers, &draft.next]
        .iter()
        .all(|t| t.trim().is_empty())
    {
        problems.push(Problem::EmptyReflection);
    }
    if draft.date > latest_allowed_date(now) {
        problems.push(Problem::FutureDate(draft.date));
    }
    if ids.checkin.trim().is_empty() {
        problems.push(Problem::MissingId);
    } else if acc.checkin(&ids.checkin).is_some() {
        problems.push(Problem::DuplicateId(ids.checkin.clone()));
    }
    for (i, c) in commitments.iter().enumerate() {
        let position = i + 1;
        if c.text.trim().is_empty() {
            problems.push(Problem::BlankCommitment { position });
        } else if c.due < draft.date {
            problems.push(Problem::CommitmentDueBeforeCheckIn {
                position,
                due: c.due,
            });
        }
    }
    if ids.commitments.len() == commitments.len() {
        problems.extend(acc.new_id_problems(ids.commitments.iter().map(String::as_str)));
    } else {
        problems.push(Problem::IdCountMismatch {
            commitments: commitments.len(),
            ids: ids.commitments.len(),
        });
    }
    problems.extend(acc.review_problems(&reviews));
    if !problems.is_empty() {
        return Err(problems);
    }

    let checkin_id = ids.checkin;
    let origin = Origin::CheckIn(checkin_id.clone());
    let new_commitments: Vec<Commitment> = commitments
        .into_iter()
        .zip(ids.commitments)
        .map(|(draft, id)| Commitment::from_draft(id, draft, Some(origin.clone()), now))
        .collect();
    acc.apply_reviews(&reviews, Some(&checkin_id), now)?;
    let progress = draft
        .progress
        .into_iter()
        .map(|(goal, note)| (goal.trim().to_owned(), note.trim().to_owned()))
        .filter(|(goal, note)| !goal.is_empty() && !note.is_empty())
        .collect();
    acc.checkins.push(CheckIn {
        id: checkin_id,
        date: draft.date,
        did: draft.did.trim().to_owned(),
        blockers: draft.blockers.trim().to_owned(),
        next: draft.next.trim().to_owned(),
        confidence: draft.confidence,
        energy: draft.energy,
        progress,
        commitments_made: new_commitments.iter().map(|c| c.id.clone()).collect(),
        reviews,
        created_at: now,
        updated_at: now,
    });
    acc.commitments.extend(new_commitments);
    Ok(())
}

// ---------------------------------------------------------------------------------------
// The schedule: periods, next due date, streak
// ---------------------------------------------------------------------------------------

/// Where one due date stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodState {
    /// A check-in fell inside the period.
    Kept,
    /// The period closed without a check-in.
    Missed,
    /// The period is running today and has no check-in yet (it may be overdue).
    Open,
    /// The period has not opened yet.
    Upcoming,
}

/// One due date of the schedule and the window of days that count for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduledCheckIn {
    pub due: NaiveDate,
    /// First day a check-in counts for this due date.
    pub opens: NaiveDate,
    /// First day it no longer counts (exclusive end).
    pub closes: NaiveDate,
    /// The earliest check-in inside the window.
    pub kept_by: Option<String>,
    pub state: PeriodState,
}

impl ScheduledCheckIn {
    fn contains(&self, date: NaiveDate) -> bool {
        self.opens <= date && date < self.closes
    }
}

/// The plans in order, each with the date its due dates must stay before.
fn segments(acc: &Accountability) -> Vec<(CadencePlan, Option<NaiveDate>)> {
    let mut plans: Vec<(CadencePlan, Option<NaiveDate>)> = acc
        .earlier_plans
        .iter()
        .map(|r| (r.plan, Some(r.until)))
        .collect();
    if let Some(plan) = acc.plan {
        plans.push((plan, None));
    }
    // A later plan overrides any earlier one from its start, even one started back-dated.
    let mut later_start: Option<NaiveDate> = None;
    for (plan, cutoff) in plans.iter_mut().rev() {
        if let Some(start) = later_start {
            *cutoff = Some(cutoff.map_or(start, |c| c.min(start)));
        }
        later_start = Some(later_start.map_or(plan.start, |s| s.min(plan.start)));
    }
    plans
}

fn minus_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days))
        .unwrap_or(NaiveDate::MIN)
}

fn plus_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

/// Every period whose due date lies in `[lower, upper]`, with its window and outcome.
/// Windows near `lower` may be slightly off, so callers pass a margin.
fn periods(
    acc: &Accountability,
    lower: NaiveDate,
    upper: NaiveDate,
    today: NaiveDate,
) -> Vec<ScheduledCheckIn> {
    let segs = segments(acc);
    // (due, next due of the same plan, the plan's cutoff)
    let mut dues: Vec<(NaiveDate, Option<NaiveDate>, Option<NaiveDate>)> = Vec::new();
    for (plan, cutoff) in &segs {
        let mut n = plan.first_index_on_or_after(lower);
        while let Some(due) = plan.due(n) {
            if due > upper || cutoff.is_some_and(|c| due >= c) {
                break;
            }
            let next = n.checked_add(1).and_then(|m| plan.due(m));
            dues.push((due, next, *cutoff));
            match n.checked_add(1) {
                Some(m) => n = m,
                None => break,
            }
        }
    }
    let opens: Vec<NaiveDate> = dues
        .iter()
        .enumerate()
        .map(|(i, (due, _, _))| {
            let early = minus_days(*due, EARLY_GRACE_DAYS);
            match i.checked_sub(1).and_then(|j| dues.get(j)) {
                // Never let the early grace reach back over the previous due date.
                Some((prev, _, _)) => early.max(plus_days(*prev, 1)),
                None => early,
            }
        })
        .collect();

    let mut dates: Vec<(NaiveDate, &str)> = acc
        .checkins
        .iter()
        .map(|c| (c.date, c.id.as_str()))
        .collect();
    crate::sort::sort_by(&mut dates, Ord::cmp);

    dues.iter()
        .zip(&opens)
        .enumerate()
        .map(|(i, ((due, next, cutoff), &opens_on))| {
            let mut closes = next.map_or(NaiveDate::MAX, |n| minus_days(n, EARLY_GRACE_DAYS));
            if let Some(c) = cutoff {
                closes = closes.min(*c);
            }
            if let Some(o) = opens.get(i + 1) {
                closes = closes.min(*o);
            }
            let first = dates.partition_point(|(d, _)| *d < opens_on);
            let kept_by = dates
                .get(first)
                .filter(|(d, _)| *d < closes)
                .map(|(_, id)| (*id).to_owned());
            let state = if kept_by.is_some() {
                PeriodState::Kept
            } else if closes <= today {
                PeriodState::Missed
            } else if opens_on <= today {
                PeriodState::Open
            } else {
                PeriodState::Upcoming
            };
            ScheduledCheckIn {
                due: *due,
                opens: opens_on,
                closes,
                kept_by,
                state,
            }
        })
        .collect()
}

/// Periods around today, reaching back far enough to cover every check-in.
fn outcomes(acc: &Accountability, today: NaiveDate) -> Vec<ScheduledCheckIn> {
    let earliest = acc
        .checkins
        .iter()
        .map(|c| c.date)
        .min()
        .map_or(today, |d| d.min(today));
    periods(
        acc,
        minus_days(earliest, MARGIN_DAYS),
        plus_days(today, MARGIN_DAYS),
        today,
    )
}

/// The due dates in `[from, to]`, with their windows and outcomes as of `today`; for the
/// timeline and the history list.
pub fn schedule(
    acc: &Accountability,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Vec<ScheduledCheckIn> {
    periods(
        acc,
        minus_days(from, MARGIN_DAYS),
        plus_days(to, MARGIN_DAYS),
        today,
    )
    .into_iter()
    .filter(|p| from <= p.due && p.due <= to)
    .collect()
}

/// How a due date stands against today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueStatus {
    Upcoming { days: i64 },
    Today,
    Overdue { days: i64 },
}

/// The next check-in the person owes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextCheckIn {
    pub due: NaiveDate,
    pub status: DueStatus,
}

impl NextCheckIn {
    pub fn new(due: NaiveDate, today: NaiveDate) -> Self {
        let days = (due - today).num_days();
        let status = match days {
            0 => DueStatus::Today,
            d if d > 0 => DueStatus::Upcoming { days: d },
            d => DueStatus::Overdue { days: -d },
        };
        NextCheckIn { due, status }
    }

    /// Days from today to the due date; negative when overdue.
    pub fn days_until(&self) -> i64 {
        match self.status {
            DueStatus::Upcoming { days } => days,
            DueStatus::Today => 0,
            DueStatus::Overdue { days } => -days,
        }
    }

    pub fn days_overdue(&self) -> i64 {
        match self.status {
            DueStatus::Overdue { days } => days,
            _ => 0,
        }
    }

    pub fn is_overdue(&self) -> bool {
        matches!(self.status, DueStatus::Overdue { .. })
    }

    /// One friendly sentence for the dashboard.
    pub fn summary(&self) -> String {
        match self.status {
            DueStatus::Upcoming { days: 1 } => "Your next check-in is tomorrow.".into(),
            DueStatus::Upcoming { days } => format!("Your next check-in is in {days} days."),
            DueStatus::Today => "Your check-in is due today.".into(),
            DueStatus::Overdue { days: 1 } => {
                "Your check-in was due yesterday. Whenever you're ready.".into()
            }
            DueStatus::Overdue { days } => {
                format!("Your check-in was due {days} days ago. Whenever you're ready.")
            }
        }
    }
}

/// The check-in owed next: the one running today if it isn't kept yet (possibly
/// overdue), else the next due date. `None` when no cadence is set.
pub fn next_checkin(acc: &Accountability, today: NaiveDate) -> Option<NextCheckIn> {
    acc.plan?;
    let list = outcomes(acc, today);
    let from = match list.iter().position(|p| p.contains(today)) {
        Some(i) if list[i].kept_by.is_none() => return Some(NextCheckIn::new(list[i].due, today)),
        Some(i) => i + 1,
        None => list.partition_point(|p| p.opens <= today),
    };
    list.get(from..)
        .unwrap_or_default()
        .iter()
        .find(|p| p.kept_by.is_none())
        .map(|p| NextCheckIn::new(p.due, today))
}

/// How many periods in a row, up to today, had a check-in. The period running today
/// counts once kept and does not break the streak while still open.
pub fn streak(acc: &Accountability, today: NaiveDate) -> u32 {
    let list = outcomes(acc, today);
    let mut past = list.iter().rev().skip_while(|p| p.opens > today).peekable();
    if past.peek().is_some_and(|p| p.state == PeriodState::Open) {
        past.next();
    }
    let kept = past.take_while(|p| p.kept_by.is_some()).count();
    u32::try_from(kept).unwrap_or(u32::MAX)
}

// ---------------------------------------------------------------------------------------
// Trends
// ---------------------------------------------------------------------------------------

/// One point of a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrendPoint {
    pub date: NaiveDate,
    pub value: u8,
}

/// Confidence and energy over time, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Trend {
    pub confidence: Vec<TrendPoint>,
    pub energy: Vec<TrendPoint>,
}

/// Confidence and energy from every check-in, oldest first; ratings outside 1–10 (from a
/// damaged file) are left out.
pub fn trend(acc: &Accountability) -> Trend {
    let mut list: Vec<&CheckIn> = acc.checkins.iter().collect();
    crate::sort::sort_by(&mut list, |a, b| {
        (a.date, a.created_at, &a.id).cmp(&(b.date, b.created_at, &b.id))
    });
    let series = |pick: fn(&CheckIn) -> u8| {
        list.iter()
            .map(|c| TrendPoint {
                date: c.date,
                value: pick(c),
            })
            .filter(|p| RATING_RANGE.contains(&p.value))
            .collect()
    };
    Trend {
        confidence: series(|c| c.confidence),
        energy: series(|c| c.energy),
    }
}

/// The latest ratings and how confidence moved since the first check-in, for the UI's
/// sentence: "At your latest check-in ({date}) your confidence was {confidence} and your
/// energy {energy}, out of 10. Your confidence is up {change} since {first}."
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrendSummary {
    pub date: NaiveDate,
    pub confidence: u8,
    pub energy: u8,
    /// The first check-in's day and how far confidence moved since (when there was an
    /// earlier one).
    pub since: Option<(NaiveDate, i16)>,
}

impl Trend {
    /// The latest ratings and the change since the first check-in; `None` before any
    /// check-in.
    pub fn summary(&self) -> Option<TrendSummary> {
        let (Some(c), Some(e)) = (self.confidence.last(), self.energy.last()) else {
            return None;
        };
        let since = self
            .confidence
            .first()
            .filter(|f| f.date < c.date)
            .map(|first| (first.date, i16::from(c.value) - i16::from(first.value)));
        Some(TrendSummary {
            date: c.date,
            confidence: c.value,
            energy: e.value,
            since,
        })
    }
}

/// A rating placed on a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartPoint {
    pub x: f64,
    pub y: f64,
    pub date: NaiveDate,
    pub value: u8,
}

/// The two trend lines placed in a plot area.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrendChart {
    pub confidence: Vec<ChartPoint>,
    pub energy: Vec<ChartPoint>,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
}

/// The height on a chart of a 1–10 rating, with 10 at `top` and 1 at `top + height`.
pub fn rating_y(value: u8, top: f64, height: f64) -> f64 {
    let v = f64::from(value.clamp(*RATING_RANGE.start(), *RATING_RANGE.end()));
    top + height * (10.0 - v) / 9.0
}

/// Places the trend in the plot area starting at (`left`, `top`): time runs left to right
/// from the first check-in to the last (a single day sits in the middle), ratings bottom
/// (1) to top (10).
pub fn trend_chart(trend: &Trend, left: f64, top: f64, width: f64, height: f64) -> TrendChart {
    let dates = trend.confidence.iter().chain(&trend.energy).map(|p| p.date);
    let first = dates.clone().min();
    let last = dates.max();
    let span = match (first, last) {
        (Some(a), Some(b)) => (b - a).num_days(),
        _ => 0,
    };
    let place = |points: &[TrendPoint]| {
        points
            .iter()
            .map(|p| {
                let x = match first {
                    Some(f) if span > 0 => {
                        left + width * (p.date - f).num_days() as f64 / span as f64
                    }
                    _ => left + width / 2.0,
                };
                ChartPoint {
                    x,
                    y: rating_y(p.value, top, height),
                    date: p.date,
                    value: p.value,
                }
            })
            .collect()
    };
    TrendChart {
        confidence: place(&trend.confidence),
        energy: place(&trend.energy),
        first,
        last,
    }
}

// ---------------------------------------------------------------------------------------
// Goals to walk through at a check-in
// ---------------------------------------------------------------------------------------

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
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn at(y: i32, m: u32, day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, day, 9, 30, 0).single().unwrap()
    }

    fn weekly_from(start: NaiveDate) -> Accountability {
        Accountability {
            plan: Some(CadencePlan::new(Cadence::Weekly, start)),
            ..Default::default()
        }
    }

    fn monthly_from(start: NaiveDate) -> Accountability {
        Accountability {
            plan: Some(CadencePlan::new(Cadence::Monthly, start)),
            ..Default::default()
        }
    }

    /// Adds bare check-ins on the given dates (ids k1, k2, …).
    fn with_checkins(mut acc: Accountability, dates: &[NaiveDate]) -> Accountability {
        for date in dates {
            let n = acc.checkins.len() + 1;
            acc.checkins.push(CheckIn {
                id: format!("k{n}"),
                date: *date,
                did: "Something".into(),
                confidence: 6,
                energy: 6,
                ..Default::default()
            });
        }
        acc
    }

    fn dues(list: &[ScheduledCheckIn]) -> Vec<NaiveDate> {
        list.iter().map(|p| p.due).collect()
    }

    // --- cadence -------------------------------------------------------------------

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

    // --- next check-in ---------------------------------------------------------------

    #[test]
    fn no_cadence_means_no_next_checkin() {
        assert_eq!(
            next_checkin(&Accountability::default(), d(2026, 1, 5)),
            None
        );
    }

    #[test]
    fn before_the_start_the_first_due_date_is_next() {
        let acc = weekly_from(d(2026, 1, 5));
        let next = next_checkin(&acc, d(2025, 12, 29)).unwrap();
        assert_eq!(next.due, d(2026, 1, 5));
        assert_eq!(next.status, DueStatus::Upcoming { days: 7 });
    }

    #[test]
    fn on_the_due_date_the_checkin_is_due_today() {
        let acc = weekly_from(d(2026, 1, 5));
        let next = next_checkin(&acc, d(2026, 1, 5)).unwrap();
        assert_eq!(next.status, DueStatus::Today);
        assert_eq!(next.summary(), "Your check-in is due today.");
    }

    #[test]
    fn a_missed_due_date_is_overdue_by_whole_days() {
        let acc = weekly_from(d(2026, 1, 5));
        let next = next_checkin(&acc, d(2026, 1, 8)).unwrap();
        assert_eq!(next.due, d(2026, 1, 5));
        assert_eq!(next.status, DueStatus::Overdue { days: 3 });
        assert_eq!(next.days_overdue(), 3);
        assert_eq!(next.days_until(), -3);
        assert!(next.is_overdue());
    }

    #[test]
    fn a_checkin_after_the_due_date_moves_next_to_the_following_week() {
        let acc = with_checkins(weekly_from(d(2026, 1, 5)), &[d(2026, 1, 6)]);
        let next = next_checkin(&acc, d(2026, 1, 8)).unwrap();
        assert_eq!(next.due, d(2026, 1, 12));
        assert_eq!(next.status, DueStatus::Upcoming { days: 4 });
        assert_eq!(next.summary(), "Your next check-in is in 4 days.");
    }

    #[test]
    fn an_unkept_week_stops_nagging_once_the_next_window_opens() {
        // Due Monday 5 Jan; by Saturday 10 Jan the window for Monday 12 Jan is open.
        let acc = weekly_from(d(2026, 1, 5));
        let next = next_checkin(&acc, d(2026, 1, 10)).unwrap();
        assert_eq!(next.due, d(2026, 1, 12));
        assert_eq!(next.status, DueStatus::Upcoming { days: 2 });
    }

    #[test]
    fn checking_in_two_days_early_counts_for_the_coming_due_date() {
        let acc = with_checkins(weekly_from(d(2026, 1, 5)), &[d(2026, 1, 10)]);
        let next = next_checkin(&acc, d(2026, 1, 11)).unwrap();
        assert_eq!(next.due, d(2026, 1, 19));
    }

    #[test]
    fn checking_in_three_days_early_still_belongs_to_the_week_before() {
        let acc = with_checkins(weekly_from(d(2026, 1, 5)), &[d(2026, 1, 9)]);
        let next = next_checkin(&acc, d(2026, 1, 11)).unwrap();
        assert_eq!(next.due, d(2026, 1, 12));
        assert_eq!(next.summary(), "Your next check-in is tomorrow.");
        let periods = schedule(&acc, d(2026, 1, 1), d(2026, 1, 12), d(2026, 1, 11));
        assert_eq!(periods[0].kept_by.as_deref(), Some("k1"));
        assert_eq!(periods[0].opens, d(2026, 1, 3));
        assert_eq!(periods[0].closes, d(2026, 1, 10));
    }

    #[test]
    fn monthly_checkins_across_month_ends_keep_the_schedule() {
        // Due 31 Jan, 28 Feb, 31 Mar, 30 Apr. Windows open two days early.
        let acc = with_checkins(
            monthly_from(d(2026, 1, 31)),
            &[d(2026, 2, 2), d(2026, 2, 27), d(2026, 3, 30)],
        );
        let today = d(2026, 4, 1);
        let next = next_checkin(&acc, today).unwrap();
        assert_eq!(next.due, d(2026, 4, 30));
        assert_eq!(next.status, DueStatus::Upcoming { days: 29 });
        assert_eq!(streak(&acc, today), 3);
        let periods = schedule(&acc, d(2026, 1, 1), d(2026, 4, 30), today);
        assert_eq!(
            dues(&periods),
            [
                d(2026, 1, 31),
                d(2026, 2, 28),
                d(2026, 3, 31),
                d(2026, 4, 30)
            ]
        );
        assert_eq!(periods[1].opens, d(2026, 2, 26));
        assert_eq!(periods[1].closes, d(2026, 3, 29));
        assert_eq!(periods[3].state, PeriodState::Upcoming);
    }

    #[test]
    fn monthly_checkin_is_due_on_29_february_in_a_leap_year() {
        let acc = with_checkins(monthly_from(d(2028, 1, 31)), &[d(2028, 1, 31)]);
        let on_the_day = next_checkin(&acc, d(2028, 2, 29)).unwrap();
        assert_eq!(on_the_day.due, d(2028, 2, 29));
        assert_eq!(on_the_day.status, DueStatus::Today);
        let after = next_checkin(&acc, d(2028, 3, 1)).unwrap();
        assert_eq!(after.status, DueStatus::Overdue { days: 1 });
        assert_eq!(
            after.summary(),
            "Your check-in was due yesterday. Whenever you're ready."
        );
    }

    #[test]
    fn monthly_checkin_is_due_on_28_february_in_other_years() {
        let acc = monthly_from(d(2027, 1, 31));
        let next = next_checkin(&acc, d(2027, 3, 2)).unwrap();
        assert_eq!(next.due, d(2027, 2, 28));
        assert_eq!(next.status, DueStatus::Overdue { days: 2 });
    }

    // --- streak ----------------------------------------------------------------------

    #[test]
    fn streak_counts_each_week_with_a_checkin() {
        // Due Mondays from 5 Jan; the Saturday check-in is early for 26 Jan.
        let acc = with_checkins(
            weekly_from(d(2026, 1, 5)),
            &[
                d(2026, 1, 5),
                d(2026, 1, 13),
                d(2026, 1, 20),
                d(2026, 1, 24),
            ],
        );
        assert_eq!(streak(&acc, d(2026, 1, 28)), 4);
    }

    #[test]
    fn a_missed_week_breaks_the_streak() {
        let acc = with_checkins(
            weekly_from(d(2026, 1, 5)),
            &[d(2026, 1, 5), d(2026, 1, 20), d(2026, 1, 24)],
        );
        assert_eq!(streak(&acc, d(2026, 1, 28)), 2);
    }

    #[test]
    fn the_week_still_running_does_not_break_the_streak() {
        let acc = with_checkins(
            weekly_from(d(2026, 1, 5)),
            &[d(2026, 1, 5), d(2026, 1, 13), d(2026, 1, 20)],
        );
        assert_eq!(streak(&acc, d(2026, 1, 28)), 3);
    }

    #[test]
    fn the_streak_ends_once_an_unkept_week_closes() {
        let acc = with_checkins(
            weekly_from(d(2026, 1, 5)),
            &[d(2026, 1, 5), d(2026, 1, 13), d(2026, 1, 20)],
        );
        // The window for 26 Jan closed on Saturday 31 Jan with no check-in.
        assert_eq!(streak(&acc, d(2026, 2, 1)), 0);
    }

    #[test]
    fn two_checkins_in_one_week_count_once() {
        let acc = with_checkins(weekly_from(d(2026, 1, 5)), &[d(2026, 1, 5), d(2026, 1, 6)]);
        assert_eq!(streak(&acc, d(2026, 1, 14)), 1);
    }

    #[test]
    fn no_cadence_and_no_history_means_no_streak() {
        let acc = with_checkins(Accountability::default(), &[d(2026, 1, 5)]);
        assert_eq!(streak(&acc, d(2026, 1, 14)), 0);
    }

    // --- cadence changes -------------------------------------------------------------

    fn weekly_then_monthly() -> Accountability {
        let mut acc = with_checkins(
            weekly_from(d(2026, 1, 5)),
            &[d(2026, 1, 5), d(2026, 1, 12), d(2026, 1, 19)],
        );
        acc.set_plan(
            Some(CadencePlan::new(Cadence::Monthly, d(2026, 2, 1))),
            d(2026, 1, 21),
            at(2026, 1, 21),
        );
        acc
    }

    #[test]
    fn changing_cadence_keeps_the_old_plan_until_the_new_start() {
        let acc = weekly_then_monthly();
        assert_eq!(acc.earlier_plans.len(), 1);
        assert_eq!(acc.earlier_plans[0].until, d(2026, 2, 1));
        assert_eq!(acc.plan_changed_at, at(2026, 1, 21));
        let periods = schedule(&acc, d(2026, 1, 1), d(2026, 3, 31), d(2026, 1, 21));
        assert_eq!(
            dues(&periods),
            [
                d(2026, 1, 5),
                d(2026, 1, 12),
                d(2026, 1, 19),
                d(2026, 1, 26),
                d(2026, 2, 1),
                d(2026, 3, 1)
            ]
        );
        // The last weekly window gives way to the first monthly one.
        assert_eq!(periods[3].closes, d(2026, 1, 30));
        assert_eq!(periods[4].opens, d(2026, 1, 30));
        let next = next_checkin(&acc, d(2026, 1, 21)).unwrap();
        assert_eq!(next.due, d(2026, 1, 26));
    }

    #[test]
    fn the_streak_carries_across_a_cadence_change() {
        let acc = with_checkins(weekly_then_monthly(), &[d(2026, 1, 27), d(2026, 2, 3)]);
        let today = d(2026, 2, 10);
        assert_eq!(streak(&acc, today), 5);
        let next = next_checkin(&acc, today).unwrap();
        assert_eq!(next.due, d(2026, 3, 1));
        assert_eq!(next.status, DueStatus::Upcoming { days: 19 });
    }

    #[test]
    fn a_back_dated_new_plan_overrides_the_old_one_from_its_start() {
        let mut acc = weekly_from(d(2026, 1, 5));
        acc.set_plan(
            Some(CadencePlan::new(Cadence::Fortnightly, d(2026, 1, 12))),
            d(2026, 1, 21),
            at(2026, 1, 21),
        );
        let periods = schedule(&acc, d(2026, 1, 1), d(2026, 2, 9), d(2026, 1, 21));
        assert_eq!(
            dues(&periods),
            [d(2026, 1, 5), d(2026, 1, 12), d(2026, 1, 26), d(2026, 2, 9)]
        );
    }

    #[test]
    fn setting_the_same_plan_again_changes_nothing() {
        let mut acc = weekly_from(d(2026, 1, 5));
        let before = acc.clone();
        acc.set_plan(acc.plan, d(2026, 1, 21), at(2026, 1, 21));
        assert_eq!(acc, before);
    }

    #[test]
    fn turning_checkins_off_drops_the_unkept_week_and_keeps_the_streak() {
        let mut acc = with_checkins(weekly_from(d(2026, 1, 5)), &[d(2026, 1, 5), d(2026, 1, 12)]);
        acc.set_plan(None, d(2026, 1, 21), at(2026, 1, 21));
        assert_eq!(acc.plan, None);
        assert_eq!(acc.earlier_plans[0].until, d(2026, 1, 19));
        assert_eq!(next_checkin(&acc, d(2026, 2, 20)), None);
        assert_eq!(streak(&acc, d(2026, 2, 20)), 2);
    }

    #[test]
    fn turning_checkins_off_after_checking_in_keeps_that_week() {
        let mut acc = with_checkins(
            weekly_from(d(2026, 1, 5)),
            &[d(2026, 1, 5), d(2026, 1, 12), d(2026, 1, 20)],
        );
        acc.set_plan(None, d(2026, 1, 21), at(2026, 1, 21));
        assert_eq!(acc.earlier_plans[0].until, d(2026, 1, 24));
        assert_eq!(streak(&acc, d(2026, 2, 20)), 3);
    }

    #[test]
    fn a_pause_between_plans_does_not_break_the_streak() {
        let mut acc = with_checkins(weekly_from(d(2026, 1, 5)), &[d(2026, 1, 5), d(2026, 1, 12)]);
        acc.set_plan(None, d(2026, 1, 21), at(2026, 1, 21));
        acc.set_plan(
            Some(CadencePlan::new(Cadence::Weekly, d(2026, 3, 2))),
            d(2026, 2, 20),
            at(2026, 2, 20),
        );
        assert_eq!(acc.earlier_plans.len(), 1);
        let acc = with_checkins(acc, &[d(2026, 3, 2)]);
        assert_eq!(streak(&acc, d(2026, 3, 4)), 3);
        assert_eq!(
            next_checkin(&acc, d(2026, 3, 4)).unwrap().due,
            d(2026, 3, 9)
        );
    }

    #[test]
    fn schedule_marks_kept_missed_open_and_upcoming_periods() {
        let acc = with_checkins(weekly_from(d(2026, 1, 5)), &[d(2026, 1, 6)]);
        let periods = schedule(&acc, d(2026, 1, 1), d(2026, 1, 31), d(2026, 1, 20));
        let states: Vec<_> = periods.iter().map(|p| p.state).collect();
        assert_eq!(
            states,
            [
                PeriodState::Kept,
                PeriodState::Missed,
                PeriodState::Open,
                PeriodState::Upcoming
            ]
        );
    }

    #[test]
    fn a_start_date_centuries_ago_is_still_quick_and_correct() {
        let acc = with_checkins(weekly_from(d(1, 1, 1)), &[d(2026, 1, 6)]);
        // 1 Jan of year 1 was a Monday, so every Monday is a due date.
        let next = next_checkin(&acc, d(2026, 1, 7)).unwrap();
        assert_eq!(next.due, d(2026, 1, 12));
        assert_eq!(streak(&acc, d(2026, 1, 7)), 1);
    }

    // --- check-ins and commitments ---------------------------------------------------

    fn commitment(id: &str, text: &str, due: NaiveDate) -> Commitment {
        Commitment::from_draft(
            id.into(),
            CommitmentDraft {
                text: text.into(),
                due,
                goal_id: None,
            },
            None,
            at(2026, 1, 5),
        )
    }

    fn draft(date: NaiveDate) -> CheckInDraft {
        CheckInDraft {
            date,
            did: "  Sent two applications ".into(),
            blockers: "A busy week".into(),
            next: "Ask Priya about her team".into(),
            confidence: 6,
            energy: 7,
            progress: BTreeMap::new(),
        }
    }

    #[test]
    fn recording_a_checkin_saves_it_with_new_commitments_and_reviews() {
        let mut acc = weekly_from(d(2026, 1, 5));
        acc.commitments
            .push(commitment("c1", "Update my CV", d(2026, 1, 10)));
        let mut progress = BTreeMap::new();
        progress.insert("g1".to_owned(), " Two more contacts ".to_owned());
        progress.insert("g2".to_owned(), "   ".to_owned());
        let reviews = BTreeMap::from([("c1".to_owned(), Review::Kept)]);
        let new = vec![CommitmentDraft {
            text: "Call Priya".into(),
            due: d(2026, 1, 16),
            goal_id: Some("g1".into()),
        }];
        let ids = CheckInIds {
            checkin: "k1".into(),
            commitments: vec!["c2".into()],
        };
        let result = record_checkin(
            &mut acc,
            CheckInDraft {
                progress,
                ..draft(d(2026, 1, 12))
            },
            new,
            reviews,
            ids,
            at(2026, 1, 12),
        );
        assert_eq!(result, Ok(()));
        assert_eq!(acc.checkin_count(), 1);
        let checkin = acc.checkin("k1").unwrap();
        assert_eq!(checkin.did, "Sent two applications");
        assert_eq!(checkin.commitments_made, ["c2"]);
        assert_eq!(checkin.reviews.get("c1"), Some(&Review::Kept));
        assert_eq!(
            checkin.progress,
            BTreeMap::from([("g1".to_owned(), "Two more contacts".to_owned())])
        );
        assert_eq!(checkin.created_at, at(2026, 1, 12));

        let old = acc.commitment("c1").unwrap();
        assert_eq!(old.status, CommitmentStatus::Kept);
        assert_eq!(old.reviewed_in.as_deref(), Some("k1"));
        assert_eq!(old.updated_at, at(2026, 1, 12));

        let made = acc.commitment("c2").unwrap();
        assert!(made.is_open());
        assert_eq!(made.goal_id.as_deref(), Some("g1"));
        assert_eq!(made.origin, Some(Origin::CheckIn("k1".into())));
        assert_eq!(acc.commitments_to_review(), [made]);
        assert_eq!(
            next_checkin(&acc, d(2026, 1, 12)).unwrap().due,
            d(2026, 1, 19)
        );
    }

    #[test]
    fn an_invalid_checkin_changes_nothing_and_names_every_problem() {
        let mut acc = weekly_from(d(2026, 1, 5));
        acc.commitments
            .push(commitment("c1", "Update my CV", d(2026, 1, 10)));
        let before = acc.clone();
        let bad = CheckInDraft {
            date: d(2026, 1, 12),
            confidence: 0,
            energy: 11,
            ..Default::default()
        };
        let new = vec![CommitmentDraft {
            text: "  ".into(),
            due: d(2026, 1, 16),
            goal_id: None,
        }];
        let reviews = BTreeMap::from([("c1".to_owned(), Review::Missed)]);
        let ids = CheckInIds {
            checkin: "k1".into(),
            commitments: vec!["c2".into()],
        };
        let problems =
            record_checkin(&mut acc, bad, new, reviews, ids, at(2026, 1, 12)).unwrap_err();
        assert_eq!(
            problems,
            [
                Problem::ConfidenceOutOfRange(0),
                Problem::EnergyOutOfRange(11),
                Problem::EmptyReflection,
                Problem::BlankCommitment { position: 1 },
            ]
        );
        assert_eq!(acc, before);
    }

    #[test]
    fn reviewing_an_unknown_commitment_is_refused() {
        let mut acc = Accountability::default();
        let reviews = BTreeMap::from([("nope".to_owned(), Review::Kept)]);
        let ids = CheckInIds {
            checkin: "k1".into(),
            commitments: vec![],
        };
        let problems = record_checkin(
            &mut acc,
            draft(d(2026, 1, 12)),
            vec![],
            reviews,
            ids,
            at(2026, 1, 12),
        )
        .unwrap_err();
        assert_eq!(problems, [Problem::UnknownCommitment("nope".into())]);
        assert!(acc.is_empty());
    }

    #[test]
    fn a_commitment_due_before_the_checkin_is_refused() {
        let mut acc = Accountability::default();
        let new = vec![CommitmentDraft {
            text: "Call Priya".into(),
            due: d(2026, 1, 11),
            goal_id: None,
        }];
        let ids = CheckInIds {
            checkin: "k1".into(),
            commitments: vec!["c1".into()],
        };
        let problems = record_checkin(
            &mut acc,
            draft(d(2026, 1, 12)),
            new,
            BTreeMap::new(),
            ids,
            at(2026, 1, 12),
        )
        .unwrap_err();
        assert_eq!(
            problems,
            [Problem::CommitmentDueBeforeCheckIn {
                position: 1,
                due: d(2026, 1, 11)
            }]
        );
        assert_eq!(
            problems[0].to_string(),
            "Commitment 1 is due on 2026-01-11, before this check-in. Pick a date on or after the check-in."
        );
    }

    #[test]
    fn missing_reused_or_miscounted_ids_are_refused() {
        let mut acc = with_checkins(Accountability::default(), &[d(2026, 1, 5)]);
        acc.commitments
            .push(commitment("c1", "Update my CV", d(2026, 1, 10)));
        let two = vec![
            CommitmentDraft {
                text: "One".into(),
                due: d(2026, 1, 16),
                goal_id: None,
            },
            CommitmentDraft {
                text: "Two".into(),
                due: d(2026, 1, 16),
                goal_id: None,
            },
        ];
        let reused = CheckInIds {
            checkin: "k1".into(),
            commitments: vec!["c1".into(), " ".into()],
        };
        let problems = record_checkin(
            &mut acc,
            draft(d(2026, 1, 12)),
            two.clone(),
            BTreeMap::new(),
            reused,
            at(2026, 1, 12),
        )
        .unwrap_err();
        assert_eq!(
            problems,
            [
                Problem::DuplicateId("k1".into()),
                Problem::DuplicateId("c1".into()),
                Problem::MissingId
            ]
        );
        let short = CheckInIds {
            checkin: String::new(),
            commitments: vec!["c2".into()],
        };
        let problems = record_checkin(
            &mut acc,
            draft(d(2026, 1, 12)),
            two,
            BTreeMap::new(),
            short,
            at(2026, 1, 12),
        )
        .unwrap_err();
        assert_eq!(
            problems,
            [
                Problem::MissingId,
                Problem::IdCountMismatch {
                    commitments: 2,
                    ids: 1
                }
            ]
        );
        assert_eq!(acc.checkin_count(), 1);
    }

    #[test]
    fn a_checkin_may_be_dated_tomorrow_in_utc_but_not_later() {
        let ids = |id: &str| CheckInIds {
            checkin: id.into(),
            commitments: vec![],
        };
        let mut acc = Accountability::default();
        let now = at(2026, 1, 10);
        let ok = record_checkin(
            &mut acc,
            draft(d(2026, 1, 11)),
            vec![],
            BTreeMap::new(),
            ids("k1"),
            now,
        );
        assert_eq!(ok, Ok(()));
        let too_late = record_checkin(
            &mut acc,
            draft(d(2026, 1, 12)),
            vec![],
            BTreeMap::new(),
            ids("k2"),
            now,
        );
        assert_eq!(too_late, Err(vec![Problem::FutureDate(d(2026, 1, 12))]));
    }

    #[test]
    fn a_reflection_needs_only_one_of_the_three_answers() {
        let mut acc = Accountability::default();
        let only_next = CheckInDraft {
            did: String::new(),
            blockers: String::new(),
            ..draft(d(2026, 1, 12))
        };
        let ids = CheckInIds {
            checkin: "k1".into(),
            commitments: vec![],
        };
        assert_eq!(
            record_checkin(
                &mut acc,
                only_next,
                vec![],
                BTreeMap::new(),
                ids,
                at(2026, 1, 12)
            ),
            Ok(())
        );
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
    fn a_review_can_be_corrected_later() {
        let mut acc = Accountability::default();
        acc.commitments
            .push(commitment("c1", "Update my CV", d(2026, 1, 10)));
        let missed = BTreeMap::from([("c1".to_owned(), Review::Missed)]);
        acc.apply_reviews(&missed, Some("k1"), at(2026, 1, 12))
            .unwrap();
        let kept = BTreeMap::from([("c1".to_owned(), Review::Kept)]);
        acc.apply_reviews(&kept, None, at(2026, 1, 13)).unwrap();
        let c = acc.commitment("c1").unwrap();
        assert_eq!(c.status, CommitmentStatus::Kept);
        assert_eq!(c.reviewed_in, None);
        assert_eq!(c.updated_at, at(2026, 1, 13));
    }

    #[test]
    fn adding_commitments_is_all_or_nothing() {
        let mut acc = Accountability::default();
        acc.commitments
            .push(commitment("c1", "Update my CV", d(2026, 1, 10)));
        let list = vec![
            commitment("c2", "Fine", d(2026, 1, 10)),
            commitment("c1", "Clash", d(2026, 1, 10)),
            commitment("c3", "", d(2026, 1, 10)),
        ];
        assert_eq!(
            acc.add_commitments(list),
            Err(vec![
                Problem::DuplicateId("c1".into()),
                Problem::BlankCommitment { position: 3 }
            ])
        );
        assert_eq!(acc.commitments.len(), 1);
        assert_eq!(
            acc.add_commitments(vec![commitment("c2", "Fine", d(2026, 1, 10))]),
            Ok(())
        );
        assert_eq!(acc.commitments.len(), 2);
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

    // --- trends and stored shape -----------------------------------------------------

    #[test]
    fn trend_lists_confidence_and_energy_oldest_first_without_bad_ratings() {
        let mut acc = with_checkins(
            Accountability::default(),
            &[d(2026, 1, 19), d(2026, 1, 5), d(2026, 1, 12)],
        );
        acc.checkins[0].confidence = 8;
        acc.checkins[1].energy = 3;
        acc.checkins[2].confidence = 0; // damaged
        let t = trend(&acc);
        assert_eq!(
            t.confidence,
            [
                TrendPoint {
                    date: d(2026, 1, 5),
                    value: 6
                },
                TrendPoint {
                    date: d(2026, 1, 19),
                    value: 8
                }
            ]
        );
        let energy: Vec<_> = t.energy.iter().map(|p| (p.date, p.value)).collect();
        assert_eq!(
            energy,
            [(d(2026, 1, 5), 3), (d(2026, 1, 12), 6), (d(2026, 1, 19), 6)]
        );
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

    // --- chart, summary and the goals a check-in walks through -----------------------

    #[test]
    fn a_missing_rating_asks_for_one_kindly() {
        assert_eq!(
            Problem::ConfidenceOutOfRange(0).to_string(),
            "Choose how confident you feel, from 1 to 10."
        );
        assert_eq!(
            Problem::EnergyOutOfRange(0).to_string(),
            "Choose how much energy you have, from 1 to 10."
        );
        assert!(Problem::EnergyOutOfRange(12).to_string().contains("12"));
    }

    #[test]
    fn the_trend_summary_names_the_latest_ratings_and_the_change() {
        assert_eq!(trend(&Accountability::default()).summary(), None);
        let mut acc = with_checkins(Accountability::default(), &[d(2026, 1, 5)]);
        assert_eq!(
            trend(&acc).summary().unwrap(),
            TrendSummary {
                date: d(2026, 1, 5),
                confidence: 6,
                energy: 6,
                since: None
            }
        );
        acc = with_checkins(acc, &[d(2026, 1, 12), d(2026, 1, 19)]);
        acc.checkins[2].confidence = 8;
        acc.checkins[2].energy = 4;
        assert_eq!(
            trend(&acc).summary().unwrap(),
            TrendSummary {
                date: d(2026, 1, 19),
                confidence: 8,
                energy: 4,
                since: Some((d(2026, 1, 5), 2))
            }
        );
        acc.checkins[2].confidence = 3;
        assert_eq!(
            trend(&acc).summary().unwrap().since,
            Some((d(2026, 1, 5), -3))
        );
    }

    #[test]
    fn the_trend_chart_spreads_dates_across_and_ratings_up() {
        let mut acc = with_checkins(
            Accountability::default(),
            &[d(2026, 1, 1), d(2026, 1, 11), d(2026, 1, 21)],
        );
        acc.checkins[0].confidence = 1;
        acc.checkins[2].confidence = 10;
        let chart = trend_chart(&trend(&acc), 40.0, 10.0, 200.0, 90.0);
        let xy: Vec<(f64, f64)> = chart.confidence.iter().map(|p| (p.x, p.y)).collect();
        assert_eq!(xy, [(40.0, 100.0), (140.0, 50.0), (240.0, 10.0)]);
        assert_eq!(chart.first, Some(d(2026, 1, 1)));
        assert_eq!(chart.last, Some(d(2026, 1, 21)));
        assert_eq!(chart.energy.len(), 3);
    }

    #[test]
    fn a_single_checkin_sits_in_the_middle_of_the_chart() {
        let acc = with_checkins(Accountability::default(), &[d(2026, 1, 1)]);
        let chart = trend_chart(&trend(&acc), 0.0, 0.0, 100.0, 90.0);
        assert_eq!(chart.confidence[0].x, 50.0);
        assert_eq!(rating_y(6, 0.0, 90.0), 40.0);
        assert!(trend_chart(&Trend::default(), 0.0, 0.0, 100.0, 90.0)
            .confidence
            .is_empty());
    }

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
