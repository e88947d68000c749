//! Outcomes, "how far I've come": where the person started against now (role, pay,
//! hours, confidence, satisfaction wheel), what changed between them (core's deltas), and
//! the promotions, offers, raises and role changes on a timeline.

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::forms::{date_text, parse_date};
use waymark_core::outcomes::{self, EventKind, Field, OutcomeEvent, Problem, Snapshot};

use crate::store::{clock, ids::new_id, locale, state::use_app};
use crate::ui::components::fields::{
    ChoiceField, DateField, FormActions, LongTextField, ProblemSummary, TextField,
};
use crate::ui::components::{focus_soon, Icon, PageHeader, UndoBar, A};
use crate::ui::form::{Draft, Form, Problems};
use crate::ui::pages::checkins::{input_date, nice_date};
use crate::ui::words::setbacks as words;

/// A snapshot as typed; `which` is "start" or "now".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct SnapshotText {
    pub which: String,
    pub as_of: String,
    pub title: String,
    pub pay: String,
    pub hours: String,
    pub confidence: String,
}

impl Draft for SnapshotText {
    const KEY: &'static str = "outcome-snapshot";
    fn is_blank(&self) -> bool {
        self.which.is_empty()
    }
}

impl SnapshotText {
    fn of(which: &str, s: Option<&Snapshot>) -> Self {
        let s = s.cloned().unwrap_or_default();
        SnapshotText {
            which: which.to_owned(),
            as_of: date_text(s.as_of.unwrap_or_else(clock::today)),
            title: s.title,
            pay: s.pay,
            hours: s.hours,
            confidence: s.confidence.map(|c| c.to_string()).unwrap_or_default(),
        }
    }
}

/// An event as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct EventText {
    pub date: String,
    pub kind: String,
    pub what: String,
    pub note: String,
}

impl Draft for EventText {
    const KEY: &'static str = "outcome-event";
    fn is_blank(&self) -> bool {
        self.what.trim().is_empty() && self.note.trim().is_empty()
    }
}

impl EventText {
    fn fresh() -> Self {
        EventText {
            date: date_text(clock::today()),
            kind: EventKind::Promotion.key().into(),
            ..Default::default()
        }
    }
}

/// The satisfaction wheel's name for an area.
fn area_name(id: &str) -> String {
    waymark_core::content::instrument(waymark_core::content::WHEEL_ID)
        .and_then(|i| i.label(id))
        .unwrap_or(id)
        .to_owned()
}

