//! Tabs that edit one workbook at the same time, with skewed clocks, deletes, undos and
//! changes that arrive late or out of order: every tab ends with the same workbook, and
//! that workbook is what applying every change in stamp order gives, so no edit is lost
//! unless a later edit of the same field (or a later delete of its record) replaced it.

use chrono::{DateTime, TimeZone, Utc};
use proptest::prelude::*;
use waymark_core::{
    goals::{Goal, Milestone},
    merge::KeyTracker,
    sync::{doc, Change, Replica, SyncState},
    Workbook,
};

const DAY: i64 = 24 * 3600 * 1000;
/// Tabs of one browser share its clock; this allows for it being set while they run.
const TAB_SKEW: i64 = 90 * 1000;
const START: i64 = 1_780_000_000_000;

#[derive(Debug, Clone)]
enum Step {
    Title(usize, usize, u8),
    Notes(usize, usize, u8),
    AddMilestone(usize, usize),
    TickMilestone(usize, usize, usize),
    ReorderMilestones(usize, usize),
    AddGoal(usize),
    DeleteGoal(usize, usize),
    UndoDelete(usize),
    Deliver(usize, usize),
    Fold(usize),
    Wait(u8),
}

fn step(tabs: usize) -> impl Strategy<Value = Step> {
    let t = 0..tabs;
    prop_oneof![
        (t.clone(), 0..4usize, any::<u8>()).prop_map(|(a, b, c)| Step::Title(a, b, c)),
        (t.clone(), 0..4usize, any::<u8>()).prop_map(|(a, b, c)| Step::Notes(a, b, c)),
        (t.clone(), 0..4usize).prop_map(|(a, b)| Step::AddMilestone(a, b)),
        (t.clone(), 0..4usize, 0..4usize).prop_map(|(a, b, c)| Step::TickMilestone(a, b, c)),
        (t.clone(), 0..4usize).prop_map(|(a, b)| Step::ReorderMilestones(a, b)),
        t.clone().prop_map(Step::AddGoal),
        (t.clone(), 0..4usize).prop_map(|(a, b)| Step::DeleteGoal(a, b)),
        t.clone().prop_map(Step::UndoDelete),
        (t.clone(), t.clone()).prop_map(|(a, b)| Step::Deliver(a, b)),
        t.prop_map(Step::Fold),
        any::<u8>().prop_map(Step::Wait),
    ]
}

struct Tab {
    replica: Replica,
    current: Workbook,
    keys: KeyTracker,
    skew: i64,
    undo: Option<(usize, Goal)>,
    made: u32,
}

fn seed() -> Workbook {
    let t0 = Utc.timestamp_millis_opt(START).unwrap();
    let mut wb = Workbook::new(t0);
    for i in 0..3 {
        let mut g = Goal::new(format!("g{i}"), t0);
        g.title = format!("Goal {i}");
        for j in 0..2 {
            g.milestones
                .push(Milestone::new(format!("m{i}{j}"), "Step", None, t0));
        }
        wb.goals.push(g);
    }
    wb
}

fn time(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms).unwrap()
}

impl Tab {
    fn new(i: usize, skew: i64) -> Tab {
        let wb = seed();
        Tab {
            replica: Replica::start(&format!("tab{i}"), &wb, SyncState::default(), START as u64),
            current: wb,
            keys: KeyTracker::default(),
            skew,
            undo: None,
            made: 0,
        }
    }

    /// Makes a change the way the app does: run it, note deletions, stamp, record.
    fn change(
        &mut self,
        wall: i64,
        f: impl FnOnce(&mut Workbook, DateTime<Utc>, &mut Option<(usize, Goal)>, u32),
    ) {
        let ms = (wall + self.skew) as u64;
        let now = self.replica.now(ms);
        let before = self.current.clone();
        let (undo, made) = (&mut self.undo, self.made);
        f(&mut self.current, now, undo, made);
        self.current.touch(now);
        self.made += 1;
        self.keys.settle(&before, &mut self.current, now);
        self.replica.record(&before, &self.current, ms);
    }
}

