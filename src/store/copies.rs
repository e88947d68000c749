//! The workbook's last good copy (the one an unreadable workbook is recovered from),
//! kept in the browser's IndexedDB rather than beside the workbook in localStorage.
//! A browser reads all of a site's localStorage before the page's first script runs,
//! so a second full copy there made every start of a five-year workbook twice as slow
//! to show anything, and it took half the room the workbook itself may grow into.
//! IndexedDB is read only when asked, off the page's thread. Best effort throughout:
//! a browser that refuses IndexedDB (some private windows) keeps the copy in
//! localStorage as before.

use js_sys::{JsString, Promise};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

const DATABASE: &str = "waymark";
const STORE: &str = "copies";

/// Waits for an IndexedDB request: its result, or `Err` when it failed.
async fn done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let request = request.clone();
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

/// The database, made on first use (and its store, should the database have been made
/// without it).
async fn open() -> Result<IdbDatabase, JsValue> {
    let db = open_version(None).await?;
    if db.object_store_names().contains(STORE) {
        return Ok(db);
    }
    let next = db.version() as u32 + 1;
    db.close();
    open_version(Some(next)).await
}

/// Opens the database at its current version (`None`) or upgrades it to `version`.
async fn open_version(version: Option<u32>) -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or(JsValue::NULL)?
        .indexed_db()?
        .ok_or(JsValue::NULL)?;
    let request = match version {
        Some(v) => factory.open_with_u32(DATABASE, v)?,
        None => factory.open(DATABASE)?,
    };
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrading.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    done(&request).await?.dyn_into::<IdbDatabase>()
}

/// Waits until a write transaction is committed (`Err` when it failed or was aborted).
async fn committed(tx: &IdbTransaction) -> Result<(), JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        tx.set_oncomplete(Some(on_complete.unchecked_ref()));
        tx.set_onerror(Some(failed.unchecked_ref()));
        tx.set_onabort(Some(failed.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ())
}

/// Writes to the store in one transaction and waits until it is committed.
async fn write(
    change: impl FnOnce(&IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<(), JsValue> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    let result = match change(&tx.object_store(STORE)?) {
        Ok(_) => committed(&tx).await,
        Err(e) => Err(e),
    };
    db.close();
    result
}

/// Keeps `text` as the copy under `key`; `false` when IndexedDB refused.
pub async fn keep(key: &str, text: &JsString) -> bool {
    write(|store| store.put_with_key(text, &JsValue::from_str(key)))
        .await
        .is_ok()
}

/// The copy kept under `key`, if there is one.
pub async fn read(key: &str) -> Option<String> {
    let db = open().await.ok()?;
    let store = db
        .transaction_with_str(STORE)
        .ok()?
        .object_store(STORE)
        .ok()?;
    let value = done(&store.get(&JsValue::from_str(key)).ok()?).await.ok();
    db.close();
    value?.as_string()
}

/// Removes the copy under `key` (erasing the workbook from this browser); `true` once
/// it is gone (or IndexedDB refused, so there was none).
pub async fn remove(key: &str) -> bool {
    match write(|store| store.delete(&JsValue::from_str(key))).await {
        Ok(()) => true,
        Err(_) => open().await.is_err(),
    }
}
