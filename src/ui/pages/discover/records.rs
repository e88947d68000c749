//! The records editor for limiting beliefs: one card per belief with its prompted
//! fields (belief, evidence for and against, reframe, experiment); add and remove
//! cards; an experiment can become a goal. Everything saves as you type.

use crate::ui::components::A;
use leptos::prelude::*;
use waymark_core::discover::{record_is_blank, Answer, Field, Item, ItemKind, Record, MAX_TEXT};

use super::goal_href;
use super::take::{focus_later, TakeCtx};

#[component]
pub(super) fn RecordsItem(ctx: TakeCtx, item: &'static Item) -> impl IntoView {
    let ItemKind::Records { fields, max } = item.kind else {
        return ().into_any();
    };
    let max = usize::from(max);
    let mut initial: Vec<Record> = ctx.answers.with_untracked(|a| match a.get(item.id) {
        Some(Answer::Records(r)) => r.clone(),
        _ => Vec::new(),
    });
    if initial.is_empty() {
        initial.push(Record::new());
    }
    // Each card gets a key of its own so removing one leaves the others' fields be.
    let next_key = StoredValue::new(initial.len());
    let rows = RwSignal::new(
        initial
            .into_iter()
            .enumerate()
            .collect::<Vec<(usize, Record)>>(),
    );
    let save = move || {
        let records: Vec<Record> =
            rows.with_untracked(|r| r.iter().map(|(_, rec)| rec.clone()).collect());
        ctx.answer(item, Answer::Records(records));
    };
    let add = move |_| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        rows.update(|r| r.push((key, Record::new())));
        save();
        focus_later(format!(
            "record-{key}-{}",
            fields.first().map_or("", |f| f.id)
        ));
    };
    let remove = move |key: usize| {
        rows.update(|r| r.retain(|(k, _)| *k != key));
        save();
        ctx.app.tell("That belief was removed.");
        focus_later("record-add".to_string());
    };
    let keys = move || rows.with(|r| r.iter().map(|(k, _)| *k).collect::<Vec<_>>());

    view! {
        <div class="item item-records">
            <h3 class="item-text">{item.text}</h3>
            <p class="item-detail">{item.detail}</p>
            <ol class="records">
                <For each=keys key=|k| *k let:key>
                    <RecordCard key fields rows save=Callback::new(move |_: ()| save()) remove=Callback::new(remove) />
                </For>
            </ol>
            <button
                id="record-add"
                class="btn btn-secondary"
                type="button"
                on:click=add
                disabled=move || { rows.with(Vec::len) >= max }
            >
                "Add another belief"
            </button>
            <Show when=move || { rows.with(Vec::len) >= max }>
                <p class="muted">{format!("There is room for {max} beliefs here.")}</p>
            </Show>
        </div>
    }
    .into_any()
}

#[component]
fn RecordCard(
    key: usize,
    fields: &'static [Field],
    rows: RwSignal<Vec<(usize, Record)>>,
    save: Callback<()>,
    remove: Callback<usize>,
) -> impl IntoView {
    let number = move || rows.with(|r| r.iter().position(|(k, _)| *k == key).map_or(0, |p| p + 1));
    let value = move |field: &'static str| {
        rows.with(|r| {
            r.iter()
                .find(|(k, _)| *k == key)
                .and_then(|(_, rec)| rec.get(field).cloned())
                .unwrap_or_default()
        })
    };
    let set = move |field: &'static str, text: String| {
        rows.update(|r| {
            if let Some((_, rec)) = r.iter_mut().find(|(k, _)| *k == key) {
                rec.insert(field.to_string(), text);
            }
        });
        save.run(());
    };
    let incomplete = move || {
        rows.with(|r| {
            r.iter().find(|(k, _)| *k == key).is_some_and(|(_, rec)| {
                !record_is_blank(rec)
                    && fields
                        .iter()
                        .filter(|f| f.required)
                        .any(|f| rec.get(f.id).is_none_or(|t| t.trim().is_empty()))
            })
        })
    };
    // Once an experiment is written, it can become a goal in one step.
    let experiment_link = move || {
        let text = value("experiment").trim().to_string();
        (!text.is_empty()).then(|| {
            view! {
                <A href=goal_href(&text, "other", None) attr:class="disc-goal-link">
                    "Turn this experiment into a goal"
                </A>
            }
        })
    };
    let confirming = RwSignal::new(false);
    let legend_id = format!("record-{key}-title");
    let legend_ref = legend_id.clone();

    view! {
        <li class="record card">
            <fieldset class="record-fields" aria-labelledby=legend_ref>
                <legend id=legend_id>{move || format!("Belief {}", number())}</legend>
                {fields
                    .iter()
                    .map(|f| {
                        let id = format!("record-{key}-{}", f.id);
                        let hint_id = format!("{id}-hint");
                        let initial = value(f.id);
                        let field = f.id;
                        view! {
                            <div class="field">
                                <label for=id.clone()>
                                    {f.label}
                                    {(!f.required).then(|| view! { <span class="optional">" (optional)"</span> })}
                                </label>
                                <p class="item-detail" id=hint_id.clone()>{f.hint}</p>
                                <textarea
                                    id=id
                                    rows="2"
                                    dir="auto"
                                    maxlength=MAX_TEXT
                                    aria-describedby=hint_id
                                    prop:value=initial
                                    on:input=move |ev| set(field, event_target_value(&ev))
                                ></textarea>
                                {(field == "experiment").then_some(experiment_link)}
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <Show when=incomplete>
                <p class="muted record-hint">"Add the belief and a more balanced way to put it, and this one counts as done."</p>
            </Show>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <button id=format!("record-remove-{key}") class="btn btn-quiet" type="button" on:click=move |_| {
                            confirming.set(true);
                            focus_later(format!("record-confirm-remove-{key}"));
                        }>
                            {move || format!("Remove belief {}", number())}
                        </button>
                    }
                }
            >
                <div class="disc-confirm-inline" role="group" aria-label="Confirm removal">
                    <span>{move || format!("Remove belief {} and everything written in it?", number())}</span>
                    <button id=format!("record-confirm-remove-{key}") class="btn btn-danger" type="button" on:click=move |_| remove.run(key)>"Remove"</button>
                    <button class="btn btn-quiet" type="button" on:click=move |_| {
                        confirming.set(false);
                        focus_later(format!("record-remove-{key}"));
                    }>"Keep it"</button>
                </div>
            </Show>
        </li>
    }
}
