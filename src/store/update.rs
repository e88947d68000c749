//! The bridge to `sw-register.js`: whether a new build is waiting in the service worker,
//! and asking it to take over (the page then reloads into the new version).

use wasm_bindgen::{JsCast, JsValue};

fn window_value(name: &str) -> Option<JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &JsValue::from_str(name)).ok()
}

/// True when `sw-register.js` has announced a waiting update.
pub fn is_ready() -> bool {
    window_value("__waymarkUpdateReady").is_some_and(|v| v.is_truthy())
}

/// Tells the waiting service worker to take over. False if there is none.
pub fn apply() -> bool {
    window_value("__waymarkApplyUpdate")
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .is_some_and(|f| f.call0(&JsValue::NULL).is_ok())
}
