//! Entry point: reads the workbook, then takes down the page shell painted from the HTML
//! (see `scripts/postbuild.mjs`) and mounts the Waymark app into the page.

use std::time::Duration;

use leptos::prelude::*;
use waymark::store::state::AppState;

fn main() {
    console_error_panic_hook::set_once();
    // Three tasks rather than one: starting the wasm, reading a large workbook and
    // drawing the first page each keep a slow phone busy for a while, and between them
    // the browser can answer a tap (the shell stays up until the app replaces it, in
    // the same task).
    set_timeout(
        || {
            let state = AppState::start();
            set_timeout(move || mount(state), Duration::ZERO);
        },
        Duration::ZERO,
    );
}

fn mount(state: AppState) {
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        shell.remove();
    }
    leptos::mount::mount_to_body(move || view! { <waymark::App state=state /> });
}
