//! The applications as a board by stage or as a filtered list, each card with "Move to
//! <next stage>" as one action and "Move to…" for any stage (going back allowed, closing
//! asks for the reason). Every move goes into the application's history; focus follows
//! the card so a keyboard user keeps their place.

use leptos::prelude::*;
use waymark_core::search::applications::{Due, ListFilter};
use waymark_core::search::{prefix, Application, ClosedReason, Stage};

use crate::store::{
    clock,
    ids::new_id,
    locale,
    state::{use_app, AppState},
};
use crate::ui::components::{focus_soon, rows_in_two_steps, Icon, ShowMore, A};
use crate::ui::pages::goals::dom_id;
use crate::ui::words::search as w;

/// Which view the page shows, remembered on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Board,
    List,
}

impl View {
    pub fn key(self) -> &'static str {
        match self {
            View::Board => "board",
            View::List => "list",
        }
    }
}

/// What the views share: the view, the stage shown on a phone's board, the list's filter.
#[derive(Clone, Copy)]
pub struct Views {
    pub view: RwSignal<View>,
    pub shown: RwSignal<Stage>,
    pub filter: RwSignal<ListFilter>,
    /// The application just added or moved: drawn even past the part of a long column or
    /// list that is shown, so it stays in view and keeps focus.
    pub keep: RwSignal<Option<String>>,
}

/// How many cards a column or the list draws at first, and how many more each "Show
/// more" adds: years of applications would otherwise take a long moment to draw.
const CARDS_PER_PAGE: usize = 30;

/// How many cards of a column or the list are drawn with the page; the rest of the
/// first `CARDS_PER_PAGE` follow in a task of their own (each card is a dozen elements
/// and two buttons, and years of applications fill every column).
const FIRST_CARDS: usize = 5;

/// The ids to draw of `ids`: the first `limit` (fewer while only the `first` cards are
/// drawn), and the kept one.
fn drawn(ids: &[String], limit: usize, first: ReadSignal<usize>, views: Views) -> Vec<String> {
    let limit = limit.min(first.get());
    views
        .keep
        .with(|keep| waymark_core::sort::first_keeping(ids, limit, keep.as_ref()))
}

/// Draws `CARDS_PER_PAGE` more of `ids` and moves focus to the first card just drawn.
fn show_more(ids: &[String], limit: RwSignal<usize>) {
    let first_new = limit.get_untracked();
    limit.set(first_new + CARDS_PER_PAGE);
    if let Some(id) = ids.get(first_new) {
        focus_soon(dom_id("app-link", id));
    }
}

/// Moves the application to `stage`, records it, says so, and puts focus back on it.
pub fn move_application(
    app: AppState,
    views: Views,
    id: &str,
    stage: Stage,
    reason: Option<ClosedReason>,
) {
    let mut moved = None;
    app.update(|wb| {
        if let Some(a) = wb.search.application_mut(id) {
            if a.move_to(
                stage,
                reason,
                clock::today(),
                new_id(prefix::STAGE_CHANGE),
                clock::now(),
            ) {
                moved = Some(w::application_title(a));
            }
        }
    });
    let Some(title) = moved else {
        return;
    };
    app.tell(format!(
        "Moved \u{201c}{title}\u{201d} to {}.",
        w::stage_name(stage)
    ));
    views.shown.set(stage);
    views.keep.set(Some(id.to_owned()));
    let still_listed = views.view.get_untracked() == View::Board
        || app.workbook.with_untracked(|wb| {
            wb.search
                .application(id)
                .is_some_and(|a| views.filter.get_untracked().admits(a, clock::today()))
        });
    if !still_listed {
        focus_soon("search-results");
    } else if stage.next().is_some() {
        focus_soon(dom_id("move-next", id));
    } else {
        focus_soon(dom_id("move-any", id));
    }
}

