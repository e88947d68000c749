//! Waymark's pure core: the workbook document and every rule that reads or changes it.
//! Nothing here touches a browser or a clock; "now" and "today" are always parameters.

pub mod backup;
pub mod checkins;
pub mod closing;
pub mod content;
pub mod dashboard;
pub mod discover;
pub mod engagement;
pub mod feedback;
pub mod forms;
pub mod goals;
pub mod group;
pub mod home;
pub mod ics;
pub mod ids;
pub mod journal;
pub mod merge;
pub mod outcomes;
pub mod page_tops;
pub mod paging;
pub mod pitch;
pub mod profile;
pub mod program;
pub mod qr;
pub mod report;
pub mod sample;
pub mod schema;
pub mod search;
pub mod setbacks;
pub mod share;
pub mod sort;
pub mod stamps;
pub mod stories;
pub mod sync;
pub mod timeline;
pub mod transfer;
pub mod workbook;

pub use workbook::Workbook;

/// The version of the app that wrote a file, for export headers.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
