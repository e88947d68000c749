//! The job search (`/search`): adding an application, the applications as a board by
//! stage or a filtered list, and the plain numbers (applications per week, replies and
//! interviews per application, days to the first offer). One application's page is in
//! [`detail`].

mod board;
pub mod detail;
mod form;
mod interviews;
mod numbers;

use leptos::prelude::*;
use waymark_core::discover::{latest_profile, Named};
use waymark_core::search::applications::ListFilter;
use waymark_core::search::Stage;

use crate::store::{prefs, state::use_app};
use crate::ui::components::{focus_soon, Icon, PageHeader};
use board::{Board, List, View, Views};
use form::{new_application, ApplicationFields, ApplicationForm, ApplicationText};

pub use detail::{ApplicationPage, DeletedApplication};

/// The person's top values from their latest values sort (none before it is done).
pub fn top_values_memo() -> Memo<Vec<Named>> {
    let app = use_app();
    let discovery = Memo::new(move |_| app.workbook.with(|wb| wb.discovery.clone()));
    Memo::new(move |_| {
        discovery.with(|d| latest_profile(d).values.map(|v| v.top).unwrap_or_default())
    })
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let app = use_app();
    let total = Memo::new(move |_| app.workbook.with(|wb| wb.search.applications.len()));
    let form: ApplicationForm = ApplicationForm::new("app-problems", ApplicationText::fresh());
    let open = RwSignal::new(form.restore());
    form.keep();
    let top_values = top_values_memo();
    let views = Views {
        view: RwSignal::new(match prefs::get("search.view").as_deref() {
            Some("list") => View::List,
            _ => View::Board,
        }),
        shown: RwSignal::new(Stage::Interested),
        filter: RwSignal::new(ListFilter::default()),
        keep: RwSignal::new(None),
    };
    // On a phone, start at the first stage that has something in it.
    if let Some(stage) = app.workbook.with_untracked(|wb| {
        Stage::ALL
            .into_iter()
            .find(|s| wb.search.applications.iter().any(|a| a.stage == *s))
    }) {
        views.shown.set(stage);
    }
    let has_fit = Signal::derive(move || {
        app.workbook.with(|wb| {
            wb.search
                .applications
                .iter()
                .any(|a| a.fit_score().is_some())
        })
    });
    let open_form = move |_| {
        open.set(true);
        focus_soon("app-form-title");
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(a) = new_application(form) {
            let title = crate::ui::words::search::application_title(&a);
            let (id, stage) = (a.id.clone(), a.stage);
            app.update(|wb| wb.search.applications.push(a));
            form.clear(ApplicationText::fresh());
            open.set(false);
            views.shown.set(stage);
            views.keep.set(Some(id.clone()));
            app.tell(format!("Added \u{201c}{title}\u{201d}."));
            let listed = views.view.get_untracked() == View::Board
                || views.filter.get_untracked() == ListFilter::default();
            let target = match (listed, stage.next()) {
                (false, _) => "search-results".to_owned(),
                (true, Some(_)) => crate::ui::pages::goals::dom_id("move-next", &id),
                (true, None) => crate::ui::pages::goals::dom_id("move-any", &id),
            };
            focus_soon(target);
        }
    };
    let choose = move |v: View| {
        views.keep.set(None);
        views.view.set(v);
        prefs::set("search.view", v.key());
    };

    view! {
        <div class="page search-page">
            <PageHeader
                title=crate::ui::words::pages::title("/search")
                lead=crate::ui::words::pages::lead("/search")
            >
                <button type="button" class="btn btn-primary" id="add-application" on:click=open_form>
                    <Icon name="plus" />
                    " Add an application"
                </button>
            </PageHeader>
            <detail::UndoDelete />
            <Show when=move || open.get()>
                <section class="card app-form" aria-labelledby="app-form-title">
                    <h2 id="app-form-title" tabindex="-1">"Add an application"</h2>
                    <form on:submit=save novalidate>
                        <ApplicationFields form starting=true top_values />
                        <div class="actions">
                            <button type="submit" class="btn btn-primary">"Save application"</button>
                            <button type="button" class="btn btn-quiet" on:click=move |_| {
                                open.set(false);
                                focus_soon("add-application");
                            }>"Not now"</button>
                        </div>
                    </form>
                </section>
            </Show>
            <Show when=move || { total.get() > 0 } fallback=move || view! { <NoApplications open /> }>
                <numbers::Numbers />
                <section class="applications" aria-labelledby="applications-title">
                    <div class="view-switch">
                        <h2 id="applications-title">"Your applications"</h2>
                        <div class="switch" role="group" aria-label="Show as">
                            <button type="button" class="btn btn-small" id="view-board"
                                aria-pressed=move || (views.view.get() == View::Board).to_string()
                                on:click=move |_| choose(View::Board)>"Board"</button>
                            <button type="button" class="btn btn-small" id="view-list"
                                aria-pressed=move || (views.view.get() == View::List).to_string()
                                on:click=move |_| choose(View::List)>"List"</button>
                        </div>
                    </div>
                    {move || match views.view.get() {
                        View::Board => view! { <Board views /> }.into_any(),
                        View::List => view! { <List views has_fit /> }.into_any(),
                    }}
                </section>
            </Show>
        </div>
    }
}

/// What the page is for, and how to start, before there is anything on it.
#[component]
fn NoApplications(open: RwSignal<bool>) -> impl IntoView {
    view! {
        <section class="empty card">
            <div class="empty-icon" aria-hidden="true"><Icon name="flag" /></div>
            <h2>"Keep your whole job search in one place"</h2>
            <p>"Add each role you're interested in, even before you apply. Move it along as things happen — applied, interviewing, an offer — and note your next step with a date, so nothing slips."</p>
            <p>"Everything stays on this device, beside your values and goals."</p>
            <button type="button" class="btn btn-primary" on:click=move |_| {
                open.set(true);
                focus_soon("app-form-title");
            }>
                <Icon name="plus" />
                " Add your first application"
            </button>
        </section>
    }
}
