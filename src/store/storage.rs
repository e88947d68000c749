//! localStorage adapter: loads the workbook at start, saves it after changes, and never
//! overwrites data it cannot read: such text is first copied aside under its own key.

use chrono::{DateTime, Utc};
use waymark_core::{transfer, Workbook};
use web_sys::Storage;

/// Where the workbook lives.
pub const KEY: &str = "waymark.workbook";
/// A copy of the last workbook that loaded cleanly.
pub const BACKUP_KEY: &str = "waymark.workbook.backup";
/// Unreadable data is kept under this prefix plus the time it was found.
pub const KEPT_PREFIX: &str = "waymark.kept.";

/// What was found in storage at start-up.
#[derive(Debug, Clone)]
pub enum LoadOutcome {
    /// Nothing stored yet: a first visit.
    Fresh,
    /// The workbook, possibly upgraded from an older shape.
    Loaded {
        workbook: Box<Workbook>,
        migrated_from: Option<u32>,
    },
    /// Stored text that could not be used. It was copied to `kept_key` (when that
    /// worked); `recovered` is the last good copy, if there is one.
    Unreadable(Box<Unreadable>),
    /// The browser gives this page no storage at all (some private modes).
    NoStorage,
}

#[derive(Debug, Clone)]
pub struct Unreadable {
    /// Written by a newer build of Waymark: this build must never save over it.
    pub newer: bool,
    pub raw: String,
    pub reason: String,
    pub kept_key: Option<String>,
    pub recovered: Option<Workbook>,
}

/// The page's localStorage, if the browser offers one.
pub fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the workbook from `storage`. Unreadable text is copied aside before anything
/// else can write to the main key.
pub fn load_from(storage: &Storage, now: DateTime<Utc>) -> LoadOutcome {
    let raw = match storage.get_item(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return LoadOutcome::Fresh,
        Err(_) => return LoadOutcome::NoStorage,
    };
    match transfer::read_text(&raw) {
        Ok(loaded) => {
            // Best effort: a full storage must not stop the app from starting.
            let _ = storage.set_item(BACKUP_KEY, &raw);
            LoadOutcome::Loaded {
                workbook: Box::new(loaded.workbook),
                migrated_from: loaded.migrated_from,
            }
        }
        Err(err) => {
            let kept_key = format!("{KEPT_PREFIX}{}", now.format("%Y%m%dT%H%M%S%.3fZ"));
            let kept = storage.set_item(&kept_key, &raw).is_ok();
            let recovered = storage
                .get_item(BACKUP_KEY)
                .ok()
                .flatten()
                .and_then(|b| transfer::read_text(&b).ok())
                .map(|l| l.workbook);
            LoadOutcome::Unreadable(Box::new(Unreadable {
                newer: matches!(err, transfer::ReadError::Newer { .. }),
                raw,
                reason: err.to_string(),
                kept_key: kept.then_some(kept_key),
                recovered,
            }))
        }
    }
}

/// Writes the workbook. One `setItem` replaces the old text atomically, so a failure
/// (storage full) leaves the previous copy intact.
pub fn save_to(storage: &Storage, workbook: &Workbook, now: DateTime<Utc>) -> Result<(), String> {
    let text = transfer::to_text(workbook, now, false);
    storage.set_item(KEY, &text).map_err(|_| {
        "Your browser's storage for this site is full, so your latest changes aren't saved on this device yet. They are safe in this tab: download a backup from the Data page now.".to_string()
    })
}

/// Bytes the workbook takes in storage (UTF-16 code units × 2, as browsers count).
pub fn stored_bytes(storage: &Storage) -> usize {
    storage
        .get_item(KEY)
        .ok()
        .flatten()
        .map(|s| s.encode_utf16().count() * 2)
        .unwrap_or(0)
}

/// When a backup was last downloaded on this device (not part of the workbook: it is a
/// fact about this browser).
pub const LAST_BACKUP_KEY: &str = "waymark.last_backup";

/// The time of the last backup download, if any.
pub fn last_backup() -> Option<DateTime<Utc>> {
    let text = local_storage()?.get_item(LAST_BACKUP_KEY).ok().flatten()?;
    DateTime::parse_from_rfc3339(&text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// Remembers that a backup was downloaded at `now`.
pub fn record_backup(now: DateTime<Utc>) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(LAST_BACKUP_KEY, &now.to_rfc3339());
    }
}

/// Removes everything Waymark keeps in this browser (workbook, its backup copy, drafts,
/// text kept aside, the backup date) and nothing else; returns how many items went.
pub fn remove_everything(storage: &Storage) -> usize {
    let count = storage.length().unwrap_or(0);
    let ours: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with("waymark."))
        .collect();
    for key in &ours {
        let _ = storage.remove_item(key);
    }
    ours.len()
}

/// Characters the workbook takes in localStorage.
pub fn stored_chars(storage: &Storage) -> usize {
    stored_bytes(storage) / 2
}

/// Whether the browser has agreed to keep this site's storage (`None`: can't tell).
pub async fn is_persisted() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let value = wasm_bindgen_futures::JsFuture::from(manager.persisted().ok()?)
        .await
        .ok()?;
    value.as_bool()
}

/// Asks the browser to keep this site's storage even when space runs low.
pub async fn request_persistence() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let value = wasm_bindgen_futures::JsFuture::from(manager.persist().ok()?)
        .await
        .ok()?;
    value.as_bool()
}

/// The schema version of what is stored now, read from the start of the text without
/// parsing it all (the envelope writes `schema_version` near the start). Only the first
/// few hundred characters cross from the browser into the app, not the whole workbook.
pub fn stored_schema_version(storage: &Storage) -> Option<u32> {
    use wasm_bindgen::{JsCast, JsValue};
    let get_item = js_sys::Reflect::get(storage, &JsValue::from_str("getItem"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let text = get_item
        .call1(storage, &JsValue::from_str(KEY))
        .ok()?
        .dyn_into::<js_sys::JsString>()
        .ok()?;
    let head = JsValue::from(text.slice(0, 400)).as_string()?;
    transfer::peek_schema_version(&head)
}
