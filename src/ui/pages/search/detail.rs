//! One application's page (`/search/:id`): every field editable, its link as text to
//! copy, the stage history as a dated list, its interviews (added, changed, removed),
//! and deleting it (asked first, undoable from the search page).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use waymark_core::search::applications::ListFilter;
use waymark_core::search::{Application, ClosedReason, Stage};

use super::board::{move_application, toggle_choice, MoveChoice, View, Views};
use super::form::{edit_application, ApplicationFields, ApplicationForm, ApplicationText};
use super::interviews::Interviews;
use super::top_values_memo;
use crate::store::{drafts, locale, state::use_app};
use crate::ui::components::{copy_text, focus_soon, use_go, AskFirst, Icon, UndoBar, A};
use crate::ui::form::Form;
use crate::ui::pages::goals::dom_id;
use crate::ui::words::search as w;

/// The application deleted last and where it was, so the search page can offer "Undo".
/// Provided by the app shell, because deleting moves from the application to the list.
#[derive(Clone, Copy)]
pub struct DeletedApplication(pub RwSignal<Option<(usize, Application)>>);

#[component]
pub fn ApplicationPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    move || {
        let id = id.get();
        view! { <ApplicationView id /> }
    }
}

#[component]
fn ApplicationView(id: String) -> impl IntoView {
    let app = use_app();
    let key = id.clone();
    let exists = Memo::new(move |_| {
        app.workbook
            .with(|wb| wb.search.application(&key).is_some())
    });
    view! {
        <div class="page search-page application-page">
            <Show when=move || exists.get() fallback=NotFound>
                <ApplicationBody id=id.clone() />
            </Show>
        </div>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    view! {
        <section class="empty card">
            <div class="empty-icon" aria-hidden="true"><Icon name="flag" /></div>
            <h1>"We couldn't find that application"</h1>
            <p>"It may have been deleted, or the link may be from another browser. Your applications are all on the job search page."</p>
            <A href="/search" attr:class="btn btn-primary">"Go to your job search"</A>
        </section>
    }
}

/// A value of the application with this id, passed on only when it changes.
pub(super) fn app_memo<T: PartialEq + Send + Sync + 'static>(
    id: &str,
    read: impl Fn(&Application) -> T + Send + Sync + 'static,
) -> Memo<Option<T>> {
    let app = use_app();
    let id = id.to_owned();
    Memo::new(move |_| {
        app.workbook
            .with(|wb| wb.search.application(&id).map(&read))
    })
}

#[component]
fn ApplicationBody(id: String) -> impl IntoView {
    let app = use_app();
    let title = app_memo(&id, w::application_title);
    let stage = app_memo(&id, |a| (a.stage, a.closed_reason));
    let views = Views {
        view: RwSignal::new(View::Board),
        shown: RwSignal::new(Stage::Interested),
        filter: RwSignal::new(ListFilter::default()),
        keep: RwSignal::new(None),
    };
    let choosing = RwSignal::new(false);
    let key = StoredValue::new(id.clone());
    let (next_id, any_id) = (dom_id("move-next", &id), dom_id("move-any", &id));
    view! {
        <p class="back-link"><A href="/search"><Icon name="chevron-left" />" All applications"</A></p>
        <header class="page-header">
            <h1 dir="auto">{move || title.get().unwrap_or_default()}</h1>
            <p class="lead">
                {move || stage.get().map(|(s, r)| match r.filter(|_| s == Stage::Closed) {
                    Some(r) => format!("Now: {} ({})", w::stage_name(s), w::reason_name(r)),
                    None => format!("Now: {}", w::stage_name(s)),
                })}
            </p>
            <div class="page-actions">
                {move || stage.get().and_then(|(s, _)| s.next()).map(|next| view! {
                    <button type="button" id=next_id.clone() class="btn btn-secondary"
                        on:click=move |_| key.with_value(|id| move_application(app, views, id, next, None))>
                        {w::move_to(next)}
                    </button>
                })}
                <button type="button" id=any_id class="btn btn-quiet"
                    aria-expanded=move || choosing.get().to_string()
                    on:click=move |_| key.with_value(|id| toggle_choice(choosing, id))>
                    "Move to\u{2026}"
                </button>
            </div>
            {move || choosing.get().then(|| stage.get().map(|(s, _)| view! {
                <MoveChoice id=key.get_value() current=s views choosing />
            }))}
        </header>
        {move || (stage.get() == Some((Stage::Closed, Some(ClosedReason::Rejected)))).then(|| {
            let written = key.with_value(|id| app.workbook.with(|wb| wb.setbacks.iter().any(|s| s.application_id.as_deref() == Some(id.as_str()))));
            (!written).then(|| view! {
                <section class="card message setback-offer" aria-label="After a rejection">
                    <p>"A no can sting. If it helps, write down what happened, what you learned and what you'll try next."</p>
                    <A href=key.with_value(|id| format!("/journal?setback_app={id}")) attr:class="btn btn-secondary">"Write about this setback"</A>
                </section>
            })
        })}
        <LinkLine id=id.clone() />
        <div class="application-columns">
            <EditApplication id=id.clone() />
            <div class="application-side">
                <History id=id.clone() />
                <Interviews id=id.clone() />
            </div>
        </div>
        <DeleteApplication id=id.clone() />
    }
}

