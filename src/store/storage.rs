//! localStorage adapter: the stored workbook (with its sync state), each tab's log of
//! recent changes, drafts' keys, and what Waymark's keys use of the browser's quota.
//! It never overwrites data it cannot read: such text is first copied aside, once.
//! Two copies of Waymark hosted under different paths of one site keep separate keys.

use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use js_sys::JsString;
use wasm_bindgen::{prelude::wasm_bindgen, JsCast, JsValue};
use waymark_core::{sync::Log, transfer};
use web_sys::Storage;

/// The key prefix of a copy hosted at the site's root, and of copies from before
/// sub-paths had their own.
const ROOT_PREFIX: &str = "waymark.";

static PREFIX: OnceLock<String> = OnceLock::new();

/// This copy's key prefix: `waymark.` at the root, `waymark@/sub/path.` under a path.
pub fn prefix() -> &'static str {
    PREFIX.get_or_init(|| {
        let base = super::base::base_path();
        if base.is_empty() {
            ROOT_PREFIX.to_string()
        } else {
            format!("waymark@{base}.")
        }
    })
}

/// This copy's key for `name` (`workbook`, `log.<tab>`, `draft.goal`…).
pub fn key(name: &str) -> String {
    format!("{}{name}", prefix())
}

/// Where the workbook lives.
pub fn workbook_key() -> String {
    key("workbook")
}

fn backup_key() -> String {
    key("workbook.backup")
}

fn log_prefix() -> String {
    key("log.")
}

/// What was found in storage at start-up.
#[derive(Debug, Clone)]
pub enum LoadOutcome {
    /// Nothing stored yet: a first visit.
    Fresh,
    /// The workbook, possibly upgraded from an older shape or with ids repaired.
    Loaded(Box<transfer::Loaded>, LastGood),
    /// Stored text that could not be used. It was copied to `kept_key` (when that
    /// worked); `recovered` is the last good copy, if there is one.
    Unreadable(Box<Unreadable>),
    /// The browser gives this page no storage at all (some private modes).
    NoStorage,
    /// Something is stored, but the code that reads it could not be fetched
    /// ([`super::reader`]): nothing may be written until a reload has read it.
    NotLoaded,
}

/// Text that was just read cleanly, to keep as the last good copy (the one an unreadable
/// workbook is recovered from). Held as the browser's string: comparing it with the copy
/// kept before and writing it never bring years of text across into the app again.
#[derive(Debug, Clone)]
pub struct LastGood(JsString);

impl LastGood {
    /// Keeps the text as the last good copy, in IndexedDB ([`super::copies`]); a copy
    /// an earlier build kept in localStorage is then removed. Where IndexedDB is
    /// refused, the copy stays in localStorage, unless it is already this text. Best
    /// effort: a full storage must not stop anything.
    pub async fn keep(self, storage: Storage) {
        let key = backup_key();
        if super::copies::keep(&key, &self.0).await {
            let _ = storage.remove_item(&key);
        } else if get_js(&storage, &key).as_ref() != Some(&self.0) {
            set_js(&storage, &key, &self.0);
        }
    }
}

impl LoadOutcome {
    /// Text that could not be read, with no last good copy found in localStorage: the
    /// one in IndexedDB is looked for ([`recover`]).
    pub fn may_recover(&self) -> bool {
        matches!(self, LoadOutcome::Unreadable(u) if u.recovered.is_none())
    }
}

/// Looks for the last good copy in IndexedDB for an unreadable workbook.
pub async fn recover(outcome: LoadOutcome) -> LoadOutcome {
    match outcome {
        LoadOutcome::Unreadable(mut u) if u.recovered.is_none() => {
            u.recovered = match super::copies::read(&backup_key()).await {
                Some(text) => super::reader::workbook_later(&text)
                    .await
                    .ok()
                    .and_then(Result::ok),
                None => None,
            };
            LoadOutcome::Unreadable(u)
        }
        other => other,
    }
}

