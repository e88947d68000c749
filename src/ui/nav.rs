//! The main navigation: Home, then the pages in a few groups (`words::nav::GROUPS`).
//!
//! On a wide screen each group is a button that opens a small list of its links (the
//! disclosure pattern: Escape, a click elsewhere or focus leaving closes it, and only one
//! is open at a time); the group holding the current page is marked. On a narrow screen
//! the "Menu" button opens one panel with every group's title and links.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use super::components::{base, focus_soon, Icon, A};
use super::words::nav::{GROUPS, HOME, LANDMARK, MENU};

/// Pages not listed in the navigation that belong with one that is: `(address, listed)`.
const BELONGS_WITH: &[(&str, &str)] = &[("/timeline", "/checkins")];

/// The icon beside each link.
fn icon_for(href: &str) -> &'static str {
    match href {
        "/discover" => "compass",
        "/profile" => "person",
        "/stories" => "edit",
        "/goals" => "flag",
        "/goals/gaps" => "map",
        "/goals/skills" => "skill",
        "/checkins" => "check",
        "/journal" => "book",
        "/outcomes" => "chart",
        "/search" => "briefcase",
        "/people" => "people",
        "/report" => "print",
        "/coach" => "clipboard",
        "/data" => "save",
        _ => "circle",
    }
}

/// The group holding the page at `path` (the app's own path, without the base), if any.
fn group_holding(path: &str) -> Option<usize> {
    let path = path.trim_end_matches('/');
    let path = BELONGS_WITH
        .iter()
        .find(|(p, _)| under(path, p))
        .map_or(path, |(_, listed)| listed);
    GROUPS
        .iter()
        .position(|(_, links)| links.iter().any(|(href, _)| under(path, href)))
}

/// True when `path` is `page` or one of its sub-pages.
fn under(path: &str, page: &str) -> bool {
    path.strip_prefix(page)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

fn button_id(i: usize) -> String {
    format!("nav-group-{i}")
}

fn list_id(i: usize) -> String {
    format!("nav-list-{i}")
}

/// True when the event's target sits inside an element matching `selector`.
fn inside(target: Option<web_sys::EventTarget>, selector: &str) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest(selector).ok().flatten())
        .is_some()
}

/// The menu button (shown on narrow screens) and the navigation itself.
#[component]
pub fn SiteNav() -> impl IntoView {
    let menu_open = RwSignal::new(false);
    let open_group = RwSignal::new(None::<usize>);
    let location = use_location();
    let current = Memo::new(move |_| {
        let path = location.pathname.get();
        group_holding(path.strip_prefix(base()).unwrap_or(&path))
    });
    // Every menu closes when the page changes.
    Effect::new(move |prev: Option<String>| {
        let path = location.pathname.get();
        if prev.is_some() && prev.as_deref() != Some(path.as_str()) {
            menu_open.set(false);
            open_group.set(None);
        }
        path
    });
    // A click outside the groups closes the open one (a click on another group's button
    // opens that one instead).
    let _ = window_event_listener(leptos::ev::click, move |ev| {
        if open_group.get_untracked().is_some() && !inside(ev.target(), ".nav-group") {
            open_group.set(None);
        }
    });
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() != "Escape" {
            return;
        }
        if let Some(i) = open_group.get_untracked() {
            ev.prevent_default();
            open_group.set(None);
            focus_soon(button_id(i));
        } else if menu_open.get_untracked() {
            ev.prevent_default();
            menu_open.set(false);
            focus_soon("menu-toggle");
        }
    };

    let groups = GROUPS
        .iter()
        .enumerate()
        .map(|(i, (title, links))| {
            let open = move || open_group.get() == Some(i);
            let here = move || current.get() == Some(i);
            // Focus moving out of the open group (Tab past its last link) closes it.
            let on_focusout = move |ev: web_sys::FocusEvent| {
                let group = format!("#{}, #{}", button_id(i), list_id(i));
                if open_group.get_untracked() == Some(i) && !inside(ev.related_target(), &group) {
                    open_group.set(None);
                }
            };
            view! {
                <li class="nav-group" class:open=open class:here=here on:focusout=on_focusout>
                    <button
                        id=button_id(i)
                        class="nav-group-button"
                        aria-expanded=move || open().to_string()
                        aria-controls=list_id(i)
                        aria-current=move || here().then_some("true")
                        on:click=move |_| open_group.update(|g| *g = if *g == Some(i) { None } else { Some(i) })
                    >
                        <span>{*title}</span>
                        <Icon name="chevron-down" />
                    </button>
                    <span class="nav-group-title">{*title}</span>
                    <ul id=list_id(i) class="nav-list">
                        {links
                            .iter()
                            .map(|(href, label)| {
                                view! {
                                    <li>
                                        <A href=*href exact=true>
                                            <Icon name=icon_for(href) />
                                            <span>{*label}</span>
                                        </A>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </li>
            }
        })
        .collect_view();

    view! {
        <button
            id="menu-toggle"
            class="menu-toggle btn btn-quiet"
            aria-controls="site-nav"
            aria-expanded=move || menu_open.get().to_string()
            on:click=move |_| menu_open.update(|o| *o = !*o)
        >
            <Icon name="menu" />
            <span>{MENU}</span>
        </button>
        <nav
            id="site-nav"
            class="site-nav"
            class:open=move || menu_open.get()
            aria-label=LANDMARK
            on:keydown=on_keydown
        >
            <ul class="nav-top">
                <li class="nav-home">
                    <A href="/" exact=true>
                        <Icon name="home" />
                        <span>{HOME}</span>
                    </A>
                </li>
                {groups}
            </ul>
        </nav>
    }
}
