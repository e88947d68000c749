//! Data: download a backup, bring one back (checked, previewed, confirmed, undoable),
//! and see how much room the workbook takes in this browser.

use leptos::prelude::*;
use waymark_core::{backup, merge, Workbook};

use super::checkins::CalendarDownload;
use crate::store::{browser, clock, locale, state::use_app, storage};
use crate::ui::components::{focus_soon, picked_workbook, AskFirst, Icon, PageHeader, ProgressBar};
use crate::ui::words;

/// Where an import stands.
#[derive(Clone)]
enum ImportStep {
    Idle,
    Reading,
    Failed {
        file: String,
        message: String,
    },
    Preview {
        file: String,
        incoming: Box<Workbook>,
        changes: merge::MergePreview,
        migrated_from: Option<u32>,
        /// Records in the file that shared an id and were given new ones.
        repaired: usize,
    },
}

#[component]
pub fn DataPage() -> impl IntoView {
    let app = use_app();
    let step = RwSignal::new(ImportStep::Idle);
    // "You can undo this below" is about this page: the notice stays here.
    let here = leptos_router::hooks::use_location().pathname;
    let summary = Memo::new(move |_| app.workbook.with(|wb| wb.summary()));
    // Read again after each write to storage has landed (the workbook signal changes
    // before its fold, which runs in idle time).
    let used = Memo::new(move |_| {
        app.stored.track();
        storage::local_storage().map(|s| storage::storage_use(&s, storage::known_quota_chars(&s)))
    });

    let export = move |_| app.download_backup();
    let backup = Memo::new(move |_| {
        let has_content = app.workbook.with(|wb| !wb.is_blank());
        backup::backup_status_within(
            app.last_backup.get(),
            has_content,
            clock::now(),
            browser::backup_reminder_days(),
        )
    });
    let persisted = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move {
        persisted.set(storage::is_persisted().await);
    });
    let ask_persist = move |_| {
        leptos::task::spawn_local(async move {
            let granted = storage::request_persistence().await;
            persisted.set(granted);
            app.tell(match granted {
                Some(true) => "Your browser will keep Waymark's storage.",
                _ => "Your browser decided not to promise that right now. Regular backups keep you safe either way.",
            });
        });
    };

    let on_pick = move |ev: leptos::ev::Event| {
        let Some((name, read)) = picked_workbook(&ev) else {
            return;
        };
        step.set(ImportStep::Reading);
        leptos::task::spawn_local(async move {
            let next = match read.await {
                Err(message) => ImportStep::Failed {
                    file: name,
                    message,
                },
                Ok(loaded) => {
                    let changes = app.workbook.with_untracked(|current| {
                        merge::preview(current, &merge::merge(current, &loaded.workbook))
                    });
                    ImportStep::Preview {
                        file: name,
                        incoming: Box::new(loaded.workbook),
                        changes,
                        migrated_from: loaded.migrated_from,
                        repaired: loaded.repaired_ids,
                    }
                }
            };
            step.set(next);
        });
    };

    let confirm_replace = move |_| {
        if let ImportStep::Preview { incoming, file, .. } = step.get_untracked() {
            app.replace(*incoming);
            step.set(ImportStep::Idle);
            app.tell_on(
                here.get_untracked(),
                format!("Replaced your workbook with {file}. You can undo this below."),
            );
        }
    };
    let confirm_merge = move |_| {
        if let ImportStep::Preview { incoming, file, .. } = step.get_untracked() {
            app.merge_in(&incoming);
            step.set(ImportStep::Idle);
            app.tell_on(
                here.get_untracked(),
                format!("Merged {file} into your workbook. You can undo this below."),
            );
        }
    };

    view! {
        <div class="page">
            <PageHeader
                title=crate::ui::words::pages::title("/data")
                lead=crate::ui::words::pages::lead("/data")
            />

            <section class="card" aria-labelledby="export-title">
                <h2 id="export-title">"Download a backup"</h2>
                <p>
                    "A JSON file with everything in your workbook. Keep it somewhere safe: anyone with the file can read it."
                </p>
                <p class="muted">
                    {move || {
                        let s = summary.get();
                        format!("Right now: {}.", words::workbook_counts(&locale::current(), &s))
                    }}
                </p>
                <p
                    class=move || if backup.get().needs_reminder() { "message message-warn" } else { "muted" }
                    data-testid="backup-status"
                >
                    {move || backup.get().message()}
                </p>
                <button class="btn btn-primary" on:click=export>
                    <Icon name="save" />
                    " Download backup"
                </button>
            </section>

            <section class="card" aria-labelledby="import-title">
                <h2 id="import-title">"Bring back a backup"</h2>
                <p>"Pick a file you downloaded from Waymark. You'll see what's in it before anything changes."</p>
                <div class="field">
                    <label for="import-file">"Backup file"</label>
                    <input id="import-file" type="file" accept=".json,application/json" on:change=on_pick />
                </div>
                {move || match step.get() {
                    ImportStep::Idle => ().into_any(),
                    ImportStep::Reading => view! { <p role="status">"Reading the file…"</p> }.into_any(),
                    ImportStep::Failed { file, message } => view! {
                        <div class="message message-error" role="alert">
                            <strong>{format!("{file} wasn't imported.")}</strong>
                            <p>{message}</p>
                            <p>"Your workbook hasn't changed."</p>
                        </div>
                    }.into_any(),
                    ImportStep::Preview { file, incoming, changes, migrated_from, repaired } => {
                        let s = incoming.summary();
                        view! {
                            <div class="preview" role="region" aria-label="What the file contains">
                                <h3>{format!("In {file}")}</h3>
                                <ul class="stats">
                                    <li><strong dir="auto">{s.name.clone().unwrap_or_else(|| "No name".into())}</strong><span>"Name"</span></li>
                                    <li><strong>{s.results}</strong><span>"Exercise results"</span></li>
                                    <li><strong>{s.goals}</strong><span>"Goals"</span></li>
                                    <li><strong>{s.milestones}</strong><span>"Milestones"</span></li>
                                    <li><strong>{s.checkins}</strong><span>"Check-ins"</span></li>
                                    <li><strong>{s.journal_entries}</strong><span>"Journal entries"</span></li>
                                </ul>
                                <p class="muted">{format!("Last changed {}.", crate::store::locale::local_date(s.updated_at))}</p>
                                {(repaired > 0).then(|| view! {
                                    <p class="muted" data-testid="repaired-ids">{crate::ui::words::repaired_ids_note(repaired)}</p>
                                })}
                                {migrated_from.map(|v| view! {
                                    <p class="muted">{format!("It was saved by an older version of Waymark (format {v}) and will be brought up to date.")}</p>
                                })}
                                <h4>"Two ways to bring it in"</h4>
                                <p>
                                    <strong>"Merge"</strong>
                                    " keeps everything you have and adds what's new from the file; where both have the same item, the more recently changed one is kept. "
                                    <span data-testid="merge-preview">
                                        {if changes.is_noop() {
                                            "Merging would change nothing: you already have all of it.".to_string()
                                        } else {
                                            format!(
                                                "Merging would add {}, update {} and leave {} as they are{}.",
                                                words::count_of(&locale::current(), changes.added, "item", "items"),
                                                changes.updated,
                                                changes.unchanged,
                                                if changes.removed > 0 { format!(", and remove {} deleted since", changes.removed) } else { String::new() },
                                            )
                                        }}
                                    </span>
                                </p>
                                <p><strong>"Replace"</strong>" swaps your current workbook for the one in the file."</p>
                                <p class="muted">"Either way, you can undo it once, straight after."</p>
                                <div class="actions">
                                    <button class="btn btn-primary" on:click=confirm_merge>"Merge into my workbook"</button>
                                    <button class="btn btn-secondary" on:click=confirm_replace>"Replace my workbook"</button>
                                    <button class="btn btn-quiet" on:click=move |_| { step.set(ImportStep::Idle); focus_soon("import-file"); }>"Cancel"</button>
                                </div>
                            </div>
                        }.into_any()
                    }
                }}
                {move || app.before_import.with(Option::is_some).then(|| view! {
                    <div class="message">
                        <p>"Changed your mind? Put back the workbook you had before the import."</p>
                        <button class="btn btn-secondary" on:click=move |_| {
                            if app.undo_import() {
                                app.tell("Import undone. Your previous workbook is back.");
                            }
                        }>
                            <Icon name="undo" />
                            " Undo import"
                        </button>
                    </div>
                })}
            </section>

            <FeedbackFile />

            <section class="card" aria-labelledby="calendar-title">
                <h2 id="calendar-title">"Calendar"</h2>
                <p>"Your milestone due dates and check-in rhythm as a calendar file (.ics)."</p>
                <CalendarDownload />
            </section>

            <Spreadsheets />

            <section class="card" aria-labelledby="storage-title">
                <h2 id="storage-title">"Storage in this browser"</h2>
                {move || match used.get() {
                    Some(u) => view! {
                        <p>{if u.measured {
                            format!("Waymark uses {} of the {} this browser lets this site keep.", human_bytes(u.chars), human_bytes(u.limit))
                        } else {
                            format!("Waymark uses {} of the roughly {} MB browsers let a site keep.", human_bytes(u.chars), crate::store::locale::count(u.limit / 1_000_000))
                        }}</p>
                        <ProgressBar
                            fraction=Signal::derive(move || u.share)
                            label=Signal::derive(move || format!("{} used", crate::store::locale::percent((u.share * 100.0).ceil() / 100.0)))
                        />
                        {u.near_limit.then(|| view! {
                            <p class="message message-warn" role="alert">
                                "Storage is nearly full. Download a backup now; older check-ins or results you no longer need can be deleted to make room."
                            </p>
                        })}
                    }.into_any(),
                    None => view! { <p>"This browser isn't letting Waymark store anything right now."</p> }.into_any(),
                }}
                <h3>"Keeping your data"</h3>
                <p class="muted">
                    "Browsers can clear a site's storage, for example after weeks without a visit or when the device runs low on space. You can ask this browser to keep Waymark's storage, and a recent backup file is your safety net either way."
                </p>
                <p data-testid="persist-status">
                    {move || match persisted.get() {
                        Some(true) => "This browser has agreed to keep Waymark's storage.",
                        Some(false) => "This browser hasn't promised to keep Waymark's storage.",
                        None => "This browser doesn't say whether it will keep Waymark's storage.",
                    }}
                </p>
                // Only a browser that can answer is asked (WebKitGTK, and Safari before 17,
                // have no navigator.storage).
                {move || (persisted.get() == Some(false)).then(|| view! {
                    <button class="btn btn-secondary" on:click=ask_persist>"Ask the browser to keep it"</button>
                })}
                {browser::may_clear_after_a_week().then(|| view! { <SafariKeeping /> })}
            </section>

            <RemoveFromBrowser />
        </div>
    }
}

