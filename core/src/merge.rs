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
    outcomes::{OutcomeEvent, Snapshot},
    pitch::Pitch,
    program::AcceptedProgram,
    search::{Application, Contact, Conversation},
    setbacks::Setback,
    stories::Story,
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
    AcceptedProgram,
    Application,
    Contact,
    Conversation,
    Story,
    Pitch,
    Setback,
    OutcomeEvent
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
    pick_by(a, a.stamp(), b, b.stamp())
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
    let (cs, is) = (&current.search, &incoming.search);
    out.search.applications = merge_list(&cs.applications, &is.applications, &deleted);
    out.search.contacts = merge_list(&cs.contacts, &is.contacts, &deleted);
    out.search.conversations = merge_list(&cs.conversations, &is.conversations, &deleted);
    out.stories = merge_list(&current.stories, &incoming.stories, &deleted);
    out.pitches = merge_list(&current.pitches, &incoming.pitches, &deleted);
    out.setbacks = merge_list(&current.setbacks, &incoming.setbacks, &deleted);
    let (co, io) = (&current.outcomes, &incoming.outcomes);
    out.outcomes.start = newer_snapshot(&co.start, &io.start);
    out.outcomes.now = newer_snapshot(&co.now, &io.now);
    out.outcomes.events = merge_list(&co.events, &io.events, &deleted);
    out.deleted = deleted;
    out
}

/// The later of two versions of a snapshot (either may be missing).
fn newer_snapshot(a: &Option<Snapshot>, b: &Option<Snapshot>) -> Option<Snapshot> {
    match (a, b) {
        (Some(x), Some(y)) => Some(pick_by(x, x.updated_at, y, y.updated_at).clone()),
        (x, y) => x.clone().or_else(|| y.clone()),
    }
}

/// Every record in the workbook by key, with its content, for previews and deletion
/// tracking.
fn record_index(wb: &Workbook) -> BTreeMap<String, serde_json::Value> {
    fn add<T: Record>(map: &mut BTreeMap<String, serde_json::Value>, items: &[T]) {
        for r in items {
            map.entry(r.key())
                .or_insert_with(|| crate::sync::doc::to_value(r));
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
    add(&mut map, &wb.search.applications);
    add(&mut map, &wb.search.contacts);
    add(&mut map, &wb.search.conversations);
    add(&mut map, &wb.stories);
    add(&mut map, &wb.pitches);
    add(&mut map, &wb.setbacks);
    add(&mut map, &wb.outcomes.events);
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
    keys.extend(wb.search.applications.iter().map(Record::key));
    keys.extend(wb.search.contacts.iter().map(Record::key));
    keys.extend(wb.search.conversations.iter().map(Record::key));
    keys.extend(wb.stories.iter().map(Record::key));
    keys.extend(wb.pitches.iter().map(Record::key));
    keys.extend(wb.setbacks.iter().map(Record::key));
    keys.extend(wb.outcomes.events.iter().map(Record::key));
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
    part(9, &mut wb.programs.iter().map(|r| r.id.as_str()));
    let search = &wb.search;
    part(10, &mut search.applications.iter().map(|r| r.id.as_str()));
    part(11, &mut search.contacts.iter().map(|r| r.id.as_str()));
    part(12, &mut search.conversations.iter().map(|r| r.id.as_str()));
    part(13, &mut wb.stories.iter().map(|r| r.id.as_str()));
    part(20, &mut wb.pitches.iter().map(|r| r.id.as_str()));
    part(14, &mut wb.setbacks.iter().map(|r| r.id.as_str()));
    part(15, &mut wb.outcomes.events.iter().map(|r| r.id.as_str()));
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
    /// Records tombstones for the records `before` had and `wb` (the same workbook after
    /// a change) no longer has.
    pub fn settle(&mut self, before: &Workbook, wb: &mut Workbook, now: DateTime<Utc>) {
        let before_fp = key_fingerprint(before);
        let keys = match self.known.take() {
            // The keys we know are this state's: only a change of keys costs more.
            Some((fp, keys)) if fp == before_fp => {
                if key_fingerprint(wb) == before_fp {
                    self.known = Some((before_fp, keys));
                    return;
                }
                keys
            }
            // A state we haven't seen (start, an import, another tab): the full way.
            _ => record_keys(before),
        };
        let now_keys = record_keys(wb);
        settle_deletions(&keys, &now_keys, wb, now);
        self.known = Some((key_fingerprint(wb), now_keys));
    }
}

#[cfg(test)]
mod tests;
