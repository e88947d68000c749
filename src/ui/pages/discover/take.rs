//! Taking an exercise: one screen at a time with a progress bar, Back and Next,
//! number keys and Enter, autosave after every answer, "start over", and finishing
//! into a scored result.

use std::collections::{BTreeMap, HashMap};

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::ui::components::{use_go, A};
use wasm_bindgen::JsCast;
use waymark_core::content;
use waymark_core::discover::{
    answer_for_key, is_answered, scale_point_for_key, Answer, FinishError, Instrument, Item,
    ItemKind, Scoring, Screen,
};

use super::items::{OptionsItem, PairItem, TextItem};
use super::rank::RankItem;
use super::records::RecordsItem;
use super::{results_href, UnknownExercise};
use crate::store::{clock, state::use_app, state::AppState};
use crate::ui::components::ProgressBar;

/// What every item on the page needs: the instrument, its answers so far, the
/// half-given pair ratings, and how to record an answer.
#[derive(Clone, Copy)]
pub(super) struct TakeCtx {
    pub app: AppState,
    pub inst: &'static Instrument,
    /// The session's answers (empty before the first one).
    pub answers: Memo<BTreeMap<String, Answer>>,
    /// Pair items with one of their two ratings given so far (not yet storable).
    pub pairs: RwSignal<HashMap<&'static str, [Option<u8>; 2]>>,
    /// The last answer that could not be kept, with the reason.
    pub error: RwSignal<Option<String>>,
}

impl TakeCtx {
    /// Records an answer (this is the autosave: the workbook saves itself after).
    pub fn answer(&self, item: &'static Item, answer: Answer) -> bool {
        let mut outcome = Ok(());
        let inst = self.inst;
        self.app.update(|wb| {
            outcome = wb.discovery.set_answer(inst, item.id, answer, clock::now());
        });
        match outcome {
            Ok(()) => {
                if self.error.get_untracked().is_some() {
                    self.error.set(None);
                }
                true
            }
            Err(e) => {
                self.error
                    .set(Some(crate::ui::words::exercise_answer_error(&e)));
                false
            }
        }
    }

    /// Both ratings of a pair item as far as they are known.
    pub fn pair_value(&self, item: &'static Item) -> [Option<u8>; 2] {
        if let Some(Answer::Pair(a, b)) = self.answers.with(|a| a.get(item.id).cloned()) {
            return [Some(a), Some(b)];
        }
        self.pairs
            .with(|p| p.get(item.id).copied())
            .unwrap_or([None, None])
    }

    /// Sets one side of a pair; stores the answer once both sides are given.
    pub fn set_pair(&self, item: &'static Item, side: usize, value: u8) {
        let mut current = self.pair_value(item);
        if let Some(slot) = current.get_mut(side) {
            *slot = Some(value);
        }
        match current {
            [Some(a), Some(b)] => {
                if self.answer(item, Answer::Pair(a, b)) {
                    self.pairs.update(|p| {
                        p.remove(item.id);
                    });
                }
            }
            _ => self.pairs.update(|p| {
                p.insert(item.id, current);
            }),
        }
    }
}

#[component]
pub fn TakePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    move || match content::instrument(&id.get()) {
        Some(inst) => view! { <Take inst /> }.into_any(),
        None => view! { <UnknownExercise /> }.into_any(),
    }
}

pub(super) use crate::ui::components::focus_soon as focus_later;