/// The applications and the contacts as CSV files, for a spreadsheet.
#[component]
fn Spreadsheets() -> impl IntoView {
    let app = use_app();
    let problem = RwSignal::new(None::<String>);
    let offer = move |name: &str, table: (Vec<&str>, Vec<Vec<String>>)| {
        let text = waymark_core::search::csv::write_table(&table.0, &table.1);
        problem.set(crate::store::files::download(name, "text/csv;charset=utf-8", &text).err());
    };
    let applications = move |_| {
        let table = app
            .workbook
            .with_untracked(|wb| words::people::applications_table(&wb.search.applications));
        offer("waymark-applications.csv", table);
    };
    let contacts = move |_| {
        let table = app.workbook.with_untracked(|wb| {
            words::people::contacts_table(&wb.search.contacts, &wb.search.conversations)
        });
        offer("waymark-contacts.csv", table);
    };
    view! {
        <section class="card" aria-labelledby="spreadsheets-title">
            <h2 id="spreadsheets-title">"For spreadsheets"</h2>
            <p>"Your job applications and your contacts as CSV files, one row each."</p>
            <p class="muted">{words::people::CSV_HINT}</p>
            <div class="actions">
                <button class="btn btn-secondary" on:click=applications><Icon name="save" />" Download applications (CSV)"</button>
                <button class="btn btn-secondary" on:click=contacts><Icon name="save" />" Download contacts (CSV)"</button>
            </div>
            {move || problem.get().map(|m| view! { <p class="message message-error" role="alert">{m}</p> })}
        </section>
    }
}

