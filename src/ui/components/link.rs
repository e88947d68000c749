//! Links and navigation that respect the folder the app is hosted in. leptos_router
//! leaves absolute paths as they are, so `/goals` would escape a sub-path such as
//! `/coaching/waymark/`; every in-app link goes through here instead (and navigation
//! through `use_go`, for one way of doing it).

use std::sync::OnceLock;

use leptos::prelude::*;
use leptos_router::{
    hooks::{use_location, use_navigate},
    NavigateOptions,
};

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

/// The address's path, read once for every link on the page (`provide_here`).
#[derive(Clone, Copy)]
struct Here(Memo<String>);

/// Shares one reading of the address's path with every [`A`] below (the shell calls it,
/// inside the router).
pub fn provide_here() {
    let location = use_location();
    provide_context(Here(Memo::new(move |_| location.pathname.get())));
}

fn here() -> Memo<String> {
    use_context::<Here>().map(|h| h.0).unwrap_or_else(|| {
        let location = use_location();
        Memo::new(move |_| location.pathname.get())
    })
}

/// Whether a link to `target` (a path) is to the page at `path`, or (unless `exact`) to
/// a page holding it, as leptos_router's `A` decides it: `/goals` for `/goals/g-1`.
fn is_current(target: &str, path: &str, exact: bool) -> bool {
    let target = target.split(['?', '#']).next().unwrap_or_default();
    if exact {
        return path == target;
    }
    let mut rest = target.split('/');
    path.split('/')
        .zip(rest.by_ref())
        .enumerate()
        .all(|(i, (p, t))| p == t || (t.is_empty() && i > 1))
        && matches!(rest.next(), None | Some(""))
}

/// An in-app link whose absolute `href` is placed under the app's base path, marked
/// `aria-current="page"` when it leads to the page shown (`exact`: only that page, not
/// one below it). A plain link (the router follows every link in the app), reading the
/// address through the one shared reading: the router's own `A` sets up a reading of its
/// own for every link, which made long lists and the navigation slow to draw.
#[component]
pub fn A(
    #[prop(into)] href: Signal<String>,
    #[prop(optional)] exact: bool,
    children: Children,
) -> impl IntoView {
    let path = here();
    let full = move || with_base(&href.get());
    let current = move || {
        let target = full();
        path.with(|p| is_current(&target, p, exact))
            .then_some("page")
    };
    view! {
        <a href=full aria-current=current>
            {children()}
        </a>
    }
}

/// Navigation to an in-app path. The router's `navigate` already places absolute paths
/// under the base (unlike its `A`), so the path goes in as it is.
pub fn use_go() -> impl Fn(&str) + Clone + Send + Sync + 'static {
    let navigate = use_navigate();
    move |path: &str| navigate(path, NavigateOptions::default())
}
