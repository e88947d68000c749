//! The app's reactive state: the workbook signal every page reads and writes, the
//! notices about storage, and how a change becomes durable. Every change is written at
//! once, as small field-level changes, to this tab's log (so a tab killed right after
//! a click loses nothing); other tabs take those changes in from their storage events;
//! the whole workbook is folded into storage in idle time. See `tabs.rs`.

use std::time::Duration;

use chrono::{DateTime, Utc};

use leptos::prelude::*;
use waymark_core::{
    merge,
    sync::{Replica, SyncState},
    Workbook,
};

use super::{clock, storage};

pub(super) const CANNOT_SAVE: &str = "Changes can't be saved on this device right now. Download a backup from the Data page to keep them.";
/// Something is stored, but the part of Waymark that reads it did not arrive.
const NOT_LOADED: &str = "Part of Waymark didn't arrive (the connection may have dropped), so it can't open what is saved here yet. Nothing saved here has been changed, and nothing you do on this page will be saved: reload the page to open your workbook.";
/// A backup was asked for, but the part of Waymark that writes files did not arrive.
const NO_WRITER_FOR_BACKUP: &str = "The part of Waymark that writes the backup file didn't arrive (the connection may have dropped). Keep this tab open and try again in a moment: everything you see here is still in this tab.";
pub(super) const NEWER_AT_START: &str = "Your workbook was saved by a newer version of Waymark, so this version won't save over it. Open the newer version to carry on; anything you change here needs a downloaded backup to be kept.";

/// What went wrong reading stored data at start-up, for the banner.
#[derive(Debug, Clone)]
pub struct LoadProblem {
    pub reason: String,
    pub raw: String,
    pub recovered: bool,
    pub kept_aside: bool,
}

/// What "Undo" on the Data page puts back.
#[derive(Debug, Clone)]
pub enum BeforeImport {
    /// The workbook before a merge: undoing is a change like any other (newer, so it
    /// wins in every tab).
    Merged(Box<Workbook>),
    /// The workbook before a replace: undoing replaces again.
    Replaced(Box<Workbook>),
}

/// Everything the pages share. Cheap to copy; provided as context by `App`.
#[derive(Clone, Copy)]
pub struct AppState {
    pub workbook: RwSignal<Workbook>,
    pub load_problem: RwSignal<Option<LoadProblem>>,
    pub save_error: RwSignal<Option<String>>,
    /// The workbook as it was before the last import, for one undo.
    pub before_import: RwSignal<Option<BeforeImport>>,
    /// A short, polite status message ("Saved", "Import undone").
    pub notice: RwSignal<Option<String>>,
    /// The page a notice is about, when it speaks of something on that page ("You can
    /// undo this below"): it shows only there.
    pub notice_page: RwSignal<Option<String>>,
    /// Something about the stored workbook worth reading at start (ids repaired),
    /// shown until dismissed.
    pub start_note: RwSignal<Option<String>>,
    /// When a backup was last downloaded on this device.
    pub last_backup: RwSignal<Option<chrono::DateTime<chrono::Utc>>>,
    /// Changes made here that storage has not taken yet (it is full): closing the tab
    /// asks first, and saving is retried.
    pub undurable: RwSignal<bool>,
    /// The site's storage is nearly full (from 80 %): saving may soon fail.
    pub storage_low: RwSignal<bool>,
    /// Counts this tab's writes to storage (the workbook or its log), so what reads how
    /// much room Waymark takes reads it again once a write has landed.
    pub stored: RwSignal<u64>,
    pub(super) replica: StoredValue<Replica>,
    pub(super) pending_fold: StoredValue<Option<TimeoutHandle>>,
    /// The stored workbook is behind this tab's (a fold is due), and a count of changes
    /// so that a fold scheduled for an older change stands down for a newer one.
    pub(super) fold_due: StoredValue<bool>,
    pub(super) change_count: StoredValue<u64>,
    pub(super) saving_enabled: StoredValue<bool>,
    /// Whether this tab has yet to check, once, how much room the browser gives.
    pub(super) tidy_logs: StoredValue<bool>,
    keys: StoredValue<merge::KeyTracker>,
    /// The workbook before the first change made while the writer was on its way: those
    /// changes are recorded together once it is here (closing the tab asks first).
    pub(super) unwritten: StoredValue<Option<Workbook>>,
    /// This tab's log waits for the writer to be written.
    pub(super) log_due: StoredValue<bool>,
}