/// Safari may clear a site's storage after seven days without a visit, unless the site
/// runs from the Home Screen: said once, here, with the way to keep it and a backup.
#[component]
fn SafariKeeping() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="message safari-keeping" data-testid="safari-storage">
            <h3>"Keeping your workbook in Safari"</h3>
            <p>
                "Safari may clear what a website keeps if you don't open it for seven days. Waymark on your Home Screen is kept, so that's the safest place for your workbook."
            </p>
            <ol>
                <li>
                    "Download a backup. "
                    <button class="btn btn-secondary" on:click=move |_| app.download_backup()>
                        <Icon name="save" />
                        " Download backup"
                    </button>
                </li>
                <li>"In Safari, tap the Share button, then “Add to Home Screen”. On a Mac, choose File, then “Add to Dock”."</li>
                <li>"Open Waymark from there and bring the backup back on its Data page. The Home Screen copy has its own storage, so the backup is what carries your work across."</li>
            </ol>
            <p class="muted">"Staying in Safari is fine too: open Waymark at least once a week, and download a backup now and then. This page reminds you when the last one is a week old."</p>
        </div>
    }
}

/// For a shared or borrowed computer: takes the workbook off this browser entirely.
#[component]
fn RemoveFromBrowser() -> impl IntoView {
    let app = use_app();
    let remove = move |_: ()| {
        if app.remove_from_this_browser() {
            // Once the last good copy is gone too, start again from the welcome, with
            // nothing of the old workbook in memory.
            leptos::task::spawn_local(async {
                crate::store::storage::remove_last_good().await;
                if let Some(location) = web_sys::window().map(|w| w.location()) {
                    let _ = location.replace(&crate::ui::components::with_base("/"));
                }
            });
        } else {
            app.tell("This browser isn't letting Waymark change its storage, so there was nothing to remove.");
        }
    };
    view! {
        <section class="card" aria-labelledby="remove-title">
            <h2 id="remove-title">"Remove Waymark from this browser"</h2>
            <p>"Using a shared or borrowed computer? This deletes your workbook, its safety copy and anything half-written from this browser. Backup files you downloaded stay where they are, and you can bring one back here or on another device at any time."</p>
            <AskFirst
                id="remove-everything"
                label="Remove from this browser…"
                question=Signal::derive(|| "Remove everything from this browser now? This can't be undone here, so download a backup first if you want to carry on later.".to_string())
                yes="Yes, remove everything"
                on_yes=Callback::new(remove)
                more=std::sync::Arc::new(move || view! {
                    <button class="btn btn-secondary" on:click=move |_| app.download_backup()><Icon name="save" />" Download a backup first"</button>
                }.into_any())
            />
        </section>
    }
}

