//! The item widgets: a radio group for scales, choices and sort cards, a pair of
//! radio groups for two ratings, and a free-text prompt that saves as you type.

use leptos::prelude::*;
use waymark_core::discover::{Answer, Item, ItemKind, Scale, MAX_TEXT};

use super::take::TakeCtx;

/// The key that picks the k-th option (1-based): "1" … "9", then "0" for the tenth.
fn key_for(k: usize) -> String {
    if k == 10 {
        "0".to_string()
    } else {
        k.to_string()
    }
}

/// One option: its stored value and the words a person sees and hears.
#[derive(Clone)]
struct Opt {
    value: String,
    label: String,
}

fn scale_options(scale: &Scale) -> Vec<Opt> {
    (scale.min..=scale.max)
        .map(|v| Opt {
            value: v.to_string(),
            label: scale
                .point_label(v)
                .map_or_else(|| v.to_string(), str::to_string),
        })
        .collect()
}

/// How the options are laid out: words that wrap, or a compact row of numbers.
fn is_numeric(item: &Item) -> bool {
    matches!(item.kind, ItemKind::Rating(s) if s.points.is_empty())
}

/// A radio group for a Likert statement, a rating, a choice, a preference or a
/// sort card. `slot` numbers it for the number keys.
#[component]
pub(super) fn OptionsItem(ctx: TakeCtx, item: &'static Item, key_slot: usize) -> impl IntoView {
    let inst = ctx.inst;
    let options: Vec<Opt> = match item.kind {
        ItemKind::Likert(s) | ItemKind::Rating(s) => scale_options(s),
        _ => item
            .kind
            .options()
            .iter()
            .map(|o| Opt {
                value: o.id.to_string(),
                label: o.label.to_string(),
            })
            .collect(),
    };
    let is_scale = item.kind.scale().is_some();
    let numeric = is_numeric(item);
    let selected = Memo::new(move |_| {
        ctx.answers.with(|a| match a.get(item.id) {
            Some(Answer::Scale(v)) => Some(v.to_string()),
            Some(Answer::Choice(c)) => Some(c.clone()),
            _ => None,
        })
    });
    let pick = move |value: String| {
        let answer = if is_scale {
            match value.parse::<u8>() {
                Ok(v) => Answer::Scale(v),
                Err(_) => return,
            }
        } else {
            Answer::Choice(value)
        };
        ctx.answer(item, answer);
    };
    let name = format!("{}-{}", inst.id, item.id);
    let detail_id = format!("detail-{}", item.id);
    let legend_id = format!("legend-{}", item.id);
    let legend_ref = legend_id.clone();
    let ends = match item.kind {
        ItemKind::Rating(s) if numeric => Some(s),
        _ => None,
    };
    let kind_class = match item.kind {
        ItemKind::Sort(_) => "item-sort",
        ItemKind::Preference => "item-preference",
        ItemKind::Likert(_) => "item-likert",
        ItemKind::Rating(_) => "item-rating",
        _ => "item-choice",
    };
    let has_description = !item.detail.is_empty() || ends.is_some();

    view! {
        <fieldset
            class=format!("item {kind_class}")
            class:is-answered=move || selected.with(Option::is_some)
            role="radiogroup"
            data-slot=key_slot
            aria-labelledby=legend_ref
            aria-describedby=has_description.then(|| detail_id.clone())
        >
            <legend class="item-text" id=legend_id>{item.text}</legend>
            {has_description
                .then(|| {
                    view! {
                        <p class="item-detail" id=detail_id.clone()>
                            {item.detail}
                            {ends
                                .map(|s| {
                                    view! {
                                        <span class="disc-sr">
                                            {format!(" {} means {}; {} means {}.", s.min, s.low.to_lowercase(), s.max, s.high.to_lowercase())}
                                        </span>
                                    }
                                })}
                        </p>
                    }
                })}
            <div class="opts" class:opts-numbers=numeric class:opts-words=!numeric>
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, opt)| {
                        let value = opt.value.clone();
                        let check = opt.value.clone();
                        view! {
                            <label class="opt">
                                <input
                                    type="radio"
                                    name=name.clone()
                                    value=opt.value.clone()
                                    prop:checked=move || selected.with(|s| s.as_deref() == Some(check.as_str()))
                                    on:change=move |_| pick(value.clone())
                                />
                                <span class="opt-face">
                                    {(!numeric)
                                        .then(|| view! { <span class="opt-key" aria-hidden="true">{key_for(i + 1)}</span> })}
                                    <span class="opt-label">{opt.label}</span>
                                </span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            {ends
                .map(|s| {
                    view! {
                        <div class="opts-ends" aria-hidden="true">
                            <span>{format!("{} · {}", s.min, s.low)}</span>
                            <span>{format!("{} · {}", s.max, s.high)}</span>
                        </div>
                    }
                })}
        </fieldset>
    }
}

/// Two ratings of one thing (how skilled, how much you enjoy it), each its own
/// radio group of numbered points.
#[component]
pub(super) fn PairItem(ctx: TakeCtx, item: &'static Item, key_slot: usize) -> impl IntoView {
    let ItemKind::Pair(first, second) = item.kind else {
        return ().into_any();
    };
    let heading_id = format!("pair-{}", item.id);
    let heading_ref = heading_id.clone();
    let detail_id = format!("detail-{}", item.id);
    let value = Memo::new(move |_| ctx.pair_value(item));
    let side = move |index: usize, scale: &'static Scale| {
        let legend_id = format!("pair-{}-{index}", item.id);
        let legend_ref = legend_id.clone();
        let name = format!("{}-{}-{index}", ctx.inst.id, item.id);
        let chosen = move || {
            value
                .get()
                .get(index)
                .copied()
                .flatten()
                .and_then(|v| scale.point_label(v))
                .unwrap_or("")
        };
        view! {
            <fieldset class="pair-side" role="radiogroup" data-slot=key_slot + index aria-labelledby=legend_ref>
                <legend id=legend_id>{scale.name}</legend>
                <span class="pair-chosen" aria-hidden="true">{chosen}</span>
                <div class="opts opts-numbers">
                    {(scale.min..=scale.max)
                        .map(|v| {
                            let point = scale.point_label(v).unwrap_or("");
                            view! {
                                <label class="opt" title=point>
                                    <input
                                        type="radio"
                                        name=name.clone()
                                        value=v.to_string()
                                        prop:checked=move || value.get().get(index).copied().flatten() == Some(v)
                                        on:change=move |_| ctx.set_pair(item, index, v)
                                    />
                                    <span class="opt-face">
                                        <span class="opt-label">{v.to_string()}</span>
                                        <span class="disc-sr">{format!(" {point}")}</span>
                                    </span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
                <div class="opts-ends" aria-hidden="true">
                    <span>{scale.low}</span>
                    <span>{scale.high}</span>
                </div>
            </fieldset>
        }
    };
    let done = move || value.get().iter().all(Option::is_some);

    view! {
        <div
            class="item item-pair"
            class:is-answered=done
            role="group"
            aria-labelledby=heading_ref
            aria-describedby=(!item.detail.is_empty()).then(|| detail_id.clone())
        >
            <h3 class="item-text" id=heading_id>{item.text}</h3>
            {(!item.detail.is_empty()).then(|| view! { <p class="item-detail" id=detail_id.clone()>{item.detail}</p> })}
            <div class="pair">{side(0, first)} {side(1, second)}</div>
        </div>
    }
    .into_any()
}

/// A free-text prompt. What you type is kept in the field and saved as you type.
#[component]
pub(super) fn TextItem(ctx: TakeCtx, item: &'static Item) -> impl IntoView {
    let initial = ctx.answers.with_untracked(|a| match a.get(item.id) {
        Some(Answer::Text(t)) => t.clone(),
        _ => String::new(),
    });
    let text = RwSignal::new(initial);
    let field_id = format!("text-{}", item.id);
    let hint_id = format!("hint-{}", item.id);
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        text.set(value.clone());
        ctx.answer(item, Answer::Text(value));
    };
    view! {
        <div class="item item-text-prompt field">
            <label class="item-text" for=field_id.clone()>
                {item.text}
                {item.optional.then(|| view! { <span class="optional">" (optional)"</span> })}
            </label>
            {(!item.detail.is_empty()).then(|| view! { <p class="item-detail" id=hint_id.clone()>{item.detail}</p> })}
            <textarea
                id=field_id
                rows="5"
                dir="auto"
                maxlength=MAX_TEXT
                aria-describedby=(!item.detail.is_empty()).then(|| hint_id.clone())
                prop:value=move || text.get()
                on:input=on_input
            ></textarea>
        </div>
    }
}