#[component]
fn Take(inst: &'static Instrument) -> impl IntoView {
    let app = use_app();
    let navigate = use_go();
    let query = use_query_map();
    let screens = StoredValue::new(inst.screens());
    let count = screens.with_value(Vec::len);
    let requested = query.with_untracked(|q| {
        q.get("screen")
            .and_then(|s| s.parse::<usize>().ok())
            .and_then(|n| n.checked_sub(1))
            .filter(|n| *n < count)
    });
    let start = requested.unwrap_or_else(|| {
        app.workbook
            .with_untracked(|wb| wb.discovery.resume_screen(inst))
            .min(count.saturating_sub(1))
    });
    let current = RwSignal::new(start);
    let answers = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.discovery
                .session(inst.id)
                .map(|s| s.answers.clone())
                .unwrap_or_default()
        })
    });
    let ctx = TakeCtx {
        app,
        inst,
        answers,
        pairs: RwSignal::new(HashMap::new()),
        error: RwSignal::new(None),
    };
    let progress = Memo::new(move |_| app.workbook.with(|wb| wb.discovery.progress(inst)));
    let finish_problem = RwSignal::new(None::<(String, Option<usize>)>);
    let confirm_restart = RwSignal::new(false);
    let is_last = move || current.get() + 1 >= count;
    // "A few questions still need an answer" goes once every question has one.
    Effect::new(move |_| {
        let p = progress.get();
        if p.total > 0 && p.answered >= p.total && finish_problem.with_untracked(Option::is_some) {
            finish_problem.set(None);
        }
    });

    let go = move |to: usize| {
        finish_problem.set(None);
        current.set(to.min(count.saturating_sub(1)));
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
        focus_later("screen-title".to_string());
    };
    let finish = {
        let navigate = navigate.clone();
        move || {
            let mut outcome: Result<(), FinishError> = Err(FinishError::NotStarted);
            app.update(|wb| {
                outcome = wb.discovery.finish(inst, clock::now()).map(|_| ());
            });
            match outcome {
                Ok(()) => {
                    app.tell(format!("{} finished. Here are your results.", inst.title));
                    navigate(&results_href(inst.id));
                }
                Err(e) => {
                    let target = match &e {
                        FinishError::Incomplete { item } => inst.screen_of(item),
                        FinishError::NotStarted => Some(0),
                    };
                    finish_problem.set(Some((
                        crate::ui::words::finish_error(&e).to_string(),
                        target,
                    )));
                    focus_later("finish-problem".to_string());
                }
            }
        }
    };
    let next = {
        let finish = finish.clone();
        move || {
            if current.get_untracked() + 1 >= count {
                finish();
            } else {
                go(current.get_untracked() + 1);
            }
        }
    };
    let on_enter = Callback::new({
        let next = next.clone();
        move |_: ()| next()
    });
    let restart = move |_| {
        app.update(|wb| wb.discovery.restart(inst.id));
        ctx.pairs.set(HashMap::new());
        ctx.error.set(None);
        confirm_restart.set(false);
        app.tell("Your answers were cleared. Finished results are still there.");
        go(0);
    };
    let has_answers = move || answers.with(|a| !a.is_empty());

    view! {
        <div class="page disc-take">
            <header class="page-header">
                <p class="disc-crumb">
                    <A href="/discover" exact=true>"Discover"</A>
                </p>
                <h1>{inst.title}</h1>
                <p class="lead">{inst.prompt}</p>
            </header>
            <ProgressBar
                fraction=Signal::derive(move || progress.get().fraction())
                label=Signal::derive(move || {
                    let p = progress.get();
                    format!("{} of {} answered", p.answered, p.total)
                })
            />
            {move || {
                let index = current.get();
                let screen = screens.with_value(|s| s.get(index).cloned());
                screen
                    .map(|screen| {
                        { let is_last = index + 1 >= count; view! { <ScreenView ctx screen count on_enter is_last /> } }
                    })
            }}
            <p class="message message-error" role="alert" hidden=move || ctx.error.get().is_none()>
                {move || ctx.error.get().unwrap_or_default()}
            </p>
            {move || {
                finish_problem
                    .get()
                    .map(|(message, target)| {
                        view! {
                            <div class="message message-error" id="finish-problem" tabindex="-1">
                                <p>{message}</p>
                                {target
                                    .map(|t| {
                                        view! {
                                            <button class="btn btn-secondary" type="button" on:click=move |_| go(t)>
                                                "Take me to it"
                                            </button>
                                        }
                                    })}
                            </div>
                        }
                    })
            }}
            <nav class="disc-steps" aria-label="Pages of this exercise">
                <button
                    class="btn btn-quiet"
                    type="button"
                    hidden=move || current.get() == 0
                    on:click=move |_| go(current.get_untracked().saturating_sub(1))
                >
                    "Back"
                </button>
                <button
                    id="disc-next"
                    class="btn btn-primary"
                    type="button"
                    on:click={
                        let next = next.clone();
                        move |_| next()
                    }
                >
                    {move || if is_last() { "See my results" } else { "Next" }}
                </button>
            </nav>
            <div class="disc-restart" hidden=move || !has_answers()>
                <Show
                    when=move || confirm_restart.get()
                    fallback=move || {
                        view! {
                            <button
                                class="btn btn-quiet"
                                type="button"
                                on:click=move |_| {
                                    confirm_restart.set(true);
                                    focus_later("restart-confirm".to_string());
                                }
                            >
                                "Start over"
                            </button>
                        }
                    }
                >
                    <div class="card disc-confirm" id="restart-confirm" tabindex="-1" role="group" aria-labelledby="restart-title">
                        <h2 id="restart-title">"Start this exercise over?"</h2>
                        <p>"This clears the answers you've given so far. Results you've already finished stay as they are."</p>
                        <div class="actions">
                            <button class="btn btn-danger" type="button" on:click=restart>"Yes, clear my answers"</button>
                            <button class="btn btn-quiet" type="button" on:click=move |_| confirm_restart.set(false)>
                                "Keep my answers"
                            </button>
                        </div>
                    </div>
                </Show>
            </div>
        </div>
    }
}