/// The board: a column per stage on a wide screen; one stage at a time, picked above,
/// on a phone.
#[component]
pub fn Board(views: Views) -> impl IntoView {
    let app = use_app();
    let columns = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.search
                .board()
                .into_iter()
                .map(|(stage, list)| (stage, list.iter().map(|a| a.id.clone()).collect::<Vec<_>>()))
                .collect::<Vec<_>>()
        })
    });
    let first = rows_in_two_steps(FIRST_CARDS);
    let count = move |stage: Stage| {
        columns.with(|c| {
            c.iter()
                .find(|(s, _)| *s == stage)
                .map_or(0, |(_, l)| l.len())
        })
    };
    view! {
        <div class="stage-picker" role="group" aria-label="Stage to show">
            {Stage::ALL.into_iter().map(|stage| view! {
                <button type="button" class="btn stage-pick"
                    aria-pressed=move || (views.shown.get() == stage).to_string()
                    on:click=move |_| views.shown.set(stage)>
                    {w::stage_name(stage)}
                    " "
                    <span class="count">{move || count(stage)}</span>
                </button>
            }).collect_view()}
        </div>
        <div class="board">
            {Stage::ALL.into_iter().map(|stage| {
                let heading = format!("column-{}", stage.key());
                let all = Memo::new(move |_| columns.with(|c| c.iter().find(|(s, _)| *s == stage).map(|(_, l)| l.clone()).unwrap_or_default()));
                let limit = RwSignal::new(CARDS_PER_PAGE);
                let ids = move || all.with(|ids| drawn(ids, limit.get(), first, views));
                let shown = Signal::derive(move || all.with(|ids| ids.len().min(limit.get())));
                let total = Signal::derive(move || all.with(Vec::len));
                let more_id = format!("column-more-{}", stage.key());
                view! {
                    <section class="board-column" class:is-shown=move || views.shown.get() == stage aria-labelledby=heading.clone()>
                        <h2 id=heading.clone() class="column-title">
                            {w::stage_name(stage)}
                            " "
                            <span class="count">{move || count(stage)}</span>
                        </h2>
                        <p class="muted small">{w::stage_hint(stage)}</p>
                        <ul class="app-cards">
                            <For each=ids key=|id| id.clone() let:id>
                                <AppCard id views />
                            </For>
                        </ul>
                        <ShowMore id=more_id shown total label="Show more"
                            on_more=Callback::new(move |()| all.with_untracked(|ids| show_more(ids, limit))) />
                    </section>
                }
            }).collect_view()}
        </div>
    }
}

