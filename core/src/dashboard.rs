//! The home dashboard's questions, each a pure function of the workbook's parts and
//! today's date: what is due this week, what is overdue, when the next check-in is,
//! which goals are behind, recent wins and the streak. Goals reach this module as plain
//! input rows ([`MilestoneDue`], [`GoalRef`]) so it does not depend on how goals are stored.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::checkins::{self, Accountability, Commitment, NextCheckIn};
use crate::journal::{Journal, Win};

/// How far back a win still counts as recent.
pub const RECENT_WINS_DAYS: u64 = 30;

/// How many recent wins the dashboard shows by default.
pub const RECENT_WINS_SHOWN: usize = 3;

/// Where a milestone stands, as far as dates go.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum ItemState {
    /// Planned or in progress.
    #[default]
    Open,
    Done,
    Dropped,
}

/// A milestone with a due date, flattened from its goal. Fill one per milestone that has
/// a due date; milestones without one have nothing to show here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MilestoneDue {
    pub goal_id: String,
    pub goal_title: String,
    pub milestone_id: String,
    pub title: String,
    pub due: NaiveDate,
    pub state: ItemState,
}

/// A goal named on the dashboard (for example one behind its pace).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoalRef {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DueKind {
    Milestone,
    Commitment,
}

/// Something with a date on it: a milestone or a commitment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueItem {
    pub kind: DueKind,
    /// The milestone's or commitment's id.
    pub id: String,
    /// The goal it belongs to, if any (always set for milestones).
    pub goal_id: Option<String>,
    pub title: String,
    pub due: NaiveDate,
    /// Days from today to the due date; negative when overdue.
    pub days_from_today: i64,
}

impl DueItem {
    fn milestone(m: &MilestoneDue, today: NaiveDate) -> Self {
        DueItem {
            kind: DueKind::Milestone,
            id: m.milestone_id.clone(),
            goal_id: Some(m.goal_id.clone()),
            title: m.title.clone(),
            due: m.due,
            days_from_today: (m.due - today).num_days(),
        }
    }

    fn commitment(c: &Commitment, today: NaiveDate) -> Self {
        DueItem {
            kind: DueKind::Commitment,
            id: c.id.clone(),
            goal_id: c.goal_id.clone(),
            title: c.text.clone(),
            due: c.due,
            days_from_today: (c.due - today).num_days(),
        }
    }

    pub fn days_overdue(&self) -> i64 {
        (-self.days_from_today).max(0)
    }
}

/// Open milestones and open commitments, as due items.
fn open_items(
    milestones: &[MilestoneDue],
    commitments: &[Commitment],
    today: NaiveDate,
    keep: impl Fn(NaiveDate) -> bool,
) -> Vec<DueItem> {
    let ms = milestones
        .iter()
        .filter(|m| m.state == ItemState::Open && keep(m.due))
        .map(|m| DueItem::milestone(m, today));
    let cs = commitments
        .iter()
        .filter(|c| c.is_open() && keep(c.due))
        .map(|c| DueItem::commitment(c, today));
    let mut items: Vec<DueItem> = ms.chain(cs).collect();
    crate::sort::sort_by(&mut items, |a, b| {
        (a.due, a.kind, &a.title, &a.id).cmp(&(b.due, b.kind, &b.title, &b.id))
    });
    items
}

