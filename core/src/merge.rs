//! Merging two workbooks record by record: the newer `updated_at` wins for the same
//! record, deletions travel as tombstones so a merge never brings back what was
//! deleted later, and nothing present in either side is lost otherwise.
//! Used by import (merge mode) and by two tabs editing the same workbook.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::{
    checkins::{CheckIn, Commitment},
    discover::{InstrumentResult, Session},
    goals::{GapMap, Goal},
    journal::{SessionNote, Win},
    program::AcceptedProgram,
    Workbook,
};

/// Deleted record keys and when they were deleted.
pub type Tombstones = BTreeMap<String, DateTime<Utc>>;

/// Anything merged as a whole: a stable key and the time it last changed.
trait Record: Clone + PartialEq + Serialize {
    fn key(&self) -> String;
    fn stamp(&self) -> DateTime<Utc>;
}

macro_rules! id_record {
    ($($t:ty),*) => {$(
        impl Record for $t {
            fn key(&self) -> String { self.id.clone() }
            fn stamp(&self) -> DateTime<Utc> { self.updated_at }
        }
    )*};
}
id_record!(
    Goal,
    GapMap,
    CheckIn,
    Commitment,
    Win,
    SessionNote,
    AcceptedProgram
);

impl Record for InstrumentResult {
    fn key(&self) -> String {
        result_key(&self.instrument, self.taken_at)
    }
    fn stamp(&self) -> DateTime<Utc> {
        self.taken_at
    }
}

/// A session is keyed by its instrument.
#[derive(Clone, PartialEq, Serialize)]
struct KeyedSession(String, Session);

impl Record for KeyedSession {
    fn key(&self) -> String {
        session_key(&self.0)
    }
    fn stamp(&self) -> DateTime<Utc> {
        self.1.updated_at.or(self.1.started_at).unwrap_or_default()
    }
}

/// The tombstone key of a discovery result.
pub fn result_key(instrument: &str, taken_at: DateTime<Utc>) -> String {
    format!("result:{instrument}:{}", taken_at.to_rfc3339())
}

/// The tombstone key of an unfinished discovery session.
pub fn session_key(instrument: &str) -> String {
    format!("session:{instrument}")
}

/// A total order on two versions of one record: newer stamp first, then (for equal
/// stamps) a stable comparison of their content, so merging is commutative.
fn newer<'a, T: Record>(a: &'a T, b: &'a T) -> &'a T {
    match a.stamp().cmp(&b.stamp()) {
        Ordering::Greater => a,
        Ordering::Less => b,
        Ordering::Equal if a == b => a,
        Ordering::Equal => {
            let sa = serde_json::to_string(a).unwrap_or_default();
            let sb = serde_json::to_string(b).unwrap_or_default();
            if sa >= sb {
                a
            } else {
                b
            }
        }
    }
}

fn buried<T: Record>(record: &T, deleted: &Tombstones) -> bool {
    deleted
        .get(&record.key())
        .is_some_and(|at| *at >= record.stamp())
}

/// Merges two lists of records: `a`'s order first, then records only `b` has.
fn merge_list<T: Record>(a: &[T], b: &[T], deleted: &Tombstones) -> Vec<T> {
    let mut in_b: HashMap<String, &T> = HashMap::with_capacity(b.len());
    for r in b {
        in_b.entry(r.key()).or_insert(r);
    }
    let mut seen = BTreeSet::new();
    let mut out = Vec::with_capacity(a.len().max(b.len()));
    for r in a {
        let key = r.key();
        if !seen.insert(key.clone()) {
            continue;
        }
        let chosen = match in_b.get(&key) {
            Some(other) => newer(r, other),
            None => r,
        };
        if !buried(chosen, deleted) {
            out.push(chosen.clone());
        }
    }
    for r in b {
        let key = r.key();
        if seen.insert(key) && !buried(r, deleted) {
            out.push(r.clone());
        }
    }
    out
}

fn union_tombstones(a: &Tombstones, b: &Tombstones) -> Tombstones {
    let mut out = a.clone();
    for (k, at) in b {
        let entry = out.entry(k.clone()).or_insert(*at);
        if *at > *entry {
            *entry = *at;
        }
    }
    out
}

fn pick_by<'a, T: Serialize + PartialEq>(
    a: &'a T,
    a_at: DateTime<Utc>,
    b: &'a T,
    b_at: DateTime<Utc>,
) -> &'a T {
    match a_at.cmp(&b_at) {
        Ordering::Greater => a,
        Ordering::Less => b,
        Ordering::Equal if a == b => a,
        Ordering::Equal => {
            let sa = serde_json::to_string(a).unwrap_or_default();
            let sb = serde_json::to_string(b).unwrap_or_default();
            if sa >= sb {
                a
            } else {
                b
            }
        }
    }
}

