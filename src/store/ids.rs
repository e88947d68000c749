//! Fresh record ids: the core's format, fed with the browser's clock and randomness.

/// A new id with the given prefix (`g` goal, `m` milestone, …).
pub fn new_id(prefix: &str) -> String {
    let random = (js_sys::Math::random() * u32::MAX as f64) as u32;
    waymark_core::ids::make_id(prefix, super::clock::now_ms(), random)
}
