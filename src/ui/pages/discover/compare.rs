//! Two results of one exercise side by side: pick any two, see each row before
//! and after with the change in words.

use leptos::prelude::*;
use waymark_core::discover::Instrument;

use super::result_labels;
use crate::store::{locale, state::use_app};
use crate::ui::words;

#[component]
pub(super) fn CompareResults(inst: &'static Instrument, len: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let n = len.get_untracked();
    let first = RwSignal::new(n.saturating_sub(2));
    let second = RwSignal::new(n.saturating_sub(1));
    let only_changes = RwSignal::new(false);
    let labels = Memo::new(move |_| {
        app.workbook.with(|wb| {
            result_labels(
                &wb.discovery
                    .history(inst.id)
                    .iter()
                    .map(|r| r.taken_at)
                    .collect::<Vec<_>>(),
            )
        })
    });
    let comparison = Memo::new(move |_| {
        let (a, b) = (first.get(), second.get());
        app.workbook.with(|wb| wb.discovery.compare(inst.id, a, b))
    });
    let select = move |id: &'static str, label: &'static str, which: RwSignal<usize>| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select
                    id=id
                    prop:value=move || which.get().to_string()
                    on:change=move |ev| {
                        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                            which.set(i);
                        }
                    }
                >
                    {move || {
                        labels
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(i, l)| {
                                view! {
                                    <option value=i.to_string() selected=move || which.get() == i>
                                        {l}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
        }
    };

    view! {
        <section class="card disc-compare" aria-labelledby="compare-title">
            <h2 id="compare-title">"Compare two results"</h2>
            <p class="muted">"Pick any two. The earlier one is always shown first."</p>
            <div class="compare-pick">
                {select("compare-a", "One result", first)}
                {select("compare-b", "Another result", second)}
            </div>
            <label class="compare-only">
                <input
                    type="checkbox"
                    prop:checked=move || only_changes.get()
                    on:change=move |ev| only_changes.set(event_target_checked(&ev))
                />
                " Only show what changed"
            </label>
            {move || {
                if first.get() == second.get() {
                    return view! { <p class="message">"These are the same result. Pick two different dates to see what changed."</p> }
                        .into_any();
                }
                let Some(c) = comparison.get() else {
                    return view! { <p class="message">"Those results can't be found any more."</p> }.into_any();
                };
                // History is in date order and the comparison puts the earlier
                // result first, so the lower index labels the "before" column.
                let (lo, hi) = (first.get().min(second.get()), first.get().max(second.get()));
                let (before, after) = labels.with(|l| {
                    let pick = |i: usize| l.get(i).cloned().unwrap_or_default();
                    (pick(lo), pick(hi))
                });
                let only = only_changes.get();
                let locale = locale::current();
                let changed = c.changes().count();
                let rows = c
                    .rows
                    .iter()
                    .filter(|r| !only || r.changed)
                    .map(|r| {
                        let change = words::compare_change(&locale, r);
                        view! {
                            <tr class:is-changed=r.changed>
                                <th scope="row">{r.label.clone()}</th>
                                <td dir="auto">{words::compare_cell(&locale, r.before, &r.before_text)}</td>
                                <td dir="auto">{words::compare_cell(&locale, r.after, &r.after_text)}</td>
                                <td class="compare-change">{change}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <p class="compare-summary">
                        {format!(
                            "{} of {} {} changed.",
                            changed,
                            c.rows.len(),
                            if c.rows.len() == 1 { "line" } else { "lines" },
                        )}
                    </p>
                    <div class="table-scroll" role="region" aria-label="Comparison table" tabindex="0">
                        <table class="compare-table">
                            <caption class="disc-sr">{format!("{} on {before} and on {after}", inst.title)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">"What"</th>
                                    <th scope="col">{before.clone()}</th>
                                    <th scope="col">{after.clone()}</th>
                                    <th scope="col">"Change"</th>
                                </tr>
                            </thead>
                            <tbody>
                                <tr class="compare-headline">
                                    <th scope="row">"In short"</th>
                                    <td dir="auto">{words::headline(&locale, &c.before_headline)}</td>
                                    <td dir="auto">{words::headline(&locale, &c.after_headline)}</td>
                                    <td></td>
                                </tr>
                                {rows}
                            </tbody>
                        </table>
                    </div>
                }
                    .into_any()
            }}
        </section>
    }
}