impl AppState {
    /// Whether this tab still keeps half-written forms (and the tops of pages seen) on
    /// this device: not once the workbook was removed from this browser (or taken over
    /// by a newer version), here or in another tab.
    pub fn keeps_drafts(&self) -> bool {
        self.saving_enabled.get_value()
    }
}

/// A fresh id for this tab: its changes' stamps and its log's key carry it.
fn tab_id() -> String {
    let random = (js_sys::Math::random() * u32::MAX as f64) as u32;
    format!("{:x}{random:08x}", clock::wall_ms() % 0xffff)
}

impl AppState {
    /// Loads the workbook and every tab's log from localStorage and starts saving,
    /// from what [`storage::read_raw`] and [`storage::parse_raw`] found (`None`:
    /// the browser offers no storage), read in earlier tasks; if another tab saved the
    /// workbook since, it is read again here.
    pub fn start_from_read(read: Option<(storage::Stored, storage::LoadOutcome)>) -> Self {
        let outcome = read.map(|(stored, outcome)| match storage::local_storage() {
            Some(store)
                if !matches!(outcome, storage::LoadOutcome::NotLoaded)
                    && !storage::still_stored(&store, &stored) =>
            {
                super::reader::whole(&store).unwrap_or(storage::LoadOutcome::NotLoaded)
            }
            _ => outcome,
        });
        Self::start_from(outcome)
    }

    fn start_from(outcome: Option<storage::LoadOutcome>) -> Self {
        let now = clock::now();
        let mut problem = None;
        let mut saving_enabled = true;
        // Not saving because the reader did not arrive: the load banner says it all (a
        // backup now would hold an empty workbook, not theirs).
        let mut not_loaded = false;
        let mut blocked_because = None;
        let mut notice = None;
        let mut fold_due = false;
        let loaded = match outcome {
            None => {
                saving_enabled = false;
                problem = Some(LoadProblem {
                    reason: "This browser isn't letting Waymark save anything on this device (this can happen in private windows). You can still work here, but download a backup before you close the tab.".into(),
                    raw: String::new(),
                    recovered: false,
                    kept_aside: false,
                });
                None
            }
            Some(outcome) => match outcome {
                storage::LoadOutcome::Fresh => None,
                storage::LoadOutcome::Loaded(loaded, last_good) => {
                    // Once the first page is drawn and has settled: the browser is
                    // idle between start-up's tasks too, and copying five years of
                    // text then would hold up the first page.
                    leptos::prelude::set_timeout(
                        move || {
                            super::idle::when_idle(
                                move || {
                                    if let Some(store) = storage::local_storage() {
                                        wasm_bindgen_futures::spawn_local(last_good.keep(store));
                                    }
                                },
                                std::time::Duration::from_secs(4),
                            )
                        },
                        std::time::Duration::from_secs(2),
                    );
                    Some(*loaded)
                }
                storage::LoadOutcome::NoStorage => {
                    saving_enabled = false;
                    None
                }
                storage::LoadOutcome::NotLoaded => {
                    // Nothing is written until a reload has read what is stored.
                    saving_enabled = false;
                    not_loaded = true;
                    problem = Some(LoadProblem {
                        reason: NOT_LOADED.into(),
                        raw: String::new(),
                        recovered: false,
                        kept_aside: false,
                    });
                    None
                }
                storage::LoadOutcome::Unreadable(u) => {
                    // Never write over text that could not be copied aside, nor over a
                    // newer build's workbook (it may be opened again by that build).
                    saving_enabled = u.kept_key.is_some() && !u.newer;
                    if u.newer {
                        blocked_because = Some(NEWER_AT_START);
                    }
                    problem = Some(LoadProblem {
                        reason: u.reason.clone(),
                        raw: u.raw.clone(),
                        recovered: u.recovered.is_some(),
                        kept_aside: u.kept_key.is_some(),
                    });
                    u.recovered
                }
            },
        };
        let (mut workbook, sync) = match loaded {
            Some(l) => {
                if l.repaired_ids > 0 {
                    fold_due = true;
                    notice = Some(repaired_message(l.repaired_ids));
                }
                (l.workbook, l.sync)
            }
            None => (Workbook::new(now), SyncState::default()),
        };
        let mut replica = Replica::start(&tab_id(), &workbook, sync, clock::wall_ms());
        // Changes other tabs logged but did not fold yet (one may have been closed, or
        // killed, right after a change): take them in now.
        if saving_enabled {
            if let Some(store) = storage::local_storage() {
                for log in super::reader::logs(&store).unwrap_or_default() {
                    let taken =
                        super::reader::receive(&mut replica, &mut workbook, &log, clock::wall_ms())
                            .unwrap_or_default();
                    fold_due |= taken.new > 0;
                }
            }
        }
        clock::raise_floor(replica.clock_ms());
        let state = AppState {
            workbook: RwSignal::new(workbook),
            load_problem: RwSignal::new(problem),
            save_error: RwSignal::new(if saving_enabled || not_loaded {
                None
            } else {
                Some(blocked_because.unwrap_or(CANNOT_SAVE).into())
            }),
            before_import: RwSignal::new(None),
            notice: RwSignal::new(None),
            notice_page: RwSignal::new(None),
            start_note: RwSignal::new(notice),
            last_backup: RwSignal::new(storage::last_backup()),
            undurable: RwSignal::new(false),
            storage_low: RwSignal::new(false),
            stored: RwSignal::new(0),
            replica: StoredValue::new(replica),
            pending_fold: StoredValue::new(None),
            fold_due: StoredValue::new(false),
            change_count: StoredValue::new(0),
            saving_enabled: StoredValue::new(saving_enabled),
            tidy_logs: StoredValue::new(true),
            keys: StoredValue::new(merge::KeyTracker::default()),
            unwritten: StoredValue::new(None),
            log_due: StoredValue::new(false),
        };
        state.listen();
        if fold_due {
            state.schedule_fold();
        }
        state
    }

