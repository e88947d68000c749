//! A coach's link (a program or feedback) ready to share: the link, a copy button, and
//! a QR code a phone can scan. Loaded with the coach pages only.

use leptos::prelude::*;
use waymark_core::qr;

use crate::ui::components::Icon;

/// The link in a read-only field, its length, and a copy button with a fallback.
#[component]
pub(super) fn ShareLink(
    url: String,
    /// The field's id (its length line is `<id>-length`).
    id: &'static str,
    label: &'static str,
    /// What travels in the link, for the closing note.
    #[prop(
        default = "The program travels inside the link itself. When your client opens it, Waymark shows them what's in it and asks before adding anything."
    )]
    note: &'static str,
) -> impl IntoView {
    let field = NodeRef::<leptos::html::Input>::new();
    let status = RwSignal::new(String::new());
    let len = url.chars().count();
    let url2 = url.clone();
    let qr_url = url.clone();
    let select_field = move || {
        if let Some(input) = field.get_untracked() {
            let _ = input.focus();
            input.select();
        }
    };
    let copy = move |_| {
        crate::ui::components::copy_text(url2.clone(), move |copied| match copied {
            Some(true) => {
                status.set("Copied. Paste it into an email or message to your client.".into())
            }
            Some(false) => {
                select_field();
                status.set("Your browser didn't allow copying. The link is selected: press Ctrl+C (or ⌘C) to copy it.".into());
            }
            None => {
                select_field();
                status.set("The link is selected: press Ctrl+C (or ⌘C) to copy it.".into());
            }
        });
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="text" readonly prop:value=url.clone()
                aria-describedby=format!("{id}-length")
                on:focus=move |_| select_field() />
            <p id=format!("{id}-length") class="muted small">{format!("{len} characters — short enough for an email.")}</p>
        </div>
        <div class="actions">
            <button type="button" class="btn btn-primary" on:click=copy><Icon name="save" />" Copy link"</button>
        </div>
        <p role="status" class="coach-copy-status">{move || status.get()}</p>
        <p class="muted small">{note}</p>
        <QrCode url=qr_url />
    }
}

/// The link as a QR code (an SVG path drawn here; no text in it), or why it can't be one.
#[component]
fn QrCode(url: String) -> impl IntoView {
    match qr::picture(&url) {
        Ok(p) => {
            let view_box = format!("0 0 {0} {0}", p.size);
            view! {
                <details class="coach-qr">
                    <summary>"Show a QR code"</summary>
                    <p class="muted small">"Your client can point their phone's camera at this to open the link."</p>
                    <svg class="qr-code" role="img" aria-label="A QR code of the link above"
                        viewBox=view_box xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
                        <rect width="100%" height="100%" fill="#fff" />
                        <path d=p.path fill="#000" />
                    </svg>
                </details>
            }
            .into_any()
        }
        Err(problem) => view! {
            <p class="muted small coach-qr-too-long" role="note">{crate::ui::words::qr_problem(&problem)}</p>
        }
        .into_any(),
    }
}
