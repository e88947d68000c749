//! Running work when the browser is idle: `requestIdleCallback` with a deadline where the
//! browser has it (Chromium, Firefox), a plain `setTimeout` where it doesn't (Safari).

use std::time::Duration;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

fn window_function(name: &str) -> Option<(web_sys::Window, js_sys::Function)> {
    let window = web_sys::window()?;
    let f = js_sys::Reflect::get(&window, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((window, f))
}

/// Runs `work` once, in an idle moment, and at the latest after `deadline`.
pub fn when_idle(work: impl FnOnce() + 'static, deadline: Duration) {
    let callback = Closure::once_into_js(work);
    if let Some((window, request)) = window_function("requestIdleCallback") {
        let options = js_sys::Object::new();
        let millis = JsValue::from_f64(deadline.as_millis() as f64);
        if js_sys::Reflect::set(&options, &JsValue::from_str("timeout"), &millis).is_ok()
            && request.call2(&window, &callback, &options).is_ok()
        {
            return;
        }
    }
    if let Some(window) = web_sys::window() {
        if let Ok(callback) = callback.dyn_into::<js_sys::Function>() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&callback, 0);
        }
    }
}
