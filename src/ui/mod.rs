//! The user interface: the app shell (navigation, banners, routes) and its pages.
//! Components render what `waymark_core` answers; they hold no rules of their own.

pub mod components;
pub mod form;
mod nav;
mod page_tops;
pub mod pages;
pub mod words;

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path, Lazy, LazyRoute,
};

use crate::store::state::{use_app, AppState};
use components::{set_base, Banners, Later, A};

/// The whole app: state, shell and routes.
#[component]
pub fn App(
    /// Started by the caller (`src/main.rs` reads the workbook one task before drawing).
    state: AppState,
) -> impl IntoView {
    provide_context(state);
    provide_context(pages::goals::DeletedGoal(RwSignal::new(None)));
    provide_context(pages::search::DeletedApplication(RwSignal::new(None)));
    let base = crate::store::base::base_path();
    set_base(base.clone());
    preload_pages();

    // True while a navigation waits for its page (on a slow network, its file).
    let (routing, set_routing) = signal(false);

    view! {
        <Router base=base set_is_routing=set_routing>
            <Shell routing=routing />
        </Router>
    }
}

#[component]
fn Shell(routing: ReadSignal<bool>) -> impl IntoView {
    pages::coach::provide_coach_state();
    components::provide_here();
    page_tops::keep_page_tops(use_app());
    let location = use_location();
    // Move focus to the page on every route change (the menus close themselves), once the
    // new page is there: a page whose file is still loading keeps the old page on screen,
    // and a Tab into it would land on something about to disappear.
    let focus_pending = RwSignal::new(false);
    Effect::new(move |prev: Option<String>| {
        let path = location.pathname.get();
        if prev.is_some() && prev.as_deref() != Some(path.as_str()) {
            focus_pending.set(true);
        }
        path
    });
    Effect::new(move || {
        if focus_pending.get() && !routing.get() {
            focus_pending.set(false);
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
    });

    view! {
        <div class="route-progress" class:active=move || routing.get() aria-hidden="true"></div>
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
                <nav::SiteNav />
            </div>
        </header>
        <Banners />
        <ProgramInboxWhenLinked />
        <main id="main" tabindex="-1" aria-busy=move || routing.get().to_string()>
            <Later><Pages /></Later>
        </main>
        <footer class="site-footer">
            <p>
                "Your workbook stays in this browser on this device. Nothing is sent anywhere. "
                <A href="/data">"Back it up"</A>
            </p>
        </footer>
    }
}

/// The pages, drawn in the task after the app's header and navigation (`src/main.rs`).
/// The page shell painted from the HTML stays until the opened page is built in its
/// place (`with_shell_down`): a deep link's page waits for its group's file, and the
/// shell's title and lead stay on screen meanwhile instead of an empty page.
#[component]
fn Pages() -> impl IntoView {
    // Should a page's file never arrive nor fail, the app is shown anyway.
    set_timeout(take_down_page_shell, std::time::Duration::from_secs(6));
    view! {
        <Routes fallback=|| with_shell_down(pages::not_found::NotFound().into_any())>
            <Route path=path!("/") view=pages::home::HomePage />
            <Route path=path!("/discover") view={Lazy::<DiscoverRoute>::new()} />
            <Route path=path!("/discover/:id") view={Lazy::<TakeRoute>::new()} />
            <Route path=path!("/discover/:id/results") view={Lazy::<ResultsRoute>::new()} />
            <Route path=path!("/profile") view={Lazy::<ProfileRoute>::new()} />
            <Route path=path!("/stories") view={Lazy::<StoriesRoute>::new()} />
            <Route path=path!("/stories/new") view={Lazy::<NewStoryRoute>::new()} />
            <Route path=path!("/stories/practice") view={Lazy::<PracticeRoute>::new()} />
            <Route path=path!("/stories/evidence") view={Lazy::<EvidenceRoute>::new()} />
            <Route path=path!("/stories/:id") view={Lazy::<StoryRoute>::new()} />
            <Route path=path!("/goals") view={Lazy::<GoalsRoute>::new()} />
            <Route path=path!("/goals/new") view={Lazy::<NewGoalRoute>::new()} />
            <Route path=path!("/goals/gaps") view={Lazy::<GapMapsRoute>::new()} />
            <Route path=path!("/goals/gaps/:id") view={Lazy::<GapMapRoute>::new()} />
            <Route path=path!("/goals/skills") view={Lazy::<SkillsRoute>::new()} />
            <Route path=path!("/goals/:id") view={Lazy::<GoalRoute>::new()} />
            <Route path=path!("/checkins") view={Lazy::<CheckinsRoute>::new()} />
            <Route path=path!("/journal") view={Lazy::<JournalRoute>::new()} />
            <Route path=path!("/outcomes") view={Lazy::<OutcomesRoute>::new()} />
            <Route path=path!("/timeline") view={Lazy::<TimelineRoute>::new()} />
            <Route path=path!("/report") view={Lazy::<ReportRoute>::new()} />
            <Route path=path!("/data") view={Lazy::<DataRoute>::new()} />
            <Route path=path!("/search") view={Lazy::<SearchRoute>::new()} />
            <Route path=path!("/search/:id") view={Lazy::<ApplicationRoute>::new()} />
            <Route path=path!("/people") view={Lazy::<PeopleRoute>::new()} />
            <Route path=path!("/coach") view={Lazy::<CoachRoute>::new()} />
            <Route path=path!("/coach/review") view={Lazy::<ReviewRoute>::new()} />
            <Route path=path!("/coach/group") view={Lazy::<GroupRoute>::new()} />
            <Route path=path!("/report/closing") view={Lazy::<ClosingRoute>::new()} />
        </Routes>
    }
}

/// A page that takes down the page shell as it is built, in the same task as it goes on
/// screen: no frame is painted between the two.
pub(crate) fn with_shell_down(page: AnyView) -> AnyView {
    (page, take_down_page_shell).into_any()
}

thread_local! {
    static SHELL_DOWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Removes the page shell painted from the HTML (`#boot`, see `scripts/postbuild.mjs`)
/// and shows the app drawn behind it (`html[data-starting]` hides it until then). Once.
fn take_down_page_shell() {
    if SHELL_DOWN.with(|down| down.replace(true)) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(shell) = document.get_element_by_id("boot") {
        shell.remove();
    }
    if let Some(root) = document.document_element() {
        let _ = root.remove_attribute("data-starting");
    }
}

/// A route whose page is loaded on first visit. In release builds each group's pages are
/// split into their own wasm file (`scripts/split.mjs`), so the first load carries only the
/// shell and the home page; the groups are then fetched in idle time (`preload_pages`).
/// Debug builds and tests keep one wasm file and show the page at once.
macro_rules! lazy_view {
    ($group:ident, $view:ident, $body:expr $(, preload $preload:ident)?) => {
        #[cfg(not(debug_assertions))]
        #[leptos::wasm_split::wasm_split(
            $group,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            $(preload($preload))?
        )]
        fn $view() -> Result<AnyView, PageLoadError> {
            Ok($body.into_any())
        }

        #[cfg(debug_assertions)]
        async fn $view() -> Result<AnyView, PageLoadError> {
            Ok($body.into_any())
        }
    };
}

