//! How a change becomes durable and reaches other tabs: this tab's log is written in the
//! same event as the change, the whole workbook is folded into storage in idle time,
//! and storage events bring in other tabs' logs (and replaces). Saving that fails
//! (storage full) is retried, and closing the tab meanwhile asks first.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;

use leptos::prelude::*;
use waymark_core::{schema, sync::Replica, transfer, Workbook};

use super::{
    clock, reader,
    state::{AppState, CANNOT_SAVE},
    storage, writer,
};

/// What another tab stored, to be read by [`reader`]: taken at once when the reader is
/// loaded, otherwise kept in order until it is (a first visit starts without it).
enum Incoming {
    Stored(String),
    Log(String),
}

thread_local! {
    static WAITING: RefCell<VecDeque<Incoming>> = const { RefCell::new(VecDeque::new()) };
    static LOADING: Cell<bool> = const { Cell::new(false) };
    static WRITER_LOADING: Cell<bool> = const { Cell::new(false) };
}

/// Whether something another tab stored waits for the reader: until it is taken in, this
/// tab writes no workbook (it would leave that out).
fn reading_waits() -> bool {
    WAITING.with(|w| !w.borrow().is_empty())
}

const NEWER_ELSEWHERE: &str = "A newer version of Waymark saved your workbook in another tab. So that nothing it wrote is lost, this tab has stopped saving. Reload the page to use the newer version; download a backup first if you changed anything here.";
const REMOVED_ELSEWHERE: &str = "Your workbook was removed from this browser in another tab, so this tab has stopped saving. Reload to start afresh, or download a backup first to keep what is shown here.";
const REPLACED_ELSEWHERE: &str =
    "Your workbook was replaced in another tab, so this tab now shows the new one.";
const FROM_OTHER_TAB: &str = "Brought in changes you made in another tab.";
const NO_WRITER: &str = "Part of Waymark didn't arrive (the connection may have dropped), so your latest changes aren't saved on this device yet. Keep this tab open: they are safe here, and Waymark saves them as soon as the connection is back.";
const WRITTEN_AT_LAST: &str = "Your changes are saved on this device now.";
const SAVED_AGAIN: &str = "There's room again: your changes are saved on this device.";

/// From this much use (characters, half the usual limit), a tab measures the browser's
/// quota once in idle time (it takes a few large writes); below it the usual limit
/// stands in, and the warning still comes in time.
const MEASURE_QUOTA_FROM: usize = 2_500_000;

/// How often saving is retried while storage is full.
const RETRY: Duration = Duration::from_secs(5);

impl AppState {
    /// Writes this tab's log now. On failure the change stays in this tab (and in the
    /// log in memory) and the page says so; saving is retried.
    pub(super) fn write_log(&self) {
        if !self.saving_enabled.get_value() {
            return;
        }
        let Some(store) = storage::local_storage() else {
            return;
        };
        let log = self.replica.with_value(|r| r.log(clock::wall_ms()));
        let Ok(text) = writer::log_text(&log) else {
            // Written once the writer is here.
            self.log_due.set_value(true);
            return self.load_writer();
        };
        self.log_due.set_value(false);
        let result = super::marks::measure("waymark-durable", || {
            storage::write_log(&store, &log.node, &text)
        });
        self.settle(result);
    }

    /// Notes whether the last write worked, and keeps retrying while it doesn't.
    fn settle(&self, result: Result<(), String>) {
        match result {
            Ok(()) => {
                self.stored.update(|n| *n += 1);
                if self.undurable.get_untracked() {
                    self.undurable.set(false);
                    self.save_error.set(None);
                    self.tell(SAVED_AGAIN);
                }
            }
            Err(message) => {
                if !self.undurable.get_untracked() {
                    self.undurable.set(true);
                    self.save_error.set(Some(message));
                    let state = *self;
                    set_timeout(move || state.retry(), RETRY);
                }
            }
        }
    }

    /// Tries the log and the fold again; schedules another try if storage is still full.
    fn retry(&self) {
        if !self.undurable.get_untracked() || !self.saving_enabled.get_value() {
            return;
        }
        self.undurable.set(false);
        self.fold_due.set_value(true);
        self.fold_now();
        if !self.undurable.get_untracked() {
            self.write_log();
        }
        if !self.undurable.get_untracked() {
            self.undurable.set(true);
            self.settle(Ok(()));
        }
    }

