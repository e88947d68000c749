//! One tab's view of the workbook as a stream of stamped changes: the changes it makes,
//! the changes other tabs make (from their logs), and the folded copy that is stored.
//! Every tab ends up with the same workbook: a field holds the value of the change with
//! the latest stamp, whatever order the changes arrived in.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::doc;
use super::hlc::{Clock, Stamp};
use super::path::{Edit, Path};
use crate::Workbook;

/// Changes younger than this stay in the stored tail and in their tab's log, so a change
/// that reaches a tab late can still be put in its place; older ones are folded.
pub const HORIZON_MS: u64 = 5 * 60 * 1000;
/// The most changes kept in the tail, however young.
pub const MAX_TAIL: usize = 2000;

/// One field-level change, stamped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "WireChange", into = "WireChange")]
pub struct Change {
    pub at: Stamp,
    pub path: Path,
    pub edit: Edit,
}

/// The stored form of a change: `{"s": stamp, "p": path, "v": value}` or `"rm": true`.
#[derive(Serialize, Deserialize)]
struct WireChange {
    s: Stamp,
    p: Path,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    v: Value,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    rm: bool,
}

impl From<WireChange> for Change {
    fn from(w: WireChange) -> Change {
        Change {
            at: w.s,
            path: w.p,
            edit: if w.rm { Edit::Remove } else { Edit::Set(w.v) },
        }
    }
}

impl From<Change> for WireChange {
    fn from(c: Change) -> WireChange {
        let (v, rm) = match c.edit {
            Edit::Set(v) => (v, false),
            Edit::Remove => (Value::Null, true),
        };
        WireChange {
            s: c.at,
            p: c.path,
            v,
            rm,
        }
    }
}

/// A line of descent of the workbook. Replacing the workbook starts a new one; changes
/// made in an older one are not merged into it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lineage {
    pub id: String,
    pub at: Stamp,
}

impl Lineage {
    /// The lineage of a workbook saved before lineages existed.
    pub fn root() -> Lineage {
        Lineage {
            id: "root".into(),
            at: Stamp::zero(),
        }
    }

    /// Whether `other` replaced this one (it was started later).
    pub fn is_replaced_by(&self, other: &Lineage) -> bool {
        (&other.at, &other.id) > (&self.at, &self.id)
    }
}

impl Default for Lineage {
    fn default() -> Self {
        Lineage::root()
    }
}

/// One tab's recent changes, written at once after every change (`waymark.log.<node>`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Log {
    pub node: String,
    pub lineage: String,
    pub schema: u32,
    /// Wall time of the write, to tell a closed tab's log from a quiet one.
    pub written_ms: u64,
    pub changes: Vec<Change>,
}

/// Stored with the workbook (never exported): its lineage, the newest change folded
/// from each tab, and the recent changes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SyncState {
    pub lineage: Lineage,
    #[serde(default)]
    pub folded: BTreeMap<String, Stamp>,
    #[serde(default)]
    pub tail: Vec<Change>,
}

/// What taking in changes did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Taken {
    /// Changes that were new here.
    pub new: usize,
    /// Whether the workbook changed.
    pub changed: bool,
}

/// A tab's replica: the folded base, the recent changes on top of it, its clock and its
/// own log. The current workbook itself lives with the caller (the app's signal).
#[derive(Debug, Clone)]
pub struct Replica {
    clock: Clock,
    lineage: Lineage,
    /// The workbook with every change before the tail applied (and, after a load, the
    /// tail too: replaying it again changes nothing), except those in `unapplied`.
    base: Workbook,
    /// Changes folded out of the tail but not yet applied to `base`, oldest first. The
    /// base is only read to replay the tail when a late change arrives, so the fold (which
    /// runs as the page is hidden, and must stay small and quick) only moves them here;
    /// [`Replica::take`] applies them before it replays. Keeps the code that turns a JSON
    /// value back into a record off the path that saves.
    unapplied: Vec<Change>,
    /// Recent changes from every tab, oldest first.
    tail: Vec<Change>,
    /// The newest change taken in from each tab.
    seen: BTreeMap<String, Stamp>,
    /// This tab's own changes not yet older than the horizon: its log.
    own: Vec<Change>,
}

