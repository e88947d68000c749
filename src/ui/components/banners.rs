//! Storage banners under the header: data that couldn't be read (kept aside, offered as
//! a download), a save that failed (storage full), and the polite status line.

use crate::ui::components::A;
use leptos::prelude::*;

use crate::store::{clock, files, state::use_app, update};

#[component]
pub fn Banners() -> impl IntoView {
    let app = use_app();
    let location = leptos_router::hooks::use_location();

    let download_raw = move |_| {
        if let Some(problem) = app.load_problem.get_untracked() {
            let name = format!("waymark-unreadable-{}.txt", clock::today());
            if let Err(e) = files::download(&name, "text/plain", &problem.raw) {
                app.tell(e);
            }
        }
    };

    // A new build waits in the service worker; the person picks when to switch.
    let update_ready = RwSignal::new(update::is_ready());
    let _ = window_event_listener_untyped("waymark-update-ready", move |_| update_ready.set(true));
    let apply_update = move |_| {
        app.flush();
        if !update::apply() {
            app.tell("Couldn't switch versions just now. Closing and reopening Waymark will.");
        }
    };

    view! {
        <div class="banners">
            {move || {
                app.load_problem
                    .get()
                    .map(|p| {
                        let has_raw = !p.raw.is_empty();
                        view! {
                            <div class="banner banner-warn" role="alert">
                                <div class="banner-text">
                                    <strong>"We couldn't read the workbook saved in this browser."</strong>
                                    <p>{p.reason.clone()}</p>
                                    <p>
                                        {if p.kept_aside {
                                            "The saved text has been kept aside untouched, so nothing is lost. "
                                        } else if has_raw {
                                            "The saved text hasn't been changed, and nothing will be saved over it. "
                                        } else {
                                            ""
                                        }}
                                        {if p.recovered {
                                            "You're now looking at your last good copy."
                                        } else {
                                            "You're starting with a fresh workbook for now."
                                        }}
                                    </p>
                                </div>
                                <div class="banner-actions">
                                    {has_raw.then(|| view! {
                                        <button class="btn btn-secondary" on:click=download_raw>"Download the saved text"</button>
                                    })}
                                    <button class="btn btn-quiet" on:click=move |_| app.load_problem.set(None)>"Dismiss"</button>
                                </div>
                            </div>
                        }
                    })
            }}
            {move || {
                app.save_error.get().map(|message| view! {
                    <BackupBanner title="Not saved on this device" message role="alert" />
                })
            }}
            {move || app.start_note.get().map(|note| view! {
                <div class="banner banner-info" role="status">
                    <div class="banner-text">
                        <p>{note}</p>
                    </div>
                    <div class="banner-actions">
                        <button class="btn btn-quiet" on:click=move |_| app.start_note.set(None)>"Dismiss"</button>
                    </div>
                </div>
            })}
            {move || (app.storage_low.get() && app.save_error.with(Option::is_none)).then(|| view! {
                <BackupBanner
                    title="Storage for this site is nearly full"
                    message="Everything is saved for now. Download a backup, and see the Data page to make room before saving runs out of space."
                    role="status"
                />
            })}
            {move || update_ready.get().then(|| view! {
                <div class="banner banner-info" role="status">
                    <div class="banner-text">
                        <strong>"A new version of Waymark is ready."</strong>
                        <p>"Your workbook stays exactly as it is. Switch whenever it suits you."</p>
                    </div>
                    <div class="banner-actions">
                        <button class="btn btn-primary" on:click=apply_update>"Reload to update"</button>
                        <button class="btn btn-quiet" on:click=move |_| update_ready.set(false)>"Later"</button>
                    </div>
                </div>
            })}
            <p class="notice" role="status" aria-live="polite">
                {move || {
                    let elsewhere = app.notice_page.with(|page| {
                        page.as_ref().is_some_and(|p| *p != location.pathname.get())
                    });
                    if elsewhere { String::new() } else { app.notice.get().unwrap_or_default() }
                }}
            </p>
        </div>
    }
}

/// A storage warning: what is wrong, and the two ways out (a backup, the Data page).
#[component]
fn BackupBanner(
    title: &'static str,
    #[prop(into)] message: String,
    role: &'static str,
) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="banner banner-warn" role=role>
            <div class="banner-text">
                <strong>{title}</strong>
                <p>{message}</p>
            </div>
            <div class="banner-actions">
                <button class="btn btn-primary" on:click=move |_| app.download_backup()>"Download a backup"</button>
                <A href="/data" attr:class="btn btn-quiet">"Go to Data"</A>
            </div>
        </div>
    }
}