/// Merges `incoming` into `current`. Neither input is changed.
pub fn merge(current: &Workbook, incoming: &Workbook) -> Workbook {
    let deleted = union_tombstones(&current.deleted, &incoming.deleted);
    let mut out = current.clone();
    out.schema_version = current.schema_version.max(incoming.schema_version);
    out.created_at = current.created_at.min(incoming.created_at);
    out.updated_at = current.updated_at.max(incoming.updated_at);
    out.profile = pick_by(
        &current.profile,
        current.updated_at,
        &incoming.profile,
        incoming.updated_at,
    )
    .clone();
    out.goals = merge_list(&current.goals, &incoming.goals, &deleted);
    out.gap_maps = merge_list(&current.gap_maps, &incoming.gap_maps, &deleted);

    // Discovery: sessions by instrument, results by instrument and time.
    let sessions = |wb: &Workbook| -> Vec<KeyedSession> {
        wb.discovery
            .sessions
            .iter()
            .map(|(k, s)| KeyedSession(k.clone(), s.clone()))
            .collect()
    };
    out.discovery.sessions = merge_list(&sessions(current), &sessions(incoming), &deleted)
        .into_iter()
        .map(|KeyedSession(k, s)| (k, s))
        .collect();
    let instruments: BTreeSet<&String> = current
        .discovery
        .results
        .keys()
        .chain(incoming.discovery.results.keys())
        .collect();
    let empty = Vec::new();
    out.discovery.results = instruments
        .into_iter()
        .filter_map(|inst| {
            let a = current.discovery.results.get(inst).unwrap_or(&empty);
            let b = incoming.discovery.results.get(inst).unwrap_or(&empty);
            let mut merged = merge_list(a, b, &deleted);
            crate::sort::sort_by_key(&mut merged, |r| r.taken_at);
            (!merged.is_empty()).then(|| (inst.clone(), merged))
        })
        .collect();

    // Accountability: the newer plan change wins as a whole.
    let (ca, ia) = (&current.checkins, &incoming.checkins);
    let (plan_a, plan_b) = ((&ca.plan, &ca.earlier_plans), (&ia.plan, &ia.earlier_plans));
    let plan = pick_by(&plan_a, ca.plan_changed_at, &plan_b, ia.plan_changed_at);
    out.checkins.plan = *plan.0;
    out.checkins.earlier_plans = plan.1.clone();
    out.checkins.plan_changed_at = ca.plan_changed_at.max(ia.plan_changed_at);
    out.checkins.checkins = merge_list(&ca.checkins, &ia.checkins, &deleted);
    out.checkins.commitments = merge_list(&ca.commitments, &ia.commitments, &deleted);
    out.journal.wins = merge_list(&current.journal.wins, &incoming.journal.wins, &deleted);
    out.journal.sessions = merge_list(
        &current.journal.sessions,
        &incoming.journal.sessions,
        &deleted,
    );
    out.programs = merge_list(&current.programs, &incoming.programs, &deleted);
    out.deleted = deleted;
    out
}

/// Every record in the workbook by key, with its content, for previews and deletion
/// tracking.
fn record_index(wb: &Workbook) -> BTreeMap<String, serde_json::Value> {
    fn add<T: Record>(map: &mut BTreeMap<String, serde_json::Value>, items: &[T]) {
        for r in items {
            map.entry(r.key())
                .or_insert_with(|| serde_json::to_value(r).unwrap_or_default());
        }
    }
    let mut map = BTreeMap::new();
    add(&mut map, &wb.goals);
    add(&mut map, &wb.gap_maps);
    add(&mut map, &wb.checkins.checkins);
    add(&mut map, &wb.checkins.commitments);
    add(&mut map, &wb.journal.wins);
    add(&mut map, &wb.journal.sessions);
    add(&mut map, &wb.programs);
    for list in wb.discovery.results.values() {
        add(&mut map, list);
    }
    let sessions: Vec<KeyedSession> = wb
        .discovery
        .sessions
        .iter()
        .map(|(k, s)| KeyedSession(k.clone(), s.clone()))
        .collect();
    add(&mut map, &sessions);
    map
}

/// What a merge would do to the current workbook, in counts of records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergePreview {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub unchanged: usize,
}

impl MergePreview {
    /// True when merging would change nothing.
    pub fn is_noop(&self) -> bool {
        self.added == 0 && self.updated == 0 && self.removed == 0
    }
}

