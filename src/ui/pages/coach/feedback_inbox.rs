//! Opening a coach's feedback link anywhere in the app: a preview, then add it to the
//! journal or not. Adding it writes one session note whose actions become commitments.

use leptos::prelude::*;
use waymark_core::{
    checkins::prefix::COMMITMENT,
    feedback::{self, Accepted, Feedback},
};

use super::inbox::{clear_hash, current_hash};
use crate::store::{clock, ids::new_id, locale, state::use_app};
use crate::ui::components::use_go;
use crate::ui::words;

#[derive(Clone, PartialEq)]
enum Incoming {
    Ready(Feedback),
    Broken(String),
}

/// Watches the address for `#feedback=…` (at start and on every change) and shows the
/// feedback for the person to add to their journal or not.
#[component]
pub(super) fn FeedbackInbox() -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let incoming = RwSignal::new(None::<Incoming>);
    let check = move || {
        if let Some(text) = feedback::find_in_hash(&current_hash()) {
            incoming.set(Some(match feedback::decode(text) {
                Ok(f) => Incoming::Ready(f),
                Err(e) => Incoming::Broken(words::link_error_for(words::LinkKind::Feedback, &e)),
            }));
        }
    };
    check();
    let _ = window_event_listener(leptos::ev::hashchange, move |_| check());

    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let open = incoming.with(|i| i.is_some());
        if let Some(d) = dialog.get() {
            // Arrives under Suspense: wait a frame for the dialog to be in the document.
            request_animation_frame(move || {
                if open && !d.open() && d.is_connected() {
                    let _ = d.show_modal();
                } else if !open && d.open() {
                    d.close();
                }
            });
        }
    });
    let dismiss = move || {
        incoming.set(None);
        clear_hash();
    };
    let accept = move |f: Feedback| {
        let ids: Vec<String> = f.actions.iter().map(|_| new_id(COMMITMENT)).collect();
        let mut outcome = None;
        app.update(|wb| {
            let note = words::feedback_note_words(&f, wb);
            outcome = Some(feedback::accept(
                wb,
                &f,
                note,
                &ids,
                clock::today(),
                clock::now(),
            ));
        });
        incoming.set(None);
        clear_hash();
        let l = locale::current();
        match outcome {
            Some(Ok(Accepted::AlreadyThere { .. })) => {
                app.tell("This feedback is already in your journal, so nothing changed.")
            }
            Some(Ok(Accepted::Added { commitments, .. })) => app.tell(format!(
                "Added the feedback from {} to your journal{}.",
                f.coach_label(),
                match commitments {
                    0 => String::new(),
                    1 => ", and its action to your commitments".into(),
                    n => format!(", and its {n} actions to your commitments"),
                }
            )),
            Some(Err(problems)) => app.tell(format!(
                "The feedback couldn't be added, so nothing changed: {}",
                problems
                    .iter()
                    .map(|p| words::journal_problem(&l, p))
                    .collect::<Vec<_>>()
                    .join(" ")
            )),
            None => {}
        }
        go("/journal");
    };

    view! {
        <dialog node_ref=dialog class="program-dialog feedback-dialog card" aria-labelledby="feedback-dialog-title"
            on:cancel=move |ev: leptos::ev::Event| { ev.prevent_default(); dismiss(); }>
            {move || match incoming.get() {
                None => ().into_any(),
                Some(Incoming::Ready(f)) => {
                    let f2 = f.clone();
                    let accept = accept.clone();
                    view! {
                        <h2 id="feedback-dialog-title">"Feedback from " <span dir="auto">{f.coach_label().to_string()}</span></h2>
                        <p class="muted">"Here's what's in it. Adding it puts one session note in your journal and turns the agreed actions into commitments for your next check-in. Nothing else in your workbook changes."</p>
                        <FeedbackPreview feedback=f />
                        <div class="actions">
                            <button type="button" class="btn btn-primary" on:click=move |_| accept(f2.clone())>"Add to my journal"</button>
                            <button type="button" class="btn btn-quiet" on:click=move |_| dismiss()>"Not now"</button>
                        </div>
                    }.into_any()
                }
                Some(Incoming::Broken(message)) => view! {
                    <h2 id="feedback-dialog-title">"This feedback link can't be opened"</h2>
                    <div class="message message-error" role="alert"><p>{message}</p></div>
                    <p>"Nothing in your workbook has changed."</p>
                    <div class="actions">
                        <button type="button" class="btn btn-primary" on:click=move |_| dismiss()>"Close"</button>
                    </div>
                }.into_any(),
            }}
        </dialog>
    }
}

/// The feedback as the client sees it before adding it: the date, the overall note,
/// each goal note beside the goal it is about, and the actions with their due day.
#[component]
fn FeedbackPreview(feedback: Feedback) -> impl IntoView {
    let app = use_app();
    let l = locale::current();
    let (notes, due) = app.workbook.with_untracked(|wb| {
        let notes: Vec<(String, Option<String>, String)> = feedback
            .matched(wb)
            .into_iter()
            .map(|(n, g)| (n.title.clone(), g.map(|g| g.title.clone()), n.note.clone()))
            .collect();
        (notes, feedback::due_date(&feedback, wb, clock::today()))
    });
    let written = format!("Written on {}", l.long_date(feedback.date));
    let actions = feedback.actions.clone();
    view! {
        <div class="program-view feedback-view">
            <p class="muted">{written}</p>
            {(!feedback.overall.is_empty()).then(|| view! {
                <p class="program-welcome" dir="auto">{feedback.overall.clone()}</p>
            })}
            {(!notes.is_empty()).then(|| view! {
                <h3>"On your goals"</h3>
                <ul class="feedback-goal-notes">
                    {notes.into_iter().map(|(coach_title, now_title, note)| view! {
                        <li>
                            {match now_title {
                                Some(t) => view! { <strong dir="auto">{t}</strong> }.into_any(),
                                None => view! {
                                    <p class="muted feedback-goal-gone">
                                        {if coach_title.trim().is_empty() {
                                            "This note is about a goal that's no longer in your workbook. It's kept with the session note all the same.".to_string()
                                        } else {
                                            format!("This note is about \u{201c}{}\u{201d}, a goal that's no longer in your workbook. It's kept with the session note all the same.", coach_title.trim())
                                        }}
                                    </p>
                                }.into_any(),
                            }}
                            <p dir="auto">{note}</p>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!actions.is_empty()).then(|| view! {
                <h3>"Agreed actions"</h3>
                <ul>{actions.into_iter().map(|a| view! { <li dir="auto">{a}</li> }).collect_view()}</ul>
                <p class="muted small">{format!("They'll be commitments due {}, to look back on at your check-in.", l.long_date(due))}</p>
            })}
        </div>
    }
}