    /// Folds the workbook into storage once things are quiet: 300 ms after the last
    /// change, in the browser's next idle time (at the latest a second later), so
    /// serialising years of data never holds up a click.
    pub(super) fn schedule_fold(&self) {
        self.fold_due.set_value(true);
        self.change_count.update_value(|n| *n += 1);
        let change = self.change_count.get_value();
        self.cancel_pending_fold();
        let state = *self;
        let handle = set_timeout_with_handle(
            move || {
                state.pending_fold.set_value(None);
                super::idle::when_idle(
                    move || {
                        // A newer change has its own fold coming; a flush did it already.
                        if state.change_count.get_value() == change && state.fold_due.get_value() {
                            state.fold_now();
                        }
                    },
                    Duration::from_millis(1000),
                );
            },
            Duration::from_millis(300),
        )
        .ok();
        self.pending_fold.set_value(handle);
    }

    pub(super) fn cancel_pending_fold(&self) {
        if let Some(handle) = self.pending_fold.get_value() {
            handle.clear();
            self.pending_fold.set_value(None);
        }
    }

    /// Writes the whole workbook (with its recent changes) to storage, then shortens
    /// this tab's log and removes logs of tabs long gone whose changes it holds.
    pub(super) fn fold_now(&self) {
        self.fold_due.set_value(false);
        if !self.saving_enabled.get_value() {
            return;
        }
        // What another tab stored is taken in first (this tab's changes are in its log).
        if reading_waits() {
            self.fold_due.set_value(true);
            return;
        }
        let Some(store) = storage::local_storage() else {
            return;
        };
        // Written once the writer is here (with what waits for it).
        if !writer::is_ready() || self.unwritten.with_value(Option::is_some) {
            self.fold_due.set_value(true);
            return self.load_writer();
        }
        // Another tab may have just been saved by a newer build: never overwrite it.
        if storage::stored_schema_version(&store).is_some_and(|v| v > schema::CURRENT_VERSION) {
            self.stop_saving(NEWER_ELSEWHERE);
            return;
        }
        // Another tab replaced the workbook and this one has not heard yet: adopt it.
        let ours = self.replica.with_value(|r| r.lineage().clone());
        let stored = storage::stored_head(&store).and_then(|h| writer::lineage(&h).ok().flatten());
        if stored.is_some_and(|l| ours.is_replaced_by(&l)) {
            if let Ok(Some(text)) = store.get_item(&storage::workbook_key()) {
                self.take_in(Incoming::Stored(text));
            }
            return;
        }
        let sync = self
            .replica
            .try_update_value(Replica::fold)
            .unwrap_or_default();
        let result = super::marks::measure("waymark-save", || {
            self.workbook
                .with_untracked(|wb| writer::stored_text(wb, &sync, clock::now()))
                .map_err(|_| CANNOT_SAVE.to_string())
                .and_then(|text| storage::save_text(&store, &text))
        });
        if result.is_ok() {
            if self
                .replica
                .try_update_value(Replica::trim_log)
                .unwrap_or_default()
            {
                self.write_log();
            }
            self.remove_spent_logs(&store);
            // The changes just folded are applied to the replica's base in idle time.
            if self.replica.with_value(Replica::unsettled) > 0 && reader::is_ready() {
                let replica = self.replica;
                super::idle::when_idle(
                    move || {
                        replica.update_value(|r| {
                            let _ = reader::settle_base(r);
                        })
                    },
                    Duration::from_secs(2),
                );
            }
            // Once per tab, in idle time: how much room this browser gives.
            if self.tidy_logs.get_value() {
                self.tidy_logs.set_value(false);
                if storage::used_chars(&store) > MEASURE_QUOTA_FROM {
                    let _ = storage::quota_chars(&store);
                }
            }
            if let Some(limit) = storage::known_quota_chars(&store) {
                let low = storage::storage_use(&store, Some(limit)).near_limit;
                if low != self.storage_low.get_untracked() {
                    self.storage_low.set(low);
                }
            }
        } else {
            self.fold_due.set_value(true);
        }
        self.settle(result);
    }

    /// Removes the logs of tabs that were closed long ago and whose changes are stored.
    fn remove_spent_logs(&self, store: &web_sys::Storage) {
        let now = clock::wall_ms();
        // Read by the reader: a tab that has not heard from another has no logs to tidy.
        for log in reader::logs(store).unwrap_or_default() {
            if self.replica.with_value(|r| r.log_is_spent(&log, now)) {
                storage::remove_log(store, &log.node);
            }
        }
    }