/// The list: filters, then every matching application by next action (none last).
#[component]
pub fn List(views: Views, #[prop(into)] has_fit: Signal<bool>) -> impl IntoView {
    let app = use_app();
    let today = clock::today();
    let ids = Memo::new(move |_| {
        let filter = views.filter.get();
        app.workbook.with(|wb| {
            wb.search
                .filtered(&filter, today)
                .iter()
                .map(|a| a.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let limit = RwSignal::new(CARDS_PER_PAGE);
    let first = rows_in_two_steps(FIRST_CARDS);
    let set_filter = move |change: &dyn Fn(&mut ListFilter)| {
        views.filter.update(|f| change(f));
        views.keep.set(None);
        limit.set(CARDS_PER_PAGE);
    };
    view! {
        <div class="list-filters field-grid">
            <div class="field">
                <label for="filter-stage">"Stage"</label>
                <select id="filter-stage" on:change=move |ev| {
                    let stage = Stage::from_key(&event_target_value(&ev));
                    set_filter(&|f| f.stage = stage);
                }>
                    <option value="" selected=move || views.filter.with(|f| f.stage.is_none())>"Every stage"</option>
                    {Stage::ALL.into_iter().map(|s| view! {
                        <option value=s.key() selected=move || views.filter.with(|f| f.stage == Some(s))>{w::stage_name(s)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-due">"Next action"</label>
                <select id="filter-due" on:change=move |ev| {
                    let due = Due::from_key(&event_target_value(&ev)).unwrap_or_default();
                    set_filter(&|f| f.due = due);
                }>
                    {Due::ALL.into_iter().map(|d| view! {
                        <option value=d.key() selected=move || views.filter.with(|f| f.due == d)>{w::due_filter_name(d)}</option>
                    }).collect_view()}
                </select>
            </div>
            <Show when=move || has_fit.get()>
                <div class="field">
                    <label for="filter-fit">"Fit with your values"</label>
                    <select id="filter-fit" on:change=move |ev| {
                        let min = event_target_value(&ev).parse::<u8>().ok();
                        set_filter(&|f| f.min_fit = min);
                    }>
                        <option value="" selected=move || views.filter.with(|f| f.min_fit.is_none())>"Any fit"</option>
                        {(2..=5u8).map(|n| view! {
                            <option value=n.to_string() selected=move || views.filter.with(|f| f.min_fit == Some(n))>{format!("{n} or more")}</option>
                        }).collect_view()}
                    </select>
                </div>
            </Show>
        </div>
        <h2 id="search-results" class="list-count" tabindex="-1" aria-live="polite">
            {move || crate::ui::words::count_of(&locale::current(), ids.with(Vec::len), "application", "applications")}
        </h2>
        <Show when=move || ids.with(Vec::is_empty)>
            <p class="muted">"None match these filters. Try \u{201c}Every stage\u{201d} or \u{201c}Any time\u{201d}."</p>
        </Show>
        <ul class="app-cards app-list">
            <For each=move || ids.with(|ids| drawn(ids, limit.get(), first, views)) key=|id| id.clone() let:id>
                <AppCard id views />
            </For>
        </ul>
        <ShowMore
            id="list-more-count"
            shown=Signal::derive(move || ids.with(Vec::len).min(limit.get()))
            total=Signal::derive(move || ids.with(Vec::len))
            label="Show more applications"
            on_more=Callback::new(move |()| ids.with_untracked(|ids| show_more(ids, limit)))
        />
    }
}

/// The part of an application a card shows.
#[derive(Clone, Debug, PartialEq)]
struct CardData {
    title: String,
    stage: Stage,
    reason: Option<ClosedReason>,
    place: String,
    next_action: String,
    due: Option<chrono::NaiveDate>,
    fit: Option<f64>,
    interviews: usize,
}

impl CardData {
    fn of(a: &Application) -> Self {
        let place = [
            a.location.trim(),
            if a.workplace == Default::default() {
                ""
            } else {
                w::workplace_name(a.workplace)
            },
        ]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
        CardData {
            title: w::application_title(a),
            stage: a.stage,
            reason: a.closed_reason,
            place,
            next_action: a.next_action.clone(),
            due: a.next_action_due,
            fit: a.fit_score(),
            interviews: a.interviews.len(),
        }
    }
}

#[component]
fn AppCard(id: String, views: Views) -> impl IntoView {
    let app = use_app();
    let today = clock::today();
    let key = StoredValue::new(id.clone());
    let data = Memo::new(move |_| {
        key.with_value(|id| {
            app.workbook
                .with(|wb| wb.search.application(id).map(CardData::of))
        })
    });
    let choosing = RwSignal::new(false);
    let href = format!("/search/{id}");
    let (next_id, any_id) = (dom_id("move-next", &id), dom_id("move-any", &id));
    let link_id = dom_id("app-link", &id);
    move || {
        data.get().map(|d| {
            let l = locale::current();
            let title = d.title.clone();
            let next = d.stage.next();
            view! {
                <li class="card app-card" class:is-closed=d.stage == Stage::Closed>
                    <h3 class="app-title" dir="auto"><A href=href.clone() attr:id=link_id.clone()>{d.title.clone()}</A></h3>
                    {(!d.place.is_empty()).then(|| view! { <p class="muted small" dir="auto">{d.place.clone()}</p> })}
                    {(views.view.get_untracked() == View::List).then(|| view! {
                        <p class="stage-tag">{w::stage_name(d.stage)}</p>
                    })}
                    {d.reason.filter(|_| d.stage == Stage::Closed).map(|r| view! { <p class="small">{w::reason_name(r)}</p> })}
                    {(!d.next_action.is_empty() || d.due.is_some()).then(|| view! {
                        <p class="next-action small" dir="auto">
                            <Icon name="clock" />
                            " "
                            {d.next_action.clone()}
                            {d.due.map(|due| view! {
                                " "
                                <span class="due" class:is-overdue=due < today>{format!("({})", w::due_words(&l, due, today))}</span>
                            })}
                        </p>
                    })}
                    {d.fit.map(|f| view! { <p class="small">{format!("Fit {} of 5", l.one_decimal(f))}</p> })}
                    {(d.interviews > 0).then(|| view! {
                        <p class="small">{crate::ui::words::count_of(&l, d.interviews, "interview", "interviews")}</p>
                    })}
                    <div class="card-actions">
                        {next.map(|stage| {
                            let title = title.clone();
                            view! {
                                <button type="button" id=next_id.clone() class="btn btn-secondary btn-small"
                                    on:click=move |_| key.with_value(|id| move_application(app, views, id, stage, None))>
                                    {w::move_to(stage)}
                                    <span class="visually-hidden">{format!(": {title}")}</span>
                                </button>
                            }
                        })}
                        <button type="button" id=any_id.clone() class="btn btn-quiet btn-small"
                            aria-expanded=move || choosing.get().to_string()
                            on:click=move |_| key.with_value(|id| toggle_choice(choosing, id))>
                            "Move to\u{2026}"
                            <span class="visually-hidden">{format!(" {title}")}</span>
                        </button>
                    </div>
                    <Show when=move || choosing.get()>
                        <MoveChoice id=key.get_value() current=d.stage views choosing />
                    </Show>
                </li>
            }
        })
    }
}

/// Opens or closes "Move to…" for the application with `id`, focus to its stage choice.
pub fn toggle_choice(choosing: RwSignal<bool>, id: &str) {
    choosing.update(|c| *c = !*c);
    if choosing.get_untracked() {
        focus_soon(dom_id("move-stage", id));
    }
}

/// Any stage (going back allowed); closing asks why.
#[component]
pub fn MoveChoice(
    id: String,
    current: Stage,
    views: Views,
    choosing: RwSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    let first = Stage::ALL
        .into_iter()
        .find(|s| *s != current)
        .unwrap_or_default();
    let stage = RwSignal::new(current.next().unwrap_or(first));
    let reason = RwSignal::new(None::<ClosedReason>);
    let error = RwSignal::new(false);
    let (stage_id, reason_id) = (dom_id("move-stage", &id), dom_id("move-reason", &id));
    let error_id = StoredValue::new(format!("{reason_id}-error"));
    let key = StoredValue::new(id);
    let go = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let to = stage.get_untracked();
        let why = reason.get_untracked();
        if to == Stage::Closed && why.is_none() {
            error.set(true);
            key.with_value(|id| focus_soon(dom_id("move-reason", id)));
            return;
        }
        choosing.set(false);
        key.with_value(|id| move_application(app, views, id, to, why));
    };
    let cancel = move |_| {
        choosing.set(false);
        key.with_value(|id| focus_soon(dom_id("move-any", id)));
    };
    view! {
        <form class="move-choice" on:submit=go novalidate>
            <div class="field">
                <label for=stage_id.clone()>"New stage"</label>
                <select id=stage_id on:change=move |ev| {
                    if let Some(s) = Stage::from_key(&event_target_value(&ev)) {
                        stage.set(s);
                    }
                }>
                    {Stage::ALL.into_iter().filter(|s| *s != current).map(|s| view! {
                        <option value=s.key() selected=move || stage.get_untracked() == s>{w::stage_name(s)}</option>
                    }).collect_view()}
                </select>
            </div>
            <Show when=move || stage.get() == Stage::Closed>
                <div class="field">
                    <label for=reason_id.clone()>"Why did it close?"</label>
                    <select id=reason_id.clone()
                        aria-describedby=move || error.get().then(|| error_id.get_value())
                        aria-invalid=move || error.get().then_some("true")
                        on:change=move |ev| {
                            reason.set(ClosedReason::from_key(&event_target_value(&ev)));
                            error.set(false);
                        }>
                        <option value="">"Choose a reason"</option>
                        {ClosedReason::ALL.into_iter().map(|r| view! {
                            <option value=r.key() selected=move || reason.get_untracked() == Some(r)>{w::reason_name(r)}</option>
                        }).collect_view()}
                    </select>
                    <p class="field-error" id=format!("{reason_id}-error")>
                        {move || error.get().then(|| view! { <Icon name="warn" /> " Please choose why it closed." })}
                    </p>
                </div>
            </Show>
            <div class="actions">
                <button type="submit" class="btn btn-primary btn-small">"Move"</button>
                <button type="button" class="btn btn-quiet btn-small" on:click=cancel>"Cancel"</button>
            </div>
        </form>
    }
}
