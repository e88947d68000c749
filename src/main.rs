//! Entry point: reads the workbook, then takes down the page shell painted from the HTML
//! (see `scripts/postbuild.mjs`) and mounts the Waymark app into the page.

use std::time::Duration;

use leptos::prelude::*;
use waymark::store::{marks, reader, state::AppState, storage};

fn main() {
    console_error_panic_hook::set_once();
    // Start-up in tasks rather than one: starting the wasm, taking a large workbook's
    // text from storage, copying it in, reading it part by part, setting up the tab's
    // history, setting up the browser's date formats and drawing the first page each
    // keep a slow phone busy for a while, and between them the browser can answer a tap
    // (the shell stays up until the app replaces it, in the same task).
    later("hold", || {
        let held = storage::local_storage().map(|s| storage::hold(&s));
        later("copy", move || {
            let raw = held.map(storage::Held::copy);
            later("plan", move || match raw {
                None => begin(None),
                Some(raw) => {
                    let stored = raw.stored();
                    match storage::Parsing::of(raw) {
                        Err(outcome) => begin(Some((stored, outcome))),
                        // The reader's file was asked for with the main wasm (the
                        // route hint): usually here already.
                        Ok(parsing) => wasm_bindgen_futures::spawn_local(async move {
                            match reader::ready().await {
                                Ok(()) => read_parts(stored, parsing),
                                Err(_) => start(Some((stored, storage::LoadOutcome::NotLoaded))),
                            }
                        }),
                    }
                }
            });
        });
    });
}

/// Reads the stored workbook one part per task, then puts it together and starts.
fn read_parts(stored: storage::Stored, mut parsing: storage::Parsing) {
    later("part", move || match reader::step(&mut parsing) {
        Ok(true) => read_parts(stored, parsing),
        Ok(false) => later("finish", move || match storage::local_storage() {
            Some(store) => {
                let outcome =
                    reader::finish(parsing, &store).unwrap_or(storage::LoadOutcome::NotLoaded);
                later("begin", move || begin(Some((stored, outcome))));
            }
            None => begin(None),
        }),
        Err(_) => start(Some((stored, storage::LoadOutcome::NotLoaded))),
    });
}

/// Sets up the tab from what was read (looking for the last good copy of unreadable
/// text first), then draws the app in the next task.
/// With nothing stored (a first visit) the reader is not needed, unless another tab
/// stored something meanwhile.
fn begin(read: Option<(storage::Stored, storage::LoadOutcome)>) {
    let Some((stored, outcome)) = read else {
        return start(None);
    };
    let needs_reader = !reader::is_ready()
        && storage::local_storage().is_some_and(|s| storage::anything_to_read(&s));
    if outcome.may_recover() || needs_reader {
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = match reader::ready().await {
                Err(_) => storage::LoadOutcome::NotLoaded,
                Ok(()) if outcome.may_recover() => storage::recover(outcome).await,
                Ok(()) => outcome,
            };
            start(Some((stored, outcome)));
        });
    } else {
        start(Some((stored, outcome)));
    }
}

fn start(read: Option<(storage::Stored, storage::LoadOutcome)>) {
    let state = AppState::start_from_read(read);
    later("locale", move || {
        waymark::store::locale::warm();
        later("numbers", move || {
            waymark::store::locale::warm_numbers();
            later("draw", move || mount(state));
        });
    });
}

/// Runs `task` in a task of its own, measured as `waymark-start:<name>` (user timing:
/// the browser's performance panel and Lighthouse's trace show each start-up step).
fn later(name: &'static str, task: impl FnOnce() + 'static) {
    set_timeout(
        move || marks::measure(&format!("waymark-start:{name}"), task),
        Duration::ZERO,
    );
}

/// Draws the app: its header and navigation in this task, unseen behind the page shell
/// painted from the HTML (`<html data-starting>`), and the page in the next; the shell is
/// taken down as the opened page is built (`waymark::ui::Pages`). Each is a smaller task
/// on a slow phone, and nothing is painted half-drawn or empty between them.
fn mount(state: AppState) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let (Some(_), Some(root)) = (
            document.get_element_by_id("boot"),
            document.document_element(),
        ) {
            let _ = root.set_attribute("data-starting", "");
        }
    }
    leptos::mount::mount_to_body(move || view! { <waymark::App state=state /> });
    state.load_writer_soon();
}