/// Removes the last good copy kept in IndexedDB; done once it is gone.
pub async fn remove_last_good() -> bool {
    super::copies::remove(&backup_key()).await
}

/// The stored workbook's text, read but not yet checked: reading and checking a large
/// workbook are each a noticeable moment on a phone, so start-up does them in separate
/// tasks ([`read_raw`], then [`parse_raw`]).
#[derive(Debug, Clone)]
pub enum Raw {
    Text { js: JsString, text: String },
    Fresh,
    NoStorage,
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = TextEncoder)]
    type Utf8Encoder;
    #[wasm_bindgen(constructor, js_class = "TextEncoder")]
    fn new() -> Utf8Encoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &Utf8Encoder, source: &JsString, into: &js_sys::Uint8Array) -> JsValue;
}

/// `key`'s value as the browser's string (nothing crosses into the app); `Err` when
/// the browser refuses to read storage.
fn try_get_js(storage: &Storage, key: &str) -> Result<Option<JsString>, JsValue> {
    let get_item = js_sys::Reflect::get(storage, &JsValue::from_str("getItem"))?
        .dyn_into::<js_sys::Function>()?;
    Ok(get_item
        .call1(storage, &JsValue::from_str(key))?
        .dyn_into::<JsString>()
        .ok())
}

/// `key`'s value as the browser's string, if there is one.
fn get_js(storage: &Storage, key: &str) -> Option<JsString> {
    try_get_js(storage, key).ok().flatten()
}

/// Writes the browser's string `value` under `key`; false when the browser refused.
fn set_js(storage: &Storage, key: &str, value: &JsString) -> bool {
    js_sys::Reflect::get(storage, &JsValue::from_str("setItem"))
        .and_then(|f| f.dyn_into::<js_sys::Function>())
        .and_then(|f| f.call2(storage, &JsValue::from_str(key), value))
        .is_ok()
}