impl Replica {
    /// Starts from the stored workbook and its sync state. Logs are taken in afterwards.
    pub fn start(node: &str, stored: &Workbook, state: SyncState, now_ms: u64) -> Replica {
        let mut clock = Clock::new(node);
        for at in state.folded.values() {
            clock.observe(at, now_ms);
        }
        clock.observe(&stamp_of_time(stored.updated_at), now_ms);
        Replica {
            clock,
            lineage: state.lineage,
            base: stored.clone(),
            unapplied: Vec::new(),
            tail: state.tail,
            seen: state.folded,
            own: Vec::new(),
        }
    }

    pub fn node(&self) -> &str {
        self.clock.node()
    }

    pub fn lineage(&self) -> &Lineage {
        &self.lineage
    }

    /// The time to stamp records with: the wall clock, unless a later stamp was seen.
    pub fn now(&mut self, now_ms: u64) -> DateTime<Utc> {
        self.clock.now(now_ms)
    }

    /// The wall-time part of the latest stamp made or seen here.
    pub fn clock_ms(&self) -> u64 {
        self.clock.last_ms()
    }

    /// Takes note of a time seen elsewhere (an imported file's last change), so edits
    /// made here afterwards are stamped later.
    pub fn observe_time(&mut self, seen: DateTime<Utc>, now_ms: u64) {
        self.clock.observe(&stamp_of_time(seen), now_ms);
    }

    /// Records a change this tab made (`before` → `after`); returns how many field
    /// changes it was.
    pub fn record(&mut self, before: &Workbook, after: &Workbook, now_ms: u64) -> usize {
        let edits = doc::diff(before, after);
        for (path, edit) in &edits {
            let at = self.clock.tick(now_ms);
            self.seen.insert(at.node.clone(), at.clone());
            let change = Change {
                at,
                path: path.clone(),
                edit: edit.clone(),
            };
            self.tail.push(change.clone());
            self.own.push(change);
        }
        edits.len()
    }

    /// This tab's log as it should be stored now.
    pub fn log(&self, now_ms: u64) -> Log {
        Log {
            node: self.node().to_string(),
            lineage: self.lineage.id.clone(),
            schema: crate::schema::CURRENT_VERSION,
            written_ms: now_ms,
            changes: self.own.clone(),
        }
    }

    /// Takes in another tab's log: its changes not seen yet are put in stamp order with
    /// the others and `current` is brought up to date. Logs of another lineage (an
    /// older or a newer replace) or of a newer build are not taken.
    pub fn receive(&mut self, current: &mut Workbook, log: &Log, now_ms: u64) -> Taken {
        if log.node == self.node()
            || log.lineage != self.lineage.id
            || log.schema > crate::schema::CURRENT_VERSION
        {
            return Taken::default();
        }
        let from = self.seen.get(&log.node).cloned();
        let fresh = log
            .changes
            .iter()
            .filter(|c| from.as_ref().is_none_or(|f| c.at > *f))
            .cloned()
            .collect();
        self.take(current, fresh, now_ms)
    }

    /// Takes in the changes of a stored tail (written by another tab) that are new here.
    pub fn receive_tail(
        &mut self,
        current: &mut Workbook,
        state: &SyncState,
        now_ms: u64,
    ) -> Taken {
        if state.lineage != self.lineage {
            return Taken::default();
        }
        let fresh = state
            .tail
            .iter()
            .filter(|c| self.seen.get(&c.at.node).is_none_or(|f| c.at > *f))
            .cloned()
            .collect();
        self.take(current, fresh, now_ms)
    }

    fn take(&mut self, current: &mut Workbook, mut fresh: Vec<Change>, now_ms: u64) -> Taken {
        crate::sort::sort_by(&mut fresh, |a, b| a.at.cmp(&b.at));
        fresh.dedup_by(|a, b| a.at == b.at);
        let mut taken = Taken::default();
        let mut late = false;
        for change in fresh {
            self.clock.observe(&change.at, now_ms);
            let newest = self
                .seen
                .entry(change.at.node.clone())
                .or_insert_with(Stamp::zero);
            if change.at > *newest {
                *newest = change.at.clone();
            }
            match self.tail.binary_search_by(|t| t.at.cmp(&change.at)) {
                Ok(_) => continue,
                Err(i) if i < self.tail.len() => {
                    late = true;
                    self.tail.insert(i, change);
                }
                Err(_) => {
                    if !late {
                        taken.changed |= doc::apply(current, &change.path, &change.edit);
                    }
                    self.tail.push(change);
                }
            }
            taken.new += 1;
        }
        if late {
            // A change from before others already applied: replay in stamp order.
            self.settle_base();
            let mut rebuilt = self.base.clone();
            for c in &self.tail {
                doc::apply(&mut rebuilt, &c.path, &c.edit);
            }
            taken.changed |= rebuilt != *current;
            *current = rebuilt;
        }
        taken
    }

