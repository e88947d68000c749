//! Where the tops of pages last seen are kept on this device (`waymark_core::page_tops`),
//! for the page shell of the next visit. Best effort: a full storage keeps none.

use waymark_core::page_tops::PageTop;

use super::storage::{key, local_storage};

/// The key the page shell reads too (`scripts/postbuild.mjs`).
fn tops_key() -> String {
    key("shell")
}

/// Keeps `top` as what the page at `path` looks like now (`None`: nothing to keep);
/// true when storage was written.
pub fn keep(path: &str, top: Option<PageTop>) -> bool {
    let Some(storage) = local_storage() else {
        return false;
    };
    let stored = storage.get_item(&tops_key()).ok().flatten();
    // Kept by the writer's code; before it has arrived, at the next chance.
    let Ok(text) = super::writer::tops_text(stored.as_deref(), path, top) else {
        return false;
    };
    // No key at all while there is nothing to keep: a first visit stays one.
    let result = match text {
        None if stored.is_none() => return false,
        None => storage.remove_item(&tops_key()),
        Some(text) if stored.as_deref() == Some(text.as_str()) => return false,
        Some(text) => storage.set_item(&tops_key(), &text),
    };
    // The room is the workbook's: never keep a picture of a page in its place.
    if result.is_err() {
        forget();
    }
    true
}

/// Drops every kept top (storage is getting full, or saving is not possible).
pub fn forget() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&tops_key());
    }
}
