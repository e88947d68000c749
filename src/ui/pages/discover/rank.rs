//! Ranking the top cards of a sort (the top five values): choose with toggle
//! buttons, order with Move up / Move down. Every step works by keyboard alone.

use leptos::prelude::*;
use waymark_core::discover::{
    is_answered, rank_pool, ranking_move, ranking_toggle, Answer, Item, ItemKind,
};

use super::take::{focus_later, TakeCtx};

#[component]
pub(super) fn RankItem(ctx: TakeCtx, item: &'static Item) -> impl IntoView {
    let ItemKind::Rank { count, from } = item.kind else {
        return ().into_any();
    };
    let inst = ctx.inst;
    let app = ctx.app;
    let max = usize::from(count);
    let pool = Memo::new(move |_| ctx.answers.with(|a| rank_pool(inst, a, count, from)));
    let stored = Memo::new(move |_| {
        ctx.answers.with(|a| match a.get(item.id) {
            Some(Answer::Ranking(r)) => r.clone(),
            _ => Vec::new(),
        })
    });
    // The ranking as shown: the person's picks plus any card that must be in.
    let shown = Memo::new(move |_| pool.with(|p| stored.with(|s| p.seed(s))));
    let unsorted = Memo::new(move |_| {
        ctx.answers.with(|a| {
            inst.items
                .iter()
                .filter(|c| matches!(c.kind, ItemKind::Sort(_)) && !is_answered(inst, a, c))
                .count()
        })
    });
    // Keep the seeded ranking, so cards that have to be in count as ranked.
    Effect::new(move |_| {
        let seeded = shown.get();
        if seeded != stored.get_untracked() {
            ctx.answer(item, Answer::Ranking(seeded));
        }
    });

    let name_of = move |id: &str| inst.label(id).unwrap_or("").to_string();
    let save = move |ranking: Vec<String>| {
        ctx.answer(item, Answer::Ranking(ranking));
    };
    let toggle = move |id: &'static str| {
        let now = shown.get_untracked();
        let was_in = now.iter().any(|r| r == id);
        if !was_in && now.len() >= max {
            app.tell(format!(
                "Your top {max} is full. Take one out to add {}.",
                name_of(id)
            ));
            return;
        }
        save(ranking_toggle(&now, id, max));
        app.tell(if was_in {
            format!("{} taken out of your top {max}.", name_of(id))
        } else {
            format!("{} added as number {}.", name_of(id), now.len() + 1)
        });
    };
    let nudge = move |id: String, by: isize| {
        let now = shown.get_untracked();
        let Some(pos) = now.iter().position(|r| *r == id) else {
            return;
        };
        let name = name_of(&id);
        let last = now.len().saturating_sub(1);
        if (by < 0 && pos == 0) || (by > 0 && pos >= last) {
            app.tell(format!(
                "{name} is already at the {}.",
                if by < 0 { "top" } else { "bottom" }
            ));
            return;
        }
        let moved = ranking_move(&now, &id, by);
        let place = moved.iter().position(|r| *r == id).map_or(0, |p| p + 1);
        save(moved);
        app.tell(format!("{name} is now number {place}."));
        // The row moved in the list; keep the keyboard on the button just used.
        let dir = if by < 0 { "up" } else { "down" };
        focus_later(format!("rank-{dir}-{id}"));
    };

    let has_required = Memo::new(move |_| pool.with(|p| !p.required.is_empty()));
    // Cards the person may pick; the required ones are in the ranking already.
    let optional = Memo::new(move |_| pool.with(|p| p.optional.clone()));
    let nothing = Memo::new(move |_| pool.with(|p| p.count == 0));

    view! {
        <div class="item item-rank" role="group" aria-labelledby="rank-title">
            <h3 class="item-text" id="rank-title">{item.text}</h3>
            <p class="item-detail">{item.detail}</p>
            <Show when=move || { unsorted.get() > 0 }>
                <p class="message">
                    {move || {
                        let n = unsorted.get();
                        format!(
                            "{n} {} still waiting to be sorted. Use Back to sort {}, then come back here.",
                            if n == 1 { "value is" } else { "values are" },
                            if n == 1 { "it" } else { "them" },
                        )
                    }}
                </p>
            </Show>
            <Show when=move || nothing.get() && unsorted.get() == 0>
                <p class="message">
                    "None of your values are marked very important or important, so there is nothing to rank. That's fine: you can go on, or go back and sort again."
                </p>
            </Show>
            <div class="rank-cols">
                <section class="rank-order" aria-labelledby="rank-order-title">
                    <h4 id="rank-order-title">{format!("Your top {max}, in order")}</h4>
                    <p class="muted" aria-live="polite">
                        {move || format!("{} of {} chosen", shown.with(Vec::len), pool.with(|p| p.count))}
                    </p>
                    <Show when=move || has_required.get()>
                        <p class="rank-note">
                            "The values you marked very important are in already. Use the arrows to put them in order."
                        </p>
                    </Show>
                    <ol class="rank-list">
                        <For each=move || shown.get() key=|id| id.clone() let:id>
                            {
                                let name = name_of(&id);
                                let place = {
                                    let id = id.clone();
                                    move || shown.with(|s| s.iter().position(|r| *r == id).map_or(0, |p| p + 1))
                                };
                                let last = {
                                    let id = id.clone();
                                    move || shown.with(|s| s.last() == Some(&id))
                                };
                                let up_id = id.clone();
                                let down_id = id.clone();
                                view! {
                                    <li class="rank-row">
                                        <span class="rank-place" aria-hidden="true">{place.clone()}</span>
                                        <span class="rank-name">{name.clone()}</span>
                                        <span class="rank-moves">
                                            <button
                                                type="button"
                                                class="btn btn-quiet rank-move"
                                                id=format!("rank-up-{id}")
                                                aria-disabled=move || (place() == 1).to_string()
                                                on:click=move |_| nudge(up_id.clone(), -1)
                                            >
                                                <span aria-hidden="true">"↑"</span>
                                                <span class="disc-sr">{format!("Move {name} up")}</span>
                                            </button>
                                            <button
                                                type="button"
                                                class="btn btn-quiet rank-move"
                                                id=format!("rank-down-{id}")
                                                aria-disabled=move || last().to_string()
                                                on:click=move |_| nudge(down_id.clone(), 1)
                                            >
                                                <span aria-hidden="true">"↓"</span>
                                                <span class="disc-sr">{format!("Move {name} down")}</span>
                                            </button>
                                        </span>
                                    </li>
                                }
                            }
                        </For>
                        {move || {
                            let have = shown.with(Vec::len);
                            let need = pool.with(|p| p.count);
                            (have..need)
                                .map(|i| {
                                    view! {
                                        <li class="rank-row is-empty">
                                            <span class="rank-place" aria-hidden="true">{i + 1}</span>
                                            <span class="rank-name muted">"Choose one more"</span>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ol>
                </section>
                <section class="rank-pick" aria-labelledby="rank-pick-title" hidden=move || optional.with(Vec::is_empty)>
                    <h4 id="rank-pick-title">"Choose from these"</h4>
                    <ul class="rank-candidates">
                        <For each=move || optional.get() key=|id| *id let:id>
                            {
                                let name = name_of(id);
                                let detail = inst.item(id).map_or("", |i| i.detail);
                                let chosen = move || shown.with(|s| s.iter().any(|r| r == id));
                                view! {
                                    <li class="rank-card">
                                        <button
                                            type="button"
                                            class="rank-toggle"
                                            aria-pressed=move || chosen().to_string()
                                            aria-describedby=format!("rank-detail-{id}")
                                            on:click=move |_| toggle(id)
                                        >
                                            <span class="rank-check" aria-hidden="true">
                                                {move || if chosen() { "✓" } else { "+" }}
                                            </span>
                                            <span class="rank-name">{name}</span>
                                        </button>
                                        <span class="rank-note" id=format!("rank-detail-{id}")>{detail}</span>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                </section>
            </div>
        </div>
    }
    .into_any()
}
