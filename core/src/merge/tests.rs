use super::*;
use crate::workbook::tests::at;
use proptest::prelude::*;

fn goal(id: &str, title: &str, updated: DateTime<Utc>) -> Goal {
    let mut g: Goal = serde_json::from_value(serde_json::json!({
        "id": id, "title": title, "milestones": []
    }))
    .unwrap();
    g.updated_at = updated;
    g
}

fn win(id: &str, text: &str, updated: DateTime<Utc>) -> Win {
    let mut w: Win = serde_json::from_value(serde_json::json!({
        "id": id, "date": "2026-01-01", "what_happened": text
    }))
    .unwrap();
    w.updated_at = updated;
    w
}

fn wb_with(goals: Vec<Goal>) -> Workbook {
    let mut wb = Workbook::new(at(2026, 1, 1));
    wb.goals = goals;
    wb
}

#[test]
fn newer_version_of_the_same_goal_wins_either_way() {
    let a = wb_with(vec![goal("g1", "old", at(2026, 1, 2))]);
    let b = wb_with(vec![goal("g1", "new", at(2026, 1, 3))]);
    assert_eq!(merge(&a, &b).goals[0].title, "new");
    assert_eq!(merge(&b, &a).goals[0].title, "new");
}

#[test]
fn records_from_both_sides_are_kept() {
    let a = wb_with(vec![goal("g1", "one", at(2026, 1, 2))]);
    let b = wb_with(vec![goal("g2", "two", at(2026, 1, 2))]);
    let m = merge(&a, &b);
    let ids: Vec<_> = m.goals.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids, ["g1", "g2"]);
}

#[test]
fn a_later_deletion_is_not_undone_by_merging_an_old_copy() {
    let old = wb_with(vec![goal("g1", "one", at(2026, 1, 2))]);
    let mut now = old.clone();
    let before = record_keys(&now);
    now.goals.clear();
    note_deletions(&before, &mut now, at(2026, 1, 5));
    assert!(merge(&now, &old).goals.is_empty());
    assert!(merge(&old, &now).goals.is_empty());
}

#[test]
fn an_edit_after_the_deletion_survives() {
    let mut deleted = wb_with(vec![]);
    deleted.deleted.insert("g1".into(), at(2026, 1, 5));
    let edited = wb_with(vec![goal("g1", "kept", at(2026, 1, 6))]);
    assert_eq!(merge(&deleted, &edited).goals.len(), 1);
}

#[test]
fn undoing_a_delete_lifts_its_tombstone() {
    let mut wb = wb_with(vec![goal("g1", "one", at(2026, 1, 2))]);
    let keys = record_keys(&wb);
    let removed = wb.goals.remove(0);
    note_deletions(&keys, &mut wb, at(2026, 1, 3));
    assert!(wb.deleted.contains_key("g1"));
    let keys = record_keys(&wb);
    wb.goals.push(removed);
    note_deletions(&keys, &mut wb, at(2026, 1, 3));
    assert!(wb.deleted.is_empty());
}

#[test]
fn preview_counts_added_updated_and_unchanged() {
    let a = wb_with(vec![
        goal("g1", "same", at(2026, 1, 2)),
        goal("g2", "old", at(2026, 1, 2)),
    ]);
    let b = wb_with(vec![
        goal("g1", "same", at(2026, 1, 2)),
        goal("g2", "new", at(2026, 1, 4)),
        goal("g3", "added", at(2026, 1, 4)),
    ]);
    let p = preview(&a, &merge(&a, &b));
    assert_eq!(
        p,
        MergePreview {
            added: 1,
            updated: 1,
            removed: 0,
            unchanged: 1
        }
    );
    assert!(preview(&a, &merge(&a, &a)).is_noop());
}

#[test]
fn results_merge_by_time_and_stay_in_date_order() {
    let mut a = Workbook::new(at(2026, 1, 1));
    let mut b = a.clone();
    let result = |t| -> InstrumentResult {
        serde_json::from_value(serde_json::json!({
            "instrument": "wheel", "taken_at": t,
            "outcome": {"kind": "statement", "draft": "", "statement": ""}
        }))
        .unwrap()
    };
    a.discovery
        .results
        .insert("wheel".into(), vec![result("2026-03-01T00:00:00Z")]);
    b.discovery.results.insert(
        "wheel".into(),
        vec![
            result("2026-02-01T00:00:00Z"),
            result("2026-03-01T00:00:00Z"),
        ],
    );
    let m = merge(&a, &b);
    let times: Vec<String> = m.discovery.results["wheel"]
        .iter()
        .map(|r| r.taken_at.to_rfc3339())
        .collect();
    assert_eq!(
        times,
        ["2026-02-01T00:00:00+00:00", "2026-03-01T00:00:00+00:00"]
    );
}

// ---- properties --------------------------------------------------------------

fn arb_workbook() -> impl Strategy<Value = Workbook> {
    let goals = prop::collection::vec((0u8..6, 0u8..3, 1u32..6), 0..6);
    let wins = prop::collection::vec((0u8..6, 0u8..3, 1u32..6), 0..4);
    let tombs = prop::collection::vec((0u8..6, 1u32..8, any::<bool>()), 0..3);
    (goals, wins, tombs, 1u32..9).prop_map(|(goals, wins, tombs, day)| {
        let mut wb = Workbook::new(at(2026, 1, day));
        for (id, text, d) in goals {
            wb.goals
                .push(goal(&format!("g{id}"), &format!("t{text}"), at(2026, 2, d)));
        }
        for (id, text, d) in wins {
            wb.journal
                .wins
                .push(win(&format!("w{id}"), &format!("t{text}"), at(2026, 2, d)));
        }
        for (id, d, is_goal) in tombs {
            let key = if is_goal {
                format!("g{id}")
            } else {
                format!("w{id}")
            };
            wb.deleted.insert(key, at(2026, 2, d));
        }
        wb
    })
}