/// The posting's address as text with a copy button: never a live link.
#[component]
fn LinkLine(id: String) -> impl IntoView {
    let link = app_memo(&id, |a| a.link.trim().to_owned());
    let status = RwSignal::new(String::new());
    let field = NodeRef::<leptos::html::Input>::new();
    let select_field = move || {
        if let Some(input) = field.get_untracked() {
            let _ = input.focus();
            input.select();
        }
    };
    let copy = move |_| {
        let text = link.get_untracked().unwrap_or_default();
        copy_text(text, move |copied| match copied {
            Some(true) => status.set("Copied the link.".into()),
            _ => {
                select_field();
                status.set("The link is selected: press Ctrl+C (or \u{2318}C) to copy it.".into());
            }
        });
    };
    view! {
        <Show when=move || link.with(|l| l.as_ref().is_some_and(|l| !l.is_empty()))>
            <section class="card link-line" aria-labelledby="link-title">
                <h2 id="link-title" class="small-heading">"Link to the posting"</h2>
                <div class="link-row">
                    <input id="app-link-text" type="text" readonly node_ref=field aria-labelledby="link-title"
                        prop:value=move || link.get().unwrap_or_default()
                        on:focus=move |_| select_field() />
                    <button type="button" class="btn btn-secondary btn-small" on:click=copy>"Copy link"</button>
                </div>
                <p class="muted small">"Waymark never opens this address itself. Paste it into your browser when you want to visit it."</p>
                <p role="status" class="small">{move || status.get()}</p>
            </section>
        </Show>
    }
}

/// Every field, saved with "Save changes"; what is typed is kept on this device until
/// then.
#[component]
fn EditApplication(id: String) -> impl IntoView {
    let app = use_app();
    let draft_key = format!("application.{id}");
    let saved = app
        .workbook
        .with_untracked(|wb| wb.search.application(&id).map(ApplicationText::of))
        .unwrap_or_default();
    let form: ApplicationForm = Form::new("app-problems", saved);
    if let Some(kept) = drafts::load::<ApplicationText>(&draft_key) {
        form.fields.set(kept);
    }
    // Kept on this device while it differs from what is saved (the stage moves apart).
    let current = app_memo(&id, ApplicationText::of);
    let keep_key = draft_key.clone();
    Effect::new(move |_| {
        let saved = current.get();
        form.fields.with(|d| {
            let unchanged = saved.as_ref().is_none_or(|s| {
                ApplicationText {
                    stage: s.stage.clone(),
                    ..d.clone()
                } == *s
            });
            if app.keeps_drafts() {
                drafts::store(&keep_key, d, unchanged);
            }
        })
    });
    let top_values = top_values_memo();
    let key = StoredValue::new((id, draft_key));
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut ok = false;
        let (id, draft) = key.get_value();
        let mut after = None;
        app.update(|wb| {
            if let Some(a) = wb.search.application_mut(&id) {
                ok = edit_application(form, a);
                after = Some(ApplicationText::of(a));
            }
        });
        if ok {
            drafts::forget(&draft);
            if let Some(t) = after {
                form.fields.set(t);
            }
            app.tell("Saved your changes.");
        }
    };
    view! {
        <section class="card app-form" aria-labelledby="edit-title">
            <h2 id="edit-title">"Details"</h2>
            <form on:submit=save novalidate>
                <ApplicationFields form starting=false top_values />
                <div class="actions">
                    <button type="submit" class="btn btn-primary">"Save changes"</button>
                </div>
            </form>
        </section>
    }
}