macro_rules! lazy_page {
    ($group:ident: $route:ident, $view:ident, $page:path $(, preload $preload:ident)?) => {
        struct $route;

        lazy_view!($group, $view, $page() $(, preload $preload)?);

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_: Self) -> AnyView {
                with_shell_down(match $view().await {
                    Ok(page) => page,
                    Err(PageLoadError) => pages::not_found::PageDidNotLoad().into_any(),
                })
            }
        }
    };
}

/// Loads the app again (a part of it didn't arrive; a reload fetches it anew).
pub(crate) fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// A page's code could not be fetched (offline before the first visit finished, or the
/// hosted copy was updated and the old files are gone).
pub(crate) struct PageLoadError;

impl From<leptos::wasm_split::SplitLoaderError> for PageLoadError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PageLoadError
    }
}

lazy_page!(discover: DiscoverRoute, discover_view, pages::discover::DiscoverPage, preload preload_discover);
lazy_page!(discover: TakeRoute, take_view, pages::discover::take::TakePage);
lazy_page!(discover: ResultsRoute, results_view, pages::discover::results::ResultsPage);
lazy_page!(discover: ProfileRoute, profile_view, pages::profile::ProfilePage);
lazy_page!(goals: GoalsRoute, goals_view, pages::goals::GoalsPage, preload preload_goals);
lazy_page!(goals: NewGoalRoute, new_goal_view, pages::goals::NewGoalPage);
lazy_page!(goals: GapMapsRoute, gap_maps_view, pages::goals::GapMapsPage);
lazy_page!(goals: GapMapRoute, gap_map_view, pages::goals::GapMapPage);
lazy_page!(goals: SkillsRoute, skills_view, pages::goals::SkillsPage);
lazy_page!(goals: GoalRoute, goal_view, pages::goals::GoalPage);
lazy_page!(accountability: CheckinsRoute, checkins_view, pages::checkins::CheckinsPage, preload preload_accountability);
lazy_page!(accountability: JournalRoute, journal_view, pages::journal::JournalPage);
lazy_page!(accountability: TimelineRoute, timeline_view, pages::timeline::TimelinePage);
lazy_page!(accountability: OutcomesRoute, outcomes_view, pages::outcomes::OutcomesPage);
lazy_page!(review: ReportRoute, report_view, pages::report::ReportPage, preload preload_review);
lazy_page!(review: CoachRoute, coach_view, pages::coach::CoachPage);
lazy_page!(review: ReviewRoute, review_view, pages::coach::ReviewPage);
lazy_page!(review: GroupRoute, group_view, pages::coach::GroupPage);
lazy_page!(review: ClosingRoute, closing_view, pages::coach::ClosingPage);
lazy_view!(review, program_inbox, pages::coach::CoachInbox());
lazy_page!(data: DataRoute, data_view, pages::data::DataPage, preload preload_data);
lazy_page!(search: SearchRoute, search_view, pages::search::SearchPage, preload preload_search);
lazy_page!(search: ApplicationRoute, application_view, pages::search::ApplicationPage);
lazy_page!(search: PeopleRoute, people_view, pages::people::PeoplePage);
lazy_page!(stories: StoriesRoute, stories_view, pages::stories::StoriesPage, preload preload_stories);
lazy_page!(stories: NewStoryRoute, new_story_view, pages::stories::StoryPage);
lazy_page!(stories: StoryRoute, story_view, pages::stories::StoryPage);
lazy_page!(stories: PracticeRoute, practice_view, pages::stories::PracticePage);
lazy_page!(stories: EvidenceRoute, evidence_view, pages::stories::EvidencePage);

