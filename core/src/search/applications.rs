//! Rules for applications: starting one, moving it between stages (every move kept, going
//! back allowed), and when it was sent.

use chrono::{DateTime, NaiveDate, Utc};

use super::{Application, ClosedReason, Interview, Search, Stage, StageChange};

impl Application {
    /// A new application at `stage` from `on`, with its first history entry.
    pub fn new(
        id: String,
        change_id: String,
        organisation: &str,
        role: &str,
        stage: Stage,
        on: NaiveDate,
        now: DateTime<Utc>,
    ) -> Application {
        Application {
            id,
            organisation: organisation.trim().to_owned(),
            role: role.trim().to_owned(),
            stage,
            history: vec![StageChange {
                id: change_id,
                stage,
                reason: None,
                on,
                at: now,
            }],
            created_at: now,
            updated_at: now,
            ..Application::default()
        }
    }

    /// Moves it to `stage` on `on` and keeps the move in its history. A closed stage takes
    /// its reason; other stages clear it. Moving to the stage it is in (with the same
    /// reason) changes nothing and returns false.
    pub fn move_to(
        &mut self,
        stage: Stage,
        reason: Option<ClosedReason>,
        on: NaiveDate,
        change_id: String,
        now: DateTime<Utc>,
    ) -> bool {
        let reason = if stage == Stage::Closed { reason } else { None };
        if stage == self.stage && reason == self.closed_reason {
            return false;
        }
        self.stage = stage;
        self.closed_reason = reason;
        self.history.push(StageChange {
            id: change_id,
            stage,
            reason,
            on,
            at: now,
        });
        self.updated_at = now;
        true
    }

    /// The history in the order the moves happened (by day, then by when recorded).
    pub fn moves(&self) -> Vec<&StageChange> {
        let mut moves: Vec<&StageChange> = self.history.iter().collect();
        crate::sort::sort_by_key(&mut moves, |c| (c.on, c.at));
        moves
    }

    /// The first day it reached `stage`, if it ever did.
    pub fn first_reached(&self, stage: Stage) -> Option<NaiveDate> {
        self.history
            .iter()
            .filter(|c| c.stage == stage)
            .map(|c| c.on)
            .min()
    }

    /// The day it was sent: the first move to "applied" or any later stage short of
    /// closed. An application closed while still "interested" was never sent.
    pub fn applied_on(&self) -> Option<NaiveDate> {
        self.history
            .iter()
            .filter(|c| !matches!(c.stage, Stage::Interested | Stage::Closed))
            .map(|c| c.on)
            .min()
    }
}

/// What stops an application from being saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplicationProblem {
    /// Neither an organisation nor a role is named.
    Unnamed,
}

/// What stops an application with these names from being saved (an organisation or a
/// role is enough).
pub fn application_problems(organisation: &str, role: &str) -> Vec<ApplicationProblem> {
    if organisation.trim().is_empty() && role.trim().is_empty() {
        vec![ApplicationProblem::Unnamed]
    } else {
        Vec::new()
    }
}

impl Application {
    /// The mean of its fit ratings (1 to 5); `None` when none is rated.
    pub fn fit_score(&self) -> Option<f64> {
        let rated: Vec<f64> = self
            .fit
            .values()
            .filter(|v| (1..=5).contains(*v))
            .map(|v| f64::from(*v))
            .collect();
        (!rated.is_empty()).then(|| rated.iter().sum::<f64>() / rated.len() as f64)
    }

    /// Adds an interview (kept in the order added, so two tabs adding at once both
    /// keep theirs; [`Application::interviews_in_order`] sorts them for reading).
    pub fn add_interview(&mut self, interview: Interview, now: DateTime<Utc>) {
        self.interviews.push(interview);
        self.updated_at = now;
    }

    /// Replaces the interview with the same id; false when it is gone.
    pub fn update_interview(&mut self, interview: Interview, now: DateTime<Utc>) -> bool {
        match self.interviews.iter_mut().find(|i| i.id == interview.id) {
            Some(slot) => {
                *slot = interview;
                self.updated_at = now;
                true
            }
            None => false,
        }
    }

