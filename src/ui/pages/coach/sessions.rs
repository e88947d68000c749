//! Coaching sessions: the optional series a coach plans in the builder, and where the
//! client stands in it — a line on the program card and a card on the dashboard. The
//! dates are `waymark_core::engagement`'s; the words are `ui::words::coaching`.

use leptos::prelude::*;
use reactive_stores::{Field, Store};
use serde::{Deserialize, Serialize};
use waymark_core::engagement::{self, Engagement, Standing, DEFAULT_SESSIONS, DEFAULT_WEEKS};
use waymark_core::forms;

use crate::store::{clock, locale, state::use_app};
use crate::ui::components::fields::{ChoiceField, DateField};
use crate::ui::components::{Icon, A};
use crate::ui::words::coaching as words;

/// The planned sessions as typed in the builder.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub(super) struct SessionsText {
    /// True when the coach plans a series of sessions.
    pub on: bool,
    /// The first session's day (`YYYY-MM-DD`).
    pub start: String,
    /// How many sessions ("6").
    pub count: String,
    /// Weeks between sessions ("2").
    pub weeks: String,
}

impl SessionsText {
    /// The sessions as a program carries them; `None` when off or without a start day.
    pub fn engagement(&self) -> Option<Engagement> {
        if !self.on {
            return None;
        }
        let start = forms::parse_date(&self.start)?;
        Some(Engagement::new(
            start,
            self.count.trim().parse().unwrap_or(DEFAULT_SESSIONS),
            self.weeks.trim().parse().unwrap_or(DEFAULT_WEEKS),
        ))
    }

    /// What stops the sessions being shared that the program's own rules can't see.
    pub fn problem(&self) -> Option<&'static str> {
        (self.on && forms::parse_date(&self.start).is_none()).then_some(words::NO_START_DATE)
    }
}

/// The builder's optional section: a series of sessions from a first day.
#[component]
pub(super) fn SessionsPicker(
    #[prop(into)] on: Field<bool>,
    #[prop(into)] start: Field<String>,
    #[prop(into)] count: Field<String>,
    #[prop(into)] weeks: Field<String>,
    /// The sessions as planned so far, for the summary line.
    #[prop(into)]
    planned: Signal<Option<Engagement>>,
    /// Why they can't be shared, shown beside the first day.
    #[prop(into)]
    problem: Signal<Option<String>>,
) -> impl IntoView {
    let l = locale::current();
    let switch = move |ev: leptos::ev::Event| {
        let checked = event_target_checked(&ev);
        on.set(checked);
        if checked {
            if start.with_untracked(|s| s.trim().is_empty()) {
                start.set(forms::date_text(clock::today()));
            }
            if count.with_untracked(|s| s.trim().is_empty()) {
                count.set(DEFAULT_SESSIONS.to_string());
            }
            if weeks.with_untracked(|s| s.trim().is_empty()) {
                weeks.set(DEFAULT_WEEKS.to_string());
            }
        }
    };
    let counts = words::session_count_options(&l);
    let rhythms = words::rhythm_options();
    view! {
        <fieldset class="field coach-sessions">
            <legend>"Sessions together " <span class="muted">"(optional)"</span></legend>
            <p class="muted small">"Plan a series of sessions: your client sees which session is next, can add them to their calendar, and gets a look back at where they started once the last one has passed."</p>
            <label class="choice">
                <input type="checkbox" prop:checked=move || on.get() on:change=switch />
                <span>"Plan a series of sessions"</span>
            </label>
            <Show when=move || on.get()>
                <DateField id="coach-sessions-start" label="First session" value=start problem=problem />
                <ChoiceField id="coach-sessions-count" label="Number of sessions" value=count options=Signal::derive({ let c = counts.clone(); move || c.clone() }) />
                <ChoiceField id="coach-sessions-weeks" label="How often" value=weeks options=Signal::derive({ let r = rhythms.clone(); move || r.clone() }) />
                <p class="muted small" aria-live="polite">
                    {move || planned.get().map(|e| words::plan(&locale::current(), &e))}
                </p>
            </Show>
        </fieldset>
    }
}

/// The sessions in a program, as the client reads them before adding it.
#[component]
pub(super) fn SessionsPlan(engagement: Engagement) -> impl IntoView {
    view! { <p>{words::plan(&locale::current(), &engagement)}</p> }
}

/// On the program card: "Session 3 of 6 — next on 14 Jan", and the look back.
#[component]
pub(super) fn SessionsLine(engagement: Engagement) -> impl IntoView {
    let today = clock::today();
    let standing = engagement.standing(today);
    let ended = matches!(standing, Standing::Ended { .. });
    let line = words::standing(&locale::current(), &standing, today);
    view! {
        <div class="program-sessions">
            <p><Icon name="calendar" />" "<strong>{line}</strong></p>
            {if ended {
                view! {
                    <p>"Your sessions are complete. Take a moment to look back at how far you've come."</p>
                    <A href="/report/closing" attr:class="btn btn-primary">"Where I started and where I am"</A>
                }.into_any()
            } else {
                view! { <A href="/report/closing">"Where I started and where I am"</A> }.into_any()
            }}
        </div>
    }
}

/// The dashboard's card for the sessions in force: the next one, or the look back
/// once they're over. Nothing without planned sessions.
#[component]
pub fn SessionCard() -> impl IntoView {
    let app = use_app();
    let current = Memo::new(move |_| {
        app.workbook.with(|wb| {
            engagement::current(wb).map(|(p, e)| (p.program.coach_label().to_string(), e))
        })
    });
    move || {
        current.get().map(|(coach, e)| {
            let today = clock::today();
            let l = locale::current();
            let standing = e.standing(today);
            let line = words::standing(&l, &standing, today);
            let ended = matches!(standing, Standing::Ended { .. });
            let title = if ended { " Your coaching sessions" } else { " Next coaching session" };
            let body = match (standing, e.next_session(today)) {
                (Standing::Ended { .. }, _) | (_, None) => view! {
                    <p class="dash-big">"Complete"</p>
                    <p>{line}</p>
                    <A href="/report/closing" attr:class="btn btn-secondary">"Where I started and where I am"</A>
                }
                .into_any(),
                (_, Some(next)) => view! {
                    <p class="dash-big">{words::next_session_day(&l, next, today)}</p>
                    <p>{line}" · with "<span dir="auto">{coach}</span></p>
                    <A href="/report/closing">"Where I started and where I am"</A>
                }
                .into_any(),
            };
            view! {
                <section class="card dash-session" aria-labelledby="dash-session-title">
                    <h2 id="dash-session-title"><Icon name="people" />{title}</h2>
                    {body}
                </section>
            }
        })
    }
}
