//! The code that reads a stored workbook back into records: the workbook at start-up, a
//! workbook or a log another tab stored, the last good copy. In release builds it is a
//! file of its own (the `read` group of `scripts/split.mjs`), so a first visit, which has
//! nothing stored to read, does not download it before its first page. When something
//! is stored, the page's route hint asks for the file with the main wasm, and start-up
//! waits for it ([`ready`]) before the first part is read. Saving never needs it: a change
//! is written to the tab's log, and the workbook is written whole, without reading
//! records back ([`Replica::fold`] sets folded changes aside for [`Replica::settle_base`]).
//!
//! Each function here is `async` (its file may still be on its way); once [`ready`] has
//! answered, [`now`] runs one in the same task.

use std::cell::Cell;
use std::future::Future;

use waymark_core::{
    sync::{Lineage, Log, Replica, Taken},
    transfer, Workbook,
};

use super::storage;

/// The reader's file could not be fetched (offline before the first visit finished, or
/// the hosted copy was updated and the old files are gone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReaderMissing;

#[cfg(not(debug_assertions))]
impl From<leptos::wasm_split::SplitLoaderError> for ReaderMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ReaderMissing
    }
}

thread_local! {
    static READY: Cell<bool> = const { Cell::new(false) };
}

macro_rules! reader_fn {
    ($($t:tt)*) => { super::split::split_fn!(read, ReaderMissing; $($t)*); };
}

/// Waits until the reader is loaded; afterwards [`now`] runs its functions at once.
pub async fn ready() -> Result<(), ReaderMissing> {
    if !is_ready() {
        loaded_step().await?;
        loaded_finish().await?;
        loaded_whole().await?;
        loaded_workbook().await?;
        loaded_take_log().await?;
        loaded_settle().await?;
        loaded_log().await?;
        loaded_logs().await?;
        loaded_lineage().await?;
        READY.with(|r| r.set(true));
    }
    Ok(())
}

/// Whether [`ready`] has answered (always, in debug builds: nothing to load).
pub fn is_ready() -> bool {
    cfg!(debug_assertions) || READY.with(Cell::get)
}

/// Runs one of the reader's functions in this task. `Err` unless [`ready`] answered
/// first (the function is then not started at all).
fn now<T, F: Future<Output = Result<T, ReaderMissing>>>(
    call: impl FnOnce() -> F,
) -> Result<T, ReaderMissing> {
    super::split::now(is_ready(), ReaderMissing, call)
}

reader_fn! {
    fn read_step(parsing: &mut storage::Parsing) -> bool, loaded_step {
        parsing.step()
    }
}

reader_fn! {
    fn read_finish(parsing: storage::Parsing, store: &web_sys::Storage) -> storage::LoadOutcome, loaded_finish {
        parsing.finish(store)
    }
}

reader_fn! {
    fn read_whole(store: &web_sys::Storage) -> storage::LoadOutcome, loaded_whole {
        storage::load_from(store)
    }
}

reader_fn! {
    fn read_workbook(text: &str) -> Result<transfer::Loaded, transfer::ReadError>, loaded_workbook {
        transfer::read_text(text)
    }
}

reader_fn! {
    fn take_log(replica: &mut Replica, workbook: &mut Workbook, log: &Log, now_ms: u64) -> Taken, loaded_take_log {
        replica.receive(workbook, log, now_ms)
    }
}

reader_fn! {
    fn settle(replica: &mut Replica) -> (), loaded_settle {
        replica.settle_base()
    }
}

reader_fn! {
    fn read_log_text(text: &str) -> Option<Log>, loaded_log {
        storage::read_log(text)
    }
}

reader_fn! {
    fn read_stored_logs(store: &web_sys::Storage) -> Vec<Log>, loaded_logs {
        storage::read_logs(store)
    }
}

reader_fn! {
    fn lineage_of(head: &str) -> Option<Lineage>, loaded_lineage {
        transfer::peek_lineage(head)
    }
}

/// The lineage of a stored workbook, read from the start of its text
/// ([`transfer::peek_lineage`]; the writer has the same, for the fold).
pub fn lineage(head: &str) -> Result<Option<Lineage>, ReaderMissing> {
    now(|| lineage_of(head))
}

/// Another tab's log read from its text (`None`: not one this build can read).
pub fn log(text: &str) -> Result<Option<Log>, ReaderMissing> {
    now(|| read_log_text(text))
}

/// Every tab's log stored now ([`storage::read_logs`]).
pub fn logs(store: &web_sys::Storage) -> Result<Vec<Log>, ReaderMissing> {
    now(|| read_stored_logs(store))
}

/// Reads the next part of the stored workbook; `true` while parts remain.
pub fn step(parsing: &mut storage::Parsing) -> Result<bool, ReaderMissing> {
    now(|| read_step(parsing))
}

/// The stored workbook once its parts are read ([`storage::Parsing::finish`]).
pub fn finish(
    parsing: storage::Parsing,
    store: &web_sys::Storage,
) -> Result<storage::LoadOutcome, ReaderMissing> {
    now(|| read_finish(parsing, store))
}

/// The stored workbook read at once ([`storage::load_from`]).
pub fn whole(store: &web_sys::Storage) -> Result<storage::LoadOutcome, ReaderMissing> {
    now(|| read_whole(store))
}

/// A workbook's text read ([`transfer::read_text`]).
pub fn workbook(
    text: &str,
) -> Result<Result<transfer::Loaded, transfer::ReadError>, ReaderMissing> {
    now(|| read_workbook(text))
}

/// A workbook's text read, loading the reader first if need be.
pub async fn workbook_later(
    text: &str,
) -> Result<Result<transfer::Loaded, transfer::ReadError>, ReaderMissing> {
    ready().await?;
    workbook(text)
}

/// Takes another tab's log into the replica and the workbook ([`Replica::receive`]).
pub fn receive(
    replica: &mut Replica,
    workbook: &mut Workbook,
    log: &Log,
    now_ms: u64,
) -> Result<Taken, ReaderMissing> {
    now(|| take_log(replica, workbook, log, now_ms))
}

/// Applies the changes folded since to the replica's base ([`Replica::settle_base`]).
pub fn settle_base(replica: &mut Replica) -> Result<(), ReaderMissing> {
    now(|| settle(replica))
}