/// The last day of the week containing `today`, for weeks starting on `week_start`.
pub fn end_of_week(today: NaiveDate, week_start: Weekday) -> NaiveDate {
    let last_day = week_start.pred();
    let ahead = (7 + last_day.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    today
        .checked_add_days(Days::new(u64::from(ahead)))
        .unwrap_or(NaiveDate::MAX)
}

/// Open milestones and commitments due from today to the end of this week, soonest first.
pub fn due_this_week(
    milestones: &[MilestoneDue],
    commitments: &[Commitment],
    today: NaiveDate,
    week_start: Weekday,
) -> Vec<DueItem> {
    let end = end_of_week(today, week_start);
    open_items(milestones, commitments, today, |due| {
        today <= due && due <= end
    })
}

/// Open milestones and commitments whose date has passed, the longest overdue first.
pub fn overdue(
    milestones: &[MilestoneDue],
    commitments: &[Commitment],
    today: NaiveDate,
) -> Vec<DueItem> {
    open_items(milestones, commitments, today, |due| due < today)
}

/// Up to `limit` wins from the last [`RECENT_WINS_DAYS`] days (today included), newest first.
pub fn recent_wins(journal: &Journal, today: NaiveDate, limit: usize) -> Vec<Win> {
    let since = today
        .checked_sub_days(Days::new(RECENT_WINS_DAYS))
        .unwrap_or(NaiveDate::MIN);
    journal
        .wins_newest_first(None)
        .into_iter()
        .filter(|w| since <= w.date && w.date <= today)
        .take(limit)
        .cloned()
        .collect()
}

/// Everything the dashboard reads, gathered by the caller.
#[derive(Debug, Clone, Copy)]
pub struct DashboardInputs<'a> {
    pub milestones: &'a [MilestoneDue],
    /// Goals behind their ideal pace, as worked out by the goals rules.
    pub goals_behind: &'a [GoalRef],
    pub accountability: &'a Accountability,
    pub journal: &'a Journal,
    pub week_start: Weekday,
    pub recent_wins_limit: usize,
}

/// The answers the home page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Dashboard {
    pub due_this_week: Vec<DueItem>,
    pub overdue: Vec<DueItem>,
    pub next_checkin: Option<NextCheckIn>,
    pub goals_behind: Vec<GoalRef>,
    pub recent_wins: Vec<Win>,
    pub streak: u32,
}

impl Dashboard {
    /// Show the "my why" card (values and vision) when a goal has fallen behind.
    pub fn show_my_why(&self) -> bool {
        !self.goals_behind.is_empty()
    }

    /// Nothing due, overdue, behind, scheduled or won yet: time for a friendly first step.
    pub fn is_quiet(&self) -> bool {
        self.due_this_week.is_empty()
            && self.overdue.is_empty()
            && self.next_checkin.is_none()
            && self.goals_behind.is_empty()
            && self.recent_wins.is_empty()
    }
}

/// Every dashboard answer for `today`.
pub fn dashboard(inputs: &DashboardInputs<'_>, today: NaiveDate) -> Dashboard {
    let commitments = &inputs.accountability.commitments;
    Dashboard {
        due_this_week: due_this_week(inputs.milestones, commitments, today, inputs.week_start),
        overdue: overdue(inputs.milestones, commitments, today),
        next_checkin: checkins::next_checkin(inputs.accountability, today),
        goals_behind: inputs.goals_behind.to_vec(),
        recent_wins: recent_wins(inputs.journal, today, inputs.recent_wins_limit),
        streak: checkins::streak(inputs.accountability, today),
    }
}

/// How far a date is from today, in words: "today", "tomorrow", "in 3 days",
/// "yesterday", "4 days ago", and for long spans "about 3 months ago", "in about 2 years".
pub fn days_phrase(days_from_today: i64) -> String {
    match days_from_today {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        n if n > 1 => format!("in {}", span_phrase(n.unsigned_abs())),
        n => format!("{} ago", span_phrase(n.unsigned_abs())),
    }
}

/// A span of days as a person would say it: days up to two months, then months (rounded)
/// up to a year and a half, then years (rounded).
fn span_phrase(days: u64) -> String {
    match days {
        ..60 => format!("{days} days"),
        60..548 => format!("about {} months", (days * 12 + 182) / 365),
        _ => format!("about {} years", (days * 2 + 365) / 730),
    }
}

/// The three steps of the journey the home page suggests while the workbook is quiet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JourneyStep {
    Discover,
    Goals,
    CheckIns,
}

