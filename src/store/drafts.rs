//! Half-written forms kept on this device, so a reload, a closed tab or a wander to
//! another page never loses what someone was typing. A draft is a fact about this
//! browser, not part of the workbook: it is never exported, merged or synced, and it is
//! dropped as soon as its form is saved (or emptied).

use serde::{de::DeserializeOwned, Serialize};

use super::storage::{key, local_storage};

/// Where the draft of `form` lives: `waymark.draft.<form>` (with this copy's prefix).
fn draft_key(form: &str) -> String {
    key(&format!("draft.{form}"))
}

/// The draft kept for `form`, if there is one this build can read.
pub fn load<T: DeserializeOwned>(form: &str) -> Option<T> {
    let text = local_storage()?.get_item(&draft_key(form)).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Keeps `draft` for `form`; an empty draft removes what was kept.
pub fn store<T: Serialize>(form: &str, draft: &T, empty: bool) {
    let Some(storage) = local_storage() else {
        return;
    };
    let key = draft_key(form);
    if empty {
        let _ = storage.remove_item(&key);
    } else if let Ok(text) = serde_json::to_string(draft) {
        // Best effort: when storage is full the workbook's own warning already shows,
        // and the form's text stays on screen.
        let _ = storage.set_item(&key, &waymark_core::transfer::one_byte_form(text));
    }
}

/// Forgets the draft of `form` (after it was saved).
pub fn forget(form: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&draft_key(form));
    }
}