/// The browser's string as the app's: native `encodeInto` straight into the app's memory
/// (wasm-bindgen's own conversion walks an ASCII text a character at a time in script, a
/// tenth of a second for a five-year workbook on a phone). Room for one byte per UTF-16
/// unit first, which holds a text in plain ASCII; what does not fit is encoded after it,
/// with room for three bytes per unit (reserving that for the whole text made the app's
/// memory grow by three times the text, a slow step of its own).
fn to_rust(js: &JsString) -> String {
    let units = js.length() as usize;
    let encoder = Utf8Encoder::new();
    let mut bytes: Vec<u8> = Vec::with_capacity(units);
    let mut read = 0;
    let mut rest = js.clone();
    loop {
        let room = bytes.capacity() - bytes.len();
        // SAFETY: the view covers the free part of `bytes`' allocation and is used at
        // once, before anything else can allocate (and so move or grow the app's memory);
        // `encodeInto` writes at most `room` bytes, and only whole UTF-8 characters.
        let view =
            unsafe { js_sys::Uint8Array::view_mut_raw(bytes.as_mut_ptr().add(bytes.len()), room) };
        let result = encoder.encode_into(&rest, &view);
        let count = |key: &str| {
            js_sys::Reflect::get(&result, &JsValue::from_str(key))
                .ok()
                .and_then(|v| v.as_f64())
                .map_or(0, |v| v as usize)
        };
        let written = count("written").min(room);
        // SAFETY: `written` more bytes were just filled in by `encodeInto`.
        unsafe { bytes.set_len(bytes.len() + written) };
        read += count("read");
        let left = units.saturating_sub(read);
        if left == 0 || written == 0 && room >= 3 * left {
            break;
        }
        rest = js.slice(read as u32, units as u32);
        bytes.reserve_exact(3 * left);
    }
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[derive(Debug, Clone)]
pub struct Unreadable {
    /// Written by a newer build of Waymark: this build must never save over it.
    pub newer: bool,
    pub raw: String,
    pub reason: String,
    pub kept_key: Option<String>,
    pub recovered: Option<transfer::Loaded>,
}

/// The page's localStorage, if the browser offers one.
pub fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the workbook from `storage`. Unreadable text is copied aside before anything
/// else can write to the main key. A copy under a sub-path that has nothing of its own
/// yet starts from the workbook stored at the site's root (carried over, not moved).
///
/// A clean read gives its text back as the [`LastGood`] copy to keep: the caller keeps it
/// when the page is idle, because writing a five-year workbook again takes a phone a
/// noticeable moment at start-up.
pub fn load_from(storage: &Storage) -> LoadOutcome {
    parse_raw(storage, read_raw(storage))
}

/// The stored workbook's text (under a sub-path with nothing of its own yet, the one at
/// the site's root), as it was at this moment.
pub fn read_raw(storage: &Storage) -> Raw {
    hold(storage).copy()
}

/// The stored workbook as the browser's string, not yet copied into the app: start-up
/// takes it from storage in one task and copies it in the next ([`Held::copy`]), each a
/// few milliseconds for five years of data, rather than both in one.
pub enum Held {
    Text(JsString),
    Fresh,
    NoStorage,
}

/// Takes the stored workbook's text from storage (see [`read_raw`]).
pub fn hold(storage: &Storage) -> Held {
    match try_get_js(storage, &workbook_key()) {
        Err(_) => Held::NoStorage,
        Ok(Some(js)) => Held::Text(js),
        Ok(None) if prefix() != ROOT_PREFIX => {
            match get_js(storage, &format!("{ROOT_PREFIX}workbook")) {
                Some(js) => Held::Text(js),
                None => Held::Fresh,
            }
        }
        Ok(None) => Held::Fresh,
    }
}

impl Held {
    /// The text, copied into the app.
    pub fn copy(self) -> Raw {
        match self {
            Held::Text(js) => {
                let text = to_rust(&js);
                Raw::Text { js, text }
            }
            Held::Fresh => Raw::Fresh,
            Held::NoStorage => Raw::NoStorage,
        }
    }
}

/// What was stored when [`read_raw`] read it, to check later that it still is.
#[derive(Debug, Clone)]
pub struct Stored(Option<JsString>);

impl Raw {
    pub fn stored(&self) -> Stored {
        match self {
            Raw::Text { js, .. } => Stored(Some(js.clone())),
            Raw::Fresh | Raw::NoStorage => Stored(None),
        }
    }
}

/// Whether what [`read_raw`] read is still what is stored (another tab may have saved
/// since): compared in the browser, so nothing is read into the app again.
pub fn still_stored(storage: &Storage, stored: &Stored) -> bool {
    let own = get_js(storage, &workbook_key());
    match (&stored.0, own) {
        (Some(was), Some(now)) => *was == now,
        (Some(was), None) => {
            prefix() != ROOT_PREFIX
                && get_js(storage, &format!("{ROOT_PREFIX}workbook")).as_ref() == Some(was)
        }
        (None, own) => own.is_none(),
    }
}

/// Checks and reads the text [`read_raw`] gave, all at once.
pub fn parse_raw(storage: &Storage, raw: Raw) -> LoadOutcome {
    match Parsing::of(raw) {
        Ok(parsing) => parsing.finish(storage),
        Err(outcome) => outcome,
    }
}

/// The stored text being checked and read in parts ([`transfer::PartRead`]), one part
/// per task at start-up.
pub struct Parsing {
    js: JsString,
    read: transfer::PartRead,
}

impl Parsing {
    /// Starts reading `raw` in parts (finds the parts: one quick pass); what was found
    /// when there is nothing to read.
    pub fn of(raw: Raw) -> Result<Parsing, LoadOutcome> {
        match raw {
            Raw::Text { js, text } => Ok(Parsing {
                js,
                read: transfer::PartRead::new(text),
            }),
            Raw::Fresh => Err(LoadOutcome::Fresh),
            Raw::NoStorage => Err(LoadOutcome::NoStorage),
        }
    }

    /// Reads the next part; `true` while parts remain.
    pub fn step(&mut self) -> bool {
        self.read.step()
    }

    /// The workbook (any parts left are read now), or what to do about text that could
    /// not be read.
    pub fn finish(self, storage: &Storage) -> LoadOutcome {
        match self.read.finish() {
            Ok(loaded) => LoadOutcome::Loaded(Box::new(loaded), LastGood(self.js)),
            Err(err) => {
                let raw = to_rust(&self.js);
                let kept_key = keep_aside(storage, &raw);
                let recovered = storage
                    .get_item(&backup_key())
                    .ok()
                    .flatten()
                    .and_then(|b| transfer::read_text(&b).ok());
                LoadOutcome::Unreadable(Box::new(Unreadable {
                    newer: matches!(err, transfer::ReadError::Newer { .. }),
                    raw,
                    reason: err.to_string(),
                    kept_key,
                    recovered,
                }))
            }
        }
    }
}

/// Copies unreadable text aside under a key named for its content, so the same text is
/// kept once however often it is found. The key, or `None` when it could not be kept.
fn keep_aside(storage: &Storage, raw: &str) -> Option<String> {
    let kept_key = key(&format!("kept.{:016x}", fingerprint(raw)));
    if storage.get_item(&kept_key).ok().flatten().as_deref() == Some(raw) {
        return Some(kept_key);
    }
    storage.set_item(&kept_key, raw).ok().map(|()| kept_key)
}

/// FNV-1a over the text: stable across builds and browsers (unlike `DefaultHasher`).
fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

const FULL: &str = "Your browser's storage for this site is full, so your latest changes aren't saved on this device yet. They are safe in this tab while it stays open: download a backup from the Data page now, or free some space.";

/// Writes the workbook's stored text (with its sync state: [`super::writer::stored_text`]).
/// One `setItem` replaces the old text atomically, so a failure (storage full) leaves the
/// previous copy intact.
pub fn save_text(storage: &Storage, text: &str) -> Result<(), String> {
    storage
        .set_item(&workbook_key(), text)
        .map_err(|_| FULL.to_string())
}

/// Writes tab `node`'s log of recent changes (small: a few minutes of changes), as
/// [`super::writer::log_text`] wrote it.
pub fn write_log(storage: &Storage, node: &str, text: &str) -> Result<(), String> {
    storage
        .set_item(&format!("{}{node}", log_prefix()), text)
        .map_err(|_| FULL.to_string())
}

/// Whether a workbook or a tab's log is stored here (or, under a sub-path with nothing
/// of its own, the workbook at the site's root): what start-up needs the reader for.
pub fn anything_to_read(storage: &Storage) -> bool {
    matches!(hold(storage), Held::Text(_)) || our_keys(storage).iter().any(|k| is_log_key(k))
}

/// A log's text read back; `None` when it is not one (damaged, or another build's).
pub fn read_log(text: &str) -> Option<Log> {
    serde_json::from_str(text).ok()
}

/// Whether `key` (from a storage event) is a tab's log of this copy.
pub fn is_log_key(key: &str) -> bool {
    key.starts_with(&log_prefix())
}

/// Every tab's log stored now.
pub fn read_logs(storage: &Storage) -> Vec<Log> {
    our_keys(storage)
        .into_iter()
        .filter(|k| is_log_key(k))
        .filter_map(|k| storage.get_item(&k).ok().flatten())
        .filter_map(|t| read_log(&t))
        .collect()
}

/// Removes the log of tab `node`.
pub fn remove_log(storage: &Storage, node: &str) {
    let _ = storage.remove_item(&format!("{}{node}", log_prefix()));
}

/// The schema version of what is stored now, read from the start of its text only.
pub fn stored_schema_version(storage: &Storage) -> Option<u32> {
    stored_head(storage).and_then(|head| transfer::peek_schema_version(&head))
}

/// The first characters of the stored workbook: only they cross from the browser into
/// the app, not the whole text (its lineage is read from them by the writer or the
/// reader: `transfer::peek_lineage`).
pub fn stored_head(storage: &Storage) -> Option<String> {
    let text = get_js(storage, &workbook_key())?;
    JsValue::from(text.slice(0, 600)).as_string()
}

/// Every key of this copy (and nothing of another copy's or another site's).
fn our_keys(storage: &Storage) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix()))
        .collect()
}