    /// Changes the workbook and stamps it as updated. The change is durable (in this
    /// tab's log) before this returns; the stored workbook follows in idle time. Before
    /// the writer has arrived (the first moments of a first visit), the change is shown
    /// and kept in the tab, and written as soon as it is here.
    pub fn update(&self, change: impl FnOnce(&mut Workbook)) {
        let now = clock::now();
        let state = *self;
        let mut recorded = 0;
        self.workbook.update(|wb| {
            let before = wb.clone();
            change(wb);
            wb.touch(now);
            recorded = state.record(before, wb, now);
        });
        if recorded > 0 {
            self.write_log();
            self.schedule_fold();
        }
    }

    /// Records the change from `before` to `after` in the replica (and the tombstones of
    /// removed records), or keeps `before` until the writer is here. The number of
    /// field-level changes recorded.
    fn record(&self, before: Workbook, after: &mut Workbook, now: DateTime<Utc>) -> usize {
        if self.unwritten.with_value(Option::is_some) {
            // An earlier change waits for the writer: this one is written with it.
            return 0;
        }
        let (keys, replica) = (self.keys, self.replica);
        let mut out = Err(super::writer::WriterMissing);
        keys.update_value(|tracker| {
            replica.update_value(|r| {
                out = super::writer::record(tracker, r, &before, after, now, clock::wall_ms())
            })
        });
        out.unwrap_or_else(|_| {
            self.unwritten.set_value(Some(before));
            self.load_writer();
            0
        })
    }

    /// Records the changes made while the writer was on its way, once it is here.
    pub(super) fn write_unwritten(&self) {
        let Some(before) = self.unwritten.try_update_value(Option::take).flatten() else {
            return;
        };
        let now = clock::now();
        let state = *self;
        let mut recorded = 0;
        self.workbook
            .update(|after| recorded = state.record(before, after, now));
        if recorded > 0 {
            self.write_log();
            self.schedule_fold();
        }
    }

