//! User-timing marks around work that could be slow with years of data (the save), so
//! `make bench` and the browser's performance panel can see how long it takes. Marks
//! cost next to nothing and never fail loudly.

use wasm_bindgen::{JsCast, JsValue};

fn performance() -> Option<js_sys::Object> {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance"))
        .ok()?
        .dyn_into()
        .ok()
}

fn call(target: &js_sys::Object, method: &str, args: &[&str]) {
    let Ok(function) = js_sys::Reflect::get(target, &JsValue::from_str(method)) else {
        return;
    };
    let Ok(function) = function.dyn_into::<js_sys::Function>() else {
        return;
    };
    let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
    let _ = function.apply(target, &args);
}

/// Runs `work` between two marks and records a `performance.measure` named `name`.
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let Some(perf) = performance() else {
        return work();
    };
    let start = format!("{name}:start");
    call(&perf, "mark", &[&start]);
    let out = work();
    call(&perf, "measure", &[name, &start]);
    call(&perf, "clearMarks", &[&start]);
    out
}

/// Records a `performance.mark` named `name` (for example, when every page has arrived).
pub fn mark(name: &str) {
    if let Some(perf) = performance() {
        call(&perf, "mark", &[name]);
    }
}