#[component]
pub fn OutcomesPage() -> impl IntoView {
    let app = use_app();
    let snap = Form::new("snapshot-problems", SnapshotText::default());
    let event = Form::new("event-problems", EventText::fresh());
    let event_open = RwSignal::new(false);
    let snap_shown = RwSignal::new(false);
    if event.restore() {
        event_open.set(true);
    }
    if snap.restore() {
        snap_shown.set(true);
    }
    snap.keep();
    event.keep();

    let outcomes = Memo::new(move |_| app.workbook.with(|wb| wb.outcomes.clone()));
    let open_snapshot = move |which: &'static str| {
        snap_shown.set(true);
        focus_soon("snapshot-form-title");
        if snap.fields.with_untracked(|s| s.which == which) {
            return;
        }
        let text = outcomes.with_untracked(|o| {
            let own = if which == "start" { &o.start } else { &o.now };
            // "Now" starts from where you started, ready to change.
            SnapshotText::of(which, own.as_ref().or(o.start.as_ref()))
        });
        snap.clear(text);
        focus_soon("snapshot-form-title");
    };

    let save_snapshot = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = snap.value();
        let start = typed.which == "start";
        let mut problems = Problems::default();
        let as_of = parse_date(&typed.as_of);
        if as_of.is_none() && !typed.as_of.trim().is_empty() {
            problems.add("snapshot-date", words::PICK_SNAPSHOT_DATE);
        }
        let confidence = match typed.confidence.trim() {
            "" => None,
            t => match t.parse::<u8>() {
                Ok(c) => Some(c),
                Err(_) => {
                    problems.add("snapshot-confidence", words::CONFIDENCE_NUMBER);
                    None
                }
            },
        };
        let mut o = outcomes.get_untracked();
        let wheel = app.workbook.with_untracked(|wb| {
            if start {
                outcomes::earliest_wheel(&wb.discovery)
            } else {
                outcomes::latest_wheel(&wb.discovery)
            }
        });
        let kept = if start { &o.start } else { &o.now };
        let snapshot = Snapshot {
            as_of,
            title: typed.title,
            pay: typed.pay,
            hours: typed.hours,
            confidence,
            wheel: wheel
                .map(|(_, w)| w)
                .or_else(|| kept.as_ref().map(|k| k.wheel.clone()))
                .unwrap_or_default(),
            updated_at: Default::default(),
        };
        if problems.is_empty() {
            if let Err(found) = outcomes::set_snapshot(&mut o, start, snapshot, clock::now()) {
                let l = locale::current();
                for p in found {
                    let message = words::outcome_problem(&l, &p);
                    match p {
                        Problem::ConfidenceOutOfRange => {
                            problems.add("snapshot-confidence", message)
                        }
                        Problem::FutureDate(_) => problems.add("snapshot-date", message),
                        _ => problems.add_general(message),
                    }
                }
            }
        }
        if !snap.check(problems) {
            return;
        }
        app.update(|wb| wb.outcomes = o);
        snap.clear(SnapshotText::default());
        snap_shown.set(false);
        app.tell(if start {
            "Saved where you started."
        } else {
            "Saved where you are now."
        });
        focus_soon(if start { "start-title" } else { "now-title" });
    };

    let save_event = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = event.value();
        let mut problems = Problems::default();
        let date = parse_date(&typed.date);
        if date.is_none() {
            problems.add("event-date", words::PICK_EVENT_DATE);
        }
        let kind = EventKind::from_key(&typed.kind).unwrap_or_default();
        let mut o = outcomes.get_untracked();
        if let Err(found) = outcomes::add_event(
            &mut o,
            new_id(outcomes::PREFIX),
            date.unwrap_or_else(clock::today),
            kind,
            &typed.what,
            &typed.note,
            clock::now(),
        ) {
            let l = locale::current();
            for p in found {
                let message = words::outcome_problem(&l, &p);
                match p {
                    Problem::Empty => problems.add("event-what", message),
                    Problem::FutureDate(_) => problems.add("event-date", message),
                    _ => problems.add_general(message),
                }
            }
        }
        if !event.check(problems) {
            return;
        }
        app.update(|wb| wb.outcomes = o);
        event.clear(EventText::fresh());
        event_open.set(false);
        app.tell("Added to your timeline. Well done.");
        focus_soon("timeline-title");
    };

    let deleted = RwSignal::new(None::<(usize, OutcomeEvent)>);
    let delete = move |id: String| {
        let mut removed = None;
        app.update(|wb| {
            if let Some(i) = wb.outcomes.events.iter().position(|e| e.id == id) {
                removed = Some((i, wb.outcomes.events.remove(i)));
            }
        });
        if removed.is_some() {
            deleted.set(removed);
            focus_soon("undo-delete-event");
        }
    };
    let undo = move |_| {
        if let Some((i, e)) = deleted.get_untracked() {
            app.update(|wb| {
                if !wb.outcomes.events.iter().any(|x| x.id == e.id) {
                    let at = i.min(wb.outcomes.events.len());
                    wb.outcomes.events.insert(at, e);
                }
            });
            deleted.set(None);
            focus_soon("timeline-title");
        }
    };

    let has_wheel = Memo::new(move |_| {
        app.workbook
            .with(|wb| outcomes::earliest_wheel(&wb.discovery).is_some())
    });
    let kinds = Signal::derive(|| {
        EventKind::ALL
            .into_iter()
            .map(|k| (k.key().to_string(), words::event_kind(k).to_string()))
            .collect::<Vec<_>>()
    });
    let events = Memo::new(move |_| {
        outcomes.with(|o| {
            outcomes::timeline(o)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let snap_open = move || snap_shown.get();
    let snap_for = move |which: &'static str| {
        move || snap_shown.get() && snap.fields.with(|s| s.which == which)
    };

    view! {
        <div class="page outcomes">
            <PageHeader
                title=crate::ui::words::pages::title("/outcomes")
                lead=crate::ui::words::pages::lead("/outcomes")
            />
            <div class="outcome-pair">
                <section class="card outcome-snapshot" aria-labelledby="start-title">
                    <h2 id="start-title" tabindex="-1"><Icon name="flag" />" Where I started"</h2>
                    {move || match outcomes.with(|o| o.start.clone()) {
                        Some(s) => view! { <SnapshotFacts s /> }.into_any(),
                        None => view! { <p class="muted">"Your role, pay, hours and how confident you felt when you began. It's fine to look back and fill it in from memory."</p> }.into_any(),
                    }}
                    <Show when=move || !snap_open()>
                        <button type="button" class="btn btn-secondary" on:click=move |_| open_snapshot("start")>
                            {move || if outcomes.with(|o| o.start.is_some()) { "Edit where I started" } else { "Write where I started" }}
                        </button>
                    </Show>
                    <Show when=snap_for("start")>
                        <SnapshotForm form=snap open=snap_shown has_wheel on_submit=save_snapshot />
                    </Show>
                </section>
                <section class="card outcome-snapshot" aria-labelledby="now-title">
                    <h2 id="now-title" tabindex="-1"><Icon name="compass" />" Now"</h2>
                    {move || match outcomes.with(|o| o.now.clone()) {
                        Some(s) => view! { <SnapshotFacts s /> }.into_any(),
                        None => view! { <p class="muted">"The same things as they are today. Update it whenever something changes."</p> }.into_any(),
                    }}
                    <Show when=move || !snap_open()>
                        <button type="button" class="btn btn-secondary" on:click=move |_| open_snapshot("now")>
                            {move || if outcomes.with(|o| o.now.is_some()) { "Update now" } else { "Write where I am now" }}
                        </button>
                    </Show>
                    <Show when=snap_for("now")>
                        <SnapshotForm form=snap open=snap_shown has_wheel on_submit=save_snapshot />
                    </Show>
                </section>
            </div>

            {move || outcomes.with(|o| o.start.clone().zip(o.now.clone())).map(|(a, b)| view! { <Changes start=a now=b /> })}

            <section class="card outcome-timeline" aria-labelledby="timeline-title">
                <div class="entries-head">
                    <h2 id="timeline-title" tabindex="-1"><Icon name="calendar" />" Along the way"</h2>
                    <Show when=move || !event_open.get()>
                        <button type="button" class="btn btn-secondary" on:click=move |_| {
                            event_open.set(true);
                            focus_soon("event-form-title");
                        }>"Add a change"</button>
                    </Show>
                </div>
                {move || deleted.get().map(|(_, e)| view! {
                    <UndoBar
                        message=format!("Deleted \u{201c}{}\u{201d}.", e.what)
                        id="undo-delete-event"
                        on_undo=Callback::new(undo)
                        on_dismiss=Callback::new(move |_| deleted.set(None))
                    />
                })}
                <Show when=move || event_open.get()>
                    <div class="journal-form">
                        <h3 id="event-form-title" tabindex="-1">"Add a change"</h3>
                        <form on:submit=save_event novalidate>
                            <ProblemSummary id=event.summary_id() problems=event.summary() />
                            <DateField id="event-date" label="When" value=event.fields.date() problem=event.problem("event-date") />
                            <ChoiceField id="event-kind" label="What kind of change" value=event.fields.kind() options=kinds />
                            <TextField id="event-what" label="What changed?" value=event.fields.what() problem=event.problem("event-what") hint="For example: promoted to team lead, an offer from a hospital, a 5% raise." />
                            <LongTextField id="event-note" label="Anything to remember about it" optional=true rows=2 value=event.fields.note() />
                            <FormActions save="Add to timeline" open=event_open />
                        </form>
                    </div>
                </Show>
                <Show
                    when=move || events.with(|e| !e.is_empty())
                    fallback=|| view! { <p class="muted">"Promotions, offers, raises and role changes go here, in date order. The first one is worth celebrating."</p> }
                >
                    <ol class="outcome-events">
                        <For each=move || events.get() key=|e| (e.id.clone(), e.updated_at) let:e>
                            {
                                let id = e.id.clone();
                                view! {
                                    <li class="outcome-event">
                                        <p class="entry-kind"><time datetime=input_date(e.date)>{nice_date(e.date)}</time>" · " {words::event_kind(e.kind)}</p>
                                        <p class="entry-text" dir="auto">{e.what.clone()}</p>
                                        {(!e.note.is_empty()).then(|| view! { <p class="pre muted" dir="auto">{e.note.clone()}</p> })}
                                        <button type="button" class="btn btn-quiet" on:click=move |_| delete(id.clone())>
                                            <Icon name="trash" />" Delete"
                                        </button>
                                    </li>
                                }
                            }
                        </For>
                    </ol>
                </Show>
            </section>
            <p class="muted">"A coach can see these in your " <A href="/report">"report"</A> "."</p>
        </div>
    }
}

#[component]
fn SnapshotFacts(s: Snapshot) -> impl IntoView {
    let average = (!s.wheel.is_empty()).then(|| {
        let n = s.wheel.len() as f64;
        let sum: f64 = s.wheel.iter().map(|r| f64::from(r.value)).sum();
        locale::current().one_decimal(sum / n)
    });
    view! {
        <dl class="facts">
            {s.as_of.map(|d| view! { <dt>"As of"</dt><dd>{nice_date(d)}</dd> })}
            <dt>"Role"</dt><dd dir="auto">{words::or_dash(&s.title)}</dd>
            <dt>"Pay"</dt><dd dir="auto">{words::or_dash(&s.pay)}</dd>
            <dt>"Hours"</dt><dd dir="auto">{words::or_dash(&s.hours)}</dd>
            <dt>"Confidence"</dt><dd>{words::confidence(s.confidence)}</dd>
            {average.map(|a| view! { <dt>"Satisfaction wheel"</dt><dd>{format!("{a} on average")}</dd> })}
        </dl>
    }
}

#[component]
fn SnapshotForm<F>(
    form: Form<SnapshotText>,
    open: RwSignal<bool>,
    has_wheel: Memo<bool>,
    on_submit: F,
) -> impl IntoView
where
    F: Fn(leptos::ev::SubmitEvent) + 'static,
{
    let f = form.fields;
    let start = f.which().get_untracked() == "start";
    view! {
        <div class="journal-form">
            <h3 id="snapshot-form-title" tabindex="-1">{if start { "Where I started" } else { "Where I am now" }}</h3>
            <form on:submit=on_submit novalidate>
                <ProblemSummary id=form.summary_id() problems=form.summary() />
                <DateField id="snapshot-date" label="As of" optional=true value=f.as_of() problem=form.problem("snapshot-date") />
                <TextField id="snapshot-title" label="Role or title" optional=true value=f.title() />
                <TextField id="snapshot-pay" label="Pay" optional=true value=f.pay() hint="As you'd say it, such as £32k a year or $24 an hour." />
                <TextField id="snapshot-hours" label="Hours" optional=true value=f.hours() hint="Such as 40 a week, or part-time." />
                <TextField id="snapshot-confidence" label="Confidence, 1 to 10" optional=true inputmode="numeric" maxlength=2 value=f.confidence() problem=form.problem("snapshot-confidence") hint="How sure you feel about where your career is going." />
                <p class="muted">
                    {move || match (has_wheel.get(), start) {
                        (true, true) => "Your first satisfaction wheel is included, so you can compare it with now.",
                        (true, false) => "Your latest satisfaction wheel is included.",
                        (false, _) => "Do the satisfaction wheel in Discover and it will be compared here too.",
                    }}
                </p>
                <FormActions save="Save" open />
            </form>
        </div>
    }
}

/// What changed between start and now, from core's deltas.
#[component]
fn Changes(start: Snapshot, now: Snapshot) -> impl IntoView {
    let d = outcomes::deltas(&start, &now);
    let text_change = |f: Field| {
        let (a, b) = match f {
            Field::Title => (&start.title, &now.title),
            Field::Pay => (&start.pay, &now.pay),
            Field::Hours => (&start.hours, &now.hours),
            _ => return None,
        };
        Some(view! {
            <li><strong>{words::field_name(f)}": "</strong><span dir="auto">{words::or_dash(a)}</span>" \u{2192} "<span dir="auto">{words::or_dash(b)}</span></li>
        })
    };
    let lines: Vec<_> = d.changed.iter().filter_map(|f| text_change(*f)).collect();
    let confidence = d.changed.contains(&Field::Confidence).then(|| {
        let change = d
            .confidence
            .map(|c| if c > 0 { format!(" (+{c})") } else if c < 0 { format!(" (\u{2212}{})", -c) } else { String::new() })
            .unwrap_or_default();
        view! {
            <li><strong>"Confidence: "</strong>{words::confidence(start.confidence)}" \u{2192} "{words::confidence(now.confidence)}{change}</li>
        }
    });
    let l = locale::current();
    let average = d.wheel_average.map(|(a, b)| {
        format!(
            "Satisfaction wheel on average: {} \u{2192} {}",
            l.one_decimal(a),
            l.one_decimal(b)
        )
    });
    let nothing = d.changed.is_empty();
    let wheel = d.wheel.clone();
    view! {
        <section class="card outcome-changes" aria-labelledby="changes-title">
            <h2 id="changes-title"><Icon name="sparkle" />" What's changed"</h2>
            {if nothing {
                view! { <p class="muted">"Nothing has changed between the two yet. Update \u{201c}Now\u{201d} when it does."</p> }.into_any()
            } else {
                view! { <ul class="plain-list changes-list">{lines}{confidence}</ul> }.into_any()
            }}
            {average.map(|a| view! { <p>{a}</p> })}
            {(!wheel.is_empty()).then(|| view! {
                <div class="table-scroll">
                    <table class="wheel-deltas">
                        <caption>"Satisfaction wheel, area by area"</caption>
                        <thead><tr><th scope="col">"Area"</th><th scope="col">"Then"</th><th scope="col">"Now"</th><th scope="col">"Change"</th></tr></thead>
                        <tbody>
                            {wheel.into_iter().map(|a| view! {
                                <tr>
                                    <th scope="row">{area_name(&a.id)}</th>
                                    <td>{a.start.map(|v| v.to_string()).unwrap_or_else(|| "\u{2014}".into())}</td>
                                    <td>{a.now.map(|v| v.to_string()).unwrap_or_else(|| "\u{2014}".into())}</td>
                                    <td>{words::area_change(&a)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
        </section>
    }
}
