//! Shared widgets: icons, page headers, empty states and the storage banners.

mod banners;
pub mod fields;
mod icon;
mod link;
mod pick;
mod situation;

pub use banners::Banners;
pub use icon::Icon;
pub use link::{base, provide_here, set_base, use_go, with_base, A};
pub use pick::{picked_files, picked_workbook, picked_workbooks};
pub use situation::SituationChoices;

use leptos::prelude::*;

/// Draws `children` in a task of their own, after the rest of the page: on a slow phone
/// the first screen is drawn, and a tap answered, before the sections below it are
/// built. Sections wait in the order they were met, so they appear top to bottom. While
/// any waits, `<html>` carries `data-drawing` (tests wait for it to go). A link to a
/// part drawn later (`/journal#setback-…`) still scrolls to it once it is there.
#[component]
pub fn Later(
    children: ChildrenFn,
    /// Draw at once after all (a page with little on it, whose kept top may include
    /// these parts).
    #[prop(optional)]
    at_once: bool,
) -> impl IntoView {
    let ready = RwSignal::new(at_once);
    if !at_once {
        after_this_task(move || {
            let _ = ready.try_set(true);
        });
    }
    (move || ready.get().then(|| children())).into_any()
}

/// How many rows of a list to draw: `first` with the rest of its section, then all of
/// them in a task of their own, waited for as `Later`'s sections are. A long list's
/// first rows are drawn, and a tap answered, before the others are built; give it to
/// a list below the first screen, where the rows added later move nothing in sight.
pub fn rows_in_two_steps(first: usize) -> ReadSignal<usize> {
    let rows = RwSignal::new(first);
    after_this_task(move || {
        let _ = rows.try_set(usize::MAX);
    });
    rows.read_only()
}

/// Awaits `load` (a section's code on its way) counted as a part still to be drawn, as
/// `Later`'s sections are: the footer and tests wait for it.
pub async fn drawn_after<T>(load: impl std::future::Future<Output = T>) -> T {
    drawing(1);
    let out = load.await;
    drawing(-1);
    out
}

/// Runs `then` in a task of its own, counted as a part still to be drawn.
fn after_this_task(then: impl FnOnce() + 'static) {
    drawing(1);
    set_timeout(
        move || {
            drawing(-1);
            then();
        },
        std::time::Duration::ZERO,
    );
}

thread_local! {
    static WAITING: std::cell::Cell<i32> = const { std::cell::Cell::new(0) };
}

/// Counts sections waiting to be drawn, and marks `<html>` while there are any.
fn drawing(change: i32) {
    let waiting = WAITING.with(|w| {
        w.set(w.get() + change);
        w.get()
    });
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = if waiting > 0 {
            root.set_attribute("data-drawing", "")
        } else {
            root.remove_attribute("data-drawing")
        };
    }
    if waiting == 0 && change < 0 {
        // The router scrolled to the address's #part before it was drawn (or found it
        // missing and stayed at the top): scroll now, once the last part is in place.
        set_timeout(
            move || {
                let hash = document.location().and_then(|l| l.hash().ok());
                let target = hash
                    .as_deref()
                    .and_then(|h| h.strip_prefix('#'))
                    .filter(|id| !id.is_empty())
                    .and_then(|id| document.get_element_by_id(id));
                if let Some(el) = target {
                    el.scroll_into_view();
                }
            },
            std::time::Duration::ZERO,
        );
    }
}

/// The id the address's `#part` names after `prefix` (`#win-abc` gives `abc` for
/// `win-`): a link to one item of a list drawn a page at a time.
pub fn linked_id(prefix: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let id = hash.strip_prefix('#')?.strip_prefix(prefix)?;
    (!id.is_empty()).then(|| id.to_string())
}

/// Moves keyboard focus to the element with this id once the page has redrawn: after a
/// confirm closes, a form opens, or an item moves, so keyboard users keep their place.
pub fn focus_soon(id: impl Into<String>) {
    let id = id.into();
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Copies `text` to the clipboard, then tells `done`: `Some(true)` once copied,
/// `Some(false)` when the browser refused, `None` when it has no clipboard to ask.
pub fn copy_text(text: String, done: impl FnOnce(Option<bool>) + 'static) {
    use wasm_bindgen::{JsCast, JsValue};
    let clipboard = web_sys::window()
        .map(|w| JsValue::from(w.navigator()))
        .and_then(|n| js_sys::Reflect::get(&n, &JsValue::from_str("clipboard")).ok())
        .filter(|c| !c.is_undefined() && !c.is_null());
    let write = clipboard.as_ref().and_then(|c| {
        js_sys::Reflect::get(c, &JsValue::from_str("writeText"))
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()
    });
    match (clipboard, write) {
        (Some(c), Some(f)) => match f.call1(&c, &JsValue::from_str(&text)) {
            Ok(promise) => {
                let promise = js_sys::Promise::resolve(&promise);
                leptos::task::spawn_local(async move {
                    let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                    done(Some(copied));
                });
            }
            Err(_) => done(Some(false)),
        },
        _ => done(None),
    }
}

/// A step that is hard to take back, behind one question: the button (with a short note
/// beside it), then the question with a confirming button and "Keep it". Focus moves to
/// the confirming button and, on "Keep it", back to the first one.
#[component]
pub fn AskFirst(
    /// Id of the first button; the confirming one is `<id>-yes`.
    #[prop(into)]
    id: String,
    /// What the first button says, such as "Delete goal…".
    #[prop(into)]
    label: String,
    /// A muted line beside the first button (what the step does).
    #[prop(optional, into)]
    note: Option<String>,
    /// The question, as it reads now.
    #[prop(into)]
    question: Signal<String>,
    /// The confirming button's words, such as "Yes, delete it".
    #[prop(into)]
    yes: String,
    on_yes: Callback<()>,
    /// Further buttons offered with the question.
    #[prop(optional)]
    more: Option<ChildrenFn>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let yes_id = format!("{id}-yes");
    let ids = StoredValue::new((id, yes_id));
    let (label, note, yes) = (
        StoredValue::new(label),
        StoredValue::new(note),
        StoredValue::new(yes),
    );
    let more = StoredValue::new(more);
    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                {note.get_value().map(|n| view! { <p class="muted">{n}</p> })}
                <button id=ids.with_value(|i| i.0.clone()) class="btn btn-quiet" on:click=move |_| {
                    asking.set(true);
                    focus_soon(ids.with_value(|i| i.1.clone()));
                }>
                    <Icon name="trash" />
                    {format!(" {}", label.get_value())}
                </button>
            }
        >
            <div class="message message-error" role="alert">
                <p dir="auto">{move || question.get()}</p>
                <div class="actions">
                    <button id=ids.with_value(|i| i.1.clone()) class="btn btn-danger" on:click=move |_| on_yes.run(())>{yes.get_value()}</button>
                    {more.with_value(|m| m.as_ref().map(|m| m()))}
                    <button class="btn btn-quiet" on:click=move |_| {
                        asking.set(false);
                        focus_soon(ids.with_value(|i| i.0.clone()));
                    }>"Keep it"</button>
                </div>
            </div>
        </Show>
    }
}