    /// Removes the interview with this id, with its place for an undo.
    pub fn remove_interview(&mut self, id: &str, now: DateTime<Utc>) -> Option<(usize, Interview)> {
        let index = self.interviews.iter().position(|i| i.id == id)?;
        self.updated_at = now;
        Some((index, self.interviews.remove(index)))
    }

    /// The interviews by date and time (no time first on a day).
    pub fn interviews_in_order(&self) -> Vec<&Interview> {
        let mut list: Vec<&Interview> = self.interviews.iter().collect();
        crate::sort::sort_by_key(&mut list, |i| (i.date, i.time));
        list
    }
}

impl Search {
    /// Removes the application with this id, with its place for an undo.
    pub fn delete_application(&mut self, id: &str) -> Option<(usize, Application)> {
        let index = self.applications.iter().position(|a| a.id == id)?;
        Some((index, self.applications.remove(index)))
    }

    /// Puts a deleted application back at `index` (or last); false if one with that id
    /// is already there.
    pub fn restore_application(&mut self, index: usize, app: Application) -> bool {
        if self.application(&app.id).is_some() {
            return false;
        }
        let index = index.min(self.applications.len());
        self.applications.insert(index, app);
        true
    }

    /// The applications at each stage, in board order, each column by next action.
    pub fn board(&self) -> Vec<(Stage, Vec<&Application>)> {
        Stage::ALL
            .into_iter()
            .map(|stage| {
                let mut column: Vec<&Application> = self
                    .applications
                    .iter()
                    .filter(|a| a.stage == stage)
                    .collect();
                sort_by_next_action(&mut column);
                (stage, column)
            })
            .collect()
    }

    /// The applications the filter lets through, by next action (none last).
    pub fn filtered(&self, filter: &ListFilter, today: NaiveDate) -> Vec<&Application> {
        let mut list: Vec<&Application> = self
            .applications
            .iter()
            .filter(|a| filter.admits(a, today))
            .collect();
        sort_by_next_action(&mut list);
        list
    }
}

/// Sorts by next action day, those without one last, then by the most recently changed.
pub fn sort_by_next_action(list: &mut [&Application]) {
    crate::sort::sort_by(list, |a, b| {
        let key = |x: &Application| (x.next_action_due.is_none(), x.next_action_due);
        key(a)
            .cmp(&key(b))
            .then_with(|| b.updated_at.cmp(&a.updated_at))
    });
}

/// When the next action falls, for the list's filter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Due {
    #[default]
    Any,
    /// Its day has passed.
    Overdue,
    /// Due from today to six days on (overdue ones included: they are due now).
    ThisWeek,
}

impl Due {
    pub const ALL: [Due; 3] = [Due::Any, Due::Overdue, Due::ThisWeek];

    pub fn key(self) -> &'static str {
        match self {
            Due::Any => "any",
            Due::Overdue => "overdue",
            Due::ThisWeek => "this_week",
        }
    }

    pub fn from_key(key: &str) -> Option<Due> {
        Due::ALL.into_iter().find(|d| d.key() == key)
    }
}

/// The list's filters: a stage, when the next action is due, and the lowest fit.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ListFilter {
    pub stage: Option<Stage>,
    pub due: Due,
    /// Only applications whose mean fit is at least this (unrated ones are left out).
    pub min_fit: Option<u8>,
}

impl ListFilter {
    pub fn admits(&self, app: &Application, today: NaiveDate) -> bool {
        let stage_ok = self.stage.is_none_or(|s| app.stage == s);
        let due_ok = match (self.due, app.next_action_due) {
            (Due::Any, _) => true,
            (_, None) => false,
            (Due::Overdue, Some(d)) => d < today,
            (Due::ThisWeek, Some(d)) => d <= today + chrono::Days::new(6),
        };
        let fit_ok = self
            .min_fit
            .is_none_or(|min| app.fit_score().is_some_and(|f| f + 1e-9 >= f64::from(min)));
        stage_ok && due_ok && fit_ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn at(d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, d, 9, 0, 0).single().unwrap()
    }

