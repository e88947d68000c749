//! Links and navigation that respect the folder the app is hosted in. leptos_router
//! leaves absolute paths as they are, so `/goals` would escape a sub-path such as
//! `/coaching/waymark/`; every in-app link goes through here instead (and navigation
//! through `use_go`, for one way of doing it).

use std::sync::OnceLock;

use leptos::prelude::*;
use leptos_router::{hooks::use_navigate, NavigateOptions};

static BASE: OnceLock<String> = OnceLock::new();

/// Records the base path (from `<base href>`, without a trailing slash) once at start.
pub fn set_base(base: String) {
    let _ = BASE.set(base);
}

/// The base path, e.g. `""` or `"/coaching/waymark"`.
pub fn base() -> &'static str {
    BASE.get().map(String::as_str).unwrap_or("")
}

/// An in-app path (`/goals/g-1?x=y`) as an address under the base.
pub fn with_base(path: &str) -> String {
    if path.starts_with('/') && !path.starts_with("//") {
        format!("{}{path}", base())
    } else {
        path.to_string()
    }
}

/// A router link whose absolute `href` is placed under the app's base path. Takes the
/// same `href`, `exact` and `attr:` attributes as leptos_router's `A`.
#[component]
pub fn A(
    #[prop(into)] href: Signal<String>,
    #[prop(optional)] exact: bool,
    children: Children,
) -> impl IntoView {
    let href = move || with_base(&href.get());
    view! {
        <leptos_router::components::A href=href exact=exact>
            {children()}
        </leptos_router::components::A>
    }
}

/// Navigation to an in-app path. The router's `navigate` already places absolute paths
/// under the base (unlike its `A`), so the path goes in as it is.
pub fn use_go() -> impl Fn(&str) + Clone + Send + Sync + 'static {
    let navigate = use_navigate();
    move |path: &str| navigate(path, NavigateOptions::default())
}