/// One answerable spot for number keys: an item, or one half of a pair.
#[derive(Clone, Copy)]
struct Slot {
    item: &'static Item,
    side: Option<usize>,
}

fn slots_of(screen: &Screen) -> Vec<Slot> {
    screen
        .items
        .iter()
        .flat_map(|item| match item.kind {
            ItemKind::Pair(..) => vec![
                Slot {
                    item,
                    side: Some(0),
                },
                Slot {
                    item,
                    side: Some(1),
                },
            ],
            ItemKind::Likert(_)
            | ItemKind::Rating(_)
            | ItemKind::Choice(_)
            | ItemKind::Preference
            | ItemKind::Sort(_) => vec![Slot { item, side: None }],
            _ => Vec::new(),
        })
        .collect()
}

/// The element that had the key press, when it is one.
fn key_target(ev: &web_sys::KeyboardEvent) -> Option<web_sys::Element> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

/// Focuses the chosen (or first) option of a slot, or the Next button after the last.
fn focus_slot(root: &web_sys::Element, slot: usize) {
    let pick = |sel: String| root.query_selector(&sel).ok().flatten();
    let target = pick(format!("[data-slot=\"{slot}\"] input:checked"))
        .or_else(|| pick(format!("[data-slot=\"{slot}\"] input")))
        .or_else(|| {
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("disc-next"))
        });
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// One screen of items, with number keys and Enter.
#[component]
fn ScreenView(
    ctx: TakeCtx,
    screen: Screen,
    count: usize,
    on_enter: Callback<()>,
    is_last: bool,
) -> impl IntoView {
    let inst = ctx.inst;
    let slots = StoredValue::new(slots_of(&screen));
    let root = NodeRef::<leptos::html::Section>::new();

    let slot_open = move |slot: Slot| match slot.side {
        None => !ctx.answers.with(|a| is_answered(inst, a, slot.item)),
        Some(side) => ctx.pair_value(slot.item)[side].is_none(),
    };
    let apply_key = move |slot: Slot, key: char| -> bool {
        match (slot.side, slot.item.kind) {
            (Some(side), ItemKind::Pair(a, b)) => {
                let scale = if side == 0 { a } else { b };
                match scale_point_for_key(scale, key) {
                    Some(v) => {
                        ctx.set_pair(slot.item, side, v);
                        true
                    }
                    None => false,
                }
            }
            _ => match answer_for_key(slot.item, key) {
                Some(answer) => ctx.answer(slot.item, answer),
                None => false,
            },
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() || ev.default_prevented() {
            return;
        }
        let target = key_target(&ev);
        let tag = target
            .as_ref()
            .map(|t| t.tag_name().to_ascii_uppercase())
            .unwrap_or_default();
        let typing = match tag.as_str() {
            "TEXTAREA" | "SELECT" => true,
            "INPUT" => target
                .as_ref()
                .and_then(|t| t.get_attribute("type"))
                .is_none_or(|t| !matches!(t.as_str(), "radio" | "checkbox" | "button")),
            _ => false,
        };
        let key = ev.key();
        if key == "Enter" {
            if typing || matches!(tag.as_str(), "BUTTON" | "A" | "SUMMARY") {
                return;
            }
            ev.prevent_default();
            on_enter.run(());
            return;
        }
        if typing {
            return;
        }
        let mut chars = key.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            return;
        };
        if !c.is_ascii_digit() {
            return;
        }
        let focused_slot = target
            .as_ref()
            .and_then(|t| t.closest("[data-slot]").ok().flatten())
            .and_then(|e| e.get_attribute("data-slot"))
            .and_then(|s| s.parse::<usize>().ok());
        let index = focused_slot
            .or_else(|| slots.with_value(|s| s.iter().position(|slot| slot_open(*slot))));
        let Some(index) = index else {
            return;
        };
        let Some(slot) = slots.with_value(|s| s.get(index).copied()) else {
            return;
        };
        if apply_key(slot, c) {
            ev.prevent_default();
            if focused_slot.is_some() {
                if let Some(root) = root.get_untracked() {
                    focus_slot(&root, index + 1);
                }
            }
        }
    };

    // Keys work wherever focus is on the page (after a reload it is on the page
    // itself), except while typing.
    let listener = window_event_listener(leptos::ev::keydown, on_keydown);
    on_cleanup(move || listener.remove());

    let key_hint = {
        let has_keys = slots.with_value(|s| !s.is_empty());
        let max_key = slots.with_value(|s| {
            s.iter()
                .map(|slot| match (slot.side, slot.item.kind) {
                    (Some(_), ItemKind::Pair(a, _)) => usize::from(a.max - a.min + 1),
                    _ => match slot.item.kind.scale() {
                        Some(sc) => usize::from(sc.max - sc.min + 1),
                        None => slot.item.kind.options().len(),
                    },
                })
                .max()
                .unwrap_or(0)
        });
        has_keys.then(|| {
            let keys = match max_key {
                10 => "1 to 9, and 0 for 10,".to_string(),
                n => format!("1 to {n}"),
            };
            format!("Keyboard: press {keys} to answer the next question (or the one you're on), arrow keys to change an answer, and Enter to go on.")
        })
    };

    let mut slot_index = 0usize;
    let items = screen
        .items
        .iter()
        .map(|item| {
            let item: &'static Item = item;
            let view = match item.kind {
                ItemKind::Pair(..) => {
                    let v = view! { <PairItem ctx item key_slot=slot_index /> }.into_any();
                    slot_index += 2;
                    v
                }
                ItemKind::Rank { .. } => view! { <RankItem ctx item /> }.into_any(),
                ItemKind::Text { .. } => view! { <TextItem ctx item /> }.into_any(),
                ItemKind::Records { .. } => view! { <RecordsItem ctx item /> }.into_any(),
                _ => {
                    let v = view! { <OptionsItem ctx item key_slot=slot_index /> }.into_any();
                    slot_index += 1;
                    v
                }
            };
            view! { <li class="disc-item-wrap">{view}</li> }
        })
        .collect_view();

    let title = if screen.title.is_empty() {
        format!("Part {} of {count}", screen.index + 1)
    } else {
        format!("Part {} of {count}: {}", screen.index + 1, screen.title)
    };
    let show_draft = is_last && matches!(inst.scoring, Scoring::Statement);
    let draft = Memo::new(move |_| {
        ctx.answers
            .with(|a| waymark_core::discover::draft_statement(inst, a))
    });

    view! {
        <section class="card disc-screen" aria-labelledby="screen-title" node_ref=root>
            <h2 id="screen-title" tabindex="-1">{title}</h2>
            {(screen.index == 0).then(|| view! { <p class="disc-reflect muted">{inst.note}</p> })}
            {key_hint.map(|h| view! { <p class="disc-keys muted">{h}</p> })}
            <ul class="disc-items">{items}</ul>
            {show_draft
                .then(|| {
                    view! {
                        <section class="disc-draft" aria-labelledby="draft-title">
                            <h3 id="draft-title">"Your draft statement so far"</h3>
                            <p dir="auto">
                                {move || {
                                    let d = draft.get();
                                    if d.is_empty() { "Your answers will be gathered here.".to_string() } else { d }
                                }}
                            </p>
                            <p class="muted">"You can polish the wording on the results page."</p>
                        </section>
                    }
                })}
        </section>
    }
}