    /// Applies the changes folded since the base was last brought up to date.
    pub fn settle_base(&mut self) {
        for c in self.unapplied.drain(..) {
            doc::apply(&mut self.base, &c.path, &c.edit);
        }
    }

    /// How many folded changes wait to be applied to the base ([`Replica::settle_base`]).
    pub fn unsettled(&self) -> usize {
        self.unapplied.len()
    }

    /// The sync state to store with the workbook: changes older than the horizon (or
    /// beyond the tail's size) are folded into the base first. Age is measured on this
    /// tab's clock, which has seen every stamp it took in, so a device whose clock runs
    /// fast or slow cannot make a change fold before the tabs had time to hear of it.
    pub fn fold(&mut self) -> SyncState {
        let cutoff = self.fold_cutoff_ms();
        let old = self
            .tail
            .iter()
            .take_while(|c| c.at.ms < cutoff)
            .count()
            .max(self.tail.len().saturating_sub(MAX_TAIL));
        self.unapplied.extend(self.tail.drain(..old));
        SyncState {
            lineage: self.lineage.clone(),
            folded: self.seen.clone(),
            tail: self.tail.clone(),
        }
    }

    /// Changes stamped before this are folded: a horizon before the slowest clock among
    /// the tabs heard from within the horizon (this one included), so a tab whose clock
    /// runs ahead does not fold what a slower tab may still be writing before.
    fn fold_cutoff_ms(&self) -> u64 {
        let last = self.clock.last_ms();
        let slowest = self
            .seen
            .values()
            .map(|s| s.ms)
            .filter(|ms| ms.saturating_add(HORIZON_MS) >= last)
            .min()
            .unwrap_or(last);
        slowest.saturating_sub(HORIZON_MS)
    }

    /// After the workbook was stored: this tab's log keeps only changes younger than
    /// the horizon. Returns whether the log got shorter.
    pub fn trim_log(&mut self) -> bool {
        let cutoff = self.fold_cutoff_ms();
        let before = self.own.len();
        self.own.retain(|c| c.at.ms >= cutoff);
        self.own.len() != before
    }

    /// Whether another tab's log can be removed: its tab wrote nothing for longer than
    /// the horizon and every change in it was taken in here (and so stored).
    pub fn log_is_spent(&self, log: &Log, now_ms: u64) -> bool {
        log.node != self.node()
            && log.written_ms.saturating_add(HORIZON_MS) < now_ms
            && (log.lineage != self.lineage.id
                || log
                    .changes
                    .iter()
                    .all(|c| self.seen.get(&c.at.node).is_some_and(|s| c.at <= *s)))
    }

    /// Starts a new lineage with `workbook` (a replace, or undoing one).
    pub fn replace(&mut self, workbook: &Workbook, now_ms: u64) -> Lineage {
        let at = self.clock.tick(now_ms);
        self.lineage = Lineage {
            id: format!("{}-{}", at.node, at.ms),
            at,
        };
        self.base = workbook.clone();
        self.unapplied.clear();
        self.tail.clear();
        self.own.clear();
        self.seen.clear();
        self.lineage.clone()
    }

    /// Adopts a stored workbook of a newer lineage (another tab replaced it). Changes
    /// this tab made in the old lineage are dropped: replace means replace.
    pub fn adopt(&mut self, stored: &Workbook, state: SyncState, now_ms: u64) -> bool {
        if !self.lineage.is_replaced_by(&state.lineage) {
            return false;
        }
        let mut next = Replica::start(self.node(), stored, state, now_ms);
        // Everything this tab's clock saw still counts: its next change comes after.
        next.clock.observe(&self.clock.tick(now_ms), now_ms);
        *self = next;
        true
    }
}

/// A stamp at a record time, below every real change made at that millisecond.
fn stamp_of_time(t: DateTime<Utc>) -> Stamp {
    Stamp {
        ms: t.timestamp_millis().max(0) as u64,
        counter: 0,
        node: String::new(),
    }
}