/// "You deleted …" with Undo and Dismiss, on the page a deletion led to.
#[component]
pub fn UndoBar(
    #[prop(into)] message: Signal<String>,
    /// The Undo button's id, where focus goes after deleting.
    id: &'static str,
    on_undo: Callback<()>,
    on_dismiss: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="message undo-bar" role="status">
            <p dir="auto">{move || message.get()}</p>
            <div class="actions">
                <button id=id class="btn btn-secondary" on:click=move |_| on_undo.run(())>
                    <Icon name="undo" />
                    " Undo"
                </button>
                <button class="btn btn-quiet" on:click=move |_| on_dismiss.run(())>"Dismiss"</button>
            </div>
        </div>
    }
}

/// The top of every page: where you are and what the page is for.
#[component]
pub fn PageHeader(
    #[prop(into)] title: String,
    #[prop(into)] lead: String,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <header class="page-header" data-shell="">
            <h1>{title}</h1>
            <p class="lead">{lead}</p>
            {children.map(|c| view! { <div class="page-actions">{c()}</div> })}
        </header>
    }
}

/// A page's standing note under its header (`words::pages::NOTES`), as the page shell
/// paints it before the app starts: same element, same icon, same place.
#[component]
pub fn PageNote(path: &'static str) -> impl IntoView {
    crate::ui::words::pages::note(path).map(|note| {
        view! {
            <p class="page-note" data-shell="">
                <Icon name="info" />
                <span>{note}</span>
            </p>
        }
    })
}

/// A friendly placeholder for a page or section with nothing in it yet: what will be
/// here, and the one step that fills it.
#[component]
pub fn EmptyState(
    #[prop(into)] icon: String,
    #[prop(into)] title: String,
    #[prop(into)] body: String,
    #[prop(optional, into)] action_href: Option<String>,
    #[prop(optional, into)] action_label: Option<String>,
) -> impl IntoView {
    view! {
        <section class="empty card" data-shell="">
            <div class="empty-icon" aria-hidden="true"><Icon name=icon /></div>
            <h2>{title}</h2>
            <p>{body}</p>
            {action_href
                .zip(action_label)
                .map(|(href, label)| view! { <A href=href attr:class="btn btn-primary">{label}</A> })}
        </section>
    }
}

/// A labelled progress bar. `fraction` is 0..=1; the label says it in words for
/// screen readers and sighted people alike.
#[component]
pub fn ProgressBar(
    #[prop(into)] fraction: Signal<f64>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    // Whole percents: a number, not a float's text (and no float formatting in the wasm).
    let percent = move || (fraction.get().clamp(0.0, 1.0) * 100.0).round() as u8;
    view! {
        <div class="progress">
            <div
                class="progress-track"
                role="progressbar"
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=move || percent().to_string()
                aria-label=move || label.get()
            >
                <div class="progress-fill" style:width=move || format!("{}%", percent())></div>
            </div>
            <span class="progress-label">{move || label.get()}</span>
        </div>
    }
}

/// Under a long list drawn a part at a time: "30 of 214 shown." and a button that draws
/// more. Nothing once everything is shown.
#[component]
pub fn ShowMore(
    /// The count's id, which the button is described by.
    #[prop(into)]
    id: String,
    #[prop(into)] shown: Signal<usize>,
    #[prop(into)] total: Signal<usize>,
    /// The button's words, such as "Show more goals".
    label: &'static str,
    on_more: Callback<()>,
) -> impl IntoView {
    let id = StoredValue::new(id);
    view! {
        <Show when=move || shown.get() < total.get()>
            <div class="show-more">
                <p class="muted" id=id.get_value()>
                    {move || crate::ui::words::shown_of(&crate::store::locale::current(), shown.get(), total.get())}
                </p>
                <button type="button" class="btn btn-secondary" aria-describedby=id.get_value() on:click=move |_| on_more.run(())>
                    {label}
                </button>
            </div>
        </Show>
    }
}
