//! How tabs (and devices) agree on one workbook: every change is a small field-level
//! change stamped by a hybrid logical clock ([`hlc`]), written at once to the tab's log,
//! taken in by other tabs in stamp order ([`replica`]), and folded into the stored copy.
//! See ARCHITECTURE.md, "Changes".

pub mod doc;
pub mod hlc;
pub mod path;
pub mod replica;

pub use hlc::{Clock, Stamp};
pub use path::{Edit, Path};
pub use replica::{Change, Lineage, Log, Replica, SyncState, Taken};