/// Characters this copy's keys take in storage: every key and value (the workbook, its
/// backup copy, logs, drafts, text kept aside), as browsers count them.
pub fn used_chars(storage: &Storage) -> usize {
    chars_of(storage, our_keys(storage))
}

/// Characters every key of this site takes (all copies and other apps).
pub fn site_used_chars(storage: &Storage) -> usize {
    let count = storage.length().unwrap_or(0);
    chars_of(
        storage,
        (0..count).filter_map(|i| storage.key(i).ok().flatten()),
    )
}

/// Characters of `keys` and their values, read as lengths in the browser: the values
/// themselves (years of data) never cross into the app for this.
fn chars_of(storage: &Storage, keys: impl IntoIterator<Item = String>) -> usize {
    keys.into_iter()
        .map(|k| {
            let len = get_js(storage, &k).map_or(0, |s| s.length() as usize);
            k.encode_utf16().count() + len
        })
        .sum()
}

/// The quota measured earlier in this browser, if it was.
pub fn known_quota_chars(storage: &Storage) -> Option<usize> {
    storage
        .get_item(&key("quota"))
        .ok()
        .flatten()
        .and_then(|t| t.parse().ok())
}

/// How full storage is, as the meter and the warning read it.
pub fn storage_use(storage: &Storage, limit: Option<usize>) -> waymark_core::backup::StorageUse {
    waymark_core::backup::storage_use(used_chars(storage), site_used_chars(storage), limit)
}