/// Compares the current workbook with the result of a merge.
pub fn preview(current: &Workbook, merged: &Workbook) -> MergePreview {
    let before = record_index(current);
    let after = record_index(merged);
    let mut p = MergePreview::default();
    for (k, v) in &after {
        match before.get(k) {
            None => p.added += 1,
            Some(old) if old != v => p.updated += 1,
            Some(_) => p.unchanged += 1,
        }
    }
    p.removed = before.keys().filter(|k| !after.contains_key(*k)).count();
    if current.profile != merged.profile {
        p.updated += 1;
    }
    p
}

/// Keys of every record, to notice deletions across a change.
pub fn record_keys(wb: &Workbook) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    keys.extend(wb.goals.iter().map(Record::key));
    keys.extend(wb.gap_maps.iter().map(Record::key));
    keys.extend(wb.checkins.checkins.iter().map(Record::key));
    keys.extend(wb.checkins.commitments.iter().map(Record::key));
    keys.extend(wb.journal.wins.iter().map(Record::key));
    keys.extend(wb.journal.sessions.iter().map(Record::key));
    keys.extend(wb.programs.iter().map(Record::key));
    for list in wb.discovery.results.values() {
        keys.extend(list.iter().map(Record::key));
    }
    keys.extend(wb.discovery.sessions.keys().map(|k| session_key(k)));
    keys
}

/// After a change, records a tombstone for every key that disappeared and lifts the
/// tombstone of any key that came back (an undo).
pub fn note_deletions(before: &BTreeSet<String>, wb: &mut Workbook, now: DateTime<Utc>) {
    let after = record_keys(wb);
    settle_deletions(before, &after, wb, now);
}

fn settle_deletions(
    before: &BTreeSet<String>,
    after: &BTreeSet<String>,
    wb: &mut Workbook,
    now: DateTime<Utc>,
) {
    for gone in before.difference(after) {
        wb.deleted.insert(gone.clone(), now);
    }
    if !wb.deleted.is_empty() {
        wb.deleted.retain(|k, _| !after.contains(k));
    }
}

/// A cheap fingerprint of every record key, in order (no allocation): equal before and
/// after a change means no record was added, removed or reordered.
pub fn key_fingerprint(wb: &Workbook) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let mut part = |tag: u8, ids: &mut dyn Iterator<Item = &str>| {
        tag.hash(&mut h);
        for id in ids {
            id.hash(&mut h);
        }
    };
    part(1, &mut wb.goals.iter().map(|r| r.id.as_str()));
    part(2, &mut wb.gap_maps.iter().map(|r| r.id.as_str()));
    part(3, &mut wb.checkins.checkins.iter().map(|r| r.id.as_str()));
    part(
        4,
        &mut wb.checkins.commitments.iter().map(|r| r.id.as_str()),
    );
    part(5, &mut wb.journal.wins.iter().map(|r| r.id.as_str()));
    part(6, &mut wb.journal.sessions.iter().map(|r| r.id.as_str()));
    part(7, &mut wb.discovery.sessions.keys().map(String::as_str));
    8u8.hash(&mut h);
    for (instrument, list) in &wb.discovery.results {
        instrument.hash(&mut h);
        for r in list {
            r.instrument.hash(&mut h);
            r.taken_at.hash(&mut h);
        }
    }
    h.finish()
}

/// Deletion bookkeeping for a stream of changes to one workbook, at the cost of two
/// fingerprints per change when no record comes or goes (the usual edit), instead of
/// building every key twice. Gives exactly the tombstones of
/// [`record_keys`] + [`note_deletions`].
#[derive(Debug, Default, Clone)]
pub struct KeyTracker {
    known: Option<(u64, BTreeSet<String>)>,
}

impl KeyTracker {
    /// Runs `change` on `wb` and records tombstones for the records it removed.
    pub fn change<R>(
        &mut self,
        wb: &mut Workbook,
        now: DateTime<Utc>,
        change: impl FnOnce(&mut Workbook) -> R,
    ) -> R {
        let before = key_fingerprint(wb);
        match self.known.take() {
            // The keys we know are this state's: only a change of keys costs more.
            Some((fp, keys)) if fp == before => {
                let out = change(wb);
                let after = key_fingerprint(wb);
                if after == before {
                    self.known = Some((before, keys));
                } else {
                    let now_keys = record_keys(wb);
                    settle_deletions(&keys, &now_keys, wb, now);
                    self.known = Some((after, now_keys));
                }
                out
            }
            // A state we haven't seen (start, an import, another tab): the full way.
            _ => {
                let keys = record_keys(wb);
                let out = change(wb);
                let now_keys = record_keys(wb);
                settle_deletions(&keys, &now_keys, wb, now);
                self.known = Some((key_fingerprint(wb), now_keys));
                out
            }
        }
    }
}

#[cfg(test)]
mod tests {
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
                tracker.change(&mut tracked, now, |wb| apply(wb, op));
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
}