impl JourneyStep {
    pub const ALL: [JourneyStep; 3] = [
        JourneyStep::Discover,
        JourneyStep::Goals,
        JourneyStep::CheckIns,
    ];
}

/// What the person has done so far, as far as the journey goes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct JourneyProgress {
    /// At least one discovery exercise finished.
    pub discovered: bool,
    /// At least one goal written.
    pub has_goals: bool,
    /// A check-in cadence chosen, or a check-in written.
    pub checking_in: bool,
}

impl JourneyProgress {
    pub fn is_done(&self, step: JourneyStep) -> bool {
        match step {
            JourneyStep::Discover => self.discovered,
            JourneyStep::Goals => self.has_goals,
            JourneyStep::CheckIns => self.checking_in,
        }
    }

    /// The step to suggest next: the first one not done yet, in journey order; `None`
    /// once all three are under way. Someone may set goals before discovering anything,
    /// so a later step being done never hides an earlier one still open.
    pub fn next_step(&self) -> Option<JourneyStep> {
        JourneyStep::ALL.into_iter().find(|s| !self.is_done(*s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkins::{
        Cadence, CadencePlan, CheckIn, CommitmentDraft, CommitmentStatus, DueStatus,
    };
    use crate::journal::WinDraft;
    use chrono::{DateTime, TimeZone, Utc};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn at(y: i32, m: u32, day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, day, 9, 30, 0).single().unwrap()
    }

    fn milestone(id: &str, due: NaiveDate, state: ItemState) -> MilestoneDue {
        MilestoneDue {
            goal_id: "g1".into(),
            goal_title: "Move into UX research".into(),
            milestone_id: id.into(),
            title: format!("Milestone {id}"),
            due,
            state,
        }
    }

    fn commitment(id: &str, due: NaiveDate, status: CommitmentStatus) -> Commitment {
        let draft = CommitmentDraft {
            text: format!("Commitment {id}"),
            due,
            goal_id: None,
        };
        Commitment {
            status,
            ..Commitment::from_draft(id.into(), draft, None, at(2026, 1, 5))
        }
    }

    /// Today is Wednesday 14 January 2026.
    fn sample() -> (Vec<MilestoneDue>, Vec<Commitment>) {
        let milestones = vec![
            milestone("m1", d(2026, 1, 14), ItemState::Open),
            milestone("m2", d(2026, 1, 18), ItemState::Open),
            milestone("m3", d(2026, 1, 19), ItemState::Open),
            milestone("m4", d(2026, 1, 16), ItemState::Done),
            milestone("m5", d(2026, 1, 13), ItemState::Open),
            milestone("m6", d(2026, 1, 2), ItemState::Dropped),
        ];
        let commitments = vec![
            commitment("c1", d(2026, 1, 15), CommitmentStatus::Open),
            commitment("c2", d(2026, 1, 16), CommitmentStatus::Kept),
            commitment("c3", d(2026, 1, 10), CommitmentStatus::Open),
            commitment("c4", d(2026, 1, 9), CommitmentStatus::Missed),
        ];
        (milestones, commitments)
    }

    fn ids(items: &[DueItem]) -> Vec<&str> {
        items.iter().map(|i| i.id.as_str()).collect()
    }

    #[test]
    fn the_week_ends_on_the_day_before_the_chosen_week_start() {
        assert_eq!(end_of_week(d(2026, 1, 14), Weekday::Mon), d(2026, 1, 18));
        assert_eq!(end_of_week(d(2026, 1, 12), Weekday::Mon), d(2026, 1, 18));
        assert_eq!(end_of_week(d(2026, 1, 18), Weekday::Mon), d(2026, 1, 18));
        assert_eq!(end_of_week(d(2026, 1, 14), Weekday::Sun), d(2026, 1, 17));
        assert_eq!(end_of_week(d(2026, 1, 18), Weekday::Sun), d(2026, 1, 24));
        assert_eq!(end_of_week(d(2026, 1, 14), Weekday::Sat), d(2026, 1, 16));
    }

    #[test]
    fn due_this_week_lists_open_items_from_today_to_sunday() {
        let (ms, cs) = sample();
        let items = due_this_week(&ms, &cs, d(2026, 1, 14), Weekday::Mon);
        assert_eq!(ids(&items), ["m1", "c1", "m2"]);
        assert_eq!(items[0].kind, DueKind::Milestone);
        assert_eq!(items[0].goal_id.as_deref(), Some("g1"));
        assert_eq!(items[0].days_from_today, 0);
        assert_eq!(items[1].kind, DueKind::Commitment);
        assert_eq!(items[1].title, "Commitment c1");
        assert_eq!(items[2].days_from_today, 4);
    }

    #[test]
    fn a_sunday_start_week_ends_on_saturday() {
        let (ms, cs) = sample();
        let items = due_this_week(&ms, &cs, d(2026, 1, 14), Weekday::Sun);
        assert_eq!(ids(&items), ["m1", "c1"]);
    }

    #[test]
    fn on_the_last_day_of_the_week_only_today_is_due_this_week() {
        let (ms, cs) = sample();
        let items = due_this_week(&ms, &cs, d(2026, 1, 18), Weekday::Mon);
        assert_eq!(ids(&items), ["m2"]);
    }

    #[test]
    fn overdue_lists_open_items_past_their_date_longest_overdue_first() {
        let (ms, cs) = sample();
        let items = overdue(&ms, &cs, d(2026, 1, 14));
        assert_eq!(ids(&items), ["c3", "m5"]);
        assert_eq!(items[0].days_overdue(), 4);
        assert_eq!(items[1].days_overdue(), 1);
    }

    #[test]
    fn items_due_the_same_day_list_milestones_before_commitments() {
        let ms = vec![milestone("m1", d(2026, 1, 15), ItemState::Open)];
        let cs = vec![commitment("c1", d(2026, 1, 15), CommitmentStatus::Open)];
        let items = due_this_week(&ms, &cs, d(2026, 1, 14), Weekday::Mon);
        assert_eq!(ids(&items), ["m1", "c1"]);
    }

    fn journal_with_wins(dates: &[NaiveDate]) -> Journal {
        let mut j = Journal::default();
        for (i, date) in dates.iter().enumerate() {
            let draft = WinDraft {
                date: *date,
                what_happened: format!("Win {i}"),
                ..Default::default()
            };
            j.add_win(format!("w{i}"), draft, at(2026, 2, 1)).unwrap();
        }
        j
    }

    #[test]
    fn recent_wins_are_the_last_thirty_days_newest_first() {
        let j = journal_with_wins(&[
            d(2026, 1, 1),
            d(2025, 12, 31),
            d(2026, 1, 31),
            d(2026, 2, 1),
            d(2026, 1, 20),
        ]);
        let today = d(2026, 1, 31);
        let all: Vec<_> = recent_wins(&j, today, 10)
            .into_iter()
            .map(|w| w.date)
            .collect();
        assert_eq!(all, [d(2026, 1, 31), d(2026, 1, 20), d(2026, 1, 1)]);
        let two: Vec<_> = recent_wins(&j, today, 2)
            .into_iter()
            .map(|w| w.id)
            .collect();
        assert_eq!(two, ["w2", "w4"]);
    }

    #[test]
    fn the_dashboard_gathers_every_answer_for_today() {
        let (ms, mut cs) = sample();
        let mut acc = Accountability {
            plan: Some(CadencePlan::new(Cadence::Weekly, d(2026, 1, 5))),
            ..Default::default()
        };
        for (id, date) in [("k1", d(2026, 1, 5)), ("k2", d(2026, 1, 12))] {
            acc.checkins.push(CheckIn {
                id: id.into(),
                date,
                ..Default::default()
            });
        }
        acc.commitments.append(&mut cs);
        let journal = journal_with_wins(&[d(2026, 1, 10)]);
        let behind = [GoalRef {
            id: "g1".into(),
            title: "Move into UX research".into(),
        }];
        let inputs = DashboardInputs {
            milestones: &ms,
            goals_behind: &behind,
            accountability: &acc,
            journal: &journal,
            week_start: Weekday::Mon,
            recent_wins_limit: RECENT_WINS_SHOWN,
        };
        let board = dashboard(&inputs, d(2026, 1, 14));
        assert_eq!(ids(&board.due_this_week), ["m1", "c1", "m2"]);
        assert_eq!(ids(&board.overdue), ["c3", "m5"]);
        let next = board.next_checkin.unwrap();
        assert_eq!(next.due, d(2026, 1, 19));
        assert_eq!(next.status, DueStatus::Upcoming { days: 5 });
        assert_eq!(board.streak, 2);
        assert_eq!(board.recent_wins.len(), 1);
        assert_eq!(board.goals_behind, behind);
        assert!(board.show_my_why());
        assert!(!board.is_quiet());
    }

    #[test]
    fn an_empty_workbook_gives_a_quiet_dashboard_without_the_why_card() {
        let acc = Accountability::default();
        let journal = Journal::default();
        let inputs = DashboardInputs {
            milestones: &[],
            goals_behind: &[],
            accountability: &acc,
            journal: &journal,
            week_start: Weekday::Mon,
            recent_wins_limit: RECENT_WINS_SHOWN,
        };
        let board = dashboard(&inputs, d(2026, 1, 14));
        assert!(board.is_quiet());
        assert!(!board.show_my_why());
        assert_eq!(board.streak, 0);
    }

    #[test]
    fn distances_from_today_read_naturally() {
        assert_eq!(days_phrase(0), "today");
        assert_eq!(days_phrase(1), "tomorrow");
        assert_eq!(days_phrase(-1), "yesterday");
        assert_eq!(days_phrase(5), "in 5 days");
        assert_eq!(days_phrase(-12), "12 days ago");
        assert_eq!(days_phrase(59), "in 59 days");
        assert_eq!(days_phrase(-60), "about 2 months ago");
        assert_eq!(days_phrase(200), "in about 7 months");
        assert_eq!(days_phrase(-547), "about 18 months ago");
        assert_eq!(days_phrase(-548), "about 2 years ago");
        assert_eq!(days_phrase(-1814), "about 5 years ago");
    }

    #[test]
    fn a_date_further_away_never_reads_as_nearer() {
        // (unit, number) as read: days < months < years, the number within its unit.
        let read = |days: i64| {
            let phrase = days_phrase(-days);
            let number: u64 = phrase.split(' ').find_map(|w| w.parse().ok()).unwrap_or(0);
            let unit = [("day", 0), ("month", 1), ("year", 2)]
                .iter()
                .find(|(word, _)| phrase.contains(word))
                .map_or(0, |(_, unit)| *unit);
            (unit, number)
        };
        let mut nearer = read(2);
        for days in 3..6000 {
            let here = read(days);
            assert!(
                here >= nearer,
                "{days} days reads as {:?}",
                days_phrase(-days)
            );
            assert!(here.1 > 0);
            nearer = here;
        }
    }

    #[test]
    fn the_journey_suggests_the_first_step_not_yet_taken() {
        let mut p = JourneyProgress::default();
        assert_eq!(p.next_step(), Some(JourneyStep::Discover));
        p.discovered = true;
        assert_eq!(p.next_step(), Some(JourneyStep::Goals));
        p.has_goals = true;
        assert_eq!(p.next_step(), Some(JourneyStep::CheckIns));
        p.checking_in = true;
        assert_eq!(p.next_step(), None);
        let goals_first = JourneyProgress {
            has_goals: true,
            ..Default::default()
        };
        assert_eq!(goals_first.next_step(), Some(JourneyStep::Discover));
        assert!(goals_first.is_done(JourneyStep::Goals));
    }
}
