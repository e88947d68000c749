//! Keeps the top of the page on screen (the elements marked `data-shell` at the start of
//! its `.page`: its header, a standing note, a first-run card; `data-shell="open"` for a
//! layout kept with only its own leading marked elements) for the page shell of the
//! next visit, so a returning person on a slow phone sees their page's top at once
//! (`waymark_core::page_tops`). Kept a second after the page or the workbook changes,
//! and as the tab is hidden. A top marked `data-shell="today"` speaks of today and is
//! painted by the shell only today.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;
use waymark_core::page_tops::PageTop;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use crate::store::{clock, page_tops, state::AppState};

/// Starts keeping page tops for as long as the app runs.
pub fn keep_page_tops(app: AppState) {
    let location = use_location();
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        location.pathname.track();
        app.workbook.track();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || keep_now(app), Duration::from_secs(1));
        pending.set_value(handle.ok());
    });
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.hidden());
        if hidden {
            keep_now(app);
        }
    });
}

fn keep_now(app: AppState) {
    // The room is the workbook's: with storage nearly full, or not saving (the workbook
    // was just removed from this browser, say), keep nothing.
    if !app.keeps_drafts()
        || app.storage_low.get_untracked()
        || app.save_error.with_untracked(Option::is_some)
    {
        page_tops::forget();
        return;
    }
    if let Some(path) = current_path() {
        if page_tops::keep(&path, top_of_page(&path)) {
            // What reads how much room Waymark takes reads it again.
            app.stored.update(|n| *n += 1);
        }
    }
}

/// The address within the app, as the page shell works it out.
fn current_path() -> Option<String> {
    let at = web_sys::window()?.location().pathname().ok()?;
    let at = at
        .strip_prefix(crate::ui::components::base())
        .unwrap_or(&at);
    let at = at.trim_end_matches('/');
    Some(if at.is_empty() { "/".into() } else { at.into() })
}

/// The marked elements at the start of the page, with what is typed and chosen in
/// them written into the markup.
fn top_of_page(path: &str) -> Option<PageTop> {
    let page = web_sys::window()?
        .document()?
        .query_selector("main#main > .page")
        .ok()??;
    let (html, dated) = leading(&page)?;
    (!html.is_empty()).then(|| PageTop {
        path: path.into(),
        class: page.class_name(),
        html,
        day: dated.then(clock::today),
    })
}

/// The markup of `parent`'s leading marked children, and whether any speaks of today.
/// A child marked `data-shell="open"` (a layout around the page's first card) is kept
/// with only its own leading marked children.
fn leading(parent: &Element) -> Option<(String, bool)> {
    let children = parent.children();
    let mut html = String::new();
    let mut dated = false;
    for i in 0..children.length() {
        let Some(child) = children.item(i) else { break };
        let Some(kind) = child.get_attribute("data-shell") else {
            break;
        };
        if kind == "open" {
            let (inner, inner_dated) = leading(&child)?;
            if inner.is_empty() {
                break;
            }
            let frame: Element = child.clone_node().ok()?.dyn_into().ok()?;
            frame.set_inner_html(&inner);
            html.push_str(&frame.outer_html());
            dated |= inner_dated;
        } else {
            dated |= kind == "today";
            html.push_str(&frozen(&child)?);
        }
    }
    Some((html, dated))
}

/// `el`'s markup with each field's current value and choice as attributes (markup
/// alone holds only what the fields started with).
fn frozen(el: &Element) -> Option<String> {
    const FIELDS: &str = "input, textarea, select";
    let copy: Element = el.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let live = el.query_selector_all(FIELDS).ok()?;
    let copies = copy.query_selector_all(FIELDS).ok()?;
    for i in 0..live.length().min(copies.length()) {
        let (Some(field), Some(into)) = (live.item(i), copies.item(i)) else {
            continue;
        };
        let Ok(into) = into.dyn_into::<Element>() else {
            continue;
        };
        if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
            if matches!(input.type_().as_str(), "checkbox" | "radio") {
                let _ = if input.checked() {
                    into.set_attribute("checked", "")
                } else {
                    into.remove_attribute("checked")
                };
            } else {
                let _ = into.set_attribute("value", &input.value());
            }
        } else if let Some(area) = field.dyn_ref::<HtmlTextAreaElement>() {
            into.set_text_content(Some(&area.value()));
        } else if let Some(select) = field.dyn_ref::<HtmlSelectElement>() {
            let options = into.query_selector_all("option").ok()?;
            for o in 0..options.length() {
                let Some(option) = options.item(o).and_then(|n| n.dyn_into::<Element>().ok())
                else {
                    continue;
                };
                let _ = if o as i32 == select.selected_index() {
                    option.set_attribute("selected", "")
                } else {
                    option.remove_attribute("selected")
                };
            }
        }
    }
    Some(copy.outer_html())
}
