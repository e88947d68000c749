//! The user interface: the app shell (navigation, banners, routes) and its pages.
//! Components render what `waymark_core` answers; they hold no rules of their own.

pub mod components;
pub mod pages;
pub mod words;

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path,
};

use crate::store::state::AppState;
use components::{set_base, Banners, Icon, A};

/// The base path the app is served under (from `<base href>`), without a trailing slash.
fn base_path() -> String {
    let href = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("base[href]").ok().flatten())
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_default();
    let path = href
        .split("://")
        .nth(1)
        .and_then(|rest| rest.find('/').map(|i| rest[i..].to_string()))
        .unwrap_or(href);
    path.trim_end_matches('/').to_string()
}

const NAV: [(&str, &str, &str); 9] = [
    ("/", "Home", "home"),
    ("/discover", "Discover", "compass"),
    ("/profile", "Profile", "person"),
    ("/goals", "Goals", "flag"),
    ("/checkins", "Check-ins", "check"),
    ("/journal", "Journal", "book"),
    ("/report", "Report", "print"),
    ("/data", "Data", "save"),
    ("/coach", "Coach", "people"),
];

/// The whole app: state, shell and routes.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);
    let base = base_path();
    set_base(base.clone());

    view! {
        <Router base=base>
            <Shell />
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    pages::coach::provide_coach_state();
    let menu_open = RwSignal::new(false);
    let location = use_location();
    // Close the phone menu and move focus to the page on every route change.
    Effect::new(move |prev: Option<String>| {
        let path = location.pathname.get();
        if prev.is_some() && prev.as_deref() != Some(path.as_str()) {
            menu_open.set(false);
            if let Some(main) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("main"))
            {
                use wasm_bindgen::JsCast;
                if let Ok(el) = main.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
        path
    });

    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <div class="header-inner">
                <A href="/" attr:class="brand">
                    <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" width="28" height="28">
                        <circle cx="16" cy="16" r="15" fill="var(--accent)" />
                        <path d="M16 6 L22 22 L16 18.5 L10 22 Z" fill="var(--on-accent)" />
                    </svg>
                    <span>"Waymark"</span>
                </A>
                <button
                    class="menu-toggle btn btn-quiet"
                    aria-controls="site-nav"
                    aria-expanded=move || menu_open.get().to_string()
                    on:click=move |_| menu_open.update(|o| *o = !*o)
                >
                    <Icon name="menu" />
                    <span>"Menu"</span>
                </button>
                <nav id="site-nav" class="site-nav" class:open=move || menu_open.get() aria-label="Main">
                    <ul>
                        {NAV
                            .iter()
                            .map(|(href, label, icon)| {
                                view! {
                                    <li>
                                        <A href=*href exact=true>
                                            <Icon name=*icon />
                                            <span>{*label}</span>
                                        </A>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
        <Banners />
        <pages::coach::ProgramInbox />
        <main id="main" tabindex="-1">
            <Routes fallback=pages::not_found::NotFound>
                <Route path=path!("/") view=pages::home::HomePage />
                <Route path=path!("/discover") view=pages::discover::DiscoverPage />
                <Route path=path!("/discover/:id") view=pages::discover::take::TakePage />
                <Route path=path!("/discover/:id/results") view=pages::discover::results::ResultsPage />
                <Route path=path!("/profile") view=pages::profile::ProfilePage />
                <Route path=path!("/goals") view=pages::goals::GoalsPage />
                <Route path=path!("/goals/new") view=pages::goals::NewGoalPage />
                <Route path=path!("/goals/gaps") view=pages::goals::GapMapsPage />
                <Route path=path!("/goals/gaps/:id") view=pages::goals::GapMapPage />
                <Route path=path!("/goals/skills") view=pages::goals::SkillsPage />
                <Route path=path!("/goals/:id") view=pages::goals::GoalPage />
                <Route path=path!("/checkins") view=pages::checkins::CheckinsPage />
                <Route path=path!("/journal") view=pages::journal::JournalPage />
                <Route path=path!("/timeline") view=pages::timeline::TimelinePage />
                <Route path=path!("/report") view=pages::report::ReportPage />
                <Route path=path!("/data") view=pages::data::DataPage />
                <Route path=path!("/coach") view=pages::coach::CoachPage />
                <Route path=path!("/coach/review") view=pages::coach::ReviewPage />
            </Routes>
        </main>
        <footer class="site-footer">
            <p>
                "Your workbook stays in this browser on this device. Nothing is sent anywhere. "
                <A href="/data">"Back it up"</A>
            </p>
        </footer>
    }
}