    /// Saves now if the stored workbook is behind (the page is being hidden or left).
    /// A field still being typed in is committed first.
    pub fn flush(&self) {
        commit_focused_field();
        self.cancel_pending_fold();
        if self.fold_due.get_value() {
            self.fold_now();
        }
    }

    /// Starts a new lineage with `workbook` (replace, or undoing one) and stores it at
    /// once, so other tabs adopt it rather than merge it.
    pub(super) fn start_lineage(&self, workbook: Workbook) {
        // Changes still waiting for the writer belong to the workbook being replaced.
        self.unwritten.set_value(None);
        self.replica
            .update_value(|r| drop(r.replace(&workbook, clock::wall_ms())));
        self.workbook.set(workbook);
        self.cancel_pending_fold();
        self.fold_now();
        self.write_log();
    }

    fn stop_saving(&self, why: &str) {
        self.saving_enabled.set_value(false);
        self.save_error.set(Some(why.into()));
    }

    /// Another tab stored the workbook: adopt it when it was replaced there; when this
    /// tab holds a newer replace, store ours again. Edits come through the logs.
    fn take_stored(&self, text: &str) {
        if transfer::peek_schema_version(text).is_some_and(|v| v > schema::CURRENT_VERSION) {
            self.stop_saving(NEWER_ELSEWHERE);
            return;
        }
        let Ok(Some(theirs)) = reader::lineage(text) else {
            return;
        };
        let ours = self.replica.with_value(|r| r.lineage().clone());
        if ours.is_replaced_by(&theirs) {
            let loaded = match reader::workbook(text) {
                Ok(Ok(loaded)) => loaded,
                Ok(Err(_)) => return,
                Err(reader::ReaderMissing) => return self.take_in(Incoming::Stored(text.into())),
            };
            let now = clock::wall_ms();
            let adopted = self
                .replica
                .try_update_value(|r| r.adopt(&loaded.workbook, loaded.sync, now))
                .unwrap_or_default();
            if adopted {
                // Like this tab's logged changes, those still waiting for the writer were
                // made to the workbook another tab replaced.
                self.unwritten.set_value(None);
                self.before_import.set(None);
                self.workbook.set(loaded.workbook);
                self.write_log();
                self.tell(REPLACED_ELSEWHERE);
            }
        } else if theirs.is_replaced_by(&ours) {
            // A tab that had not heard of our replace yet wrote the old workbook back.
            self.fold_now();
        }
    }

    /// Another tab wrote its log: take in the changes this tab has not seen.
    fn take_log(&self, text: &str) {
        if !reader::is_ready() {
            return self.take_in(Incoming::Log(text.into()));
        }
        let Ok(Some(log)) = reader::log(text) else {
            return;
        };
        if log.schema > schema::CURRENT_VERSION {
            self.stop_saving(NEWER_ELSEWHERE);
            return;
        }
        let now = clock::wall_ms();
        let replica = self.replica;
        let mut changed = false;
        self.workbook.maybe_update(|wb| {
            replica.update_value(|r| {
                changed = reader::receive(r, wb, &log, now).is_ok_and(|t| t.changed)
            });
            changed
        });
        clock::raise_floor(self.replica.with_value(Replica::clock_ms));
        if changed {
            self.tell(FROM_OTHER_TAB);
        }
    }

    /// Takes in what another tab stored, in the order it came: now when the reader is
    /// loaded and nothing waits before it, otherwise once the reader is loaded.
    fn take_in(&self, incoming: Incoming) {
        if reader::is_ready() && !reading_waits() {
            return self.take_now(incoming);
        }
        WAITING.with(|w| w.borrow_mut().push_back(incoming));
        self.load_reader();
    }

    fn take_now(&self, incoming: Incoming) {
        match incoming {
            Incoming::Stored(text) => self.take_stored(&text),
            Incoming::Log(text) => self.take_log(&text),
        }
    }

    /// Loads the reader, then takes in what waits for it; tries again while its file
    /// can't be fetched (this tab writes its changes to its log meanwhile).
    fn load_reader(&self) {
        if LOADING.with(|l| l.replace(true)) {
            return;
        }
        let state = *self;
        leptos::task::spawn_local(async move {
            let loaded = reader::ready().await.is_ok();
            LOADING.with(|l| l.set(false));
            if !loaded {
                set_timeout(move || state.load_reader(), RETRY);
                return;
            }
            while let Some(incoming) = WAITING.with(|w| w.borrow_mut().pop_front()) {
                if state.saving_enabled.get_value() {
                    state.take_now(incoming);
                }
            }
            if state.fold_due.get_value() {
                state.schedule_fold();
            }
        });
    }

