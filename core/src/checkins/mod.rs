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

mod chart;
mod record;
mod review;
mod schedule;
mod trend;
mod types;

pub use chart::{rating_y, trend_chart, ChartPoint, TrendChart};
pub(crate) use record::latest_allowed_date;
pub use record::{record_checkin, CheckInDraft, CheckInIds, CommitmentDraft, Problem};
pub use review::{goals_to_review, GoalToReview, OpenMilestone};
pub use schedule::{
    next_checkin, schedule, streak, DueStatus, NextCheckIn, PeriodState, ScheduledCheckIn,
};
pub use trend::{trend, Trend, TrendPoint, TrendSummary};
pub use types::{
    Accountability, Cadence, CadencePlan, CheckIn, Commitment, CommitmentStatus, Origin,
    RetiredPlan, Review,
};

/// How many days before a due date a check-in already counts for that due date.
pub const EARLY_GRACE_DAYS: u64 = 2;

/// Id prefixes for records made here, for [`crate::ids::make_id`].
pub mod prefix {
    pub const CHECKIN: &str = "ci";
    pub const COMMITMENT: &str = "cm";
}

/// Lowest and highest accepted confidence and energy ratings.
pub const RATING_RANGE: std::ops::RangeInclusive<u8> = 1..=10;

#[cfg(test)]
mod test_support;
