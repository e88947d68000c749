//! The home page's answers, worked out from the whole workbook: the dashboard, the job
//! search's week, the answer to a recent setback and the journey. And a cheap check,
//! [`plainly_quiet`], that tells without working any of them out that the page has
//! nothing of its own to show yet (a first visit's workbook, say).

use chrono::{NaiveDate, Weekday};

use crate::dashboard::{self, Dashboard, DashboardInputs, JourneyProgress, RECENT_WINS_SHOWN};
use crate::search::agenda::{self, Agenda};
use crate::setbacks::{self, Comeback};
use crate::{goals, Workbook};

/// The first day of the dashboard's week.
pub const WEEK_START: Weekday = Weekday::Mon;

/// Everything the home page shows after the welcome.
#[derive(Debug, Clone)]
pub struct Home<'a> {
    pub dashboard: Dashboard,
    /// The job search's week: interviews, next actions, people to be in touch with.
    pub search_week: Agenda,
    /// After a recent setback: the person's own evidence.
    pub comeback: Option<Comeback<'a>>,
    pub journey: JourneyProgress,
}

impl<'a> Home<'a> {
    pub fn of(wb: &'a Workbook, today: NaiveDate) -> Self {
        let milestones = goals::milestones_due(&wb.goals);
        let behind = goals::goals_behind(
            &crate::search::linked::counted_goals(&wb.goals, &wb.search, today),
            today,
        );
        let dashboard = dashboard::dashboard(
            &DashboardInputs {
                milestones: &milestones,
                goals_behind: &behind,
                accountability: &wb.checkins,
                journal: &wb.journal,
                week_start: WEEK_START,
                recent_wins_limit: RECENT_WINS_SHOWN,
            },
            today,
        );
        Home {
            dashboard,
            search_week: agenda::agenda(
                &wb.search,
                today,
                dashboard::end_of_week(today, WEEK_START),
            ),
            comeback: setbacks::comeback(wb, today),
            journey: JourneyProgress::of(wb),
        }
    }

    /// Nothing due, overdue, behind, scheduled, won, coming up in the job search or to
    /// answer: the page suggests the journey's next step instead of a dashboard.
    pub fn is_quiet(&self) -> bool {
        self.dashboard.is_quiet() && self.search_week.is_empty() && self.comeback.is_none()
    }
}

impl JourneyProgress {
    pub fn of(wb: &Workbook) -> Self {
        JourneyProgress {
            discovered: wb.discovery.result_count() > 0,
            has_goals: !wb.goals.is_empty(),
            checking_in: wb.checkins.plan.is_some() || wb.checkins.checkin_count() > 0,
        }
    }
}

/// True when the home page certainly has nothing of its own to show on any day: no
/// goals, check-in rhythm, commitments, wins, job search, setbacks or coach's programs.
/// Then [`Home::of`] is quiet whatever the date (see the tests), and the page can say so
/// without working anything out. False does not mean busy: a goal with no dates is quiet
/// too, which only [`Home::of`] can tell.
pub fn plainly_quiet(wb: &Workbook) -> bool {
    wb.goals.is_empty()
        && wb.checkins.plan.is_none()
        && wb.checkins.commitments.is_empty()
        && wb.journal.wins.is_empty()
        && wb.search.is_empty()
        && wb.setbacks.is_empty()
        && wb.programs.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;
    use proptest::prelude::*;

    fn end() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()
    }

    /// A busy workbook with every part `plainly_quiet` looks at emptied; what it doesn't
    /// look at (discovery, stories, pitches, gap maps, outcomes, check-ins kept, session
    /// notes) left as it was.
    fn emptied(mut wb: Workbook) -> Workbook {
        wb.goals.clear();
        wb.checkins.plan = None;
        wb.checkins.commitments.clear();
        wb.journal.wins.clear();
        wb.search = Default::default();
        wb.setbacks.clear();
        wb.programs.clear();
        wb
    }

    #[test]
    fn a_new_workbook_is_plainly_quiet() {
        let wb = Workbook::new(chrono::DateTime::UNIX_EPOCH);
        assert!(plainly_quiet(&wb));
        assert!(Home::of(&wb, end()).is_quiet());
    }

    #[test]
    fn each_part_that_can_fill_the_page_makes_it_not_plainly_quiet() {
        let full = sample::workbook(7, sample::Size::SMALL, end());
        assert!(!plainly_quiet(&full));
        let base = emptied(full.clone());
        assert!(plainly_quiet(&base));
        type Fill = fn(&mut Workbook, &Workbook);
        let parts: [(&str, Fill); 7] = [
            ("goals", |wb, f| wb.goals = f.goals.clone()),
            ("plan", |wb, f| wb.checkins.plan = f.checkins.plan),
            ("commitments", |wb, f| {
                wb.checkins.commitments = f.checkins.commitments.clone()
            }),
            ("wins", |wb, f| wb.journal.wins = f.journal.wins.clone()),
            ("search", |wb, f| wb.search = f.search.clone()),
            ("setbacks", |wb, f| wb.setbacks = f.setbacks.clone()),
            ("programs", |wb, _| {
                let at = chrono::DateTime::UNIX_EPOCH;
                crate::program::accept(wb, &crate::program::Program::new(at), at);
            }),
        ];
        for (name, fill) in parts {
            let mut wb = base.clone();
            fill(&mut wb, &full);
            assert!(!plainly_quiet(&wb), "{name} filled");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// Plainly quiet means quiet, on any day: of a workbook of any size and seed,
        /// emptied of what `plainly_quiet` looks at and keeping everything else.
        #[test]
        fn plainly_quiet_means_quiet_on_any_day(seed in 0u64..10_000, big in any::<bool>(), day in -800i64..800) {
            let size = if big { sample::Size::FIVE_YEARS } else { sample::Size::SMALL };
            let wb = emptied(sample::workbook(seed, size, end()));
            prop_assert!(plainly_quiet(&wb));
            let today = end() + chrono::Duration::days(day);
            prop_assert!(Home::of(&wb, today).is_quiet());
        }
    }
}