fn human_bytes(bytes: usize) -> String {
    let locale = crate::store::locale::current();
    if bytes < 1024 {
        format!("{} bytes", locale.number(bytes as f64, 0))
    } else if bytes < 1024 * 1024 {
        format!("{} KB", locale.number(bytes as f64 / 1024.0, 1))
    } else {
        format!("{} MB", locale.number(bytes as f64 / 1_048_576.0, 2))
    }
}

/// Opening a feedback file a coach sent: the file carries the same text as a feedback
/// link, so it is handed to the address and the coach inbox shows it (its checking code
/// loads with the coach pages, not here).
#[component]
fn FeedbackFile() -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(file) = crate::ui::components::picked_files(&ev).into_iter().next() else {
            return;
        };
        error.set(None);
        let name = file.name();
        if file.size() > 64.0 * 1024.0 {
            error.set(Some(words::not_a_feedback_file(&name)));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = crate::store::files::read_text(file).await;
            match text
                .ok()
                .and_then(|t| waymark_core::feedback::text_in_file(&t))
            {
                Some(payload) => {
                    let hash = format!("{}={payload}", waymark_core::feedback::PARAM);
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().set_hash(&hash);
                    }
                }
                None => error.set(Some(words::not_a_feedback_file(&name))),
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="feedback-file-title">
            <h2 id="feedback-file-title">"Feedback from your coach"</h2>
            <p>"If your coach sent you a feedback file, open it here. You'll see what's in it before anything is added."</p>
            <div class="field">
                <label for="feedback-file">"Feedback file"</label>
                <input id="feedback-file" type="file" accept=".json,application/json" on:change=on_pick />
            </div>
            {move || error.get().map(|m| view! {
                <div class="message message-error" role="alert"><p>{m}</p><p>"Your workbook hasn't changed."</p></div>
            })}
        </section>
    }
}