/// Every move, oldest first, with its day.
#[component]
fn History(id: String) -> impl IntoView {
    let moves = app_memo(&id, |a| {
        a.moves()
            .into_iter()
            .map(|c| (c.id.clone(), c.stage, c.reason, c.on))
            .collect::<Vec<_>>()
    });
    view! {
        <section class="card stage-history" aria-labelledby="history-title">
            <h2 id="history-title">"Stage history"</h2>
            <ol class="history-list" id="stage-history">
                {move || {
                    let l = locale::current();
                    moves.get().unwrap_or_default().into_iter().map(|(_, stage, reason, on)| {
                        view! { <li>{w::history_line(&l, stage, reason, on)}</li> }
                    }).collect_view()
                }}
            </ol>
        </section>
    }
}

/// Deleting asks first; afterwards the search page offers "Undo".
#[component]
fn DeleteApplication(id: String) -> impl IntoView {
    let app = use_app();
    let navigate = use_go();
    let title = app_memo(&id, w::application_title);
    let deleted = expect_context::<DeletedApplication>().0;
    let delete = move |_: ()| {
        let mut removed = None;
        app.update(|wb| removed = wb.search.delete_application(&id));
        if let Some(removed) = removed {
            let name = w::application_title(&removed.1);
            deleted.set(Some(removed));
            navigate("/search");
            app.tell(format!(
                "Deleted \u{201c}{name}\u{201d}. You can undo this at the top of the page."
            ));
            focus_soon("undo-delete-application");
        }
    };
    view! {
        <section class="card" aria-labelledby="delete-title">
            <h2 id="delete-title">"Delete this application"</h2>
            <AskFirst
                id="delete-application"
                label="Delete application…"
                note="Removes it with its history and interviews."
                question=Signal::derive(move || format!("Delete \u{201c}{}\u{201d} with its history and interviews? You can undo straight afterwards.", title.get().unwrap_or_default()))
                yes="Yes, delete it"
                on_yes=Callback::new(delete)
            />
        </section>
    }
}

/// "Undo" for the application deleted last, on the page it was deleted to.
#[component]
pub fn UndoDelete() -> impl IntoView {
    let app = use_app();
    let deleted = expect_context::<DeletedApplication>().0;
    on_cleanup(move || deleted.set(None));
    let undo = move |_| {
        if let Some((index, a)) = deleted.get_untracked() {
            let name = w::application_title(&a);
            app.update(|wb| {
                wb.search.restore_application(index, a);
            });
            deleted.set(None);
            app.tell(format!("\u{201c}{name}\u{201d} is back."));
        }
    };
    view! {
        <Show when=move || deleted.with(Option::is_some)>
            <UndoBar
                message=Signal::derive(move || deleted.with(|d| d.as_ref().map(|(_, a)| format!("You deleted \u{201c}{}\u{201d}.", w::application_title(a))).unwrap_or_default()))
                id="undo-delete-application"
                on_undo=Callback::new(undo)
                on_dismiss=Callback::new(move |_| deleted.set(None))
            />
        </Show>
    }
}