/// The inbox for a coach's program or feedback link. Its code (decoding the link) comes
/// with the `review` group, fetched only once the address carries one, at start or later.
#[component]
fn ProgramInboxWhenLinked() -> impl IntoView {
    let app = use_app();
    let linked = RwSignal::new(pages::coach::has_coach_link());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        if pages::coach::has_coach_link() {
            linked.set(true);
        }
    });
    move || {
        linked.get().then(|| {
            view! {
                <Suspense>
                    {Suspend::new(async move {
                        program_inbox().await.unwrap_or_else(|PageLoadError| {
                            app.tell(
                                "What your coach sent in this link couldn't be opened because part of Waymark didn't load. Reload the page to try again.",
                            );
                            ().into_any()
                        })
                    })}
                </Suspense>
            }
        })
    }
}

/// Loads page groups before they are opened, without ever holding up the first page or a
/// tap (on a slow phone, loading them all straight after the first page blocked it for
/// half a second): a group as soon as the person points at, focuses or touches a link to
/// it, and every group once they have been quiet for a while, one per idle moment. The
/// service worker keeps their files for offline use either way.
fn preload_pages() {
    #[cfg(not(debug_assertions))]
    {
        set_timeout(|| preload_from(0), std::time::Duration::from_secs(8));
        let intent = |ev: &web_sys::Event| {
            use wasm_bindgen::JsCast;
            let link = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("a[href]").ok().flatten())
                .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
            if let Some(group) = link.and_then(|a| group_of(&a.pathname())) {
                leptos::task::spawn_local(async move {
                    let _ = preload_group(group).await;
                });
            }
        };
        let _ = window_event_listener(leptos::ev::pointerover, move |ev| intent(&ev));
        let _ = window_event_listener(leptos::ev::focusin, move |ev| intent(&ev));
        let _ = window_event_listener(leptos::ev::touchstart, move |ev| intent(&ev));
    }
}

/// The page group an address opens in (the groups of `lazy_page!` above; the same table
/// as `ROUTE_GROUPS` in scripts/split.mjs, which starts a deep link's download early).
#[cfg(not(debug_assertions))]
fn group_of(pathname: &str) -> Option<usize> {
    let path = pathname
        .strip_prefix(components::base())
        .unwrap_or(pathname);
    let under = |p: &str| path == p || path.starts_with(&format!("{p}/"));
    [
        (&["/goals"][..], 0),
        (&["/checkins", "/journal", "/timeline", "/outcomes"][..], 1),
        (&["/discover", "/profile"][..], 2),
        (&["/report", "/coach"][..], 3),
        (&["/data"][..], 4),
        (&["/search", "/people"][..], 5),
        (&["/stories"][..], 6),
    ]
    .into_iter()
    .find(|(paths, _)| paths.iter().any(|p| under(p)))
    .map(|(_, group)| group)
}

/// Loads page group `i` (a no-op once loaded). False past the last group.
#[cfg(not(debug_assertions))]
async fn preload_group(i: usize) -> bool {
    // A failed preload is retried by the page itself when it is opened (and the reader
    // when another tab stores something).
    let _ = match i {
        0 => preload_goals().await.map_err(drop),
        1 => preload_accountability().await.map_err(drop),
        2 => preload_discover().await.map_err(drop),
        3 => preload_review().await.map_err(drop),
        4 => preload_data().await.map_err(drop),
        5 => preload_search().await.map_err(drop),
        6 => preload_stories().await.map_err(drop),
        // The code that reads what other tabs store (a first visit starts without it).
        7 => crate::store::reader::ready().await.map_err(drop),
        // The home dashboard's, for when a first visit's workbook fills up.
        8 => pages::home::preload_home().await.map_err(drop),
        _ => return false,
    };
    true
}

/// Preloads group `i` in the next idle moment, then the next group in the one after.
#[cfg(not(debug_assertions))]
fn preload_from(i: usize) {
    crate::store::idle::when_idle(
        move || {
            leptos::task::spawn_local(async move {
                if preload_group(i).await {
                    preload_from(i + 1);
                } else {
                    crate::store::marks::mark("waymark-pages-ready");
                }
            })
        },
        std::time::Duration::from_secs(5),
    );
}