/// The records of a workbook as a set, ignoring order (and duplicates the
/// generator may make, which merge collapses).
fn record_set(wb: &Workbook) -> BTreeMap<String, serde_json::Value> {
    record_index(wb)
}

fn dedupe(mut wb: Workbook) -> Workbook {
    let mut seen = BTreeSet::new();
    wb.goals.retain(|g| seen.insert(g.id.clone()));
    let mut seen = BTreeSet::new();
    wb.journal.wins.retain(|w| seen.insert(w.id.clone()));
    wb
}

/// One edit of a workbook, for checking the key tracker against the full way.
fn apply(wb: &mut Workbook, op: (u8, u8, u8)) {
    let (kind, which, text) = op;
    let t = at(2026, 3, 1 + u32::from(text % 20));
    match kind % 6 {
        0 if !wb.goals.is_empty() => {
            let i = usize::from(which) % wb.goals.len();
            wb.goals.remove(i);
        }
        1 => wb.goals.push(goal(&format!("g{}", which % 8), "new", t)),
        2 if !wb.goals.is_empty() => {
            let i = usize::from(which) % wb.goals.len();
            wb.goals[i].title = format!("edit {text}");
        }
        3 if !wb.journal.wins.is_empty() => {
            let i = usize::from(which) % wb.journal.wins.len();
            wb.journal.wins.remove(i);
        }
        4 => wb
            .journal
            .wins
            .push(win(&format!("w{}", which % 8), "back", t)),
        _ => wb.goals.reverse(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_key_tracker_records_exactly_the_deletions_of_the_full_way(
        a in arb_workbook(),
        ops in prop::collection::vec((any::<u8>(), any::<u8>(), any::<u8>()), 0..12),
        replace_at in 0usize..12,
    ) {
        let mut full = a.clone();
        let mut tracked = a.clone();
        let mut tracker = KeyTracker::default();
        for (n, op) in ops.into_iter().enumerate() {
            let now = at(2026, 4, 1 + u32::try_from(n).unwrap_or(0));
            if n == replace_at {
                // An import replaces the whole workbook behind the tracker's back.
                full.goals.push(goal("imported", "from a file", now));
                tracked.goals.push(goal("imported", "from a file", now));
            }
            let before = record_keys(&full);
            apply(&mut full, op);
            note_deletions(&before, &mut full, now);
            let seen = tracked.clone();
            apply(&mut tracked, op);
            tracker.settle(&seen, &mut tracked, now);
            prop_assert_eq!(&tracked, &full);
        }
    }

    #[test]
    fn merging_a_workbook_with_itself_changes_nothing(a in arb_workbook()) {
        let a = dedupe(a);
        let m = merge(&a, &a);
        // Records a tombstone outranks disappear even from a self-merge: that is
        // the deletion taking effect, not a change by merging.
        let settled = merge(&m, &m);
        prop_assert_eq!(&settled, &m);
        let mut expected = a.clone();
        expected.goals.retain(|g| !buried(g, &a.deleted));
        expected.journal.wins.retain(|w| !buried(w, &a.deleted));
        prop_assert_eq!(m, expected);
    }

    #[test]
    fn merge_is_commutative_on_records(a in arb_workbook(), b in arb_workbook()) {
        let (a, b) = (dedupe(a), dedupe(b));
        prop_assert_eq!(record_set(&merge(&a, &b)), record_set(&merge(&b, &a)));
        prop_assert_eq!(merge(&a, &b).deleted, merge(&b, &a).deleted);
        prop_assert_eq!(merge(&a, &b).profile, merge(&b, &a).profile);
    }

    #[test]
    fn merge_is_associative_on_records(a in arb_workbook(), b in arb_workbook(), c in arb_workbook()) {
        let (a, b, c) = (dedupe(a), dedupe(b), dedupe(c));
        let left = merge(&merge(&a, &b), &c);
        let right = merge(&a, &merge(&b, &c));
        prop_assert_eq!(record_set(&left), record_set(&right));
        prop_assert_eq!(left.deleted, right.deleted);
    }

    #[test]
    fn no_record_is_lost_without_a_newer_tombstone(a in arb_workbook(), b in arb_workbook()) {
        let (a, b) = (dedupe(a), dedupe(b));
        let m = merge(&a, &b);
        let kept = record_keys(&m);
        let tombs = union_tombstones(&a.deleted, &b.deleted);
        for g in a.goals.iter().chain(&b.goals) {
            let buried_later = tombs.get(&g.id).is_some_and(|t| *t >= g.updated_at);
            prop_assert!(kept.contains(&g.id) || buried_later, "lost goal {}", g.id);
            if kept.contains(&g.id) {
                let chosen = m.goals.iter().find(|x| x.id == g.id).unwrap();
                prop_assert!(chosen.updated_at >= g.updated_at);
            }
        }
        for w in a.journal.wins.iter().chain(&b.journal.wins) {
            let buried_later = tombs.get(&w.id).is_some_and(|t| *t >= w.updated_at);
            prop_assert!(kept.contains(&w.id) || buried_later, "lost win {}", w.id);
        }
    }
}
