//! The code that turns a change into text for storage: the field-level changes between a
//! workbook before and after a click (with the tombstones of records removed), this tab's
//! log, the workbook as stored and as a backup file, the tops of pages kept for the
//! next visit's page shell. In release builds it is a file of its
//! own (the `write` group of `scripts/split.mjs`): a first page is drawn without it, and it
//! is asked for as the app starts (with the main wasm, by the route hint, when something is
//! stored). A change made before it has arrived is shown at once and kept in the tab
//! ([`super::state::AppState::update`]), and written as soon as it is here.
//!
//! Each function here is `async` (its file may still be on its way); once [`ready`] has
//! answered, they run in the same task.

use std::cell::Cell;
use std::future::Future;

use chrono::{DateTime, Utc};
use waymark_core::{
    merge::KeyTracker,
    page_tops::{self, PageTop},
    sync::{Lineage, Log, Replica, SyncState},
    transfer, Workbook,
};

/// The writer's file could not be fetched (offline before the first visit finished, or
/// the hosted copy was updated and the old files are gone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriterMissing;

#[cfg(not(debug_assertions))]
impl From<leptos::wasm_split::SplitLoaderError> for WriterMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        WriterMissing
    }
}

thread_local! {
    static READY: Cell<bool> = const { Cell::new(false) };
}

macro_rules! writer_fn {
    ($($t:tt)*) => { super::split::split_fn!(write, WriterMissing; $($t)*); };
}

/// Waits until the writer is loaded; afterwards its functions run at once.
pub async fn ready() -> Result<(), WriterMissing> {
    if !is_ready() {
        loaded_record().await?;
        loaded_log().await?;
        loaded_stored().await?;
        loaded_backup().await?;
        loaded_tops().await?;
        loaded_lineage().await?;
        READY.with(|r| r.set(true));
    }
    Ok(())
}

/// Whether [`ready`] has answered (always, in debug builds: nothing to load).
pub fn is_ready() -> bool {
    cfg!(debug_assertions) || READY.with(Cell::get)
}

fn now<T, F: Future<Output = Result<T, WriterMissing>>>(
    call: impl FnOnce() -> F,
) -> Result<T, WriterMissing> {
    super::split::now(is_ready(), WriterMissing, call)
}

writer_fn! {
    fn record_changes(
        tracker: &mut KeyTracker,
        replica: &mut Replica,
        before: &Workbook,
        after: &mut Workbook,
        at: DateTime<Utc>,
        now_ms: u64,
    ) -> usize, loaded_record {
        tracker.settle(before, after, at);
        replica.record(before, after, now_ms)
    }
}

writer_fn! {
    fn log_as_text(log: &Log) -> String, loaded_log {
        transfer::one_byte_form(serde_json::to_string(log).unwrap_or_default())
    }
}

writer_fn! {
    fn stored_as_text(workbook: &Workbook, sync: &SyncState, at: DateTime<Utc>) -> String, loaded_stored {
        transfer::to_stored_text(workbook, sync, at)
    }
}

writer_fn! {
    fn backup_as_text(workbook: &Workbook, at: DateTime<Utc>) -> String, loaded_backup {
        transfer::to_text(workbook, at, true)
    }
}

writer_fn! {
    fn kept_tops(stored: Option<&str>, path: &str, top: Option<PageTop>) -> Option<String>, loaded_tops {
        let list = page_tops::keep(stored.map(page_tops::read).unwrap_or_default(), path, top);
        (!list.is_empty()).then(|| page_tops::write(&list))
    }
}

writer_fn! {
    fn lineage_of(head: &str) -> Option<Lineage>, loaded_lineage {
        transfer::peek_lineage(head)
    }
}

/// Records what a change did (`before` became `after`, at `at`): tombstones for the
/// records it removed, then its field-level changes, stamped, in the replica. The number
/// of changes recorded.
pub fn record(
    tracker: &mut KeyTracker,
    replica: &mut Replica,
    before: &Workbook,
    after: &mut Workbook,
    at: DateTime<Utc>,
    now_ms: u64,
) -> Result<usize, WriterMissing> {
    now(|| record_changes(tracker, replica, before, after, at, now_ms))
}

/// A tab's log as stored.
pub fn log_text(log: &Log) -> Result<String, WriterMissing> {
    now(|| log_as_text(log))
}

/// The workbook with its sync state, as stored in this browser.
pub fn stored_text(
    workbook: &Workbook,
    sync: &SyncState,
    at: DateTime<Utc>,
) -> Result<String, WriterMissing> {
    now(|| stored_as_text(workbook, sync, at))
}

/// The kept tops of pages (`stored`, as stored) with `top` kept for `path` (`None`:
/// nothing to keep there), as stored; `None` when none is left.
pub fn tops_text(
    stored: Option<&str>,
    path: &str,
    top: Option<PageTop>,
) -> Result<Option<String>, WriterMissing> {
    now(|| kept_tops(stored, path, top))
}

/// The lineage of a stored workbook, read from the start of its text
/// ([`transfer::peek_lineage`]; the reader has the same, for what other tabs store).
pub fn lineage(head: &str) -> Result<Option<Lineage>, WriterMissing> {
    now(|| lineage_of(head))
}

/// The workbook as a backup file.
pub fn backup_text(workbook: &Workbook, at: DateTime<Utc>) -> Result<String, WriterMissing> {
    now(|| backup_as_text(workbook, at))
}
