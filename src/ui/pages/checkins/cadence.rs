//! The rhythm card: how often you check in, when the next one is, your streak, and the
//! setting to choose or change the cadence (or turn check-ins off).

use leptos::prelude::*;
use waymark_core::checkins::{self, Cadence, CadencePlan};
use waymark_core::program;

use super::{focus_soon, input_date, nice_date, parse_date, streak_words};
use crate::store::{clock, state::use_app};
use crate::ui::words;

#[derive(Clone, PartialEq)]
struct Rhythm {
    plan: Option<CadencePlan>,
    next: Option<checkins::NextCheckIn>,
    streak: u32,
}

#[component]
pub fn RhythmCard() -> impl IntoView {
    let app = use_app();
    let rhythm = Memo::new(move |_| {
        let today = clock::today();
        app.workbook.with(|wb| Rhythm {
            plan: wb.checkins.plan,
            next: checkins::next_checkin(&wb.checkins, today),
            streak: checkins::streak(&wb.checkins, today),
        })
    });
    // A coach's suggestion (from an accepted program) is where a new rhythm starts.
    let suggested = Memo::new(move |_| app.workbook.with(program::suggested_cadence));
    let first_choice = move || {
        let plan = rhythm.with_untracked(|r| r.plan);
        plan.map(|p| p.cadence)
            .or_else(|| suggested.with_untracked(|s| s.as_ref().map(|(c, _)| *c)))
            .unwrap_or(Cadence::Weekly)
    };
    let editing = RwSignal::new(false);
    let choice = RwSignal::new(first_choice());
    let start = RwSignal::new(input_date(clock::today()));
    let error = RwSignal::new(None::<String>);

    let begin_edit = move |_| {
        let plan = rhythm.with_untracked(|r| r.plan);
        choice.set(first_choice());
        start.set(input_date(plan.map_or_else(clock::today, |p| p.start)));
        error.set(None);
        editing.set(true);
        focus_soon("cadence-legend");
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(first) = parse_date(&start.get_untracked()) else {
            error.set(Some("Pick the day of your first check-in.".into()));
            focus_soon("cadence-start");
            return;
        };
        let plan = CadencePlan::new(choice.get_untracked(), first);
        app.update(|wb| {
            wb.checkins
                .set_plan(Some(plan), clock::today(), clock::now())
        });
        error.set(None);
        editing.set(false);
        let next = rhythm.with_untracked(|r| r.next.map(|n| n.summary()));
        app.tell(format!(
            "Saved: {}. {}",
            plan.cadence.label().to_lowercase(),
            next.unwrap_or_default()
        ));
        focus_soon("rhythm-title");
    };
    let turn_off = move |_| {
        app.update(|wb| wb.checkins.set_plan(None, clock::today(), clock::now()));
        editing.set(false);
        app.tell("Check-ins are off. Your past check-ins are all still here.");
        focus_soon("rhythm-title");
    };

    let show_editor = move || editing.get() || rhythm.with(|r| r.plan.is_none());

    view! {
        <section class="card rhythm" aria-labelledby="rhythm-title" data-shell="today">
            <h2 id="rhythm-title" tabindex="-1">"Your rhythm"</h2>
            {move || {
                let r = rhythm.get();
                match r.plan {
                    None => view! {
                        <p>"Choose how often you'd like to check in. A steady rhythm matters more than a perfect one: a few honest minutes every week or two keeps your goals alive."</p>
                    }.into_any(),
                    Some(plan) => view! {
                        <p class="rhythm-plan">
                            {format!("You check in {}, starting {}.", plan_phrase(plan.cadence), nice_date(plan.start))}
                        </p>
                        <ul class="stats rhythm-stats">
                            <li>
                                <strong>{r.next.map(|n| nice_date(n.due)).unwrap_or_else(|| "Not planned".into())}</strong>
                                <span>{r.next.map(|n| n.summary()).unwrap_or_else(|| "No check-in due.".into())}</span>
                            </li>
                            <li>
                                <strong>{r.streak}</strong>
                                <span>{streak_words(r.streak)}</span>
                            </li>
                        </ul>
                    }.into_any(),
                }
            }}
            <Show
                when=show_editor
                fallback=move || view! {
                    <div class="actions">
                        <button type="button" class="btn btn-quiet" on:click=begin_edit>"Change how often"</button>
                    </div>
                }
            >
                <form class="cadence-form" on:submit=save novalidate>
                    <fieldset class="field choices">
                        <legend id="cadence-legend" tabindex="-1">"How often?"</legend>
                        {move || suggested.get().map(|(cadence, coach)| view! {
                            <p class="hint coach-suggests" dir="auto">{words::coach_suggests_rhythm(&coach, cadence)}</p>
                        })}
                        {Cadence::ALL
                            .into_iter()
                            .map(|c| view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name="cadence"
                                        value=c.key()
                                        prop:checked=move || choice.get() == c
                                        on:change=move |_| choice.set(c)
                                    />
                                    <span>{c.label()}</span>
                                </label>
                            })
                            .collect_view()}
                    </fieldset>
                    <div class="field">
                        <label for="cadence-start">"First check-in on"</label>
                        <input
                            id="cadence-start"
                            type="date"
                            required
                            aria-describedby="cadence-start-hint cadence-start-error"
                            aria-invalid=move || error.with(Option::is_some).to_string()
                            prop:value=move || start.get()
                            on:input=move |ev| start.set(event_target_value(&ev))
                        />
                        <p id="cadence-start-hint" class="hint">
                            "After this day, check-ins fall due on the same rhythm. Checking in up to two days early still counts."
                        </p>
                        <p id="cadence-start-error" class="field-error" role="alert">{move || error.get()}</p>
                    </div>
                    <div class="actions">
                        <button type="submit" class="btn btn-primary">"Save my rhythm"</button>
                        <Show when=move || rhythm.with(|r| r.plan.is_some())>
                            <button type="button" class="btn btn-quiet" on:click=move |_| {
                                editing.set(false);
                                focus_soon("rhythm-title");
                            }>"Cancel"</button>
                            <button type="button" class="btn btn-quiet" on:click=turn_off>"Turn check-ins off"</button>
                        </Show>
                    </div>
                </form>
            </Show>
        </section>
    }
}

fn plan_phrase(c: Cadence) -> &'static str {
    match c {
        Cadence::Weekly => "every week",
        Cadence::Fortnightly => "every two weeks",
        Cadence::Monthly => "every month",
    }
}
