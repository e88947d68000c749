//! The coach's group view (`/coach/group`): several clients' backup files at once, one
//! row each. Read-only and in memory only, like review mode: the files live in this
//! page's own state and are gone on leaving. The rows are `waymark_core::group`'s.

use leptos::prelude::*;
use waymark_core::group::{self, ClientRow};

use crate::store::{clock, locale};
use crate::ui::components::{picked_workbooks, Icon, PageHeader, A};
use crate::ui::words::{self, coaching};

/// One picked file: its name and its row, or why it couldn't be read.
#[derive(Clone, PartialEq)]
struct Opened {
    /// Its place in the list picked, so rows keep the order given.
    at: usize,
    file: String,
    row: Result<ClientRow, String>,
}

#[component]
pub fn GroupPage() -> impl IntoView {
    // Page-local: leaving the page drops every file.
    let opened = RwSignal::new(Vec::<Opened>::new());
    let reading = RwSignal::new(0usize);
    let on_pick = move |ev: leptos::ev::Event| {
        let picked = picked_workbooks(&ev);
        if picked.is_empty() {
            return;
        }
        opened.set(Vec::new());
        reading.set(picked.len());
        for (at, (file, read)) in picked.into_iter().enumerate() {
            leptos::task::spawn_local(async move {
                let row = read
                    .await
                    .map(|loaded| group::summarise(&loaded.workbook, clock::today()));
                opened.update(|list| {
                    list.push(Opened { at, file, row });
                    waymark_core::sort::sort_by_key(list, |o| o.at);
                });
                reading.update(|n| *n = n.saturating_sub(1));
            });
        }
    };
    let rows = Memo::new(move |_| {
        opened.with(|l| {
            l.iter()
                .filter_map(|o| Some((o.at, o.file.clone(), o.row.clone().ok()?)))
                .collect::<Vec<_>>()
        })
    });
    let failed = Memo::new(move |_| {
        opened.with(|l| {
            l.iter()
                .filter_map(|o| Some((o.file.clone(), o.row.clone().err()?)))
                .collect::<Vec<_>>()
        })
    });

    view! {
        <div class="page group-page">
            <PageHeader title=words::pages::title("/coach/group") lead=words::pages::lead("/coach/group") />
            <section class="card group-open" aria-labelledby="group-open-title">
                <h2 id="group-open-title"><Icon name="people" />" Open your clients' files"</h2>
                <p>"Choose several backup files at once. Each is read here, shown read-only and kept only while this page is open: nothing is saved and nothing mixes with your own workbook."</p>
                <div class="field">
                    <label for="group-files">"Clients' backup files"</label>
                    <input id="group-files" type="file" multiple accept=".json,application/json" on:change=on_pick />
                </div>
                {move || (reading.get() > 0).then(|| view! { <p role="status">"Reading the files…"</p> })}
            </section>
            <Show when=move || failed.with(|l| !l.is_empty())>
                <div class="message message-error" role="alert">
                    <ul class="group-failed">
                        {move || failed.get().into_iter().map(|(file, why)| view! {
                            <li>{coaching::unreadable_file(&file, &why)}</li>
                        }).collect_view()}
                    </ul>
                </div>
            </Show>
            <Show
                when=move || rows.with(|l| !l.is_empty())
                fallback=move || view! {
                    <p class="muted">"No files open yet. Ask your clients to download a backup from their Your data page and send it to you; then open them all here."</p>
                }
            >
                <section class="card group-table" aria-labelledby="group-table-title">
                    <h2 id="group-table-title">"Your clients at a glance"</h2>
                    <table class="compare-table group-rows">
                        <thead>
                            <tr>
                                <th scope="col">"Client"</th>
                                <th scope="col">"Goals"</th>
                                <th scope="col">"Last check-in"</th>
                                <th scope="col">"Streak"</th>
                                <th scope="col">"Wheel since the start"</th>
                                <th scope="col">"Wins this month"</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || rows.get() key=|(at, file, _)| (*at, file.clone()) let:item>
                                <ClientLine file=item.1 row=item.2 />
                            </For>
                        </tbody>
                    </table>
                </section>
            </Show>
            <p><A href="/coach" attr:class="btn btn-secondary">"Back to the coach page"</A></p>
        </div>
    }
}

#[component]
fn ClientLine(file: String, row: ClientRow) -> impl IntoView {
    let l = locale::current();
    let name = row.name.clone().unwrap_or_else(|| file.clone());
    let last = row
        .last_checkin
        .map_or_else(|| "None yet".to_string(), |d| l.medium_date(d));
    let streak = coaching::streak_cell(&l, row.streak);
    let wheel = row.wheel_change.map_or_else(
        || "Not enough readings".to_string(),
        |d| coaching::change(&l, d),
    );
    view! {
        <tr>
            <th scope="row" data-label="Client">
                <bdi dir="auto">{name}</bdi>
                {row.name.is_some().then(|| view! { <span class="muted small group-file">{file.clone()}</span> })}
            </th>
            <td data-label="Goals">{coaching::pace_cell(&l, row.on_pace, row.behind, row.active)}</td>
            <td data-label="Last check-in">{last}</td>
            <td data-label="Streak">{streak}</td>
            <td data-label="Wheel since the start">{wheel}</td>
            <td data-label="Wins this month">{l.number(row.wins_this_month as f64, 0)}</td>
        </tr>
    }
}