    /// Loads the writer, then writes what waits for it; tries again while its file can't
    /// be fetched (the changes stay in this tab, and closing it asks first).
    pub(super) fn load_writer(&self) {
        if WRITER_LOADING.with(|l| l.replace(true)) {
            return;
        }
        let state = *self;
        leptos::task::spawn_local(async move {
            let loaded = writer::ready().await.is_ok();
            WRITER_LOADING.with(|l| l.set(false));
            if !loaded {
                if state.unwritten.with_value(Option::is_some) || state.log_due.get_value() {
                    if !state.undurable.get_untracked() {
                        state.undurable.set(true);
                        state.save_error.set(Some(NO_WRITER.into()));
                    }
                    set_timeout(move || state.load_writer(), RETRY);
                }
                return;
            }
            if !state.saving_enabled.get_value() {
                return;
            }
            let was_waiting = state.save_error.get_untracked().as_deref() == Some(NO_WRITER);
            if was_waiting {
                state.undurable.set(false);
                state.save_error.set(None);
            }
            state.write_unwritten();
            if state.log_due.get_value() {
                state.write_log();
            }
            if state.fold_due.get_value() {
                state.schedule_fold();
            }
            if was_waiting && !state.undurable.get_untracked() {
                state.tell(WRITTEN_AT_LAST);
            }
        });
    }

    /// Loads the writer in the browser's first idle moment after the first page (at the
    /// latest a second later): before anything is changed, as a rule.
    pub fn load_writer_soon(&self) {
        let state = *self;
        super::idle::when_idle(move || state.load_writer(), Duration::from_secs(1));
    }

    /// Whether this tab holds changes storage has not taken yet (storage is full, or the
    /// writer is still on its way).
    fn holds_unsaved(&self) -> bool {
        self.undurable.get_untracked()
            || self.unwritten.with_value(Option::is_some)
            || self.log_due.get_value()
    }

    /// Listens for other tabs, for the page being hidden or closed, and for space
    /// freed elsewhere.
    pub(super) fn listen(self) {
        let _ = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            let state = js_sys::Reflect::get(&document(), &"visibilityState".into());
            if state.ok().and_then(|s| s.as_string()).as_deref() == Some("hidden") {
                self.flush();
            }
        });
        // Changes that storage has not taken: the browser asks before the tab closes.
        let _ = window_event_listener(leptos::ev::beforeunload, move |ev| {
            self.flush();
            if self.holds_unsaved() && self.saving_enabled.get_value() {
                ev.prevent_default();
                ev.set_return_value(CANNOT_SAVE);
            }
        });
        let _ = window_event_listener(leptos::ev::storage, move |ev| {
            let Some(key) = ev.key() else {
                return;
            };
            if !self.saving_enabled.get_value() {
                return;
            }
            if key == storage::workbook_key() {
                match ev.new_value() {
                    Some(text) => self.take_in(Incoming::Stored(text)),
                    // Removed from this browser in another tab: respect that, and keep
                    // what this tab shows only for a backup download.
                    None => {
                        self.stop_saving(REMOVED_ELSEWHERE);
                    }
                }
            } else if storage::is_log_key(&key) {
                match ev.new_value() {
                    Some(text) => self.take_in(Incoming::Log(text)),
                    // Our own log was removed: with everything else (removed from this
                    // browser), or by a tab that took it for a closed tab's.
                    None if key.ends_with(&self.replica.with_value(|r| r.node().to_string())) => {
                        let gone = storage::local_storage().is_some_and(|s| {
                            s.get_item(&storage::workbook_key())
                                .ok()
                                .flatten()
                                .is_none()
                        });
                        if gone {
                            self.stop_saving(REMOVED_ELSEWHERE);
                        } else {
                            self.write_log();
                        }
                    }
                    None => {}
                }
            }
            // Another tab may have freed space.
            if self.undurable.get_untracked() {
                self.retry();
            }
        });
    }
}

/// Commits the field that has focus (its `change` fires on blur), so text typed into a
/// field that was never left is kept when the page is hidden or closed.
fn commit_focused_field() {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let tag = el.tag_name();
        if tag == "INPUT" || tag == "TEXTAREA" || tag == "SELECT" {
            let _ = el.blur();
            let _ = el.focus();
        }
    }
}
