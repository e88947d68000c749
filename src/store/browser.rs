//! What kind of browser this is, only where it changes what Waymark should say: Safari
//! may clear what a site keeps (localStorage included) when the site hasn't been opened
//! for seven days, unless it runs as a web app added to the Home Screen (or the Dock).
//! Chromium and Firefox keep a site's storage until space runs low.

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use waymark_core::backup;

/// True for Safari's user agent (WebKit by Apple, and WebKitGTK, which reads the same),
/// false for Chromium, Edge, Firefox, Opera and the other browsers that say "Safari"
/// in their user agent too.
pub fn is_safari_agent(user_agent: &str) -> bool {
    const OTHERS: [&str; 11] = [
        "Chrome/",
        "Chromium/",
        "CriOS/",
        "FxiOS/",
        "EdgiOS/",
        "EdgA/",
        "Edg/",
        "OPR/",
        "OPT/",
        "Firefox/",
        "Android",
    ];
    user_agent.contains("AppleWebKit/")
        && user_agent.contains("Version/")
        && user_agent.contains("Safari/")
        && !OTHERS.iter().any(|other| user_agent.contains(other))
}

/// Whether this page runs in Safari.
pub fn is_safari() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .is_some_and(|agent| is_safari_agent(&agent))
}

/// Whether Waymark was opened as an installed web app (from the Home Screen or the
/// Dock) rather than as a page in a browser tab.
pub fn runs_as_web_app() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // iOS says so on the navigator; everywhere else the display mode tells.
    let standalone = Reflect::get(&window.navigator(), &JsValue::from_str("standalone"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    standalone || display_mode_standalone(&window).unwrap_or(false)
}

fn display_mode_standalone(window: &web_sys::Window) -> Option<bool> {
    let match_media = Reflect::get(window, &JsValue::from_str("matchMedia"))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let list = match_media
        .call1(window, &JsValue::from_str("(display-mode: standalone)"))
        .ok()?;
    Reflect::get(&list, &JsValue::from_str("matches"))
        .ok()?
        .as_bool()
}

/// Whether this browser may clear Waymark's storage after seven days without a visit:
/// Safari, when Waymark runs as a page rather than from the Home Screen.
pub fn may_clear_after_a_week() -> bool {
    is_safari() && !runs_as_web_app()
}

/// After how many days the Data page reminds the person to download a fresh backup:
/// sooner where the browser may clear storage after a week.
pub fn backup_reminder_days() -> i64 {
    if may_clear_after_a_week() {
        backup::REMIND_AFTER_A_WEEK_DAYS
    } else {
        backup::REMIND_AFTER_DAYS
    }
}