    fn app(id: &str, stage: Stage, due: Option<u32>, fit: &[u8]) -> Application {
        let mut a = Application::new(
            id.into(),
            format!("{id}-s"),
            "Org",
            id,
            stage,
            day(1),
            at(1),
        );
        a.next_action_due = due.map(day);
        a.fit = fit
            .iter()
            .enumerate()
            .map(|(i, f)| (format!("v{i}"), *f))
            .collect();
        a
    }

    fn ids(list: &[&Application]) -> Vec<String> {
        list.iter().map(|a| a.id.clone()).collect()
    }

    #[test]
    fn an_organisation_or_a_role_is_enough() {
        assert_eq!(
            application_problems(" ", ""),
            vec![ApplicationProblem::Unnamed]
        );
        assert!(application_problems("Acme", "").is_empty());
        assert!(application_problems("", "Designer").is_empty());
    }

    #[test]
    fn the_list_is_by_next_action_with_none_last_and_filters_apply() {
        let mut s = Search::default();
        s.applications.push(app("none", Stage::Applied, None, &[5]));
        s.applications
            .push(app("late", Stage::Applied, Some(5), &[2, 3]));
        s.applications
            .push(app("soon", Stage::Interested, Some(12), &[4, 5]));
        s.applications
            .push(app("later", Stage::Applied, Some(30), &[]));
        let today = day(10);
        let all = s.filtered(&ListFilter::default(), today);
        assert_eq!(ids(&all), ["late", "soon", "later", "none"]);
        let applied = ListFilter {
            stage: Some(Stage::Applied),
            ..Default::default()
        };
        assert_eq!(ids(&s.filtered(&applied, today)), ["late", "later", "none"]);
        let overdue = ListFilter {
            due: Due::Overdue,
            ..Default::default()
        };
        assert_eq!(ids(&s.filtered(&overdue, today)), ["late"]);
        let week = ListFilter {
            due: Due::ThisWeek,
            ..Default::default()
        };
        assert_eq!(ids(&s.filtered(&week, today)), ["late", "soon"]);
        let fit4 = ListFilter {
            min_fit: Some(4),
            ..Default::default()
        };
        assert_eq!(ids(&s.filtered(&fit4, today)), ["soon", "none"]);
    }

    #[test]
    fn the_board_has_a_column_per_stage() {
        let mut s = Search::default();
        s.applications.push(app("a", Stage::Offer, None, &[]));
        s.applications.push(app("b", Stage::Offer, Some(2), &[]));
        let board = s.board();
        assert_eq!(board.len(), Stage::ALL.len());
        let offers = &board.iter().find(|(st, _)| *st == Stage::Offer).unwrap().1;
        assert_eq!(ids(offers), ["b", "a"]);
    }

    #[test]
    fn interviews_are_added_edited_removed_and_read_in_date_order() {
        let mut a = app("a", Stage::Interviewing, None, &[]);
        let iv = |id: &str, d: u32| Interview {
            id: id.into(),
            date: day(d),
            ..Default::default()
        };
        a.add_interview(iv("i1", 20), at(2));
        a.add_interview(iv("i2", 12), at(3));
        assert_eq!(a.interviews[0].id, "i1", "kept in the order added");
        let order: Vec<&str> = a
            .interviews_in_order()
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(order, ["i2", "i1"]);
        let mut changed = iv("i1", 21);
        changed.how_it_went = "Good".into();
        assert!(a.update_interview(changed, at(4)));
        assert_eq!(a.interviews[0].how_it_went, "Good");
        assert!(!a.update_interview(iv("gone", 1), at(4)));
        let (index, removed) = a.remove_interview("i2", at(5)).unwrap();
        assert_eq!((index, removed.id.as_str()), (1, "i2"));
        assert_eq!(a.updated_at, at(5));
    }

    #[test]
    fn a_deleted_application_comes_back_in_its_place() {
        let mut s = Search::default();
        for id in ["a", "b", "c"] {
            s.applications.push(app(id, Stage::Interested, None, &[]));
        }
        let (i, gone) = s.delete_application("b").unwrap();
        assert!(s.restore_application(i, gone.clone()));
        assert_eq!(
            ids(&s.applications.iter().collect::<Vec<_>>()),
            ["a", "b", "c"]
        );
        assert!(!s.restore_application(i, gone), "never twice");
    }
}