/// What this browser lets the whole site keep in localStorage, in characters: measured
/// once by filling a probe key until the browser refuses, then remembered. `None` when
/// it could not be measured.
pub fn quota_chars(storage: &Storage) -> Option<usize> {
    let remembered = key("quota");
    if let Some(n) = known_quota_chars(storage) {
        return Some(n);
    }
    let probe = key("probe");
    let fits = |n: u32| -> bool {
        let ok = set_js(storage, &probe, &JsString::from("x").repeat(n as i32));
        let _ = storage.remove_item(&probe);
        ok
    };
    // Find the largest probe that fits, to within 1 %.
    let (mut lo, mut hi) = (0u32, 1u32 << 16);
    while fits(hi) && hi < (1 << 28) {
        lo = hi;
        hi *= 2;
    }
    while hi - lo > (hi / 100).max(1024) {
        let mid = lo + (hi - lo) / 2;
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let total = lo as usize + probe.encode_utf16().count() + site_used_chars(storage);
    let _ = storage.set_item(&remembered, &total.to_string());
    Some(total)
}

/// The time of the last backup download, if any (a fact about this browser).
pub fn last_backup() -> Option<DateTime<Utc>> {
    let text = local_storage()?
        .get_item(&key("last_backup"))
        .ok()
        .flatten()?;
    DateTime::parse_from_rfc3339(&text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// Remembers that a backup was downloaded at `now`.
pub fn record_backup(now: DateTime<Utc>) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(&key("last_backup"), &now.to_rfc3339());
    }
}

/// Removes everything this copy keeps in this browser (workbook, its backup copy, logs,
/// drafts, text kept aside, the backup date) and nothing else; returns how many went.
pub fn remove_everything(storage: &Storage) -> usize {
    let ours = our_keys(storage);
    for key in &ours {
        let _ = storage.remove_item(key);
    }
    ours.len()
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
