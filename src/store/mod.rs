//! The only code that touches the browser's storage, files, clock and randomness.
//! Each adapter is thin: anything that could be wrong is decided by `waymark_core`.

pub mod base;
pub mod browser;
pub mod clock;
pub mod copies;
pub mod drafts;
pub mod files;
pub mod idle;
pub mod ids;
pub mod locale;
pub mod marks;
pub mod page_tops;
pub mod prefs;
pub mod reader;
mod split;
pub mod state;
pub mod storage;
pub mod tabs;
pub mod update;
pub mod writer;