fn run(tabs: usize, skews: Vec<i64>, steps: Vec<Step>) -> Result<(), TestCaseError> {
    let mut tab: Vec<Tab> = (0..tabs).map(|i| Tab::new(i, skews[i])).collect();
    let mut wall = START;
    for s in steps {
        wall += 1;
        match s {
            // Tabs hear of each other within moments, so waits stay well inside the horizon.
            Step::Wait(n) => wall += n as i64 * 10,
            Step::Title(t, g, v) => tab[t].change(wall, |wb, now, _, _| {
                if let Some(goal) = wb.goals.get_mut(g) {
                    goal.title = format!("T{v}");
                    goal.updated_at = now;
                }
            }),
            Step::Notes(t, g, v) => tab[t].change(wall, |wb, now, _, _| {
                if let Some(goal) = wb.goals.get_mut(g) {
                    goal.notes = format!("N{v}");
                    goal.updated_at = now;
                }
            }),
            Step::AddMilestone(t, g) => tab[t].change(wall, |wb, now, _, made| {
                if let Some(goal) = wb.goals.get_mut(g) {
                    let id = format!("m-{}-{made}", goal.id);
                    goal.milestones
                        .push(Milestone::new(format!("{id}-{now}"), "New", None, now));
                }
            }),
            Step::TickMilestone(t, g, m) => tab[t].change(wall, |wb, _, _, _| {
                if let Some(ms) = wb.goals.get_mut(g).and_then(|g| g.milestones.get_mut(m)) {
                    ms.notes.push('!');
                }
            }),
            Step::ReorderMilestones(t, g) => tab[t].change(wall, |wb, _, _, _| {
                if let Some(goal) = wb.goals.get_mut(g) {
                    goal.milestones.reverse();
                }
            }),
            Step::AddGoal(t) => tab[t].change(wall, |wb, now, _, made| {
                let mut g = Goal::new(format!("new-{t}-{made}"), now);
                g.title = "Fresh".into();
                wb.goals.push(g);
            }),
            Step::DeleteGoal(t, g) => tab[t].change(wall, |wb, _, undo, _| {
                if g < wb.goals.len() {
                    *undo = Some((g, wb.goals.remove(g)));
                }
            }),
            Step::UndoDelete(t) => tab[t].change(wall, |wb, _, undo, _| {
                if let Some((i, goal)) = undo.take() {
                    if !wb.goals.iter().any(|g| g.id == goal.id) {
                        wb.goals.insert(i.min(wb.goals.len()), goal);
                    }
                }
            }),
            Step::Deliver(from, to) => {
                if from != to {
                    let log = tab[from].replica.log((wall + tab[from].skew) as u64);
                    let ms = (wall + tab[to].skew) as u64;
                    let Tab {
                        replica, current, ..
                    } = &mut tab[to];
                    replica.receive(current, &log, ms);
                }
            }
            // A tab folds in idle time, after the other tabs' storage events reached it.
            Step::Fold(t) => {
                for from in (0..tabs).filter(|f| *f != t) {
                    let log = tab[from].replica.log(0);
                    let ms = (wall + tab[t].skew) as u64;
                    let Tab {
                        replica, current, ..
                    } = &mut tab[t];
                    replica.receive(current, &log, ms);
                }
                tab[t].replica.fold();
            }
        }
    }
    // Everyone hears from everyone, in a jumbled order.
    for round in 0..2 {
        for to in (0..tabs).rev() {
            for from in 0..tabs {
                if from != to {
                    let log = tab[from].replica.log((wall + tab[from].skew) as u64);
                    let ms = (wall + round + tab[to].skew) as u64;
                    let Tab {
                        replica, current, ..
                    } = &mut tab[to];
                    replica.receive(current, &log, ms);
                }
            }
        }
    }
    for t in &tab[1..] {
        prop_assert_eq!(&t.current, &tab[0].current, "the tabs disagree");
    }
    // The serial truth: every change, in stamp order, on the starting workbook.
    let mut all: Vec<Change> = tab.iter().flat_map(|t| t.replica.log(0).changes).collect();
    all.sort_by(|a, b| a.at.cmp(&b.at));
    let mut serial = seed();
    for c in &all {
        doc::apply(&mut serial, &c.path, &c.edit);
    }
    prop_assert_eq!(
        &tab[0].current,
        &serial,
        "the tabs' workbook is not the stamp-order one"
    );
    // And the plain reading of that: each live goal's title is its latest title edit.
    for goal in &serial.goals {
        let last_title = all.iter().rev().find(|c| {
            c.path.len() >= 2
                && c.path[0] == "goals"
                && c.path[1] == goal.id
                && (c.path.len() == 2 || c.path[2] == "title")
        });
        if let Some(Change {
            edit: waymark_core::sync::Edit::Set(v),
            path,
            ..
        }) = last_title
        {
            let title = if path.len() == 2 {
                v["title"].clone()
            } else {
                v.clone()
            };
            prop_assert_eq!(serde_json::Value::from(goal.title.clone()), title);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn two_tabs_converge_and_keep_every_latest_edit(
        skew in -TAB_SKEW..TAB_SKEW,
        steps in proptest::collection::vec(step(2), 1..60),
    ) {
        run(2, vec![0, skew], steps)?;
    }

    #[test]
    fn three_tabs_converge_and_keep_every_latest_edit(
        skews in proptest::collection::vec(-TAB_SKEW..TAB_SKEW, 3),
        steps in proptest::collection::vec(step(3), 1..80),
    ) {
        run(3, skews, steps)?;
    }
}

#[test]
fn an_undone_delete_stays_undone_in_the_other_tab() {
    let mut a = Tab::new(0, 0);
    let mut b = Tab::new(1, 0);
    a.change(START + 1, |wb, _, undo, _| {
        *undo = Some((0, wb.goals.remove(0)))
    });
    a.change(START + 2, |wb, _, undo, _| {
        let (i, g) = undo.take().unwrap();
        wb.goals.insert(i, g);
    });
    let log = a.replica.log(START as u64 + 3);
    b.replica.receive(&mut b.current, &log, START as u64 + 3);
    assert_eq!(b.current.goals[0].id, "g0");
    assert!(b.current.deleted.is_empty(), "the tombstone was lifted");
    assert_eq!(a.current, b.current);
}

#[test]
fn different_fields_of_one_goal_edited_in_two_tabs_both_stay() {
    let mut a = Tab::new(0, 0);
    let mut b = Tab::new(1, 0);
    a.change(START + 5, |wb, _, _, _| wb.goals[0].title = "From A".into());
    b.change(START + 5, |wb, _, _, _| wb.goals[0].notes = "From B".into());
    let (la, lb) = (a.replica.log(0), b.replica.log(0));
    b.replica.receive(&mut b.current, &la, START as u64 + 6);
    a.replica.receive(&mut a.current, &lb, START as u64 + 6);
    assert_eq!(a.current.goals[0].title, "From A");
    assert_eq!(a.current.goals[0].notes, "From B");
    assert_eq!(a.current, b.current);
}

#[test]
fn a_later_edit_beats_one_from_a_clock_a_day_fast_once_it_was_seen() {
    let mut fast = Tab::new(0, DAY);
    let mut right = Tab::new(1, 0);
    fast.change(START + 1, |wb, _, _, _| wb.goals[0].title = "Fast".into());
    let log = fast.replica.log(0);
    right
        .replica
        .receive(&mut right.current, &log, START as u64 + 2);
    right.change(START + 60_000, |wb, _, _, _| {
        wb.goals[0].title = "Later".into()
    });
    let log = right.replica.log(0);
    fast.replica
        .receive(&mut fast.current, &log, (START + DAY) as u64 + 60_001);
    assert_eq!(fast.current.goals[0].title, "Later");
    assert_eq!(fast.current, right.current);
}

#[test]
fn a_replace_wins_and_old_lineage_changes_are_not_merged_into_it() {
    let mut a = Tab::new(0, 0);
    let mut b = Tab::new(1, 0);
    b.change(START + 1, |wb, _, _, _| {
        wb.goals[0].title = "Old line".into()
    });
    let mut fresh = Workbook::new(time(START));
    fresh.profile.name = "Replaced".into();
    a.replica.replace(&fresh, START as u64 + 2);
    a.current = fresh.clone();
    let state = a.replica.fold();
    // b adopts the replaced workbook; a ignores b's old-lineage log.
    assert!(b.replica.adopt(&a.current, state.clone(), START as u64 + 4));
    b.current = a.current.clone();
    let old_log = Tab::new(1, 0).replica.log(0);
    let taken = a
        .replica
        .receive(&mut a.current, &old_log, START as u64 + 5);
    assert_eq!(taken.new, 0);
    assert_eq!(a.current, fresh);
    // A later replace by b is adopted by a; an older one would not be.
    assert!(!a
        .replica
        .adopt(&b.current, SyncState::default(), START as u64 + 6));
}

#[test]
fn interviews_added_to_one_application_in_two_tabs_at_once_both_stay() {
    use waymark_core::search::{Application, Interview, Stage};
    let mut a = Tab::new(0, 0);
    let mut b = Tab::new(1, 0);
    a.change(START + 1, |wb, now, _, _| {
        let day = now.date_naive();
        let app = Application::new(
            "a1".into(),
            "sc1".into(),
            "Acme",
            "Designer",
            Stage::Applied,
            day,
            now,
        );
        wb.search.applications.push(app);
    });
    let log = a.replica.log(0);
    b.replica.receive(&mut b.current, &log, START as u64 + 2);
    assert_eq!(b.current.search.applications.len(), 1);
    let interview = |id: &str, round: &str, now: DateTime<Utc>| Interview {
        id: id.into(),
        round: round.into(),
        date: now.date_naive(),
        ..Default::default()
    };
    a.change(START + 5, |wb, now, _, _| {
        if let Some(app) = wb.search.application_mut("a1") {
            app.add_interview(interview("iv-a", "First", now), now);
        }
    });
    b.change(START + 5, |wb, now, _, _| {
        if let Some(app) = wb.search.application_mut("a1") {
            app.add_interview(interview("iv-b", "Second", now), now);
        }
    });
    let (la, lb) = (a.replica.log(0), b.replica.log(0));
    b.replica.receive(&mut b.current, &la, START as u64 + 6);
    a.replica.receive(&mut a.current, &lb, START as u64 + 6);
    let mut kept: Vec<String> = a.current.search.applications[0]
        .interviews
        .iter()
        .map(|i| i.id.clone())
        .collect();
    kept.sort();
    assert_eq!(kept, ["iv-a", "iv-b"]);
    assert_eq!(a.current, b.current);
}

#[test]
fn pitch_versions_saved_in_two_tabs_at_the_same_moment_both_stay() {
    use waymark_core::pitch::{latest, save_version};
    let mut a = Tab::new(0, 0);
    let mut b = Tab::new(1, 0);
    a.change(START + 5, |wb, now, _, _| {
        save_version(&mut wb.pitches, "pv-a".into(), "From A", "", "", now).unwrap()
    });
    b.change(START + 5, |wb, now, _, _| {
        save_version(&mut wb.pitches, "pv-b".into(), "From B", "", "", now).unwrap()
    });
    let (la, lb) = (a.replica.log(0), b.replica.log(0));
    b.replica.receive(&mut b.current, &la, START as u64 + 6);
    a.replica.receive(&mut a.current, &lb, START as u64 + 6);
    let mut kept: Vec<&str> = a.current.pitches.iter().map(|p| p.id.as_str()).collect();
    kept.sort();
    assert_eq!(kept, ["pv-a", "pv-b"]);
    assert_eq!(a.current, b.current);
    assert_eq!(
        latest(&a.current.pitches).map(|p| &p.id),
        latest(&b.current.pitches).map(|p| &p.id)
    );
}

#[test]
fn a_late_change_after_a_fold_keeps_what_the_fold_set_aside() {
    use waymark_core::sync::replica::HORIZON_MS;
    let later = START + 3 * HORIZON_MS as i64;
    let mut a = Tab::new(0, 0);
    let mut b = Tab::new(1, 0);
    a.change(START + 1, |wb, _, _, _| wb.goals[0].title = "Folded".into());
    a.change(later, |wb, _, _, _| wb.goals[0].notes = "Recent".into());
    // The first change is past the horizon: the fold sets it aside, the base untouched.
    a.replica.fold();
    assert!(a.replica.unsettled() > 0);
    // A change stamped before a's recent one arrives late: the tail is replayed on the
    // base, which must include the change the fold set aside.
    b.change(later - 10, |wb, _, _, _| {
        wb.goals[1].title = "From B".into()
    });
    let log = b.replica.log(later as u64);
    a.replica.receive(&mut a.current, &log, later as u64 + 1);
    assert_eq!(a.replica.unsettled(), 0);
    assert_eq!(a.current.goals[0].title, "Folded");
    assert_eq!(a.current.goals[0].notes, "Recent");
    assert_eq!(a.current.goals[1].title, "From B");
}