    /// Merges a file's workbook into this one, keeping the current one for a single
    /// undo. The merge is a change like any other: other tabs take it in field by field.
    pub fn merge_in(&self, incoming: &Workbook) {
        let previous = self.workbook.get_untracked();
        // Edits made here from now on come after everything in the file, even when the
        // file came from a device whose clock runs fast.
        self.replica
            .update_value(|r| r.observe_time(incoming.updated_at, clock::wall_ms()));
        clock::raise_floor(self.replica.with_value(Replica::clock_ms));
        self.update(|wb| *wb = merge::merge(wb, incoming));
        self.before_import
            .set(Some(BeforeImport::Merged(Box::new(previous))));
    }

    /// Replaces the whole workbook (import), keeping the old one for a single undo.
    /// Every tab adopts the new workbook; nothing from the old one is merged into it.
    pub fn replace(&self, incoming: Workbook) {
        let previous = self.workbook.get_untracked();
        self.before_import
            .set(Some(BeforeImport::Replaced(Box::new(previous))));
        self.start_lineage(incoming);
    }

    /// Puts back the workbook from before the last import.
    pub fn undo_import(&self) -> bool {
        match self.before_import.get_untracked() {
            Some(BeforeImport::Merged(previous)) => {
                self.update(|wb| *wb = *previous);
                self.before_import.set(None);
                true
            }
            Some(BeforeImport::Replaced(previous)) => {
                self.start_lineage(*previous);
                self.before_import.set(None);
                true
            }
            None => false,
        }
    }

    /// Shows a short status message.
    pub fn tell(&self, message: impl Into<String>) {
        self.notice_page.set(None);
        self.show_notice(message.into());
    }

    /// Shows a short status message only while the person stays on `page` (a route's
    /// path, as the router reads it): for a message that points at something there.
    pub fn tell_on(&self, page: String, message: impl Into<String>) {
        self.notice_page.set(Some(page));
        self.show_notice(message.into());
    }

    fn show_notice(&self, message: String) {
        self.notice.set(Some(message.clone()));
        let notice = self.notice;
        set_timeout(
            move || {
                if notice.get_untracked().as_deref() == Some(message.as_str()) {
                    notice.set(None);
                }
            },
            Duration::from_secs(6),
        );
    }

    /// Downloads the workbook as a backup file and remembers when (once the writer is
    /// here: at once, but for the first moments of a first visit).
    pub fn download_backup(&self) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let now = clock::now();
            let text = match super::writer::ready().await {
                Ok(()) => state
                    .workbook
                    .with_untracked(|wb| super::writer::backup_text(wb, now)),
                Err(missing) => Err(missing),
            };
            let Ok(text) = text else {
                return state.tell(NO_WRITER_FOR_BACKUP);
            };
            let name = waymark_core::transfer::export_file_name(&clock::today().to_string());
            match super::files::download(&name, "application/json", &text) {
                Ok(()) => {
                    storage::record_backup(now);
                    state.last_backup.set(Some(now));
                    state.tell(format!("Downloaded {name}."));
                }
                Err(e) => state.tell(e),
            }
        });
    }

    /// Stops saving and removes everything Waymark stored in this browser. The page is
    /// reloaded straight after by the caller, so nothing in memory is written back.
    pub fn remove_from_this_browser(&self) -> bool {
        self.saving_enabled.set_value(false);
        self.cancel_pending_fold();
        self.fold_due.set_value(false);
        self.undurable.set(false);
        match storage::local_storage() {
            Some(store) => {
                storage::remove_everything(&store);
                true
            }
            None => false,
        }
    }
}

/// The shared state, from context (provided by `App`).
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// Said once when stored records shared an id and were given new ones.
fn repaired_message(count: usize) -> String {
    match count {
        1 => "One record in your workbook shared its id with another, so it was given a new one. Nothing was removed.".into(),
        n => format!("{n} records in your workbook shared an id with another, so they were given new ones. Nothing was removed."),
    }
}
