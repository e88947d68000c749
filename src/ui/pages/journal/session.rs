//! Notes from a coaching session: the form, what is kept of it between visits, and
//! saving it (its agreed actions become commitments on the check-ins page).

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::checkins::{prefix::COMMITMENT, Accountability};
use waymark_core::forms::{date_text, parse_date};
use waymark_core::journal::{self, prefix, Journal, Problem, SessionDraft};

use crate::store::{clock, ids::new_id, locale};
use crate::ui::components::fields::{
    DateField, FormActions, LongTextField, ProblemSummary, TextRows,
};
use crate::ui::form::{renumber, text_rows, Draft, Form, Problems, TextRow};
use crate::ui::words;

/// Session notes as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct SessionText {
    pub date: String,
    pub agenda: String,
    pub notes: String,
    pub actions: Vec<TextRow>,
    /// When the agreed actions are due.
    pub due: String,
}

impl Draft for SessionText {
    const KEY: &'static str = "session";
    fn is_blank(&self) -> bool {
        self.agenda.trim().is_empty()
            && self.notes.trim().is_empty()
            && self.actions.iter().all(|a| a.text.trim().is_empty())
    }
    fn restored(&mut self) {
        renumber(&mut self.actions);
        if self.actions.is_empty() {
            self.actions = text_rows([String::new()]);
        }
    }
}

impl SessionText {
    /// Empty notes dated today, with one empty action to fill in.
    pub fn fresh() -> Self {
        SessionText {
            date: date_text(clock::today()),
            actions: text_rows([String::new()]),
            ..Default::default()
        }
    }
}

pub type SessionForm = Form<SessionText>;

pub fn session_form() -> SessionForm {
    Form::new("session-problems", SessionText::fresh())
}

/// Records the notes in copies of the journal and the check-ins, with a commitment
/// per agreed action; on a problem, says what and where instead.
pub fn save_session(
    form: SessionForm,
    (mut journal, mut acc): (Journal, Accountability),
) -> Option<(Journal, Accountability, usize)> {
    let typed = form.value();
    let today = clock::today();
    let mut problems = Problems::default();
    let date = parse_date(&typed.date);
    if date.is_none() {
        problems.add("session-date", words::PICK_SESSION_DATE);
    }
    let actions: Vec<String> = typed.actions.into_iter().map(|a| a.text).collect();
    let action_count = actions.iter().filter(|a| !a.trim().is_empty()).count();
    let due = parse_date(&typed.due);
    if due.is_none() && action_count > 0 {
        problems.add("session-due", words::PICK_ACTIONS_DUE);
    }
    let draft = SessionDraft {
        date: date.unwrap_or(today),
        agenda: typed.agenda,
        notes: typed.notes,
        agreed_actions: actions,
    };
    let ids: Vec<String> = (0..action_count).map(|_| new_id(COMMITMENT)).collect();
    if let Err(found) = journal::record_session_note(
        &mut journal,
        &mut acc,
        new_id(prefix::SESSION),
        draft,
        &ids,
        due.unwrap_or(today),
        clock::now(),
    ) {
        let l = locale::current();
        for p in found {
            let message = words::journal_problem(&l, &p);
            match p {
                Problem::FutureDate(_) => problems.add("session-date", message),
                _ => problems.add_general(message),
            }
        }
    }
    form.check(problems).then_some((journal, acc, action_count))
}

#[component]
pub fn SessionFormView<F>(form: SessionForm, open: RwSignal<bool>, on_submit: F) -> impl IntoView
where
    F: Fn(leptos::ev::SubmitEvent) + 'static,
{
    let f = form.fields;
    view! {
        <section class="card journal-form" aria-labelledby="session-form-title">
            <h2 id="session-form-title" tabindex="-1">"Session notes"</h2>
            <p class="muted">"For sessions with a coach or mentor. Actions you agree on become commitments you'll look back at in your next check-in."</p>
            <form on:submit=on_submit novalidate>
                <ProblemSummary id=form.summary_id() problems=form.summary() />
                <DateField id="session-date" label="Date of the session" value=f.date() problem=form.problem("session-date") />
                <LongTextField id="session-agenda" label="What you planned to talk about" rows=2 value=f.agenda() />
                <LongTextField id="session-notes" label="Notes" rows=4 value=f.notes() />
                <fieldset class="field">
                    <legend>"Actions you agreed on"</legend>
                    <TextRows
                        id="action"
                        rows=f.actions()
                        row_label=words::agreed_action
                        remove_label=words::remove_agreed_action
                        add_label="Add an action"
                    />
                </fieldset>
                <DateField
                    id="session-due"
                    label="Agreed actions are due by"
                    value=f.due()
                    hint="Each action becomes a commitment due on this day."
                    problem=form.problem("session-due")
                />
                <FormActions save="Save session notes" open />
            </form>
        </section>
    }
}
