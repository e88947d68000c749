//! Entry point: reads the workbook, then takes down the page shell painted from the HTML
//! (see `scripts/postbuild.mjs`) and mounts the Waymark app into the page.

use std::time::Duration;

use leptos::prelude::*;
use waymark::store::{state::AppState, storage};

fn main() {
    console_error_panic_hook::set_once();
    // Start-up in tasks rather than one: starting the wasm, taking a large workbook's
    // text from storage, copying it in, reading it part by part, setting up the tab's
    // history, setting up the browser's date formats and drawing the first page each
    // keep a slow phone busy for a while, and between them the browser can answer a tap
    // (the shell stays up until the app replaces it, in the same task).
    later(|| {
        let held = storage::local_storage().map(|s| storage::hold(&s));
        later(move || {
            let raw = held.map(storage::Held::copy);
            later(move || match raw {
                None => begin(None),
                Some(raw) => {
                    let stored = raw.stored();
                    match storage::Parsing::of(raw) {
                        Err(outcome) => begin(Some((stored, outcome))),
                        Ok(parsing) => read_parts(stored, parsing),
                    }
                }
            });
        });
    });
}

/// Reads the stored workbook one part per task, then starts.
fn read_parts(stored: storage::Stored, mut parsing: storage::Parsing) {
    let more = parsing.step();
    later(move || {
        if more {
            read_parts(stored, parsing);
        } else if let Some(store) = storage::local_storage() {
            begin(Some((stored, parsing.finish(&store))));
        } else {
            begin(None);
        }
    });
}

/// Sets up the tab from what was read (looking for the last good copy of unreadable
/// text first), then draws the app in the next task.
fn begin(read: Option<(storage::Stored, storage::LoadOutcome)>) {
    if let Some((stored, outcome)) = read {
        if outcome.may_recover() {
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = storage::recover(outcome).await;
                start(Some((stored, outcome)));
            });
        } else {
            start(Some((stored, outcome)));
        }
    } else {
        start(None);
    }
}

fn start(read: Option<(storage::Stored, storage::LoadOutcome)>) {
    let state = AppState::start_from_read(read);
    later(move || {
        waymark::store::locale::warm();
        later(move || mount(state));
    });
}

fn later(task: impl FnOnce() + 'static) {
    set_timeout(task, Duration::ZERO);
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
