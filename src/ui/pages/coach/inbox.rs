//! Opening a program link anywhere in the app: a preview, then add it or not.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use waymark_core::{
    feedback,
    program::{self, Accepted, Program},
    share,
};

use super::{window, ProgramView};
use crate::store::{clock, state::use_app};
use crate::ui::components::use_go;
/// Whether the address carries a coach's program (`#program=…`) or feedback
/// (`#feedback=…`).
pub fn has_coach_link() -> bool {
    let hash = current_hash();
    share::find_in_hash(&hash).is_some() || share::find_param(&hash, feedback::PARAM).is_some()
}

pub(super) fn current_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Removes the fragment from the address without adding a history entry.
pub(super) fn clear_hash() {
    let Some(w) = window() else { return };
    let loc = w.location();
    let path = loc.pathname().unwrap_or_default() + &loc.search().unwrap_or_default();
    let replaced = js_sys::Reflect::get(&w, &JsValue::from_str("history"))
        .ok()
        .and_then(|h| {
            let f = js_sys::Reflect::get(&h, &JsValue::from_str("replaceState"))
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()?;
            f.call3(
                &h,
                &JsValue::NULL,
                &JsValue::from_str(""),
                &JsValue::from_str(&path),
            )
            .ok()
        })
        .is_some();
    if !replaced {
        let _ = loc.set_hash("");
    }
}

#[derive(Clone, PartialEq)]
enum Incoming {
    Ready(Program),
    Broken(String),
}

/// The inboxes for a coach's links: programs and feedback. Mounted once by the app
/// shell, when the address first carries either.
#[component]
pub fn CoachInbox() -> impl IntoView {
    view! {
        <ProgramInbox />
        <super::feedback_inbox::FeedbackInbox />
    }
}

/// Watches the address for `#program=…` (at start and on every change) and shows the
/// program for the person to accept or not. Mounted once by the app shell.
#[component]
pub fn ProgramInbox() -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let incoming = RwSignal::new(None::<Incoming>);
    let check = move || {
        let hash = current_hash();
        if let Some(text) = share::find_in_hash(&hash) {
            incoming.set(Some(match share::decode(text) {
                Ok(p) => Incoming::Ready(p),
                Err(e) => Incoming::Broken(crate::ui::words::link_error(&e)),
            }));
        }
    };
    check();
    let _ = window_event_listener(leptos::ev::hashchange, move |_| check());

    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let open = incoming.with(|i| i.is_some());
        if let Some(d) = dialog.get() {
            // The inbox arrives under Suspense: its dialog may not be in the document yet, and
            // only a dialog in the document can open. Wait a frame for it.
            request_animation_frame(move || {
                if open && !d.open() && d.is_connected() {
                    let _ = d.show_modal();
                } else if !open && d.open() {
                    d.close();
                }
            });
        }
    });
    let dismiss = move || {
        incoming.set(None);
        clear_hash();
    };
    let accept = move |p: Program| {
        let mut outcome = None;
        app.update(|wb| outcome = Some(program::accept(wb, &p, clock::now())));
        incoming.set(None);
        clear_hash();
        match outcome {
            Some(Accepted::AlreadyThere { .. }) => {
                app.tell("This program is already in your workbook, so nothing changed.")
            }
            _ => app.tell(format!(
                "Added the program from {} to your workbook.",
                p.coach_label()
            )),
        }
        go("/");
    };

    view! {
        <dialog node_ref=dialog class="program-dialog card" aria-labelledby="program-dialog-title"
            on:cancel=move |ev: leptos::ev::Event| { ev.prevent_default(); dismiss(); }>
            {move || match incoming.get() {
                None => ().into_any(),
                Some(Incoming::Ready(p)) => {
                    let p2 = p.clone();
                    let accept = accept.clone();
                    view! {
                        <h2 id="program-dialog-title">"A program from your coach"</h2>
                        <p class="muted">"Here's what's in it. Adding it keeps everything already in your workbook just as it is; you can do the steps at your own pace."</p>
                        <ProgramView program=p heading_level=2 />
                        <div class="actions">
                            <button type="button" class="btn btn-primary" on:click=move |_| accept(p2.clone())>"Add to my workbook"</button>
                            <button type="button" class="btn btn-quiet" on:click=move |_| dismiss()>"Not now"</button>
                        </div>
                    }.into_any()
                }
                Some(Incoming::Broken(message)) => view! {
                    <h2 id="program-dialog-title">"This program link can't be opened"</h2>
                    <div class="message message-error" role="alert"><p>{message}</p></div>
                    <p>"Nothing in your workbook has changed."</p>
                    <div class="actions">
                        <button type="button" class="btn btn-primary" on:click=move |_| dismiss()>"Close"</button>
                    </div>
                }.into_any(),
            }}
        </dialog>
    }
}
