//! Small choices remembered on this device only (which view a page shows): never part
//! of the workbook, never exported or synced.

use super::storage::{key, local_storage};

fn pref_key(name: &str) -> String {
    key(&format!("pref.{name}"))
}

/// The choice kept under `name`, if any.
pub fn get(name: &str) -> Option<String> {
    local_storage()?.get_item(&pref_key(name)).ok().flatten()
}

/// Keeps `value` under `name` (best effort: a full storage just forgets the choice).
pub fn set(name: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(&pref_key(name), value);
    }
}
